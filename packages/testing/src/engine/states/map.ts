import type { MockResponse, TaskCall } from '../../types';
import { subGraph } from '../definition';
import { MOCK_MISSING, StatesError, StatesErrors } from '../errors';
import { ExecutionTimeout, Thread, VariableScope } from '../execution';
import { runGraph } from '../interpreter';
import { isJsonata, unexpectedType } from '../jsonata';
import { isObject, toJson, toJsonText, type Json, type JsonObject } from '../json';
import { PathNotFound, readPath } from '../jsonpath';
import { withRetryAndCatch } from '../retry';
import type { StateContext } from '../state-context';
import type { StepResult } from '../step';
import { processResult } from './task';

interface MapSettings {
  readonly items: Json[];
  readonly maxConcurrency: number;
  readonly toleratedCount: number | undefined;
  readonly toleratedPercentage: number | undefined;
}

/**
 * Map: runs the item processor once per item (or batch), in item order, each iteration on its own clock; with
 * MaxConcurrency, an iteration starts when a slot frees, so the state ends when the last slot does. Inline: an
 * iteration's failure fails the state with its error. Distributed: child executions (kept out of the history),
 * failures tolerated up to ToleratedFailureCount / ToleratedFailurePercentage.
 */
export async function runMap(ctx: StateContext): Promise<StepResult> {
  const { state } = ctx;
  const processor = (state.ItemProcessor ?? state.Iterator) as JsonObject;
  const config = isObject(processor.ProcessorConfig) ? processor.ProcessorConfig : {};
  const distributed = config.Mode === 'DISTRIBUTED';
  return withRetryAndCatch(
    ctx,
    async (retryCount) => {
      const context = ctx.context({ retryCount });
      const items = await mapItems(ctx, retryCount, context);
      const maxConcurrency = await concurrency(ctx, context);
      const startedId = ctx.exec.record(ctx.thread, 'MapStateStarted', 'mapStateStartedEventDetails', { length: items.length });
      const settings = await mapSettings(ctx, items, maxConcurrency, context);
      return iterate(ctx, processor, distributed, settings, context, startedId);
    },
    () => ctx.exec.record(ctx.thread, 'MapStateFailed'),
  );
}

async function iterate(
  ctx: StateContext,
  processor: JsonObject,
  distributed: boolean,
  settings: MapSettings,
  context: JsonObject,
  startedId: number,
): Promise<StepResult> {
  const { exec, thread, name } = ctx;
  const { items } = settings;
  const runId = exec.uuid();
  const label = typeof ctx.state.Label === 'string' ? ctx.state.Label : name;
  const mapRunArn = `arn:${exec.settings.partition}:states:${exec.settings.region}:${exec.settings.account}:mapRun:${exec.settings.stateMachineName}/${label}:${runId}`;
  if (distributed) exec.record(thread, 'MapRunStarted', 'mapRunStartedEventDetails', { mapRunArn });
  const graph = subGraph(processor, ctx.language);
  const start = thread.now;
  const slots: number[] = [];
  const outputs: Json[] = [];
  let end = start;
  let failures = 0;
  for (let index = 0; index < items.length; index++) {
    // The iteration starts when a concurrency slot is free: the earliest-ending slot once all are taken.
    let at = start;
    if (settings.maxConcurrency > 0 && slots.length >= settings.maxConcurrency) {
      slots.sort((a, b) => a - b);
      at = slots.shift() as number;
    }
    const item = items[index];
    const itemContext: JsonObject = { ...context, Map: { Item: { Index: index, Value: item } } };
    let input: Json;
    try {
      input = await selectItem(ctx, item, itemContext);
    } catch (e) {
      throw ctx.wrap(e);
    }
    const variables = distributed ? new VariableScope() : new VariableScope(thread.variables);
    const base = distributed ? childBase(ctx, mapRunArn, input) : thread.base;
    const child = new Thread(at, startedId, variables, base, thread.recorded && !distributed);
    if (!distributed) exec.record(child, 'MapIterationStarted', 'mapIterationStartedEventDetails', { index, name });
    try {
      outputs.push(await runGraph(exec, child, graph, input));
      if (!distributed) exec.record(child, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { index, name });
    } catch (e) {
      if (e instanceof ExecutionTimeout) throw e;
      const error = e instanceof StatesError ? e : ctx.wrap(e);
      failures++;
      end = Math.max(end, child.now);
      if (distributed && tolerated(settings, failures, items.length)) {
        outputs.push(error.toErrorOutput());
        slots.push(child.now);
        continue;
      }
      // The state fails when the iteration does (on AWS the others are stopped then).
      thread.now = child.now;
      if (!distributed) {
        exec.record(child, 'MapIterationFailed', 'mapIterationFailedEventDetails', { index, name });
        thread.lastEventId = child.lastEventId;
        // Iterations that would have been running beside this one are aborted; later ones never start.
        const window = settings.maxConcurrency === 0 ? items.length : index + settings.maxConcurrency;
        for (let rest = index + 1; rest < Math.min(items.length, window); rest++) {
          exec.record(thread, 'MapIterationAborted', 'mapIterationAbortedEventDetails', { index: rest, name }, child.lastEventId);
        }
        throw error;
      }
      const failure = new StatesError(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD, 'The specified tolerated failure threshold was exceeded');
      exec.record(thread, 'MapRunFailed', 'mapRunFailedEventDetails', { error: failure.error, cause: failure.cause });
      throw failure;
    }
    end = Math.max(end, child.now);
    slots.push(child.now);
    if (!distributed) thread.lastEventId = child.lastEventId;
  }
  thread.now = end;
  if (distributed) exec.record(thread, 'MapRunSucceeded');
  exec.record(thread, 'MapStateSucceeded');
  const writer = ctx.state.ResultWriter;
  if (isObject(writer)) return processResult(ctx, await writeResults(ctx, writer, outputs, mapRunArn, runId, context), context);
  return processResult(ctx, outputs, context);
}

/**
 * ResultWriter: the results go to S3 (recorded as a `resultWriter` call holding them) and the Map's result is what
 * AWS returns then: the map run's ARN and where its manifest is.
 */
async function writeResults(ctx: StateContext, writer: JsonObject, results: Json[], mapRunArn: string, runId: string, context: JsonObject): Promise<Json> {
  const parameters = writer.Arguments ?? writer.Parameters;
  let target: Json = {};
  if (parameters !== undefined) {
    target = ctx.jsonata
      ? await ctx.evaluate(parameters, 'ResultWriter/Arguments', { input: ctx.input, context })
      : ctx.payload(parameters, ctx.inputPath(), context);
  }
  const { Bucket, Prefix } = isObject(target) ? target : {};
  ctx.exec.calls.push({
    stateName: ctx.name,
    resource: String(writer.Resource),
    input: { ...(isObject(target) ? target : {}), Results: results },
    attempt: 1,
    context,
    timestamp: new Date(ctx.thread.now).toISOString(),
    kind: 'resultWriter',
  });
  const key = `${typeof Prefix === 'string' && Prefix ? `${Prefix}/` : ''}${runId}/manifest.json`;
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: Bucket ?? null, Key: key } };
}

/** Whether a distributed Map tolerates this many failed items. */
function tolerated(settings: MapSettings, failures: number, total: number): boolean {
  const { toleratedCount, toleratedPercentage } = settings;
  if (toleratedCount === undefined && toleratedPercentage === undefined) return false;
  if (toleratedCount !== undefined && failures <= toleratedCount) return true;
  if (toleratedPercentage !== undefined && total > 0 && (failures / total) * 100 <= toleratedPercentage) return true;
  return false;
}

/** The context object's Execution and StateMachine in a distributed Map's child execution. */
function childBase(ctx: StateContext, mapRunArn: string, input: Json): Thread['base'] {
  const { exec } = ctx;
  const name = `${exec.uuid()}`;
  const arn = `arn:${exec.settings.partition}:states:${exec.settings.region}:${exec.settings.account}:execution:${exec.settings.stateMachineName}/${ctx.name}:${name}`;
  return {
    Execution: { ...ctx.thread.base.Execution, Id: arn, Input: input, Name: name, StartTime: new Date(ctx.thread.now).toISOString() },
    StateMachine: { Id: `${mapRunArn.split(':').slice(0, 6).join(':')}:${exec.settings.stateMachineName}/${ctx.name}`, Name: `${exec.settings.stateMachineName}/${ctx.name}` },
  };
}

/** The input of one iteration: ItemSelector (or the legacy Parameters) applied, or the item itself. */
async function selectItem(ctx: StateContext, item: Json, context: JsonObject): Promise<Json> {
  const selector = ctx.state.ItemSelector ?? ctx.state.Parameters;
  if (selector === undefined) return item;
  if (ctx.jsonata) return ctx.evaluate(selector, 'ItemSelector', { input: ctx.input, context });
  return ctx.payload(selector, ctx.inputPath(), context);
}

/** The items (or batches): from the ItemReader's mock, ItemsPath, Items or the input. */
async function mapItems(ctx: StateContext, retryCount: number, context: JsonObject): Promise<Json[]> {
  const { state } = ctx;
  const states = { input: ctx.input, context };
  const effective = ctx.jsonata ? ctx.input : ctx.inputPath();
  let items: Json;
  if (isObject(state.ItemReader)) {
    items = await readItems(ctx, state.ItemReader, effective, retryCount, states);
  } else if (ctx.jsonata) {
    if (state.Items !== undefined) {
      items = await ctx.evaluate(state.Items, 'Items', states);
      if (!Array.isArray(items)) {
        throw ctx.evaluationFailed(unexpectedType(String(state.Items), 'Items', 'array', items).message, 'Items');
      }
    } else {
      items = ctx.input;
      if (!Array.isArray(items)) throw ctx.evaluationFailed(`Map state input must be an array but was: ${toJsonText(items)}`, 'Items');
    }
  } else {
    const path = typeof state.ItemsPath === 'string' ? state.ItemsPath : '$';
    try {
      items = readPath(path, ctx.pathScope(effective, context));
    } catch (e) {
      if (e instanceof PathNotFound) throw ctx.runtime(`Invalid path '${path}' : ${e.message}`);
      throw e;
    }
    if (!Array.isArray(items)) throw ctx.runtime(`Reference path "${path}" must point to array.`);
  }
  let list = items as Json[];
  if (isObject(state.ItemBatcher)) list = await batch(ctx, state.ItemBatcher, list, effective, states);
  return list;
}

/** MaxConcurrency from its field, path or JSONata expression (0: no limit). */
async function concurrency(ctx: StateContext, context: JsonObject): Promise<number> {
  const effective = ctx.jsonata ? ctx.input : ctx.inputPath();
  const maxConcurrency = (await integer(ctx, 'MaxConcurrency', effective, { input: ctx.input, context })) ?? 0;
  if (maxConcurrency < 0) throw ctx.runtime(`MaxConcurrency must not be negative, got ${maxConcurrency}`);
  return maxConcurrency;
}

/** Tolerated failures, each from its field, path or JSONata expression. */
async function mapSettings(ctx: StateContext, items: Json[], maxConcurrency: number, context: JsonObject): Promise<MapSettings> {
  const states = { input: ctx.input, context };
  const effective = ctx.jsonata ? ctx.input : ctx.inputPath();
  const toleratedCount = await integer(ctx, 'ToleratedFailureCount', effective, states);
  if (toleratedCount !== undefined && toleratedCount < 0) throw ctx.runtime('ToleratedFailureCount cannot be negative.');
  const toleratedPercentage = await float(ctx, 'ToleratedFailurePercentage', effective, states);
  if (toleratedPercentage !== undefined && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
    throw ctx.runtime('ToleratedFailurePercentage must be between 0 and 100.');
  }
  return { items, maxConcurrency, toleratedCount, toleratedPercentage };
}

async function fieldValue(ctx: StateContext, holder: JsonObject, field: string, effective: Json, states: JsonObject): Promise<{ value: Json; path?: string } | undefined> {
  const value = holder[field];
  if (value !== undefined) {
    if (isJsonata(value)) return { value: await ctx.evaluate(value, field, states) };
    return { value };
  }
  const path = holder[`${field}Path`];
  if (typeof path !== 'string') return undefined;
  try {
    return { value: readPath(path, ctx.pathScope(effective)), path };
  } catch (e) {
    if (e instanceof PathNotFound) throw ctx.runtime(`Invalid path '${path}' : ${e.message}`);
    throw e;
  }
}

async function integer(ctx: StateContext, field: string, effective: Json, states: JsonObject, holder: JsonObject = ctx.state): Promise<number | undefined> {
  const found = await fieldValue(ctx, holder, field, effective, states);
  if (!found) return undefined;
  // AWS reads a path's value as a number even when it is the number's text ("1").
  if (found.path && typeof found.value === 'string' && /^-?\d+$/.test(found.value)) return Number(found.value);
  if (typeof found.value !== 'number' || !Number.isInteger(found.value)) {
    const shown = typeof found.value === 'string' ? found.value : toJsonText(found.value);
    if (found.path) throw ctx.runtime(`The ${field}Path field refers to value "${shown}" which is not a valid integer: ${found.path}`);
    throw ctx.runtime(`The ${field} field must be an integer, got ${shown}`);
  }
  return found.value;
}

async function float(ctx: StateContext, field: string, effective: Json, states: JsonObject): Promise<number | undefined> {
  const found = await fieldValue(ctx, ctx.state, field, effective, states);
  if (!found) return undefined;
  if (found.path && typeof found.value === 'string' && /^-?\d+(\.\d+)?$/.test(found.value)) return Number(found.value);
  if (typeof found.value !== 'number') {
    const shown = typeof found.value === 'string' ? found.value : toJsonText(found.value);
    if (found.path) throw ctx.runtime(`The ${field}Path field refers to value "${shown}" which is not a valid float: ${found.path}`);
    throw ctx.runtime(`The ${field} field must be a number, got ${shown}`);
  }
  return found.value;
}

/** ItemBatcher: items grouped in batches of MaxItemsPerBatch, each `{ ...BatchInput, Items: [...] }`. */
async function batch(ctx: StateContext, batcher: JsonObject, items: Json[], effective: Json, states: JsonObject): Promise<Json[]> {
  const maxItems = (await integer(ctx, 'MaxItemsPerBatch', effective, states, batcher)) ?? items.length;
  const maxBytes = await integer(ctx, 'MaxInputBytesPerBatch', effective, states, batcher);
  let batchInput: Json = {};
  if (batcher.BatchInput !== undefined) {
    batchInput = ctx.jsonata ? await ctx.evaluate(batcher.BatchInput, 'ItemBatcher/BatchInput', states) : ctx.payload(batcher.BatchInput, effective);
  }
  const base = isObject(batchInput) ? batchInput : {};
  const batches: Json[] = [];
  let current: Json[] = [];
  const size = (list: Json[]) => Buffer.byteLength(toJsonText({ ...base, Items: list }));
  for (const item of items) {
    if (current.length > 0 && (current.length >= Math.max(1, maxItems) || (maxBytes !== undefined && size([...current, item]) > maxBytes))) {
      batches.push({ ...base, Items: current });
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) batches.push({ ...base, Items: current });
  return batches;
}

/** ItemReader: the items come from the Map state's mock (its result: the array of items, or CSV text). */
async function readItems(ctx: StateContext, reader: JsonObject, effective: Json, retryCount: number, states: JsonObject): Promise<Json[]> {
  const { exec } = ctx;
  const parameters = reader.Arguments ?? reader.Parameters;
  let input: Json = null;
  if (parameters !== undefined) input = ctx.jsonata ? await ctx.evaluate(parameters, 'ItemReader/Arguments', states) : ctx.payload(parameters, effective);
  const call: TaskCall = {
    stateName: ctx.name,
    resource: String(reader.Resource),
    input,
    attempt: retryCount + 1,
    context: states.context,
    timestamp: new Date(ctx.thread.now).toISOString(),
    kind: 'itemReader',
  };
  exec.calls.push(call);
  if (!exec.hasMock(ctx.name)) {
    throw new StatesError(MOCK_MISSING, `Map state '${ctx.name}' reads items with an ItemReader but has no mock: add one keyed by the state name whose result is the items.`);
  }
  const response: MockResponse | undefined = await exec.respond(call); // ItemReader: once per Map run
  if (!response) throw new StatesError(MOCK_MISSING, `The ItemReader mock of Map state '${ctx.name}' has no response left.`);
  (call as { response?: MockResponse }).response = response;
  if (response.error !== undefined) throw new StatesError(response.error, response.cause);
  const config = isObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const result = toJson(response.result ?? []);
  let items: Json;
  if (typeof result === 'string' && config.InputType === 'CSV') items = parseCsv(ctx, result, config);
  else if (typeof result === 'string' && config.InputType === 'JSONL') items = parseJsonLines(ctx, result);
  else if (isObject(result) && Array.isArray(result.Contents)) items = result.Contents;
  else items = result;
  if (!Array.isArray(items)) throw ctx.failure(StatesErrors.ITEM_READER_FAILED, 'Attempting to map over non-iterable node.');
  const maxItems = await integer(ctx, 'MaxItems', effective, states, config);
  if (maxItems !== undefined) {
    if (maxItems < 0) throw ctx.failure(StatesErrors.ITEM_READER_FAILED, 'field MaxItems must be positive');
    if (maxItems > 0) items = items.slice(0, maxItems);
  }
  return items;
}

/** JSON Lines text as items, one per non-empty line. */
function parseJsonLines(ctx: StateContext, text: string): Json[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      try {
        return JSON.parse(line) as Json;
      } catch {
        throw ctx.failure(StatesErrors.ITEM_READER_FAILED, `A line of the JSONL input is not JSON: ${line}`);
      }
    });
}

/** CSV text as objects: headers from the first line, or ReaderConfig.CSVHeaders. */
function parseCsv(ctx: StateContext, text: string, config: JsonObject): Json[] {
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map(splitCsvLine);
  const given = config.CSVHeaderLocation === 'GIVEN' && Array.isArray(config.CSVHeaders);
  const headers = given ? (config.CSVHeaders as string[]) : (rows.shift() ?? []);
  if (new Set(headers).size !== headers.length) throw ctx.failure(StatesErrors.ITEM_READER_FAILED, 'CSV headers cannot contain duplicates.');
  return rows.map((cells) => {
    const row: JsonObject = {};
    headers.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

