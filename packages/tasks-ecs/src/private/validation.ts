import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import { describeValue, validationError } from '@cdk-stepfunctions/tasks-core';
import type { ContainerOverride } from '../ecs-types';

/** Throws unless a static `revisionNumber` is a whole number from 1 (revisions start at 1). */
export function validateRevisionNumber(scope: IConstruct, revisionNumber: number | undefined): void {
  if (revisionNumber === undefined || Token.isUnresolved(revisionNumber)) return;
  if (!Number.isSafeInteger(revisionNumber) || revisionNumber < 1) {
    throw validationError(scope, `\`revisionNumber\` must be a whole number from 1 (task definition revisions start at 1), got ${describeValue(revisionNumber)}`);
  }
}

/**
 * Throws unless the override names a container of the task definition and its static CPU and memory values are
 * whole numbers from 0, with the memory reservation not above the memory limit.
 */
export function validateContainerOverride(scope: IConstruct, index: number, override: ContainerOverride, taskDefinition: ecs.TaskDefinition): void {
  const name = override.containerDefinition.containerName;
  if (!Token.isUnresolved(name) && !taskDefinition.findContainer(name)) {
    throw validationError(scope, `\`containerOverrides[${index}].containerDefinition\` must be a container of \`taskDefinition\`, ` +
      `got ${describeValue(name)}, which it does not have`);
  }
  const numbers: Array<[string, number | undefined]> = [
    ['cpu', override.cpu], ['memoryLimit', override.memoryLimit], ['memoryReservation', override.memoryReservation],
  ];
  for (const [prop, value] of numbers) {
    if (value === undefined || Token.isUnresolved(value)) continue;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw validationError(scope, `\`containerOverrides[${index}].${prop}\` must be a whole number from 0, got ${describeValue(value)}`);
    }
  }
  const { memoryLimit, memoryReservation } = override;
  if (memoryLimit !== undefined && memoryReservation !== undefined && !Token.isUnresolved(memoryLimit)
    && !Token.isUnresolved(memoryReservation) && memoryReservation > memoryLimit) {
    throw validationError(scope, `\`containerOverrides[${index}].memoryReservation\` must not exceed its \`memoryLimit\` ` +
      `(${memoryLimit} MiB), got ${memoryReservation} MiB`);
  }
}
