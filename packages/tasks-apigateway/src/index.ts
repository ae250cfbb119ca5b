export * from './base-types';
export * from './base';
export * from './call-rest-api';
export * from './call-http-api';
