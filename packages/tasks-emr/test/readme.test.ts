import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  ActionOnFailure,
  EmrAddStep,
  EmrCancelStep,
  EmrCreateCluster,
  EmrModifyInstanceFleetByName,
  EmrModifyInstanceGroupByName,
  EmrSetClusterTerminationProtection,
  EmrTerminateCluster,
} from '../src';

describe('README examples', () => {
  it('synthesize, one per class', () => {
    const stack = new Stack(new App(), 'Stack');

    const createCluster = new EmrCreateCluster(stack, 'Create cluster', {
      name: sfn.JsonPath.stringAt('$.clusterName'),
      releaseLabel: 'emr-7.9.0',
      applications: [{ name: 'Spark' }],
      instances: {
        instanceFleets: [{
          instanceFleetType: EmrCreateCluster.InstanceRoleType.MASTER,
          instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
          targetOnDemandCapacity: 1,
        }, {
          instanceFleetType: EmrCreateCluster.InstanceRoleType.CORE,
          instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }, { instanceType: 'm5a.xlarge' }],
          launchSpecifications: {
            spotSpecification: {
              allocationStrategy: EmrCreateCluster.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
              timeoutAction: EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND,
              timeout: Duration.minutes(10),
            },
          },
          targetSpotCapacity: 4,
        }],
      },
      ebsRootVolumeSize: Size.gibibytes(30),
      stepConcurrencyLevel: 4,
      autoTerminationPolicyIdleTimeout: Duration.hours(1),
      managedScalingPolicy: {
        computeLimits: {
          unitType: EmrCreateCluster.ComputeLimitsUnitType.INSTANCE_FLEET_UNITS,
          minimumCapacityUnits: 2,
          maximumCapacityUnits: 10,
        },
      },
      resultPath: '$.cluster',
    });

    const runSpark = EmrAddStep.jsonata(stack, 'Run Spark job', {
      clusterId: '{% $states.input.cluster.ClusterId %}',
      name: 'Aggregate',
      jar: 'command-runner.jar',
      args: ['spark-submit', '--deploy-mode', 'cluster', 's3://my-bucket/jobs/aggregate.py'],
      actionOnFailure: ActionOnFailure.CANCEL_AND_WAIT,
      executionRoleArn: '{% $states.input.runtimeRoleArn %}',
    });

    const cancelStep = new EmrCancelStep(stack, 'Cancel step', {
      clusterId: sfn.JsonPath.stringAt('$.cluster.ClusterId'),
      stepId: sfn.JsonPath.stringAt('$.step.StepId'),
    });

    const resizeFleet = new EmrModifyInstanceFleetByName(stack, 'Resize core fleet', {
      clusterId: sfn.JsonPath.stringAt('$.cluster.ClusterId'),
      instanceFleetName: 'CoreFleet',
      targetOnDemandCapacity: 2,
      targetSpotCapacity: sfn.JsonPath.numberAt('$.spotUnits'),
    });

    const resizeGroup = new EmrModifyInstanceGroupByName(stack, 'Resize task group', {
      clusterId: sfn.JsonPath.stringAt('$.cluster.ClusterId'),
      instanceGroupName: 'Task',
      instanceGroup: {
        instanceCount: 8,
        shrinkPolicy: { decommissionTimeout: Duration.minutes(10) },
      },
    });

    const unprotect = new EmrSetClusterTerminationProtection(stack, 'Allow termination', {
      clusterId: sfn.JsonPath.stringAt('$.cluster.ClusterId'),
      terminationProtected: false,
    });

    const terminate = new EmrTerminateCluster(stack, 'Terminate cluster', {
      clusterId: sfn.JsonPath.stringAt('$.cluster.ClusterId'),
    });

    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(
        createCluster.next(runSpark).next(cancelStep).next(resizeFleet).next(resizeGroup).next(unprotect).next(terminate),
      ),
    });
    const definition = JSON.stringify(Template.fromStack(stack).toJSON());
    for (const action of ['createCluster.sync', 'addStep.sync', 'cancelStep', 'modifyInstanceFleetByName', 'modifyInstanceGroupByName',
      'setClusterTerminationProtection', 'terminateCluster.sync']) {
      expect(definition).toContain(`:states:::elasticmapreduce:${action}`);
    }
    expect(() => createCluster.autoScalingRole).toThrow(/instance fleets/);
  });
});
