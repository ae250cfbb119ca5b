import { Duration, Fn } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import type { ProjectKind } from './fixtures';

/*
 * The parity table StartBuild and StartBuildBatch share: both take a project and environment variable overrides,
 * with the same patterns, so the same cases cover both.
 */

export type Factory = 'new' | 'jsonPath' | 'jsonata';

/** The props of the reference's StartBuild(Batch) that a case sets, besides `project`. */
export type StartProps = Partial<Omit<sfn.TaskStateBaseProps, never>> & {
  environmentVariablesOverride?: { [name: string]: codebuild.BuildEnvironmentVariable };
};

export interface StartCase {
  readonly name: string;
  readonly project?: ProjectKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => StartProps;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const REQUEST_RESPONSE = { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE };

const env = (variables: { [name: string]: codebuild.BuildEnvironmentVariable }) => ({ environmentVariablesOverride: variables });

const variables: Record<string, () => StartProps> = {
  'plain text': () => env({ env: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: 'prod' } }),
  'no type': () => env({ STAGE: { value: 'beta' } }),
  'parameter store': () => env({ TOKEN: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/token' } }),
  'secrets manager': () => env({ SECRET: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci-secret:password' } }),
  'several': () => env({ A: { value: 'a' }, B: { value: 2 }, C: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: 'c' } }),
  'JSON path value': () => env({ ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') } }),
  'formatted value': () => env({ MSG: { value: sfn.JsonPath.format('build {}', sfn.JsonPath.stringAt('$.id')) } }),
  'context value': () => env({ EXEC: { value: sfn.JsonPath.executionId } }),
  'number path value': () => env({ N: { value: sfn.JsonPath.numberAt('$.n') } }),
  'CDK token value': () => env({ REGION: { value: Fn.ref('AWS::Region') }, IMPORTED: { value: Fn.importValue('Shared') } }),
  'empty': () => env({}),
};

const jsonataVariables: Record<string, () => StartProps> = {
  'JSONata value': () => env({ ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: '{% $states.input.zone %}' } }),
  'JSONata and static values': () => env({ A: { value: '{% $states.input.a %}' }, B: { value: 'b' } }),
};

const commonJsonPath = (scope: Construct): StartProps => commonJsonPathProps(scope, {
  comment: 'build it',
  stateName: 'Build the project',
  resultSelector: { id: sfn.JsonPath.stringAt('$.Build.Id'), arn: sfn.JsonPath.stringAt('$.Build.Arn') },
  assign: { buildId: sfn.JsonPath.stringAt('$.Build.Id') },
});

const commonJsonata = (): StartProps => commonJsonataProps({
  comment: 'build it',
  outputs: '{% $states.result.Build.Id %}',
  assign: { buildId: '{% $states.result.Build.Id %}' },
});

/** Every case of the table; `readmeProject` is the project kind of the reference README's example. */
export function startCases(readmeProject: ProjectKind, readmeProps: () => StartProps): StartCase[] {
  const cases: StartCase[] = [];
  const kinds: ProjectKind[] = ['owned', 'unnamed', 'batch', 'cfn', 'imported', 'byName', 'otherAccount', 'tokenArn'];
  for (const project of kinds) {
    for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
      cases.push({ name: `${project} project, ${factory}, minimal`, project, factory });
      cases.push({ name: `${project} project, ${factory}, RUN_JOB`, project, factory, props: () => RUN_JOB });
    }
  }
  for (const [name, props] of Object.entries(variables)) {
    cases.push({ name: `environment variables: ${name}`, props });
    cases.push({ name: `environment variables: ${name}, RUN_JOB`, factory: 'jsonPath', project: 'owned', props: () => ({ ...props(), ...RUN_JOB }) });
  }
  for (const [name, props] of Object.entries(jsonataVariables)) {
    cases.push({ name: `environment variables: ${name}`, factory: 'jsonata', props });
    cases.push({ name: `environment variables: ${name}, RUN_JOB`, factory: 'jsonata', project: 'owned', props: () => ({ ...props(), ...RUN_JOB }) });
  }
  cases.push(
    { name: 'static environment variables, jsonata', factory: 'jsonata', props: variables['plain text'] },
    { name: 'explicit REQUEST_RESPONSE', props: () => REQUEST_RESPONSE },
    { name: 'explicit REQUEST_RESPONSE, JSONata', factory: 'jsonata', props: () => REQUEST_RESPONSE },
    { name: 'every common JSONPath prop', project: 'owned', props: commonJsonPath },
    { name: 'every common JSONPath prop, RUN_JOB', project: 'owned', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...RUN_JOB }) },
    { name: 'every common JSONata prop', project: 'owned', factory: 'jsonata', props: commonJsonata },
    { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB }) },
    { name: 'JSONata common props without credentials', factory: 'jsonata', props: () => commonJsonataProps({ comment: 'c', outputs: '{% $states.result %}', assign: {}, credentials: false }) },
    { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
    { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(30), heartbeat: Duration.seconds(60), ...RUN_JOB }) },
    { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
    { name: 'credentials from a JSON path role', props: () => ({ credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') } }) },
    { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
    { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: jsonataVariables['JSONata value'] },
    { name: 'JSONata state machine, constructor, RUN_JOB', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, project: 'owned', props: () => RUN_JOB },
    { name: 'constructor with queryLanguage JSONata', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, ...jsonataVariables['JSONata value']() }) },
    { name: 'constructor with queryLanguage JSONata, RUN_JOB', project: 'owned', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, ...RUN_JOB }) },
    { name: 'constructor with queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...variables['JSON path value']() }) },
    { name: 'jsonPath factory with queryLanguage JSONPath, RUN_JOB', factory: 'jsonPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...RUN_JOB }) },
    { name: 'inside a JSONPath Map', props: () => ({ ...RUN_JOB, ...variables['JSON path value']() }), wrap: inMap },
    { name: 'inside a JSONPath Parallel', project: 'owned', wrap: inParallel },
    { name: 'README example', project: readmeProject, props: readmeProps },
    { name: 'everything at once', project: 'owned', props: (s) => ({ ...commonJsonPath(s), ...variables.several(), ...RUN_JOB }) },
  );
  return cases;
}
