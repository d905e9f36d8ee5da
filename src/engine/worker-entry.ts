import { isMainThread, workerData } from 'node:worker_threads';

/** What a scan worker's `workerData` is tagged with. */
export const SCAN_WORKER_KIND = 'leakproof-scan';

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
  return !isMainThread && (workerData as { kind?: unknown } | undefined)?.kind === SCAN_WORKER_KIND;
}
