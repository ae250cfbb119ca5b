import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type {
  IBedrockCreateModelCustomizationJobVpcConfig,
  OutputBucketConfiguration,
  TrainingBucketConfiguration,
  ValidationBucketConfiguration,
} from '../model-customization-types';

/** What the role Bedrock assumes for a model customization job must reach. */
export interface CustomizationRoleAccess {
  readonly trainingData: TrainingBucketConfiguration;
  readonly validationData?: ValidationBucketConfiguration[];
  readonly outputData: OutputBucketConfiguration;
  readonly vpcConfig?: IBedrockCreateModelCustomizationJobVpcConfig;
}

/** Every model customization job of the stack's account and Region, `model-customization-job/*`. */
export function customizationJobsArn(scope: Construct): string {
  return Stack.of(scope).formatArn({ service: 'bedrock', resource: 'model-customization-job', resourceName: '*' });
}

/**
 * The role Bedrock assumes to run the job: trusted by Bedrock for this account's customization jobs only, allowed to
 * read the training and validation data, to read and write the output, and to manage the job's network interfaces
 * in the VPC.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-iam-role.html
 */
export function createCustomizationRole(scope: Construct, access: CustomizationRoleAccess): iam.Role {
  const stack = Stack.of(scope);
  const validationBuckets = access.validationData?.map((data) => data.bucket.bucketArn) ?? [];
  return new iam.Role(scope, 'BedrockRole', {
    assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com', {
      conditions: {
        StringEquals: { 'aws:SourceAccount': stack.account },
        ArnEquals: { 'aws:SourceArn': customizationJobsArn(scope) },
      },
    }),
    inlinePolicies: {
      BedrockCreateModelCustomizationJob: new iam.PolicyDocument({
        statements: [
          ...(access.vpcConfig ? vpcStatements(scope, access.vpcConfig) : []),
          new iam.PolicyStatement({
            actions: ['s3:GetObject', 's3:ListBucket'],
            resources: [
              access.trainingData.bucket.bucketArn,
              `${access.trainingData.bucket.bucketArn}/*`,
              ...validationBuckets,
              ...validationBuckets.map((arn) => `${arn}/*`),
            ],
          }),
          new iam.PolicyStatement({
            actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
            resources: [access.outputData.bucket.bucketArn, `${access.outputData.bucket.bucketArn}/*`],
          }),
        ],
      }),
    },
  });
}

/**
 * What Bedrock needs to run a job in a VPC: describe the network, create network interfaces it tags as its own in
 * the given subnets and security groups, and manage only those.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-model-customization.html
 */
function vpcStatements(scope: Construct, vpc: IBedrockCreateModelCustomizationJobVpcConfig): iam.PolicyStatement[] {
  const stack = Stack.of(scope);
  const jobs = customizationJobsArn(scope);
  const networkInterfaces = stack.formatArn({ service: 'ec2', resource: 'network-interface', resourceName: '*' });
  const subnets = vpc.subnets.map((subnet) => stack.formatArn({ service: 'ec2', resource: 'subnet', resourceName: subnet.subnetId }));
  const securityGroups = vpc.securityGroups.map((group) =>
    stack.formatArn({ service: 'ec2', resource: 'security-group', resourceName: group.securityGroupId }));
  return [
    new iam.PolicyStatement({
      actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      actions: ['ec2:CreateNetworkInterface'],
      resources: [networkInterfaces],
      conditions: {
        StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] },
        ArnEquals: { 'aws:RequestTag/BedrockModelCustomizationJobArn': [jobs] },
      },
    }),
    new iam.PolicyStatement({
      actions: ['ec2:CreateNetworkInterface'],
      resources: [...securityGroups, ...subnets],
    }),
    new iam.PolicyStatement({
      actions: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
      resources: ['*'],
      conditions: {
        ArnEquals: { 'ec2:Subnet': subnets, 'ec2:ResourceTag/BedrockModelCustomizationJobArn': [jobs] },
        StringEquals: { 'ec2:ResourceTag/BedrockManaged': 'true' },
      },
    }),
    new iam.PolicyStatement({
      actions: ['ec2:CreateTags'],
      resources: [networkInterfaces],
      conditions: {
        'StringEquals': { 'ec2:CreateAction': ['CreateNetworkInterface'] },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] },
      },
    }),
  ];
}
