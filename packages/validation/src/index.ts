export type { ValidationProblem } from './problem';
export { validateDefinition, type ValidateDefinitionOptions } from './validate';
export { StateMachineValidator } from './state-machine-validator';
export { definitionFromCloudFormation } from './private/placeholders';
