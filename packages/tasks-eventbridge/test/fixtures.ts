import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
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

/** A role for `credentials`. */
export function makeRole(scope: Construct): iam.IRole {
  return iam.Role.fromRoleArn(scope, 'CredentialsRole', 'arn:aws:iam::123456789012:role/cross-account');
}

/** Renders Fn::Join of a single string and an ARN the same way, so expected and actual compare structurally. */
export function normalize(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_k, v) => {
    if (v && typeof v === 'object' && Array.isArray(v['Fn::Join']) && v['Fn::Join'][0] === '') {
      const parts = (v['Fn::Join'][1] as unknown[]).flatMap((p) => {
        const join = p && typeof p === 'object' ? (p as Record<string, unknown>)['Fn::Join'] : undefined;
        return Array.isArray(join) && join[0] === '' ? (join[1] as unknown[]) : [p];
      });
      const merged: unknown[] = [];
      for (const p of parts) {
        if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
        else merged.push(p);
      }
      return merged.length === 1 ? merged[0] : { 'Fn::Join': ['', merged] };
    }
    return v;
  });
}
