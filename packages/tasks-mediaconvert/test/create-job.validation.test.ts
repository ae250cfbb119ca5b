import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { MediaConvertCreateJob, type MediaConvertCreateJobProps } from '../src';
import { ROLE_ARN, SETTINGS } from './fixtures';

type AnyProps = { [key: string]: unknown };

function ours(props: AnyProps): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new MediaConvertCreateJob(stack, 'CreateJob', props as unknown as MediaConvertCreateJobProps).toStateJson());
}

function theReference(props: AnyProps): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new reference.MediaConvertCreateJob(stack, 'CreateJob', props as unknown as reference.MediaConvertCreateJobProps).toStateJson());
}

describe('MediaConvertCreateJob validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, AnyProps, RegExp]> = [
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, createJobRequest: { Settings: SETTINGS } },
        /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['a request without Role', { createJobRequest: { Settings: SETTINGS } },
        /^MediaConvertCreateJob at 'Stack\/CreateJob': `createJobRequest\.Role` must be set \(the IAM role MediaConvert assumes to read the input and write the outputs\), got undefined/],
      ['a request without Settings', { createJobRequest: { Role: ROLE_ARN } },
        /`createJobRequest\.Settings` must be set \(the job settings\), got undefined/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
      expect(() => theReference(props)).toThrow();
      expect(() => ours(props)).toThrow(message);
    });
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, AnyProps, RegExp]> = [
      ['a role that is not an ARN', { Role: 'MediaConvertRole' },
        /`createJobRequest\.Role` must be an IAM role ARN \(arn:<partition>:iam::<account>:role\/<name>\), got 'MediaConvertRole'/],
      ['the ARN of a user', { Role: 'arn:aws:iam::123456789012:user/alice' }, /`createJobRequest\.Role` must be an IAM role ARN/],
      ['a role that is not a string', { Role: 42 }, /`createJobRequest\.Role` must be an IAM role ARN, got 42/],
      ['Role and Role.$ together', { 'Role.$': '$.role' }, /`createJobRequest\.Role` cannot be combined with `createJobRequest\.Role\.\$`, got both/],
      ['a priority over 50', { Priority: 51 }, /`createJobRequest\.Priority` must be an integer from -50 to 50, got 51/],
      ['a priority under -50', { Priority: -51 }, /`createJobRequest\.Priority` must be an integer from -50 to 50, got -51/],
      ['a fractional priority', { Priority: 1.5 }, /`createJobRequest\.Priority` must be an integer/],
      ['an unknown status update interval', { StatusUpdateInterval: 'SECONDS_5' },
        /`createJobRequest\.StatusUpdateInterval` must be one of SECONDS_10, SECONDS_12, .*SECONDS_600, got 'SECONDS_5'/],
      ['an unknown billing tags source', { BillingTagsSource: 'job' }, /`createJobRequest\.BillingTagsSource` must be one of QUEUE, PRESET, JOB_TEMPLATE, JOB, got 'job'/],
      ['an unknown reserved queue simulation', { SimulateReservedQueue: true }, /`createJobRequest\.SimulateReservedQueue` must be one of DISABLED, ENABLED, got true/],
    ];

    it.each(cases)('fails on %s', (_name, fields, message) => {
      expect(() => ours({ createJobRequest: { Role: ROLE_ARN, Settings: SETTINGS, ...fields } })).toThrow(message);
    });

    it('fails on a request that is not an object', () => {
      expect(() => ours({ createJobRequest: 'x' })).toThrow(/`createJobRequest` must be an object \(the CreateJob request\), got 'x'/);
    });

    it('fails on Settings and Settings.$ together', () => {
      expect(() => ours({ createJobRequest: { 'Role': ROLE_ARN, 'Settings': SETTINGS, 'Settings.$': '$.s' } }))
        .toThrow(/`createJobRequest\.Settings` cannot be combined with `createJobRequest\.Settings\.\$`/);
    });
  });

  it('accepts run-time values without checking them', () => {
    expect(() => ours({ createJobRequest: { 'Role.$': '$.role', 'Settings.$': '$.settings' } })).not.toThrow();
    expect(() => ours({
      createJobRequest: {
        Role: sfn.JsonPath.stringAt('$.role'),
        Settings: SETTINGS,
        Priority: sfn.JsonPath.numberAt('$.priority'),
        StatusUpdateInterval: sfn.JsonPath.stringAt('$.interval'),
      },
    })).not.toThrow();
    expect(() => ours({
      queryLanguage: sfn.QueryLanguage.JSONATA,
      createJobRequest: { Role: '{% $states.input.role %}', Settings: SETTINGS, BillingTagsSource: '{% $states.input.source %}' },
    })).not.toThrow();
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      ours({ createJobRequest: { Role: ROLE_ARN } });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
