import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrModifyInstanceFleetByName, type EmrModifyInstanceFleetByNameProps } from '../src';

const resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::elasticmapreduce:modifyInstanceFleetByName']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function modify(props: Partial<EmrModifyInstanceFleetByNameProps> = {}): EmrModifyInstanceFleetByName {
  return new EmrModifyInstanceFleetByName(stack, 'Task', {
    clusterId: 'ClusterId', instanceFleetName: 'InstanceFleetName', targetOnDemandCapacity: 2, targetSpotCapacity: 0, ...props,
  });
}

describe('EmrModifyInstanceFleetByName', () => {
  it('renders the request-response state', () => {
    expect(render(modify())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource,
      Parameters: { ClusterId: 'ClusterId', InstanceFleetName: 'InstanceFleetName', InstanceFleet: { TargetOnDemandCapacity: 2, TargetSpotCapacity: 0 } },
    });
  });

  it('renders JSON path capacities as .$ fields', () => {
    const task = modify({ targetOnDemandCapacity: sfn.JsonPath.numberAt('$.od'), targetSpotCapacity: sfn.JsonPath.numberAt('$.spot') });
    expect(render(task).Parameters.InstanceFleet).toEqual({ 'TargetOnDemandCapacity.$': '$.od', 'TargetSpotCapacity.$': '$.spot' });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrModifyInstanceFleetByName.jsonata(stack, 'Task', {
      clusterId: '{% $states.input.c %}', instanceFleetName: 'Core', targetOnDemandCapacity: 1, targetSpotCapacity: 3,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource,
      Arguments: { ClusterId: '{% $states.input.c %}', InstanceFleetName: 'Core', InstanceFleet: { TargetOnDemandCapacity: 1, TargetSpotCapacity: 3 } },
    });
  });

  it('grants modifying and listing fleets on the account\'s clusters', () => {
    expect(normalize(statements(modify()))).toEqual([{
      Action: ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'],
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticmapreduce:us-east-1:123456789012:cluster/*']] },
    }]);
  });

  it.each([
    ['an empty fleet name', { instanceFleetName: '' }, /`instanceFleetName` must be from 1 to 256 characters long, got 0 characters/],
    ['an empty cluster ID', { clusterId: '' }, /`clusterId` must be from 1 to 256 characters long/],
    ['a negative On-Demand capacity', { targetOnDemandCapacity: -1 }, /`targetOnDemandCapacity` must be a whole number, 0 or more, got -1/],
    ['a fractional Spot capacity', { targetSpotCapacity: 0.5 }, /`targetSpotCapacity` must be a whole number, 0 or more, got 0.5/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => modify(props)).toThrow(message);
  });
});
