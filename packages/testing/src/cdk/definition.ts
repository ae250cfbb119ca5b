import { CfnElement, CfnMapping, CfnParameter, CfnResource, Stack, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { evaluateIntrinsics, UnsupportedIntrinsicError, type IntrinsicScope, type ScopeElement } from './cloudformation';
import { physicalName, type FakeEnvironment } from './fake-values';

/** Where a run pretends the state machine is deployed. */
export interface EnvironmentOptions {
  readonly region?: string;
  readonly account?: string;
  readonly partition?: string;
}

/** A state machine's definition as Step Functions would receive it, with the names it was deployed under. */
export interface ResolvedDefinition {
  /** The Amazon States Language definition, CloudFormation values replaced by deterministic stand-ins. */
  readonly definition: Record<string, unknown>;
  /** The state machine's name (its physical name, or its logical ID for a chain). */
  readonly stateMachineName: string;
  readonly env: FakeEnvironment;
}

/** A state machine to run: a CDK `StateMachine`, or a chain of states (a state, `Chain`, fragment). */
export type Runnable = sfn.IStateMachine | sfn.IChainable;

/** Raised when a construct cannot be run offline (an imported state machine, a definition in S3, …). */
export class UnrunnableError extends Error {}

/** The definition of a state machine or chain, resolved in its stack without synthesizing the app. */
export function resolveDefinition(target: Runnable, options: EnvironmentOptions & { readonly queryLanguage?: sfn.QueryLanguage } = {}): ResolvedDefinition {
  if (isChainable(target)) return resolveChain(target, options);
  return resolveStateMachine(target, options);
}

function isChainable(target: unknown): target is sfn.IChainable {
  const t = target as Partial<sfn.IChainable>;
  return typeof t === 'object' && t !== null && t.startState !== undefined && Array.isArray(t.endStates);
}

function resolveStateMachine(machine: sfn.IStateMachine, options: EnvironmentOptions): ResolvedDefinition {
  const cfn = machine.node.defaultChild as CfnResource | undefined;
  if (!cfn || !CfnResource.isCfnResource(cfn) || cfn.cfnResourceType !== 'AWS::StepFunctions::StateMachine') {
    throw new UnrunnableError(`${machine.node.path} has no definition in this app (an imported state machine?): ` +
      'pass the StateMachine construct that defines it, or its chain of states');
  }
  const l1 = cfn as sfn.CfnStateMachine;
  const stack = Stack.of(machine);
  const env = environment(stack, options);
  const scope = intrinsicScope(stack, env);
  let definition: unknown;
  if (l1.definitionString !== undefined) {
    let text = String(evaluate(stack.resolve(l1.definitionString), scope, machine));
    const substitutions = evaluate(stack.resolve(l1.definitionSubstitutions), scope, machine) as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(substitutions ?? {})) text = text.split(`\${${key}}`).join(String(value));
    definition = parseJson(text, machine);
  } else if (l1.definition !== undefined) {
    definition = evaluate(stack.resolve(l1.definition), scope, machine);
  } else {
    throw new UnrunnableError(`${machine.node.path} keeps its definition in S3 (DefinitionBody.fromFile): read the file ` +
      'and run it with runDefinition(JSON.parse(text), …)');
  }
  const name = Token.isUnresolved(l1.stateMachineName) || l1.stateMachineName === undefined
    ? stack.resolve(l1.logicalId) as string
    : l1.stateMachineName;
  return { definition: definition as Record<string, unknown>, stateMachineName: name, env };
}

/** A chain renders through the graph its states already belong to, or a new one (no StateMachine is made). */
function resolveChain(chain: sfn.IChainable, options: EnvironmentOptions & { readonly queryLanguage?: sfn.QueryLanguage }): ResolvedDefinition {
  const start = chain.startState;
  const existing = (start as unknown as { containingGraph?: sfn.StateGraph }).containingGraph;
  const graph = existing ?? new sfn.StateGraph(start, `runStateMachine(${start.stateId})`);
  const json: Record<string, unknown> = { ...(graph.toGraphJson(options.queryLanguage) as Record<string, unknown>), StartAt: start.stateId };
  if (options.queryLanguage) json.QueryLanguage = options.queryLanguage;
  // A chain built outside any stack resolves in a throwaway one.
  const stack = Stack.isStack(findStack(start)) ? findStack(start)! : new Stack(undefined, 'RunStateMachine');
  const env = environment(stack, options);
  const definition = evaluate(stack.resolve(json), intrinsicScope(stack, env), start);
  return { definition: JSON.parse(JSON.stringify(definition)) as Record<string, unknown>, stateMachineName: 'StateMachine', env };
}

function findStack(construct: IConstruct): Stack | undefined {
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) if (Stack.isStack(c)) return c;
  return undefined;
}

function evaluate(value: unknown, scope: IntrinsicScope, at: IConstruct): unknown {
  try {
    return evaluateIntrinsics(value, scope);
  } catch (e) {
    if (e instanceof UnsupportedIntrinsicError) throw new UnrunnableError(`The definition of ${at.node.path}: ${e.message}`);
    throw e;
  }
}

function parseJson(text: string, at: IConstruct): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UnrunnableError(`The definition of ${at.node.path} is not JSON once resolved (${(e as Error).message}): ${text.slice(0, 200)}`);
  }
}

function concrete(value: string | undefined): string | undefined {
  return value === undefined || Token.isUnresolved(value) ? undefined : value;
}

/** The stack's account and Region where they are concrete, the options' otherwise, and their partition. */
function environment(stack: Stack, options: EnvironmentOptions): FakeEnvironment {
  const region = options.region ?? concrete(stack.region) ?? 'us-east-1';
  const account = options.account ?? concrete(stack.account) ?? '123456789012';
  const partition = options.partition
    ?? (region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws');
  const urlSuffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return { region, account, partition, urlSuffix, stackName: concrete(stack.stackName) ?? 'Stack' };
}

/** Finds elements by logical ID in the whole app (the definition's own stack first), indexed once, when first asked. */
function intrinsicScope(stack: Stack, env: FakeEnvironment): IntrinsicScope {
  let index: Map<string, ScopeElement> | undefined;
  const build = (): Map<string, ScopeElement> => {
    const found = new Map<string, ScopeElement>();
    const stacks = [stack, ...stack.node.root.node.findAll().filter((c): c is Stack => Stack.isStack(c) && c !== stack)];
    for (const s of stacks) {
      for (const c of s.node.findAll()) {
        if (!CfnElement.isCfnElement(c) || findStack(c) !== s) continue;
        const logicalId = s.resolve(c.logicalId) as string;
        if (found.has(logicalId)) continue;
        const element = scopeElement(c, logicalId, s);
        if (element) found.set(logicalId, element);
      }
    }
    return found;
  };
  return { env, element: (logicalId) => (index ??= build()).get(logicalId) };
}

function scopeElement(c: CfnElement, logicalId: string, stack: Stack): ScopeElement | undefined {
  if (CfnResource.isCfnResource(c)) {
    const type = c.cfnResourceType;
    return { kind: 'resource', resource: { type, logicalId, name: physicalName(c, type, logicalId) } };
  }
  if (c instanceof CfnParameter) {
    return { kind: 'parameter', value: c.default !== undefined ? stack.resolve(c.default) : logicalId };
  }
  if (c instanceof CfnMapping) {
    const table = (c as unknown as { mapping: Record<string, Record<string, unknown>> }).mapping;
    return { kind: 'mapping', find: (key1, key2) => stack.resolve(table[key1]?.[key2]) };
  }
  return undefined;
}
