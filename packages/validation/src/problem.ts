/**
 * One thing wrong with a state machine definition: where, which rule found it, and why.
 */
export interface ValidationProblem {
  /**
   * JSON pointer (RFC 6901) to the field at fault in the definition.
   *
   * For example `/States/Map/ItemProcessor/States/Task/Parameters`; `''` is the whole definition.
   */
  readonly path: string;

  /**
   * The name of the state the problem is in.
   *
   * @default - the problem is outside any state (e.g. a top-level field)
   */
  readonly state?: string;

  /**
   * The id of the rule that found the problem, e.g. `jsonpath-syntax`.
   */
  readonly rule: string;

  /**
   * What is wrong and what is allowed instead.
   */
  readonly message: string;
}
