import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../core/builtin';
import { emptyStats, enabledRules, FindingCollector, ruleSettings, type CollectedFiles, type FileOutcome } from './pipeline';
import { FileReading, type FileRef, type OnChecked, type ReadFilesResult } from './read-files';
import type { FileStamp } from './known-files';
import type { ScanOptions, ScanStats } from './types';
import { RULES } from '../rules';
import { SCAN_WORKER_ARG, SCAN_WORKER_KIND, workerEntry } from './worker-entry';

/**
 * Files per thread below which fewer threads are faster: starting a worker
 * (loading the bundle, building its search tables) costs tens of
 * milliseconds. This thread checks a share too.
 */
const MIN_FILES_PER_THREAD = 3000;

/**
 * Files sent to a worker at a time, and batches a worker may hold: it asks
 * for more as it finishes one, so it never waits for this thread, and the
 * workers end together whatever the sizes of their files.
 */
const BATCH = 256;
const IN_FLIGHT = 2;

/**
 * A worker's heap is kept small, so V8 collects garbage often instead of
 * letting the heap grow with the tree: a base for the bundle and what it
 * learns about folders, and room for the largest file it may decode (its
 * text and lines take a few times its bytes). Files come in batches and
 * nothing is kept per file but findings. A worker that outgrows its heap
 * has its files checked again on this thread. `LEAKPROOF_WORKER_HEAP_MB`
 * sets the limit.
 */
const HEAP_BASE_MB = 24;
const HEAP_PER_FILE_BYTE = 4;

function workerLimits(maxFileSize: number, env: NodeJS.ProcessEnv = process.env): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const wanted = Number(env.LEAKPROOF_WORKER_HEAP_MB);
  const heap = Number.isFinite(wanted) && wanted > 0 ? wanted : HEAP_BASE_MB + Math.ceil((maxFileSize * HEAP_PER_FILE_BYTE) / 2 ** 20);
  return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 8 };
}

/** What a worker needs to check files like this thread would: plain data only. */
export interface CheckJob {
  root: string;
  maxFileSize: number;
  options: Pick<ScanOptions, 'secretNames' | 'publicEnvPrefixes' | 'rules'>;
}

/** `stamped`: the worker sends back each file worth remembering, with its stamp (see known-files.ts). */
type Job = CheckJob & { kind: typeof SCAN_WORKER_KIND; stamped: boolean };
type Order = { files: FileRef[] } | { end: true };
type Clean = { file: FileRef; stamp: FileStamp; outcome: FileOutcome };
type WorkerResult = CollectedFiles & ReadFilesResult & { stats: ScanStats; clean: Clean[] };
type Message = { checked: number } | { result: WorkerResult };

/** How many threads to read and check files on, this one included; 1 means this thread alone. */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (workerEntry() === null) return 1;
  const wanted = env.LEAKPROOF_THREADS ? Number(env.LEAKPROOF_THREADS) : availableParallelism();
  if (!Number.isInteger(wanted) || wanted < 2) return 1;
  return Math.max(1, Math.min(wanted, 8, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/** The worker side: check each batch of files as it comes, send back plain data at the end. */
export function serveWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const job = workerData as Job;
  const stats = emptyStats();
  const collector = new FindingCollector(enabledRules(RULES, job.options.rules), ruleSettings(job.options), stats);
  const clean: Clean[] = [];
  const onChecked: OnChecked | undefined = job.stamped ? (file, stamp, outcome) => clean.push({ file, stamp, outcome }) : undefined;
  const reading = new FileReading(job.root, job.maxFileSize, collector, stats, undefined, onChecked);
  const onOrder = (order: Order): void => {
    if ('files' in order) {
      reading.read(order.files);
      parentPort!.postMessage({ checked: order.files.length } satisfies Message);
      return;
    }
    parentPort!.postMessage({ result: { ...collector.exportFiles(), ...reading.result, stats, clean } } satisfies Message);
    // Nothing more will come: without a listener the port lets the thread end.
    parentPort!.off('message', onOrder);
  };
  parentPort!.on('message', onOrder);
}

interface Helper {
  worker: Worker;
  /** Every batch sent, to check again here if the worker runs out of memory. */
  sent: FileRef[][];
  inFlight: number;
  state: 'working' | 'ended' | 'dead';
  outcome: Promise<WorkerResult | 'out of memory' | Error>;
}

/**
 * Reads and checks a scan's files as they are listed. A small scan stays on
 * this thread. Once there are enough files to pay for them, worker threads
 * start (one per core, at most 8) and take batches while the listing goes
 * on, each asking for the next as it finishes one; what they find is merged
 * here at the end, in the same order whichever worker checked which file.
 */
export class FileChecker {
  private readonly maxThreads: number;
  /** Files listed but not yet handed out (all of them until the thread count is decided). */
  private pending: FileRef[] = [];
  private next = 0;
  private listingDone = false;
  private helpers: Helper[] | null = null;
  /** Every file is checked on this thread: too few for workers, or none to be had. */
  private alone = false;
  /**
   * `expect` foresaw too few files for workers: this thread checks them as
   * git lists them, without waiting for the listing's end, until there are
   * enough after all.
   */
  private early = false;
  /** This thread's checking, made when it first checks a file. */
  private own: FileReading | null = null;
  private listed = 0;
  private done = 0;

  constructor(
    private readonly job: CheckJob,
    private readonly collector: FindingCollector,
    private readonly stats: ScanStats,
    private readonly onProgress?: (done: number, total: number) => void,
    /** Told of each file checked that is worth remembering, by whichever thread checked it (see `FileReading`). */
    private readonly onChecked?: OnChecked,
  ) {
    this.maxThreads = threadCount(Infinity);
    if (this.maxThreads === 1) this.stayHere();
  }

  /**
   * Says how many files the listing will likely hold, before it starts: the
   * workers then load while git reads its index, when there will be enough
   * files for them.
   */
  expect(files: number): void {
    if (this.alone || this.helpers !== null) return;
    if (files >= this.enough) this.start(this.maxThreads);
    // 0: no index to tell by (a plain folder, a worktree whose `.git` is a file), so no early start either.
    else if (files > 0) this.early = true;
  }

  /** Files enough to start every worker before the listing ends. */
  private get enough(): number {
    return MIN_FILES_PER_THREAD * this.maxThreads;
  }

  add(files: readonly FileRef[]): void {
    this.listed += files.length;
    if (this.alone || (this.early && this.helpers === null && this.listed < this.enough)) {
      this.ownReading().read(files);
      return;
    }
    for (const f of files) this.pending.push(f);
    if (this.helpers === null && (this.early || this.pending.length >= this.enough)) this.start(this.maxThreads);
    if (this.helpers) for (const h of this.helpers) this.feed(h);
  }

  /** Checks what is left and waits for the workers: call once, after the last `add`. */
  async finish(): Promise<ReadFilesResult> {
    this.listingDone = true;
    if (!this.alone && this.helpers === null) {
      const threads = threadCount(this.pending.length);
      if (threads > 1 && !this.early) this.start(threads);
      else this.stayHere();
    }
    const own = this.ownReading();
    if (this.alone) return own.result;
    const helpers = this.helpers!;
    for (const h of helpers) this.feed(h);
    // This thread checks batches too, and between two lets the workers' requests through.
    for (;;) {
      const files = this.take();
      if (files.length === 0) break;
      own.read(files);
      this.onProgress?.(this.done, this.listed);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const h of helpers) this.feed(h);
    const outcomes = await Promise.all(helpers.map((h) => h.outcome));
    const failed = outcomes.find((o): o is Error => o instanceof Error);
    if (failed) throw failed;
    const merged: ReadFilesResult = { errors: [], symlinks: [] };
    const gather = (part: ReadFilesResult) => {
      merged.errors.push(...part.errors);
      merged.symlinks.push(...part.symlinks);
    };
    gather(own.result);
    outcomes.forEach((o, i) => {
      if (o === 'out of memory') {
        const again = new FileReading(this.job.root, this.job.maxFileSize, this.collector, this.stats, undefined, this.onChecked);
        for (const batch of helpers[i]!.sent) again.read(batch);
        gather(again.result);
      } else {
        const r = o as WorkerResult;
        this.collector.absorb(r);
        addStats(this.stats, r.stats);
        gather(r);
        for (const c of r.clean) this.onChecked?.(c.file, c.stamp, c.outcome);
      }
    });
    // Nothing is left in the queue: this thread took batches until it was empty.
    return merged;
  }

  /** Stops the workers, if any: for a scan that failed before `finish`. */
  async abort(): Promise<void> {
    await Promise.all((this.helpers ?? []).map((h) => h.worker.terminate()));
  }

  /** This thread's checking; each file it checks counts towards the progress shown. */
  private ownReading(): FileReading {
    const onEach = () => ++this.done % 256 === 0 && this.onProgress?.(this.done, this.listed);
    return (this.own ??= new FileReading(this.job.root, this.job.maxFileSize, this.collector, this.stats, onEach, this.onChecked));
  }

  /** The next batch to check (a short one only once the listing is done); empty when none is ready. */
  private take(): FileRef[] {
    const left = this.pending.length - this.next;
    if (left === 0 || (left < BATCH && !this.listingDone)) return [];
    const files = this.pending.slice(this.next, this.next + BATCH);
    this.next += files.length;
    // Handed out files are dropped from the queue now and then, not on every batch.
    if (this.next >= 4096 && this.next * 2 >= this.pending.length) {
      this.pending = this.pending.slice(this.next);
      this.next = 0;
    }
    return files;
  }

  /** Tops a worker up to IN_FLIGHT batches, or ends it when all is checked. */
  private feed(h: Helper): void {
    if (h.state !== 'working') return;
    while (h.inFlight < IN_FLIGHT) {
      const files = this.take();
      if (files.length === 0) break;
      h.sent.push(files);
      h.inFlight++;
      h.worker.postMessage({ files } satisfies Order);
    }
    if (this.listingDone && this.next === this.pending.length && h.inFlight === 0) {
      h.state = 'ended';
      h.worker.postMessage({ end: true } satisfies Order);
    }
  }

  private start(threads: number): void {
    const script = workerEntry()!;
    const data: Job = {
      kind: SCAN_WORKER_KIND,
      stamped: this.onChecked !== undefined,
      root: this.job.root,
      maxFileSize: this.job.maxFileSize,
      options: {
        secretNames: this.job.options.secretNames,
        publicEnvPrefixes: this.job.options.publicEnvPrefixes,
        rules: this.job.options.rules,
      },
    };
    // Each worker is kept as soon as it exists, so `abort` can stop it.
    const helpers: Helper[] = [];
    this.helpers = helpers;
    // This thread is one of them: it checks its share once the listing is done.
    for (let i = 0; i < threads - 1; i++) {
      let worker: Worker;
      try {
        worker = new (workerThreads().Worker)(script, { workerData: data, argv: [SCAN_WORKER_ARG], resourceLimits: workerLimits(this.job.maxFileSize) });
      } catch {
        // No thread to be had (a process or memory limit): go on with the workers there are.
        break;
      }
      let settle!: (o: WorkerResult | 'out of memory' | Error) => void;
      const outcome = new Promise<WorkerResult | 'out of memory' | Error>((resolve) => (settle = resolve));
      const h: Helper = { worker, sent: [], inFlight: 0, state: 'working', outcome };
      let answered = false;
      worker.on('message', (m: Message) => {
        if ('checked' in m) {
          h.inFlight--;
          this.done += m.checked;
          this.onProgress?.(this.done, this.listed);
          this.feed(h);
        } else {
          answered = true;
          settle(m.result);
        }
      });
      worker.on('error', (e: Error & { code?: string }) => {
        answered = true;
        h.state = 'dead';
        settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e);
        // The others take what is left to hand out; this one's files are checked again here at the end.
        for (const other of this.helpers ?? []) this.feed(other);
      });
      // A worker that ends without its result (whatever its exit code) must not leave the scan waiting.
      worker.on('exit', (code) => {
        if (!answered) settle(new Error(`a scan worker stopped (code ${code}) before reporting; rerun with LEAKPROOF_THREADS=1`));
      });
      helpers.push(h);
    }
    if (helpers.length === 0) {
      // Not even one: everything is checked on this thread.
      this.helpers = null;
      this.stayHere();
    }
  }

  /** Checks every file on this thread from now on, starting with those waiting. */
  private stayHere(): void {
    this.alone = true;
    this.ownReading().read(this.pending);
    this.pending = [];
  }
}

function addStats(into: ScanStats, from: ScanStats): void {
  into.files += from.files;
  into.bytes += from.bytes;
  into.longLines += from.longLines;
  for (const k of Object.keys(into.skipped) as (keyof ScanStats['skipped'])[]) into.skipped[k] += from.skipped[k];
}
