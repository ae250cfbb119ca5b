import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, projectArnOf, projectNameOf, validateNotEmpty } from './private/project';

interface CodeBuildStopBuildBatchOptions {
  /**
   * The batch build to stop: its ID (`<project-name>:<batch-id>`, the `BuildBatch.Id` that StartBuildBatch returns)
   * or its ARN.
   *
   * The API field is `id`; the prop is named `buildBatchId` because a construct's own `id` parameter takes that
   * name. May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuildBatch.html
   */
  readonly buildBatchId: string;

  /**
   * The project the batch build belongs to: the task may stop only its batch builds.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the project a static `buildBatchId` names; for a run-time `buildBatchId`, every project of the
   *   stack's account and region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Properties of a CodeBuildStopBuildBatch task that uses JSONPath.
 */
export interface CodeBuildStopBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStopBuildBatchOptions {}

/**
 * Properties of a CodeBuildStopBuildBatch task that uses JSONata.
 */
export interface CodeBuildStopBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStopBuildBatchOptions {}

/**
 * Properties of a CodeBuildStopBuildBatch task.
 */
export interface CodeBuildStopBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildStopBuildBatchOptions {}

/** The StopBuildBatch request. */
interface StopBuildBatchParameters {
  readonly Id: string;
}

/**
 * Stops a running CodeBuild batch build as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildStopBuildBatch extends TaskStateBase {
  /**
   * A CodeBuildStopBuildBatch task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStopBuildBatchJsonPathProps): CodeBuildStopBuildBatch {
    return new CodeBuildStopBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildStopBuildBatch task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStopBuildBatchJsonataProps): CodeBuildStopBuildBatch {
    return new CodeBuildStopBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: CodeBuild's StopBuildBatch response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
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

  private readonly props: CodeBuildStopBuildBatchProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildStopBuildBatchProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildStopBuildBatch.SUPPORTED_INTEGRATION_PATTERNS);
    validateNotEmpty(this, 'buildBatchId', props.buildBatchId);

    const resources = ownerResources(this, {
      prop: 'buildBatchId',
      kind: 'build-batch',
      ids: [props.buildBatchId],
      owner: props.project && { arn: projectArnOf(props.project), name: projectNameOf(props.project), prop: 'project' },
    });
    this.taskPolicies = [codebuildStatement(['codebuild:StopBuildBatch'], resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: StopBuildBatchParameters = { Id: this.props.buildBatchId };
    return {
      Resource: integrationResourceArn('codebuild', 'stopBuildBatch', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
