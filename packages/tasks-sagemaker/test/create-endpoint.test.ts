import { App, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { SageMakerCreateEndpoint, SageMakerUpdateEndpoint } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const partition = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const sagemaker = (rest: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sagemaker:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, rest]],
});

describe('SageMakerCreateEndpoint', () => {
  it('renders the names', () => {
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:createEndpoint'),
      Parameters: { EndpointConfigName: 'MyEndpointConfig', EndpointName: 'MyEndpoint' },
    });
  });

  it('renders tags and JSON path names', () => {
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
      endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfig'),
      tags: sfn.TaskInput.fromObject([{ Key: 'Label', Value: 'ML' }]),
    });
    expect(render(task).Parameters).toEqual({
      'EndpointConfigName.$': '$.EndpointConfig',
      'EndpointName.$': '$.EndpointName',
      'Tags': [{ Key: 'Label', Value: 'ML' }],
    });
  });

  it('renders JSONata', () => {
    const task = SageMakerCreateEndpoint.jsonata(stack, 'Endpoint', { endpointName: '{% $states.input.name %}', endpointConfigName: 'cfg' });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: partition(':states:::sagemaker:createEndpoint'),
      Arguments: { EndpointConfigName: 'cfg', EndpointName: '{% $states.input.name %}' },
    });
  });

  it('grants CreateEndpoint on the lowercased endpoint and configuration, and ListTags', () => {
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' });
    expect(normalize(statements(task))).toEqual([
      { Action: 'sagemaker:createEndpoint', Effect: 'Allow', Resource: [sagemaker(':endpoint/myendpoint'), sagemaker(':endpoint-config/myendpointconfig')] },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
    ]);
  });
});

describe('SageMakerUpdateEndpoint', () => {
  it('renders the names', () => {
    const task = new SageMakerUpdateEndpoint(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:updateEndpoint'),
      Parameters: { EndpointConfigName: 'MyEndpointConfig', EndpointName: 'MyEndpoint' },
    });
  });

  it('grants UpdateEndpoint on the lowercased names, or on every endpoint for run-time names', () => {
    const task = new SageMakerUpdateEndpoint(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' });
    expect(normalize(statements(task))).toEqual([
      { Action: 'sagemaker:updateEndpoint', Effect: 'Allow', Resource: [sagemaker(':endpoint/myendpoint'), sagemaker(':endpoint-config/myendpointconfig')] },
    ]);
    const other = new Stack(new App(), 'Stack');
    const dynamic = new SageMakerUpdateEndpoint(other, 'Update', {
      endpointName: sfn.JsonPath.stringAt('$.Endpoint.Name'),
      endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.Config'),
    });
    expect(normalize(statements(dynamic))).toEqual([
      { Action: 'sagemaker:updateEndpoint', Effect: 'Allow', Resource: [sagemaker(':endpoint/*'), sagemaker(':endpoint-config/*')] },
    ]);
  });
});

describe('SageMakerUpdateEndpoint in a StateGraph', () => {
  it('exposes exactly its statements to the graph', () => {
    const task = new SageMakerUpdateEndpoint(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' });
    const graph = new sfn.StateGraph(task, 'test');
    expect(graph.policyStatements).toEqual([
      new iam.PolicyStatement({
        actions: ['sagemaker:updateEndpoint'],
        resources: [
          stack.formatArn({ service: 'sagemaker', resource: 'endpoint', resourceName: 'myendpoint' }),
          stack.formatArn({ service: 'sagemaker', resource: 'endpoint-config', resourceName: 'myendpointconfig' }),
        ],
      }),
    ]);
  });
});

describe('endpoint validation', () => {
  it.each([
    ['SageMakerCreateEndpoint', SageMakerCreateEndpoint],
    ['SageMakerUpdateEndpoint', SageMakerUpdateEndpoint],
  ] as const)('%s rejects other patterns and bad names', (name, Task) => {
    expect(() => new Task(new Stack(new App(), 'S'), 'T', { endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(new RegExp(`${name} at 'S/T': \`integrationPattern\` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN`));
    expect(() => new Task(new Stack(new App(), 'S'), 'T', { endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/must be one of REQUEST_RESPONSE, got RUN_JOB/);
    expect(() => new Task(new Stack(new App(), 'S'), 'T', { endpointName: 'my_endpoint', endpointConfigName: 'c' }))
      .toThrow(/`endpointName` must be letters, digits and hyphens, starting and ending with a letter or digit, got 'my_endpoint'/);
    expect(() => new Task(new Stack(new App(), 'S'), 'T', { endpointName: 'e', endpointConfigName: 'c'.repeat(64) }))
      .toThrow(/`endpointConfigName` must be from 1 to 63 characters long, got 64/);
    expect(() => new Task(new Stack(new App(), 'S'), 'T', { endpointName: 'e-', endpointConfigName: 'c' }))
      .toThrow(/`endpointName` must be letters, digits and hyphens/);
  });
});
