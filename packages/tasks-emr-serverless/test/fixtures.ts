import { App, Stack, type StackProps } from 'aws-cdk-lib/core';

/** The `Resource` of an EMR Serverless task: `arn:<partition>:states:::emr-serverless:<action>`. */
export function integrationResource(action: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::emr-serverless:${action}`]] };
}

/** An ARN in the stack's partition (`arn:` + partition + `rest`), as `normalize` flattens it. */
export function partitionArn(rest: string | unknown[]): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ...(Array.isArray(rest) ? rest : [rest])]] };
}

/** `arn:<partition>:emr-serverless:us-east-1:123456789012:/<path>`. */
export function emrServerlessArn(path: string): unknown {
  return partitionArn(`:emr-serverless:us-east-1:123456789012:/${path}`);
}

/** The statement for an EventBridge managed rule of `.sync`. */
export function eventsRuleStatement(rule: 'Application' | 'Job'): unknown {
  return {
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Effect: 'Allow',
    Resource: partitionArn(`:events:us-east-1:123456789012:rule/StepFunctionsGetEventsForEMRServerless${rule}Rule`),
  };
}

/** A stack in account 123456789012, us-east-1. */
export function newStack(props: StackProps = {}): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' }, ...props });
}

export const APPLICATION_ID = '00fkf6ppdq4vr0p9';
export const JOB_RUN_ID = '00fkf7aqe3q4k10a';
