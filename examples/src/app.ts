/**
 * The quick-start example: a CDK app whose state machine is built from cdk-stepfunctions tasks.
 * It synthesizes the app and prints the state machine's definition (ASL) and its role's policy statements.
 */
import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke, LambdaInvocationType } from '@cdk-stepfunctions/tasks-lambda';

const app = new App();
const stack = new Stack(app, 'OrderWorkflow', { env: { account: '123456789012', region: 'eu-west-1' } });

const validate = new lambda.Function(stack, 'ValidateOrder', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (order) => ({ ...order, valid: order.items.length > 0 });'),
});
const charge = lambda.Function.fromFunctionArn(stack, 'Charge', 'arn:aws:lambda:eu-west-1:123456789012:function:charge');
const notifyLive = new lambda.Alias(stack, 'NotifyLive', {
  aliasName: 'live',
  version: new lambda.Version(stack, 'NotifyV1', { lambda: validate }),
});

const validateOrder = new LambdaInvoke(stack, 'Validate order', {
  lambdaFunction: validate,
  payloadResponseOnly: true,
  resultPath: '$.validation',
});
const chargeItems = sfn.Map.jsonata(stack, 'Charge each item', { items: sfn.ProvideItems.jsonata('{% $states.input.items %}') })
  .itemProcessor(new LambdaInvoke(stack, 'Charge item', {
    lambdaFunction: charge,
    payload: sfn.TaskInput.fromObject({ sku: '{% $states.input.sku %}', amount: '{% $states.input.price %}' }),
  }));
const notify = LambdaInvoke.jsonPath(stack, 'Notify customer', {
  lambdaFunction: notifyLive,
  invocationType: LambdaInvocationType.EVENT,
  payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
});

const definition = validateOrder
  .next(new sfn.Choice(stack, 'Valid?')
    .when(sfn.Condition.booleanEquals('$.validation.valid', true), chargeItems.next(notify))
    .otherwise(new sfn.Fail(stack, 'Rejected', { error: 'InvalidOrder' })));

new sfn.StateMachine(stack, 'StateMachine', {
  definitionBody: sfn.DefinitionBody.fromChainable(definition),
  timeout: Duration.minutes(5),
});

const template = app.synth().getStackByName(stack.stackName).template as {
  Resources: Record<string, { Type: string; Properties: Record<string, any> }>;
};

/** Shows CloudFormation references inside the definition as `${Ref}` / `${Resource.Attr}`, so the ASL prints as JSON. */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as { 'Fn::Join'?: [string, unknown[]]; Ref?: string; 'Fn::GetAtt'?: string[] };
  if (v['Fn::Join']) return v['Fn::Join'][1].map(flatten).join(v['Fn::Join'][0]);
  if (v.Ref) return `\${${v.Ref}}`;
  if (v['Fn::GetAtt']) return `\${${v['Fn::GetAtt'].join('.')}}`;
  return JSON.stringify(value);
}

const resources = Object.values(template.Resources);
const machine = resources.find((r) => r.Type === 'AWS::StepFunctions::StateMachine')!;
console.log('State machine definition (ASL):');
console.log(JSON.stringify(JSON.parse(flatten(machine.Properties.DefinitionString)), null, 2));
console.log('\nIAM policy statements of the state machine role:');
const statements = resources
  .filter((r) => r.Type === 'AWS::IAM::Policy')
  .flatMap((r) => r.Properties.PolicyDocument.Statement);
console.log(JSON.stringify(statements, null, 2));
