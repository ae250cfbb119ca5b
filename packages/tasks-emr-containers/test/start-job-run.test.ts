import { App, Stack } from 'aws-cdk-lib/core';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { normalize, render, statements, synthInStateMachine, templateStatements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  Classification,
  EmrContainersStartJobRun,
  ReleaseLabel,
  VirtualClusterInput,
  type EmrContainersStartJobRunProps,
} from '../src';
import { integrationResource, newStack, partitionArn, virtualClusterArn } from './fixtures';

const VIRTUAL_CLUSTER_ID = 'de92jdei2910fwedz';
/** A role of another account: the stack adds no policy to it. */
const ROLE_ARN = 'arn:aws:iam::111122223333:role/JobExecutionRole';
const ENTRY_POINT = 'local:///usr/lib/spark/examples/src/main/python/pi.py';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

const baseProps = (): EmrContainersStartJobRunProps => ({
  virtualCluster: VirtualClusterInput.fromVirtualClusterId(VIRTUAL_CLUSTER_ID),
  releaseLabel: ReleaseLabel.EMR_6_2_0,
  jobDriver: {
    sparkSubmitJobDriver: {
      entryPoint: sfn.TaskInput.fromText(ENTRY_POINT),
      sparkSubmitParameters: '--conf spark.executor.instances=2',
    },
  },
});

function start(props: Partial<EmrContainersStartJobRunProps> = {}, id = 'Start'): EmrContainersStartJobRun {
  return new EmrContainersStartJobRun(stack, id, { ...baseProps(), ...props });
}

const importedRole = () => iam.Role.fromRoleArn(stack, 'JobRole', ROLE_ARN);
const jobRoleArn = { 'Fn::GetAtt': ['StartJobExecutionRole9E48A829', 'Arn'] };

describe('EmrContainersStartJobRun', () => {
  it('renders RUN_JOB with a new execution role and the persistent UI on by default', () => {
    expect(render(start())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('startJobRun.sync'),
      Parameters: {
        VirtualClusterId: VIRTUAL_CLUSTER_ID,
        ExecutionRoleArn: jobRoleArn,
        ReleaseLabel: 'emr-6.2.0-latest',
        JobDriver: { SparkSubmitJobDriver: { EntryPoint: ENTRY_POINT, SparkSubmitParameters: '--conf spark.executor.instances=2' } },
        ConfigurationOverrides: { MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } },
      },
    });
  });

  it('renders REQUEST_RESPONSE as startJobRun', () => {
    expect(render(start({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource)
      .toEqual(integrationResource('startJobRun'));
  });

  it('renders the JSONata state', () => {
    const task = EmrContainersStartJobRun.jsonata(stack, 'Start', {
      ...baseProps(),
      virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.clusterId %}')),
      executionRole: importedRole(),
      jobName: '{% $states.input.name %}',
      jobDriver: {
        sparkSubmitJobDriver: {
          entryPoint: sfn.TaskInput.fromText('{% $states.input.script %}'),
          entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}'),
        },
      },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('startJobRun.sync'),
      Arguments: {
        VirtualClusterId: '{% $states.input.clusterId %}',
        Name: '{% $states.input.name %}',
        ExecutionRoleArn: ROLE_ARN,
        ReleaseLabel: 'emr-6.2.0-latest',
        JobDriver: { SparkSubmitJobDriver: { EntryPoint: '{% $states.input.script %}', EntryPointArguments: '{% $states.input.args %}' } },
        ConfigurationOverrides: { MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } },
      },
    });
  });

  it('renders a virtual cluster ID, arguments and a release label from the state input', () => {
    const task = start({
      virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')),
      executionRole: importedRole(),
      releaseLabel: new ReleaseLabel(sfn.JsonPath.stringAt('$.release')),
      jobDriver: {
        sparkSubmitJobDriver: {
          entryPoint: sfn.TaskInput.fromJsonPathAt('$.entryPoint'),
          entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.entrypointArguments'),
        },
      },
    });
    expect(render(task).Parameters).toEqual({
      'VirtualClusterId.$': '$.ClusterId',
      'ExecutionRoleArn': ROLE_ARN,
      'ReleaseLabel.$': '$.release',
      'JobDriver': { SparkSubmitJobDriver: { 'EntryPoint.$': '$.entryPoint', 'EntryPointArguments.$': '$.entrypointArguments' } },
      'ConfigurationOverrides': { MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } },
    });
  });

  it('renders the job name, tags, arguments and application configurations, nested ones too', () => {
    const task = start({
      jobName: 'EMR-Containers-Job',
      tags: { key: 'value' },
      jobDriver: {
        sparkSubmitJobDriver: {
          entryPoint: sfn.TaskInput.fromText(ENTRY_POINT),
          entryPointArguments: sfn.TaskInput.fromObject(['60', '--verbose']),
        },
      },
      applicationConfig: [
        { classification: Classification.SPARK_DEFAULTS, properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' } },
        {
          classification: new Classification('hadoop-env'),
          nestedConfig: [{ classification: new Classification('export'), properties: { HADOOP_DATANODE_HEAPSIZE: '2048' } }],
        },
      ],
    });
    expect(render(task).Parameters).toEqual({
      VirtualClusterId: VIRTUAL_CLUSTER_ID,
      Name: 'EMR-Containers-Job',
      ExecutionRoleArn: jobRoleArn,
      ReleaseLabel: 'emr-6.2.0-latest',
      JobDriver: { SparkSubmitJobDriver: { EntryPoint: ENTRY_POINT, EntryPointArguments: ['60', '--verbose'] } },
      ConfigurationOverrides: {
        ApplicationConfiguration: [
          { Classification: 'spark-defaults', Properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' } },
          { Classification: 'hadoop-env', Configurations: [{ Classification: 'export', Properties: { HADOOP_DATANODE_HEAPSIZE: '2048' } }] },
        ],
        MonitoringConfiguration: { PersistentAppUI: 'ENABLED' },
      },
      Tags: { key: 'value' },
    });
  });

  it('has the classifications and release labels of the API', () => {
    expect([Classification.SPARK, Classification.SPARK_DEFAULTS, Classification.SPARK_ENV, Classification.SPARK_HIVE_SITE,
      Classification.SPARK_LOG4J, Classification.SPARK_METRICS].map((c) => c.classificationStatement))
      .toEqual(['spark', 'spark-defaults', 'spark-env', 'spark-hive-site', 'spark-log4j', 'spark-metrics']);
    expect([ReleaseLabel.EMR_5_32_0, ReleaseLabel.EMR_5_33_0, ReleaseLabel.EMR_6_2_0, ReleaseLabel.EMR_6_3_0].map((r) => r.label))
      .toEqual(['emr-5.32.0-latest', 'emr-5.33.0-latest', 'emr-6.2.0-latest', 'emr-6.3.0-latest']);
  });

  describe('IAM', () => {
    it('writes every ARN it makes in the stack partition, the custom resources\' too', () => {
      stack = newStack({ env: { account: '123456789012', region: 'cn-north-1' } });
      const template = synthInStateMachine(start({ monitoring: { logging: true } }));
      expect(JSON.stringify(template.toJSON())).not.toMatch(/arn:aws[:-]/);
    });

    it('grants StartJobRun with this execution role, and reading and cancelling the job runs for RUN_JOB', () => {
      expect(normalize(templateStatements(synthInStateMachine(start({ executionRole: importedRole() }))))).toEqual([
        {
          Action: 'emr-containers:StartJobRun',
          Condition: { StringEquals: { 'emr-containers:ExecutionRoleArn': ROLE_ARN } },
          Effect: 'Allow',
          Resource: virtualClusterArn(VIRTUAL_CLUSTER_ID),
        },
        {
          Action: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'],
          Effect: 'Allow',
          Resource: virtualClusterArn(`${VIRTUAL_CLUSTER_ID}/jobruns/*`),
        },
      ]);
    });

    it('grants only StartJobRun for REQUEST_RESPONSE', () => {
      const task = start({ executionRole: importedRole(), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
      expect(normalize(statements(task))).toEqual([expect.objectContaining({ Action: 'emr-containers:StartJobRun' })]);
    });

    it('grants on every virtual cluster when the ID is a JSON path', () => {
      const task = start({
        virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')),
        executionRole: importedRole(),
      });
      expect(normalize(statements(task))).toEqual([
        expect.objectContaining({ Action: 'emr-containers:StartJobRun', Resource: virtualClusterArn('*') }),
        expect.objectContaining({ Action: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'], Resource: virtualClusterArn('*') }),
      ]);
    });

    it('lets a given role of the stack account list log groups', () => {
      const role = iam.Role.fromRoleArn(stack, 'SameAccount', 'arn:aws:iam::123456789012:role/JobExecutionRole');
      const template = synthInStateMachine(start({ executionRole: role }));
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: [{ Action: 'logs:DescribeLogGroups', Effect: 'Allow', Resource: partitionArn(':logs:us-east-1:123456789012:*') }] },
        Roles: ['JobExecutionRole'],
      });
    });

    it('lets the new execution role list log groups, and nothing else without monitoring', () => {
      const template = synthInStateMachine(start());
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'emr-containers.amazonaws.com' } },
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' } },
          ],
        },
      });
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [{
            Action: 'logs:DescribeLogGroups',
            Effect: 'Allow',
            Resource: partitionArn(':logs:us-east-1:123456789012:*'),
          }],
        },
        Roles: [{ Ref: 'StartJobExecutionRole9E48A829' }],
      });
      expect(start({}, 'Other').grantPrincipal).toBeInstanceOf(iam.Role);
    });
  });

  describe('monitoring', () => {
    it('creates a log group and a bucket the execution role writes to when logging is on', () => {
      stack = new Stack(new App(), 'Stack');
      const task = start({ monitoring: { logging: true } });
      expect(render(task).Parameters.ConfigurationOverrides.MonitoringConfiguration).toEqual({
        CloudWatchMonitoringConfiguration: { LogGroupName: { Ref: 'StartMonitoringLogGroupF64B1433' } },
        PersistentAppUI: 'ENABLED',
        S3MonitoringConfiguration: { LogUri: { 'Fn::Join': ['', ['s3://', { Ref: 'StartMonitoringBucketDF25A751' }]] } },
      });
      const template = synthInStateMachine(task);
      template.resourceCountIs('AWS::Logs::LogGroup', 1);
      template.resourceCountIs('AWS::S3::Bucket', 1);
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [
            {
              Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:PutObject', 's3:PutObjectLegalHold',
                's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'],
              Effect: 'Allow',
              Resource: [
                { 'Fn::GetAtt': ['StartMonitoringBucketDF25A751', 'Arn'] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['StartMonitoringBucketDF25A751', 'Arn'] }, '/*']] },
              ],
            },
            { Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['StartMonitoringLogGroupF64B1433', 'Arn'] } },
            {
              Action: 'logs:DescribeLogStreams',
              Effect: 'Allow',
              Resource: Match.arrayWith([{ 'Fn::GetAtt': ['StartMonitoringLogGroupF64B1433', 'Arn'] }]),
            },
            {
              Action: 'logs:DescribeLogGroups',
              Effect: 'Allow',
              Resource: partitionArn([':logs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':*']),
            },
          ],
        },
        Roles: [{ Ref: 'StartJobExecutionRole9E48A829' }],
      });
    });

    it('uses a given log group and bucket, even with logging off', () => {
      const task = start({
        monitoring: {
          logGroup: logs.LogGroup.fromLogGroupName(stack, 'Group', 'providedloggroup'),
          logBucket: s3.Bucket.fromBucketName(stack, 'Bucket', 'providedbucket'),
          logStreamNamePrefix: 'prefix',
          logging: false,
          persistentAppUI: false,
        },
      });
      expect(render(task).Parameters.ConfigurationOverrides.MonitoringConfiguration).toEqual({
        CloudWatchMonitoringConfiguration: { LogGroupName: 'providedloggroup', LogStreamNamePrefix: 'prefix' },
        PersistentAppUI: 'DISABLED',
        S3MonitoringConfiguration: { LogUri: 's3://providedbucket' },
      });
      const template = synthInStateMachine(task);
      template.resourceCountIs('AWS::Logs::LogGroup', 0);
      template.resourceCountIs('AWS::S3::Bucket', 0);
      expect(JSON.stringify(normalize(templateStatements(template)))).toContain(':logs:us-east-1:123456789012:log-group:providedloggroup:*');
    });

    it('writes each statement once in the resource policy of another account\'s log group, where aws-cdk-lib writes it twice', () => {
      /** How many times each action appears in the stack's CloudWatch Logs resource policy. */
      const policyActions = (build: (scope: Stack) => sfn.State): Record<string, number> => {
        const scope = new Stack(new App(), 'Stack');
        new sfn.StateMachine(scope, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(scope)) });
        const [policy] = Object.values(Template.fromStack(scope).findResources('AWS::Logs::ResourcePolicy'));
        const text = JSON.stringify(policy.Properties.PolicyDocument);
        const count = (action: string) => text.split(`\\"${action}\\"`).length - 1;
        return { CreateLogStream: count('logs:CreateLogStream'), PutLogEvents: count('logs:PutLogEvents'), DescribeLogStreams: count('logs:DescribeLogStreams') };
      };
      // An imported log group of another account, in an environment-agnostic stack: the grant writes its resource policy.
      const logGroup = (scope: Stack) => logs.LogGroup.fromLogGroupArn(scope, 'Group', 'arn:aws:logs:us-east-1:111122223333:log-group:shared:*');
      expect(policyActions((scope) => new EmrContainersStartJobRun(scope, 'Start', { ...baseProps(), monitoring: { logGroup: logGroup(scope) } })))
        .toEqual({ CreateLogStream: 1, PutLogEvents: 1, DescribeLogStreams: 1 });
      expect(policyActions((scope) => new reference.EmrContainersStartJobRun(scope, 'Start', {
        virtualCluster: reference.VirtualClusterInput.fromVirtualClusterId(VIRTUAL_CLUSTER_ID),
        releaseLabel: reference.ReleaseLabel.EMR_6_2_0,
        jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
        monitoring: { logGroup: logGroup(scope) },
      }))).toEqual({ CreateLogStream: 2, PutLogEvents: 2, DescribeLogStreams: 2 });
    });

    it('turns the persistent application UI on when asked to', () => {
      expect(render(start({ monitoring: { persistentAppUI: true } })).Parameters.ConfigurationOverrides)
        .toEqual({ MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } });
    });
  });

  describe('execution role', () => {
    it('uses a given role and creates no custom resource', () => {
      const task = start({ executionRole: importedRole() });
      expect(render(task).Parameters.ExecutionRoleArn).toBe(ROLE_ARN);
      expect(task.grantPrincipal.policyFragment.principalJson).toEqual({ AWS: [ROLE_ARN] });
      const template = synthInStateMachine(task);
      template.resourceCountIs('AWS::CloudFormation::CustomResource', 0);
      template.resourceCountIs('Custom::AWS', 0);
      template.resourceCountIs('AWS::Lambda::Function', 0);
    });

    it('looks up the virtual cluster at deployment, with DescribeVirtualCluster on that cluster only', () => {
      const template = synthInStateMachine(start());
      template.hasResourceProperties('Custom::AWS', {
        ServiceToken: { 'Fn::GetAtt': ['AWS679f53fac002430cb0da5b7982bd22872D164C4C', 'Arn'] },
        Create: JSON.stringify({
          service: 'EMRcontainers',
          action: 'describeVirtualCluster',
          parameters: { id: VIRTUAL_CLUSTER_ID },
          outputPaths: ['virtualCluster.containerProvider.info.eksInfo.namespace', 'virtualCluster.containerProvider.id'],
          physicalResourceId: { id: 'id' },
        }),
        InstallLatestAwsSdk: false,
      });
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [{
            Action: 'emr-containers:DescribeVirtualCluster',
            Effect: 'Allow',
            Resource: partitionArn(`:emr-containers:us-east-1:123456789012:/virtualclusters/${VIRTUAL_CLUSTER_ID}`),
          }],
        },
      });
    });

    it.each([true, false])('updates the trust policy with the AWS CLI at deployment (separate policies: %s)', (separatePolicies) => {
      stack = new Stack(new App({ context: { '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': separatePolicies } }), 'Stack');
      const template = synthInStateMachine(start());
      const describeCluster = {
        Action: 'eks:DescribeCluster',
        Effect: 'Allow',
        Resource: partitionArn([':eks:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':cluster/',
          { 'Fn::GetAtt': ['StartGetEksClusterInfoC0BB09C9', 'virtualCluster.containerProvider.id'] }]),
      };
      const updateRole = {
        Action: ['iam:GetRole', 'iam:UpdateAssumeRolePolicy'],
        Effect: 'Allow',
        Resource: jobRoleArn,
      };
      const statementsOf = normalize(templateStatements(template));
      expect(statementsOf).toContainEqual(normalize(describeCluster));
      expect(statementsOf).toContainEqual(updateRole);
      template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: 'index.handler',
        Layers: [{ Ref: 'StartawsclilayerEF711AB8' }],
        MemorySize: 256,
        Runtime: 'python3.13',
        Timeout: 30,
        Code: { ZipFile: Match.stringLikeRegexp('update-role-trust-policy') },
      });
      template.hasResourceProperties('AWS::CloudFormation::CustomResource', {
        eksNamespace: { 'Fn::GetAtt': ['StartGetEksClusterInfoC0BB09C9', 'virtualCluster.containerProvider.info.eksInfo.namespace'] },
        eksClusterId: { 'Fn::GetAtt': ['StartGetEksClusterInfoC0BB09C9', 'virtualCluster.containerProvider.id'] },
        roleName: { Ref: 'StartJobExecutionRole9E48A829' },
      });
    });

    it('fails the deployment when the AWS CLI cannot update the trust policy', () => {
      const template = synthInStateMachine(start());
      const [fn] = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'python3.13' } }));
      const code: string = fn.Properties.Code.ZipFile;
      expect(code).toContain('"/opt/awscli/aws"');
      expect(code).toMatch(/if result\.returncode != 0:\n\s+raise RuntimeError\(/);
      expect(code).toMatch(/if event\["RequestType"\] == "Delete":\n\s+return \{\}/);
    });

    it('shares one trust policy function between the tasks of a stack', () => {
      start({}, 'One');
      const template = synthInStateMachine(sfn.Chain.start(start({}, 'Two')).next(stack.node.findChild('One') as EmrContainersStartJobRun));
      template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'python3.13' }, 1);
      template.resourceCountIs('Custom::AWS', 2);
      template.resourceCountIs('AWS::CloudFormation::CustomResource', 2);
    });
  });
});
