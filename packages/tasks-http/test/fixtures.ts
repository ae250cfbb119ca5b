import { SecretValue } from 'aws-cdk-lib/core';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export const IMPORTED_CONNECTION_ARN = 'arn:aws:events:us-east-1:123456789012:connection/api/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab';
export const IMPORTED_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/api/0b1c2d3e-AbCdEf';

/** The kinds of EventBridge connection an HttpInvoke can use. */
export type ConnectionKind = 'basic' | 'apiKey' | 'oauth' | 'fromEventBusArn' | 'fromConnectionAttributes';

/** A connection of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeConnection(scope: Construct, kind: ConnectionKind): events.IConnection {
  switch (kind) {
    case 'fromEventBusArn':
      return events.Connection.fromEventBusArn(scope, 'Connection', IMPORTED_CONNECTION_ARN, IMPORTED_SECRET_ARN);
    case 'fromConnectionAttributes':
      return events.Connection.fromConnectionAttributes(scope, 'Connection', {
        connectionName: 'api', connectionArn: IMPORTED_CONNECTION_ARN, connectionSecretArn: IMPORTED_SECRET_ARN,
      });
    case 'apiKey':
      return new events.Connection(scope, 'Connection', {
        authorization: events.Authorization.apiKey('x-api-key', SecretValue.unsafePlainText('key')),
      });
    case 'oauth':
      return new events.Connection(scope, 'Connection', {
        authorization: events.Authorization.oauth({
          authorizationEndpoint: 'https://auth.example.com/oauth/token',
          clientId: 'client',
          clientSecret: SecretValue.unsafePlainText('secret'),
          httpMethod: events.HttpMethod.POST,
        }),
      });
    default:
      return new events.Connection(scope, 'Connection', {
        authorization: events.Authorization.basic('username', SecretValue.unsafePlainText('password')),
      });
  }
}
