export * from './task-state-base';
export * from './errors';
export * from './integration-pattern';
export * from './validate';
export * from './iam';
export * from './kms';
export * from './fifo';
export * from './runtime-value';
