import { App, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';

export type Implementation = 'ours' | 'reference';

/**
 * Builds and synthesizes an app whose state machine chains `n` LambdaInvoke tasks; returns the milliseconds taken.
 */
export function synthChain(implementation: Implementation, n: number): number {
  const start = process.hrtime.bigint();
  const app = new App();
  const stack = new Stack(app, 'Bench');
  const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');
  const Impl = implementation === 'ours' ? LambdaInvoke : reference.LambdaInvoke;
  let chain: sfn.Chain | undefined;
  for (let i = 0; i < n; i++) {
    const task = new Impl(stack, `Task${i}`, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ step: i, id: sfn.JsonPath.stringAt('$.id') }),
      resultPath: `$.r${i}`,
    });
    chain = chain ? chain.next(task) : sfn.Chain.start(task);
  }
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain!) });
  app.synth();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
