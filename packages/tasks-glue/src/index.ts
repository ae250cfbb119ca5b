export * from './glue-types';
export * from './start-job-run';
export * from './start-crawler-run';
