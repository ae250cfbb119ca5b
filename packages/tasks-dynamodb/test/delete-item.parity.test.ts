import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { sharedCases } from './parity-cases';
import { type Case, type Lib, checkParity } from './parity-helpers';

const key = (lib: Lib) => ({ MessageId: lib.DynamoAttributeValue.fromString('message-007') });

const cases: Case[] = [
  ...sharedCases({
    action: 'dynamodb:DeleteItem',
    writes: true,
    base: (lib) => ({ key: key(lib) }),
    jsonataBase: (lib) => ({ key: { MessageId: lib.DynamoAttributeValue.fromString('{% $states.input.id %}') } }),
    jsonPathBase: (lib) => ({ key: { MessageId: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } }),
  }),
  { name: 'composite key from JSON paths', props: (_s, lib) => ({
    key: {
      pk: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.pk')),
      sk: lib.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.sk')),
    },
  }) },
  { name: 'every option at once', table: 'ownedNamed', props: (_s, lib) => ({
    key: { SOME_KEY: lib.DynamoAttributeValue.fromString('1234') },
    conditionExpression: 'ForumName <> :f and #s <> :s',
    expressionAttributeNames: { '#s': 'Subject' },
    expressionAttributeValues: {
      ':f': lib.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
      ':s': lib.DynamoAttributeValue.fromString('s'),
    },
    returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL,
    returnItemCollectionMetrics: lib.DynamoItemCollectionMetrics.SIZE,
    returnValues: lib.DynamoReturnValues.ALL_OLD,
  }) },
  { name: 'README: DeleteItem', props: (_s, lib) => ({
    key: { MessageId: lib.DynamoAttributeValue.fromString('message-007') },
    resultPath: sfn.JsonPath.DISCARD,
  }) },
];

describe('DynamoDeleteItem parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('DynamoDeleteItem', c);
  });

  it('covers at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});
