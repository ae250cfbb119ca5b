import type { Construct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  requireTaskToken,
  resolveIntegrationPattern,
  validateStringLength,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

/**
 * An event to send to EventBridge.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
 */
export interface EventBridgePutEventsEntry {
  /**
   * The event's body, a JSON object: `TaskInput.fromObject()`, a JSON text (`TaskInput.fromText()`) or a JSON
   * path (`TaskInput.fromJsonPathAt()`).
   *
   * @example
   *
   * sfn.TaskInput.fromObject({ Message: 'Hello from Step Functions' });
   */
  readonly detail: sfn.TaskInput;

  /**
   * What kind of event this is, 1 to 128 characters; with `source`, it tells rules what `detail` holds.
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events.html
   */
  readonly detailType: string;

  /**
   * The event bus that receives the event.
   *
   * @default - the account's default event bus
   */
  readonly eventBus?: events.IEventBusRef;

  /**
   * What sent the event, 1 to 256 characters, e.g. `com.example.orders`; `aws.` prefixes are reserved for AWS
   * services.
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events.html
   */
  readonly source: string;
}

interface EventBridgePutEventsOptions {
  /**
   * The events to send: 1 to 10 entries, the PutEvents limit.
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
   */
  readonly entries: EventBridgePutEventsEntry[];
}

/**
 * Properties of an EventBridgePutEvents task that uses JSONPath.
 */
export interface EventBridgePutEventsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EventBridgePutEventsOptions {}

/**
 * Properties of an EventBridgePutEvents task that uses JSONata.
 */
export interface EventBridgePutEventsJsonataProps extends sfn.TaskStateJsonataBaseProps, EventBridgePutEventsOptions {}

/**
 * Properties of an EventBridgePutEvents task.
 */
export interface EventBridgePutEventsProps extends sfn.TaskStateBaseProps, EventBridgePutEventsOptions {}

/** The most entries one PutEvents call takes. */
const MAX_ENTRIES = 10;

/** One rendered PutEvents entry. */
interface PutEventsEntryParameters {
  readonly Detail: unknown;
  readonly DetailType: string;
  readonly EventBusName?: string;
  readonly Source: string;
}

/**
 * Sends events to EventBridge event buses as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
 */
export class EventBridgePutEvents extends TaskStateBase {
  /**
   * An EventBridgePutEvents task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
   */
  public static jsonPath(scope: Construct, id: string, props: EventBridgePutEventsJsonPathProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EventBridgePutEvents task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
   */
  public static jsonata(scope: Construct, id: string, props: EventBridgePutEventsJsonataProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: EventBridge's PutEvents response, one entry per event. With
   * `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
   * @internal
   */
  declare readonly _serviceResult?: {
    Entries: Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }>; FailedEntryCount: number;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EventBridgePutEventsProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EventBridgePutEventsProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, EventBridgePutEvents.SUPPORTED_INTEGRATION_PATTERNS);
    validateEntries(this, props.entries);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'entries[].detail', props.entries.map((entry) => entry.detail));
    }

    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['events:PutEvents'],
        resources: props.entries.map((entry) => eventBusArn(this, entry.eventBus)),
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('events', 'putEvents', this.integrationPattern),
      ...this.renderInput({ Entries: this.props.entries.map(entryParameters) }, queryLanguage),
    };
  }
}

/** Maps an entry to its PutEvents fields; the bus is named by its ARN. */
function entryParameters(entry: EventBridgePutEventsEntry): PutEventsEntryParameters {
  return {
    Detail: entry.detail.value,
    DetailType: entry.detailType,
    EventBusName: entry.eventBus ? busArnOf(entry.eventBus) : undefined,
    Source: entry.source,
  };
}

/** The ARN of the entry's bus, or of the account's default bus. */
function eventBusArn(scope: Construct, eventBus: events.IEventBusRef | undefined): string {
  if (eventBus) return busArnOf(eventBus);
  return Stack.of(scope).formatArn({
    service: 'events',
    resource: 'event-bus',
    resourceName: 'default',
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** The bus's ARN, from its reference or, on aws-cdk-lib releases without references, its ARN attribute. */
function busArnOf(eventBus: events.IEventBusRef): string {
  const legacy = eventBus as unknown as { readonly eventBusArn?: string };
  return eventBus.eventBusRef?.eventBusArn ?? (legacy.eventBusArn as string);
}

/** Checks the number of entries and each entry's static fields against the PutEvents limits. */
function validateEntries(scope: Construct, entries: EventBridgePutEventsEntry[]): void {
  if (entries.length < 1 || entries.length > MAX_ENTRIES) {
    throw validationError(scope, `\`entries\` must contain 1 to ${MAX_ENTRIES} entries, got ${entries.length}`);
  }
  entries.forEach((entry, i) => {
    const prop = `entries[${i}]`;
    validateStringLength(scope, `${prop}.detailType`, entry.detailType, 1, 128);
    validateStringLength(scope, `${prop}.source`, entry.source, 1, 256);
    if (!isDynamic(entry.source) && entry.source.startsWith('aws.')) {
      throw validationError(scope, `\`${prop}.source\` must not start with 'aws.', which is reserved for AWS services, ` +
        `got ${describeValue(entry.source)}`);
    }
    validateDetail(scope, `${prop}.detail`, entry.detail);
  });
}

/** A static text detail must be a JSON object, as EventBridge rejects anything else. */
function validateDetail(scope: Construct, prop: string, detail: sfn.TaskInput): void {
  if (detail.type !== sfn.InputType.TEXT || isDynamic(detail.value)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail.value);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw validationError(scope, `\`${prop}\` must be a JSON object, got text ${describeValue(detail.value)}`);
  }
}
