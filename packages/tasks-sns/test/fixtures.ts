import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/** The kinds of topic an SnsPublish can target. */
export type TopicKind =
  | 'owned'
  | 'imported'
  | 'encrypted'
  | 'importedEncrypted'
  | 'fifo'
  | 'fifoContentDedup'
  | 'importedFifo'
  | 'encryptedFifo';

export const IMPORTED_ARN = 'arn:aws:sns:us-east-1:123456789012:imported';
export const IMPORTED_FIFO_ARN = 'arn:aws:sns:us-east-1:123456789012:imported.fifo';
export const IMPORTED_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** Whether a topic of this kind is encrypted with a customer managed key. */
export function isEncrypted(kind: TopicKind): boolean {
  return kind === 'encrypted' || kind === 'importedEncrypted' || kind === 'encryptedFifo';
}

/** Whether a topic of this kind is FIFO and needs group (and maybe deduplication) ids. */
export function isFifo(kind: TopicKind): boolean {
  return kind === 'fifo' || kind === 'fifoContentDedup' || kind === 'importedFifo' || kind === 'encryptedFifo';
}

/** A topic of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeTopic(scope: Construct, kind: TopicKind): sns.ITopic {
  switch (kind) {
    case 'imported': return sns.Topic.fromTopicArn(scope, 'Topic', IMPORTED_ARN);
    case 'importedFifo': return sns.Topic.fromTopicArn(scope, 'Topic', IMPORTED_FIFO_ARN);
    case 'importedEncrypted': return sns.Topic.fromTopicAttributes(scope, 'Topic', { topicArn: IMPORTED_ARN, keyArn: IMPORTED_KEY_ARN });
    case 'encrypted': return new sns.Topic(scope, 'Topic', { masterKey: new kms.Key(scope, 'Key') });
    case 'fifo': return new sns.Topic(scope, 'Topic', { fifo: true });
    case 'fifoContentDedup': return new sns.Topic(scope, 'Topic', { fifo: true, contentBasedDeduplication: true });
    case 'encryptedFifo': return new sns.Topic(scope, 'Topic', { fifo: true, masterKey: new kms.Key(scope, 'Key') });
    default: return new sns.Topic(scope, 'Topic');
  }
}
