/*
 * The nested types of EmrCreateCluster that describe instance fleets: their instance types and their On-Demand
 * and Spot launch specifications.
 *
 * They belong to the `EmrCreateCluster` namespace through module augmentation (see
 * emr-create-cluster-instances.ts).
 */
import type { Duration } from 'aws-cdk-lib/core';

declare module './emr-create-cluster' {
  export namespace EmrCreateCluster {
    /**
     * An instance fleet of the cluster: several instance types and target On-Demand and Spot capacities.
     *
     * At least one target capacity must be greater than 0; a MASTER fleet sets exactly one of them, to 1.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetConfig.html
     */
    export interface InstanceFleetConfigProperty {
      /**
       * The role of the nodes of the fleet.
       */
      readonly instanceFleetType: InstanceRoleType;

      /**
       * The instance types Amazon EMR may provision for the fleet.
       *
       * @default - none
       */
      readonly instanceTypeConfigs?: InstanceTypeConfigProperty[];

      /**
       * How the fleet provisions On-Demand and Spot instances.
       *
       * @default - the launch behavior Amazon EMR chooses
       */
      readonly launchSpecifications?: InstanceFleetProvisioningSpecificationsProperty;

      /**
       * A name of the fleet; `EmrModifyInstanceFleetByName` finds the fleet by it, so keep it unique.
       *
       * @default - none
       */
      readonly name?: string;

      /**
       * The On-Demand capacity to provision, in units of `weightedCapacity`: a whole number, 0 or more.
       *
       * Set this, `targetSpotCapacity` or both; for a MASTER fleet, exactly one of them, to 1.
       *
       * @default - no On-Demand capacity
       */
      readonly targetOnDemandCapacity?: number;

      /**
       * The Spot capacity to provision, in units of `weightedCapacity`: a whole number, 0 or more.
       *
       * Set this, `targetOnDemandCapacity` or both; for a MASTER fleet, exactly one of them, to 1.
       *
       * @default - no Spot capacity
       */
      readonly targetSpotCapacity?: number;
    }

    /**
     * An instance type an instance fleet may provision.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
     */
    export interface InstanceTypeConfigProperty {
      /**
       * The highest hourly price, in USD, to pay for each Spot instance of this type. Not with
       * `bidPriceAsPercentageOfOnDemandPrice`.
       *
       * @default - none
       */
      readonly bidPrice?: string;

      /**
       * The highest price for each Spot instance of this type, as a percentage (0 or more) of the On-Demand price.
       * Not with `bidPrice`.
       *
       * @default - none
       */
      readonly bidPriceAsPercentageOfOnDemandPrice?: number;

      /**
       * Configuration classifications for the applications on the instances of this type.
       *
       * @default - none
       */
      readonly configurations?: ConfigurationProperty[];

      /**
       * The EBS volumes attached to each instance of this type.
       *
       * @default - none
       */
      readonly ebsConfiguration?: EbsConfigurationProperty;

      /**
       * The EC2 instance type.
       */
      readonly instanceType: string;

      /**
       * The priority of this type under the `PRIORITIZED` On-Demand allocation strategy: 0 or more, 0 first.
       * Only allowed with that strategy.
       *
       * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
       * @default - no priority
       */
      readonly priority?: number;

      /**
       * How many units of the fleet's target capacities an instance of this type counts for: a whole number, 0
       * or more.
       *
       * @default - 1
       */
      readonly weightedCapacity?: number;
    }

    /**
     * How an instance fleet provisions On-Demand instances.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_OnDemandProvisioningSpecification.html
     */
    export interface OnDemandProvisioningSpecificationProperty {
      /**
       * How the fleet chooses On-Demand instance types.
       */
      readonly allocationStrategy: OnDemandAllocationStrategy;
    }

    /**
     * How an instance fleet provisions Spot instances, and what it does when they take too long.
     *
     * Set exactly one of `timeout` and `timeoutDurationMinutes`.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
     */
    export interface SpotProvisioningSpecificationProperty {
      /**
       * How the fleet chooses Spot instance pools.
       *
       * @default - by current price only
       */
      readonly allocationStrategy?: SpotAllocationStrategy;

      /**
       * The defined duration of Spot instances (Spot blocks), in minutes.
       *
       * @default - none
       * @deprecated Spot blocks are no longer offered by Amazon EC2.
       */
      readonly blockDurationMinutes?: number;

      /**
       * What to do when the Spot capacity is not provisioned within the timeout.
       */
      readonly timeoutAction: SpotTimeoutAction;

      /**
       * How long to wait for Spot capacity, in minutes: 5 to 1440.
       *
       * @default - `timeout` is used
       * @deprecated use `timeout`.
       */
      readonly timeoutDurationMinutes?: number;

      /**
       * How long to wait for Spot capacity: 5 to 1440 whole minutes.
       *
       * @default - `timeoutDurationMinutes` is used
       */
      readonly timeout?: Duration;
    }

    /**
     * How an instance fleet provisions On-Demand and Spot instances (releases 5.12.1 and later for allocation
     * strategies).
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetProvisioningSpecifications.html
     */
    export interface InstanceFleetProvisioningSpecificationsProperty {
      /**
       * How the fleet provisions On-Demand instances.
       *
       * @default - the default On-Demand launch behavior
       */
      readonly onDemandSpecification?: OnDemandProvisioningSpecificationProperty;

      /**
       * How the fleet provisions Spot instances.
       *
       * @default - the default Spot launch behavior
       */
      readonly spotSpecification?: SpotProvisioningSpecificationProperty;
    }
  }
}
