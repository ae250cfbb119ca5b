import type * as iam from 'aws-cdk-lib/aws-iam';

/**
 * A SageMaker task, as seen by the S3 locations, Docker images and container definitions it uses: the principal
 * they grant access to (the role SageMaker assumes to run the job or host the model).
 */
export interface ISageMakerTask extends iam.IGrantable {}
