import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksDeleteFargateProfile, EksDeleteNodegroup } from '../src';
import { eksArn, eksResource, makeCluster, machineStatements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

/** EksDeleteNodegroup and EksDeleteFargateProfile have the same shape. */
const kinds = [
  {
    name: 'EksDeleteNodegroup', action: 'deleteNodegroup', nameField: 'NodegroupName', arn: 'nodegroup', iam: 'Nodegroup',
    make: (props: { nodegroupName: string; integrationPattern?: sfn.IntegrationPattern; queryLanguage?: sfn.QueryLanguage }, cluster = makeCluster(stack, 'imported')) =>
      new EksDeleteNodegroup(stack, 'Delete', { cluster, ...props }),
    props: (name: string) => ({ nodegroupName: name }),
  },
  {
    name: 'EksDeleteFargateProfile', action: 'deleteFargateProfile', nameField: 'FargateProfileName', arn: 'fargateprofile', iam: 'FargateProfile',
    make: (props: { fargateProfileName: string; integrationPattern?: sfn.IntegrationPattern; queryLanguage?: sfn.QueryLanguage }, cluster = makeCluster(stack, 'imported')) =>
      new EksDeleteFargateProfile(stack, 'Delete', { cluster, ...props }),
    props: (name: string) => ({ fargateProfileName: name }),
  },
] as const;

describe.each(kinds)('$name', (kind) => {
  const make = (name: string, extra: { integrationPattern?: sfn.IntegrationPattern; queryLanguage?: sfn.QueryLanguage } = {}, cluster?: ReturnType<typeof makeCluster>) =>
    (kind.make as (p: object, c?: ReturnType<typeof makeCluster>) => sfn.State)({ ...kind.props(name), ...extra }, cluster);

  it('renders the AWS guide example with RUN_JOB', () => {
    expect(render(make('MyName', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task', End: true, Resource: eksResource(`${kind.action}.sync`), Parameters: { ClusterName: 'imported', [kind.nameField]: 'MyName' },
    });
  });

  it('renders REQUEST_RESPONSE by default, and JSON path and JSONata names', () => {
    expect(render(make('MyName')).Resource).toEqual(eksResource(kind.action));
    stack = new Stack(new App(), 'Stack');
    expect(render(make(sfn.JsonPath.stringAt('$.name'), {}, makeCluster(stack, 'importedJsonPath'))).Parameters)
      .toEqual({ 'ClusterName.$': '$.cluster.name', [`${kind.nameField}.$`]: '$.name' });
    stack = new Stack(new App(), 'Stack');
    expect(render(make('{% $states.input.name %}', { queryLanguage: sfn.QueryLanguage.JSONATA }, makeCluster(stack, 'importedJsonata')))).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: eksResource(kind.action),
      Arguments: { ClusterName: '{% $states.input.cluster.name %}', [kind.nameField]: '{% $states.input.name %}' },
    });
  });

  it(`grants eks:Delete${kind.iam} on it for REQUEST_RESPONSE, and eks:Describe${kind.iam} too for RUN_JOB`, () => {
    const arn = eksArn(`${kind.arn}/imported/MyName/*`);
    expect(normalize(statements(make('MyName')))).toEqual(normalize([{ Action: `eks:Delete${kind.iam}`, Effect: 'Allow', Resource: arn }]));
    stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
    expect(normalize(statements(make('MyName', { integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(normalize([
      { Action: [`eks:Delete${kind.iam}`, `eks:Describe${kind.iam}`], Effect: 'Allow', Resource: arn },
    ]));
  });

  it('grants on every name only known at run time', () => {
    const granted = statements(make(sfn.JsonPath.stringAt('$.name'), {}, makeCluster(stack, 'importedJsonPath'))) as Array<{ Resource: unknown }>;
    expect(normalize(granted[0].Resource)).toEqual(normalize(eksArn(`${kind.arn}/*/*/*`)));
  });

  it('grants on an owned cluster by its name', () => {
    const granted = machineStatements(make('MyName', {}, makeCluster(stack, 'owned')));
    expect(normalize(granted[0].Resource)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:eks:us-east-1:123456789012:${kind.arn}/`, { Ref: 'Cluster9EE0221C' }, '/MyName/*']],
    });
  });
});
