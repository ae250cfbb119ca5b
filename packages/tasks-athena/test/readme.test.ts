import { App, Duration, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { templateStatements } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import {
  AthenaGetQueryExecution,
  AthenaGetQueryResults,
  AthenaStartQueryExecution,
  AthenaStopQueryExecution,
  EncryptionOption,
} from '../src';

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');
    const resultsKey: kms.IKey = new kms.Key(stack, 'ResultsKey');

    const runReport = AthenaStartQueryExecution.jsonPath(stack, 'RunReport', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      queryString: 'SELECT * FROM orders WHERE year = ? AND region = ?',
      executionParameters: ['2024', sfn.JsonPath.stringAt('$.region')],
      queryExecutionContext: { catalogName: 'AwsDataCatalog', databaseName: 'sales' },
      resultConfiguration: {
        outputLocation: { bucketName: 'amzn-s3-demo-bucket', objectKey: 'reports' },
        encryptionConfiguration: { encryptionOption: EncryptionOption.KMS, encryptionKey: resultsKey },
      },
      workGroup: 'analytics',
      resultReuseConfigurationMaxAge: Duration.hours(1),
    });

    const startQuery = AthenaStartQueryExecution.jsonata(stack, 'StartQuery', {
      queryString: '{% "SELECT * FROM " & $states.input.table & " LIMIT 10" %}',
      clientRequestToken: '{% $states.context.Execution.Name %}',
      resultConfiguration: {
        outputLocation: { bucketName: 'amzn-s3-demo-bucket', objectKey: '{% $states.input.prefix %}' },
      },
    });

    const describeQuery = AthenaGetQueryExecution.jsonPath(stack, 'DescribeQuery', {
      queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
    });

    const readResults = AthenaGetQueryResults.jsonata(stack, 'ReadResults', {
      queryExecutionId: '{% $states.input.QueryExecutionId %}',
      nextToken: '{% $states.input.NextToken %}',
      maxResults: 100,
    });

    const stopQuery = new AthenaStopQueryExecution(stack, 'StopQuery', {
      queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
    });

    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(runReport.next(startQuery).next(describeQuery).next(readResults).next(stopQuery)),
    });
    const granted = templateStatements(Template.fromStack(stack));
    expect(granted).toContainEqual({ Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ResultsKey8224AFE5', 'Arn'] } });
    expect(JSON.stringify(granted)).toContain('athena:stopQueryExecution');
  });
});
