// Indented with tabs (some lines mix tabs and spaces): every edit lands on the code it rewrites.
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';
import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';
import type { Construct } from 'constructs';

export class Pipeline {
	readonly first: SqsSendMessage;

	constructor(scope: Construct, queue: import('aws-cdk-lib/aws-sqs').IQueue, fn: import('aws-cdk-lib/aws-lambda').IFunction) {
		this.first = new SqsSendMessage(scope, 'Enqueue', {
			queue,
			messageBody: sfn.TaskInput.fromText('	tab inside a string	'),
		});
	 	const note = `
		a template line that starts with tabs: ${SnsPublish.name}
	`;
		const chain = this.first
			.next(LambdaInvoke.jsonata(scope, 'Count', {
				lambdaFunction: fn,
				payload: sfn.TaskInput.fromText(`{% $count($states.input) %} ${note.length}`),
			}));
		void chain;
	}
}
