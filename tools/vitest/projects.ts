// Every test project of the workspace, read by tools/vitest/root.config.ts.
export const projects = [
  'packages/tasks-core',
  'packages/tasks-lambda',
  'packages/tasks-sns',
  'packages/tasks-sqs',
  'packages/tasks-stepfunctions',
  'packages/tasks-eventbridge',
  'packages/tasks-eventbridge-scheduler',
  'packages/tasks-http',
  'packages/tasks-apigateway',
  'packages/tasks-aws-sdk',
  'packages/tasks-evaluate-expression',
  'tools',
];