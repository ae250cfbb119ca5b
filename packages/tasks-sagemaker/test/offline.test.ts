import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { SageMakerCreateEndpoint, SageMakerUpdateEndpoint } from '../src';

describe('SageMaker tasks offline (@cdk-stepfunctions/testing)', () => {
  it('create an endpoint and update it through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const create = new SageMakerCreateEndpoint(stack, 'Create endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.endpoint'),
      endpointConfigName: 'config-v1',
      resultPath: '$.created',
    });
    const update = new SageMakerUpdateEndpoint(stack, 'Update endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.endpoint'),
      endpointConfigName: 'config-v2',
      outputPath: '$.EndpointArn',
    });

    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/scoring';
    const run = await runStateMachine(create.next(update), {
      input: { endpoint: 'scoring' },
      mocks: [mock(create).returns({ EndpointArn: arn }), mock(update).returns({ EndpointArn: arn })],
    });

    expect(run).toHaveSucceeded(arn);
    expect(run).toHaveCalled(create, { EndpointName: 'scoring', EndpointConfigName: 'config-v1' });
    expect(run).toHaveCalled(update, { EndpointName: 'scoring', EndpointConfigName: 'config-v2' });
  });
});
