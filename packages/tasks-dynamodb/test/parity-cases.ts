import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { expect } from 'vitest';
import { OTHER_ACCOUNT_ARN, OTHER_REGION_ARN, SAME_ENV_ARN } from './fixtures';
import { type AnyProps, type Case, type Lib, SAME_TABLES, inputOf, onlyStatement, stackTableArn } from './parity-helpers';

/** What the shared cases need to know about a task. */
export interface TaskShape {
  /** The IAM action, `dynamodb:<Action>`. */
  readonly action: string;
  /** The props a minimal task needs besides `table`. */
  readonly base: (lib: Lib) => AnyProps;
  /** The same, with JSONata values. */
  readonly jsonataBase: (lib: Lib) => AnyProps;
  /** The same, with JSON paths. */
  readonly jsonPathBase: (lib: Lib) => AnyProps;
  /** Whether the task writes (takes condition expressions, expression attribute values and return options). */
  readonly writes: boolean;
}

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'call DynamoDB',
  stateName: 'Call DynamoDB',
  resultSelector: { item: sfn.JsonPath.objectAt('$.Item'), capacity: sfn.JsonPath.stringAt('$.ConsumedCapacity') },
  assign: { last: sfn.JsonPath.stringAt('$.Item') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'call DynamoDB',
  outputs: '{% $states.result.Item %}',
  assign: { last: '{% $states.result %}' },
});

/** The cases every DynamoDB task shares. */
export function sharedCases(task: TaskShape): Case[] {
  const cases: Case[] = [];
  const base = (_s: Construct, lib: Lib) => task.base(lib);
  const jsonataBase = (_s: Construct, lib: Lib) => task.jsonataBase(lib);
  const jsonPathBase = (_s: Construct, lib: Lib) => task.jsonPathBase(lib);
  const withBase = (extra: (lib: Lib) => AnyProps, from = task.base) => (_s: Construct, lib: Lib) => ({ ...from(lib), ...extra(lib) });

  for (const table of SAME_TABLES) {
    for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
      cases.push({ name: `${table} table, ${factory}, minimal`, table, factory, props: factory === 'jsonata' ? jsonataBase : base });
    }
  }
  cases.push(
    { name: 'JSON paths in the key or item', props: jsonPathBase },
    { name: 'JSON paths in the key or item, jsonPath()', factory: 'jsonPath', props: jsonPathBase },
    { name: 'JSONata values, constructor with queryLanguage', props: (_s, lib) => ({ ...task.jsonataBase(lib), queryLanguage: sfn.QueryLanguage.JSONATA }) },
    { name: 'queryLanguage JSONPath on the constructor', props: (_s, lib) => ({ ...task.base(lib), queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
    { name: 'explicit REQUEST_RESPONSE', props: withBase(() => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })) },
    { name: 'expression attribute names', props: withBase(() => ({ expressionAttributeNames: { '#a': 'attr', '#b_2': 'other attr' } })) },
    { name: 'expression attribute names from JSON paths', props: withBase(() => ({ expressionAttributeNames: { '#a': sfn.JsonPath.stringAt('$.attr') } })) },
    { name: 'expression attribute names, JSONata', factory: 'jsonata',
      props: withBase(() => ({ expressionAttributeNames: { '#a': '{% $states.input.attr %}' } }), task.jsonataBase) },
    { name: 'every common JSONPath prop', props: (s, lib) => ({ ...task.base(lib), ...commonJsonPath(s) }) },
    { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: (s, lib) => ({ ...task.base(lib), ...commonJsonPath(s) }) },
    { name: 'every common JSONata prop', factory: 'jsonata', props: (_s, lib) => ({ ...task.jsonataBase(lib), ...commonJsonata() }) },
    { name: 'dynamic JSONPath timeouts', props: withBase(() => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') })) },
    { name: 'deprecated timeout and heartbeat', props: withBase(() => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) })) },
    { name: 'discarded result', props: withBase(() => ({ resultPath: sfn.JsonPath.DISCARD })) },
    { name: 'JSONata state machine, jsonata()', factory: 'jsonata', props: jsonataBase, stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'JSONata state machine, constructor', props: jsonataBase, stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'inside a JSONPath Map', props: jsonPathBase, wrap: inMap },
    { name: 'inside a JSONPath Parallel', props: base, wrap: inParallel },
    { name: 'inside a JSONPath Map, JSONata task', factory: 'jsonata', props: jsonataBase, wrap: inMap },
    { name: 'inside a JSONata Map, jsonata()', factory: 'jsonata', props: jsonataBase, wrap: inJsonataMap },
  );

  if (task.writes) {
    cases.push(
      { name: 'condition expression', props: withBase(() => ({ conditionExpression: 'attribute_exists(pk)' })) },
      { name: 'condition expression from a JSON path', props: withBase(() => ({ conditionExpression: sfn.JsonPath.stringAt('$.condition') })) },
      { name: 'condition expression with names and values', props: withBase((lib) => ({
        conditionExpression: '#v < :v AND #s = :s',
        expressionAttributeNames: { '#v': 'version', '#s': 'status' },
        expressionAttributeValues: { ':v': lib.DynamoAttributeValue.fromNumber(3), ':s': lib.DynamoAttributeValue.fromString('open') },
      })) },
      { name: 'expression attribute values of every kind', props: withBase((lib) => {
        const A = lib.DynamoAttributeValue;
        return {
          expressionAttributeValues: {
            ':s': A.fromString(sfn.JsonPath.stringAt('$.s')), ':n': A.numberFromString(sfn.JsonPath.stringAt('$.n')), ':b': A.fromBinary('YQ=='),
            ':ss': A.fromStringSet(['x', 'y']), ':ns': A.fromNumberSet([1, 2]), ':bs': A.fromBinarySet(['YQ==', 'Yg==']),
            ':m': A.fromMap({ k: A.fromBoolean(true) }), ':l': A.fromList([A.fromNull(true)]), ':bool': A.fromBoolean(false),
            ':bp': A.booleanFromJsonPath(sfn.JsonPath.stringAt('$.flag')), ':lp': A.listFromJsonPath(sfn.JsonPath.stringAt('$.list')),
          },
        };
      }) },
      { name: 'expression attribute values, JSONata', factory: 'jsonata', props: withBase((lib) => {
        const A = lib.DynamoAttributeValue;
        return {
          expressionAttributeValues: {
            ':m': A.mapFromJsonata('{% $states.input.m %}'), ':l': A.listFromJsonata('{% $states.input.l %}'),
            ':b': A.booleanFromJsonata('{% $states.input.b %}'), ':n': A.numberFromString('{% $string($states.input.n) %}'),
          },
        };
      }, task.jsonataBase) },
      { name: 'return consumed capacity INDEXES', props: withBase((lib) => ({ returnConsumedCapacity: lib.DynamoConsumedCapacity.INDEXES })) },
      { name: 'return consumed capacity TOTAL, JSONata', factory: 'jsonata',
        props: withBase((lib) => ({ returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL }), task.jsonataBase) },
      { name: 'return consumed capacity NONE', props: withBase((lib) => ({ returnConsumedCapacity: lib.DynamoConsumedCapacity.NONE })) },
      { name: 'return item collection metrics SIZE', props: withBase((lib) => ({ returnItemCollectionMetrics: lib.DynamoItemCollectionMetrics.SIZE })) },
      { name: 'return item collection metrics NONE', props: withBase((lib) => ({ returnItemCollectionMetrics: lib.DynamoItemCollectionMetrics.NONE })) },
      { name: 'return values NONE', props: withBase((lib) => ({ returnValues: lib.DynamoReturnValues.NONE })) },
      { name: 'return values ALL_OLD', props: withBase((lib) => ({ returnValues: lib.DynamoReturnValues.ALL_OLD })) },
      { name: 'return values ALL_OLD, JSONata', factory: 'jsonata', props: withBase((lib) => ({ returnValues: lib.DynamoReturnValues.ALL_OLD }), task.jsonataBase) },
    );
  }

  // Deliberate differences: where the table is, and names known only at run time.
  const addressedByArn = (arn: string) => (ours: Parameters<NonNullable<Case['differs']>>[0], ref: Parameters<NonNullable<Case['differs']>>[1]) => {
    expect(inputOf(ours).TableName).toBe(arn);
    expect(onlyStatement(ours)).toEqual({ Action: task.action, Effect: 'Allow', Resource: arn });
    const name = arn.split('/')[1];
    expect(inputOf(ref).TableName).toBe(name);
    expect(onlyStatement(ref)).toEqual({ Action: task.action, Effect: 'Allow', Resource: stackTableArn(name) });
  };
  for (const factory of ['new', 'jsonata'] as const) {
    const props = factory === 'jsonata' ? jsonataBase : base;
    cases.push(
      { name: `table in another region, ${factory}`, table: 'otherRegion', factory, props, differs: addressedByArn(OTHER_REGION_ARN) },
      { name: `table in another account, ${factory}`, table: 'otherAccount', factory, props, differs: addressedByArn(OTHER_ACCOUNT_ARN) },
    );
  }
  cases.push(
    { name: 'table imported by ARN into an environment-agnostic stack', table: 'importedArn', props: base, stackProps: { env: undefined },
      differs: (o, r) => {
        expect(inputOf(o).TableName).toBe(SAME_ENV_ARN);
        expect(onlyStatement(o).Resource).toBe(SAME_ENV_ARN);
        expect(inputOf(r).TableName).toBe('imported-table');
      } },
    { name: 'table named by a JSON path', table: 'jsonPathName', props: base, differs: (o, r) => {
      expect(inputOf(o)['TableName.$']).toBe('$.table');
      expect(inputOf(r)['TableName.$']).toBe('$.table');
      expect(onlyStatement(o)).toEqual({ Action: task.action, Effect: 'Allow', Resource: '*' });
      // aws-cdk-lib grants on a table literally named "$.table".
      expect(onlyStatement(r).Resource).toEqual(stackTableArn('$.table'));
    } },
    { name: 'table named by a JSONata expression', table: 'jsonataName', factory: 'jsonata', props: jsonataBase, differs: (o, r) => {
      expect(inputOf(o).TableName).toBe('{% $states.input.table %}');
      expect(inputOf(r).TableName).toBe('{% $states.input.table %}');
      expect(onlyStatement(o).Resource).toBe('*');
      expect(onlyStatement(r).Resource).toEqual(stackTableArn('{% $states.input.table %}'));
    } },
  );
  return cases;
}
