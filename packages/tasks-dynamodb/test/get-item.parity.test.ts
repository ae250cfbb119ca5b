import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { sharedCases } from './parity-cases';
import { type Case, type Lib, checkParity } from './parity-helpers';

const key = (lib: Lib) => ({ pk: lib.DynamoAttributeValue.fromString('message-007') });
const projection = (lib: Lib, ...paths: string[][]) =>
  paths.map((path) => path.reduce((p, part) => (/^\d+$/.test(part) ? p.atIndex(Number(part)) : p.withAttribute(part)), new lib.DynamoProjectionExpression()));

const cases: Case[] = [
  ...sharedCases({
    action: 'dynamodb:GetItem',
    writes: false,
    base: (lib) => ({ key: key(lib) }),
    jsonataBase: (lib) => ({ key: { pk: lib.DynamoAttributeValue.fromString('{% $states.input.id %}') } }),
    jsonPathBase: (lib) => ({ key: { pk: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } }),
  }),
  { name: 'composite key of every key type', props: (_s, lib) => ({
    key: { pk: lib.DynamoAttributeValue.fromNumber(42), sk: lib.DynamoAttributeValue.fromBinary('ejBtZ3d0ZmJicQ==') },
  }) },
  { name: 'composite key from JSON paths', props: (_s, lib) => ({
    key: {
      pk: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.partitionKey')),
      sk: lib.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.sortKey')),
    },
  }) },
  { name: 'key from the context object and JsonPath.format', props: (_s, lib) => ({
    key: {
      pk: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$$.Execution.Name')),
      sk: lib.DynamoAttributeValue.fromString(sfn.JsonPath.format('v{}', sfn.JsonPath.stringAt('$.version'))),
    },
  }) },
  { name: 'consistent read', props: (_s, lib) => ({ key: key(lib), consistentRead: true }) },
  { name: 'eventually consistent read, explicit', props: (_s, lib) => ({ key: key(lib), consistentRead: false }) },
  { name: 'consistent read, JSONata', factory: 'jsonata', props: (_s, lib) => ({ key: key(lib), consistentRead: true }) },
  { name: 'projection of one attribute', props: (_s, lib) => ({ key: key(lib), projectionExpression: projection(lib, ['ID']) }) },
  { name: 'projection of nested paths', props: (_s, lib) => ({
    key: key(lib), projectionExpression: projection(lib, ['Messages', '1', 'Tags'], ['ID'], ['Items', '0', '10', 'Name']),
  }) },
  { name: 'projection with expression attribute names', props: (_s, lib) => ({
    key: key(lib), projectionExpression: projection(lib, ['#c'], ['#d', '2']), expressionAttributeNames: { '#c': 'Comment', '#d': 'Data' },
  }) },
  { name: 'projection, JSONata', factory: 'jsonata', props: (_s, lib) => ({ key: key(lib), projectionExpression: projection(lib, ['a', 'b']) }) },
  { name: 'return consumed capacity INDEXES', props: (_s, lib) => ({ key: key(lib), returnConsumedCapacity: lib.DynamoConsumedCapacity.INDEXES }) },
  { name: 'return consumed capacity TOTAL', props: (_s, lib) => ({ key: key(lib), returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL }) },
  { name: 'return consumed capacity NONE, jsonPath()', factory: 'jsonPath',
    props: (_s, lib) => ({ key: key(lib), returnConsumedCapacity: lib.DynamoConsumedCapacity.NONE }) },
  { name: 'every option at once', table: 'ownedNamed', props: (_s, lib) => ({
    key: { SOME_KEY: lib.DynamoAttributeValue.fromString('1234'), OTHER_KEY: lib.DynamoAttributeValue.fromNumber(4321) },
    consistentRead: true,
    expressionAttributeNames: { '#ok': 'OTHER_KEY' },
    projectionExpression: projection(lib, ['Messages', '1', 'Tags'], ['#ok']),
    returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL,
  }) },
  { name: 'number key from text', props: (_s, lib) => ({ key: { pk: lib.DynamoAttributeValue.numberFromString('-1.5E+3') } }) },
  { name: 'binary key from a JSON path', props: (_s, lib) => ({ key: { pk: lib.DynamoAttributeValue.fromBinary(sfn.JsonPath.stringAt('$.bin')) } }) },
  { name: 'JSONata key of every key type', factory: 'jsonata', props: (_s, lib) => ({
    key: { pk: lib.DynamoAttributeValue.numberFromString('{% $string($states.input.n) %}'), sk: lib.DynamoAttributeValue.fromBinary('{% $states.input.b %}') },
  }) },
  { name: 'README: Get Item', props: (_s, lib) => ({ key: { messageId: lib.DynamoAttributeValue.fromString('message-007') } }) },
];

describe('DynamoGetItem parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('DynamoGetItem', c);
  });

  it('covers at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});
