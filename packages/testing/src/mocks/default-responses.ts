import { createHash } from 'node:crypto';
import { digest, fakeUuid } from '../cdk/fake-values';
import type { TaskCall } from '../types';

/** What a default response is computed from: the call, and where the run pretends to be. */
export interface ResponseContext {
  readonly call: TaskCall;
  /** The call's input as an object (`{}` when it is not one). */
  readonly input: Record<string, any>;
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  /** The call's virtual time, epoch milliseconds (dates in optimized integrations' results are numbers). */
  readonly now: number;
  /** A deterministic identifier for this call (`kind` tells apart several in one response). */
  id(kind?: string): string;
}

/** A default response: the whole result, and the fields a `returns()` of part of it is completed with. */
interface DefaultResponse {
  readonly response: (ctx: ResponseContext) => Record<string, unknown>;
  /**
   * The fields AWS always returns, independent of the rest of the result, that a typed `mock(task).returns({...})`
   * leaves out and gets from here (`StatusCode` of a Lambda invocation, an SNS `MessageId`, …); the rest of
   * `response` only comes with `returnsDefault()` or `strict: false`.
   * @default none
   */
  readonly fills?: readonly string[];
}

/** The HTTP metadata optimized integrations add to a result. */
function sdkMetadata(ctx: ResponseContext): Record<string, unknown> {
  const requestId = fakeUuid(`${ctx.id()}/request`);
  return {
    SdkHttpMetadata: {
      AllHttpHeaders: { 'Content-Type': ['application/x-amz-json-1.0'], 'x-amzn-RequestId': [requestId] },
      HttpHeaders: { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-RequestId': requestId },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
  };
}

const arn = (ctx: ResponseContext, service: string, resource: string) =>
  `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.account}:${resource}`;

const nameFromArn = (value: unknown, fallback: string) =>
  typeof value === 'string' ? value.split(/[:/]/).pop() || fallback : fallback;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function lambdaInvoke(ctx: ResponseContext): Record<string, unknown> {
  const event = ctx.input.InvocationType === 'Event';
  const dryRun = ctx.input.InvocationType === 'DryRun';
  return {
    ExecutedVersion: '$LATEST',
    Payload: event || dryRun ? '' : {},
    StatusCode: event ? 202 : dryRun ? 204 : 200,
    ...sdkMetadata(ctx),
  };
}

function startExecutionName(ctx: ResponseContext): { name: string; machine: string; executionArn: string } {
  const machine = typeof ctx.input.StateMachineArn === 'string' ? ctx.input.StateMachineArn : arn(ctx, 'states', 'stateMachine:Child');
  const name = typeof ctx.input.Name === 'string' ? ctx.input.Name : fakeUuid(ctx.id('execution'));
  return { name, machine, executionArn: `${machine.replace(':stateMachine:', ':execution:')}:${name}` };
}

function describeExecution(ctx: ResponseContext, textPayloads: boolean): Record<string, unknown> {
  const { name, machine, executionArn } = startExecutionName(ctx);
  const input = ctx.input.Input ?? {};
  return {
    ExecutionArn: executionArn,
    Input: textPayloads ? (typeof input === 'string' ? input : JSON.stringify(input)) : input,
    InputDetails: { Included: true },
    Name: name,
    Output: textPayloads ? '{}' : {},
    OutputDetails: { Included: true },
    RedriveCount: 0,
    RedriveStatus: 'NOT_REDRIVABLE',
    RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    StartDate: ctx.now,
    StateMachineArn: machine,
    Status: 'SUCCEEDED',
    StopDate: ctx.now,
  };
}

function glueJobRun(ctx: ResponseContext, done: boolean): Record<string, unknown> {
  const id = `jr_${digest(ctx.id('glue'), 64)}`;
  if (!done) return { JobRunId: id };
  return {
    Attempt: 0, CompletedOn: ctx.now, ExecutionTime: 60, Id: id, JobName: ctx.input.JobName ?? 'job',
    JobRunState: 'SUCCEEDED', LastModifiedOn: ctx.now, StartedOn: ctx.now, Timeout: 2880, GlueVersion: '4.0',
  };
}

function queryExecution(ctx: ResponseContext, id: string): Record<string, unknown> {
  return {
    QueryExecution: {
      QueryExecutionId: id,
      Query: ctx.input.QueryString ?? 'SELECT 1',
      StatementType: 'DML',
      ResultConfiguration: { OutputLocation: `s3://athena-results-${ctx.account}/${id}.csv` },
      QueryExecutionContext: ctx.input.QueryExecutionContext ?? {},
      Status: { State: 'SUCCEEDED', SubmissionDateTime: ctx.now, CompletionDateTime: ctx.now },
      Statistics: { EngineExecutionTimeInMillis: 850, DataScannedInBytes: 1024, TotalExecutionTimeInMillis: 1000 },
      WorkGroup: ctx.input.WorkGroup ?? 'primary',
    },
  };
}

function batchJob(ctx: ResponseContext, done: boolean): Record<string, unknown> {
  const jobId = fakeUuid(ctx.id('batch'));
  const jobName = ctx.input.JobName ?? 'job';
  const base = { JobArn: arn(ctx, 'batch', `job/${jobId}`), JobId: jobId, JobName: jobName };
  if (!done) return base;
  return {
    ...base, JobQueue: ctx.input.JobQueue, JobDefinition: ctx.input.JobDefinition, Status: 'SUCCEEDED',
    StatusReason: 'Essential container in task exited', CreatedAt: ctx.now, StartedAt: ctx.now, StoppedAt: ctx.now,
    Attempts: [{ Container: { ExitCode: 0 }, StartedAt: ctx.now, StoppedAt: ctx.now }],
    Container: { ExitCode: 0 }, DependsOn: [], Parameters: ctx.input.Parameters ?? {}, Tags: {},
  };
}

function codeBuild(ctx: ResponseContext, status: string): Record<string, unknown> {
  const project = ctx.input.ProjectName ?? 'project';
  const id = `${project}:${fakeUuid(ctx.id('build'))}`;
  return {
    Build: {
      Arn: arn(ctx, 'codebuild', `build/${id}`), Id: id, BuildNumber: 1, BuildStatus: status, BuildComplete: status !== 'IN_PROGRESS',
      CurrentPhase: status === 'IN_PROGRESS' ? 'QUEUED' : 'COMPLETED', ProjectName: project, StartTime: ctx.now,
      ...(status !== 'IN_PROGRESS' && { EndTime: ctx.now }),
    },
  };
}

function codeBuildBatch(ctx: ResponseContext, status: string): Record<string, unknown> {
  const project = ctx.input.ProjectName ?? nameFromArn(ctx.input.Id, 'project').split(':')[0];
  const id = typeof ctx.input.Id === 'string' ? ctx.input.Id : `${project}:${fakeUuid(ctx.id('batch'))}`;
  return {
    BuildBatch: {
      Arn: arn(ctx, 'codebuild', `build-batch/${id}`), Id: id, BuildBatchNumber: 1, BuildBatchStatus: status,
      Complete: status !== 'IN_PROGRESS', CurrentPhase: status === 'IN_PROGRESS' ? 'SUBMITTED' : 'SUCCEEDED', ProjectName: project, StartTime: ctx.now,
    },
  };
}

function ecsTask(ctx: ResponseContext, done: boolean): Record<string, unknown> {
  const cluster = typeof ctx.input.Cluster === 'string' ? ctx.input.Cluster : arn(ctx, 'ecs', 'cluster/default');
  const clusterName = nameFromArn(cluster, 'default');
  const task = {
    ClusterArn: cluster,
    TaskArn: arn(ctx, 'ecs', `task/${clusterName}/${digest(ctx.id('task'), 32)}`),
    TaskDefinitionArn: ctx.input.TaskDefinition,
    LaunchType: ctx.input.LaunchType ?? 'FARGATE',
    LastStatus: done ? 'STOPPED' : 'PROVISIONING',
    DesiredStatus: done ? 'STOPPED' : 'RUNNING',
    Containers: [{ Name: 'app', LastStatus: done ? 'STOPPED' : 'PENDING', ...(done && { ExitCode: 0 }) }],
    CreatedAt: ctx.now,
    ...(done && { StopCode: 'EssentialContainerExited', StoppedAt: ctx.now, StoppedReason: 'Essential container in task exited' }),
  };
  return done ? task : { Failures: [], Tasks: [task] };
}

function eksCluster(ctx: ResponseContext, status: string): Record<string, unknown> {
  const name = ctx.input.Name ?? 'cluster';
  return { Cluster: { Name: name, Arn: arn(ctx, 'eks', `cluster/${name}`), Status: status, Version: ctx.input.Version ?? '1.31', CreatedAt: ctx.now } };
}

function httpResponse(): Record<string, unknown> {
  return { Headers: { 'Content-Type': ['application/json'] }, ResponseBody: {}, StatusCode: 200, StatusText: 'OK' };
}

function sagemakerJob(kind: string, field: string, status: string): (ctx: ResponseContext) => Record<string, unknown> {
  return (ctx) => {
    const name = ctx.input[`${kind}Name`] ?? kind.toLowerCase();
    const resource = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    return { [`${kind}Name`]: name, [`${kind}Arn`]: arn(ctx, 'sagemaker', `${resource}/${String(name).toLowerCase()}`), [field]: status, CreationTime: ctx.now, LastModifiedTime: ctx.now };
  };
}

function sagemakerArn(kind: string): (ctx: ResponseContext) => Record<string, unknown> {
  return (ctx) => {
    const name = ctx.input[`${kind}Name`] ?? kind.toLowerCase();
    const resource = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    return { [`${kind}Arn`]: arn(ctx, 'sagemaker', `${resource}/${String(name).toLowerCase()}`) };
  };
}

const empty = (): Record<string, unknown> => ({});

/** What DescribeExecution always tells of a finished child execution (its `Output` is the test's to give). */
const DESCRIBED_EXECUTION = ['ExecutionArn', 'StateMachineArn', 'Name', 'Status', 'StartDate', 'StopDate', 'Input', 'InputDetails', 'OutputDetails'];

/**
 * The default response of each service integration, keyed by the Resource after `states:::` (with its `.sync` or
 * `.sync:2` suffix), `lambda:function` for a Lambda function ARN and `activity` for an activity ARN.
 */
const DEFAULTS: Record<string, DefaultResponse> = {
  'lambda:invoke': { response: lambdaInvoke, fills: ['ExecutedVersion', 'Payload', 'StatusCode'] },
  'lambda:function': { response: empty },
  activity: { response: empty },
  'sns:publish': {
    response: (ctx) => ({ MessageId: fakeUuid(ctx.id()), ...(ctx.input.MessageGroupId !== undefined && { SequenceNumber: sequenceNumber(ctx) }), ...sdkMetadata(ctx) }),
    fills: ['MessageId'],
  },
  'sqs:sendMessage': {
    response: (ctx) => {
      const body = typeof ctx.input.MessageBody === 'string' ? ctx.input.MessageBody : JSON.stringify(ctx.input.MessageBody ?? '');
      return {
        MD5OfMessageBody: md5(body), MessageId: fakeUuid(ctx.id()),
        ...(ctx.input.MessageGroupId !== undefined && { SequenceNumber: sequenceNumber(ctx) }), ...sdkMetadata(ctx),
      };
    },
    fills: ['MD5OfMessageBody', 'MessageId'],
  },
  // The item of the key asked for (its key attributes): a getItem finds what the test looks up.
  'dynamodb:getItem': { response: (ctx) => ({ Item: { ...(ctx.input.Key ?? {}) }, ...sdkMetadata(ctx) }) },
  'dynamodb:putItem': { response: (ctx) => ({ ...sdkMetadata(ctx) }) },
  'dynamodb:updateItem': { response: (ctx) => ({ ...sdkMetadata(ctx) }) },
  'dynamodb:deleteItem': { response: (ctx) => ({ ...sdkMetadata(ctx) }) },
  'states:startExecution': {
    response: (ctx) => ({ ExecutionArn: startExecutionName(ctx).executionArn, StartDate: ctx.now, ...sdkMetadata(ctx) }),
    fills: ['ExecutionArn', 'StartDate'],
  },
  'states:startExecution.sync': { response: (ctx) => describeExecution(ctx, true), fills: DESCRIBED_EXECUTION },
  'states:startExecution.sync:2': { response: (ctx) => describeExecution(ctx, false), fills: DESCRIBED_EXECUTION },
  'events:putEvents': {
    response: (ctx) => ({
      Entries: (Array.isArray(ctx.input.Entries) ? ctx.input.Entries : [{}]).map((_: unknown, i: number) => ({ EventId: fakeUuid(ctx.id(`event${i}`)) })),
      FailedEntryCount: 0,
    }),
    fills: ['Entries', 'FailedEntryCount'],
  },
  'aws-sdk:scheduler:createSchedule': { response: (ctx) => ({ ScheduleArn: arn(ctx, 'scheduler', `schedule/${ctx.input.GroupName ?? 'default'}/${ctx.input.Name ?? 'schedule'}`) }) },
  'http:invoke': { response: httpResponse },
  'apigateway:invoke': { response: httpResponse },
  'glue:startJobRun': { response: (ctx) => glueJobRun(ctx, false) },
  'glue:startJobRun.sync': { response: (ctx) => glueJobRun(ctx, true) },
  'aws-sdk:glue:startCrawler': { response: empty },
  'athena:startQueryExecution': { response: (ctx) => ({ QueryExecutionId: fakeUuid(ctx.id()) }) },
  'athena:startQueryExecution.sync': { response: (ctx) => queryExecution(ctx, fakeUuid(ctx.id())) },
  'athena:getQueryExecution': { response: (ctx) => queryExecution(ctx, String(ctx.input.QueryExecutionId ?? fakeUuid(ctx.id()))) },
  'athena:getQueryResults': {
    response: () => ({ ResultSet: { Rows: [], ResultSetMetadata: { ColumnInfo: [] } }, UpdateCount: 0 }),
  },
  'athena:stopQueryExecution': { response: empty },
  'databrew:startJobRun': { response: (ctx) => ({ RunId: `db_${digest(ctx.id(), 64)}` }) },
  'databrew:startJobRun.sync': {
    response: (ctx) => ({ Attempt: 0, CompletedOn: ctx.now, ExecutionTime: 60, JobName: ctx.input.Name ?? 'job', RunId: `db_${digest(ctx.id(), 64)}`, StartedOn: ctx.now, State: 'SUCCEEDED' }),
  },
  'batch:submitJob': { response: (ctx) => batchJob(ctx, false) },
  'batch:submitJob.sync': { response: (ctx) => batchJob(ctx, true) },
  'codebuild:startBuild': { response: (ctx) => codeBuild(ctx, 'IN_PROGRESS') },
  'codebuild:startBuild.sync': { response: (ctx) => codeBuild(ctx, 'SUCCEEDED') },
  'codebuild:stopBuild': { response: (ctx) => codeBuild(ctx, 'STOPPED') },
  'codebuild:startBuildBatch': { response: (ctx) => codeBuildBatch(ctx, 'IN_PROGRESS') },
  'codebuild:startBuildBatch.sync': { response: (ctx) => codeBuildBatch(ctx, 'SUCCEEDED') },
  'codebuild:retryBuildBatch': { response: (ctx) => codeBuildBatch(ctx, 'IN_PROGRESS') },
  'codebuild:retryBuildBatch.sync': { response: (ctx) => codeBuildBatch(ctx, 'SUCCEEDED') },
  'codebuild:stopBuildBatch': { response: (ctx) => codeBuildBatch(ctx, 'STOPPED') },
  'codebuild:deleteBuildBatch': { response: () => ({ StatusCode: 'BATCH_DELETED', BuildsDeleted: [], BuildsNotDeleted: [] }) },
  'codebuild:batchDeleteBuilds': { response: (ctx) => ({ BuildsDeleted: Array.isArray(ctx.input.Ids) ? ctx.input.Ids : [], BuildsNotDeleted: [] }) },
  'codebuild:batchGetReports': { response: () => ({ Reports: [], ReportsNotFound: [] }) },
  'mediaconvert:createJob': { response: (ctx) => ({ Job: mediaConvertJob(ctx, 'SUBMITTED') }) },
  'mediaconvert:createJob.sync': { response: (ctx) => ({ Job: mediaConvertJob(ctx, 'COMPLETE') }) },
  'bedrock:invokeModel': { response: () => ({ Body: {}, ContentType: 'application/json' }) },
  'bedrock:createModelCustomizationJob': { response: (ctx) => ({ JobArn: arn(ctx, 'bedrock', `model-customization-job/${digest(ctx.id(), 12)}`) }) },
  'bedrock:createModelCustomizationJob.sync': {
    response: (ctx) => ({
      JobArn: arn(ctx, 'bedrock', `model-customization-job/${digest(ctx.id(), 12)}`), JobName: ctx.input.JobName ?? 'job',
      OutputModelName: ctx.input.CustomModelName ?? 'model', Status: 'Completed', CreationTime: ctx.now, EndTime: ctx.now,
    }),
  },
  'ecs:runTask': { response: (ctx) => ecsTask(ctx, false) },
  'ecs:runTask.sync': { response: (ctx) => ecsTask(ctx, true) },
  'eks:call': { response: httpResponse },
  'eks:runJob': { response: (ctx) => ({ ResponseBody: { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'job' }, status: { succeeded: 1 } }, StatusCode: 200, StatusText: 'OK', ...(ctx.input.LogOptions && { logs: {} }) }) },
  'eks:runJob.sync': { response: () => ({ ResponseBody: { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'job' }, status: { succeeded: 1 } }, StatusCode: 200, StatusText: 'OK' }) },
  'eks:createCluster': { response: (ctx) => eksCluster(ctx, 'CREATING') },
  'eks:createCluster.sync': { response: (ctx) => eksCluster(ctx, 'ACTIVE') },
  'eks:deleteCluster': { response: (ctx) => eksCluster(ctx, 'DELETING') },
  'eks:deleteCluster.sync': { response: (ctx) => eksCluster(ctx, 'DELETING') },
  'eks:createFargateProfile': { response: (ctx) => ({ FargateProfile: { FargateProfileName: ctx.input.FargateProfileName, ClusterName: ctx.input.ClusterName, Status: 'CREATING' } }) },
  'eks:createFargateProfile.sync': { response: (ctx) => ({ FargateProfile: { FargateProfileName: ctx.input.FargateProfileName, ClusterName: ctx.input.ClusterName, Status: 'ACTIVE' } }) },
  'eks:deleteFargateProfile': { response: (ctx) => ({ FargateProfile: { FargateProfileName: ctx.input.FargateProfileName, ClusterName: ctx.input.ClusterName, Status: 'DELETING' } }) },
  'eks:deleteFargateProfile.sync': { response: (ctx) => ({ FargateProfile: { FargateProfileName: ctx.input.FargateProfileName, ClusterName: ctx.input.ClusterName, Status: 'DELETING' } }) },
  'eks:createNodegroup': { response: (ctx) => ({ Nodegroup: { NodegroupName: ctx.input.NodegroupName, ClusterName: ctx.input.ClusterName, Status: 'CREATING' } }) },
  'eks:createNodegroup.sync': { response: (ctx) => ({ Nodegroup: { NodegroupName: ctx.input.NodegroupName, ClusterName: ctx.input.ClusterName, Status: 'ACTIVE' } }) },
  'eks:deleteNodegroup': { response: (ctx) => ({ Nodegroup: { NodegroupName: ctx.input.NodegroupName, ClusterName: ctx.input.ClusterName, Status: 'DELETING' } }) },
  'eks:deleteNodegroup.sync': { response: (ctx) => ({ Nodegroup: { NodegroupName: ctx.input.NodegroupName, ClusterName: ctx.input.ClusterName, Status: 'DELETING' } }) },
  'elasticmapreduce:createCluster': { response: (ctx) => emrCluster(ctx) },
  'elasticmapreduce:createCluster.sync': { response: (ctx) => ({ ...emrCluster(ctx), Cluster: { Id: emrCluster(ctx).ClusterId, Name: ctx.input.Name, Status: { State: 'WAITING' } } }) },
  'elasticmapreduce:addStep': { response: (ctx) => ({ StepId: `s-${digest(ctx.id(), 13).toUpperCase()}` }) },
  'elasticmapreduce:addStep.sync': {
    response: (ctx) => ({ Step: { Id: `s-${digest(ctx.id(), 13).toUpperCase()}`, Name: ctx.input.Step?.Name, ActionOnFailure: ctx.input.Step?.ActionOnFailure, Status: { State: 'COMPLETED' } } }),
  },
  'elasticmapreduce:cancelStep': { response: (ctx) => ({ CancelStepsInfoList: [{ StepId: ctx.input.StepId, Status: 'SUBMITTED', Reason: '' }] }) },
  'elasticmapreduce:terminateCluster': { response: empty },
  'elasticmapreduce:terminateCluster.sync': { response: empty },
  'elasticmapreduce:setClusterTerminationProtection': { response: empty },
  'elasticmapreduce:modifyInstanceFleetByName': { response: empty },
  'elasticmapreduce:modifyInstanceGroupByName': { response: empty },
  'emr-containers:createVirtualCluster': {
    response: (ctx) => {
      const id = digest(ctx.id(), 25);
      return { Arn: arn(ctx, 'emr-containers', `/virtualclusters/${id}`), Id: id, Name: ctx.input.Name };
    },
  },
  'emr-containers:deleteVirtualCluster': { response: (ctx) => ({ Id: ctx.input.Id }) },
  'emr-containers:deleteVirtualCluster.sync': { response: (ctx) => ({ Id: ctx.input.Id }) },
  'emr-containers:startJobRun': { response: (ctx) => emrContainersJob(ctx) },
  'emr-containers:startJobRun.sync': {
    response: (ctx) => ({ ...emrContainersJob(ctx), State: 'COMPLETED', ExecutionRoleArn: ctx.input.ExecutionRoleArn, ReleaseLabel: ctx.input.ReleaseLabel, CreatedAt: ctx.now, FinishedAt: ctx.now }),
  },
  'emr-serverless:createApplication': { response: (ctx) => emrServerlessApplication(ctx) },
  'emr-serverless:createApplication.sync': { response: (ctx) => emrServerlessApplication(ctx) },
  'emr-serverless:startApplication': { response: empty },
  'emr-serverless:startApplication.sync': { response: empty },
  'emr-serverless:stopApplication': { response: empty },
  'emr-serverless:stopApplication.sync': { response: empty },
  'emr-serverless:deleteApplication': { response: empty },
  'emr-serverless:deleteApplication.sync': { response: empty },
  'emr-serverless:startJobRun': { response: (ctx) => emrServerlessJob(ctx) },
  'emr-serverless:startJobRun.sync': { response: (ctx) => ({ JobRun: { ...emrServerlessJob(ctx), State: 'SUCCESS', CreatedAt: ctx.now, UpdatedAt: ctx.now } }) },
  'emr-serverless:cancelJobRun': { response: (ctx) => ({ ApplicationId: ctx.input.ApplicationId, JobRunId: ctx.input.JobRunId }) },
  'emr-serverless:cancelJobRun.sync': { response: (ctx) => ({ ApplicationId: ctx.input.ApplicationId, JobRunId: ctx.input.JobRunId }) },
  'sagemaker:createTrainingJob': { response: sagemakerArn('TrainingJob') },
  'sagemaker:createTrainingJob.sync': {
    response: (ctx) => ({
      ...sagemakerJob('TrainingJob', 'TrainingJobStatus', 'Completed')(ctx), SecondaryStatus: 'Completed',
      ModelArtifacts: { S3ModelArtifacts: `${ctx.input.OutputDataConfig?.S3OutputPath ?? 's3://bucket/output'}/model.tar.gz` },
    }),
  },
  'sagemaker:createTransformJob': { response: sagemakerArn('TransformJob') },
  'sagemaker:createTransformJob.sync': { response: sagemakerJob('TransformJob', 'TransformJobStatus', 'Completed') },
  'sagemaker:createProcessingJob': { response: sagemakerArn('ProcessingJob') },
  'sagemaker:createProcessingJob.sync': { response: sagemakerJob('ProcessingJob', 'ProcessingJobStatus', 'Completed') },
  'sagemaker:createHyperParameterTuningJob': { response: sagemakerArn('HyperParameterTuningJob') },
  'sagemaker:createHyperParameterTuningJob.sync': { response: sagemakerJob('HyperParameterTuningJob', 'HyperParameterTuningJobStatus', 'Completed') },
  'sagemaker:createLabelingJob': { response: sagemakerArn('LabelingJob') },
  'sagemaker:createLabelingJob.sync': { response: sagemakerJob('LabelingJob', 'LabelingJobStatus', 'Completed') },
  'sagemaker:createModel': { response: sagemakerArn('Model') },
  'sagemaker:createEndpointConfig': { response: sagemakerArn('EndpointConfig') },
  'sagemaker:createEndpoint': { response: sagemakerArn('Endpoint') },
  'sagemaker:updateEndpoint': { response: sagemakerArn('Endpoint') },
};

function sequenceNumber(ctx: ResponseContext): string {
  return BigInt(`0x${digest(ctx.id('sequence'), 15)}`).toString().padStart(20, '1');
}

function mediaConvertJob(ctx: ResponseContext, status: string): Record<string, unknown> {
  const id = `${ctx.now}-${digest(ctx.id(), 6)}`;
  return { Id: id, Arn: arn(ctx, 'mediaconvert', `jobs/${id}`), Role: ctx.input.Role, Status: status, CreatedAt: ctx.now, Settings: ctx.input.Settings ?? {} };
}

function emrCluster(ctx: ResponseContext): { ClusterId: string; ClusterArn: string } {
  const id = `j-${digest(ctx.id(), 13).toUpperCase()}`;
  return { ClusterId: id, ClusterArn: arn(ctx, 'elasticmapreduce', `cluster/${id}`) };
}

function emrContainersJob(ctx: ResponseContext): Record<string, unknown> {
  const id = digest(ctx.id(), 19);
  const cluster = ctx.input.VirtualClusterId ?? 'cluster';
  return { Arn: arn(ctx, 'emr-containers', `/virtualclusters/${cluster}/jobruns/${id}`), Id: id, Name: ctx.input.Name, VirtualClusterId: cluster };
}

function emrServerlessApplication(ctx: ResponseContext): Record<string, unknown> {
  const id = digest(ctx.id(), 16);
  return { ApplicationId: id, Arn: arn(ctx, 'emr-serverless', `/applications/${id}`), Name: ctx.input.Name };
}

function emrServerlessJob(ctx: ResponseContext): Record<string, unknown> {
  const id = digest(ctx.id(), 16);
  const app = ctx.input.ApplicationId ?? 'application';
  return { ApplicationId: app, Arn: arn(ctx, 'emr-serverless', `/applications/${app}/jobruns/${id}`), JobRunId: id };
}

/** The key of a Task's Resource in the table: `sns:publish`, `states:startExecution.sync:2`, `lambda:function`, … */
export function resourceKey(resource: string): { key: string; waitsForTaskToken: boolean } {
  const parts = resource.split(':');
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[3] === '' && parts[4] === '') {
    const key = parts.slice(5).join(':');
    return { key: key.replace(/\.waitForTaskToken$/, ''), waitsForTaskToken: key.endsWith('.waitForTaskToken') };
  }
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[5] === 'activity') return { key: 'activity', waitsForTaskToken: false };
  return { key: 'lambda:function', waitsForTaskToken: false };
}

function lookup(resource: string): DefaultResponse | undefined {
  const { key } = resourceKey(resource);
  if (DEFAULTS[key]) return DEFAULTS[key];
  // Any other AWS SDK integration answers an empty object (many of its actions do).
  if (key.startsWith('aws-sdk:')) return { response: empty };
  return undefined;
}

/**
 * The default response of a call: a realistic result of its service integration, or undefined when the resource is
 * not in the table. A `.waitForTaskToken` call answers `{}` (what SendTaskSuccess would send is the test's to say).
 */
export function defaultResponse(ctx: ResponseContext): Record<string, unknown> | undefined {
  if (resourceKey(ctx.call.resource).waitsForTaskToken) return {};
  return lookup(ctx.call.resource)?.response(ctx);
}

/** The fields a typed `returns()` of part of a result is completed with (those AWS always returns). */
export function filledFields(ctx: ResponseContext): Record<string, unknown> {
  if (resourceKey(ctx.call.resource).waitsForTaskToken) return {};
  const entry = lookup(ctx.call.resource);
  if (!entry) return {};
  if (!entry.fills?.length) return {};
  const full = entry.response(ctx);
  return Object.fromEntries(entry.fills.filter((k) => k in full).map((k) => [k, full[k]]));
}
