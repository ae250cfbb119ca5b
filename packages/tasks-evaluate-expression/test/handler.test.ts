import { describe, expect, it } from 'vitest';
import { evaluateExpression, handler, selectPath, selectPaths } from '../src/handler';
import { statePaths } from '../src/private/expression-paths';

/** What Step Functions sends with JSONPath: each path the construct found, resolved against `input`. */
function jsonPathEvent(expression: string, input: unknown) {
  return { expression, expressionAttributeValues: selectPaths(input, statePaths(expression)) };
}

/** What Step Functions sends with JSONata: the state input and the paths. */
function jsonataEvent(expression: string, input: unknown) {
  return { expression, input, paths: statePaths(expression) };
}

describe('the EvaluateExpression handler', () => {
  it.each([
    ['README: milliseconds to seconds', '$.waitMilliseconds / 1000', { waitMilliseconds: 4500 }, 4.5],
    ['README: message from a template literal', '`Now waiting ${$.waitSeconds} seconds...`', { waitSeconds: 3 }, 'Now waiting 3 seconds...'],
    ['sum of two paths', '$.a + $.b', { a: 1, b: 2 }, 3],
    ['a method call on a path', '$.list.map(x => x * 2)', { list: [1, 2, 3] }, [2, 4, 6]],
    ['a one-element list stays a list', '$.list.map(x => x * 2)', { list: [5] }, [10]],
    ['a method of a string', '$.name.toUpperCase()', { name: 'ada' }, 'ADA'],
    ['indexes', '$.list[0] + $.list[2]', { list: [1, 2, 3] }, 4],
    ['nested fields', '$.a.b.c * 2', { a: { b: { c: 21 } } }, 42],
    ['a path and a longer one that starts the same', '$.ab - $.a', { a: 1, ab: 10 }, 9],
    ['the same path twice', '$.a * $.a', { a: 3 }, 9],
    ['an object result', '({ sum: $.a + $.b, both: [$.a, $.b] })', { a: 1, b: 2 }, { sum: 3, both: [1, 2] }],
    ['string concatenation', "'id-' + $.id", { id: 7 }, 'id-7'],
    ['a nested template literal', '`${$.a} and ${`${$.b}!`}`', { a: 'x', b: 'y' }, 'x and y!'],
    ['a ternary', '$.n > 2 ? "big" : "small"', { n: 3 }, 'big'],
    ['no paths', '1 + 2', {}, 3],
    ['JSON values', 'JSON.stringify($.o)', { o: { k: [true, null] } }, '{"k":[true,null]}'],
    ['a root index', '$[1] * 10', [1, 2], 20],
    ['statements, last value wins', 'const x = $.a; x + 1', { a: 1 }, 2],
  ])('evaluates %s with JSONPath and JSONata events alike', async (_name, expression, input, expected) => {
    expect(await handler(jsonPathEvent(expression, input))).toEqual(expected);
    expect(await handler(jsonataEvent(expression, input))).toEqual(expected);
  });

  it('does not replace a path inside a longer name', () => {
    expect(evaluateExpression('$.a + $.a_b', { '$.a': 1, '$.a_b': 2 })).toBe(3);
  });

  it('treats $ in template interpolation as syntax, not a path', () => {
    expect(evaluateExpression('`${1 + 1}`', {})).toBe('2');
  });

  it('returns a promise\'s value', async () => {
    expect(await handler({ expression: 'Promise.resolve($.a)', expressionAttributeValues: { '$.a': 5 } })).toBe(5);
  });

  it('fails on a syntax error', async () => {
    await expect(handler({ expression: '$.a +', expressionAttributeValues: { '$.a': 1 } })).rejects.toThrow(SyntaxError);
  });

  it('gives the expression no access to the handler\'s variables', () => {
    expect(evaluateExpression('typeof paths', {})).toBe('undefined');
  });
});

describe('selectPath', () => {
  const input = { a: { b: [10, { c: 'x' }] }, list: [{ id: 1 }, { id: 2, sub: { id: 3 } }], 'a-b': 4, n: null };

  it.each([
    ['$.a.b[0]', 10],
    ['$.a.b[1].c', 'x'],
    ['$.a-b', 4],
    ['$.n', null],
    ['$..id', [1, 2, 3]],
    ['$.list..id', [1, 2, 3]],
    ['$.list.id', [1, 2]],
    ['$.list[1].sub.id', 3],
  ])('selects %s', (path, expected) => {
    expect(selectPath(input, path)).toEqual(expected);
  });

  it('fails on a path that is not in the input, as Step Functions does', () => {
    expect(() => selectPath(input, '$.missing')).toThrow('The state path $.missing was not found in the state input');
    expect(() => selectPath(input, '$.a.b[5]')).toThrow(/not found/);
  });

  it('fails on an unsupported path', () => {
    expect(() => selectPath(input, '$.a[x]')).toThrow(/Unsupported state path/);
  });
});
