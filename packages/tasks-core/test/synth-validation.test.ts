import { App, Stack } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { validateAtSynth, validationError } from '../src';

describe('validateAtSynth', () => {
  it('reports the validation error when the app synthesizes, not before', () => {
    const app = new App();
    const scope = new Construct(new Stack(app, 'Stack'), 'Thing');
    validateAtSynth(scope, () => {
      throw validationError(scope, '`size` must be small, got 3');
    });
    expect(scope.node.validate()).toEqual(["Construct at 'Stack/Thing': `size` must be small, got 3"]);
    expect(() => app.synth()).toThrow(/`size` must be small, got 3/);
  });

  it('reports nothing when the check passes, and rethrows other errors', () => {
    const scope = new Construct(new Stack(new App(), 'Stack'), 'Thing');
    validateAtSynth(scope, () => undefined);
    expect(scope.node.validate()).toEqual([]);
    validateAtSynth(scope, () => {
      throw new TypeError('a bug');
    });
    expect(() => scope.node.validate()).toThrow(TypeError);
  });
});
