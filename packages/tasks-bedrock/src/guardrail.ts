import { Token } from 'aws-cdk-lib/core';
import { describeValue, isDynamic, validationError } from '@cdk-stepfunctions/tasks-core';

/** A guardrail ID: lower-case letters and digits. */
const GUARDRAIL_ID = /^[a-z0-9]+$/;
/** A guardrail ARN, `arn:<partition>:bedrock:<region>:<account>:guardrail/<id>`. */
const GUARDRAIL_ARN = /^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/([^/]*)$/;

/**
 * The guardrail a BedrockInvokeModel task applies to the model's input and output.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html
 */
export class Guardrail {
  /**
   * Applies a numbered version of a guardrail.
   *
   * @param identifier the guardrail's ID or ARN (up to 2048 characters); may be a JSONPath or JSONata expression.
   * @param version the guardrail version, from 1 to 99999999.
   */
  public static enable(identifier: string, version: number): Guardrail {
    if (!Token.isUnresolved(version) && (!Number.isInteger(version) || version < 1 || version > 99999999)) {
      throw validationError('Guardrail', `\`version\` must be an integer from 1 to 99999999, got ${describeValue(version)}`);
    }
    return Guardrail.of(identifier, version.toString());
  }

  /**
   * Applies the working draft (`DRAFT`) of a guardrail.
   *
   * @param identifier the guardrail's ID or ARN (up to 2048 characters); may be a JSONPath or JSONata expression.
   */
  public static enableDraft(identifier: string): Guardrail {
    return Guardrail.of(identifier, 'DRAFT');
  }

  /** A checked guardrail of `identifier` and `version`. */
  private static of(identifier: string, version: string): Guardrail {
    validateGuardrailIdentifier(identifier);
    return Object.assign(new Guardrail(), { guardrailIdentifier: identifier, guardrailVersion: version });
  }

  /**
   * The ID or ARN of the guardrail.
   */
  public readonly guardrailIdentifier!: string;

  /**
   * The version of the guardrail: a number, or `DRAFT`.
   */
  public readonly guardrailVersion!: string;

  private constructor() {}
}

/**
 * Throws unless a static guardrail identifier is a guardrail ID (lower-case letters and digits) or a guardrail ARN
 * with such an ID, at most 2048 characters long.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
 */
function validateGuardrailIdentifier(identifier: string): void {
  if (isDynamic(identifier)) return;
  if (identifier.length > 2048) {
    throw validationError('Guardrail', `\`guardrailIdentifier\` must be at most 2048 characters long, got ${identifier.length} characters`);
  }
  if (identifier.startsWith('arn:')) {
    const arn = GUARDRAIL_ARN.exec(identifier);
    if (!arn || !GUARDRAIL_ID.test(arn[2])) {
      throw validationError('Guardrail', '`guardrailIdentifier` must be a guardrail ARN ' +
        `\`arn:<partition>:bedrock:<region>:<account>:guardrail/<guardrail-id>\` whose ID has only lower-case letters and digits, got ${describeValue(identifier)}`);
    }
    return;
  }
  if (!GUARDRAIL_ID.test(identifier)) {
    throw validationError('Guardrail', `\`guardrailIdentifier\` must be a guardrail ID of lower-case letters and digits, or a guardrail ARN, got ${describeValue(identifier)}`);
  }
}
