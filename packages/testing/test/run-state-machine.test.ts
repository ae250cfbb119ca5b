import { CfnMapping, CfnParameter, Duration, Fn, Stack } from 'aws-cdk-lib/core';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { MOCK_MISSING, mock, runStateMachine, StrictModeError, UnrunnableError } from '../src';
import { InvokeTask, newStack, PublishTask } from './cdk-fixtures';

const FN_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';

function fn(stack: Stack, id = 'Charge'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
}

describe('runStateMachine: the definition', () => {
  it('runs a StateMachine with CloudFormation references replaced by the names and ARNs CloudFormation would give', async () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Topic');
    const queue = new sqs.Queue(stack, 'Queue');
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, tableName: 'orders' });
    const pass = new sfn.Pass(stack, 'Names', {
      parameters: {
        topic: topic.topicArn,
        queueUrl: queue.queueUrl,
        queueArn: queue.queueArn,
        table: table.tableName,
        tableArn: table.tableArn,
        function: fn(stack).functionArn,
        region: Stack.of(stack).region,
        partition: Stack.of(stack).partition,
        urlSuffix: Stack.of(stack).urlSuffix,
      },
    });
    const machine = new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });

    const run = await runStateMachine(machine);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toEqual({
      topic: expect.stringMatching(/^arn:aws:sns:us-east-1:123456789012:Topic[0-9A-F]{8}$/),
      queueUrl: expect.stringMatching(/^https:\/\/sqs\.us-east-1\.amazonaws\.com\/123456789012\/Queue[0-9A-F]{8}$/),
      queueArn: expect.stringMatching(/^arn:aws:sqs:us-east-1:123456789012:Queue[0-9A-F]{8}$/),
      table: 'orders',
      tableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
      function: expect.stringMatching(/^arn:aws:lambda:us-east-1:123456789012:function:Charge[0-9A-F]{8}$/),
      region: 'us-east-1',
      partition: 'aws',
      urlSuffix: 'amazonaws.com',
    });
    expect(run.definition).toMatchObject({ StartAt: 'Names' });
  });

  it('uses the stack\'s own account and Region where they are concrete, and their partition', async () => {
    const stack = newStack({ env: { account: '111122223333', region: 'cn-north-1' } });
    const pass = new sfn.Pass(stack, 'Where', { parameters: { arn: new sns.Topic(stack, 'Topic', { topicName: 'orders' }).topicArn, region: Stack.of(stack).region } });
    const run = await runStateMachine(new sfn.StateMachine(stack, 'M', { definitionBody: sfn.DefinitionBody.fromChainable(pass) }));
    expect(run.output).toEqual({ arn: 'arn:aws-cn:sns:cn-north-1:111122223333:orders', region: 'cn-north-1' });
  });

  it('takes the account and Region of the options over the stack\'s', async () => {
    const stack = newStack();
    const pass = new sfn.Pass(stack, 'Where', { parameters: { account: Stack.of(stack).account, region: Stack.of(stack).region } });
    const run = await runStateMachine(pass, { account: '444455556666', region: 'eu-west-1' });
    expect(run.output).toEqual({ account: '444455556666', region: 'eu-west-1' });
    expect(run.calls()).toEqual([]);
  });

  it('evaluates Fn::Select, Fn::Split, Fn::Sub, Fn::ImportValue, parameters and mappings deterministically', async () => {
    const stack = newStack();
    const param = new CfnParameter(stack, 'Stage', { default: 'prod' });
    const mapping = new CfnMapping(stack, 'Sizes', { mapping: { prod: { items: '10' } } });
    const topic = new sns.Topic(stack, 'Topic', { topicName: 'orders' });
    const pass = new sfn.Pass(stack, 'Values', {
      parameters: {
        name: Fn.select(5, Fn.split(':', topic.topicArn)),
        sub: Fn.sub('${Stage}-${AWS::Region}-${!Literal}', { Stage: param.valueAsString }),
        imported: Fn.importValue('SharedBus'),
        size: mapping.findInMap('prod', 'items'),
        stage: param.valueAsString,
      },
    });
    const run = await runStateMachine(pass);
    expect(run.output).toEqual({ name: 'orders', sub: 'prod-us-east-1-${Literal}', imported: 'SharedBus', size: '10', stage: 'prod' });
  });

  it('applies definitionSubstitutions to a definition from a string', async () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Topic', { topicName: 'orders' });
    const machine = new sfn.StateMachine(stack, 'M', {
      definitionBody: sfn.DefinitionBody.fromString(JSON.stringify({
        StartAt: 'Publish',
        States: { Publish: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: '${TopicArn}', Message: 'hi' }, End: true } },
      })),
      definitionSubstitutions: { TopicArn: topic.topicArn },
    });
    const run = await runStateMachine(machine, { mocks: [mock('Publish').returns({ MessageId: 'm-1' })] });
    expect(run.calls('Publish')[0].input).toEqual({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'hi' });
    expect(run.output).toEqual({ MessageId: 'm-1' });
  });

  it('runs a chain in the query language given, and names the machine after a physical name', async () => {
    const stack = newStack();
    const chain = sfn.Pass.jsonata(stack, 'Total', { outputs: '{% $sum($states.input.prices) %}' });
    const run = await runStateMachine(chain, { input: { prices: [1, 2, 3] }, queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(run.output).toBe(6);

    const named = new sfn.StateMachine(stack, 'M', { stateMachineName: 'orders', definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Name', { parameters: { 'name.$': '$$.StateMachine.Name' } })) });
    expect((await runStateMachine(named)).output).toEqual({ name: 'orders' });
  });

  it('runs a chain whose states a StateMachine already renders, from the chain\'s start', async () => {
    const stack = newStack();
    const first = new sfn.Pass(stack, 'First', { result: sfn.Result.fromObject({ step: 1 }) });
    const second = new sfn.Pass(stack, 'Second', { parameters: { 'after.$': '$.step' } });
    new sfn.StateMachine(stack, 'M', { definitionBody: sfn.DefinitionBody.fromChainable(first.next(second)) });
    const run = await runStateMachine(second, { input: { step: 7 } });
    expect(run.path).toEqual(['Second']);
    expect(run.output).toEqual({ after: 7 });
  });

  it('resolves a machine in tens of milliseconds, not the seconds of a synth', async () => {
    const stack = newStack();
    const steps = Array.from({ length: 10 }, (_, i) => new tasks.LambdaInvoke(stack, `Step ${i}`, { lambdaFunction: fn(stack, `Fn${i}`), resultPath: sfn.JsonPath.DISCARD }));
    let chain = sfn.Chain.start(steps[0]);
    for (const step of steps.slice(1)) chain = chain.next(step);
    const machine = new sfn.StateMachine(stack, 'M', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
    const mocks = steps.map((t) => mock(t).returns({ Payload: null }));
    await runStateMachine(machine, { mocks });
    const started = performance.now();
    const run = await runStateMachine(machine, { mocks: steps.map((t) => mock(t).returns({ Payload: null })) });
    expect(run.path).toHaveLength(10);
    // Generous for a loaded machine; a Template.fromStack of the same app takes seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an imported state machine and a definition kept in S3, saying what to do', async () => {
    const stack = newStack();
    const imported = sfn.StateMachine.fromStateMachineArn(stack, 'Imported', 'arn:aws:states:us-east-1:123456789012:stateMachine:x');
    await expect(runStateMachine(imported)).rejects.toThrow(UnrunnableError);
    await expect(runStateMachine(imported)).rejects.toThrow(/Orders\/Imported has no definition in this app/);
  });
});

describe('runStateMachine: mocks', () => {
  it('answers a task mocked by its construct, and one by its state name (aws-cdk-lib\'s tasks too)', async () => {
    const stack = newStack();
    const charge = new tasks.LambdaInvoke(stack, 'Charge card', { lambdaFunction: fn(stack), resultSelector: { 'ok.$': '$.Payload.ok' }, resultPath: '$.charge' });
    const publish = new tasks.SnsPublish(stack, 'Publish', { topic: new sns.Topic(stack, 'Topic'), message: sfn.TaskInput.fromJsonPathAt('$.orderId'), resultPath: sfn.JsonPath.DISCARD });
    const run = await runStateMachine(charge.next(publish), {
      input: { orderId: 'o1' },
      mocks: [mock(charge).returns({ Payload: { ok: true } }), mock('Publish').returns({ MessageId: 'm-1' })],
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toEqual({ orderId: 'o1', charge: { ok: true } });
    expect(run.calls('Publish')[0].input).toMatchObject({ Message: 'o1' });
  });

  it('completes a typed result with the fields AWS always returns, and leaves a by-name result as given', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Invoke', { functionArn: FN_ARN, resultPath: '$.invoked' });
    const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:orders', { resultPath: '$.published' });
    const run = await runStateMachine(invoke.next(publish), {
      input: { orderId: 'o1' },
      mocks: [mock(invoke).returns({ Payload: { ok: true } }), mock(publish).returns({})],
    });
    expect(run.output).toEqual({
      orderId: 'o1',
      invoked: { ExecutedVersion: '$LATEST', Payload: { ok: true }, StatusCode: 200 },
      published: { MessageId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/) },
    });

    const raw = await runStateMachine(new InvokeTask(newStack(), 'Invoke', { functionArn: FN_ARN }), { mocks: [mock('Invoke').returns({ Payload: 1 })] });
    expect(raw.output).toEqual({ Payload: 1 });
  });

  it('gives a payloadResponseOnly invocation the payload alone, as the function ARN answers', async () => {
    const stack = newStack();
    const invoke = new tasks.LambdaInvoke(stack, 'Validate', { lambdaFunction: fn(stack), payloadResponseOnly: true, resultPath: '$.validation' });
    const run = await runStateMachine(invoke, { input: { id: 1 }, mocks: [mock(invoke).returns({ Payload: { valid: true } })] });
    expect(run.output).toEqual({ id: 1, validation: { valid: true } });
    expect(run.events.map((e) => e.type)).toContain('LambdaFunctionSucceeded');
  });

  it('plays a script: throws, then returns; retries take the next response on the virtual clock', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Charge', { functionArn: FN_ARN, resultSelector: { 'ok.$': '$.Payload.ok' } });
    invoke.addRetry({ errors: ['Card.Timeout'], interval: Duration.seconds(30), maxAttempts: 3 });
    const run = await runStateMachine(invoke, {
      mocks: [mock(invoke).throws('Card.Timeout', 'no answer').times(2).then.returns({ Payload: { ok: true } })],
    });
    expect(run.output).toEqual({ ok: true });
    expect(run.calls('Charge').map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect(run.elapsedSeconds).toBe(90);
  });

  it('one response answers every call (a Map\'s items), and answers() computes each from the call', async () => {
    const stack = newStack();
    const item = new InvokeTask(stack, 'Price item', { functionArn: FN_ARN, outputPath: '$.Payload' });
    const map = new sfn.Map(stack, 'Items', { itemsPath: '$.items' }).itemProcessor(item);
    const every = await runStateMachine(map, { input: { items: [1, 2, 3] }, mocks: [mock(item).returns({ Payload: 'x' })] });
    expect(every.output).toEqual(['x', 'x', 'x']);

    const computed = await runStateMachine(map, {
      input: { items: [1, 2, 3] },
      mocks: [mock(item).answers((call) => ({ result: { Payload: ((call.input as { Payload: number }).Payload) * 10 } }))],
    });
    expect(computed.output).toEqual([10, 20, 30]);
  });

  it('answers a task token with what the worker sends', async () => {
    const stack = newStack();
    const approval = new tasks.SqsSendMessage(stack, 'Ask approval', {
      queue: new sqs.Queue(stack, 'Approvals'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    const run = await runStateMachine(approval, { mocks: [mock(approval).sendsTaskSuccess({ approved: true }, { delaySeconds: 3600 })] });
    expect(run.output).toEqual({ approved: true });
    expect(run.elapsedSeconds).toBe(3600);
    const call = run.calls('Ask approval')[0];
    expect(call.input).toMatchObject({ MessageBody: { token: call.taskToken } });
  });

  it('takes runDefinition\'s record of mocks keyed by state name', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Invoke', { functionArn: FN_ARN });
    invoke.addRetry({ errors: ['Boom'] });
    const run = await runStateMachine(invoke, { mocks: { Invoke: [{ error: 'Boom' }, { result: { Payload: 1 } }] } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { Payload: 1 } });
  });

  it('refuses a mock for a state the machine does not have, or one that is not a task, naming the Task states', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Invoke', { functionArn: FN_ARN });
    const chain = invoke.next(new sfn.Pass(stack, 'Done'));
    await expect(runStateMachine(chain, { mocks: [mock('Invok').returns({})] }))
      .rejects.toThrow("mock('Invok'): the state machine has no state 'Invok' (its Task states: 'Invoke')");
    await expect(runStateMachine(chain, { mocks: [mock('Done').returns({})] }))
      .rejects.toThrow("state 'Done' is a Pass state; only Task states, and Map states for their ItemReader, take mocks");
    await expect(runStateMachine(chain, { mocks: [mock(invoke).returns({}), mock('Invoke').returns({})] }))
      .rejects.toThrow("two mocks for state 'Invoke'");
    await expect(runStateMachine(chain, { mocks: [mock(invoke)] })).rejects.toThrow(/mock\('Invoke'\) has no response/);
  });
});

describe('runStateMachine: strict mode', () => {
  it('fails the run when a task has no mock, naming the state and what to do', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Charge card', { functionArn: FN_ARN });
    invoke.addCatch(new sfn.Pass(stack, 'Caught'));
    const run = await runStateMachine(invoke);
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe(MOCK_MISSING);
    expect(run.cause).toContain("Task state 'Charge card' has no mock (strict mode; resource arn:aws:states:::lambda:invoke)");
    expect(run.cause).toContain("add mock(task) or mock('Charge card')");
    expect(run.path).toEqual(['Charge card']);
  });

  it('rejects a run that never used a mock, or left responses of a list unused', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Invoke', { functionArn: FN_ARN, resultPath: sfn.JsonPath.DISCARD });
    const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:orders');
    const chain = sfn.Chain.start(invoke).next(new sfn.Choice(stack, 'Publish?').when(sfn.Condition.booleanEquals('$.publish', true), publish).otherwise(new sfn.Succeed(stack, 'Skip')));
    const unused = runStateMachine(chain, { input: { publish: false }, mocks: [mock(invoke).returns({ Payload: 1 }), mock(publish).returns({ MessageId: 'm' })] });
    await expect(unused).rejects.toThrow(StrictModeError);
    await expect(runStateMachine(chain, { input: { publish: false }, mocks: [mock(invoke).returns({ Payload: 1 }), mock(publish).returns({ MessageId: 'm' })] }))
      .rejects.toThrow(/the mock of 'Publish' was never used[\s\S]*Path \(3 states\): Invoke → Publish\? → Skip/);
    await expect(runStateMachine(chain, { input: { publish: false }, mocks: [mock(invoke).throws('X').then.returns({ Payload: 1 })] }))
      .rejects.toThrow("Strict mode: the mock of 'Invoke' has 2 responses but the run made 1 call(s). The run failed with X before it got there.");
  });

  it('answers tasks without a mock with the default response of their resource when strict is off', async () => {
    const stack = newStack();
    const invoke = new InvokeTask(stack, 'Invoke', { functionArn: FN_ARN, resultPath: '$.invoked' });
    const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:orders', { resultPath: '$.published' });
    const chain = invoke.next(publish);
    const run = await runStateMachine(chain, { strict: false, input: { orderId: 'o1' }, mocks: [mock('Publish').returns({ MessageId: 'm' }), mock('Invoke').returnsDefault()] });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toMatchObject({
      invoked: { ExecutedVersion: '$LATEST', Payload: {}, StatusCode: 200, SdkHttpMetadata: { HttpStatusCode: 200 } },
      published: { MessageId: 'm' },
    });
    const defaults = await runStateMachine(chain, { strict: false, input: { orderId: 'o1' } });
    expect(defaults.output).toMatchObject({ published: { MessageId: expect.any(String) } });
  });

  it('gives the same default responses to the same run', async () => {
    const stack = newStack();
    const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:orders');
    const a = await runStateMachine(publish, { strict: false, input: { orderId: 'o1' } });
    const b = await runStateMachine(publish, { strict: false, input: { orderId: 'o1' } });
    expect(a.output).toEqual(b.output);
  });
});
