import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { LAMBDA, runState } from './helpers';

const wait = (seconds: number) => ({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: seconds, End: true } } });

describe('Map', () => {
  it('inline: ItemsPath, ItemSelector with $$.Map.Item, ResultSelector/ResultPath on the array of outputs', async () => {
    const run = await runState(
      {
        Type: 'Map',
        ItemsPath: '$.orders',
        ItemSelector: { 'order.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index', 'customer.$': '$.customer' },
        ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
        ResultPath: '$.processed',
      },
      { input: { customer: 'c1', orders: ['a', 'b'] } },
    );
    expect(run.output).toEqual({
      customer: 'c1',
      orders: ['a', 'b'],
      processed: [
        { order: 'a', index: 0, customer: 'c1' },
        { order: 'b', index: 1, customer: 'c1' },
      ],
    });
    expect(run.events.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted',
      'MapIterationStarted', 'PassStateEntered', 'PassStateExited', 'MapIterationSucceeded',
      'MapIterationStarted', 'PassStateEntered', 'PassStateExited', 'MapIterationSucceeded',
      'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
    expect(run.events[2]).toMatchObject({ mapStateStartedEventDetails: { length: 2 } });
  });

  it('mocks are consumed in item order, whatever MaxConcurrency', async () => {
    const run = await runState(
      { Type: 'Map', MaxConcurrency: 5, ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, End: true } } } },
      { input: [1, 2, 3], mocks: { T: [{ result: 'first' }, { result: 'second' }, { result: 'third' }] } },
    );
    expect(run.output).toEqual(['first', 'second', 'third']);
    expect(run.calls('T').map((c) => c.input)).toEqual([1, 2, 3]);
  });

  it('iterations run on their own clocks: MaxConcurrency decides when each starts', async () => {
    const map = (max: number) => ({ Type: 'Map', MaxConcurrency: max, ItemProcessor: wait(10) });
    expect((await runState(map(0), { input: [1, 2, 3, 4] })).elapsedSeconds).toBe(10);
    expect((await runState(map(1), { input: [1, 2, 3, 4] })).elapsedSeconds).toBe(40);
    expect((await runState(map(2), { input: [1, 2, 3, 4] })).elapsedSeconds).toBe(20);
  });

  it('an iteration\'s failure fails an inline Map with its error, which Catch can handle', async () => {
    const run = await runDefinition({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Item.Bad', Cause: 'bad item' } } },
          Catch: [{ ErrorEquals: ['Item.Bad'], Next: 'H' }],
          End: true,
        },
        H: { Type: 'Pass', End: true },
      },
    }, { input: [1] });
    expect(run.output).toEqual({ Error: 'Item.Bad', Cause: 'bad item' });
    expect(run.events.map((e) => e.type)).toContain('MapStateFailed');
  });

  it('distributed: child executions stay out of the history; tolerated failures are counted', async () => {
    const processor = {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Bad' }], Default: 'Ok' },
        Bad: { Type: 'Fail', Error: 'Bad' },
        Ok: { Type: 'Pass', End: true },
      },
    };
    const run = await runState({ Type: 'Map', ItemProcessor: processor, ToleratedFailurePercentage: 50 }, { input: [1, 2, 3] });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toEqual([1, { Error: 'Bad' }, 3]);
    expect(run.events.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
    expect(run.path).toEqual(['S', 'C', 'Ok', 'C', 'Bad', 'C', 'Ok']);
  });

  it('ItemBatcher groups items with BatchInput', async () => {
    const run = await runState(
      {
        Type: 'Map',
        ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'job.$': '$.job' } },
        ItemsPath: '$.xs',
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      },
      { input: { job: 'j', xs: [1, 2, 3] } },
    );
    expect(run.output).toEqual([{ job: 'j', Items: [1, 2] }, { job: 'j', Items: [3] }]);
  });

  it('ItemReader items come from the Map state\'s mock (MaxItems applied); a CSV text is read with its headers', async () => {
    const reader = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON', MaxItems: 2 }, Parameters: { Bucket: 'b', Key: 'k.json' } };
    const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    let run = await runState({ Type: 'Map', ItemReader: reader, ItemProcessor: processor }, { mocks: { S: { result: [{ id: 1 }, { id: 2 }, { id: 3 }] } } });
    expect(run.output).toEqual([{ id: 1 }, { id: 2 }]);
    expect(run.calls('S')[0]).toMatchObject({ kind: 'itemReader', input: { Bucket: 'b', Key: 'k.json' } });
    run = await runState(
      { Type: 'Map', ItemReader: { ...reader, ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' } }, ItemProcessor: processor },
      { mocks: { S: { result: 'id,name\n1,"a, b"\n2,c\n' } } },
    );
    expect(run.output).toEqual([{ id: '1', name: 'a, b' }, { id: '2', name: 'c' }]);
    run = await runState(
      { Type: 'Map', ItemReader: { ...reader, ReaderConfig: { InputType: 'JSONL' } }, ItemProcessor: processor },
      { mocks: { S: { result: '{"id":1}\n{"id":2}\n' } } },
    );
    expect(run.output).toEqual([{ id: 1 }, { id: 2 }]);
    run = await runState({ Type: 'Map', ItemReader: reader, ItemProcessor: processor });
    expect(run.error).toBe('Testing.MockMissing');
  });

  it('ResultWriter: the results are recorded as a resultWriter call and the output names the manifest', async () => {
    const run = await runState(
      {
        Type: 'Map',
        Label: 'Orders',
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
        ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results', Prefix: 'jobs' } },
      },
      { input: [1, 2] },
    );
    const output = run.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    expect(output.MapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:StateMachine\/Orders:[0-9a-f-]{36}$/);
    expect(output.ResultWriterDetails).toEqual({ Bucket: 'results', Key: `jobs/${output.MapRunArn.split(':').at(-1)}/manifest.json` });
    expect(run.calls('S')).toMatchObject([{ kind: 'resultWriter', input: { Bucket: 'results', Prefix: 'jobs', Results: [1, 2] } }]);
  });

  it('Items that are not an array fail (JSONPath: States.Runtime; JSONata: States.QueryEvaluationError)', async () => {
    expect((await runState({ Type: 'Map', ItemProcessor: wait(1) }, { input: { not: 'array' } })).error).toBe('States.Runtime');
    const run = await runDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: { M: { Type: 'Map', Items: '{% "x" %}', ItemProcessor: wait(1), End: true } },
    });
    expect(run.cause).toContain("returned an unexpected result type. Expected 'array', but was 'string' for value: \"x\"");
  });
});

describe('Parallel', () => {
  it('gives each branch the input and outputs the array of branch outputs', async () => {
    const run = await runState(
      {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'a.$': '$.x' }, End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Pass', Result: 'b', End: true } } },
        ],
        ResultSelector: { 'first.$': '$[0].a', 'second.$': '$[1]' },
      },
      { input: { x: 1 } },
    );
    expect(run.output).toEqual({ first: 1, second: 'b' });
  });

  it('branches run on their own clocks from the same start and join at the latest', async () => {
    const run = await runState({ Type: 'Parallel', Branches: [wait(30), wait(50), wait(10)] });
    expect(run.elapsedSeconds).toBe(50);
  });

  it('a failing branch fails the state at its own time', async () => {
    const run = await runState({
      Type: 'Parallel',
      Branches: [wait(100), { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'F' }, F: { Type: 'Fail', Error: 'E' } } }],
    });
    expect(run).toMatchObject({ status: 'FAILED', error: 'E', elapsedSeconds: 5 });
  });

  it('retries the whole Parallel state', async () => {
    const run = await runState(
      {
        Type: 'Parallel',
        Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, End: true } } }],
        Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 2 }],
      },
      { mocks: { T: [{ error: 'Boom' }, { result: 'ok' }] } },
    );
    expect(run.output).toEqual(['ok']);
    expect(run.events.filter((e) => e.type === 'ParallelStateStarted')).toHaveLength(2);
  });
});
