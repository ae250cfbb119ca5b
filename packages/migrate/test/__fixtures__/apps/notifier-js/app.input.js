// A small CDK app in CommonJS JavaScript: the barrel member of require(), destructured names, and a namespace.
'use strict';
const { App, Stack, aws_lambda: lambda, aws_sns: sns, aws_sqs: sqs, aws_stepfunctions: sfn } = require('aws-cdk-lib');
const tasks = require('aws-cdk-lib').aws_stepfunctions_tasks;
const { SnsPublish, SqsSendMessage: Send } = require('aws-cdk-lib/aws-stepfunctions-tasks');

class NotifierStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const fn = lambda.Function.fromFunctionArn(this, 'Format', 'arn:aws:lambda:us-east-1:123456789012:function:format');
    const topic = sns.Topic.fromTopicArn(this, 'Alerts', 'arn:aws:sns:us-east-1:123456789012:alerts');
    const queue = new sqs.Queue(this, 'Audit');

    const format = new tasks.LambdaInvoke(this, 'Format message', {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromJsonPathAt('$.event'),
      outputPath: '$.Payload',
    });
    const publish = new SnsPublish(this, 'Publish', {
      topic,
      message: sfn.TaskInput.fromJsonPathAt('$.text'),
      subject: 'Alert',
      resultPath: sfn.JsonPath.DISCARD,
    });
    const audit = new Send(this, 'Audit message', {
      queue,
      messageBody: sfn.TaskInput.fromJsonPathAt('$.text'),
      delay: require('aws-cdk-lib').Duration.seconds(5),
    });

    new sfn.StateMachine(this, 'Notify', {
      definitionBody: sfn.DefinitionBody.fromChainable(format.next(new sfn.Parallel(this, 'Fan out').branch(publish).branch(audit))),
    });
  }
}

const app = new App();
new NotifierStack(app, 'Notifier');

module.exports = { app, NotifierStack };
