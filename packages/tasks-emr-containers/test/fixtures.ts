import { App, Stack, type StackProps } from 'aws-cdk-lib/core';

/** The `Resource` of an EMR on EKS task: `arn:<partition>:states:::emr-containers:<action>`. */
export function integrationResource(action: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::emr-containers:${action}`]] };
}

/** An ARN in the stack's partition (`arn:` + partition + `rest`), as `normalize` flattens it. */
export function partitionArn(rest: string | unknown[]): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ...(Array.isArray(rest) ? rest : [rest])]] };
}

/** The ARN of a virtual cluster (or `*`), with the stack's region and account literal. */
export function virtualClusterArn(idAndSuffix: string): unknown {
  return partitionArn(`:emr-containers:us-east-1:123456789012:/virtualclusters/${idAndSuffix}`);
}

/** A stack in account 123456789012, us-east-1. */
export function newStack(props: StackProps = {}): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' }, ...props });
}
