import type { IConstruct } from 'constructs';
import {
  describeValue,
  isDynamic,
  validateItemCount,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type {
  CustomModelTag,
  DataBucketConfiguration,
  IBedrockCreateModelCustomizationJobVpcConfig,
  ValidationBucketConfiguration,
} from '../model-customization-types';

/** The props of a model customization job that are checked. */
export interface CheckedCustomizationProps {
  readonly clientRequestToken?: string;
  readonly customModelName: string;
  readonly customModelTags?: CustomModelTag[];
  readonly hyperParameters?: { [key: string]: string };
  readonly jobName: string;
  readonly jobTags?: CustomModelTag[];
  readonly outputData: DataBucketConfiguration;
  readonly trainingData: DataBucketConfiguration;
  readonly validationData?: ValidationBucketConfiguration[];
  readonly vpcConfig?: IBedrockCreateModelCustomizationJobVpcConfig;
}

const CLIENT_REQUEST_TOKEN = /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?$/;
const CUSTOM_MODEL_NAME = /^([0-9a-zA-Z][_-]?)+$/;
const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9+\-.])*$/;
const TAG_TEXT = /^[a-zA-Z0-9\s._:/=+@-]*$/;
/** The path part of an S3 URI the API accepts: `/`-separated segments of letters, digits and `-!_*'().`. */
const S3_PATH = /^[-!_*'().a-zA-Z0-9]+(\/[-!_*'().a-zA-Z0-9]+)*\/?$/;

/**
 * Checks a model customization job's props against CreateModelCustomizationJob's documented lengths, patterns and
 * counts; JSONPath and JSONata values and tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html
 */
export function validateCustomizationJob(scope: IConstruct, props: CheckedCustomizationProps): void {
  validateStringLength(scope, 'clientRequestToken', props.clientRequestToken, 1, 256);
  validateStringPattern(scope, 'clientRequestToken', props.clientRequestToken, CLIENT_REQUEST_TOKEN,
    'letters, digits and hyphens, starting and ending with a letter or digit');
  validateStringLength(scope, 'customModelName', props.customModelName, 1, 63);
  validateStringPattern(scope, 'customModelName', props.customModelName, CUSTOM_MODEL_NAME,
    'letters and digits, each followed by at most one `-` or `_`');
  validateStringLength(scope, 'jobName', props.jobName, 1, 63);
  validateStringPattern(scope, 'jobName', props.jobName, JOB_NAME,
    'a letter or digit followed by letters, digits, `+`, `-` and `.`');
  validateTags(scope, 'customModelTags', props.customModelTags);
  validateTags(scope, 'jobTags', props.jobTags);
  validateItemCount(scope, 'validationData', props.validationData, 1, 10);
  validateItemCount(scope, 'vpcConfig.securityGroups', props.vpcConfig?.securityGroups, 1, 5);
  validateItemCount(scope, 'vpcConfig.subnets', props.vpcConfig?.subnets, 1, 16);
  validatePath(scope, 'trainingData.path', props.trainingData.path);
  validatePath(scope, 'outputData.path', props.outputData.path);
  props.validationData?.forEach((data, i) => validatePath(scope, `validationData[${i}].path`, data?.path));
  if (props.validationData === undefined && props.hyperParameters?.['Evaluation percentage'] === undefined) {
    throw validationError(scope, '`validationData` or the `Evaluation percentage` hyperparameter must be set, so the ' +
      'job can validate the model, got neither');
  }
}

/** Throws unless `tags` number at most 200, each key 1 to 128 and each value up to 256 allowed characters. */
function validateTags(scope: IConstruct, prop: string, tags: CustomModelTag[] | undefined): void {
  validateItemCount(scope, prop, tags, 0, 200);
  tags?.forEach((tag, i) => {
    validateStringLength(scope, `${prop}[${i}].key`, tag.key, 1, 128);
    validateStringLength(scope, `${prop}[${i}].value`, tag.value, 0, 256);
    validateStringPattern(scope, `${prop}[${i}].key`, tag.key, TAG_TEXT, 'letters, digits, white space and `._:/=+@-`');
    validateStringPattern(scope, `${prop}[${i}].value`, tag.value, TAG_TEXT, 'letters, digits, white space and `._:/=+@-`');
  });
}

/**
 * Throws unless a static S3 path is made of segments the API's S3 URIs accept. The bucket's `s3UrlForObject()` drops
 * one leading `/`, and an empty key names the bucket itself (`s3://bucket/`), which the API accepts.
 */
function validatePath(scope: IConstruct, prop: string, path: string | undefined): void {
  if (path === undefined || isDynamic(path)) return;
  const key = path.startsWith('/') ? path.slice(1) : path;
  if (key !== '' && !S3_PATH.test(key)) {
    throw validationError(scope, `\`${prop}\` must be an S3 key of \`/\`-separated segments of letters, digits and \`-!_*'().\` ` +
      `(one leading \`/\` is dropped), got ${describeValue(path)}`);
  }
  if (path.length > 1000) {
    throw validationError(scope, `\`${prop}\` must be at most 1000 characters long, got ${path.length} characters (${describeValue(path.slice(0, 20))}…)`);
  }
}
