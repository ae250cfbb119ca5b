import { App, Stack } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildBatchGetReports, type CodeBuildBatchGetReportsProps } from '../src';

const REPORT = 'arn:aws:codebuild:us-east-1:123456789012:report/UnitTests:0a1b2c3d';

function getReports(props: Partial<CodeBuildBatchGetReportsProps>): CodeBuildBatchGetReports {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT], ...props });
}

describe('CodeBuildBatchGetReports validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CodeBuildBatchGetReports at 'Stack\/Reports': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['no report ARNs', { reportArns: [] }, /`reportArns` must have from 1 to 100 items, got 0/],
    ['101 report ARNs', { reportArns: Array.from({ length: 101 }, () => REPORT) }, /`reportArns` must have from 1 to 100 items, got 101/],
    ['an empty report ARN', { reportArns: [REPORT, ''] }, /`reportArns\[1\]` must not be empty, got ''/],
    ['a JSONPath entry', { reportArns: [sfn.JsonPath.stringAt('$.arn')] },
      /`reportArns\[0\]` must not be a JSONPath value, as the States Language takes paths only as whole fields: give the whole list as JsonPath.listAt/],
    ['a report group ARN', { reportArns: ['arn:aws:codebuild:us-east-1:123456789012:report-group/UnitTests'] },
      /`reportArns` must be a report ARN `arn:<partition>:codebuild:<region>:<account>:report\/<report-group-name>:<report-id>`, got 'arn:aws:codebuild:us-east-1:123456789012:report-group\/UnitTests'/],
    ['a report ID', { reportArns: ['UnitTests:0a1b2c3d'] }, /`reportArns` must be a report ARN/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => getReports(props as Partial<CodeBuildBatchGetReportsProps>)).toThrow(message);
  });

  it('fails when a static report ARN is of another report group than `reportGroup`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      const reportGroup = codebuild.ReportGroup.fromReportGroupName(stack, 'Group', 'Coverage');
      new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT], reportGroup });
    }).toThrow(/`reportArns` must name a report of `reportGroup` 'Coverage', got '.*report\/UnitTests:0a1b2c3d' \(of 'UnitTests'\)/);
  });

  it('accepts 100 report ARNs and JSONata entries', () => {
    expect(() => getReports({ reportArns: Array.from({ length: 100 }, () => REPORT) })).not.toThrow();
    expect(() => getReports({ reportArns: ['{% $states.input.arn %}'], queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
  });
});
