import { Annotations, CfnResource, Stack, type IAspect } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import { definitionFromCloudFormation } from './private/placeholders';
import type { ValidationProblem } from './problem';
import { validateDefinition } from './validate';

const STATE_MACHINE_TYPE = 'AWS::StepFunctions::StateMachine';

/**
 * A CDK Aspect that validates the definition of every Step Functions state machine of the scope it is added to, and
 * reports each problem as an error annotation on the construct of the state at fault, so `cdk synth` fails.
 *
 * Works on any state: aws-cdk-lib's own states and tasks, `CustomState` with raw ASL, and ours. Tokens in the
 * definition (ARNs, pseudo parameters) are validated as placeholders of the right shape, so they never produce a
 * problem of their own.
 *
 * @example
 * Aspects.of(app).add(new StateMachineValidator());
 */
export class StateMachineValidator implements IAspect {
  private readonly validated = new WeakSet<IConstruct>();
  private readonly stateIndexes = new WeakMap<IConstruct, Map<string, IConstruct[]>>();

  /** Validates `node` if it is a state machine (`AWS::StepFunctions::StateMachine`), once. */
  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node) || node.cfnResourceType !== STATE_MACHINE_TYPE || this.validated.has(node)) return;
    this.validated.add(node);
    const stack = Stack.of(node);
    const props = node as unknown as {
      definitionString?: unknown;
      definition?: unknown;
      definitionSubstitutions?: unknown;
      stateMachineType?: unknown;
    };
    const raw = props.definitionString ?? props.definition;
    if (raw === undefined) return; // DefinitionS3Location: the definition is in an asset
    const substitutions = stack.resolve(props.definitionSubstitutions) as Record<string, unknown> | undefined;
    let types: Map<string, string> | undefined;
    const definition = definitionFromCloudFormation(stack.resolve(raw), substitutions ?? {}, (logicalId) => {
      types ??= resourceTypes(stack);
      return types.get(logicalId);
    });
    const type = stack.resolve(props.stateMachineType);
    const problems = validateDefinition(definition, { stateMachineType: typeof type === 'string' ? type : undefined });
    if (problems.length === 0) return;

    // The L2 StateMachine when the resource is its default child; the resource itself otherwise.
    const parent = node.node.scope;
    const machine = parent && parent.node.defaultChild === node ? parent : node;
    const states = this.statesOf(node);
    for (const problem of problems) {
      const target = (problem.state !== undefined ? pickState(states.get(problem.state), machine) : undefined) ?? machine;
      const message = formatProblem(problem, machine.node.path);
      if (problem.rule === 'validator-error') Annotations.of(target).addWarningV2('@cdk-stepfunctions/validation:validator-error', message);
      else Annotations.of(target).addError(message);
    }
  }

  /** Every Step Functions state construct of the app, by rendered state name (its `stateId`), built once per app. */
  private statesOf(node: IConstruct): Map<string, IConstruct[]> {
    const root = node.node.root;
    let index = this.stateIndexes.get(root);
    if (!index) {
      index = new Map();
      for (const c of root.node.findAll()) {
        const state = c as { stateId?: unknown; toStateJson?: unknown };
        if (typeof state.toStateJson !== 'function' || typeof state.stateId !== 'string') continue;
        const list = index.get(state.stateId) ?? [];
        list.push(c);
        index.set(state.stateId, list);
      }
      this.stateIndexes.set(root, index);
    }
    return index;
  }
}

/** The problem as an annotation: state machine, pointer, rule and why. */
export function formatProblem(problem: ValidationProblem, machinePath: string): string {
  const where = problem.state ? `state "${problem.state}" at ${problem.path}` : `${problem.path || '/'}`;
  return `Invalid definition of state machine ${machinePath}: ${where}: ${problem.message} [${problem.rule}]`;
}

/** Of the states with one name, the one closest to the state machine in the construct tree (names repeat across machines). */
function pickState(candidates: IConstruct[] | undefined, machine: IConstruct): IConstruct | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const machinePath = machine.node.scopes;
  const shared = (c: IConstruct): number => {
    const scopes = c.node.scopes;
    let n = 0;
    while (n < scopes.length && n < machinePath.length && scopes[n] === machinePath[n]) n++;
    return n;
  };
  return [...candidates].sort((a, b) => shared(b) - shared(a))[0];
}

/** The CloudFormation type of each resource of a stack, by logical id. */
function resourceTypes(stack: Stack): Map<string, string> {
  const types = new Map<string, string>();
  for (const c of stack.node.findAll()) {
    if (CfnResource.isCfnResource(c)) types.set(stack.resolve(c.logicalId) as string, c.cfnResourceType);
  }
  return types;
}
