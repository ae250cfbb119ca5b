import type { Construct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  isRuntimeValue,
  resolveIntegrationPattern,
  validateStringLength,
} from '@cdk-stepfunctions/tasks-core';

interface GlueDataBrewStartJobRunOptions {
  /**
   * The name of the DataBrew job to run: 1 to 240 characters, or a JSON path / JSONata expression.
   *
   * @see https://docs.aws.amazon.com/databrew/latest/dg/API_StartJobRun.html
   */
  readonly name: string;
}

/**
 * Properties of a GlueDataBrewStartJobRun task that uses JSONPath.
 */
export interface GlueDataBrewStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * Properties of a GlueDataBrewStartJobRun task that uses JSONata.
 */
export interface GlueDataBrewStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * Properties of a GlueDataBrewStartJobRun task.
 */
export interface GlueDataBrewStartJobRunProps extends sfn.TaskStateBaseProps, GlueDataBrewStartJobRunOptions {}

/** The StartJobRun request. */
interface StartJobRunParameters {
  readonly Name: string;
}

/**
 * Runs an AWS Glue DataBrew job as a Task: start it and go on (REQUEST_RESPONSE), or wait for the run to end
 * (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
 */
export class GlueDataBrewStartJobRun extends TaskStateBase {
  /**
   * A GlueDataBrewStartJobRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
   */
  public static jsonPath(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonPathProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A GlueDataBrewStartJobRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
   */
  public static jsonata(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonataProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: DataBrew's StartJobRun response; with `.sync`, the finished run as
   * DescribeJobRun describes it. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing
   * is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { RunId: string }
    | {
      RunId: string; JobName?: string; State: string; Attempt?: number; StartedOn?: number; CompletedOn?: number;
      ExecutionTime?: number; ErrorMessage?: string; [field: string]: unknown;
    };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: GlueDataBrewStartJobRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: GlueDataBrewStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      GlueDataBrewStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateStringLength(this, 'name', props.name, 1, 240);

    this.taskPolicies = [startJobRunStatement(this, props.name, this.integrationPattern)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: StartJobRunParameters = { Name: this.props.name };
    return {
      Resource: integrationResourceArn('databrew', 'startJobRun', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * `databrew:startJobRun` on the job and, for RUN_JOB, listing and stopping its runs; on every job (`job/*`) when the
 * name is only known at run time.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
 */
function startJobRunStatement(scope: Construct, name: string, pattern: sfn.IntegrationPattern): iam.PolicyStatement {
  const actions = ['databrew:startJobRun'];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) actions.push('databrew:stopJobRun', 'databrew:listJobRuns');
  return new iam.PolicyStatement({
    resources: [Stack.of(scope).formatArn({
      service: 'databrew',
      resource: 'job',
      resourceName: isRuntimeValue(name) ? '*' : name,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    })],
    actions,
  });
}
