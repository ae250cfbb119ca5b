import type { IConstruct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import type * as eks from 'aws-cdk-lib/aws-eks';
import { isRuntimeValue, validateStringLength, validateStringPattern, validationError } from '@cdk-stepfunctions/tasks-core';

/** What a Kubernetes API integration (`eks:call`, `eks:runJob`) needs to reach the cluster's API server. */
export interface ClusterConnection {
  readonly ClusterName: string;
  readonly CertificateAuthority: string;
  readonly Endpoint: string;
}

/**
 * The cluster's name, certificate authority data and API server endpoint; throws when an imported cluster lacks
 * the endpoint or the certificate authority data (an imported `ICluster` throws when they are read).
 */
export function clusterConnection(scope: IConstruct, cluster: eks.ICluster): ClusterConnection {
  const endpoint = readAttribute(scope, () => cluster.clusterEndpoint, 'clusterEndpoint');
  const certificateAuthority = readAttribute(scope, () => cluster.clusterCertificateAuthorityData, 'clusterCertificateAuthorityData');
  return { ClusterName: cluster.clusterName, CertificateAuthority: certificateAuthority, Endpoint: endpoint };
}

function readAttribute(scope: IConstruct, read: () => string, attribute: string): string {
  let value: string | undefined;
  try {
    value = read();
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    throw validationError(scope, `\`cluster\` must have its \`${attribute}\`: import it with eks.Cluster.fromClusterAttributes() ` +
      `and set \`${attribute}\`, got an imported cluster without it`);
  }
  return value;
}

/**
 * The cluster's ARN for an IAM statement: `cluster/*` when its name is only known at run time (a JSON path or
 * JSONata expression), else the cluster's own ARN.
 */
export function clusterArnFor(scope: IConstruct, cluster: eks.ICluster): string {
  return isRuntimeValue(cluster.clusterName) ? eksArn(scope, 'cluster', '*') : cluster.clusterArn;
}

/**
 * The ARN of a cluster's node group or Fargate profile, `<resource>/<cluster>/<name>/*` (the last part is an id EKS
 * assigns); names only known at run time become `*`.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelastickubernetesservice.html
 */
export function clusterChildArn(scope: IConstruct, resource: 'nodegroup' | 'fargateprofile', clusterName: string, name: string): string {
  return eksArn(scope, resource, `${nameOrAny(clusterName)}/${nameOrAny(name)}/*`);
}

function nameOrAny(name: string): string {
  return isRuntimeValue(name) ? '*' : name;
}

function eksArn(scope: IConstruct, resource: string, resourceName: string): string {
  return Stack.of(scope).formatArn({ service: 'eks', resource, resourceName });
}

/** The EKS name rule of clusters and node groups: a letter or digit, then letters, digits, `-` and `_`. */
const EKS_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]*$/;

/**
 * Throws unless the static `value` of `prop` is an EKS name of 1 to `max` characters that starts with a letter or
 * digit and holds only letters, digits, hyphens and underscores.
 */
export function validateEksName(scope: IConstruct, prop: string, value: string | undefined, max: number): void {
  validateStringLength(scope, prop, value, 1, max);
  validateStringPattern(scope, prop, value, EKS_NAME,
    'a letter or digit followed by letters, digits, hyphens (-) and underscores (_)');
}

/** Throws when a static Fargate profile name is empty. */
export function validateProfileName(scope: IConstruct, name: string): void {
  if (name === '') throw validationError(scope, "`fargateProfileName` must not be empty, got ''");
}
