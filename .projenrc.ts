import { Monorepo, TOOL_DEPENDENCIES as DEPS } from './tools/projen';

const repo = new Monorepo();

// One line per AWS service package: the service, its title, and the reference's declaration files it mirrors
// (or run `npm run new-service -- <service> "<Title>" <reference.d.ts>...`, which adds the line).
repo.addService('lambda', 'AWS Lambda', ['lambda/invoke.d.ts']);
repo.addService('sns', 'Amazon SNS', ['sns/publish.d.ts']);
repo.addService('sqs', 'Amazon SQS', ['sqs/send-message.d.ts']);
repo.addService('stepfunctions', 'AWS Step Functions', ['stepfunctions/start-execution.d.ts', 'stepfunctions/invoke-activity.d.ts']);
repo.addService('eventbridge', 'Amazon EventBridge', ['eventbridge/put-events.d.ts']);
repo.addService('eventbridge-scheduler', 'Amazon EventBridge Scheduler', ['eventbridge-scheduler/create-schedule.d.ts', 'schedule.d.ts']);
repo.addService('http', 'HTTP endpoints', ['http/invoke.d.ts']);
repo.addService('apigateway', 'Amazon API Gateway', ['apigateway/base-types.d.ts', 'apigateway/base.d.ts', 'apigateway/call-rest-api.d.ts', 'apigateway/call-http-api.d.ts']);
repo.addService('aws-sdk', 'AWS SDK service integrations', ['aws-sdk/call-aws-service.d.ts', 'lambda/call-aws-service-cross-region.d.ts']);
repo.addService('evaluate-expression', 'evaluating expressions in a Lambda function', ['evaluate-expression.d.ts']);
repo.addService('dynamodb', 'Amazon DynamoDB', ['dynamodb/shared-types.d.ts', 'dynamodb/get-item.d.ts', 'dynamodb/put-item.d.ts', 'dynamodb/update-item.d.ts', 'dynamodb/delete-item.d.ts']);
repo.addService('athena', 'Amazon Athena', ['athena/start-query-execution.d.ts', 'athena/get-query-execution.d.ts', 'athena/get-query-results.d.ts', 'athena/stop-query-execution.d.ts']);
repo.addService('glue', 'AWS Glue', ['glue/start-job-run.d.ts', 'glue/start-crawler-run.d.ts']);
repo.addService('databrew', 'AWS Glue DataBrew', ['databrew/start-job-run.d.ts']);
repo.addService('batch', 'AWS Batch', ['batch/submit-job.d.ts']);
repo.addService('codebuild', 'AWS CodeBuild', ['codebuild/start-build.d.ts', 'codebuild/start-build-batch.d.ts']);
repo.addService('mediaconvert', 'AWS Elemental MediaConvert', ['mediaconvert/create-job.d.ts']);
repo.addService('bedrock', 'Amazon Bedrock', ['bedrock/invoke-model.d.ts', 'bedrock/create-model-customization-job.d.ts', 'bedrock/guardrail.d.ts']);
repo.addService('ecs', 'Amazon ECS', ['ecs/run-task.d.ts', 'ecs/run-ecs-task-base-types.d.ts']);
repo.addService('eks', 'Amazon EKS', ['eks/call.d.ts']);
repo.addService('emr', 'Amazon EMR', ['emr/emr-create-cluster.d.ts', 'emr/emr-set-cluster-termination-protection.d.ts', 'emr/emr-terminate-cluster.d.ts', 'emr/emr-add-step.d.ts', 'emr/emr-cancel-step.d.ts', 'emr/emr-modify-instance-fleet-by-name.d.ts', 'emr/emr-modify-instance-group-by-name.d.ts']);
repo.addService('emr-containers', 'Amazon EMR on EKS', ['emrcontainers/create-virtual-cluster.d.ts', 'emrcontainers/delete-virtual-cluster.d.ts', 'emrcontainers/start-job-run.d.ts']);
repo.addService('emr-serverless', 'Amazon EMR Serverless', []);
repo.addService('sagemaker', 'Amazon SageMaker', ['sagemaker/base-types.d.ts', 'sagemaker/create-training-job.d.ts', 'sagemaker/create-transform-job.d.ts', 'sagemaker/create-endpoint.d.ts', 'sagemaker/create-endpoint-config.d.ts', 'sagemaker/create-model.d.ts', 'sagemaker/update-endpoint.d.ts']);

// Tooling packages: published, not services (no reference map, not jsii-compiled).
repo.addTool('validation', 'Validates AWS Step Functions definitions of CDK apps at synth: ASL schema, JSONPath, JSONata and more.', {
  // ajv, ajv-formats and asl-path-validator are asl-validator's own: its schemas are compiled once per process.
  dependencies: {
    'asl-validator': DEPS.aslValidator,
    jsonata: DEPS.jsonata,
    ajv: '^8.12.0',
    'ajv-formats': '^3.0.1',
    'asl-path-validator': '^0.16.1',
  },
});
repo.addTool('testing', 'Runs AWS Step Functions state machines offline, in process, with mocks: JSONPath, JSONata, on a virtual clock.', {
  dependencies: { jsonata: DEPS.jsonata, 'jsonpath-plus': DEPS.jsonpathPlus },
  // `@cdk-stepfunctions/testing/vitest` registers the run matchers with vitest's expect (its `Matchers` interface
  // since 3.2); vitest has no CommonJS build, so that entry point is an ES module.
  peerDependencies: { vitest: '>=3.2.0' },
  optionalPeers: ['vitest'],
  subpaths: { './vitest': { import: 'vitest', require: 'vitest' } },
});
// The symbol map (which package exports which name, and at which version) is generated from the service packages'
// sources before tsc and ships as lib/symbol-map.json; the fixture apps type-check and synthesize against the
// workspace packages they import.
const SERVICE_SOURCES = ['{workspaceRoot}/packages/tasks-*/src/**/*', '{workspaceRoot}/packages/tasks-*/package.json'];
repo.addTool('migrate', 'Migrates CDK apps from aws-cdk-lib/aws-stepfunctions-tasks to cdk-stepfunctions packages.', {
  dependencies: { jscodeshift: DEPS.jscodeshift, ignore: DEPS.ignore, diff: DEPS.diff },
  devDependencies: {
    '@types/jscodeshift': '^17.3.0',
    ...Object.fromEntries(['core', 'lambda', 'sqs', 'sns', 'stepfunctions', 'dynamodb'].map((s) => [`@cdk-stepfunctions/tasks-${s}`, 'workspace:*'])),
  },
  cdkPeers: false,
  bin: { 'cdk-stepfunctions-migrate': 'cli' },
  files: ['lib/symbol-map.json'],
  targets: {
    build: {
      command: 'tsx scripts/generate-symbol-map.ts lib/symbol-map.json && tsc -p tsconfig.build.json',
      inputs: ['production', '^production', '{projectRoot}/scripts/**/*', ...SERVICE_SOURCES],
    },
    // The CLI tests run the built bin.
    test: { inputs: ['default', '^production', '{workspaceRoot}/tools/src/**/*', ...SERVICE_SOURCES], dependsOn: ['^build', 'build'] },
  },
});

// The order workflow, and its offline tests (examples/test, run by npm test).
repo.addExample({ packages: ['tasks-lambda', 'tasks-dynamodb', 'tasks-sns', 'tasks-sqs'], tests: true });
// aws-local-stepfunctions 3.x (the offline-runs comparison) declares Node 22; on Node 20 it needs only a
// Promise.withResolvers polyfill, which bench/src/offline.ts installs before loading it.
repo.addBench({ packages: ['tasks-lambda', 'validation', 'testing'], devDependencies: { 'aws-local-stepfunctions': '3.0.0' } });
// Python, Java and Go: jsii-pacmak's packages of every tasks package, and the tests that use them.
repo.addBindings();
repo.synth();
