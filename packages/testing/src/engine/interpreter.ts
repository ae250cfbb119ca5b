import type { StatesGraph } from './definition';
import { dataLimitExceeded, exceedsPayloadLimit, StatesError } from './errors';
import type { Execution, Thread } from './execution';
import type { Json } from './json';
import { StateContext } from './state-context';
import type { StateRunner } from './step';
import { runChoice } from './states/choice';
import { runFail } from './states/fail';
import { runMap } from './states/map';
import { runParallel } from './states/parallel';
import { runPass } from './states/pass';
import { runSucceed } from './states/succeed';
import { runTask } from './states/task';
import { runWait } from './states/wait';

const RUNNERS: Record<string, StateRunner> = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};

/**
 * Runs a graph of states on a thread, from StartAt to an end, and returns the last state's output; an error
 * no state handles propagates (the events of what ran are recorded on the way).
 */
export async function runGraph(exec: Execution, thread: Thread, graph: StatesGraph, input: Json): Promise<Json> {
  let name = graph.StartAt;
  let value = input;
  for (;;) {
    const state = graph.States[name];
    const language = (state.QueryLanguage as 'JSONPath' | 'JSONata' | undefined) ?? graph.QueryLanguage;
    exec.path.push(name);
    const entered = exec.record(thread, `${state.Type}StateEntered`, 'stateEnteredEventDetails', {
      input: value,
      inputDetails: { truncated: false },
      name,
    });
    const ctx = new StateContext(exec, thread, graph, name, state, language, value, entered, thread.now);
    let step;
    try {
      step = await RUNNERS[state.Type](ctx);
    } catch (e) {
      throw e instanceof Error && !(e instanceof StatesError) ? ctx.wrap(e) : e;
    }
    if (exceedsPayloadLimit(step.output)) throw dataLimitExceeded(name);
    ctx.applyAssignments(step.assigned);
    const details: Record<string, unknown> = { name, output: step.output, outputDetails: { truncated: false } };
    if (step.assigned && Object.keys(step.assigned).length > 0) {
      details.assignedVariables = step.assigned;
      details.assignedVariablesDetails = { truncated: false };
    }
    exec.record(thread, `${state.Type}StateExited`, 'stateExitedEventDetails', details);
    if (step.next === undefined) return step.output;
    name = step.next;
    value = step.output;
  }
}
