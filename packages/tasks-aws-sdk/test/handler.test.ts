import { describe, expect, it } from 'vitest';
import { createHandler, InvalidCallError, type SdkModule } from '../src/handler';

interface Sent {
  config: unknown;
  command: string;
  input: unknown;
  destroyed: boolean;
}

/** A stub `@aws-sdk/client-*` package: one client that answers every command with `response`. */
function stubSdk(response: unknown, sent: Sent[], extra: SdkModule = {}): SdkModule {
  class Command {
    constructor(readonly input: unknown) {}
  }
  class GetObjectCommand extends Command {}
  class ListObjectsV2Command extends Command {}
  class FakeClient {
    private readonly record: Sent;
    constructor(config: unknown) {
      this.record = { config, command: '', input: undefined, destroyed: false };
      sent.push(this.record);
    }
    async send(command: Command): Promise<unknown> {
      this.record.command = command.constructor.name;
      this.record.input = command.input;
      if (response instanceof Error) throw response;
      return response;
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  return { FakeClient, GetObjectCommand, ListObjectsV2Command, __Client: class {}, S3: class {}, ...extra };
}

function handlerWith(module: SdkModule, loaded: string[] = []) {
  return createHandler((name) => {
    loaded.push(name);
    return module;
  });
}

describe('cross-region handler', () => {
  it('loads the client package, sends the command with the parameters, in the region, and destroys the client', async () => {
    const sent: Sent[] = [];
    const loaded: string[] = [];
    const handler = handlerWith(stubSdk({ ETag: '"x"', $metadata: { httpStatusCode: 200 } }, sent), loaded);
    const result = await handler({ service: 's3', action: 'getObject', region: 'eu-west-1', parameters: { Bucket: 'b', Key: 'k' } });
    expect(loaded).toEqual(['@aws-sdk/client-s3']);
    expect(sent).toEqual([{ config: { region: 'eu-west-1', endpoint: undefined }, command: 'GetObjectCommand', input: { Bucket: 'b', Key: 'k' }, destroyed: true }]);
    expect(result).toEqual({ ETag: '"x"', $metadata: { httpStatusCode: 200 } });
  });

  it('passes the endpoint and sends an empty input without parameters', async () => {
    const sent: Sent[] = [];
    await handlerWith(stubSdk({}, sent))({ service: 's3', action: 'getObject', region: 'us-east-1', endpoint: 'http://localhost:4566' });
    expect(sent[0].config).toEqual({ region: 'us-east-1', endpoint: 'http://localhost:4566' });
    expect(sent[0].input).toEqual({});
  });

  it('finds the command case-insensitively', async () => {
    const sent: Sent[] = [];
    await handlerWith(stubSdk({}, sent))({ service: 's3', action: 'listObjectsV2', region: 'us-east-1' });
    expect(sent[0].command).toBe('ListObjectsV2Command');
  });

  it('picks the client named after the service when the package has several', async () => {
    const sent: Sent[] = [];
    class OtherClient {}
    const module = stubSdk({}, sent, { OtherClient });
    const { FakeClient } = module as { FakeClient: unknown };
    const handler = handlerWith({ ...module, FakeClient: undefined, CloudWatchLogsClient: FakeClient });
    await handler({ service: 'cloudwatch-logs', action: 'getObject', region: 'us-east-1' });
    expect(sent).toHaveLength(1);
  });

  it('returns JSON: dates as ISO strings, bytes as text, a JSON Payload parsed, streams read', async () => {
    const response = {
      When: new Date('2024-01-02T03:04:05.000Z'),
      Payload: new TextEncoder().encode('{"ok":true}'),
      Data: new TextEncoder().encode('plain'),
      Body: { transformToString: async () => 'streamed' },
      Items: [{ Blob: new TextEncoder().encode('a') }],
      Missing: undefined,
    };
    const result = await handlerWith(stubSdk(response, []))({ service: 's3', action: 'getObject', region: 'us-east-1' });
    expect(result).toEqual({ When: '2024-01-02T03:04:05.000Z', Payload: { ok: true }, Data: 'plain', Body: 'streamed', Items: [{ Blob: 'a' }] });
  });

  it('keeps a Payload that is not JSON as text', async () => {
    const result = await handlerWith(stubSdk({ Payload: new TextEncoder().encode('not json') }, []))({ service: 'lambda', action: 'getObject', region: 'us-east-1' });
    expect(result).toEqual({ Payload: 'not json' });
  });

  it('rethrows the service error unchanged and still destroys the client', async () => {
    const sent: Sent[] = [];
    const error = Object.assign(new Error('no such key'), { name: 'NoSuchKey' });
    await expect(handlerWith(stubSdk(error, sent))({ service: 's3', action: 'getObject', region: 'us-east-1' })).rejects.toBe(error);
    expect(sent[0].destroyed).toBe(true);
  });

  it.each([
    ['a service that is not a client name', { service: '../../etc', action: 'getObject' }, /service must be an AWS SDK for JavaScript v3 client name/],
    ['an upper-case service', { service: 'S3', action: 'getObject' }, /service must be/],
    ['a missing action', { service: 's3' }, /action must be an API action name/],
    ['an action with symbols', { service: 's3', action: 'get;Object' }, /action must be an API action name/],
  ])('rejects %s without loading anything', async (_name, event, message) => {
    const loaded: string[] = [];
    const promise = handlerWith(stubSdk({}, []), loaded)(event as never);
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toBeInstanceOf(InvalidCallError);
    expect(loaded).toEqual([]);
  });

  it('fails on an unknown command', async () => {
    await expect(handlerWith(stubSdk({}, []))({ service: 's3', action: 'deleteEverything', region: 'us-east-1' }))
      .rejects.toThrow(/no command for action "deleteEverything"/);
  });

  it('fails when the package has no client, or several unrelated ones', async () => {
    await expect(handlerWith({ GetObjectCommand: class {} })({ service: 's3', action: 'getObject' })).rejects.toThrow(/has no single client class, found none/);
    await expect(handlerWith({ AClient: class {}, BClient: class {}, GetObjectCommand: class {} })({ service: 's3', action: 'getObject' }))
      .rejects.toThrow(/found AClient, BClient/);
  });
});
