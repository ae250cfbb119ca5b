import { Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataParallel, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  EmrServerlessDeleteApplication,
  EmrServerlessStartApplication,
  EmrServerlessStopApplication,
  type EmrServerlessDeleteApplicationProps,
} from '../src';
import { APPLICATION_ID, emrServerlessArn, eventsRuleStatement, integrationResource, newStack, partitionArn } from './fixtures';

type ApplicationTask = typeof EmrServerlessStartApplication | typeof EmrServerlessStopApplication | typeof EmrServerlessDeleteApplication;

/** Each task on one application: its API action, and the actions RUN_JOB grants (as the developer guide lists them). */
const tasks: Array<[string, ApplicationTask, string, string[]]> = [
  ['EmrServerlessStartApplication', EmrServerlessStartApplication, 'startApplication', ['StartApplication', 'GetApplication', 'StopApplication']],
  ['EmrServerlessStopApplication', EmrServerlessStopApplication, 'stopApplication', ['StopApplication', 'GetApplication']],
  ['EmrServerlessDeleteApplication', EmrServerlessDeleteApplication, 'deleteApplication', ['DeleteApplication', 'GetApplication']],
];

const actions = (names: string[]) => {
  const prefixed = names.map((n) => `emr-serverless:${n}`);
  return prefixed.length === 1 ? prefixed[0] : prefixed;
};

describe.each(tasks)('%s', (_name, Task, action, syncActions) => {
  const build = (props: Partial<EmrServerlessDeleteApplicationProps> = {}, scope: Construct = newStack()) =>
    new Task(scope, 'Task', { applicationId: APPLICATION_ID, ...props });
  const apiAction = action.charAt(0).toUpperCase() + action.slice(1);

  it('renders the request-response state by default', () => {
    expect(render(build())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource(action),
      Parameters: { ApplicationId: APPLICATION_ID },
    });
  });

  it('renders RUN_JOB as .sync', () => {
    expect(render(build({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource(`${action}.sync`),
      Parameters: { ApplicationId: APPLICATION_ID },
    });
  });

  it('renders the JSONata state', () => {
    const task = Task.jsonata(newStack(), 'Task', {
      applicationId: '{% $states.input.ApplicationId %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource(`${action}.sync`),
      Arguments: { ApplicationId: '{% $states.input.ApplicationId %}' },
    });
  });

  it('renders a JSON path ID with the jsonPath factory', () => {
    const task = Task.jsonPath(newStack(), 'Task', { applicationId: sfn.JsonPath.stringAt('$.ApplicationId') });
    expect(render(task).Parameters).toEqual({ 'ApplicationId.$': '$.ApplicationId' });
  });

  it('renders JSONata inside a JSONata Parallel', () => {
    const stack = newStack();
    const definition = definitionOf(inJsonataParallel(stack, build({ applicationId: '{% $states.input.id %}' }, stack)));
    expect(definition.States.Parallel.Branches[0].States.Task.Arguments).toEqual({ ApplicationId: '{% $states.input.id %}' });
  });

  it('grants the action on the application for request-response', () => {
    expect(normalize(statements(build()))).toEqual([
      { Action: `emr-serverless:${apiAction}`, Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}`) },
    ]);
  });

  it('grants reading the application and the application events rule for RUN_JOB', () => {
    expect(normalize(statements(build({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
      { Action: actions(syncActions), Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}`) },
      eventsRuleStatement('Application'),
    ]);
  });

  it('grants on every application when the ID is known only at run time', () => {
    for (const props of [
      { applicationId: sfn.JsonPath.stringAt('$.id') },
      { applicationId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA },
    ]) {
      expect(normalize(statements(build({ ...props, integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
        { Action: actions(syncActions), Effect: 'Allow', Resource: emrServerlessArn('applications/*') },
        eventsRuleStatement('Application'),
      ]);
    }
  });

  it('grants on the application of a token ID', () => {
    expect(normalize(statements(build({ applicationId: Fn.importValue('AppId') })))).toEqual([{
      Action: `emr-serverless:${apiAction}`,
      Effect: 'Allow',
      Resource: partitionArn([':emr-serverless:us-east-1:123456789012:/applications/', { 'Fn::ImportValue': 'AppId' }]),
    }]);
  });
});
