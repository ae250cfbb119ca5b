import type { IKey } from 'aws-cdk-lib/aws-kms';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

/**
 * The statement a task needs to send data to a resource that a service encrypts with the customer managed
 * KMS `key` (server-side encryption): `kms:GenerateDataKey*` to make the data key, `kms:Decrypt` to reuse it.
 *
 * An encrypted SNS topic needs it of each publisher, an encrypted SQS queue of each sender.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html
 */
export function kmsDataKeyStatement(key: IKey): PolicyStatement {
  return new PolicyStatement({
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: [key.keyArn],
  });
}
