import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrModifyInstanceGroupByName, type EmrModifyInstanceGroupByNameProps } from '../src';

const resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::elasticmapreduce:modifyInstanceGroupByName']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function modify(props: Partial<EmrModifyInstanceGroupByNameProps> = {}): EmrModifyInstanceGroupByName {
  return new EmrModifyInstanceGroupByName(stack, 'Task', { clusterId: 'ClusterId', instanceGroupName: 'InstanceGroupName', instanceGroup: { instanceCount: 1 }, ...props });
}

describe('EmrModifyInstanceGroupByName', () => {
  it('renders every field of the instance group, durations in seconds', () => {
    const task = modify({
      instanceGroup: {
        configurations: [{ classification: 'Classification', properties: { Key: 'Value' } }],
        eC2InstanceIdsToTerminate: ['InstanceToTerminate'],
        instanceCount: 1,
        shrinkPolicy: {
          decommissionTimeout: Duration.seconds(1),
          instanceResizePolicy: {
            instanceTerminationTimeout: Duration.minutes(1),
            instancesToProtect: ['InstanceToProtect'],
            instancesToTerminate: ['InstanceToTerminate'],
          },
        },
      },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource,
      Parameters: {
        ClusterId: 'ClusterId',
        InstanceGroupName: 'InstanceGroupName',
        InstanceGroup: {
          Configurations: [{ Classification: 'Classification', Properties: { Key: 'Value' } }],
          EC2InstanceIdsToTerminate: ['InstanceToTerminate'],
          InstanceCount: 1,
          ShrinkPolicy: {
            DecommissionTimeout: 1,
            InstanceResizePolicy: { InstancesToProtect: ['InstanceToProtect'], InstancesToTerminate: ['InstanceToTerminate'], InstanceTerminationTimeout: 60 },
          },
        },
      },
    });
  });

  it('renders JSON path values as .$ fields', () => {
    const task = modify({ instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName'), instanceGroup: { instanceCount: sfn.JsonPath.numberAt('$.InstanceCount') } });
    expect(render(task).Parameters).toEqual({
      'ClusterId': 'ClusterId',
      'InstanceGroupName.$': '$.InstanceGroupName',
      'InstanceGroup': { 'InstanceCount.$': '$.InstanceCount' },
    });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrModifyInstanceGroupByName.jsonata(stack, 'Task', { clusterId: '{% $states.input.c %}', instanceGroupName: 'Core', instanceGroup: { instanceCount: 8 } });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource,
      Arguments: { ClusterId: '{% $states.input.c %}', InstanceGroupName: 'Core', InstanceGroup: { InstanceCount: 8 } },
    });
  });

  it('grants modifying and listing groups on the account\'s clusters', () => {
    expect(normalize(statements(modify()))).toEqual([{
      Action: ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'],
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticmapreduce:us-east-1:123456789012:cluster/*']] },
    }]);
  });

  it.each([
    ['an empty group name', { instanceGroupName: '' }, /`instanceGroupName` must be from 1 to 256 characters long, got 0 characters/],
    ['a group name over 256 characters', { instanceGroupName: 'g'.repeat(257) }, /`instanceGroupName` must be from 1 to 256 characters long/],
    ['an empty cluster ID', { clusterId: '' }, /`clusterId` must be from 1 to 256 characters long/],
    ['a negative instance count', { instanceGroup: { instanceCount: -1 } }, /`instanceGroup.instanceCount` must be a whole number, 0 or more, got -1/],
    ['a decommission timeout of 1.5 seconds', { instanceGroup: { shrinkPolicy: { decommissionTimeout: Duration.millis(1500) } } },
      /`instanceGroup.shrinkPolicy.decommissionTimeout` must be a whole number of seconds/],
    ['a termination timeout of 0.5 seconds', { instanceGroup: { shrinkPolicy: { instanceResizePolicy: { instanceTerminationTimeout: Duration.millis(500) } } } },
      /`instanceGroup.shrinkPolicy.instanceResizePolicy.instanceTerminationTimeout` must be a whole number of seconds/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => modify(props)).toThrow(message);
  });
});
