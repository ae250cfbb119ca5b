import { buildContext, isObject } from './private/definition';
import { dynamicPointersOf } from './private/placeholders';
import type { ValidationProblem } from './problem';
import { RULES } from './rules';

/**
 * Options of `validateDefinition`.
 */
export interface ValidateDefinitionOptions {
  /**
   * The type of the state machine the definition is for: `STANDARD` or `EXPRESS` (the values of aws-cdk-lib's
   * `sfn.StateMachineType`).
   *
   * An EXPRESS state machine supports only the request-response integration pattern.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
   * @default 'STANDARD'
   */
  readonly stateMachineType?: string;
}

/**
 * Validates an Amazon States Language definition and returns its problems (none when it is valid).
 *
 * Never throws on a bad definition: JSON that doesn't parse, or a definition that isn't an object, is a problem too.
 */
export function validateDefinition(definition: object | string, options: ValidateDefinitionOptions = {}): ValidationProblem[] {
  let parsed: unknown = definition;
  if (typeof definition === 'string') {
    try {
      parsed = JSON.parse(definition);
    } catch (e) {
      return [{ path: '', rule: 'json-syntax', message: `the definition is not valid JSON: ${(e as Error).message}` }];
    }
  }
  if (!isObject(parsed)) {
    return [{ path: '', rule: 'asl-schema', message: `the definition must be a JSON object, got ${Array.isArray(parsed) ? 'an array' : typeof parsed}` }];
  }
  const type = options.stateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const context = buildContext(parsed, type, dynamicPointersOf(parsed));
  const problems: ValidationProblem[] = [];
  for (const { id, check } of RULES) {
    try {
      problems.push(...check(context));
    } catch (e) {
      // A rule must not throw; if one does, say so rather than fail the caller's synth with a stack trace.
      problems.push({ path: '', rule: 'validator-error', message: `rule ${id} failed on this definition: ${(e as Error).message}` });
    }
  }
  return problems;
}
