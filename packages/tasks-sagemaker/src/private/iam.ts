import type { Construct } from 'constructs';
import { Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { eventsManagedRuleStatement, isRuntimeValue, passRoleStatement } from '@cdk-stepfunctions/tasks-core';

/** The service principal SageMaker assumes roles with. */
export const SAGEMAKER_SERVICE = 'sagemaker.amazonaws.com';

/** What SageMaker needs to run a job's containers: metrics, logs and an ECR login. */
export const JOB_ROLE_ACTIONS = [
  'cloudwatch:PutMetricData',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'logs:CreateLogGroup',
  'logs:DescribeLogStreams',
  'ecr:GetAuthorizationToken',
];

/**
 * What SageMaker needs to attach a job or model to a VPC.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html
 */
export const VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:CreateNetworkInterfacePermission',
  'ec2:DeleteNetworkInterface',
  'ec2:DeleteNetworkInterfacePermission',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DescribeDhcpOptions',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];

/** What a job's role needs to write S3 objects encrypted with a key, including multipart uploads (which decrypt). */
const OUTPUT_KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/**
 * The role SageMaker assumes to run a job when the task is given none: an inline policy `policyName` with
 * {@link JOB_ROLE_ACTIONS} (and {@link VPC_ACTIONS} when the job runs in a VPC); the task's S3 locations, images and
 * keys add their own grants to it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html
 */
export function createJobRole(scope: Construct, id: string, policyName: string, inVpc: boolean): iam.Role {
  return new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal(SAGEMAKER_SERVICE),
    inlinePolicies: {
      [policyName]: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({ actions: [...JOB_ROLE_ACTIONS, ...(inVpc ? VPC_ACTIONS : [])], resources: ['*'] })],
      }),
    },
  });
}

/**
 * Lets `role` write objects encrypted with `key` (S3 server-side encryption of a job's output): `kms:Encrypt`,
 * `kms:GenerateDataKey*`, `kms:ReEncrypt*` and `kms:Decrypt`, which multipart uploads of large objects need
 * (aws/aws-cdk#12810).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#require-sse-kms
 */
export function grantOutputKey(role: iam.IRole, key: kms.IKeyRef): void {
  if (isKey(key)) key.grantEncryptDecrypt(role);
  else role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: OUTPUT_KEY_ACTIONS, resources: [key.keyRef.keyArn] }));
}

/**
 * Lets `role` create grants on `key`, which SageMaker needs to encrypt a job's storage volumes with it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html
 */
export function grantVolumeKey(role: iam.IRole, key: kms.IKeyRef): void {
  if (isKey(key)) key.grant(role, 'kms:CreateGrant');
  else role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:CreateGrant'], resources: [key.keyRef.keyArn] }));
}

function isKey(key: kms.IKeyRef): key is kms.IKey {
  return typeof (key as Partial<kms.IKey>).grant === 'function';
}

/** How a resource name becomes the last part of an IAM resource ARN. */
export interface NameInArnOptions {
  /** Appended to a known name: `*` for jobs (the docs' `<name>*`), nothing for models and endpoints. */
  readonly suffix: string;
  /** Whether a known literal name is lowercased, as SageMaker does in model and endpoint ARNs. */
  readonly lowercase?: boolean;
}

/**
 * The ARN `arn:<partition>:sagemaker:<region>:<account>:<resourceType>/<name><suffix>`; `<name><suffix>` is `*` when
 * the name is only known at run time (a JSON path or JSONata expression). A CDK token is used as is: lowercasing
 * its encoded text would break it.
 */
export function sagemakerArn(scope: Construct, resourceType: string, name: string, options: NameInArnOptions): string {
  const runtime = isRuntimeValue(name);
  const literal = options.lowercase && !Token.isUnresolved(name) ? name.toLowerCase() : name;
  const resourceName = runtime ? '*' : `${literal}${options.suffix}`;
  return Stack.of(scope).formatArn({ service: 'sagemaker', resource: resourceType, resourceName });
}

/** What {@link jobStatements} needs to know about a job task. */
export interface JobStatementsOptions {
  /** The job's ARN resource type, such as `processing-job`. */
  readonly resourceType: string;
  /** The API name without `Create`, such as `ProcessingJob`. */
  readonly apiName: string;
  /** The job's name, as given to the task. */
  readonly jobName: string;
  readonly integrationPattern: sfn.IntegrationPattern;
  /** The role passed to SageMaker. */
  readonly role: iam.IRole;
  /** The EventBridge managed rule of the `.sync` integration. */
  readonly eventsRule: string;
  /** Whether `sagemaker:AddTags` is granted even without `.sync`: the request has tags. */
  readonly tagged: boolean;
}

/**
 * The statements a job task needs, after the Step Functions templates for SageMaker jobs: `Create<Job>` on
 * `<type>/<name>*` (plus `Describe`/`Stop` for `.sync`), `sagemaker:ListTags`, `sagemaker:AddTags` when the job
 * is tagged (by the request, or by Step Functions, which tags `.sync` jobs), `iam:PassRole` on the role and, for
 * `.sync`, the EventBridge managed rule.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html#sagemaker-iam
 */
export function jobStatements(scope: Construct, options: JobStatementsOptions): iam.PolicyStatement[] {
  const sync = options.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
  const jobArn = sagemakerArn(scope, options.resourceType, options.jobName, { suffix: '*' });
  const actions = [`sagemaker:Create${options.apiName}`, ...(sync ? [`sagemaker:Describe${options.apiName}`, `sagemaker:Stop${options.apiName}`] : [])];
  return [
    new iam.PolicyStatement({ actions, resources: [jobArn] }),
    listTagsStatement(),
    ...(sync || options.tagged ? [new iam.PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [jobArn] })] : []),
    passRoleStatement([options.role], SAGEMAKER_SERVICE),
    ...(sync ? [eventsManagedRuleStatement(scope, options.eventsRule)] : []),
  ];
}

/** `sagemaker:ListTags` on every resource (the action takes no resource-level scoping in the Step Functions templates). */
export function listTagsStatement(): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] });
}
