import { Fn } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Implementation } from '@cdk-stepfunctions/tools/parity';
import type { Construct } from 'constructs';
import * as path from 'node:path';
import * as ours from '../src';

/**
 * The classes a case builds its props with: ours or aws-cdk-lib's (their S3Location, DockerImage, ContainerDefinition
 * and AcceleratorType are different classes). Typed as ours; the reference has the same shapes.
 */
export type Kit = typeof ours;

/** The kit of an implementation. */
export function kitOf(implementation: Implementation): Kit {
  return (implementation === 'ours' ? ours : reference) as unknown as Kit;
}

/** The directory of the tiny Dockerfile `DockerImage.fromAsset` builds in tests. */
export const DOCKER_DIR = path.join(__dirname, 'fixtures', 'docker');

export const IMPORTED_ROLE_ARN = 'arn:aws:iam::123456789012:role/SageMakerExecution';
export const IMPORTED_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
export const IMPORTED_REPO_ARN = 'arn:aws:ecr:us-east-1:123456789012:repository/algorithms';

/** The kinds of role a case gives (or not) to a task. */
export type RoleKind = 'none' | 'owned' | 'imported' | 'immutable';

const roleKinds = new WeakMap<iam.IRole, RoleKind>();

/** A role of the given kind, created under `scope` with stable ids. */
export function makeRole(scope: Construct, kind: RoleKind): iam.IRole | undefined {
  let role: iam.IRole | undefined;
  switch (kind) {
    case 'none': return undefined;
    case 'owned': role = new iam.Role(scope, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }); break;
    case 'imported': role = iam.Role.fromRoleArn(scope, 'Role', IMPORTED_ROLE_ARN); break;
    case 'immutable': role = iam.Role.fromRoleArn(scope, 'Role', IMPORTED_ROLE_ARN, { mutable: false }); break;
  }
  roleKinds.set(role, kind);
  return role;
}

/** The kind of a role `makeRole` made (`none` for undefined). */
export function roleKindOf(role: iam.IRole | undefined): RoleKind {
  return role ? roleKinds.get(role) ?? 'owned' : 'none';
}

/** The kinds of KMS key. */
export type KeyKind = 'owned' | 'imported';

/** A key of the given kind, with the id `Key<suffix>`. */
export function makeKey(scope: Construct, kind: KeyKind, suffix = ''): kms.IKey {
  return kind === 'owned' ? new kms.Key(scope, `Key${suffix}`) : kms.Key.fromKeyArn(scope, `Key${suffix}`, IMPORTED_KEY_ARN);
}

/** The kinds of bucket. */
export type BucketKind = 'owned' | 'encrypted' | 'imported' | 'tokenName';

/** A bucket of the given kind, with the id `Bucket<suffix>`. */
export function makeBucket(scope: Construct, kind: BucketKind, suffix = ''): s3.IBucket {
  const id = `Bucket${suffix}`;
  switch (kind) {
    case 'owned': return new s3.Bucket(scope, id);
    case 'encrypted': return new s3.Bucket(scope, id, { encryptionKey: new kms.Key(scope, `${id}Key`) });
    case 'imported': return s3.Bucket.fromBucketName(scope, id, `amzn-s3-demo-bucket${suffix.toLowerCase()}`);
    case 'tokenName': return s3.Bucket.fromBucketName(scope, id, Fn.importValue('BucketName'));
  }
}

/** The kinds of ECR repository. */
export type RepositoryKind = 'owned' | 'imported';

/** A repository of the given kind, with the id `Repo`. */
export function makeRepository(scope: Construct, kind: RepositoryKind): ecr.IRepository {
  return kind === 'owned' ? new ecr.Repository(scope, 'Repo') : ecr.Repository.fromRepositoryArn(scope, 'Repo', IMPORTED_REPO_ARN);
}

/** A VPC with the id `Vpc` (no NAT gateways, to keep the template small). */
export function makeVpc(scope: Construct): ec2.IVpc {
  return new ec2.Vpc(scope, 'Vpc', { natGateways: 0, maxAzs: 2, subnetConfiguration: [
    { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ] });
}
