/**
 * The Lambda function behind CallAwsServiceCrossRegion: calls one AWS API action with the AWS SDK for
 * JavaScript v3 in the region (and at the endpoint) the event names, and returns the response as plain JSON.
 *
 * It loads `@aws-sdk/client-<service>`, which the Lambda Node.js runtime provides, so the asset is this file alone.
 */

/** What the state machine sends. */
export interface CrossRegionCall {
  /** The client package without `@aws-sdk/client-`: `s3`, `cloudwatch-logs`. */
  readonly service: string;
  /** The API action in camelCase: `getObject`. */
  readonly action: string;
  /** The region to call. */
  readonly region?: string;
  /** An endpoint URL that replaces the service's default one. */
  readonly endpoint?: string;
  /** The command's input, in the SDK's own member names. */
  readonly parameters?: { [key: string]: unknown };
}

/** The part of an AWS SDK v3 client this handler uses. */
export interface SdkClient {
  send(command: unknown): Promise<unknown>;
  destroy?(): void;
}

/** The client and command constructors of one `@aws-sdk/client-*` package, found by name in its exports. */
export type SdkModule = { readonly [exportName: string]: unknown };

/** Loads the `@aws-sdk/client-*` package of a service. */
export type LoadSdkModule = (packageName: string) => SdkModule;

type ClientConstructor = new (config: { region?: string; endpoint?: string }) => SdkClient;
type CommandConstructor = new (input: { [key: string]: unknown }) => unknown;

const SERVICE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * A handler that loads SDK packages with `load`; tests pass a stub, Lambda uses `require`.
 */
export function createHandler(load: LoadSdkModule): (event: CrossRegionCall) => Promise<unknown> {
  return async (event) => {
    if (typeof event.service !== 'string' || !SERVICE.test(event.service)) {
      throw new InvalidCallError(`service must be an AWS SDK for JavaScript v3 client name such as s3 or cloudwatch-logs, got ${JSON.stringify(event.service)}`);
    }
    if (typeof event.action !== 'string' || !ACTION.test(event.action)) {
      throw new InvalidCallError(`action must be an API action name such as getObject, got ${JSON.stringify(event.action)}`);
    }
    const sdk = load(`@aws-sdk/client-${event.service}`);
    const Client = findClient(sdk, event.service);
    const Command = findCommand(sdk, event.action);
    const client = new Client({ region: event.region, endpoint: event.endpoint });
    try {
      const response = await client.send(new Command(event.parameters ?? {}));
      return JSON.parse(JSON.stringify(await toJson(response, undefined)));
    } finally {
      client.destroy?.();
    }
  };
}

/** Bad input in the event; Step Functions sees its name as the error. */
export class InvalidCallError extends Error {
  override readonly name = 'InvalidCallError';
}

/** The `<Name>Client` class of the package (the one named after the service when there are several). */
function findClient(sdk: SdkModule, service: string): ClientConstructor {
  const clients = Object.keys(sdk).filter((name) => name.endsWith('Client') && name !== '__Client' && typeof sdk[name] === 'function');
  const compact = service.replace(/-/g, '');
  const named = clients.length === 1 ? clients[0] : clients.find((name) => name.slice(0, -'Client'.length).toLowerCase() === compact);
  if (named === undefined) {
    throw new InvalidCallError(`@aws-sdk/client-${service} has no single client class, found ${clients.join(', ') || 'none'}`);
  }
  return sdk[named] as ClientConstructor;
}

/** The `<Action>Command` class of the package, matched case-insensitively. */
function findCommand(sdk: SdkModule, action: string): CommandConstructor {
  const wanted = `${action}Command`.toLowerCase();
  const name = Object.keys(sdk).find((n) => n.toLowerCase() === wanted && typeof sdk[n] === 'function');
  if (name === undefined) {
    throw new InvalidCallError(`The AWS SDK client has no command for action ${JSON.stringify(action)}`);
  }
  return sdk[name] as CommandConstructor;
}

/**
 * The response as JSON: binary fields become text (a Lambda `Payload` is parsed when it holds JSON) and streamed
 * bodies are read to text.
 */
async function toJson(value: unknown, key: string | undefined): Promise<unknown> {
  if (value instanceof Uint8Array) return decode(value, key);
  if (isStream(value)) return value.transformToString();
  if (Array.isArray(value)) return Promise.all(value.map((item) => toJson(item, undefined)));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await toJson(v, k)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

function decode(bytes: Uint8Array, key: string | undefined): unknown {
  const text = new TextDecoder().decode(bytes);
  if (key !== 'Payload') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isStream(value: unknown): value is { transformToString(): Promise<string> } {
  return value !== null && typeof value === 'object' &&
    typeof (value as { transformToString?: unknown }).transformToString === 'function';
}

/** The Lambda entry point. */
export const handler = createHandler((packageName) => require(packageName) as SdkModule);
