// Indented with tabs (some lines mix tabs and spaces): every edit lands on the code it rewrites.
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

export class Pipeline {
	readonly first: tasks.SqsSendMessage;

	constructor(scope: Construct, queue: import('aws-cdk-lib/aws-sqs').IQueue, fn: import('aws-cdk-lib/aws-lambda').IFunction) {
		this.first = new tasks.SqsSendMessage(scope, 'Enqueue', {
			queue,
			messageBody: sfn.TaskInput.fromText('	tab inside a string	'),
		});
	 	const note = `
		a template line that starts with tabs: ${tasks.SnsPublish.name}
	`;
		const chain = this.first
			.next(tasks.LambdaInvoke.jsonata(scope, 'Count', {
				lambdaFunction: fn,
				payload: sfn.TaskInput.fromText(`{% $count($states.input) %} ${note.length}`),
			}));
		void chain;
	}
}
