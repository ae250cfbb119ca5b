import { createHash } from 'node:crypto';
import { Token, type CfnElement } from 'aws-cdk-lib/core';

/** The account, Region and partition CloudFormation would deploy to, as a run assumes them. */
export interface FakeEnvironment {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly urlSuffix: string;
  readonly stackName: string;
}

/** A resource of the app as a `Ref` or `Fn::GetAtt` sees it: its type, logical ID and physical name. */
export interface FakeResource {
  readonly type: string;
  readonly logicalId: string;
  /** The name given in its properties, else one made from its logical ID (as CloudFormation would make one). */
  readonly name: string;
}

/** Hex digits derived from a text: the same text always gives the same digits. */
export function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** A version-4-shaped UUID derived from a text. */
export function fakeUuid(text: string): string {
  const h = digest(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The physical name a resource's properties give it, if a plain string (`functionName`, `topicName`, `name`, …). */
export function physicalName(element: CfnElement, type: string, logicalId: string): string {
  const props = (element as unknown as { cfnProperties?: Record<string, unknown> }).cfnProperties ?? {};
  const last = type.split('::').pop() ?? '';
  for (const key of [`${last[0]?.toLowerCase()}${last.slice(1)}Name`, 'name']) {
    const value = props[key];
    if (typeof value === 'string' && !Token.isUnresolved(value)) return value;
  }
  // CloudFormation names a FIFO queue or topic it names itself with the required suffix.
  if ((type === 'AWS::SQS::Queue' && props.fifoQueue === true) || (type === 'AWS::SNS::Topic' && props.fifoTopic === true)) {
    return `${logicalId}.fifo`;
  }
  return type === 'AWS::S3::Bucket' ? logicalId.toLowerCase() : logicalId;
}

type ArnOf = (r: FakeResource, env: FakeEnvironment) => string;

const regional = (service: string, resource: (r: FakeResource) => string): ArnOf =>
  (r, env) => `arn:${env.partition}:${service}:${env.region}:${env.account}:${resource(r)}`;

/** The ARN of each resource type a state machine commonly references (others follow the generic form). */
const ARNS: Record<string, ArnOf> = {
  'AWS::Lambda::Function': regional('lambda', (r) => `function:${r.name}`),
  'AWS::Lambda::Alias': regional('lambda', (r) => `function:${r.name}:live`),
  'AWS::Lambda::Version': regional('lambda', (r) => `function:${r.name}:1`),
  'AWS::SNS::Topic': regional('sns', (r) => r.name),
  'AWS::SQS::Queue': regional('sqs', (r) => r.name),
  'AWS::DynamoDB::Table': regional('dynamodb', (r) => `table/${r.name}`),
  'AWS::DynamoDB::GlobalTable': regional('dynamodb', (r) => `table/${r.name}`),
  'AWS::StepFunctions::StateMachine': regional('states', (r) => `stateMachine:${r.name}`),
  'AWS::StepFunctions::Activity': regional('states', (r) => `activity:${r.name}`),
  'AWS::Events::EventBus': regional('events', (r) => `event-bus/${r.name}`),
  'AWS::Events::Connection': regional('events', (r) => `connection/${r.name}/${fakeUuid(r.logicalId)}`),
  'AWS::Events::ApiDestination': regional('events', (r) => `api-destination/${r.name}/${fakeUuid(r.logicalId)}`),
  'AWS::Scheduler::ScheduleGroup': regional('scheduler', (r) => `schedule-group/${r.name}`),
  'AWS::Scheduler::Schedule': regional('scheduler', (r) => `schedule/default/${r.name}`),
  'AWS::IAM::Role': (r, env) => `arn:${env.partition}:iam::${env.account}:role/${r.name}`,
  'AWS::S3::Bucket': (r, env) => `arn:${env.partition}:s3:::${r.name}`,
  'AWS::KMS::Key': regional('kms', (r) => `key/${fakeUuid(r.logicalId)}`),
  'AWS::KMS::Alias': regional('kms', (r) => `alias/${r.name}`),
  'AWS::SecretsManager::Secret': regional('secretsmanager', (r) => `secret:${r.name}-${digest(r.logicalId, 6)}`),
  'AWS::Logs::LogGroup': regional('logs', (r) => `log-group:${r.name}:*`),
  'AWS::ECS::Cluster': regional('ecs', (r) => `cluster/${r.name}`),
  'AWS::ECS::TaskDefinition': regional('ecs', (r) => `task-definition/${r.name}:1`),
  'AWS::Batch::JobQueue': regional('batch', (r) => `job-queue/${r.name}`),
  'AWS::Batch::JobDefinition': regional('batch', (r) => `job-definition/${r.name}:1`),
  'AWS::CodeBuild::Project': regional('codebuild', (r) => `project/${r.name}`),
  'AWS::Glue::Job': regional('glue', (r) => `job/${r.name}`),
  'AWS::Glue::Crawler': regional('glue', (r) => `crawler/${r.name}`),
  'AWS::Athena::WorkGroup': regional('athena', (r) => `workgroup/${r.name}`),
  'AWS::EKS::Cluster': regional('eks', (r) => `cluster/${r.name}`),
  'AWS::EMRServerless::Application': regional('emr-serverless', (r) => `/applications/${idOf(r)}`),
  'AWS::EMRContainers::VirtualCluster': regional('emr-containers', (r) => `/virtualclusters/${idOf(r)}`),
  'AWS::SageMaker::Model': regional('sagemaker', (r) => `model/${r.name.toLowerCase()}`),
  'AWS::SageMaker::EndpointConfig': regional('sagemaker', (r) => `endpoint-config/${r.name.toLowerCase()}`),
  'AWS::SageMaker::Endpoint': regional('sagemaker', (r) => `endpoint/${r.name.toLowerCase()}`),
  'AWS::Bedrock::Guardrail': regional('bedrock', (r) => `guardrail/${idOf(r)}`),
  'AWS::MediaConvert::Queue': regional('mediaconvert', (r) => `queues/${r.name}`),
};

/** What `Ref` returns, where it is not the physical name. */
const REFS: Record<string, (r: FakeResource, env: FakeEnvironment) => string> = {
  'AWS::SNS::Topic': arnOf,
  'AWS::StepFunctions::StateMachine': arnOf,
  'AWS::StepFunctions::Activity': arnOf,
  'AWS::SecretsManager::Secret': arnOf,
  'AWS::Batch::JobQueue': arnOf,
  'AWS::Batch::JobDefinition': arnOf,
  'AWS::ECS::TaskDefinition': arnOf,
  'AWS::Lambda::Alias': arnOf,
  'AWS::Lambda::Version': arnOf,
  'AWS::SageMaker::Model': arnOf,
  'AWS::SageMaker::EndpointConfig': arnOf,
  'AWS::SageMaker::Endpoint': arnOf,
  'AWS::SQS::Queue': queueUrl,
  'AWS::KMS::Key': (r) => fakeUuid(r.logicalId),
  'AWS::EC2::SecurityGroup': idOf,
  'AWS::EC2::Subnet': idOf,
  'AWS::EC2::VPC': idOf,
  'AWS::ApiGateway::RestApi': idOf,
  'AWS::ApiGatewayV2::Api': idOf,
  'AWS::EMR::Cluster': idOf,
  'AWS::EMRContainers::VirtualCluster': idOf,
  'AWS::EMRServerless::Application': idOf,
  'AWS::Bedrock::Guardrail': arnOf,
};

/** An identifier in the form the service gives (`sg-…`, `subnet-…`, `j-…`, an API ID), from the logical ID. */
function idOf(r: FakeResource): string {
  const hex = digest(r.logicalId, 17);
  switch (r.type) {
    case 'AWS::EC2::SecurityGroup': return `sg-${hex}`;
    case 'AWS::EC2::Subnet': return `subnet-${hex}`;
    case 'AWS::EC2::VPC': return `vpc-${hex}`;
    case 'AWS::EMR::Cluster': return `j-${hex.slice(0, 13).toUpperCase()}`;
    case 'AWS::ApiGateway::RestApi':
    case 'AWS::ApiGatewayV2::Api': return hex.slice(0, 10);
    default: return digest(r.logicalId, 16);
  }
}

function queueUrl(r: FakeResource, env: FakeEnvironment): string {
  return `https://sqs.${env.region}.${env.urlSuffix}/${env.account}/${r.name}`;
}

/** The ARN of a resource: from the table, else `arn:<partition>:<service>:<region>:<account>:<type>/<name>`. */
export function arnOf(r: FakeResource, env: FakeEnvironment): string {
  const known = ARNS[r.type];
  if (known) return known(r, env);
  const [, service = 'unknown', kind = 'resource'] = r.type.split('::');
  const kebab = kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `arn:${env.partition}:${service.toLowerCase()}:${env.region}:${env.account}:${kebab}/${r.name}`;
}

/** What `{ Ref: <logical ID> }` of a resource resolves to once deployed. */
export function refOf(r: FakeResource, env: FakeEnvironment): string {
  return (REFS[r.type] ?? ((x: FakeResource) => x.name))(r, env);
}

/** What `{ Fn::GetAtt: [<logical ID>, attribute] }` resolves to once deployed. */
export function attributeOf(r: FakeResource, attribute: string, env: FakeEnvironment): string {
  if (attribute === 'Arn' || attribute === `${r.type.split('::').pop()}Arn`) return arnOf(r, env);
  if (attribute === 'StreamArn' || attribute === 'LatestStreamArn') return `${arnOf(r, env)}/stream/2025-01-01T00:00:00.000`;
  if (attribute === 'QueueUrl') return queueUrl(r, env);
  if (attribute === 'ApiEndpoint') return `https://${idOf(r)}.execute-api.${env.region}.${env.urlSuffix}`;
  if (attribute === 'Endpoint') return `https://${digest(r.logicalId, 32).toUpperCase()}.gr7.${env.region}.eks.${env.urlSuffix}`;
  if (attribute === 'RootResourceId') return digest(`${r.logicalId}/`, 10);
  if (/Arn$/.test(attribute)) return arnOf(r, env);
  if (/Name$/.test(attribute)) return r.name;
  if (/Id$/.test(attribute)) return refOf(r, env);
  return `${r.name}.${attribute}`;
}
