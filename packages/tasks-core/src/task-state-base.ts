import type { Construct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { validationError } from './errors';
import { validateQueryLanguageFields } from './private/query-language-fields';
import { validateTaskTimeouts } from './private/timeouts';
import { renderingLanguages, watchGraph } from './private/query-language';

/**
 * The base of every cdk-stepfunctions task.
 *
 * It is aws-cdk-lib's `TaskStateBase`, so tasks chain with every aws-cdk-lib state and work in any
 * `StateMachine`, plus what every task needs:
 * - a task that names no query language follows the one in force where it is placed, including inside a `Map`
 *   or `Parallel` whose query language, or whose state machine's, is JSONata (aws-cdk-lib renders those nested
 *   states as JSONPath, aws/aws-cdk#34352);
 * - a task writes `QueryLanguage` whenever its language differs from the state machine's, wherever it is nested,
 *   since AWS reads a state without the field in the top-level language, not its Map's or Parallel's;
 * - static timeouts are checked at construction, and fields of the other query language when a state machine
 *   renders the task.
 */
export abstract class TaskStateBase extends sfn.TaskStateBase {
  private boundGraph?: sfn.StateGraph;

  constructor(scope: Construct, id: string, props: sfn.TaskStateBaseProps) {
    super(scope, id, props);
    validateTaskTimeouts(this, props);
  }

  /**
   * Return the Amazon States Language object for this state.
   *
   * @param topLevelQueryLanguage the query language of the graph that renders this state; while a state machine
   *   renders it, the languages in force where the state is placed are used instead.
   */
  public override toStateJson(topLevelQueryLanguage?: sfn.QueryLanguage): object {
    const rendering = renderingLanguages(this.boundGraph);
    const topLevel = (rendering ? rendering.topLevel : topLevelQueryLanguage) ?? sfn.QueryLanguage.JSON_PATH;
    const language = this.queryLanguage ?? (rendering ? rendering.inForce : topLevelQueryLanguage) ?? sfn.QueryLanguage.JSON_PATH;
    if (topLevel === sfn.QueryLanguage.JSONATA && language === sfn.QueryLanguage.JSON_PATH) {
      throw validationError(this, '`queryLanguage` must be JSONata in a state machine whose query language is ' +
        'JSONata (AWS runs no JSONPath state there), got JSONPath');
    }
    const { QueryLanguage: _written, ...state } = super.toStateJson(language) as { [key: string]: unknown };
    // Checked while a state machine renders the task (where its language is known), not on a direct call.
    if (rendering) validateQueryLanguageFields(this, state, language);
    return language === topLevel ? state : { QueryLanguage: language, ...state };
  }

  protected override whenBoundToGraph(graph: sfn.StateGraph): void {
    super.whenBoundToGraph(graph);
    this.boundGraph = graph;
    watchGraph(graph);
  }

  /**
   * The query language this state renders in: its own, else the one of the graph that renders it, else JSONPath.
   */
  protected queryLanguageFor(topLevelQueryLanguage?: sfn.QueryLanguage): sfn.QueryLanguage {
    return this.queryLanguage ?? topLevelQueryLanguage ?? sfn.QueryLanguage.JSON_PATH;
  }

  /**
   * The task's input fields: `Parameters` (JSONPath, with `.$` keys for paths) or `Arguments` (JSONata); none when
   * `input` is undefined.
   *
   * @param input the fields (an object) or a JSONata expression; typed `any` because jsii admits no optional
   *   parameter before a required one.
   */
  protected renderInput(input: any, queryLanguage: sfn.QueryLanguage): { [key: string]: any } {
    if (input === undefined) return {};
    return queryLanguage === sfn.QueryLanguage.JSONATA
      ? { Arguments: input }
      : { Parameters: sfn.FieldUtils.renderObject(input as { [key: string]: any }) };
  }
}
