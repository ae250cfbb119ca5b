/**
 * Benchmarks cdk-stepfunctions against aws-cdk-lib's aws-stepfunctions-tasks in one run:
 * - synth time of an app chaining N LambdaInvoke tasks (N = 100, 1000), ours and the reference alternating,
 *   medians and spread over many runs, with aws-cdk-lib's template validator off and on;
 * - esbuild bundle bytes of a Lambda-only app: ours, the reference, and a Pass-state baseline (the floor);
 * - runs per second of the offline interpreter (@cdk-stepfunctions/testing) against aws-local-stepfunctions.
 *
 * Usage: npm run bench [-- --runs 15] [-- --only offline] ; no assertions, figures only.
 */
import { measureLambdaBundles } from '@cdk-stepfunctions/tools/bundle-check';
import { type Implementation, synthChain } from './synth';
import { measureOffline } from './offline';
import { formatValidation, measureValidation } from './validation';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `p10 ${q(0.1).toFixed(0)} / p90 ${q(0.9).toFixed(0)} ms`;
}

function measure(n: number, runs: number, validation: boolean): void {
  process.env.CDK_VALIDATION = validation ? 'true' : 'false';
  const times: Record<Implementation, number[]> = { ours: [], reference: [] };
  synthChain('ours', n); // warm up both (module loading, JIT, the validator's WASM)
  synthChain('reference', n);
  for (let i = 0; i < runs; i++) {
    const order: Implementation[] = i % 2 ? ['reference', 'ours'] : ['ours', 'reference'];
    for (const impl of order) times[impl].push(synthChain(impl, n));
  }
  const ours = median(times.ours);
  const ref = median(times.reference);
  console.log(
    `synth N=${String(n).padEnd(4)} validation=${validation ? 'on ' : 'off'} runs=${runs}  ` +
      `ours ${ours.toFixed(0)} ms (${spread(times.ours)})  reference ${ref.toFixed(0)} ms (${spread(times.reference)})  ` +
      `ratio ours/reference ${(ours / ref).toFixed(2)}`,
  );
}

const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

async function offline(): Promise<void> {
  console.log('offline runs per second (a run: load the definition and run it to the end, tasks mocked, no real waiting):');
  await measureOffline();
}

if (ONLY === 'offline') {
  void offline();
} else {
console.log(`node ${process.version}, ${RUNS} alternating runs per figure, medians`);
// First, so that its first validateDefinition call is the process's first (it compiles the schemas).
process.env.CDK_VALIDATION = 'false';
console.log(formatValidation(measureValidation(1000, Math.max(3, Math.round(RUNS / 3)))));
measure(100, RUNS, false);
measure(1000, RUNS, false);
measure(100, Math.max(3, Math.round(RUNS / 3)), true);
measure(1000, Math.max(3, Math.round(RUNS / 3)), true);

const bundles = measureLambdaBundles();
const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
console.log(
  `bundle (esbuild, aws-cdk-lib bundled): baseline Pass ${kb(bundles.baselineBytes)}, ` +
    `ours ${kb(bundles.oursBytes)} (+${kb(bundles.oursBytes - bundles.baselineBytes)}, ` +
    `${(((bundles.oursBytes - bundles.baselineBytes) / bundles.baselineBytes) * 100).toFixed(2)}%), ` +
    `reference ${kb(bundles.referenceBytes)} (+${kb(bundles.referenceBytes - bundles.baselineBytes)})`,
);
void offline();
}
