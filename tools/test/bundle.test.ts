import { describe, expect, it } from 'vitest';
import { bundleApp, bundleBaseline, checkPackageBundles, measureLambdaBundles } from '../src/bundle-check';
import { appSource, SMOKE_APPS } from '../src/smoke-apps';
import { listPackages } from '../src/workspace';

const TIMEOUT = 300_000;
const names = listPackages().map((p) => p.name);

describe('bundle check (esbuild, aws-cdk-lib bundled)', () => {
  it('LambdaInvoke adds less than 1% to a Pass-only app', () => {
    const sizes = measureLambdaBundles();
    const added = sizes.oursBytes - sizes.baselineBytes;
    console.log(`bundle bytes: baseline ${sizes.baselineBytes}, ours ${sizes.oursBytes} (+${added}), reference ${sizes.referenceBytes} (+${sizes.referenceBytes - sizes.baselineBytes})`);
    expect(added).toBeLessThan(sizes.baselineBytes * 0.01);
  }, TIMEOUT);

  it('notices what aws-cdk-lib\'s aws-stepfunctions-tasks adds', () => {
    const baseline = bundleBaseline();
    const reference = bundleApp(appSource({ format: 'esm', module: 'aws-cdk-lib/aws-stepfunctions-tasks', app: SMOKE_APPS['@cdk-stepfunctions/tasks-lambda'] }));
    expect(baseline.modules).toContain('aws-cdk-lib/aws-stepfunctions');
    expect(baseline.modules).not.toContain('aws-cdk-lib/index.js');
    expect(reference.modules.filter((m) => !baseline.modules.includes(m))).toContain('aws-cdk-lib/aws-stepfunctions-tasks');
  }, TIMEOUT);

  it.each(names)('%s bundles no other workspace package and no module beyond the baseline', (name) => {
    const [result] = checkPackageBundles([name]);
    if (result.allowedModules.length) console.log(`${name}: also bundles ${result.allowedModules.join(', ')} (as the reference does)`);
    expect(result.problems).toEqual([]);
  }, TIMEOUT);
});
