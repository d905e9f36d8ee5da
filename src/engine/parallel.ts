import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { emptyStats, enabledRules, FindingCollector, ruleSettings, type CollectedFiles } from './pipeline';
import { readFiles, type FileRef, type ReadFilesResult } from './read-files';
import type { ScanOptions, ScanStats } from './types';
import { RULES } from '../rules';
import { SCAN_WORKER_KIND, workerEntry } from './worker-entry';

/**
 * Below this many files one thread is faster: starting a worker (loading the
 * bundle) costs tens of milliseconds.
 */
const MIN_FILES_PER_WORKER = 3000;

/**
 * A worker's heap is kept small, so V8 collects garbage often instead of
 * letting the heap grow with the tree: a base for the bundle, room for the
 * largest file it may decode (its text and lines take a few times its
 * bytes), and room for its share of the file list and what it finds.
 * A share that outgrows it is checked again on this thread.
 * `LEAKPROOF_WORKER_HEAP_MB` sets the limit.
 */
const HEAP_BASE_MB = 16;
const HEAP_PER_FILE_BYTE = 4;
const HEAP_BYTES_PER_FILE = 256;

function workerLimits(files: number, maxFileSize: number, env: NodeJS.ProcessEnv = process.env): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const wanted = Number(env.LEAKPROOF_WORKER_HEAP_MB);
  const heap =
    Number.isFinite(wanted) && wanted > 0
      ? wanted
      : HEAP_BASE_MB + Math.ceil((maxFileSize * HEAP_PER_FILE_BYTE + files * HEAP_BYTES_PER_FILE) / 2 ** 20);
  return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 8 };
}

interface Job {
  kind: typeof SCAN_WORKER_KIND;
  root: string;
  files: FileRef[];
  maxFileSize: number;
  options: Pick<ScanOptions, 'secretNames' | 'publicEnvPrefixes' | 'rules'>;
}

type Message = { progress: number } | { result: CollectedFiles & ReadFilesResult & { stats: ScanStats } };

/** How many threads to read and check files on; 1 means this thread alone. */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (workerEntry() === null) return 1;
  const wanted = env.LEAKPROOF_THREADS ? Number(env.LEAKPROOF_THREADS) : availableParallelism();
  if (!Number.isInteger(wanted) || wanted < 2) return 1;
  return Math.max(1, Math.min(wanted, 8, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** The worker side: read and check one share of the files, send back plain data. */
export function serveWorker(): void {
  const job = workerData as Job;
  const stats = emptyStats();
  const collector = new FindingCollector(enabledRules(RULES, job.options.rules), ruleSettings(job.options), stats);
  const read = readFiles(job.root, job.files, job.maxFileSize, collector, stats, (done) => {
    if (done % 256 === 0) parentPort!.postMessage({ progress: 256 } satisfies Message);
  });
  parentPort!.postMessage({ result: { ...collector.exportFiles(), ...read, stats } } satisfies Message);
}

/**
 * Reads and checks files on `threads` worker threads (files dealt round-robin
 * so large and small ones spread evenly) and merges what they found into
 * `collector` and `stats`.
 */
export async function readFilesInWorkers(
  threads: number,
  job: Omit<Job, 'kind' | 'files'> & { files: readonly FileRef[] },
  collector: FindingCollector,
  stats: ScanStats,
  onProgress?: (done: number) => void,
): Promise<ReadFilesResult> {
  const script = workerEntry()!;
  const shares: FileRef[][] = Array.from({ length: threads }, () => []);
  job.files.forEach((f, i) => shares[i % threads]!.push(f));
  let done = 0;
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise<(CollectedFiles & ReadFilesResult & { stats: ScanStats }) | 'out of memory'>((resolve, reject) => {
          const data: Job = { kind: SCAN_WORKER_KIND, root: job.root, files, maxFileSize: job.maxFileSize, options: job.options };
          const worker = new Worker(script, { workerData: data, resourceLimits: workerLimits(files.length, job.maxFileSize) });
          let answered = false;
          worker.on('message', (m: Message) => {
            if ('progress' in m) onProgress?.((done += m.progress));
            else {
              answered = true;
              resolve(m.result);
            }
          });
          worker.on('error', (e: Error & { code?: string }) => {
            answered = true;
            if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve('out of memory');
            else reject(e);
          });
          // A worker that ends without its result (whatever its exit code) must not leave the scan waiting.
          worker.on('exit', (code) => {
            if (!answered) reject(new Error(`a scan worker stopped (code ${code}) before reporting; rerun with LEAKPROOF_THREADS=1`));
          });
        }),
    ),
  );
  const merged: ReadFilesResult = { errors: [], symlinks: [] };
  results.forEach((r, i) => {
    if (r === 'out of memory') {
      const again = readFiles(job.root, shares[i]!, job.maxFileSize, collector, stats);
      merged.errors.push(...again.errors);
      merged.symlinks.push(...again.symlinks);
      return;
    }
    collector.absorb(r);
    addStats(stats, r.stats);
    merged.errors.push(...r.errors);
    merged.symlinks.push(...r.symlinks);
  });
  return merged;
}

function addStats(into: ScanStats, from: ScanStats): void {
  into.files += from.files;
  into.bytes += from.bytes;
  into.longLines += from.longLines;
  for (const k of Object.keys(into.skipped) as (keyof ScanStats['skipped'])[]) into.skipped[k] += from.skipped[k];
}
