export * from './emr-create-cluster';
export * from './emr-create-cluster-props';
export * from './emr-set-cluster-termination-protection';
export * from './emr-terminate-cluster';
export * from './emr-add-step';
export * from './emr-cancel-step';
export * from './emr-modify-instance-fleet-by-name';
export * from './emr-modify-instance-group-by-name';
