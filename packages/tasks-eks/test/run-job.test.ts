import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inMap, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksRunJob, type EksRunJobProps } from '../src';
import { IMPORTED_CA, IMPORTED_ENDPOINT, type ClusterKind, eksResource, makeCluster } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const JOB = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'example-job' },
  spec: {
    backoffLimit: 0,
    template: {
      metadata: { name: 'example-job' },
      spec: {
        containers: [{ name: 'pi-2000', image: 'perl', command: ['perl'], args: ['-Mbignum=bpi', '-wle', 'print bpi(2000)'] }],
        restartPolicy: 'Never',
      },
    },
  },
};

function runJob(props: Partial<EksRunJobProps> = {}, cluster: ClusterKind = 'imported'): EksRunJob {
  return new EksRunJob(stack, 'RunJob', { cluster: makeCluster(stack, cluster), job: sfn.TaskInput.fromObject(JOB), ...props });
}

const CONNECTION = { ClusterName: 'imported', CertificateAuthority: IMPORTED_CA, Endpoint: IMPORTED_ENDPOINT };

describe('EksRunJob', () => {
  it('waits for the job by default (RUN_JOB, eks:runJob.sync)', () => {
    expect(render(runJob())).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('runJob.sync'),
      Parameters: { ...CONNECTION, Job: JOB },
    });
  });

  it('renders the AWS guide example: wait, then retrieve the logs', () => {
    const task = runJob({ logOptions: { retrieveLogs: true } });
    expect(render(task).Parameters).toEqual({ ...CONNECTION, LogOptions: { RetrieveLogs: true }, Job: JOB });
  });

  it('renders every log option and the namespace', () => {
    const task = runJob({
      namespace: 'batch-jobs',
      logOptions: { retrieveLogs: true, rawLogs: true, logParameters: { tailLines: ['6'], limitBytes: ['4096'] } },
    });
    expect(render(task).Parameters).toEqual({
      ...CONNECTION,
      Namespace: 'batch-jobs',
      Job: JOB,
      LogOptions: { RetrieveLogs: true, RawLogs: true, LogParameters: { tailLines: ['6'], limitBytes: ['4096'] } },
    });
  });

  it('starts the job without waiting for REQUEST_RESPONSE (eks:runJob)', () => {
    expect(render(runJob({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource).toEqual(eksResource('runJob'));
  });

  it('renders a job from a JSON path, from text and with JSON path fields', () => {
    expect(render(runJob({ job: sfn.TaskInput.fromJsonPathAt('$.job') })).Parameters['Job.$']).toBe('$.job');
    stack = new Stack(new App(), 'Stack');
    expect(render(runJob({ job: sfn.TaskInput.fromText('{"apiVersion":"batch/v1"}') })).Parameters.Job).toBe('{"apiVersion":"batch/v1"}');
    stack = new Stack(new App(), 'Stack');
    const task = runJob({ job: sfn.TaskInput.fromObject({ ...JOB, metadata: { name: sfn.JsonPath.stringAt('$.name') } }) });
    expect(render(task).Parameters.Job.metadata).toEqual({ 'name.$': '$.name' });
  });

  it('renders the JSONata state, the cluster and namespace from expressions', () => {
    const task = EksRunJob.jsonata(stack, 'RunJob', {
      cluster: makeCluster(stack, 'importedJsonata'),
      namespace: '{% $states.input.namespace %}',
      job: sfn.TaskInput.fromObject({ ...JOB, metadata: { name: '{% $states.input.name %}' } }),
      logOptions: { retrieveLogs: true, logParameters: { tailLines: ['{% $string($states.input.lines) %}'] } },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: eksResource('runJob.sync'),
      Arguments: {
        ClusterName: '{% $states.input.cluster.name %}',
        CertificateAuthority: '{% $states.input.cluster.ca %}',
        Endpoint: '{% $states.input.cluster.endpoint %}',
        Namespace: '{% $states.input.namespace %}',
        Job: { ...JOB, metadata: { name: '{% $states.input.name %}' } },
        LogOptions: { RetrieveLogs: true, LogParameters: { tailLines: ['{% $string($states.input.lines) %}'] } },
      },
    });
  });

  it('renders an owned cluster', () => {
    expect(render(runJob({}, 'owned')).Parameters).toMatchObject({
      ClusterName: { Ref: 'Cluster9EE0221C' },
      Endpoint: { 'Fn::GetAtt': ['Cluster9EE0221C', 'Endpoint'] },
    });
  });

  it('follows the query language of a Map it is placed in', () => {
    expect(definitionOf(inJsonataMap(stack, runJob())).States.Map.ItemProcessor.States.RunJob).toHaveProperty('Arguments');
    stack = new Stack(new App(), 'Stack');
    expect(definitionOf(inMap(stack, runJob())).States.Map.ItemProcessor.States.RunJob).toHaveProperty('Parameters');
  });

  it('grants no IAM permission: the cluster authorizes the role through Kubernetes RBAC', () => {
    expect(statements(runJob())).toEqual([]);
  });
});
