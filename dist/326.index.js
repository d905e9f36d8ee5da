"use strict";
exports.id = 326;
exports.ids = [326,182];
exports.modules = {

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FolderCheck: () => (/* binding */ FolderCheck)
/* harmony export */ });
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);
/* harmony import */ var _pipeline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5483);
/* harmony import */ var _parallel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(182);
/* harmony import */ var _suppress__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2111);
/* harmony import */ var _core_globs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8684);





/**
 * The checking half of a folder scan: the rules, and the threads that run
 * them over the files listed. scan.ts loads this module only once the
 * listing holds something, so a scan with nothing to check never compiles
 * the rules, and a repository's scan compiles them while git lists it.
 */
class FolderCheck {
    collector;
    checker;
    constructor(job, stats, rules = _rules__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y, onChecked) {
        const { options } = job;
        this.collector = new _pipeline__WEBPACK_IMPORTED_MODULE_1__/* .FindingCollector */ .xe((0,_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .enabledRules */ .nb)(rules, options.rules), (0,_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .ruleSettings */ .I8)(options, (0,_core_globs__WEBPACK_IMPORTED_MODULE_4__/* .contextOverrides */ .Tl)(options.contexts)), stats);
        this.checker = new _parallel__WEBPACK_IMPORTED_MODULE_2__/* .FileChecker */ .U(job, this.collector, stats, options.onProgress, onChecked);
    }
    /** See `FileChecker.expect`. */
    expect(files) {
        this.checker.expect(files);
    }
    add(files) {
        this.checker.add(files);
    }
    /** Counts a file an earlier scan found clean, unchanged since, without reading it. */
    addClean(counts) {
        this.collector.addOutcome({ found: [], comments: null, counts, quiet: false });
    }
    /** Checks what is left; call once, after the last `add`. */
    finish() {
        return this.checker.finish();
    }
    abort() {
        return this.checker.abort();
    }
    /** Runs the tree rules over the whole listing, then places, suppresses and sorts every finding. */
    async conclude(tree, options) {
        await this.collector.addTree({ ...tree, settings: this.collector.settings });
        const finished = this.collector.finish();
        return { ...(0,_suppress__WEBPACK_IMPORTED_MODULE_3__/* .settle */ .G9)(finished.findings, finished.comments, options, finished.secretValues), secretValues: finished.secretValues };
    }
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ FileChecker),
  serveWorker: () => (/* binding */ serveWorker)
});

// UNUSED EXPORTS: threadCount

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/builtin.ts + 1 modules
var builtin = __webpack_require__(6951);
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5483);
// EXTERNAL MODULE: ./src/engine/read.ts
var read = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/engine/known-files.ts
var known_files = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/engine/read-files.ts


/**
 * Reads files once each, whole, and hands them to the collector; every file
 * is read into the same buffer, so memory stays flat however large the tree.
 * Files may come in batches (as they are listed): what is known about the
 * folders on the way (real folders, not symlinks) is kept between batches.
 */
class FileReading {
    maxFileSize;
    collector;
    stats;
    onEach;
    onChecked;
    result = { errors: [], symlinks: [] };
    reader;
    done = 0;
    constructor(root, maxFileSize, collector, stats, 
    /** Called with the running count after each file. */
    onEach, onChecked) {
        this.maxFileSize = maxFileSize;
        this.collector = collector;
        this.stats = stats;
        this.onEach = onEach;
        this.onChecked = onChecked;
        // Each file is checked before the next is read, so one buffer serves them all.
        this.reader = new read/* SafeReader */.H(root, true);
    }
    read(files) {
        const { stats, result, onChecked, collector } = this;
        for (const file of files) {
            // git lists regular files and symlinks only; a plain walk lists FIFOs and devices too.
            const listed = file.foldersSeen ? 'walked' : file.status !== 'plain' ? 'regular' : 'unknown';
            const outcome = this.reader.readSync(file.path, this.maxFileSize, listed, onChecked !== undefined);
            switch (outcome.kind) {
                case 'symlink':
                    result.symlinks.push(file.path);
                    stats.skipped.symlink++;
                    break;
                case 'special':
                    stats.skipped.special++;
                    break;
                case 'missing':
                    stats.skipped.missing++;
                    break;
                case 'unreadable':
                    stats.skipped.unreadable++;
                    result.errors.push({ path: file.path, message: outcome.message });
                    break;
                case 'ok': {
                    const input = { path: file.path, status: file.status, head: outcome.head, body: outcome.body, size: outcome.size };
                    if (!onChecked) {
                        collector.addFile(input);
                        break;
                    }
                    const checked = collector.checkFile(input, undefined, true);
                    collector.addOutcome(checked);
                    if (outcome.stamp && (0,known_files/* worthRemembering */.Sk)(checked, outcome.size))
                        onChecked(file, outcome.stamp, checked);
                }
            }
            this.onEach?.(++this.done);
        }
    }
}

// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var rules = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/engine/worker-entry.ts
var worker_entry = __webpack_require__(783);
;// CONCATENATED MODULE: ./src/engine/parallel.ts






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
function workerLimits(maxFileSize, env = process.env) {
    const wanted = Number(env.LEAKPROOF_WORKER_HEAP_MB);
    const heap = Number.isFinite(wanted) && wanted > 0 ? wanted : HEAP_BASE_MB + Math.ceil((maxFileSize * HEAP_PER_FILE_BYTE) / 2 ** 20);
    return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 8 };
}
/** How many threads to read and check files on, this one included; 1 means this thread alone. */
function threadCount(files, env = process.env) {
    if ((0,worker_entry/* workerEntry */.xA)() === null)
        return 1;
    const wanted = env.LEAKPROOF_THREADS ? Number(env.LEAKPROOF_THREADS) : (0,external_node_os_.availableParallelism)();
    if (!Number.isInteger(wanted) || wanted < 2)
        return 1;
    return Math.max(1, Math.min(wanted, 8, Math.floor(files / MIN_FILES_PER_THREAD)));
}
/** The worker side: check each batch of files as it comes, send back plain data at the end. */
function serveWorker() {
    const { parentPort, workerData } = (0,builtin/* workerThreads */.kp)();
    const job = workerData;
    const stats = (0,pipeline/* emptyStats */.bD)();
    const collector = new pipeline/* FindingCollector */.xe((0,pipeline/* enabledRules */.nb)(rules/* RULES */.y, job.options.rules), (0,pipeline/* ruleSettings */.I8)(job.options), stats);
    const clean = [];
    const onChecked = job.stamped ? (file, stamp, outcome) => clean.push({ file, stamp, outcome }) : undefined;
    const reading = new FileReading(job.root, job.maxFileSize, collector, stats, undefined, onChecked);
    const onOrder = (order) => {
        if ('files' in order) {
            reading.read(order.files);
            parentPort.postMessage({ checked: order.files.length });
            return;
        }
        parentPort.postMessage({ result: { ...collector.exportFiles(), ...reading.result, stats, clean } });
        // Nothing more will come: without a listener the port lets the thread end.
        parentPort.off('message', onOrder);
    };
    parentPort.on('message', onOrder);
}
/**
 * Reads and checks a scan's files as they are listed. A small scan stays on
 * this thread. Once there are enough files to pay for them, worker threads
 * start (one per core, at most 8) and take batches while the listing goes
 * on, each asking for the next as it finishes one; what they find is merged
 * here at the end, in the same order whichever worker checked which file.
 */
class FileChecker {
    job;
    collector;
    stats;
    onProgress;
    onChecked;
    maxThreads;
    /** Files listed but not yet handed out (all of them until the thread count is decided). */
    pending = [];
    next = 0;
    listingDone = false;
    helpers = null;
    /** Every file is checked on this thread: too few for workers, or none to be had. */
    alone = false;
    /**
     * `expect` foresaw too few files for workers: this thread checks them as
     * git lists them, without waiting for the listing's end, until there are
     * enough after all.
     */
    early = false;
    /** This thread's checking, made when it first checks a file. */
    own = null;
    listed = 0;
    done = 0;
    constructor(job, collector, stats, onProgress, 
    /** Told of each file checked that is worth remembering, by whichever thread checked it (see `FileReading`). */
    onChecked) {
        this.job = job;
        this.collector = collector;
        this.stats = stats;
        this.onProgress = onProgress;
        this.onChecked = onChecked;
        this.maxThreads = threadCount(Infinity);
        if (this.maxThreads === 1)
            this.stayHere();
    }
    /**
     * Says how many files the listing will likely hold, before it starts: the
     * workers then load while git reads its index, when there will be enough
     * files for them.
     */
    expect(files) {
        if (this.alone || this.helpers !== null)
            return;
        if (files >= this.enough)
            this.start(this.maxThreads);
        // 0: no index to tell by (a plain folder, a worktree whose `.git` is a file), so no early start either.
        else if (files > 0)
            this.early = true;
    }
    /** Files enough to start every worker before the listing ends. */
    get enough() {
        return MIN_FILES_PER_THREAD * this.maxThreads;
    }
    add(files) {
        this.listed += files.length;
        if (this.alone || (this.early && this.helpers === null && this.listed < this.enough)) {
            this.ownReading().read(files);
            return;
        }
        for (const f of files)
            this.pending.push(f);
        if (this.helpers === null && (this.early || this.pending.length >= this.enough))
            this.start(this.maxThreads);
        if (this.helpers)
            for (const h of this.helpers)
                this.feed(h);
    }
    /** Checks what is left and waits for the workers: call once, after the last `add`. */
    async finish() {
        this.listingDone = true;
        if (!this.alone && this.helpers === null) {
            const threads = threadCount(this.pending.length);
            if (threads > 1 && !this.early)
                this.start(threads);
            else
                this.stayHere();
        }
        const own = this.ownReading();
        if (this.alone)
            return own.result;
        const helpers = this.helpers;
        for (const h of helpers)
            this.feed(h);
        // This thread checks batches too, and between two lets the workers' requests through.
        for (;;) {
            const files = this.take();
            if (files.length === 0)
                break;
            own.read(files);
            this.onProgress?.(this.done, this.listed);
            await new Promise((resolve) => setImmediate(resolve));
        }
        for (const h of helpers)
            this.feed(h);
        const outcomes = await Promise.all(helpers.map((h) => h.outcome));
        const failed = outcomes.find((o) => o instanceof Error);
        if (failed)
            throw failed;
        const merged = { errors: [], symlinks: [] };
        const gather = (part) => {
            merged.errors.push(...part.errors);
            merged.symlinks.push(...part.symlinks);
        };
        gather(own.result);
        outcomes.forEach((o, i) => {
            if (o === 'out of memory') {
                const again = new FileReading(this.job.root, this.job.maxFileSize, this.collector, this.stats, undefined, this.onChecked);
                for (const batch of helpers[i].sent)
                    again.read(batch);
                gather(again.result);
            }
            else {
                const r = o;
                this.collector.absorb(r);
                addStats(this.stats, r.stats);
                gather(r);
                for (const c of r.clean)
                    this.onChecked?.(c.file, c.stamp, c.outcome);
            }
        });
        // Nothing is left in the queue: this thread took batches until it was empty.
        return merged;
    }
    /** Stops the workers, if any: for a scan that failed before `finish`. */
    async abort() {
        await Promise.all((this.helpers ?? []).map((h) => h.worker.terminate()));
    }
    /** This thread's checking; each file it checks counts towards the progress shown. */
    ownReading() {
        const onEach = () => ++this.done % 256 === 0 && this.onProgress?.(this.done, this.listed);
        return (this.own ??= new FileReading(this.job.root, this.job.maxFileSize, this.collector, this.stats, onEach, this.onChecked));
    }
    /** The next batch to check (a short one only once the listing is done); empty when none is ready. */
    take() {
        const left = this.pending.length - this.next;
        if (left === 0 || (left < BATCH && !this.listingDone))
            return [];
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
    feed(h) {
        if (h.state !== 'working')
            return;
        while (h.inFlight < IN_FLIGHT) {
            const files = this.take();
            if (files.length === 0)
                break;
            h.sent.push(files);
            h.inFlight++;
            h.worker.postMessage({ files });
        }
        if (this.listingDone && this.next === this.pending.length && h.inFlight === 0) {
            h.state = 'ended';
            h.worker.postMessage({ end: true });
        }
    }
    start(threads) {
        const script = (0,worker_entry/* workerEntry */.xA)();
        const data = {
            kind: worker_entry/* SCAN_WORKER_KIND */.SB,
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
        const helpers = [];
        this.helpers = helpers;
        // This thread is one of them: it checks its share once the listing is done.
        for (let i = 0; i < threads - 1; i++) {
            let worker;
            try {
                worker = new ((0,builtin/* workerThreads */.kp)().Worker)(script, { workerData: data, argv: [worker_entry/* SCAN_WORKER_ARG */.em], resourceLimits: workerLimits(this.job.maxFileSize) });
            }
            catch {
                // No thread to be had (a process or memory limit): go on with the workers there are.
                break;
            }
            let settle;
            const outcome = new Promise((resolve) => (settle = resolve));
            const h = { worker, sent: [], inFlight: 0, state: 'working', outcome };
            let answered = false;
            worker.on('message', (m) => {
                if ('checked' in m) {
                    h.inFlight--;
                    this.done += m.checked;
                    this.onProgress?.(this.done, this.listed);
                    this.feed(h);
                }
                else {
                    answered = true;
                    settle(m.result);
                }
            });
            worker.on('error', (e) => {
                answered = true;
                h.state = 'dead';
                settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e);
                // The others take what is left to hand out; this one's files are checked again here at the end.
                for (const other of this.helpers ?? [])
                    this.feed(other);
            });
            // A worker that ends without its result (whatever its exit code) must not leave the scan waiting.
            worker.on('exit', (code) => {
                if (!answered)
                    settle(new Error(`a scan worker stopped (code ${code}) before reporting; rerun with LEAKPROOF_THREADS=1`));
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
    stayHere() {
        this.alone = true;
        this.ownReading().read(this.pending);
        this.pending = [];
    }
}
function addStats(into, from) {
    into.files += from.files;
    into.bytes += from.bytes;
    into.longLines += from.longLines;
    for (const k of Object.keys(into.skipped))
        into.skipped[k] += from.skipped[k];
}


/***/ })

};
;