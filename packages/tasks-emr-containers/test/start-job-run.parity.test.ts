import { Duration, Fn } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';
import { mapStrings } from './parity-helpers';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Impl = 'ours' | 'reference';

/** The helper classes of one implementation (ours and the reference's are distinct classes). */
interface Kit {
  readonly VirtualClusterInput: typeof ours.VirtualClusterInput;
  readonly ReleaseLabel: typeof ours.ReleaseLabel;
  readonly Classification: typeof ours.Classification;
}
const kits: Record<Impl, Kit> = { ours, reference: reference as unknown as Kit };

type Props = Partial<ours.EmrContainersStartJobRunProps>;

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct, kit: Kit) => Props;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
  /** The virtual cluster ID's ARN tail, as `normalize` writes it, when the task creates the execution role. */
  readonly virtualClusterArnTail?: unknown[];
}

const VIRTUAL_CLUSTER_ID = 'de92jdei2910fwedz';
const ENTRY_POINT = 'local:///usr/lib/spark/examples/src/main/python/pi.py';
const SPARK_PARAMETERS = '--conf spark.executor.instances=2 --conf spark.executor.memory=2G --conf spark.executor.cores=2 --conf spark.driver.cores=1';
const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const REQUEST_RESPONSE = { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE };
const JSONATA = { queryLanguage: sfn.QueryLanguage.JSONATA };

const roles = {
  imported: (scope: Construct) => iam.Role.fromRoleArn(scope, 'Job-Execution-Role', 'arn:aws:iam::123456789012:role/JobExecutionRole'),
  otherAccount: (scope: Construct) => iam.Role.fromRoleArn(scope, 'Job-Execution-Role', 'arn:aws:iam::111122223333:role/JobExecutionRole'),
  owned: (scope: Construct) => new iam.Role(scope, 'Role', { assumedBy: new iam.ServicePrincipal('emr-containers.amazonaws.com') }),
};

const drivers = {
  text: () => ({ sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } }),
  parameters: () => ({ sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), sparkSubmitParameters: SPARK_PARAMETERS } }),
  arrayArguments: () => ({ sparkSubmitJobDriver: {
    entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), entryPointArguments: sfn.TaskInput.fromObject(['60', '--verbose']),
  } }),
  jsonPathArguments: () => ({ sparkSubmitJobDriver: {
    entryPoint: sfn.TaskInput.fromJsonPathAt('$.entryPoint'), entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.args'),
    sparkSubmitParameters: sfn.JsonPath.stringAt('$.sparkParameters'),
  } }),
  tokenEntryPoint: () => ({ sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(Fn.importValue('Script')) } }),
};
const jsonataDriver = () => ({ sparkSubmitJobDriver: {
  entryPoint: sfn.TaskInput.fromText('{% $states.input.script %}'),
  entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}'),
  sparkSubmitParameters: '{% $states.input.parameters %}',
} });

const commonJsonPath = (scope: Construct): Props => commonJsonPathProps(scope, {
  comment: 'run it',
  stateName: 'Run the Spark job',
  resultSelector: { id: sfn.JsonPath.stringAt('$.Id'), state: sfn.JsonPath.stringAt('$.State') },
  assign: { jobRunId: sfn.JsonPath.stringAt('$.Id') },
});

const commonJsonata = (): Props => commonJsonataProps({
  comment: 'run it',
  outputs: '{% $states.result.Id %}',
  assign: { jobRunId: '{% $states.result.Id %}' },
});

const literalArn = [`/virtualclusters/${VIRTUAL_CLUSTER_ID}`];
const cases: Case[] = [];

for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `${factory}, minimal (new execution role)`, factory, virtualClusterArnTail: literalArn },
    { name: `${factory}, REQUEST_RESPONSE`, factory, props: () => REQUEST_RESPONSE, virtualClusterArnTail: literalArn },
    { name: `${factory}, explicit RUN_JOB`, factory, props: () => RUN_JOB, virtualClusterArnTail: literalArn },
    { name: `${factory}, imported role`, factory, props: (s) => ({ executionRole: roles.imported(s) }) },
    { name: `${factory}, imported role, REQUEST_RESPONSE`, factory, props: (s) => ({ executionRole: roles.imported(s), ...REQUEST_RESPONSE }) },
  );
}
for (const [roleName, role] of Object.entries(roles)) {
  cases.push({ name: `${roleName} role`, props: (s) => ({ executionRole: role(s) }) });
}
for (const [driverName, driver] of Object.entries(drivers)) {
  cases.push({ name: `driver: ${driverName}`, props: (s) => ({ executionRole: roles.imported(s), jobDriver: driver() }) });
}
for (const label of ['EMR_5_32_0', 'EMR_5_33_0', 'EMR_6_2_0', 'EMR_6_3_0'] as const) {
  cases.push({ name: `release ${label}`, props: (s, k) => ({ executionRole: roles.imported(s), releaseLabel: k.ReleaseLabel[label] }) });
}
cases.push(
  // Virtual clusters.
  { name: 'virtual cluster from the task input text', props: (_s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText(VIRTUAL_CLUSTER_ID)),
  }), virtualClusterArnTail: literalArn },
  { name: 'virtual cluster from a JSON path, with a role', props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')), executionRole: roles.imported(s),
  }) },
  { name: 'virtual cluster from a JSON path, REQUEST_RESPONSE', props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')), executionRole: roles.owned(s), ...REQUEST_RESPONSE,
  }) },
  { name: 'virtual cluster from a JSONata expression', factory: 'jsonata', props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.clusterId %}')), executionRole: roles.imported(s),
  }) },
  { name: 'virtual cluster ID token, new role', props: (_s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromVirtualClusterId(Fn.importValue('VirtualClusterId')),
  }), virtualClusterArnTail: ['/virtualclusters/', { 'Fn::ImportValue': 'VirtualClusterId' }] },
  // Job name, release label, tags.
  { name: 'static job name', props: (s) => ({ executionRole: roles.imported(s), jobName: 'EMR-Containers-Job' }) },
  { name: 'JSON path job name', props: (s) => ({ executionRole: roles.imported(s), jobName: sfn.JsonPath.stringAt('$.name') }) },
  { name: 'token job name', props: (s) => ({ executionRole: roles.imported(s), jobName: Fn.importValue('JobName') }) },
  { name: 'custom release label', props: (s, k) => ({ executionRole: roles.imported(s), releaseLabel: new k.ReleaseLabel('emr-6.9.0-latest') }) },
  { name: 'JSON path release label', props: (s, k) => ({ executionRole: roles.imported(s), releaseLabel: new k.ReleaseLabel(sfn.JsonPath.stringAt('$.release')) }) },
  { name: 'token release label and Spark parameters', props: (s, k) => ({
    executionRole: roles.imported(s), releaseLabel: new k.ReleaseLabel(Fn.importValue('Release')),
    jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), sparkSubmitParameters: Fn.importValue('SparkParameters') } },
  }) },
  { name: 'JSON path Spark parameters and context path entry point', props: (s) => ({
    executionRole: roles.imported(s),
    jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromJsonPathAt('$$.Execution.Input.script'), sparkSubmitParameters: sfn.JsonPath.format('--conf {}', sfn.JsonPath.stringAt('$.conf')) } },
  }) },
  { name: 'tags', props: (s) => ({ executionRole: roles.imported(s), tags: { key: 'value', empty: '' } }) },
  { name: 'JSON path and token tag values', props: (s) => ({ executionRole: roles.imported(s), tags: { run: sfn.JsonPath.stringAt('$.run'), owner: Fn.importValue('Owner') } }) },
  // Application configuration.
  { name: 'application configuration', props: (s, k) => ({ executionRole: roles.imported(s), applicationConfig: [{
    classification: k.Classification.SPARK_DEFAULTS, properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' },
  }] }) },
  { name: 'every classification', props: (s, k) => ({ executionRole: roles.imported(s), applicationConfig: [
    k.Classification.SPARK, k.Classification.SPARK_DEFAULTS, k.Classification.SPARK_ENV, k.Classification.SPARK_HIVE_SITE,
    k.Classification.SPARK_LOG4J, k.Classification.SPARK_METRICS, new k.Classification('custom'),
  ].map((classification) => ({ classification, properties: { a: 'b' } })) }) },
  { name: 'nested application configuration', props: (s, k) => ({ executionRole: roles.imported(s), applicationConfig: [{
    classification: new k.Classification('hadoop-env'),
    nestedConfig: [{ classification: new k.Classification('export'), properties: { HADOOP_DATANODE_HEAPSIZE: '2048', HADOOP_NAMENODE_OPTS: '-XX:GCTimeRatio=19' } }],
  }] }) },
  { name: 'properties and nested configuration together', props: (s, k) => ({ executionRole: roles.imported(s), applicationConfig: [{
    classification: k.Classification.SPARK_ENV, properties: { a: 'b' },
    nestedConfig: [{ classification: new k.Classification('export'), properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }],
  }] }) },
  { name: 'JSON path property value', props: (s, k) => ({ executionRole: roles.imported(s), applicationConfig: [{
    classification: k.Classification.SPARK_DEFAULTS, properties: { 'spark.executor.memory': sfn.JsonPath.stringAt('$.memory') },
  }] }) },
  // Monitoring.
  { name: 'logging on: new log group and bucket', props: () => ({ monitoring: { logging: true } }), virtualClusterArnTail: literalArn },
  { name: 'logging on with a role and a stream prefix', props: (s) => ({ executionRole: roles.imported(s), monitoring: { logging: true, logStreamNamePrefix: 'prefix' } }) },
  { name: 'logging on, persistent UI off, owned role', props: (s) => ({ executionRole: roles.owned(s), monitoring: { logging: true, persistentAppUI: false } }) },
  { name: 'owned log group and bucket', props: (s) => ({ executionRole: roles.imported(s), monitoring: {
    logGroup: new logs.LogGroup(s, 'Log Group'), logBucket: new s3.Bucket(s, 'S3 Bucket'),
  } }) },
  { name: 'imported log group and bucket, logging off, prefix', props: () => ({ monitoring: {
    logGroup: logs.LogGroup.fromLogGroupName(scopeOf(), 'Monitoring Group', 'providedloggroup'),
    logBucket: s3.Bucket.fromBucketName(scopeOf(), 'Monitoring Bucket', 'providedbucket'),
    logStreamNamePrefix: 'prefix', logging: false,
  } }), virtualClusterArnTail: literalArn },
  { name: 'only a log bucket', props: (s) => ({ executionRole: roles.imported(s), monitoring: { logBucket: s3.Bucket.fromBucketName(s, 'B', 'logs-bucket') } }) },
  { name: 'only a log group with a prefix', props: (s) => ({ executionRole: roles.imported(s), monitoring: {
    logGroup: logs.LogGroup.fromLogGroupName(s, 'G', 'group'), logStreamNamePrefix: 'jobs',
  } }) },
  { name: 'persistent UI off', props: (s) => ({ executionRole: roles.imported(s), monitoring: { persistentAppUI: false } }) },
  { name: 'persistent UI on', props: (s) => ({ executionRole: roles.imported(s), monitoring: { persistentAppUI: true } }) },
  { name: 'logging off', props: (s) => ({ executionRole: roles.imported(s), monitoring: { logging: false } }) },
  // Query languages, common props, placements.
  { name: 'JSONata: every field an expression', factory: 'jsonata', props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.clusterId %}')),
    executionRole: roles.imported(s), jobName: '{% $states.input.name %}', releaseLabel: new k.ReleaseLabel('{% $states.input.release %}'),
    jobDriver: jsonataDriver(), tags: { run: '{% $states.input.run %}' },
  }) },
  { name: 'every common JSONPath prop', props: (s) => ({ ...commonJsonPath(s), executionRole: roles.imported(s) }) },
  { name: 'every common JSONPath prop, new role', factory: 'jsonPath', props: commonJsonPath, virtualClusterArnTail: literalArn },
  { name: 'every common JSONata prop', factory: 'jsonata', props: (s) => ({ ...commonJsonata(), executionRole: roles.imported(s) }) },
  { name: 'every common JSONata prop, REQUEST_RESPONSE', factory: 'jsonata', props: (s) => ({ ...commonJsonata(), executionRole: roles.otherAccount(s), ...REQUEST_RESPONSE }) },
  { name: 'dynamic JSONPath timeouts', props: (s) => ({ executionRole: roles.imported(s), taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: (s) => ({ executionRole: roles.imported(s), timeout: Duration.hours(2), heartbeat: Duration.minutes(5) }) },
  { name: 'JSONata state machine, constructor', stateMachine: JSONATA, props: (s) => ({ executionRole: roles.imported(s) }) },
  { name: 'JSONata state machine, jsonata factory', stateMachine: JSONATA, factory: 'jsonata', props: (s) => ({ executionRole: roles.imported(s), ...REQUEST_RESPONSE }) },
  { name: 'constructor with queryLanguage JSONata', props: (s) => ({ ...JSONATA, executionRole: roles.imported(s) }) },
  { name: 'constructor with queryLanguage JSONPath', props: (s) => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, executionRole: roles.imported(s) }) },
  { name: 'inside a JSONPath Map', wrap: inMap, props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')), executionRole: roles.imported(s),
  }) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: (s) => ({ executionRole: roles.imported(s) }) },
  // The reference README's examples.
  { name: 'README: Spark submit parameters', props: () => ({ jobDriver: drivers.parameters() }), virtualClusterArnTail: literalArn },
  { name: 'README: application configuration', props: (_s, k) => ({
    jobName: 'EMR-Containers-Job', jobDriver: drivers.text(),
    applicationConfig: [{ classification: k.Classification.SPARK_DEFAULTS, properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' } }],
  }), virtualClusterArnTail: literalArn },
  { name: 'README: monitoring with logging on', props: () => ({ jobDriver: drivers.parameters(), monitoring: { logging: true } }), virtualClusterArnTail: literalArn },
  { name: 'README: monitoring with a log group and bucket', props: (s) => ({
    jobDriver: drivers.parameters(), monitoring: { logGroup: new logs.LogGroup(s, 'Log Group'), logBucket: new s3.Bucket(s, 'S3 Bucket') },
  }), virtualClusterArnTail: literalArn },
  { name: 'README: an existing job execution role', props: (s, k) => ({
    virtualCluster: k.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId')),
    jobName: 'EMR-Containers-Job', executionRole: roles.imported(s), jobDriver: drivers.parameters(),
  }) },
  { name: 'everything at once', props: (s, k) => ({
    ...commonJsonPath(s), ...RUN_JOB, jobName: 'job', executionRole: roles.owned(s), jobDriver: drivers.jsonPathArguments(),
    applicationConfig: [{ classification: k.Classification.SPARK, properties: { maximizeResourceAllocation: 'true' } }],
    monitoring: { logging: true, logStreamNamePrefix: 'p', persistentAppUI: false }, tags: { a: 'b' },
  }) },
);

let currentScope: Construct | undefined;
/** The scope of the case being built, for props written without one. */
function scopeOf(): Construct {
  return currentScope!;
}

function build(c: Case) {
  return (scope: Construct, implementation: Impl) => {
    currentScope = scope;
    const kit = kits[implementation];
    const props = {
      virtualCluster: kit.VirtualClusterInput.fromVirtualClusterId(VIRTUAL_CLUSTER_ID),
      releaseLabel: kit.ReleaseLabel.EMR_6_2_0,
      jobDriver: drivers.parameters(),
      ...c.props?.(scope, kit),
    } as reference.EmrContainersStartJobRunProps;
    const Impl = implementation === 'ours' ? ours.EmrContainersStartJobRun : reference.EmrContainersStartJobRun;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'EMR Containers Start Job Run', props);
      case 'jsonata': return Impl.jsonata(scope, 'EMR Containers Start Job Run', props);
      default: return new Impl(scope, 'EMR Containers Start Job Run', props);
    }
  };
}

/** The logical ID prefix of the stack's trust-policy function (the same construct id as aws-cdk-lib's). */
const TRUST_POLICY_FUNCTION = 'SingletonLambda8693BB64968944B69AAFB0CC9EB8757C';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

/**
 * The reference snapshot with our deliberate differences applied when the task creates the execution role (README,
 * "Differences from aws-cdk-lib"): the trust-policy function runs our inline handler, and the deployment-time lookup
 * of the virtual cluster may describe that virtual cluster only.
 */
function expected(ref: ParitySnapshot, mine: ParitySnapshot, c: Case): ParitySnapshot {
  if (c.virtualClusterArnTail === undefined) return { ...ref, statements: normalize(ref.statements) };
  const refResources = (ref.template as { Resources: Resources }).Resources;
  const ourResources = (mine.template as { Resources: Resources }).Resources;
  const [functionId] = Object.keys(refResources).filter((id) => id.startsWith(TRUST_POLICY_FUNCTION) && refResources[id].Type === 'AWS::Lambda::Function');
  expect(refResources[functionId].Properties.Code).toHaveProperty('S3Key');
  expect(ourResources[functionId].Properties.Code).toEqual({ ZipFile: expect.stringContaining('update-role-trust-policy') });
  const template = mapStrings(ref.template, (s) => s) as { Resources: Resources };
  template.Resources[functionId].Properties.Code = ourResources[functionId].Properties.Code;

  const virtualClusterArn = normalize({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':emr-containers:us-east-1:123456789012:', ...c.virtualClusterArnTail]] });
  const statements = (normalize(ref.statements) as Array<Record<string, unknown>>).map((s) => {
    if (s.Action !== 'emr-containers:DescribeVirtualCluster') return s;
    expect(s.Resource).toBe('*');
    return { ...s, Resource: virtualClusterArn };
  });
  return { ...ref, template, statements };
}

describe('EmrContainersStartJobRun parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours: mine, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    const want = expected(ref, mine, c);
    expect(mine.state).toEqual(want.state);
    expect(mine.template).toEqual(want.template);
    expect(normalize(mine.statements)).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(70);
  });
});
