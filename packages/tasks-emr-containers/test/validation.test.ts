import { App, Fn, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { render } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';

type Impl = 'ours' | 'reference';
const libs = { ours, reference: reference as unknown as typeof ours };
const newStack = () => new Stack(new App(), 'Stack');
const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

function create(props: Partial<ours.EmrContainersCreateVirtualClusterProps>, impl: Impl = 'ours'): unknown {
  const lib = libs[impl];
  return new lib.EmrContainersCreateVirtualCluster(newStack(), 'Create', {
    eksCluster: lib.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('test-eks')),
    ...props,
  });
}

function remove(props: Partial<ours.EmrContainersDeleteVirtualClusterProps>, impl: Impl = 'ours'): unknown {
  return new libs[impl].EmrContainersDeleteVirtualCluster(newStack(), 'Delete', {
    virtualClusterId: sfn.TaskInput.fromText('x01f27i9a7cv1td52keaktr6j'),
    ...props,
  });
}

type StartProps = (lib: typeof ours, stack: Stack) => Partial<ours.EmrContainersStartJobRunProps>;

function start(props: StartProps = () => ({}), impl: Impl = 'ours'): ours.EmrContainersStartJobRun {
  const lib = libs[impl];
  const stack = newStack();
  return new lib.EmrContainersStartJobRun(stack, 'Start', {
    virtualCluster: lib.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
    releaseLabel: lib.ReleaseLabel.EMR_6_2_0,
    jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('local:///job.py') } },
    ...props(lib, stack),
  });
}

const driver = (driverProps: Partial<ours.SparkSubmitJobDriver>): StartProps => () => ({
  jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('local:///job.py'), ...driverProps } },
});
const config = (...configs: Array<(lib: typeof ours) => ours.ApplicationConfiguration>): StartProps => (lib) => ({
  applicationConfig: configs.map((c) => c(lib)),
});
const role: StartProps = (_lib, stack) => ({ executionRole: iam.Role.fromRoleArn(stack, 'R', 'arn:aws:iam::123456789012:role/R') });

describe('EmrContainersCreateVirtualCluster validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: CALLBACK }],
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }],
  ] as const)('fails on the %s pattern, as the reference does', (name, props) => {
    expect(() => create(props, 'reference')).toThrow();
    expect(() => create(props)).toThrow(new RegExp(`EmrContainersCreateVirtualCluster at 'Stack/Create': \`integrationPattern\` must be one of REQUEST_RESPONSE, got ${name}`));
  });

  it.each([
    ['an empty namespace', { eksNamespace: '' }, /`eksNamespace` must be from 1 to 63 characters long, got 0/],
    ['a namespace over 63 characters', { eksNamespace: 'a'.repeat(64) }, /`eksNamespace` must be from 1 to 63 characters long, got 64/],
    ['an upper-case namespace', { eksNamespace: 'Spark' }, /`eksNamespace` must be a Kubernetes namespace of lowercase letters, digits and hyphens.*got 'Spark'/],
    ['a namespace ending with a hyphen', { eksNamespace: 'spark-' }, /`eksNamespace` must be a Kubernetes namespace/],
    ['a namespace with an underscore', { eksNamespace: 'spark_jobs' }, /`eksNamespace` must be a Kubernetes namespace/],
    ['an empty name', { virtualClusterName: '' }, /`virtualClusterName` must be from 1 to 64 characters long, got 0/],
    ['a name over 64 characters', { virtualClusterName: 'a'.repeat(65) }, /`virtualClusterName` must be from 1 to 64 characters long, got 65/],
    ['a name of spaces and colons only', { virtualClusterName: ' : ' },
      /`virtualClusterName` must be a name with a letter, digit, or one of \. - _ \/ # \(the API's pattern \[\\\.\\-_\/#A-Za-z0-9\]\+\), got ' : '/],
    ['a name of symbols outside the pattern', { virtualClusterName: '*@!' }, /`virtualClusterName` must be a name with a letter, digit/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
    ['a tag key over 128 characters', { tags: { ['k'.repeat(129)]: 'v' } }, /`tags` key `k+` must be from 1 to 128 characters long, got 129/],
    ['an empty tag key', { tags: { '': 'v' } }, /`tags` key `` must be from 1 to 128 characters long, got 0/],
    ['a tag value over 256 characters', { tags: { k: 'v'.repeat(257) } }, /`tags.k` must be from 0 to 256 characters long, got 257/],
  ] as const)('fails on %s, which the reference accepts', (_name, props, message) => {
    expect(() => create(props, 'reference')).not.toThrow();
    expect(() => create(props)).toThrow(message);
  });

  it.each([
    ['a name starting with a hyphen', '-eks', /`eksCluster` must be an EKS cluster name of letters, digits, - and _, starting with a letter or digit, got '-eks'/],
    ['a name with a dot', 'my.eks', /`eksCluster` must be an EKS cluster name/],
    ['a name over 100 characters', 'e'.repeat(101), /`eksCluster` must be from 1 to 100 characters long, got 101/],
  ])('fails on an EKS cluster with %s', (_name, clusterName, message) => {
    expect(() => create({ eksCluster: ours.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText(clusterName)) })).toThrow(message);
  });

  it('fails on an object task input for the EKS cluster name', () => {
    expect(() => ours.EksClusterInput.fromTaskInput(sfn.TaskInput.fromObject({ name: 'a' })))
      .toThrow(/EksClusterInput.fromTaskInput: `taskInput` must be TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\), got TaskInput.fromObject\(\)/);
  });

  it('accepts valid and dynamic values', () => {
    expect(() => create({ virtualClusterName: 'a'.repeat(64), eksNamespace: 'a'.repeat(63), tags: { k: '' } })).not.toThrow();
    expect(() => create({ virtualClusterName: 'EMR.Containers_Virtual/Cluster#1', eksNamespace: 'spark-1' })).not.toThrow();
    // The API's name pattern is not anchored: a name with spaces matches it.
    expect(render(create({ virtualClusterName: 'EMR Containers Virtual Cluster' }) as sfn.State).Parameters.Name).toBe('EMR Containers Virtual Cluster');
    expect(() => create({ virtualClusterName: sfn.JsonPath.stringAt('$.n'), eksNamespace: sfn.JsonPath.stringAt('$.ns') })).not.toThrow();
    expect(() => create({ virtualClusterName: Fn.importValue('N'), eksNamespace: Fn.importValue('NS') })).not.toThrow();
    expect(() => create({ queryLanguage: sfn.QueryLanguage.JSONATA, virtualClusterName: '{% $x %}', eksNamespace: '{% $y %}' })).not.toThrow();
  });
});

describe('EmrContainersDeleteVirtualCluster validation', () => {
  it('fails on WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    expect(() => remove({ integrationPattern: CALLBACK }, 'reference')).toThrow();
    expect(() => remove({ integrationPattern: CALLBACK }))
      .toThrow(/`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  it.each([
    ['an ID without a lowercase letter or digit', 'CLUSTER', /`virtualClusterId` must be a virtual cluster ID with a lowercase letter or digit \(the API's pattern \[0-9a-z\]\+\), got 'CLUSTER'/],
    ['an ID of hyphens', '--', /`virtualClusterId` must be a virtual cluster ID with a lowercase letter or digit/],
    ['an empty ID', '', /`virtualClusterId` must be from 1 to 64 characters long, got 0/],
    ['an ID over 64 characters', 'a'.repeat(65), /`virtualClusterId` must be from 1 to 64 characters long, got 65/],
  ])('fails on %s, which the reference accepts', (_name, id, message) => {
    expect(() => remove({ virtualClusterId: sfn.TaskInput.fromText(id) }, 'reference')).not.toThrow();
    expect(() => remove({ virtualClusterId: sfn.TaskInput.fromText(id) })).toThrow(message);
  });

  it('fails on an object ID, which the reference renders as an object', () => {
    expect(() => remove({ virtualClusterId: sfn.TaskInput.fromObject({ id: 'a' }) }))
      .toThrow(/EmrContainersDeleteVirtualCluster at 'Stack\/Delete': `virtualClusterId` must be TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\), got TaskInput.fromObject\(\)/);
  });
});

describe('EmrContainersStartJobRun validation', () => {
  const classification = (lib: typeof ours) => lib.Classification.SPARK;

  describe('where the reference throws, we throw', () => {
    it.each<[string, StartProps, RegExp]>([
      ['WAIT_FOR_TASK_TOKEN', () => ({ integrationPattern: CALLBACK }),
        /EmrContainersStartJobRun at 'Stack\/Start': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['101 application configurations', (lib) => ({ applicationConfig: new Array(101).fill({ classification: lib.Classification.SPARK, properties: { a: 'b' } }) }),
        /`applicationConfig` must have from 0 to 100 items, got 101/],
      ['101 nested configurations', config((lib) => ({ classification: lib.Classification.SPARK,
        nestedConfig: new Array(101).fill({ classification: lib.Classification.SPARK, properties: { a: 'b' } }) })),
      /`applicationConfig\[0\].nestedConfig` must have from 0 to 100 items, got 101/],
      ['101 properties', config((lib) => ({ classification: lib.Classification.SPARK,
        properties: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, 'v'])) })),
      /`applicationConfig\[0\].properties` must have from 0 to 100 entries, got 101/],
      ['a configuration without properties or nested configurations', config((lib) => ({ classification: lib.Classification.SPARK })),
        /`applicationConfig\[0\]` must have `properties`, `nestedConfig` or both, got neither \(classification 'spark'\)/],
      ['an entry point over 256 characters', driver({ entryPoint: sfn.TaskInput.fromText('x'.repeat(257)) }),
        /`jobDriver.sparkSubmitJobDriver.entryPoint` must be from 1 to 256 characters long, got 257/],
      ['an empty entry point', driver({ entryPoint: sfn.TaskInput.fromText('') }),
        /`jobDriver.sparkSubmitJobDriver.entryPoint` must be from 1 to 256 characters long, got 0/],
      ['entry point arguments that are numbers', driver({ entryPointArguments: sfn.TaskInput.fromObject([1] as unknown as object) }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments` must be an array of strings \(TaskInput.fromObject\(\[...\]\)\) or a JSON path or JSONata expression that evaluates to one, got \[1\]/],
      ['entry point arguments as plain text', driver({ entryPointArguments: sfn.TaskInput.fromText('x') }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments` must be an array of strings .* got the text 'x'/],
      ['10,281 entry point arguments', driver({ entryPointArguments: sfn.TaskInput.fromObject(new Array(10281).fill('x')) }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments` must have from 1 to 10280 items, got 10281/],
      ['no entry point arguments', driver({ entryPointArguments: sfn.TaskInput.fromObject([]) }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments` must have from 1 to 10280 items, got 0/],
      ['Spark submit parameters over 102,400 characters', driver({ sparkSubmitParameters: 'x'.repeat(102401) }),
        /`jobDriver.sparkSubmitJobDriver.sparkSubmitParameters` must be from 1 to 102400 characters long, got 102401/],
      ['no execution role for a JSON path virtual cluster', (lib) => ({
        virtualCluster: lib.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')),
      }), /`executionRole` must be given when the virtual cluster ID is a JSON path or JSONata expression/],
      ['no execution role for a JSONata virtual cluster', (lib) => ({
        queryLanguage: sfn.QueryLanguage.JSONATA, virtualCluster: lib.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.id %}')),
      }), /`executionRole` must be given when the virtual cluster ID is a JSON path or JSONata expression/],
    ])('fails on %s', (_name, props, message) => {
      expect(() => start(props, 'reference')).toThrow();
      expect(() => start(props)).toThrow(message);
    });
  });

  describe('what we check beyond the reference', () => {
    it('fails on empty Spark submit parameters, which the reference renders', () => {
      const props = driver({ sparkSubmitParameters: '' });
      expect(render(start(props, 'reference')).Parameters.JobDriver.SparkSubmitJobDriver.SparkSubmitParameters).toBe('');
      expect(() => start(props)).toThrow(/`jobDriver.sparkSubmitJobDriver.sparkSubmitParameters` must be from 1 to 102400 characters long, got 0/);
    });

    it.each<[string, StartProps, RegExp]>([
      ['blank Spark submit parameters', driver({ sparkSubmitParameters: '   ' }),
        /`jobDriver.sparkSubmitJobDriver.sparkSubmitParameters` must be text that is not only white space, got '   '/],
      ['an upper-case virtual cluster ID', (lib) => ({ virtualCluster: lib.VirtualClusterInput.fromVirtualClusterId('CLUSTER-ID') }),
        /`virtualCluster` must be a virtual cluster ID with a lowercase letter or digit \(the API's pattern \[0-9a-z\]\+\), got 'CLUSTER-ID'/],
      ['an empty virtual cluster ID', (lib) => ({ virtualCluster: lib.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('')) }),
        /`virtualCluster` must be from 1 to 64 characters long, got 0/],
      ['a job name of spaces', () => ({ jobName: '  ' }), /`jobName` must be a name with a letter, digit, or one of \. - _ \/ #.*, got '  '/],
      ['a job name over 64 characters', () => ({ jobName: 'j'.repeat(65) }), /`jobName` must be from 1 to 64 characters long, got 65/],
      ['a release label of symbols outside the pattern', (lib) => ({ releaseLabel: new lib.ReleaseLabel('* *') }),
        /`releaseLabel` must be a release label with a letter, digit, or one of \. - _ \/ .*, got '\* \*'/],
      ['an empty release label', (lib) => ({ releaseLabel: new lib.ReleaseLabel('') }), /`releaseLabel` must be from 1 to 64 characters long, got 0/],
      ['an empty classification', config((lib) => ({ classification: new lib.Classification(''), properties: { a: 'b' } })),
        /`applicationConfig\[0\].classification` must be from 1 to 1024 characters long, got 0/],
      ['an empty property value', config((lib) => ({ classification: classification(lib), properties: { a: '' } })),
        /`applicationConfig\[0\].properties.a` must be from 1 to 1024 characters long, got 0/],
      ['a property key over 1,024 characters', config((lib) => ({ classification: classification(lib), properties: { ['k'.repeat(1025)]: 'v' } })),
        /`applicationConfig\[0\].properties` key `k+` must be from 1 to 1024 characters long, got 1025/],
      ['a nested configuration without properties', config((lib) => ({ classification: classification(lib),
        nestedConfig: [{ classification: new lib.Classification('export') }] })),
      /`applicationConfig\[0\].nestedConfig\[0\]` must have `properties`, `nestedConfig` or both, got neither \(classification 'export'\)/],
      ['an empty entry point argument', driver({ entryPointArguments: sfn.TaskInput.fromObject(['a', '']) }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments\[1\]` must be from 1 to 10280 characters long, got 0/],
      ['entry point arguments as an object', driver({ entryPointArguments: sfn.TaskInput.fromObject({ a: 'b' }) }),
        /`jobDriver.sparkSubmitJobDriver.entryPointArguments` must be an array of strings .* got \{"a":"b"\}/],
      ['an entry point object', driver({ entryPoint: sfn.TaskInput.fromObject({ a: 'b' }) }),
        /`jobDriver.sparkSubmitJobDriver.entryPoint` must be TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\), got TaskInput.fromObject\(\)/],
      ['a log stream prefix without a log group', () => ({ monitoring: { logStreamNamePrefix: 'jobs' } }),
        /`monitoring.logStreamNamePrefix` needs a log group: set `monitoring.logGroup`, or `monitoring.logging` to true for a new one, got neither/],
      ['a log stream prefix with logging off and no log group', () => ({ monitoring: { logStreamNamePrefix: 'jobs', logging: false } }),
        /`monitoring.logStreamNamePrefix` needs a log group/],
      ['a log stream prefix over 256 characters', () => ({ monitoring: { logging: true, logStreamNamePrefix: 'p'.repeat(257) } }),
        /`monitoring.logStreamNamePrefix` must be from 1 to 256 characters long, got 257/],
      ['51 tags', () => ({ tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }), /`tags` must have from 0 to 50 entries, got 51/],
    ])('fails on %s', (_name, props, message) => {
      expect(() => start(props)).toThrow(message);
    });

    it('fails on an object task input for the virtual cluster ID', () => {
      expect(() => ours.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromObject({ id: 'a' })))
        .toThrow(/VirtualClusterInput.fromTaskInput: `taskInput` must be TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\), got TaskInput.fromObject\(\)/);
    });

    it('accepts limits and dynamic values', () => {
      expect(() => start(driver({
        entryPoint: sfn.TaskInput.fromText('e'.repeat(256)),
        entryPointArguments: sfn.TaskInput.fromObject(['a'.repeat(10280)]),
        sparkSubmitParameters: 'p'.repeat(102400),
      }))).not.toThrow();
      expect(() => start((lib, stack) => ({
        ...role(lib, stack),
        virtualCluster: lib.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')),
        jobName: sfn.JsonPath.stringAt('$.name'),
        releaseLabel: new lib.ReleaseLabel(sfn.JsonPath.stringAt('$.release')),
        tags: { [sfn.JsonPath.stringAt('$.key')]: sfn.JsonPath.stringAt('$.value') },
        monitoring: { logGroup: logs.LogGroup.fromLogGroupName(stack, 'G', 'g'), logStreamNamePrefix: sfn.JsonPath.stringAt('$.prefix') },
      }))).not.toThrow();
      expect(() => start((lib) => ({ virtualCluster: lib.VirtualClusterInput.fromVirtualClusterId(Fn.importValue('Id')), jobName: Fn.importValue('Name') })))
        .not.toThrow();
    });

    it('applies the API\'s patterns as documented, unanchored: mixed-case IDs and names with spaces match them', () => {
      const task = start((lib, stack) => ({
        ...role(lib, stack),
        virtualCluster: lib.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('clusterId')),
        jobName: 'nightly job 1',
        releaseLabel: new lib.ReleaseLabel('emr-6.2.0 latest'),
      }));
      expect(render(task).Parameters).toMatchObject({ VirtualClusterId: 'clusterId', Name: 'nightly job 1', ReleaseLabel: 'emr-6.2.0 latest' });
      expect(render(remove({ virtualClusterId: sfn.TaskInput.fromText('clusterId') }) as sfn.State).Parameters).toEqual({ Id: 'clusterId' });
    });
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      start(driver({ sparkSubmitParameters: '' }));
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
