import { App, Duration, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  AthenaGetQueryExecution,
  AthenaGetQueryResults,
  AthenaStartQueryExecution,
  AthenaStopQueryExecution,
  EncryptionOption,
  type AthenaStartQueryExecutionProps,
} from '../src';
import { CLIENT_REQUEST_TOKEN } from './fixtures';

type AnyProps = { [key: string]: unknown };

/** A KMS key imported in a stack of its own (the props only need its ARN). */
function importedKey(): kms.IKey {
  return kms.Key.fromKeyArn(new Stack(new App(), 'KeyStack'), 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
}

/** Builds and renders our task, then runs its construct validations as synthesis does. */
function startOurs(props: Partial<AthenaStartQueryExecutionProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  const task = new AthenaStartQueryExecution(stack, 'Query', { queryString: 'SELECT ?', ...props });
  const rendered = stack.resolve(task.toStateJson());
  const errors = task.node.validate();
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return rendered;
}

function startReference(props: Partial<AthenaStartQueryExecutionProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  const task = new reference.AthenaStartQueryExecution(stack, 'Query', { queryString: 'SELECT ?', ...props } as reference.AthenaStartQueryExecutionProps);
  return stack.resolve(task.toStateJson());
}

describe('AthenaStartQueryExecution validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Partial<AthenaStartQueryExecutionProps>, RegExp]> = [
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
        /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['an empty list of execution parameters', { executionParameters: [] }, /`executionParameters` must be a non-empty list, got \[\]/],
      ['an empty execution parameter', { executionParameters: [''] }, /`executionParameters\[0\]` length must be between 1 and 1024 characters, got ''/],
      ['an execution parameter over 1024 characters', { executionParameters: ['valid1', 'database'.repeat(129), 'valid2'] },
        /`executionParameters\[1\]` length must be between 1 and 1024 characters/],
      ['a result reuse age under a minute', { resultReuseConfigurationMaxAge: Duration.millis(200) },
        /`resultReuseConfigurationMaxAge` must be 0 or a whole number of minutes from 1 to 10080 \(7 days\), got 0\.00333\d* minutes \(200 millis\)/],
      ['a result reuse age over 10080 minutes', { resultReuseConfigurationMaxAge: Duration.minutes(10090) },
        /`resultReuseConfigurationMaxAge` must be 0 or a whole number of minutes from 1 to 10080 \(7 days\), got 10090 minutes/],
      ['a result reuse age of a fraction of minutes', { resultReuseConfigurationMaxAge: Duration.seconds(90) },
        /`resultReuseConfigurationMaxAge` must be 0 or a whole number of minutes/],
      ['a deploy-time result reuse age in seconds', { resultReuseConfigurationMaxAge: Duration.seconds(Token.asNumber(Fn.ref('Age'))) },
        /`resultReuseConfigurationMaxAge` from a deploy-time value must be Duration.minutes\(<token>\), got a token in another unit/],
      ['an encryption key with S3-managed encryption', {
        resultConfiguration: { encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED, encryptionKey: importedKey() } },
      }, /`resultConfiguration.encryptionConfiguration.encryptionKey` must be unset when `encryptionOption` is S3_MANAGED \(a KMS key applies to KMS and CLIENT_SIDE_KMS only\), got a key/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
      expect(() => startReference(props)).toThrow();
      expect(() => startOurs(props)).toThrow(message);
    });
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Partial<AthenaStartQueryExecutionProps>, RegExp]> = [
      ['an empty query', { queryString: '' }, /`queryString` must be from 1 to 262144 characters long, got 0 characters/],
      ['a query over 262144 characters', { queryString: 'S'.repeat(262145) }, /`queryString` must be from 1 to 262144 characters long/],
      ['a client request token under 32 characters', { clientRequestToken: 'unique-client-request-token' },
        /`clientRequestToken` must be from 32 to 128 characters long, got 27 characters \('unique-client-request-token'\)/],
      ['a client request token over 128 characters', { clientRequestToken: 't'.repeat(129) }, /`clientRequestToken` must be from 32 to 128/],
      ['a workgroup with a space', { workGroup: 'my group' }, /`workGroup` must be 1 to 128 of a-z, A-Z, 0-9, \., _ and -, got 'my group'/],
      ['an empty workgroup', { workGroup: '' }, /`workGroup` must be 1 to 128/],
      ['a workgroup over 128 characters', { workGroup: 'w'.repeat(129) }, /`workGroup` must be 1 to 128/],
      ['an empty catalog', { queryExecutionContext: { catalogName: '' } },
        /`queryExecutionContext\.catalogName` must be from 1 to 256 characters long, got 0/],
      ['a database over 255 characters', { queryExecutionContext: { databaseName: 'd'.repeat(256) } },
        /`queryExecutionContext\.databaseName` must be from 1 to 255 characters long, got 256/],
      ['a bucket name with capitals', { resultConfiguration: { outputLocation: { bucketName: 'My_Bucket', objectKey: 'k' } } },
        /`resultConfiguration\.outputLocation\.bucketName` must be an S3 bucket name \(3 to 63 of a-z, 0-9, \. and -, starting and ending with a letter or digit\), got 'My_Bucket'/],
      ['an S3 URI as bucket name', { resultConfiguration: { outputLocation: { bucketName: 's3://bucket', objectKey: 'k' } } },
        /must be an S3 bucket name/],
    ];

    it.each(cases)('fails on %s', (_name, props, message) => {
      expect(() => startOurs(props)).toThrow(message);
    });

    it('reports the complaint aws-cdk-lib makes first, when its inputs have more problems', () => {
      const props = { clientRequestToken: 'unique-client-request-token', workGroup: 'primary' };
      expect(() => startOurs({ ...props, executionParameters: [''] })).toThrow(/`executionParameters\[0\]` length must be between 1 and 1024 characters/);
      expect(() => startOurs({ ...props, executionParameters: [] })).toThrow(/`executionParameters` must be a non-empty list/);
    });

    it('reports a client request token Athena rejects when the app synthesizes, not at construction', () => {
      const app = new App();
      const stack = new Stack(app, 'Stack');
      const task = new AthenaStartQueryExecution(stack, 'Query', { queryString: 'SELECT 1', clientRequestToken: 'too-short' });
      expect(stack.resolve(task.toStateJson())).toHaveProperty('Parameters.ClientRequestToken', 'too-short');
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      expect(() => app.synth()).toThrow(/AthenaStartQueryExecution at 'Stack\/Query': `clientRequestToken` must be from 32 to 128/);
    });

    it('rejects the 27-character client request token of aws-cdk-lib\'s own tests, which Athena rejects', () => {
      expect(() => startReference({ clientRequestToken: 'unique-client-request-token' })).not.toThrow();
      expect(() => startOurs({ clientRequestToken: 'unique-client-request-token' })).toThrow(/`clientRequestToken` must be from 32 to 128/);
    });
  });

  it('renders a deploy-time result reuse age in minutes, where the reference fails', () => {
    const props = { resultReuseConfigurationMaxAge: Duration.minutes(Token.asNumber(Fn.ref('Age'))) };
    expect(() => startReference(props)).toThrow(/Duration must be specified as 'Duration.millis\(\)'/);
    expect(startOurs(props)).toMatchObject({
      Parameters: { ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: { Ref: 'Age' } } } },
    });
  });

  it('accepts the bounds and dynamic values', () => {
    expect(() => startOurs({ clientRequestToken: CLIENT_REQUEST_TOKEN, resultReuseConfigurationMaxAge: Duration.minutes(0) })).not.toThrow();
    expect(() => startOurs({ resultReuseConfigurationMaxAge: Duration.days(7), workGroup: 'w.-_1' })).not.toThrow();
    expect(() => startOurs({
      queryString: sfn.JsonPath.stringAt('$.q'),
      clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
      workGroup: sfn.JsonPath.stringAt('$.wg'),
      executionParameters: sfn.JsonPath.listAt('$.p'),
      queryExecutionContext: { databaseName: sfn.JsonPath.stringAt('$.db'), catalogName: sfn.JsonPath.stringAt('$.c') },
      resultConfiguration: { outputLocation: { bucketName: sfn.JsonPath.stringAt('$.b'), objectKey: 'k' } },
    })).not.toThrow();
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      startOurs({ queryString: '' });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^AthenaStartQueryExecution at 'Stack\/Query': /);
  });
});

type Build = (scope: Construct, props: AnyProps) => sfn.State;
const ID_TASKS: Array<[string, Build, Build]> = [
  ['AthenaGetQueryExecution', (s, p) => new AthenaGetQueryExecution(s, 'Query', p as never), (s, p) => new reference.AthenaGetQueryExecution(s, 'Query', p as never)],
  ['AthenaGetQueryResults', (s, p) => new AthenaGetQueryResults(s, 'Query', p as never), (s, p) => new reference.AthenaGetQueryResults(s, 'Query', p as never)],
  ['AthenaStopQueryExecution', (s, p) => new AthenaStopQueryExecution(s, 'Query', p as never), (s, p) => new reference.AthenaStopQueryExecution(s, 'Query', p as never)],
];

function build(task: Build, props: AnyProps): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(task(stack, props).toStateJson());
}

describe('validation of the tasks that take a query execution ID', () => {
  it.each(ID_TASKS)('%s fails on RUN_JOB and WAIT_FOR_TASK_TOKEN, as the reference does', (_name, ours, theReference) => {
    for (const integrationPattern of [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]) {
      expect(() => build(theReference, { queryExecutionId: 'id', integrationPattern })).toThrow();
      expect(() => build(ours, { queryExecutionId: 'id', integrationPattern }))
        .toThrow(new RegExp(`\`integrationPattern\` must be one of REQUEST_RESPONSE, got ${integrationPattern}`));
    }
  });

  it.each(ID_TASKS)('%s fails on an ID Athena rejects', (_name, ours) => {
    expect(() => build(ours, { queryExecutionId: '' })).toThrow(/`queryExecutionId` must be from 1 to 128 characters long, got 0/);
    expect(() => build(ours, { queryExecutionId: 'i'.repeat(129) })).toThrow(/`queryExecutionId` must be from 1 to 128 characters long, got 129/);
    expect(() => build(ours, { queryExecutionId: 'an id' })).toThrow(/`queryExecutionId` must be a query execution ID without white space, got 'an id'/);
  });

  it('AthenaGetQueryResults fails on maxResults out of 1 to 1000 and an empty or long nextToken', () => {
    const [, ours] = ID_TASKS[1];
    expect(() => build(ours, { queryExecutionId: 'id', maxResults: 0 })).toThrow(/`maxResults` must be an integer from 1 to 1000, got 0/);
    expect(() => build(ours, { queryExecutionId: 'id', maxResults: 1001 })).toThrow(/`maxResults` must be an integer from 1 to 1000, got 1001/);
    expect(() => build(ours, { queryExecutionId: 'id', maxResults: 2.5 })).toThrow(/`maxResults` must be an integer/);
    expect(() => build(ours, { queryExecutionId: 'id', nextToken: '' })).toThrow(/`nextToken` must be from 1 to 1024 characters long, got 0/);
    expect(() => build(ours, { queryExecutionId: 'id', nextToken: 'n'.repeat(1025) })).toThrow(/`nextToken` must be from 1 to 1024/);
  });
});
