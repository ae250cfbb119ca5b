import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { GlueDataBrewStartJobRun } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');

    const profile = new GlueDataBrewStartJobRun(stack, 'Profile', {
      name: 'orders-profile',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    const clean = GlueDataBrewStartJobRun.jsonata(stack, 'Clean', {
      name: '{% $states.input.recipeJob %}',
    });

    const definition = definitionOf(profile.next(clean));
    expect(definition.States.Profile.Parameters).toEqual({ Name: 'orders-profile' });
    expect(definition.States.Clean.Arguments).toEqual({ Name: '{% $states.input.recipeJob %}' });
  });
});
