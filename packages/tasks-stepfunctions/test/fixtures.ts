import { Fn } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** The kinds of state machine a StepFunctionsStartExecution can start. */
export type StateMachineKind = 'owned' | 'cfn' | 'imported' | 'byName' | 'otherAccount' | 'tokenArn';

export const IMPORTED_SM_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:Child';
export const OTHER_ACCOUNT_SM_ARN = 'arn:aws:states:eu-west-1:999999999999:stateMachine:Remote';

/** A state machine of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeStateMachine(scope: Construct, kind: StateMachineKind): sfn.IStateMachineRef {
  switch (kind) {
    case 'owned':
      return new sfn.StateMachine(scope, 'Child', {
        definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'ChildPass')),
      });
    case 'cfn':
      return new sfn.CfnStateMachine(scope, 'CfnChild', {
        roleArn: 'arn:aws:iam::123456789012:role/child',
        definitionString: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
      });
    case 'imported':
      return sfn.StateMachine.fromStateMachineArn(scope, 'Child', IMPORTED_SM_ARN);
    case 'byName':
      return sfn.StateMachine.fromStateMachineName(scope, 'Child', 'NamedChild');
    case 'otherAccount':
      return sfn.StateMachine.fromStateMachineArn(scope, 'Child', OTHER_ACCOUNT_SM_ARN);
    case 'tokenArn':
      return sfn.StateMachine.fromStateMachineArn(scope, 'Child', Fn.importValue('ChildArn'));
  }
}

/** The kinds of activity a StepFunctionsInvokeActivity can invoke. */
export type ActivityKind = 'owned' | 'named' | 'encrypted' | 'awsOwnedKey' | 'imported' | 'byName';

export const IMPORTED_ACTIVITY_ARN = 'arn:aws:states:us-east-1:123456789012:activity:Worker';

/** An activity of the given kind, created under `scope` with stable ids. */
export function makeActivity(scope: Construct, kind: ActivityKind): sfn.IActivity {
  switch (kind) {
    case 'owned':
      return new sfn.Activity(scope, 'Activity');
    case 'named':
      return new sfn.Activity(scope, 'Activity', { activityName: 'SubmitJob' });
    case 'encrypted':
      return new sfn.Activity(scope, 'Activity', {
        encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(new kms.Key(scope, 'Key')),
      });
    case 'awsOwnedKey':
      return new sfn.Activity(scope, 'Activity', { encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration() });
    case 'imported':
      return sfn.Activity.fromActivityArn(scope, 'Activity', IMPORTED_ACTIVITY_ARN);
    case 'byName':
      return sfn.Activity.fromActivityName(scope, 'Activity', 'Worker');
  }
}
