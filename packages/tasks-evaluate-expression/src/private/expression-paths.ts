/**
 * State paths in an EvaluateExpression expression: which ones it references, and which ones sit inside string
 * literals, where the handler would not see them as code.
 */

/** A state path: `$` then `.` or `[`, then names, indexes, dots and dashes. */
const STATE_PATH = /\$[.[][\w.[\]-]+/g;

/** A path followed by a call, e.g. `$.list.map(`: the last name is a method of the value, not a field. */
const METHOD_CALL = /^(.*[^.])\.[A-Za-z_][\w]*$/;

/**
 * The distinct state paths `expression` references, in order of appearance.
 *
 * A path ends before a `]` it did not open (`[$.a, $.b]`). A path directly followed by `(` calls a method of the value (JSON values have no callable fields), so its last
 * name is left out: `$.list.map(x => x * 2)` references `$.list`.
 */
export function statePaths(expression: string): string[] {
  const paths = new Set<string>();
  for (const match of expression.matchAll(STATE_PATH)) {
    let path = withoutUnbalancedBrackets(match[0]);
    const after = expression.slice((match.index ?? 0) + path.length);
    const method = /^\s*\(/.test(after) ? METHOD_CALL.exec(path) : null;
    if (method && method[1] !== '$') path = method[1];
    paths.add(path);
  }
  return [...paths];
}

/** A path at the end of an array literal, `[$.a, $.b]`, ends before the `]` that closes the literal. */
function withoutUnbalancedBrackets(path: string): string {
  let trimmed = path;
  const count = (c: string): number => trimmed.split(c).length - 1;
  while (trimmed.endsWith(']') && count(']') > count('[')) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

/** The state paths written as text inside string literals, by kind of literal. */
export interface PathsInLiterals {
  /** Inside `'…'` or `"…"`. */
  readonly plainString: string[];
  /** Inside the text of a template literal (outside its `${…}`). */
  readonly templateText: string[];
}

type Context = 'code' | 'plainString' | 'templateText' | 'regex';

type Frame =
  | { readonly kind: 'code'; braces: number; readonly interpolation: boolean }
  | { readonly kind: 'quote'; readonly quote: string }
  | { readonly kind: 'template' }
  | { readonly kind: 'regex'; inClass: boolean };

/**
 * Finds the paths `expression` writes inside string literals: they are plain text to JavaScript, so they are
 * never replaced by their values. Paths in `${…}` of a template literal are code.
 */
export function pathsInStringLiterals(expression: string): PathsInLiterals {
  const contexts = classify(expression);
  const plainString = new Set<string>();
  const templateText = new Set<string>();
  for (const match of expression.matchAll(STATE_PATH)) {
    const context = contexts[match.index ?? 0];
    if (context === 'plainString') plainString.add(match[0]);
    if (context === 'templateText') templateText.add(match[0]);
  }
  return { plainString: [...plainString], templateText: [...templateText] };
}

/** The lexical context of each character of `source`, from a small JavaScript scanner. */
function classify(source: string): Context[] {
  const contexts: Context[] = new Array(source.length).fill('code');
  const frames: Frame[] = [{ kind: 'code', braces: 0, interpolation: false }];
  for (let i = 0; i < source.length; i++) {
    const frame = frames[frames.length - 1];
    const c = source[i];
    switch (frame.kind) {
      case 'quote':
        contexts[i] = 'plainString';
        if (c === '\\') contexts[++i] = 'plainString';
        else if (c === frame.quote) frames.pop();
        break;
      case 'template':
        if (c === '`') {
          frames.pop();
        } else if (c === '$' && source[i + 1] === '{') {
          frames.push({ kind: 'code', braces: 0, interpolation: true });
          i++;
        } else {
          contexts[i] = 'templateText';
          if (c === '\\') contexts[++i] = 'templateText';
        }
        break;
      case 'regex':
        contexts[i] = 'regex';
        if (c === '\\') contexts[++i] = 'regex';
        else if (c === '[') frame.inClass = true;
        else if (c === ']') frame.inClass = false;
        else if (c === '/' && !frame.inClass) frames.pop();
        break;
      default:
        if (c === '\'' || c === '"') {
          contexts[i] = 'plainString';
          frames.push({ kind: 'quote', quote: c });
        } else if (c === '`') {
          frames.push({ kind: 'template' });
        } else if (c === '/' && regexMayStart(source, i)) {
          contexts[i] = 'regex';
          frames.push({ kind: 'regex', inClass: false });
        } else if (c === '{') {
          frame.braces++;
        } else if (c === '}') {
          if (frame.braces > 0) frame.braces--;
          else if (frame.interpolation) frames.pop();
        }
    }
  }
  return contexts;
}

/** A `/` starts a regular expression unless it follows a value (a name, a number, `)` or `]`): then it divides. */
function regexMayStart(source: string, slash: number): boolean {
  const before = source.slice(0, slash).trimEnd();
  return before === '' || !/[\w$)\]]$/.test(before);
}
