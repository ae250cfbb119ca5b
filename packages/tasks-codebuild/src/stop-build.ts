import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, projectArnOf, projectNameOf, validateNotEmpty } from './private/project';

interface CodeBuildStopBuildOptions {
  /**
   * The build to stop: its ID (`<project-name>:<build-id>`, the `Build.Id` that StartBuild returns) or its ARN.
   *
   * The API field is `id`; the prop is named `buildId` because a construct's own `id` parameter takes that name.
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuild.html
   */
  readonly buildId: string;

  /**
   * The project the build belongs to: the task may stop only its builds.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the project a static `buildId` names; for a run-time `buildId`, every project of the stack's
   *   account and region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Properties of a CodeBuildStopBuild task that uses JSONPath.
 */
export interface CodeBuildStopBuildJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStopBuildOptions {}

/**
 * Properties of a CodeBuildStopBuild task that uses JSONata.
 */
export interface CodeBuildStopBuildJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStopBuildOptions {}

/**
 * Properties of a CodeBuildStopBuild task.
 */
export interface CodeBuildStopBuildProps extends sfn.TaskStateBaseProps, CodeBuildStopBuildOptions {}

/** The StopBuild request. */
interface StopBuildParameters {
  readonly Id: string;
}

/**
 * Stops a running CodeBuild build as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildStopBuild extends TaskStateBase {
  /**
   * A CodeBuildStopBuild task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStopBuildJsonPathProps): CodeBuildStopBuild {
    return new CodeBuildStopBuild(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildStopBuild task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStopBuildJsonataProps): CodeBuildStopBuild {
    return new CodeBuildStopBuild(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: CodeBuild's StopBuild response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   * @internal
   */
  declare readonly _serviceResult?: {
    Build: {
      Id?: string; Arn?: string; BuildNumber?: number; BuildStatus?: string; BuildComplete?: boolean;
      CurrentPhase?: string; ProjectName?: string; StartTime?: number; EndTime?: number; [field: string]: unknown;
    };
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CodeBuildStopBuildProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildStopBuildProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildStopBuild.SUPPORTED_INTEGRATION_PATTERNS);
    validateNotEmpty(this, 'buildId', props.buildId);

    const resources = ownerResources(this, {
      prop: 'buildId',
      kind: 'build',
      ids: [props.buildId],
      owner: props.project && { arn: projectArnOf(props.project), name: projectNameOf(props.project), prop: 'project' },
    });
    this.taskPolicies = [codebuildStatement(['codebuild:StopBuild'], resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: StopBuildParameters = { Id: this.props.buildId };
    return {
      Resource: integrationResourceArn('codebuild', 'stopBuild', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
