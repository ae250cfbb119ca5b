/**
 * A state machine built from one package's exports, for the consumer and bundle checks.
 *
 * Packages without one are checked by loading their entry point and listing its exports.
 */
export interface SmokeApp {
  /** Names imported from the package. */
  readonly imports: readonly string[];
  /** A JS expression for the first state; `stack`, `fn` (an imported Lambda function), `sfn` and the imports are in scope. */
  readonly state: string;
  /** Texts the synthesized state machine definition (as JSON) must contain. */
  readonly expect: readonly string[];
}

/** The smoke app of each package that has one, by package name. */
export const SMOKE_APPS: Readonly<Record<string, SmokeApp>> = {
  '@cdk-stepfunctions/tasks-lambda': {
    imports: ['LambdaInvoke'],
    state: "new LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn })",
    expect: ['arn:', ':states:::lambda:invoke'],
  },
};

/** Where an app's imports come from. */
export interface AppSourceOptions {
  /** `cjs` (`require`) or `esm` (`import`). */
  readonly format: 'cjs' | 'esm';
  /** The module the task comes from, e.g. `@cdk-stepfunctions/tasks-lambda` or `aws-cdk-lib/aws-stepfunctions-tasks`. */
  readonly module?: string;
  /** The first state; a single `sfn.Pass` when undefined. */
  readonly app?: SmokeApp;
  /** Print the synthesized definition on a line starting with `DEFINITION `. */
  readonly synth?: boolean;
}

/** The prefix of the line carrying the synthesized definition. */
export const DEFINITION_MARKER = 'DEFINITION ';

/**
 * The source of a CDK app (App, Stack, an imported Lambda function, a StateMachine whose definition is the smoke
 * app's state or a single Pass), importing aws-cdk-lib by submodule only.
 */
export function appSource(options: AppSourceOptions): string {
  const modules: [string, string][] = [['{ App, Stack }', 'aws-cdk-lib/core'], ['* as sfn', 'aws-cdk-lib/aws-stepfunctions'], ['* as lambda', 'aws-cdk-lib/aws-lambda']];
  if (options.module) modules.push([options.app ? `{ ${options.app.imports.join(', ')} }` : '* as tasks', options.module]);
  const header = modules.map(([names, from]) => options.format === 'esm'
    ? `import ${names} from '${from}';`
    : `const ${names.replace('* as ', '')} = require('${from}');`);
  const lines = [
    ...header,
    '',
    "const app = new App({ outdir: 'cdk.out' });",
    "const stack = new Stack(app, 'Smoke', { env: { account: '123456789012', region: 'us-east-1' } });",
    "const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:smoke');",
    `const start = ${options.app?.state ?? "new sfn.Pass(stack, 'Start', { comment: fn.functionArn })"};`,
    "new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(start) });",
  ];
  if (options.module && !options.app) lines.push("console.log('exports: ' + Object.keys(tasks).length);");
  if (options.synth) {
    lines.push(
      'const template = app.synth().getStackByName(stack.stackName).template;',
      "const machine = Object.values(template.Resources).find((r) => r.Type === 'AWS::StepFunctions::StateMachine');",
      `console.log(${JSON.stringify(DEFINITION_MARKER)} + JSON.stringify(machine.Properties.DefinitionString));`,
    );
  }
  return `${lines.join('\n')}\n`;
}
