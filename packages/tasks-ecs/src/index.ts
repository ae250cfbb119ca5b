export * from './run-task';
export * from './launch-targets';
export * from './ecs-types';
