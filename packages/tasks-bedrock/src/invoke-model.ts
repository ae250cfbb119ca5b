import type { Construct } from 'constructs';
import { Annotations, FeatureFlags } from 'aws-cdk-lib/core';
import { USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK } from 'aws-cdk-lib/cx-api';
import type * as bedrock from 'aws-cdk-lib/aws-bedrock';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  resolveIntegrationPattern,
  s3UriOf,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { Guardrail } from './guardrail';
import { invokeModelStatements } from './private/invoke-model-iam';

/**
 * Where BedrockInvokeModel reads the request body from, instead of `body`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export interface BedrockInvokeModelInputProps {
  /**
   * The S3 object that holds the request body, for bodies over the 256 KiB a state can carry.
   *
   * Object versions are not supported.
   *
   * @default - the body comes from `s3InputUri`, or from `body`
   */
  readonly s3Location?: s3.Location;

  /**
   * The S3 URI (`s3://<bucket>/<key>`) of the object that holds the request body, typically a JSONPath or JSONata
   * value known only when the state runs.
   *
   * Needs the feature flag `USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK` of `aws-cdk-lib/cx-api`
   * (on unless the app turns it off).
   *
   * @default - the body comes from `s3Location`, or from `body`
   */
  readonly s3InputUri?: string;
}

/**
 * Where BedrockInvokeModel writes the response body, instead of returning it in the task result.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export interface BedrockInvokeModelOutputProps {
  /**
   * The S3 object to write the response body to; the task result then refers to it instead of holding it.
   *
   * Object versions are not supported.
   *
   * @default - the response body is in the task result, unless `s3OutputUri` is set
   */
  readonly s3Location?: s3.Location;

  /**
   * The S3 URI (`s3://<bucket>/<key>`) to write the response body to, typically a JSONPath or JSONata value known
   * only when the state runs.
   *
   * Needs the feature flag `USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK` of `aws-cdk-lib/cx-api`
   * (on unless the app turns it off).
   *
   * @default - the response body is in the task result, unless `s3Location` is set
   */
  readonly s3OutputUri?: string;
}

interface BedrockInvokeModelOptions {
  /**
   * The model to invoke: a foundation model, a custom or provisioned model, or an inference profile (whose
   * foundation models, in every Region the profile routes to, are granted through it).
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/inference-invoke.html
   */
  readonly model: bedrock.IModel;

  /**
   * The request body, in the format `contentType` names and the model expects (up to 256 KiB in a state).
   *
   * Set either `body` or `input`.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html
   * @default - the body is read from `input`
   */
  readonly body?: sfn.TaskInput;

  /**
   * The MIME type of the response body.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
   * @default 'application/json'
   */
  readonly accept?: string;

  /**
   * The MIME type of the request body.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
   * @default 'application/json'
   * @deprecated Only `application/json` is accepted, which is the default.
   */
  readonly contentType?: string;

  /**
   * Where to read the request body from in S3, instead of `body`.
   *
   * @default - the request body is `body`
   */
  readonly input?: BedrockInvokeModelInputProps;

  /**
   * Where to write the response body in S3; the task result then refers to it instead of holding it.
   *
   * @default - the response body is in the task result
   */
  readonly output?: BedrockInvokeModelOutputProps;

  /**
   * The guardrail to apply to the invocation.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-use.html
   * @default - no guardrail
   */
  readonly guardrail?: Guardrail;

  /**
   * Whether to return the guardrail trace in the response.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
   * @default - no trace
   */
  readonly traceEnabled?: boolean;
}

/**
 * Properties of a BedrockInvokeModel task that uses JSONPath.
 */
export interface BedrockInvokeModelJsonPathProps extends sfn.TaskStateJsonPathBaseProps, BedrockInvokeModelOptions {}

/**
 * Properties of a BedrockInvokeModel task that uses JSONata.
 */
export interface BedrockInvokeModelJsonataProps extends sfn.TaskStateJsonataBaseProps, BedrockInvokeModelOptions {}

/**
 * Properties of a BedrockInvokeModel task.
 */
export interface BedrockInvokeModelProps extends sfn.TaskStateBaseProps, BedrockInvokeModelOptions {}

/** The InvokeModel request of the Step Functions integration. */
interface InvokeModelParameters {
  readonly ModelId: string;
  readonly Accept?: string;
  readonly ContentType?: string;
  readonly Body?: unknown;
  readonly Input?: { readonly S3Uri: string };
  readonly Output?: { readonly S3Uri: string };
  readonly GuardrailIdentifier?: string;
  readonly GuardrailVersion?: string;
  readonly Trace?: string;
}

/** A static S3 object URI: `s3://<bucket>/<key>`. */
const S3_URI = /^s3:\/\/[^/\s]+\/.+$/;

/**
 * Invokes a Bedrock model as a Task, with the request body in the state (`body`) or in S3 (`input`), and the
 * response body in the result or in S3 (`output`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export class BedrockInvokeModel extends TaskStateBase {
  /**
   * A BedrockInvokeModel task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonPath(scope: Construct, id: string, props: BedrockInvokeModelJsonPathProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A BedrockInvokeModel task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonata(scope: Construct, id: string, props: BedrockInvokeModelJsonataProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: Bedrock's InvokeModel response: the model's `Body` (parsed when it
   * is JSON). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run
   * time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   * @internal
   */
  declare readonly _serviceResult?: { Body?: unknown; ContentType?: string };

  protected readonly taskMetrics: sfn.TaskMetricsConfig | undefined;
  protected readonly taskPolicies: iam.PolicyStatement[] | undefined;

  private readonly props: BedrockInvokeModelProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  /** Whether the S3 URIs come from `s3InputUri`/`s3OutputUri` (the flag on) or from `inputPath`/`outputPath`. */
  private readonly urisFromProps: boolean;

  constructor(scope: Construct, id: string, props: BedrockInvokeModelProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, BedrockInvokeModel.SUPPORTED_INTEGRATION_PATTERNS);
    this.urisFromProps = FeatureFlags.of(this).isEnabled(USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK) ?? true;
    this.validateSources();
    if (!this.urisFromProps && (props.inputPath !== undefined || props.outputPath !== undefined)) {
      Annotations.of(this).addWarningV2('@cdk-stepfunctions/tasks-bedrock:inputPathAsS3Uri',
        `\`inputPath\`/\`outputPath\` are also rendered as the S3 URIs of the request, as \`${USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK}\` is off; ` +
        'turn the flag on and set `input.s3InputUri`/`output.s3OutputUri` to keep the paths for state input and output only');
    }

    this.taskMetrics = undefined;
    this.taskPolicies = invokeModelStatements(this, {
      modelArn: props.model.modelArn,
      inputLocation: props.input?.s3Location,
      inputUri: this.urisFromProps ? props.input?.s3InputUri : props.inputPath,
      outputLocation: props.output?.s3Location,
      outputUri: this.urisFromProps ? props.output?.s3OutputUri : props.outputPath,
      guardrail: props.guardrail,
    });
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('bedrock', 'invokeModel', this.integrationPattern),
      ...this.renderInput(this.request(), queryLanguage),
    };
  }

  /** Maps the props to the request. */
  private request(): InvokeModelParameters {
    const props = this.props;
    const inputUri = s3Uri(props.input?.s3Location) ?? (this.urisFromProps ? props.input?.s3InputUri : props.inputPath);
    const outputUri = s3Uri(props.output?.s3Location) ?? (this.urisFromProps ? props.output?.s3OutputUri : props.outputPath);
    return {
      ModelId: props.model.modelArn,
      Accept: props.accept,
      ContentType: props.contentType,
      Body: props.body?.value,
      Input: inputUri ? { S3Uri: inputUri } : undefined,
      Output: outputUri ? { S3Uri: outputUri } : undefined,
      GuardrailIdentifier: props.guardrail?.guardrailIdentifier,
      GuardrailVersion: props.guardrail?.guardrailVersion,
      Trace: props.traceEnabled === undefined ? undefined : props.traceEnabled ? 'ENABLED' : 'DISABLED',
    };
  }

  /**
   * Checks where the request body and the response go: `body` or `input`, one kind of S3 location each, no object
   * versions, S3 URIs only with the feature flag that makes them the request's.
   */
  private validateSources(): void {
    const { body, input, output, inputPath } = this.props;
    if (!this.urisFromProps) {
      const ignored = input?.s3InputUri !== undefined ? 'input.s3InputUri' : output?.s3OutputUri !== undefined ? 'output.s3OutputUri' : undefined;
      if (ignored) {
        throw validationError(this, `\`${ignored}\` needs the feature flag \`${USE_NEW_S3URI_PARAMETERS_FOR_BEDROCK_INVOKE_MODEL_TASK}\`, which this app turns off ` +
          '(the S3 URIs then come from `inputPath`/`outputPath`): turn the flag on, or use `s3Location`');
      }
    }
    const inputGiven = input?.s3Location !== undefined || (this.urisFromProps ? input?.s3InputUri !== undefined : inputPath !== undefined);
    const inputName = this.urisFromProps ? '`input`' : '`input` (or `inputPath`, the S3 URI while the feature flag is off)';
    if (body !== undefined && inputGiven) {
      throw validationError(this, `\`body\` cannot be combined with ${inputName}: set one of them, got both`);
    }
    if (body === undefined && !inputGiven) {
      throw validationError(this, `\`body\` or ${inputName} must be set, got neither`);
    }
    for (const [prop, location] of [['input', input?.s3Location], ['output', output?.s3Location]] as const) {
      if (location?.objectVersion !== undefined) {
        throw validationError(this, `\`${prop}.s3Location.objectVersion\` must not be set, as the integration reads and ` +
          `writes the latest version only, got ${describeValue(location.objectVersion)}`);
      }
    }
    if (input?.s3InputUri !== undefined && input.s3Location !== undefined) {
      throw validationError(this, '`input.s3InputUri` cannot be combined with `input.s3Location`: set one of them, got both');
    }
    if (output?.s3OutputUri !== undefined && output.s3Location !== undefined) {
      throw validationError(this, '`output.s3OutputUri` cannot be combined with `output.s3Location`: set one of them, got both');
    }
    validateStringPattern(this, 'input.s3InputUri', input?.s3InputUri, S3_URI, 'an S3 URI `s3://<bucket>/<key>`');
    validateStringPattern(this, 'output.s3OutputUri', output?.s3OutputUri, S3_URI, 'an S3 URI `s3://<bucket>/<key>`');
  }
}

/** The `s3://` URI of an S3 location; an expression that builds it when the state runs, for a run-time bucket or key. */
function s3Uri(location: s3.Location | undefined): string | undefined {
  return location ? s3UriOf(location) : undefined;
}
