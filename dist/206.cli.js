"use strict";
exports.id = 206;
exports.ids = [206];
exports.modules = {

/***/ 1709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ CatFile)
/* harmony export */ });
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6349);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);


/** Buffers kept for reuse, and the most bytes they may hold between them. */
const POOL_BUFFERS = 32;
const POOL_BYTES = 32 * 1024 * 1024;
/** Smallest buffer made for an object: most files fit, so one buffer serves many. */
const MIN_BUFFER = 64 * 1024;
const EMPTY = Buffer.alloc(0);
/**
 * One `git cat-file --batch` process for all the objects a scan reads: names
 * (`:path`, `<sha>`, `HEAD:path`) go in on stdin, objects come back in order.
 * Blobs over the size limit are not kept, only their first bytes. With
 * `sizesOnly` (`--batch-check`), only each object's type and size come back:
 * the blob has an empty head and a null body.
 */
class CatFile {
    sizesOnly;
    child;
    done;
    queue = [];
    /** The start of a header line whose end has not arrived yet. */
    header = EMPTY;
    /** The object being received: its header is parsed, its bytes are still arriving. */
    current = null;
    failure = null;
    unsent = [];
    /**
     * Buffers given back with `release`: objects are read into them, so a
     * long scan reuses a few buffers instead of making (and leaving for the
     * garbage collector) one per object.
     */
    pool = [];
    pooled = 0;
    constructor(cwd, sizesOnly = false) {
        this.sizesOnly = sizesOnly;
        this.child = (0,_spawn__WEBPACK_IMPORTED_MODULE_0__/* .spawnGit */ .Iz)(cwd, ['cat-file', sizesOnly ? '--batch-check' : '--batch']);
        this.done = (0,_spawn__WEBPACK_IMPORTED_MODULE_0__/* .exited */ .kV)(this.child, 'cat-file');
        this.done.catch((e) => this.fail(e));
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.stdin.on('error', () => {
            // git exited early; the exit handler reports why.
        });
    }
    read(name, maxSize) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (name.includes('\n'))
            return Promise.resolve(null);
        return new Promise((resolve, reject) => {
            this.queue.push({ maxSize, resolve, reject });
            // Names asked for in one go are written in one go: one pipe write, not one per name.
            if (this.unsent.length === 0)
                queueMicrotask(() => this.send());
            this.unsent.push(name);
        });
    }
    send() {
        const names = this.unsent;
        this.unsent = [];
        this.child.stdin.write(`${names.join('\n')}\n`);
    }
    /**
     * Gives a blob's buffer back for the next objects to be read into: call
     * once nothing will look at the blob's bytes again.
     */
    release(blob) {
        const storage = blob?.storage;
        if (!storage || this.pool.length >= POOL_BUFFERS || this.pooled + storage.length > POOL_BYTES)
            return;
        blob.storage = undefined;
        this.pool.push(storage);
        this.pooled += storage.length;
    }
    /** A buffer of at least `n` bytes: a released one when one is large enough. */
    buffer(n) {
        let best = -1;
        for (let i = 0; i < this.pool.length; i++) {
            const b = this.pool[i];
            if (b.length >= n && (best < 0 || b.length < this.pool[best].length))
                best = i;
        }
        if (best >= 0) {
            const b = this.pool.splice(best, 1)[0];
            this.pooled -= b.length;
            return b;
        }
        let size = MIN_BUFFER;
        while (size < n)
            size *= 2;
        return Buffer.allocUnsafeSlow(size);
    }
    async close() {
        this.child.stdin.end();
        await this.done.catch(() => undefined);
    }
    fail(e) {
        this.failure = e;
        for (const p of this.queue.splice(0))
            p.reject(e);
    }
    /**
     * Takes git's output as it comes. An object's bytes are copied straight
     * from the chunks they arrive in into a buffer of the object's size, so no
     * chunk outlives its turn; only a header line cut between two chunks is
     * put together on its own.
     */
    receive(chunk) {
        let at = 0;
        while (at < chunk.length) {
            const c = this.current;
            if (c) {
                // The object's bytes (or, over the size limit, its first bytes), then the LF that ends each object.
                const take = Math.min(c.size - c.got, chunk.length - at);
                if (c.got < c.bytes.length)
                    chunk.copy(c.bytes, c.got, at, at + Math.min(take, c.bytes.length - c.got));
                c.got += take;
                at += take;
                if (c.got < c.size || at >= chunk.length)
                    continue;
                at++;
                const pending = this.queue.shift();
                this.current = null;
                const whole = c.bytes.length === c.size;
                pending.resolve({ head: c.bytes.subarray(0, _core_text__WEBPACK_IMPORTED_MODULE_1__/* .SNIFF_BYTES */ .dD), body: whole ? c.bytes : null, size: c.size, type: c.type, storage: c.storage });
                continue;
            }
            const nl = chunk.indexOf(10, at);
            if (nl < 0) {
                this.header = this.header.length === 0 ? Buffer.from(chunk.subarray(at)) : Buffer.concat([this.header, chunk.subarray(at)]);
                return;
            }
            const line = this.header.length === 0 ? chunk.toString('utf8', at, nl) : Buffer.concat([this.header, chunk.subarray(at, nl)]).toString('utf8');
            this.header = EMPTY;
            at = nl + 1;
            this.startObject(line);
        }
    }
    /** "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous". */
    startObject(header) {
        const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
        if (!m) {
            this.queue.shift()?.resolve(null);
            return;
        }
        if (this.sizesOnly) {
            this.queue.shift().resolve({ head: EMPTY, body: null, size: Number(m[2]), type: m[1] });
            return;
        }
        const size = Number(m[2]);
        const kept = size <= this.queue[0].maxSize ? size : Math.min(size, _core_text__WEBPACK_IMPORTED_MODULE_1__/* .SNIFF_BYTES */ .dD);
        const storage = this.buffer(kept);
        this.current = { type: m[1], size, bytes: storage.subarray(0, kept), got: 0, storage };
    }
}


/***/ }),

/***/ 2425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ PATCH_FLAGS),
/* harmony export */   o: () => (/* binding */ NOT_DELETED)
/* harmony export */ });
/**
 * Flags that make patch output the same whatever the user's git config:
 * no colour, no external diff or textconv, standard prefixes, line ranges only.
 */
const PATCH_FLAGS = [
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--full-index',
];
/** Deleted files add nothing; leaving them out keeps the stream small. */
const NOT_DELETED = '--diff-filter=ACMRT';


/***/ }),

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanHistory: () => (/* binding */ scanHistory)
});

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var src_rules = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/engine/git.ts
var git = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5483);
// EXTERNAL MODULE: ./src/engine/suppress.ts
var suppress = __webpack_require__(2111);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/engine/git-sources/cat-file.ts
var cat_file = __webpack_require__(1709);
// EXTERNAL MODULE: ./src/engine/git-sources/patch.ts
var patch = __webpack_require__(2604);
// EXTERNAL MODULE: ./src/engine/git-sources/diff-args.ts
var diff_args = __webpack_require__(2425);
// EXTERNAL MODULE: ./src/engine/git-sources/spawn.ts
var spawn = __webpack_require__(6349);
// EXTERNAL MODULE: ./src/engine/git-sources/repo.ts
var git_sources_repo = __webpack_require__(5376);
// EXTERNAL MODULE: ./src/engine/line-ranges.ts
var line_ranges = __webpack_require__(6729);
;// CONCATENATED MODULE: ./src/engine/bounded-map.ts
/**
 * A map that holds at most `limit` entries: past that, the least recently
 * set or read one goes. For caches whose misses cost time, not correctness.
 */
class BoundedMap {
    limit;
    map = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    get(key) {
        const v = this.map.get(key);
        if (v !== undefined) {
            // Map keeps insertion order: moving the entry to the end makes it the newest.
            this.map.delete(key);
            this.map.set(key, v);
        }
        return v;
    }
    has(key) {
        return this.map.has(key);
    }
    set(key, value) {
        this.map.delete(key);
        this.map.set(key, value);
        if (this.map.size > this.limit)
            this.map.delete(this.map.keys().next().value);
    }
    get size() {
        return this.map.size;
    }
}

// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
;// CONCATENATED MODULE: ./src/engine/git-sources/history.ts
















const ZERO_OID = /^0+$/;
/** Commits, or changed files, that make a batch worth scanning. */
const PREFETCH_FILES = 64;
const PREFETCH_COMMITS = 32;
/** Files read ahead: enough to keep cat-file busy, few enough (each at most --max-file-size) to keep memory bounded. */
const READ_AHEAD = 16;
/** Commits and files parsed but not yet scanned, past which git's output is left waiting. */
const MAX_WAITING_COMMITS = 1024;
const MAX_WAITING_FILES = 16384;
/**
 * Outcomes of files already checked: bounded, so memory stays flat on long
 * histories (one that has fallen out is checked again if needed).
 */
const KNOWN_OUTCOMES = 1024;
/** Clean blobs remembered per path: the latest few, for side branches that diff from an older one. */
const CLEAN_PER_PATH = 4;
/**
 * Blobs known to hold nothing any rule looks for, by path: a diff's old
 * blob is the one last seen at its path (or a few before, on branches), so
 * memory grows with the number of paths, not with the length of history.
 */
class CleanBlobs {
    byPath = new Map();
    has(path, oid) {
        return this.byPath.get(path)?.includes(oid) === true;
    }
    add(path, oid) {
        const oids = this.byPath.get(path);
        if (!oids)
            this.byPath.set(path, [oid]);
        else if (!oids.includes(oid)) {
            oids.push(oid);
            if (oids.length > CLEAN_PER_PATH)
                oids.shift();
        }
    }
}
/** The same promise, marked as handled: a read sent ahead may never be awaited if the scan stops first. */
function settled(p) {
    p.catch(() => undefined);
    return p;
}
function pendingFiles(commits) {
    let n = 0;
    for (const c of commits)
        n += c.files.length;
    return n;
}
/**
 * Scans every commit reachable from HEAD (or in since..HEAD), oldest first,
 * from one `git log -p` stream and one `git cat-file --batch` process. Only
 * one batch of commits is held at a time. Merge commits are diffed against
 * their first parent, so a secret written while resolving a conflict is
 * found too; what a merge brings in from the other branch is attributed to
 * the older commit that introduced it.
 *
 * Only added lines are reported, and most changes need no more than the
 * patch to be judged: the added lines are screened for the words and
 * prefixes the rules look for, and a blob whose parent blob held none of
 * them and whose added lines hold none holds none either, so it is never
 * read (only its size is asked, for the counts). A blob that may hold one
 * is read and checked with the rules told which lines were added
 * (`FileContext.focus`): they look only at the lines around them, with the
 * whole file at hand for context. A file checked once is not checked again
 * for the same lines (a merge repeats its branch's changes).
 */
async function scanHistory(options, rules = src_rules.RULES) {
    const started = (0,clock/* clockStart */.v)();
    const root = external_node_path_.resolve(options.root);
    rules = (0,pipeline/* enabledRules */.nb)(rules, options.rules);
    await (0,globs/* loadGlobs */.wz)(...(0,globs/* globLists */.IX)(options));
    const ignored = (0,globs/* pathMatcher */.kZ)(options.ignore ?? []);
    const repo = await (0,git_sources_repo/* repoInfo */.Lt)(root, '--history');
    const stats = (0,pipeline/* emptyStats */.bD)();
    const [hasHead, shallowOut, since] = await Promise.all([
        (0,git_sources_repo/* hasCommit */.QE)(root),
        (0,git/* git */.$Y)(root, ['rev-parse', '--is-shallow-repository']),
        options.since !== undefined ? (0,git_sources_repo/* resolveRef */.qE)(root, options.since) : undefined,
    ]);
    const shallow = shallowOut.toString('utf8').trim() === 'true';
    const history = { commits: 0, shallow, ...(options.since !== undefined ? { since: options.since } : {}) };
    if (!hasHead) {
        return { root, mode: 'git', findings: [], stats, errors: [], secretValues: [], history };
    }
    const maxFileSize = options.maxFileSize ?? types/* DEFAULT_MAX_FILE_SIZE */.S;
    const settings = (0,pipeline/* ruleSettings */.I8)(options, (0,globs/* contextOverrides */.Tl)(options.contexts));
    const cat = new cat_file/* CatFile */.t(root);
    let sizes = null;
    /**
     * Each finding as its first commit gave it (the walk goes oldest first), and
     * where it was last seen: the report lists findings that sort alike in the
     * order of the newest commit that gave them, as a walk from HEAD meets them.
     */
    const byFingerprint = new Map();
    let commitNumber = 0;
    const secretValues = new Set();
    /** Asks what the rules look for; adds nothing itself. */
    const rulesAsk = new pipeline/* FindingCollector */.xe(rules, settings, stats);
    const clean = new CleanBlobs();
    const outcomes = new BoundedMap(KNOWN_OUTCOMES);
    const readsAnyway = new Map();
    const mustRead = (p) => {
        let r = readsAnyway.get(p);
        if (r === undefined)
            readsAnyway.set(p, (r = rulesAsk.readsAnyway(p)));
        return r;
    };
    /**
     * What each changed file of a commit needs. A blob whose lines all came
     * from clean lines (the parent blob's, or the patch's for a new file) is
     * clean: it is never read. Requests go out at once, so git is never idle
     * waiting for the next; at most `budget` reads are sent ahead, the rest
     * are read when their commit comes.
     */
    const plan = (c, budget) => {
        c.files = c.files.filter((f) => !ignored(f.path));
        const work = [];
        for (const f of c.files) {
            if (f.isDeleted)
                continue;
            if (f.mode === '160000')
                work.push({ kind: 'gitlink', file: f });
            else if (f.mode === '120000')
                work.push({ kind: 'symlink' });
            else if (!f.oid || ZERO_OID.test(f.oid))
                continue;
            else if (!f.binary && !f.flagged && (f.isNew || (f.oldOid !== null && clean.has(f.path, f.oldOid))) && !mustRead(f.path)) {
                clean.add(f.path, f.oid);
                sizes ??= new cat_file/* CatFile */.t(root, true);
                work.push({ kind: 'size', file: f, blob: settled(sizes.read(f.oid, maxFileSize)) });
            }
            else {
                const key = `${f.path}\0${f.oid}\0${f.isNew ? '' : f.added.join(',')}`;
                const ahead = !outcomes.has(key) && budget.reads-- > 0;
                work.push({ kind: 'read', file: f, key, blob: ahead ? settled(cat.read(f.oid, maxFileSize)) : null });
            }
        }
        return work;
    };
    const scanBatch = async (commits) => {
        const budget = { reads: READ_AHEAD };
        const work = commits.map((c) => plan(c, budget));
        for (let i = 0; i < commits.length; i++)
            await scanCommit(commits[i], work[i]);
    };
    const scanCommit = async (c, work) => {
        const collector = new pipeline/* FindingCollector */.xe(rules, settings, stats);
        const entries = [];
        for (const w of work) {
            if (w.kind === 'gitlink')
                entries.push({ path: w.file.path, status: 'tracked', kind: 'gitlink' });
            else if (w.kind === 'symlink')
                stats.skipped.symlink++;
        }
        for (const w of work) {
            if (w.kind === 'gitlink' || w.kind === 'symlink')
                continue;
            if (w.kind === 'size') {
                const blob = await w.blob;
                if (!blob) {
                    stats.skipped.missing++;
                    continue;
                }
                entries.push({ path: w.file.path, status: 'tracked', kind: 'file' });
                // What reading it would have counted: it is text (no NUL byte) unless it is too large.
                if (blob.size > maxFileSize)
                    stats.skipped.tooLarge++;
                else {
                    stats.files++;
                    stats.bytes += blob.size;
                }
            }
            else {
                const f = w.file;
                const known = outcomes.get(w.key);
                if (known) {
                    entries.push({ path: f.path, status: 'tracked', kind: 'file' });
                    collector.addOutcome(known);
                    continue;
                }
                const blob = await (w.blob ?? cat.read(f.oid, maxFileSize));
                if (!blob) {
                    stats.skipped.missing++;
                    continue;
                }
                entries.push({ path: f.path, status: 'tracked', kind: 'file' });
                const outcome = collector.checkFile({ path: f.path, status: 'tracked', head: blob.head, body: blob.body, size: blob.size }, f.isNew ? undefined : new line_ranges/* LineRanges */.R(f.added), true);
                // The rules keep no part of the bytes (findings hold strings): the buffer serves the next blob.
                cat.release(blob);
                collector.addOutcome(outcome);
                outcomes.set(w.key, outcome);
                if (outcome.quiet)
                    clean.add(f.path, f.oid);
            }
        }
        await collector.addTree({
            mode: 'git',
            settings,
            entries,
            readText: async (p) => {
                return (0,core_text/* textOf */.b6)(await cat.read(`${c.sha}:${repo.prefix}${p}`, maxFileSize));
            },
            changedOnly: true,
        });
        const done = collector.finish();
        for (const v of done.secretValues)
            secretValues.add(v);
        const number = commitNumber++;
        done.findings.forEach((f, index) => {
            const known = byFingerprint.get(f.fingerprint);
            if (known)
                Object.assign(known, { commit: number, index });
            else
                byFingerprint.set(f.fingerprint, { finding: { ...f, commit: { sha: c.sha, date: c.date, deleted: false } }, commit: number, index });
        });
    };
    const maxCount = options.maxCommits !== undefined ? [`--max-count=${options.maxCommits}`] : [];
    const range = since ? `${since}..HEAD` : 'HEAD';
    // The filter that keeps deletions out of the stream also hides commits that only delete: count them apart.
    const total = (0,git/* git */.$Y)(root, ['rev-list', '--count', ...maxCount, '--end-of-options', range, '--']);
    total.catch(() => undefined);
    // Oldest first, so that a blob's parent blob is judged before it. `--reverse` would apply
    // `--max-count` before the filter hides the commits that only delete: the commits the limit
    // picks are listed first, then given to git in order.
    const picked = options.maxCommits !== undefined ? await newestCommits(root, options.maxCommits, range) : null;
    const args = [
        'log',
        ...(picked ? ['--no-walk=unsorted', '--stdin'] : ['--reverse']),
        ...LOG_FLAGS,
        ...diff_args/* PATCH_FLAGS */.J,
        '--no-show-signature',
        '--format=%x00%H %aI',
        ...(picked ? [] : ['--end-of-options', range]),
        '--',
    ];
    const child = (0,spawn/* spawnGit */.Iz)(root, args);
    const exit = (0,spawn/* exited */.kV)(child, 'log');
    child.stdin.on('error', () => {
        // git exited early; `exit` says why.
    });
    child.stdin.end(picked ? picked.reverse().map((sha) => `${sha}\n`).join('') : '');
    let current = null;
    let pending = [];
    const reader = new patch/* PatchReader */.q({
        onCommit(header) {
            const sp = header.indexOf(' ');
            current = { sha: header.slice(0, sp), date: header.slice(sp + 1), files: [] };
            pending.push(current);
        },
        onFile(f) {
            current?.files.push(f);
        },
    }, { screen: (added) => rulesAsk.holdsLiterals(added) });
    // git keeps writing while commits are scanned: the stream is read on as it comes, and paused only
    // when too much waits (file lists, not content, so that is little memory).
    const splitter = new spawn/* LineSplitter */.g3();
    const onLine = (buf, start, end) => reader.line(buf, start, end);
    let ended = false;
    let failure = null;
    let waiting = 0;
    let wake = null;
    const signal = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    const stream = child.stdout;
    stream.on('data', (chunk) => {
        splitter.push(chunk, onLine);
        reader.release();
        waiting = pendingFiles(pending);
        if (pending.length > MAX_WAITING_COMMITS || waiting > MAX_WAITING_FILES)
            stream.pause();
        signal();
    });
    stream.on('end', () => {
        splitter.end(onLine);
        reader.end();
        ended = true;
        signal();
    });
    stream.on('error', (e) => {
        failure = e;
        signal();
    });
    let scanned = 0;
    try {
        for (;;) {
            if (failure)
                throw failure;
            // A commit is complete once the next one starts; complete commits are scanned in small batches.
            const ready = ended ? pending.length : pending.length - 1;
            if (ready > 0 && (ended || ready >= PREFETCH_COMMITS || waiting >= PREFETCH_FILES)) {
                const batch = pending.slice(0, ready);
                pending = pending.slice(ready);
                waiting = pendingFiles(pending);
                if (stream.isPaused() && !ended)
                    stream.resume();
                await scanBatch(batch);
                scanned += batch.length;
                options.onCommit?.(scanned);
                continue;
            }
            if (ended)
                break;
            if (stream.isPaused())
                stream.resume();
            await new Promise((resolve) => (wake = resolve));
        }
        await exit;
        history.commits = Number((await total).toString('utf8').trim()) || 0;
        const seen = [...byFingerprint.values()].sort((a, b) => b.commit - a.commit || a.index - b.index).map((s) => s.finding);
        await markDeleted(root, repo.prefix, seen, cat, rules, settings, maxFileSize);
        // History has no inline comments to honour; levels, `allow` and the baseline apply as for a folder scan.
        const { findings, baseline } = (0,suppress/* settle */.G9)(seen, [], options);
        if (baseline)
            stats.baseline = baseline;
        findings.sort(pipeline/* compareFindings */.Eg);
        stats.durationMs = (0,clock/* msSince */.X)(started);
        return { root, mode: 'git', findings, stats, errors: [], secretValues: [...secretValues].sort(), history };
    }
    finally {
        if (child.exitCode === null)
            child.kill();
        await cat.close();
        await sizes?.close();
    }
}
/** Which commits the walk shows: merges diffed against their first parent, deletions left out. */
const LOG_FLAGS = ['--no-renames', '--diff-merges=first-parent', diff_args/* NOT_DELETED */.o, '--relative'];
/**
 * The `limit` newest commits in `range` that the history walk shows (those
 * that change more than deletions), newest first.
 */
async function newestCommits(root, limit, range) {
    if (limit <= 0)
        return [];
    // "\0<sha>\0\n<path>\0<path>\0\0<sha>\u2026": a path is never empty, so each commit id follows an empty
    // field. Read as it comes, keeping only the ids: the paths of a long history add up to megabytes.
    const child = (0,spawn/* spawnGit */.Iz)(root, ['log', ...LOG_FLAGS, '--name-only', '-z', '--format=%x00%H', `--max-count=${limit}`, '--end-of-options', range, '--']);
    const exit = (0,spawn/* exited */.kV)(child, 'log', false);
    child.stdin.end();
    const shas = [];
    let field = '';
    let afterEmpty = true;
    for await (const chunk of child.stdout) {
        let start = 0;
        for (let nul = chunk.indexOf(0); nul >= 0; start = nul + 1, nul = chunk.indexOf(0, start)) {
            // Only a field that may be a commit id is made a string.
            const short = field.length + nul - start <= 64;
            const text = short ? field + chunk.toString('latin1', start, nul) : '';
            if (afterEmpty && /^[0-9a-f]{40,64}$/.test(text))
                shas.push(text);
            afterEmpty = field.length === 0 && nul === start;
            field = '';
        }
        if (field.length <= 64)
            field += chunk.toString('latin1', start, Math.min(chunk.length, start + 65));
    }
    await exit;
    return shas;
}
/**
 * A finding is `deleted` when its path is gone from HEAD, or when scanning
 * HEAD's version of the file no longer yields the same fingerprint.
 */
async function markDeleted(root, prefix, findings, cat, rules, settings, maxFileSize) {
    if (findings.length === 0)
        return;
    const headPaths = new Set((0,git/* splitZ */.fs)(await (0,git/* git */.$Y)(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])));
    const paths = [...new Set(findings.filter((f) => headPaths.has(f.path) && f.line !== undefined).map((f) => f.path))];
    const present = new Set();
    for (const p of paths) {
        const blob = await cat.read(`HEAD:${prefix}${p}`, maxFileSize);
        if (!blob)
            continue;
        const collector = new pipeline/* FindingCollector */.xe(rules, settings, (0,pipeline/* emptyStats */.bD)());
        collector.addFile({ path: p, status: 'tracked', head: blob.head, body: blob.body, size: blob.size });
        cat.release(blob);
        for (const f of collector.finish().findings)
            present.add(f.fingerprint);
    }
    for (const f of findings) {
        const gone = !headPaths.has(f.path) || (f.line !== undefined && !present.has(f.fingerprint));
        f.commit.deleted = gone;
    }
}


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ PatchReader),
/* harmony export */   u: () => (/* binding */ addedLines)
/* harmony export */ });
/* harmony import */ var _quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2706);
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6349);
/* harmony import */ var _line_ranges__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6729);



const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * Reads `git diff`/`git log -p` output (unified, `-U0`) line by line and
 * reports each file's header facts and added line ranges. Content lines are
 * classified by their first byte; added ones are screened when asked, never
 * kept beyond a batch.
 */
class PatchReader {
    events;
    options;
    file = null;
    inHunks = false;
    /** Consecutive added lines of one buffer, screened as one piece: `+a\n+b`. */
    run = null;
    constructor(events, options = {}) {
        this.events = events;
        this.options = options;
    }
    /**
     * One line of the stream, `buf[start, end)`, without its line feed
     * (`LineSplitter` in spawn.ts gives at most MAX_KEPT_LINE bytes of it).
     * The bytes are not kept past the call, but for a run of added lines
     * waiting to be screened: call `release` before reusing the buffer.
     */
    line(buf, start = 0, end = buf.length) {
        const first = end > start ? buf[start] : -1;
        if (this.inHunks && (first === 43 /* + */ || first === 45 /* - */ || first === 32 /* space */ || first === 92 /* \ */)) {
            if (first === 43 && this.options.screen && this.file && !this.file.flagged)
                this.screenLine(buf, start, end);
            else
                this.endRun();
            return;
        }
        this.endRun();
        if (first === 0) {
            this.flush();
            this.events.onCommit?.(buf.toString('utf8', start + 1, end));
            return;
        }
        const s = buf.toString('utf8', start, end);
        if (s.startsWith('diff --git ')) {
            this.flush();
            this.file = { path: headerPath(s.slice(11)), mode: null, oid: null, oldOid: null, isNew: false, isDeleted: false, binary: false, added: [], flagged: false };
            return;
        }
        const f = this.file;
        if (!f)
            return;
        if (s.startsWith('@@ ')) {
            this.inHunks = true;
            const m = HUNK.exec(s);
            if (!m)
                return;
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0) {
                const last = f.added.length;
                // -U0 hunks that touch are merged into one range.
                if (last > 0 && f.added[last - 1] === start)
                    f.added[last - 1] = start + count;
                else
                    f.added.push(start, start + count);
            }
            return;
        }
        if (this.inHunks)
            return;
        if (s.startsWith('+++ ')) {
            const p = (0,_quote__WEBPACK_IMPORTED_MODULE_0__/* .unquoteWhole */ .x)(s.slice(4));
            if (p.startsWith('b/'))
                f.path = p.slice(2);
        }
        else if (s.startsWith('new file mode ')) {
            f.isNew = true;
            f.mode = s.slice(14).trim();
        }
        else if (s.startsWith('deleted file mode ')) {
            f.isDeleted = true;
        }
        else if (s.startsWith('new mode ')) {
            f.mode = s.slice(9).trim();
        }
        else if (s.startsWith('index ')) {
            const m = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?/.exec(s);
            if (m) {
                f.oldOid = m[1];
                f.oid = m[2];
                if (m[3])
                    f.mode = m[3];
            }
        }
        else if (s.startsWith('rename to ') || s.startsWith('copy to ')) {
            f.path = (0,_quote__WEBPACK_IMPORTED_MODULE_0__/* .unquoteWhole */ .x)(s.slice(s.indexOf(' to ') + 4));
        }
        else if (s.startsWith('Binary files ') || s === 'GIT binary patch') {
            f.binary = true;
        }
    }
    /** Screens the added lines still waiting, so nothing refers to the buffers given so far. */
    release() {
        this.endRun();
    }
    /** Reports the last file; call once the stream has ended. */
    end() {
        this.flush();
    }
    flush() {
        if (this.file) {
            this.endRun();
            this.events.onFile(this.file);
        }
        this.file = null;
        this.inHunks = false;
    }
    screenLine(buf, start, end) {
        // A line cut short by the reader may hold anything past the cut.
        if (end - start >= _spawn__WEBPACK_IMPORTED_MODULE_1__/* .MAX_KEPT_LINE */ .vr) {
            this.file.flagged = true;
            this.run = null;
            return;
        }
        // Lines that follow each other in one buffer are screened as one piece, with their `+` and line
        // feeds, where they are (no copy): no literal holds a line feed, so none is found across lines,
        // and a literal that took in the `+` could only make the screen say yes where it need not.
        const run = this.run;
        if (run && run.buf === buf && run.end + 1 === start)
            run.end = end;
        else {
            this.endRun();
            this.run = { buf, start, end };
        }
    }
    /** Screens the current run of added lines. */
    endRun() {
        const run = this.run;
        if (!run)
            return;
        this.run = null;
        if (this.file && !this.file.flagged && this.options.screen(run.buf.subarray(run.start, run.end)))
            this.file.flagged = true;
    }
}
/** The new-side path from `a/<p> b/<p>` (quoted or not); renames are read from later header lines. */
function headerPath(rest) {
    if (rest.startsWith('"')) {
        const a = (0,_quote__WEBPACK_IMPORTED_MODULE_0__/* .readGitPath */ .I)(rest, 0);
        const b = (0,_quote__WEBPACK_IMPORTED_MODULE_0__/* .readGitPath */ .I)(rest, a.end + 1).path;
        return b.startsWith('b/') ? b.slice(2) : b;
    }
    // Without a rename both sides are the same path: "a/P b/P".
    const n = (rest.length - 5) / 2;
    if (Number.isInteger(n) && n > 0 && rest.slice(2, 2 + n) === rest.slice(5 + n))
        return rest.slice(2, 2 + n);
    const b = rest.lastIndexOf(' b/');
    return b >= 0 ? rest.slice(b + 3) : rest;
}
/** A predicate for "this line number was added", from [start, end) pairs. */
function addedLines(ranges) {
    const set = new _line_ranges__WEBPACK_IMPORTED_MODULE_2__/* .LineRanges */ .R(ranges);
    return (line) => set.has(line);
}


/***/ }),

/***/ 2706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readGitPath),
/* harmony export */   x: () => (/* binding */ unquoteWhole)
/* harmony export */ });
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * Reads a path as git prints it in patch headers: as is, or C-quoted
 * (`"a\tb"`, octal bytes) when it holds special characters. Returns the
 * path and where the token ended.
 */
function readGitPath(s, from) {
    if (s[from] !== '"') {
        const sp = s.indexOf(' ', from);
        const end = sp < 0 ? s.length : sp;
        return { path: s.slice(from, end), end };
    }
    const bytes = [];
    let i = from + 1;
    while (i < s.length && s[i] !== '"') {
        const c = s[i];
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            i++;
            continue;
        }
        const n = s[i + 1] ?? '';
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
            i += 4;
        }
        else {
            bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
            i += 2;
        }
    }
    return { path: Buffer.from(bytes).toString('utf8'), end: i + 1 };
}
/** A whole header value that is one path, quoted or not (`rename to \u2026`, `+++ b/\u2026`). */
function unquoteWhole(s) {
    return s.startsWith('"') ? readGitPath(s, 0).path : s;
}


/***/ }),

/***/ 5376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ repoInfo),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   qE: () => (/* binding */ resolveRef)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2434);
/* harmony import */ var _scan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2414);



/** Checks that `root` is in a git work tree; git modes make no sense elsewhere. */
async function repoInfo(root, option) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(root).catch(() => null);
    if (!st?.isDirectory())
        throw new _scan__WEBPACK_IMPORTED_MODULE_2__/* .ScanInputError */ .o(`${root} is not a folder: pass the repository folder to scan, e.g. \`leakproof ${option}\``);
    let where;
    try {
        where = (await (0,_git__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], { allowFailure: true })).toString('utf8').split('\n');
    }
    catch (e) {
        if (e instanceof _git__WEBPACK_IMPORTED_MODULE_1__/* .GitUnavailable */ .BZ)
            throw new _scan__WEBPACK_IMPORTED_MODULE_2__/* .ScanInputError */ .o(`${option} needs git, which is not installed or not on PATH`);
        throw e;
    }
    if (where[0].trim() !== 'true')
        throw new _scan__WEBPACK_IMPORTED_MODULE_2__/* .ScanInputError */ .o(`${option} needs a git work tree, and ${root} is not in one: run it inside a repository`);
    return { prefix: (where[1] ?? '').trim() };
}
/** True when HEAD names a commit (false before the first commit). */
async function hasCommit(root) {
    return (await (0,_git__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allowFailure: true })).length > 0;
}
/** Resolves REF to a commit id, or fails with a line that says what to do. */
async function resolveRef(root, ref) {
    if (ref.startsWith('-'))
        throw new _scan__WEBPACK_IMPORTED_MODULE_2__/* .ScanInputError */ .o(`--since takes a branch, tag or commit, not "${ref}"`);
    const out = (await (0,_git__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true }))
        .toString('utf8')
        .trim();
    if (!out) {
        throw new _scan__WEBPACK_IMPORTED_MODULE_2__/* .ScanInputError */ .o(`--since: "${ref}" is not a commit in this repository; pass a branch, tag or commit id that exists here (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`);
    }
    return out;
}


/***/ }),

/***/ 2111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle)
/* harmony export */ });
/* unused harmony export scrubReasons */
/* harmony import */ var _core_context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8480);
/* harmony import */ var _suppress_comments__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(410);
/* harmony import */ var _fingerprint__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(178);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2393);
/* harmony import */ var _baseline__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6187);
/* harmony import */ var _pipeline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5483);
/* harmony import */ var _core_globs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8684);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9552);
/* harmony import */ var _rules_unused_suppression__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7991);









/**
 * Applies the configuration and the exceptions to finished findings: rule
 * levels, inline comments, `allow` entries, then the baseline. Suppressed
 * findings stay in the list, marked with who suppressed them and why; a
 * comment that suppresses nothing becomes an `unused-suppression` notice.
 */
function settle(findings, files, opts = {}, secretValues = []) {
    const levels = opts.rules ?? {};
    const regrade = (f) => {
        const level = levels[f.ruleId];
        if (level === 'off')
            return null;
        return level ? { ...f, severity: level } : { ...f };
    };
    const allowed = (opts.allow ?? []).map((a) => ({ ...a, match: (0,_core_globs__WEBPACK_IMPORTED_MODULE_6__/* .pathMatcher */ .kZ)(a.paths) }));
    const allow = (f) => {
        if (f.suppressed)
            return;
        const a = allowed.find((e) => e.rule === f.ruleId && e.match(f.path));
        if (a)
            f.suppressed = { by: 'config', reason: a.reason };
    };
    // path \u2192 target line \u2192 comments aimed at it
    const targets = new Map();
    for (const file of files) {
        const byLine = new Map();
        for (const c of file.comments) {
            const t = c.nextLine ? c.line + 1 : c.line;
            byLine.set(t, [...(byLine.get(t) ?? []), c]);
        }
        targets.set(file.path, byLine);
    }
    const used = new Set();
    const out = [];
    for (const raw of findings) {
        const f = regrade(raw);
        if (!f)
            continue;
        if (f.line !== undefined) {
            const c = targets.get(f.path)?.get(f.line)?.find((x) => x.rules.length === 0 || x.rules.includes(f.ruleId));
            if (c) {
                used.add(c);
                f.suppressed = c.reason ? { by: 'inline', reason: c.reason, line: c.line } : { by: 'inline', line: c.line };
            }
        }
        allow(f);
        out.push(f);
    }
    for (const n of unusedNotices(files, used, new _core_context__WEBPACK_IMPORTED_MODULE_0__/* .ContextClassifier */ .NU((0,_core_globs__WEBPACK_IMPORTED_MODULE_6__/* .contextOverrides */ .Tl)(opts.contexts)))) {
        const f = regrade(n);
        if (!f)
            continue;
        allow(f);
        out.push(f);
    }
    scrubReasons(out, secretValues);
    const based = opts.baseline ? (0,_baseline__WEBPACK_IMPORTED_MODULE_7__/* .applyBaseline */ .Qp)(out, opts.baseline) : null;
    out.sort(_pipeline__WEBPACK_IMPORTED_MODULE_3__/* .compareFindings */ .Eg);
    return based ? { findings: out, baseline: based } : { findings: out };
}
const KNOWN = new Set(_rules__WEBPACK_IMPORTED_MODULE_4__.RULES.map((r) => r.meta.id));
/** Only id-shaped words are echoed back, so a stray value in a comment never reaches a report. */
const ID_SHAPED = /^[a-z0-9][a-z0-9-]{0,39}$/;
function unusedNotices(files, used, contexts) {
    const out = [];
    for (const file of files) {
        const seen = new Map();
        for (const c of file.comments) {
            const unknown = c.rules.filter((id) => !KNOWN.has(id));
            if (!c.reportable || (used.has(c) && unknown.length === 0))
                continue;
            const form = c.nextLine ? `${_suppress_comments__WEBPACK_IMPORTED_MODULE_1__/* .DIRECTIVE */ .Eq}${_suppress_comments__WEBPACK_IMPORTED_MODULE_1__/* .NEXT_LINE */ .zc}` : _suppress_comments__WEBPACK_IMPORTED_MODULE_1__/* .DIRECTIVE */ .Eq;
            const named = unknown.filter((id) => ID_SHAPED.test(id)).map((id) => `\`${id}\``);
            const unknownText = unknown.length === 0
                ? ''
                : ` It names ${named.length > 0 ? `unknown rule ${named.join(', ')}` : 'an unknown rule'}: ` +
                    '`leakproof --list-rules` lists the ids, and a reason goes after ` -- `.';
            const message = used.has(c)
                ? `This \`${form}\` comment suppresses a finding.${unknownText}`
                : `This \`${form}\` comment suppresses nothing: no ${ofRules(c.rules)} on ${c.nextLine ? 'the next line' : 'its line'}.${unknownText} Remove it so stale exceptions do not pile up.`;
            const context = `${form}\0${c.rules.join(',')}`;
            const placed = contexts.of(file.path);
            const n = seen.get(context) ?? 0;
            seen.set(context, n + 1);
            out.push({
                ruleId: _rules_unused_suppression__WEBPACK_IMPORTED_MODULE_5__/* .unusedSuppression */ .s.meta.id,
                severity: _rules_unused_suppression__WEBPACK_IMPORTED_MODULE_5__/* .unusedSuppression */ .s.meta.severity,
                path: file.path,
                line: c.line,
                column: c.column,
                endLine: c.line,
                message,
                fingerprint: (0,_fingerprint__WEBPACK_IMPORTED_MODULE_2__/* .fingerprint */ .R)(_rules_unused_suppression__WEBPACK_IMPORTED_MODULE_5__/* .unusedSuppression */ .s.meta.id, file.path, context, n),
                status: file.status,
                context: placed.context,
                contextWhy: placed.why,
            });
        }
    }
    return out;
}

function ofRules(ids) {
    if (ids.length === 0)
        return 'finding';
    if (!ids.every((id) => ID_SHAPED.test(id)))
        return 'finding of the rules it names';
    return `${ids.length === 1 ? 'finding of rule' : 'finding of rules'} ${ids.map((id) => `\`${id}\``).join(', ')}`;
}
/** Values shorter than this are placeholders (`dev`), not worth hiding inside free text. */
const MIN_SCRUBBED = 8;
/**
 * A suppression's reason is free text next to the secret: should it repeat
 * one of the scan's raw values, that value is shown redacted, like everywhere else.
 */
function scrubReasons(findings, secretValues) {
    const values = secretValues.filter((v) => v.length >= MIN_SCRUBBED && !/[\r\n]/.test(v));
    if (values.length === 0)
        return;
    for (const f of findings) {
        const reason = f.suppressed?.reason;
        if (!reason)
            continue;
        let out = reason;
        for (const v of values)
            if (out.includes(v))
                out = out.split(v).join((0,_redact__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(v));
        if (out !== reason)
            f.suppressed = { ...f.suppressed, reason: out };
    }
}


/***/ })

};
;