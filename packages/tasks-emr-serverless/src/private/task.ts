import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/** The integration patterns every EMR Serverless task supports: the service integration has no callback form. */
export const SUPPORTED_INTEGRATION_PATTERNS: readonly sfn.IntegrationPattern[] = [
  sfn.IntegrationPattern.REQUEST_RESPONSE,
  sfn.IntegrationPattern.RUN_JOB,
];

/** The parameters of StartApplication, StopApplication and DeleteApplication: the application's ID alone. */
export interface ApplicationParameters {
  readonly ApplicationId: string;
}
