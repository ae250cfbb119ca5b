import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';

/**
 * `jsonpath-in-jsonata-machine`: a state machine whose top-level `QueryLanguage` is JSONata has no JSONPath state.
 * Step Functions lets a JSONPath state machine convert state by state to JSONata, not the reverse.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export function jsonPathInJsonataMachine(context: DefinitionContext): ValidationProblem[] {
  if (context.topLevelLanguage !== 'JSONata') return [];
  return context.states
    .filter((entry) => entry.state.QueryLanguage === 'JSONPath')
    .map((entry) => ({
      path: pointer(entry.pointer, 'QueryLanguage'),
      state: entry.name,
      rule: 'jsonpath-in-jsonata-machine',
      message: `state "${entry.name}" is JSONPath, but the state machine's top-level \`QueryLanguage\` is JSONata, ` +
        'which can\'t contain JSONPath states: make the state JSONata, or the top level JSONPath (its states can then be JSONata one by one)',
    }));
}
