import * as path from 'node:path';
import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cxapi from 'aws-cdk-lib/cx-api';

/**
 * The aws-cdk-lib feature flag that gives each EvaluateExpression task its own function (the default when unset);
 * when it is `false`, tasks of a stack with the same runtime and architecture share one. Versions of aws-cdk-lib
 * before 2.275.0 do not define it: tasks then get their own functions.
 */
const DEDICATED_FUNCTION_FLAG: string | undefined = (cxapi as { STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION?: string })
  .STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION;

/**
 * The id of the execution role the dedicated functions of a stack share. It is aws-cdk-lib's, so a stack that
 * moves from aws-cdk-lib's EvaluateExpression keeps its role and functions (same logical ids) instead of
 * replacing them.
 */
const SHARED_ROLE_ID = 'EvalServiceRolef4f556a4ef7a49cd8036c5b0567376fd';

/** The folder of the handler: `handler/` next to this package's compiled entry point. */
const HANDLER_DIR = path.join(__dirname, '..', 'handler');

/** The code asset: the handler's JavaScript, without declarations or sources. */
function handlerCode(): lambda.Code {
  return lambda.Code.fromAsset(HANDLER_DIR, { exclude: ['*.d.ts', '*.map', '*.tsbuildinfo'] });
}

/**
 * The function that evaluates the expressions of `task`: its own, or the stack's shared one for the runtime and
 * architecture when the dedicated-function feature flag is `false`.
 */
export function evalFunction(task: Construct, runtime: lambda.Runtime | undefined, architecture: lambda.Architecture | undefined): lambda.IFunction {
  const common = { code: handlerCode(), handler: 'index.handler', runtime: runtime ?? lambda.determineLatestNodeRuntime(task), architecture };
  if (!dedicatedFunctions(task)) {
    return new lambda.SingletonFunction(task, 'EvalFunction', {
      ...common,
      uuid: sharedFunctionUuid(runtime, architecture),
      lambdaPurpose: 'Eval',
    });
  }
  return new lambda.Function(task, 'EvalFunction', { ...common, role: sharedRole(task) });
}

/** Whether each task gets its own function: the feature flag, `true` unless set to `false`. */
function dedicatedFunctions(scope: Construct): boolean {
  if (DEDICATED_FUNCTION_FLAG === undefined) return true;
  const flag: unknown = scope.node.tryGetContext(DEDICATED_FUNCTION_FLAG);
  return flag === undefined || flag === true || flag === 'true';
}

/** The id of the function tasks with this runtime and architecture share, unique to this package. */
function sharedFunctionUuid(runtime: lambda.Runtime | undefined, architecture: lambda.Architecture | undefined): string {
  const runtimeName = runtime?.name.replace(/[^a-zA-Z0-9]/g, '') ?? 'latestnodejs';
  return `cdk-stepfunctions-evaluate-expression-${runtimeName}-${architecture?.name ?? 'x86_64'}`;
}

/** The stack's execution role for the dedicated functions: basic Lambda logging only. */
function sharedRole(scope: Construct): iam.IRole {
  const stack = Stack.of(scope);
  const role = (stack.node.tryFindChild(SHARED_ROLE_ID) as iam.Role | undefined) ?? new iam.Role(stack, SHARED_ROLE_ID, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
  });
  return role.withoutPolicyUpdates();
}
