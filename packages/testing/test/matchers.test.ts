import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { describeRun, mock, runDefinition, runStateMachine, type Run } from '../src';
import '../src/vitest';
import { InvokeTask, newStack, PublishTask } from './cdk-fixtures';

const FN_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';

/** A run through Charge card (retried once) and Publish, or one that fails at Charge card. */
async function orderRun(fail = false): Promise<{ run: Run; charge: InvokeTask; publish: PublishTask }> {
  const stack = newStack();
  const charge = new InvokeTask(stack, 'Charge card', { functionArn: FN_ARN, resultPath: sfn.JsonPath.DISCARD });
  charge.addRetry({ errors: ['Card.Timeout'] });
  const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:orders', { resultPath: '$.published' });
  const run = await runStateMachine(charge.next(publish), {
    input: { orderId: 'o1' },
    mocks: fail
      ? [mock(charge).throws('Card.Declined', 'insufficient funds').then.throws('Card.Declined', 'insufficient funds')]
      : [mock(charge).throws('Card.Timeout').then.returns({ Payload: { ok: true } }), mock(publish).returns({ MessageId: 'm-1' })],
    strict: !fail,
  });
  return { run, charge, publish };
}

function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('run matchers', () => {
  it('pass on a run that did what they say, and .not inverts them', async () => {
    const { run, charge, publish } = await orderRun();
    expect(run).toHaveSucceeded();
    expect(run).toHaveSucceeded({ orderId: 'o1', published: { MessageId: 'm-1' } });
    expect(run).toHaveSucceeded(expect.objectContaining({ orderId: 'o1' }));
    expect(run).toHaveVisited('Publish');
    expect(run).toHaveVisited(charge, publish);
    expect(run).not.toHaveVisited(publish, charge);
    expect(run).toHaveCalled(publish);
    expect(run).toHaveCalled(publish, { Message: 'o1' });
    expect(run).toHaveCalled('Charge card', { Payload: { orderId: 'o1' } });
    expect(run).toHaveCalled(charge, { FunctionName: expect.stringContaining('function:charge') });
    expect(run).not.toHaveCalled(publish, { Message: 'o2' });
    expect(run).not.toHaveFailedWith('Card.Declined');
    expect(run).not.toHaveTimedOut();
  });

  it('toHaveSucceeded shows how the run failed, the path taken and the last events', async () => {
    const { run } = await orderRun(true);
    const message = failure(() => expect(run).toHaveSucceeded());
    expect(message).toContain('Expected the run to succeed, but it failed with Card.Declined: insufficient funds');
    expect(message).toContain('Path (1 state): Charge card');
    expect(message).toMatch(/TaskFailed\s+Charge card\s+Card.Declined: insufficient funds/);
    expect(message).toMatch(/ExecutionFailed\s+Card.Declined: insufficient funds/);
  });

  it('toHaveSucceeded with an output shows the difference', async () => {
    const { run } = await orderRun();
    const message = failure(() => expect(run).toHaveSucceeded({ orderId: 'o2' }));
    expect(message).toContain('The run succeeded, but its output differs');
    expect(message).toContain('o2');
  });

  it('toHaveFailedWith matches the error exactly or by pattern, and the cause by part or pattern', async () => {
    const { run } = await orderRun(true);
    expect(run).toHaveFailedWith('Card.Declined');
    expect(run).toHaveFailedWith(/^Card\./, 'insufficient');
    expect(run).toHaveFailedWith('Card.Declined', /funds$/);
    expect(run).not.toHaveFailedWith('Card');
    expect(failure(() => expect(run).toHaveFailedWith('Card.Declined', 'expired')))
      .toContain("Expected the run to fail with Card.Declined (cause containing expired), but it failed with Card.Declined: insufficient funds");
  });

  it('toHaveVisited says which state the run never reached', async () => {
    const { run } = await orderRun(true);
    expect(failure(() => expect(run).toHaveVisited('Charge card', 'Publish')))
      .toContain("Expected the run to visit 'Charge card' → 'Publish' in that order, but it never entered 'Publish' after 'Charge card'");
    expect(failure(() => expect(run).not.toHaveVisited('Charge card'))).toContain("Expected the run not to visit 'Charge card', but it did");
  });

  it('toHaveCalled lists the calls that did not match', async () => {
    const { run, publish } = await orderRun();
    const message = failure(() => expect(run).toHaveCalled(publish, { Message: 'o2' }));
    expect(message).toContain("Expected a call of 'Publish' with input containing");
    expect(message).toContain('none of its 1 call(s) matches');
    expect(message).toContain('"Message": "o1"');
    const { run: failed } = await orderRun(true);
    expect(failure(() => expect(failed).toHaveCalled(publish))).toContain("Expected a call of 'Publish', but the run made none");
  });

  it('toHaveTimedOut reads the run status', async () => {
    const run = await runDefinition({ StartAt: 'W', TimeoutSeconds: 5, States: { W: { Type: 'Wait', Seconds: 10, End: true } } });
    expect(run).toHaveTimedOut();
    expect(failure(() => expect(run).toHaveSucceeded())).toContain('Expected the run to succeed, but it timed out');
  });

  it('refuse what is not a run', () => {
    expect(() => expect({ status: 1 }).toHaveSucceeded()).toThrow('toHaveSucceeded: expected a run');
  });
});

describe('describeRun', () => {
  it('tells how the run ended, the path (repeats folded), the calls and the last events with their states', async () => {
    const { run } = await orderRun();
    const text = describeRun(run, { events: 3 });
    expect(text.split('\n')[0]).toBe('SUCCEEDED (after 1 s of virtual time) with output {"orderId":"o1","published":{"MessageId":"m-1"}}');
    expect(text).toContain('Path (2 states): Charge card → Publish');
    expect(text).toContain('Charge card #1 ← {"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:charge","Payload":{"orderId":"o1"}} → threw Card.Timeout');
    expect(text).toContain('Publish #1 ← {"TopicArn":"arn:aws:sns:us-east-1:123456789012:orders","Message":"o1"} → returned {"MessageId":"m-1"}');
    expect(text).toMatch(/Last 3 of \d+ events:\n.*TaskSucceeded\s+Publish\s+\{"MessageId":"m-1"\}\n.*TaskStateExited\s+Publish.*\n.*ExecutionSucceeded\s+\{/);
  });

  it('folds repeated states and cuts long values', async () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ id: i, text: 'x'.repeat(200) }));
    const run = await runDefinition({
      StartAt: 'Map', States: { Map: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, End: true } },
    }, { input: { items } });
    const text = describeRun(run, { width: 40 });
    expect(text).toContain('Path (5 states): Map → Item ×4');
    expect(text.split('\n')[0]).toMatch(/^SUCCEEDED \(after 0 s of virtual time\) with output .{39}…$/);
  });
});
