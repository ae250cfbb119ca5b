import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  kmsDataKeyStatement,
  requireTaskToken,
  validateMessageGroupingId,
  resolveIntegrationPattern,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { renderMessageAttributes, type MessageAttributeValue } from './private/message-attributes';
import { keyForPolicy } from './private/topic-key';
import type { MessageAttribute } from './sns-types';

interface SnsPublishOptions {
  /**
   * The SNS topic to publish to.
   */
  readonly topic: sns.ITopic;

  /**
   * The message to send.
   *
   * Except for SMS, a message is UTF-8 text of at most 256 KB; an SMS message holds up to 140 characters.
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
   */
  readonly message: sfn.TaskInput;

  /**
   * Message attributes to publish with the message: metadata for subscription filter policies and subscribers.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
   * @default {}
   */
  readonly messageAttributes?: { [key: string]: MessageAttribute };

  /**
   * Send a different message to each transport protocol (`MessageStructure: json`).
   *
   * The message must then be a JSON object with a top-level `default` key whose value is a string, plus one
   * key per protocol that gets its own text (`sqs`, `email`, `http`, …).
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html#API_Publish_RequestParameters
   * @default false
   */
  readonly messagePerSubscriptionType?: boolean;

  /**
   * The subject line of email deliveries, also included in the JSON messages delivered to other endpoints.
   *
   * UTF-8 text of fewer than 100 characters, with no line breaks or control characters.
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
   * @default - no subject
   */
  readonly subject?: string;

  /**
   * The message group the message belongs to; messages of one group are delivered in order.
   *
   * Required for FIFO topics. Up to 128 characters: a-z, A-Z, 0-9 and punctuation.
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
   * @default - none; required for FIFO topics
   */
  readonly messageGroupId?: string;

  /**
   * The token SNS deduplicates FIFO messages by: a message with the same id within the 5-minute deduplication
   * interval is accepted but not delivered again.
   *
   * Overrides the id a topic with content-based deduplication would compute. Up to 128 characters: a-z, A-Z,
   * 0-9 and punctuation.
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
   * @default - none; required for FIFO topics without content-based deduplication
   */
  readonly messageDeduplicationId?: string;
}

/**
 * Properties of an SnsPublish task that uses JSONPath.
 */
export interface SnsPublishJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SnsPublishOptions {}

/**
 * Properties of an SnsPublish task that uses JSONata.
 */
export interface SnsPublishJsonataProps extends sfn.TaskStateJsonataBaseProps, SnsPublishOptions {}

/**
 * Properties of an SnsPublish task.
 */
export interface SnsPublishProps extends sfn.TaskStateBaseProps, SnsPublishOptions {}

/** The input of the Publish API call. */
interface PublishInput {
  readonly TopicArn: string;
  readonly Message: unknown;
  readonly MessageDeduplicationId?: string;
  readonly MessageGroupId?: string;
  readonly MessageStructure?: 'json';
  readonly MessageAttributes?: { [name: string]: MessageAttributeValue };
  readonly Subject?: string;
}

/**
 * Publishes a message to an SNS topic as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
 */
export class SnsPublish extends TaskStateBase {
  /**
   * An SnsPublish task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
   */
  public static jsonPath(scope: Construct, id: string, props: SnsPublishJsonPathProps): SnsPublish {
    return new SnsPublish(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An SnsPublish task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
   */
  public static jsonata(scope: Construct, id: string, props: SnsPublishJsonataProps): SnsPublish {
    return new SnsPublish(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: SNS's Publish response (`SequenceNumber` for a FIFO topic). With
   * `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
   * @internal
   */
  declare readonly _serviceResult?: {
    MessageId: string; SequenceNumber?: string; SdkHttpMetadata?: unknown; SdkResponseMetadata?: unknown;
  };

  protected readonly taskMetrics: sfn.TaskMetricsConfig | undefined;
  protected readonly taskPolicies: iam.PolicyStatement[] | undefined;

  private readonly props: SnsPublishProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: SnsPublishProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SnsPublish.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'message', props.message);
    }
    this.validateFifo(props);
    validateStringLength(this, 'subject', props.subject, 1, 99);
    validateStringPattern(this, 'subject', props.subject, /^[^\p{Cc}]*$/u, 'text without line breaks or control characters');

    this.taskMetrics = undefined;
    this.taskPolicies = [
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [props.topic.topicArn] }),
      ...kmsStatements(props.topic),
    ];
  }

  /**
   * Renders the state. The message attributes are checked here, as aws-cdk-lib does, so an invalid attribute
   * fails when the state is rendered (at synthesis at the latest), naming the attribute.
   *
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const messageAttributes = renderMessageAttributes(this, this.props.messageAttributes);
    return {
      Resource: integrationResourceArn('sns', 'publish', this.integrationPattern),
      ...this.renderInput({ ...publishInput(this.props, messageAttributes) }, queryLanguage),
    };
  }

  /**
   * A FIFO topic needs a message group id, and a deduplication id unless it deduplicates by content; both ids
   * are 1 to 128 printable ASCII characters on any topic.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/fifo-message-dedup.html
   */
  private validateFifo(props: SnsPublishProps): void {
    const { topic, messageGroupId, messageDeduplicationId } = props;
    if (topic.fifo && messageGroupId === undefined) {
      throw validationError(this, '`messageGroupId` must be set for a FIFO topic, got undefined');
    }
    if (topic.fifo && !topic.contentBasedDeduplication && messageDeduplicationId === undefined) {
      throw validationError(this, '`messageDeduplicationId` must be set for a FIFO topic without content-based ' +
        'deduplication, got undefined');
    }
    validateMessageGroupingId(this, 'messageGroupId', messageGroupId);
    validateMessageGroupingId(this, 'messageDeduplicationId', messageDeduplicationId);
  }
}

/** The Publish API input for `props`, with the attributes already rendered. */
function publishInput(
  props: SnsPublishProps,
  messageAttributes: { [name: string]: MessageAttributeValue } | undefined,
): PublishInput {
  return {
    TopicArn: props.topic.topicArn,
    Message: props.message.value,
    MessageDeduplicationId: props.messageDeduplicationId,
    MessageGroupId: props.messageGroupId,
    MessageStructure: props.messagePerSubscriptionType ? 'json' : undefined,
    MessageAttributes: messageAttributes,
    Subject: props.subject,
  };
}

/** What publishing to an encrypted `topic` needs of its KMS key, when there is a key a policy can name. */
function kmsStatements(topic: sns.ITopic): iam.PolicyStatement[] {
  const key = topic.masterKey === undefined ? undefined : keyForPolicy(topic.masterKey);
  return key === undefined ? [] : [kmsDataKeyStatement(key)];
}
