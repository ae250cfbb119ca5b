import { CfnParameter } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { idTaskCases } from './id-task-cases';
import { type Case, checkParity } from './parity-helpers';

const cases: Case[] = [
  ...idTaskCases({ nextToken: 'page-2-token', maxResults: 100 }, { nextToken: '{% $states.input.next %}', maxResults: 1000 }),
  { name: 'next token from a JSON path', props: () => ({ queryExecutionId: 'id', nextToken: sfn.JsonPath.stringAt('$.NextToken') }) },
  { name: 'max results 1', props: () => ({ queryExecutionId: 'id', maxResults: 1 }) },
  { name: 'max results 1000', props: () => ({ queryExecutionId: 'id', maxResults: 1000 }) },
  { name: 'max results from a JSON path', props: () => ({ queryExecutionId: 'id', maxResults: sfn.JsonPath.numberAt('$.max') }) },
  { name: 'max results from a deploy-time token', props: (scope) => ({ queryExecutionId: 'id', maxResults: new CfnParameter(scope, 'Max', { type: 'Number' }).valueAsNumber }) },
  { name: 'the longest next token', props: () => ({ queryExecutionId: 'id', nextToken: 't'.repeat(1024) }) },
];

describe('AthenaGetQueryResults parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('AthenaGetQueryResults', c);
  });

  it('covers at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
