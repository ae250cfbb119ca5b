import { Fn } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';

/** The kinds of project a task can name. */
export type ProjectKind = 'owned' | 'unnamed' | 'batch' | 'cfn' | 'imported' | 'byName' | 'otherAccount' | 'tokenArn';

export const IMPORTED_PROJECT_ARN = 'arn:aws:codebuild:us-east-1:123456789012:project/Imported';
export const OTHER_ACCOUNT_PROJECT_ARN = 'arn:aws:codebuild:eu-west-1:999999999999:project/Remote';

/** A project of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeProject(scope: Construct, kind: ProjectKind): codebuild.IProjectRef {
  switch (kind) {
    case 'owned':
      return new codebuild.Project(scope, 'Project', {
        projectName: 'MyTestProject',
        buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['echo "Hello, CodeBuild!"'] } } }),
      });
    case 'unnamed':
      return new codebuild.Project(scope, 'Project', {
        buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['make'] } } }),
      });
    case 'batch': {
      const project = new codebuild.Project(scope, 'Project', {
        projectName: 'MyBatchProject',
        buildSpec: codebuild.BuildSpec.fromObjectToYaml({
          version: 0.2,
          batch: { 'build-list': [{ identifier: 'id', buildspec: 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo hi' }] },
        }),
      });
      project.enableBatchBuilds();
      return project;
    }
    case 'cfn':
      return new codebuild.CfnProject(scope, 'CfnProject', {
        name: 'CfnProject',
        artifacts: { type: 'NO_ARTIFACTS' },
        environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
        serviceRole: 'arn:aws:iam::123456789012:role/build',
        source: { type: 'NO_SOURCE', buildSpec: 'version: 0.2' },
      });
    case 'imported':
      return codebuild.Project.fromProjectArn(scope, 'Project', IMPORTED_PROJECT_ARN);
    case 'byName':
      return codebuild.Project.fromProjectName(scope, 'Project', 'NamedProject');
    case 'otherAccount':
      return codebuild.Project.fromProjectArn(scope, 'Project', OTHER_ACCOUNT_PROJECT_ARN);
    case 'tokenArn':
      return codebuild.Project.fromProjectArn(scope, 'Project', Fn.importValue('ProjectArn'));
  }
}

/** `arn:<partition><rest>` as the stack renders it, once normalized. */
export const partitionArn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });

/** The `Resource` of an optimized CodeBuild integration, e.g. `resource('stopBuild')`. */
export const resource = (action: string) => partitionArn(`:states:::codebuild:${action}`);

/**
 * The statements of the state machine role's policy once `chainable` is in a StateMachine `SM`, with ARNs
 * normalized: a project the test owns brings a role and policy of its own, left out here.
 */
export function smStatements(chainable: sfn.IChainable): unknown[] {
  const template = synthInStateMachine(chainable);
  const policies = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes('SMRole'));
  return normalize(policies.flatMap((p) => p.Properties.PolicyDocument.Statement as unknown[]));
}
