import { describe, expect, it } from 'vitest';
import type { SymbolMap } from '../src/symbol-map';
import { transformSource } from '../src/transform';
import { MAP } from './helpers';

const LAMBDA = '@cdk-stepfunctions/tasks-lambda';

/** The workspace map without `names`, as if no package exported them yet. */
function without(...names: string[]): SymbolMap {
  return { ...MAP, symbols: Object.fromEntries(Object.entries(MAP.symbols).filter(([name]) => !names.includes(name))) };
}

describe('transformSource', () => {
  it('leaves a symbol no package exports yet where it was, reported, and moves the others', () => {
    const source = [
      "import { LambdaInvoke, SqsSendMessage } from 'aws-cdk-lib/aws-stepfunctions-tasks';",
      "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';",
      'export const all = [LambdaInvoke, SqsSendMessage, tasks.LambdaInvoke, tasks.SnsPublish];',
      '',
    ].join('\n');
    const result = transformSource(source, { file: 'a.ts', map: without('LambdaInvoke') });
    expect(result.output).toBe([
      "import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';",
      "import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';",
      "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';",
      "import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';",
      'export const all = [LambdaInvoke, SqsSendMessage, tasks.LambdaInvoke, SnsPublish];',
      '',
    ].join('\n'));
    expect(result.problems).toEqual([
      { file: 'a.ts', line: 1, column: 10, message: "LambdaInvoke is not exported by any @cdk-stepfunctions package yet: left on 'aws-cdk-lib/aws-stepfunctions-tasks'" },
      { file: 'a.ts', line: 3, column: 51, message: "LambdaInvoke is not exported by any @cdk-stepfunctions package yet: left on 'aws-cdk-lib/aws-stepfunctions-tasks'" },
    ]);
    expect(result.packages).toEqual(['@cdk-stepfunctions/tasks-core', '@cdk-stepfunctions/tasks-sns', '@cdk-stepfunctions/tasks-sqs']);
    expect(result.rewritten).toBe(2);
  });

  it('migrates a symbol once a package exports it: the map decides, not the codemod', () => {
    const source = "import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';\nexport { LambdaInvoke };\n";
    const moved: SymbolMap = { ...MAP, symbols: { ...MAP.symbols, LambdaInvoke: { package: '@cdk-stepfunctions/tasks-new', typeOnly: false } } };
    expect(transformSource(source, { file: 'a.ts', map: moved }).output)
      .toBe("import { LambdaInvoke } from '@cdk-stepfunctions/tasks-new';\nexport { LambdaInvoke };\n");
  });

  it('keeps Windows line endings in the lines it writes', () => {
    const source = "import { Stack } from 'aws-cdk-lib';\r\nimport * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\r\nimport { LambdaInvoke, SnsPublish } from 'aws-cdk-lib/aws-stepfunctions-tasks';\r\n\r\nexport const all = [Stack, LambdaInvoke, SnsPublish, tasks.SqsSendMessage, tasks.SqsSendMessageProps];\r\n";
    const { output } = transformSource(source, { file: 'a.ts', map: MAP });
    expect(output).toBe(`import { Stack } from 'aws-cdk-lib';\r\nimport { SqsSendMessage, type SqsSendMessageProps } from '@cdk-stepfunctions/tasks-sqs';\r\nimport { LambdaInvoke } from '${LAMBDA}';\r\nimport { SnsPublish } from '@cdk-stepfunctions/tasks-sns';\r\n\r\nexport const all = [Stack, LambdaInvoke, SnsPublish, SqsSendMessage, SqsSendMessageProps];\r\n`);
  });

  it('keeps a byte order mark', () => {
    const source = '\uFEFFimport * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks";\r\nexport const x = tasks.LambdaInvoke;\r\n';
    expect(transformSource(source, { file: 'a.ts', map: MAP }).output)
      .toBe(`\uFEFFimport { LambdaInvoke } from "${LAMBDA}";\r\nexport const x = LambdaInvoke;\r\n`);
  });

  it('rewrites the right ranges when vertical tabs, form feeds and tabs indent the lines', () => {
    const source = "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\n\v\f\tconst a = tasks.SnsPublish;\n\t \fconst b = [tasks.SqsSendMessage];\n";
    expect(transformSource(source, { file: 'a.ts', map: MAP }).output).toBe(
      "import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';\nimport { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';\n" +
      '\v\f\tconst a = SnsPublish;\n\t \fconst b = [SqsSendMessage];\n');
  });

  it('reports a file it cannot parse and leaves it as it is', () => {
    const source = "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\nconst = tasks;\n";
    const result = transformSource(source, { file: 'broken.ts', map: MAP });
    expect(result.output).toBe(source);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'broken.ts', line: 2, message: expect.stringMatching(/^cannot parse the file: /) });
  });

  it('does not parse a file that cannot mention the module', () => {
    const source = 'this is not JavaScript {';
    expect(transformSource(source, { file: 'notes.js', map: MAP })).toEqual({ output: source, packages: [], rewritten: 0, problems: [] });
  });

  it('reports the CDK v1 module and leaves it', () => {
    const source = "import * as tasks from '@aws-cdk/aws-stepfunctions-tasks';\nexport const t = tasks.LambdaInvoke;\n";
    const result = transformSource(source, { file: 'v1.ts', map: MAP });
    expect(result.output).toBe(source);
    expect(result.problems.map((p) => p.message)).toEqual([
      '@aws-cdk/aws-stepfunctions-tasks is CDK v1: move the app to aws-cdk-lib v2 first, then run the codemod again',
    ]);
  });

  it('writes no `type` in JavaScript, even for interfaces', () => {
    const source = "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\n/** @type {tasks.LambdaInvokeProps} */\nexport const x = tasks.LambdaInvoke;\n";
    expect(transformSource(source, { file: 'a.js', map: MAP }).output)
      .toBe(`import { LambdaInvoke } from '${LAMBDA}';\n/** @type {tasks.LambdaInvokeProps} */\nexport const x = LambdaInvoke;\n`);
  });

  it('takes a numbered alias when the prefixed name is taken too', () => {
    const source = "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\nconst LambdaInvoke = 1, TasksLambdaInvoke = 2;\nexport const x = [LambdaInvoke, TasksLambdaInvoke, tasks.LambdaInvoke];\n";
    expect(transformSource(source, { file: 'a.ts', map: MAP }).output)
      .toBe(`import { LambdaInvoke as TasksLambdaInvoke2 } from '${LAMBDA}';\nconst LambdaInvoke = 1, TasksLambdaInvoke = 2;\nexport const x = [LambdaInvoke, TasksLambdaInvoke, TasksLambdaInvoke2];\n`);
  });
});
