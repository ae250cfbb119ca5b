// Several declarators in one statement: only the module's goes.
var path = require('path'), tasks = require('aws-cdk-lib/aws-stepfunctions-tasks'), sfn = require('aws-cdk-lib/aws-stepfunctions');
let { EvaluateExpression } = require('aws-cdk-lib/aws-stepfunctions-tasks'), other = 1;

exports.build = (scope) => [
  new tasks.EventBridgePutEvents(scope, 'Put', { entries: [] }),
  new EvaluateExpression(scope, 'Eval', { expression: '$.a + $.b' }),
  sfn, path, other,
];
