export * from './call-aws-service';
export * from './call-aws-service-cross-region';
