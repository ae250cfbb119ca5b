import { CfnParameter, Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import type { AnyProps, Case } from './parity-helpers';

const ID = '2da557a1-7283-4c3d-8af9-058348f0bb02';

/** The parity cases of the tasks that take a query execution ID, plus `extra` props on some of them. */
export function idTaskCases(extra: AnyProps = {}, jsonataExtra: AnyProps = {}): Case[] {
  const id = (more: AnyProps = {}) => () => ({ queryExecutionId: ID, ...more });
  const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
    comment: 'query',
    stateName: 'Query state',
    resultSelector: { state: sfn.JsonPath.stringAt('$.QueryExecution.Status.State') },
    assign: { last: sfn.JsonPath.stringAt('$.QueryExecution.QueryExecutionId') },
  });
  const commonJsonata = () => commonJsonataProps({ comment: 'query', outputs: '{% $states.result %}', assign: { last: '{% $states.result %}' } });
  const cases: Case[] = [];
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push(
      { name: `minimal, ${factory}`, factory, props: id() },
      { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: id({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
      { name: `every option, ${factory}`, factory, props: id(factory === 'jsonata' ? jsonataExtra : extra) },
    );
  }
  cases.push(
    { name: 'ID from a JSON path', props: () => ({ queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'), ...extra }) },
    { name: 'ID from a JSON path, jsonPath()', factory: 'jsonPath', props: () => ({ queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') }) },
    { name: 'ID from the result of a start task', props: () => ({ queryExecutionId: sfn.JsonPath.stringAt('$.result.QueryExecutionId') }) },
    { name: 'ID from JsonPath.format', props: () => ({ queryExecutionId: sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.id')) }) },
    { name: 'ID from a JSONata expression', factory: 'jsonata', props: () => ({ queryExecutionId: '{% $states.input.QueryExecutionId %}', ...jsonataExtra }) },
    { name: 'ID from a deploy-time token', props: (scope) => ({ queryExecutionId: new CfnParameter(scope, 'Id').valueAsString }) },
    { name: 'the longest ID', props: () => ({ queryExecutionId: 'x'.repeat(128) }) },
    { name: 'every common JSONPath prop', props: (s) => ({ ...id(extra)(), ...commonJsonPath(s) }) },
    { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: (s) => ({ ...id()(), ...commonJsonPath(s) }) },
    { name: 'every common JSONata prop', factory: 'jsonata', props: () => ({ ...id(jsonataExtra)(), ...commonJsonata() }) },
    { name: 'dynamic JSONPath timeouts', props: id({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
    { name: 'deprecated timeout and heartbeat', props: id({ timeout: Duration.minutes(1), heartbeat: Duration.seconds(10) }) },
    { name: 'discarded result', props: id({ resultPath: sfn.JsonPath.DISCARD }) },
    { name: 'queryLanguage JSONata on the constructor', props: id({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
    { name: 'queryLanguage JSONPath on the constructor', props: id({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
    { name: 'JSONata state machine, jsonata()', factory: 'jsonata', props: id(), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'JSONata state machine, constructor', props: id(), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'inside a JSONPath Map', props: () => ({ queryExecutionId: sfn.JsonPath.stringAt('$.id') }), wrap: inMap },
    { name: 'inside a JSONPath Parallel', props: id(), wrap: inParallel },
    { name: 'inside a JSONPath Map, JSONata task', factory: 'jsonata', props: id(), wrap: inMap },
    { name: 'inside a JSONata Map, jsonata()', factory: 'jsonata', props: id(), wrap: inJsonataMap },
    { name: 'README example', props: () => ({ queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') }) },
  );
  return cases;
}
