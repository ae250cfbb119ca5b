import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { definitionOf, inJsonataMap } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { CallAwsService, CallAwsServiceCrossRegion } from '../src';

type Make = (stack: Stack, impl: 'ours' | 'reference') => sfn.TaskStateBase;

const makers: Array<[string, Make]> = [
  ['CallAwsService', (stack, impl) => new (impl === 'ours' ? CallAwsService : reference.CallAwsService)(stack, 'Call', {
    service: 's3', action: 'getObject', iamResources: ['*'], parameters: { Bucket: 'b' },
  })],
  ['CallAwsServiceCrossRegion', (stack, impl) => new (impl === 'ours' ? CallAwsServiceCrossRegion : reference.CallAwsServiceCrossRegion)(stack, 'Call', {
    service: 's3', action: 'getObject', region: 'eu-west-1', iamResources: ['*'], parameters: { Bucket: 'b' },
  })],
];

/** The task's rendered state inside a JSONata Map of a state machine. */
function renderInJsonataMap(make: Make, impl: 'ours' | 'reference'): Record<string, unknown> {
  const stack = new Stack(new App(), 'Stack');
  const task = make(stack, impl);
  return definitionOf(inJsonataMap(stack, task), { placeholder: 'arn' }).States.Map.ItemProcessor.States.Call;
}

describe.each(makers)('%s follows the query language in force where it is placed (aws/aws-cdk#34352)', (_name, make) => {
  it('renders Arguments inside a JSONata Map, where aws-cdk-lib renders Parameters', () => {
    const ours = renderInJsonataMap(make, 'ours');
    expect(ours).toHaveProperty('Arguments');
    expect(ours).not.toHaveProperty('Parameters');
    expect(renderInJsonataMap(make, 'reference')).toHaveProperty('Parameters');
  });
});
