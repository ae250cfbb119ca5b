export * from './dynamodb-types';
export { DynamoAttributeValue } from './attribute-value';
export * from './get-item';
export * from './put-item';
export * from './update-item';
export * from './delete-item';
