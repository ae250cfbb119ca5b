import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, projectArnOf, projectNameOf, validateNotEmpty } from './private/project';

interface CodeBuildDeleteBuildBatchOptions {
  /**
   * The batch build to delete: its ID (`<project-name>:<batch-id>`, the `BuildBatch.Id` that StartBuildBatch
   * returns) or its ARN.
   *
   * The API field is `id`; the prop is named `buildBatchId` because a construct's own `id` parameter takes that
   * name. May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteBuildBatch.html
   */
  readonly buildBatchId: string;

  /**
   * The project the batch build belongs to: the task may delete only its batch builds.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the project a static `buildBatchId` names; for a run-time `buildBatchId`, every project of the
   *   stack's account and region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Properties of a CodeBuildDeleteBuildBatch task that uses JSONPath.
 */
export interface CodeBuildDeleteBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildDeleteBuildBatchOptions {}

/**
 * Properties of a CodeBuildDeleteBuildBatch task that uses JSONata.
 */
export interface CodeBuildDeleteBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildDeleteBuildBatchOptions {}

/**
 * Properties of a CodeBuildDeleteBuildBatch task.
 */
export interface CodeBuildDeleteBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildDeleteBuildBatchOptions {}

/** The DeleteBuildBatch request. */
interface DeleteBuildBatchParameters {
  readonly Id: string;
}

/**
 * Deletes a CodeBuild batch build and its builds as a Task.
 *
 * Step Functions retries the deletion while a batch build that was just stopped is being finalized.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildDeleteBuildBatch extends TaskStateBase {
  /**
   * A CodeBuildDeleteBuildBatch task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchJsonPathProps): CodeBuildDeleteBuildBatch {
    return new CodeBuildDeleteBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildDeleteBuildBatch task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchJsonataProps): CodeBuildDeleteBuildBatch {
    return new CodeBuildDeleteBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: CodeBuild's DeleteBuildBatch response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   * @internal
   */
  declare readonly _serviceResult?: {
    StatusCode?: string; BuildsDeleted?: string[]; BuildsNotDeleted?: Array<{ Id?: string; StatusCode?: string }>;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CodeBuildDeleteBuildBatchProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildDeleteBuildBatch.SUPPORTED_INTEGRATION_PATTERNS);
    validateNotEmpty(this, 'buildBatchId', props.buildBatchId);

    const resources = ownerResources(this, {
      prop: 'buildBatchId',
      kind: 'build-batch',
      ids: [props.buildBatchId],
      owner: props.project && { arn: projectArnOf(props.project), name: projectNameOf(props.project), prop: 'project' },
    });
    this.taskPolicies = [codebuildStatement(['codebuild:DeleteBuildBatch'], resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: DeleteBuildBatchParameters = { Id: this.props.buildBatchId };
    return {
      Resource: integrationResourceArn('codebuild', 'deleteBuildBatch', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
