"use strict";
exports.id = 518;
exports.ids = [518];
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

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanStaged: () => (/* binding */ scanStaged)
/* harmony export */ });
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3171);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9552);
/* harmony import */ var _cat_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1709);
/* harmony import */ var _changes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6064);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5376);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3124);








const EMPTY_OID = /^0+$/;
/**
 * Scans what is staged, exactly as it will be committed: content comes from
 * the index (a partially staged file is scanned as staged, not as edited),
 * and content rules report only the lines the commit adds.
 */
async function scanStaged(options, rules = _rules__WEBPACK_IMPORTED_MODULE_1__.RULES) {
    const started = (0,_clock__WEBPACK_IMPORTED_MODULE_6__/* .clockStart */ .v)();
    const root = node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(options.root);
    // The diff (git's slowest step here: it reads the whole index) starts at once, with
    // the check that this is a repository; a failed check is the error to report.
    const changed = (0,_changes__WEBPACK_IMPORTED_MODULE_3__/* .changedFiles */ .Y)({ cwd: root, against: ['--cached'], relative: true, untracked: [] });
    changed.catch(() => undefined);
    const repo = await (0,_repo__WEBPACK_IMPORTED_MODULE_4__/* .repoInfo */ .Lt)(root, '--staged');
    const cat = new _cat_file__WEBPACK_IMPORTED_MODULE_2__/* .CatFile */ .t(root);
    const source = {
        async read(file, maxSize) {
            const blob = EMPTY_OID.test(file.oid) ? null : await cat.read(file.oid, maxSize);
            return blob ?? { skipped: 'missing' };
        },
        async readText(p) {
            return (0,_core_text__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(await cat.read(`:${repo.prefix}${p}`, options.maxFileSize ?? _types__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MAX_FILE_SIZE */ .S));
        },
    };
    try {
        const files = await changed;
        return { ...(await (0,_changes__WEBPACK_IMPORTED_MODULE_3__/* .scanChanges */ .V)(root, files, source, options, rules, started)), changes: 'staged changes' };
    }
    finally {
        await cat.close();
    }
}


/***/ })

};
;