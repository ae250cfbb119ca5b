import type { HistoryEvent, Run, TaskCall } from './types';

/** How much of a run {@link describeRun} shows. */
export interface DescribeRunOptions {
  /** How many of the last history events to list. @default 12 */
  readonly events?: number;
  /** How many calls to list (the last ones). @default 10 */
  readonly calls?: number;
  /** The longest a JSON value is printed before it is cut with `…`. @default 120 */
  readonly width?: number;
}

/**
 * A run as text for a test's failure message (any runner): how it ended, the path it took, the calls of its
 * mocks, and the last events of its history, each with its state.
 *
 * ```
 * FAILED with Card.Declined: insufficient funds (after 30 s of virtual time)
 * Path (3 states): Validate order → Charge card ×2
 * Calls (2):
 *   Charge card #1 → threw Card.Declined: insufficient funds
 *   …
 * ```
 */
export function describeRun(run: Run, options: DescribeRunOptions = {}): string {
  const width = options.width ?? 120;
  const lines: string[] = [outcome(run, width)];
  lines.push(`Path (${run.path.length} state${run.path.length === 1 ? '' : 's'}): ${pathText(run.path)}`);
  const calls = run.calls().filter((c) => c.kind !== 'resultWriter');
  if (calls.length) {
    const shown = calls.slice(-(options.calls ?? 10));
    lines.push(`Calls (${calls.length}${shown.length < calls.length ? `, last ${shown.length}` : ''}):`);
    for (const call of shown) lines.push(`  ${callText(call, width)}`);
  }
  const events = run.events;
  const count = Math.min(options.events ?? 12, events.length);
  if (count) {
    lines.push(`Last ${count} of ${events.length} events:`);
    const states = stateOfEvents(events);
    const last = events.slice(-count);
    const typeWidth = Math.max(...last.map((e) => e.type.length));
    const stateWidth = Math.max(0, ...last.map((e) => (states.get(e.id) ?? '').length));
    for (const event of last) {
      const state = states.get(event.id) ?? '';
      const detail = eventDetail(event, width);
      lines.push(`  ${String(event.id).padStart(3)} ${event.type.padEnd(typeWidth)}  ${state.padEnd(stateWidth)}${detail ? `  ${detail}` : ''}`.trimEnd());
    }
  }
  return lines.join('\n');
}

function outcome(run: Run, width: number): string {
  const time = `after ${seconds(run.elapsedSeconds)} of virtual time`;
  if (run.status === 'SUCCEEDED') return `SUCCEEDED (${time}) with output ${json(run.output, width)}`;
  if (run.status === 'TIMED_OUT') return `TIMED_OUT (${time})`;
  return `FAILED with ${run.error ?? '(no error)'}${run.cause ? `: ${cut(run.cause, width * 2)}` : ''} (${time})`;
}

function seconds(s: number): string {
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 6) / 10} min`;
  return `${Math.round(s / 360) / 10} h`;
}

/** The path with consecutive repeats folded: `Charge item ×3`. */
export function pathText(path: readonly string[], limit = 40): string {
  const folded: string[] = [];
  for (let i = 0; i < path.length;) {
    let j = i + 1;
    while (j < path.length && path[j] === path[i]) j++;
    folded.push(j - i > 1 ? `${path[i]} ×${j - i}` : path[i]);
    i = j;
  }
  if (folded.length === 0) return '(none)';
  return folded.length > limit
    ? `${folded.slice(0, limit / 2).join(' → ')} → … ${folded.length - limit} more … → ${folded.slice(-limit / 2).join(' → ')}`
    : folded.join(' → ');
}

function callText(call: TaskCall, width: number): string {
  const r = call.response;
  const what = r === undefined ? 'no answer'
    : r.error !== undefined ? `threw ${r.error}${r.cause ? `: ${cut(r.cause, width)}` : ''}`
      : `returned ${json(r.result ?? null, width)}`;
  const kind = call.kind === 'itemReader' ? ' (ItemReader)' : '';
  return `${call.stateName}${kind} #${call.attempt} ← ${json(call.input, width)} → ${what}`;
}

/** The state each event belongs to: its own (entered/exited), else that of the event it follows; none for the execution's. */
function stateOfEvents(events: readonly HistoryEvent[]): Map<number, string> {
  const states = new Map<number, string>();
  for (const event of events) {
    if (event.type.startsWith('Execution')) continue;
    const own = ((event.stateEnteredEventDetails ?? event.stateExitedEventDetails) as { name?: string } | undefined)?.name;
    const state = own ?? states.get(event.previousEventId);
    if (state !== undefined) states.set(event.id, state);
  }
  return states;
}

function eventDetail(event: HistoryEvent, width: number): string {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  if (!key) return '';
  const d = event[key] as Record<string, unknown>;
  if (d.error !== undefined || d.cause !== undefined) return `${d.error ?? ''}${d.cause ? `: ${cut(String(d.cause), width)}` : ''}`;
  if (typeof d.index === 'number') return `item ${d.index}`;
  for (const field of ['output', 'parameters', 'input']) {
    if (typeof d[field] === 'string') return cut(d[field] as string, width);
  }
  return '';
}

function json(value: unknown, width: number): string {
  return cut(value === undefined ? 'undefined' : JSON.stringify(value), width);
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
