package io.github.cdkstepfunctions.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdkstepfunctions.tasks.lambda.LambdaInvoke;
import io.github.cdkstepfunctions.tasks.sqs.SqsSendMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.TaskInput;

/** A state machine of tasks-lambda and tasks-sqs, built from the Java sources jsii-pacmak generated, synthesized. */
class StateMachineTest {
  @Test
  void synthesizesLambdaInvokeThenSqsSendMessage() {
    App app = new App();
    Stack stack = new Stack(app, "Stack");
    Function fn = Function.Builder.create(stack, "Fn")
        .runtime(Runtime.NODEJS_LATEST)
        .handler("index.handler")
        .code(Code.fromInline("exports.handler = async () => ({});"))
        .build();
    Queue queue = new Queue(stack, "Queue");

    LambdaInvoke invoke = LambdaInvoke.Builder.create(stack, "Invoke")
        .lambdaFunction(fn)
        .payloadResponseOnly(true)
        .resultPath("$.result")
        .build();
    SqsSendMessage send = SqsSendMessage.Builder.create(stack, "Send")
        .queue(queue)
        .messageBody(TaskInput.fromJsonPathAt("$.result"))
        .build();
    StateMachine.Builder.create(stack, "StateMachine")
        .definitionBody(DefinitionBody.fromChainable(invoke.next(send)))
        .build();

    Template template = Template.fromStack(stack);
    template.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
    String definition = template.toJSON().toString();
    assertTrue(definition.contains("states:::sqs:sendMessage"), definition);
    assertTrue(definition.contains("\"Next\":\"Send\""), definition);

    Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
    String statements = policies.values().toString();
    assertTrue(statements.contains("lambda:InvokeFunction"), statements);
    assertTrue(statements.contains("sqs:SendMessage"), statements);
  }
}
