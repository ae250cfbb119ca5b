import type { IConstruct } from 'constructs';
import { validationError } from '@cdk-stepfunctions/tasks-core';

/** The error for a task definition that cannot run with a launch type. */
export function incompatibleTaskDefinition(scope: IConstruct, launchType: 'FARGATE' | 'EC2'): Error {
  const platform = launchType === 'FARGATE' ? 'Fargate' : 'EC2';
  return validationError(scope, `\`taskDefinition\` must be compatible with ${platform} (Compatibility.${launchType} ` +
    `or EC2_AND_FARGATE) to run on an Ecs${launchType === 'FARGATE' ? 'Fargate' : 'Ec2'}LaunchTarget`);
}
