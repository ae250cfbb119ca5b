import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { definitionOf, inMap, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AthenaStartQueryExecution, EncryptionOption, type AthenaStartQueryExecutionProps } from '../src';
import { CLIENT_REQUEST_TOKEN, resource, s3Arn, stackArn } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function start(props: Partial<AthenaStartQueryExecutionProps> = {}): AthenaStartQueryExecution {
  return new AthenaStartQueryExecution(stack, 'Query', { queryString: 'CREATE DATABASE database', ...props });
}

const GLUE_ACTIONS = [
  'glue:BatchCreatePartition', 'glue:BatchDeletePartition', 'glue:BatchDeleteTable', 'glue:BatchGetPartition',
  'glue:CreateDatabase', 'glue:CreatePartition', 'glue:CreateTable', 'glue:DeleteDatabase', 'glue:DeletePartition',
  'glue:DeleteTable', 'glue:GetDatabase', 'glue:GetDatabases', 'glue:GetPartition', 'glue:GetPartitions',
  'glue:GetTable', 'glue:GetTables', 'glue:UpdateDatabase', 'glue:UpdatePartition', 'glue:UpdateTable',
];

/** The statements of a task in the default catalog, workgroup and database, writing to `objects`. */
function expectedStatements(options: { objects?: unknown; bucket?: unknown; runJob?: boolean; catalog?: string; workGroup?: string; database?: string } = {}) {
  const database = options.database ?? 'default';
  const tables = database === '*' ? '*' : `${database}/*`;
  return [
    {
      Action: ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution', ...(options.runJob ? ['athena:stopQueryExecution'] : [])],
      Effect: 'Allow',
      Resource: [stackArn('athena', `datacatalog/${options.catalog ?? 'AwsDataCatalog'}`), stackArn('athena', `workgroup/${options.workGroup ?? 'primary'}`)],
    },
    { Action: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject'], Effect: 'Allow', Resource: '*' },
    {
      Action: ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'],
      Effect: 'Allow',
      Resource: options.objects ?? '*',
    },
    ...(options.bucket ? [{ Action: 's3:ListBucketMultipartUploads', Effect: 'Allow', Resource: options.bucket }] : []),
    { Action: 'lakeformation:GetDataAccess', Effect: 'Allow', Resource: '*' },
    {
      Action: GLUE_ACTIONS,
      Effect: 'Allow',
      Resource: [
        stackArn('glue', 'catalog'), stackArn('glue', `database/${database}`), stackArn('glue', `table/${tables}`),
        stackArn('glue', `userDefinedFunction/${tables}`),
      ],
    },
  ];
}

describe('AthenaStartQueryExecution', () => {
  it('renders the minimal JSONPath state, with an empty result configuration as aws-cdk-lib does', () => {
    expect(render(start())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startQueryExecution'),
      Parameters: { QueryString: 'CREATE DATABASE database', ResultConfiguration: {} },
    });
  });

  it('renders every field', () => {
    const task = start({
      clientRequestToken: CLIENT_REQUEST_TOKEN,
      queryExecutionContext: { databaseName: 'mydatabase', catalogName: 'AwsDataCatalog' },
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED },
        outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
      },
      workGroup: 'primary',
      executionParameters: ['database'],
      resultReuseConfigurationMaxAge: Duration.minutes(60),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startQueryExecution'),
      Parameters: {
        QueryString: 'CREATE DATABASE database',
        ClientRequestToken: CLIENT_REQUEST_TOKEN,
        QueryExecutionContext: { Database: 'mydatabase', Catalog: 'AwsDataCatalog' },
        ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' }, OutputLocation: 's3://query-results-bucket/folder/' },
        WorkGroup: 'primary',
        ExecutionParameters: ['database'],
        ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: 60 } },
      },
    });
  });

  it('renders the RUN_JOB resource', () => {
    const task = start({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      queryExecutionContext: { databaseName: 'mydatabase' },
      resultConfiguration: { encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED } },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startQueryExecution.sync'),
      Parameters: {
        QueryString: 'CREATE DATABASE database',
        QueryExecutionContext: { Database: 'mydatabase' },
        ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
      },
    });
  });

  it('renders the JSONata state', () => {
    const task = AthenaStartQueryExecution.jsonata(stack, 'Query', {
      queryString: '{% $states.input.query %}',
      executionParameters: ['{% $states.input.year %}'],
      workGroup: '{% $states.input.workGroup %}',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('startQueryExecution'),
      Arguments: {
        QueryString: '{% $states.input.query %}',
        ResultConfiguration: {},
        WorkGroup: '{% $states.input.workGroup %}',
        ExecutionParameters: ['{% $states.input.year %}'],
      },
    });
  });

  it('omits the query execution context without a catalog or database', () => {
    expect(render(start({ queryExecutionContext: {} })).Parameters).not.toHaveProperty('QueryExecutionContext');
  });

  it('renders execution parameters from JsonPath.listAt() and from JSON paths', () => {
    expect(render(start({ executionParameters: sfn.JsonPath.listAt('$.executionParameters') })).Parameters['ExecutionParameters.$'])
      .toBe('$.executionParameters');
    const task = new AthenaStartQueryExecution(stack, 'Other', { queryString: 'SELECT ?, ?', executionParameters: ['a', sfn.JsonPath.stringAt('$.b')] });
    expect(render(task).Parameters['ExecutionParameters.$']).toBe("States.Array('a', $.b)");
  });

  it('renders an output location read from the state input', () => {
    const task = start({ resultConfiguration: { outputLocation: { bucketName: sfn.JsonPath.stringAt('$.bucket'), objectKey: 'results' } } });
    expect(render(task).Parameters.ResultConfiguration).toEqual({ 'OutputLocation.$': "States.Format('s3://{}/{}/', $.bucket, 'results')" });
    const jsonata = AthenaStartQueryExecution.jsonata(stack, 'Jsonata', {
      queryString: 'SELECT 1',
      resultConfiguration: { outputLocation: { bucketName: 'bucket', objectKey: '{% $states.input.prefix %}' } },
    });
    expect(render(jsonata).Arguments.ResultConfiguration).toEqual({ OutputLocation: '{% "s3://" & "bucket" & "/" & ($states.input.prefix) & "/" %}' });
  });

  it('renders the KMS key by its ARN', () => {
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    const task = start({ resultConfiguration: { encryptionConfiguration: { encryptionOption: EncryptionOption.KMS, encryptionKey: key } } });
    expect(render(task).Parameters.ResultConfiguration).toEqual({
      EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    });
  });

  it('follows a JSONata state machine when nested in a Map', () => {
    const definition = definitionOf(inMap(stack, start()), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition.States.Map.ItemProcessor.States.Query.Arguments).toEqual({ QueryString: 'CREATE DATABASE database', ResultConfiguration: {} });
  });

  describe('IAM', () => {
    it('grants Athena on the primary workgroup and default catalog, S3, Lake Formation and Glue on the default database', () => {
      expect(normalize(statements(start()))).toEqual(normalize(expectedStatements()));
    });

    it('grants athena:stopQueryExecution for RUN_JOB, so stopping the execution stops the query', () => {
      expect(normalize(statements(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(normalize(expectedStatements({ runJob: true })));
    });

    it('grants writes under the output location, and the bucket-level action on its bucket', () => {
      const task = start({
        clientRequestToken: CLIENT_REQUEST_TOKEN,
        resultConfiguration: { outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' } },
      });
      expect(normalize(statements(task))).toEqual(normalize(expectedStatements({
        objects: s3Arn('query-results-bucket/folder/*'), bucket: s3Arn('query-results-bucket'),
      })));
    });

    it('grants on the named catalog, workgroup and database', () => {
      const task = start({ workGroup: 'analytics', queryExecutionContext: { catalogName: 'MyCatalog', databaseName: 'sales' } });
      expect(normalize(statements(task))).toEqual(normalize(expectedStatements({ catalog: 'MyCatalog', workGroup: 'analytics', database: 'sales' })));
    });

    it('grants on every catalog, workgroup, database and object for names read at run time', () => {
      const task = start({
        workGroup: sfn.JsonPath.stringAt('$.wg'),
        queryExecutionContext: { catalogName: sfn.JsonPath.stringAt('$.catalog'), databaseName: sfn.JsonPath.stringAt('$.db') },
        resultConfiguration: { outputLocation: { bucketName: sfn.JsonPath.stringAt('$.bucket'), objectKey: 'k' } },
      });
      expect(normalize(statements(task))).toEqual(normalize(expectedStatements({ catalog: '*', workGroup: '*', database: '*' })));
    });

    it('grants on the whole bucket for a key read at run time', () => {
      const task = start({ resultConfiguration: { outputLocation: { bucketName: 'b-1', objectKey: sfn.JsonPath.stringAt('$.prefix') } } });
      expect(normalize(statements(task))).toEqual(normalize(expectedStatements({ objects: s3Arn('b-1/*'), bucket: s3Arn('b-1') })));
    });

    it.each([EncryptionOption.KMS, EncryptionOption.CLIENT_SIDE_KMS])('grants the KMS data key actions on the %s key', (encryptionOption) => {
      const key = new kms.Key(stack, 'Key');
      const task = start({ resultConfiguration: { encryptionConfiguration: { encryptionOption, encryptionKey: key } } });
      expect(statements(task)).toContainEqual({ Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } });
    });

    it('grants nothing on KMS with S3 managed encryption, and rejects a key there', () => {
      expect(JSON.stringify(statements(start({ resultConfiguration: { encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED } } })))).not.toContain('kms:');
      stack = new Stack(new App(), 'Stack');
      const key = new kms.Key(stack, 'Key');
      expect(() => start({ resultConfiguration: { encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED, encryptionKey: key } } }))
        .toThrow(/`resultConfiguration.encryptionConfiguration.encryptionKey` must be unset when `encryptionOption` is S3_MANAGED/);
    });

    it('differs from aws-cdk-lib, which cannot render a KMS key', () => {
      const key = new kms.Key(stack, 'Key');
      const task = new reference.AthenaStartQueryExecution(stack, 'Reference', {
        queryString: 'SELECT 1',
        resultConfiguration: { encryptionConfiguration: { encryptionOption: reference.EncryptionOption.KMS, encryptionKey: key } },
      });
      expect(() => render(task)).toThrow(/Resolution error/);
    });
  });
});
