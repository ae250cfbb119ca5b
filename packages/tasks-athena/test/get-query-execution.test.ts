import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AthenaGetQueryExecution } from '../src';
import { resource } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

describe('AthenaGetQueryExecution', () => {
  it('renders the JSONPath state', () => {
    const task = new AthenaGetQueryExecution(stack, 'Query', { queryExecutionId: '2da557a1-7283-4c3d-8af9-058348f0bb02' });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('getQueryExecution'),
      Parameters: { QueryExecutionId: '2da557a1-7283-4c3d-8af9-058348f0bb02' },
    });
  });

  it('renders an ID read from the state input', () => {
    const task = AthenaGetQueryExecution.jsonPath(stack, 'Query', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') });
    expect(render(task).Parameters).toEqual({ 'QueryExecutionId.$': '$.QueryExecutionId' });
  });

  it('renders the JSONata state', () => {
    const task = AthenaGetQueryExecution.jsonata(stack, 'Query', { queryExecutionId: '{% $states.input.id %}' });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('getQueryExecution'),
      Arguments: { QueryExecutionId: '{% $states.input.id %}' },
    });
  });

  it('grants athena:getQueryExecution', () => {
    const task = new AthenaGetQueryExecution(stack, 'Query', { queryExecutionId: 'id' });
    expect(statements(task)).toEqual([{ Action: 'athena:getQueryExecution', Effect: 'Allow', Resource: '*' }]);
  });
});
