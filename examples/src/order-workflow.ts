/**
 * The order workflow of the examples: validate an order, reserve its items, charge the card (retried when the payment
 * service times out, caught when the card is declined), save the order, wait for the warehouse to ship it (a task
 * token), and send a receipt written in JSONata. `app.ts` synthesizes it; `test/` runs it offline.
 */
import { Duration } from 'aws-cdk-lib/core';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { DynamoAttributeValue, DynamoPutItem, DynamoUpdateItem } from '@cdk-stepfunctions/tasks-dynamodb';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';
import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';

/** An order as the workflow receives it. */
export interface Order {
  readonly orderId: string;
  readonly customerEmail: string;
  readonly items: ReadonlyArray<{ readonly sku: string; readonly quantity: number; readonly price: number }>;
}

/** The order workflow's state machine and the tasks a test mocks. */
export class OrderWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly validateOrder: LambdaInvoke;
  readonly reserveItem: DynamoUpdateItem;
  readonly chargeCard: LambdaInvoke;
  readonly notifyCustomer: SnsPublish;
  readonly saveOrder: DynamoPutItem;
  readonly waitForWarehouse: SqsSendMessage;
  readonly sendReceipt: SnsPublish;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const code = (body: string) => lambda.Code.fromInline(`exports.handler = async (event) => { ${body} };`);
    const validator = new lambda.Function(this, 'Validator', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: code('return { valid: event.items.length > 0, total: event.items.reduce((t, i) => t + i.price * i.quantity, 0) };'),
    });
    const payments = new lambda.Function(this, 'Payments', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: code("return { chargeId: 'ch_' + event.orderId };"),
    });
    const stock = new dynamodb.Table(this, 'Stock', { partitionKey: { name: 'sku', type: dynamodb.AttributeType.STRING } });
    const orders = new dynamodb.Table(this, 'Orders', { partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING } });
    const customers = new sns.Topic(this, 'Customers');
    const warehouse = new sqs.Queue(this, 'Warehouse');

    this.validateOrder = new LambdaInvoke(this, 'Validate order', {
      lambdaFunction: validator,
      resultSelector: { 'valid.$': '$.Payload.valid', 'total.$': '$.Payload.total' },
      resultPath: '$.validation',
    });

    // A Map: one conditional update per item, two at a time.
    this.reserveItem = new DynamoUpdateItem(this, 'Reserve item', {
      table: stock,
      key: { sku: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.sku')) },
      updateExpression: 'SET available = available - :quantity',
      conditionExpression: 'available >= :quantity',
      expressionAttributeValues: { ':quantity': DynamoAttributeValue.numberFromString(sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.quantity'))) },
    });
    const reserveItems = new sfn.Map(this, 'Reserve items', { itemsPath: '$.items', maxConcurrency: 2, resultPath: sfn.JsonPath.DISCARD })
      .itemProcessor(this.reserveItem)
      .addCatch(new sfn.Fail(this, 'Out of stock', { error: 'Order.OutOfStock', cause: 'An item is not available' }), {
        errors: ['DynamoDB.ConditionalCheckFailedException'],
      });

    // A Retry (the payment service times out now and then) and a Catch (a declined card ends the order).
    this.chargeCard = new LambdaInvoke(this, 'Charge card', {
      lambdaFunction: payments,
      payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), amount: sfn.JsonPath.numberAt('$.validation.total') }),
      resultSelector: { 'chargeId.$': '$.Payload.chargeId' },
      resultPath: '$.payment',
    });
    this.chargeCard.addRetry({ errors: ['Payment.Timeout'], interval: Duration.seconds(5), maxAttempts: 3, backoffRate: 2 });
    this.notifyCustomer = new SnsPublish(this, 'Notify customer', {
      topic: customers,
      message: sfn.TaskInput.fromJsonPathAt("States.Format('Your card was declined for order {}: {}', $.orderId, $.error.Cause)"),
      resultPath: sfn.JsonPath.DISCARD,
    });
    this.chargeCard.addCatch(this.notifyCustomer.next(new sfn.Fail(this, 'Payment declined', { error: 'Order.PaymentDeclined' })), {
      errors: ['Card.Declined'],
      resultPath: '$.error',
    });

    this.saveOrder = new DynamoPutItem(this, 'Save order', {
      table: orders,
      item: {
        orderId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
        chargeId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.payment.chargeId')),
        status: DynamoAttributeValue.fromString('PAID'),
      },
      resultPath: sfn.JsonPath.DISCARD,
    });

    // A task token: the warehouse calls SendTaskSuccess with the shipment once the parcel leaves, within a day.
    this.waitForWarehouse = new SqsSendMessage(this, 'Wait for warehouse', {
      queue: warehouse,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({
        orderId: sfn.JsonPath.stringAt('$.orderId'),
        items: sfn.JsonPath.listAt('$.items'),
        taskToken: sfn.JsonPath.taskToken,
      }),
      taskTimeout: sfn.Timeout.duration(Duration.days(1)),
      resultPath: '$.shipment',
    });

    // JSONata in a JSONPath state machine: the receipt's text is an expression over the whole order.
    this.sendReceipt = SnsPublish.jsonata(this, 'Send receipt', {
      topic: customers,
      subject: 'Your order has shipped',
      message: sfn.TaskInput.fromText(
        "{% 'Order ' & $states.input.orderId & ' shipped with ' & $states.input.shipment.carrier & ': ' & " +
        "$string($sum($states.input.items.(price * quantity))) & ' EUR' %}"),
      outputs: '{% $merge([$states.input, { "receiptId": $states.result.MessageId }]) %}',
    });

    const definition = this.validateOrder
      .next(new sfn.Choice(this, 'Valid?')
        .when(sfn.Condition.booleanEquals('$.validation.valid', false), new sfn.Fail(this, 'Rejected', { error: 'Order.Invalid' }))
        .otherwise(reserveItems
          .next(this.chargeCard)
          .next(this.saveOrder)
          .next(this.waitForWarehouse)
          .next(this.sendReceipt)
          .next(new sfn.Succeed(this, 'Order placed'))));

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      timeout: Duration.days(2),
    });
  }
}
