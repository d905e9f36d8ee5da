import { workerThreads } from '../core/builtin';

/** What a scan worker's `workerData` is tagged with. */
export const SCAN_WORKER_KIND = 'leakproof-scan';
/**
 * The argument a scan worker is started with: the entry can tell it is one
 * without loading the threads module, which a plain run never needs.
 */
export const SCAN_WORKER_ARG = '--leakproof-scan-worker';

let entry: string | null = null;

/**
 * Called by a bundle's entry module with its own file: scan workers run that
 * file, whose entry hands over to `serveWorker`. Without it (sources run by the
 * tests), scans stay on one thread. The engine's own modules may live in a
 * lazily loaded chunk, so they cannot use their own `import.meta.url`.
 */
export function setWorkerEntry(file: string): void {
  entry = file.endsWith('.js') ? file : null;
}

/** The file a scan worker runs, or null when scans must stay on this thread. */
export function workerEntry(): string | null {
  return entry;
}

/** True in a worker started by `FileChecker`. Cheap: loads nothing of the engine. */
export function isScanWorker(): boolean {
  if (!process.argv.includes(SCAN_WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as { kind?: unknown } | undefined)?.kind === SCAN_WORKER_KIND;
}
