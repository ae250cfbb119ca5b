import { describe, expect, it } from 'vitest';
import { Duration } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { machine, problemsOf, synthValidated } from '../helpers';

const task = (fields: Record<string, unknown>) => machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...fields, End: true } });

describe('heartbeat-not-below-timeout', () => {
  const rule = 'heartbeat-not-below-timeout';

  it.each([
    ['a heartbeat below the timeout', { TimeoutSeconds: 60, HeartbeatSeconds: 59 }],
    ['a heartbeat equal to the timeout, as AWS solutions deploy it', { TimeoutSeconds: 60, HeartbeatSeconds: 60 }],
    ['a heartbeat alone', { HeartbeatSeconds: 600 }],
    ['a timeout from a path', { TimeoutSecondsPath: '$.t', HeartbeatSeconds: 600 }],
  ])('passes %s', (_name, fields) => {
    expect(problemsOf(rule, task(fields))).toEqual([]);
  });

  it.each([[60, 61], [1, 7200]])('reports a timeout of %d with a heartbeat of %d', (timeout, heartbeat) => {
    expect(problemsOf(rule, task({ TimeoutSeconds: timeout, HeartbeatSeconds: heartbeat }))).toEqual([
      { path: '/States/T/HeartbeatSeconds', state: 'T', rule, message: `\`HeartbeatSeconds\` (${heartbeat}) must not be more than \`TimeoutSeconds\` (${timeout})` },
    ]);
  });

  it('flags aws-cdk-lib\'s LambdaInvoke with a heartbeat above its timeout and passes an equal one, through CDK', () => {
    const build = (heartbeat: number) => synthValidated((stack) => new tasks.LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(5)),
      heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(heartbeat)),
    }));
    expect(build(301)).toEqual([{ path: '/Stack/Invoke', message: expect.stringContaining('`HeartbeatSeconds` (301) must not be more than `TimeoutSeconds` (300) [heartbeat-not-below-timeout]') }]);
    expect(build(300)).toEqual([]);
  });
});

describe('timeout-out-of-range', () => {
  const rule = 'timeout-out-of-range';

  it('passes the largest values and reports larger ones', () => {
    expect(problemsOf(rule, task({ TimeoutSeconds: 99_999_999 }))).toEqual([]);
    expect(problemsOf(rule, task({ TimeoutSeconds: 100_000_000, HeartbeatSeconds: 100_000_001 }))).toEqual([
      { path: '/States/T/TimeoutSeconds', state: 'T', rule, message: '`TimeoutSeconds` must be at most 99999999 seconds, got 100000000' },
      { path: '/States/T/HeartbeatSeconds', state: 'T', rule, message: '`HeartbeatSeconds` must be at most 99999999 seconds, got 100000001' },
    ]);
  });

  it('flags a CustomState with a huge timeout and passes a small one, through CDK', () => {
    const build = (seconds: number) => synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: seconds } }));
    expect(build(1e9)).toEqual([{ path: '/Stack/Custom', message: expect.stringContaining('[timeout-out-of-range]') }]);
    expect(build(60)).toEqual([]);
  });
});
