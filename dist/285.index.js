"use strict";
exports.id = 285;
exports.ids = [285];
exports.modules = {

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/core/builtin.ts + 1 modules
var builtin = __webpack_require__(6951);
;// CONCATENATED MODULE: ./src/engine/git.ts



class GitUnavailable extends Error {
}
/** No fsmonitor hook (a repository's config must not run a command), no pager, unquoted paths. */
const GIT_HARDENING = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager'];
/** No prompts, no optional locks, messages in one language. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/**
 * Runs git with hardening flags: no pager, no fsmonitor hook, no prompts.
 * Resolves with stdout as a Buffer.
 */
function git(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        (0,builtin/* childProcess */.Qk)().execFile('git', [...GIT_HARDENING, ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: 1024 * 1024 * 1024,
            env: gitEnv(),
            windowsHide: true,
        }, (err, stdout, stderr) => {
            if (err) {
                if (err.code === 'ENOENT') {
                    reject(new GitUnavailable('git is not installed or not on PATH'));
                    return;
                }
                if (opts.allowFailure) {
                    resolve(Buffer.alloc(0));
                    return;
                }
                const msg = stderr.toString('utf8').trim().split('\n')[0] || err.message;
                reject(new Error(`git ${args[0]} failed: ${msg}; to scan without git, rerun with --no-git`));
                return;
            }
            resolve(stdout);
        });
    });
}
/** Splits NUL-separated git output. */
function splitZ(buf) {
    const out = [];
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] === 0) {
            if (i > start)
                out.push(buf.toString('utf8', start, i));
            start = i + 1;
        }
    }
    if (start < buf.length)
        out.push(buf.toString('utf8', start));
    return out;
}
/**
 * Whether `dir` is inside a git work tree: `yes`, `no` (not a repository, or
 * no git installed), or the reason git refused to say (a repository owned by
 * another user, a corrupt one), so the caller can tell the user.
 */
async function workTreeState(dir) {
    if (!mayBeInWorkTree(dir))
        return 'no';
    try {
        const out = await git(dir, ['rev-parse', '--is-inside-work-tree']);
        return out.toString('utf8').trim() === 'true' ? 'yes' : 'no';
    }
    catch (e) {
        return refusal(e);
    }
}
/**
 * What a git command's failure in `dir` says of it: `no` work tree there (not
 * a repository, inside a `.git` or a bare repository, no git installed), or
 * the reason git refused to read one.
 */
function refusal(e) {
    if (e instanceof GitUnavailable)
        return 'no';
    const message = e instanceof Error ? e.message : String(e);
    if (/not a git repository|must be run in a work tree/i.test(message))
        return 'no';
    return { problem: message.replace(/^git [a-z-]+ failed: (?:fatal: )?/, '').replace(/;.*$/, '') };
}
/**
 * Whether git could find a work tree from `dir`: false when neither `dir`
 * nor any folder above it holds a `.git` and no environment variable points
 * git elsewhere, so a plain folder is not worth starting git for; false too
 * when git would first find a git directory itself (`dir` is inside a
 * `.git`, or a bare repository), as git looks for one on its way up.
 */
function mayBeInWorkTree(dir) {
    if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined || process.env.GIT_COMMON_DIR !== undefined)
        return true;
    for (let d = external_node_path_.resolve(dir);; d = external_node_path_.dirname(d)) {
        if (existsWithoutFollowing(external_node_path_.join(d, '.git')))
            return true;
        if (isGitDirectory(d))
            return false;
        if (external_node_path_.dirname(d) === d)
            return false;
    }
}
/** What git takes for a git directory: a `HEAD` beside `objects` and `refs` folders. */
function isGitDirectory(d) {
    const kind = (name) => (0,external_node_fs_.lstatSync)(external_node_path_.join(d, name), { throwIfNoEntry: false });
    const head = kind('HEAD');
    return !!head && (head.isFile() || head.isSymbolicLink()) && !!kind('objects')?.isDirectory() && !!kind('refs')?.isDirectory();
}
function existsWithoutFollowing(p) {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** True when `dir` is inside a git work tree that git agrees to read. */
async function isWorkTree(dir) {
    return (await workTreeState(dir)) === 'yes';
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/engine/git-sources/index-file.ts



/**
 * The tracked files of a work tree read from its index file (`.git/index`),
 * as `git ls-files --stage` would list them, without starting git: a start of
 * git costs a scan 6\u201315 ms of this thread, and the listing comes 10\u201320 ms
 * later still while git shares the cores with the scan's own start.
 *
 * Only an index that git itself would list that way is read here; for
 * anything else the answer is null and git is asked, as before:
 * - `root` is the top of the work tree: `root/.git` is a folder (not a file
 *   pointing elsewhere, as in linked work trees and submodules) holding
 *   `HEAD`, `objects` and `refs`, and both are this user's (git refuses a
 *   repository of another owner unless told it is safe);
 * - no environment variable points git elsewhere or at another index;
 * - the repository's `config` sets no `core.worktree`, no `core.bare`, no
 *   `repositoryformatversion` above 1, no `index.sparse`, no `[extensions]`
 *   (another hash, another refs store: formats this reader does not know)
 *   and includes no other file;
 * - the index is version 2, 3 or 4, every entry reads exactly (its name's
 *   length, its padding), it holds no sparse folder, and no extension that
 *   git requires to be understood (`link`: a split index; `sdir`: a sparse
 *   one), and its entries and extensions end where its checksum starts.
 *
 * A work tree with no index yet (`git init`, nothing added) tracks nothing.
 */
function readIndexEntries(root, env = process.env, uid = process.getuid?.()) {
    for (const v of ELSEWHERE)
        if (env[v] !== undefined)
            return null;
    if (process.platform === 'win32' || uid === undefined)
        return null;
    const gitDir = external_node_path_.join(root, '.git');
    try {
        const st = external_node_fs_.lstatSync(gitDir);
        if (!st.isDirectory() || st.uid !== uid || external_node_fs_.lstatSync(root).uid !== uid)
            return null;
        for (const [name, dir] of [['HEAD', false], ['objects', true], ['refs', true]]) {
            const s = external_node_fs_.lstatSync(external_node_path_.join(gitDir, name));
            if (dir ? !s.isDirectory() : !s.isFile())
                return null;
        }
        const config = readRegular(external_node_path_.join(gitDir, 'config'));
        if (config === null || !plainConfig(config.toString('utf8')))
            return null;
    }
    catch {
        return null;
    }
    let data;
    try {
        data = readRegular(external_node_path_.join(gitDir, 'index'));
    }
    catch (e) {
        return e.code === 'ENOENT' ? [] : null;
    }
    return data === null ? null : parseIndex(data);
}
/** A regular file's bytes, never through a symlink (O_NOFOLLOW); null for anything else. Throws what `open` throws. */
function readRegular(file) {
    let fd;
    try {
        fd = external_node_fs_.openSync(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        if (e.code === 'ELOOP')
            return null;
        throw e;
    }
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            return null;
        const data = Buffer.allocUnsafe(st.size);
        let at = 0;
        while (at < data.length) {
            const got = external_node_fs_.readSync(fd, data, at, data.length - at, at);
            if (got === 0)
                return null;
            at += got;
        }
        return data;
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Variables that point git at another repository, work tree or index. */
const ELSEWHERE = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];
/**
 * Whether a repository's `config` leaves the index as this reader reads it:
 * no `[extensions]` section, no `core.worktree`, not bare, format version
 * 0 or 1, no sparse index, no include.
 * A line that reads as none of git's (a quoted or continued value that
 * might hide one) counts against it.
 */
function plainConfig(text) {
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.endsWith('\\'))
            return false;
        const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
        if (header) {
            section = header[1].toLowerCase();
            if (section === 'extensions' || section === 'include' || section === 'includeif')
                return false;
            continue;
        }
        if (line.startsWith('['))
            return false;
        const m = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
        if (!m)
            return false;
        const key = m[1].toLowerCase();
        if (section === 'core' && key === 'worktree')
            return false;
        if (section === 'core' && key === 'bare' && !/^(?:false|no|off|0)$/i.test((m[2] ?? '').trim()))
            return false;
        if (section === 'core' && key === 'repositoryformatversion' && !/^[01]$/.test((m[2] ?? '').trim()))
            return false;
        if (section === 'index' && key === 'sparse')
            return false;
    }
    return true;
}
const SHA1_BYTES = 20;
/** Bytes of an entry before its name: ctime, mtime, dev, ino, mode, uid, gid, size, object id, flags. */
const ENTRY_FIXED = 40 + SHA1_BYTES + 2;
const NAME_MASK = 0x0fff;
const EXTENDED = 0x4000;
const NON_ASCII = /[\x80-\xff]/;
/** The entries of an index file, as `ls-files --stage` lists them (one per path); null when it does not read exactly. */
function parseIndex(data) {
    if (data.length < 12 + SHA1_BYTES || (0,core_text/* latin1 */.Wy)(data, 0, 4) !== 'DIRC')
        return null;
    const version = data.readUInt32BE(4);
    if (version < 2 || version > 4)
        return null;
    const count = data.readUInt32BE(8);
    const end = data.length - SHA1_BYTES;
    const entries = [];
    let at = 12;
    let previous = '';
    // The previous name's bytes, as latin1 (one character a byte), for version 4's compression.
    let previousBytes = '';
    // The loop runs once per tracked file, before any file is read, mostly before V8 has optimised
    // it: it reads bytes in place and decodes each name with one call (no Buffer views, no
    // `toString` dispatch): 11 ms for 5,000 entries in a fresh process, where views took 28.
    for (let n = 0; n < count; n++) {
        const start = at;
        if (start + ENTRY_FIXED > end)
            return null;
        // The mode's type: its bits 12 and up (the mode is big-endian at 24..27).
        const type = (data[start + 24] << 12) | (data[start + 25] << 4) | (data[start + 26] >>> 4);
        const flags = (data[start + ENTRY_FIXED - 2] << 8) | data[start + ENTRY_FIXED - 1];
        let k = start + ENTRY_FIXED;
        if (flags & EXTENDED) {
            if (version < 3)
                return null;
            k += 2;
        }
        // Version 4: the name as the bytes to drop from the end of the previous one (a varint), then the rest of it.
        let drop = 0;
        if (version === 4) {
            let byte = data[k++];
            drop = byte & 0x7f;
            while (byte & 0x80) {
                if (k >= end || drop > 0xffffff)
                    return null;
                byte = data[k++];
                drop = ((drop + 1) << 7) | (byte & 0x7f);
            }
            if (drop > previousBytes.length)
                return null;
        }
        // The name's own bytes end at a NUL. The flags give the whole name's length (when under 4 KiB), and
        // version 4 stores what the previous name does not give: the NUL is looked for where that says.
        const from = k;
        const length = flags & NAME_MASK;
        const stored = version === 4 ? length - (previousBytes.length - drop) : length;
        const nul = length < NAME_MASK && stored >= 0 ? from + stored : data.indexOf(0, from);
        if (nul < from || nul >= end || data[nul] !== 0)
            return null;
        let bytes = (0,core_text/* latin1 */.Wy)(data, from, nul);
        if (bytes.includes('\0'))
            return null;
        if (version === 4) {
            bytes = previousBytes.slice(0, previousBytes.length - drop) + bytes;
            at = nul + 1;
        }
        else {
            // 1 to 8 NULs, so that the entry's length is a multiple of 8.
            const padded = start + ((nul - start + 8) & ~7);
            if (padded > end)
                return null;
            for (let j = nul; j < padded; j++)
                if (data[j] !== 0)
                    return null;
            at = padded;
        }
        if ((flags & NAME_MASK) !== Math.min(bytes.length, NAME_MASK) || bytes.length === 0)
            return null;
        // 0o10: a file, 0o12: a symlink, 0o16: a gitlink; 0o04 is a sparse index's folder.
        if (type !== 0o10 && type !== 0o12 && type !== 0o16)
            return null;
        previousBytes = bytes;
        // A name with a byte above ASCII is UTF-8.
        const p = NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
        // A conflicted path has an entry per stage, one after the other: listed once.
        if (p === previous)
            continue;
        previous = p;
        entries.push({ path: p, status: 'tracked', kind: type === 0o16 ? 'gitlink' : type === 0o12 ? 'symlink' : 'file' });
    }
    // Extensions: a signature, a size, and that many bytes. One git requires readers to understand starts lower case.
    while (at < end) {
        if (at + 8 > end)
            return null;
        const first = data[at];
        if (first < 0x41 || first > 0x5a)
            return null;
        at += 8 + data.readUInt32BE(at + 4);
    }
    return at === end ? entries : null;
}

// EXTERNAL MODULE: ./src/engine/read.ts
var engine_read = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/engine/git-sources/only-tracked.ts


/**
 * Whether the work tree at `root` holds nothing but what its index tracks:
 * every name below it (but the top `.git` folder) is a tracked path, or a
 * folder on the way to one. Then git's listings of untracked files and of
 * ignored ones are both empty, whatever the ignore rules say, and git need
 * not be started for them: on a fresh clone (a CI checkout), that start and
 * git's walk of every folder cost a scan of 5,000 files about 40 ms of two
 * cores.
 *
 * `tracked`: the index's entries (`readIndexEntries`), so `root` is the top
 * of the work tree. The walk is breadth first and stops at the first name the
 * index does not account for (a `node_modules`, a `.env`, a build folder are
 * nearly always at the top): the caller then asks git, as it would have.
 * Anything the walk cannot tell apart exactly counts against it:
 * - a folder where the index has a file, a gitlink (a submodule's folder,
 *   which git does not enter) or nothing (an empty untracked folder, which
 *   git would not list, still sends the scan to git);
 * - a file, symlink or special file the index does not name, a `.git` below
 *   the top (a nested repository);
 * - a name that does not decode as UTF-8 (its bytes could differ from the
 *   tracked name that reads the same), a folder that cannot be read.
 * Symlinks are never followed: a folder is entered only when its parent's
 * listing says it is one. When the answer is yes, each tracked entry whose
 * folders were all entered is marked `foldersSeen`.
 */
/**
 * The walk runs on this thread before any file is checked, at 15\u201320 \u00b5s a
 * folder here (an open, two reads of its entries, a close), while git's walk
 * runs beside the scan: it is tried only on a checkout small enough to be
 * checked on one thread (parallel.ts), with folders few enough to keep it
 * short.
 */
const MAX_FILES = 6000;
const MAX_FOLDERS = 2048;
function onlyTracked(root, tracked) {
    if (tracked.length >= MAX_FILES)
        return false;
    const files = new Set();
    const folders = new Set();
    for (const e of tracked) {
        const p = e.path;
        // A path no walk can reach (an absolute one, as a crafted index may list): git decides.
        if (p.charCodeAt(0) === 47)
            return false;
        files.add(p);
        // Each folder on the way, deepest first, until one already known (its own are known then).
        for (let slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
            const folder = p.slice(0, slash);
            if (folders.has(folder))
                break;
            folders.add(folder);
        }
    }
    if (folders.size > MAX_FOLDERS)
        return false;
    const prefix = (0,engine_read/* callPrefix */._)(root);
    const pending = [''];
    for (let next = 0; next < pending.length; next++) {
        const rel = pending[next];
        let dirents;
        try {
            dirents = external_node_fs_.readdirSync(rel === '' ? prefix || '.' : prefix + rel, { withFileTypes: true });
        }
        catch {
            return false;
        }
        for (const d of dirents) {
            const name = d.name;
            if (rel === '' && name === '.git') {
                if (d.isDirectory())
                    continue;
                return false;
            }
            if (name.includes('\uFFFD'))
                return false;
            const p = rel === '' ? name : `${rel}/${name}`;
            if (d.isDirectory()) {
                if (!folders.has(p))
                    return false;
                pending.push(p);
            }
            else if (!files.has(p) || folders.has(p)) {
                return false;
            }
        }
    }
    // Every folder on the way to each tracked path was listed as one by its parent: the reader need not check them again.
    const walked = new Set(pending);
    for (const e of tracked) {
        const slash = e.path.lastIndexOf('/');
        if (slash < 0 || walked.has(e.path.slice(0, slash)))
            e.foldersSeen = true;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/spawn.ts


/** Starts a long-running git process whose output is read as a stream. */
function spawnGit(cwd, args) {
    return (0,builtin/* childProcess */.Qk)().spawn('git', [...GIT_HARDENING, ...args], {
        cwd,
        env: gitEnv(),
        windowsHide: true,
    });
}
/**
 * Resolves when the process exits; rejects with git's first stderr line on
 * failure. A SIGTERM counts as a normal end (the readers that stop git early
 * send it) unless `stoppedEarly` is false: then its output may be cut short.
 */
function exited(child, what, stoppedEarly = true) {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
        if (stderr.length < 4096)
            stderr += s;
    });
    return new Promise((resolve, reject) => {
        child.on('error', (err) => {
            reject(err.code === 'ENOENT' ? new GitUnavailable('git is not installed or not on PATH') : err);
        });
        child.on('close', (code, signal) => {
            if (code === 0 || (signal === 'SIGTERM' && stoppedEarly))
                resolve();
            else
                reject(new Error(`git ${what} failed: ${stderr.trim().split('\n')[0] || (signal ? `stopped by ${signal}` : `exit code ${code}`)}`));
        });
    });
}
/** Longest header line kept; content lines are only looked at for their first bytes. */
const MAX_KEPT_LINE = 64 * 1024;
/**
 * Splits a byte stream into lines without ever holding a whole long line:
 * each line gives at most MAX_KEPT_LINE bytes (the rest is dropped), so a
 * minified file in a patch costs no more memory than a short one. A line
 * within one chunk is given as its place in the chunk, not a copy: `onLine`
 * must copy what it keeps past the next chunk.
 */
class LineSplitter {
    parts = [];
    kept = 0;
    push(chunk, onLine) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            const end = nl < 0 ? chunk.length : nl;
            if (nl >= 0 && this.parts.length === 0) {
                onLine(chunk, start, Math.min(end, start + MAX_KEPT_LINE));
                start = nl + 1;
                continue;
            }
            if (this.kept < MAX_KEPT_LINE && end > start) {
                // Copied: the rest of the line comes with a later chunk.
                const piece = Buffer.from(chunk.subarray(start, Math.min(end, start + MAX_KEPT_LINE - this.kept)));
                this.parts.push(piece);
                this.kept += piece.length;
            }
            if (nl < 0)
                return;
            const line = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
            onLine(line, 0, line.length);
            this.parts = [];
            this.kept = 0;
            start = nl + 1;
        }
    }
    /** Gives the last line when the stream does not end with a line feed. */
    end(onLine) {
        if (this.kept > 0) {
            const line = Buffer.concat(this.parts);
            onLine(line, 0, line.length);
        }
        this.parts = [];
        this.kept = 0;
    }
}

;// CONCATENATED MODULE: ./src/engine/inventory.ts






/**
 * Lists what a scan covers. In a git work tree git itself classifies paths
 * (one `ls-files` call per class, never one process per file); elsewhere, or
 * with `noGit`, the folder is walked and everything counts.
 */
async function inventory(root, opts, onEntries) {
    // git is not asked first whether this is a work tree: its listing says so, and a git start-up
    // fewer before the first file is read is worth it. A listing git refuses says why.
    let state = 'no';
    if (!opts.noGit && mayBeInWorkTree(root)) {
        // The index read here when it can be (no git started for it); else git lists it.
        const tracked = readIndexEntries(root);
        // A work tree that holds only what it tracks (a fresh clone) has nothing for git to list.
        const listing = tracked !== null && onlyTracked(root, tracked) ? nothingElse() : startListing(root, !!opts.includeIgnored, tracked === null);
        try {
            const entries = await gitEntries(listing, onEntries, tracked ?? []);
            const inv = { mode: 'git', entries };
            if (entries.some((e) => e.kind === 'gitlink')) {
                const declared = await declaredSubmodules(root);
                if (declared)
                    inv.submodulePaths = declared;
            }
            return inv;
        }
        catch (e) {
            listing.cancel();
            if (!(e instanceof Refused))
                throw e;
            state = refusal(e.why);
        }
    }
    const inv = { mode: 'plain', entries: plainEntries(root, onEntries) };
    if (typeof state === 'object')
        inv.gitProblem = state.problem;
    return inv;
}
/** git would not list the folder at all (it listed nothing): `why` says why. */
class Refused extends Error {
    why;
    constructor(why) {
        super('git refused the listing');
        this.why = why;
    }
}
/** Bytes per entry of git's index file, rounded up: a path of about 60 bytes, its stat data and object id. */
const INDEX_BYTES_PER_ENTRY = 128;
/**
 * About how many files git will list for `root` (at least), from the size of
 * its index, when `root` is the top of a work tree; 0 when it cannot tell.
 * Only the index's size is read, never its content.
 */
function expectedEntries(root) {
    try {
        if (!external_node_fs_default().lstatSync(external_node_path_.join(root, '.git')).isDirectory())
            return 0;
        const index = external_node_fs_default().lstatSync(external_node_path_.join(root, '.git', 'index'));
        return index.isFile() ? Math.floor(index.size / INDEX_BYTES_PER_ENTRY) : 0;
    }
    catch {
        return 0;
    }
}
const MAX_QUEUED_CHUNKS = 16;
/** Starts git's listings: tracked files (streamed) when `listTracked`, untracked and, when asked, ignored ones. */
function startListing(root, includeIgnored, listTracked) {
    // Untracked (and ignored) files are listed at the same time; tracked ones are handed on as they come.
    const othersAndIgnored = Promise.all([
        git(root, ['ls-files', '-z', '--others', '--exclude-standard']),
        includeIgnored
            ? git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])
            : Promise.resolve(Buffer.alloc(0)),
    ]);
    othersAndIgnored.catch(() => undefined);
    if (!listTracked)
        return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored, cancel: () => undefined };
    const child = spawnGit(root, ['ls-files', '-z', '--stage']);
    const listed = exited(child, 'ls-files', false);
    listed.catch(() => undefined);
    const queue = [];
    let ended = false;
    let wake = null;
    const signal = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    child.stdout.on('data', (c) => {
        queue.push(c);
        // A listing read faster than its files are waits in the pipe, not here.
        if (queue.length >= MAX_QUEUED_CHUNKS)
            child.stdout.pause();
        signal();
    });
    child.stdout.on('close', () => {
        ended = true;
        signal();
    });
    const chunks = async function* () {
        for (;;) {
            if (queue.length > 0) {
                yield queue.shift();
                if (queue.length < MAX_QUEUED_CHUNKS / 2 && child.stdout.isPaused())
                    child.stdout.resume();
            }
            else if (ended)
                return;
            else
                await new Promise((resolve) => (wake = resolve));
        }
    };
    return {
        chunks: chunks(),
        listed,
        othersAndIgnored,
        cancel: () => {
            if (child.exitCode === null)
                child.kill();
        },
    };
}
/** The listing of a work tree whose index was read and that holds nothing else: no git is started. */
function nothingElse() {
    const none = Buffer.alloc(0);
    return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored: Promise.resolve([none, none]), cancel: () => undefined };
}
/** A tracked listing that has nothing to give: the index was read instead. */
async function* noChunks() { }
/** The work tree's entries: `fromIndex` (the index, read here), or git's listing of them, then the others. */
async function gitEntries(listing, onEntries, fromIndex) {
    const { chunks, listed, othersAndIgnored } = listing;
    const entries = fromIndex;
    let emitted = 0;
    const emit = () => {
        if (onEntries && entries.length > emitted)
            onEntries(entries.slice(emitted));
        emitted = entries.length;
    };
    emit();
    // "<mode> <object> <stage>\t<path>\0", sorted by path: a conflicted path appears once per
    // stage, one after the other. The path is decoded on its own from the bytes (a slice of a
    // decoded chunk would keep the whole chunk alive), as latin1 when it is ASCII (faster).
    let previous = '';
    const addTracked = (buf, from, end) => {
        for (let start = from; start < end;) {
            let tab = start;
            while (tab < end && buf[tab] !== 9 && buf[tab] !== 0)
                tab++;
            let stop = tab;
            let ascii = true;
            while (stop < end && buf[stop] !== 0)
                if (buf[stop++] > 0x7f)
                    ascii = false;
            if (buf[tab] === 9 && tab + 1 < stop) {
                const path = buf.toString(ascii ? 'latin1' : 'utf8', tab + 1, stop);
                if (path !== previous) {
                    previous = path;
                    // "160000" is a gitlink, "120000" a symlink.
                    const special = buf[start] === 49 && buf[start + 2] === 48 && buf[start + 3] === 48 && buf[start + 4] === 48 && buf[start + 5] === 48 && buf[start + 6] === 32;
                    const kind = special && buf[start + 1] === 54 ? 'gitlink' : special && buf[start + 1] === 50 ? 'symlink' : 'file';
                    entries.push({ path, status: 'tracked', kind });
                }
            }
            start = stop + 1;
        }
    };
    // A record cut between two chunks is put together on its own; the rest of a chunk is read in place.
    let carry = null;
    for await (const chunk of chunks) {
        let from = 0;
        if (carry) {
            const nul = chunk.indexOf(0);
            if (nul < 0) {
                carry = Buffer.concat([carry, chunk]);
                continue;
            }
            const record = Buffer.concat([carry, chunk.subarray(0, nul + 1)]);
            addTracked(record, 0, record.length);
            carry = null;
            from = nul + 1;
        }
        const last = chunk.lastIndexOf(0);
        if (last >= from)
            addTracked(chunk, from, last + 1);
        // Copied: the stream may reuse its chunk.
        const rest = Math.max(from, last + 1);
        if (rest < chunk.length)
            carry = Buffer.from(chunk.subarray(rest));
        emit();
    }
    try {
        await listed;
    }
    catch (e) {
        // Refused before listing anything: the folder is then walked as a plain one.
        if (emitted === 0 && entries.length === 0)
            throw new Refused(e);
        throw e instanceof GitUnavailable ? e : new Error(`${e.message}; to scan without git, rerun with --no-git`);
    }
    if (carry)
        addTracked(carry, 0, carry.length);
    const [others, ignored] = await othersAndIgnored;
    // git lists no tracked path among the others; the set keeps the two listings of others apart,
    // and a nested repository where a tracked path is (rare) is looked up among the tracked ones.
    const seen = new Set();
    let tracked = null;
    const addOthers = (buf, status) => {
        for (const path of splitZ(buf)) {
            if (path.endsWith('/')) {
                // git lists a nested repository as one directory entry and does not descend.
                const dir = path.slice(0, -1);
                tracked ??= new Set(entries.filter((e) => e.status === 'tracked').map((e) => e.path));
                if (!tracked.has(dir))
                    entries.push({ path: dir, status, kind: 'nested-repo' });
                continue;
            }
            if (seen.has(path))
                continue;
            seen.add(path);
            entries.push({ path, status, kind: 'file' });
        }
    };
    addOthers(others, 'untracked');
    addOthers(ignored, 'ignored');
    emit();
    return entries;
}
/**
 * Every entry below a plain folder. A `.git` (directory or file) is listed
 * but never entered: one finding per git directory. Symlinks are listed as
 * such and never followed. Folders that cannot be read are passed over.
 *
 * A plain recursive read rather than a glob library: glob matchers skip names
 * holding a newline, and a hostile tree must not hide a `.env` that way.
 */
function plainEntries(root, onEntries) {
    const entries = [];
    let emitted = 0;
    const pending = [''];
    while (pending.length > 0) {
        const rel = pending.pop();
        let dirents;
        try {
            dirents = external_node_fs_default().readdirSync(rel === '' ? root : external_node_path_.join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const d of dirents) {
            const p = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.name === '.git')
                entries.push({ path: p, status: 'plain', kind: 'gitdir' });
            else if (d.isSymbolicLink())
                entries.push({ path: p, status: 'plain', kind: 'symlink' });
            else if (d.isDirectory())
                pending.push(p);
            else
                entries.push({ path: p, status: 'plain', kind: 'file' });
        }
        if (onEntries && entries.length - emitted >= 256) {
            onEntries(entries.slice(emitted));
            emitted = entries.length;
        }
    }
    if (onEntries && entries.length > emitted)
        onEntries(entries.slice(emitted));
    return entries;
}
/**
 * Submodule paths that `.gitmodules` declares, relative to the scanned root.
 * It sits at the top of the work tree even when a subfolder is scanned, so
 * git reads it from the index (as it reads the index for the classification):
 * no file outside the root is opened, and a symlinked `.gitmodules` is not followed.
 */
async function declaredSubmodules(root) {
    const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
    let out;
    try {
        out = await git(root, ['config', '-z', '--blob', ':.gitmodules', '--get-regexp', '^submodule\\..*\\.path$']);
    }
    catch {
        // Not in the index (or declares nothing): the rule reads a `.gitmodules` inside the root, if any.
        return undefined;
    }
    const paths = new Set();
    for (const rec of splitZ(out)) {
        // "-z" records are "<key>\n<value>".
        const value = rec.slice(rec.indexOf('\n') + 1).replace(/\/+$/, '');
        if (value.startsWith(prefix))
            paths.add(value.slice(prefix.length));
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/engine/types.ts
const types_DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

;// CONCATENATED MODULE: ./src/rules/ids.ts
/**
 * Every rule's id, in the order of `RULES` (index.ts; a test holds the two
 * together). For what needs only the ids, without loading the rules: the
 * configuration's checks, the scan cache's key, a scan with nothing to check.
 */
const RULE_IDS = [
    'dotenv-file',
    'dotenv-template-secret',
    'hardcoded-secret-key',
    'secret-key-fallback',
    'git-embedded-repo',
    'git-internals',
    'git-credentials',
    'secret-file',
    'known-token',
    'unused-suppression',
];

// EXTERNAL MODULE: ./src/engine/results.ts
var results = __webpack_require__(4812);
// EXTERNAL MODULE: ./src/core/globs.ts
var core_globs = __webpack_require__(8684);
;// CONCATENATED MODULE: ./src/engine/clock.ts
/**
 * A monotonic clock for the durations a report gives. `performance.now()`
 * would do, but the first use of `performance` loads Node's performance
 * modules, a cost every scan would pay at start-up.
 */
function clockStart() {
    return process.hrtime.bigint();
}
/** Whole milliseconds since `start`. */
function clock_msSince(start) {
    return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

// EXTERNAL MODULE: ./src/engine/known-files.ts
var known_files = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/engine/scan.ts












class ScanInputError extends Error {
}
/**
 * Scans one folder: inventory \u2192 read each file once \u2192 content rules \u2192 tree
 * rules \u2192 redacted, fingerprinted findings sorted by path and position.
 * `rules`: all of them (`RULES`) when not given.
 */
async function scan(options, rules) {
    const started = clockStart();
    const root = external_node_path_.resolve(options.root);
    await assertFolder(root);
    await (0,core_globs/* loadGlobs */.wz)(...(0,core_globs/* globLists */.IX)(options));
    const maxFileSize = options.maxFileSize ?? types_DEFAULT_MAX_FILE_SIZE;
    const ignored = (0,core_globs/* pathMatcher */.kZ)(options.ignore ?? []);
    const wanted = options.paths ? within(options.paths) : null;
    // The paths asked for that hold something scanned: the others are named in the result.
    const matched = new Set();
    const keep = (e) => {
        if (ignored(e.path))
            return false;
        if (wanted === null)
            return true;
        const m = wanted(e.path);
        if (m !== null)
            matched.add(m);
        return m !== null;
    };
    const stats = (0,results/* emptyStats */.b)();
    const errors = [];
    const reader = new engine_read/* SafeReader */.H(root);
    const ruleIds = (rules?.map((r) => r.meta.id) ?? RULE_IDS).filter((id) => options.rules?.[id] !== 'off');
    // Files an earlier scan found clean and that have not changed since are counted, not read.
    const known = options.cache ? new known_files/* KnownFiles */.t1(options.cache, { ...options, maxFileSize }, ruleIds, !options.paths) : null;
    const onChecked = known ? (f, stamp, outcome) => known.record(f.path, f.status, stamp, outcome) : undefined;
    const check = new LazyCheck((m) => new m.FolderCheck({ root, maxFileSize, options }, stats, rules, onChecked));
    let inv;
    let read = { errors: [], symlinks: [] };
    let settled = { findings: [], secretValues: [] };
    let checking = null;
    const entries = [];
    try {
        const indexed = options.noGit ? 0 : expectedEntries(root);
        // Files are read and checked while git is still listing them.
        const listing = inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored }, (listed) => {
            const files = [];
            for (const e of listed) {
                if (!keep(e))
                    continue;
                entries.push(e);
                if (e.kind !== 'file')
                    continue;
                if (known?.has(e.path, e.status)) {
                    const stamp = reader.stampSync(e.path);
                    const clean = stamp && known.outcome(e.path, e.status, stamp);
                    if (clean) {
                        check.use((c) => c.addClean(clean.counts));
                        continue;
                    }
                }
                files.push(e);
            }
            // Anything listed is for the tree rules to see, even with no file to read.
            if (entries.length > 0)
                check.use((c) => c.add(files));
        });
        // In a repository git is listing by now (`inventory` starts it before it first waits), and
        // nearly always lists something: the rules are compiled meanwhile. A plain folder's first
        // entry loads them, and so does a work tree's top whose index holds nothing (a new
        // repository), so a scan with nothing to check never does.
        if (indexed > 0 && !options.paths)
            check.use((c) => c.expect(indexed));
        else if (indexed > 0 || (!options.noGit && !hasOwnGitDir(root) && mayBeInWorkTree(root)))
            check.use(() => undefined);
        inv = await listing;
        // A baseline's entries are matched against the findings, even when there are none.
        if (options.baseline)
            check.use(() => undefined);
        checking = await check.loaded();
        if (checking)
            read = await checking.finish();
        known?.save();
    }
    catch (e) {
        await (await check.loaded().catch(() => null))?.abort();
        throw e;
    }
    // git already knows a tracked symlink for what it is; it is never opened.
    for (const e of entries)
        if (e.kind === 'symlink')
            stats.skipped.symlink++;
    errors.push(...read.errors);
    if (inv.gitProblem) {
        errors.push({
            path: '.',
            message: `git would not read this work tree (${inv.gitProblem}), so it was scanned as a plain folder, ignored files included; fix that (e.g. \`git config --global --add safe.directory <path>\`) or pass --no-git to scan it as a folder on purpose`,
        });
    }
    if (read.symlinks.length > 0) {
        const links = new Set(read.symlinks);
        for (const e of entries)
            if (e.kind === 'file' && links.has(e.path))
                e.kind = 'symlink';
    }
    if (checking) {
        settled = await checking.conclude({
            mode: inv.mode,
            entries,
            ...(inv.submodulePaths ? { submodulePaths: inv.submodulePaths } : {}),
            readText: async (rel) => {
                const out = reader.readSync(rel, maxFileSize);
                return out.kind === 'ok' ? (0,core_text/* textOf */.b6)(out) : null;
            },
        }, options);
    }
    const { findings, baseline, secretValues } = settled;
    if (baseline)
        stats.baseline = baseline;
    errors.sort((a, b) => (0,results/* compareStrings */.K)(a.path, b.path));
    stats.durationMs = clock_msSince(started);
    const result = { root, mode: inv.mode, findings, stats, errors, secretValues };
    if (options.paths) {
        const unmatched = [...new Set(options.paths.map(clean))].filter((p) => !matched.has(p)).sort(results/* compareStrings */.K);
        if (unmatched.length > 0)
            result.unmatched = unmatched;
    }
    return result;
}
const clean = (p) => p.replace(/\/+$/, '');
/** Which of the given paths `p` is, or is inside (given folders); null when none. */
function within(paths) {
    const wanted = new Set(paths.map(clean));
    return (p) => {
        if (wanted.has(p))
            return p;
        for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
            const dir = p.slice(0, i);
            if (wanted.has(dir))
                return dir;
        }
        return null;
    };
}
/** Whether `root` is the top of a work tree, with its own `.git` directory (not a file, as a linked work tree's is). */
function hasOwnGitDir(root) {
    try {
        return (0,external_node_fs_.lstatSync)(external_node_path_.join(root, '.git')).isDirectory();
    }
    catch {
        return false;
    }
}
async function assertFolder(root) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(root);
    }
    catch {
        throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
    }
    if (!st.isDirectory())
        throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}
/**
 * The checking half of the scan (check.ts), loaded the first time it is
 * asked for; what is asked of it before it is there waits, in order.
 */
class LazyCheck {
    make;
    ready = null;
    loading = null;
    waiting = [];
    constructor(make) {
        this.make = make;
    }
    /** Does `f` with the check, now or once it is loaded (and starts loading it). */
    use(f) {
        if (this.ready)
            return f(this.ready);
        this.waiting.push(f);
        if (this.loading)
            return;
        this.loading = __webpack_require__.e(/* import() */ 326).then(__webpack_require__.bind(__webpack_require__, 3326)).then((m) => {
            const c = this.make(m);
            for (const w of this.waiting)
                w(c);
            this.waiting = [];
            this.ready = c;
            return c;
        });
        // Seen where the scan waits for it (`loaded`).
        this.loading.catch(() => undefined);
    }
    /** The check, once everything asked of it is done; null when nothing ever asked. */
    loaded() {
        return this.loading ?? Promise.resolve(null);
    }
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var src_rules = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most this many annotations of one severity per step... */
const STEP_LIMIT_PER_SEVERITY = 10;
/** ...and at most this many per job. */
const JOB_LIMIT = 50;
/**
 * Chooses which findings become annotations: most severe first, then (on pull
 * requests) those on changed lines, within GitHub's per-step and per-job limits.
 */
function planAnnotations(findings, opts) {
    const active = findings.filter((f) => !f.suppressed);
    let budget = Math.max(0, Math.min(opts.max, JOB_LIMIT));
    const chosen = [];
    for (const severity of types/* SEVERITIES */.o) {
        const ofSeverity = active.filter((f) => f.severity === severity);
        const onChanged = opts.changedLines;
        const ordered = onChanged
            ? [...ofSeverity.filter((f) => onChanged(f.path, f.line)), ...ofSeverity.filter((f) => !onChanged(f.path, f.line))]
            : ofSeverity;
        const take = Math.min(budget, STEP_LIMIT_PER_SEVERITY, ordered.length);
        chosen.push(...ordered.slice(0, take));
        budget -= take;
    }
    return { annotations: chosen.map(toAnnotation), omitted: active.length - chosen.length };
}
function toAnnotation(f) {
    const a = { severity: f.severity, file: f.path, title: `leakproof: ${f.ruleId}`, message: annotationMessage(f) };
    if (f.line !== undefined) {
        a.startLine = f.line;
        a.endLine = f.endLine ?? f.line;
        // GitHub ignores columns on annotations that span several lines.
        if (f.column !== undefined && a.endLine === a.startLine) {
            a.startColumn = f.column;
            if (f.endColumn !== undefined)
                a.endColumn = f.endColumn;
        }
    }
    return a;
}
function annotationMessage(f) {
    let s = f.message;
    if (f.secret !== undefined)
        s += `\nSecret (redacted): ${f.secret}`;
    const fix = (0,src_rules/* findRule */.I)(f.ruleId)?.meta.fix;
    if (fix)
        s += `\nFix: ${fix}`;
    return s;
}
/** Escapes the message part of a workflow command. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value of a workflow command, where `:` and `,` are separators. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The `::error file=\u2026,line=\u2026::message` line the runner turns into an annotation. */
function annotationCommand(a) {
    const props = [
        ['file', a.file],
        ['line', a.startLine],
        ['endLine', a.endLine],
        ['col', a.startColumn],
        ['endColumn', a.endColumn],
        ['title', a.title],
    ];
    const list = props.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${a.severity} ${list.join(',')}::${escapeData(a.message)}`;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_NAME = 'leakproof';
const VERSION = package_namespaceObject.rE;
const HOMEPAGE = 'https://github.com/leakproof/leakproof';

;// CONCATENATED MODULE: ./src/report/json.ts

function toJsonReport(result, displayRoot, repository) {
    const report = {
        tool: { name: TOOL_NAME, version: VERSION },
        root: displayRoot,
        mode: result.mode,
        findings: result.findings.map(copyFinding),
        stats: result.stats,
        errors: result.errors,
        ...(result.addedSuppressions ? { addedSuppressions: result.addedSuppressions.map(copySuppression) } : {}),
        ...(result.history ? { history: { ...result.history } } : {}),
    };
    if (repository)
        report.repository = repository.commit ? { name: repository.name, commit: repository.commit } : { name: repository.name };
    return report;
}
/**
 * The repository a report describes: explicit options first, then
 * LEAKPROOF_REPOSITORY/LEAKPROOF_COMMIT (for workflows that scan a checkout of
 * another repository, where GITHUB_REPOSITORY names the wrong one), then the
 * runner's GITHUB_REPOSITORY/GITHUB_SHA. Nothing else, so the output stays deterministic.
 */
function resolveRepository(opts, env) {
    const name = opts.repository || env.LEAKPROOF_REPOSITORY || env.GITHUB_REPOSITORY;
    if (!name)
        return undefined;
    const fromOptions = !!opts.repository;
    const commit = opts.commit || (fromOptions ? undefined : env.LEAKPROOF_REPOSITORY ? env.LEAKPROOF_COMMIT : env.GITHUB_SHA);
    return commit ? { name, commit } : { name };
}
const ORDER = [
    'ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'secret', 'fingerprint', 'status', 'context', 'contextWhy', 'new', 'suppressed', 'commit',
];
const SUPPRESSION_ORDER = ['ruleId', 'severity', 'path', 'line', 'commentLine', 'reason', 'context', 'fingerprint'];
function copySuppression(a) {
    const o = {};
    for (const k of SUPPRESSION_ORDER)
        if (a[k] !== undefined)
            o[k] = a[k];
    return o;
}
/** A copy with a fixed key order, so the output is byte-stable. */
function copyFinding(f) {
    const o = {};
    for (const k of ORDER) {
        const v = f[k];
        if (v !== undefined)
            o[k] = typeof v === 'object' ? { ...v } : v;
    }
    return o;
}
function formatJson(result, displayRoot, repository) {
    return JSON.stringify(toJsonReport(result, displayRoot, repository), null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(8480);
;// CONCATENATED MODULE: ./src/report/rule-docs.ts



/** Where a rule's reference page is published: docs/rules/<id>.md on the default branch. */
function ruleDocUrl(id) {
    return `${HOMEPAGE}/blob/main/docs/rules/${id}.md`;
}
/** The anchor of the severity policy on the rules' index page (docs/rules/README.md). */
const POLICY_LINK = 'README.md#severity-policy-where-a-finding-is';
/** A cap of the severity policy as the docs write it. */
function capText(cap) {
    return cap === null ? 'as the rule' : cap === 'warning' ? 'at most `warning`' : `\`${cap}\``;
}
/** What each row of the severity policy covers, as a column heading. */
const POLICY_NAMES = {
    secret: 'Signing secrets, fallbacks, dotenv files and templates, git credentials, URL passwords',
    token: 'Provider tokens',
    'private-key': 'Private keys and secret files',
    'login-key': 'SSH, OpenPGP and provider-issued keys, and files that log in or open other secrets',
    'git-artifact': 'Git artifacts',
    data: 'Database copies (SQLite files, SQL dumps)',
    meta: "leakproof's own comments and configuration",
};
/**
 * A rule's reference, in Markdown: what `leakproof --explain RULE` prints and
 * docs/rules/<id>.md holds (after a comment saying it is generated).
 */
function rulePage(rule) {
    const m = rule.meta;
    const out = [`# ${m.id}`, '', `**${m.title}** (default severity: \`${m.severity}\`)`, '', '## Why it matters', '', m.why];
    out.push('', '## How to fix', '', m.fix);
    if (m.examples.length > 0) {
        out.push('', '## Examples', '', '| File | Flagged | Clean |', '| --- | --- | --- |');
        for (const ex of m.examples)
            out.push(`| ${code(ex.file)} | ${code(ex.flagged)} | ${code(ex.clean)} |`);
    }
    if (m.details && m.details.length > 0)
        out.push('', '## What it reports', '', ...m.details);
    if (m.covers && m.covers.length > 0)
        out.push('', '## What it recognises', '', ...m.covers.map((c) => `- ${c}`));
    if (m.neverFlags && m.neverFlags.length > 0)
        out.push('', '## What it never flags', '', ...m.neverFlags.map((c) => `- ${c}`));
    if (m.limits && m.limits.length > 0)
        out.push('', '## Not caught yet', '', ...m.limits.map((c) => `- ${c}`));
    out.push('', '## Severity by context', '', ...contextTable(rule));
    if (m.sample)
        out.push('', '## In the report', '', '```text', m.sample, '```');
    // Comments cannot suppress findings about comments (policy `meta`).
    const inline = m.policy === 'meta'
        ? ''
        : `; a \`leakproof-ignore ${m.id} -- <reason>\` comment accepts one finding on its line (\`leakproof-ignore-next-line\` on ` +
            'the line before it)';
    out.push('', '## Exceptions', '', `To accept findings rather than fix them: an \`allow\` entry in \`.leakproof.yml\` names this rule, the paths and why${inline}; ` +
        `a baseline accepts the findings a repository has today. \`rules: { ${m.id}: off }\` turns the rule off, and \`error\`, ` +
        '`warning` or `notice` in place of `off` sets its severity. See [configuration and suppressions](../configuration.md) and ' +
        '[baselines](../baselines.md).');
    return out.join('\n') + '\n';
}
function contextTable(rule) {
    const m = rule.meta;
    const columns = [
        { name: m.otherPolicies?.length ? POLICY_NAMES[m.policy] : 'Severity', policy: m.policy },
        ...(m.otherPolicies ?? []).map((o) => ({ name: o.findings, policy: o.policy })),
    ];
    return [
        `Where a finding sits caps its severity, as the [severity policy](${POLICY_LINK}) sets; \`contexts:\` in the ` +
            'configuration can place paths in another context.',
        '',
        `| Context | ${columns.map((c) => c.name).join(' | ')} |`,
        `| --- | ${columns.map(() => '---').join(' | ')} |`,
        ...CONTEXT_NAMES.map((ctx) => `| \`${ctx}\` | ${columns.map((c) => capText(SEVERITY_CAPS[c.policy][ctx])).join(' | ')} |`),
    ];
}
/** A table cell's text as inline code, whatever backticks and pipes it holds. */
function code(s) {
    const text = s.replace(/\|/g, '\\|');
    const runs = text.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
    const pad = runs.length > 0 ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** Markdown explanation of a rule, for SARIF `help.markdown` and the job summary. */
function ruleMarkdown(rule) {
    const m = rule.meta;
    const parts = [`**${m.title}** (\`${m.id}\`, ${m.severity})`, '', m.why, '', `**How to fix:** ${m.fix}`];
    if (m.covers && m.covers.length > 0)
        parts.push('', '**What it recognises:**', '', ...m.covers.map((c) => `- ${c}`));
    if (m.examples.length > 0) {
        parts.push('', '| File | Flagged | Clean |', '| --- | --- | --- |');
        for (const ex of m.examples)
            parts.push(`| \`${cell(ex.file)}\` | \`${cell(ex.flagged)}\` | \`${cell(ex.clean)}\` |`);
    }
    return parts.join('\n');
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * GitHub code scanning reads this as a CVSS-like score: 7.0\u20138.9 shows as
 * "high", 4.0\u20136.9 as "medium", below 4.0 as "low".
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.5', notice: '2.0' };
/** The key under which code scanning tracks a finding across commits. */
const FINGERPRINT_KEY = 'leakproofFingerprint/v1';
/** A SARIF 2.1.0 log with one run: every rule in the driver, every finding as a result. */
function toSarif(result, opts = {}) {
    const rules = opts.rules ?? src_rules/* RULES */.y;
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: HOMEPAGE,
                        rules: rules.map(sarifRule),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
                results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId), opts.pathPrefix ?? '')),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
}
function formatSarif(result, opts = {}) {
    return JSON.stringify(toSarif(result, opts), null, 2) + '\n';
}
function sarifRule(rule) {
    const m = rule.meta;
    return {
        id: m.id,
        name: pascal(m.id),
        shortDescription: { text: m.title },
        fullDescription: { text: m.why },
        help: { text: `${m.why}\n\nHow to fix: ${m.fix}`, markdown: ruleMarkdown(rule) },
        helpUri: ruleDocUrl(m.id),
        defaultConfiguration: { level: LEVEL[m.severity] },
        properties: {
            tags: ['security', 'secrets'],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[m.severity],
        },
    };
}
function sarifResult(f, ruleIndex, prefix) {
    const region = {};
    if (f.line !== undefined) {
        region.startLine = f.line;
        if (f.endLine !== undefined)
            region.endLine = f.endLine;
        if (f.column !== undefined)
            region.startColumn = f.column;
        if (f.endColumn !== undefined)
            region.endColumn = f.endColumn;
    }
    const text = f.secret !== undefined ? `${f.message} (secret: ${f.secret})` : f.message;
    const physicalLocation = {
        artifactLocation: { uri: encodeUri(prefix + f.path), uriBaseId: '%SRCROOT%' },
    };
    if (f.line !== undefined)
        physicalLocation.region = region;
    const out = {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { gitStatus: f.status, context: f.context, ...(f.contextWhy !== undefined ? { contextWhy: f.contextWhy } : {}) },
    };
    // Against a base, SARIF's own vocabulary says whether the change brought the result in.
    if (f.new !== undefined)
        out.baselineState = f.new ? 'new' : 'unchanged';
    if (f.suppressed) {
        out.suppressions = [
            {
                kind: f.suppressed.by === 'inline' ? 'inSource' : 'external',
                ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
            },
        ];
    }
    return out;
}
/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(p) {
    return p.split('/').map(encodeURIComponent).join('/');
}
function pascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./src/report/stats.ts
/** Counts of active (not suppressed) findings by severity. */
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        if (!f.suppressed)
            counts[f.severity]++;
    return counts;
}
function stats_plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
const SKIP_LABELS = {
    binary: ['binary', 'binary'],
    tooLarge: ['too large', 'too large'],
    symlink: ['symlink', 'symlinks'],
    special: ['special file', 'special files'],
    unreadable: ['unreadable', 'unreadable'],
    missing: ['missing', 'missing'],
};
/** "412 files scanned (3.1 MiB), 5 skipped (2 binary, 3 symlinks)". */
function describeStats(stats) {
    const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0);
    const total = skipped.reduce((a, [, n]) => a + n, 0);
    let s = `${stats_plural(stats.files, 'file')} scanned (${formatBytes(stats.bytes)})`;
    if (total > 0) {
        s += `, ${total} skipped (${skipped.map(([k, n]) => `${n} ${SKIP_LABELS[k][n === 1 ? 0 : 1]}`).join(', ')})`;
    }
    if (stats.longLines > 0)
        s += `, ${stats_plural(stats.longLines, 'long line')} scanned in windows`;
    return s;
}
function locationOf(f) {
    if (f.line === undefined)
        return f.path;
    return `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Escaping for Markdown that GitHub renders (job summaries, organisation
 * reports): scanned names and messages must show as text, never as links,
 * images, HTML or table cells.
 */
/** Text with `code` spans shown as code; everything else escaped. */
function inlineCode(s) {
    return s
        .split('`')
        .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
        .join('');
}
/**
 * Makes untrusted text inert in GitHub Markdown: HTML and Markdown punctuation
 * become character references, control characters become visible escapes.
 */
function esc(s) {
    let out = '';
    for (const ch of s) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (MARKDOWN_SPECIAL.has(ch))
            out += `&#${code};`;
        else
            out += ch;
    }
    return out;
}
// Untrusted text never starts a line here, so line-start markers (#, -, +, 1.) need no escape.
const MARKDOWN_SPECIAL = new Set('\\`*_[]()<>|~&@'.split(''));

;// CONCATENATED MODULE: ./src/report/summary.ts




/** GitHub rejects a step summary over 1 MiB; stay well below it. */
const SUMMARY_BUDGET = 1024 * 1024 - 16 * 1024;
const ICON = { error: '\ud83d\udd34', warning: '\ud83d\udfe0', notice: '\ud83d\udd35' };
/** The job summary in GitHub-flavoured Markdown; every piece of scanned data is escaped. */
function formatSummary(input) {
    const budget = input.maxBytes ?? SUMMARY_BUDGET;
    const prefix = input.pathPrefix ?? '';
    const base = input.base;
    const active = input.result.findings.filter((f) => !f.suppressed);
    const listed = base ? active.filter((f) => f.new !== false) : active;
    // The title counts what the step weighs: new findings, and the others only when they are counted too.
    const weighed = [...listed, ...(base?.existingCounted ? base.existing : []), ...(base?.addedCounted ? base.added : [])];
    const counts = countBySeverity(weighed);
    const head = [];
    const what = base && !base.existingCounted && !base.addedCounted ? 'new finding' : 'finding';
    if (weighed.length === 0)
        head.push(`## leakproof \u2714 no ${what}s`, '');
    else {
        const parts = types/* SEVERITIES */.o.filter((s) => counts[s] > 0).map((s) => stats_plural(counts[s], s));
        head.push(`## leakproof \u2716 ${stats_plural(weighed.length, what)} (${parts.join(', ')})`, '');
    }
    head.push(`**Scope:** ${scopeText(input.scope)}  `);
    head.push(`**Files:** ${esc(describeStats(input.result.stats))} in ${input.result.stats.durationMs} ms`);
    for (const note of input.notes ?? [])
        head.push('', `> [!IMPORTANT]\n> ${esc(note.charAt(0).toUpperCase() + note.slice(1))}.`);
    if (base && base.existing.length > 0) {
        head.push('', `${stats_plural(base.existing.length, 'finding')} already on the base branch (${base.existingCounted ? 'counted: `fail-on-existing` is on' : 'not counted'}), listed below.`);
    }
    if (base && base.added.length > 0) {
        head.push('', `> [!WARNING]\n> This change adds \`leakproof-ignore\` comments that hide ${stats_plural(base.added.length, 'finding')} (${base.addedCounted ? 'counted: `pr-suppressions` is `fail`' : 'not counted'}), listed below.`);
    }
    const suppressed = input.result.findings.length - active.length;
    if (suppressed > 0)
        head.push('', `${stats_plural(suppressed, 'finding')} suppressed${base?.addedCounted ? '' : ' (not counted)'}: ${suppressedBy(input.result.findings)}.`);
    if (input.result.errors.length > 0)
        head.push('', `${stats_plural(input.result.errors.length, 'file')} could not be read and were skipped.`);
    if ((input.notAnnotated ?? 0) > 0) {
        head.push('', `> [!NOTE]\n> ${stats_plural(input.notAnnotated, 'more finding')} not annotated (GitHub limits annotations per step); see the list below${input.sarifFile ? ' or the SARIF file' : ''}.`);
    }
    head.push('');
    if (listed.length > 0)
        head.push(...ruleTable(listed), '');
    // The body is lines joined by newlines, like the head: each line costs its bytes and one newline, exactly.
    const out = new Budget(budget - 512, bytes(head.join('\n')));
    const body = [];
    let omitted = 0;
    // What a change hides goes first: it is short, and a reviewer must see it whatever else there is.
    if (base && base.added.length > 0) {
        const items = base.added.map((a) => suppressionItem(a, prefix, input.link));
        const heading = ['### Suppressions this change adds', '', 'Each hides a finding behind a comment added here; the secret is not shown.', ''];
        let shown = 0;
        if (out.take(heading)) {
            body.push(...heading);
            for (const item of items) {
                if (!out.take([item]))
                    break;
                body.push(item);
                shown++;
            }
            if (out.take(['']))
                body.push('');
        }
        omitted += items.length - shown;
    }
    if (listed.length > 0)
        omitted += listFindings(listed, ['### Findings by file', ''], prefix, input.link, out, body);
    if (base && base.existing.length > 0) {
        const heading = ['### Already on the base branch', '', `These were there before this change${base.existingCounted ? '' : '; they are annotated as notices and do not fail the step'}.`, ''];
        omitted += listFindings(base.existing, heading, prefix, input.link, out, body);
    }
    if (omitted > 0) {
        body.push(`> [!WARNING]\n> The summary is truncated to stay under GitHub's 1 MiB limit: ${stats_plural(omitted, 'more finding')} not listed here. The JSON report${input.sarifFile ? ' and the SARIF file list' : ' lists'} every finding.`, '');
    }
    return [...head, ...body].join('\n');
}
/** Bytes left for the summary, counted line by line. */
class Budget {
    limit;
    used;
    constructor(limit, used) {
        this.limit = limit;
        this.used = used;
    }
    /** Takes room for these lines (each with the newline before it), or none when they do not all fit. */
    take(lines) {
        let n = 0;
        for (const l of lines)
            n += bytes(l) + 1;
        if (this.used + n > this.limit)
            return false;
        this.used += n;
        return true;
    }
}
/**
 * A section heading, then findings grouped by file, appended to `body` while
 * the budget lasts; a heading is only written with a first entry under it.
 * Returns how many findings did not fit.
 */
function listFindings(findings, heading, prefix, link, out, body) {
    let shown = 0;
    let opened = false;
    for (const [path, items] of groupByPath(findings)) {
        const block = [];
        let full = false;
        for (const f of items) {
            const item = findingItem(f, prefix, link);
            // A file's first item brings its heading and the blank line that closes the block (and the section heading, first).
            const cost = block.length > 0 ? [item] : [...(opened ? [] : heading), fileHeading(prefix + path, link), '', item, ''];
            if (!out.take(cost)) {
                full = true;
                break;
            }
            if (block.length === 0) {
                if (!opened)
                    body.push(...heading);
                opened = true;
                block.push(fileHeading(prefix + path, link), '');
            }
            block.push(item);
            shown++;
        }
        if (block.length > 0)
            body.push(...block, '');
        if (full)
            break;
    }
    return findings.length - shown;
}
function suppressionItem(a, prefix, link) {
    const where = `${esc(prefix + a.path)}:${a.commentLine}`;
    const loc = link ? `<a href="${attr(blobUrl(link, prefix + a.path, a.commentLine))}">${where}</a>` : where;
    const target = a.line !== undefined && a.line !== a.commentLine ? ` (line ${a.line})` : '';
    const why = a.reason ? `reason: \u201c${esc(a.reason)}\u201d` : '**no reason given**';
    return `- ${ICON[a.severity]} **${loc}**${target} <code>${esc(a.ruleId)}</code> ${a.severity}: ${why}`;
}
function suppressedBy(findings) {
    const by = { inline: 0, config: 0, baseline: 0 };
    for (const f of findings)
        if (f.suppressed)
            by[f.suppressed.by]++;
    const parts = ['inline', 'config', 'baseline'].filter((k) => by[k] > 0).map((k) => `${by[k]} by ${k === 'inline' ? 'inline comments' : k === 'config' ? 'the configuration' : 'the baseline'}`);
    return parts.join(', ');
}
function scopeText(scope) {
    if (scope.kind === 'changed')
        return `${stats_plural(scope.files, 'changed file')} (from ${esc(scope.source)})`;
    return scope.reason ? `all files, because ${esc(scope.reason)}` : 'all files';
}
/** One row per rule and severity: where a finding sits can lower it, so one rule's findings may differ. */
function ruleTable(active) {
    const byRule = new Map();
    for (const f of active) {
        const k = `${f.ruleId}\0${f.severity}`;
        const e = byRule.get(k);
        if (e)
            e.count++;
        else
            byRule.set(k, { id: f.ruleId, severity: f.severity, count: 1 });
    }
    const rank = { error: 0, warning: 1, notice: 2 };
    const rowsOf = [...byRule.values()].sort((a, b) => rank[a.severity] - rank[b.severity]);
    const rows = ['| Rule | Severity | Findings | Fix |', '| --- | --- | ---: | --- |'];
    for (const { id, severity, count } of rowsOf) {
        const rule = (0,src_rules/* findRule */.I)(id);
        rows.push(`| <code>${esc(id)}</code>${rule ? ` ${esc(rule.meta.title)}` : ''} | ${ICON[severity]} ${severity} | ${count} | ${rule ? inlineCode(rule.meta.fix) : ''} |`);
    }
    return rows;
}
function groupByPath(findings) {
    const m = new Map();
    for (const f of findings) {
        const list = m.get(f.path);
        if (list)
            list.push(f);
        else
            m.set(f.path, [f]);
    }
    return m;
}
function fileHeading(path, link) {
    const name = `<code>${esc(path)}</code>`;
    return link ? `#### <a href="${attr(blobUrl(link, path))}">${name}</a>` : `#### ${name}`;
}
function findingItem(f, prefix, link) {
    const where = f.line === undefined ? 'file' : `L${f.line}`;
    const loc = link && f.line !== undefined ? `<a href="${attr(blobUrl(link, prefix + f.path, f.line))}">${where}</a>` : where;
    let s = `- ${ICON[f.severity]} **${loc}** <code>${esc(f.ruleId)}</code>: ${inlineCode(f.message)}`;
    if (f.secret !== undefined)
        s += ` Secret (redacted): <code>${esc(f.secret)}</code>`;
    return s;
}
function blobUrl(link, path, line) {
    const p = path.split('/').map(encodeURIComponent).join('/');
    return `${link.serverUrl.replace(/\/+$/, '')}/${link.repository}/blob/${encodeURIComponent(link.sha)}/${p}${line !== undefined ? `#L${line}` : ''}`;
}
function attr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/color.ts
/**
 * Colour only for a terminal, as the NO_COLOR and FORCE_COLOR conventions
 * ask: FORCE_COLOR (other than 0) forces it on, NO_COLOR (non-empty) off.
 */
function colorEnabled(stream, env = process.env) {
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return !!stream.isTTY && env.TERM !== 'dumb';
}
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function palette(enabled) {
    if (!enabled) {
        const id = (s) => s;
        return { red: id, yellow: id, cyan: id, green: id, dim: id, bold: id };
    }
    return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

;// CONCATENATED MODULE: ./src/report/printable.ts
/**
 * Control characters shown as visible escapes, so a scanned name or a message
 * quoting one cannot start a new line in a terminal or a CI log (where a line
 * starting with `::` is a workflow command). `keepTabs`: a tab stays one (a
 * diff's lines of Go, Java or PHP code are indented with them; a tab starts
 * no line).
 */
function printable_printable(s, keepTabs = false) {
    return s.replace(keepTabs ? /[\u0000-\u0008\u000a-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/text.ts


function paint(c, sev, s) {
    return sev === 'error' ? c.red(s) : sev === 'warning' ? c.yellow(s) : c.cyan(s);
}
/**
 * Human output: findings grouped by file, one `path:line:col  severity  rule
 * message` line each (editors and terminals make these clickable), then totals.
 */
function formatText(result, opts) {
    const c = opts.colors;
    const shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
    const lines = [];
    let lastPath = null;
    for (const f of shown) {
        if (lastPath !== null && f.path !== lastPath)
            lines.push('');
        lastPath = f.path;
        lines.push(findingLine(f, c));
    }
    if (shown.length > 0)
        lines.push('');
    const counts = countBySeverity(result.findings);
    const active = counts.error + counts.warning + counts.notice;
    const suppressed = result.findings.length - active;
    const statsLine = `${describeStats(result.stats)} in ${result.stats.durationMs} ms (${scopeOf(result)})`;
    if (active === 0) {
        lines.push(`${c.green('\u2714')} ${c.bold('No findings.')} ${c.dim(statsLine)}`);
    }
    else {
        lines.push(`${c.red('\u2716')} ${c.bold(stats_plural(active, 'finding'))}: ` +
            [
                paint(c, 'error', stats_plural(counts.error, 'error')),
                paint(c, 'warning', stats_plural(counts.warning, 'warning')),
                paint(c, 'notice', stats_plural(counts.notice, 'notice')),
            ].join(', '));
        lines.push(c.dim(`  ${statsLine}`));
    }
    if (suppressed > 0) {
        lines.push(c.dim(`  ${stats_plural(suppressed, 'finding')} suppressed${opts.showSuppressed ? '' : ' (--show-suppressed lists them)'}`));
    }
    const added = result.addedSuppressions ?? [];
    if (added.length > 0) {
        lines.push(c.yellow(`  ${stats_plural(added.length, 'finding')} hidden by \`leakproof-ignore\` comments this change adds:`));
        for (const a of added) {
            const where = lineSafe(printable_printable(`${a.path}:${a.commentLine}`));
            lines.push(c.yellow(`    ${where}  ${a.ruleId} (${a.severity}): ${a.reason ? printable_printable(a.reason) : 'no reason given'}`));
        }
    }
    const stale = result.stats.baseline?.stale ?? 0;
    if (stale > 0) {
        lines.push(c.yellow(`  ${stats_plural(stale, 'baseline entry', 'baseline entries')} no longer ${stale === 1 ? 'matches' : 'match'} a finding (--prune-baseline removes them)`));
    }
    if (result.errors.length > 0)
        lines.push(c.yellow(`  ${stats_plural(result.errors.length, 'file')} could not be read (listed on stderr)`));
    if (result.history?.shallow)
        lines.push(c.yellow('  Shallow clone: older commits were not scanned (fetch the whole history, e.g. `fetch-depth: 0`).'));
    if (active > 0)
        lines.push(c.dim('  Run `leakproof --explain <rule>` for why a rule matters and how to fix it.'));
    return lines.join('\n') + '\n';
}
function findingLine(f, c) {
    // Paths, messages and redacted values come from scanned files: control characters are shown, never obeyed.
    const parts = [c.bold(lineSafe(printable_printable(locationOf(f)))), paint(c, f.severity, f.severity.padEnd(7)), c.dim(f.ruleId), printable_printable(f.message)];
    let s = parts.join('  ');
    if (f.secret)
        s += c.dim(` [${printable_printable(f.secret)}]`);
    if (f.commit)
        s += commitNote(f.commit, c);
    if (f.suppressed)
        s += c.dim(` (suppressed by ${f.suppressed.by}${f.suppressed.reason ? `: ${printable_printable(f.suppressed.reason)}` : ''})`);
    return s;
}
/**
 * CI runners treat a line starting with `::` (after blanks) as a workflow
 * command, so a path like `::add-mask::x` is shown as `./::add-mask::x`.
 */
function lineSafe(location) {
    return /^\s*::/.test(location) ? `./${location}` : location;
}
function scopeOf(result) {
    if (result.history) {
        const h = result.history;
        return `${stats_plural(h.commits, 'commit')} of history${h.since !== undefined ? ` since ${h.since}` : ''}`;
    }
    if (result.changes)
        return result.changes;
    return result.mode === 'git' ? 'git work tree' : 'plain folder';
}
/** "committed in abc1234 on 2025-03-02, removed later \u2014 rotate the key". */
function commitNote(commit, c) {
    const when = ` committed in ${commit.sha.slice(0, 7)} on ${commit.date.slice(0, 10)}`;
    return commit.deleted ? c.yellow(`${when}, removed later \u2014 rotate the key`) : c.dim(`${when}, still in HEAD`);
}

;// CONCATENATED MODULE: ./src/action/event.ts
const PR_EVENTS = ['pull_request', 'pull_request_target'];
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZERO = /^0+$/;
function parseEvent(name, payload) {
    const info = { name };
    const p = (payload ?? {});
    if (PR_EVENTS.includes(name)) {
        const pr = p.pull_request ?? {};
        const number = Number(pr.number ?? p.number);
        const baseSha = String(pr.base?.sha ?? '');
        if (Number.isSafeInteger(number) && number > 0 && SHA.test(baseSha)) {
            info.pull = { number, baseSha };
            const head = String(pr.head?.sha ?? '');
            if (SHA.test(head))
                info.pull.headSha = head;
        }
    }
    if (name === 'push') {
        const before = String(p.before ?? '');
        if (SHA.test(before) && !ZERO.test(before))
            info.pushBefore = before;
    }
    return info;
}

;// CONCATENATED MODULE: ./src/action/hunks.ts
/**
 * The lines a unified diff adds on its new side, as [start, end) pairs.
 * The GitHub API's patches carry context lines around each change, so the
 * hunk headers alone would count untouched neighbours as changed: the body
 * is walked, and only `+` lines count.
 */
function addedRanges(patch) {
    const out = [];
    let next = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        const start = parseHunkStart(line);
        if (start !== null) {
            next = start;
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const c = line.charAt(0);
        if (c === '+') {
            const last = out.length;
            if (last > 0 && out[last - 1] === next)
                out[last - 1] = next + 1;
            else
                out.push(next, next + 1);
            next++;
        }
        else if (c === ' ' || c === '')
            next++;
        // '-' lines are gone from the new side; '\' marks a missing final newline.
    }
    return out;
}
/** The new-side start line of a hunk header `@@ -a,b +c,d @@`, or null. */
function parseHunkStart(line) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    return m ? Number(m[1]) : null;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/quote.ts
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

// EXTERNAL MODULE: ./src/engine/line-ranges.ts
var line_ranges = __webpack_require__(6729);
;// CONCATENATED MODULE: ./src/engine/git-sources/patch.ts



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
            const p = unquoteWhole(s.slice(4));
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
            f.path = unquoteWhole(s.slice(s.indexOf(' to ') + 4));
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
        if (end - start >= MAX_KEPT_LINE) {
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
        const a = readGitPath(rest, 0);
        const b = readGitPath(rest, a.end + 1).path;
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
function patch_addedLines(ranges) {
    const set = new line_ranges/* LineRanges */.R(ranges);
    return (line) => set.has(line);
}

;// CONCATENATED MODULE: ./src/engine/novelty.ts

/** Questions about a change, answered from its list of changed files. */
class novelty_BaseChanges {
    files = new Map();
    /** Every folder above a new path: a finding about a folder is new when the change adds files in it. */
    newFolders = new Set();
    constructor(files) {
        for (const f of files) {
            this.files.set(f.path, { f, has: f.added === null ? null : patch_addedLines(f.added) });
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
function novelty_judgeAgainstBase(result, changes) {
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

// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5483);
// EXTERNAL MODULE: ./src/engine/suppress.ts
var suppress = __webpack_require__(2111);
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

;// CONCATENATED MODULE: ./src/engine/git-sources/diff-args.ts
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

;// CONCATENATED MODULE: ./src/engine/git-sources/changes.ts










/** Files read at once: requests stay pipelined, memory stays bounded. */
const READ_BATCH = 64;
/**
 * The files a diff touches, with their added line ranges: one git call,
 * whatever the size of the tree (the raw records name the objects exactly,
 * the patch that follows them gives the line ranges).
 */
async function changedFiles(opts) {
    const common = ['-M', NOT_DELETED, '--ignore-submodules=dirty', ...(opts.relative ? ['--relative'] : [])];
    const out = await git(opts.cwd, ['diff', ...opts.against, '--raw', '-z', '--no-abbrev', ...PATCH_FLAGS, ...common, '--']);
    const { changes, end } = parseRaw(out);
    const ranges = new Map();
    const reader = new PatchReader({ onFile: (f) => ranges.set(f.path, f.added) });
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
    const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    await loadGlobs(...globLists(opts));
    const stats = emptyStats();
    const errors = [];
    const collector = new FindingCollector(enabledRules(rules, opts.rules), ruleSettings(opts, contextOverrides(opts.contexts)), stats);
    const ignored = pathMatcher(opts.ignore ?? []);
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
            collector.addFile({ path: f.path, status: f.status, head: got.head, body: got.body, size: got.size }, f.isNew ? undefined : addedLines(f.added));
        });
    }
    await collector.addTree({ mode: 'git', settings: collector.settings, entries, readText: (p) => source.readText(p), changedOnly: true });
    const finished = collector.finish();
    const { findings, baseline } = settle(finished.findings, finished.comments, opts, finished.secretValues);
    if (baseline)
        stats.baseline = baseline;
    const secretValues = finished.secretValues;
    stats.durationMs = msSince(started);
    const result = { root, mode: 'git', findings, stats, errors, secretValues };
    return judgeAgainstBase(result, new BaseChanges(files.map((f) => ({ path: f.path, created: f.isNew, newPath: f.newPath, added: f.added }))));
}

;// CONCATENATED MODULE: ./src/action/changed.ts





/**
 * Works out which files a pull request (or push) changed: with git when the
 * base commit is here or can be fetched alone, else through the REST API. When
 * neither works the answer is "scan everything" with the reason, never an
 * empty list.
 */
async function changed_changedFiles(req) {
    const { event } = req;
    const base = event.pull?.baseSha ?? event.pushBefore;
    if (!base) {
        const why = PR_EVENTS.includes(event.name)
            ? 'the event payload has no pull request base commit'
            : event.name === 'push'
                ? 'the push has no previous commit to compare with'
                : `the ${event.name} event has no base commit to compare with`;
        return { kind: 'all', reason: why };
    }
    let gitProblem = 'the scanned folder is not a git work tree';
    if (await isWorkTree(req.root)) {
        try {
            if (await ensureCommit(req.root, base, req.log))
                return { kind: 'changed', set: await gitDiff(req.root, base) };
            gitProblem = 'the base commit is not in the local history and could not be fetched';
        }
        catch (e) {
            gitProblem = `git could not compare with the base commit (${e instanceof Error ? e.message : String(e)})`;
        }
    }
    if (!event.pull)
        return { kind: 'all', reason: gitProblem };
    if (!req.rest || !req.rest.token)
        return { kind: 'all', reason: `${gitProblem}, and no token was given to ask the GitHub API` };
    req.log(`${cap(gitProblem)}; listing the pull request's files through the GitHub API.`);
    try {
        const files = await req.listPullFiles({ ...req.rest, number: event.pull.number });
        return { kind: 'changed', set: fromPullFiles(files, await prefixOf(req.root, req.fallbackPrefix)) };
    }
    catch (e) {
        const status = e.status;
        return {
            kind: 'all',
            reason: `${gitProblem}, and the GitHub API did not list the pull request's files (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)})`,
        };
    }
}
/**
 * True when `sha` is in the local history, fetching that one commit from
 * origin first when it is not (a shallow checkout). Never throws for a
 * missing commit; the caller decides what to do without it.
 */
async function ensureCommit(root, sha, log) {
    if (await hasCommit(root, sha))
        return true;
    log(`Base commit ${sha} is not in the local history; fetching it alone.`);
    await git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { allowFailure: true });
    return hasCommit(root, sha);
}
async function hasCommit(root, sha) {
    const out = await git(root, ['cat-file', '-t', sha], { allowFailure: true });
    return out.toString('utf8').trim() === 'commit';
}
async function gitDiff(root, base) {
    // Compare from the merge base when the history has it, so changes made on the base branch meanwhile are not counted.
    const mb = (await git(root, ['merge-base', base, 'HEAD'], { allowFailure: true })).toString('utf8').trim();
    const from = /^[0-9a-f]+$/.test(mb) ? mb : base;
    // The same diff reading as `leakproof --since`: one raw listing and one patch, paths relative to the root.
    const files = await changedFiles({ cwd: root, against: [from, 'HEAD'], relative: true, untracked: [] });
    return {
        paths: files.map((f) => f.path).sort(),
        files: files.map((f) => ({ path: f.path, created: f.isNew, newPath: f.newPath, added: f.added })),
        source: `git diff ${from.slice(0, 12)}..HEAD`,
    };
}
/** The scanned root relative to the repository root, as `git rev-parse --show-prefix` prints it. */
async function prefixOf(root, fallback) {
    if (!(await isWorkTree(root)))
        return fallback;
    return (await git(root, ['rev-parse', '--show-prefix'], { allowFailure: true })).toString('utf8').replace(/\n$/, '');
}
function fromPullFiles(files, prefix) {
    const paths = [];
    const changed = [];
    for (const f of files) {
        if (f.status === 'removed' || !f.filename.startsWith(prefix))
            continue;
        const path = f.filename.slice(prefix.length);
        paths.push(path);
        changed.push({
            path,
            created: f.status === 'added',
            newPath: f.status === 'added' || f.status === 'renamed' || f.status === 'copied',
            // No patch: the API leaves it out for large and binary diffs, so which lines changed is unknown.
            added: f.patch === undefined ? null : addedRanges(f.patch),
        });
    }
    return { paths: paths.sort(), files: changed, source: 'the GitHub API' };
}
/** True when a finding sits on a line the change may have touched (or anywhere in a changed file, for file-level findings). */
function onChangedLine(set) {
    const changes = new novelty_BaseChanges(set.files);
    const paths = new Set(set.paths);
    return (path, line) => paths.has(path) && (line === undefined || changes.mayTouchLine(path, line));
}
function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/action/verdict.ts
const PR_SUPPRESSIONS = ['report', 'fail', 'allow'];
/**
 * Decides, for a scan that compared with a base, which findings fail the
 * step and how each is annotated. New findings count and annotate as found.
 * Findings already on the base branch are notices that do not count, unless
 * `fail-on-existing`. Findings hidden by a comment the change adds are listed
 * and get a notice on the comment (`report`), count as if not suppressed
 * (`fail`), or stay quietly suppressed (`allow`). Without a base every active
 * finding counts, as on a push.
 */
function judge(result, opts) {
    const active = result.findings.filter((f) => !f.suppressed);
    if (!result.addedSuppressions)
        return { counted: active, annotate: active };
    const existing = active.filter((f) => f.new === false);
    const fresh = active.filter((f) => f.new !== false);
    const added = opts.prSuppressions === 'allow' ? [] : result.addedSuppressions;
    const byFingerprint = new Map(result.findings.map((f) => [f.fingerprint, f]));
    const counted = [...fresh, ...(opts.failOnExisting ? existing : [])];
    const annotate = [...fresh];
    for (const f of existing) {
        annotate.push(opts.failOnExisting ? f : { ...f, severity: 'notice', message: `Already on the base branch (not counted): ${f.message}` });
    }
    // With `fail`, a hidden finding counts as if it were not suppressed, so one already on the base branch only with `fail-on-existing`.
    const countsHidden = (f) => opts.prSuppressions === 'fail' && (f.new !== false || opts.failOnExisting);
    let addedCounted = 0;
    for (const a of added) {
        const f = byFingerprint.get(a.fingerprint);
        if (countsHidden(f)) {
            const { suppressed: _, ...visible } = f;
            const unsuppressed = { ...visible, message: `Hidden by a \`leakproof-ignore\` comment this change adds, counted because \`pr-suppressions\` is \`fail\`: ${f.message}` };
            counted.push(unsuppressed);
            annotate.push(unsuppressed);
            addedCounted++;
        }
        else
            annotate.push(suppressionNotice(a, f));
    }
    return {
        counted,
        annotate,
        base: { existing, existingCounted: opts.failOnExisting, added, addedCounted: addedCounted > 0 },
    };
}
/** A notice on the comment itself: which rule it hides, at what severity, and the reason given. Never the secret. */
function suppressionNotice(a, of) {
    const target = a.line !== undefined && a.line !== a.commentLine ? ` on line ${a.line}` : '';
    const why = a.reason ? `Reason given: "${a.reason}".` : 'No reason given.';
    const n = {
        ruleId: a.ruleId,
        severity: 'notice',
        path: a.path,
        line: a.commentLine,
        endLine: a.commentLine,
        message: `This change adds a \`leakproof-ignore\` comment that hides ${article(a.severity)} ${a.severity} of rule \`${a.ruleId}\`${target}. ${why} A reviewer should confirm the exception.`,
        fingerprint: a.fingerprint,
        status: of.status,
        context: a.context,
    };
    return n;
}
function article(word) {
    return /^[aeiou]/.test(word) ? 'an' : 'a';
}

;// CONCATENATED MODULE: ./src/action/inputs.ts


/**
 * Every input the Action reads, as action.yml declares them. `readInputs` can
 * read no other name, and a test holds this list, action.yml and the table
 * in docs/action.md to the same set.
 */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'path',
    'config',
    'baseline',
    'fail-on',
    'scope',
    'annotations',
    'summary',
    'sarif',
    'fail-on-existing',
    'pr-suppressions',
    'suggestions',
    'max-annotations',
    'token',
]));
/** A bad input; the message names the input and what it accepts. */
class InputError extends Error {
}
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const SCOPES = ['auto', 'all', 'changed'];
// The YAML 1.2 core schema booleans, as the runner's own toolkit accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Reads every input through `get` (which returns '' for an unset input) and validates it. */
function readInputs(get) {
    const text = (name, fallback) => get(name).trim() || fallback;
    const oneOf = (name, fallback, allowed) => {
        const v = text(name, fallback);
        if (allowed.includes(v))
            return v;
        throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${v}")`);
    };
    const bool = (name, fallback) => {
        const v = get(name).trim();
        if (v === '')
            return fallback;
        if (TRUE.includes(v))
            return true;
        if (FALSE.includes(v))
            return false;
        throw new InputError(`input "${name}" must be true or false (got "${v}")`);
    };
    const max = text('max-annotations', '50');
    if (!/^\d{1,3}$/.test(max) || Number(max) > JOB_LIMIT) {
        throw new InputError(`input "max-annotations" must be a whole number from 0 to ${JOB_LIMIT}, GitHub's limit per job (got "${max}")`);
    }
    const inputs = {
        path: text('path', '.'),
        scope: oneOf('scope', 'auto', SCOPES),
        annotations: bool('annotations', true),
        summary: bool('summary', true),
        maxAnnotations: Number(max),
        token: get('token').trim(),
        failOnExisting: bool('fail-on-existing', false),
        prSuppressions: oneOf('pr-suppressions', 'report', PR_SUPPRESSIONS),
        suggestions: bool('suggestions', false),
    };
    if (get('fail-on').trim())
        inputs.failOn = oneOf('fail-on', 'error', FAIL_ON);
    const config = workspaceFile('config', get('config'));
    if (config)
        inputs.config = config;
    const baseline = workspaceFile('baseline', get('baseline'));
    if (baseline)
        inputs.baseline = baseline;
    const sarif = get('sarif').trim();
    if (sarif)
        inputs.sarif = sarif;
    return inputs;
}
/**
 * A file input: a path inside the workspace, relative to it. Reading files
 * elsewhere on the runner (another checkout, the runner's own files) is never
 * what a scan configuration needs, so such a path is refused.
 */
function workspaceFile(name, raw) {
    const v = raw.trim();
    if (v === '')
        return undefined;
    const problem = /[\x00-\x1f\x7f]/.test(v)
        ? 'contains a control character'
        : v.startsWith('/') || /^[A-Za-z]:/.test(v) || v.startsWith('\\')
            ? 'is absolute'
            : v.split(/[\\/]/).includes('..')
                ? 'leaves the workspace with ".."'
                : null;
    if (problem) {
        throw new InputError(`input "${name}" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one ${problem}`);
    }
    return v.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/rules/lib/secret-value.ts
var secret_value = __webpack_require__(4847);
;// CONCATENATED MODULE: ./src/action/log.ts



/**
 * Wraps text made from scanned data in `stop-commands`, so nothing in it
 * (a file named `::error::\u2026`) is taken as a workflow command.
 */
function inert(text) {
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
/** Values shorter than this are not registered with the log masking: masking `dev` would blank every "dev" in the job log. */
const MIN_MASKED_LENGTH = 8;
/**
 * The strings to register with the runner's log masking for these raw values:
 * each value and each line of a multi-line one, except short ones and
 * well-known placeholders (`changeme`, `keyboard cat`), which no report
 * prints raw anyway and whose masking would garble the log.
 */
function maskable(values) {
    const out = new Set();
    const add = (v) => {
        if (v.length >= MIN_MASKED_LENGTH && !(0,secret_value/* isPlaceholder */.wK)(v))
            out.add(v);
    };
    for (const v of values) {
        add(v);
        if (/[\r\n]/.test(v))
            for (const line of v.split(/\r?\n|\r/))
                add(line.trim());
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/action/rest.ts
/**
 * Lists a pull request's files through the REST API, every page. The client
 * is loaded only here, so scans that never need the API never load it.
 */
async function listPullFiles(ref) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: ref.number,
        per_page: 100,
    });
    // An empty patch (a pure rename) says "no line changed"; a missing one says nothing.
    return files.map((f) => ({ filename: f.filename, status: f.status, ...(typeof f.patch === 'string' ? { patch: f.patch } : {}) }));
}
/**
 * A file's content at one commit through the REST contents API, or null when
 * the path does not exist there. Other failures (no permission, server
 * errors) throw, so the caller can tell "absent" from "unknown".
 */
async function getFileAt(ref) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
    try {
        const res = await octokit.rest.repos.getContent({
            owner: ref.owner,
            repo: ref.repo,
            path: ref.path,
            ref: ref.ref,
            mediaType: { format: 'raw' },
        });
        const data = res.data;
        if (typeof data === 'string')
            return data;
        // A folder (a list) or a symlink or submodule entry is not a file we would read.
        return null;
    }
    catch (e) {
        if (e.status === 404)
            return null;
        throw e;
    }
}
/** Posts one review (event COMMENT) with its comments; a 403 without write access throws with its status. */
async function createReview(ref) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
    await octokit.rest.pulls.createReview({
        owner: ref.owner,
        repo: ref.repo,
        pull_number: ref.number,
        ...(ref.commitId ? { commit_id: ref.commitId } : {}),
        event: 'COMMENT',
        body: ref.body,
        comments: ref.comments.map((c) => ({ ...c, side: 'RIGHT', ...(c.start_line !== undefined ? { start_side: 'RIGHT' } : {}) })),
    });
}

;// CONCATENATED MODULE: ./src/config/schema.ts



/** Bad configuration: the message names the file, the key path and what is allowed. */
class schema_ConfigError extends Error {
}
const CONFIG_KEYS = [
    'ignore',
    'rules',
    'allow',
    'secretNames',
    'publicEnvPrefixes',
    'contexts',
    'maxFileSize',
    'failOn',
    'includeIgnored',
];
const ALLOW_KEYS = ['rule', 'paths', 'reason'];
const RULE_LEVELS = ['off', 'notice', 'warning', 'error'];
const schema_FAIL_ON = ['error', 'warning', 'notice', 'never'];
function schema_emptyConfig(file = null) {
    return { file, ignore: [], rules: {}, allow: [], secretNames: [], publicEnvPrefixes: [], contexts: {} };
}
function ruleIds() {
    return RULE_IDS;
}
/** A value from the file, quoted and cut, so an error line stays one short line. */
function quoteCut(v) {
    return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the string ${quoteCut(v)}`;
    return `${typeof v} ${String(v)}`;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Checks the parsed document against the schema; throws ConfigError at the first problem. */
function validateConfig(doc, file) {
    const fail = (key, problem) => {
        throw new schema_ConfigError(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    };
    const config = schema_emptyConfig(file);
    if (doc === null || doc === undefined)
        return config;
    if (!isPlainObject(doc))
        return fail('', `the top level must be a mapping of keys (${CONFIG_KEYS.join(', ')}), got ${typeName(doc)}`);
    const stringList = (key, v, what, one, check) => {
        if (!Array.isArray(v))
            return fail(key, `must be a list of ${what}, got ${typeName(v)}`);
        return v.map((item, i) => {
            if (typeof item !== 'string')
                return fail(`${key}[${i}]`, `must be ${one}, got ${typeName(item)}`);
            const problem = check?.(item);
            if (problem)
                return fail(`${key}[${i}]`, `${quoteCut(item)} ${problem}`);
            return item;
        });
    };
    const globs = (key, v) => stringList(key, v, 'globs', 'a glob', core_globs/* globProblem */.AI);
    for (const [key, v] of Object.entries(doc)) {
        switch (key) {
            case 'ignore':
                config.ignore = globs(key, v);
                break;
            case 'rules': {
                if (!isPlainObject(v))
                    return fail(key, `must be a mapping of rule id to ${RULE_LEVELS.join(' | ')}, got ${typeName(v)}`);
                for (const [id, level] of Object.entries(v)) {
                    if (!ruleIds().includes(id))
                        return fail(`rules.${quoteCut(id).slice(1, -1)}`, `unknown rule id ${quoteCut(id)}; allowed: ${ruleIds().join(', ')}`);
                    if (typeof level !== 'string' || !RULE_LEVELS.includes(level)) {
                        return fail(`rules.${id}`, `must be one of ${RULE_LEVELS.join(', ')}, got ${typeName(level)}`);
                    }
                    config.rules[id] = level;
                }
                break;
            }
            case 'allow': {
                if (!Array.isArray(v))
                    return fail(key, `must be a list of { rule, paths, reason }, got ${typeName(v)}`);
                config.allow = v.map((entry, i) => {
                    const at = `allow[${i}]`;
                    if (!isPlainObject(entry))
                        return fail(at, `must be a mapping with rule, paths and reason, got ${typeName(entry)}`);
                    for (const k of Object.keys(entry)) {
                        if (!ALLOW_KEYS.includes(k))
                            return fail(`${at}.${k}`, `unknown key; allowed: ${ALLOW_KEYS.join(', ')}`);
                    }
                    const { rule, paths, reason } = entry;
                    if (rule === undefined)
                        return fail(`${at}.rule`, `is required; allowed: ${ruleIds().join(', ')}`);
                    if (typeof rule !== 'string' || !ruleIds().includes(rule)) {
                        return fail(`${at}.rule`, `unknown rule id ${typeName(rule)}; allowed: ${ruleIds().join(', ')}`);
                    }
                    if (paths === undefined)
                        return fail(`${at}.paths`, 'is required: a list of globs the exception covers');
                    const pathList = globs(`${at}.paths`, paths);
                    if (pathList.length === 0)
                        return fail(`${at}.paths`, 'must list at least one glob');
                    if (reason === undefined)
                        return fail(`${at}.reason`, 'is required: say why these findings are acceptable');
                    if (typeof reason !== 'string' || reason.trim() === '') {
                        return fail(`${at}.reason`, `must be a non-empty string saying why these findings are acceptable, got ${typeName(reason)}`);
                    }
                    return { rule, paths: pathList, reason: reason.trim() };
                });
                break;
            }
            case 'secretNames':
                config.secretNames = stringList(key, v, 'names', 'a name', (s) => /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) ? null : 'is not a variable or key name (letters, digits, _ . -)');
                break;
            case 'publicEnvPrefixes':
                config.publicEnvPrefixes = stringList(key, v, 'prefixes', 'a prefix', (s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? null : 'is not a dotenv key prefix (letters, digits, _), e.g. "MYAPP_PUBLIC_"');
                break;
            case 'contexts': {
                if (!isPlainObject(v))
                    return fail(key, `must be a mapping of context name (${types/* CONTEXT_NAMES */.p.join(', ')}) to a list of globs, got ${typeName(v)}`);
                for (const [name, list] of Object.entries(v)) {
                    if (!types/* CONTEXT_NAMES */.p.includes(name)) {
                        return fail(`contexts.${quoteCut(name).slice(1, -1)}`, `unknown context ${quoteCut(name)}; allowed: ${types/* CONTEXT_NAMES */.p.join(', ')}`);
                    }
                    config.contexts[name] = globs(`contexts.${name}`, list);
                }
                break;
            }
            case 'maxFileSize':
                if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
                    return fail(key, `must be a positive number of bytes, got ${typeName(v)}`);
                config.maxFileSize = v;
                break;
            case 'failOn':
                if (typeof v !== 'string' || !schema_FAIL_ON.includes(v)) {
                    return fail(key, `must be one of ${schema_FAIL_ON.join(', ')}, got ${typeName(v)}`);
                }
                config.failOn = v;
                break;
            case 'includeIgnored':
                if (typeof v !== 'boolean')
                    return fail(key, `must be true or false, got ${typeName(v)}`);
                config.includeIgnored = v;
                break;
            default:
                return fail('', `unknown key ${JSON.stringify(key)}; allowed keys: ${CONFIG_KEYS.join(', ')}`);
        }
    }
    return config;
}

;// CONCATENATED MODULE: ./src/config/load.ts




/** Names looked for at the scanned root, in this order. */
const load_CONFIG_NAMES = ['.leakproof.yml', '.leakproof.yaml', '.leakproof.json'];
/** A configuration is a few lines; anything this big is the wrong file. */
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
/**
 * Loads the configuration: `explicitPath` when given (resolved against the
 * working directory), else the one config file at `root`, else defaults.
 * Throws ConfigError naming the file, the key path and the allowed values.
 */
async function loadConfig(root, explicitPath) {
    if (explicitPath !== undefined) {
        const display = explicitPath;
        let text;
        try {
            const buf = readFileSync(path.resolve(explicitPath));
            if (buf.length > MAX_CONFIG_BYTES)
                throw new ConfigError(`${display}: is ${buf.length} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
            text = buf.toString('utf8');
        }
        catch (e) {
            if (e instanceof ConfigError)
                throw e;
            const code = e.code;
            throw new ConfigError(`${display}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : (code ?? 'error')}); check the path`);
        }
        return await parseConfig(text, display);
    }
    const reader = new SafeReader(path.resolve(root));
    const found = [];
    for (const name of load_CONFIG_NAMES) {
        const out = await reader.read(name, MAX_CONFIG_BYTES);
        const display = displayPath(root, name);
        if (out.kind === 'missing')
            continue;
        if (out.kind === 'symlink')
            throw new ConfigError(`${display}: is a symlink; leakproof does not follow symlinks, so make it a regular file or pass --config`);
        if (out.kind !== 'ok')
            throw new ConfigError(`${display}: cannot read the configuration file; make it a readable regular file`);
        if (out.body === null)
            throw new ConfigError(`${display}: is ${out.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
        found.push({ name: display, text: out.body.toString('utf8') });
    }
    if (found.length > 1)
        throw new ConfigError(`found ${found.map((f) => f.name).join(' and ')}; keep only one configuration file`);
    if (found.length === 0)
        return emptyConfig();
    return await parseConfig(found[0].text, found[0].name);
}
/**
 * Parses YAML or JSON (YAML 1.2 reads JSON as is) and validates it. The YAML
 * library is loaded here, only when there is a configuration to read.
 */
async function parseConfig(text, file) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const doc = parseDocument(body, { prettyErrors: true, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const where = pos ? `:${pos.line}:${pos.col}` : '';
        const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new schema_ConfigError(`${file}${where}: invalid YAML: ${message}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // The yaml library refuses alias bombs (and similar) here, after parsing succeeded.
        throw new schema_ConfigError(`${file}: invalid YAML: too many aliases or a structure that cannot be read; write the configuration out plainly`);
    }
    return validateConfig(value, file);
}
function displayPath(root, name) {
    return root === '.' || root === '' ? name : path.join(root, name);
}

;// CONCATENATED MODULE: ./src/config/options.ts
/**
 * The scan options a configuration sets. `maxFileSize` and `includeIgnored`
 * are defaults here: the caller lets its own options (the CLI's flags, the
 * Action's inputs) win by spreading them over this.
 */
function scanOptionsFromConfig(config) {
    const opts = {
        ignore: config.ignore,
        rules: config.rules,
        allow: config.allow,
        secretNames: config.secretNames,
        publicEnvPrefixes: config.publicEnvPrefixes,
        contexts: config.contexts,
    };
    if (config.maxFileSize !== undefined)
        opts.maxFileSize = config.maxFileSize;
    if (config.includeIgnored !== undefined)
        opts.includeIgnored = config.includeIgnored;
    return opts;
}

;// CONCATENATED MODULE: ./src/config/init.ts




/** The file `leakproof init` writes: every key, commented out, with what it does. */
const STARTER_CONFIG = (/* unused pure expression or super */ null && (`# leakproof configuration. Every key is optional; unknown keys and bad values are
# errors, so a typo never turns a check off silently. The command line wins over
# maxFileSize, failOn and includeIgnored.

# Paths never scanned: globs relative to this folder (a glob matching a folder
# covers everything inside it).
# ignore:
#   - vendor/**
#   - "**/testdata"

# Turn a rule off, or change its severity: off, notice, warning or error.
# \`leakproof --list-rules\` lists the rule ids.
# rules:
#   dotenv-template-secret: error
#   unused-suppression: off

# Accepted findings of one rule on some paths, each with the reason. They are
# still reported as suppressed (JSON, --show-suppressed), never hidden.
# allow:
#   - rule: hardcoded-secret-key
#     paths: ["tests/fixtures/**"]
#     reason: Throwaway keys for the test suite, never used outside it.

# More names that hold a signing secret, like SECRET_KEY.
# secretNames: [MAC_KEY, LICENSE_SIGNER]

# More dotenv key prefixes that are public by convention (like VITE_).
# publicEnvPrefixes: [MYAPP_PUBLIC_]

# Where paths live, when the built-in classification gets it wrong. Findings in
# development settings are at most warnings; in test, ci, build, example and docs
# contexts they are notices (live provider tokens stay errors everywhere).
# The seven contexts are production, development, test, ci, build, example and docs.
# contexts:
#   production: [".github/workflows/deploy.yml"]
#   test: ["qa/**"]

# Skip content checks on files larger than this many bytes (default 1048576).
# maxFileSize: 1048576

# Fail (exit 1) on findings at least this severe: error, warning, notice or never.
# failOn: error

# Also scan files that .gitignore hides.
# includeIgnored: false
`));
/**
 * Writes the starter configuration into `folder`; refuses when a
 * configuration file is already there. Returns the path written.
 */
async function writeStarterConfig(folder) {
    for (const name of CONFIG_NAMES) {
        const p = path.join(folder, name);
        const exists = await lstat(p).then(() => true, () => false);
        if (exists)
            throw new ConfigError(`${p} already exists; edit it, or remove it first to start over`);
    }
    const target = path.join(folder, CONFIG_NAMES[0]);
    try {
        await writeFile(target, STARTER_CONFIG, { flag: 'wx' });
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            throw new ConfigError(`${target} already exists; edit it, or remove it first to start over`);
        throw new ConfigError(`cannot write ${target} (${code ?? 'error'}); run \`leakproof init\` in a folder you can write to`);
    }
    return target;
}

;// CONCATENATED MODULE: ./src/config/index.ts





// EXTERNAL MODULE: ./src/engine/baseline.ts
var engine_baseline = __webpack_require__(6187);
;// CONCATENATED MODULE: ./src/action/settings.ts






/** A configuration is a few lines; anything this big is the wrong file. */
const settings_MAX_CONFIG_BYTES = 256 * 1024;
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
/**
 * Loads the configuration and baseline. On pull requests both come from
 * people who may want their own findings hidden, so when the pull request's
 * version differs from the base commit's, the base commit's is used; when the
 * base cannot be read, neither file is applied (a stricter scan, said so).
 */
async function loadSettings(req) {
    const configFiles = req.configInput ? [req.configInput] : load_CONFIG_NAMES.map((n) => req.rootPrefix + n);
    const baselineFiles = req.baselineInput ? [req.baselineInput] : [];
    const head = headSource(req.workspace);
    const headConfig = await readAll(head, configFiles, settings_MAX_CONFIG_BYTES, configError);
    const headBaseline = await readAll(head, baselineFiles, MAX_BASELINE_BYTES, baselineError);
    const trusted = { config: headConfig, baseline: headBaseline };
    const where = { config: '', baseline: '' };
    const notes = [];
    if (PR_EVENTS.includes(req.event.name)) {
        const base = await baseSource(req);
        const names = (found) => found.map((f) => f.rel);
        if ('problem' in base) {
            const present = [...names(headConfig), ...names(headBaseline)];
            if (present.length > 0) {
                notes.push(`${list(present)} from the pull request ${present.length === 1 ? 'is' : 'are'} not applied, because ${base.problem}; built-in defaults are used so that a pull request cannot hide its own findings`);
            }
            trusted.config = [];
            trusted.baseline = [];
            where.config = where.baseline = ' (not applied)';
        }
        else {
            const at = `base commit ${base.sha.slice(0, 12)}`;
            const baseConfig = await readAll(base.read, configFiles, settings_MAX_CONFIG_BYTES, configError, ` at the ${at}`);
            const baseBaseline = await readAll(base.read, baselineFiles, MAX_BASELINE_BYTES, baselineError, ` at the ${at}`);
            for (const [what, mine, theirs, key] of [
                ['configuration', headConfig, baseConfig, 'config'],
                ['baseline', headBaseline, baseBaseline, 'baseline'],
            ]) {
                if (same(mine, theirs))
                    continue;
                const changed = [...new Set([...names(mine), ...names(theirs)])];
                const used = theirs.length > 0 ? `the ${at}'s version is used` : `the ${at} has none, so no ${what} is used`;
                notes.push(`the pull request changes ${list(changed)}; ${used}, so that a pull request cannot hide its own findings`);
                trusted[key] = theirs;
                where[key] = ` at the ${at}`;
            }
        }
    }
    // A file named in an input must exist, unless the base commit's version (or none) stands in for it.
    if (req.configInput && headConfig.length === 0 && where.config === '') {
        throw new schema_ConfigError(`${req.configInput}: cannot read the configuration file (not found); check the path in input "config"`);
    }
    if (req.baselineInput && headBaseline.length === 0 && where.baseline === '') {
        throw new engine_baseline/* BaselineError */.s$(`${req.baselineInput}: baseline not found; create it with \`leakproof --write-baseline ${req.baselineInput}\` and commit it, or check the path in input "baseline"`);
    }
    const config = trusted.config;
    if (config.length > 1)
        throw new schema_ConfigError(`found ${list(config.map((f) => f.rel))}; keep only one configuration file`);
    const settings = {
        config: config[0] ? await parseConfig(config[0].text, config[0].rel + where.config) : schema_emptyConfig(),
        notes,
    };
    const baseline = trusted.baseline[0];
    if (baseline)
        settings.baseline = (0,engine_baseline/* parseBaseline */.nk)(baseline.text, baseline.rel + where.baseline);
    return settings;
}
function same(a, b) {
    return a.length === b.length && a.every((f, i) => f.rel === b[i].rel && f.text === b[i].text);
}
function list(names) {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
const configError = (m) => new schema_ConfigError(m);
const baselineError = (m) => new engine_baseline/* BaselineError */.s$(m);
async function readAll(source, files, maxBytes, error, where = '') {
    const out = [];
    for (const rel of files) {
        let text;
        try {
            text = await source(rel, maxBytes);
        }
        catch (e) {
            if (e instanceof TooLarge)
                throw error(`${rel}${where}: is ${e.size} bytes; the most leakproof reads is ${maxBytes}`);
            if (e instanceof NotRegular)
                throw error(`${rel}${where}: ${e.message}`);
            throw e;
        }
        if (text !== null)
            out.push({ rel, text });
    }
    return out;
}
class TooLarge extends Error {
    size;
    constructor(size) {
        super('too large');
        this.size = size;
    }
}
class NotRegular extends Error {
}
/** The checkout, read like every scanned file: never through a symlink, never outside the workspace. */
function headSource(workspace) {
    const reader = new engine_read/* SafeReader */.H(workspace);
    return async (rel, maxBytes) => {
        const out = await reader.read(rel, maxBytes);
        switch (out.kind) {
            case 'missing':
                return null;
            case 'symlink':
                throw new NotRegular('is a symlink (or inside one); leakproof does not follow symlinks, so make it a regular file');
            case 'ok':
                if (out.body === null)
                    throw new TooLarge(out.size);
                return out.body.toString('utf8');
            default:
                throw new NotRegular('cannot be read; make it a readable regular file');
        }
    };
}
/** Reads files at the pull request's base commit: with git when it is here or can be fetched, else through the API. */
async function baseSource(req) {
    const sha = req.event.pull?.baseSha;
    if (!sha)
        return { problem: 'the event payload has no pull request base commit to read them from' };
    const inGit = await isWorkTree(req.workspace);
    if (inGit && (await ensureCommit(req.workspace, sha, req.log))) {
        return { sha, read: (rel, maxBytes) => gitBlob(req.workspace, sha, rel, maxBytes) };
    }
    const gitProblem = inGit ? 'the base commit is not in the local history and could not be fetched' : 'the workspace is not a git work tree';
    if (!req.rest?.token)
        return { problem: `${gitProblem}, and no token was given to ask the GitHub API` };
    const prefix = inGit ? (await git(req.workspace, ['rev-parse', '--show-prefix'], { allowFailure: true })).toString('utf8').trim() : '';
    const rest = req.rest;
    const cache = new Map();
    // Ask for every file up front, so an API that refuses (a fork's token) is known before anything is trusted.
    try {
        for (const rel of [...(req.configInput ? [req.configInput] : load_CONFIG_NAMES.map((n) => req.rootPrefix + n)), ...(req.baselineInput ? [req.baselineInput] : [])]) {
            cache.set(rel, await req.getFileAt({ ...rest, path: prefix + rel, ref: sha }));
        }
    }
    catch (e) {
        const status = e.status;
        return { problem: `${gitProblem}, and the GitHub API did not return them (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)})` };
    }
    req.log('Read the configuration and baseline at the base commit through the GitHub API.');
    return {
        sha,
        read: async (rel, maxBytes) => {
            const text = cache.get(rel) ?? null;
            if (text !== null && Buffer.byteLength(text) > maxBytes)
                throw new TooLarge(Buffer.byteLength(text));
            return text;
        },
    };
}
/** A blob at a commit, by path relative to the workspace; null when that path is not a file there. */
async function gitBlob(workspace, sha, rel, maxBytes) {
    const spec = `${sha}:./${rel}`;
    const type = (await git(workspace, ['cat-file', '-t', spec], { allowFailure: true })).toString('utf8').trim();
    if (type !== 'blob')
        return null;
    const size = Number((await git(workspace, ['cat-file', '-s', spec])).toString('utf8').trim());
    if (size > maxBytes)
        throw new TooLarge(size);
    // cat-file blob applies no filters or textconv: the bytes as committed.
    return (await git(workspace, ['cat-file', 'blob', spec])).toString('utf8');
}

// EXTERNAL MODULE: ./src/rules/lib/dotenv-names.ts
var dotenv_names = __webpack_require__(2120);
// EXTERNAL MODULE: ./src/rules/dotenv-file.ts + 1 modules
var dotenv_file = __webpack_require__(7491);
// EXTERNAL MODULE: ./src/rules/lib/env-keys.ts
var env_keys = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(178);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/rules/lib/secret-assignments.ts + 1 modules
var secret_assignments = __webpack_require__(899);
// EXTERNAL MODULE: ./src/rules/lib/git-files.ts
var git_files = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/fix/locate.ts






/** A file as the rules see it, built from text read for fixing (the scan's own view is gone by then). */
function textFileContext(path, text, settings) {
    const body = Buffer.from(text, 'utf8');
    let lines;
    return {
        path,
        name: path.slice(path.lastIndexOf('/') + 1),
        status: 'tracked',
        get context() {
            return settings.contexts.of(path).context;
        },
        head: body.subarray(0, 8192),
        body,
        bytes: body,
        size: body.length,
        text,
        get lines() {
            return (lines ??= (0,core_text/* splitLines */.uz)(text).lines);
        },
        contains: (set) => set.test(body),
        memo: new Map(),
        settings,
    };
}
/**
 * Whether a value found again at a finding's place is the one the scan
 * reported: same redacted form, and the finding's fingerprint is one this
 * key and value give (the occurrence number is tried, as the scan counted
 * equal values in the file).
 */
function sameSecret(f, key, value) {
    if (f.secret !== undefined && f.secret !== (0,redact/* redact */.E)(value))
        return false;
    const context = `${key}\0${(0,fingerprint/* hashSecret */.D)(value)}`;
    for (let n = 0; n < 64; n++)
        if ((0,fingerprint/* fingerprint */.R)(f.ruleId, f.path, context, n) === f.fingerprint)
            return true;
    return false;
}
/** The occurrence the finding reports, found again by the rules' own analysis of the current text. */
function findOccurrence(f, text, settings, kind) {
    const ctx = textFileContext(f.path, text, settings);
    const hit = (0,secret_assignments/* secretOccurrences */.J2)(ctx).find((o) => o.kind === kind && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
    return hit && sameSecret(f, hit.name, hit.value) ? hit : null;
}
/** The template entry a `dotenv-template-secret` finding reports, read again as the rule reads it. */
function findTemplateValue(f, text) {
    for (const e of (0,dotenv_names/* parseDotenv */.qd)(text)) {
        if (e.line !== f.line)
            continue;
        const cred = (0,git_files/* urlCredentials */.O4)(e.value)[0];
        const value = cred ? cred.value : e.value;
        const column = e.column + (cred ? cred.start : 0);
        if (column !== f.column || !sameSecret(f, e.key, value))
            continue;
        return { key: e.key, value, line: e.line, column, inUrl: cred !== undefined };
    }
    return null;
}
/** Offset in `text` of the 1-based line `line` (LF, CRLF or CR endings, as `splitLines` counts them). */
function lineOffsets(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
        else if (c === 10)
            starts.push(i + 1);
    }
    return starts;
}

// EXTERNAL MODULE: ./src/rules/lib/code-lexer.ts
var code_lexer = __webpack_require__(2437);
// EXTERNAL MODULE: ./src/rules/lib/filetype.ts
var filetype = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/fix/source.ts



/**
 * One file's text as the planners read it: lines, line endings, and the
 * lexer's map of strings and comments (built on first use) for code.
 */
class SourceView {
    path;
    text;
    lang;
    family;
    eol;
    starts;
    map;
    constructor(path, text) {
        this.path = path;
        this.text = text;
        const name = path.slice(path.lastIndexOf('/') + 1);
        this.lang = (0,filetype/* langOf */.Ex)(name);
        this.family = this.lang ? (0,code_lexer/* familyOf */.Ap)(this.lang, name) : null;
        this.starts = lineOffsets(text);
        const crlf = text.indexOf('\r\n');
        this.eol = crlf >= 0 && crlf <= text.indexOf('\n') ? '\r\n' : '\n';
    }
    get lineCount() {
        return this.starts.length;
    }
    /** Offset of the first character of the 1-based line `n`. */
    lineStart(n) {
        return this.starts[n - 1] ?? this.text.length;
    }
    /** Offset just past the last character of line `n`, before its line ending. */
    lineEnd(n) {
        let end = n < this.starts.length ? this.starts[n] : this.text.length;
        while (end > this.lineStart(n) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return end;
    }
    lineText(n) {
        return this.text.slice(this.lineStart(n), this.lineEnd(n));
    }
    /** 1-based line holding offset `at`. */
    lineAt(at) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** The line's text before `at`. */
    before(at) {
        return this.text.slice(this.lineStart(this.lineAt(at)), at);
    }
    /** The line's text from `at` to its end. */
    after(at) {
        return this.text.slice(at, this.lineEnd(this.lineAt(at)));
    }
    get code() {
        if (this.map === undefined)
            this.map = this.family ? (0,code_lexer/* lexCode */.tL)(this.text, this.family) : null;
        return this.map;
    }
    /**
     * The literal whose body is exactly `[start, end)`: for code, the
     * lexer's string (with its prefix, such as Python's `b`, and quotes),
     * on one line and with nothing glued to it (`'a' 'b'`, `'a' + x`), so
     * replacing it replaces the whole value. For configuration syntaxes, the
     * value with the quotes around it, if any. Null when the value is not
     * such a literal.
     */
    literal(start, end) {
        let bounds;
        if (this.family !== null) {
            const span = this.code?.spanAt(start);
            if (!span || span.kind !== 'string' || span.bodyStart !== start || span.bodyEnd !== end)
                return null;
            if (this.lineAt(span.start) !== this.lineAt(span.end))
                return null;
            const quote = this.text[span.bodyStart - 1];
            if (quote !== '"' && quote !== "'" && quote !== '`')
                return null;
            if (quote === '`' && this.text.slice(start, end).includes('${'))
                return null;
            bounds = { start: span.start, end: span.end, quote };
        }
        else {
            const q = this.text[start - 1];
            bounds = (q === '"' || q === "'") && this.text[end] === q ? { start: start - 1, end: end + 1, quote: q } : { start, end, quote: '' };
        }
        if (this.family === null)
            return bounds;
        const next = this.after(bounds.end).trimStart()[0];
        const prev = this.before(bounds.start).trimEnd().slice(-1);
        // A literal glued to another (`'a' 'b'`) or joined with `+`, `%`, `*`: replacing one part would leave the rest.
        if (next !== undefined && /['"`+%*]/.test(next))
            return null;
        if (prev !== '' && /['"`+%*]/.test(prev))
            return null;
        return bounds;
    }
}
/** The quote a replacement should use: the literal's own, else a double quote. */
function quoteOf(b, fallback = '"') {
    return b.quote === '"' || b.quote === "'" ? b.quote : fallback;
}
function replace(start, end, text) {
    return { start, end, text };
}
function insert(at, text) {
    return { start: at, end: at, text };
}

;// CONCATENATED MODULE: ./src/fix/draft.ts
function refuse(why) {
    return { refused: why };
}

;// CONCATENATED MODULE: ./src/fix/env-name.ts
/** A variable name a shell, compose, GitHub and every framework accept. */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Last parts of a setting name that say nothing on their own: `jwt.secret` is JWT_SECRET, not SECRET. */
const GENERIC = new Set(['secret', 'key', 'token', 'salt']);
/** A service's credential by a name that does not say which service. */
const SERVICE_CREDENTIAL = new Set(['SECRET_KEY', 'ACCESS_KEY', 'SECRET_ACCESS_KEY', 'ACCESS_KEY_SECRET', 'APP_SECRET', 'CLIENT_SECRET', 'SECRET_ID']);
/** Objects that hold an app's own settings, not a service's: their name is no prefix. */
const CONTAINER = new Set(['app', 'application', 'settings', 'config', 'conf', 'cfg', 'configuration', 'self', 'this', 'options', 'opts', 'env', 'environ', 'os', 'process', 'params', 'parameters', 'flask', 'django', 'spring']);
/** An application object's name (`app`, `flask_app`, Dash's `server`): its `secret_key` is the app's own. */
const APP_OBJECT = /^(?:[a-z]{1,20}_)?app$|^(?:application|server)$/;
/** Names a framework gives the variable by convention, by the setting's normalised name. */
const CONVENTIONAL = {
    secretorkey: 'JWT_SECRET', // passport-jwt's `secretOrKey`
    frameworksecret: 'APP_SECRET', // Symfony
    parameterssecret: 'APP_SECRET',
};
/** Signing calls whose key argument is the finding: the variable the key comes from. */
const CALL_NAMES = [
    [/jwt|jws|jose/i, 'JWT_SECRET'],
    [/cookieparser/i, 'COOKIE_SECRET'],
    [/session|cookiestore|filesystemstore|securecookie/i, 'SESSION_SECRET'],
    [/hmac/i, 'HMAC_SECRET'],
    [/fernet/i, 'FERNET_KEY'],
];
/**
 * The environment variable a setting should be read from: the name as an
 * environment variable (`SECRET_KEY`, `app.secret_key` \u2192 SECRET_KEY,
 * `jwtSecret` \u2192 JWT_SECRET, `jwt.secret` \u2192 JWT_SECRET), the framework's
 * convention (Laravel `config/app.php` `'key'` \u2192 APP_KEY), or what the
 * signing call is about (`jwt.sign(p, 'x')` \u2192 JWT_SECRET). Null when no
 * sensible name follows.
 */
function envNameFor(o, path) {
    if (/(?:^|\/)config\/app\.php$/.test(path) && o.name === 'key')
        return 'APP_KEY';
    if (/(?:^|\/)config\/jwt\.php$/.test(path) && o.name === 'secret')
        return 'JWT_SECRET';
    if (/(?:^|\/)config\/broadcasting\.php$/.test(path) && o.name === 'secret')
        return 'PUSHER_APP_SECRET';
    if (o.subject !== undefined) {
        // The subject names the call or option: "`jwt.sign()` key", "`secret` option of `session`".
        const about = `${o.subject} ${o.name}`;
        if (/SessionMiddleware/.test(about))
            return 'SECRET_KEY';
        for (const [re, name] of CALL_NAMES)
            if (re.test(about))
                return name;
        return null;
    }
    const parts = o.name
        .replace(/^\$/, '')
        .split(/\.|->|::|\[|\]|'|"|:/)
        .filter((p) => p !== '');
    if (parts.length === 0)
        return null;
    const joined = parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const [norm, name] of Object.entries(CONVENTIONAL))
        if (joined.endsWith(norm))
            return name;
    let last = parts[parts.length - 1];
    const parent = parts.length > 1 ? parts[parts.length - 2] : null;
    // `jwt.secret` is JWT_SECRET; a service's credential under the service's name (`minio.secretKey`, `wx.app-secret`)
    // is MINIO_SECRET_KEY, not the SECRET_KEY an app's own key is read from. An app's or settings object's name
    // (`app.secret_key`, `settings.SECRET_KEY`) says nothing more.
    if (parent !== null && (GENERIC.has(last.toLowerCase()) || (SERVICE_CREDENTIAL.has(snake(last)) && !CONTAINER.has(parent.toLowerCase()) && !APP_OBJECT.test(parent)))) {
        last = `${parent}_${last}`;
    }
    const name = snake(last);
    return ENV_NAME.test(name) ? name : null;
}
/** `jwtSecret` \u2192 JWT_SECRET, `secret-key` \u2192 SECRET_KEY, `SECRET_KEY` stays. */
function snake(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase();
}
/** The kind of key a variable needs, from its name and the code that reads it. */
function keyKindFor(name, hints) {
    if (name === 'SECRET_KEY_BASE')
        return 'rails';
    if (name === 'APP_KEY')
        return 'laravel';
    if (/FERNET/.test(name))
        return 'fernet';
    // JJWT's `Decoders.BASE64.decode(secret)` is the usual way Spring apps read the key: plain base64 suits it.
    if (hints.spring)
        return 'base64';
    if (/JWT/.test(name))
        return 'jwt';
    if (hints.django)
        return 'django';
    if (hints.python)
        return 'flask';
    return 'hex';
}

;// CONCATENATED MODULE: ./src/fix/idiom.ts
const JS_EXTENSIONS = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/i;
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const SPRING = /(?:^|\/)(?:application|bootstrap)(?:-[^/.]+)?\.(properties|ya?ml)$/i;
const RAILS_YAML = /(?:^|\/)config\/([^/]+)\.yml$/i;
const LARAVEL_CONFIG = /(?:^|\/)config\/[^/]+\.php$/i;
/** The idiom of a file, or null when leakproof has no automatic fix in its syntax. */
function idiomOf(v, exists) {
    const path = v.path;
    if (/\.(?:j2|jinja2?|tpl|tmpl|gotmpl)$/i.test(path))
        return null;
    switch (v.lang) {
        case 'python':
            return /\.pyi$/i.test(path) ? null : 'python';
        case 'js':
            return JS_EXTENSIONS.test(path) ? 'js' : null;
        case 'ruby':
            return 'ruby';
        case 'php':
            return LARAVEL_CONFIG.test(path) ? 'laravel' : null;
        case 'rust':
            return /\.rs$/i.test(path) ? 'rust' : null;
        case 'go':
            return /\.go$/i.test(path) ? 'go' : null;
        case 'jvm':
            if (/\.java$/i.test(path))
                return 'java';
            if (/\.kts?$/i.test(path))
                return 'kotlin';
            return null;
        case 'shell':
            return /\.(?:sh|bash|zsh|ksh)$/i.test(path) ? 'shell' : null;
        case 'properties':
            return SPRING.test(path) ? 'spring-properties' : null;
        case 'yaml': {
            if (WORKFLOW.test(path))
                return 'workflow';
            if (COMPOSE.test(path))
                return 'compose';
            if (SPRING.test(path))
                return 'spring-yaml';
            const rails = RAILS_YAML.exec(path);
            if (rails) {
                const configDir = path.slice(0, rails.index + (path[rails.index] === '/' ? 1 : 0)) + 'config/';
                if (/^(?:secrets|credentials.*)$/i.test(rails[1]) || exists(`${configDir}application.rb`))
                    return 'rails-yaml';
            }
            return null;
        }
        default:
            return null;
    }
}
/** The folder of a path ('' at the root). */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/fix/lang/python.ts

/** A top-level `import os` (or `import os.path`, which binds `os` too), not under another name. */
function importsOs(text) {
    for (const m of text.matchAll(/^import[ \t]+([^#\r\n;]+)/gm)) {
        for (const item of m[1].split(',')) {
            const words = item.trim().split(/\s+/);
            if (words.length === 1 && /^os(?:\.\w+)*$/.test(words[0]))
                return true;
        }
    }
    return false;
}
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;
/**
 * The edit that adds `import os` where Python wants it: after the module
 * docstring and any `from __future__` imports (which must come first),
 * before the first other import, or above the first statement with a blank
 * line. None when the module already imports `os`.
 */
function addImportOs(v) {
    if (importsOs(v.text))
        return null;
    let n = 1;
    const skipBlank = () => {
        while (n <= v.lineCount && BLANK_OR_COMMENT.test(v.lineText(n)))
            n++;
    };
    skipBlank();
    if (n <= v.lineCount) {
        const span = v.code?.spanAt(v.lineStart(n) + (v.lineText(n).length - v.lineText(n).trimStart().length));
        if (span?.kind === 'docstring') {
            n = v.lineAt(span.end) + 1;
            skipBlank();
        }
    }
    while (n <= v.lineCount && /^from[ \t]+__future__[ \t]+import\b/.test(v.lineText(n))) {
        // A parenthesised list runs to its closing parenthesis.
        if (v.lineText(n).includes('(') && !v.lineText(n).includes(')')) {
            while (n <= v.lineCount && !v.lineText(n).includes(')'))
                n++;
        }
        n++;
        skipBlank();
    }
    if (n > v.lineCount) {
        const end = v.text.length;
        const sep = end === 0 || /[\r\n]$/.test(v.text) ? '' : v.eol;
        return insert(end, `${sep}import os${v.eol}`);
    }
    const line = v.lineText(n);
    const isImport = /^(?:import|from)[ \t]/.test(line);
    return insert(v.lineStart(n), isImport ? `import os${v.eol}` : `import os${v.eol}${v.eol}`);
}
/**
 * Whether a key set on `line` (its text up to the value: `before`) is the `SECRET_KEY` (or Flask-JWT-Extended's
 * `JWT_SECRET_KEY`) of a settings module or a config class, read when the module is imported: such a module is often
 * imported and then overridden (Django's `from .base import *` then `production.py`'s own key; Flask's
 * `from_object(default_settings)` then `from_pyfile(\u2026)`), so a read that raises when the variable is unset would stop
 * every import of it, tests and deployments configured another way included. `os.environ.get` leaves the setting
 * `None` there, which Django, Flask and Flask-JWT-Extended refuse once a key is needed. Other names stay strict: an
 * application's own check of a `None` secret may let a request through (`None == None` for a missing header).
 *
 * A settings module by its path (`settings.py`, `default_settings.py`, a module of a `settings/` package), the
 * assignment at its top level; a config class by its name (`class ProductionConfig(Config):`, at the top level), the
 * assignment one level into it.
 */
function isOverridableSetting(v, line, before) {
    const m = /^([ \t]*)(?:SECRET_KEY|JWT_SECRET_KEY)[ \t]*=[ \t]*$/.exec(before);
    if (!m)
        return false;
    const indent = m[1];
    if (indent === '')
        return SETTINGS_MODULE.test(v.path);
    // A class attribute: the nearest line above that is less indented opens a config class at the top level, and every
    // line between is the class's own (as indented as this one, or more).
    for (let n = line - 1; n >= 1; n--) {
        const text = v.lineText(n);
        if (text.trim() === '')
            continue;
        const own = /^[ \t]*/.exec(text)[0];
        if (own.length >= indent.length)
            continue;
        const cls = /^class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\([^)]*\))?[ \t]*:/.exec(text);
        return cls !== null && own === '' && CONFIG_CLASS.test(cls[1]);
    }
    return false;
}
/** A settings module by its path: `settings.py`, `default_settings.py`, `settings/base.py` (not any `config.py`). */
const SETTINGS_MODULE = /(?:^|\/)(?:settings\/[^/]+|[\w-]*settings)\.py$/;
/** A config class by its name: `Config`, `ProductionConfig`, `Settings`, `DevSettings`, `BaseConfiguration`. */
const CONFIG_CLASS = /(?:Config|Settings|Configuration)$/;

;// CONCATENATED MODULE: ./src/fix/lang/js.ts

const IMPORT_START = /^import[\s{*'"]/;
const REQUIRE_LINE = /^(?:const|let|var)\s+[^=]+=\s*require\(\s*['"][^'"]+['"]\s*\)[\w.]*\s*;?\s*(?:\/\/.*)?$/;
/** The file's own style, judged by its import lines (else by its first lines). */
function jsStyle(v, quote = "'") {
    const sample = [];
    for (let n = 1; n <= Math.min(v.lineCount, 200) && sample.length < 20; n++) {
        const t = v.lineText(n).trim();
        if (IMPORT_START.test(t) || REQUIRE_LINE.test(t) || /^(?:export\s+)?(?:const|let|var)\s/.test(t))
            sample.push(t);
    }
    const semis = sample.filter((t) => t.endsWith(';')).length;
    const singles = sample.join('').split("'").length;
    const doubles = sample.join('').split('"').length;
    return { semi: sample.length > 0 && semis * 2 < sample.length ? '' : ';', quote: doubles > singles ? '"' : singles > doubles ? "'" : quote };
}
/** `if (!X) throw new Error('NAME is not set');` in the file's style. */
function guard(binding, name, style) {
    return `if (!${binding}) throw new Error(${style.quote}${name} is not set${style.quote})${style.semi}`;
}
/**
 * Whether `name` is already an identifier in the file (declared or used
 * bare, outside strings and `process.env.NAME`): a new top-level const of
 * that name would clash.
 */
function usesIdentifier(v, name) {
    const re = new RegExp(`(?<![\\w$.'"\`])${name.replace(/\$/g, '\\$')}(?![\\w$'"\`])`, 'g');
    for (const m of v.text.matchAll(re)) {
        const span = v.code?.spanAt(m.index);
        if (!span)
            return true;
    }
    return false;
}
/**
 * Where a module-level declaration goes: after the imports and
 * `require()` lines at the top (after a shebang, comments and a
 * `'use strict'` directive when there are none).
 */
function afterImports(v) {
    let n = 1;
    let lastImport = 0;
    let firstCode = 0;
    while (n <= v.lineCount) {
        const t = v.lineText(n).trim();
        if (t === '' || t.startsWith('//') || (n === 1 && t.startsWith('#!'))) {
            n++;
            continue;
        }
        if (t.startsWith('/*')) {
            while (n <= v.lineCount && !v.lineText(n).includes('*/'))
                n++;
            n++;
            continue;
        }
        if (/^['"]use strict['"];?$/.test(t)) {
            firstCode = n;
            n++;
            continue;
        }
        if (IMPORT_START.test(t)) {
            // A multi-line import runs to the line naming its module.
            while (n <= v.lineCount && !/(?:from\s*['"][^'"]+['"]|^import\s*['"][^'"]+['"])\s*;?\s*(?:\/\/.*)?$/.test(v.lineText(n).trim()))
                n++;
            lastImport = n;
            n++;
            continue;
        }
        if (REQUIRE_LINE.test(t)) {
            lastImport = n;
            n++;
            continue;
        }
        break;
    }
    if (lastImport > 0)
        return { at: v.lineStart(lastImport + 1), hasImports: true };
    if (firstCode > 0)
        return { at: v.lineStart(firstCode + 1), hasImports: false };
    // Before the first statement, after a shebang and leading comments.
    let k = 1;
    while (k <= v.lineCount && (v.lineText(k).trim() === '' || v.lineText(k).trim().startsWith('//') || (k === 1 && v.lineText(k).startsWith('#!'))))
        k++;
    return { at: v.lineStart(Math.min(k, v.lineCount + 1)), hasImports: false };
}
/** TypeScript: its checker narrows `process.env.NAME` after a check, so the check comes first and the constant is a string. */
function isTypeScript(path) {
    return /\.(?:ts|tsx|mts|cts)$/i.test(path);
}
/**
 * The check that goes with a declaration on line `line` that now reads
 * `process.env.NAME`: after it on the declared name in JavaScript
 * (`if (!secret) throw \u2026`), before it on `process.env.NAME` in TypeScript,
 * so the declared constant is a `string` everywhere, functions included.
 */
function declarationGuard(v, line, binding, name, style) {
    const indent = /^[ \t]*/.exec(v.lineText(line))[0];
    if (isTypeScript(v.path))
        return insert(v.lineStart(line), `${indent}${guard(`process.env.${name}`, name, style)}${v.eol}`);
    return insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`);
}
/** The function a required read calls (`requiredRead`). */
const REQUIRED_ENV = 'requiredEnv';
/**
 * The read that takes the place of a literal outside a one-line declaration:
 * `requiredEnv('JWT_SECRET')`, with that function declared once after the
 * imports. The variable is read where the value is used, each time: a read
 * at module level would run as the module loads, before an ES module app's
 * entry has loaded its `.env` (its imports run first), and would fail every
 * test that imports the module. A file that uses the name for something
 * else is refused; one that declares it already (an earlier fix) keeps its own.
 */
function requiredRead(v, name, style) {
    const call = `${REQUIRED_ENV}(${style.quote}${name}${style.quote})`;
    if (new RegExp(`^[ \\t]*function\\s+${REQUIRED_ENV}\\s*\\(`, 'm').test(v.text))
        return { edits: [], call };
    if (usesIdentifier(v, REQUIRED_ENV))
        return { refused: `the file already uses the name \`${REQUIRED_ENV}\` for something else` };
    const { at, hasImports } = afterImports(v);
    const unit = indentUnit(v);
    const ts = isTypeScript(v.path);
    const lines = [
        `function ${REQUIRED_ENV}(name${ts ? ': string' : ''})${ts ? ': string' : ''} {`,
        `${unit}const value = process.env[name]${style.semi}`,
        `${unit}if (!value) throw new Error(\`\${name} is not set\`)${style.semi}`,
        `${unit}return value${style.semi}`,
        '}',
    ];
    const block = lines.map((l) => l + v.eol).join('');
    const atEnd = at >= v.text.length && v.text.length > 0 && !/[\r\n]$/.test(v.text);
    return { edits: [insert(at, (atEnd ? v.eol : '') + (hasImports ? v.eol + block : block + v.eol))], call };
}
/** The file's indentation step: a tab, or the smallest run of leading spaces (2 when nothing tells). */
function indentUnit(v) {
    let spaces = 0;
    for (let n = 1; n <= Math.min(v.lineCount, 400); n++) {
        const lead = /^[ \t]*/.exec(v.lineText(n))[0];
        if (lead.length === 0 || v.lineText(n).trim() === '' || /^\s*\*/.test(v.lineText(n)))
            continue;
        if (lead.startsWith('\t'))
            return '\t';
        if (spaces === 0 || lead.length < spaces)
            spaces = lead.length;
    }
    return ' '.repeat(spaces === 0 || spaces > 8 ? 2 : spaces);
}

;// CONCATENATED MODULE: ./src/fix/hardcoded-secret-key.ts







/**
 * `hardcoded-secret-key`: the literal becomes a read of the environment
 * that fails at start-up when the variable is missing, in the file's own
 * idiom. The old value is not carried anywhere: the local `.env` gets a
 * fresh key (see the plan), and the person rotates the old one.
 */
function planHardcodedSecret(l) {
    const v = l.view;
    const idiom = idiomOf(v, l.exists);
    if (idiom === null && (0,filetype/* isAppsettings */.bd)(v.path)) {
        // Emptied, the key would fail only when the app first signs with it, not at start-up: the steps move it out instead.
        return refuse('ASP.NET Core reads the key from this file and from the environment over it; leakproof does not edit it');
    }
    if (idiom === null)
        return refuse(`leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
    if (l.occurrence.commentedOut)
        return refuse('the assignment is commented out: delete the comment (the value stays in git history, so rotate it)');
    if (l.occurrence.through) {
        return refuse(`the key comes through \`${l.occurrence.through}\`: read it from the environment where \`${l.occurrence.through}\` is set`);
    }
    if (/fallbacks$/i.test(l.occurrence.name))
        return refuse('an entry of `SECRET_KEY_FALLBACKS` is an old key kept for rotation: remove it once the sessions it signed have expired');
    // A YAML key's mapping names what it configures (`minio:` \u2192 `secretKey:`): a service's credential is named for it.
    const parent = idiom === 'spring-yaml' && !/[.:]/.test(l.occurrence.name) ? yamlParent(v, v.lineAt(l.start)) : null;
    let name = envNameFor(parent ? { ...l.occurrence, name: `${parent}.${l.occurrence.name}` } : l.occurrence, v.path);
    if (name === null)
        return refuse(`no environment variable name follows from \`${l.occurrence.name}\``);
    const lit = v.literal(l.start, l.end);
    if (lit === null)
        return refuse('the value is not a single literal that can be replaced as a whole');
    const following = v.text.slice(lit.end, lit.end + 400);
    const changed = valueChangedAround(v.before(lit.start), v.after(lit.end)) ??
        (idiom === 'python' ? joinedWithNext(v.before(lit.start), following) : null) ??
        (idiom === 'python' || idiom === 'ruby' ? continuedWithString(following) : null);
    if (changed)
        return refuse(`the literal is not the key as it is (${changed}): replacing it alone would change the key; rewrite the expression yourself`);
    if (readsVariable(v.text, name)) {
        // Another key of the file comes from that variable already: this one is a second key, not the same.
        const refresh = /refresh/i.test(v.lineText(v.lineAt(lit.start))) ? name.replace(/_(SECRET|KEY)$/, '_REFRESH_$1') : null;
        if (refresh === null || refresh === name || readsVariable(v.text, refresh)) {
            return refuse(`the file reads ${name} elsewhere already: read it the same way if this is the same key, or give this key a variable of its own`);
        }
        name = refresh;
    }
    const edits = rewrite(idiom, l, lit, name);
    if ('refused' in edits)
        return edits;
    const django = idiom === 'python' && (/(?:^|\/)settings(?:\/[^/]+)?\.py$/.test(v.path) || /\bdjango\b/.test(v.text));
    const kind = keyKindFor(name, { python: idiom === 'python', django, spring: idiom.startsWith('spring') || idiom === 'java' || idiom === 'kotlin' });
    const workflow = idiom === 'workflow';
    const needs = workflow ? undefined : { name, kind, envDir: idiom === 'compose' ? dirOf(v.path) : '', minLength: l.occurrence.value.length };
    const followUp = [
        kind === 'fernet'
            ? `Rotate the old value of ${name}: it stays in git history, so treat it as compromised. It encrypts stored data: ` +
                'decrypt and encrypt that data again with the new key first (Airflow: set the new key, a comma and the old one, ' +
                "then run `airflow rotate-fernet-key`; Python's `MultiFernet([new, old]).rotate(token)`), or it cannot be read."
            : `Rotate the old value of ${name}: it stays in git history, so treat it as compromised.`,
        workflow
            ? `Add ${name} as an Actions secret of the repository (\`gh secret set ${name}\`, or Settings \u2192 Secrets and variables \u2192 Actions).`
            : `Set ${name} wherever the app runs, to a fresh key (\`leakproof keygen --for ${kind}\`).`,
    ];
    const lenient = edits.edits.some((e) => e.text.startsWith('os.environ.get('));
    const title = workflow
        ? `read ${name} from the repository secrets; the job needs it to start`
        : lenient
            ? `read ${name} from the environment (None when unset: the app fails where it uses the key)`
            : `read ${name} from the environment; the app needs it to start`;
    return { title, edits: edits.edits, ...(needs ? { needs } : {}), followUp };
}
/**
 * What makes the value used differ from the literal: a method that changes
 * it (`'1'.repeat(64)`), an index, an operator (`'ab' * 32`, `prefix + 'x'`).
 * Conversions that keep the key (`.encode()`, `.getBytes()`, `.freeze`) do
 * not. Null when the literal is the key as it is.
 */
function valueChangedAround(before, after) {
    const method = /^\s*\??\.\s*([A-Za-z_$][\w$]*)/.exec(after);
    if (method && !KEEPS_THE_KEY.has(method[1]))
        return `\`.${method[1]}\` follows it`;
    if (/^\s*\[/.test(after))
        return 'an index follows it';
    if (/^\s*(?:[*+%]|\.\.)(?!=)/.test(after) || /(?:[+*]|\.\.)\s*$/.test(before))
        return 'it is part of an expression';
    return null;
}
/**
 * Python and Ruby join a string to the next one across a `\` at the line's end (`"\u2026" \` / `"\u2026"`): the key is both.
 * `following` starts right after the literal.
 */
function continuedWithString(following) {
    return /^[ \t]*\\\r?\n[ \t]*[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}
/**
 * Python joins strings written side by side inside brackets, over lines (`SECRET = (` / `'\u2026'` / `'\u2026'` / `)`): the key
 * is all of them, so the first alone is not it. Only where the literal opens its line or follows a `(`, as such
 * strings are wrapped (a string after a statement's own value, a docstring, is a statement of its own). `before` is
 * the literal's line up to it, `following` the text right after it.
 */
function joinedWithNext(before, following) {
    if (before.trim() !== '' && !before.trimEnd().endsWith('('))
        return null;
    return /^[ \t]*(?:#[^\n]*)?(?:\r?\n[ \t]*(?:#[^\n]*)?)+[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}
/** Conversions after which the key is still the literal's value (bytes, a frozen or owned string). */
const KEEPS_THE_KEY = new Set(['encode', 'getBytes', 'toByteArray', 'freeze', 'as_bytes', 'to_string', 'to_owned', 'into', 'toString', 'b', 'bytes', 'utf8', 'ToArray']);
/** Whether the file reads environment variable `name` already (`process.env.NAME`, `os.environ["NAME"]`, `ENV.fetch("NAME")`\u2026). */
function readsVariable(text, name) {
    const quoted = `['"]${name}['"]`;
    return new RegExp(`process\\.env\\.${name}\\b|process\\.env\\[\\s*${quoted}|(?:requiredEnv|getenv|getEnv|GetEnvironmentVariable|env|fetch|get|getOrThrow|var)\\s*(?:<[^>]*>)?\\(\\s*${quoted}|environ\\[\\s*${quoted}|ENV\\[\\s*${quoted}`).test(text);
}
function rewrite(idiom, l, lit, name) {
    const v = l.view;
    const q = quoteOf(lit);
    const whole = (text) => replace(lit.start, lit.end, text);
    const inner = (text) => replace(l.start, l.end, text);
    const before = v.before(lit.start);
    switch (idiom) {
        case 'python': {
            // A bytes literal (`b'\u2026'`, `rb'\u2026'`) stays bytes: `hmac.new` takes no `str`.
            const bytes = /^(?:[bB][rR]?|[rR][bB])['"]/.test(v.text.slice(lit.start, lit.start + 3)) ? '.encode()' : '';
            const read = bytes === '' && isOverridableSetting(v, v.lineAt(lit.start), before) ? `os.environ.get(${q}${name}${q})` : `os.environ[${q}${name}${q}]`;
            const edits = [whole(`${read}${bytes}`)];
            const imp = addImportOs(v);
            return { edits: imp ? [imp, ...edits] : edits };
        }
        case 'js':
            return jsRequired(l, lit, name);
        case 'ruby':
            return { edits: [whole(`ENV.fetch(${q}${name}${q})`)] };
        case 'rails-yaml':
            return { edits: [whole(`<%= ENV.fetch("${name}") %>`)] };
        case 'laravel':
            if (!/(['"])[\w.\-]+\1\s*=>\s*$/.test(before))
                return { refused: "only `'key' => 'value'` entries of a Laravel config file are rewritten" };
            return { edits: [whole(`env(${q}${name}${q})`)] };
        case 'spring-properties':
        case 'spring-yaml':
            return { edits: [inner(`\${${name}}`)] };
        case 'compose':
            return { edits: [inner(`\${${name}:?${name} is not set}`)] };
        case 'workflow':
            if (name.startsWith('GITHUB_'))
                return { refused: 'GitHub does not allow secret names that start with GITHUB_' };
            return { edits: [inner(`\${{ secrets.${name} }}`)] };
        case 'shell':
            if (!/(?:^|[\s;])(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=$/.test(before))
                return { refused: 'only shell assignments (`export NAME=value`) are rewritten' };
            return { edits: [whole(`"\${${name}:?}"`)] };
        case 'java':
            if (!/\b[\w<>\[\]]+\s+\w+\s*=\s*$/.test(before))
                return { refused: 'only Java field and variable initialisers are rewritten' };
            return { edits: [whole(`java.util.Objects.requireNonNull(System.getenv("${name}"), "${name} is not set")`)] };
        case 'kotlin':
            if (!/\b(?:val|var)\s+\w+(?:\s*:\s*String\??)?\s*=\s*$/.test(before) || /\bconst\s+val\b/.test(before)) {
                return { refused: 'only Kotlin `val`/`var` initialisers are rewritten' };
            }
            return { edits: [whole(`(System.getenv("${name}") ?: error("${name} is not set"))`)] };
        case 'rust':
        case 'go':
            // A literal there is typed (`&str`, a `const`): a read from the environment is not a drop-in for it.
            return { refused: 'a literal in Rust or Go is rewritten only where it is a default (see secret-key-fallback)' };
    }
}
const DECLARATION = /^([ \t]*)(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)(\s*:\s*string)?\s*=\s*$/;
/**
 * JavaScript reads `process.env.NAME`, which is undefined when unset, so it
 * gets a check: beside a one-line declaration
 * (`const JWT_SECRET = process.env.JWT_SECRET;` then
 * `if (!JWT_SECRET) throw \u2026`), else a read where the literal was,
 * `requiredEnv('JWT_SECRET')`, that fails there when the variable is missing.
 */
function jsRequired(l, lit, name) {
    const v = l.view;
    const style = jsStyle(v, quoteOf(lit, "'"));
    const line = v.lineAt(lit.start);
    const decl = DECLARATION.exec(v.before(lit.start));
    if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(v.after(lit.end))) {
        return { edits: [replace(lit.start, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[2], name, style)] };
    }
    const read = requiredRead(v, name, style);
    if ('refused' in read)
        return read;
    return { edits: [...read.edits, replace(lit.start, lit.end, read.call)] };
}
/** The key of the YAML mapping that the key on `line` sits in (`minio` for `  secretKey: \u2026` below `minio:`), or null. */
function yamlParent(v, line) {
    const indent = /^[ \t]*/.exec(v.lineText(line))[0].length;
    if (indent === 0)
        return null;
    for (let n = line - 1; n >= 1; n--) {
        const text = v.lineText(n);
        if (/^[ \t]*(?:#.*)?$/.test(text))
            continue;
        const own = /^[ \t]*/.exec(text)[0].length;
        if (own >= indent)
            continue;
        const m = /^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/.exec(text);
        return m ? m[1] : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/fix/secret-key-fallback.ts






const secret_key_fallback_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * `secret-key-fallback`: the default goes, and the read fails when the
 * variable is missing (`os.getenv('SECRET_KEY', 'dev')` \u2192
 * `os.environ['SECRET_KEY']`, `process.env.JWT_SECRET || 'x'` \u2192 a checked
 * read, `${SECRET_KEY:-dev}` \u2192 `${SECRET_KEY:?\u2026}`).
 */
function planFallback(l) {
    const v = l.view;
    const idiom = idiomOf(v, l.exists);
    if (l.occurrence.commentedOut)
        return refuse('the line is commented out: delete it');
    if (l.occurrence.through) {
        return refuse(`the default is the constant \`${l.occurrence.through}\`: drop the fallback here, and the constant once nothing else uses it`);
    }
    const spring = springPlaceholder(l);
    const lit = spring ? null : v.literal(l.start, l.end);
    if (!spring && lit === null)
        return refuse('the default is not a single literal that can be removed as a whole');
    const out = spring ?? (idiom && lit ? secret_key_fallback_rewrite(idiom, l, lit) : null);
    if (out === null)
        return refuse(idiom ? `this form of default (${l.occurrence.via}) is not rewritten automatically` : `leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
    const name = out.variable;
    const followUp = [
        name
            ? idiom === 'workflow'
                ? `Make sure the Actions secret ${name} is set; the job now fails without it.`
                : out.lenient
                    ? `Set ${name} wherever the app runs; without it the setting is None, and the app fails where it uses the key.`
                    : `Set ${name} wherever the app runs; it no longer starts without it.`
            : `Set \`${l.occurrence.name}\` wherever the app runs; it no longer starts without it.`,
        'If a deployment ever ran on the old default, rotate that key: the default is public in the repository.',
    ];
    const needs = name && idiom !== 'workflow' && secret_key_fallback_ENV_NAME.test(name)
        ? {
            name,
            kind: keyKindFor(name, {
                python: idiom === 'python',
                django: idiom === 'python' && /\bdjango\b/.test(v.text),
                spring: idiom === 'java' || idiom === 'kotlin' || idiom?.startsWith('spring') === true,
            }),
            envDir: idiom === 'compose' ? dirOf(v.path) : '',
            minLength: l.occurrence.value.length,
        }
        : undefined;
    return {
        title: out.lenient
            ? `drop the default of ${name ?? l.occurrence.name} (None when unset: the app fails where it uses the key)`
            : `drop the default of ${name ?? l.occurrence.name}; ${idiom === 'workflow' ? 'the job' : 'the app'} fails at start-up when it is missing`,
        edits: out.edits,
        ...(needs ? { needs } : {}),
        followUp,
    };
}
/** Spring's `${jwt.secret:default}` in any file (properties, YAML, `@Value` in Java or Kotlin): `${jwt.secret}` fails when unset. */
function springPlaceholder(l) {
    const m = /\$\{([\w.\-\[\]]+):$/.exec(l.view.before(l.start));
    if (!m || l.view.text[l.end] !== '}')
        return null;
    return { edits: [replace(l.start - 1, l.end, '')], ...(secret_key_fallback_ENV_NAME.test(m[1]) ? { variable: m[1] } : {}) };
}
function secret_key_fallback_rewrite(idiom, l, lit) {
    switch (idiom) {
        case 'python':
            return python(l, lit);
        case 'js':
            return js(l, lit);
        case 'ruby':
            return ruby(l, lit);
        case 'laravel':
            return removeSecondArgument(l, lit, /\benv\(\s*(['"])(\w+)\1\s*,\s*$/);
        case 'compose':
        case 'shell':
            return shellDefault(l, lit, idiom);
        case 'workflow': {
            const m = /secrets\.(\w+)\s*\|\|\s*$/.exec(l.view.before(lit.start));
            if (!m || !/^\s*\}\}/.test(l.view.after(lit.end)))
                return null;
            const from = lit.start - m[0].length + `secrets.${m[1]}`.length;
            return { edits: [replace(from, lit.end, '')], variable: m[1] };
        }
        case 'rust':
            return rust(l, lit);
        case 'go':
            return go(l, lit);
        case 'kotlin': {
            const m = /System\.getenv\(\s*"(\w+)"\s*\)\s*\?:\s*$/.exec(l.view.before(lit.start));
            if (!m)
                return null;
            return { edits: [replace(lit.start, lit.end, `error("${m[1]} is not set")`)], variable: m[1] };
        }
        case 'java': {
            const m = /System\.getenv\(\)\.getOrDefault\(\s*"(\w+)"\s*,\s*$/.exec(l.view.before(lit.start));
            const close = /^\s*\)/.exec(l.view.after(lit.end));
            if (!m || !close)
                return null;
            const from = lit.start - m[0].length;
            return {
                edits: [replace(from, lit.end + close[0].length, `java.util.Objects.requireNonNull(System.getenv("${m[1]}"), "${m[1]} is not set")`)],
                variable: m[1],
            };
        }
        default:
            return null;
    }
}
/** `f(\u2026, <literal>)` \u2192 `f(\u2026)`: the default is the call's last argument. */
function removeSecondArgument(l, lit, call) {
    const before = l.view.before(lit.start);
    const m = call.exec(before);
    if (!m || !/^\s*\)/.test(l.view.after(lit.end)))
        return null;
    const comma = before.lastIndexOf(',');
    const from = lit.start - (before.length - comma);
    return { edits: [replace(from, lit.end, '')], variable: m[2] };
}
const PY_READ = /((?:\bos\.)?(?:getenv|environ\.get))\s*\(\s*(['"])(\w+)\2\s*/;
function python(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const line = v.lineAt(lit.start);
    // A setting of a module that others import and override reads leniently (see `isOverridableSetting`): the call as
    // written, without its default.
    const lenient = (m) => isOverridableSetting(v, line, before.slice(0, m.index));
    const environ = (call, q, name, m) => lenient(m)
        ? { text: `${call}(${q}${name}${q})`, needsOs: false }
        : call === 'environ.get'
            ? { text: `environ[${q}${name}${q}]`, needsOs: false }
            : { text: `os.environ[${q}${name}${q}]`, needsOs: true };
    const withImport = (edits, needsOs) => {
        const imp = needsOs ? addImportOs(v) : null;
        return imp ? [imp, ...edits] : edits;
    };
    // os.getenv('X', 'dev'), os.environ.get('X', default='dev')
    let m = new RegExp(PY_READ.source + /,\s*(?:default\s*=\s*)?$/.source).exec(before);
    const close = /^\s*\)/.exec(after);
    if (m && close) {
        const r = environ(m[1], m[2], m[3], m);
        const from = lit.start - (before.length - m.index);
        return { edits: withImport([replace(from, lit.end + close[0].length, r.text)], r.needsOs), variable: m[3], lenient: lenient(m) };
    }
    // os.environ.get('X') or 'dev'
    m = new RegExp(PY_READ.source + /\)\s+or\s+$/.source).exec(before);
    if (m) {
        const r = environ(m[1], m[2], m[3], m);
        const from = lit.start - (before.length - m.index);
        return { edits: withImport([replace(from, lit.end, r.text)], r.needsOs), variable: m[3], lenient: lenient(m) };
    }
    // django-environ `env('X', default='dev')`, python-decouple `config('X', default='dev')`: both raise when unset, so an
    // overridable setting's default becomes `None` instead.
    const call = /\b(?:env(?:\.\w+)?|config)\s*\(\s*(['"])(\w+)\1/.exec(before);
    m = /,\s*default\s*=\s*$/.exec(before);
    if (call && m) {
        // python-decouple casts the default too (`cast=str` makes `None` the string 'None'): its default goes instead.
        if (lenient(call) && !/^\s*config\b/.test(before.slice(call.index)) && !/\bcast\s*=/.test(v.after(lit.end))) {
            return { edits: [replace(lit.start, lit.end, 'None')], variable: call[2], lenient: true };
        }
        return { edits: [replace(lit.start - m[0].length, lit.end, '')], variable: call[2] };
    }
    // The same call over several lines: `    default='dev',` on a line of its own goes.
    if (/^\s*default\s*=\s*$/.test(before) && /^\s*,?\s*(?:#.*)?$/.test(after) && /\b(?:env(?:\.\w+)?|config)\s*\($/.test(v.lineText(line - 1).trim() + v.lineText(line - 2).trim())) {
        const opener = /(['"])(\w+)\1/.exec(v.lineText(line - 1)) ?? /(['"])(\w+)\1/.exec(v.lineText(line - 2));
        const variable = opener ? { variable: opener[2] } : {};
        // The call opens on the line above or the one before it: `SECRET_KEY = env(`.
        const callLine = /\b(?:env(?:\.\w+)?|config)\s*\(/.test(v.lineText(line - 1)) ? line - 1 : line - 2;
        const call = /\b(?:env(?:\.\w+)?|config)\s*\(/.exec(v.lineText(callLine));
        const decouple = /^config\b/.test(call?.[0] ?? '') || /\bcast\s*=/.test(v.text.slice(v.lineStart(line), v.lineStart(Math.min(line + 3, v.lineCount))));
        if (call && !decouple && isOverridableSetting(v, callLine, v.lineText(callLine).slice(0, call.index))) {
            return { edits: [replace(lit.start, lit.end, 'None')], ...variable, lenient: true };
        }
        return { edits: [replace(v.lineStart(line), v.lineStart(line + 1), '')], ...variable };
    }
    return null;
}
const JS_READ = /process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([\w$]+)\2\s*\])/;
function js(l, lit) {
    const v = l.view;
    const style = jsStyle(v, quoteOf(lit, "'"));
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const line = v.lineAt(lit.start);
    const indent = /^[ \t]*/.exec(before)[0];
    // process.env.JWT_SECRET || 'x', process.env['JWT_SECRET'] ?? 'x'
    let m = new RegExp(JS_READ.source + /\s*(?:\|\||\?\?)\s*$/.source).exec(before);
    if (m) {
        const name = m[1] ?? m[3];
        const from = lit.start - (before.length - m.index);
        const decl = /^[ \t]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/.exec(before.slice(0, m.index));
        if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
            return { edits: [replace(from, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[1], name, style)], variable: name };
        }
        const read = requiredRead(v, name, style);
        if ('refused' in read)
            return null;
        return { edits: [...read.edits, replace(from, lit.end, read.call)], variable: name };
    }
    // process.env.JWT_SECRET ||= 'x' as a statement of its own.
    m = new RegExp(/^[ \t]*/.source + JS_READ.source + /\s*(?:\|\|=|\?\?=)\s*$/.source).exec(before);
    if (m && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
        const name = m[1] ?? m[3];
        return { edits: [replace(v.lineStart(line) + indent.length, v.lineEnd(line), guard(`process.env.${name}`, name, style))], variable: name };
    }
    // const { JWT_SECRET = 'dev' } = process.env
    const whole = v.lineText(line);
    m = /([A-Za-z_$][\w$]*)(?:\s*:\s*([A-Za-z_$][\w$]*))?\s*=\s*$/.exec(before);
    if (m && /^[ \t]*(?:const|let|var)\s*\{[^{}]*\}\s*=\s*process\.env\s*;?\s*(?:\/\/.*)?$/.test(whole)) {
        const name = m[1];
        const binding = m[2] ?? name;
        const from = lit.start - (before.length - m.index) + m[0].replace(/\s*=\s*$/, '').length;
        return { edits: [replace(from, lit.end, ''), insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`)], variable: name };
    }
    // NestJS config.get<string>('JWT_SECRET', 'x') \u2192 config.getOrThrow<string>('JWT_SECRET')
    m = /\.get(\s*<[^<>]*>)?\s*\(\s*(['"`])([\w.]+)\2\s*,\s*$/.exec(before);
    const close = /^\s*\)/.exec(after);
    if (m && close) {
        const get = lit.start - (before.length - m.index);
        const comma = before.lastIndexOf(',');
        return {
            edits: [replace(get, get + 4, '.getOrThrow'), replace(lit.start - (before.length - comma), lit.end, '')],
            ...(secret_key_fallback_ENV_NAME.test(m[3]) ? { variable: m[3] } : {}),
        };
    }
    return null;
}
function ruby(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const fetchDefault = removeSecondArgument(l, lit, /ENV\.fetch\(\s*(['"])(\w+)\1\s*,\s*$/);
    if (fetchDefault)
        return fetchDefault;
    // ENV.fetch('X') { 'x' }
    let m = /(ENV\.fetch\(\s*(['"])(\w+)\2\s*\))\s*\{\s*$/.exec(before);
    const brace = /^\s*\}/.exec(after);
    if (m && brace) {
        const from = lit.start - (before.length - m.index) + m[1].length;
        return { edits: [replace(from, lit.end + brace[0].length, '')], variable: m[3] };
    }
    // ENV['X'] || 'x'
    m = /ENV\[\s*(['"])(\w+)\1\s*\]\s*\|\|\s*$/.exec(before);
    if (m) {
        const from = lit.start - (before.length - m.index);
        return { edits: [replace(from, lit.end, `ENV.fetch(${m[1]}${m[2]}${m[1]})`)], variable: m[2] };
    }
    return null;
}
/** `env::var("X")`, `std::env::var("X")`, `dotenvy::var("X")`, on the line or one of the two above (rustfmt's chains). */
const RUST_ENV_READ = /\b(?:std::)?(?:env|dotenvy|dotenv)::var(?:_os)?\(\s*"(\w+)"\s*\)/g;
/** A Rust default after a read, up to its literal: `.unwrap_or(`, `.unwrap_or_else(|_| `, a block, `String::from(`. */
const RUST_OR = /\.unwrap_or(?:_else)?\(\s*(?:\|[^|()]{0,20}\|\s*)?(?:\{\s*)?(?:String::from\(\s*)?$/;
/** What may follow the literal to the end of the default: a conversion, then the closers of what `RUST_OR` opened. */
const RUST_OR_END = /^(?:\.(?:to_string|to_owned|into)\(\))?\s*\)?\s*(?:\}\s*)?\)/;
/** A struct field's declaration: `pub jwt_secret: String,`. */
const RUST_FIELD = /^\s*(?:pub(?:\([\w:]+\))?\s+)?[A-Za-z_]\w*\s*:(?!:)/;
/** clap's default in an attribute, up to its literal: `default_value = `, `default_value_t = String::from(`. */
const CLAP_DEFAULT_BEFORE = /\bdefault_value(?:_t)?\s*=\s*(String::from\(\s*)?$/;
/**
 * Rust: clap's `default_value = "\u2026"` goes from its attribute (a `String` field with no default is required: clap
 * stops with a usage error when neither the command line nor `env` gives it); `env::var("X").unwrap_or("\u2026")` and
 * its `unwrap_or_else` forms become `.expect("X is not set")`.
 */
function rust(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const clap = CLAP_DEFAULT_BEFORE.exec(before);
    if (clap) {
        const close = clap[1] ? /^\s*\)/.exec(after) : /^/.exec(after);
        if (!close)
            return null;
        const line = v.lineAt(lit.start);
        // The field the attribute is on must be a plain `String`: an `Option<String>` would become `None` instead.
        let field = line + 1;
        while (field <= v.lineCount && field - line <= 8 && !RUST_FIELD.test(v.lineText(field)))
            field++;
        if (!/:\s*String\s*,?\s*(?:\/\/.*)?$/.test(v.lineText(field)))
            return null;
        const from = lit.start - clap[0].length;
        const to = lit.end + close[0].length;
        const head = v.text.slice(v.lineStart(line), from);
        const tail = v.text.slice(to, v.lineEnd(line));
        const variable = /\benv\s*=\s*"(\w+)"/.exec(v.lineText(line))?.[1];
        // Alone on its line (an attribute over several lines): the line goes.
        if (/^\s*$/.test(head) && /^\s*,?\s*$/.test(tail))
            return { edits: [replace(v.lineStart(line), v.lineStart(line + 1), '')], ...(variable ? { variable } : {}) };
        // `, default_value = "\u2026"` after another argument, or `default_value = "\u2026", ` before one.
        const comma = /,\s*$/.exec(head);
        if (comma)
            return { edits: [replace(from - comma[0].length, to, '')], ...(variable ? { variable } : {}) };
        const next = /^\s*,\s*/.exec(tail);
        if (next)
            return { edits: [replace(from, to + next[0].length, '')], ...(variable ? { variable } : {}) };
        return null;
    }
    const or = RUST_OR.exec(before);
    const end = RUST_OR_END.exec(after);
    if (!or || !end)
        return null;
    // The read: on this line before the default, or on one of the two lines above (the chain broken by rustfmt).
    const line = v.lineAt(lit.start);
    const reads = [...(v.lineText(line - 2) + '\n' + v.lineText(line - 1) + '\n' + before.slice(0, or.index)).matchAll(RUST_ENV_READ)];
    const name = reads[reads.length - 1]?.[1];
    if (!name)
        return null;
    return { edits: [replace(lit.start - (before.length - or.index), lit.end + end[0].length, `.expect("${name} is not set")`)], variable: name };
}
/**
 * Go: urfave/cli's `Value: "\u2026"` in a `cli.StringFlag` becomes `Required: true`, so the command stops with a usage
 * error when neither the command line nor the flag's variables give it.
 */
function go(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const m = /(?:^|[{,\s])(Value\s*:\s*)$/.exec(before);
    if (!m || !/StringFlag` `Value`$/.test(l.occurrence.via))
        return null;
    const from = lit.start - m[1].length;
    const variable = secret_key_fallback_ENV_NAME.test(l.occurrence.name) && /^[A-Z][A-Z0-9_]*$/.test(l.occurrence.name) ? l.occurrence.name : undefined;
    return { edits: [replace(from, lit.end, 'Required: true')], ...(variable ? { variable } : {}) };
}
/** `${X:-dev}`, `${X:=dev}`, `${X-dev}` \u2192 compose `${X:?X is not set}`, shell `${X:?}`. */
function shellDefault(l, lit, idiom) {
    const v = l.view;
    const before = v.before(lit.start);
    const m = /\$\{([A-Za-z_]\w*)(:?[-=])$/.exec(before);
    if (!m || lit.quote !== '' || v.text[lit.end] !== '}')
        return null;
    const name = m[1];
    const from = lit.start - m[2].length;
    return { edits: [replace(from, lit.end, idiom === 'compose' ? `:?${name} is not set` : ':?')], variable: name };
}

;// CONCATENATED MODULE: ./src/fix/dotenv-template-secret.ts

/** What a template shows instead of a secret: obviously not one, and leakproof's own rules take it for a placeholder. */
const PLACEHOLDER = 'change-me';
/**
 * `dotenv-template-secret`: the real-looking value (or a URL's password)
 * becomes a placeholder. Safe: a template is documentation, nothing reads it.
 */
function planPlaceholder(text, lineStart, t, remedy) {
    const start = lineStart + t.column - 1;
    if (text.slice(start, start + t.value.length) !== t.value)
        return { refused: 'the value is not where the scan found it' };
    if (remedy === 'empty-value') {
        // The application loads this file for its defaults: a placeholder would be the value it runs on. Emptied, the
        // setting is unset wherever the environment does not set it, which the application's own check can refuse.
        return {
            title: `empty the value of ${t.key}${t.inUrl ? "'s password" : ''}: the app loads this file at run time, so a placeholder would be the value it runs on`,
            edits: [replace(start, start + t.value.length, '')],
            followUp: [
                `Set ${t.key} wherever the app runs; this file no longer gives it a value.`,
                `If a deployment ever ran on the value of ${t.key} in this file, rotate it: it is public in the repository.`,
            ],
        };
    }
    return {
        title: `put a placeholder in place of the value of ${t.key}${t.inUrl ? "'s password" : ''}`,
        edits: [replace(start, start + t.value.length, PLACEHOLDER)],
        followUp: [`If the value of ${t.key} was a real ${t.inUrl ? 'password' : 'key'}, rotate it: it stays in git history.`],
    };
}

;// CONCATENATED MODULE: ./src/fix/git-credentials.ts



/**
 * `git-credentials` in a git file's URL (`.gitmodules`, `.gitconfig`, a
 * copied git `config`): `https://user:token@host/org/repo.git` becomes
 * `https://host/org/repo.git`. Git then asks its credential helper, SSH or
 * the CI's token for that host, as it does for every other URL. Unsafe: a
 * fetch that relied on the embedded token now needs one of those.
 *
 * An `extraheader` line is left to a person, with the reason. Null when
 * the credential is no longer where the scan found it.
 */
function findUrlCredential(view, line, column, secret) {
    if (line < 1 || line > view.lineCount)
        return null;
    const text = view.lineText(line);
    const here = (u) => u.start + 1 === column && (secret === undefined || (0,redact/* redact */.E)(u.value) === secret);
    const header = (0,git_files/* authHeader */.eT)(text);
    if (header && here(header)) {
        return { values: [header.value], draft: { refused: 'the token is in an `extraheader` line: delete the line, and let the checkout pass its token at run time' } };
    }
    const c = (0,git_files/* urlCredentials */.O4)(text).find(here);
    if (!c || text[c.end] !== '@')
        return null;
    // The user part starts right after the scheme's `://`: the user name goes with the token.
    const userinfo = text.lastIndexOf('://', c.start) + 3;
    const base = view.lineStart(line);
    const name = view.path.slice(view.path.lastIndexOf('/') + 1);
    const followUp = [`Revoke the token for ${c.host}: it stays in git history, in every clone.`];
    if (name === '.gitmodules')
        followUp.push('Run `git submodule sync` so each clone\'s `.git/config` takes the URL without the token.');
    followUp.push('Let git find the credential elsewhere: a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.');
    const user = text.slice(userinfo, c.start).replace(/:$/, '');
    return {
        values: [c.value, text.slice(userinfo, c.end), ...(user.length >= 8 ? [user] : [])],
        draft: {
            title: `remove the credential from the ${c.host} URL in \`${view.path}\``,
            edits: [replace(base + userinfo, base + c.end + 1, '')],
            followUp,
        },
    };
}

// EXTERNAL MODULE: ./src/rules/lib/file-fix.ts
var file_fix = __webpack_require__(8715);
;// CONCATENATED MODULE: ./src/fix/untrack-and-ignore.ts







const UNTRACK_AND_IGNORE = {
    'dotenv-file': { template: dotenvTemplate, keep: dotenvStays },
    // Key files, credential stores, state and databases leave the index as they are; no template stands in for them.
    'secret-file': { keepByName: projectSettings },
    // A `.git-credentials` file is a credential store as a whole; a URL in `.gitmodules` loses only its token (git-credentials.ts).
    'git-credentials': { appliesTo: (path) => path === '.git-credentials' || path.endsWith('/.git-credentials') },
};
/**
 * A project's `.npmrc` and `gradle.properties` hold settings the repository needs: the secret is edited out, not the
 * file untracked.
 */
function projectSettings(path) {
    if ((0,file_fix/* fileFixOf */.v)({ ruleId: 'secret-file', path }) !== 'edit')
        return null;
    return path.toLowerCase().endsWith('gradle.properties')
        ? "a project's `gradle.properties` carries build settings the repository needs: move the signing passwords to `~/.gradle/gradle.properties`, or to the CI's secrets as `ORG_GRADLE_PROJECT_<name>` variables"
        : 'a project `.npmrc` carries settings the repository needs: replace the token with `${NPM_TOKEN}` and set that variable in CI and locally';
}
/**
 * `.env`, `.env.local`, `.env.production` \u2192 `.env.example` beside them;
 * `prod.env` \u2192 `prod.env.example`. `.envrc` and `.flaskenv` have no template.
 */
function dotenvTemplate(path, text) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dir = dirOf(path);
    const lower = name.toLowerCase();
    let template;
    if (lower === '.env' || lower.startsWith('.env.'))
        template = '.env.example';
    else if (/^[^.].*\.env$/i.test(name))
        template = `${name}.example`;
    else
        return null;
    if ((0,dotenv_names/* dotenvKind */.Fi)(template) !== 'template')
        return null;
    const seen = new Set();
    const entries = [];
    for (const e of (0,dotenv_names/* parseDotenv */.qd)(text)) {
        if (seen.has(e.key))
            continue;
        seen.add(e.key);
        entries.push({ key: e.key, value: placeholderFor(e.key, e.value) });
    }
    return { file: dir ? `${dir}/${template}` : template, entries };
}
/**
 * A placeholder that says what belongs there without any of the file's
 * values: `change-me` for secrets, the shape of a URL with credentials
 * (its scheme only), empty for the rest. A value that says nothing but a
 * setting (`5432`, `true`, `localhost`, `development`, `info`) is kept, so
 * a copy of the template runs with typed settings; an empty one stays empty.
 */
function placeholderFor(key, value) {
    const v = value.trim();
    if (v === '')
        return '';
    const url = /^([a-z][a-z0-9+.\-]*):\/\/[^/@\s]*:[^/@\s]*@/i.exec(v);
    if (url)
        return `${url[1].toLowerCase()}://user:${PLACEHOLDER}@localhost/`;
    if ((0,env_keys/* isSecretKeyName */.NN)(key) || (0,env_keys/* isPasswordKeyName */.wX)(key))
        return PLACEHOLDER;
    return PLAIN_SETTING.test(v) ? v : '';
}
/** Values that hold no secret whatever their key: a port or count, a flag, a local host, an environment's or log level's name. */
const PLAIN_SETTING = /^(?:\d{1,6}|true|false|yes|no|on|off|localhost|127\.0\.0\.1|0\.0\.0\.0|development|production|staging|test|testing|local|dev|prod|debug|info|warn|warning|error)$/i;
/**
 * A dotenv file that stays tracked: one that holds nothing secret (untracking it would only break what loads
 * it: a compose `env_file`, a test setup, Vite's mode files), and Symfony's own `.env`, committed by design, whose
 * fix is to move real values to `.env.local`, by hand. Symfony is told by the file's own markers, or by the
 * project's `composer.json` requiring the component that loads it (`Dotenv::loadEnv` fails without the file).
 */
function dotenvStays(path, text, read) {
    if (!(0,dotenv_file/* holdsAnySecret */.lI)(text, env_keys/* PUBLIC_ENV_PREFIXES */.tW))
        return 'nothing in it looks secret, so it stays tracked: keep real values out of it';
    if (/\.local$/i.test(path))
        return null;
    // A file of another name is one a compose file loads with `env_file:` (dotenv-file's tree check): untracking it
    // breaks `docker compose up` in a fresh clone.
    if ((0,dotenv_names/* dotenvKind */.Fi)(path.slice(path.lastIndexOf('/') + 1)) === null) {
        return 'a compose file loads it with `env_file:`, so untracking it breaks `docker compose up` in a fresh clone: move the real values to an ignored file listed after it (`- path: \u2026` with `required: false`), leave placeholders here, and rotate them';
    }
    // React Native versions `ios/.xcode.env` for Xcode's build phases; `.xcode.env.local` beside it is the private one.
    if (path === '.xcode.env' || path.endsWith('/.xcode.env'))
        return 'React Native versions `.xcode.env` for Xcode: move the secret to `.xcode.env.local` beside it (ignored), which Xcode sources after it, and rotate it';
    const name = path.slice(path.lastIndexOf('/') + 1);
    const framework = (0,dotenv_file/* modeFileFramework */.cl)(name, text);
    if (framework !== null && !(0,dotenv_file/* isSymfonyDotenv */.Ml)(name, text)) {
        return `${framework} commits this file for its defaults: move the real values to \`${name}.local\` (ignored), which it reads over this one, leave placeholders here, and rotate them`;
    }
    if (!(0,dotenv_file/* isSymfonyDotenv */.Ml)(name, text) && !symfonyProject(path, read))
        return null;
    return 'Symfony commits this file for its defaults: move the real values to `.env.local` (ignored) or `bin/console secrets:set`, leave placeholders here, and rotate them';
}
/** Whether the `composer.json` beside the file (or at the root) requires what makes Symfony load `.env`. */
function symfonyProject(path, read) {
    const dir = dirOf(path);
    for (const c of dir ? [`${dir}/composer.json`, 'composer.json'] : ['composer.json']) {
        const text = read(c);
        if (typeof text === 'string')
            return /"symfony\/(?:dotenv|runtime|framework-bundle)"\s*:/.test(text);
    }
    return false;
}
/** Keys a dotenv template already lists. */
function templateKeys(text) {
    return new Set((0,dotenv_names/* parseDotenv */.qd)(text).map((e) => e.key));
}

// EXTERNAL MODULE: ./src/rules/lib/token-formats.ts + 1 modules
var token_formats = __webpack_require__(5884);
// EXTERNAL MODULE: ./src/rules/known-token.ts + 3 modules
var known_token = __webpack_require__(6258);
;// CONCATENATED MODULE: ./src/fix/manual-steps.ts





/** Where each provider's tokens are revoked, by token format id. */
const REVOKE_AT = {
    'aws-access-key-id': 'the AWS IAM console (Users \u2192 Security credentials: deactivate, then delete the access key)',
    'github-token': 'https://github.com/settings/tokens (or the GitHub App / OAuth app that issued it)',
    'github-fine-grained-pat': 'https://github.com/settings/personal-access-tokens',
    'gitlab-pat': 'GitLab \u2192 User settings \u2192 Access tokens',
    'slack-token': 'https://api.slack.com/apps (the app that owns it: reinstall or rotate its tokens)',
    'stripe-live-key': 'https://dashboard.stripe.com/apikeys (roll the key)',
    'google-api-key': 'Google Cloud console \u2192 APIs & Services \u2192 Credentials (regenerate or delete the key)',
    'npm-token': 'https://www.npmjs.com/settings/~/tokens (or `npm token revoke`)',
    'pem-private-key': 'every place that trusts the matching public key (replace the key pair)',
};
/** What stands before a JSON Web Key's private member value: `"d": "`, `k: '`, .NET's `"D":"`. */
const JWK_MEMBER_BEFORE = /["']?\b[dDkK]["']?[ \t]*:[ \t]*["']$/;
/** `path`, or `path:line` when the finding has a line. */
function where(f) {
    return f.line !== undefined ? `${f.path}:${f.line}` : f.path;
}
/** A pretty-printed JSON member's name at the start of a line, and whether it opens an object there. */
const JSON_MEMBER = /^([ \t]*)"([^"\\]+)"[ \t]*:[ \t]*(\{?)/;
/**
 * The configuration key of a member on line `line` (1-based) of an
 * appsettings file, as ASP.NET Core names it: the names of the objects it
 * sits in and its own, joined by `:` (`JwtSettings:Secret`). The member is
 * the one whose value starts at `column` (1-based), else the line's first.
 * The objects are read from the line itself (`"JwtSettings": { "Secret": \u2026 }`)
 * and from the indentation above it, as `dotnet new` and editors write these
 * files; null when the lines do not read so.
 */
function appsettingsKey(text, line, column) {
    const lines = text.split(/\r?\n|\r/);
    const t = lines[line - 1] ?? '';
    const first = JSON_MEMBER.exec(t);
    let name;
    let quote;
    if (column === undefined) {
        if (first === null)
            return null;
        name = first[2];
        quote = first[1].length;
    }
    else {
        const m = MEMBER_BEFORE_VALUE.exec(t.slice(0, column - 1));
        if (m === null)
            return null;
        name = m[1];
        quote = m.index;
    }
    const inline = (0,secret_assignments/* jsonOpenOnLine */.k9)(t, quote);
    if (inline === null)
        return null;
    // The whole document on one line: its first `{` is the root, which has no name.
    const root = first === null && t.trimStart().startsWith('{') && lines.slice(0, line - 1).every((l) => l.trim() === '');
    if (root)
        inline.shift();
    if (inline.some((n) => n === null))
        return null;
    const names = [...inline, name];
    if (root)
        return names.join(':');
    // Otherwise the line's first member stands where its object's members do: the objects around it are above.
    if (first === null)
        return null;
    let indent = first[1].length;
    for (let k = line - 2; k >= 0 && indent > 0; k--) {
        const above = lines[k];
        const lead = above.length - above.trimStart().length;
        if (above.trim() === '' || lead >= indent)
            continue;
        if (lead === 0 && above.trim() === '{')
            return names.join(':');
        const m = JSON_MEMBER.exec(above);
        // Anything else above it (an array, a line that closes an object) means the lines are not what they seem.
        if (m === null || m[3] !== '{' || m[0].length < above.trimEnd().length)
            return null;
        names.unshift(m[2]);
        indent = lead;
    }
    return names.join(':');
}
/** The member name a value follows: `"Secret": "` before the value's first character. */
const MEMBER_BEFORE_VALUE = /"([^"\\]+)"[ \t]*:[ \t]*"?$/;
/**
 * The steps for a finding no edit can fix, as exact as the finding allows:
 * the provider to revoke a token at, the `git rm --cached` to run, the
 * credential helper to use. `lineText` is the finding's line, when it has
 * one; `fileText` the whole file's, when it is at hand.
 */
function manualSteps(f, lineText, mode, fileText = null) {
    const at = where(f);
    switch (f.ruleId) {
        case 'hardcoded-secret-key':
        case 'secret-key-fallback': {
            // ASP.NET Core layers its configuration: what the environment gives overrides the file's value.
            const key = fileText !== null && f.line !== undefined && (0,filetype/* isAppsettings */.bd)(f.path) ? appsettingsKey(fileText, f.line, f.column) : null;
            if (key === null)
                return secretKeySteps(f, at);
            return [
                `Empty \`${key}\` in ${at} (\`""\`) and give the key to the app from outside the repository: the environment variable \`${key.replaceAll(':', '__')}\` where it runs (ASP.NET Core reads \`__\` as \`:\`), or a key vault; in development, \`dotnet user-secrets set "${key}" "<new key>"\`.`,
                `Rotate the key: the committed value stays in git history (\`leakproof keygen --for jwt\` prints a fresh one).`,
            ];
        }
        case 'known-token': {
            const match = lineText !== null && f.column !== undefined ? (0,token_formats/* findTokens */.GY)(lineText).find((t) => t.start === f.column - 1) : undefined;
            // A JSON Web Key's private member (`"d": "\u2026"`, `"k": "\u2026"`): a key pair or a shared key, not a provider's token.
            if (!match && lineText !== null && f.column !== undefined && JWK_MEMBER_BEFORE.test(lineText.slice(0, f.column - 1))) {
                return [
                    `Replace the key: whoever reads ${f.path} can sign tokens that everything trusting it accepts (its public half in a JWKS, or the shared key itself). Publish the new key and retire this one there.`,
                    mode === 'git' && /\.(?:jwk|rsa|json)$/.test(f.path)
                        ? `If ${f.path} holds only the key (IdentityServer's \`tempkey.jwk\`), stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, and load the signing key from a secret store or key vault.`
                        : `Remove it from ${at} and load the key from a secret store or key vault.`,
                ];
            }
            // A key that may have been made for its use (a test's, a CI job's, an example's: the finding says so): nothing to
            // revoke unless something else trusts it.
            if (f.message.includes(known_token/* KEY_MADE_FOR_USE */.Ux)) {
                return [
                    `If the key at ${at} was made for this use, it can stay: make sure nothing else trusts it, or generate it where it is used.`,
                    'If it is a real key, or a script copies it into a deployment, make a new key pair where it is used, revoke what trusts this one (its certificate, a published public key) and keep the new key in a secret store.',
                ];
            }
            // Another S3-compatible store's key (the finding says so): changed where that store sets it, not at AWS.
            if (f.message.startsWith(known_token/* S3_COMPATIBLE_SECRET */.l3)) {
                const change = `change the key where the store sets it (the MinIO or other server's credentials, or the provider's console)${mode === 'git' ? ': it is in git history, so removing it is not enough' : ''}.`;
                const remove = `remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`;
                // Where the finding says it may be made up for its use (a test's, an example's MinIO), so do the steps.
                if (f.message.includes('If it is made up for this use')) {
                    return [`If the key at ${at} was made up for this use (a local MinIO's), it can stay.`, `If it is a real key, ${change.slice(0, -1)}; then ${remove}`];
                }
                return [change[0].toUpperCase() + change.slice(1), remove[0].toUpperCase() + remove.slice(1)];
            }
            const label = match?.format.label ?? 'the token';
            const revoke = match ? REVOKE_AT[match.format.id] : undefined;
            return [
                `Revoke ${label} at ${revoke ?? 'the provider that issued it'}: it is in git history, so removing it is not enough.`,
                `Remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`,
            ];
        }
        case 'git-credentials':
            if (f.path.endsWith('.git-credentials') && f.line === undefined) {
                return [
                    mode === 'git' ? `Stop tracking it and delete it: \`git rm --cached ${f.path}\`, then \`rm ${f.path}\`.` : `Delete ${f.path}.`,
                    'Revoke every token it held, at each host it lists.',
                    'Let git keep credentials outside the tree: `git config --global credential.helper cache` (or `manager`, `osxkeychain`).',
                ];
            }
            return [
                `Remove the credential from the URL in ${at} (keep \`https://host/owner/repo.git\`)${/\.gitmodules$/.test(f.path) ? ', then run `git submodule sync`' : ''}.`,
                'Revoke the token at the host: it is in git history.',
                'Authenticate with a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.',
            ];
        case 'git-internals':
            return mode === 'git'
                ? [`Stop tracking it: \`git rm -r --cached ${f.path}\`, then delete it.`, 'Rotate any secret its history holds: every clone of this repository has a copy.']
                : [`Leave \`${f.path}\` out of what you ship (e.g. list \`.git\` in .dockerignore), or delete it.`];
        case 'git-embedded-repo':
            return f.status === 'tracked'
                ? [
                    `Remove the gitlink: \`git rm --cached ${f.path}\`.`,
                    `Then either add it as a submodule (\`git submodule add <url> ${f.path}\`) or add \`${f.path}/\` to .gitignore.`,
                ]
                : [`Add \`${f.path}/\` to .gitignore, or add it as a submodule: \`git submodule add <url> ${f.path}\`.`];
        case 'dotenv-file':
            if (f.severity === 'notice' && f.message.includes('nothing in it looks secret')) {
                return [`Keep real values out of ${f.path}: an ignored file (\`.env.local\`) or the environment is the place for them.`];
            }
            return mode === 'git' && f.status === 'tracked'
                ? [`Stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, rotate every secret it held, and commit a template with the same keys and placeholder values instead.`]
                : [`Keep ${f.path} out of git and out of what you ship (list it in .gitignore and .dockerignore), and pass the values as environment variables.`];
        case 'unused-suppression':
            return [`Delete the \`leakproof-ignore\` comment at ${at}: it suppresses nothing.`];
        default:
            return defaultSteps(f, at);
    }
}
/**
 * A key's steps: the finding's own advice (the message after what it found: a chart's `required`, a Heroku generator,
 * a Dockerfile's `ENV` moved out), then how this file's language reads the environment, then the rotation.
 */
function secretKeySteps(f, at) {
    // The severity's reason the policy appends (` (notice: test folder)`), cut at its opening, found from the end.
    const reason = Math.max(f.message.lastIndexOf(' (notice: '), f.message.lastIndexOf(' (warning: '), f.message.lastIndexOf(' (error: '));
    const message = reason > 0 && f.message.endsWith(')') ? f.message.slice(0, reason) : f.message;
    const found = message.search(/\.\s/);
    const advice = found < 0 ? '' : message.slice(found + 2).trim();
    const idiom = readIdiom(f.path);
    const steps = [advice !== '' ? `${at}: ${advice}` : defaultSteps(f, at)[0]];
    if (idiom !== null)
        steps.push(`In this file's language, read it with ${idiom}, and stop when it is missing.`);
    if (!/\brotate\b/i.test(advice))
        steps.push('If the value was ever a real key, rotate it: it stays in git history.');
    return steps;
}
/** How code in a file's language reads an environment variable, by its extension (`NAME` stands for the variable). */
function readIdiom(path) {
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    switch (ext) {
        case 'py':
            return "`os.environ['NAME']`";
        case 'js':
        case 'mjs':
        case 'cjs':
        case 'ts':
        case 'mts':
        case 'cts':
        case 'jsx':
        case 'tsx':
            return '`process.env.NAME`';
        case 'rb':
            return "`ENV.fetch('NAME')`";
        case 'php':
            return /(?:^|\/)config\/[^/]+\.php$/.test(path) ? "`env('NAME')` (Laravel's config files)" : "`getenv('NAME')`";
        case 'go':
            return '`os.Getenv("NAME")` (or `os.LookupEnv`)';
        case 'java':
        case 'kt':
        case 'kts':
        case 'scala':
        case 'groovy':
            return '`System.getenv("NAME")`';
        case 'cs':
            return '`Environment.GetEnvironmentVariable("NAME")` (or the configuration, which reads it)';
        case 'ex':
        case 'exs':
            return '`System.fetch_env!("NAME")` (in `config/runtime.exs`)';
        case 'rs':
            return '`std::env::var("NAME")`';
        case 'swift':
            return '`ProcessInfo.processInfo.environment["NAME"]`';
        default:
            return null;
    }
}
/** The rule's own advice, at the finding's place. */
function defaultSteps(f, at) {
    const fix = (0,src_rules/* findRule */.I)(f.ruleId)?.meta.fix;
    return [fix ? `${at}: ${fix}` : `Fix ${at} by hand.`];
}

;// CONCATENATED MODULE: ./src/fix/gitignore.ts

/** A path as a `.gitignore` pattern that matches exactly it, relative to the `.gitignore`'s folder. */
function ignorePattern(gitignore, path) {
    const base = dirOf(gitignore);
    const rel = base ? path.slice(base.length + 1) : path;
    // Wildcards and a leading `#` or `!` are taken literally when escaped; so are trailing spaces.
    return rel.replace(/[\\*?[]/g, '\\$&').replace(/^[#!]/, '\\$&').replace(/ +$/, (s) => s.replace(/ /g, '\\ '));
}
/** The `.gitignore` files that may hold a path's entry, nearest first, up to the root. */
function gitignoreCandidates(path) {
    const out = [];
    let dir = dirOf(path);
    for (;;) {
        out.push(dir ? `${dir}/.gitignore` : '.gitignore');
        if (dir === '')
            break;
        dir = dirOf(dir);
    }
    return out;
}
/** The text with lines appended: after a line ending if it lacks one, each line once, and none it already has. */
function appendLines(before, lines, eol, header) {
    const text = before ?? '';
    const present = new Set(text.split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
    const add = [...new Set(lines)].filter((l) => !present.has(l));
    if (add.length === 0)
        return text;
    const sep = text === '' || /[\r\n]$/.test(text) ? '' : eol;
    const head = before === null && header ? header + eol : '';
    return text + sep + head + add.join(eol) + eol;
}

// EXTERNAL MODULE: ./src/rules/lib/literal.ts
var literal = __webpack_require__(8820);
// EXTERNAL MODULE: ./src/rules/lib/random-key.ts
var random_key = __webpack_require__(3210);
;// CONCATENATED MODULE: ./src/fix/keygen.ts



/** The key formats `leakproof keygen --for` knows, and the one `fix` picks for each framework. */
const KEY_KINDS = (/* unused pure expression or super */ null && (['django', 'flask', 'rails', 'laravel', 'jwt', 'fernet', 'hex', 'base64']));
/** Django's own alphabet for `get_random_secret_key()` (django/core/management/utils.py). */
const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const DJANGO_LENGTH = 50;
const KEY_SPECS = {
    django: { defaultBytes: null, minBytes: 0, describe: "50 characters from Django's get_random_secret_key() alphabet" },
    // Flask's docs: `python -c 'import secrets; print(secrets.token_hex())'`, 32 bytes.
    flask: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes (as secrets.token_hex())' },
    // `bin/rails secret`: SecureRandom.hex(64).
    rails: { defaultBytes: 64, minBytes: 64, describe: 'hex, 64 bytes: 128 characters (as bin/rails secret)' },
    // `php artisan key:generate` for the default AES-256-CBC cipher.
    laravel: { defaultBytes: null, minBytes: 0, describe: 'base64: and 32 random bytes (as php artisan key:generate)' },
    // HS256 needs a key of at least 256 bits (RFC 7518 \u00a73.2).
    jwt: { defaultBytes: 48, minBytes: 32, describe: 'base64url, 48 bytes (HS256 needs at least 32)' },
    // `Fernet.generate_key()`: url-safe base64 of 32 bytes, padded; Fernet refuses any other size.
    fernet: { defaultBytes: null, minBytes: 0, describe: 'url-safe base64 of 32 bytes (as Fernet.generate_key())' },
    hex: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes' },
    base64: { defaultBytes: 48, minBytes: 16, describe: 'base64, 48 bytes' },
};
const MAX_KEY_BYTES = 1024;
/** A bad `--bytes` for a kind; the message says what is allowed. */
class KeySizeError extends Error {
}
/**
 * One fresh key from the operating system's CSPRNG, in the format the
 * framework expects. `bytes` overrides the size where the format allows it.
 */
function generateKey(kind, bytes) {
    const spec = KEY_SPECS[kind];
    if (bytes !== undefined) {
        if (spec.defaultBytes === null)
            throw new KeySizeError(`--bytes does not apply to --for ${kind}: its keys have a fixed size (${spec.describe})`);
        if (!Number.isSafeInteger(bytes) || bytes < spec.minBytes || bytes > MAX_KEY_BYTES) {
            throw new KeySizeError(`--bytes for --for ${kind} takes a whole number from ${spec.minBytes} to ${MAX_KEY_BYTES} (got ${bytes})`);
        }
    }
    const n = bytes ?? spec.defaultBytes ?? 0;
    switch (kind) {
        case 'django': {
            // Django's alphabet can spell a named format (`%(x)s`), which a reader of settings.py takes for a
            // template: such a key would not be recognised as one if it were ever committed. Draw again.
            let key;
            do
                key = randomFromAlphabet(DJANGO_ALPHABET, DJANGO_LENGTH);
            while ((0,literal/* isInterpolated */.cl)(key, 'python', "'"));
            return key;
        }
        case 'laravel':
            return `base64:${(0,external_node_crypto_.randomBytes)(32).toString('base64')}`;
        case 'jwt':
            return (0,external_node_crypto_.randomBytes)(n).toString('base64url');
        case 'fernet': {
            // 44 characters: about one draw in a hundred holds a run or a word by chance (`key`, `1234`), which the rules
            // would call a weak key if it were ever committed. Draw again.
            let key;
            do
                key = `${(0,external_node_crypto_.randomBytes)(32).toString('base64url')}=`;
            while (!(0,random_key/* isEncodedRandomKey */.$)(key));
            return key;
        }
        case 'base64':
            return (0,external_node_crypto_.randomBytes)(n).toString('base64');
        case 'flask':
        case 'rails':
        case 'hex':
            return (0,external_node_crypto_.randomBytes)(n).toString('hex');
    }
}
/**
 * `length` characters drawn uniformly from `alphabet`: bytes at or above the
 * largest multiple of the alphabet's size are thrown away (rejection
 * sampling), so no character is more likely than another.
 */
function randomFromAlphabet(alphabet, length) {
    const size = alphabet.length;
    if (size < 2 || size > 256)
        throw new RangeError('alphabet must have 2 to 256 characters');
    const limit = 256 - (256 % size);
    let out = '';
    while (out.length < length) {
        for (const b of (0,external_node_crypto_.randomBytes)(Math.max(16, (length - out.length) * 2))) {
            if (b >= limit)
                continue;
            out += alphabet[b % size];
            if (out.length === length)
                break;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fix/dotenv-loaders.ts
/**
 * Whether something in the project loads a local `.env` into the app's
 * environment: a dotenv library among its dependencies, a framework that
 * reads `.env` itself (Next.js, Vite, Nuxt, NestJS's config module, Laravel,
 * Symfony), a script run with `node --env-file`, or a compose file's
 * `env_file:`. Only the manifests at the root and in `dir` are read. When
 * nothing does, the fresh key a fix writes into `.env` is not seen by the
 * app until the person loads the file, and the fix says so.
 */
function loadsDotenv(dir, read) {
    const folders = dir === '' ? [''] : [dir, ''];
    for (const folder of folders) {
        const at = (name) => (folder === '' ? name : `${folder}/${name}`);
        for (const [name, loader] of LOADERS) {
            const text = read(at(name));
            if (typeof text === 'string' && loader.test(text))
                return true;
        }
    }
    return false;
}
/** The names compose looks for, in its order of preference. */
const COMPOSE_FILES = ['compose.yml', 'compose.yaml', 'docker-compose.yml', 'docker-compose.yaml'];
/** A compose file's `env_file:` that names `.env` (inline or as the first list item). */
const COMPOSE_ENV_FILE = /env_file:[^\n]*\.env\b|env_file:\s*\n\s*-\s*\.?\/?\.env\b/;
/** Manifests and what in them says `.env` is loaded. */
const LOADERS = [
    ['package.json', /"(?:dotenv|dotenv-flow|dotenv-cli|env-cmd|@dotenvx\/dotenvx|next|vite|nuxt|@nestjs\/config|@remix-run\/dev|astro|@sveltejs\/kit)"\s*:|--env-file[= ]/],
    ['requirements.txt', /^(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/im],
    ['requirements-dev.txt', /^(?:python-dotenv|django-environ|environs|python-decouple)\b/im],
    ['pyproject.toml', /["']?(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/i],
    ['Pipfile', /^(?:python-dotenv|django-environ|environs|python-decouple)\s*=/im],
    ['Gemfile', /gem\s+["']dotenv(?:-rails)?["']/],
    ['composer.json', /"(?:vlucas\/phpdotenv|laravel\/framework|symfony\/dotenv)"\s*:/],
    ['go.mod', /\b(?:github\.com\/joho\/godotenv|github\.com\/subosito\/gotenv)\b/],
    ['Cargo.toml', /^\s*(?:dotenv|dotenvy)\s*=/m],
    ['mix.exs', /\{:(?:dotenvy|dotenv)\b/],
    ['pom.xml', /<artifactId>(?:dotenv-java|java-dotenv|spring-dotenv)<\/artifactId>/],
    ['build.gradle', /dotenv/],
    ['build.gradle.kts', /dotenv/],
    ...COMPOSE_FILES.map((name) => [name, COMPOSE_ENV_FILE]),
];

// EXTERNAL MODULE: ./src/rules/lib/service-credentials.ts
var service_credentials = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/fix/workspace.ts







/** The largest file fix reads or writes: fixes are for source and configuration files. */
const MAX_BYTES = 4 * 1024 * 1024;
/**
 * A path below the root, POSIX, with no `..`, `.`, empty or absolute part:
 * anything else is refused before any file is touched.
 */
function isInsideRoot(rel) {
    if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0') || /^[A-Za-z]:/.test(rel))
        return false;
    return rel.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}
class RefusedWrite extends Error {
}
/** The workspace of a real folder: reads never follow symlinks, writes never leave the root. */
class FolderWorkspace {
    root;
    mode;
    reader;
    /** Files read with a UTF-8 byte order mark, which a write keeps. */
    boms = new Set();
    constructor(root, mode) {
        this.root = root;
        this.mode = mode;
        this.reader = new engine_read/* SafeReader */.H(root);
    }
    read(rel) {
        if (!isInsideRoot(rel))
            return { kind: 'refused', why: `\`${rel}\` is not a path inside the scanned folder` };
        const out = this.reader.readSync(rel, MAX_BYTES);
        switch (out.kind) {
            case 'ok':
                if (out.body === null)
                    return { kind: 'refused', why: `\`${rel}\` is larger than ${MAX_BYTES} bytes` };
                if ((0,core_text/* isBinary */.Go)(out.head))
                    return { kind: 'refused', why: `\`${rel}\` is binary` };
                if ((0,core_text/* hasUtf16Bom */.Vt)(out.body))
                    return { kind: 'refused', why: `\`${rel}\` is UTF-16, which leakproof does not edit` };
                if (out.body[0] === 0xef && out.body[1] === 0xbb && out.body[2] === 0xbf)
                    this.boms.add(rel);
                return { kind: 'text', text: (0,core_text/* decode */.D4)(out.body) };
            case 'missing':
                return { kind: 'missing' };
            case 'symlink':
                return { kind: 'refused', why: `\`${rel}\` is a symlink (or inside one); leakproof never edits through a symlink` };
            case 'special':
                return { kind: 'refused', why: `\`${rel}\` is not a regular file` };
            case 'unreadable':
                return { kind: 'refused', why: `\`${rel}\` ${out.message}` };
        }
    }
    async ignored(rels) {
        if (this.mode !== 'git' || rels.length === 0)
            return new Set();
        // One path per line, C-quoted when it holds special characters (`-z` needs `--stdin`).
        const out = await git(this.root, ['check-ignore', '--no-index', '--', ...rels], { allowFailure: true });
        return new Set(out.toString('utf8').split('\n').filter((l) => l !== '').map(unquoteWhole));
    }
    async tracked(rels) {
        if (this.mode !== 'git' || rels.length === 0)
            return new Set();
        const out = await git(this.root, ['--literal-pathspecs', 'ls-files', '-z', '--', ...rels], { allowFailure: true });
        return new Set(splitZ(out));
    }
    async untrack(rel) {
        if (!isInsideRoot(rel))
            throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
        await git(this.root, ['--literal-pathspecs', 'rm', '--cached', '-q', '--', rel]);
    }
    write(rel, text, opts) {
        if (!isInsideRoot(rel))
            throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
        if (this.boms.has(rel))
            text = '\uFEFF' + text;
        const parts = rel.split('/');
        let dir = this.root;
        for (const part of parts.slice(0, -1)) {
            dir = external_node_path_.join(dir, part);
            const st = external_node_fs_default().lstatSync(dir, { throwIfNoEntry: false });
            if (!st || !st.isDirectory())
                throw new RefusedWrite(`\`${external_node_path_.relative(this.root, dir)}\` is ${st?.isSymbolicLink() ? 'a symlink' : 'not a folder'}; leakproof never writes through one`);
        }
        const file = external_node_path_.join(this.root, ...parts);
        const st = external_node_fs_default().lstatSync(file, { throwIfNoEntry: false });
        if (st && !st.isFile())
            throw new RefusedWrite(`\`${rel}\` is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; leakproof never writes through one`);
        if (opts.create) {
            if (st)
                throw new RefusedWrite(`\`${rel}\` appeared since the scan`);
            const fd = external_node_fs_default().openSync(file, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0), opts.private ? 0o600 : 0o644);
            try {
                external_node_fs_default().writeFileSync(fd, text);
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
            return;
        }
        if (!st)
            throw new RefusedWrite(`\`${rel}\` is gone since the scan`);
        // A new file beside it, renamed over it: a reader never sees half a file, and a symlink put there meanwhile is replaced, not followed.
        const tmp = external_node_path_.join(external_node_path_.dirname(file), `.${parts[parts.length - 1]}.leakproof-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        const fd = external_node_fs_default().openSync(tmp, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0), st.mode & 0o7777);
        try {
            external_node_fs_default().writeFileSync(fd, text);
            external_node_fs_default().fchmodSync(fd, st.mode & 0o7777);
        }
        catch (e) {
            external_node_fs_default().closeSync(fd);
            external_node_fs_default().rmSync(tmp, { force: true });
            throw e;
        }
        external_node_fs_default().closeSync(fd);
        external_node_fs_default().renameSync(tmp, file);
    }
}

;// CONCATENATED MODULE: ./src/fix/plan.ts



















/** The rules whose findings a planner fixes by editing the file where they were found. */
const EDITED = new Set(['hardcoded-secret-key', 'secret-key-fallback', 'dotenv-template-secret', 'git-credentials']);
/**
 * Plans a fix for each finding, from the files as they are now: pure
 * planners (one per kind of fix) return edits; this gathers what they read,
 * adds the `.gitignore`, template and local `.env` entries, and turns every
 * finding without a fix into the steps a person has to take.
 */
async function planFixes(findings, ws, opts) {
    const snapshot = new Map();
    const refused = new Map();
    const read = (rel) => {
        if (snapshot.has(rel))
            return snapshot.get(rel);
        if (refused.has(rel))
            return undefined;
        const r = ws.read(rel);
        if (r.kind === 'refused') {
            refused.set(rel, r.why);
            return undefined;
        }
        const text = r.kind === 'text' ? r.text : null;
        snapshot.set(rel, text);
        return text;
    };
    const exists = (rel) => isInsideRoot(rel) && typeof read(rel) === 'string';
    const views = new Map();
    const viewOf = (rel, text) => {
        let v = views.get(rel);
        if (!v)
            views.set(rel, (v = new SourceView(rel, text)));
        return v;
    };
    const fixes = [];
    /** The raw values of the findings located in each file, for redaction. */
    const rawValues = new Map();
    const manual = [];
    const needs = new Map();
    const textOf = (f) => {
        const text = isInsideRoot(f.path) ? read(f.path) : undefined;
        return typeof text === 'string' ? text : null;
    };
    const lineOf = (f) => {
        const text = textOf(f);
        return text !== null && f.line !== undefined ? viewOf(f.path, text).lineText(f.line) : null;
    };
    const toManual = (f, reason) => manual.push({
        ruleId: f.ruleId,
        finding: pick(f),
        steps: manualSteps(f, reason ? null : lineOf(f), ws.mode, textOf(f)),
        ...(reason ? { reason } : {}),
    });
    const untrackPlanned = new Set();
    for (const f of findings) {
        if (!isInsideRoot(f.path)) {
            toManual(f, `\`${f.path}\` is not a path inside the scanned folder`);
            continue;
        }
        // A dependency's code: an edit is lost at its next update, and its values are its authors' to change.
        if (f.context === 'vendored' && !f.ruleId.startsWith('git-')) {
            toManual(f, `\`${f.path}\` is vendored third-party code: an edit there is lost at the dependency's next update; update the dependency, or tell its maintainers if the value is real`);
            continue;
        }
        const untrack = UNTRACK_AND_IGNORE[f.ruleId];
        if (untrack && (untrack.appliesTo?.(f.path) ?? true)) {
            // One file, one fix: a `.git-credentials` file gives a finding per line it holds.
            if (untrackPlanned.has(f.path))
                continue;
            untrackPlanned.add(f.path);
            const out = await planUntrack(f, untrack, ws, read, refused);
            if (typeof out === 'string')
                toManual(f, out);
            // A file that stays tracked (Symfony's `.env`, React Native's `.xcode.env`, a project's `.npmrc`): no step untracks it,
            // its reason says what to do instead.
            else if ('stays' in out) {
                const steps = manualSteps(f, null, ws.mode, textOf(f));
                const untracks = steps.some((step) => step.includes('git rm --cached') || step.includes('.gitignore'));
                manual.push({ ruleId: f.ruleId, finding: pick(f), steps: untracks ? [`${out.stays.charAt(0).toUpperCase()}${out.stays.slice(1)}.`] : steps, reason: out.stays });
            }
            else
                fixes.push(out);
            continue;
        }
        if (!EDITED.has(f.ruleId)) {
            toManual(f);
            continue;
        }
        // A git directory's own `config` (`x/.git/config` in a shipped folder) goes with the directory.
        if (f.ruleId === 'git-credentials' && /(?:^|\/)\.git\//.test(f.path)) {
            toManual(f, `\`${f.path}\` belongs to a git directory: leave the directory out of what you ship`);
            continue;
        }
        // A key in a test is often the test's subject (a wrong or short key on purpose) or a fixture it needs as it is.
        if ((f.ruleId === 'hardcoded-secret-key' || f.ruleId === 'secret-key-fallback') && f.context === 'test') {
            toManual(f, 'a key in a test is often what the test is about (a wrong or short key on purpose) or a fixture it needs as it is, so it is not rewritten; if it is a real key, put a made-up one in its place');
            continue;
        }
        const text = read(f.path);
        if (text === undefined) {
            toManual(f, refused.get(f.path));
            continue;
        }
        if (text === null || f.line === undefined || f.column === undefined) {
            toManual(f, `\`${f.path}\` is gone since the scan`);
            continue;
        }
        const view = viewOf(f.path, text);
        let draft;
        let secret;
        const remember = (value) => {
            const values = rawValues.get(f.path) ?? [];
            values.push(value);
            rawValues.set(f.path, values);
        };
        if (f.ruleId === 'git-credentials') {
            const c = findUrlCredential(view, f.line, f.column, f.secret);
            if (!c) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            draft = c.draft;
            secret = c.values[0];
            for (const v of c.values)
                remember(v);
        }
        else if (f.ruleId === 'dotenv-template-secret' || f.remedy === 'empty-value') {
            // A template's value, or a default in a dotenv file the app loads at run time (`.env.example` read for defaults).
            const t = findTemplateValue(f, text);
            if (!t) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            draft = planPlaceholder(text, view.lineStart(t.line), t, f.remedy);
            // An app's own key that the file no longer gives goes into the local `.env` beside it, so the app keeps running
            // here; a provider's credential is issued by the provider, not made up.
            if (f.remedy === 'empty-value' && !('refused' in draft) && !t.inUrl && opts.settings.secretNames.matches(t.key) && !(0,service_credentials/* isServiceCredential */.h8)(t.key, (0,dotenv_names/* parseDotenv */.qd)(text).map((e) => e.key))) {
                draft.needs = { name: t.key, kind: keyKindFor(t.key, {}), envDir: dirOf(f.path), minLength: t.value.length };
            }
            secret = t.value;
            remember(secret);
        }
        else {
            const kind = f.ruleId === 'hardcoded-secret-key' ? 'hardcoded' : 'fallback';
            const o = findOccurrence(f, text, opts.settings, kind);
            if (!o) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            const start = view.lineStart(o.line) + o.column - 1;
            const located = { view, occurrence: o, start, end: start + (o.endColumn - o.column), exists };
            draft = kind === 'hardcoded' ? planHardcodedSecret(located) : planFallback(located);
            secret = o.value;
            remember(secret);
        }
        if ('refused' in draft) {
            toManual(f, draft.refused);
            continue;
        }
        if (draft.needs && (f.remedy === 'provider-issued' || (0,service_credentials/* isServiceCredential */.h8)(draft.needs.name, []))) {
            // A random key is no credential the service accepts: the person gets new ones from the service.
            const name = draft.needs.name;
            delete draft.needs;
            draft.followUp = [
                `Revoke the old value of ${name} where it was issued, with what the service issued beside it: it stays in git history.`,
                `Set ${name} to credentials the service issues for this application, wherever the app runs and in your ignored \`.env\`; leakproof makes none, since a made-up key is no credential the service accepts.`,
            ];
        }
        const fix = {
            ruleId: f.ruleId,
            finding: pick(f),
            // A placeholder in a template changes nothing that runs; emptying a value the app loads does.
            applicability: f.ruleId === 'dotenv-template-secret' && f.remedy !== 'empty-value' ? 'safe' : 'unsafe',
            title: draft.title,
            edits: [{ path: f.path, edits: draft.edits }],
            untrack: [],
            ignore: [],
            example: [],
            local: [],
            followUp: draft.followUp,
            secrets: [secret],
            freshKeys: [],
        };
        if (draft.needs)
            needs.set(fix, draft.needs);
        fixes.push(fix);
    }
    // A diff shows whole lines: every value found in a file is redacted in its diff, not only the fix's own.
    for (const fix of fixes) {
        const hidden = new Set(fix.secrets);
        for (const { path } of fix.edits)
            for (const v of rawValues.get(path) ?? [])
                hidden.add(v);
        for (const v of opts.found ?? [])
            hidden.add(v);
        fix.secrets = [...hidden];
    }
    dropOverlaps(fixes, manual);
    if (opts.localKeys)
        await planLocalKeys(fixes, needs, ws, read, refused);
    else
        for (const [fix, need] of needs)
            fix.followUp.push(`For local runs, put ${need.name} in your ignored \`.env\` (\`leakproof fix --write --unsafe\` writes a fresh one).`);
    const touched = new Set();
    for (const fix of fixes)
        for (const p of [...fix.untrack, ...fix.local.map((l) => l.file)])
            touched.add(p);
    return { root: ws.root, fixes, manual, snapshot, tracked: await ws.tracked([...touched]) };
}
function pick(f) {
    return {
        path: f.path,
        fingerprint: f.fingerprint,
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
        ...(f.secret !== undefined ? { secret: f.secret } : {}),
    };
}
/** The nearest `.gitignore` at or above a path (or the root's, to be created); a string when one is a symlink. */
function nearestGitignore(path, read, refused) {
    const candidates = gitignoreCandidates(path);
    for (const c of candidates) {
        const text = read(c);
        if (text === undefined)
            return { refused: refused.get(c) };
        if (text !== null)
            return c;
    }
    return candidates[candidates.length - 1];
}
/** The generic "stop tracking, ignore, keep a template" fix, for the rules listed in `UNTRACK_AND_IGNORE`. */
async function planUntrack(f, spec, ws, read, refused) {
    if (ws.mode !== 'git' || (f.status !== 'tracked' && f.status !== 'untracked')) {
        return 'outside a git work tree there is nothing to untrack: leave the file out of what you ship';
    }
    const stays = spec.keepByName?.(f.path);
    if (stays)
        return { stays };
    // The rule found what needs the file (`env_file:` in a compose file, a script that ships it): untracked, a fresh
    // clone's `docker compose up` or that script fails. Its finding says how to move the real values out instead.
    if (f.remedy === 'keep-file' && f.ruleId === 'secret-file') {
        return { stays: `every installation starts from \`${f.path}\` (an install script): keep it tracked, keep real accounts out of it, and make each installation change the passwords of the accounts it ships (at install or at the first login)` };
    }
    if (f.remedy === 'keep-file') {
        return {
            stays: f.message.includes('env_file')
                ? `a compose file loads \`${f.path}\` with \`env_file:\`, so a fresh clone needs it: keep it tracked, move its real values to an ignored file listed after it in \`env_file:\` (with \`required: false\`), leave placeholders here, and rotate the real ones`
                : `a script in the repository ships or copies \`${f.path}\`: keep it tracked, leave placeholders here, have each installation make values of its own, and rotate the real ones`,
        };
    }
    // The file's text is read only when a template or a reason to keep it needs it: untracking never opens the file.
    let text = null;
    if (spec.template || spec.keep) {
        const current = read(f.path);
        if (current === undefined)
            return refused.get(f.path);
        if (current === null)
            return `\`${f.path}\` is gone since the scan`;
        text = current;
        const keep = spec.keep?.(f.path, text, read);
        if (keep)
            return { stays: keep };
    }
    const fix = {
        ruleId: f.ruleId,
        finding: pick(f),
        applicability: 'safe',
        title: '',
        edits: [],
        untrack: f.status === 'tracked' ? [f.path] : [],
        ignore: [],
        example: [],
        local: [],
        followUp: [],
        secrets: text === null ? [] : dotenvValues(text),
        freshKeys: [],
    };
    const ignored = await ws.ignored([f.path]);
    if (!ignored.has(f.path)) {
        const gi = nearestGitignore(f.path, read, refused);
        if (typeof gi !== 'string')
            return gi.refused;
        fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, f.path), path: f.path });
    }
    const template = text === null ? null : spec.template?.(f.path, text);
    let templateNote = '';
    if (template) {
        const existing = read(template.file);
        if (existing === undefined) {
            fix.followUp.push(`List the keys of \`${f.path}\` in a template by hand: ${refused.get(template.file)}.`);
        }
        else {
            const have = existing === null ? new Set() : templateKeys(existing);
            const entries = template.entries.filter((e) => !have.has(e.key));
            if (entries.length > 0) {
                fix.example.push({ file: template.file, entries });
                templateNote = existing === null ? `, and write \`${template.file}\` with its keys` : `, and add its missing keys to \`${template.file}\``;
                if ((await ws.ignored([template.file])).has(template.file)) {
                    const gi = nearestGitignore(template.file, read, refused);
                    if (typeof gi === 'string')
                        fix.ignore.push({ gitignore: gi, pattern: `!${ignorePattern(gi, template.file)}`, path: template.file });
                }
            }
        }
    }
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    const ignoring = fix.ignore.some((e) => e.path === f.path);
    fix.title =
        (f.status === 'tracked'
            ? `stop tracking \`${f.path}\` (the local copy stays${ignoring ? '' : '; .gitignore already covers it'})`
            : `keep \`${f.path}\` out of the next commit`) +
            (ignoring ? ', ignore it' : '') +
            templateNote;
    if (f.status === 'tracked' && f.severity === 'error')
        fix.followUp.push(`Rotate the secrets \`${name}\` held: they stay in git history, in every clone.`);
    const loader = f.ruleId === 'dotenv-file' && f.status === 'tracked' ? composeReading(f.path, read) : null;
    if (loader) {
        const copy = template ? `copy \`${template.file}\` to \`${f.path}\` and set the values` : `create \`${f.path}\``;
        fix.followUp.push(`\`${loader}\` reads \`${name}\` (\`env_file:\`): in a fresh clone, ${copy} before \`docker compose up\`, or mark the entry \`required: false\`.`);
    }
    return fix;
}
/** The compose file beside a dotenv file (or at the root) whose `env_file:` names it, if any. */
function composeReading(path, read) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const name = path.slice(path.lastIndexOf('/') + 1);
    for (const folder of dir === '' ? [''] : [dir, '']) {
        for (const c of COMPOSE_FILES) {
            const file = folder === '' ? c : `${folder}/${c}`;
            const text = read(file);
            if (typeof text !== 'string' || !text.includes('env_file'))
                continue;
            const rel = folder === dir ? name : path;
            // `env_file: .env`, `env_file: [./.env]`, a list item `- .env`, or `path: ./.env` (compose 2.24).
            const mention = new RegExp(`(?:env_file:|^[ \\t]*-|path:)[^\\n]*?(?:^|[\\s\\[,'"])(?:\\./)?${(0,core_text/* escapeRegExp */.Nt)(rel)}(?=[\\s\\],'"]|$)`, 'm');
            if (mention.test(text))
                return file;
        }
    }
    return null;
}
/**
 * The values of a dotenv file that are redacted wherever a fix shows them: those the rule takes for secrets or
 * their stand-ins. The file's other values (`NODE_ENV=development`, `COMPOSE_PROJECT_NAME=shop`) are no secret,
 * and redacting them would hide the same words in a diff's code and `.gitignore` lines.
 */
function dotenvValues(text) {
    return (0,dotenv_file/* secretValues */.VX)(text, env_keys/* PUBLIC_ENV_PREFIXES */.tW).filter((v) => v.length >= 4);
}
/**
 * One fresh key per variable a fix makes the app need, in the local `.env`
 * it reads (the root's; a compose file's own folder's), so the app keeps
 * running on this machine. The file must stay out of git: it gets an
 * ignore entry when it has none, and a tracked one is written only when a
 * fix in this plan untracks it (the applier checks again before writing).
 */
async function planLocalKeys(fixes, needs, ws, read, refused) {
    const files = [...new Set([...needs.values()].map((n) => (n.envDir ? `${n.envDir}/.env` : '.env')))];
    const tracked = await ws.tracked(files);
    const ignored = await ws.ignored(files);
    const untracked = new Set(fixes.flatMap((f) => f.untrack));
    const ignoring = new Set(fixes.flatMap((f) => f.ignore.map((e) => e.path)));
    const generated = new Map();
    for (const [fix, need] of needs) {
        const file = need.envDir ? `${need.envDir}/.env` : '.env';
        const text = read(file);
        const setIt = `Set ${need.name} in your environment for local runs (\`leakproof keygen --for ${need.kind}\`)`;
        if (text === undefined) {
            fix.followUp.push(`${setIt}: ${refused.get(file)}.`);
            continue;
        }
        if (tracked.has(file) && !untracked.has(file)) {
            fix.followUp.push(`${setIt}: \`${file}\` is tracked by git, so leakproof writes no key into it.`);
            continue;
        }
        const existing = text === null ? undefined : (0,dotenv_names/* parseDotenv */.qd)(text).find((e) => e.key === need.name);
        // A value that was committed (the file is tracked now) or that is the old secret itself is compromised: it is replaced.
        // An empty one (`SECRET_KEY=` as `cp .env.example .env` leaves it) sets nothing: it is filled.
        if (existing && existing.value.trim() !== '' && !tracked.has(file) && !fix.secrets.includes(existing.value)) {
            fix.followUp.push(`\`${file}\` already sets ${need.name}; keep it only if that value was never committed.`);
            continue;
        }
        const id = `${file}\0${need.name}`;
        let value = generated.get(id);
        if (value === undefined)
            generated.set(id, (value = generateKey(need.kind, bytesFor(need))));
        fix.local.push({ file, name: need.name, value });
        fix.freshKeys.push(value);
        if (text !== null)
            fix.secrets.push(...dotenvValues(text));
        if (!ignored.has(file) && !ignoring.has(file)) {
            const gi = nearestGitignore(file, read, refused);
            if (typeof gi !== 'string') {
                fix.local.pop();
                fix.followUp.push(`${setIt}: ${gi.refused}.`);
                continue;
            }
            fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, file), path: file });
            ignoring.add(file);
        }
        fix.followUp.unshift(loadsDotenv(need.envDir, read)
            ? `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, so the app keeps running here; load it as you load the rest of your local settings.`
            : `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, but nothing in this project seems to load \`${file}\`: load it before local runs (\`set -a; . ./${file}; set +a\`, \`node --env-file=${file}\`, python-dotenv, dotenv-rails), or the app stops at start-up without ${need.name}.`);
    }
}
/**
 * The random bytes a fresh key needs to be at least as long as the value it replaces, when the format's default
 * is shorter; undefined for the default (and for formats of a fixed size: Django, Laravel).
 */
function bytesFor(need) {
    const spec = KEY_SPECS[need.kind];
    if (spec.defaultBytes === null || need.minLength === undefined)
        return undefined;
    const perByte = need.kind === 'jwt' || need.kind === 'base64' ? 4 / 3 : 2;
    const bytes = Math.ceil(need.minLength / perByte);
    return bytes > spec.defaultBytes ? Math.min(bytes, MAX_KEY_BYTES) : undefined;
}
/**
 * Two fixes that edit the same text cannot both apply: the later one is
 * left for a second run (identical edits, such as the same `import os`,
 * are one edit, and insertions at one place go one after the other).
 */
function dropOverlaps(fixes, manual) {
    const taken = new Map();
    for (let i = 0; i < fixes.length; i++) {
        const fix = fixes[i];
        const clash = fix.edits.some(({ path, edits }) => edits.some((e) => (taken.get(path) ?? []).some((t) => {
            if (t.start === e.start && t.end === e.end && t.text === e.text)
                return false;
            if (t.start === t.end && e.start === e.end)
                return false;
            return e.start < t.end && t.start < e.end ? true : (e.start === e.end && e.start > t.start && e.start < t.end) || (t.start === t.end && t.start > e.start && t.start < e.end);
        })));
        if (clash) {
            manual.push({
                ruleId: fix.ruleId,
                finding: fix.finding,
                steps: ['Run `leakproof fix` again once the other fixes are applied: this one edits the same text.'],
                reason: 'it overlaps another fix in the same file',
            });
            fixes.splice(i--, 1);
            continue;
        }
        for (const { path, edits } of fix.edits)
            taken.set(path, [...(taken.get(path) ?? []), ...edits]);
    }
}

;// CONCATENATED MODULE: ./src/fix/materialize.ts


/** The first line of a template written for a dotenv file: `.env.example` for `.env`, `mysql.env.example` for `mysql.env`. */
function templateHeader(file) {
    const copy = file.slice(file.lastIndexOf('/') + 1).replace(/\.example$/, '');
    return `# Copy to ${copy} and set the real values there; ${copy} stays out of git.`;
}
const LOCAL_HEADER = '# Settings for this machine only: ignored by git, never commit this file.';
/**
 * What a set of fixes does to the files, combined: every rendering (the
 * dry run's diff, `--write`, a pull request's suggested changes) and the
 * applier use this one function, so they always agree.
 */
function materialize(plan, fixes) {
    const after = new Map();
    const local = new Set();
    const current = (path) => after.get(path) ?? plan.snapshot.get(path) ?? null;
    const eolOf = (path) => (/\r\n/.test(plan.snapshot.get(path) ?? '') ? '\r\n' : '\n');
    const edits = new Map();
    fixes.forEach((fix, order) => {
        for (const { path, edits: list } of fix.edits) {
            const all = edits.get(path) ?? [];
            for (const edit of list) {
                if (!all.some((x) => x.edit.start === edit.start && x.edit.end === edit.end && x.edit.text === edit.text))
                    all.push({ edit, order });
            }
            edits.set(path, all);
        }
    });
    for (const [path, list] of edits) {
        const before = plan.snapshot.get(path);
        if (typeof before !== 'string')
            continue;
        after.set(path, applyEdits(before, list));
    }
    const examples = new Map();
    for (const fix of fixes) {
        for (const ex of fix.example) {
            const lines = examples.get(ex.file) ?? [];
            const have = new Set(lines.map((l) => l.slice(0, l.indexOf('='))));
            for (const e of ex.entries)
                if (!have.has(e.key))
                    lines.push(`${e.key}=${e.value}`);
            examples.set(ex.file, lines);
        }
    }
    for (const [file, lines] of examples)
        after.set(file, appendLines(current(file), lines, eolOf(file), templateHeader(file)));
    const ignores = new Map();
    for (const fix of fixes)
        for (const e of fix.ignore)
            ignores.set(e.gitignore, [...(ignores.get(e.gitignore) ?? []), e.pattern]);
    for (const [file, patterns] of ignores)
        after.set(file, appendLines(current(file), patterns, eolOf(file)));
    const values = new Map();
    for (const fix of fixes) {
        for (const l of fix.local) {
            const m = values.get(l.file) ?? new Map();
            if (!m.has(l.name))
                m.set(l.name, l.value);
            values.set(l.file, m);
        }
    }
    for (const [file, m] of values) {
        after.set(file, setDotenvValues(current(file), m, eolOf(file)));
        local.add(file);
    }
    const changes = [];
    for (const [path, text] of after) {
        const before = plan.snapshot.get(path) ?? null;
        if (text !== (before ?? '') || (before === null && text !== ''))
            changes.push({ path, before, after: text, local: local.has(path) });
    }
    changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { changes, untrack: [...new Set(fixes.flatMap((f) => f.untrack))].sort() };
}
/** Applies non-overlapping edits; insertions at one place keep the order of their fixes. */
function applyEdits(text, list) {
    const sorted = [...list].sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
    let out = '';
    let at = 0;
    for (const { edit } of sorted) {
        if (edit.start < at)
            throw new Error('overlapping edits');
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
/** A dotenv value as the file must hold it: single quotes (no expansion) unless it is one plain word. */
function dotenvValue(value) {
    return /^[A-Za-z0-9_.:/+=\-]*$/.test(value) ? value : `'${value}'`;
}
/** Sets `NAME=value` lines: a line that sets the name already gets the new value, others are appended. */
function setDotenvValues(before, values, eol) {
    let text = before ?? '';
    const append = [];
    const entries = (0,dotenv_names/* parseDotenv */.qd)(text);
    for (const [name, value] of values) {
        const e = entries.find((x) => x.key === name);
        if (!e) {
            append.push(`${name}=${dotenvValue(value)}`);
            continue;
        }
        // Replace from the value's start to the end of its line (a quoted value: its quotes too).
        const lines = text.split(/(?<=\r\n|\r|\n)/);
        const line = lines[e.line - 1];
        const body = line.replace(/[\r\n]+$/, '');
        const ending = line.slice(body.length);
        const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)/.exec(body);
        lines[e.line - 1] = m[1] + dotenvValue(value) + ending;
        text = lines.join('');
    }
    if (append.length === 0)
        return text;
    return appendLines(before === null ? null : text, append, eol, LOCAL_HEADER);
}

;// CONCATENATED MODULE: ./src/report/diff.ts
/** Splits text into lines without their endings; a missing final line ending is not an empty line. */
function toLines(text) {
    if (text === null || text === '')
        return [];
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Edit distance beyond which the diff shows the whole file replaced, so a pathological input cannot stall it. */
const MAX_D = 2000;
/**
 * Myers' O(ND) difference of two line lists, as the edit script of kept,
 * removed and added lines. Fixes change a handful of lines, so D is small.
 */
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const core = script(a.slice(start, endA), b.slice(start, endB));
    const ops = [...Array(start).fill(' '), ...core, ...Array(a.length - endA).fill(' ')];
    const out = [];
    let i = 0;
    let j = 0;
    for (const op of ops) {
        if (op === ' ')
            out.push({ op, text: a[i], oldLine: ++i, newLine: ++j });
        else if (op === '-')
            out.push({ op, text: a[i], oldLine: ++i, newLine: j });
        else
            out.push({ op, text: b[j], oldLine: i, newLine: ++j });
    }
    return out;
}
function script(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return Array(m).fill('+');
    if (m === 0)
        return Array(n).fill('-');
    const max = Math.min(n + m, MAX_D);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, offset, n, m, d);
        }
    }
    return [...Array(n).fill('-'), ...Array(m).fill('+')];
}
function backtrack(trace, offset, n, m, dEnd) {
    const ops = [];
    let x = n;
    let y = m;
    for (let d = dEnd; d > 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push(' ');
            x--;
            y--;
        }
        if (down) {
            ops.push('+');
            y--;
        }
        else {
            ops.push('-');
            x--;
        }
    }
    while (x > 0 && y > 0) {
        ops.push(' ');
        x--;
        y--;
    }
    return ops.reverse();
}
/** The changed lines grouped into hunks with `context` kept lines around each. */
function hunks(lines, context) {
    const out = [];
    const changed = lines.map((l, i) => (l.op === ' ' ? -1 : i)).filter((i) => i >= 0);
    let k = 0;
    while (k < changed.length) {
        let from = Math.max(0, changed[k] - context);
        let to = Math.min(lines.length - 1, changed[k] + context);
        while (k + 1 < changed.length && changed[k + 1] - context <= to + 1) {
            k++;
            to = Math.min(lines.length - 1, changed[k] + context);
        }
        k++;
        const slice = lines.slice(from, to + 1);
        const first = lines[from];
        const oldCount = slice.filter((l) => l.op !== '+').length;
        const newCount = slice.filter((l) => l.op !== '-').length;
        out.push({
            oldStart: first.op === '+' ? first.oldLine + (oldCount === 0 ? 0 : 1) : first.oldLine,
            oldCount,
            newStart: first.op === '-' ? first.newLine + (newCount === 0 ? 0 : 1) : first.newLine,
            newCount,
            lines: slice,
        });
        from = to + 1;
    }
    return out;
}
/** `git diff`-style text of one file's change; `render` turns each line's text into what is printed (e.g. redacted). */
function unifiedDiff(path, before, after, opts = {}) {
    const render = opts.render ?? ((s) => s);
    const lines = diffLines(toLines(before), toLines(after));
    const out = [before === null ? '--- /dev/null' : `--- a/${path}`, `+++ b/${path}`];
    for (const h of hunks(lines, opts.context ?? 3)) {
        out.push(`@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@`);
        for (const l of h.lines)
            out.push(l.op + render(l.text));
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/fix.ts






/**
 * Replaces every secret in a line with its redacted form. Short values are
 * replaced only where a value stands (inside quotes, or after `=` or `:`),
 * so `dev` does not eat `development`, nor `secret` the option name in
 * `secret: 'secret'`, nor `test` a `.gitignore` line's folder.
 */
function redactor(secrets, fresh = []) {
    const freshKeys = new Set(fresh);
    const values = [...new Set([...secrets, ...freshKeys].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    // What no rule reported may still be a key on a line the diff shows (a PEM body's other lines): it goes too.
    if (values.length === 0)
        return redact/* redactKeyMaterial */.g;
    const pattern = values.map((v) => (v.length < 8 ? `(?<=['"\`]|[=:][ \\t]*)${(0,core_text/* escapeRegExp */.Nt)(v)}(?=['"\`]|[ \\t]*(?:$|[,;)#]))` : (0,core_text/* escapeRegExp */.Nt)(v))).join('|');
    const re = new RegExp(pattern, 'g');
    // A generated key is new: nothing of it is shown, not even the first characters.
    return (line) => (0,redact/* redactKeyMaterial */.g)(line.replace(re, (m) => (freshKeys.has(m) ? `<fresh key, ${m.length} chars>` : (0,redact/* redact */.E)(m))));
}
/** The redactor for everything a plan touches: the old secrets, the values of dotenv files read, the generated keys. */
function planRedactor(plan) {
    return redactor(plan.fixes.flatMap((f) => f.secrets), plan.fixes.flatMap((f) => f.freshKeys));
}
function fix_where(f) {
    return f.line === undefined ? f.path : `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}
/** The diff of one set of fixes on top of another, file by file; local files show only their changed lines. */
function fixDiff(plan, base, more, redactLine) {
    const from = materialize(plan, base);
    const to = materialize(plan, [...base, ...more]);
    const before = new Map(from.changes.map((c) => [c.path, c.after]));
    const out = [];
    for (const path of to.untrack.filter((p) => !from.untrack.includes(p)))
        out.push(`$ git rm --cached -- ${path}`);
    for (const c of to.changes) {
        const prev = before.has(c.path) ? before.get(c.path) : c.before;
        if (prev === c.after)
            continue;
        out.push(diffOf(c, prev, redactLine));
    }
    return out;
}
function diffOf(c, prev, redactLine) {
    const render = c.local ? (l) => printable_printable(localLine(l, redactLine), true) : (l) => printable_printable(redactLine(l), true);
    const text = unifiedDiff(c.path, prev, c.after, { context: c.local ? 0 : 3, render });
    return c.local ? text.replace(/^\+\+\+ (.*)$/m, '+++ $1  (local, ignored by git: never committed)') : text;
}
/** A line of the local `.env`: every value is shown redacted, however short (a fresh key by its length only). */
function localLine(line, redactLine) {
    const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)(['"]?)(.*?)\2\s*$/.exec(line);
    if (!m || m[3] === '')
        return redactLine(line);
    const shown = redactLine(m[3]);
    return `${m[1]}${m[2]}${shown !== m[3] ? shown : (0,redact/* redact */.E)(m[3])}${m[2]}`;
}
/**
 * The text `leakproof fix` prints: the safe fixes and their diff, the
 * unsafe ones and theirs, the steps a person has to take, what to do after,
 * and one line that says what happened. Every secret is redacted.
 */
function formatFixPlan(plan, opts) {
    const c = opts.colors;
    const redactLine = planRedactor(plan);
    const safe = plan.fixes.filter((f) => f.applicability === 'safe');
    const unsafe = plan.fixes.filter((f) => f.applicability === 'unsafe');
    const out = [];
    const color = (line) => (line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line);
    const section = (title, fixes, base) => {
        if (fixes.length === 0)
            return;
        out.push(c.bold(title), '');
        for (const f of fixes)
            out.push(`  ${fix_where(f.finding)}  ${f.ruleId}  ${printable(f.title)}`);
        out.push('');
        for (const d of fixDiff(plan, base, fixes, redactLine))
            out.push(...d.replace(/\n$/, '').split('\n').map(color), '');
    };
    section('Safe fixes (--write applies them)', safe, []);
    section('Unsafe fixes: they change what the code does (--write --unsafe applies them)', unsafe, safe);
    if (plan.manual.length > 0) {
        out.push(c.bold('Needs a person'), '');
        for (const m of plan.manual)
            out.push(...manualLines(m));
    }
    const followUp = orderFollowUp(plan.fixes.flatMap((f) => f.followUp));
    if (followUp.length > 0) {
        out.push(c.bold('After fixing'), '');
        for (const line of followUp)
            out.push(`  - ${printable(redactLine(line))}`);
        out.push('');
    }
    out.push(summaryLine(plan, opts));
    return out.join('\n') + '\n';
}
/** Rotating comes first, then setting the variables where the app runs, then notes about this machine. */
function orderFollowUp(lines) {
    const rank = (l) => (/^Rotate\b|^If\b/.test(l) ? 0 : /^(?:Set|Make sure|Add)\b/.test(l) ? 1 : 2);
    // One "Set X wherever the app runs" per variable, though a literal's fix and a default's word it differently.
    const setting = new Set();
    const once = [...new Set(lines)].filter((l) => {
        const name = /^Set ([A-Za-z_][A-Za-z0-9_]*) wherever the app runs\b/.exec(l)?.[1];
        if (name === undefined)
            return true;
        if (setting.has(name))
            return false;
        setting.add(name);
        return true;
    });
    return once.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l);
}
function manualLines(m) {
    const lines = [`  ${fix_where(m.finding)}  ${m.ruleId}${m.finding.secret ? `  [${m.finding.secret}]` : ''}${m.reason ? `: no automatic fix, ${printable(m.reason)}` : ''}`];
    m.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${printable(s)}`));
    lines.push('');
    return lines;
}
function summaryLine(plan, opts) {
    const c = opts.colors;
    const safe = plan.fixes.filter((f) => f.applicability === 'safe').length;
    const unsafe = plan.fixes.length - safe;
    const people = plan.manual.length;
    if (plan.fixes.length === 0 && people === 0)
        return `${c.green('\u2714')} Nothing to fix.`;
    const found = `${plural(plan.fixes.length, 'fix', 'fixes')} (${safe} safe, ${unsafe} unsafe)${people > 0 ? `; ${plural(people, 'finding')} ${people === 1 ? 'needs' : 'need'} a person` : ''}`;
    if (!opts.write) {
        const next = safe + unsafe === 0 ? '' : unsafe > 0 ? ' Apply with `leakproof fix --write` (safe fixes) or `--write --unsafe` (all).' : ' Apply with `leakproof fix --write`.';
        return `${found}. Dry run: nothing was changed.${next}`;
    }
    const r = opts.applied;
    const parts = [`applied ${plural(r.applied.length, 'fix', 'fixes')}`];
    if (r.untracked.length > 0)
        parts.push(`untracked ${r.untracked.join(', ')}`);
    if (r.written.length > 0)
        parts.push(`wrote ${r.written.join(', ')}`);
    // A check mark only when nothing is left: findings that need a person (exit code 1) get a warning sign.
    const mark = people > 0 || r.skipped.length > 0 || r.notWritten.length > 0 ? c.yellow('!') : c.green('\u2714');
    const lines = [`${mark} ${found}: ${parts.join('; ')}.`];
    for (const s of r.skipped)
        lines.push(`${c.yellow('!')} skipped ${fix_where(s.fix.finding)} (${s.fix.ruleId}): ${printable(s.why)}; run \`leakproof fix\` again.`);
    for (const n of r.notWritten)
        lines.push(`${c.yellow('!')} did not write ${n.path}: ${printable(n.why)}.`);
    if (!opts.unsafe && unsafe > 0)
        lines.push(`${plural(unsafe, 'unsafe fix', 'unsafe fixes')} left as they are: review the diff above, then run \`leakproof fix --write --unsafe\`.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/action/suggestions.ts









/** The lines of `text` in a fence longer than any run of backticks in it (a last empty line stays a line). */
function fence(text, info) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}${info}\n${text}\n${f}`;
}
/**
 * Turns each fix that edits existing lines into GitHub suggested changes,
 * one per changed block: the block's lines (an insertion takes the line
 * above it along) replaced by the fixed ones. A fix is suggested whole or
 * not at all: a partial one (the literal replaced without its `import os`)
 * would break the code.
 */
function buildSuggestions(plan, onDiff, pathPrefix, 
/** Every raw value the scan found: no suggestion may carry one, not even on a line it only keeps. */
found = []) {
    const out = { suggestions: [], elsewhere: [] };
    const secrets = [...plan.fixes.flatMap((f) => f.secrets), ...found].filter((s) => s.length >= 4);
    for (const fix of plan.fixes) {
        if (fix.edits.length === 0 || fix.untrack.length + fix.example.length > 0)
            continue;
        const { changes } = materialize(plan, [fix]);
        const parts = [];
        let ok = true;
        for (const c of changes) {
            if (c.local || c.before === null)
                continue;
            const before = toLines(c.before);
            for (const h of hunks(diffLines(before, toLines(c.after)), 0)) {
                const added = h.lines.filter((l) => l.op === '+').map((l) => l.text);
                let start = h.oldStart;
                let end = h.oldStart + h.oldCount - 1;
                let body = added;
                if (h.oldCount === 0) {
                    // An insertion: suggest it on the line above (or below, at the top of the file), which it keeps.
                    if (h.oldStart >= 1) {
                        start = end = h.oldStart;
                        body = [before[h.oldStart - 1], ...added];
                    }
                    else {
                        start = end = 1;
                        body = [...added, before[0] ?? ''];
                    }
                }
                const lines = Array.from({ length: end - start + 1 }, (_, i) => start + i);
                const text = body.join('\n');
                if (!lines.every((n) => onDiff(c.path, n)) || secrets.some((s) => text.includes(s)))
                    ok = false;
                parts.push({ fix, path: pathPrefix + c.path, line: end, ...(start < end ? { start_line: start } : {}), body: text });
            }
        }
        if (!ok || parts.length === 0) {
            out.elsewhere.push(fix);
            continue;
        }
        parts.forEach((p, i) => {
            const head = `**leakproof** \u00b7 \`${fix.ruleId}\` \u00b7 ${fix.applicability === 'safe' ? 'safe fix' : 'unsafe fix: it changes what the code does'}: ${inlineCode(fix.title)}`;
            const together = parts.length > 1 ? `\n\nPart ${i + 1} of ${parts.length} of this fix: apply them together (add each to a batch).` : '';
            const after = i === parts.length - 1 && fix.followUp.length > 0 ? `\n\n${fix.followUp.map((l) => `- ${inlineCode(l)}`).join('\n')}` : '';
            out.suggestions.push({ ...p, body: `${head}${together}\n\n${fence(p.body, 'suggestion')}${after}` });
        });
    }
    return out;
}
/** The same changes as Markdown for the job summary, every secret redacted. */
function suggestionsMarkdown(plan, fixes, why) {
    const red = planRedactor(plan);
    const lines = ['### leakproof: suggested fixes', '', `> [!NOTE]\n> ${esc(why)}`, ''];
    for (const fix of fixes) {
        const at = `${fix.finding.path}${fix.finding.line !== undefined ? `:${fix.finding.line}` : ''}`;
        lines.push(`**${esc(at)}** \u00b7 \`${fix.ruleId}\` \u00b7 ${fix.applicability}: ${inlineCode(fix.title)}`, '');
        lines.push(fence(fixDiff(plan, [], [fix], red).join('\n').replace(/\n+$/, ''), 'diff'), '');
    }
    const followUp = orderFollowUp(fixes.flatMap((f) => f.followUp));
    if (followUp.length > 0)
        lines.push('Then:', '', ...followUp.map((l) => `- ${inlineCode(red(l))}`), '');
    return lines.join('\n');
}
/** A pull request from a fork gets a read-only token: no review can be posted. */
function isFork(payload) {
    const pr = payload?.pull_request;
    const head = pr?.head?.repo;
    if (head === null)
        return true;
    const base = pr?.base?.repo?.full_name;
    return head?.fork === true || (typeof head?.full_name === 'string' && typeof base === 'string' && head.full_name !== base);
}
/**
 * The Action's `suggestions` input: one review on the pull request with a
 * suggested change for each fix. Without write access (HTTP 403), on a
 * fork, or when the diff is not known, the step goes on and the job summary
 * shows the same diffs, with one notice saying why.
 */
async function suggestFixes(req) {
    const pull = req.event.pull;
    if (!pull) {
        core/* info */.pq('Suggestions are made on pull requests only.');
        return;
    }
    const active = req.result.findings.filter((f) => !f.suppressed && f.line !== undefined);
    const ws = new FolderWorkspace(req.result.root, req.result.mode);
    const plan = await planFixes(active, ws, { settings: req.settings, localKeys: false, found: req.result.secretValues });
    const onDiff = req.onDiff;
    const built = buildSuggestions(plan, onDiff ?? (() => false), req.pathPrefix, req.result.secretValues);
    const all = [...built.suggestions.map((s) => s.fix), ...built.elsewhere].filter((f, i, a) => a.indexOf(f) === i);
    if (all.length === 0) {
        core/* info */.pq('No finding on the changed lines has an automatic fix to suggest.');
        return;
    }
    const fallback = async (why, fixes) => {
        core/* notice */.lm(`leakproof: ${printable_printable(why)}`);
        const md = suggestionsMarkdown(plan, fixes, why);
        if (req.summary && process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw(md, true).write();
        else
            core/* info */.pq(md);
    };
    if (!onDiff)
        return fallback('the lines this pull request changes are not known, so no suggested change was posted; the job summary shows the fixes as diffs.', all);
    if (isFork(req.payload)) {
        return fallback('suggested changes are not posted on pull requests from forks, whose token cannot write to the pull request; the job summary shows the same changes as diffs.', all);
    }
    if (!req.rest?.token)
        return fallback('no token was given, so no suggested change was posted; the job summary shows the same changes as diffs.', all);
    if (built.suggestions.length > 0) {
        const fixes = [...new Set(built.suggestions.map((s) => s.fix))];
        const unsafe = fixes.filter((f) => f.applicability === 'unsafe').length;
        const body = `**leakproof** suggests ${fixes.length === 1 ? 'a fix' : `${fixes.length} fixes`} for secrets on the lines this pull request changes` +
            `${unsafe > 0 ? ` (${unsafe} unsafe: the code then needs the variable to start)` : ''}. ` +
            'The old values are in the history of this branch: rotate them as well.';
        try {
            await createReview({
                ...req.rest,
                number: pull.number,
                ...(pull.headSha ? { commitId: pull.headSha } : {}),
                body,
                comments: built.suggestions.map(({ fix: _fix, ...c }) => c),
            });
            core/* info */.pq(`Posted a review with ${built.suggestions.length} suggested ${built.suggestions.length === 1 ? 'change' : 'changes'}.`);
        }
        catch (e) {
            const status = e.status;
            const why = status === 403
                ? 'the token cannot write to this pull request (HTTP 403), so no suggested change was posted: grant `pull-requests: write` to the job. The job summary shows the same changes as diffs.'
                : `GitHub did not accept the review (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)}); the job summary shows the same changes as diffs.`;
            return fallback(why, all);
        }
    }
    if (built.elsewhere.length > 0) {
        await fallback(`${built.elsewhere.length === 1 ? 'a fix touches' : `${built.elsewhere.length} fixes touch`} lines outside this pull request's diff, so ${built.elsewhere.length === 1 ? 'it is' : 'they are'} shown in the job summary instead.`, built.elsewhere);
    }
}

;// CONCATENATED MODULE: ./src/action/run.ts

























const RANK = { error: 3, warning: 2, notice: 1 };
/** Exit code for bad input, as the CLI uses. */
const EXIT_USAGE = 2;
/** The Action: inputs \u2192 scope \u2192 scan \u2192 reports \u2192 outputs \u2192 pass or fail. */
async function runAction(env = process.env) {
    try {
        const inputs = readInputs((name) => core/* getInput */.V4(name));
        await runWith(inputs, env);
    }
    catch (e) {
        if (e instanceof InputError || e instanceof ScanInputError || e instanceof schema_ConfigError || e instanceof engine_baseline/* BaselineError */.s$) {
            core/* setFailed */.C1(`leakproof: ${e.message}`);
            process.exitCode = EXIT_USAGE;
            return;
        }
        core/* setFailed */.C1(`leakproof: ${e instanceof Error ? e.message : String(e)}`);
        if (e instanceof Error && e.stack)
            core/* debug */.Yz(e.stack);
    }
}
async function runWith(inputs, env) {
    const workspace = external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const root = await scanRoot(workspace, inputs.path, env);
    const rel = external_node_path_.relative(workspace, root).split(external_node_path_.sep).join('/');
    const pathPrefix = rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? `${rel}/` : '';
    const payload = await readPayload(env.GITHUB_EVENT_PATH);
    const event = parseEvent(env.GITHUB_EVENT_NAME ?? '', payload);
    const rest = restRepo(inputs, env);
    const settings = await loadSettings({
        workspace,
        rootPrefix: pathPrefix,
        ...(inputs.config ? { configInput: inputs.config } : {}),
        ...(inputs.baseline ? { baselineInput: inputs.baseline } : {}),
        event,
        ...(rest ? { rest } : {}),
        getFileAt: getFileAt,
        log: (line) => core/* info */.pq(printable_printable(line)),
    });
    for (const note of settings.notes)
        core/* notice */.lm(`leakproof: ${printable_printable(note)}.`);
    if (settings.config.file)
        core/* info */.pq(`Configuration: ${printable_printable(settings.config.file)}`);
    const decision = await decideScope(inputs, event, root, pathPrefix, env);
    const scopeInfo = decision.kind === 'changed' ? { kind: 'changed', files: decision.set.paths.length, source: decision.set.source } : decision;
    if (decision.kind === 'changed') {
        core/* info */.pq(`Scope: ${stats_plural(decision.set.paths.length, 'changed file')} (from ${decision.set.source}).`);
    }
    else if (decision.reason) {
        core/* notice */.lm(`leakproof scans every file: ${printable_printable(decision.reason)}.`);
    }
    else
        core/* info */.pq('Scope: all files.');
    const scanned = await scan({
        root,
        ...scanOptionsFromConfig(settings.config),
        ...(settings.baseline ? { baseline: settings.baseline } : {}),
        ...(decision.kind === 'changed' ? { paths: decision.set.paths } : {}),
    });
    mask(scanned.secretValues);
    // Against a base, each finding is new or was already there, and suppressions the change adds are named.
    // Only a pull request is judged this way; a push with scope: changed still answers for every changed file.
    const result = decision.kind === 'changed' && event.pull ? novelty_judgeAgainstBase(scanned, new novelty_BaseChanges(decision.set.files)) : scanned;
    const verdict = judge(result, { failOnExisting: inputs.failOnExisting, prSuppressions: inputs.prSuppressions });
    // The text report shows names with visible escapes, and the whole log is inert, so no scanned name can act as a command.
    core/* info */.pq(inert(formatText(result, { colors: palette(false) })));
    for (const err of result.errors)
        core/* info */.pq(`leakproof: could not read ${printable_printable(err.path)}: ${printable_printable(err.message)}; skipped`);
    const repoFindings = result.findings.map((f) => ({ ...f, path: pathPrefix + f.path }));
    let notAnnotated = 0;
    if (inputs.annotations) {
        const changed = decision.kind === 'changed' ? onChangedLine(decision.set) : undefined;
        const plan = planAnnotations(verdict.annotate, {
            max: inputs.maxAnnotations,
            ...(changed ? { changedLines: changed } : {}),
        });
        for (const a of plan.annotations)
            process.stdout.write(annotationCommand({ ...a, file: pathPrefix + a.file }) + external_node_os_.EOL);
        notAnnotated = plan.omitted;
        if (notAnnotated > 0)
            core/* info */.pq(`${stats_plural(notAnnotated, 'more finding')} not annotated (GitHub limits annotations per step); see the job summary.`);
    }
    const tmp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    await (0,promises_.mkdir)(tmp, { recursive: true });
    const reportFile = external_node_path_.join(tmp, 'leakproof-report.json');
    await (0,promises_.writeFile)(reportFile, formatJson(result, inputs.path));
    let sarifFile = '';
    if (inputs.sarif) {
        sarifFile = external_node_path_.resolve(workspace, inputs.sarif);
        await (0,promises_.mkdir)(external_node_path_.dirname(sarifFile), { recursive: true });
        await (0,promises_.writeFile)(sarifFile, formatSarif({ findings: repoFindings }));
        core/* info */.pq(`SARIF written to ${printable_printable(sarifFile)}`);
    }
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
        const md = formatSummary({
            result,
            scope: scopeInfo,
            pathPrefix,
            notAnnotated,
            notes: settings.notes,
            ...(verdict.base ? { base: verdict.base } : {}),
            ...(sarifFile ? { sarifFile } : {}),
            ...(env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && (event.pull?.headSha ?? env.GITHUB_SHA)
                ? { link: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: (event.pull?.headSha ?? env.GITHUB_SHA) } }
                : {}),
        });
        await core/* summary */.z.addRaw(md, true).write();
    }
    if (inputs.suggestions) {
        const changed = decision.kind === 'changed' ? onChangedLine(decision.set) : undefined;
        const options = scanOptionsFromConfig(settings.config);
        await suggestFixes({
            result,
            pathPrefix,
            event,
            payload,
            ...(rest ? { rest } : {}),
            ...(changed ? { onDiff: (p, line) => changed(p, line) } : {}),
            settings: (0,pipeline/* ruleSettings */.I8)(options, (0,core_globs/* contextOverrides */.Tl)(options.contexts)),
            summary: inputs.summary,
        });
    }
    const counts = countBySeverity(result.findings);
    const outputs = {
        findings: counts.error + counts.warning + counts.notice,
        errors: counts.error,
        warnings: counts.warning,
        notices: counts.notice,
        'sarif-file': sarifFile,
        report: reportFile,
    };
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
    const failOn = inputs.failOn ?? settings.config.failOn ?? 'error';
    const failing = countAtLeast(verdict.counted, failOn);
    if (failing > 0) {
        const from = inputs.failOn ? 'input fail-on' : settings.config.failOn ? `failOn in ${printable_printable(settings.config.file ?? 'the configuration')}` : 'the default fail-on';
        core/* setFailed */.C1(`leakproof: ${stats_plural(failing, 'finding')} at or above "${failOn}" (${from})`);
    }
}
async function decideScope(inputs, event, root, pathPrefix, env) {
    const wantChanged = inputs.scope === 'changed' || (inputs.scope === 'auto' && PR_EVENTS.includes(event.name));
    if (!wantChanged)
        return { kind: 'all' };
    const rest = restRepo(inputs, env);
    return changed_changedFiles({
        root,
        event,
        fallbackPrefix: pathPrefix,
        ...(rest ? { rest } : {}),
        listPullFiles: listPullFiles,
        log: (line) => core/* info */.pq(printable_printable(line)),
    });
}
function restRepo(inputs, env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return owner && repo ? { token: inputs.token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', owner, repo } : undefined;
}
async function readPayload(file) {
    if (!file)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        core/* warning */.$e(`leakproof: could not read the event payload at ${printable_printable(file)}`);
        return {};
    }
}
/** Registers raw values with the runner's log masking (see `maskable` for which). */
function mask(values) {
    for (const v of maskable(values))
        core/* setSecret */.Pq(v);
}
function countAtLeast(findings, failOn) {
    if (failOn === 'never')
        return 0;
    return findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
}
/**
 * The scanned folder: `path` resolved against the workspace, which must land
 * inside the workspace or the runner's temporary folder (symbolic links
 * resolved), so the input cannot point a scan at the runner's own files.
 */
async function scanRoot(workspace, input, env) {
    const root = external_node_path_.resolve(workspace, input);
    const allowed = [workspace, ...(env.RUNNER_TEMP ? [external_node_path_.resolve(env.RUNNER_TEMP)] : [])];
    const real = await (0,promises_.realpath)(root).catch(() => root);
    const realAllowed = await Promise.all(allowed.map((a) => (0,promises_.realpath)(a).catch(() => a)));
    const inside = (p, dirs) => dirs.some((d) => p === d || p.startsWith(d.endsWith(external_node_path_.sep) ? d : d + external_node_path_.sep));
    if (!inside(root, allowed) || !inside(real, realAllowed)) {
        throw new InputError(`input "path" must be a folder inside the workspace${env.RUNNER_TEMP ? ' or RUNNER_TEMP' : ''} (got "${printable_printable(input)}", which resolves to ${printable_printable(real)})`);
    }
    return root;
}


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   IX: () => (/* binding */ globLists),
/* harmony export */   Tl: () => (/* binding */ contextOverrides),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   wz: () => (/* binding */ loadGlobs)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);

let Minimatch;
/**
 * Loads the glob library if any of these lists holds a glob: a scan whose
 * configuration has none never parses it. Call before `pathMatcher` and
 * `contextOverrides` are given globs.
 */
async function loadGlobs(...lists) {
    if (Minimatch || !lists.some((l) => (l?.length ?? 0) > 0))
        return;
    Minimatch = (await __webpack_require__.e(/* import() */ 581).then(__webpack_require__.bind(__webpack_require__, 3581))).Minimatch;
}
/** Every glob list of a scan's options, for `loadGlobs`. */
function globLists(opts) {
    return [opts.ignore, ...Object.values(opts.contexts ?? {}), ...(opts.allow ?? []).map((a) => a.paths)];
}
/**
 * Why a glob cannot be used, or null when it can. minimatch takes almost any
 * string literally, so the mistakes that would silently match nothing are
 * caught here instead.
 */
function globProblem(glob) {
    if (glob.trim() === '')
        return 'is empty';
    if (glob.includes('\\'))
        return 'uses a backslash; write paths with / (POSIX), relative to the scanned root';
    if (glob.startsWith('/'))
        return 'is absolute; write it relative to the scanned root, e.g. "vendor/**"';
    if (glob.startsWith('!'))
        return 'is a negation; list only the paths to match';
    if (normalizeGlob(glob).split('/').includes('..'))
        return 'leaves the scanned root with ".."';
    if (!balanced(glob, '[', ']'))
        return 'has an unclosed "["';
    if (!balanced(glob, '{', '}'))
        return 'has an unclosed "{"';
    return null;
}
function balanced(glob, open, close) {
    let depth = 0;
    for (const ch of glob) {
        if (ch === open)
            depth++;
        else if (ch === close && depth > 0)
            depth--;
    }
    return depth === 0;
}
/** `./a/b/` and `a/b` mean the same folder. */
function normalizeGlob(glob) {
    let g = glob.trim();
    while (g.startsWith('./'))
        g = g.slice(2);
    while (g.length > 1 && g.endsWith('/'))
        g = g.slice(0, -1);
    return g;
}
/**
 * A predicate over POSIX relative paths: true when a glob matches the path
 * or one of the folders it is in, so `vendor` and `vendor/**` both cover
 * `vendor/x/y.js`.
 */
function pathMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    if (!Minimatch)
        throw new Error('pathMatcher: the glob library is not loaded (call loadGlobs first)');
    const Glob = Minimatch;
    const matchers = globs.map((g) => new Glob(normalizeGlob(g), { dot: true }));
    const test = (p) => matchers.some((m) => m.match(p));
    return (p) => {
        if (test(p))
            return true;
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
            if (test(p.slice(0, i)))
                return true;
        }
        return false;
    };
}
/** The configuration's `contexts:`, compiled in the order contexts are listed, for `ContextClassifier`. */
function contextOverrides(contexts) {
    if (!contexts)
        return [];
    return _types__WEBPACK_IMPORTED_MODULE_0__/* .CONTEXT_NAMES */ .p.filter((c) => (contexts[c]?.length ?? 0) > 0).map((c) => ({ context: c, matches: pathMatcher(contexts[c]) }));
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES),
/* harmony export */   p: () => (/* binding */ CONTEXT_NAMES)
/* harmony export */ });
const SEVERITIES = ['error', 'warning', 'notice'];
const CONTEXT_NAMES = ['production', 'development', 'test', 'ci', 'build', 'example', 'docs', 'vendored'];


/***/ }),

/***/ 6187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* unused harmony exports BASELINE_VERSION, baselineFrom, pruneBaseline, formatBaseline */

/** A baseline file that cannot be used; the message names the file and the fix. */
class BaselineError extends Error {
}
const BASELINE_VERSION = 1;
const FINGERPRINT = /^[0-9a-f]{32}$/;
function keyOf(e) {
    return `${e.ruleId}\0${e.path}\0${e.fingerprint}`;
}
function compareEntries(a, b) {
    return compareStrings(a.path, b.path) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint);
}
/**
 * Marks the findings a baseline accepts as suppressed by it (in place) and
 * counts the entries that no longer match anything. An entry matches a
 * finding whether or not something else suppressed it first.
 */
function applyBaseline(findings, baseline) {
    const entries = new Set(baseline.entries.map(keyOf));
    const matched = new Set();
    for (const f of findings) {
        const k = keyOf(f);
        if (!entries.has(k))
            continue;
        matched.add(k);
        if (!f.suppressed)
            f.suppressed = { by: 'baseline' };
    }
    return { entries: entries.size, matched: matched.size, stale: entries.size - matched.size };
}
/**
 * The entries to record for a scan: every finding that nothing but the
 * baseline suppresses (inline and config exceptions already carry their own
 * reason), sorted and unique so the file diffs well.
 */
function baselineFrom(findings) {
    const byKey = new Map();
    for (const f of findings) {
        if (f.suppressed && f.suppressed.by !== 'baseline')
            continue;
        byKey.set(keyOf(f), { ruleId: f.ruleId, path: f.path, fingerprint: f.fingerprint });
    }
    return { entries: [...byKey.values()].sort(compareEntries) };
}
/** The entries of `baseline` that still match a finding. */
function pruneBaseline(baseline, findings) {
    const live = new Set(findings.map(keyOf));
    const kept = new Map();
    for (const e of baseline.entries)
        if (live.has(keyOf(e)))
            kept.set(keyOf(e), e);
    return { entries: [...kept.values()].sort(compareEntries) };
}
/** Pretty, stable JSON: fixed key order, sorted entries, trailing newline. */
function formatBaseline(baseline) {
    const findings = [...baseline.entries]
        .sort(compareEntries)
        .map((e) => ({ ruleId: e.ruleId, path: e.path, fingerprint: e.fingerprint }));
    return JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2) + '\n';
}
/** Parses a baseline file; throws BaselineError naming the file and the problem. */
function parseBaseline(text, file) {
    const fail = (problem) => {
        throw new BaselineError(`${file}: ${problem}; write it with \`leakproof --write-baseline ${file}\``);
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return fail('is not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return fail('must be a JSON object with "version" and "findings"');
    const { version, findings } = doc;
    if (version !== BASELINE_VERSION)
        return fail(`version must be ${BASELINE_VERSION}`);
    if (!Array.isArray(findings))
        return fail('findings must be a list');
    const entries = findings.map((e, i) => {
        if (typeof e !== 'object' || e === null)
            return fail(`findings[${i}] must be an object with ruleId, path and fingerprint`);
        const { ruleId, path, fingerprint } = e;
        if (typeof ruleId !== 'string' || ruleId === '')
            return fail(`findings[${i}].ruleId must be a rule id`);
        if (typeof path !== 'string' || path === '')
            return fail(`findings[${i}].path must be a path`);
        if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint))
            return fail(`findings[${i}].fingerprint must be 32 hex digits`);
        return { ruleId, path, fingerprint };
    });
    return { entries };
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
const KNOWN = new Set(_rules__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y.map((r) => r.meta.id));
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