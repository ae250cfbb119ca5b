import type { DefinitionContext } from '../private/definition';
import type { ValidationProblem } from '../problem';

/**
 * A validation rule: a named function over the walked definition that returns the problems it finds.
 *
 * A rule never throws on a bad definition: it skips what it cannot read (another rule reports that).
 */
export type Rule = (context: DefinitionContext) => ValidationProblem[];
