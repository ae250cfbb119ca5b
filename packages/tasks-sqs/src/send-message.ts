import type { Construct } from 'constructs';
import type { Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  kmsDataKeyStatement,
  requireTaskToken,
  validateMessageGroupingId,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

interface SqsSendMessageOptions {
  /**
   * The SQS queue to send the message to.
   */
  readonly queue: sqs.IQueue;

  /**
   * The message to send: text, or JSON that Step Functions sends as its text.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
   */
  readonly messageBody: sfn.TaskInput;

  /**
   * How long the message stays invisible to consumers after it is sent: a whole number of seconds from 0 to
   * 900 (15 minutes).
   *
   * A FIFO queue takes no per-message delay: set `deliveryDelay` on the queue instead.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
   * @default - the queue's delivery delay; 0 seconds when it has none
   */
  readonly delay?: Duration;

  /**
   * The token SQS deduplicates FIFO messages by: a message with the same id within the 5-minute deduplication
   * interval is accepted but not delivered again.
   *
   * Required for a FIFO queue without content-based deduplication. Up to 128 characters: a-z, A-Z, 0-9 and
   * punctuation.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
   * @default - none
   */
  readonly messageDeduplicationId?: string;

  /**
   * The message group the message belongs to.
   *
   * Required for a FIFO queue, whose messages of one group are received in order; on a standard queue it
   * enables fair queueing per group. Up to 128 characters: a-z, A-Z, 0-9 and punctuation.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
   * @default - none; required for FIFO queues
   */
  readonly messageGroupId?: string;
}

/**
 * Properties of an SqsSendMessage task that uses JSONPath.
 */
export interface SqsSendMessageJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SqsSendMessageOptions {}

/**
 * Properties of an SqsSendMessage task that uses JSONata.
 */
export interface SqsSendMessageJsonataProps extends sfn.TaskStateJsonataBaseProps, SqsSendMessageOptions {}

/**
 * Properties of an SqsSendMessage task.
 */
export interface SqsSendMessageProps extends sfn.TaskStateBaseProps, SqsSendMessageOptions {}

/** The input of the SendMessage API call. */
interface SendMessageInput {
  readonly QueueUrl: string;
  readonly MessageBody: unknown;
  readonly DelaySeconds?: number;
  readonly MessageDeduplicationId?: string;
  readonly MessageGroupId?: string;
}

/** The longest per-message delay SQS takes, in seconds (15 minutes). */
const MAX_DELAY_SECONDS = 900;

/**
 * Sends a message to an SQS queue as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
 */
export class SqsSendMessage extends TaskStateBase {
  /**
   * An SqsSendMessage task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
   */
  public static jsonPath(scope: Construct, id: string, props: SqsSendMessageJsonPathProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An SqsSendMessage task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
   */
  public static jsonata(scope: Construct, id: string, props: SqsSendMessageJsonataProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: SQS's SendMessage response (`SequenceNumber` for a FIFO queue). With
   * `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
   * @internal
   */
  declare readonly _serviceResult?: {
    MessageId: string; MD5OfMessageBody: string; MD5OfMessageAttributes?: string; MD5OfMessageSystemAttributes?: string;
    SequenceNumber?: string; SdkHttpMetadata?: unknown; SdkResponseMetadata?: unknown;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: SqsSendMessageProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: SqsSendMessageProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SqsSendMessage.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'messageBody', props.messageBody);
    }
    if (props.messageBody.type === sfn.InputType.TEXT && props.messageBody.value === '') {
      throw validationError(this, '`messageBody` must be at least one character long, got \'\'');
    }
    this.validateDelay(props);
    this.validateFifo(props);

    this.taskPolicies = [
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.queue.queueArn] }),
      ...(props.queue.encryptionMasterKey ? [kmsDataKeyStatement(props.queue.encryptionMasterKey)] : []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('sqs', 'sendMessage', this.integrationPattern),
      ...this.renderInput({ ...sendMessageInput(this.props) }, queryLanguage),
    };
  }

  /**
   * A per-message delay is a whole number of seconds from 0 to 900, and a FIFO queue takes none.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
   */
  private validateDelay({ delay, queue }: SqsSendMessageProps): void {
    if (delay === undefined) return;
    if (queue.fifo) {
      throw validationError(this, '`delay` must be undefined for a FIFO queue, which takes no per-message delay ' +
        `(set deliveryDelay on the queue instead), got ${delay.isUnresolved() ? delay.toString() : delay.toHumanString()}`);
    }
    if (delay.isUnresolved()) return;
    const seconds = delay.toSeconds({ integral: false });
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_DELAY_SECONDS) {
      throw validationError(this, `\`delay\` must be a whole number of seconds from 0 to ${MAX_DELAY_SECONDS} ` +
        `(15 minutes), got ${describeValue(seconds)} seconds`);
    }
  }

  /**
   * A FIFO queue needs a message group id; both ids are 1 to 128 printable ASCII characters on any queue.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html
   */
  private validateFifo({ queue, messageGroupId, messageDeduplicationId }: SqsSendMessageProps): void {
    if (queue.fifo && messageGroupId === undefined) {
      throw validationError(this, '`messageGroupId` must be set for a FIFO queue, got undefined');
    }
    validateMessageGroupingId(this, 'messageGroupId', messageGroupId);
    validateMessageGroupingId(this, 'messageDeduplicationId', messageDeduplicationId);
  }
}

/** The SendMessage API input for `props`. */
function sendMessageInput(props: SqsSendMessageProps): SendMessageInput {
  return {
    QueueUrl: props.queue.queueUrl,
    MessageBody: props.messageBody.value,
    DelaySeconds: props.delay?.toSeconds(),
    MessageDeduplicationId: props.messageDeduplicationId,
    MessageGroupId: props.messageGroupId,
  };
}
