/**
 * Runs per second of the offline interpreter (@cdk-stepfunctions/testing) on four machines, and of
 * aws-local-stepfunctions on the JSONPath ones, side by side. A run counts what a test pays: loading the
 * definition and running it to the end (mocks answer the tasks; waits and retry intervals cost no time — ours on
 * its virtual clock, aws-local-stepfunctions through its wait and retry overrides).
 */
import './polyfill';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runDefinition, type MockResponse } from '@cdk-stepfunctions/testing';

// Each round starts on a collected heap, so one contender's garbage is not collected in another's time.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The part of aws-local-stepfunctions' API the benchmark uses (the package is ESM-typed; its CJS build is loaded). */
interface LocalStateMachine {
  run(input: unknown, options?: unknown): { result: Promise<unknown> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StateMachine } = require('aws-local-stepfunctions') as {
  StateMachine: new (definition: unknown, options?: unknown) => LocalStateMachine;
};

const LAMBDA = 'arn:aws:states:::lambda:invoke';

/** A small JSONPath machine: Pass with an intrinsic, a Lambda task, a Choice, a Wait and a Succeed. */
export const JSONPATH_MACHINE = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'orderId.$': '$.orderId', 'label.$': "States.Format('order {}', $.orderId)", 'items.$': '$.items' }, Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'status.$': '$.Payload.status' },
      ResultPath: '$.charge',
      Next: 'Approved?',
    },
    'Approved?': { Type: 'Choice', Choices: [{ Variable: '$.charge.status', StringEquals: 'OK', Next: 'Cool down' }], Default: 'Rejected' },
    'Cool down': { Type: 'Wait', Seconds: 10, Next: 'Done' },
    Done: { Type: 'Pass', Parameters: { 'orderId.$': '$.orderId', 'status.$': '$.charge.status' }, OutputPath: '$', Next: 'Succeed' },
    Succeed: { Type: 'Succeed' },
    Rejected: { Type: 'Fail', Error: 'Rejected' },
  },
};

/** The same flow in JSONata, with variables. */
export const JSONATA_MACHINE = {
  QueryLanguage: 'JSONata',
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Assign: { orderId: '{% $states.input.orderId %}' }, Output: '{% {"label": "order " & $states.input.orderId, "items": $states.input.items} %}', Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      Arguments: { FunctionName: 'charge', Payload: '{% $states.input %}' },
      Output: '{% {"status": $states.result.Payload.status, "total": $sum($states.input.items.price)} %}',
      Next: 'Approved?',
    },
    'Approved?': { Type: 'Choice', Choices: [{ Condition: "{% $states.input.status = 'OK' %}", Next: 'Cool down' }], Default: 'Rejected' },
    'Cool down': { Type: 'Wait', Seconds: 10, Next: 'Done' },
    Done: { Type: 'Pass', Output: '{% {"orderId": $orderId, "total": $states.input.total} %}', End: true },
    Rejected: { Type: 'Fail', Error: 'Rejected' },
  },
};

/** A Map over 1,000 items, each a Pass and a Lambda task. */
export const MAP_MACHINE = {
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
      ItemProcessor: {
        StartAt: 'Shape',
        States: {
          Shape: { Type: 'Pass', Parameters: { 'id.$': '$.item.id', 'at.$': '$.index' }, Next: 'Process' },
          Process: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'process', 'Payload.$': '$' }, ResultSelector: { 'ok.$': '$.Payload.ok' }, End: true },
        },
      },
      End: true,
    },
  },
};

/** Three tasks that fail five times each before succeeding, retried with backoff (6 × 3 calls a run). */
export const RETRY_MACHINE = {
  StartAt: 'A',
  States: Object.fromEntries(
    ['A', 'B', 'C'].map((name, i, all) => [
      name,
      {
        Type: 'Task',
        Resource: LAMBDA,
        Parameters: { FunctionName: name, 'Payload.$': '$' },
        Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }],
        ResultPath: `$.${name}`,
        ...(i < all.length - 1 ? { Next: all[i + 1] } : { End: true }),
      },
    ]),
  ),
};

const ORDER = { orderId: 'o-1', items: [{ sku: 'a', price: 3 }, { sku: 'b', price: 4 }] };
const ITEMS = { items: Array.from({ length: 1000 }, (_, id) => ({ id })) };

function flaky(): () => MockResponse {
  let calls = 0;
  return () => (++calls % 6 === 0 ? { result: { Payload: { ok: true } } } : { error: 'Lambda.ServiceException', cause: 'try again' });
}

interface Machine {
  readonly name: string;
  readonly ours: () => Promise<unknown>;
  /** aws-local-stepfunctions: a new StateMachine (its definition validated, or not) and one run. */
  readonly theirs?: (noValidate: boolean) => Promise<unknown>;
}

const options = (noValidate: boolean) => ({ validationOptions: { noValidate } });

const chargeMock = { result: { Payload: { status: 'OK' }, StatusCode: 200 } };

const MACHINES: Machine[] = [
  {
    name: 'JSONPath machine (7 states)',
    ours: () => runDefinition(JSONPATH_MACHINE, { input: ORDER, mocks: { Charge: chargeMock } }),
    theirs: (noValidate) =>
      new StateMachine(JSONPATH_MACHINE as never, options(noValidate)).run(ORDER as never, {
        overrides: { taskResourceLocalHandlers: { Charge: () => chargeMock.result }, waitTimeOverrides: { 'Cool down': 0 } },
      }).result,
  },
  {
    name: 'JSONata machine (6 states)',
    ours: () => runDefinition(JSONATA_MACHINE, { input: ORDER, mocks: { Charge: chargeMock } }),
  },
  {
    name: '1,000-item Map (JSONPath)',
    ours: () => runDefinition(MAP_MACHINE, { input: ITEMS, mocks: { Process: { result: { Payload: { ok: true } } } } }),
    theirs: (noValidate) =>
      new StateMachine(MAP_MACHINE as never, options(noValidate)).run(ITEMS as never, { overrides: { taskResourceLocalHandlers: { Process: () => ({ Payload: { ok: true } }) } } })
        .result,
  },
  {
    name: 'retry-heavy machine (3 tasks × 6 calls, JSONPath)',
    ours: () => {
      const mock = flaky();
      return runDefinition(RETRY_MACHINE, { input: {}, mocks: { A: mock, B: mock, C: mock } });
    },
    theirs: (noValidate) => {
      const mock = flaky();
      const handler = () => {
        const response = mock();
        if (response.error) throw Object.assign(new Error(response.cause), { name: response.error });
        return response.result as never;
      };
      return new StateMachine(RETRY_MACHINE as never, options(noValidate)).run({}, {
        overrides: { taskResourceLocalHandlers: { A: handler, B: handler, C: handler }, retryIntervalOverrides: { A: 0, B: 0, C: 0 } },
      }).result;
    },
  },
];

/** Runs per second of `fn` over about `seconds`. */
async function rate(fn: () => Promise<unknown>, seconds: number): Promise<number> {
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let runs = 0;
  while (process.hrtime.bigint() - start < budget) {
    await fn();
    runs++;
  }
  return runs / (Number(process.hrtime.bigint() - start) / 1e9);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Medians of runs per second of several contenders measured in alternating short rounds, so that a change of load
 * on the machine weighs on all of them alike.
 */
async function alternating(contenders: (() => Promise<unknown>)[], rounds: number, seconds: number): Promise<number[]> {
  for (const fn of contenders) for (let i = 0; i < 3; i++) await fn(); // warm-up
  const rates: number[][] = contenders.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...contenders.keys()].reverse() : [...contenders.keys()];
    for (const i of order) {
      collect();
      rates[i].push(await rate(contenders[i], seconds / rounds));
    }
  }
  return rates.map(median);
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

/**
 * Measures every machine and prints one line each: ours, then aws-local-stepfunctions as a test uses it by default
 * (the definition validated on load) and with validation off (its fastest); medians of alternating rounds.
 */
export async function measureOffline(seconds = 2): Promise<void> {
  // Both produce the expected outputs before anything is timed.
  const check = await runDefinition(JSONPATH_MACHINE, { input: ORDER, mocks: { Charge: chargeMock } });
  if (check.status !== 'SUCCEEDED') throw new Error(`the JSONPath machine failed: ${check.error}`);
  for (const machine of MACHINES) {
    const theirs = machine.theirs;
    const [ours, validated, unvalidated] = await alternating(
      theirs ? [machine.ours, () => theirs(false), () => theirs(true)] : [machine.ours],
      10,
      seconds,
    );
    let line = `offline ${machine.name.padEnd(50)} ours ${fmt(ours).padStart(7)} runs/s`;
    if (theirs) {
      line +=
        ` | aws-local-stepfunctions ${fmt(validated).padStart(5)} runs/s (${(ours / validated).toFixed(0)}×),` +
        ` noValidate ${fmt(unvalidated).padStart(6)} runs/s (${(ours / unvalidated).toFixed(1)}×)`;
    }
    console.log(line);
  }
}
