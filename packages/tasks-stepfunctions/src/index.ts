export * from './start-execution';
export * from './invoke-activity';
