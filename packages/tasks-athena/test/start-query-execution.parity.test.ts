import { CfnParameter, Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { type ParitySnapshot, statementsFor } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { type AnyProps, type Case, type Lib, checkParity, inputOf } from './parity-helpers';

const query = { queryString: 'SELECT 1' };
const location = { bucketName: 'query-results-bucket', objectKey: 'folder' };
const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'run the query',
  stateName: 'Run the query',
  resultSelector: { id: sfn.JsonPath.stringAt('$.QueryExecutionId') },
  assign: { queryId: sfn.JsonPath.stringAt('$.QueryExecutionId') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'run the query',
  outputs: '{% $states.result.QueryExecutionId %}',
  assign: { queryId: '{% $states.result.QueryExecutionId %}' },
});
const p = (props: AnyProps | ((lib: Lib, scope: Construct) => AnyProps)) => (scope: Construct, lib: Lib) =>
  ({ ...query, ...(typeof props === 'function' ? props(lib, scope) : props) });

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };

/**
 * The one difference of a static output location: `s3:ListBucketMultipartUploads` on the bucket itself, a
 * bucket-level action that aws-cdk-lib grants only on the objects of the prefix, where it grants nothing.
 */
const grantsTheBucket = (bucketArn: unknown) => (ours: ParitySnapshot, ref: ParitySnapshot) => {
  expect(ours.state).toEqual(ref.state);
  expect(ours.template).toEqual(ref.template);
  expect(ours.statements).toEqual([
    ...ref.statements.slice(0, 3),
    { Action: 's3:ListBucketMultipartUploads', Effect: 'Allow', Resource: bucketArn },
    ...ref.statements.slice(3),
  ]);
};
const s3Arn = (bucket: unknown) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', bucket]] });
const RESULTS_BUCKET = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::query-results-bucket']] };

const cases: Case[] = [];
// Every factory and pattern (RUN_JOB is a deliberate difference, below).
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: p({}) },
    { name: `REQUEST_RESPONSE, ${factory}`, factory, props: p({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
    { name: `every static option, ${factory}`, factory, props: p((lib) => ({
      clientRequestToken: 'a'.repeat(32),
      queryExecutionContext: { catalogName: 'MyCatalog', databaseName: 'mydatabase' },
      resultConfiguration: { encryptionConfiguration: { encryptionOption: lib.EncryptionOption.S3_MANAGED }, outputLocation: location },
      workGroup: 'analytics',
      executionParameters: ['a', 'b'],
      resultReuseConfigurationMaxAge: Duration.minutes(60),
    })), differs: grantsTheBucket(RESULTS_BUCKET) },
  );
}
cases.push(
  // Each option alone.
  { name: 'client request token', props: p({ clientRequestToken: 'c0ffee00-1234-4321-abcd-0123456789ab' }) },
  { name: 'client request token from a JSON path', props: p({ clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name') }) },
  { name: 'client request token, JSONata', factory: 'jsonata', props: p({ clientRequestToken: '{% $states.context.Execution.Name %}' }) },
  { name: 'database only', props: p({ queryExecutionContext: { databaseName: 'mydatabase' } }) },
  { name: 'catalog only', props: p({ queryExecutionContext: { catalogName: 'AwsDataCatalog' } }) },
  { name: 'empty query execution context', props: p({ queryExecutionContext: {} }) },
  { name: 'empty result configuration', props: p({ resultConfiguration: {} }) },
  { name: 'output location only', props: p({ resultConfiguration: { outputLocation: location } }), differs: grantsTheBucket(RESULTS_BUCKET) },
  { name: 'output location with a nested key', props: p({ resultConfiguration: { outputLocation: { bucketName: 'my.results-bucket', objectKey: 'a/b/c' } } }),
    differs: grantsTheBucket({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::my.results-bucket']] }) },
  { name: 'output location of a deploy-time bucket name (a token)', props: (scope) => ({
    ...query, resultConfiguration: { outputLocation: { bucketName: new CfnParameter(scope, 'Bucket').valueAsString, objectKey: 'k' } },
  }), differs: grantsTheBucket(s3Arn({ Ref: 'Bucket' })) },
  { name: 'SSE_S3 only', props: p((lib) => ({ resultConfiguration: { encryptionConfiguration: { encryptionOption: lib.EncryptionOption.S3_MANAGED } } })) },
  { name: 'SSE_KMS without a key', props: p((lib) => ({ resultConfiguration: { encryptionConfiguration: { encryptionOption: lib.EncryptionOption.KMS } } })) },
  { name: 'CSE_KMS without a key', props: p((lib) => ({ resultConfiguration: { encryptionConfiguration: { encryptionOption: lib.EncryptionOption.CLIENT_SIDE_KMS } } })) },
  { name: 'work group', props: p({ workGroup: 'primary' }) },
  { name: 'work group from a deploy-time token', props: (scope) => ({ ...query, workGroup: new CfnParameter(scope, 'WorkGroup').valueAsString }) },
  { name: 'execution parameters', props: p({ queryString: 'SELECT * FROM t WHERE a = ? AND b = ?', executionParameters: ['param1', 'param2'] }) },
  { name: 'execution parameters from JsonPath.listAt()', props: p({ executionParameters: sfn.JsonPath.listAt('$.parameters') }) },
  { name: 'execution parameters, JSONata', factory: 'jsonata', props: p({ executionParameters: ['{% $states.input.a %}', 'b'] }) },
  { name: 'execution parameters, longest', props: p({ executionParameters: ['x'.repeat(1024)] }) },
  { name: 'result reuse 0 minutes', props: p({ resultReuseConfigurationMaxAge: Duration.minutes(0) }) },
  { name: 'result reuse 1 minute', props: p({ resultReuseConfigurationMaxAge: Duration.minutes(1) }) },
  { name: 'result reuse 60 seconds', props: p({ resultReuseConfigurationMaxAge: Duration.seconds(60) }) },
  { name: 'result reuse 7 days', props: p({ resultReuseConfigurationMaxAge: Duration.days(7) }) },
  { name: 'result reuse 10080 minutes, JSONata', factory: 'jsonata', props: p({ resultReuseConfigurationMaxAge: Duration.minutes(10080) }) },
  // Values from the state input.
  { name: 'query string from a JSON path', props: p({ queryString: sfn.JsonPath.stringAt('$.queryString') }) },
  { name: 'query string from JsonPath.format', props: p({ queryString: sfn.JsonPath.format('select contacts where year={};', sfn.JsonPath.stringAt('$.year')) }) },
  { name: 'query string, JSONata', factory: 'jsonata', props: p({ queryString: '{% "SELECT * FROM " & $states.input.table %}' }) },
  { name: 'a query with quotes and new lines', props: p({ queryString: 'SELECT "a"\nFROM \'t\'' }) },
  { name: 'the longest query string', props: p({ queryString: 'S'.repeat(262144) }) },
  // Common state props and placements.
  { name: 'every common JSONPath prop', props: (s, lib) => ({ ...p({})(s, lib), ...commonJsonPath(s) }) },
  { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: (s, lib) => ({ ...p({})(s, lib), ...commonJsonPath(s) }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: (s, lib) => ({ ...p({})(s, lib), ...commonJsonata() }) },
  { name: 'dynamic JSONPath timeouts', props: p({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.heartbeat') }) },
  { name: 'deprecated timeout', props: p({ timeout: Duration.minutes(30) }) },
  { name: 'discarded result', props: p({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'queryLanguage JSONata on the constructor', props: p({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'queryLanguage JSONPath on the constructor', props: p({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'JSONata state machine, jsonata()', factory: 'jsonata', props: p({}), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, constructor', props: p({}), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'inside a JSONPath Map', props: p({ queryString: sfn.JsonPath.stringAt('$.q') }), wrap: inMap },
  { name: 'inside a JSONPath Parallel', props: p({}), wrap: inParallel },
  { name: 'inside a JSONPath Map, JSONata task', factory: 'jsonata', props: p({}), wrap: inMap },
  { name: 'inside a JSONata Map, jsonata()', factory: 'jsonata', props: p({}), wrap: inJsonataMap },
  // The reference README.
  { name: 'README: Start Athena Query', props: p((lib) => ({
    queryString: sfn.JsonPath.stringAt('$.queryString'),
    queryExecutionContext: { databaseName: 'mydatabase' },
    resultConfiguration: {
      encryptionConfiguration: { encryptionOption: lib.EncryptionOption.S3_MANAGED },
      outputLocation: { bucketName: 'amzn-s3-demo-bucket', objectKey: 'folder' },
    },
    executionParameters: ['param1', 'param2'],
  })), differs: grantsTheBucket({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::amzn-s3-demo-bucket']] }) },
  { name: 'README: Start Athena Query with result reuse', props: p((lib) => ({
    queryString: sfn.JsonPath.stringAt('$.queryString'),
    queryExecutionContext: { databaseName: 'mydatabase' },
    resultConfiguration: { encryptionConfiguration: { encryptionOption: lib.EncryptionOption.S3_MANAGED } },
    executionParameters: ['param1', 'param2'],
    resultReuseConfigurationMaxAge: Duration.minutes(100),
  })) },
);

// Deliberate differences.
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push({ name: `RUN_JOB, ${factory}`, factory, props: p(RUN_JOB), differs: (ours, ref) => {
    expect(ours.state).toEqual(ref.state);
    expect(statementsFor(ours, 'athena:stopQueryExecution')).toHaveLength(1);
    expect(statementsFor(ref, 'athena:stopQueryExecution')).toHaveLength(0);
    expect(ours.statements.slice(1)).toEqual(ref.statements.slice(1));
  } });
}
cases.push(
  { name: 'RUN_JOB with every option', props: p((lib) => ({
    ...RUN_JOB, workGroup: 'wg', queryExecutionContext: { catalogName: 'c', databaseName: 'd' },
    resultConfiguration: { outputLocation: location, encryptionConfiguration: { encryptionOption: lib.EncryptionOption.S3_MANAGED } },
  })), differs: (ours, ref) => {
    expect(ours.state).toEqual(ref.state);
    expect((ours.statements[0] as AnyProps).Action).toEqual([
      'athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution', 'athena:stopQueryExecution',
    ]);
    expect((ours.statements[0] as AnyProps).Resource).toEqual((ref.statements[0] as AnyProps).Resource);
  } },
  { name: 'RUN_JOB with an output location', props: p({ ...RUN_JOB, resultConfiguration: { outputLocation: location } }), differs: (ours, ref) => {
    expect(ours.state).toEqual(ref.state);
    expect(statementsFor(ours, 'athena:stopQueryExecution')).toHaveLength(1);
    expect(statementsFor(ours, 's3:ListBucketMultipartUploads')).toContainEqual({ Action: 's3:ListBucketMultipartUploads', Effect: 'Allow', Resource: RESULTS_BUCKET });
  } },
  { name: 'run-time work group, catalog and database: granted on *', props: p({
    workGroup: sfn.JsonPath.stringAt('$.wg'),
    queryExecutionContext: { catalogName: sfn.JsonPath.stringAt('$.catalog'), databaseName: sfn.JsonPath.stringAt('$.db') },
  }), differs: (ours, ref) => {
    expect(ours.state).toEqual(ref.state);
    expect(JSON.stringify(ours.statements)).not.toContain('$.');
    expect(JSON.stringify(ref.statements)).toContain('workgroup/$.wg');
    expect(JSON.stringify(ours.statements)).toContain('workgroup/*');
  } },
  { name: 'JSONata output location: one expression (aws-cdk-lib renders it as text)', factory: 'jsonata', props: p({
    resultConfiguration: { outputLocation: { bucketName: '{% $states.input.bucket %}', objectKey: 'folder' } },
  }), differs: (ours, ref) => {
    expect((inputOf(ours).ResultConfiguration as AnyProps).OutputLocation).toBe('{% "s3://" & ($states.input.bucket) & "/" & "folder" & "/" %}');
    expect((inputOf(ref).ResultConfiguration as AnyProps).OutputLocation).toBe('s3://{% $states.input.bucket %}/folder/');
    expect(statementsFor(ours, 's3:PutObject')[0].Resource).toBe('*');
  } },
);

describe('AthenaStartQueryExecution parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('AthenaStartQueryExecution', c);
  });

  it('covers at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});
