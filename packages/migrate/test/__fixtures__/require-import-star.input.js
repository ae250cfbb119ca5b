"use strict";
// What tsc emits for `import * as tasks from …` with esModuleInterop: the require is wrapped in __importStar.
var __importStar = (this && this.__importStar) || function (mod) { return mod && mod.__esModule ? mod : { default: mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.notify = exports.enqueue = void 0;
const tslib_1 = require("tslib");
const sfn = __importStar(require("aws-cdk-lib/aws-stepfunctions"));
const tasks = __importStar(require("aws-cdk-lib/aws-stepfunctions-tasks"));
function enqueue(scope, queue) {
    return new tasks.SqsSendMessage(scope, 'Enqueue', { queue, messageBody: sfn.TaskInput.fromJsonPathAt('$.body') });
}
exports.enqueue = enqueue;
// With importHelpers, the helper comes from tslib (newer tsc calls it through a comma expression).
const sns_tasks = tslib_1.__importStar(require("aws-cdk-lib/aws-stepfunctions-tasks"));
const lambda_tasks = (0, tslib_1.__importStar)(require("aws-cdk-lib/aws-stepfunctions-tasks"));
function notify(scope, topic, fn) {
    return new sns_tasks.SnsPublish(scope, 'Notify', { topic, message: sfn.TaskInput.fromText('done') })
        .next(new lambda_tasks.LambdaInvoke(scope, 'Record', { lambdaFunction: fn }));
}
exports.notify = notify;
