import { App, CfnParameter, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { DynamoAttributeValue } from '../src';
import { sharedCases } from './parity-cases';
import { type Case, type Lib, checkParity, inputOf } from './parity-helpers';

const item = (lib: Lib) => ({ MessageId: lib.DynamoAttributeValue.fromString('message-007') });

const cases: Case[] = [
  ...sharedCases({
    action: 'dynamodb:PutItem',
    writes: true,
    base: (lib) => ({ item: item(lib) }),
    jsonataBase: (lib) => ({ item: { MessageId: lib.DynamoAttributeValue.fromString('{% $states.input.id %}') } }),
    jsonPathBase: (lib) => ({ item: { MessageId: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } }),
  }),
  { name: 'an item of every static attribute type', props: (_s, lib) => {
    const A = lib.DynamoAttributeValue;
    return {
      item: {
        pk: A.fromString('id'), s: A.fromString(''), n: A.fromNumber(-19.5), n0: A.fromNumber(0), nt: A.numberFromString('1E+3'),
        b: A.fromBinary('dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk'), ss: A.fromStringSet(['Giraffe', 'Hippo', 'Zebra']),
        ns: A.fromNumberSet([42.2, -19, 7.5, 3.14]), nss: A.numberSetFromStrings(['1', '2']), bs: A.fromBinarySet(['U3Vubnk=', 'UmFpbnk=']),
        m: A.fromMap({ Name: A.fromString('Joe'), Age: A.fromNumber(35), Inner: A.fromMap({ x: A.fromList([]) }) }),
        l: A.fromList([A.fromString('Cookies'), A.fromNumber(3.14159), A.fromList([A.fromBoolean(true)])]),
        nul: A.fromNull(true), t: A.fromBoolean(true), f: A.fromBoolean(false),
      },
    };
  } },
  { name: 'an item of values from JSON paths', props: (_s, lib) => {
    const A = lib.DynamoAttributeValue;
    return {
      item: {
        pk: A.fromString(sfn.JsonPath.stringAt('$.id')), text: A.fromString(sfn.JsonPath.format('Hello {}', sfn.JsonPath.stringAt('$.name'))),
        n: A.numberFromString(sfn.JsonPath.stringAt('$.count')), b: A.fromBinary(sfn.JsonPath.stringAt('$.data')),
        json: A.fromString(sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.doc'))),
        list: A.listFromJsonPath(sfn.JsonPath.stringAt('$.list')), flag: A.booleanFromJsonPath(sfn.JsonPath.stringAt('$.flag')),
        nested: A.fromMap({ at: A.fromString(sfn.JsonPath.stringAt('$$.State.EnteredTime')) }),
        inList: A.fromList([A.fromString(sfn.JsonPath.stringAt('$.a'))]),
      },
    };
  } },
  { name: 'an item of JSONata values', factory: 'jsonata', props: (_s, lib) => {
    const A = lib.DynamoAttributeValue;
    return {
      item: {
        pk: A.fromString('{% $states.input.id %}'), n: A.numberFromString('{% $string($states.input.n) %}'),
        m: A.mapFromJsonata('{% $states.input.m %}'), l: A.listFromJsonata('{% $states.input.l %}'),
        b: A.booleanFromJsonata('{% $states.input.b %}'), ss: A.fromStringSet(['{% $states.input.a %}', 'b']),
        bin: A.fromBinary('{% $states.input.bin %}'), nested: A.fromMap({ x: A.fromString('{% $now() %}') }),
      },
    };
  } },
  { name: 'a deploy-time string in the item', props: (s, lib) => ({
    item: { pk: lib.DynamoAttributeValue.fromString(new CfnParameter(s, 'Id').valueAsString) },
  }) },
  { name: 'a literal $ string in the item', props: (_s, lib) => ({ item: { pk: lib.DynamoAttributeValue.fromString('$.not-a-path') } }) },
  { name: 'condition and return values together', props: (_s, lib) => ({
    item: item(lib),
    conditionExpression: 'attribute_not_exists(MessageId)',
    returnValues: lib.DynamoReturnValues.ALL_OLD,
    returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL,
    returnItemCollectionMetrics: lib.DynamoItemCollectionMetrics.SIZE,
  }) },
  { name: 'README: PutItem', props: (_s, lib) => ({
    item: {
      MessageId: lib.DynamoAttributeValue.fromString('message-007'),
      Text: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.bar')),
      TotalCount: lib.DynamoAttributeValue.fromNumber(10),
    },
  }) },
  // Deliberate differences in attribute values.
  { name: 'a number read from the state input (aws/aws-cdk#12456)', props: (_s, lib) => ({
    item: { pk: lib.DynamoAttributeValue.fromString('a'), ttl: lib.DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.ttl')) },
  }), differs: (ours, ref) => {
    expect((inputOf(ours).Item as Record<string, unknown>).ttl).toEqual({ 'N.$': 'States.JsonToString($.ttl)' });
    // aws-cdk-lib passes the JSON number, which DynamoDB rejects: N takes a string.
    expect((inputOf(ref).Item as Record<string, unknown>).ttl).toEqual({ 'N.$': '$.ttl' });
    expect(ours.statements).toEqual(ref.statements);
  } },
  { name: 'a map at a JsonPath.stringAt() path (aws/aws-cdk#21149)', props: (_s, lib) => ({
    item: { pk: lib.DynamoAttributeValue.fromString('a'), m: lib.DynamoAttributeValue.mapFromJsonPath(sfn.JsonPath.stringAt('$.Item.M')) },
  }), differs: (ours, ref) => {
    expect((inputOf(ours).Item as Record<string, unknown>).m).toEqual({ 'M.$': '$.Item.M' });
    expect((inputOf(ref).Item as Record<string, unknown>).m).toEqual({ 'M.$.$': '$.Item.M' });
  } },
  { name: 'a map at a literal path', props: (_s, lib) => ({
    item: { pk: lib.DynamoAttributeValue.fromString('a'), m: lib.DynamoAttributeValue.mapFromJsonPath('$.Item.M') },
  }) },
  { name: 'a list and a boolean at literal paths', props: (_s, lib) => ({
    item: {
      pk: lib.DynamoAttributeValue.fromString('a'),
      l: lib.DynamoAttributeValue.listFromJsonPath('$.Item.L'),
      b: lib.DynamoAttributeValue.booleanFromJsonPath('$.Item.flag'),
    },
  }), differs: (ours, ref) => {
    expect(inputOf(ours).Item).toMatchObject({ l: { 'L.$': '$.Item.L' }, b: { 'BOOL.$': '$.Item.flag' } });
    // aws-cdk-lib sends the paths as text.
    expect(inputOf(ref).Item).toMatchObject({ l: { L: '$.Item.L' }, b: { BOOL: '$.Item.flag' } });
  } },
];

describe('DynamoPutItem parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('DynamoPutItem', c);
  });

  it('covers at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('builds sets with JSON path elements, which aws-cdk-lib fails to render', () => {
    const stack = new Stack(new App(), 'Stack');
    const refSet = reference.DynamoAttributeValue.fromStringSet([sfn.JsonPath.stringAt('$.a')]);
    expect(() => sfn.FieldUtils.renderObject({ v: refSet.toObject() })).toThrow(/Cannot use JsonPath fields in an array/);
    const ours = DynamoAttributeValue.fromStringSet([sfn.JsonPath.stringAt('$.a')]);
    expect(stack.resolve(sfn.FieldUtils.renderObject({ v: ours.toObject() }))).toEqual({ v: { 'SS.$': 'States.Array($.a)' } });
  });
});
