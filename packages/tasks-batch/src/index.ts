export * from './batch-types';
export * from './submit-job';
