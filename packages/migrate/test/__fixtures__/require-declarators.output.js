// Several declarators in one statement: only the module's goes.
var path = require('path'), sfn = require('aws-cdk-lib/aws-stepfunctions');
var { EventBridgePutEvents } = require('@cdk-stepfunctions/tasks-eventbridge');
let other = 1;
let { EvaluateExpression } = require('@cdk-stepfunctions/tasks-evaluate-expression');

exports.build = (scope) => [
  new EventBridgePutEvents(scope, 'Put', { entries: [] }),
  new EvaluateExpression(scope, 'Eval', { expression: '$.a + $.b' }),
  sfn, path, other,
];
