import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateIntegerInRange,
} from '@cdk-stepfunctions/tasks-core';
import { commonOverrideParameters, validateCommonOverrides, type CommonOverrideParameters } from './private/overrides';
import { projectArnOf, projectNameOf } from './private/project';

interface CodeBuildStartBuildBatchOptions {
  /**
   * The CodeBuild project to start a batch build of; batch builds must be enabled on it.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/userguide/batch-build.html
   */
  readonly project: codebuild.IProjectRef;

  /**
   * Environment variables for the builds of this batch only, added to or replacing those of the project.
   *
   * A variable without a `type` is plain text. Values may be JSONPath (`JsonPath.stringAt()`) or JSONata
   * (`{% … %}`) expressions.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the environment variables of the project
   */
  readonly environmentVariablesOverride?: { [name: string]: codebuild.BuildEnvironmentVariable };

  /**
   * A buildspec for this batch only: the path of a buildspec file in the source, the ARN of one in S3, or the
   * buildspec itself as YAML or JSON text (for example `BuildSpec.fromObjectToYaml({…}).toBuildSpec()`).
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the buildspec of the project
   */
  readonly buildspecOverride?: string;

  /**
   * The version of the source to build in this batch: a commit ID, branch, tag or pull request for Git sources (such as
   * `refs/heads/main` or `pr/25`), an object version for S3.
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the source version of the project
   */
  readonly sourceVersion?: string;

  /**
   * The timeout of each build of this batch, in whole minutes from 5 to 2160 (36 hours).
   *
   * May be `JsonPath.numberAt()` or, in JSONata, `Token.asNumber('{% … %}')`.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the build timeout of the project
   */
  readonly buildTimeoutInMinutesOverride?: number;

  /**
   * How long this batch may wait in the queue before it times out, in whole minutes from 5 to 480 (8 hours).
   *
   * May be `JsonPath.numberAt()` or, in JSONata, `Token.asNumber('{% … %}')`.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the queued timeout of the project
   */
  readonly queuedTimeoutInMinutesOverride?: number;

  /**
   * The compute type for the builds of this batch only, such as `BUILD_GENERAL1_LARGE`
   * (`codebuild.ComputeType.LARGE`).
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the compute type of the project
   */
  readonly computeTypeOverride?: string;

  /**
   * The build image for the builds of this batch only: a CodeBuild curated image such as
   * `aws/codebuild/standard:7.0` or an image URI.
   *
   * The project's service role must be able to pull it. May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the image of the project
   */
  readonly imageOverride?: string;

  /**
   * The environment type for the builds of this batch only, such as `LINUX_CONTAINER` or `ARM_CONTAINER`, to go with an
   * `imageOverride` of another platform.
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
   * @default - the environment type of the project
   */
  readonly environmentTypeOverride?: string;
}

/**
 * Properties of a CodeBuildStartBuildBatch task that uses JSONPath.
 */
export interface CodeBuildStartBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStartBuildBatchOptions {}

/**
 * Properties of a CodeBuildStartBuildBatch task that uses JSONata.
 */
export interface CodeBuildStartBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStartBuildBatchOptions {}

/**
 * Properties of a CodeBuildStartBuildBatch task.
 */
export interface CodeBuildStartBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildStartBuildBatchOptions {}

/** The EventBridge managed rule a `.sync` StartBuildBatch needs. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventForCodeBuildStartBuildBatchRule';

/** The StartBuildBatch request fields this task renders. */
interface StartBuildBatchParameters extends CommonOverrideParameters {
  readonly ProjectName: string;
  readonly BuildTimeoutInMinutesOverride?: number;
}

/**
 * Starts a batch build of a CodeBuild project as a Task: start it and go on (REQUEST_RESPONSE) or wait for the
 * batch to finish (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildStartBuildBatch extends TaskStateBase {
  /**
   * A CodeBuildStartBuildBatch task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonPathProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildStartBuildBatch task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonataProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: CodeBuild's StartBuildBatch response; with `.sync`, the finished
   * batch. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run
   * time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   * @internal
   */
  declare readonly _serviceResult?: {
    BuildBatch: {
      Id?: string; Arn?: string; BuildBatchNumber?: number; BuildBatchStatus?: string; Complete?: boolean;
      CurrentPhase?: string; ProjectName?: string; StartTime?: number; EndTime?: number; [field: string]: unknown;
    };
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CodeBuildStartBuildBatchProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildStartBuildBatchProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildStartBuildBatch.SUPPORTED_INTEGRATION_PATTERNS);
    validateCommonOverrides(this, props);
    validateIntegerInRange(this, 'buildTimeoutInMinutesOverride', props.buildTimeoutInMinutesOverride, 5, 2160);

    this.taskMetrics = {
      metricPrefixSingular: 'CodeBuildProject',
      metricPrefixPlural: 'CodeBuildProjects',
      metricDimensions: { ProjectArn: projectArnOf(props.project) },
    };
    this.taskPolicies = startBuildBatchStatements(this, props.project, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('codebuild', 'startBuildBatch', this.integrationPattern),
      ...this.renderInput(startBuildBatchParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the StartBuildBatch request. */
function startBuildBatchParameters(props: CodeBuildStartBuildBatchProps): StartBuildBatchParameters {
  const { EnvironmentVariablesOverride, ...overrides } = commonOverrideParameters(props);
  return {
    ProjectName: projectNameOf(props.project),
    EnvironmentVariablesOverride,
    BuildTimeoutInMinutesOverride: props.buildTimeoutInMinutesOverride,
    ...overrides,
  };
}

/**
 * The statements StartBuildBatch needs: `codebuild:StartBuildBatch` on the project and, for RUN_JOB only,
 * stopping and reading its batch builds plus the EventBridge managed rule that reports their end.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
 */
function startBuildBatchStatements(
  scope: Construct,
  project: codebuild.IProjectRef,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const resources = [projectArnOf(project)];
  if (pattern !== sfn.IntegrationPattern.RUN_JOB) {
    return [new iam.PolicyStatement({ actions: ['codebuild:StartBuildBatch'], resources })];
  }
  return [
    new iam.PolicyStatement({ actions: ['codebuild:StartBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'], resources }),
    eventsManagedRuleStatement(scope, SYNC_EVENTS_RULE),
  ];
}
