import { Fn } from 'aws-cdk-lib/core';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** Where a job or crawler name comes from in a test. */
export type NameKind = 'literal' | 'owned' | 'imported' | 'jsonPath' | 'jsonata';

/** The kinds whose value is only known when the state runs (the IAM resource becomes `*`). */
export const RUNTIME_NAMES: readonly NameKind[] = ['jsonPath', 'jsonata'];

/** A Glue job name of the given kind; `owned` creates a `CfnJob` under `scope`. */
export function jobName(scope: Construct, kind: NameKind): string {
  switch (kind) {
    case 'literal': return 'GlueJob';
    case 'owned': return new glue.CfnJob(scope, 'Job', {
      command: { name: 'glueetl', scriptLocation: 's3://scripts/job.py' },
      role: 'arn:aws:iam::123456789012:role/glue',
    }).ref;
    case 'imported': return Fn.importValue('GlueJobName');
    case 'jsonPath': return sfn.JsonPath.stringAt('$.job');
    case 'jsonata': return '{% $states.input.job %}';
  }
}

/** A Glue crawler name of the given kind; `owned` creates a `CfnCrawler` under `scope`. */
export function crawlerName(scope: Construct, kind: NameKind): string {
  switch (kind) {
    case 'literal': return 'GlueCrawler';
    case 'owned': return new glue.CfnCrawler(scope, 'Crawler', {
      role: 'arn:aws:iam::123456789012:role/crawler',
      targets: { s3Targets: [{ path: 's3://data/raw' }] },
    }).ref;
    case 'imported': return Fn.importValue('GlueCrawlerName');
    case 'jsonPath': return sfn.JsonPath.stringAt('$.crawler');
    case 'jsonata': return '{% $states.input.crawler %}';
  }
}

/** The IAM statements of a snapshot whose runtime Glue resource name aws-cdk-lib put into the ARN, as `*`. */
export function runtimeNameAsWildcard(s: string): string {
  return s.replace(/:(job|crawler)\/(\$.*|\{%[\s\S]*%\})$/, ':$1/*');
}
