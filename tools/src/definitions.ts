import { Stage } from 'aws-cdk-lib/core';
import type { State } from 'aws-cdk-lib/aws-stepfunctions';
import { definitionFromCloudFormation, validateDefinition, type ValidationProblem } from '@cdk-stepfunctions/validation';

/*
 * Every definition a test renders passes `validateDefinition` (issue #6 part 5): `checkSynthesizedDefinitions()`
 * hooks aws-cdk-lib's `Stage.synth()`, which `Template.fromStack()` and `app.synth()` both go through, so every
 * state machine of every synthesized template is validated, and the test setup file of every project installs it.
 * A test that builds an invalid definition on purpose (the reference's defects, the validator's own cases) wraps it
 * in `withoutDefinitionCheck()`.
 */

/** A problem of one state machine of a template. */
export interface TemplateProblem extends ValidationProblem {
  /** The logical id of the `AWS::StepFunctions::StateMachine` resource. */
  readonly stateMachine: string;
}

interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { readonly [key: string]: unknown };
}

/** The problems of every state machine in a (resolved) CloudFormation template. */
export function templateProblems(template: { readonly Resources?: { readonly [id: string]: TemplateResource } }): TemplateProblem[] {
  const types = (id: string) => template.Resources?.[id]?.Type;
  return Object.entries(template.Resources ?? {})
    .filter(([, r]) => r.Type === 'AWS::StepFunctions::StateMachine')
    .flatMap(([id, r]) => {
      const props = r.Properties ?? {};
      const definition = definitionFromCloudFormation(
        props.DefinitionString ?? props.Definition,
        (props.DefinitionSubstitutions ?? {}) as Record<string, unknown>,
        types,
      );
      const stateMachineType = typeof props.StateMachineType === 'string' ? props.StateMachineType : undefined;
      return validateDefinition(definition, { stateMachineType }).map((p) => ({ ...p, stateMachine: id }));
    });
}

/**
 * The problems of one state rendered on its own (`stack.resolve(state.toStateJson())`), as the only state of a
 * definition; transitions to states outside it are not problems.
 */
export function stateProblems(state: State, resolved: unknown): ValidationProblem[] {
  const id = state.stateId;
  const { Next: _next, End: _end, ...rest } = resolved as { [key: string]: unknown };
  const definition = definitionFromCloudFormation({ StartAt: id, States: { [id]: { ...rest, End: true } } });
  return validateDefinition(definition).filter((p) => p.rule !== 'unknown-next' && p.rule !== 'unreachable-state');
}

/** A readable list of problems, one per line. */
export function formatProblems(problems: readonly (ValidationProblem & { stateMachine?: string })[]): string {
  return problems.map((p) => `  ${p.stateMachine ? `${p.stateMachine} ` : ''}${p.path || '/'} [${p.rule}] ${p.message}`).join('\n');
}

let suspended = 0;

/** Runs `fn` without the definition check: for tests that build an invalid definition on purpose. */
export function withoutDefinitionCheck<T>(fn: () => T): T {
  suspended += 1;
  try {
    return fn();
  } finally {
    suspended -= 1;
  }
}

/** Whether the definition check is on (outside `withoutDefinitionCheck`). */
export function definitionCheckEnabled(): boolean {
  return suspended === 0;
}

/** Throws, listing the problems, unless every state machine of `template` is valid. */
export function assertValidTemplate(template: { readonly Resources?: { readonly [id: string]: TemplateResource } }, where: string): void {
  if (!definitionCheckEnabled()) return;
  const problems = templateProblems(template);
  if (problems.length > 0) {
    throw new Error(`The state machine definition of ${where} is invalid (validateDefinition):\n${formatProblems(problems)}`);
  }
}

const HOOKED = Symbol.for('@cdk-stepfunctions/tools.definitionCheck');

/**
 * Hooks `Stage.synth()` so that every stack template it synthesizes is validated (idempotent). Installed by the
 * shared vitest setup file.
 */
export function checkSynthesizedDefinitions(): void {
  const proto = Stage.prototype as Stage & { [HOOKED]?: boolean };
  if (proto[HOOKED]) return;
  const synth = proto.synth;
  Object.defineProperty(proto, HOOKED, { value: true });
  proto.synth = function (this: Stage, options?: Parameters<Stage['synth']>[0]) {
    const assembly = synth.call(this, options);
    if (definitionCheckEnabled()) {
      for (const artifact of assembly.stacks) {
        if (JSON.stringify(artifact.template).includes('AWS::StepFunctions::StateMachine')) {
          assertValidTemplate(artifact.template, `stack ${artifact.stackName}`);
        }
      }
    }
    return assembly;
  };
}
