import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { App, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  EksCall, EksCreateCluster, EksCreateFargateProfile, EksCreateNodegroup, EksDeleteCluster, EksDeleteFargateProfile,
  EksDeleteNodegroup, EksRunJob, HttpMethods,
} from '../src';
import { makeCluster, makeRole, makeSubnets } from './fixtures';

/** Builds a task in a fresh stack and renders it (some checks happen at either step). */
function build(make: (scope: Construct) => sfn.State): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(make(stack).toStateJson());
}

const JOB = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: {} };
const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;
const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

const call = (props: object = {}) => (s: Construct) => new EksCall(s, 'Call', {
  cluster: makeCluster(s, 'imported'), httpMethod: HttpMethods.GET, httpPath: '/api/v1/pods', ...props,
});
const runJob = (props: object = {}) => (s: Construct) => new EksRunJob(s, 'RunJob', {
  cluster: makeCluster(s, 'imported'), job: sfn.TaskInput.fromObject(JOB), ...props,
});
const createCluster = (props: object = {}, vpc: (s: Construct) => object = () => ({})) => (s: Construct) => new EksCreateCluster(s, 'Create', {
  name: 'MyCluster', role: makeRole(s, 'Role', 'cluster'), resourcesVpcConfig: { subnets: makeSubnets(s), ...vpc(s) }, ...props,
});
const createNodegroup = (props: object = {}) => (s: Construct) => new EksCreateNodegroup(s, 'Create', {
  cluster: makeCluster(s, 'imported'), nodegroupName: 'ng', nodeRole: makeRole(s, 'Role', 'node'), subnets: makeSubnets(s), ...props,
});
const createProfile = (props: object = {}) => (s: Construct) => new EksCreateFargateProfile(s, 'Create', {
  cluster: makeCluster(s, 'imported'), fargateProfileName: 'fp', podExecutionRole: makeRole(s, 'Role', 'pods'), ...props,
});

describe('EksCall validation', () => {
  const referenceCall = (props: object) => (s: Construct) => new reference.EksCall(s, 'Call', {
    cluster: makeCluster(s, 'imported'), httpMethod: reference.HttpMethods.GET, httpPath: '/api/v1/pods', ...props,
  });
  const cases: Array<[string, object | ((s: Construct) => object), RegExp]> = [
    ['RUN_JOB', { integrationPattern: RUN_JOB }, /`integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: CALLBACK }, /`integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['an imported cluster without its endpoint', (s) => ({
      cluster: eks.Cluster.fromClusterAttributes(s, 'Bare', { clusterName: 'bare', clusterCertificateAuthorityData: 'ca' }),
    }), /`cluster` must have its `clusterEndpoint`: import it with eks.Cluster.fromClusterAttributes\(\) and set `clusterEndpoint`/],
    ['an imported cluster without its certificate authority data', (s) => ({
      cluster: eks.Cluster.fromClusterAttributes(s, 'Bare', { clusterName: 'bare', clusterEndpoint: 'https://x' }),
    }), /`cluster` must have its `clusterCertificateAuthorityData`/],
  ];

  it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
    const propsOf = (s: Construct) => (typeof props === 'function' ? props(s) : props);
    expect(() => build((s) => referenceCall(propsOf(s))(s))).toThrow();
    expect(() => build((s) => call(propsOf(s))(s))).toThrow(message);
  });

  it('renders a relative httpPath as the reference does, with a warning on the task', () => {
    for (const httpPath of ['path', '']) {
      const stack = new Stack(new App(), 'Stack');
      const task = call({ httpPath })(stack);
      expect(stack.resolve(task.toStateJson())).toEqual(build((s) => referenceCall({ httpPath })(s)));
      Annotations.fromStack(stack).hasWarning('/Stack/Call', Match.stringLikeRegexp(
        `\`httpPath\` should be an absolute path of the Kubernetes API, starting with / \\(such as /api/v1/namespaces/default/pods\\), got '${httpPath}'`));
    }
  });

  it.each([
    ['an absolute', '/api/v1/pods'],
    ['a JSON path', sfn.JsonPath.stringAt('$.path')],
    ['a token', Fn.importValue('Path')],
  ])('does not warn on %s httpPath', (_name, httpPath) => {
    const stack = new Stack(new App(), 'Stack');
    call({ httpPath })(stack);
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  it('accepts paths only known later', () => {
    for (const httpPath of [sfn.JsonPath.stringAt('$.path'), Fn.importValue('Path')]) {
      expect(() => build(call({ httpPath }))).not.toThrow();
    }
    expect(() => build(call({ httpPath: '{% $states.input.path %}', queryLanguage: sfn.QueryLanguage.JSONATA }))).not.toThrow();
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      build(call({ integrationPattern: RUN_JOB }));
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});

describe('EksRunJob validation', () => {
  const cases: Array<[string, (s: Construct) => sfn.State, RegExp]> = [
    ['WAIT_FOR_TASK_TOKEN', runJob({ integrationPattern: CALLBACK }), /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['log options without waiting', runJob({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, logOptions: { retrieveLogs: true } }),
      /`logOptions` applies only when `integrationPattern` is RUN_JOB \(logs are read once the job completes\), got REQUEST_RESPONSE/],
    ['rawLogs without retrieveLogs', runJob({ logOptions: { rawLogs: true } }),
      /`logOptions.rawLogs` apply only when `logOptions.retrieveLogs` is true, got undefined/],
    ['logParameters with retrieveLogs false', runJob({ logOptions: { retrieveLogs: false, rawLogs: false, logParameters: { tailLines: ['1'] } } }),
      /`logOptions.rawLogs` and `logOptions.logParameters` apply only when `logOptions.retrieveLogs` is true, got false/],
    ['a namespace with capitals', runJob({ namespace: 'Default' }),
      /`namespace` must be a Kubernetes namespace name: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit, got 'Default'/],
    ['a namespace of 64 characters', runJob({ namespace: 'a'.repeat(64) }), /`namespace` must be a Kubernetes namespace name/],
    ['a namespace ending with a hyphen', runJob({ namespace: 'jobs-' }), /`namespace` must be a Kubernetes namespace name/],
    ['an empty namespace', runJob({ namespace: '' }), /`namespace` must be a Kubernetes namespace name/],
    ['a job of another API version', runJob({ job: sfn.TaskInput.fromObject({ ...JOB, apiVersion: 'batch/v1beta1' }) }),
      /`job.apiVersion` must be 'batch\/v1' \(eks:runJob runs Kubernetes batch\/v1 Jobs; use EksCall for other objects\), got 'batch\/v1beta1'/],
    ['a job without apiVersion', runJob({ job: sfn.TaskInput.fromObject({ kind: 'Job', spec: {} }) }), /`job.apiVersion` must be 'batch\/v1'.*got undefined/],
    ['a Pod instead of a Job', runJob({ job: sfn.TaskInput.fromObject({ ...JOB, kind: 'Pod' }) }), /`job.kind` must be 'Job'.*got 'Pod'/],
    ['an imported cluster without its endpoint', (s) => new EksRunJob(s, 'RunJob', {
      cluster: eks.Cluster.fromClusterAttributes(s, 'Bare', { clusterName: 'bare', clusterCertificateAuthorityData: 'ca' }),
      job: sfn.TaskInput.fromObject(JOB),
    }), /`cluster` must have its `clusterEndpoint`/],
  ];

  it.each(cases)('fails on %s', (_name, make, message) => {
    expect(() => build(make)).toThrow(message);
  });

  it('accepts values only known later', () => {
    const accepted = [
      runJob({ namespace: sfn.JsonPath.stringAt('$.ns') }),
      runJob({ namespace: Token.asString(Fn.importValue('Ns')) }),
      runJob({ job: sfn.TaskInput.fromObject({ ...JOB, apiVersion: sfn.JsonPath.stringAt('$.apiVersion'), kind: sfn.JsonPath.stringAt('$.kind') }) }),
      runJob({ job: sfn.TaskInput.fromObject({ 'apiVersion.$': '$.v', kind: 'Job' }) }),
      runJob({ job: sfn.TaskInput.fromJsonPathAt('$.job') }),
      runJob({ job: sfn.TaskInput.fromText('apiVersion: batch/v1') }),
      runJob({ logOptions: { retrieveLogs: true, rawLogs: true } }),
      runJob({ logOptions: {} }),
      (s: Construct) => EksRunJob.jsonata(s, 'RunJob', {
        cluster: makeCluster(s, 'imported'), namespace: '{% $states.input.ns %}', job: sfn.TaskInput.fromObject({ ...JOB, kind: '{% $states.input.kind %}' }),
      }),
    ];
    for (const make of accepted) expect(() => build(make)).not.toThrow();
  });
});

describe('EksCreateCluster validation', () => {
  const cases: Array<[string, (s: Construct) => sfn.State, RegExp]> = [
    ['WAIT_FOR_TASK_TOKEN', createCluster({ integrationPattern: CALLBACK }), /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['a name of 101 characters', createCluster({ name: 'c'.repeat(101) }), /`name` must be from 1 to 100 characters long, got 101 characters/],
    ['an empty name', createCluster({ name: '' }), /`name` must be from 1 to 100 characters long, got 0 characters/],
    ['a name starting with a hyphen', createCluster({ name: '-cluster' }),
      /`name` must be a letter or digit followed by letters, digits, hyphens \(-\) and underscores \(_\), got '-cluster'/],
    ['a name with a dot', createCluster({ name: 'my.cluster' }), /`name` must be a letter or digit followed by/],
    ['one subnet', (s) => new EksCreateCluster(s, 'Create', {
      name: 'c', role: makeRole(s, 'Role', 'cluster'), resourcesVpcConfig: { subnets: [ec2.Subnet.fromSubnetId(s, 'A', 'subnet-a')] },
    }), /`resourcesVpcConfig.subnets` must hold at least 2 subnets, in different Availability Zones, got 1/],
    ['six security groups', createCluster({}, (s) => ({
      securityGroups: Array.from({ length: 6 }, (_, i) => ec2.SecurityGroup.fromSecurityGroupId(s, `Sg${i}`, `sg-${i}`)),
    })), /`resourcesVpcConfig.securityGroups` must have from 0 to 5 items, got 6/],
    ['no endpoint access', createCluster({}, () => ({ endpointPublicAccess: false })),
      /`resourcesVpcConfig.endpointPrivateAccess` must be true when `endpointPublicAccess` is false \(the API server needs an endpoint\), got undefined/],
    ['public CIDR blocks without public access', createCluster({}, () => ({ endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['10.0.0.0/8'] })),
      /`resourcesVpcConfig.publicAccessCidrs` applies only to public endpoint access/],
    ['a public service CIDR block', createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: '8.8.0.0/16' } }),
      /`kubernetesNetworkConfig.serviceIpv4Cidr` must be a \/12 to \/24 IPv4 CIDR block within 10.0.0.0\/8, 172.16.0.0\/12 or 192.168.0.0\/16, got '8.8.0.0\/16'/],
    ['a /25 service CIDR block', createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: '10.100.0.0/25' } }), /`kubernetesNetworkConfig.serviceIpv4Cidr` must be a \/12 to \/24/],
    ['a malformed service CIDR block', createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: '10.100.0.0' } }), /`kubernetesNetworkConfig.serviceIpv4Cidr`/],
    ['encryption of configmaps', createCluster({ encryptionConfig: { provider: kms.Key.fromKeyArn(new Stack(), 'K', 'arn:aws:kms:us-east-1:1:key/k'), resources: ['configmaps'] } }),
      /`encryptionConfig.resources` must be \['secrets'\], the only resource EKS encrypts, got \["configmaps"\]/],
    ['51 tags', createCluster({ tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }), /`tags` must have from 1 to 50 entries, got 51/],
    ['no tags', createCluster({ tags: {} }), /`tags` must have from 1 to 50 entries, got 0/],
    ['a tag key of 129 characters', createCluster({ tags: { ['k'.repeat(129)]: 'v' } }), /`tags key` must be from 1 to 128 characters long/],
    ['a tag value of 257 characters', createCluster({ tags: { k: 'v'.repeat(257) } }), /`tags\['k'\]` must be from 0 to 256 characters long/],
    ['an aws: tag key', createCluster({ tags: { 'aws:owner': 'me' } }), /`tags` keys must not start with aws: \(reserved for AWS\), got 'aws:owner'/],
  ];

  it.each(cases)('fails on %s', (_name, make, message) => {
    expect(() => build(make)).toThrow(message);
  });

  it('accepts values only known later and the edges of the ranges', () => {
    const accepted = [
      createCluster({ name: sfn.JsonPath.stringAt('$.name') }),
      createCluster({ name: 'c'.repeat(100) }),
      createCluster({ name: '0_cluster-1' }),
      createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: '172.31.0.0/24' } }),
      createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: '192.168.0.0/12' } }),
      createCluster({ kubernetesNetworkConfig: { serviceIpv4Cidr: sfn.JsonPath.stringAt('$.cidr') } }),
      createCluster({}, () => ({ endpointPublicAccess: false, endpointPrivateAccess: true })),
      createCluster({ tags: { [sfn.JsonPath.stringAt('$.key')]: sfn.JsonPath.stringAt('$.value') } }),
      createCluster({ logging: [] }),
    ];
    for (const make of accepted) expect(() => build(make)).not.toThrow();
  });
});

describe('EksCreateNodegroup validation', () => {
  const cases: Array<[string, (s: Construct) => sfn.State, RegExp]> = [
    ['WAIT_FOR_TASK_TOKEN', createNodegroup({ integrationPattern: CALLBACK }), /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['a name of 64 characters', createNodegroup({ nodegroupName: 'n'.repeat(64) }), /`nodegroupName` must be from 1 to 63 characters long, got 64 characters/],
    ['a name with a space', createNodegroup({ nodegroupName: 'my nodes' }), /`nodegroupName` must be a letter or digit followed by letters, digits, hyphens/],
    ['no subnets', createNodegroup({ subnets: [] }), /`subnets` must hold at least 1 subnet, got 0/],
    ['a negative minimum size', createNodegroup({ scalingConfig: { minSize: -1, maxSize: 2, desiredSize: 1 } }), /`scalingConfig.minSize` must be a whole number from 0, got -1/],
    ['a maximum size of 0', createNodegroup({ scalingConfig: { minSize: 0, maxSize: 0, desiredSize: 0 } }), /`scalingConfig.maxSize` must be a whole number from 1, got 0/],
    ['a fractional desired size', createNodegroup({ scalingConfig: { minSize: 0, maxSize: 2, desiredSize: 1.5 } }), /`scalingConfig.desiredSize` must be a whole number from 0, got 1.5/],
    ['a minimum above the maximum', createNodegroup({ scalingConfig: { minSize: 3, maxSize: 2, desiredSize: 2 } }), /`scalingConfig.minSize` must not exceed `maxSize` \(2\), got 3/],
    ['a desired size above the maximum', createNodegroup({ scalingConfig: { minSize: 1, maxSize: 2, desiredSize: 3 } }), /`scalingConfig.desiredSize` must be from `minSize` to `maxSize` \(1 to 2\), got 3/],
    ['a desired size below the minimum', createNodegroup({ scalingConfig: { minSize: 2, maxSize: 4, desiredSize: 1 } }), /`scalingConfig.desiredSize` must be from `minSize` to `maxSize`/],
    ['a disk size of 0', createNodegroup({ diskSize: 0 }), /`diskSize` must be a whole number from 1, got 0/],
    ['a launch template with a disk size', createNodegroup({ launchTemplate: { id: 'lt-1' }, diskSize: 20 }),
      /`launchTemplate` cannot be combined with `diskSize`, `remoteAccess`, got `diskSize`/],
    ['a launch template with remote access', createNodegroup({ launchTemplate: { name: 'lt' }, remoteAccess: { ec2SshKey: 'k' } }),
      /`launchTemplate` cannot be combined with `diskSize`, `remoteAccess`, got `remoteAccess`/],
    ['a launch template with neither id nor name', createNodegroup({ launchTemplate: { version: '1' } }), /`launchTemplate` must have exactly one of `id` and `name`, got neither/],
    ['a launch template with both id and name', createNodegroup({ launchTemplate: { id: 'lt-1', name: 'lt' } }), /`launchTemplate` must have exactly one of `id` and `name`, got both/],
    ['an update config with both limits', createNodegroup({ updateConfig: { maxUnavailable: 1, maxUnavailablePercentage: 10 } }),
      /`updateConfig` must have exactly one of `maxUnavailable` and `maxUnavailablePercentage`, got both/],
    ['an empty update config', createNodegroup({ updateConfig: {} }), /`updateConfig` must have exactly one of `maxUnavailable` and `maxUnavailablePercentage`, got neither/],
    ['101 unavailable nodes', createNodegroup({ updateConfig: { maxUnavailable: 101 } }), /`updateConfig.maxUnavailable` must be a whole number from 1 to 100, got 101/],
    ['0 percent unavailable', createNodegroup({ updateConfig: { maxUnavailablePercentage: 0 } }), /`updateConfig.maxUnavailablePercentage` must be a whole number from 1 to 100, got 0/],
    ['51 taints', createNodegroup({ taints: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, effect: eks.TaintEffect.NO_SCHEDULE })) }),
      /`taints` must have from 0 to 50 items, got 51/],
    ['an empty taint key', createNodegroup({ taints: [{ key: '', effect: eks.TaintEffect.NO_EXECUTE }] }), /`taints\[0\].key` must be from 1 to 63 characters long/],
    ['a taint value of 64 characters', createNodegroup({ taints: [{ key: 'k', value: 'v'.repeat(64), effect: eks.TaintEffect.NO_EXECUTE }] }),
      /`taints\[0\].value` must be from 0 to 63 characters long/],
    ['an aws: tag key', createNodegroup({ tags: { 'AWS:x': 'y' } }), /`tags` keys must not start with aws:/],
  ];

  it.each(cases)('fails on %s', (_name, make, message) => {
    expect(() => build(make)).toThrow(message);
  });

  it('accepts values only known later and the edges of the ranges', () => {
    const accepted = [
      createNodegroup({ nodegroupName: sfn.JsonPath.stringAt('$.name') }),
      createNodegroup({ scalingConfig: { minSize: 0, maxSize: 1, desiredSize: 0 } }),
      createNodegroup({ scalingConfig: { minSize: 2, maxSize: sfn.JsonPath.numberAt('$.max'), desiredSize: sfn.JsonPath.numberAt('$.desired') } }),
      createNodegroup({ scalingConfig: { minSize: Token.asNumber(Fn.importValue('Min')), maxSize: 1, desiredSize: 1 } }),
      createNodegroup({ updateConfig: { maxUnavailablePercentage: 100 } }),
      createNodegroup({ launchTemplate: { id: 'lt-1' }, instanceTypes: ['m5.large'] }),
      createNodegroup({ taints: [] }),
    ];
    for (const make of accepted) expect(() => build(make)).not.toThrow();
  });
});

describe('EksCreateFargateProfile validation', () => {
  const cases: Array<[string, (s: Construct) => sfn.State, RegExp]> = [
    ['WAIT_FOR_TASK_TOKEN', createProfile({ integrationPattern: CALLBACK }), /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['an empty name', createProfile({ fargateProfileName: '' }), /`fargateProfileName` must not be empty, got ''/],
    ['six selectors', createProfile({ selectors: Array.from({ length: 6 }, (_, i) => ({ namespace: `ns${i}` })) }), /`selectors` must have from 0 to 5 items, got 6/],
    ['a selector namespace with capitals', createProfile({ selectors: [{ namespace: 'Prod' }] }), /`selectors\[0\].namespace` must be a Kubernetes namespace name/],
    ['51 tags', createProfile({ tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }), /`tags` must have from 1 to 50 entries, got 51/],
  ];

  it.each(cases)('fails on %s', (_name, make, message) => {
    expect(() => build(make)).toThrow(message);
  });

  it('accepts five selectors and namespaces only known later', () => {
    expect(() => build(createProfile({ selectors: Array.from({ length: 5 }, (_, i) => ({ namespace: `ns-${i}` })) }))).not.toThrow();
    expect(() => build(createProfile({ selectors: [{ namespace: sfn.JsonPath.stringAt('$.ns') }] }))).not.toThrow();
  });
});

describe('delete tasks validation', () => {
  const cases: Array<[string, (s: Construct) => sfn.State, RegExp]> = [
    ['EksDeleteCluster with WAIT_FOR_TASK_TOKEN', (s) => new EksDeleteCluster(s, 'D', { cluster: makeCluster(s, 'imported'), integrationPattern: CALLBACK }),
      /EksDeleteCluster at 'Stack\/D': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['EksDeleteNodegroup with WAIT_FOR_TASK_TOKEN', (s) => new EksDeleteNodegroup(s, 'D', { cluster: makeCluster(s, 'imported'), nodegroupName: 'ng', integrationPattern: CALLBACK }),
      /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB/],
    ['EksDeleteNodegroup with a bad name', (s) => new EksDeleteNodegroup(s, 'D', { cluster: makeCluster(s, 'imported'), nodegroupName: '_ng' }),
      /`nodegroupName` must be a letter or digit followed by/],
    ['EksDeleteFargateProfile with WAIT_FOR_TASK_TOKEN', (s) => new EksDeleteFargateProfile(s, 'D', { cluster: makeCluster(s, 'imported'), fargateProfileName: 'fp', integrationPattern: CALLBACK }),
      /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB/],
    ['EksDeleteFargateProfile with an empty name', (s) => new EksDeleteFargateProfile(s, 'D', { cluster: makeCluster(s, 'imported'), fargateProfileName: '' }),
      /`fargateProfileName` must not be empty/],
  ];

  it.each(cases)('fails on %s', (_name, make, message) => {
    expect(() => build(make)).toThrow(message);
  });
});
