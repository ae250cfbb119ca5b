import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AthenaGetQueryResults } from '../src';
import { resource } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

describe('AthenaGetQueryResults', () => {
  it('renders the JSONPath state with its defaults', () => {
    const task = new AthenaGetQueryResults(stack, 'Query', { queryExecutionId: '2da557a1-7283-4c3d-8af9-058348f0bb02' });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('getQueryResults'),
      Parameters: { QueryExecutionId: '2da557a1-7283-4c3d-8af9-058348f0bb02' },
    });
  });

  it('renders every field', () => {
    const task = new AthenaGetQueryResults(stack, 'Query', {
      queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
      nextToken: sfn.JsonPath.stringAt('$.NextToken'),
      maxResults: 500,
    });
    expect(render(task).Parameters).toEqual({ 'QueryExecutionId.$': '$.QueryExecutionId', 'NextToken.$': '$.NextToken', MaxResults: 500 });
  });

  it('renders the JSONata state', () => {
    const task = AthenaGetQueryResults.jsonata(stack, 'Query', {
      queryExecutionId: '{% $states.input.id %}',
      nextToken: '{% $states.input.next %}',
      maxResults: 1000,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('getQueryResults'),
      Arguments: { QueryExecutionId: '{% $states.input.id %}', NextToken: '{% $states.input.next %}', MaxResults: 1000 },
    });
  });

  it('grants athena:getQueryResults and s3:GetObject to read the results', () => {
    const task = new AthenaGetQueryResults(stack, 'Query', { queryExecutionId: 'id' });
    expect(statements(task)).toEqual([
      { Action: 'athena:getQueryResults', Effect: 'Allow', Resource: '*' },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: '*' },
    ]);
  });
});
