import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';

describe('README', () => {
  it('the usage example runs as the README says', async () => {
    const definition = {
      StartAt: 'Charge card',
      States: {
        'Charge card': {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
          Retry: [{ ErrorEquals: ['Card.Declined'], IntervalSeconds: 30 }],
          ResultSelector: { 'charge.$': '$.Payload' },
          ResultPath: '$.payment',
          Next: 'Publish',
        },
        Publish: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sns:publish',
          Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', 'Message.$': "States.Format('order {}', $.orderId)" },
          ResultPath: null,
          End: true,
        },
      },
    };
    const run = await runDefinition(definition, {
      input: { orderId: 'o1' },
      mocks: {
        'Charge card': [{ error: 'Card.Declined', cause: 'insufficient funds' }, { result: { Payload: { ok: true } } }],
        Publish: { result: { MessageId: 'm-1' } },
      },
      startTime: '2026-01-01T00:00:00Z',
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toEqual({ orderId: 'o1', payment: { charge: { ok: true } } });
    expect(run.path).toEqual(['Charge card', 'Publish']);
    expect(run.calls('Publish')[0].input).toEqual({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'order o1' });
    expect(run.elapsedSeconds).toBe(30);
  });
});
