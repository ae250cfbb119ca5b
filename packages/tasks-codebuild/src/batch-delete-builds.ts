import type { Construct } from 'constructs';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, projectArnOf, projectNameOf, validateIdList } from './private/project';

interface CodeBuildBatchDeleteBuildsOptions {
  /**
   * The builds to delete, 1 to 100: their IDs (`<project-name>:<build-id>`) or ARNs.
   *
   * Each entry may be a JSONPath or JSONata expression; the whole list may come from the state with
   * `JsonPath.listAt('$.Build..Arn')` (JSONPath) or `Token.asList('{% … %}')` (JSONata).
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchDeleteBuilds.html
   */
  readonly ids: string[];

  /**
   * The project the builds belong to: the task may delete only its builds.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the projects the static `ids` name; when an ID is only known at run time, every project of the
   *   stack's account and region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Properties of a CodeBuildBatchDeleteBuilds task that uses JSONPath.
 */
export interface CodeBuildBatchDeleteBuildsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/**
 * Properties of a CodeBuildBatchDeleteBuilds task that uses JSONata.
 */
export interface CodeBuildBatchDeleteBuildsJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/**
 * Properties of a CodeBuildBatchDeleteBuilds task.
 */
export interface CodeBuildBatchDeleteBuildsProps extends sfn.TaskStateBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/** The BatchDeleteBuilds request. */
interface BatchDeleteBuildsParameters {
  readonly Ids: string[];
}

/**
 * Deletes one or more CodeBuild builds as a Task.
 *
 * Step Functions retries the deletion while a build that was just stopped is being finalized.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildBatchDeleteBuilds extends TaskStateBase {
  /**
   * A CodeBuildBatchDeleteBuilds task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildBatchDeleteBuildsJsonPathProps): CodeBuildBatchDeleteBuilds {
    return new CodeBuildBatchDeleteBuilds(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildBatchDeleteBuilds task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildBatchDeleteBuildsJsonataProps): CodeBuildBatchDeleteBuilds {
    return new CodeBuildBatchDeleteBuilds(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: CodeBuild's BatchDeleteBuilds response. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   * @internal
   */
  declare readonly _serviceResult?: {
    BuildsDeleted?: string[]; BuildsNotDeleted?: Array<{ Id?: string; StatusCode?: string }>;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CodeBuildBatchDeleteBuildsProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildBatchDeleteBuildsProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildBatchDeleteBuilds.SUPPORTED_INTEGRATION_PATTERNS);
    validateIdList(this, 'ids', props.ids, 1, 100);

    const resources = ownerResources(this, {
      prop: 'ids',
      kind: 'build',
      ids: props.ids,
      owner: props.project && { arn: projectArnOf(props.project), name: projectNameOf(props.project), prop: 'project' },
    });
    this.taskPolicies = [codebuildStatement(['codebuild:BatchDeleteBuilds'], resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: BatchDeleteBuildsParameters = { Ids: this.props.ids };
    return {
      Resource: integrationResourceArn('codebuild', 'batchDeleteBuilds', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
