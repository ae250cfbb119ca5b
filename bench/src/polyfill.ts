/**
 * aws-local-stepfunctions 3.x declares Node 22 because it calls `Promise.withResolvers` (Node 22+); on Node 20 this
 * one polyfill is all it needs. Imported before it.
 */
const promise = Promise as unknown as { withResolvers?: () => unknown };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const p = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: p, resolve, reject };
  };
}
export {};
