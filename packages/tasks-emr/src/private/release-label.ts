import type { IConstruct } from 'constructs';
import { describeValue, isDynamic, validationError } from '@cdk-stepfunctions/tasks-core';

/*
 * Amazon EMR release labels, `emr-<major>.<minor>.<patch>`, and the features that need a minimum release.
 */

/** A release as three numbers. */
export type ReleaseVersion = readonly [major: number, minor: number, patch: number];

const RELEASE_LABEL = /^emr-(\d+)\.(\d+)\.(\d+)$/;

/**
 * The version of a static release label; undefined when there is none or it is only known at deploy or run time
 * (a token, JSONPath or JSONata value). Throws when a static label is not `emr-x.y.z`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-release-components.html
 */
export function releaseVersion(scope: IConstruct, releaseLabel: string | undefined): ReleaseVersion | undefined {
  if (releaseLabel === undefined || isDynamic(releaseLabel)) return undefined;
  const match = RELEASE_LABEL.exec(releaseLabel);
  if (!match) {
    throw validationError(scope, `\`releaseLabel\` must be an Amazon EMR release label 'emr-x.y.z' such as 'emr-7.9.0', got ${describeValue(releaseLabel)}`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Throws when `version` is known and older than `minimum`, naming the prop that needs the newer release. */
export function requireRelease(
  scope: IConstruct,
  version: ReleaseVersion | undefined,
  minimum: ReleaseVersion,
  prop: string,
  releaseLabel: string | undefined,
): void {
  if (version === undefined || compare(version, minimum) >= 0) return;
  throw validationError(scope, `\`releaseLabel\` must be emr-${minimum.join('.')} or later to set ${prop}, got ${describeValue(releaseLabel)}`);
}

function compare(a: ReleaseVersion, b: ReleaseVersion): number {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
