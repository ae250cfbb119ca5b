// A .tsx file (parsed with JSX).
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';

export const Row = (props: { task: tasks.SnsPublish }) => <tr><td>{props.task.id}</td></tr>;
