import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { inJsonataParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { CodeBuildStartBuildBatch, type CodeBuildStartBuildBatchProps } from '../src';
import { makeProject } from './fixtures';
import { startCases, type StartCase, type StartProps } from './start-parity-cases';

function build(c: StartCase) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { project: makeProject(scope, c.project ?? 'imported'), ...c.props?.(scope) } as CodeBuildStartBuildBatchProps;
    const Impl = implementation === 'ours' ? CodeBuildStartBuildBatch : reference.CodeBuildStartBuildBatch;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Build', props);
      case 'jsonata': return Impl.jsonata(scope, 'Build', props);
      default: return new Impl(scope, 'Build', props as reference.CodeBuildStartBuildBatchProps);
    }
  };
}

const readmeProps = (): StartProps => ({
  integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
  environmentVariablesOverride: { test: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: 'testValue' } },
});

const cases = startCases('batch', readmeProps);

// aws-cdk-lib's StartBuildBatch grants what the IAM templates of the Step Functions guide list, so nothing differs.
describe('CodeBuildStartBuildBatch parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(70);
  });

  it('differs inside a JSONata Parallel: Arguments where aws-cdk-lib renders Parameters (aws/aws-cdk#34352)', () => {
    const c: StartCase = { name: 'JSONata Parallel' };
    const { ours, reference: ref } = renderBoth(build(c), { wrap: inJsonataParallel });
    const definition = (snapshot: ParitySnapshot) => JSON.stringify(snapshot.template);
    expect(definition(ours)).toContain('\\"Arguments\\":{\\"ProjectName\\":\\"Imported\\"}');
    expect(definition(ours)).not.toContain('\\"Parameters\\"');
    expect(definition(ref)).toContain('\\"Parameters\\":{\\"ProjectName\\":\\"Imported\\"}');
  });
});
