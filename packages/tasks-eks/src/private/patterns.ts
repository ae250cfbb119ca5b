import { IntegrationPattern } from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The patterns of the Amazon EKS API integrations: Request Response and Run a Job (`.sync`); EKS has no callback
 * integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export const SUPPORTED_EKS_API_PATTERNS: readonly IntegrationPattern[] = [
  IntegrationPattern.REQUEST_RESPONSE,
  IntegrationPattern.RUN_JOB,
];

/** The service the EKS integrations pass roles to (`iam:PassedToService`). */
export const EKS_SERVICE_PRINCIPAL = 'eks.amazonaws.com';
