import { createRequire } from 'node:module';

/**
 * Node's own modules that only some runs need (hashing, threads), loaded on
 * first use: loading them at start-up costs a scan of an empty folder a few
 * milliseconds each.
 */
const load = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | undefined;
let threads: typeof import('node:worker_threads') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function workerThreads(): typeof import('node:worker_threads') {
  return (threads ??= load('node:worker_threads') as typeof import('node:worker_threads'));
}
