import { pathError } from './jsonpath';

/**
 * A small parser for the intrinsic functions of JSONPath states (`States.Format('{} {}', $.a, $$.b)`): known
 * names and argument counts, argument lists, quoted strings with their escapes, and the paths in arguments.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */

/** Each intrinsic function and its argument count, minimum and maximum. */
const FUNCTIONS: Record<string, [number, number]> = {
  'States.Format': [1, Infinity],
  'States.StringToJson': [1, 1],
  'States.JsonToString': [1, 1],
  'States.Array': [0, Infinity],
  'States.ArrayPartition': [2, 2],
  'States.ArrayContains': [2, 2],
  'States.ArrayRange': [3, 3],
  'States.ArrayGetItem': [2, 2],
  'States.ArrayLength': [1, 1],
  'States.ArrayUnique': [1, 1],
  'States.Base64Encode': [1, 1],
  'States.Base64Decode': [1, 1],
  'States.Hash': [2, 2],
  'States.JsonMerge': [3, 3],
  'States.MathRandom': [2, 3],
  'States.MathAdd': [2, 2],
  'States.StringSplit': [2, 2],
  'States.UUID': [0, 0],
};

/** The hashing algorithms of `States.Hash`. */
const HASH_ALGORITHMS = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];

type Argument =
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'number' | 'boolean' | 'null' | 'path' | 'call'; raw: string };

class IntrinsicSyntaxError extends Error {}

/** Why an intrinsic function call is not valid, or undefined if it is. */
export function intrinsicError(text: string): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const error = check(text);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, error);
  return error;
}

/** Results by text: a definition repeats the same calls across states. */
const cache = new Map<string, string | undefined>();
const CACHE_SIZE = 10_000;

function check(text: string): string | undefined {
  try {
    const parser = new Parser(text);
    parser.skipSpaces();
    parser.call();
    parser.skipSpaces();
    if (!parser.atEnd()) parser.fail('unexpected text after the closing `)`');
    return undefined;
  } catch (e) {
    if (e instanceof IntrinsicSyntaxError) return e.message;
    throw e;
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(why: string): never {
    throw new IntrinsicSyntaxError(`${why} (at character ${this.pos + 1})`);
  }

  skipSpaces(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos])) this.pos++;
  }

  /** `States.Name(arg, …)`; returns the raw text. */
  call(): string {
    const start = this.pos;
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.pos))?.[0];
    if (!name) this.fail('expected an intrinsic function `States.<Name>(…)`');
    const arity = FUNCTIONS[name];
    if (!arity) {
      throw new IntrinsicSyntaxError(`unknown intrinsic function \`${name}\`; known: ${Object.keys(FUNCTIONS).join(', ')}`);
    }
    this.pos += name.length;
    this.skipSpaces();
    if (this.text[this.pos] !== '(') this.fail(`expected \`(\` after \`${name}\``);
    this.pos++;
    const args: Argument[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
    } else {
      for (;;) {
        this.skipSpaces();
        args.push(this.argument());
        this.skipSpaces();
        const c = this.text[this.pos];
        if (c === ',') {
          this.pos++;
          continue;
        }
        if (c === ')') {
          this.pos++;
          break;
        }
        this.fail(c === undefined ? `\`${name}(\` is not closed with \`)\`` : `expected \`,\` or \`)\` in the arguments of \`${name}\`, got \`${c}\``);
      }
    }
    const [min, max] = arity;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new IntrinsicSyntaxError(`\`${name}\` takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`);
    }
    checkArguments(name, args);
    return this.text.slice(start, this.pos);
  }

  argument(): Argument {
    const c = this.text[this.pos];
    const rest = this.text.slice(this.pos);
    if (c === "'") return this.string();
    if (c === '$') return { kind: 'path', raw: this.path() };
    if (rest.startsWith('States.')) return { kind: 'call', raw: this.call() };
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest)?.[0];
    if (number) {
      this.pos += number.length;
      return { kind: 'number', raw: number };
    }
    for (const word of ['true', 'false', 'null'] as const) {
      if (rest.startsWith(word) && !/^[A-Za-z0-9_]/.test(rest.slice(word.length))) {
        this.pos += word.length;
        return { kind: word === 'null' ? 'null' : 'boolean', raw: word };
      }
    }
    if (c === '"') this.fail('strings in intrinsic functions are quoted with `\'`, not `"`');
    return this.fail(c === undefined ? 'expected an argument' : `expected an argument (a 'string', a number, a path or an intrinsic function), got \`${c}\``);
  }

  /** A quoted string; `\` escapes the next character (`\'`, `\{`, `\}`, `\\`). */
  string(): Argument {
    const start = this.pos;
    this.pos++;
    let value = '';
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (c === '\\') {
        if (this.pos + 1 >= this.text.length) break;
        value += `\\${this.text[this.pos + 1]}`;
        this.pos += 2;
        continue;
      }
      if (c === "'") {
        this.pos++;
        return { kind: 'string', value, raw: this.text.slice(start, this.pos) };
      }
      value += c;
      this.pos++;
    }
    this.pos = start;
    return this.fail("unterminated string: a `'` inside a string must be escaped as `\\'`");
  }

  /** A path argument: up to the `,` or `)` that ends it, outside brackets, parentheses and quotes. */
  path(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '[' || c === '(') {
        depth++;
      } else if (c === ']' || c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) {
        break;
      }
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos).trimEnd();
    const error = pathError(raw, 'path');
    if (error) throw new IntrinsicSyntaxError(`argument \`${raw}\` ${error}`);
    return raw;
  }
}

/** Static checks of literal arguments: `States.Format` placeholders, `States.Hash` algorithms, `States.JsonMerge`. */
function checkArguments(name: string, args: Argument[]): void {
  const [first] = args;
  if (name === 'States.Format' && first.kind === 'string') {
    const placeholders = (first.value.replace(/\\./g, '').match(/\{\}/g) ?? []).length;
    if (placeholders !== args.length - 1) {
      throw new IntrinsicSyntaxError(
        `\`States.Format\` template has ${placeholders} \`{}\` placeholder${placeholders === 1 ? '' : 's'} but ${args.length - 1} value${args.length === 2 ? '' : 's'} follow${args.length === 2 ? 's' : ''} it`,
      );
    }
  }
  if (name === 'States.Hash' && args[1].kind === 'string' && !HASH_ALGORITHMS.includes(args[1].value)) {
    throw new IntrinsicSyntaxError(`\`States.Hash\` algorithm must be one of ${HASH_ALGORITHMS.join(', ')}, got '${args[1].value}'`);
  }
  if (name === 'States.JsonMerge' && !['path', 'call'].includes(args[2].kind) && args[2].raw !== 'false') {
    throw new IntrinsicSyntaxError(`\`States.JsonMerge\` supports only a shallow merge: its third argument must be \`false\`, got \`${args[2].raw}\``);
  }
}
