export * from './athena-types';
export * from './start-query-execution';
export * from './get-query-execution';
export * from './get-query-results';
export * from './stop-query-execution';
