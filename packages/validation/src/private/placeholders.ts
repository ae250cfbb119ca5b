import { isObject } from './definition';
import { pointer } from './pointer';

/**
 * Turns a state machine definition as CloudFormation holds it (a string, an `Fn::Join` of strings and tokens, or a
 * `Definition` object with `Ref` / `Fn::GetAtt` values) into a parsed definition whose tokens are placeholders of the
 * right shape: a partition, Region or account where the pseudo parameter stood, an ARN where a `Resource` or an
 * `…Arn` attribute stood, `$` for a path, a number outside strings. The pointers of those values are remembered
 * (`dynamicPointersOf`) so that rules comparing static values skip them.
 */

/** A CloudFormation intrinsic: `{ Ref: … }` or `{ 'Fn::…': … }`. */
type Intrinsic = Record<string, unknown>;

/** Returns the type of the resource with this logical id, when known (for ARN placeholders of the right service). */
export type ResourceTypeLookup = (logicalId: string) => string | undefined;

const DYNAMIC = Symbol.for('@cdk-stepfunctions/validation.dynamic');
const MARKER = /__CDKTOKEN(\d+)__/g;

/** The pointers of the values that stood for tokens, attached to a definition by `definitionFromCloudFormation`. */
export function dynamicPointersOf(definition: object): ReadonlySet<string> {
  return (definition as { [DYNAMIC]?: Set<string> })[DYNAMIC] ?? new Set();
}

/** Whether a value is a CloudFormation intrinsic function or reference. */
export function isIntrinsic(value: unknown): value is Intrinsic {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/**
 * The definition with placeholders for tokens; a JSON string (to be reported as such) when it doesn't parse.
 *
 * @param value the resolved `DefinitionString` or `Definition`
 * @param substitutions the resolved `DefinitionSubstitutions`, applied to `${key}` in the string
 */
export function definitionFromCloudFormation(value: unknown, substitutions: Record<string, unknown> = {}, resourceType: ResourceTypeLookup = () => undefined): object | string {
  const tokens: Intrinsic[] = [];
  const outsideString = new Set<number>();
  let text: string;

  if (typeof value === 'string' || isJoin(value)) {
    const parts = substitute(isJoin(value) ? joinParts(value) : [value], substitutions);
    // Join the parts, each token as a marker: bare inside a JSON string, quoted outside one.
    let inString = false;
    text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        for (let i = 0; i < part.length; i++) {
          if (part[i] === '\\' && inString) i++;
          else if (part[i] === '"') inString = !inString;
        }
        text += part;
        continue;
      }
      const n = tokens.push(part) - 1;
      if (inString) {
        text += `__CDKTOKEN${n}__`;
      } else {
        outsideString.add(n);
        text += `"__CDKTOKEN${n}__"`;
      }
    }
  } else if (isObject(value)) {
    // A `Definition` object: its intrinsics become markers, then placeholders like the string's.
    text = JSON.stringify(value, (_key, v: unknown) => {
      if (!isIntrinsic(v)) return v;
      const n = tokens.push(v) - 1;
      return `__CDKTOKEN${n}__`;
    });
  } else {
    return JSON.stringify(value ?? null);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text.replace(MARKER, 'placeholder');
  }
  if (!isObject(parsed) || tokens.length === 0) return isObject(parsed) ? parsed : text;

  // Replace the markers in place (the parsed object is ours); pointers are built only for the values replaced.
  const dynamic = new Set<string>();
  const path: (string | number)[] = [];
  const replaceString = (node: string, key: string | undefined): unknown => {
    dynamic.add(pointer('', ...path));
    const whole = /^__CDKTOKEN(\d+)__$/.exec(node);
    if (whole && outsideString.has(Number(whole[1]))) return 1;
    return node.replace(MARKER, (_m, n: string) => placeholder(tokens[Number(n)], key, whole !== null, resourceType));
  };
  const visit = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        path.push(i);
        if (typeof item === 'string') {
          if (item.includes('__CDKTOKEN')) node[i] = replaceString(item, key);
        } else visit(item, key);
        path.pop();
      });
    } else if (isObject(node)) {
      for (const k of Object.keys(node)) {
        let name = k;
        if (k.includes('__CDKTOKEN')) {
          name = k.replace(MARKER, 'placeholder');
          node[name] = node[k];
          delete node[k];
        }
        path.push(name);
        const value = node[name];
        if (typeof value === 'string') {
          if (value.includes('__CDKTOKEN')) node[name] = replaceString(value, name);
        } else visit(value, name);
        path.pop();
      }
    }
  };
  visit(parsed, undefined);
  const result = parsed;
  Object.defineProperty(result, DYNAMIC, { value: dynamic, enumerable: false });
  return result;
}

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'stack',
  'AWS::StackId': 'arn:aws:cloudformation:us-east-1:123456789012:stack/stack/00000000-0000-0000-0000-000000000000',
  'AWS::NoValue': '',
};

/** An ARN of the service of a CloudFormation resource type (`AWS::Lambda::Function` → `lambda`). */
function arnFor(type: string | undefined): string {
  if (type === 'AWS::StepFunctions::Activity') return 'arn:aws:states:us-east-1:123456789012:activity:placeholder';
  if (type === 'AWS::StepFunctions::StateMachine') return 'arn:aws:states:us-east-1:123456789012:stateMachine:placeholder';
  const service = type?.split('::')[1]?.toLowerCase() ?? 'lambda';
  return service === 'lambda' ? 'arn:aws:lambda:us-east-1:123456789012:function:placeholder' : `arn:aws:${service}:us-east-1:123456789012:placeholder`;
}

function placeholder(token: Intrinsic, key: string | undefined, whole: boolean, resourceType: ResourceTypeLookup): string {
  const ref = token.Ref;
  if (typeof ref === 'string' && ref in PSEUDO) return PSEUDO[ref];
  const getAtt = token['Fn::GetAtt'];
  const logicalId = typeof ref === 'string' ? ref : Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
  const attribute = Array.isArray(getAtt) ? String(getAtt[1]) : undefined;
  if (!whole) return 'placeholder';
  if (key?.endsWith('.$')) return '$';
  const type = logicalId ? resourceType(logicalId) : undefined;
  if (key === 'Resource' || attribute?.endsWith('Arn') || (key !== undefined && /Arn$/i.test(key))) return arnFor(type);
  return 'placeholder';
}

function isJoin(value: unknown): value is { 'Fn::Join': [string, unknown[]] } {
  if (!isObject(value) || !Array.isArray(value['Fn::Join'])) return false;
  const [separator, parts] = value['Fn::Join'] as unknown[];
  return typeof separator === 'string' && Array.isArray(parts);
}

/** The parts of an `Fn::Join`, separators included, nested joins of strings flattened. */
function joinParts(value: { 'Fn::Join': [string, unknown[]] }): (string | Intrinsic)[] {
  const [separator, parts] = value['Fn::Join'];
  const out: (string | Intrinsic)[] = [];
  parts.forEach((part, i) => {
    if (i > 0 && separator) out.push(separator);
    if (typeof part === 'string') out.push(part);
    else if (isJoin(part)) out.push(...joinParts(part));
    else out.push(isObject(part) ? part : { Ref: String(part) });
  });
  return out;
}

/** Applies `DefinitionSubstitutions` to the string parts: `${key}` becomes the value (a token stays a token). */
function substitute(parts: (string | Intrinsic)[], substitutions: Record<string, unknown>): (string | Intrinsic)[] {
  const keys = Object.keys(substitutions);
  if (keys.length === 0) return parts;
  const pattern = new RegExp(`\\$\\{(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\}`, 'g');
  const out: (string | Intrinsic)[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      out.push(part);
      continue;
    }
    let last = 0;
    for (const match of part.matchAll(pattern)) {
      out.push(part.slice(last, match.index));
      const sub = substitutions[match[1]];
      if (typeof sub === 'string') out.push(sub);
      else if (isJoin(sub)) out.push(...joinParts(sub));
      else if (isObject(sub)) out.push(sub);
      else out.push(String(sub));
      last = match.index! + match[0].length;
    }
    out.push(part.slice(last));
  }
  return out;
}
