"use strict";
exports.id = 553;
exports.ids = [553];
exports.modules = {

/***/ 6064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ changedFiles),
  V: () => (/* binding */ scanChanges)
});

// EXTERNAL MODULE: ./src/engine/git.ts
var git = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5483);
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