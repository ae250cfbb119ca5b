import { describe, expect, it } from 'vitest';
import { App, Aspects, CfnParameter, Duration, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { StateMachineValidator } from '../src';
import { synthValidated } from './helpers';

describe('StateMachineValidator', () => {
  it('passes a state machine of aws-cdk-lib states and tasks of every kind, tokens included', () => {
    const errors = synthValidated((stack) => {
      const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1') });
      const timeout = new CfnParameter(stack, 'Timeout', { type: 'Number' });
      const invoke = new tasks.LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn, resultPath: '$.r', taskTimeout: sfn.Timeout.duration(Duration.seconds(timeout.valueAsNumber)), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(30)) });
      invoke.addCatch(new sfn.Pass(stack, 'Caught'), { resultPath: '$.error' });
      const map = new sfn.Map(stack, 'Map', { itemsPath: '$.items', itemSelector: { 'value.$': '$$.Map.Item.Value' } })
        .itemProcessor(tasks.LambdaInvoke.jsonata(stack, 'InMap', { lambdaFunction: fn }));
      const parallel = new sfn.Parallel(stack, 'Parallel')
        .branch(new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.secondsPath('$.wait') }))
        .branch(new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Pass', Parameters: { 'uuid.$': 'States.UUID()' } } }));
      const start = new tasks.StepFunctionsStartExecution(stack, 'Child', {
        stateMachine: sfn.StateMachine.fromStateMachineName(stack, 'ChildSM', 'child'),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      });
      const choice = new sfn.Choice(stack, 'Choice')
        .when(sfn.Condition.numberGreaterThanJsonPath('$.a', '$.b'), new sfn.Succeed(stack, 'Done'))
        .otherwise(new sfn.Fail(stack, 'Failed', { causePath: sfn.JsonPath.format('bad {}', sfn.JsonPath.stringAt('$.a')) }));
      return sfn.Chain.start(invoke).next(map).next(parallel).next(start).next(choice);
    });
    expect(errors).toEqual([]);
  });

  it('passes aws-cdk-lib\'s JSONata states, Distributed Maps and SDK tasks in a JSONPath machine', () => {
    const errors = synthValidated((stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      const items = sfn.Map.jsonata(stack, 'Map', { items: sfn.ProvideItems.jsonata('{% $states.input.list %}'), maxConcurrency: 2 }).itemProcessor(sfn.Pass.jsonata(stack, 'InMap'));
      const distributed = sfn.DistributedMap.jsonata(stack, 'Distributed', {
        itemReader: new sfn.S3ObjectsItemReader({ bucket }), toleratedFailurePercentage: 5, itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: 10 }),
      }).itemProcessor(sfn.Pass.jsonata(stack, 'InDistributed'));
      const csv = new sfn.DistributedMap(stack, 'Csv', { itemReader: new sfn.S3CsvItemReader({ bucket, key: 'k.csv' }), resultWriterV2: new sfn.ResultWriterV2({ bucket, prefix: 'out' }) })
        .itemProcessor(new sfn.Pass(stack, 'InCsv'));
      const sdk = new tasks.CallAwsService(stack, 'Sdk', { service: 's3', action: 'listBuckets', iamResources: ['*'] });
      const choice = sfn.Choice.jsonata(stack, 'Choice')
        .when(sfn.Condition.jsonata('{% $states.input.ok %}'), sfn.Succeed.jsonata(stack, 'Ok'))
        .otherwise(sfn.Fail.jsonata(stack, 'No', { error: 'E', cause: '{% $string($states.input) %}' }));
      return sfn.Chain.start(sdk).next(csv).next(items).next(sfn.Wait.jsonata(stack, 'Wait', { time: sfn.WaitTime.duration(Duration.seconds(5)) }))
        .next(sfn.Parallel.jsonata(stack, 'Parallel').branch(sfn.Pass.jsonata(stack, 'InBranch'))).next(distributed).next(choice);
    });
    expect(errors).toEqual([]);
  });

  it('puts each error on the construct of the state, with the state machine, pointer, message and rule', () => {
    const errors = synthValidated((stack) => {
      const inner = new sfn.CustomState(stack, 'Inner', { stateJson: { Type: 'Pass', InputPath: '$.a[', Output: {} } });
      return new sfn.Map(stack, 'Map').itemProcessor(inner);
    });
    expect(errors).toEqual([
      { path: '/Stack/Inner', message: 'Invalid definition of state machine Stack/SM: state "Inner" at /States/Map/ItemProcessor/States/Inner/Output: `Output` is a JSONata field, but state "Inner" is JSONPath (the default top-level language); use `ResultSelector`, `ResultPath` or `OutputPath` or set the state\'s `QueryLanguage` to JSONata [wrong-query-language-field]' },
      { path: '/Stack/Inner', message: 'Invalid definition of state machine Stack/SM: state "Inner" at /States/Map/ItemProcessor/States/Inner/InputPath: `InputPath` is not a JSONPath (unexpected end at character 5), got "$.a[" [jsonpath-syntax]' },
    ]);
  });

  it('finds states renamed with stateName and prefixed state ids', () => {
    const errors = synthValidated((stack) => {
      const state = new sfn.Pass(stack, 'Pass', { stateName: 'Renamed', inputPath: '$.[' });
      return state;
    });
    expect(errors).toEqual([{ path: '/Stack/Pass', message: expect.stringContaining('state "Renamed" at /States/Renamed/InputPath') }]);
  });

  it('tells apart states of the same name in two state machines', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    for (const [id, inputPath] of [['One', '$.ok'], ['Two', '$.[']]) {
      const scope = new Stack(app, id);
      new sfn.StateMachine(scope, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'Same', { inputPath })) });
    }
    void stack;
    Aspects.of(app).add(new StateMachineValidator());
    app.synth();
    expect(Annotations.fromStack(app.node.findChild('One') as Stack).findError('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(app.node.findChild('Two') as Stack).findError('/Two/Same', Match.stringLikeRegexp('jsonpath-syntax'))).toHaveLength(1);
  });

  it('validates a CfnStateMachine with a Definition object and definition substitutions, errors on the resource', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    new sfn.CfnStateMachine(stack, 'L1', {
      roleArn: 'arn:aws:iam::123456789012:role/r',
      definition: { StartAt: 'T', States: { T: { Type: 'Task', Resource: '${FnArn}', Next: 'Missing' } } },
      definitionSubstitutions: { FnArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' },
    });
    Aspects.of(app).add(new StateMachineValidator());
    app.synth();
    expect(Annotations.fromStack(stack).findError('/Stack/L1', Match.stringLikeRegexp('unknown-next'))).toHaveLength(1);
  });

  it('reports the error in the cloud assembly, which fails `cdk synth`', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromString('{"StartAt":"A","States":{"A":{"Type":"Pass"}}}') });
    Aspects.of(app).add(new StateMachineValidator());
    const messages = app.synth().getStackByName('Stack').messages;
    expect(messages.filter((m) => m.level === 'error').map((m) => [m.id, m.entry.data])).toEqual([
      ['/Stack/SM', 'Invalid definition of state machine Stack/SM: state "A" at /States/A: requires `Next` or `"End": true` [next-or-end]'],
    ]);
  });
});
