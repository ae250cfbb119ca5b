import { describe, expect, it } from 'vitest';
import { pathsInStringLiterals, statePaths } from '../src/private/expression-paths';

describe('statePaths', () => {
  it.each([
    ['$.a + $.b', ['$.a', '$.b']],
    ['$.a + $.a', ['$.a']],
    ['$.list[0] * $.x.y', ['$.list[0]', '$.x.y']],
    ['$.list.map(x => x * 2)', ['$.list']],
    ['$.list.map (x => x)', ['$.list']],
    ['$.name.length', ['$.name.length']],
    ['$.list[0].toFixed(2)', ['$.list[0]']],
    ['`${$.a}`', ['$.a']],
    ['1 + 2', []],
    ['$[0]', ['$[0]']],
    ['[$.a, $.b]', ['$.a', '$.b']],
    ['[[$.list[0]]]', ['$.list[0]']],
  ])('finds the paths of %s', (expression, paths) => {
    expect(statePaths(expression)).toEqual(paths);
  });
});

describe('pathsInStringLiterals', () => {
  it.each([
    ["'waited $.s seconds'", ['$.s'], []],
    ['"$.a"', ['$.a'], []],
    ["'it\\'s $.a'", ['$.a'], []],
    ['`waited $.s seconds`', [], ['$.s']],
    ['`waited ${$.s} seconds`', [], []],
    ['`${ { a: $.a }.a } $.b`', [], ['$.b']],
    ['$.a / 2 + $.b / 3', [], []],
    ['/\\$.a/.test($.b)', [], []],
    ["$.a + 'x'", [], []],
  ])('in %s finds %j in plain strings and %j in template text', (expression, plainString, templateText) => {
    expect(pathsInStringLiterals(expression)).toEqual({ plainString, templateText });
  });
});
