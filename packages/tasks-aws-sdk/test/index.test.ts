import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-aws-sdk', () => {
  it('exports the task classes, and not the Lambda handler', () => {
    expect(Object.keys(api).sort()).toEqual(['CallAwsService', 'CallAwsServiceCrossRegion']);
  });
});
