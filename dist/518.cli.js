export const id = 518;
export const ids = [518];
export const modules = {

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

/***/ 6064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ changedFiles),
  V: () => (/* binding */ scanChanges)
});

// EXTERNAL MODULE: ./src/engine/git.ts
var git = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/engine/pipeline.ts
var pipeline = __webpack_require__(4106);
// EXTERNAL MODULE: ./src/engine/suppress.ts
var suppress = __webpack_require__(2111);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/engine/git-sources/patch.ts
var patch = __webpack_require__(2604);
;// CONCATENATED MODULE: ./src/engine/novelty.ts

/** Questions about a change, answered from its list of changed files. */
class BaseChanges {
    files = new Map();
    /** Every folder above a new path: a finding about a folder is new when the change adds files in it. */
    newFolders = new Set();
    constructor(files) {
        for (const f of files) {
            this.files.set(f.path, { f, has: f.added === null ? null : (0,patch/* addedLines */.u)(f.added) });
            if (!f.newPath)
                continue;
            for (let i = f.path.lastIndexOf('/'); i > 0; i = f.path.lastIndexOf('/', i - 1))
                this.newFolders.add(f.path.slice(0, i));
        }
    }
    /** The change adds this path, or files inside this folder. */
    addsPath(path) {
        return this.files.get(path)?.f.newPath === true || this.newFolders.has(path);
    }
    /**
     * The change may have added or rewritten this line: true when it did, and
     * when it does not say which lines it changed (judging then errs toward new).
     */
    mayTouchLine(path, line) {
        const e = this.files.get(path);
        return e !== undefined && (e.f.created || e.has === null || e.has(line));
    }
    /** The change certainly added or rewrote this line. */
    addsLine(path, line) {
        const e = this.files.get(path);
        return e !== undefined && (e.f.created || (e.has !== null && e.has(line)));
    }
}
/**
 * Marks each finding new or pre-existing against the base, and lists the
 * findings hidden by inline suppressions the change brings in.
 *
 * A line finding is new when any line it spans may have been added or
 * rewritten (a renamed file's old lines stay old); a finding about a whole
 * file or folder is new when the change adds that path or files inside it.
 *
 * A suppression is listed when the change certainly added its comment, or
 * when the finding it hides is itself new (a secret slipped in under a
 * comment that was already there): a change cannot hide what it adds.
 */
function judgeAgainstBase(result, changes) {
    const findings = result.findings.map((f) => ({ ...f, new: isNew(f, changes) }));
    const addedSuppressions = [];
    for (const f of findings) {
        const s = f.suppressed;
        if (s?.by !== 'inline' || s.line === undefined)
            continue;
        if (!changes.addsLine(f.path, s.line) && !f.new)
            continue;
        const a = { ruleId: f.ruleId, severity: f.severity, path: f.path, commentLine: s.line, context: f.context, fingerprint: f.fingerprint };
        if (f.line !== undefined)
            a.line = f.line;
        if (s.reason)
            a.reason = s.reason;
        addedSuppressions.push(a);
    }
    return { ...result, findings, addedSuppressions };
}
function isNew(f, changes) {
    if (f.line === undefined)
        return changes.addsPath(f.path);
    const last = Math.max(f.line, f.endLine ?? f.line);
    for (let l = f.line; l <= last; l++)
        if (changes.mayTouchLine(f.path, l))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/raw.ts
const COLON = 0x3a;
/**
 * Parses the records `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`
 * at the start of `git diff --raw -z [-p]` output. With `-p`, one more NUL
 * separates them from the patch, which starts at `end`.
 */
function parseRaw(buf) {
    const changes = [];
    let pos = 0;
    const field = () => {
        const nul = buf.indexOf(0, pos);
        const end = nul < 0 ? buf.length : nul;
        const s = buf.toString('utf8', pos, end);
        pos = end + 1;
        return s;
    };
    while (pos < buf.length && buf[pos] === COLON) {
        const [, newMode, , newOid, status] = field().slice(1).split(' ');
        const letter = status?.[0];
        const first = field();
        const second = letter === 'R' || letter === 'C' ? field() : null;
        if (!newMode || !newOid || !letter)
            continue;
        changes.push({ status: letter, oldPath: second === null ? null : first, path: second ?? first, mode: newMode, oid: newOid });
    }
    if (pos < buf.length && buf[pos] === 0)
        pos++;
    return { changes, end: Math.min(pos, buf.length) };
}

// EXTERNAL MODULE: ./src/engine/git-sources/diff-args.ts
var diff_args = __webpack_require__(2425);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
;// CONCATENATED MODULE: ./src/engine/git-sources/changes.ts










/** Files read at once: requests stay pipelined, memory stays bounded. */
const READ_BATCH = 64;
/**
 * The files a diff touches, with their added line ranges: one git call,
 * whatever the size of the tree (the raw records name the objects exactly,
 * the patch that follows them gives the line ranges).
 */
async function changedFiles(opts) {
    const common = ['-M', diff_args/* NOT_DELETED */.o, '--ignore-submodules=dirty', ...(opts.relative ? ['--relative'] : [])];
    const out = await (0,git/* git */.$Y)(opts.cwd, ['diff', ...opts.against, '--raw', '-z', '--no-abbrev', ...diff_args/* PATCH_FLAGS */.J, ...common, '--']);
    const { changes, end } = parseRaw(out);
    const ranges = new Map();
    const reader = new patch/* PatchReader */.q({ onFile: (f) => ranges.set(f.path, f.added) });
    let start = end;
    for (let i = end; i <= out.length; i++) {
        if (i === out.length || out[i] === 10) {
            reader.line(out.subarray(start, i));
            start = i + 1;
        }
    }
    reader.end();
    const files = changes.map((c) => ({
        path: c.path,
        status: 'tracked',
        isNew: c.status === 'A',
        newPath: c.status === 'A' || c.status === 'R' || c.status === 'C',
        mode: c.mode,
        oid: c.oid,
        added: ranges.get(c.path) ?? [],
    }));
    for (const path of opts.untracked) {
        files.push({ path, status: 'untracked', isNew: true, newPath: true, mode: '100644', oid: '', added: [] });
    }
    return files;
}
/** Runs the rules over changed files: content rules on added lines, path rules on every changed path. */
async function scanChanges(root, files, source, opts, rules, started) {
    const maxFileSize = opts.maxFileSize ?? types/* DEFAULT_MAX_FILE_SIZE */.S;
    await (0,globs/* loadGlobs */.wz)(...(0,globs/* globLists */.IX)(opts));
    const stats = (0,pipeline/* emptyStats */.bD)();
    const errors = [];
    const collector = new pipeline/* FindingCollector */.xe((0,pipeline/* enabledRules */.nb)(rules, opts.rules), (0,pipeline/* ruleSettings */.I8)(opts, (0,globs/* contextOverrides */.Tl)(opts.contexts)), stats);
    const ignored = (0,globs/* pathMatcher */.kZ)(opts.ignore ?? []);
    files = files.filter((f) => !ignored(f.path));
    const entries = [];
    const readable = files.filter((f) => f.mode !== '160000' && f.mode !== '120000');
    for (const f of files) {
        if (f.mode === '160000')
            entries.push({ path: f.path, status: f.status, kind: 'gitlink' });
        if (f.mode === '120000') {
            entries.push({ path: f.path, status: f.status, kind: 'symlink' });
            stats.skipped.symlink++;
        }
    }
    for (let b = 0; b < readable.length; b += READ_BATCH) {
        const batch = readable.slice(b, b + READ_BATCH);
        const contents = await Promise.all(batch.map((f) => source.read(f, maxFileSize)));
        batch.forEach((f, i) => {
            const got = contents[i];
            if ('skipped' in got) {
                stats.skipped[got.skipped]++;
                if (got.skipped === 'symlink')
                    entries.push({ path: f.path, status: f.status, kind: 'symlink' });
                if (got.message)
                    errors.push({ path: f.path, message: got.message });
                return;
            }
            entries.push({ path: f.path, status: f.status, kind: 'file' });
            collector.addFile({ path: f.path, status: f.status, head: got.head, body: got.body, size: got.size }, f.isNew ? undefined : (0,patch/* addedLines */.u)(f.added));
        });
    }
    await collector.addTree({ mode: 'git', settings: collector.settings, entries, readText: (p) => source.readText(p), changedOnly: true });
    const finished = collector.finish();
    const { findings, baseline } = (0,suppress/* settle */.G9)(finished.findings, finished.comments, opts, finished.secretValues);
    if (baseline)
        stats.baseline = baseline;
    const secretValues = finished.secretValues;
    stats.durationMs = (0,clock/* msSince */.X)(started);
    const result = { root, mode: 'git', findings, stats, errors, secretValues };
    return judgeAgainstBase(result, new BaseChanges(files.map((f) => ({ path: f.path, created: f.isNew, newPath: f.newPath, added: f.added }))));
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
/* harmony import */ var _scan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8568);



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

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanStaged: () => (/* binding */ scanStaged)
/* harmony export */ });
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2020);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3171);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2746);
/* harmony import */ var _cat_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1709);
/* harmony import */ var _changes__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6064);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5376);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3124);








const EMPTY_OID = /^0+$/;
/**
 * Scans what is staged, exactly as it will be committed: content comes from
 * the index (a partially staged file is scanned as staged, not as edited),
 * and content rules report only the lines the commit adds.
 */
async function scanStaged(options, rules = _rules__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y) {
    const started = (0,_clock__WEBPACK_IMPORTED_MODULE_5__/* .clockStart */ .v)();
    const root = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(options.root);
    // The diff (git's slowest step here: it reads the whole index) starts at once, with
    // the check that this is a repository; a failed check is the error to report.
    const changed = (0,_changes__WEBPACK_IMPORTED_MODULE_2__/* .changedFiles */ .Y)({ cwd: root, against: ['--cached'], relative: true, untracked: [] });
    changed.catch(() => undefined);
    const repo = await (0,_repo__WEBPACK_IMPORTED_MODULE_3__/* .repoInfo */ .Lt)(root, '--staged');
    const cat = new _cat_file__WEBPACK_IMPORTED_MODULE_1__/* .CatFile */ .t(root);
    const source = {
        async read(file, maxSize) {
            const blob = EMPTY_OID.test(file.oid) ? null : await cat.read(file.oid, maxSize);
            return blob ?? { skipped: 'missing' };
        },
        async readText(p) {
            return (0,_core_text__WEBPACK_IMPORTED_MODULE_6__/* .textOf */ .b6)(await cat.read(`:${repo.prefix}${p}`, options.maxFileSize ?? _types__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MAX_FILE_SIZE */ .S));
        },
    };
    try {
        const files = await changed;
        return { ...(await (0,_changes__WEBPACK_IMPORTED_MODULE_2__/* .scanChanges */ .V)(root, files, source, options, rules, started)), changes: 'staged changes' };
    }
    finally {
        await cat.close();
    }
}


/***/ })

};
