import { describe, expect, it } from 'vitest';
import { evaluateIntrinsics, UnsupportedIntrinsicError, type IntrinsicScope } from '../src/cdk/cloudformation';

const scope: IntrinsicScope = {
  env: { account: '123456789012', region: 'eu-west-1', partition: 'aws', urlSuffix: 'amazonaws.com', stackName: 'Orders' },
  element: (id) => {
    if (id === 'Topic') return { kind: 'resource', resource: { type: 'AWS::SNS::Topic', logicalId: 'Topic', name: 'orders' } };
    if (id === 'Queue') return { kind: 'resource', resource: { type: 'AWS::SQS::Queue', logicalId: 'Queue', name: 'jobs.fifo' } };
    if (id === 'Fn') return { kind: 'resource', resource: { type: 'AWS::Lambda::Function', logicalId: 'Fn', name: 'Fn1234' } };
    if (id === 'Sg') return { kind: 'resource', resource: { type: 'AWS::EC2::SecurityGroup', logicalId: 'Sg', name: 'Sg' } };
    if (id === 'Widget') return { kind: 'resource', resource: { type: 'AWS::Acme::Widget', logicalId: 'Widget', name: 'Widget' } };
    if (id === 'Stage') return { kind: 'parameter', value: 'prod' };
    return undefined;
  },
};
const evaluate = (value: unknown) => evaluateIntrinsics(value, scope);

describe('evaluateIntrinsics', () => {
  it('gives Ref what CloudFormation returns per resource type: an ARN, a URL, a name, an ID', () => {
    expect(evaluate({ Ref: 'Topic' })).toBe('arn:aws:sns:eu-west-1:123456789012:orders');
    expect(evaluate({ Ref: 'Queue' })).toBe('https://sqs.eu-west-1.amazonaws.com/123456789012/jobs.fifo');
    expect(evaluate({ Ref: 'Fn' })).toBe('Fn1234');
    expect(evaluate({ Ref: 'Sg' })).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(evaluate({ Ref: 'Stage' })).toBe('prod');
  });

  it('gives Fn::GetAtt ARNs, names and URLs, with a generic ARN for other types', () => {
    expect(evaluate({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe('arn:aws:lambda:eu-west-1:123456789012:function:Fn1234');
    expect(evaluate({ 'Fn::GetAtt': ['Queue', 'QueueName'] })).toBe('jobs.fifo');
    expect(evaluate({ 'Fn::GetAtt': 'Topic.TopicArn' })).toBe('arn:aws:sns:eu-west-1:123456789012:orders');
    expect(evaluate({ 'Fn::GetAtt': ['Widget', 'Arn'] })).toBe('arn:aws:acme:eu-west-1:123456789012:widget/Widget');
    expect(evaluate({ 'Fn::GetAtt': ['Widget', 'Color'] })).toBe('Widget.Color');
  });

  it('computes Join, Select, Split, Sub (variables, pseudo parameters, attributes, escapes), Base64, GetAZs, Length, ToJsonString', () => {
    expect(evaluate({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sns:publish']] })).toBe('arn:aws:states:::sns:publish');
    expect(evaluate({ 'Fn::Select': [1, { 'Fn::Split': [':', 'a:b:c'] }] })).toBe('b');
    expect(evaluate({ 'Fn::Sub': ['${Name}@${AWS::AccountId}/${Fn.Arn}/${!Literal}', { Name: { Ref: 'Stage' } }] }))
      .toBe('prod@123456789012/arn:aws:lambda:eu-west-1:123456789012:function:Fn1234/${Literal}');
    expect(evaluate({ 'Fn::Sub': 'stack ${AWS::StackName} in ${AWS::Region}' })).toBe('stack Orders in eu-west-1');
    expect(evaluate({ 'Fn::Base64': 'hi' })).toBe('aGk=');
    expect(evaluate({ 'Fn::GetAZs': '' })).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(evaluate({ 'Fn::Length': [1, 2] })).toBe(2);
    expect(evaluate({ 'Fn::ToJsonString': { a: { Ref: 'Stage' } } })).toBe('{"a":"prod"}');
    expect(evaluate({ 'Fn::ImportValue': 'SharedBusArn' })).toBe('SharedBusArn');
  });

  it('evaluates inside objects and arrays and leaves other values alone', () => {
    expect(evaluate({ a: [{ Ref: 'Stage' }, 1, null], b: { c: true } })).toEqual({ a: ['prod', 1, null], b: { c: true } });
  });

  it('refuses what has no deterministic stand-in, naming it', () => {
    expect(() => evaluate({ 'Fn::If': ['IsProd', 'a', 'b'] })).toThrow(UnsupportedIntrinsicError);
    expect(() => evaluate({ 'Fn::If': ['IsProd', 'a', 'b'] })).toThrow(/Fn::If has no offline stand-in/);
    expect(() => evaluate({ Ref: 'Nothing' })).toThrow('Ref names nothing in the app: Nothing');
    expect(() => evaluate({ 'Fn::Select': [5, ['a']] })).toThrow('Fn::Select index 5 is outside a list of 1');
  });
});
