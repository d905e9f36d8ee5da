"use strict";
exports.id = 73;
exports.ids = [73];
exports.modules = {

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Ql: () => (/* binding */ alternation),
/* harmony export */   Vt: () => (/* binding */ hasUtf16Bom),
/* harmony export */   Wy: () => (/* binding */ latin1),
/* harmony export */   _j: () => (/* binding */ indentOf),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports LINE_CAP, WINDOW_OVERLAP */
/** Bytes looked at to decide whether a file is binary, as git does. */
const SNIFF_BYTES = 8192;
/** Lines longer than this are scanned in overlapping windows of this size. */
const LINE_CAP = 4096;
/** Overlap between windows, longer than any name + value a rule matches. */
const WINDOW_OVERLAP = 512;
/** `s` as a regular expression that matches it as written. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Words as the alternatives of a regular expression, each matched as written. */
/** The width of a line's leading spaces and tabs. */
function indentOf(line) {
    let n = 0;
    while (n < line.length && (line[n] === ' ' || line[n] === '\t'))
        n++;
    return n;
}
function alternation(words) {
    return words.map(escapeRegExp).join('|');
}
const LATIN1_SLICE = typeof Buffer.prototype.latin1Slice === 'function';
/**
 * Bytes `start`..`end` of `buf` as latin1 (one character a byte). It calls
 * Buffer's own slicer where Node has it: `toString` first dispatches on the
 * encoding's name, which costs more than the decoding on thousands of short
 * names before V8 has optimised the caller.
 */
function latin1(buf, start, end) {
    return LATIN1_SLICE ? buf.latin1Slice(start, end) : buf.toString('latin1', start, end);
}
function hasUtf16Bom(buf) {
    if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
        return 'le';
    if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
        return 'be';
    return null;
}
/** A NUL byte in the first 8 KiB marks a file as binary, unless it is UTF-16 with a BOM. */
function isBinary(head) {
    if (hasUtf16Bom(head))
        return false;
    // Buffer#indexOf is memchr; a plain typed-array search is many times slower.
    const sniff = Buffer.isBuffer(head) && head.length <= SNIFF_BYTES ? head : Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES));
    return sniff.indexOf(0) >= 0;
}
/** The text of a file a tree rule asks for: null when it is missing, too large or binary. */
function textOf(blob) {
    return blob?.body && !isBinary(blob.head) ? decode(blob.body) : null;
}
/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. */
function decode(buf) {
    const bom = hasUtf16Bom(buf);
    if (bom === 'le')
        return buf.subarray(2).toString('utf16le');
    if (bom === 'be') {
        const swapped = Buffer.from(buf.subarray(2));
        swapBytes(swapped);
        return swapped.toString('utf16le');
    }
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        return buf.subarray(3).toString('utf8');
    }
    // Without arguments, `toString` goes straight to the UTF-8 decoder (no dispatch on an encoding's name).
    return buf.toString();
}
function swapBytes(b) {
    for (let i = 0; i + 1 < b.length; i += 2) {
        const t = b[i];
        b[i] = b[i + 1];
        b[i + 1] = t;
    }
}
/** Splits text into lines (LF, CRLF or CR), cutting long lines into overlapping windows. */
function splitLines(text) {
    const lines = [];
    let longLines = 0;
    let number = 0;
    let start = 0;
    const len = text.length;
    // Most files end their lines with LF alone: those are cut where `indexOf` finds them.
    const lfOnly = text.indexOf('\r') < 0;
    for (;;) {
        const end = lfOnly ? lfEnd(text, start) : lineEnd(text, start);
        number++;
        const lineLen = end - start;
        if (lineLen <= LINE_CAP) {
            lines.push({ number, text: text.slice(start, end), offset: 0 });
        }
        else {
            longLines++;
            const step = LINE_CAP - WINDOW_OVERLAP;
            for (let w = 0; w < lineLen; w += step) {
                lines.push({ number, text: text.slice(start + w, Math.min(end, start + w + LINE_CAP)), offset: w });
                if (w + LINE_CAP >= lineLen)
                    break;
            }
        }
        if (end >= len)
            break;
        start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
        if (start === len)
            break;
    }
    return { lines, longLines };
}
/** Where the line from `start` ends, in text without a CR. */
function lfEnd(text, start) {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
}
/** Where the line from `start` ends: at an LF or a CR, or the end of the text. */
function lineEnd(text, start) {
    let end = start;
    while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13)
            break;
        end++;
    }
    return end;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ worthRemembering),
/* harmony export */   t1: () => (/* binding */ KnownFiles)
/* harmony export */ });
/* unused harmony export SETTLED_MS */
/** The cache's format: a file of another format (or build, or settings) is not read. */
const FORMAT = 3;
/**
 * A file changed this recently may change again within the same tick of its
 * filesystem's clock (a second or two on some) and keep its stamp: it is
 * checked again next time rather than remembered (git's "racily clean" entries).
 */
const SETTLED_MS = 2000;
/** More files than this are not remembered: the cache stays a few megabytes at most. */
const MAX_FILES = 200_000;
/**
 * A file holding none of the rules' words is done with after one search of
 * its bytes: below this size, reading it again costs little more than asking
 * its stamp, while remembering it costs the first scan more than it saves the
 * next (30,000 such files of 150 bytes, all remembered: a first scan 48%
 * slower, the next 4% faster). So it is not remembered.
 */
const QUIET_BYTES_WORTH_REMEMBERING = 4 * 1024;
/**
 * Whether a file just checked is worth remembering: the rules found nothing
 * in it, it holds no suppression comment (whose words come from the file),
 * and checking it again would cost more than asking its stamp.
 */
function worthRemembering(outcome, size) {
    return outcome.found.length === 0 && outcome.comments === null && (!outcome.quiet || size >= QUIET_BYTES_WORTH_REMEMBERING);
}
/**
 * Files an earlier scan of the same folder, by the same build with the same
 * settings, checked and found nothing in, by path: a file whose status and
 * stamp are still the same is counted again without being read. Only clean
 * files are remembered (`worthRemembering`), so the cache holds paths, stamps
 * and counts, never a word of a file, and a file with a finding is read at
 * every scan.
 */
class KnownFiles {
    cache;
    whole;
    /**
     * What the cache said, by path: each file's record stays text until the
     * file is looked up, so a scan pays for parsing only what it asks.
     */
    before = new Map();
    /** What this scan knows, as records: those of files unchanged, and of files checked anew. */
    now = new Map();
    header;
    changed = false;
    started = Date.now();
    constructor(cache, settings, 
    /** The ids of the rules the scan runs. */
    ruleIds, 
    /** Whether this scan covers the whole folder: only then are files it did not see forgotten. */
    whole) {
        this.cache = cache;
        this.whole = whole;
        this.header = JSON.stringify([
            FORMAT,
            cache.build,
            ruleIds,
            settings.secretNames ?? [],
            settings.publicEnvPrefixes ?? [],
            settings.rules ?? {},
            settings.contexts ?? {},
            settings.maxFileSize ?? null,
        ]);
        this.load();
    }
    /** The text is the header line, then a path and its record, each ended by a NUL (which neither holds). */
    load() {
        let text;
        try {
            text = this.cache.load();
        }
        catch {
            text = null;
        }
        if (text === null)
            return;
        const nl = text.indexOf('\n');
        if (nl < 0 || text.slice(0, nl) !== this.header || (nl + 1 < text.length && !text.endsWith('\0'))) {
            this.changed = true;
            return;
        }
        if (nl + 1 === text.length)
            return;
        const parts = text.slice(nl + 1, -1).split('\0');
        if (parts.length % 2 !== 0) {
            this.changed = true;
            return;
        }
        for (let i = 0; i < parts.length; i += 2)
            this.before.set(parts[i], parts[i + 1]);
    }
    /** Whether an earlier scan found `path`, with this status, clean: its stamp is then worth asking. */
    has(path, status) {
        return this.before.get(path)?.startsWith(`${status} `) === true;
    }
    /** What an earlier scan found in `path`, if it was clean and its status and stamp are still these. */
    outcome(path, status, stamp) {
        const record = this.before.get(path);
        // The record starts with the status and stamp, written as `format` writes them: compared as text.
        const prefix = `${status} ${stamp.ino} ${stamp.size} ${stamp.mtimeMs} ${stamp.ctimeMs} `;
        if (record === undefined || !record.startsWith(prefix))
            return null;
        const k = parse(record);
        if (k === null)
            return null;
        this.now.set(path, record);
        return k.outcome;
    }
    /** Remembers a file just checked, when it is worth it (`worthRemembering`) and has settled. */
    record(path, status, stamp, outcome) {
        if (!worthRemembering(outcome, stamp.size) || this.now.size >= MAX_FILES)
            return;
        if (Math.max(stamp.mtimeMs, stamp.ctimeMs) > this.started - SETTLED_MS)
            return;
        this.now.set(path, format({ status, stamp, outcome: { counts: outcome.counts } }));
        this.changed = true;
    }
    /** Writes what this scan knows, when it differs from what it was told. */
    save() {
        const kept = this.whole ? this.now : new Map([...this.before, ...this.now]);
        if (!this.changed && kept.size === this.before.size)
            return;
        const out = [this.header, '\n'];
        for (const [path, record] of kept)
            out.push(path, '\0', record, '\0');
        try {
            this.cache.save(out.join(''));
        }
        catch {
            // A cache that cannot be written costs the next scan its reads, nothing more.
        }
    }
}
/** A record: status, inode, size, modification and change times, then the five counts. */
function format(k) {
    const { stamp: s, outcome: o } = k;
    const c = o.counts;
    return `${k.status} ${s.ino} ${s.size} ${s.mtimeMs} ${s.ctimeMs} ${c.files} ${c.bytes} ${c.tooLarge} ${c.binary} ${c.longLines}`;
}
const STATUSES = new Set(['tracked', 'untracked', 'ignored', 'plain']);
const WHOLE = /^\d{1,15}$/;
const TIME = /^\d{1,15}(?:\.\d{1,12})?$/;
/**
 * The record `format` wrote, or null when it is not one: whole numbers where
 * they must be, and counts that add up to one file of this size.
 */
function parse(record) {
    const f = record.split(' ');
    if (f.length !== 10 || !STATUSES.has(f[0]))
        return null;
    if (!TIME.test(f[3]) || !TIME.test(f[4]) || ![1, 2, 5, 6, 7, 8, 9].every((i) => WHOLE.test(f[i])))
        return null;
    const [ino, size, mtimeMs, ctimeMs, files, bytes, tooLarge, binary, longLines] = f.slice(1).map(Number);
    if (files + tooLarge + binary !== 1 || bytes !== (files === 1 ? size : 0))
        return null;
    return {
        status: f[0],
        stamp: { ino, size, mtimeMs, ctimeMs },
        outcome: { counts: { files, bytes, tooLarge, binary, longLines } },
    };
}


/***/ }),

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SafeReader),
/* harmony export */   _: () => (/* binding */ callPrefix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** The working folder, or null when it cannot be had (removed since the process started). */
function workingFolder() {
    try {
        return process.cwd();
    }
    catch {
        return null;
    }
}
/** See `SafeReader.prefix`: `root` relative to the working folder when it is in it, else as given; with a separator. */
function callPrefix(root, cwd = workingFolder()) {
    if (cwd === null)
        return root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, root);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, abs);
    if (rel === '')
        return '';
    const inside = !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
    const base = inside ? rel : abs;
    return base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? base : base + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
}
/** Bytes asked for by the first read of a file: most files are smaller, and take this one read. */
const FIRST_READ = 64 * 1024;
/**
 * A SQLite database keeps its schema in its first pages: one over the size
 * limit has this much read as its head (not the usual 8 KiB), so the rules
 * can still name its tables. Every other large file gets the usual head.
 */
const SQLITE_HEAD_BYTES = 256 * 1024;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const OPEN_FLAGS = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW ?? 0) | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0);
/**
 * Reads files below one root without ever leaving it: the final component is
 * opened with O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot block us) and every
 * parent directory is checked once to be a real directory, not a symlink.
 *
 * The calls are synchronous: a scan reads thousands of small files that are
 * nearly always in the page cache, where one promise round trip per system
 * call costs more than the call itself.
 */
class SafeReader {
    reuse;
    dirState = new Map([['', 'ok']]);
    scratch = null;
    /**
     * The root as the system calls are given it, and a separator: `rel` is a
     * clean relative path (no `..`), so joining is appending. Relative to the
     * working folder when the root is in it (`''` for the working folder
     * itself, as most scans are run): the kernel then resolves only the
     * components below it, about a tenth of the cost of each open on a
     * checkout whose root is a few folders deep. The working folder is taken
     * when the reader is made; nothing in leakproof changes it.
     */
    prefix;
    /**
     * With `reuse`, every read goes into one buffer that the next read
     * overwrites: for a caller that is done with a file before it reads the
     * next, it spares allocating (and collecting) a buffer per file.
     */
    constructor(root, reuse = false) {
        this.reuse = reuse;
        this.prefix = callPrefix(root);
    }
    /** Whether every directory between the root and `relDir` is a real directory. */
    dir(relDir) {
        let state = this.dirState.get(relDir);
        if (state === undefined) {
            const parent = relDir.includes('/') ? relDir.slice(0, relDir.lastIndexOf('/')) : '';
            state = this.dir(parent);
            if (state === 'ok')
                state = dirStateOf(this.prefix + relDir);
            this.dirState.set(relDir, state);
        }
        return state;
    }
    /** Whether `rel` is a clean relative path below real directories only (no symlink on the way). */
    reachable(rel) {
        // An absolute path (a crafted index can list one) is no path below the root.
        if (rel.charCodeAt(0) === 47)
            return 'missing';
        if (rel.includes('..') && rel.split('/').includes('..'))
            return 'missing';
        const slash = rel.lastIndexOf('/');
        return slash >= 0 ? this.dir(rel.slice(0, slash)) : 'ok';
    }
    /**
     * The stamp of `rel` when it is a regular file reached through real
     * directories that this process may read, else null. Nothing is opened,
     * and no symlink followed.
     */
    stampSync(rel) {
        if (this.reachable(rel) !== 'ok')
            return null;
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(this.prefix + rel, { throwIfNoEntry: false });
            if (st === undefined || !st.isFile())
                return null;
            // Whether it may still be read (a group left, a policy changed): one that may not is read, and reported.
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().accessSync(this.prefix + rel, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).R_OK);
            return stampOf(st);
        }
        catch {
            return null;
        }
    }
    /**
     * Reads `rel` (POSIX, relative to the root). The body is read only when the
     * file is at most `maxSize` bytes; the head (first 8 KiB) always.
     * `listed`: what the listing knows of the path (see `Listed`).
     * `stamped`: the outcome gives the file's stamp (one more system call).
     */
    readSync(rel, maxSize, listed = 'unknown', stamped = false) {
        const state = listed === 'walked' && rel.charCodeAt(0) !== 47 ? 'ok' : this.reachable(rel);
        const listedRegular = listed !== 'unknown';
        if (state === 'symlink')
            return { kind: 'symlink' };
        if (state === 'missing')
            return { kind: 'missing' };
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(this.prefix + rel, OPEN_FLAGS);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                return { kind: 'symlink' };
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { kind: 'missing' };
            if (code === 'ENXIO' || code === 'EISDIR')
                return { kind: 'special' };
            return { kind: 'unreadable', message: describe(code) };
        }
        try {
            if (!stamped)
                return this.readOpen(fd, maxSize, listedRegular);
            // The stamp is asked before a byte is read.
            const before = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
            const out = this.readOpen(fd, maxSize, false, before);
            if (out.kind === 'ok' && out.size === before.size)
                out.stamp = stampOf(before);
            return out;
        }
        catch (e) {
            const code = e.code;
            // A listed file since replaced by a folder, a FIFO or a device: not a file to read.
            if (code === 'EISDIR' || code === 'ESPIPE')
                return { kind: 'special' };
            return { kind: 'unreadable', message: describe(code) };
        }
        finally {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
            }
            catch {
                // nothing to do: the descriptor is gone either way
            }
        }
    }
    /** Reads an open file; `st`: its stat, when already asked. */
    readOpen(fd, maxSize, listedRegular, st = listedRegular ? null : node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd)) {
        if (st === null && this.reuse) {
            // One read answers for most files: less than asked for is the whole file, so its size
            // need not be asked. A file that fills the read or gives nothing is looked at, and so is
            // one that gives a multiple of 4 KiB: a filesystem that returns part of a read (FUSE,
            // some network ones) stops at such a boundary. Only for paths listed as regular files
            // (git lists no FIFO or device): elsewhere fstat tells them apart before any read.
            // Read into the whole scratch buffer (no view of it made until the size is known).
            const want = Math.min(FIRST_READ, maxSize + 1);
            const got = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, this.scratchOf(want), 0, want, 0);
            if (got > 0 && got < want && got % 4096 !== 0) {
                const body = this.scratch.subarray(0, got);
                return { kind: 'ok', size: got, head: headOf(body), body };
            }
        }
        st ??= node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        if (!st.isFile())
            return { kind: 'special' };
        const size = st.size;
        if (size > maxSize) {
            let head = readUpTo(fd, this.buffer(Math.min(size, _core_text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD)));
            if (size > _core_text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD && head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
                head = readUpTo(fd, this.buffer(Math.min(size, SQLITE_HEAD_BYTES)));
            }
            return { kind: 'ok', size, head, body: null };
        }
        const body = readUpTo(fd, this.buffer(size));
        return { kind: 'ok', size: body.length, head: headOf(body), body };
    }
    buffer(n) {
        if (!this.reuse)
            return Buffer.allocUnsafe(n);
        return this.scratchOf(n).subarray(0, n);
    }
    /** The scratch buffer, at least `n` bytes long (and maybe longer). */
    scratchOf(n) {
        if (this.scratch === null || this.scratch.length < n)
            this.scratch = Buffer.allocUnsafe(Math.max(n, 64 * 1024));
        return this.scratch;
    }
    async read(rel, maxSize) {
        return this.readSync(rel, maxSize);
    }
}
/** The first 8 KiB of a file's body: the body itself when it is no longer (a view costs more than it seems, per file). */
function headOf(body) {
    return body.length <= _core_text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD ? body : body.subarray(0, _core_text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD);
}
const DIR_FLAGS = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW ?? 0) | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_DIRECTORY ?? 0);
/**
 * Whether `p` (whose parents are real directories) is a real directory, a
 * symlink, or neither. A directory is opened (O_DIRECTORY, O_NOFOLLOW) and
 * closed: at the start of a scan that costs less than `lstat`, which builds a
 * `Stats` object (the benchmark checkout's 1,381 folders: 16 ms against
 * 20\u201326 ms). Only what the open cannot tell (ENOTDIR: a file or a symlink;
 * EACCES: a folder this user may not list) is asked of `lstat`.
 */
function dirStateOf(p) {
    if ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_DIRECTORY !== undefined && (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW !== undefined) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(p, DIR_FLAGS));
            return 'ok';
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return 'missing';
        }
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(p);
        return st.isDirectory() ? 'ok' : st.isSymbolicLink() ? 'symlink' : 'missing';
    }
    catch {
        return 'missing';
    }
}
function stampOf(st) {
    return { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}
/** Fills `buf` from the start of the file; returns less if the file shrank meanwhile. */
function readUpTo(fd, buf) {
    const n = buf.length;
    let got = 0;
    while (got < n) {
        const r = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, got, n - got, got);
        if (r === 0)
            break;
        got += r;
    }
    return got === n ? buf : buf.subarray(0, got);
}
function describe(code) {
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied (check the file mode or run as a user who can read it)';
        case 'EIO':
            return 'I/O error while reading';
        default:
            return `cannot be read (${code ?? 'unknown error'})`;
    }
}


/***/ }),

/***/ 4812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings),
/* harmony export */   b: () => (/* binding */ emptyStats)
/* harmony export */ });
// What every scan's result starts from, and the order of its paths: kept apart from the
// rules (pipeline.ts), so that a scan with nothing to check never loads them (scan.ts).
function emptyStats() {
    return {
        files: 0,
        bytes: 0,
        skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 },
        longLines: 0,
        durationMs: 0,
    };
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
;