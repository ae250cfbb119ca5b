export * from './schedule';
export * from './eventbridge-scheduler-types';
export * from './create-schedule';
