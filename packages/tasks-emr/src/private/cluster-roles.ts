import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IntegrationPattern } from 'aws-cdk-lib/aws-stepfunctions';
import { eventsManagedRuleStatement, passRoleStatement } from '@cdk-stepfunctions/tasks-core';
import { clustersArn } from './cluster-arns';

/*
 * The roles EmrCreateCluster creates when it is given none, and the statements the state machine needs to call
 * createCluster.
 */

/** The service principal of Amazon EMR. */
const EMR_PRINCIPAL = 'elasticmapreduce.amazonaws.com';

/**
 * The role Amazon EMR assumes for the cluster, with Amazon EMR's managed service policy (v2 when the feature flag
 * asks for it, which needs the cluster tagged `for-use-with-amazon-emr-managed-policies`).
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role.html
 */
export function createServiceRole(scope: Construct, servicePolicyV2: boolean): iam.IRole {
  const policy = servicePolicyV2 ? 'service-role/AmazonEMRServicePolicy_v2' : 'service-role/AmazonElasticMapReduceRole';
  return new iam.Role(scope, 'ServiceRole', {
    assumedBy: new iam.ServicePrincipal(EMR_PRINCIPAL),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName(policy)],
  });
}

/**
 * The role of the cluster's EC2 instances, and its instance profile (same name), without permissions: the user
 * grants it the data access the jobs need.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role-for-ec2.html
 */
export function createClusterRole(scope: Construct): iam.IRole {
  const role = new iam.Role(scope, 'InstanceRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  new iam.CfnInstanceProfile(scope, 'InstanceProfile', { roles: [role.roleName], instanceProfileName: role.roleName });
  return role;
}

/**
 * The role of automatic scaling policies of instance groups, which Amazon EMR and Application Auto Scaling assume.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-automatic-scaling.html
 */
export function createAutoScalingRole(scope: Construct): iam.IRole {
  const role = new iam.Role(scope, 'AutoScalingRole', {
    assumedBy: new iam.ServicePrincipal(EMR_PRINCIPAL),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonElasticMapReduceforAutoScalingRole')],
  });
  role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal('application-autoscaling.amazonaws.com')],
    actions: ['sts:AssumeRole'],
  }));
  return role;
}

/** What decides the statements of createCluster. */
export interface CreateClusterGrants {
  readonly serviceRole: iam.IRole;
  readonly clusterRole: iam.IRole;
  readonly autoScalingRole?: iam.IRole;
  /** Whether the user tags the cluster. */
  readonly tagged: boolean;
  readonly integrationPattern: IntegrationPattern;
}

/**
 * The statements createCluster needs: run, describe, terminate and tag clusters; pass the roles; create the
 * `AWSServiceRoleForEMRCleanup` service-linked role; for RUN_JOB, the EventBridge managed rule.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/using-service-linked-roles.html
 */
export function createClusterStatements(scope: Construct, grants: CreateClusterGrants): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({
      actions: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows', 'elasticmapreduce:AddTags'],
      resources: ['*'],
    }),
    passRoleStatement([grants.serviceRole, grants.clusterRole]),
    new iam.PolicyStatement({
      sid: 'ElasticMapReduceServiceLinkedRole',
      actions: ['iam:CreateServiceLinkedRole'],
      resources: [Stack.of(scope).formatArn({
        service: 'iam',
        region: '',
        resource: 'role',
        resourceName: `aws-service-role/${EMR_PRINCIPAL}*/AWSServiceRoleForEMRCleanup*`,
      })],
      conditions: { StringEquals: { 'iam:AWSServiceName': [EMR_PRINCIPAL, `${EMR_PRINCIPAL}.cn`] } },
    }),
  ];
  if (grants.autoScalingRole) statements.push(passRoleStatement([grants.autoScalingRole]));
  if (grants.tagged) {
    statements.push(new iam.PolicyStatement({ actions: ['elasticmapreduce:AddTags'], resources: [clustersArn(scope)] }));
  }
  if (grants.integrationPattern === IntegrationPattern.RUN_JOB) {
    statements.push(eventsManagedRuleStatement(scope, 'StepFunctionsGetEventForEMRRunJobFlowRule'));
  }
  return statements;
}
