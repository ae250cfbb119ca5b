import type { IConstruct } from 'constructs';

const VALIDATION_ERROR = Symbol.for('@cdk-stepfunctions/tasks-core.TaskValidationError');

/**
 * The base of every error a task throws for bad input. Not exported: jsii cannot
 * expose a class that extends `Error`, so callers test errors with {@link TaskErrors.isValidationError}.
 */
abstract class TaskError extends Error {
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Bad input to a task, found at construction or synthesis.
 *
 * The message starts with the task class and its construct path, then says which prop is wrong and what is allowed.
 *
 * @internal
 */
export class TaskValidationError extends TaskError {
  override readonly name = 'ValidationError';

  /**
   * @param source the construct that got the bad input (its class and path start the message), or the name of
   *   the class or function when there is no construct.
   */
  constructor(source: IConstruct | string, message: string) {
    super(`${describeSource(source)}: ${message}`);
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
  }
}

function describeSource(source: IConstruct | string): string {
  return typeof source === 'string' ? source : `${source.constructor.name} at '${source.node.path}'`;
}

/**
 * The validation error for bad input to `source`, worded "`<prop>` must be …, got `<value>`" by the caller.
 */
export function validationError(source: IConstruct | string, message: string): Error {
  return new TaskValidationError(source, message);
}

/** Checks for the errors cdk-stepfunctions tasks throw. */
export class TaskErrors {
  /** Whether `x` is the validation error a task throws for bad input. */
  public static isValidationError(x: unknown): boolean {
    return x !== null && typeof x === 'object' && VALIDATION_ERROR in x;
  }

  private constructor() {}
}

/**
 * Formats a value for an error message: strings quoted, tokens and objects as JSON.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
