import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The kinds of queue an SqsSendMessage can target. */
export type QueueKind =
  | 'owned'
  | 'imported'
  | 'encrypted'
  | 'encryptedOwnKey'
  | 'kmsManaged'
  | 'sqsManaged'
  | 'importedEncrypted'
  | 'fifo'
  | 'fifoContentDedup'
  | 'importedFifo'
  | 'encryptedFifo';

export const IMPORTED_ARN = 'arn:aws:sqs:us-east-1:123456789012:imported';
export const IMPORTED_FIFO_ARN = 'arn:aws:sqs:us-east-1:123456789012:imported.fifo';
export const IMPORTED_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** Whether a queue of this kind is FIFO. */
export function isFifo(kind: QueueKind): boolean {
  return kind === 'fifo' || kind === 'fifoContentDedup' || kind === 'importedFifo' || kind === 'encryptedFifo';
}

/** A queue of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeQueue(scope: Construct, kind: QueueKind): sqs.IQueue {
  switch (kind) {
    case 'imported': return sqs.Queue.fromQueueArn(scope, 'Queue', IMPORTED_ARN);
    case 'importedFifo': return sqs.Queue.fromQueueArn(scope, 'Queue', IMPORTED_FIFO_ARN);
    case 'importedEncrypted': return sqs.Queue.fromQueueAttributes(scope, 'Queue', { queueArn: IMPORTED_ARN, keyArn: IMPORTED_KEY_ARN });
    case 'encrypted': return new sqs.Queue(scope, 'Queue', { encryption: sqs.QueueEncryption.KMS });
    case 'encryptedOwnKey': return new sqs.Queue(scope, 'Queue', { encryptionMasterKey: new kms.Key(scope, 'Key') });
    case 'kmsManaged': return new sqs.Queue(scope, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED });
    case 'sqsManaged': return new sqs.Queue(scope, 'Queue', { encryption: sqs.QueueEncryption.SQS_MANAGED });
    case 'fifo': return new sqs.Queue(scope, 'Queue', { fifo: true });
    case 'fifoContentDedup': return new sqs.Queue(scope, 'Queue', { fifo: true, contentBasedDeduplication: true });
    case 'encryptedFifo': return new sqs.Queue(scope, 'Queue', { fifo: true, encryptionMasterKey: new kms.Key(scope, 'Key') });
    default: return new sqs.Queue(scope, 'Queue');
  }
}
