import type { Construct } from 'constructs';
import { CustomResource, Duration, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cr from 'aws-cdk-lib/custom-resources';
import { AwsCliLayer } from 'aws-cdk-lib/lambda-layer-awscli';
import { virtualClustersArn } from './arns';

/*
 * The job execution role a StartJobRun task creates when none is given.
 *
 * EMR on EKS runs a job's pods under Kubernetes service accounts whose names it derives from the role, and the pods
 * get the role's credentials through the EKS cluster's OIDC provider. The role must therefore trust those service
 * accounts, which only `aws emr-containers update-role-trust-policy` (with the cluster and namespace of the virtual
 * cluster) can write. At deployment, a custom resource looks up the virtual cluster, then a function with the AWS
 * CLI runs that command.
 *
 * The construct ids are aws-cdk-lib's, so a stack migrating from it keeps its logical IDs.
 *
 * See https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/setting-up-trust-policy.html.
 */

/** The response fields of DescribeVirtualCluster the trust policy needs. */
const NAMESPACE_FIELD = 'virtualCluster.containerProvider.info.eksInfo.namespace';
const CLUSTER_FIELD = 'virtualCluster.containerProvider.id';

/**
 * The identity of the function that updates trust policies: one per stack, shared by every task (and the same as
 * aws-cdk-lib's, so migrating keeps the function).
 */
const TRUST_POLICY_FUNCTION_UUID = '8693BB64-9689-44B6-9AAF-B0CC9EB8757C';

/**
 * The function's code: runs `update-role-trust-policy` from the AWS CLI layer on create and update, and fails the
 * deployment when the command fails, so a role that jobs cannot assume is reported at once.
 */
const TRUST_POLICY_HANDLER = `import subprocess

AWS_CLI = "/opt/awscli/aws"


def handler(event, context):
    if event["RequestType"] == "Delete":
        return {}
    props = event["ResourceProperties"]
    command = [
        AWS_CLI, "emr-containers", "update-role-trust-policy",
        "--cluster-name", props["eksClusterId"],
        "--namespace", props["eksNamespace"],
        "--role-name", props["roleName"],
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    print(result.stdout)
    if result.returncode != 0:
        raise RuntimeError(
            "update-role-trust-policy failed for role %s in %s/%s: %s"
            % (props["roleName"], props["eksClusterId"], props["eksNamespace"], result.stderr.strip())
        )
    return {}
`;

/**
 * A job execution role that EMR on EKS can use for jobs on the virtual cluster `virtualClusterId` (a literal ID or
 * a token, never a run-time value).
 */
export function createJobExecutionRole(scope: Construct, virtualClusterId: string): iam.Role {
  const role = new iam.Role(scope, 'Job-Execution-Role', {
    assumedBy: new iam.CompositePrincipal(
      new iam.ServicePrincipal('emr-containers.amazonaws.com'),
      new iam.ServicePrincipal('states.amazonaws.com'),
    ),
  });
  trustServiceAccounts(scope, role, virtualClusterId);
  return role;
}

/** Adds the EMR service accounts of the virtual cluster's namespace to the role's trust policy, at deployment. */
function trustServiceAccounts(scope: Construct, role: iam.Role, virtualClusterId: string): void {
  const virtualCluster = new cr.AwsCustomResource(scope, 'GetEksClusterInfo', {
    onCreate: {
      service: 'EMRcontainers',
      action: 'describeVirtualCluster',
      parameters: { id: virtualClusterId },
      outputPaths: [NAMESPACE_FIELD, CLUSTER_FIELD],
      physicalResourceId: cr.PhysicalResourceId.of('id'),
    },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [virtualClustersArn(scope, virtualClusterId)] }),
    installLatestAwsSdk: false,
  });
  const clusterName = virtualCluster.getResponseField(CLUSTER_FIELD);

  const updater = new lambda.SingletonFunction(scope, 'Call Update-Role-Trust-Policy', {
    uuid: TRUST_POLICY_FUNCTION_UUID,
    code: lambda.Code.fromInline(TRUST_POLICY_HANDLER),
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_13,
    timeout: Duration.seconds(30),
    memorySize: 256,
    layers: [new AwsCliLayer(scope, 'awsclilayer')],
  });
  updater.addToRolePolicy(new iam.PolicyStatement({
    actions: ['eks:DescribeCluster'],
    resources: [Stack.of(scope).formatArn({ service: 'eks', resource: 'cluster', resourceName: clusterName })],
  }));
  updater.addToRolePolicy(new iam.PolicyStatement({
    actions: ['iam:GetRole', 'iam:UpdateAssumeRolePolicy'],
    resources: [role.roleArn],
  }));

  const provider = new cr.Provider(scope, 'CustomResourceProvider', { onEventHandler: updater });
  new CustomResource(scope, 'Custom Resource', {
    serviceToken: provider.serviceToken,
    properties: {
      eksNamespace: virtualCluster.getResponseField(NAMESPACE_FIELD),
      eksClusterId: clusterName,
      roleName: role.roleName,
    },
  });
}
