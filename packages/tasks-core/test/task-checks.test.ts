import { App, Duration, Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { EchoTask, type EchoTaskProps } from './echo-task';

const { JSONATA } = sfn.QueryLanguage;

function stack(): Stack {
  return new Stack(new App(), 'Stack');
}

/** Renders an EchoTask with `props` in a state machine of the given language. */
function renderIn(queryLanguage: sfn.QueryLanguage | undefined, props: EchoTaskProps, configure?: (task: EchoTask, s: Stack) => void): any {
  const s = stack();
  const task = new EchoTask(s, 'Echo', props);
  configure?.(task, s);
  return definitionOf(task, { queryLanguage }).States.Echo;
}

describe('fields of the other query language', () => {
  it.each([
    ['inputPath', { inputPath: '$.in' }, /`inputPath` must be undefined when the state runs in JSONata \(InputPath is JSONPath/],
    ['outputPath', { outputPath: '$.out' }, /`outputPath` must be undefined when the state runs in JSONata/],
    ['resultPath', { resultPath: '$.r' }, /`resultPath` must be undefined when the state runs in JSONata/],
    ['resultPath DISCARD', { resultPath: sfn.JsonPath.DISCARD }, /`resultPath` must be undefined/],
    ['resultSelector', { resultSelector: { a: sfn.JsonPath.stringAt('$.a') } }, /`resultSelector` must be undefined/],
    ['taskTimeout from a path', { taskTimeout: sfn.Timeout.at('$.t') }, /`taskTimeout \(Timeout.at\(\)\)` must be undefined/],
    ['heartbeatTimeout from a path', { heartbeatTimeout: sfn.Timeout.at('$.h') }, /`heartbeatTimeout \(Timeout.at\(\)\)` must be undefined/],
    ['a JSONPath input field', { message: sfn.JsonPath.stringAt('$.m') }, /`the task input \(Arguments\)` must not contain JSONPath references \(`.\$` fields\) .*got '\$.m'/],
    ['credentials from a path', { credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') } }, /`credentials` must not contain JSONPath references/],
    ['a JSONPath assign value', { assign: { x: sfn.JsonPath.stringAt('$.x') } }, /`assign` must not contain JSONPath references/],
  ] as const)('rejects %s on a JSONata task', (_name, props, message) => {
    expect(() => renderIn(undefined, { ...props, queryLanguage: JSONATA } as EchoTaskProps)).toThrow(message);
    expect(() => renderIn(JSONATA, props as EchoTaskProps)).toThrow(/EchoTask at 'Stack\/Echo'/);
  });

  it('rejects a catcher\'s resultPath on a JSONata task', () => {
    expect(() => renderIn(JSONATA, {}, (task, s) => task.addCatch(new sfn.Pass(s, 'Handle'), { resultPath: '$.error' })))
      .toThrow(/`addCatch\(\)` must not set Catch\[0\].ResultPath when the state runs in JSONata/);
  });

  it.each([
    ['outputs', { outputs: '{% $states.result %}' }, /`outputs` must be undefined when the state runs in JSONPath \(Output is JSONata/],
    ['taskTimeout from JSONata', { taskTimeout: sfn.Timeout.jsonata('{% 10 %}') }, /`taskTimeout \(Timeout.jsonata\(\)\)` must be undefined/],
    ['heartbeatTimeout from JSONata', { heartbeatTimeout: sfn.Timeout.jsonata('{% 10 %}') }, /`heartbeatTimeout \(Timeout.jsonata\(\)\)` must be undefined/],
    ['a JSONata input field', { message: '{% $states.input.m %}' }, /`the task input \(Parameters\)` must not contain JSONata expressions .*Parameters.Message/],
    ['a JSONata assign value', { assign: { x: '{% 1 %}' } }, /`assign` must not contain JSONata expressions/],
  ] as const)('rejects %s on a JSONPath task', (_name, props, message) => {
    expect(() => renderIn(undefined, props as EchoTaskProps)).toThrow(message);
  });

  it('rejects a catcher\'s outputs on a JSONPath task', () => {
    expect(() => renderIn(undefined, {}, (task, s) => task.addCatch(new sfn.Pass(s, 'Handle'), { outputs: '{% $states.errorOutput %}' })))
      .toThrow(/`addCatch\(\)` must not set Catch\[0\].Output when the state runs in JSONPath/);
  });

  it('accepts every field of the language the task renders in', () => {
    const jsonPath = renderIn(undefined, {
      inputPath: '$.in', outputPath: '$.out', resultPath: '$.r', resultSelector: { a: sfn.JsonPath.stringAt('$.a') },
      taskTimeout: sfn.Timeout.at('$.t'), heartbeatTimeout: sfn.Timeout.at('$.h'), assign: { x: sfn.JsonPath.stringAt('$.x') },
      credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') }, comment: 'a {% literal %} comment is fine',
    }, (task, s) => task.addCatch(new sfn.Pass(s, 'Handle'), { resultPath: '$.error' }));
    expect(jsonPath).toMatchObject({ InputPath: '$.in', TimeoutSecondsPath: '$.t', Credentials: { 'RoleArn.$': '$.role' } });
    const jsonata = renderIn(JSONATA, {
      outputs: '{% $states.result %}', taskTimeout: sfn.Timeout.jsonata('{% 10 %}'), assign: { x: '{% 1 %}' },
      credentials: { role: sfn.TaskRole.fromRole(iam.Role.fromRoleArn(new Stack(), 'R', 'arn:aws:iam::123456789012:role/r')) },
    }, (task, s) => task.addCatch(new sfn.Pass(s, 'Handle'), { outputs: '{% $states.errorOutput %}' }));
    expect(jsonata).toMatchObject({ Output: '{% $states.result %}', TimeoutSeconds: '{% 10 %}', Arguments: { Message: '{% $states.input.message %}' } });
  });

  it('is not checked when toStateJson() is called outside a state machine', () => {
    const s = stack();
    const task = new EchoTask(s, 'Echo', { queryLanguage: JSONATA, inputPath: '$.x' });
    expect(s.resolve(task.toStateJson())).toHaveProperty('InputPath', '$.x');
  });
});

describe('timeouts', () => {
  it.each([
    ['taskTimeout of 0 seconds', { taskTimeout: sfn.Timeout.duration(Duration.seconds(0)) }, /`taskTimeout` must be a whole number of seconds from 1 to 99999999, got 0 seconds/],
    ['taskTimeout above the limit', { taskTimeout: sfn.Timeout.duration(Duration.seconds(100_000_000)) }, /`taskTimeout` must be a whole number of seconds from 1 to 99999999/],
    ['heartbeatTimeout of 0 seconds', { heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(0)) }, /`heartbeatTimeout` must be a whole number/],
    ['a deprecated timeout of 1.5 seconds', { timeout: Duration.millis(1500) }, /`timeout` must be a whole number of seconds from 1 to 99999999, got 1.5 seconds/],
    ['heartbeat above the timeout', { timeout: Duration.seconds(30), heartbeat: Duration.minutes(1) }, /`heartbeat` must not be more than `timeout` \(30 seconds\), got 60 seconds/],
    ['heartbeatTimeout above taskTimeout', { taskTimeout: sfn.Timeout.duration(Duration.minutes(1)), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(61)) },
      /`heartbeatTimeout` must not be more than `taskTimeout` \(60 seconds\), got 61 seconds/],
  ] as const)('rejects %s at construction', (_name, props, message) => {
    expect(() => new EchoTask(stack(), 'Echo', props as EchoTaskProps)).toThrow(message);
  });

  it.each([
    ['a heartbeat equal to the timeout (as AWS solutions deploy it)', { taskTimeout: sfn.Timeout.duration(Duration.minutes(120)), heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(120)) }],
    ['a heartbeat below the timeout', { taskTimeout: sfn.Timeout.duration(Duration.minutes(5)), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(299)) }],
    ['the largest timeout', { taskTimeout: sfn.Timeout.duration(Duration.seconds(99_999_999)) }],
    ['timeouts from the input', { taskTimeout: sfn.Timeout.at('$.t'), heartbeatTimeout: sfn.Timeout.at('$.h') }],
    ['timeouts from JSONata', { taskTimeout: sfn.Timeout.jsonata('{% 1 %}'), heartbeatTimeout: sfn.Timeout.jsonata('{% 5 %}') }],
    ['a deploy-time timeout', { timeout: Duration.seconds(Token.asNumber({ Ref: 'T' })), heartbeat: Duration.seconds(10) }],
    ['a heartbeat alone', { heartbeat: Duration.hours(2) }],
  ] as const)('accepts %s', (_name, props) => {
    expect(() => new EchoTask(stack(), 'Echo', props as EchoTaskProps)).not.toThrow();
  });
});
