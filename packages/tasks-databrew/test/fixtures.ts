import { Fn } from 'aws-cdk-lib/core';
import * as databrew from 'aws-cdk-lib/aws-databrew';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** Where a DataBrew job name comes from in a test. */
export type NameKind = 'literal' | 'owned' | 'imported' | 'jsonPath' | 'jsonata';

/** A DataBrew job name of the given kind; `owned` creates a `CfnJob` under `scope` (its `ref` is the name). */
export function jobName(scope: Construct, kind: NameKind): string {
  switch (kind) {
    case 'literal': return 'databrew-job';
    case 'owned': return new databrew.CfnJob(scope, 'Job', {
      name: 'owned-job',
      roleArn: 'arn:aws:iam::123456789012:role/databrew',
      type: 'PROFILE',
      datasetName: 'dataset',
      outputLocation: { bucket: 'profiles' },
    }).ref;
    case 'imported': return Fn.importValue('DataBrewJobName');
    case 'jsonPath': return sfn.JsonPath.stringAt('$.job');
    case 'jsonata': return '{% $states.input.job %}';
  }
}
