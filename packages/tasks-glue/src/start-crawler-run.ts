import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { glueResourceArn, validateGlueName } from './private/names';

interface GlueStartCrawlerRunOptions {
  /**
   * The name of the Glue crawler to start: 1 to 255 characters on a single line, or a JSON path / JSONata
   * expression.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
   */
  readonly crawlerName: string;
}

/**
 * Properties of a GlueStartCrawlerRun task that uses JSONPath.
 */
export interface GlueStartCrawlerRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueStartCrawlerRunOptions {}

/**
 * Properties of a GlueStartCrawlerRun task that uses JSONata.
 */
export interface GlueStartCrawlerRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueStartCrawlerRunOptions {}

/**
 * Properties of a GlueStartCrawlerRun task.
 *
 * `integrationPattern` may be REQUEST_RESPONSE (the default) or WAIT_FOR_TASK_TOKEN: this is an AWS SDK
 * integration, which has no RUN_JOB (`.sync`) form.
 */
export interface GlueStartCrawlerRunProps extends sfn.TaskStateBaseProps, GlueStartCrawlerRunOptions {}

/** The StartCrawler request. */
interface StartCrawlerParameters {
  readonly Name: string;
}

/**
 * Starts an AWS Glue crawler as a Task, through the AWS SDK integration (`aws-sdk:glue:startCrawler`).
 *
 * The call returns once the crawler has started; it does not wait for the crawl to end.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
 */
export class GlueStartCrawlerRun extends TaskStateBase {
  /**
   * A GlueStartCrawlerRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
   */
  public static jsonPath(scope: Construct, id: string, props: GlueStartCrawlerRunJsonPathProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A GlueStartCrawlerRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
   */
  public static jsonata(scope: Construct, id: string, props: GlueStartCrawlerRunJsonataProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The patterns of AWS SDK integrations: Step Functions cannot wait for the end of a job through them.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: Glue's StartCrawler response, empty. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/glue/latest/webapi/API_StartCrawler.html
   * @internal
   */
  declare readonly _serviceResult?: Record<string, never>;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: GlueStartCrawlerRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: GlueStartCrawlerRunProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      GlueStartCrawlerRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateGlueName(this, 'crawlerName', props.crawlerName);

    this.taskPolicies = [startCrawlerStatement(this, props.crawlerName)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: StartCrawlerParameters = { Name: this.props.crawlerName };
    return {
      Resource: integrationResourceArn('aws-sdk:glue', 'startCrawler', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * `glue:StartCrawler` and `glue:GetCrawler` on the crawler; on every crawler when the name is only known at run
 * time.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglue.html
 */
function startCrawlerStatement(scope: Construct, crawlerName: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    resources: [glueResourceArn(scope, 'crawler', crawlerName)],
    actions: ['glue:StartCrawler', 'glue:GetCrawler'],
  });
}
