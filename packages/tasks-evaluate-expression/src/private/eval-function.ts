import * as path from 'node:path';
import type { Construct } from 'constructs';
import { Annotations, Stack } from 'aws-cdk-lib/core';
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
  if (!dedicatedFunctions(task)) return sharedFunction(task, common, sharedFunctionUuid(runtime, architecture));
  return new lambda.Function(task, 'EvalFunction', { ...common, role: sharedRole(task) });
}

/** The shared functions this package created, to tell them from a function of the same id made by aws-cdk-lib. */
const OUR_SHARED_FUNCTIONS = new WeakSet<object>();

/**
 * The stack's shared function with `uuid`. Its construct (and so its logical id) is the one aws-cdk-lib's
 * EvaluateExpression uses for the same runtime and architecture, so a stack moving from aws-cdk-lib keeps it.
 * If aws-cdk-lib's EvaluateExpression already made it in this stack, both share that function and its code: the
 * task gets a warning, since that code does not evaluate JSONata tasks.
 */
function sharedFunction(task: Construct, props: lambda.FunctionProps, uuid: string): lambda.IFunction {
  const stack = Stack.of(task);
  const id = `${EVAL_PURPOSE}${uuid.replace(/[^a-zA-Z0-9]/g, '')}`;
  const existing = stack.node.tryFindChild(id);
  const fn = new lambda.SingletonFunction(task, 'EvalFunction', { ...props, uuid, lambdaPurpose: EVAL_PURPOSE });
  if (existing === undefined) {
    const made = stack.node.tryFindChild(id);
    if (made !== undefined) OUR_SHARED_FUNCTIONS.add(made);
  } else if (!OUR_SHARED_FUNCTIONS.has(existing)) {
    Annotations.of(task).addWarningV2('@cdk-stepfunctions/tasks-evaluate-expression:sharedWithAwsCdkLib',
      `This task shares the function ${id} that aws-cdk-lib's EvaluateExpression created in the same stack, and its ` +
      'code: that code evaluates JSONPath tasks only. Use one EvaluateExpression class per stack, or dedicated functions.');
  }
  return fn;
}

/** Whether each task gets its own function: the feature flag, `true` unless set to `false`. */
function dedicatedFunctions(scope: Construct): boolean {
  if (DEDICATED_FUNCTION_FLAG === undefined) return true;
  const flag: unknown = scope.node.tryGetContext(DEDICATED_FUNCTION_FLAG);
  return flag === undefined || flag === true || flag === 'true';
}

/** The `lambdaPurpose` of the shared functions: their construct ids start with it. */
const EVAL_PURPOSE = 'Eval';

/**
 * The singleton uuids of aws-cdk-lib's shared functions, by runtime name (`''` for no runtime given), for x86_64
 * and arm64. Using the same ones gives the shared functions the same logical ids as aws-cdk-lib's.
 */
const AWS_CDK_LIB_SHARED_UUIDS: { readonly [runtime: string]: readonly [x86: string, arm: string] } = {
  '': ['41256dc5-4457-4273-8ed9-17bc818694e5', 'be6d8ca1-9d2c-4db3-aeeb-f6f27f3f2f10'],
  'nodejs10.x': ['a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc', '886204b9-1f2d-40bd-8a7e-628543da4f93'],
  'nodejs12.x': ['2b81e383-aad2-44db-8aaf-b4809ae0e3b4', 'abcd5ad4-b1eb-48f1-bec5-41d6f5c82caa'],
  'nodejs14.x': ['da2d1181-604e-4a45-8694-1a6abd7fe42d', 'cadc099b-465f-4267-afe0-e0037d263401'],
  'nodejs16.x': ['2a430b68-eb4b-4026-9232-ee39b71c1db8', '8fa21b46-1d7c-445d-be08-6bbea646eb37'],
  'nodejs18.x': ['078d40d3-fb4e-4d53-94a7-9c46fc11fe02', 'b1565b13-7d88-4f24-ac63-f9b23c325a55'],
  'nodejs20.x': ['9757c267-6d7c-45c2-af77-37a30d93d2c6', '105f0693-c082-4e9b-83f3-9007507676f0'],
  'nodejs22.x': ['b64e1fb8-9c89-4f7d-8a34-2e2a1c5f6d7e', '672bfe19-76c9-448b-9584-ee75ca09edbf'],
  'nodejs24.x': ['a5c17f50-0de1-497b-8ec0-fabdc9086cc5', '1662dbae-12a4-4a04-86f0-29531a7be268'],
};

/**
 * The uuid of the function tasks with this runtime and architecture share: aws-cdk-lib's for the runtimes it
 * lists, else one of this package's own (aws-cdk-lib rejects other runtimes in shared mode).
 */
function sharedFunctionUuid(runtime: lambda.Runtime | undefined, architecture: lambda.Architecture | undefined): string {
  const arm = architecture?.name === lambda.Architecture.ARM_64.name;
  const known = AWS_CDK_LIB_SHARED_UUIDS[runtime?.name ?? ''];
  if (known) return arm ? known[1] : known[0];
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
