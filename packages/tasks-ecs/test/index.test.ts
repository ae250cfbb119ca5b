import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-ecs', () => {
  it('exports the task, its launch targets and capacity provider options', () => {
    expect(Object.keys(api).sort()).toEqual(['CapacityProviderOptions', 'EcsEc2LaunchTarget', 'EcsFargateLaunchTarget', 'EcsRunTask']);
    expect(typeof api.EcsRunTask.jsonata).toBe('function');
    expect(typeof api.EcsRunTask.jsonPath).toBe('function');
  });
});
