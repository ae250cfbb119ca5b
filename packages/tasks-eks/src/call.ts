import type { Construct } from 'constructs';
import { Annotations } from 'aws-cdk-lib/core';
import type * as eks from 'aws-cdk-lib/aws-eks';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  resolveIntegrationPattern,
} from '@cdk-stepfunctions/tasks-core';
import { type ClusterConnection, clusterConnection } from './private/cluster';

interface EksCallOptions {
  /**
   * The EKS cluster whose Kubernetes API is called.
   *
   * An imported cluster must have its `clusterEndpoint` and `clusterCertificateAuthorityData`. The API server must
   * have public endpoint access.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The HTTP method of the request.
   */
  readonly httpMethod: HttpMethods;

  /**
   * The path of the Kubernetes REST API operation, from the root: `/api/v1/namespaces/default/pods`.
   *
   * A static path that does not start with `/` is rendered as given, with a synthesis warning.
   *
   * @see https://kubernetes.io/docs/reference/kubernetes-api/
   */
  readonly httpPath: string;

  /**
   * The query parameters of the request: each name with its list of values.
   *
   * @default - no query parameters
   */
  readonly queryParameters?: { [key: string]: string[] };

  /**
   * The body of the request: a JSON object or text.
   *
   * @default - no body
   */
  readonly requestBody?: sfn.TaskInput;
}

/**
 * Properties of an EksCall task that uses JSONPath.
 */
export interface EksCallJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCallOptions {}

/**
 * Properties of an EksCall task that uses JSONata.
 */
export interface EksCallJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCallOptions {}

/**
 * Properties of an EksCall task.
 */
export interface EksCallProps extends sfn.TaskStateBaseProps, EksCallOptions {}

/** The `eks:call` parameters. */
interface CallParameters extends ClusterConnection {
  readonly Method: string;
  readonly Path: string;
  readonly QueryParameters?: { [key: string]: string[] };
  readonly RequestBody?: unknown;
}

/**
 * Calls the Kubernetes API of an EKS cluster as a Task, to read and write Kubernetes objects.
 *
 * The state machine's role needs no IAM permission for it: the cluster authorizes the role through Kubernetes RBAC
 * (access entries or the `aws-auth` ConfigMap).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksCall extends TaskStateBase {
  /**
   * An EksCall task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksCallJsonPathProps): EksCall {
    return new EksCall(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksCall task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksCallJsonataProps): EksCall {
    return new EksCall(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: the Kubernetes API's HTTP response: its body, status and headers.
   * Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?: {
    ResponseBody: unknown; StatusCode: number; StatusText: string; Headers?: { [name: string]: unknown };
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksCallProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly connection: ClusterConnection;

  constructor(scope: Construct, id: string, props: EksCallProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, EksCall.SUPPORTED_INTEGRATION_PATTERNS);
    this.connection = clusterConnection(this, props.cluster);
    warnOnRelativeHttpPath(this, props.httpPath);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'call', this.integrationPattern),
      ...this.renderInput(callParameters(this.connection, this.props), queryLanguage),
    };
  }
}

/**
 * The HTTP method of an EksCall request.
 */
export enum HttpMethods {
  /**
   * Read a resource.
   */
  GET = 'GET',

  /**
   * Create a resource.
   */
  POST = 'POST',

  /**
   * Replace a resource.
   */
  PUT = 'PUT',

  /**
   * Delete a resource.
   */
  DELETE = 'DELETE',

  /**
   * Change part of a resource.
   */
  PATCH = 'PATCH',

  /**
   * Read a resource's headers, without its body.
   */
  HEAD = 'HEAD',
}

/** Maps the props to the `eks:call` parameters. */
function callParameters(connection: ClusterConnection, props: EksCallProps): CallParameters {
  return {
    ...connection,
    Method: props.httpMethod,
    Path: props.httpPath,
    QueryParameters: props.queryParameters,
    RequestBody: props.requestBody?.value,
  };
}

/**
 * Warns when a static `httpPath` does not start with `/`: Kubernetes API paths start at the server's root. A warning,
 * not an error: the eks:call documentation does not say how Step Functions joins the path to the endpoint.
 */
function warnOnRelativeHttpPath(scope: Construct, httpPath: string): void {
  if (isDynamic(httpPath) || httpPath.startsWith('/')) return;
  Annotations.of(scope).addWarningV2('@cdk-stepfunctions/tasks-eks:relativeHttpPath',
    '`httpPath` should be an absolute path of the Kubernetes API, starting with / ' +
    `(such as /api/v1/namespaces/default/pods), got ${describeValue(httpPath)}`);
}
