import { basename, dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { IConstruct } from 'constructs';

const VALIDATION_ERROR = Symbol.for('@cdk-stepfunctions/tasks-core.TaskValidationError');
/**
 * The marks aws-cdk-lib puts on its own errors (global symbols, read by `Errors.isConstructError()` and
 * `Errors.isValidationError()` of aws-cdk-lib/core): ours carry them too, so code that handles the reference's
 * validation errors handles ours.
 */
const CDK_CONSTRUCT_ERROR = Symbol.for('@aws-cdk/core.SynthesisError');
const CDK_VALIDATION_ERROR = Symbol.for('@aws-cdk/core.ValidationError');

/**
 * The base of every error a task throws for bad input. Not exported: jsii cannot
 * expose a class that extends `Error`, so callers test errors with {@link TaskErrors.isValidationError}.
 */
abstract class TaskError extends Error {
  /** When the error was thrown (ISO 8601), as aws-cdk-lib's errors say. */
  readonly time = new Date().toISOString();
  /** Always `error`, as aws-cdk-lib's errors say. */
  readonly level = 'error';
  /** The path of the construct that got the bad input, when there is one. */
  readonly constructPath?: string;

  constructor(message: string, scope?: IConstruct) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.constructPath = scope?.node.path;
    Object.defineProperty(this, CDK_CONSTRUCT_ERROR, { value: true });
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
  /** The kind of error, as aws-cdk-lib's `ValidationError` says. */
  readonly type = 'validation';

  /**
   * @param source the construct that got the bad input (its class and path start the message), or the name of
   *   the class or function when there is no construct.
   */
  constructor(source: IConstruct | string, message: string) {
    // Whatever a message interpolated, it stays on one line: control characters print escaped.
    super(escapeControlCharacters(`${describeSource(source)}: ${message}`), typeof source === 'string' ? undefined : source);
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
    Object.defineProperty(this, CDK_VALIDATION_ERROR, { value: true });
    this.stack = startAtCaller(this.stack);
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
 * Formats a value for an error message: strings quoted with control characters, quotes and backslashes escaped
 * (a newline prints as `\n`, not as a line break), tokens and objects as JSON.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${escapeText(value)}'`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `text` with line breaks and other control characters written as JSON escapes (`\n`, `\u0001`). */
function escapeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => (c.charCodeAt(0) >= 0x2028
    ? `\\u${c.charCodeAt(0).toString(16)}`
    : JSON.stringify(c).slice(1, -1)));
}

/** `text` with what would break a one-line message escaped as in a JSON string, and `'` escaped. */
function escapeText(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * The stack trace without its leading frames inside cdk-stepfunctions' packages (their `src/` or `lib/`) or
 * inside aws-cdk-lib and constructs, so it starts at the user's call (`new SqsSendMessage(...)`, or
 * `new StateMachine(...)` for what only rendering finds). Unchanged when no frame is the user's.
 */
function startAtCaller(stack: string | undefined): string | undefined {
  if (!stack) return stack;
  const lines = stack.split('\n');
  const firstFrame = lines.findIndex((l) => /^\s+at /.test(l));
  if (firstFrame < 0) return stack;
  let userFrame = firstFrame;
  while (userFrame < lines.length && isLibraryFrame(lines[userFrame])) userFrame += 1;
  if (userFrame >= lines.length) return stack;
  return [...lines.slice(0, firstFrame), ...lines.slice(userFrame)].join('\n');
}

const LIBRARY_PATH = new RegExp(`[\\\\/]node_modules[\\\\/](aws-cdk-lib|constructs)[\\\\/]|^node:|^internal[\\\\/]`);
const libraryFiles = new Map<string, boolean>();

function isLibraryFrame(line: string): boolean {
  const file = /\(?((?:[A-Za-z]:)?[^():]+|node:[^():]+):\d+:\d+\)?\s*$/.exec(line)?.[1]?.trim();
  if (!file) return false;
  if (LIBRARY_PATH.test(file)) return true;
  let known = libraryFiles.get(file);
  if (known === undefined) {
    known = isOurPackageSource(file);
    libraryFiles.set(file, known);
  }
  return known;
}

/** Whether `file` is in the `src/` or `lib/` folder of a `@cdk-stepfunctions/*` package (tests are not). */
function isOurPackageSource(file: string): boolean {
  let child = '';
  for (let dir = dirname(file), depth = 0; depth < 12; child = basename(dir), dir = dirname(dir), depth++) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      const name: unknown = JSON.parse(readFileSync(manifest, 'utf8')).name;
      return typeof name === 'string' && name.startsWith('@cdk-stepfunctions/') && (child === 'src' || child === 'lib');
    } catch {
      return false;
    }
  }
  return false;
}
