import fs from 'node:fs';
import * as path from 'node:path';
import { SNIFF_BYTES } from '../core/text';
import type { FileStamp } from './known-files';

export type ReadOutcome =
  /**
   * `stamp`, when asked for: the file's stamp as it was before it was read
   * (absent if it changed size while it was read). A file that changes after
   * that has another stamp, whatever the clocks say, so what was read is never
   * taken for a later content.
   */
  | { kind: 'ok'; size: number; head: Buffer; body: Buffer | null; stamp?: FileStamp }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; message: string };

type DirState = 'ok' | 'symlink' | 'missing';

/**
 * What the listing knows of a path before it is read: nothing (a plain
 * walk lists FIFOs and devices too); that it was a regular file (git lists
 * no FIFO or device), so one read may answer without asking the size; or
 * that too, and that each folder on the way was listed by its parent as a
 * real folder during this scan (see only-tracked.ts), so none is checked
 * again: a path no listing walked (one holding `..`) never is.
 */
export type Listed = 'unknown' | 'regular' | 'walked';

/** The working folder, or null when it cannot be had (removed since the process started). */
function workingFolder(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

/** See `SafeReader.prefix`: `root` relative to the working folder when it is in it, else as given; with a separator. */
export function callPrefix(root: string, cwd: string | null = workingFolder()): string {
  if (cwd === null) return root.endsWith(path.sep) ? root : root + path.sep;
  const abs = path.resolve(cwd, root);
  const rel = path.relative(cwd, abs);
  if (rel === '') return '';
  const inside = !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`);
  const base = inside ? rel : abs;
  return base.endsWith(path.sep) ? base : base + path.sep;
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

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads files below one root without ever leaving it: the final component is
 * opened with O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot block us) and every
 * parent directory is checked once to be a real directory, not a symlink.
 *
 * The calls are synchronous: a scan reads thousands of small files that are
 * nearly always in the page cache, where one promise round trip per system
 * call costs more than the call itself.
 */
export class SafeReader {
  private readonly dirState = new Map<string, DirState>([['', 'ok']]);
  private scratch: Buffer | null = null;
  /**
   * The root as the system calls are given it, and a separator: `rel` is a
   * clean relative path (no `..`), so joining is appending. Relative to the
   * working folder when the root is in it (`''` for the working folder
   * itself, as most scans are run): the kernel then resolves only the
   * components below it, about a tenth of the cost of each open on a
   * checkout whose root is a few folders deep. The working folder is taken
   * when the reader is made; nothing in leakproof changes it.
   */
  private readonly prefix: string;

  /**
   * With `reuse`, every read goes into one buffer that the next read
   * overwrites: for a caller that is done with a file before it reads the
   * next, it spares allocating (and collecting) a buffer per file.
   */
  constructor(
    root: string,
    private readonly reuse = false,
  ) {
    this.prefix = callPrefix(root);
  }

  /** Whether every directory between the root and `relDir` is a real directory. */
  private dir(relDir: string): DirState {
    let state = this.dirState.get(relDir);
    if (state === undefined) {
      const parent = relDir.includes('/') ? relDir.slice(0, relDir.lastIndexOf('/')) : '';
      state = this.dir(parent);
      if (state === 'ok') state = dirStateOf(this.prefix + relDir);
      this.dirState.set(relDir, state);
    }
    return state;
  }

  /** Whether `rel` is a clean relative path below real directories only (no symlink on the way). */
  private reachable(rel: string): DirState {
    // An absolute path (a crafted index can list one) is no path below the root.
    if (rel.charCodeAt(0) === 47) return 'missing';
    if (rel.includes('..') && rel.split('/').includes('..')) return 'missing';
    const slash = rel.lastIndexOf('/');
    return slash >= 0 ? this.dir(rel.slice(0, slash)) : 'ok';
  }

  /**
   * The stamp of `rel` when it is a regular file reached through real
   * directories that this process may read, else null. Nothing is opened,
   * and no symlink followed.
   */
  stampSync(rel: string): FileStamp | null {
    if (this.reachable(rel) !== 'ok') return null;
    try {
      const st = fs.lstatSync(this.prefix + rel, { throwIfNoEntry: false });
      if (st === undefined || !st.isFile()) return null;
      // Whether it may still be read (a group left, a policy changed): one that may not is read, and reported.
      fs.accessSync(this.prefix + rel, fs.constants.R_OK);
      return stampOf(st);
    } catch {
      return null;
    }
  }

  /**
   * Reads `rel` (POSIX, relative to the root). The body is read only when the
   * file is at most `maxSize` bytes; the head (first 8 KiB) always.
   * `listed`: what the listing knows of the path (see `Listed`).
   * `stamped`: the outcome gives the file's stamp (one more system call).
   */
  readSync(rel: string, maxSize: number, listed: Listed = 'unknown', stamped = false): ReadOutcome {
    const state = listed === 'walked' && rel.charCodeAt(0) !== 47 ? 'ok' : this.reachable(rel);
    const listedRegular = listed !== 'unknown';
    if (state === 'symlink') return { kind: 'symlink' };
    if (state === 'missing') return { kind: 'missing' };
    let fd: number;
    try {
      fd = fs.openSync(this.prefix + rel, OPEN_FLAGS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' };
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      if (code === 'ENXIO' || code === 'EISDIR') return { kind: 'special' };
      return { kind: 'unreadable', message: describe(code) };
    }
    try {
      if (!stamped) return this.readOpen(fd, maxSize, listedRegular);
      // The stamp is asked before a byte is read.
      const before = fs.fstatSync(fd);
      const out = this.readOpen(fd, maxSize, false, before);
      if (out.kind === 'ok' && out.size === before.size) out.stamp = stampOf(before);
      return out;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A listed file since replaced by a folder, a FIFO or a device: not a file to read.
      if (code === 'EISDIR' || code === 'ESPIPE') return { kind: 'special' };
      return { kind: 'unreadable', message: describe(code) };
    } finally {
      try {
        fs.closeSync(fd);
      } catch {
        // nothing to do: the descriptor is gone either way
      }
    }
  }

  /** Reads an open file; `st`: its stat, when already asked. */
  private readOpen(fd: number, maxSize: number, listedRegular: boolean, st = listedRegular ? null : fs.fstatSync(fd)): ReadOutcome {
    if (st === null && this.reuse) {
      // One read answers for most files: less than asked for is the whole file, so its size
      // need not be asked. A file that fills the read or gives nothing is looked at, and so is
      // one that gives a multiple of 4 KiB: a filesystem that returns part of a read (FUSE,
      // some network ones) stops at such a boundary. Only for paths listed as regular files
      // (git lists no FIFO or device): elsewhere fstat tells them apart before any read.
      // Read into the whole scratch buffer (no view of it made until the size is known).
      const want = Math.min(FIRST_READ, maxSize + 1);
      const got = fs.readSync(fd, this.scratchOf(want), 0, want, 0);
      if (got > 0 && got < want && got % 4096 !== 0) {
        const body = this.scratch!.subarray(0, got);
        return { kind: 'ok', size: got, head: headOf(body), body };
      }
    }
    st ??= fs.fstatSync(fd);
    if (!st.isFile()) return { kind: 'special' };
    const size = st.size;
    if (size > maxSize) {
      let head = readUpTo(fd, this.buffer(Math.min(size, SNIFF_BYTES)));
      if (size > SNIFF_BYTES && head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
        head = readUpTo(fd, this.buffer(Math.min(size, SQLITE_HEAD_BYTES)));
      }
      return { kind: 'ok', size, head, body: null };
    }
    const body = readUpTo(fd, this.buffer(size));
    return { kind: 'ok', size: body.length, head: headOf(body), body };
  }

  private buffer(n: number): Buffer {
    if (!this.reuse) return Buffer.allocUnsafe(n);
    return this.scratchOf(n).subarray(0, n);
  }

  /** The scratch buffer, at least `n` bytes long (and maybe longer). */
  private scratchOf(n: number): Buffer {
    if (this.scratch === null || this.scratch.length < n) this.scratch = Buffer.allocUnsafe(Math.max(n, 64 * 1024));
    return this.scratch;
  }

  async read(rel: string, maxSize: number): Promise<ReadOutcome> {
    return this.readSync(rel, maxSize);
  }
}

/** The first 8 KiB of a file's body: the body itself when it is no longer (a view costs more than it seems, per file). */
function headOf(body: Buffer): Buffer {
  return body.length <= SNIFF_BYTES ? body : body.subarray(0, SNIFF_BYTES);
}

const DIR_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_DIRECTORY ?? 0);

/**
 * Whether `p` (whose parents are real directories) is a real directory, a
 * symlink, or neither. A directory is opened (O_DIRECTORY, O_NOFOLLOW) and
 * closed: at the start of a scan that costs less than `lstat`, which builds a
 * `Stats` object (the benchmark checkout's 1,381 folders: 16 ms against
 * 20–26 ms). Only what the open cannot tell (ENOTDIR: a file or a symlink;
 * EACCES: a folder this user may not list) is asked of `lstat`.
 */
function dirStateOf(p: string): DirState {
  if (fs.constants.O_DIRECTORY !== undefined && fs.constants.O_NOFOLLOW !== undefined) {
    try {
      fs.closeSync(fs.openSync(p, DIR_FLAGS));
      return 'ok';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    }
  }
  try {
    const st = fs.lstatSync(p);
    return st.isDirectory() ? 'ok' : st.isSymbolicLink() ? 'symlink' : 'missing';
  } catch {
    return 'missing';
  }
}

function stampOf(st: fs.Stats): FileStamp {
  return { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}

/** Fills `buf` from the start of the file; returns less if the file shrank meanwhile. */
function readUpTo(fd: number, buf: Buffer): Buffer {
  const n = buf.length;
  let got = 0;
  while (got < n) {
    const r = fs.readSync(fd, buf, got, n - got, got);
    if (r === 0) break;
    got += r;
  }
  return got === n ? buf : buf.subarray(0, got);
}

function describe(code: string | undefined): string {
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
