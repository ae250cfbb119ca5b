export * from './publish';
export * from './sns-types';
