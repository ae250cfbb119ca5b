import { App, Stack, type StackProps } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** A fresh app and stack. */
export function newStack(props: StackProps = {}): Stack {
  return new Stack(new App(), 'Orders', props);
}

/**
 * A task with a declared service result, as the cdk-stepfunctions task classes declare theirs: a Lambda invocation
 * rendered from an ARN, with no IAM (the tests of this package cannot depend on the task packages).
 */
export class InvokeTask extends sfn.TaskStateBase {
  /** @internal */
  declare readonly _serviceResult?: { Payload: unknown; StatusCode: number; ExecutedVersion?: string; FunctionError?: string };

  protected readonly taskMetrics = undefined;
  protected readonly taskPolicies = undefined;

  constructor(scope: Construct, id: string, private readonly props: sfn.TaskStateBaseProps & { functionArn: string; payloadResponseOnly?: boolean }) {
    super(scope, id, props);
  }

  /** @internal */
  protected _renderTask(): object {
    return this.props.payloadResponseOnly
      ? { Resource: this.props.functionArn }
      : { Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: this.props.functionArn, 'Payload.$': '$' } };
  }
}

/** A task whose result type is SNS's Publish response. */
export class PublishTask extends sfn.TaskStateBase {
  /** @internal */
  declare readonly _serviceResult?: { MessageId: string; SequenceNumber?: string };

  protected readonly taskMetrics = undefined;
  protected readonly taskPolicies = undefined;

  constructor(scope: Construct, id: string, private readonly topicArn: string, props: sfn.TaskStateBaseProps = {}) {
    super(scope, id, props);
  }

  /** @internal */
  protected _renderTask(): object {
    return { Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: this.topicArn, 'Message.$': '$.orderId' } };
  }
}
