/**
 * Imports conformance cases from LocalStack's Step Functions snapshot tests (Apache-2.0): each snapshot keeps an
 * execution history recorded on AWS, from which a case takes the definition (the test's template), the input
 * (ExecutionStarted), the Task results and errors (the Task and LambdaFunction events, as mocks) and the expected
 * status, output, error and cause (the last event). Nothing expected is computed here: it is copied.
 *
 * Usage: npx tsx conformance/tools/import-localstack.ts <localstack checkout> <commit>
 * (a checkout of github.com/localstack/localstack; only tests marked `@markers.aws.validated` are read).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

// json5 is in the workspace's store (a dev-time tool, not a dependency of the package).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSON5 = require(join(__dirname, '../../../../node_modules/.pnpm/json5@2.2.3/node_modules/json5')) as { parse(text: string): unknown };

const [root, commit] = process.argv.slice(2);
if (!root || !commit) throw new Error('usage: import-localstack.ts <localstack checkout> <commit>');
const SFN = 'tests/aws/services/stepfunctions';
const OUT = join(__dirname, '..', 'localstack');
const SKIP_DIRS = new Set(['choice_operators', 'test_state', 'local_mocking', 'logs', 'express', 'credentials', 'activities', 'validation']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Template constants of every `*_templates.py`: class name → constant → template path. */
function templateConstants(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const file of walk(join(root, SFN, 'templates')).filter((f) => f.endsWith('.py'))) {
    const text = readFileSync(file, 'utf8');
    for (const cls of text.split(/^class /m).slice(1)) {
      const name = /^(\w+)/.exec(cls)![1];
      const consts = new Map<string, string>();
      for (const m of cls.matchAll(/(\w+)(?::\s*Final\[str\])?\s*=\s*os\.path\.join\(\s*_THIS_FOLDER,\s*"([^"]+)"\s*,?\s*\)/g)) {
        consts.set(m[1], join(dirname(file), m[2]));
      }
      out.set(name, consts);
    }
  }
  return out;
}

interface TestFunction {
  readonly name: string;
  readonly body: string;
  readonly decorators: string;
}

function testFunctions(text: string): TestFunction[] {
  const out: TestFunction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s{4}def (test_\w+)\(/.exec(lines[i]);
    if (!m) continue;
    let j = i - 1;
    while (j >= 0 && /^\s{4}@|^\s{8}|^\s{4}\)|^\s{4}\]/.test(lines[j]) && !/^\s{4}def /.test(lines[j])) j--;
    const decorators = lines.slice(j + 1, i).join('\n');
    let k = i + 1;
    while (k < lines.length && !/^\s{4}(def |@|class )|^class /.test(lines[k])) k++;
    out.push({ name: m[1], body: lines.slice(i, k).join('\n'), decorators });
  }
  return out;
}

function aliases(text: string, classes: Map<string, Map<string, string>>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/import \(?\s*(\w+)(?:\s+as\s+(\w+))?/g)) {
    const consts = classes.get(m[1]);
    if (consts) out.set(m[2] ?? m[1], consts);
  }
  return out;
}

function templateFor(fn: TestFunction, param: string | undefined, alias: Map<string, Map<string, string>>): string | undefined {
  const refs = new Set<string>();
  for (const m of (fn.decorators + fn.body).matchAll(/\b(\w+)\.(\w+)\b/g)) {
    const path = alias.get(m[1])?.get(m[2]);
    if (path) refs.add(path);
  }
  if (param) {
    for (const consts of alias.values()) {
      const direct = consts.get(param) ?? consts.get(param.replace(/^\w+\./, ''));
      if (direct) return direct;
    }
    const ids = /ids=\[([^\]]*)\]/.exec(fn.decorators);
    if (ids) {
      const idList = [...ids[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      const constList = [...fn.decorators.matchAll(/\b(\w+)\.([A-Z][A-Z0-9_]+)\b/g)].map((m) => alias.get(m[1])?.get(m[2])).filter(Boolean) as string[];
      const at = idList.indexOf(param);
      if (at >= 0 && constList.length === idList.length) return constList[at];
    }
  }
  const inBody = new Set<string>();
  for (const m of fn.body.matchAll(/\b(\w+)\.(\w+)\b/g)) {
    const path = alias.get(m[1])?.get(m[2]);
    if (path) inBody.add(path);
  }
  if (inBody.size === 1) return [...inBody][0];
  // Several templates (a parent and the child machines it starts): the one loaded into `template`.
  const main = /\btemplate\s*=\s*(\w+)\.load_sfn_template\(\s*(\w+)\.(\w+)\s*\)/.exec(fn.body);
  if (main) return alias.get(main[2])?.get(main[3]);
  if (refs.size === 1) return [...refs][0];
  return undefined;
}

/**
 * A test's single parameter whose values are literals (strings, numbers, True/False/None, lists and dicts of them):
 * its name, values and their pytest ids.
 */
function literalParameter(decorators: string): { name: string; values: Json[]; ids: string[] } | undefined {
  const m = /@pytest\.mark\.parametrize\(\s*"(\w+)",\s*\[([\s\S]*?)\]\s*,?\s*(?:ids=\[([\s\S]*?)\]\s*,?\s*)?\)/.exec(decorators);
  if (!m) return undefined;
  let values: Json[];
  try {
    const text = m[2]
      .replace(/#.*$/gm, '')
      .replace(/\bNone\b/g, 'null')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/,\s*([\]}])/g, '$1')
      .replace(/,\s*$/, '');
    values = JSON.parse(`[${text}]`) as Json[];
  } catch {
    return undefined;
  }
  const ids = m[3] ? [...m[3].matchAll(/"([^"]*)"/g)].map((v) => v[1]) : values.map((v) => (typeof v === 'string' ? v : ''));
  return values.length && ids.length === values.length ? { name: m[1], values, ids } : undefined;
}

/** `template["A"]["B"] = param` lines: the template is the file with that parameter's value put in. */
function parameterAssignments(body: string, parameter: string): { path: string[]; line: string }[] {
  const out: { path: string[]; line: string }[] = [];
  for (const line of body.split('\n')) {
    const m = /^\s*template((?:\["[^"]+"\])+)\s*=\s*(\w+)\s*$/.exec(line);
    if (m && m[2] === parameter) out.push({ path: [...m[1].matchAll(/\["([^"]+)"\]/g)].map((k) => k[1]), line });
  }
  return out;
}

function modifyingLine(body: string): string | undefined {
  return body.split('\n').find((line) => modifiesTemplate(line))?.trim();
}

/** The text LocalStack's templates hold where the test puts a Lambda function's ARN. */
const FUNCTION_ARN_PLACEHOLDERS = ['%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%', '_tbd_'];
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:111111111111:function:fn';

/** Whether the test changes its template beyond Task resources (then the template is not what ran). */
function modifiesTemplate(body: string): boolean {
  // Putting a function's ARN in place of a placeholder is a resource, as setResources does.
  body = body.replace(/definition\s*=\s*definition\.replace\(\s*(?:\w+\.LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER|"_tbd_")\s*,\s*function_arn\s*,?\s*\)/g, '');
  for (const line of body.split('\n')) {
    if (/template\[.*\]\s*=/.test(line) && !/\["Resource"\]\s*=/.test(line)) return true;
    if (/\.update\(|expression_dict|\bdel template/.test(line)) return true;
    if (/definition\s*=\s*definition\.replace|\.replace\("_tbd_"|%s|\.format\(/.test(line) && !/"Resource"/.test(line)) return true;
  }
  return false;
}

function parseMaybe(value: Json | undefined): Json | undefined {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

/** Every string in a snapshot, to find the text a parsed cause was recorded as. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function causeText(cause: Json | undefined, all: Set<string>): string | undefined {
  if (cause === undefined || cause === null) return undefined;
  if (typeof cause === 'string') return cause;
  for (const s of all) {
    if (s.startsWith('{') || s.startsWith('[')) {
      try {
        if (equal(JSON.parse(s), cause)) return s;
      } catch {
        // not JSON
      }
    }
  }
  return JSON.stringify(cause);
}

const TASK_OUTCOMES = /^(Task|LambdaFunction|Activity)(Succeeded|Failed|TimedOut)$/;

function detailsOf(event: Obj): Obj {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return (key ? event[key] : {}) as Obj;
}

interface Outcome {
  parameters?: Json;
  result?: Json;
  error?: string;
  cause?: string;
  delaySeconds?: number;
}

function mocksOf(events: Obj[], all: Set<string>): { mocks: Record<string, Outcome[]>; resources: Record<string, string> } | undefined {
  // A parsed cause is looked for as text in this recording first (another test may have recorded other spacing).
  all = new Set([...strings(events, new Set()), ...all]);
  const byId = new Map<number, Obj>(events.map((e) => [e.id as number, e]));
  const stateOf = (event: Obj): string | undefined => {
    let e: Obj | undefined = event;
    for (let guard = 0; e && guard < 10_000; guard++) {
      if (/StateEntered$/.test(e.type as string)) return detailsOf(e).name as string;
      e = byId.get(e.previousEventId as number);
    }
    return undefined;
  };
  const mocks: Record<string, Outcome[]> = {};
  const resources: Record<string, string> = {};
  const scheduled = new Map<string, Obj>();
  for (const event of events) {
    const type = event.type as string;
    if (/Scheduled$/.test(type) && type !== 'MapStateStarted') {
      const state = stateOf(event);
      if (!state) return undefined;
      scheduled.set(state, detailsOf(event));
      const d = detailsOf(event);
      if (type === 'TaskScheduled') resources[state] = `arn:aws:states:::${d.resourceType}:${d.resource}`;
      else if (type === 'LambdaFunctionScheduled') resources[state] = 'arn:aws:lambda:us-east-1:111111111111:function:fn';
      else if (type === 'ActivityScheduled') resources[state] = 'arn:aws:states:us-east-1:111111111111:activity:activity';
    }
    const m = TASK_OUTCOMES.exec(type);
    if (!m) continue;
    const state = stateOf(event);
    if (!state) return undefined;
    const d = detailsOf(event);
    const s = scheduled.get(state) ?? {};
    const outcome: Outcome = { parameters: parseMaybe((s.parameters ?? s.input) as Json) };
    if (m[2] === 'Succeeded') outcome.result = parseMaybe(d.output as Json) ?? null;
    else if (m[2] === 'Failed') {
      if (typeof d.error !== 'string') return undefined;
      outcome.error = d.error;
      const cause = causeText(d.cause as Json, all);
      if (cause !== undefined) outcome.cause = cause;
    } else {
      const limit = (s.timeoutInSeconds as number | undefined) ?? (s.heartbeatInSeconds as number | undefined);
      if (limit === undefined) return undefined;
      outcome.delaySeconds = limit + 1;
    }
    (mocks[state] ??= []).push(outcome);
  }
  return { mocks, resources };
}

function setResources(definition: Obj, resources: Record<string, string>): void {
  const visit = (graph: Obj) => {
    for (const [name, state] of Object.entries(graph.States as Record<string, Obj>)) {
      const service = (arn: unknown) => typeof arn === 'string' && arn.includes(':states:::');
      const recorded = resources[name];
      // The test put another resource in (a function ARN in place of lambda:invoke, or a placeholder).
      if (state.Type === 'Task' && recorded && (typeof state.Resource !== 'string' || !state.Resource.startsWith('arn:') || service(state.Resource) !== service(recorded))) {
        state.Resource = resources[name];
      }
      for (const branch of (state.Branches as Obj[] | undefined) ?? []) visit(branch);
      const processor = (state.ItemProcessor ?? state.Iterator) as Obj | undefined;
      if (processor) visit(processor);
    }
  };
  visit(definition);
}

/** Whether Task states run inside a distributed Map: their calls are in the child executions' histories, not here. */
function hasDistributedTasks(graph: Obj, inDistributed = false): boolean {
  for (const state of Object.values(graph.States as Record<string, Obj>)) {
    if (state.Type === 'Task' && inDistributed) return true;
    for (const branch of (state.Branches as Obj[] | undefined) ?? []) if (hasDistributedTasks(branch, inDistributed)) return true;
    const processor = (state.ItemProcessor ?? state.Iterator) as Obj | undefined;
    if (processor) {
      const mode = (processor.ProcessorConfig as Obj | undefined)?.Mode;
      if (hasDistributedTasks(processor, inDistributed || mode === 'DISTRIBUTED')) return true;
    }
  }
  return false;
}

function hasUnresolvedResource(definition: Obj): boolean {
  return /"_tbd_"|"Resource":\s*"(?!arn:)/.test(JSON.stringify(definition));
}

/** Cases whose template no longer is what ran when the history was recorded. */
const STALE: Record<string, string> = {
  'test_sns_task_service.py::TestTaskServiceSns::test_publish_message_attributes':
    'the template gained a Version message attribute after the history was recorded',
};

/** Cases the interpreter does not pass yet, with the reason (the case is kept, and skipped by the test). */
const KNOWN_GAPS: Record<string, string> = {
  'test_invoke_with_headers[singleStringHeader]':
    "API Gateway's own parameter validation (a Headers value that is not a list) is not modelled: the call goes to the mock",
  test_lambda_invoke_with_retry_extended_input:
    'recorded before AWS added Execution.RedriveCount to the context object, which the Task sends whole',
  test_lambda_service_invoke_with_retry_extended_input:
    'recorded before AWS added Execution.RedriveCount to the context object, which the Task sends whole',
};

const classes = templateConstants();
rmSync(OUT, { recursive: true, force: true });
let written = 0;
const skipped: Record<string, number> = {};
const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);

for (const snapshotFile of walk(join(root, SFN, 'v2')).filter((f) => f.endsWith('.snapshot.json'))) {
  const area = relative(join(root, SFN, 'v2'), dirname(snapshotFile)).split('/')[0];
  if (SKIP_DIRS.has(area)) continue;
  const pyFile = snapshotFile.replace(/\.snapshot\.json$/, '.py');
  if (!existsSync(pyFile)) continue;
  const py = readFileSync(pyFile, 'utf8');
  const fns = new Map(testFunctions(py).map((f) => [f.name, f]));
  const alias = aliases(py, classes);
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, { 'recorded-content': Record<string, unknown> }>;
  const all = strings(snapshot, new Set());
  for (const [key, entry] of Object.entries(snapshot)) {
    const m = /::(test_\w+)(?:\[(.*)\])?$/.exec(key);
    if (!m) continue;
    const fn = fns.get(m[1]);
    if (!fn) { skip('no such test function'); continue; }
    if (!key.startsWith(relative(root, pyFile))) { skip('stale snapshot key'); continue; }
    const testClass = /::(\w+)::test_/.exec(key)?.[1];
    if (testClass && !new RegExp(`^class ${testClass}\\b`, 'm').test(py)) { skip('stale snapshot key'); continue; }
    if (Object.keys(STALE).some((k) => key.endsWith(k))) { skip('template changed since the recording'); continue; }
    if (!/@markers\.aws\.validated/.test(fn.decorators)) { skip('not validated on AWS'); continue; }
    const parameter = literalParameter(fn.decorators);
    const at = parameter && m[2] !== undefined ? parameter.ids.indexOf(m[2]) : -1;
    const parameterValue = parameter && at >= 0 ? parameter.values[at] : undefined;
    const assignments = parameter && parameterValue !== undefined ? parameterAssignments(fn.body, parameter.name) : [];
    let body = fn.body;
    for (const a of assignments) body = body.replace(a.line, '');
    if (modifiesTemplate(body)) { skip('test changes its template'); if (process.env.DEBUG_IMPORT) console.log('modifies:', key, modifyingLine(fn.body)); continue; }
    const template = templateFor(fn, m[2], alias);
    if (!template) { skip('template not found'); if (process.env.DEBUG_IMPORT) console.log('no template:', key); continue; }
    const histories = Object.entries(entry['recorded-content']).filter(([, v]) => v && typeof v === 'object' && Array.isArray((v as Obj).events));
    histories.forEach(([recording, value], n) => {
      const events = (value as Obj).events as Obj[];
      const first = events[0];
      const last = events[events.length - 1];
      if (first?.type !== 'ExecutionStarted') { skip('history does not start'); return; }
      if (events.some((e) => /^MapRun|ItemReader/.test(e.type as string)) && JSON.stringify(value).includes('ItemReader')) { skip('ItemReader'); return; }
      if (!/\.json5?$/.test(template)) { skip('template is not a state machine'); return; }
      let definition: Obj;
      try {
        definition = JSON5.parse(readFileSync(template, 'utf8')) as Obj;
      } catch {
        skip('template does not parse');
        return;
      }
      if (!definition || typeof definition.StartAt !== 'string') { skip('template is not a state machine'); return; }
      if (JSON.stringify(definition).includes('ItemReader')) { skip('ItemReader'); return; }
      if (hasDistributedTasks(definition)) { skip('tasks in distributed Map children'); return; }
      const mocks = mocksOf(events, all);
      if (!mocks) { skip('task events not attributable'); if (process.env.DEBUG_IMPORT) console.log('unattributable:', key); return; }
      // A task token the snapshot replaced with a fixed word: the recorded parameters cannot be matched.
      if (/"TaskToken":\s*"(?!<)/.test(JSON.stringify(mocks.mocks))) { skip('task token replaced by a word'); return; }
      for (const a of assignments) {
        let holder = definition as Obj;
        for (const key of a.path.slice(0, -1)) holder = (holder[key] ??= {}) as Obj;
        holder[a.path[a.path.length - 1]] = parameterValue as Json;
      }
      if (/definition\.replace\([^)]*function_arn/.test(fn.body.replace(/\s+/g, ' '))) {
        let text = JSON.stringify(definition);
        for (const placeholder of FUNCTION_ARN_PLACEHOLDERS) text = text.split(placeholder).join(FUNCTION_ARN);
        definition = JSON.parse(text) as Obj;
      }
      setResources(definition, mocks.resources);
      if (hasUnresolvedResource(definition)) { skip('task resource unknown'); return; }
      const started = detailsOf(first);
      const input = parseMaybe(started.input as Json);
      // LocalStack replaced some input values with placeholders: the input that ran is then unknown.
      if (/"(date|timestamp|start-time)"|<timestamp/.test(JSON.stringify(input))) { skip('input holds placeholders'); return; }
      const d = detailsOf(last);
      let expected: Obj;
      if (last.type === 'ExecutionSucceeded') expected = { status: 'SUCCEEDED', output: parseMaybe(d.output as Json) ?? null };
      else if (last.type === 'ExecutionFailed') {
        expected = { status: 'FAILED' };
        if (d.error !== undefined) expected.error = d.error;
        const cause = causeText(d.cause as Json, new Set([...strings(events, new Set()), ...all]));
        if (cause !== undefined) expected.cause = cause;
      } else if (last.type === 'ExecutionTimedOut') {
        expected = { status: 'TIMED_OUT' };
      } else { skip('history does not end'); return; }
      expected.eventTypes = events.map((e) => e.type as string);
      const name = `${m[1]}${m[2] ? `[${m[2]}]` : ''}${histories.length > 1 ? `#${n}` : ''}`;
      let file = join(OUT, area, `${basename(pyFile, '.py')}.${name.replace(/[^\w.\-#[\]=]+/g, '_').slice(0, 150)}.json`);
      for (let n = 2; existsSync(file); n++) file = file.replace(/(~\d+)?\.json$/, `~${n}.json`);
      const testCase = {
        name: `${basename(pyFile, '.py')}::${name}`,
        source: {
          kind: 'localstack-snapshot',
          repository: 'localstack/localstack',
          license: 'Apache-2.0',
          commit,
          test: key,
          snapshot: relative(root, snapshotFile),
          recording: recording,
          template: relative(root, template),
          note: 'Execution history recorded on AWS, kept by LocalStack (Copyright LocalStack contributors, Apache-2.0); expected values and mock results copied from it.',
        },
        definition,
        input: input === undefined ? {} : input,
        options: { roleArn: started.roleArn ?? undefined, account: '111111111111' },
        mocks: mocks.mocks,
        expected,
        ...(KNOWN_GAPS[`${m[1]}${m[2] ? `[${m[2]}]` : ''}`] ? { knownGap: KNOWN_GAPS[`${m[1]}${m[2] ? `[${m[2]}]` : ''}`] } : {}),
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(testCase, null, 2) + '\n');
      written++;
    });
  }
}
// Choice operators: LocalStack's tests put the operator (and, for literal operands, the value) into one template
// and record each input with the output AWS gave (tests/.../v2/choice_operators/utils.py).
const choiceTemplate = join(root, SFN, 'templates/choiceoperators/statemachines/template.json5');
for (const snapshotFile of walk(join(root, SFN, 'v2/choice_operators')).filter((f) => f.endsWith('.snapshot.json'))) {
  const pyFile = snapshotFile.replace(/\.snapshot\.json$/, '.py');
  const fns = new Map(testFunctions(readFileSync(pyFile, 'utf8')).map((f) => [f.name, f]));
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, { 'recorded-content': Record<string, unknown> }>;
  for (const [key, entry] of Object.entries(snapshot)) {
    const m = /::(test_\w+)$/.exec(key);
    const fn = m && fns.get(m[1]);
    if (!fn || !key.startsWith(relative(root, pyFile))) { skip('stale snapshot key'); continue; }
    if (!/@markers\.aws\.validated/.test(fn.decorators)) { skip('not validated on AWS'); continue; }
    const operator = /"((?:String|Numeric|Boolean|Timestamp|Is)[A-Za-z]*)"/.exec(fn.body)?.[1];
    const cases = entry['recorded-content'].cases as { input: Json; output: Json }[] | undefined;
    if (!operator || !Array.isArray(cases)) { skip('choice test not understood'); continue; }
    const literal = !/add_literal_value=False/.test(fn.body);
    cases.forEach((c, n) => {
      const input = parseMaybe(c.input) as Obj;
      const output = Array.isArray(c.output) ? c.output[0] : parseMaybe(c.output);
      if (output === undefined || output === null || !input || typeof input !== 'object') { skip('choice case without output'); return; }
      if (/"(date|timestamp)"|<timestamp/.test(JSON.stringify(input))) { skip('input holds placeholders'); return; }
      let text = JSON.stringify(JSON5.parse(readFileSync(choiceTemplate, 'utf8'))).replace('%ComparisonOperatorType%', operator);
      if (literal) text = text.replace('"$.Value"', JSON.stringify(input.Value));
      const testCase = {
        name: `${basename(pyFile, '.py')}::${m![1]}#${n}`,
        source: {
          kind: 'localstack-snapshot',
          repository: 'localstack/localstack',
          license: 'Apache-2.0',
          commit,
          test: key,
          snapshot: relative(root, snapshotFile),
          recording: `cases[${n}]`,
          template: relative(root, choiceTemplate),
          note:
            'Outputs recorded on AWS, kept by LocalStack (Copyright LocalStack contributors, Apache-2.0). The definition is the ' +
            `test's template with ${operator}${literal ? ' and the literal value' : ''} put in, as its utils.py does.`,
        },
        definition: JSON.parse(text) as Obj,
        input,
        options: { account: '111111111111' },
        expected: { status: 'SUCCEEDED', output },
      };
      const file = join(OUT, 'choice_operators', `${basename(pyFile, '.py')}.${m![1]}#${n}.json`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(testCase, null, 2) + '\n');
      written++;
    });
  }
}

console.log(`wrote ${written} cases to ${relative(process.cwd(), OUT)}; skipped: ${JSON.stringify(skipped)}`);
