import { App, Fn, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { GlueDataBrewStartJobRun, type GlueDataBrewStartJobRunProps } from '../src';

function ours(props: Partial<GlueDataBrewStartJobRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new GlueDataBrewStartJobRun(stack, 'JobRun', { name: 'jobName', ...props }).toStateJson());
}

function theReference(props: Partial<GlueDataBrewStartJobRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new reference.GlueDataBrewStartJobRun(stack, 'JobRun', { name: 'jobName', ...props }).toStateJson());
}

describe('GlueDataBrewStartJobRun validation', () => {
  it('rejects WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    const props = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(() => theReference(props)).toThrow();
    expect(() => ours(props)).toThrow(/^GlueDataBrewStartJobRun at 'Stack\/JobRun': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  it.each([
    ['an empty name', '', /`name` must be from 1 to 240 characters long, got 0 characters/],
    ['a name over 240 characters', 'j'.repeat(241), /`name` must be from 1 to 240 characters long, got 241 characters/],
  ])('fails on %s (the reference renders it)', (_case, name, message) => {
    expect(() => theReference({ name })).not.toThrow();
    expect(() => ours({ name })).toThrow(message);
  });

  it('accepts a 240-character name and names known only at deploy or run time', () => {
    for (const name of ['j'.repeat(240), Fn.importValue('Job'), sfn.JsonPath.stringAt('$.job')]) {
      expect(() => ours({ name })).not.toThrow();
    }
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      ours({ name: '' });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
