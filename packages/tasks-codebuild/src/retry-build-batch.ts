import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, projectArnOf, projectNameOf, validateNotEmpty } from './private/project';

interface CodeBuildRetryBuildBatchOptions {
  /**
   * The batch build to retry: its ID (`<project-name>:<batch-id>`, the `BuildBatch.Id` that StartBuildBatch
   * returns) or its ARN.
   *
   * The API field is `id`; the prop is named `buildBatchId` because a construct's own `id` parameter takes that
   * name. May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html
   */
  readonly buildBatchId: string;

  /**
   * A case-sensitive token that makes the request idempotent: CodeBuild ignores a retry with the same token made
   * within 5 minutes of the first one.
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html
   * @default - no idempotency token
   */
  readonly idempotencyToken?: string;

  /**
   * Which builds of the batch to retry.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html
   * @default - CodeBuild's default
   */
  readonly retryType?: RetryBuildBatchType;

  /**
   * The project the batch build belongs to: the task may retry (and, for RUN_JOB, read and stop) only its batch
   * builds.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the project a static `buildBatchId` names; for a run-time `buildBatchId`, every project of the
   *   stack's account and region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Properties of a CodeBuildRetryBuildBatch task that uses JSONPath.
 */
export interface CodeBuildRetryBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildRetryBuildBatchOptions {}

/**
 * Properties of a CodeBuildRetryBuildBatch task that uses JSONata.
 */
export interface CodeBuildRetryBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildRetryBuildBatchOptions {}

/**
 * Properties of a CodeBuildRetryBuildBatch task.
 */
export interface CodeBuildRetryBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildRetryBuildBatchOptions {}

/** The RetryBuildBatch request. */
interface RetryBuildBatchParameters {
  readonly Id: string;
  readonly IdempotencyToken?: string;
  readonly RetryType?: RetryBuildBatchType;
}

/**
 * Retries a CodeBuild batch build as a Task: retry it and go on (REQUEST_RESPONSE) or wait for the retried batch
 * to finish (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildRetryBuildBatch extends TaskStateBase {
  /**
   * A CodeBuildRetryBuildBatch task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildRetryBuildBatchJsonPathProps): CodeBuildRetryBuildBatch {
    return new CodeBuildRetryBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildRetryBuildBatch task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildRetryBuildBatchJsonataProps): CodeBuildRetryBuildBatch {
    return new CodeBuildRetryBuildBatch(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: CodeBuild's RetryBuildBatch response; with `.sync`, the finished
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

  private readonly props: CodeBuildRetryBuildBatchProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildRetryBuildBatchProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildRetryBuildBatch.SUPPORTED_INTEGRATION_PATTERNS);
    validateNotEmpty(this, 'buildBatchId', props.buildBatchId);

    const resources = ownerResources(this, {
      prop: 'buildBatchId',
      kind: 'build-batch',
      ids: [props.buildBatchId],
      owner: props.project && { arn: projectArnOf(props.project), name: projectNameOf(props.project), prop: 'project' },
    });
    // The IAM templates of the Step Functions guide list no EventBridge managed rule for retryBuildBatch.sync.
    const actions = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB
      ? ['codebuild:RetryBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches']
      : ['codebuild:RetryBuildBatch'];
    this.taskPolicies = [codebuildStatement(actions, resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: RetryBuildBatchParameters = {
      Id: this.props.buildBatchId,
      IdempotencyToken: this.props.idempotencyToken,
      RetryType: this.props.retryType,
    };
    return {
      Resource: integrationResourceArn('codebuild', 'retryBuildBatch', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * Which builds of a batch build RetryBuildBatch retries.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html
 */
export enum RetryBuildBatchType {
  /** Retry every build of the batch. */
  RETRY_ALL_BUILDS = 'RETRY_ALL_BUILDS',

  /** Retry only the builds of the batch that failed. */
  RETRY_FAILED_BUILDS = 'RETRY_FAILED_BUILDS',
}
