// A .tsx file (parsed with JSX).
import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';

export const Row = (props: { task: SnsPublish }) => <tr><td>{props.task.id}</td></tr>;
