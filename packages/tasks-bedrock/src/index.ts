export * from './guardrail';
export * from './invoke-model';
export * from './model-customization-types';
export * from './create-model-customization-job';
