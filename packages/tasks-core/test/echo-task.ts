import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { TaskStateBase, integrationResourceArn } from '../src';

/** Props of the minimal task the tests build. */
export interface EchoTaskProps extends sfn.TaskStateBaseProps {
  /** The message: text, a JSONata expression or a JsonPath reference. @default - `$.message` */
  readonly message?: string;
}

/** A minimal task: what a service package writes. */
export class EchoTask extends TaskStateBase {
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: EchoTaskProps) {
    super(scope, id, props);
    this.taskPolicies = [new iam.PolicyStatement({ actions: ['echo:Say'], resources: ['*'] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const jsonata = queryLanguage === sfn.QueryLanguage.JSONATA;
    return {
      Resource: integrationResourceArn('echo', 'say'),
      ...this.renderInput({ Message: this.props.message ?? (jsonata ? '{% $states.input.message %}' : sfn.JsonPath.stringAt('$.message')) }, queryLanguage),
    };
  }
}
