import { describe, expect, it } from 'vitest';
import { INTRINSIC_FUNCTIONS } from '../src/engine/intrinsics';
import { parameters, runState } from './helpers';

async function call(expression: string, input: unknown = {}): Promise<unknown> {
  return ((await parameters({ 'r.$': expression }, input)) as { r: unknown }).r;
}

async function failure(expression: string, input: unknown = {}): Promise<{ error?: string; cause?: string }> {
  const run = await runState({ Type: 'Pass', Parameters: { 'r.$': expression } }, { input });
  expect(run.status).toBe('FAILED');
  return { error: run.error, cause: run.cause };
}

describe('intrinsic functions', () => {
  it('there are 18', () => {
    expect(INTRINSIC_FUNCTIONS).toHaveLength(18);
  });

  it.each([
    ["States.Format('Hello, {}! You are {} ({}).', $.name, $.age, $.ok)", { name: 'Ann', age: 30, ok: true }, 'Hello, Ann! You are 30 (true).'],
    ["States.Format('{} and {}', $.obj, $.arr)", { obj: { a: 1, b: 'x' }, arr: [1, 2] }, '{a=1, b=x} and [1, 2]'],
    ["States.Format('braces \\{\\} stay, {} fills', 'v')", {}, 'braces {} stay, v fills'],
    ["States.Format('null: {}', $.n)", { n: null }, 'null: null'],
    ["States.StringToJson($.s)", { s: '{"a":[1,2]}' }, { a: [1, 2] }],
    ['States.StringToJson($.s)', { s: ' ' }, null],
    ['States.JsonToString($.o)', { o: { a: 1, b: [true] } }, '{"a":1,"b":[true]}'],
    ["States.Array('a', 1, true, null, $.x)", { x: { k: 1 } }, ['a', 1, true, null, { k: 1 }]],
    ['States.Array()', {}, []],
    ['States.ArrayPartition($.a, 2)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]],
    ['States.ArrayContains($.a, $.v)', { a: [1, { x: 1 }], v: { x: 1 } }, true],
    ['States.ArrayContains($.a, 3)', { a: [1, 2] }, false],
    ['States.ArrayRange(1, 9, 2)', {}, [1, 3, 5, 7, 9]],
    ['States.ArrayRange(10, 0, -5)', {}, [10, 5, 0]],
    ['States.ArrayGetItem($.a, 1)', { a: ['x', 'y'] }, 'y'],
    ['States.ArrayLength($.a)', { a: [1, 2, 3] }, 3],
    ['States.ArrayUnique($.a)', { a: [1, 1, 'a', 'a', { k: 1 }, { k: 1 }, null, null] }, [1, 'a', { k: 1 }, null]],
    ["States.Base64Encode('Data to encode')", {}, 'RGF0YSB0byBlbmNvZGU='],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", {}, 'Data to encode'],
    ["States.Hash('input data', 'SHA-1')", {}, 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ["States.Hash('input data', 'MD5')", {}, '812f45842bc6d66ee14572ce20db8e86'],
    ['States.JsonMerge($.a, $.b, false)', { a: { x: { p: 1 }, y: 1 }, b: { x: { q: 2 } } }, { x: { q: 2 }, y: 1 }],
    ['States.MathAdd($.v, -1)', { v: 111 }, 110],
    ['States.MathAdd(1.5, 1.49)', {}, 3],
    ["States.StringSplit('a,b,,c', ',')", {}, ['a', 'b', 'c']],
    ["States.StringSplit('This.is+a,test=string', '.+,=')", {}, ['This', 'is', 'a', 'test', 'string']],
    // Nesting.
    ["States.ArrayGetItem(States.StringSplit($.arn, ':'), 3)", { arn: 'arn:aws:lambda:us-east-1:1:function:f' }, 'us-east-1'],
    ["States.Format('{}', States.ArrayLength(States.Array(1, 2)))", {}, '2'],
    // Escapes in string literals: \' and \\.
    ["States.Format('it\\'s {}', 'ok')", {}, "it's ok"],
  ])('%s', async (expression, input, expected) => {
    expect(await call(expression, input)).toEqual(expected);
  });

  it('States.MathRandom draws from the run\'s seeded randomness, and is fixed by a seed argument', async () => {
    const a = await call('States.MathRandom(1, 1000)');
    expect(a).toBe(await call('States.MathRandom(1, 1000)'));
    expect(typeof a).toBe('number');
    expect(a as number).toBeGreaterThanOrEqual(1);
    expect(a as number).toBeLessThan(1000);
    expect(await call('States.MathRandom(0, 100, 42)')).toBe(await call('States.MathRandom(0, 100, 42)'));
  });

  it('States.UUID gives a version 4 UUID from the seeded generator', async () => {
    const u = await call('States.UUID()');
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await call('States.UUID()')).toBe(u);
  });

  it.each([
    ["States.Format('{} {}', 'only one')", 'placeholder'],
    ['States.StringToJson($.s)', 'not valid JSON'],
    ['States.ArrayPartition($.a, 0)', 'chunk size'],
    ['States.ArrayPartition($.s, 2)', 'must be an array'],
    ['States.ArrayRange(0, 2000, 1)', 'more than 1000'],
    ['States.ArrayRange(0, 10, 0)', 'step'],
    ['States.ArrayGetItem($.a, 5)', 'out of bounds'],
    ['States.ArrayLength($.s)', 'must be an array'],
    ["States.Base64Decode('%%%')", 'not valid base64'],
    ["States.Hash('x', 'SHA-999')", 'algorithm'],
    ['States.JsonMerge($.o, $.o, true)', 'deep merging'],
    ['States.JsonMerge($.a, $.o, false)', 'JSON objects'],
    ['States.MathAdd(2147483647, 1)', '32-bit'],
    ['States.MathRandom(5, 1)', 'greater than'],
    ["States.StringSplit($.a, ',')", 'must be a string'],
    ['States.UUID(1)', 'argument'],
    ['States.Nope(1)', 'not supported'],
  ])('%s fails with States.IntrinsicFailure', async (expression, message) => {
    const { error, cause } = await failure(expression, { a: [1, 2], s: 'str{', o: { k: 1 } });
    expect(error).toBe('States.IntrinsicFailure');
    expect(cause).toContain(message);
    expect(cause).toMatch(/^An error occurred while executing the state 'S' \(entered at the event id #2\)\. /);
  });

  it('Base64Encode and Hash refuse more than 10,000 characters', async () => {
    const long = 'x'.repeat(10_001);
    expect((await failure('States.Base64Encode($.s)', { s: long })).cause).toContain('10000');
    expect((await failure("States.Hash($.s, 'MD5')", { s: long })).cause).toContain('10000');
  });

  it('a path argument that selects nothing fails with States.Runtime', async () => {
    const { error, cause } = await failure('States.ArrayLength($.missing)');
    expect(error).toBe('States.Runtime');
    expect(cause).toContain("The JSONPath '$.missing' specified for the field 'r.$' could not be found");
  });

  it('intrinsics read the context object and variables', async () => {
    expect(await call("States.Format('{}', $$.State.Name)")).toBe('S');
  });
});
