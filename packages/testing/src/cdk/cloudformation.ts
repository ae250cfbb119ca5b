import { attributeOf, refOf, type FakeEnvironment, type FakeResource } from './fake-values';

/** What the intrinsic functions of a resolved value read: the environment and the app's resources. */
export interface IntrinsicScope {
  readonly env: FakeEnvironment;
  /** The resource, parameter or other element with this logical ID, searched in the app. */
  element(logicalId: string): ScopeElement | undefined;
}

/** An element a `Ref` or `Fn::GetAtt` names. */
export type ScopeElement =
  | { readonly kind: 'resource'; readonly resource: FakeResource }
  | { readonly kind: 'parameter'; readonly value: unknown }
  | { readonly kind: 'mapping'; readonly find: (key1: string, key2: string) => unknown };

/** A CloudFormation value that cannot be given a deterministic stand-in offline. */
export class UnsupportedIntrinsicError extends Error {}

/**
 * Evaluates CloudFormation intrinsic functions in a resolved value with deterministic stand-ins: pseudo parameters
 * from the environment, `Ref` and `Fn::GetAtt` of a resource as the names and ARNs CloudFormation would give it,
 * `Fn::ImportValue` as the export's name, and `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::Sub`, `Fn::Base64`,
 * `Fn::GetAZs`, `Fn::FindInMap`, `Fn::Length` and `Fn::ToJsonString` computed.
 */
export function evaluateIntrinsics(value: unknown, scope: IntrinsicScope): unknown {
  if (Array.isArray(value)) return value.map((v) => evaluateIntrinsics(v, scope));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
    return intrinsic(keys[0], (value as Record<string, unknown>)[keys[0]], scope);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = evaluateIntrinsics((value as Record<string, unknown>)[key], scope);
  return out;
}

function intrinsic(name: string, arg: unknown, scope: IntrinsicScope): unknown {
  const evaluate = (v: unknown) => evaluateIntrinsics(v, scope);
  switch (name) {
    case 'Ref':
      return ref(String(evaluate(arg)), scope);
    case 'Fn::GetAtt': {
      const [logicalId, ...attribute] = typeof arg === 'string' ? arg.split('.') : (evaluate(arg) as string[]);
      return getAtt(logicalId, attribute.join('.'), scope);
    }
    case 'Fn::Join': {
      const [delimiter, list] = arg as [string, unknown];
      return asList(evaluate(list), name).map((v) => String(v)).join(delimiter);
    }
    case 'Fn::Select': {
      const [index, list] = arg as [unknown, unknown];
      const items = asList(evaluate(list), name);
      const i = Number(evaluate(index));
      if (!(i >= 0 && i < items.length)) throw new UnsupportedIntrinsicError(`Fn::Select index ${i} is outside a list of ${items.length}`);
      return items[i];
    }
    case 'Fn::Split': {
      const [delimiter, text] = arg as [string, unknown];
      return String(evaluate(text)).split(delimiter);
    }
    case 'Fn::Sub':
      return sub(arg, scope);
    case 'Fn::ImportValue':
      // The export's own name stands for its value: deterministic, and readable in a test's expectations.
      return String(evaluate(arg));
    case 'Fn::Base64':
      return Buffer.from(String(evaluate(arg)), 'utf8').toString('base64');
    case 'Fn::GetAZs': {
      const region = String(evaluate(arg)) || scope.env.region;
      return ['a', 'b', 'c'].map((zone) => `${region}${zone}`);
    }
    case 'Fn::Length':
      return asList(evaluate(arg), name).length;
    case 'Fn::ToJsonString':
      return JSON.stringify(evaluate(arg));
    case 'Fn::FindInMap': {
      const [mapName, key1, key2] = (evaluate(arg) as unknown[]).map(String);
      const mapping = scope.element(mapName);
      if (mapping?.kind !== 'mapping') throw new UnsupportedIntrinsicError(`Fn::FindInMap names no mapping of the app: ${mapName}`);
      return mapping.find(key1, key2);
    }
    default:
      throw new UnsupportedIntrinsicError(`${name} has no offline stand-in (${JSON.stringify({ [name]: arg })}): ` +
        'only Ref, Fn::GetAtt, Fn::Join, Fn::Select, Fn::Split, Fn::Sub, Fn::ImportValue, Fn::Base64, Fn::GetAZs, ' +
        'Fn::FindInMap, Fn::Length and Fn::ToJsonString are evaluated');
  }
}

function asList(value: unknown, fn: string): unknown[] {
  if (!Array.isArray(value)) throw new UnsupportedIntrinsicError(`${fn} needs a list, got ${JSON.stringify(value)}`);
  return value;
}

const PSEUDO: Record<string, (env: FakeEnvironment) => unknown> = {
  'AWS::AccountId': (env) => env.account,
  'AWS::Region': (env) => env.region,
  'AWS::Partition': (env) => env.partition,
  'AWS::URLSuffix': (env) => env.urlSuffix,
  'AWS::StackName': (env) => env.stackName,
  'AWS::StackId': (env) => `arn:${env.partition}:cloudformation:${env.region}:${env.account}:stack/${env.stackName}/00000000-0000-4000-8000-000000000000`,
  'AWS::NotificationARNs': () => [],
};

function ref(logicalId: string, scope: IntrinsicScope): unknown {
  const pseudo = PSEUDO[logicalId];
  if (pseudo) return pseudo(scope.env);
  const element = scope.element(logicalId);
  if (!element) throw new UnsupportedIntrinsicError(`Ref names nothing in the app: ${logicalId}`);
  if (element.kind === 'parameter') return element.value;
  if (element.kind === 'resource') return refOf(element.resource, scope.env);
  throw new UnsupportedIntrinsicError(`Ref names a mapping: ${logicalId}`);
}

function getAtt(logicalId: string, attribute: string, scope: IntrinsicScope): string {
  const element = scope.element(logicalId);
  if (element?.kind !== 'resource') throw new UnsupportedIntrinsicError(`Fn::GetAtt names no resource of the app: ${logicalId}`);
  return attributeOf(element.resource, attribute, scope.env);
}

/** `Fn::Sub`: `${Name}` from its variables, a pseudo parameter, `Ref` or `Fn::GetAtt`; `${!Literal}` kept. */
function sub(arg: unknown, scope: IntrinsicScope): string {
  const [template, variables] = typeof arg === 'string' ? [arg, {}] : (arg as [string, Record<string, unknown>]);
  const values = evaluateIntrinsics(variables ?? {}, scope) as Record<string, unknown>;
  return String(evaluateIntrinsics(template, scope)).replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    if (Object.prototype.hasOwnProperty.call(values, name)) return String(values[name]);
    if (PSEUDO[name]) return String(PSEUDO[name](scope.env));
    const dot = name.indexOf('.');
    return dot > 0 ? getAtt(name.slice(0, dot), name.slice(dot + 1), scope) : String(ref(name, scope));
  });
}
