// No semicolons, double quotes, no spaces in braces: the new imports follow.
import {Stack} from "aws-cdk-lib"
import * as sfn from "aws-cdk-lib/aws-stepfunctions"
import * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks"
import {LambdaInvoke} from "aws-cdk-lib/aws-stepfunctions-tasks"

export function chain(stack: Stack, machine: sfn.IStateMachine, invoke: LambdaInvoke) {
  const start = new tasks.StepFunctionsStartExecution(stack, "Start", { stateMachine: machine })
  return invoke.next(start)
}
