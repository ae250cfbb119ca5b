export * from './evaluate-expression';
