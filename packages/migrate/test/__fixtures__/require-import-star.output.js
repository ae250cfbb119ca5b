"use strict";
// What tsc emits for `import * as tasks from …` with esModuleInterop: the require is wrapped in __importStar.
var __importStar = (this && this.__importStar) || function (mod) { return mod && mod.__esModule ? mod : { default: mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.notify = exports.enqueue = void 0;
const tslib_1 = require("tslib");
const sfn = __importStar(require("aws-cdk-lib/aws-stepfunctions"));
const { SqsSendMessage } = require("@cdk-stepfunctions/tasks-sqs");
function enqueue(scope, queue) {
    return new SqsSendMessage(scope, 'Enqueue', { queue, messageBody: sfn.TaskInput.fromJsonPathAt('$.body') });
}
exports.enqueue = enqueue;
// With importHelpers, the helper comes from tslib (newer tsc calls it through a comma expression).
const { SnsPublish } = require("@cdk-stepfunctions/tasks-sns");
const { LambdaInvoke } = require("@cdk-stepfunctions/tasks-lambda");
function notify(scope, topic, fn) {
    return new SnsPublish(scope, 'Notify', { topic, message: sfn.TaskInput.fromText('done') })
        .next(new LambdaInvoke(scope, 'Record', { lambdaFunction: fn }));
}
exports.notify = notify;
