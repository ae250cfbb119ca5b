import { Monorepo } from './tools/projen';

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

repo.addExample({ packages: ['tasks-lambda'] });
repo.addBench({ packages: ['tasks-lambda'] });
repo.synth();
