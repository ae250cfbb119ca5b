import type { IConstruct } from 'constructs';
import { TaskErrors } from './errors';

/**
 * Runs `check` when the app synthesizes rather than now: a validation error it throws becomes one of the construct's
 * validation errors, which `app.synth()` (and so `cdk synth`) reports before anything deploys.
 *
 * For checks of values the service would reject where the task can still be built and rendered, the way aws-cdk-lib
 * reports its own constructs' validations; a check whose input makes the task itself meaningless throws at
 * construction instead.
 */
export function validateAtSynth(scope: IConstruct, check: () => void): void {
  scope.node.addValidation({
    validate: () => {
      try {
        check();
        return [];
      } catch (e) {
        if (TaskErrors.isValidationError(e)) return [(e as Error).message];
        throw e;
      }
    },
  });
}
