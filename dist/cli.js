#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zz: () => (/* binding */ installCodeCache),
  eB: () => (/* binding */ keepCompiledCode)
});

// UNUSED EXPORTS: CHUNK_HOOK, MIN_CACHED_BYTES, UNUSED_DAYS, cachedChunks, forgetUnused, levelOf, loadChunk, saveCodeCache

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = require("node:buffer");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
// EXTERNAL MODULE: ./src/core/builtin.ts + 1 modules
var builtin = __nccwpck_require__(6951);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
// EXTERNAL MODULE: ./src/cli/private-folder.ts
var private_folder = __nccwpck_require__(6522);
;// CONCATENATED MODULE: ./src/cli/tiering.ts
/**
 * V8's tiering, tuned for a scan: a run of a second or less whose hot code
 * (the rules' line analysis) is a few hundred small functions, each hot for
 * a moment. V8 optimises a function once it has run for an interrupt budget
 * of bytecode; at the default budget a scan of a 5,000-file checkout has
 * TurboFan compile about 220 functions, most of them in the run's first half
 * and on the same two cores as the scan, and they are not used long enough
 * to pay that back. Six times the budget leaves about 70, the ones that run
 * longest, and spends about a quarter less processor time (0.81\u20130.92 s of
 * user time against 0.51\u20130.74 s; see docs/performance.md for wall-clock
 * figures).
 *
 * Only on V8 11 (Node 20 and 21), where it was measured: later V8 comes
 * to decide by invocation counts (`--invocation-count-for-turbofan`), Node
 * 22.1 and later keep compiled code themselves (this is then never called),
 * and V8 prints a flag it does not know to stderr. V8's flags are part of the tag
 * that names cached code, so this is set before any cached code is read or
 * written (`code-cache.ts`).
 */
const INTERRUPT_BUDGET = 400_000;
/** Sets the tuned budget where this V8 has the flag; true when it did. */
function tuneTiering(v8, v8Version = process.versions.v8) {
    if (Number.parseInt(v8Version, 10) !== 11)
        return false;
    v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    return true;
}

;// CONCATENATED MODULE: ./src/cli/code-cache.ts









/**
 * Compiled code kept between runs on Node versions that keep none of their
 * own (before 22.1, which has `module.enableCompileCache`): the CLI's chunks,
 * half a megabyte of rules and engine, are otherwise parsed and compiled at
 * every start, which is most of what a scan of a small folder costs.
 *
 * The bundle's chunk loader asks `loadChunk` (build.mjs wires it in) before
 * it requires a chunk. A chunk is a CommonJS module of one form,
 * `"use strict"; exports.id = \u2026; exports.ids = [\u2026]; exports.modules = {\u2026};`,
 * that needs nothing of a module's scope but `exports` (build.mjs checks), so
 * it runs as a function of `exports` as well, compiled with V8's code cache.
 *
 * Where: `NODE_COMPILE_CACHE`, else `leakproof-compile-cache-<uid>` in the
 * temporary folder, in a folder named for this version and V8's cache tag
 * (its version and flags). Off with `NODE_DISABLE_COMPILE_CACHE=1`, as
 * Node's own. Compiled code is code, and V8 checks little of it:
 * - it is read only from folders this user owns and no one else may write
 *   to, never through a symlink; where owners cannot be told (Windows),
 *   there is no cache;
 * - only for the very chunk file it came from: its device, inode, size,
 *   modification and change times name the cache (V8 checks only the
 *   source's length, and a change time cannot be set back);
 * - only when V8 verifies the checksum of cached data, which it skips by
 *   default and would otherwise crash on, or run, a corrupted file.
 */
/** The name of the hook the bundle's chunk loader calls; see scripts/build.mjs. */
const CHUNK_HOOK = Symbol.for('leakproof.loadChunk');
const HEADER = /^"use strict";\nexports\.id = \d+;\nexports\.ids = \[[\d, ]*\];\nexports\.modules = /;
/** The format of a cache file (its header, and the script a chunk becomes). */
const MAGIC = Buffer.from('LPC3');
/** Leftovers of a write that did not finish are removed after this long. */
const STALE_TMP_MS = 10 * 60 * 1000;
/**
 * Caches not used for this many days are removed: those of earlier installs
 * and builds (another version, another file of the same chunk), whose chunk
 * files are gone or no longer run. A cache in use has its modification time
 * set again once a day, so it is never taken for one of those.
 */
const UNUSED_DAYS = 30;
const DAY_MS = 86_400_000;
/** The folders this module makes in the cache root: `leakproof-<version>-<arch>-<V8 tag>`. */
const VERSION_FOLDER = /^leakproof-[0-9A-Za-z.+-]+$/;
/** The highest level (a scan of a billion files). */
const MAX_LEVEL = 31;
let state = null;
let exitHook = false;
/**
 * Turns on V8's check of cached data (`--verify-snapshot-checksum`) and
 * returns the tag of the code V8 makes, flags included; null when the check
 * cannot be had (the tag would change with the flag). Asked when the first
 * chunk large enough to cache loads, before any cached code is read: V8's
 * tiering is tuned for a scan here too (`tiering.ts`), first, since the tag
 * covers that flag as well.
 */
function verifiedTag() {
    if (verified !== undefined)
        return verified;
    try {
        const v8 = (0,builtin/* v8Module */.ve)();
        tuneTiering(v8);
        v8.setFlagsFromString('--no-verify-snapshot-checksum');
        const off = v8.cachedDataVersionTag();
        v8.setFlagsFromString('--verify-snapshot-checksum');
        const on = v8.cachedDataVersionTag();
        verified = on !== off ? on : null;
    }
    catch {
        verified = null;
    }
    return verified;
}
let verified;
/**
 * Installs the loader for the bundle whose entry is `entryFile`. Does
 * nothing where Node keeps compiled code itself, or when turned off.
 */
function installCodeCache(entryFile, env = process.env) {
    const uid = process.platform === 'win32' || typeof process.getuid !== 'function' ? null : process.getuid();
    if (uid === null || env.NODE_DISABLE_COMPILE_CACHE) {
        turnOff();
        return;
    }
    const root = env.NODE_COMPILE_CACHE || external_node_path_.join(external_node_os_.tmpdir(), `leakproof-compile-cache-${uid}`);
    if (!exitHook)
        process.on('exit', saveCodeCache);
    exitHook = true;
    state = { chunks: external_node_path_.dirname(entryFile), root, dir: null, loaded: [], level: 0, sweep: false };
    globalThis[CHUNK_HOOK] = loadChunk;
}
function turnOff() {
    state = null;
    delete globalThis[CHUNK_HOOK];
}
/**
 * Chunks smaller than this are compiled as usual: reading and checking a
 * cache file costs about what compiling a few kilobytes does. Every chunk
 * a scan loads is larger: the start-up chunk (command line, configuration,
 * listing) as well as the rules. Naming a cache loads `node:v8`, which a
 * scan of an empty folder then pays too, and still comes out ahead (see
 * docs/performance.md).
 */
const MIN_CACHED_BYTES = 16 * 1024;
/** The chunks loaded so far and the level of the cache each was compiled with (-1: none). */
function cachedChunks() {
    return state?.loaded.map((c) => ({ name: c.name, level: c.level })) ?? [];
}
/** Says that this run checked `files` files: the code it compiled is worth keeping (see `Level`). */
function keepCompiledCode(files) {
    if (state && files > 0)
        state.level = Math.max(state.level, levelOf(files));
}
/** The level of a run that checked `files` files (see `Level`). */
function levelOf(files) {
    return Math.min(MAX_LEVEL, 1 + Math.floor(Math.log2(files)));
}
/**
 * The exports of chunk `name`, compiled with the cache when there is a
 * usable one; undefined to let the bundle require it as usual.
 */
function loadChunk(name) {
    if (!state || !/^\d+\.cli\.js$/.test(name))
        return undefined;
    let code;
    let st;
    try {
        const fd = external_node_fs_.openSync(external_node_path_.join(state.chunks, name), 'r');
        try {
            st = external_node_fs_.fstatSync(fd, { bigint: true });
            if (st.size < MIN_CACHED_BYTES)
                return undefined;
            code = readWrapped(fd, Number(st.size));
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    catch {
        return undefined;
    }
    if (!HEADER.test(code.slice(WRAP_START.length, WRAP_START.length + HEADER_BYTES)))
        return undefined;
    if (state.dir === null) {
        const tag = verifiedTag();
        if (tag === null) {
            turnOff();
            return undefined;
        }
        state.dir = external_node_path_.join(state.root, `leakproof-${version/* VERSION */.xv}-${process.arch}-${tag.toString(36)}`);
    }
    const file = external_node_path_.join(state.dir, `${chunkPrefix(name, st)}${st.size.toString(36)}.${st.mtimeNs.toString(36)}.${st.ctimeNs.toString(36)}.cache`);
    const cached = readCache(state.dir, file);
    if (cached?.touched)
        state.sweep = true;
    let run;
    let script;
    try {
        script = new external_node_vm_namespaceObject.Script(code, { filename: external_node_path_.join(state.chunks, name), ...(cached ? { cachedData: cached.data } : {}) });
        run = script.runInThisContext();
    }
    catch {
        return undefined;
    }
    const exports = {};
    run(exports);
    state.loaded.push({ name, prefix: chunkPrefix(name, st), script, file, level: cached && !script.cachedDataRejected ? cached.level : -1 });
    return exports;
}
/**
 * The chunk run as a function of `exports`: strict, by the chunk's own
 * directive, and on the same lines as the file's, so that stack traces point
 * where they would.
 */
const WRAP_START = '(function (exports) {';
const WRAP_END = '\n})';
/** Enough of a chunk's start for `HEADER` to match (a chunk lists one id, or a few). */
const HEADER_BYTES = 512;
/**
 * The chunk file of `size` bytes open at `fd`, wrapped (see `WRAP_START`),
 * as one string: read into one buffer that holds the wrapper too, and
 * decoded once. The bundle's chunks are ASCII (scripts/ascii-only.mjs),
 * decoded byte for byte; a file that is not is decoded as UTF-8. Read as
 * UTF-8 and then joined to the wrapper, the chunk was copied twice more: once
 * out of Node's read buffer, once by V8 into one string to compile it.
 */
function readWrapped(fd, size) {
    const buf = Buffer.allocUnsafeSlow(WRAP_START.length + size + WRAP_END.length);
    buf.write(WRAP_START, 0, 'latin1');
    let at = WRAP_START.length;
    const end = at + size;
    while (at < end) {
        const got = external_node_fs_.readSync(fd, buf, at, end - at, null);
        if (got === 0)
            throw new Error('the chunk file changed while it was read');
        at += got;
    }
    buf.write(WRAP_END, end, 'latin1');
    return buf.toString((0,external_node_buffer_namespaceObject.isAscii)(buf) ? 'latin1' : 'utf8');
}
/**
 * Writes the compiled code of each chunk that had no cache, or one from a
 * run that checked no file when this one did. Called at exit, when every
 * function the run needed has been compiled; only on the main thread.
 */
function saveCodeCache() {
    const s = state;
    // No chunk was large enough to cache: nothing to write, nor to sweep.
    if (!s || s.dir === null)
        return;
    const stale = s.loaded.filter((c) => c.level < s.level || c.level === -1);
    // Most runs find every cache current: they return before loading `node:worker_threads` to ask which thread this is.
    if ((stale.length === 0 && !s.sweep) || !(0,builtin/* workerThreads */.kp)().isMainThread)
        return;
    if (stale.length > 0)
        writeCaches(s, s.dir, stale);
    // Once a day at most (see `UNUSED_DAYS`), or when a new build's caches were just written.
    if (stale.length > 0 || s.sweep)
        forgetUnused(s.root, Date.now());
}
function writeCaches(s, dir, stale) {
    let names;
    try {
        external_node_fs_.mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!(0,private_folder/* ownFolder */.v)(s.root) || !(0,private_folder/* ownFolder */.v)(dir))
            return;
        names = external_node_fs_.readdirSync(dir);
    }
    catch {
        // A cache that cannot be written (a read-only temporary folder) only costs the compile.
        return;
    }
    for (const c of stale) {
        const tmp = `${c.file}.${process.pid}.${Date.now().toString(36)}.tmp`;
        try {
            external_node_fs_.writeFileSync(tmp, Buffer.concat([MAGIC, Buffer.from([s.level]), c.script.createCachedData()]), { mode: 0o600, flag: 'wx' });
            external_node_fs_.renameSync(tmp, c.file);
            c.level = s.level;
            // The caches of earlier builds of the same chunk file (another install's have another prefix).
            for (const n of names)
                if (n.startsWith(c.prefix) && n.endsWith('.cache') && n !== external_node_path_.basename(c.file))
                    external_node_fs_.rmSync(external_node_path_.join(dir, n), { force: true });
        }
        catch {
            // A full disk: what was written of this one goes; the next chunk may still fit.
            external_node_fs_.rmSync(tmp, { force: true });
        }
    }
}
/**
 * Removes, in every version's folder under the cache root, the caches not
 * used for `UNUSED_DAYS` days and what interrupted writes left behind, then
 * the folders left empty. Only this module's names, in folders of this
 * user's that no one else may write to, never through a symlink: the root
 * may be one the user shares with Node (`NODE_COMPILE_CACHE`).
 */
function forgetUnused(root, now) {
    if (!(0,private_folder/* ownFolder */.v)(root))
        return;
    let folders;
    try {
        folders = external_node_fs_.readdirSync(root);
    }
    catch {
        return;
    }
    for (const folder of folders) {
        const dir = external_node_path_.join(root, folder);
        if (!VERSION_FOLDER.test(folder) || !(0,private_folder/* ownFolder */.v)(dir))
            continue;
        let names;
        try {
            names = external_node_fs_.readdirSync(dir);
        }
        catch {
            continue;
        }
        for (const n of names) {
            const age = n.endsWith('.tmp') ? STALE_TMP_MS : n.endsWith('.cache') ? UNUSED_DAYS * DAY_MS : null;
            if (age === null)
                continue;
            try {
                const p = external_node_path_.join(dir, n);
                const st = external_node_fs_.lstatSync(p);
                if (st.isFile() && now - st.mtimeMs > age)
                    external_node_fs_.rmSync(p, { force: true });
            }
            catch {
                // gone already
            }
        }
        try {
            // Fails, as it should, on a folder that still holds something.
            external_node_fs_.rmdirSync(dir);
        }
        catch {
            // in use
        }
    }
}
/** The start of the name of every cache of chunk `name` as this file (device and inode). */
function chunkPrefix(name, st) {
    return `${name}.${st.dev.toString(36)}-${st.ino.toString(36)}.`;
}
/** `touched`: the cache was marked as used, for the first time today (see `UNUSED_DAYS`). */
function readCache(dir, file) {
    if (!(0,private_folder/* ownFolder */.v)(external_node_path_.dirname(dir)) || !(0,private_folder/* ownFolder */.v)(dir))
        return null;
    return (0,private_folder/* readPrivateFile */.q)(file, (fd, st) => {
        const data = external_node_fs_.readFileSync(fd);
        const level = data[MAGIC.length];
        if (!data.subarray(0, MAGIC.length).equals(MAGIC) || level === undefined || level > MAX_LEVEL)
            return null;
        let touched = false;
        if (Date.now() - st.mtimeMs > DAY_MS) {
            try {
                external_node_fs_.futimesSync(fd, st.atime, new Date());
                touched = true;
            }
            catch {
                // Read-only: it may be removed as unused one day, and is then written again.
            }
        }
        return { level, data: data.subarray(MAGIC.length + 1), touched };
    });
}


/***/ }),

/***/ 2957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_builtin__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6951);
/* harmony import */ var _engine_worker_entry__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(783);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1013);
/* harmony import */ var _code_cache__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2033);
/* harmony import */ var _std_stream__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4216);






// The entry loads only what the command needs: `--version` answers before the
// engine is even parsed, and a scan worker (which runs this same file) skips
// the command line's modules.
const argv = process.argv.slice(2);
const entry = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(require("url").pathToFileURL(__filename).href);
if (!(0,_core_builtin__WEBPACK_IMPORTED_MODULE_1__/* .useCompileCache */ .vD)())
    (0,_code_cache__WEBPACK_IMPORTED_MODULE_4__/* .installCodeCache */ .zz)(entry);
(0,_engine_worker_entry__WEBPACK_IMPORTED_MODULE_2__/* .setWorkerEntry */ .HU)(entry);
if ((0,_engine_worker_entry__WEBPACK_IMPORTED_MODULE_2__/* .isScanWorker */ .WJ)()) {
    const { serveWorker } = await Promise.all(/* import() */[__nccwpck_require__.e(480), __nccwpck_require__.e(552), __nccwpck_require__.e(483), __nccwpck_require__.e(73), __nccwpck_require__.e(182)]).then(__nccwpck_require__.bind(__nccwpck_require__, 182));
    serveWorker();
}
else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V')) {
    process.stdout.write(`${_version__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv}\n`);
}
else {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(73), __nccwpck_require__.e(124)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1124));
    const stdout = new _std_stream__WEBPACK_IMPORTED_MODULE_5__/* .StdStream */ .M(1);
    const stderr = new _std_stream__WEBPACK_IMPORTED_MODULE_5__/* .StdStream */ .M(2);
    const code = await run(argv, { stdout, stderr, env: process.env });
    // Every command has finished its work by now. When all it wrote was written synchronously, the
    // process ends here: ending on its own, Node would first take the heap down piece by piece (about
    // 7 ms of a scan of a 5,000-file checkout on the development machine). Output still queued on a
    // stream (a terminal, a pipe that was full) is let drain.
    if (stdout.drained && stderr.drained)
        process.exit(code);
    process.exitCode = code;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ readPrivateFile),
/* harmony export */   v: () => (/* binding */ ownFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Caches the CLI keeps between runs (compiled code, files found clean) are
 * read only from folders of the user running it that no one else may write
 * to, never through a symlink.
 */
/** A real folder (not a symlink) of this user's, which no one else may write to. */
function ownFolder(dir) {
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(dir);
        return st.isDirectory() && ownedHere(st) && (st.mode & 0o022) === 0;
    }
    catch {
        return false;
    }
}
/** Only where owners can be told (not on Windows): elsewhere no cache is kept. */
function ownedHere(st) {
    return typeof process.getuid === 'function' && st.uid === process.getuid();
}
/**
 * Opens `file` for reading, never through a symlink, and hands it to `use`
 * when it is a regular file of this user's that no one else may write to.
 * Null when it is not, or cannot be read, or `use` throws.
 */
function readPrivateFile(file, use) {
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return null;
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile() || !ownedHere(st) || (st.mode & 0o022) !== 0)
            return null;
        return use(fd, st);
    }
    catch {
        return null;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ StdStream)
/* harmony export */ });
/* unused harmony export isTerminal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_builtin__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6951);


/**
 * Standard output or error, written with `fs.writeSync` when it is a file,
 * a pipe or `/dev/null`: Node's `process.stdout` is a stream made on first
 * use, which loads `node:stream` and `node:net` or `node:tty` (about 5 ms of
 * a start-up whose whole budget is 30). A terminal gets that stream (it
 * translates for a Windows console, and a terminal is where colours and
 * progress are shown anyway), and so does a non-blocking pipe that fills up
 * (EAGAIN), which the stream waits on where a synchronous write cannot.
 */
class StdStream {
    fd;
    open;
    stream = null;
    terminal;
    /** Set once the reader has gone (EPIPE, `leakproof \u2026 | head`): what is left is dropped. */
    closed = false;
    constructor(fd, open = () => (fd === 1 ? process.stdout : process.stderr)) {
        this.fd = fd;
        this.open = open;
    }
    /** Whether everything written so far has been handed to the system: no stream was needed, which might still hold some. */
    get drained() {
        return this.stream === null;
    }
    get isTTY() {
        return (this.terminal ??= isTerminal(this.fd));
    }
    write(s) {
        if (this.stream === null && this.isTTY)
            this.stream = this.open();
        if (this.stream !== null)
            return this.stream.write(s);
        if (this.closed)
            return false;
        const bytes = Buffer.from(s, 'utf8');
        let at = 0;
        while (at < bytes.length) {
            try {
                at += node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, bytes, at, bytes.length - at);
            }
            catch (e) {
                const code = e.code;
                if (code === 'EAGAIN') {
                    this.stream = this.open();
                    return this.stream.write(bytes.subarray(at));
                }
                if (code === 'EPIPE') {
                    this.closed = true;
                    return false;
                }
                throw e;
            }
        }
        return true;
    }
}
/**
 * Whether `fd` is a terminal, without loading `node:tty` for what cannot be
 * one: a file, a pipe or a socket (told by `fstat`), or `/dev/null`, the
 * one character device a program's output is commonly sent to.
 */
function isTerminal(fd) {
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
    }
    catch {
        return false;
    }
    if (!st.isCharacterDevice())
        return false;
    try {
        if (process.platform !== 'win32' && st.rdev === node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync('/dev/null').rdev)
            return false;
    }
    catch {
        // no /dev/null to compare with: ask
    }
    return (0,_core_builtin__WEBPACK_IMPORTED_MODULE_1__/* .tty */ .iU)().isatty(fd);
}


/***/ }),

/***/ 6951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qk: () => (/* binding */ childProcess),
  SI: () => (/* binding */ nodeCrypto),
  iU: () => (/* binding */ tty),
  vD: () => (/* binding */ useCompileCache),
  ve: () => (/* binding */ v8Module),
  kp: () => (/* binding */ workerThreads)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: ./src/core/builtin.ts

/**
 * Node's own modules that only some runs need (V8's settings, threads, processes),
 * loaded on first use: loading them at start-up costs a scan of an empty
 * folder a few milliseconds each (`node:child_process` alone, with the
 * streams and sockets it brings, about ten).
 */
const load = external_node_module_namespaceObject.createRequire(require("url").pathToFileURL(__filename).href);
let v8;
let threads;
let processes;
let terminals;
let hashes;
function v8Module() {
    return (v8 ??= load('node:v8'));
}
function workerThreads() {
    return (threads ??= load('node:worker_threads'));
}
function childProcess() {
    return (processes ??= load('node:child_process'));
}
function tty() {
    return (terminals ??= load('node:tty'));
}
function nodeCrypto() {
    return (hashes ??= load('node:crypto'));
}
/**
 * Where Node keeps compiled code between runs (Node 22.1 and later), the
 * bundle's half a megabyte of rules and engine is compiled once rather than at
 * every start: the CLI before each commit, the Action's scan workers.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. False where Node has no such
 * cache (the CLI then keeps its own: `src/cli/code-cache.ts`).
 */
function useCompileCache() {
    const enable = external_node_module_namespaceObject.enableCompileCache;
    if (enable === undefined)
        return false;
    try {
        enable();
    }
    catch {
        // A cache that cannot be written (a read-only temporary folder) only costs the compile.
    }
    return true;
}


/***/ }),

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   SB: () => (/* binding */ SCAN_WORKER_KIND),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   em: () => (/* binding */ SCAN_WORKER_ARG),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
/* harmony import */ var _core_builtin__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6951);

/** What a scan worker's `workerData` is tagged with. */
const SCAN_WORKER_KIND = 'leakproof-scan';
/**
 * The argument a scan worker is started with: the entry can tell it is one
 * without loading the threads module, which a plain run never needs.
 */
const SCAN_WORKER_ARG = '--leakproof-scan-worker';
let entry = null;
/**
 * Called by a bundle's entry module with its own file: scan workers run that
 * file, whose entry hands over to `serveWorker`. Without it (sources run by the
 * tests), scans stay on one thread. The engine's own modules may live in a
 * lazily loaded chunk, so they cannot use their own `import.meta.url`.
 */
function setWorkerEntry(file) {
    entry = file.endsWith('.js') ? file : null;
}
/** The file a scan worker runs, or null when scans must stay on this thread. */
function workerEntry() {
    return entry;
}
/** True in a worker started by `FileChecker`. Cheap: loads nothing of the engine. */
function isScanWorker() {
    if (!process.argv.includes(SCAN_WORKER_ARG))
        return false;
    const { isMainThread, workerData } = (0,_core_builtin__WEBPACK_IMPORTED_MODULE_0__/* .workerThreads */ .kp)();
    return !isMainThread && workerData?.kind === SCAN_WORKER_KIND;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  py: () => (/* binding */ HOMEPAGE),
  lH: () => (/* binding */ TOOL_NAME),
  xv: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_NAME = 'leakproof';
const VERSION = package_namespaceObject.rE;
const HOMEPAGE = 'https://github.com/leakproof/leakproof';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".cli.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(globalThis[Symbol.for("leakproof.loadChunk")]?.(__nccwpck_require__.u(chunkId)) ?? require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(2957);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;