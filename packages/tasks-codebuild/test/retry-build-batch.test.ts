import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, definitionOf, inMap, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildRetryBuildBatch, RetryBuildBatchType, type CodeBuildRetryBuildBatchProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const BATCH_ID = 'MyProject:0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const retry = (props: Partial<CodeBuildRetryBuildBatchProps> = {}) => new CodeBuildRetryBuildBatch(stack, 'Retry', { buildBatchId: BATCH_ID, ...props });
const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;

/** The exact resources AWS documents: `arn:aws:states:::codebuild:retryBuildBatch` and its `.sync`. */
const RETRY = partitionArn(':states:::codebuild:retryBuildBatch');
const RETRY_SYNC = partitionArn(':states:::codebuild:retryBuildBatch.sync');
const PROJECT_ARN = partitionArn(':codebuild:us-east-1:123456789012:project/MyProject');

describe('CodeBuildRetryBuildBatch', () => {
  it('renders the retryBuildBatch state with the batch build ID', () => {
    expect(render(retry())).toEqual({ Type: 'Task', End: true, Resource: RETRY, Parameters: { Id: BATCH_ID } });
  });

  it('renders RUN_JOB as retryBuildBatch.sync', () => {
    expect(render(retry({ integrationPattern: RUN_JOB }))).toEqual({ Type: 'Task', End: true, Resource: RETRY_SYNC, Parameters: { Id: BATCH_ID } });
  });

  it('renders the retry type and the idempotency token', () => {
    const task = retry({ retryType: RetryBuildBatchType.RETRY_FAILED_BUILDS, idempotencyToken: sfn.JsonPath.stringAt('$$.Execution.Name') });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: RETRY,
      Parameters: { 'Id': BATCH_ID, 'IdempotencyToken.$': '$$.Execution.Name', 'RetryType': 'RETRY_FAILED_BUILDS' },
    });
  });

  it('renders the JSONata state, RUN_JOB', () => {
    const task = CodeBuildRetryBuildBatch.jsonata(stack, 'Retry', {
      buildBatchId: '{% $states.input.BuildBatch.Id %}',
      idempotencyToken: '{% $states.context.Execution.Name %}',
      retryType: RetryBuildBatchType.RETRY_ALL_BUILDS,
      integrationPattern: RUN_JOB,
      ...commonJsonataProps({ comment: 'again', outputs: '{% $states.result.BuildBatch %}', assign: { batch: '{% $states.result %}' }, credentials: false }),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Comment: 'again',
      End: true,
      Resource: RETRY_SYNC,
      Output: '{% $states.result.BuildBatch %}',
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Assign: { batch: '{% $states.result %}' },
      Arguments: {
        Id: '{% $states.input.BuildBatch.Id %}',
        IdempotencyToken: '{% $states.context.Execution.Name %}',
        RetryType: 'RETRY_ALL_BUILDS',
      },
    });
  });

  it('renders Arguments inside a Map of a JSONata state machine', () => {
    const definition = definitionOf(inMap(stack, retry()), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition.States.Map.ItemProcessor.States.Retry).toMatchObject({ Arguments: { Id: BATCH_ID } });
  });

  describe('permissions', () => {
    it('grants only codebuild:RetryBuildBatch for REQUEST_RESPONSE', () => {
      expect(statements(retry())).toEqual([{ Action: 'codebuild:RetryBuildBatch', Effect: 'Allow', Resource: PROJECT_ARN }]);
    });

    it('grants RetryBuildBatch, StopBuildBatch and BatchGetBuildBatches for RUN_JOB, as the IAM templates list', () => {
      expect(statements(retry({ integrationPattern: RUN_JOB }))).toEqual([
        { Action: ['codebuild:RetryBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'], Effect: 'Allow', Resource: PROJECT_ARN },
      ]);
    });

    it('grants on the given project for a run-time batch build ID', () => {
      const task = retry({ buildBatchId: sfn.JsonPath.stringAt('$.id'), project: makeProject(stack, 'byName'), integrationPattern: RUN_JOB });
      expect(statements(task)).toEqual([
        {
          Action: ['codebuild:RetryBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'],
          Effect: 'Allow',
          Resource: partitionArn(':codebuild:us-east-1:123456789012:project/NamedProject'),
        },
      ]);
    });

    it('grants on every project of the account and region for a run-time batch build ID', () => {
      expect(statements(retry({ buildBatchId: sfn.JsonPath.stringAt('$.id') }))).toEqual([
        { Action: 'codebuild:RetryBuildBatch', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });
  });
});

describe('RetryBuildBatchType', () => {
  it('has the values of the API', () => {
    expect(Object.values(RetryBuildBatchType)).toEqual(['RETRY_ALL_BUILDS', 'RETRY_FAILED_BUILDS']);
  });
});
