// No semicolons, double quotes, no spaces in braces: the new imports follow.
import {Stack} from "aws-cdk-lib"
import * as sfn from "aws-cdk-lib/aws-stepfunctions"
import {StepFunctionsStartExecution} from "@cdk-stepfunctions/tasks-stepfunctions"
import {LambdaInvoke} from "@cdk-stepfunctions/tasks-lambda"

export function chain(stack: Stack, machine: sfn.IStateMachine, invoke: LambdaInvoke) {
  const start = new StepFunctionsStartExecution(stack, "Start", { stateMachine: machine })
  return invoke.next(start)
}
