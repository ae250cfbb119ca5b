import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import {
  EmrServerlessApplicationType,
  EmrServerlessCancelJobRun,
  EmrServerlessCreateApplication,
  EmrServerlessDeleteApplication,
  EmrServerlessJobDriver,
  EmrServerlessStartApplication,
  EmrServerlessStartJobRun,
  EmrServerlessStopApplication,
} from '../src';
import { newStack } from './fixtures';

/*
 * The Task states of the Step Functions developer guide's EMR Serverless page, as our tasks render them in a JSONata
 * state machine. See https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html.
 */

const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;
const APPLICATION_ID = '00yv7iv71inak893';
const resource = (action: string) => `arn:X:states:::emr-serverless:${action}.sync`;

describe('the developer guide examples', () => {
  it('render as documented', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/myEMRServerless-execution-role');
    const states = [
      EmrServerlessCreateApplication.jsonata(stack, 'Create_Application', {
        name: 'MyApplication', releaseLabel: 'emr-6.9.0', type: EmrServerlessApplicationType.SPARK, integrationPattern: RUN_JOB,
      }),
      EmrServerlessStartApplication.jsonata(stack, 'Start_Application', { applicationId: APPLICATION_ID, integrationPattern: RUN_JOB }),
      EmrServerlessStartJobRun.jsonata(stack, 'Start_Job', {
        applicationId: APPLICATION_ID,
        executionRole: role,
        jobDriver: EmrServerlessJobDriver.sparkSubmit({
          entryPoint: 's3://amzn-s3-demo-bucket/sample.py',
          entryPointArguments: sfn.TaskInput.fromObject(['1']),
          sparkSubmitParameters: '--conf spark.executor.cores=4 --conf spark.executor.memory=4g --conf spark.driver.cores=2 ' +
            '--conf spark.driver.memory=4g --conf spark.executor.instances=1',
        }),
      }),
      EmrServerlessCancelJobRun.jsonata(stack, 'Cancel_Job', {
        applicationId: '{% $states.input.ApplicationId %}', jobRunId: '{% $states.input.JobRunId %}', integrationPattern: RUN_JOB,
      }),
      EmrServerlessStopApplication.jsonata(stack, 'Stop_Application', { applicationId: APPLICATION_ID, integrationPattern: RUN_JOB }),
      EmrServerlessDeleteApplication.jsonata(stack, 'Delete_Application', { applicationId: APPLICATION_ID, integrationPattern: RUN_JOB }),
    ];
    const chain = states.slice(1).reduce((c: sfn.Chain, state) => c.next(state), sfn.Chain.start(states[0]));
    const definition = definitionOf(chain, { queryLanguage: sfn.QueryLanguage.JSONATA });

    expect(definition.States.Create_Application).toEqual({
      Type: 'Task', Next: 'Start_Application', Resource: resource('createApplication'),
      Arguments: { Name: 'MyApplication', ReleaseLabel: 'emr-6.9.0', Type: 'SPARK' },
    });
    expect(definition.States.Start_Application).toEqual({
      Type: 'Task', Next: 'Start_Job', Resource: resource('startApplication'), Arguments: { ApplicationId: APPLICATION_ID },
    });
    expect(definition.States.Start_Job).toEqual({
      Type: 'Task', Next: 'Cancel_Job', Resource: resource('startJobRun'),
      Arguments: {
        ApplicationId: APPLICATION_ID,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/myEMRServerless-execution-role',
        JobDriver: {
          SparkSubmit: {
            EntryPoint: 's3://amzn-s3-demo-bucket/sample.py',
            EntryPointArguments: ['1'],
            SparkSubmitParameters: '--conf spark.executor.cores=4 --conf spark.executor.memory=4g --conf spark.driver.cores=2 ' +
              '--conf spark.driver.memory=4g --conf spark.executor.instances=1',
          },
        },
      },
    });
    expect(definition.States.Cancel_Job).toEqual({
      Type: 'Task', Next: 'Stop_Application', Resource: resource('cancelJobRun'),
      Arguments: { ApplicationId: '{% $states.input.ApplicationId %}', JobRunId: '{% $states.input.JobRunId %}' },
    });
    expect(definition.States.Stop_Application).toEqual({
      Type: 'Task', Next: 'Delete_Application', Resource: resource('stopApplication'), Arguments: { ApplicationId: APPLICATION_ID },
    });
    expect(definition.States.Delete_Application).toEqual({
      Type: 'Task', End: true, Resource: resource('deleteApplication'), Arguments: { ApplicationId: APPLICATION_ID },
    });
  });
});
