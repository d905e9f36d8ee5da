import * as nodeModule from 'node:module';

/**
 * Node's own modules that only some runs need (V8's settings, threads, processes),
 * loaded on first use: loading them at start-up costs a scan of an empty
 * folder a few milliseconds each (`node:child_process` alone, with the
 * streams and sockets it brings, about ten).
 */
const load = nodeModule.createRequire(import.meta.url);

let v8: typeof import('node:v8') | undefined;
let threads: typeof import('node:worker_threads') | undefined;
let processes: typeof import('node:child_process') | undefined;
let terminals: typeof import('node:tty') | undefined;
let hashes: typeof import('node:crypto') | undefined;

export function v8Module(): typeof import('node:v8') {
  return (v8 ??= load('node:v8') as typeof import('node:v8'));
}

export function workerThreads(): typeof import('node:worker_threads') {
  return (threads ??= load('node:worker_threads') as typeof import('node:worker_threads'));
}

export function childProcess(): typeof import('node:child_process') {
  return (processes ??= load('node:child_process') as typeof import('node:child_process'));
}

export function tty(): typeof import('node:tty') {
  return (terminals ??= load('node:tty') as typeof import('node:tty'));
}

export function nodeCrypto(): typeof import('node:crypto') {
  return (hashes ??= load('node:crypto') as typeof import('node:crypto'));
}

/**
 * Where Node keeps compiled code between runs (Node 22.1 and later), the
 * bundle's half a megabyte of rules and engine is compiled once rather than at
 * every start: the CLI before each commit, the Action's scan workers.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. False where Node has no such
 * cache (the CLI then keeps its own: `src/cli/code-cache.ts`).
 */
export function useCompileCache(): boolean {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (enable === undefined) return false;
  try {
    enable();
  } catch {
    // A cache that cannot be written (a read-only temporary folder) only costs the compile.
  }
  return true;
}
