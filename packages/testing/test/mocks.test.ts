import { describe, expect, it } from 'vitest';
import { runDefinition, type TaskCall } from '../src';
import { LAMBDA, runState } from './helpers';

describe('mocks', () => {
  it('a list is consumed one response per call; a single response answers every call', async () => {
    const machine = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Card.Declined'] }], ResultPath: '$.a', Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', ResultPath: '$.b', End: true },
      },
    };
    const run = await runDefinition(machine, {
      input: { orderId: 'o1' },
      mocks: { A: [{ error: 'Card.Declined', cause: 'insufficient funds' }, { result: { ok: true } }], B: { result: { MessageId: 'm-1' } } },
    });
    expect(run.output).toEqual({ orderId: 'o1', a: { ok: true }, b: { MessageId: 'm-1' } });
    expect(run.calls('A').map((c) => c.attempt)).toEqual([1, 2]);
    expect(run.calls().map((c) => c.stateName)).toEqual(['A', 'A', 'B']);
  });

  it('a function mock receives the call: state name, resource, resolved input, attempt, context, task token', async () => {
    const seen: TaskCall[] = [];
    const run = await runState(
      {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token', 'id.$': '$.id' } },
        TimeoutSeconds: 300,
        HeartbeatSeconds: 60,
        Credentials: { RoleArn: 'arn:aws:iam::1:role/r' },
      },
      {
        input: { id: 7 },
        mocks: {
          S: (call) => {
            seen.push(call);
            return { result: { approved: (call.input as { MessageBody: { id: number } }).MessageBody.id === 7 } };
          },
        },
      },
    );
    expect(run.output).toEqual({ approved: true });
    expect(seen[0]).toMatchObject({
      stateName: 'S',
      resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      input: { QueueUrl: 'q', MessageBody: { token: seen[0].taskToken, id: 7 } },
      attempt: 1,
      timeoutSeconds: 300,
      heartbeatSeconds: 60,
      credentials: { RoleArn: 'arn:aws:iam::1:role/r' },
      kind: 'task',
    });
    expect((seen[0].context as { Task: { Token: string } }).Task.Token).toBe(seen[0].taskToken);
    expect(run.calls('S')[0].response).toEqual({ result: { approved: true } });
  });

  it('a task token\'s SendTaskFailure is the mock\'s error; a .sync mock returns the job\'s final output', async () => {
    let run = await runState({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken' }, { mocks: { S: { error: 'Rejected', cause: 'no' } } });
    expect(run).toMatchObject({ error: 'Rejected', cause: 'no' });
    run = await runState({ Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync:2' }, { mocks: { S: { result: { Status: 'SUCCEEDED', Output: '{}' }, submitted: { ExecutionArn: 'e' } } } });
    expect(run.output).toEqual({ Status: 'SUCCEEDED', Output: '{}' });
    expect(run.events.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    expect(run.events[4]).toMatchObject({ taskSubmittedEventDetails: { resourceType: 'states', resource: 'startExecution.sync:2', output: '{"ExecutionArn":"e"}' } });
  });

  it('a Task without a mock fails the run with an error naming the state, never reaching the network', async () => {
    const run = await runDefinition({
      StartAt: 'Charge card',
      States: { 'Charge card': { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }], End: true }, H: { Type: 'Succeed' } },
    });
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('Testing.MockMissing');
    expect(run.cause).toContain("Task state 'Charge card' has no mock");
  });

  it('defaultMock answers the states without a mock of their own', async () => {
    const run = await runDefinition(
      {
        StartAt: 'A',
        States: { A: { Type: 'Task', Resource: LAMBDA, ResultPath: '$.a', Next: 'B' }, B: { Type: 'Task', Resource: LAMBDA, ResultPath: '$.b', End: true } },
      },
      { mocks: { A: { result: 'own' } }, defaultMock: (call) => ({ result: `default for ${call.stateName}` }) },
    );
    expect(run.output).toEqual({ a: 'own', b: 'default for B' });
  });

  it('a mock function that throws rejects the run (a bug in the test, not a task failure)', async () => {
    await expect(
      runState({ Type: 'Task', Resource: LAMBDA }, { mocks: { S: () => { throw new TypeError('oops'); } } }),
    ).rejects.toThrow("The mock of state 'S' threw: oops");
  });

  it('a used-up list fails the run, naming the state and the call', async () => {
    const run = await runState({ Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['States.ALL'] }] }, { mocks: { S: [{ error: 'E' }] } });
    expect(run.error).toBe('Testing.MockMissing');
    expect(run.cause).toBe("The mock of Task state 'S' has 1 response(s); call 2 has none.");
  });
});

describe('history', () => {
  it('reads like GetExecutionHistory: ids, previous ids, typed details with JSON text payloads', async () => {
    const run = await runState({ Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'f', 'Payload.$': '$' } }, { input: { a: 1 }, mocks: { S: { result: { Payload: 2 } } } });
    expect(run.events).toEqual([
      { id: 1, previousEventId: 0, timestamp: run.startTime, type: 'ExecutionStarted', executionStartedEventDetails: { input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsRole' } },
      { id: 2, previousEventId: 0, timestamp: run.startTime, type: 'TaskStateEntered', stateEnteredEventDetails: { input: '{"a":1}', inputDetails: { truncated: false }, name: 'S' } },
      { id: 3, previousEventId: 2, timestamp: run.startTime, type: 'TaskScheduled', taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{"FunctionName":"f","Payload":{"a":1}}' } },
      { id: 4, previousEventId: 3, timestamp: run.startTime, type: 'TaskStarted', taskStartedEventDetails: { resourceType: 'lambda', resource: 'invoke' } },
      { id: 5, previousEventId: 4, timestamp: run.startTime, type: 'TaskSucceeded', taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: '{"Payload":2}', outputDetails: { truncated: false } } },
      { id: 6, previousEventId: 5, timestamp: run.startTime, type: 'TaskStateExited', stateExitedEventDetails: { name: 'S', output: '{"Payload":2}', outputDetails: { truncated: false } } },
      { id: 7, previousEventId: 6, timestamp: run.startTime, type: 'ExecutionSucceeded', executionSucceededEventDetails: { output: '{"Payload":2}', outputDetails: { truncated: false } } },
    ]);
  });

  it('a Lambda function ARN records LambdaFunction* events; an activity, Activity* events', async () => {
    let run = await runState({ Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f' }, { mocks: { S: { error: 'E', cause: 'c' } } });
    expect(run.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionFailed', 'ExecutionFailed']);
    run = await runState({ Type: 'Task', Resource: 'arn:aws:states:us-east-1:1:activity:a' }, { mocks: { S: { result: 1 } } });
    expect(run.events.map((e) => e.type)).toContain('ActivitySucceeded');
  });

  it('the run\'s path lists every state entered, nested ones included', async () => {
    const run = await runDefinition({
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }], Next: 'E' },
        E: { Type: 'Succeed' },
      },
    });
    expect(run.path).toEqual(['P', 'A', 'B', 'E']);
  });

  it('the history size is bounded (an endless loop fails instead of hanging)', async () => {
    const run = await runDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } }, { maxEvents: 100 });
    expect(run.status).toBe('FAILED');
    expect(run.cause).toContain('maximum number of history events (100)');
  });

  it('a bad definition throws before running', async () => {
    await expect(runDefinition({ StartAt: 'X', States: {} })).rejects.toThrow(/StartAt names 'X'/);
    await expect(runDefinition('{')).rejects.toThrow(/not valid JSON/);
    await expect(runDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } })).rejects.toThrow(/goes to 'Nowhere'/);
  });

  it('takes the definition as JSON text too', async () => {
    const run = await runDefinition(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 1, End: true } } }));
    expect(run.output).toBe(1);
  });
});
