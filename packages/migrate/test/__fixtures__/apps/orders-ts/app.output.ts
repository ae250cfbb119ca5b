#!/usr/bin/env node
// A small CDK app in TypeScript: validate an order, store it, queue it, announce it, hand it to another workflow.
import {
  App,
  Duration,
  Stack,
  type StackProps,
  aws_dynamodb as dynamodb,
  aws_lambda as lambda,
  aws_sns as sns,
  aws_sqs as sqs,
  aws_stepfunctions as sfn,
} from 'aws-cdk-lib';
import { DynamoAttributeValue, DynamoPutItem } from '@cdk-stepfunctions/tasks-dynamodb';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';
import { SqsSendMessage, type SqsSendMessageProps } from '@cdk-stepfunctions/tasks-sqs';
import { StepFunctionsStartExecution } from '@cdk-stepfunctions/tasks-stepfunctions';
import type { Construct } from 'constructs';

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const validator = new lambda.Function(this, 'Validator', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (order) => ({ valid: true, order });'),
    });
    const table = new dynamodb.Table(this, 'Orders', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
    const queue = new sqs.Queue(this, 'Fulfilment');
    const topic = new sns.Topic(this, 'Accepted');
    const shipping = new sfn.StateMachine(this, 'Shipping', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(this, 'Ship')),
    });

    const validate = new LambdaInvoke(this, 'Validate', {
      lambdaFunction: validator,
      payloadResponseOnly: true,
      resultPath: '$.validation',
    });
    const store = new DynamoPutItem(this, 'Store', {
      table,
      item: {
        id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')),
        total: DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.total')),
      },
      resultPath: sfn.JsonPath.DISCARD,
    });
    const message: SqsSendMessageProps = {
      queue,
      messageBody: sfn.TaskInput.fromJsonPathAt('$.order'),
      resultPath: sfn.JsonPath.DISCARD,
    };
    const enqueue = new SqsSendMessage(this, 'Enqueue', message);
    const announce = new SnsPublish(this, 'Announce', {
      topic,
      message: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id'), status: 'accepted' }),
      resultPath: sfn.JsonPath.DISCARD,
    });
    const ship = new StepFunctionsStartExecution(this, 'HandOff', {
      stateMachine: shipping,
      input: sfn.TaskInput.fromJsonPathAt('$.order'),
    });

    new sfn.StateMachine(this, 'Process', {
      definitionBody: sfn.DefinitionBody.fromChainable(validate.next(store).next(enqueue).next(announce).next(ship)),
      timeout: Duration.minutes(5),
    });
  }
}

export const app = new App();
new OrdersStack(app, 'Orders');
