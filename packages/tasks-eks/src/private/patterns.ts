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

/**
 * What a Fargate profile task's state receives (the result shape of typed test mocks): the profile, or with `.sync`
 * the finished job as the service describes it (any fields).
 */
export type FargateProfileResult =
  | {
    FargateProfile: {
      FargateProfileName?: string; FargateProfileArn?: string; ClusterName?: string; Status?: string;
      [field: string]: unknown;
    };
  }
  | { [field: string]: unknown };
