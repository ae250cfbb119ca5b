import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { S3Location, SageMakerCreateLabelingJob, type HumanTaskConfig, type SageMakerCreateLabelingJobProps } from '../src';

const humanTask: HumanTaskConfig = {
  workteamArn: 'arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/team',
  uiTemplate: S3Location.fromJsonExpression('$.template'),
  preHumanTaskLambdaArn: 'arn:aws:lambda:us-east-1:432418664414:function:PRE-TextMultiClass',
  taskTitle: 'Title',
  taskDescription: 'Description',
  numberOfHumanWorkersPerDataObject: 3,
  taskTimeLimit: Duration.minutes(5),
};
const base: SageMakerCreateLabelingJobProps = {
  labelingJobName: 'my-labeling-job',
  labelAttributeName: 'label',
  inputConfig: { manifest: S3Location.fromJsonExpression('$.manifest') },
  outputConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
  humanTaskConfig: humanTask,
};
const task = (more: Partial<HumanTaskConfig>) => ({ humanTaskConfig: { ...humanTask, ...more } });

function build(props: Partial<SageMakerCreateLabelingJobProps>): SageMakerCreateLabelingJob {
  return new SageMakerCreateLabelingJob(new Stack(new App(), 'Stack'), 'Label', { ...base, ...props });
}

describe('SageMakerCreateLabelingJob validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateLabelingJob at 'Stack\/Label': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['a job name with an underscore', { labelingJobName: 'my_job' }, /`labelingJobName` must be letters, digits and hyphens/],
    ['a job name of 64 characters', { labelingJobName: 'j'.repeat(64) }, /`labelingJobName` must be from 1 to 63 characters long, got 64/],
    ['a label attribute of 128 characters', { labelAttributeName: 'l'.repeat(128) }, /`labelAttributeName` must be from 1 to 127 characters long, got 128/],
    ['a label attribute with a dot', { labelAttributeName: 'my.label' }, /`labelAttributeName` must be letters, digits and hyphens/],
    ['no input', { inputConfig: {} }, /`inputConfig` must set exactly one of `manifest` and `snsTopicArn`, got neither/],
    ['two inputs', { inputConfig: { manifest: S3Location.fromJsonExpression('$.m'), snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } }, /`inputConfig` must set exactly one of `manifest` and `snsTopicArn`, got both/],
    ['no UI', task({ uiTemplate: undefined }), /`humanTaskConfig` must set exactly one of `uiTemplate` and `humanTaskUiArn`, got neither/],
    ['two UIs', task({ humanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/X' }), /got both/],
    ['an empty title', task({ taskTitle: '' }), /`humanTaskConfig.taskTitle` must be from 1 to 128 characters long, got 0/],
    ['a description of 256 characters', task({ taskDescription: 'd'.repeat(256) }), /`humanTaskConfig.taskDescription` must be from 1 to 255 characters long, got 256/],
    ['6 keywords', task({ taskKeywords: ['a', 'b', 'c', 'd', 'e', 'f'] }), /`humanTaskConfig.taskKeywords` must have from 1 to 5 items, got 6/],
    ['a keyword of 31 characters', task({ taskKeywords: ['k'.repeat(31)] }), /`humanTaskConfig.taskKeywords\[0\]` must be from 1 to 30 characters long, got 31/],
    ['10 workers per object', task({ numberOfHumanWorkersPerDataObject: 10 }), /`humanTaskConfig.numberOfHumanWorkersPerDataObject` must be an integer from 1 to 9, got 10/],
    ['a time limit of 20 seconds', task({ taskTimeLimit: Duration.seconds(20) }), /`humanTaskConfig.taskTimeLimit` must be a whole number of seconds from 30 to 28800, got 20 seconds/],
    ['a lifetime of 11 days', task({ taskAvailabilityLifetime: Duration.days(11) }), /`humanTaskConfig.taskAvailabilityLifetime` must be a whole number of seconds from 60 to 864000, got 950400 seconds/],
    ['5001 concurrent tasks', task({ maxConcurrentTaskCount: 5001 }), /`humanTaskConfig.maxConcurrentTaskCount` must be an integer from 1 to 5000, got 5001/],
    ['a price of 3 dollars', task({ publicWorkforceTaskPrice: { dollars: 3 } }), /`humanTaskConfig.publicWorkforceTaskPrice.dollars` must be an integer from 0 to 2, got 3/],
    ['100 cents', task({ publicWorkforceTaskPrice: { cents: 100 } }), /`humanTaskConfig.publicWorkforceTaskPrice.cents` must be an integer from 0 to 99, got 100/],
    ['0 labeled objects', { stoppingConditions: { maxHumanLabeledObjectCount: 0 } }, /`stoppingConditions.maxHumanLabeledObjectCount` must be an integer of at least 1, got 0/],
    ['101 percent', { stoppingConditions: { maxPercentageOfInputDatasetLabeled: 101 } }, /`stoppingConditions.maxPercentageOfInputDatasetLabeled` must be an integer from 1 to 100, got 101/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => build(props as Partial<SageMakerCreateLabelingJobProps>)).toThrow(error);
  });

  it('accepts a label attribute with the -ref suffix and JSON path names', () => {
    expect(() => build({ labelAttributeName: 'label-ref', labelingJobName: sfn.JsonPath.stringAt('$.name') })).not.toThrow();
  });
});
