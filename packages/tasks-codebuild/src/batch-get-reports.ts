import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { codebuildStatement, ownerResources, reportGroupArnOf, validateIdList } from './private/project';

interface CodeBuildBatchGetReportsOptions {
  /**
   * The ARNs of the reports to get, 1 to 100, as a build's `ReportArns` lists them
   * (`arn:<partition>:codebuild:<region>:<account>:report/<report-group>:<report-id>`).
   *
   * Each entry may be a JSONPath or JSONata expression; the whole list may come from the state with
   * `JsonPath.listAt('$.Build.ReportArns')` (JSONPath) or `Token.asList('{% … %}')` (JSONata).
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetReports.html
   */
  readonly reportArns: string[];

  /**
   * The report group the reports belong to: the task may read only its reports.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
   * @default - the report groups the static `reportArns` name; when an ARN is only known at run time, every
   *   report group of the stack's account and region
   */
  readonly reportGroup?: codebuild.IReportGroupRef;
}

/**
 * Properties of a CodeBuildBatchGetReports task that uses JSONPath.
 */
export interface CodeBuildBatchGetReportsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildBatchGetReportsOptions {}

/**
 * Properties of a CodeBuildBatchGetReports task that uses JSONata.
 */
export interface CodeBuildBatchGetReportsJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildBatchGetReportsOptions {}

/**
 * Properties of a CodeBuildBatchGetReports task.
 */
export interface CodeBuildBatchGetReportsProps extends sfn.TaskStateBaseProps, CodeBuildBatchGetReportsOptions {}

/** The BatchGetReports request. */
interface BatchGetReportsParameters {
  readonly ReportArns: string[];
}

/**
 * Gets one or more CodeBuild reports (test and code coverage results) as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildBatchGetReports extends TaskStateBase {
  /**
   * A CodeBuildBatchGetReports task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildBatchGetReportsJsonPathProps): CodeBuildBatchGetReports {
    return new CodeBuildBatchGetReports(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CodeBuildBatchGetReports task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildBatchGetReportsJsonataProps): CodeBuildBatchGetReports {
    return new CodeBuildBatchGetReports(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: CodeBuild's BatchGetReports response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
   * @internal
   */
  declare readonly _serviceResult?: { Reports?: Array<{ [field: string]: unknown }>; ReportsNotFound?: string[] };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CodeBuildBatchGetReportsProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CodeBuildBatchGetReportsProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CodeBuildBatchGetReports.SUPPORTED_INTEGRATION_PATTERNS);
    validateIdList(this, 'reportArns', props.reportArns, 1, 100);

    const resources = ownerResources(this, {
      prop: 'reportArns',
      kind: 'report',
      ids: props.reportArns,
      owner: props.reportGroup && reportGroupOwner(props.reportGroup),
    });
    this.taskPolicies = [codebuildStatement(['codebuild:BatchGetReports'], resources)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: BatchGetReportsParameters = { ReportArns: this.props.reportArns };
    return {
      Resource: integrationResourceArn('codebuild', 'batchGetReports', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/** The report group as the owner of the reports: its ARN and, when static, its name (from the group or its ARN). */
function reportGroupOwner(reportGroup: codebuild.IReportGroupRef): { arn: string; name?: string; prop: string } {
  const arn = reportGroupArnOf(reportGroup);
  const named = (reportGroup as unknown as { readonly reportGroupName?: string }).reportGroupName;
  const name = named !== undefined && !Token.isUnresolved(named) ? named : /:report-group\/([A-Za-z0-9_-]+)$/.exec(arn)?.[1];
  return { arn, name, prop: 'reportGroup' };
}
