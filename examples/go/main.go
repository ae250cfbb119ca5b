// A CDK app in Go with a LambdaInvoke task from the Go module jsii-pacmak generated for tasks-lambda (which
// brings tasks-core's). `npm test` builds it: `go build` compiles both generated modules.
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-stepfunctions/cdk-stepfunctions-go/taskscore"
	"github.com/cdk-stepfunctions/cdk-stepfunctions-go/taskslambda"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Stack"), nil)
	fn := awslambda.NewFunction(stack, jsii.String("Fn"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_LATEST(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String("exports.handler = async () => ({});")),
	})
	invoke := taskslambda.LambdaInvoke_JsonPath(stack, jsii.String("Invoke"), &taskslambda.LambdaInvokeJsonPathProps{
		LambdaFunction:      fn,
		PayloadResponseOnly: jsii.Bool(true),
		ResultPath:          jsii.String("$.result"),
	})
	var _ taskscore.TaskStateBase = invoke
	awsstepfunctions.NewStateMachine(stack, jsii.String("StateMachine"), &awsstepfunctions.StateMachineProps{
		DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(invoke),
	})
	app.Synth(nil)
}
