import { CfnParameter, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { IAM_PREFIXES, JS_SDK_ALIASES, iamPrefixOfJsSdkClient, iamPrefixOfSdkService } from '../src/private/iam-prefixes';

describe('IAM prefixes of AWS SDK services', () => {
  it('agrees with every service the reference maps (CallAwsService)', () => {
    expect({
      bedrockagent: iamPrefixOfSdkService('bedrockagent'),
      cloudwatchlogs: iamPrefixOfSdkService('cloudwatchlogs'),
      efs: iamPrefixOfSdkService('efs'),
      elasticloadbalancingv2: iamPrefixOfSdkService('elasticloadbalancingv2'),
      mediapackagevod: iamPrefixOfSdkService('mediapackagevod'),
      mwaa: iamPrefixOfSdkService('mwaa'),
      sfn: iamPrefixOfSdkService('sfn'),
    }).toEqual({
      bedrockagent: 'bedrock',
      cloudwatchlogs: 'logs',
      efs: 'elasticfilesystem',
      elasticloadbalancingv2: 'elasticloadbalancing',
      mediapackagevod: 'mediapackage-vod',
      mwaa: 'airflow',
      sfn: 'states',
    });
  });

  it('agrees with every client the reference maps (CallAwsServiceCrossRegion)', () => {
    expect(['sfn', 'cloudwatch-logs', 'mwaa'].map(iamPrefixOfJsSdkClient)).toEqual(['states', 'logs', 'airflow']);
  });

  it.each([
    ['cognitoidentityprovider', 'cognito-idp'], ['cognitoidentity', 'cognito-identity'], ['emrcontainers', 'emr-containers'],
    ['emrserverless', 'emr-serverless'], ['applicationautoscaling', 'application-autoscaling'], ['sesv2', 'ses'],
    ['kinesisanalyticsv2', 'kinesisanalytics'], ['acmpca', 'acm-pca'], ['costexplorer', 'ce'], ['docdb', 'rds'], ['neptune', 'rds'],
    ['elasticsearch', 'es'], ['opensearch', 'es'], ['dynamodbstreams', 'dynamodb'], ['sagemakerruntime', 'sagemaker'],
    ['emr', 'elasticmapreduce'], ['eventbridge', 'events'], ['cloudcontrol', 'cloudformation'], ['supplychain', 'scn'],
    ['qconnect', 'wisdom'], ['computeoptimizer', 'compute-optimizer'], ['databasemigration', 'dms'], ['directory', 'ds'],
    ['keyspaces', 'cassandra'], ['location', 'geo'], ['pinpoint', 'mobiletargeting'], ['resourcegroupstaggingapi', 'tag'],
    ['opensearchserverless', 'aoss'], ['amp', 'aps'], ['mturk', 'mechanicalturk'], ['serverlessapplicationrepository', 'serverlessrepo'],
    ['ssooidc', 'sso-oauth'], ['lexruntimev2', 'lex'], ['iotdataplane', 'iot'], ['customerprofiles', 'profile'],
  ])('maps %s to %s', (service, prefix) => {
    expect(iamPrefixOfSdkService(service)).toBe(prefix);
    expect(iamPrefixOfSdkService(service.toUpperCase())).toBe(prefix);
  });

  it.each([
    ['cognito-identity-provider', 'cognito-idp'], ['elastic-load-balancing-v2', 'elasticloadbalancing'], ['application-auto-scaling', 'application-autoscaling'],
    ['kinesis-analytics-v2', 'kinesisanalytics'], ['dynamodb-streams', 'dynamodb'], ['sagemaker-runtime', 'sagemaker'], ['acm-pca', 'acm-pca'],
    ['cost-explorer', 'ce'], ['iot-data-plane', 'iot'], ['elasticsearch-service', 'es'], ['database-migration-service', 'dms'],
    ['directory-service', 'ds'], ['config-service', 'config'], ['lex-runtime-service', 'lex'], ['application-discovery-service', 'discovery'],
    ['cloudwatch-events', 'events'], ['apigatewaymanagementapi', 'execute-api'], ['compute-optimizer', 'compute-optimizer'],
    ['route-53', 'route53'], ['secrets-manager', 'secretsmanager'], ['s3', 's3'], ['dynamodb', 'dynamodb'],
  ])('maps JavaScript v3 client %s to %s', (client, prefix) => {
    expect(iamPrefixOfJsSdkClient(client)).toBe(prefix);
  });

  it('keeps services it does not know, and tokens, as given', () => {
    expect(iamPrefixOfSdkService('s3')).toBe('s3');
    expect(iamPrefixOfSdkService('route53domains')).toBe('route53domains');
    expect(iamPrefixOfSdkService('servicediscovery')).toBe('servicediscovery');
    expect(iamPrefixOfSdkService('DynamoDB')).toBe('DynamoDB');
    expect(iamPrefixOfSdkService('constructor')).toBe('constructor');
    expect(iamPrefixOfJsSdkClient('constructor')).toBe('constructor');
    const token = new CfnParameter(new Stack(), 'S').valueAsString;
    expect(iamPrefixOfSdkService(token)).toBe(token);
    expect(iamPrefixOfJsSdkClient(token)).toBe(token);
  });

  it('is one sorted table of Step Functions service names to valid IAM prefixes', () => {
    const keys = Object.keys(IAM_PREFIXES);
    expect(keys).toEqual([...keys].sort());
    for (const [service, prefix] of Object.entries(IAM_PREFIXES)) {
      expect(service).toMatch(/^[a-z0-9]+$/);
      expect(prefix).toMatch(/^[a-z0-9-]+$/);
      expect(prefix).not.toBe(service);
    }
    for (const [alias, service] of Object.entries(JS_SDK_ALIASES)) {
      expect(alias).toMatch(/^[a-z0-9]+$/);
      expect(alias).not.toBe(service);
    }
  });
});
