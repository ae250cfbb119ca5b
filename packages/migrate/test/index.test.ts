import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/migrate', () => {
  it('exports the command, the migration of a folder and of a text, and the symbol map', () => {
    expect(Object.keys(api).sort()).toEqual([
      'TASKS_MODULE',
      'V1_REPLACEMENTS',
      'addDependencies',
      'detectInstall',
      'findSourceFiles',
      'formatProblem',
      'isSourceFile',
      'loadSymbolMap',
      'migrate',
      'nearestPackageJson',
      'runCommand',
      'transformSource',
    ]);
    expect(api.TASKS_MODULE).toBe('aws-cdk-lib/aws-stepfunctions-tasks');
  });
});
