import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { AthenaGetQueryResults, AthenaStartQueryExecution } from '../src';

describe('Athena tasks offline (@cdk-stepfunctions/testing)', () => {
  it('run a query to its end and read its rows through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const query = AthenaStartQueryExecution.jsonPath(stack, 'Run report', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      queryString: 'SELECT sku FROM orders',
      resultConfiguration: { outputLocation: { bucketName: 'reports', objectKey: 'athena' } },
      resultSelector: { 'id.$': '$.QueryExecution.QueryExecutionId', 'state.$': '$.QueryExecution.Status.State' },
      resultPath: '$.query',
    });
    const rows = AthenaGetQueryResults.jsonPath(stack, 'Read rows', {
      queryExecutionId: sfn.JsonPath.stringAt('$.query.id'),
      resultSelector: { 'rows.$': '$.ResultSet.Rows[*].Data[0].VarCharValue' },
    });

    const run = await runStateMachine(query.next(rows), {
      mocks: [
        mock(query).returns({ QueryExecution: { QueryExecutionId: 'q-1', Status: { State: 'SUCCEEDED' } } }),
        mock(rows).returns({ ResultSet: { Rows: [{ Data: [{ VarCharValue: 'sku' }] }, { Data: [{ VarCharValue: 'book' }] }] } }),
      ],
    });

    expect(run).toHaveSucceeded({ rows: ['sku', 'book'] });
    expect(run).toHaveCalled(rows, { QueryExecutionId: 'q-1' });
    expect(run.calls('Run report')[0].resource).toBe('arn:aws:states:::athena:startQueryExecution.sync');
  });
});
