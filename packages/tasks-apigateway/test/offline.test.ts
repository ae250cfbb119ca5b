import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { CallApiGatewayRestApiEndpoint, HttpMethod } from '../src';

describe('CallApiGatewayRestApiEndpoint offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addMethod('ANY');
    const getPet = new CallApiGatewayRestApiEndpoint(stack, 'Get pet', {
      api,
      stageName: 'prod',
      method: HttpMethod.GET,
      apiPath: sfn.JsonPath.format('/pets/{}', sfn.JsonPath.stringAt('$.petId')),
      outputPath: '$.ResponseBody',
    });

    const run = await runStateMachine(getPet, {
      input: { petId: '7' },
      mocks: [mock(getPet).returns({ ResponseBody: { name: 'Rex' }, StatusCode: 200, StatusText: 'OK' })],
    });

    expect(run).toHaveSucceeded({ name: 'Rex' });
    expect(run).toHaveCalled(getPet, { Method: 'GET', Path: '/pets/7', Stage: 'prod', ApiEndpoint: expect.stringMatching(/^[0-9a-f]{10}\.execute-api\.us-east-1\.amazonaws\.com$/) });
  });
});
