import { App, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { eventsManagedRuleStatement, passRoleStatement } from '../src';

describe('IAM helpers', () => {
  it('grants the EventBridge managed rule a .sync integration needs, in the stack partition, region and account', () => {
    const stack = new Stack(new App(), 'Stack');
    const statement = eventsManagedRuleStatement(stack, 'StepFunctionsGetEventsForECSTaskRule');
    expect(stack.resolve(statement.toStatementJson())).toEqual({
      Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      Effect: 'Allow',
      Resource: {
        'Fn::Join': ['', [
          'arn:', { Ref: 'AWS::Partition' }, ':events:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' },
          ':rule/StepFunctionsGetEventsForECSTaskRule',
        ]],
      },
    });
  });

  it('passes roles, optionally only to one service', () => {
    const stack = new Stack(new App(), 'Stack');
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/r');
    expect(stack.resolve(passRoleStatement([role]).toStatementJson())).toEqual({
      Action: 'iam:PassRole',
      Effect: 'Allow',
      Resource: 'arn:aws:iam::123456789012:role/r',
    });
    expect(stack.resolve(passRoleStatement([role], 'ecs-tasks.amazonaws.com').toStatementJson())).toMatchObject({
      Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
  });
});
