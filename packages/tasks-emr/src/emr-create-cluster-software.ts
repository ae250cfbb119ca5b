/*
 * The nested types of EmrCreateCluster that describe the software of a cluster: applications, configuration
 * classifications, bootstrap actions and Kerberos attributes.
 *
 * They belong to the `EmrCreateCluster` namespace through module augmentation (see
 * emr-create-cluster-instances.ts).
 */
export {};

declare module './emr-create-cluster' {
  export namespace EmrCreateCluster {
    /**
     * An application for Amazon EMR to install on the cluster (releases 4.0 and later).
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Application.html
     */
    export interface ApplicationConfigProperty {
      /**
       * Information about a third-party application, for its vendor; for advanced users.
       *
       * @default - none
       */
      readonly additionalInfo?: { [key: string]: string };

      /**
       * Arguments Amazon EMR passes to the application.
       *
       * @default - none
       */
      readonly args?: string[];

      /**
       * The name of the application, such as `Spark` or `Hive` (case-insensitive).
       */
      readonly name: string;

      /**
       * The version of the application.
       *
       * @default - the version of the cluster's release
       */
      readonly version?: string;
    }

    /**
     * The script a bootstrap action runs, and its arguments.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScriptBootstrapActionConfig.html
     */
    export interface ScriptBootstrapActionConfigProperty {
      /**
       * Where the script is: an Amazon S3 location or a path on the instance.
       */
      readonly path: string;

      /**
       * The command-line arguments of the script.
       *
       * @default - none
       */
      readonly args?: string[];
    }

    /**
     * A bootstrap action: a script that runs on every node before Hadoop starts.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_BootstrapActionConfig.html
     */
    export interface BootstrapActionConfigProperty {
      /**
       * The name of the bootstrap action: up to 256 characters.
       */
      readonly name: string;

      /**
       * The script the bootstrap action runs.
       */
      readonly scriptBootstrapAction: ScriptBootstrapActionConfigProperty;
    }

    /**
     * A configuration classification: properties of an application's configuration files, and nested
     * classifications.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Configuration.html
     */
    export interface ConfigurationProperty {
      /**
       * The classification, such as `spark-defaults`.
       *
       * @default - none
       */
      readonly classification?: string;

      /**
       * The properties to set in the classification.
       *
       * @default - none
       */
      readonly properties?: { [key: string]: string };

      /**
       * Classifications nested in this one.
       *
       * @default - none
       */
      readonly configurations?: ConfigurationProperty[];
    }

    /**
     * Kerberos settings, for a cluster whose security configuration enables Kerberos authentication.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_KerberosAttributes.html
     */
    export interface KerberosAttributesProperty {
      /**
       * The Active Directory password of `adDomainJoinUser`.
       *
       * @default - none
       */
      readonly adDomainJoinPassword?: string;

      /**
       * An Active Directory user allowed to join resources to the domain, for a cross-realm trust with an Active
       * Directory domain.
       *
       * @default - none
       */
      readonly adDomainJoinUser?: string;

      /**
       * The cross-realm principal password, identical in both realms, for a cross-realm trust with a KDC in
       * another realm.
       *
       * @default - none
       */
      readonly crossRealmTrustPrincipalPassword?: string;

      /**
       * The password of the kadmin service of the cluster-dedicated KDC.
       *
       * @default - none
       */
      readonly kdcAdminPassword?: string;

      /**
       * The Kerberos realm of every node of the cluster, such as `EC2.INTERNAL`.
       */
      readonly realm: string;
    }
  }
}
