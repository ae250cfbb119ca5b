import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { CallAwsService } from '../src';

describe('CallAwsService offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock (the action\'s response)', async () => {
    const stack = new Stack(new App(), 'Stack');
    const getObject = CallAwsService.jsonPath(stack, 'GetObject', {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: 'orders', Key: sfn.JsonPath.stringAt('$.key') },
      iamResources: ['arn:aws:s3:::orders/*'],
      resultSelector: { 'body.$': 'States.StringToJson($.Body)' },
    });

    const run = await runStateMachine(getObject, { input: { key: 'o1.json' }, mocks: [mock(getObject).returns({ Body: '{"total":27}', ContentType: 'application/json' })] });

    expect(run).toHaveSucceeded({ body: { total: 27 } });
    expect(run).toHaveCalled(getObject, { Bucket: 'orders', Key: 'o1.json' });
    expect(run.calls('GetObject')[0].resource).toBe('arn:aws:states:::aws-sdk:s3:getObject');
  });
});
