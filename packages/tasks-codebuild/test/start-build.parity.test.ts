import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { inJsonataMap, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { CodeBuildStartBuild, type CodeBuildStartBuildProps } from '../src';
import { makeProject } from './fixtures';
import { startCases, type StartCase, type StartProps } from './start-parity-cases';

function build(c: StartCase, seen: { props?: StartProps }) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { project: makeProject(scope, c.project ?? 'imported'), ...c.props?.(scope) } as CodeBuildStartBuildProps;
    seen.props = props;
    const Impl = implementation === 'ours' ? CodeBuildStartBuild : reference.CodeBuildStartBuild;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Build', props);
      case 'jsonata': return Impl.jsonata(scope, 'Build', props);
      default: return new Impl(scope, 'Build', props as reference.CodeBuildStartBuildProps);
    }
  };
}

/**
 * The reference's statements with our deliberate difference applied (README, "Differences from aws-cdk-lib"):
 * `codebuild:BatchGetReports` is never granted (it acts on report groups, and StartBuild does not need it), and
 * `codebuild:StopBuild`/`codebuild:BatchGetBuilds` only for RUN_JOB.
 */
function expectedStatements(ref: ParitySnapshot, pattern: sfn.IntegrationPattern | undefined): unknown[] {
  const runJob = pattern === sfn.IntegrationPattern.RUN_JOB;
  return (normalize(ref.statements) as Array<Record<string, unknown>>).map((s) => {
    const actions = Array.isArray(s.Action) ? s.Action as string[] : [s.Action as string];
    if (!actions.includes('codebuild:BatchGetReports')) return s;
    expect(actions).toEqual(['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds', 'codebuild:BatchGetReports']);
    const kept = runJob ? ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds'] : 'codebuild:StartBuild';
    return { ...s, Action: kept };
  });
}

const readmeProps = (): StartProps => ({
  integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  environmentVariablesOverride: {
    ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') },
  },
});

const cases = startCases('owned', readmeProps);

describe('CodeBuildStartBuild parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const seen: { props?: StartProps } = {};
    const { ours, reference: ref } = renderBoth(build(c, seen), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(expectedStatements(ref, seen.props?.integrationPattern));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(70);
  });

  it('adds the new overrides after the fields aws-cdk-lib renders, and changes nothing else', () => {
    const c: StartCase = { name: 'overrides', project: 'owned', props: () => ({ ...readmeProps(), resultPath: '$.build' }) };
    const withOverrides = renderBoth((scope, implementation) => implementation === 'ours'
      ? new CodeBuildStartBuild(scope, 'Build', {
        project: makeProject(scope, 'owned'), ...readmeProps(), resultPath: '$.build',
        sourceVersion: sfn.JsonPath.stringAt('$.commit'), buildspecOverride: 'ci/release.yml', timeoutInMinutesOverride: 60,
      } as CodeBuildStartBuildProps)
      : build(c, {})(scope, implementation));
    const refState = withOverrides.reference.state as { Parameters: Record<string, unknown> };
    expect(withOverrides.ours.state).toEqual({
      ...refState,
      Parameters: { ...refState.Parameters, 'TimeoutInMinutesOverride': 60, 'BuildspecOverride': 'ci/release.yml', 'SourceVersion.$': '$.commit' },
    });
    expect(normalize(withOverrides.ours.statements)).toEqual(expectedStatements(withOverrides.reference, sfn.IntegrationPattern.RUN_JOB));
  });

  it('differs inside a JSONata Map: Arguments where aws-cdk-lib renders Parameters (aws/aws-cdk#34352)', () => {
    const c: StartCase = { name: 'JSONata Map', props: () => ({ environmentVariablesOverride: { A: { value: '{% $states.input.a %}' } } }) };
    const { ours, reference: ref } = renderBoth(build(c, {}), { wrap: inJsonataMap });
    const definition = (snapshot: ParitySnapshot) => JSON.stringify(snapshot.template);
    expect(definition(ours)).toContain('\\"Arguments\\":{\\"ProjectName\\":\\"Imported\\"');
    expect(definition(ours)).not.toContain('\\"Parameters\\"');
    expect(definition(ref)).toContain('\\"Parameters\\":{\\"ProjectName\\":\\"Imported\\"');
  });
});
