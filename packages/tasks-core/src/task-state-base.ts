import type { Construct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { queryLanguageInForce, watchGraph } from './private/query-language';

/**
 * The base of every cdk-stepfunctions task.
 *
 * It is aws-cdk-lib's `TaskStateBase`, so tasks chain with every aws-cdk-lib state and work in any
 * `StateMachine`, plus one fix every task needs: a task follows the query language in force where it is
 * placed, including inside a `Map` or `Parallel` whose query language, or whose state machine's, is JSONata
 * (aws-cdk-lib renders those nested states as JSONPath, aws/aws-cdk#34352).
 */
export abstract class TaskStateBase extends sfn.TaskStateBase {
  private boundGraph?: sfn.StateGraph;

  constructor(scope: Construct, id: string, props: sfn.TaskStateBaseProps) {
    super(scope, id, props);
  }

  /**
   * Return the Amazon States Language object for this state.
   *
   * @param topLevelQueryLanguage the query language of the graph that renders this state; when it is not given,
   *   the one in force where the state is placed.
   */
  public override toStateJson(topLevelQueryLanguage?: sfn.QueryLanguage): object {
    return super.toStateJson(topLevelQueryLanguage ?? queryLanguageInForce(this.boundGraph));
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
