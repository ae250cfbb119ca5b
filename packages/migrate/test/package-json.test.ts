import { describe, expect, it } from 'vitest';
import { addDependencies } from '../src/package-json';

const WANTED = { '@cdk-stepfunctions/tasks-core': '^0.1.0', '@cdk-stepfunctions/tasks-sns': '^0.1.0' };
const PEERS = { 'aws-cdk-lib': '^2.178.0', constructs: '^10.0.0' };

describe('addDependencies', () => {
  it('keeps the indentation, line endings, key order and final newline', () => {
    const text = '{\r\n\t"name": "app",\r\n\t"dependencies": {\r\n\t\t"zod": "^3.0.0",\r\n\t\t"aws-cdk-lib": "^2.200.0"\r\n\t},\r\n\t"private": true\r\n}\r\n';
    const { text: out, added } = addDependencies(text, WANTED, PEERS);
    expect(added).toEqual(WANTED);
    // Not sorted before: appended.
    expect(out).toBe('{\r\n\t"name": "app",\r\n\t"dependencies": {\r\n\t\t"zod": "^3.0.0",\r\n\t\t"aws-cdk-lib": "^2.200.0",\r\n'
      + '\t\t"@cdk-stepfunctions/tasks-core": "^0.1.0",\r\n\t\t"@cdk-stepfunctions/tasks-sns": "^0.1.0"\r\n\t},\r\n\t"private": true\r\n}\r\n');
  });

  it('keeps sorted dependencies sorted, and a one-line file on one line', () => {
    const text = '{"dependencies":{"aws-cdk-lib":"2.200.0","constructs":"10.0.0"}}';
    expect(addDependencies(text, WANTED, PEERS).text).toBe(
      '{"dependencies":{"@cdk-stepfunctions/tasks-core":"^0.1.0","@cdk-stepfunctions/tasks-sns":"^0.1.0","aws-cdk-lib":"2.200.0","constructs":"10.0.0"}}');
  });

  it('adds a dependencies section before devDependencies', () => {
    const text = '{\n    "name": "lib",\n    "devDependencies": {\n        "aws-cdk-lib": "2.200.0"\n    }\n}\n';
    expect(addDependencies(text, { '@cdk-stepfunctions/tasks-core': '^0.1.0' }, PEERS).text).toBe(
      '{\n    "name": "lib",\n    "dependencies": {\n        "@cdk-stepfunctions/tasks-core": "^0.1.0"\n    },\n    "devDependencies": {\n        "aws-cdk-lib": "2.200.0"\n    }\n}\n');
  });

  it('leaves a package listed in any section, and the text as it is when nothing is added', () => {
    const text = '{ "peerDependencies": { "@cdk-stepfunctions/tasks-core": "*" }, "optionalDependencies": { "@cdk-stepfunctions/tasks-sns": "1.0.0" } }';
    expect(addDependencies(text, WANTED, PEERS)).toEqual({ text, added: {}, outdated: {} });
  });

  it.each([
    ['2.150.0', true],
    ['^2.177.9', true],
    ['~2.178.0', false],
    ['2.200.0', false],
    ['latest', false],
    ['>=2.100 <3', true],
  ])('finds aws-cdk-lib %s older than ^2.178.0: %s', (have, older) => {
    const { outdated } = addDependencies(JSON.stringify({ dependencies: { 'aws-cdk-lib': have } }), WANTED, PEERS);
    expect(outdated).toEqual(older ? { 'aws-cdk-lib': [have, '^2.178.0'] } : {});
  });
});
