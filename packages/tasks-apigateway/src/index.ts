export * from './base-types';
export * from './call-rest-api';
export * from './call-http-api';
