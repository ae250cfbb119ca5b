/**
 * The example app: the order workflow (`order-workflow.ts`) in a stack. It synthesizes the app and prints the state
 * machine's definition (ASL) and its role's policy statements. `test/` runs the same workflow offline.
 */
import { App, Stack } from 'aws-cdk-lib/core';
import { OrderWorkflow } from './order-workflow';

const app = new App();
const stack = new Stack(app, 'OrderWorkflow', { env: { account: '123456789012', region: 'eu-west-1' } });
new OrderWorkflow(stack, 'Orders');

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
console.log('\nRun it offline: npx vitest run (in examples/), or see test/order-workflow.test.ts.');
