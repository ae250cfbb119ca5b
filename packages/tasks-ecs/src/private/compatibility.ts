import type { IConstruct } from 'constructs';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import { EcsEc2LaunchTarget, EcsFargateLaunchTarget, type IEcsLaunchTarget } from '../launch-targets';
import { incompatibleTaskDefinition } from './errors';

/**
 * Throws at construction when the task definition cannot run on one of our launch targets (the launch target
 * checks again when it is bound, for launch targets used on their own).
 */
export function checkLaunchTargetCompatibility(scope: IConstruct, launchTarget: IEcsLaunchTarget, taskDefinition: ecs.TaskDefinition): void {
  if (launchTarget instanceof EcsFargateLaunchTarget && !taskDefinition.isFargateCompatible) {
    throw incompatibleTaskDefinition(scope, 'FARGATE');
  }
  if (launchTarget instanceof EcsEc2LaunchTarget && !taskDefinition.isEc2Compatible) {
    throw incompatibleTaskDefinition(scope, 'EC2');
  }
}
