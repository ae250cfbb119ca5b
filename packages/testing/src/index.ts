export { runDefinition, DEFAULT_START_TIME } from './run-definition';
export type { HistoryEvent, Mock, MockFunction, MockResponse, Run, RunOptions, RunStatus, TaskCall } from './types';
export { DefinitionError } from './engine/definition';
export { StatesErrors, MOCK_MISSING } from './engine/errors';
