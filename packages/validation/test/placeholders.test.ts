import { describe, expect, it } from 'vitest';
import { definitionFromCloudFormation, validateDefinition } from '../src';

const join = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });

describe('definitionFromCloudFormation', () => {
  it('returns a plain definition string parsed', () => {
    expect(definitionFromCloudFormation('{"StartAt":"A","States":{}}')).toEqual({ StartAt: 'A', States: {} });
  });

  it('puts pseudo parameters, ARNs and paths of the right shape where tokens stood', () => {
    const definition = definitionFromCloudFormation(join(
      '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:', { Ref: 'AWS::Partition' }, ':states:::lambda:invoke",',
      '"Parameters":{"FunctionName":"', { 'Fn::GetAtt': ['Fn', 'Arn'] }, '","Region":"', { Ref: 'AWS::Region' }, '","in.$":"', { Ref: 'Param' }, '"},',
      '"Next":"B"},"B":{"Type":"Task","Resource":"', { Ref: 'Act' }, '","End":true}}}',
    ), {}, (id) => (id === 'Act' ? 'AWS::StepFunctions::Activity' : undefined));
    expect(definition).toEqual({
      StartAt: 'A',
      States: {
        A: {
          Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B',
          Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:placeholder', Region: 'us-east-1', 'in.$': '$' },
        },
        B: { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:placeholder', End: true },
      },
    });
    expect(validateDefinition(definition)).toEqual([]);
  });

  it('puts a number where a token stood outside a string, and the static rules skip it', () => {
    const definition = definitionFromCloudFormation(join(
      '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSeconds":', { Ref: 'Timeout' },
      ',"HeartbeatSeconds":', { Ref: 'Heartbeat' }, ',"End":true}}}',
    ));
    expect(definition).toMatchObject({ States: { T: { TimeoutSeconds: 1, HeartbeatSeconds: 1 } } });
    expect(validateDefinition(definition)).toEqual([]);
  });

  it('applies definition substitutions, tokens included', () => {
    const definition = definitionFromCloudFormation(
      '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"${FnArn}","Parameters":{"Name":"${Name}"},"End":true}}}',
      { FnArn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Name: 'literal' },
    );
    expect(definition).toMatchObject({ States: { T: { Resource: 'arn:aws:lambda:us-east-1:123456789012:function:placeholder', Parameters: { Name: 'literal' } } } });
  });

  it('replaces intrinsics of a Definition object', () => {
    const definition = definitionFromCloudFormation({ StartAt: 'T', States: { T: { Type: 'Task', Resource: { 'Fn::GetAtt': ['Fn', 'Arn'] }, End: true } } });
    expect(validateDefinition(definition)).toEqual([]);
  });

  it('returns the text when it does not parse, for validateDefinition to report', () => {
    const text = definitionFromCloudFormation(join('{"StartAt":', { Ref: 'X' }));
    expect(typeof text).toBe('string');
    expect(validateDefinition(text)[0].rule).toBe('json-syntax');
  });
});
