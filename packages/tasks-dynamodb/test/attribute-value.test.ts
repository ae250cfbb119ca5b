import { App, CfnParameter, Lazy, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { DynamoAttributeValue as A, DynamoProjectionExpression } from '../src';

/** An attribute value as a JSONPath state renders it. */
function rendered(value: A): unknown {
  return new Stack(new App(), 'Stack').resolve(sfn.FieldUtils.renderObject({ v: value.toObject() })).v;
}

describe('DynamoProjectionExpression', () => {
  it('joins attributes with dots and list indexes in brackets', () => {
    const expression = new DynamoProjectionExpression().withAttribute('Messages').atIndex(1).atIndex(10)
      .withAttribute('Tags').withAttribute('Items').atIndex(0);
    expect(expression.toString()).toBe('Messages[1][10].Tags.Items[0]');
  });

  it('is empty until an attribute is added', () => {
    expect(new DynamoProjectionExpression().toString()).toBe('');
    expect(new DynamoProjectionExpression().withAttribute('#n').toString()).toBe('#n');
  });

  it('fails when it starts with a list index', () => {
    expect(() => new DynamoProjectionExpression().atIndex(1)).toThrow(/must start with an attribute \(withAttribute\(\)\) before a list index/);
  });

  it.each([[-1], [1.5], [Number.NaN]])('fails on the list index %s', (index) => {
    expect(() => new DynamoProjectionExpression().withAttribute('a').atIndex(index)).toThrow(/`index` must be an integer from 0/);
  });

  it('fails on an empty attribute name', () => {
    expect(() => new DynamoProjectionExpression().withAttribute('')).toThrow(/`attr` must be a non-empty attribute name, got ''/);
  });
});

describe('DynamoAttributeValue', () => {
  it('exposes the attribute value as its only field, as FieldUtils.renderObject() shows it', () => {
    expect(sfn.FieldUtils.renderObject(A.fromString('my-string'))).toEqual({ attributeValue: { S: 'my-string' } });
    expect(sfn.FieldUtils.renderObject(A.fromString(sfn.JsonPath.stringAt('$.s')))).toEqual({ attributeValue: { 'S.$': '$.s' } });
    const value = A.fromBoolean(true);
    expect(value.toObject()).toBe(value.attributeValue);
    expect(Object.keys(value)).toEqual(['attributeValue']);
  });

  describe('scalars', () => {
    it.each([
      ['fromString, text', A.fromString('Hello'), { S: 'Hello' }],
      ['fromString, empty text', A.fromString(''), { S: '' }],
      ['fromString, JSON path', A.fromString(sfn.JsonPath.stringAt('$.name')), { 'S.$': '$.name' }],
      ['fromString, JsonPath.format', A.fromString(sfn.JsonPath.format('v{}', sfn.JsonPath.stringAt('$.v'))), { 'S.$': "States.Format('v{}', $.v)" }],
      ['fromString, context path', A.fromString(sfn.JsonPath.stringAt('$$.Execution.Id')), { 'S.$': '$$.Execution.Id' }],
      ['fromString, JSONata', A.fromString('{% $name %}'), { S: '{% $name %}' }],
      ['fromString, literal $ text', A.fromString('$.literal'), { S: '$.literal' }],
      ['fromNumber, integer', A.fromNumber(9), { N: '9' }],
      ['fromNumber, negative fraction', A.fromNumber(-19.5), { N: '-19.5' }],
      ['fromNumber, zero', A.fromNumber(0), { N: '0' }],
      ['numberFromString', A.numberFromString('123.45'), { N: '123.45' }],
      ['numberFromString, exponent', A.numberFromString('-1E+10'), { N: '-1E+10' }],
      ['numberFromString, JSON path', A.numberFromString(sfn.JsonPath.stringAt('$.n')), { 'N.$': '$.n' }],
      ['numberFromString, JSONata', A.numberFromString('{% $string($n) %}'), { N: '{% $string($n) %}' }],
      ['fromBinary', A.fromBinary('ejBtZ3d0ZmJicQ=='), { B: 'ejBtZ3d0ZmJicQ==' }],
      ['fromBinary, empty', A.fromBinary(''), { B: '' }],
      ['fromBinary, JSON path', A.fromBinary(sfn.JsonPath.stringAt('$.b')), { 'B.$': '$.b' }],
      ['fromBoolean', A.fromBoolean(false), { BOOL: false }],
      ['booleanFromJsonata', A.booleanFromJsonata('{% $flag %}'), { BOOL: '{% $flag %}' }],
      ['fromNull', A.fromNull(true), { NULL: true }],
    ])('%s', (_name, value, expected) => {
      expect(rendered(value)).toEqual(expected);
    });

    it('renders a number read from the state input as its text (aws/aws-cdk#12456)', () => {
      // DynamoDB takes numbers as strings: a JSON number at `$.n` would be rejected.
      expect(rendered(A.fromNumber(sfn.JsonPath.numberAt('$.n')))).toEqual({ 'N.$': 'States.JsonToString($.n)' });
    });

    it('renders a deploy-time number as text', () => {
      const stack = new Stack(new App(), 'Stack');
      const parameter = new CfnParameter(stack, 'Count', { type: 'Number' });
      expect(stack.resolve(A.fromNumber(parameter.valueAsNumber).toObject())).toEqual({ N: { Ref: 'Count' } });
      expect(stack.resolve(A.fromNumber(Lazy.number({ produce: () => 7 })).toObject())).toEqual({ N: '7' });
    });

    it('renders a boolean at a JSON path as a path, literal or from JsonPath.stringAt()', () => {
      expect(rendered(A.booleanFromJsonPath('$.flag'))).toEqual({ 'BOOL.$': '$.flag' });
      expect(rendered(A.booleanFromJsonPath(sfn.JsonPath.stringAt('$.flag')))).toEqual({ 'BOOL.$': '$.flag' });
    });
  });

  describe('maps and lists', () => {
    it('renders a map of values', () => {
      expect(rendered(A.fromMap({ cdk: A.fromString('is-cool'), n: A.fromNumber(1), empty: A.fromMap({}) })))
        .toEqual({ M: { cdk: { S: 'is-cool' }, n: { N: '1' }, empty: { M: {} } } });
    });

    it('renders a map at a JSON path once as a path (aws/aws-cdk#21149)', () => {
      expect(rendered(A.mapFromJsonPath('$.path'))).toEqual({ 'M.$': '$.path' });
      expect(rendered(A.mapFromJsonPath(sfn.JsonPath.stringAt('$.path')))).toEqual({ 'M.$': '$.path' });
      expect(rendered(A.mapFromJsonPath('$'))).toEqual({ 'M.$': '$' });
      expect(rendered(A.mapFromJsonPath('$$.Map.Item.Value'))).toEqual({ 'M.$': '$$.Map.Item.Value' });
    });

    it('renders a JSONata map', () => {
      expect(rendered(A.mapFromJsonata('{% $item %}'))).toEqual({ M: '{% $item %}' });
    });

    it('renders a list of values, nested paths included', () => {
      const list = A.fromList([A.fromString('a string'), A.fromNumber(7), A.fromString(sfn.JsonPath.stringAt('$.s')), A.fromList([])]);
      expect(rendered(list)).toEqual({ L: [{ S: 'a string' }, { N: '7' }, { 'S.$': '$.s' }, { L: [] }] });
    });

    it('renders a list at a JSON path as a path, literal or from JsonPath.stringAt()', () => {
      expect(rendered(A.listFromJsonPath('$.path'))).toEqual({ 'L.$': '$.path' });
      expect(rendered(A.listFromJsonPath(sfn.JsonPath.stringAt('$.path')))).toEqual({ 'L.$': '$.path' });
    });

    it('renders a JSONata list', () => {
      expect(rendered(A.listFromJsonata('{% $items %}'))).toEqual({ L: '{% $items %}' });
    });
  });

  describe('sets', () => {
    it.each([
      ['fromStringSet', A.fromStringSet(['apple', 'banana']), { SS: ['apple', 'banana'] }],
      ['fromNumberSet', A.fromNumberSet([1, 2.5, -3]), { NS: ['1', '2.5', '-3'] }],
      ['numberSetFromStrings', A.numberSetFromStrings(['1', '2']), { NS: ['1', '2'] }],
      ['fromBinarySet', A.fromBinarySet(['Y2RrIGlzIGF3ZXNvbWU=', 'ejBtZ3d0ZmJicQ==']), { BS: ['Y2RrIGlzIGF3ZXNvbWU=', 'ejBtZ3d0ZmJicQ=='] }],
      ['fromStringSet, JSONata elements', A.fromStringSet(['{% $a %}', '{% $b %}']), { SS: ['{% $a %}', '{% $b %}'] }],
    ])('%s', (_name, value, expected) => {
      expect(rendered(value)).toEqual(expected);
    });

    it('builds a set with JSON path elements when the state runs (aws-cdk-lib fails to render it)', () => {
      expect(rendered(A.fromStringSet(['a', sfn.JsonPath.stringAt('$.b')]))).toEqual({ 'SS.$': "States.Array('a', $.b)" });
      expect(rendered(A.numberSetFromStrings([sfn.JsonPath.stringAt('$.n')]))).toEqual({ 'NS.$': 'States.Array($.n)' });
      expect(rendered(A.fromNumberSet([1, sfn.JsonPath.numberAt('$.n')])))
        .toEqual({ 'NS.$': "States.Array('1', States.JsonToString($.n))" });
      expect(rendered(A.fromBinarySet([sfn.JsonPath.stringAt('$.b')]))).toEqual({ 'BS.$': 'States.Array($.b)' });
    });
  });
});
