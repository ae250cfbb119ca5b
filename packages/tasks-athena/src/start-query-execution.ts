import type { Construct } from 'constructs';
import { Duration, Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  isRuntimeValue,
  kmsDataKeyStatement,
  resolveIntegrationPattern,
  s3UriOf,
  validateStringLength,
  validateStringPattern,
  validationError,
  listOfStrings,
  validateAtSynth,
} from '@cdk-stepfunctions/tasks-core';
import { EncryptionOption, type QueryExecutionContext, type ResultConfiguration } from './athena-types';
import { outputLocationArns } from './private/output-location';
import type { QueryExecutionDescription } from './private/query-execution-id';

interface AthenaStartQueryExecutionOptions {
  /**
   * The SQL statements to run: 1 to 262144 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html#athena-StartQueryExecution-request-QueryString
   */
  readonly queryString: string;

  /**
   * A unique token that makes the call idempotent: a repeated call with the same token starts no second query.
   * 32 to 128 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html#athena-StartQueryExecution-request-ClientRequestToken
   * @default - no client request token
   */
  readonly clientRequestToken?: string;

  /**
   * The data catalog and database the query runs in.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html
   * @default - no query execution context
   */
  readonly queryExecutionContext?: QueryExecutionContext;

  /**
   * Where to save the results and how to encrypt them.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultConfiguration.html
   * @default - the workgroup's result configuration
   */
  readonly resultConfiguration?: ResultConfiguration;

  /**
   * The workgroup to run the query in: 1 to 128 of a-z, A-Z, 0-9, `.`, `_` and `-`.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html#athena-StartQueryExecution-request-WorkGroup
   * @default - the `primary` workgroup
   */
  readonly workGroup?: string;

  /**
   * The values of the query's `?` parameters, in order: at least one, each 1 to 1024 characters.
   *
   * A value may be a JSON path; the whole list may be one (`JsonPath.listAt()`).
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html#athena-StartQueryExecution-request-ExecutionParameters
   * @default - no parameters
   */
  readonly executionParameters?: string[];

  /**
   * How old a previous result of the same query may be for Athena to return it instead of running the query: 0 or
   * a whole number of minutes from 1 to 10080 (7 days).
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultReuseByAgeConfiguration.html
   * @default - results are not reused
   */
  readonly resultReuseConfigurationMaxAge?: Duration;
}

/**
 * Properties of an AthenaStartQueryExecution task that uses JSONPath.
 */
export interface AthenaStartQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaStartQueryExecutionOptions {}

/**
 * Properties of an AthenaStartQueryExecution task that uses JSONata.
 */
export interface AthenaStartQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaStartQueryExecutionOptions {}

/**
 * Properties of an AthenaStartQueryExecution task.
 */
export interface AthenaStartQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaStartQueryExecutionOptions {}

/** The input of the StartQueryExecution API call. */
interface StartQueryExecutionInput {
  readonly QueryString: string;
  readonly ClientRequestToken?: string;
  readonly QueryExecutionContext?: { readonly Catalog?: string; readonly Database?: string };
  readonly ResultConfiguration: {
    readonly EncryptionConfiguration?: { readonly EncryptionOption: EncryptionOption; readonly KmsKey?: string };
    readonly OutputLocation?: string;
  };
  readonly WorkGroup?: string;
  readonly ExecutionParameters?: string[];
  readonly ResultReuseConfiguration?: {
    readonly ResultReuseByAgeConfiguration: { readonly Enabled: boolean; readonly MaxAgeInMinutes: number };
  };
}

/** The longest a previous result may be reused for, in minutes (7 days). */
const MAX_REUSE_MINUTES = 10080;

/** An S3 bucket name: 3 to 63 of a-z, 0-9, `.` and `-`, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Starts an Athena query as a Task: returns its execution ID (REQUEST_RESPONSE), or waits for it to finish
 * (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 */
export class AthenaStartQueryExecution extends TaskStateBase {
  /**
   * An AthenaStartQueryExecution task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonPathProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An AthenaStartQueryExecution task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonataProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: Athena's StartQueryExecution response; with `.sync`, the finished
   * query as GetQueryExecution describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   * @internal
   */
  declare readonly _serviceResult?: { QueryExecutionId: string } | QueryExecutionDescription;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: AthenaStartQueryExecutionProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: AthenaStartQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      AthenaStartQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    // aws-cdk-lib's checks first, so its inputs fail with the same complaint.
    this.validateExecutionParameters(props.executionParameters);
    this.validateResultReuse(props.resultReuseConfigurationMaxAge);
    validateStringLength(this, 'queryString', props.queryString, 1, 262144);
    // Reported at synth: the service rejects it, but the task renders (aws-cdk-lib checks no length).
    validateAtSynth(this, () => validateStringLength(this, 'clientRequestToken', props.clientRequestToken, 32, 128));
    validateStringPattern(this, 'workGroup', props.workGroup, /^[a-zA-Z0-9._-]{1,128}$/,
      '1 to 128 of a-z, A-Z, 0-9, ., _ and -');
    validateStringLength(this, 'queryExecutionContext.catalogName', props.queryExecutionContext?.catalogName, 1, 256);
    validateStringLength(this, 'queryExecutionContext.databaseName', props.queryExecutionContext?.databaseName, 1, 255);
    validateStringPattern(this, 'resultConfiguration.outputLocation.bucketName', props.resultConfiguration?.outputLocation?.bucketName,
      BUCKET_NAME, 'an S3 bucket name (3 to 63 of a-z, 0-9, . and -, starting and ending with a letter or digit)');
    const encryption = props.resultConfiguration?.encryptionConfiguration;
    if (encryption?.encryptionKey && encryption.encryptionOption === EncryptionOption.S3_MANAGED) {
      // aws-cdk-lib fails to synthesize any encryptionKey; SSE_S3 encrypts with S3's own keys, so a KMS key is a mistake.
      throw validationError(this, '`resultConfiguration.encryptionConfiguration.encryptionKey` must be unset when ' +
        '`encryptionOption` is S3_MANAGED (a KMS key applies to KMS and CLIENT_SIDE_KMS only), got a key');
    }

    this.taskPolicies = startQueryExecutionStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('athena', 'startQueryExecution', this.integrationPattern),
      ...this.renderInput({ ...startQueryExecutionInput(this.props) }, queryLanguage),
    };
  }

  /**
   * At least one parameter, each 1 to 1024 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html#athena-StartQueryExecution-request-ExecutionParameters
   */
  private validateExecutionParameters(parameters: string[] | undefined): void {
    if (parameters === undefined || Token.isUnresolved(parameters)) return;
    if (parameters.length === 0) {
      throw validationError(this, '`executionParameters` must be a non-empty list, got []');
    }
    parameters.forEach((p, i) => {
      if (typeof p !== 'string' || (!isDynamic(p) && (p.length < 1 || p.length > 1024))) {
        throw validationError(this, `\`executionParameters[${i}]\` length must be between 1 and 1024 characters, got ${describeValue(p)}`);
      }
    });
  }

  /**
   * 0, or a whole number of minutes from 1 to 10080.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultReuseByAgeConfiguration.html
   */
  private validateResultReuse(maxAge: Duration | undefined): void {
    if (maxAge === undefined) return;
    if (maxAge.isUnresolved()) {
      // A deploy-time number converts to minutes only when it is given in minutes.
      if (!convertsToMinutes(maxAge)) {
        throw validationError(this, '`resultReuseConfigurationMaxAge` from a deploy-time value must be ' +
          'Duration.minutes(<token>), got a token in another unit');
      }
      return;
    }
    const millis = maxAge.toMilliseconds();
    const minutes = millis / Duration.minutes(1).toMilliseconds();
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_REUSE_MINUTES) {
      throw validationError(this, '`resultReuseConfigurationMaxAge` must be 0 or a whole number of minutes from 1 to ' +
        `${MAX_REUSE_MINUTES} (7 days), got ${minutes} minutes (${maxAge.toHumanString()})`);
    }
  }
}

/** Whether a Duration converts to minutes: one made of a token converts only to the unit it was given in. */
function convertsToMinutes(duration: Duration): boolean {
  try {
    duration.toMinutes();
    return true;
  } catch {
    return false;
  }
}

/** The StartQueryExecution API input for `props`. */
function startQueryExecutionInput(props: AthenaStartQueryExecutionProps): StartQueryExecutionInput {
  const context = props.queryExecutionContext;
  const result = props.resultConfiguration;
  const encryption = result?.encryptionConfiguration;
  return {
    QueryString: props.queryString,
    ClientRequestToken: props.clientRequestToken,
    QueryExecutionContext: context?.catalogName || context?.databaseName
      ? { Catalog: context.catalogName, Database: context.databaseName }
      : undefined,
    ResultConfiguration: {
      EncryptionConfiguration: encryption
        ? { EncryptionOption: encryption.encryptionOption, KmsKey: encryption.encryptionKey?.keyArn }
        : undefined,
      // A bucket or key known only at run time makes it an expression that builds the URI (aws-cdk-lib writes the
      // expression inside the text, which JSONata reads as text, and fails on JSON paths).
      OutputLocation: result?.outputLocation ? s3UriOf(result.outputLocation, true) : undefined,
    },
    WorkGroup: props.workGroup,
    ExecutionParameters: props.executionParameters && !Token.isUnresolved(props.executionParameters)
      ? listOfStrings(props.executionParameters)
      : props.executionParameters,
    ResultReuseConfiguration: props.resultReuseConfigurationMaxAge
      ? { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: props.resultReuseConfigurationMaxAge.toMinutes() } }
      : undefined,
  };
}

/** `name` for an ARN, `*` when it is only known when the state runs. */
function nameOrAny(name: string): string {
  return isRuntimeValue(name) ? '*' : name;
}

/**
 * The statements StartQueryExecution needs: Athena on the catalog and workgroup (for RUN_JOB also
 * `athena:stopQueryExecution`, so an execution stopped while it waits stops the query), S3 on the result location
 * (and `s3:ListBucketMultipartUploads` on its bucket), Lake Formation, Glue on the database, and KMS on the key that
 * encrypts the results.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html
 * @see https://docs.aws.amazon.com/athena/latest/ug/encryption.html
 */
function startQueryExecutionStatements(
  scope: Construct,
  props: AthenaStartQueryExecutionProps,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const stack = Stack.of(scope);
  const catalog = nameOrAny(props.queryExecutionContext?.catalogName ?? 'AwsDataCatalog');
  const workGroup = nameOrAny(props.workGroup ?? 'primary');
  const database = nameOrAny(props.queryExecutionContext?.databaseName ?? 'default');
  const tables = database === '*' ? '*' : `${database}/*`;
  const location = outputLocationArns(scope, props.resultConfiguration?.outputLocation);
  const encryption = props.resultConfiguration?.encryptionConfiguration;

  const athenaActions = ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution'];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) athenaActions.push('athena:stopQueryExecution');

  const statements = [
    new iam.PolicyStatement({
      actions: athenaActions,
      resources: [
        stack.formatArn({ service: 'athena', resource: 'datacatalog', resourceName: catalog }),
        stack.formatArn({ service: 'athena', resource: 'workgroup', resourceName: workGroup }),
      ],
    }),
    new iam.PolicyStatement({
      actions: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      actions: ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'],
      resources: [location.objects],
    }),
  ];
  if (location.bucket) {
    // A bucket-level action: granting it on the objects of the prefix grants nothing.
    statements.push(new iam.PolicyStatement({ actions: ['s3:ListBucketMultipartUploads'], resources: [location.bucket] }));
  }
  statements.push(
    new iam.PolicyStatement({ actions: ['lakeformation:GetDataAccess'], resources: ['*'] }),
    new iam.PolicyStatement({
      actions: [
        'glue:BatchCreatePartition', 'glue:BatchDeletePartition', 'glue:BatchDeleteTable', 'glue:BatchGetPartition',
        'glue:CreateDatabase', 'glue:CreatePartition', 'glue:CreateTable', 'glue:DeleteDatabase', 'glue:DeletePartition',
        'glue:DeleteTable', 'glue:GetDatabase', 'glue:GetDatabases', 'glue:GetPartition', 'glue:GetPartitions',
        'glue:GetTable', 'glue:GetTables', 'glue:UpdateDatabase', 'glue:UpdatePartition', 'glue:UpdateTable',
      ],
      resources: [
        stack.formatArn({ service: 'glue', resource: 'catalog' }),
        stack.formatArn({ service: 'glue', resource: 'database', resourceName: database }),
        stack.formatArn({ service: 'glue', resource: 'table', resourceName: tables }),
        stack.formatArn({ service: 'glue', resource: 'userDefinedFunction', resourceName: tables }),
      ],
    }),
  );
  const usesKms = encryption?.encryptionOption === EncryptionOption.KMS || encryption?.encryptionOption === EncryptionOption.CLIENT_SIDE_KMS;
  if (usesKms && encryption?.encryptionKey) statements.push(kmsDataKeyStatement(encryption.encryptionKey));
  return statements;
}
