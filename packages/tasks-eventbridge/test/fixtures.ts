import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

/** The kinds of event bus an entry can target. */
export type BusKind = 'default' | 'owned' | 'cfn' | 'imported' | 'byName' | 'otherAccount';

export const IMPORTED_BUS_ARN = 'arn:aws:events:us-east-1:123456789012:event-bus/orders';
export const OTHER_ACCOUNT_BUS_ARN = 'arn:aws:events:eu-west-1:999999999999:event-bus/central';

/** An event bus of the given kind (undefined for the default bus), created with stable ids from `id`. */
export function makeBus(scope: Construct, kind: BusKind, id = 'Bus'): events.IEventBusRef | undefined {
  switch (kind) {
    case 'default':
      return undefined;
    case 'owned':
      return new events.EventBus(scope, id, { eventBusName: `MyEventBus${id}` });
    case 'cfn':
      return new events.CfnEventBus(scope, id, { name: `Cfn${id}` });
    case 'imported':
      return events.EventBus.fromEventBusArn(scope, id, IMPORTED_BUS_ARN);
    case 'byName':
      return events.EventBus.fromEventBusName(scope, id, `named-${id}`);
    case 'otherAccount':
      return events.EventBus.fromEventBusArn(scope, id, OTHER_ACCOUNT_BUS_ARN);
  }
}
