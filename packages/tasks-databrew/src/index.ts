export * from './start-job-run';
