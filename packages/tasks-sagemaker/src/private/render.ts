import { Lazy } from 'aws-cdk-lib/core';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import { isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

/** A SageMaker tag. */
export interface TagParameter {
  readonly Key: string;
  readonly Value: string;
}

/** A SageMaker `VpcConfig`. */
export interface VpcConfigParameters {
  readonly SecurityGroupIds: string[];
  readonly Subnets?: string[];
}

/**
 * The SageMaker instance type of `instanceType`: `ml.<type>`, or the value itself when it is a JSON path or JSONata
 * expression (which must then give the full `ml.` type).
 */
export function mlInstanceType(instanceType: ec2.InstanceType): string {
  const type = instanceType.toString();
  return isRuntimeValue(type) ? type : `ml.${type}`;
}

/** `Tags` as a list of `{ Key, Value }`, or nothing when `tags` is undefined. */
export function renderTags(tags: { [key: string]: string } | undefined): { Tags?: TagParameter[] } {
  return tags ? { Tags: Object.keys(tags).map((key) => ({ Key: key, Value: tags[key] })) } : {};
}

/** `Environment`, or nothing when `environment` is undefined. */
export function renderEnvironment(environment: { [key: string]: string } | undefined): { Environment?: { [key: string]: string } } {
  return environment ? { Environment: environment } : {};
}

/**
 * A `VpcConfig` whose security groups are read when the state is rendered, so groups added after the task was
 * created (`addSecurityGroup`) are included.
 */
export function renderVpcConfig(securityGroups: ec2.ISecurityGroup[], subnets: string[] | undefined): VpcConfigParameters {
  return {
    SecurityGroupIds: Lazy.list({ produce: () => securityGroups.map((sg) => sg.securityGroupId) }, { displayHint: 'SecurityGroupIds' }),
    Subnets: subnets,
  };
}
