import type * as kms from 'aws-cdk-lib/aws-kms';

/**
 * The key of an encrypted topic that an IAM policy can name, or undefined when there is none to name.
 *
 * A key (owned or imported by ARN) is itself. An alias is not: KMS matches the key's ARN, not an alias ARN, in the
 * `Resource` of a statement on `kms:Decrypt` or `kms:GenerateDataKey*`, so an alias stands for the key it targets
 * when that is known (`new kms.Alias(…)`, `Alias.fromAliasAttributes(…)`). An alias imported by name only
 * (`Alias.fromAliasName(…)`, e.g. `alias/aws/sns`, the AWS managed key whose key policy already lets the account
 * publish through SNS) names no key here, as `topic.grantPublish()` grants it nothing either.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/alias-authorization.html
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
 */
export function keyForPolicy(key: kms.IKey): kms.IKey | undefined {
  if (!isAlias(key)) return key;
  try {
    return key.aliasTargetKey;
  } catch {
    // An alias imported by name: its target key is unknown.
    return undefined;
  }
}

function isAlias(key: kms.IKey): key is kms.IAlias {
  return 'aliasName' in key && 'aliasTargetKey' in key;
}
