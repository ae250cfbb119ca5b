import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, describeValue, resolveIntegrationPattern, validationError } from '@cdk-stepfunctions/tasks-core';
import { evalFunction } from './private/eval-function';
import { pathsInStringLiterals, statePaths } from './private/expression-paths';

/**
 * Properties of an EvaluateExpression task.
 */
export interface EvaluateExpressionProps extends sfn.TaskStateBaseProps {
  /**
   * The JavaScript expression to evaluate, in which state paths stand for values from the state, e.g. `$.a + $.b`.
   *
   * A path is a value where it is code: `$.a * 2`, a function argument, `${$.a}` in a template literal, or the
   * receiver of a method call (`$.list.map(x => x * 2)`). A path written as text inside a string (`'$.a'`) or in
   * a template literal's text is rejected, because it would stay text.
   */
  readonly expression: string;

  /**
   * The Node.js runtime of the function that evaluates the expression.
   *
   * @default - the latest Node.js runtime Lambda offers in the stack's Region
   */
  readonly runtime?: lambda.Runtime;

  /**
   * The instruction set of the function that evaluates the expression; check that your Region offers ARM64.
   *
   * @default lambda.Architecture.X86_64
   */
  readonly architecture?: lambda.Architecture;
}

/**
 * The event the evaluation function receives with JSONPath: the expression and the value of each state path in it.
 *
 * With JSONata it receives the state input and the paths instead (see the handler's `EvaluateExpressionEvent`).
 */
export interface Event {
  /**
   * The expression to evaluate.
   */
  readonly expression: string;

  /**
   * Each state path of the expression, mapped to its value in the state.
   */
  readonly expressionAttributeValues: { [key: string]: any };
}

/**
 * Evaluates a JavaScript expression over the state in a Lambda function this task creates: the task's result
 * is the expression's value.
 *
 * Each task gets its own function, unless aws-cdk-lib's `evaluateExpressionDedicatedFunction` feature flag
 * (`cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION`) is `false`: then the tasks of a stack with
 * the same runtime and architecture share one.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
export class EvaluateExpression extends TaskStateBase {

  /**
   * The service result this task's state receives: the value of the expression, any JSON value. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   * @internal
   */
  declare readonly _serviceResult?: unknown;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EvaluateExpressionProps;
  private readonly evalFn: lambda.IFunction;

  constructor(scope: Construct, id: string, props: EvaluateExpressionProps) {
    super(scope, id, props);
    this.props = props;

    resolveIntegrationPattern(this, props.integrationPattern,
      [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    validateExpression(this, props.expression);
    validateRuntime(this, props.runtime);

    this.evalFn = evalFunction(this, props.runtime, props.architecture);
    this.taskPolicies = [
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: this.evalFn.resourceArnsForGrantInvoke }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: this.evalFn.functionArn,
      ...this.renderInput(evaluationEvent(this.props.expression, queryLanguage), queryLanguage),
    };
  }
}

/**
 * The event the function gets. JSONPath: each path's value, resolved by Step Functions. JSONata: the state input
 * and the paths, selected by the function with JSONPath's meaning (a JSONata rewrite of a path would map over the
 * arrays it goes through, and a missing field would be an evaluation error rather than the function's).
 */
function evaluationEvent(expression: string, queryLanguage: sfn.QueryLanguage): { [key: string]: unknown } {
  const paths = Token.isUnresolved(expression) ? [] : statePaths(expression);
  if (queryLanguage === sfn.QueryLanguage.JSONATA) {
    return paths.length === 0 ? { expression } : { expression, input: '{% $states.input %}', paths };
  }
  const expressionAttributeValues: { [path: string]: string } = {};
  for (const path of paths) expressionAttributeValues[path] = sfn.JsonPath.stringAt(path);
  return { expression, expressionAttributeValues };
}

function validateExpression(scope: Construct, expression: string): void {
  if (Token.isUnresolved(expression)) return;
  if (expression.trim() === '') {
    throw validationError(scope, `\`expression\` must be a JavaScript expression, got ${describeValue(expression)}`);
  }
  const { plainString, templateText } = pathsInStringLiterals(expression);
  if (plainString.length > 0) {
    throw validationError(scope, `\`expression\` must use state paths as code, got ${plainString.join(', ')} inside a ` +
      `quoted string, where it stays text: use a template literal, e.g. \`…\${${plainString[0]}}…\``);
  }
  if (templateText.length > 0) {
    throw validationError(scope, `\`expression\` must use state paths as code, got ${templateText.join(', ')} in the ` +
      `text of a template literal, where it stays text: interpolate it, e.g. \${${templateText[0]}}`);
  }
}

function validateRuntime(scope: Construct, runtime: lambda.Runtime | undefined): void {
  if (runtime === undefined) return;
  if (runtime.family !== lambda.RuntimeFamily.NODEJS && !runtime.name.startsWith('nodejs')) {
    throw validationError(scope, `\`runtime\` must be a Node.js runtime (RuntimeFamily.NODEJS), got '${runtime.name}'`);
  }
}
