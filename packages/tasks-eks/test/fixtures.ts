import { Fn } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';

/** The kinds of cluster a task can target. */
export type ClusterKind = 'owned' | 'imported' | 'importedJsonPath' | 'importedJsonata' | 'importedToken';

export const IMPORTED_ENDPOINT = 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com';
export const IMPORTED_CA = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t';

/** A cluster of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeCluster(scope: Construct, kind: ClusterKind): eks.ICluster {
  switch (kind) {
    case 'owned':
      return new eks.Cluster(scope, 'Cluster', {
        version: eks.KubernetesVersion.V1_31,
        clusterName: 'eksCluster',
        kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(scope, 'Kubectl', 'arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1'),
      });
    case 'imported':
      return eks.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: 'imported', clusterEndpoint: IMPORTED_ENDPOINT, clusterCertificateAuthorityData: IMPORTED_CA,
      });
    case 'importedJsonPath':
      return eks.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: sfn.JsonPath.stringAt('$.cluster.name'),
        clusterEndpoint: sfn.JsonPath.stringAt('$.cluster.endpoint'),
        clusterCertificateAuthorityData: sfn.JsonPath.stringAt('$.cluster.ca'),
      });
    case 'importedJsonata':
      return eks.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: '{% $states.input.cluster.name %}',
        clusterEndpoint: '{% $states.input.cluster.endpoint %}',
        clusterCertificateAuthorityData: '{% $states.input.cluster.ca %}',
      });
    case 'importedToken':
      return eks.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: Fn.importValue('ClusterName'),
        clusterEndpoint: Fn.importValue('ClusterEndpoint'),
        clusterCertificateAuthorityData: Fn.importValue('ClusterCa'),
      });
  }
}

/** Two imported subnets. */
export function makeSubnets(scope: Construct): ec2.ISubnet[] {
  return [ec2.Subnet.fromSubnetId(scope, 'SubnetA', 'subnet-a'), ec2.Subnet.fromSubnetId(scope, 'SubnetB', 'subnet-b')];
}

/** An imported role. */
export function makeRole(scope: Construct, id: string, name: string): iam.IRole {
  return iam.Role.fromRoleArn(scope, id, `arn:aws:iam::123456789012:role/${name}`);
}

/** The ARN CloudFormation joins for an EKS resource in the `Stack` stack (us-east-1, 123456789012). */
export function eksArn(resource: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:eks:us-east-1:123456789012:${resource}`]] };
}

/** The `Resource` of an EKS integration. */
export function eksResource(action: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::eks:${action}`]] };
}

/**
 * The statements of the state machine role's policy once `chainable` is in a StateMachine `SM` (an owned cluster
 * brings policies of its own, which `statements()` would include).
 */
export function machineStatements(chainable: sfn.IChainable): Array<{ Action: unknown; Resource: unknown }> {
  const policies = synthInStateMachine(chainable).findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([id]) => id.startsWith('SMRoleDefaultPolicy'))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement);
}
