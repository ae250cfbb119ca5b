import { App, Stack, Token } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, definitionOf, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildBatchGetReports, CodeBuildStartBuild, type CodeBuildBatchGetReportsProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const REPORTS = [
  'arn:aws:codebuild:us-east-1:123456789012:report/UnitTests:0a1b2c3d',
  'arn:aws:codebuild:us-east-1:123456789012:report/Coverage:4e5f6789',
  'arn:aws:codebuild:us-east-1:123456789012:report/UnitTests:abcdef01',
];
const getReports = (props: Partial<CodeBuildBatchGetReportsProps> = {}) => new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: REPORTS, ...props });

/** The exact resource AWS documents: `arn:aws:states:::codebuild:batchGetReports`. */
const BATCH_GET_REPORTS = partitionArn(':states:::codebuild:batchGetReports');

describe('CodeBuildBatchGetReports', () => {
  it('renders the batchGetReports state with the report ARNs', () => {
    expect(render(getReports())).toEqual({ Type: 'Task', End: true, Resource: BATCH_GET_REPORTS, Parameters: { ReportArns: REPORTS } });
  });

  it('reads the reports of the build a RUN_JOB StartBuild ran', () => {
    const build = new CodeBuildStartBuild(stack, 'Build', {
      project: makeProject(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultPath: '$.build',
    });
    const reports = CodeBuildBatchGetReports.jsonPath(stack, 'Reports', { reportArns: sfn.JsonPath.listAt('$.build.Build.ReportArns') });
    const definition = definitionOf(build.next(reports));
    expect(definition.States.Reports).toEqual({
      Type: 'Task',
      End: true,
      Resource: 'arn:X:states:::codebuild:batchGetReports',
      Parameters: { 'ReportArns.$': '$.build.Build.ReportArns' },
    });
  });

  it('renders the JSONata state', () => {
    const task = CodeBuildBatchGetReports.jsonata(stack, 'Reports', {
      reportArns: Token.asList('{% $states.input.Build.ReportArns %}'),
      ...commonJsonataProps({ comment: 'reports', outputs: '{% $states.result.Reports %}', assign: {}, credentials: false }),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Comment: 'reports',
      End: true,
      Resource: BATCH_GET_REPORTS,
      Output: '{% $states.result.Reports %}',
      Assign: {},
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Arguments: { ReportArns: '{% $states.input.Build.ReportArns %}' },
    });
  });

  describe('permissions', () => {
    it('grants codebuild:BatchGetReports on the report groups of the static ARNs, not on a project', () => {
      expect(statements(getReports())).toEqual([{
        Action: 'codebuild:BatchGetReports',
        Effect: 'Allow',
        Resource: [
          'arn:aws:codebuild:us-east-1:123456789012:report-group/UnitTests',
          'arn:aws:codebuild:us-east-1:123456789012:report-group/Coverage',
        ],
      }]);
    });

    it('grants on every report group of the account and region for run-time ARNs', () => {
      expect(statements(getReports({ reportArns: sfn.JsonPath.listAt('$.arns') }))).toEqual([
        { Action: 'codebuild:BatchGetReports', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:report-group/*') },
      ]);
    });

    it('grants on the given report group only', () => {
      const reportGroup = new codebuild.ReportGroup(stack, 'Group', { reportGroupName: 'UnitTests' });
      expect(statements(getReports({ reportArns: sfn.JsonPath.listAt('$.arns'), reportGroup }))).toEqual([
        { Action: 'codebuild:BatchGetReports', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['GroupC77FDACD', 'Arn'] } },
      ]);
    });

    it('grants on an imported report group by its ARN', () => {
      const reportGroup = codebuild.ReportGroup.fromReportGroupName(stack, 'Group', 'UnitTests');
      expect(statements(getReports({ reportArns: [REPORTS[0], REPORTS[2]], reportGroup }))).toEqual([
        { Action: 'codebuild:BatchGetReports', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:report-group/UnitTests') },
      ]);
    });
  });
});
