import type { IConstruct } from 'constructs';
import { validateStringLength, validateStringPattern } from './validate';

/**
 * Throws unless the static `value` of `prop` is a valid SNS/SQS FIFO message group or deduplication id:
 * 1 to 128 of a-z, A-Z, 0-9 and punctuation ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`` (printable ASCII, no space).
 * JSON paths, JSONata expressions and tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
export function validateMessageGroupingId(scope: IConstruct, prop: string, value: string | undefined): void {
  validateStringLength(scope, prop, value, 1, 128);
  validateStringPattern(scope, prop, value, /^[\x21-\x7E]*$/,
    'a-z, A-Z, 0-9 and punctuation (printable ASCII without spaces)');
}
