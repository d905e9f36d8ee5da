import * as fs from 'node:fs';
import * as path from 'node:path';
import { latin1 } from '../../core/text';
import type { TreeEntry } from '../../rules/types';

/**
 * The tracked files of a work tree read from its index file (`.git/index`),
 * as `git ls-files --stage` would list them, without starting git: a start of
 * git costs a scan 6–15 ms of this thread, and the listing comes 10–20 ms
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
export function readIndexEntries(root: string, env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): TreeEntry[] | null {
  for (const v of ELSEWHERE) if (env[v] !== undefined) return null;
  if (process.platform === 'win32' || uid === undefined) return null;
  const gitDir = path.join(root, '.git');
  try {
    const st = fs.lstatSync(gitDir);
    if (!st.isDirectory() || st.uid !== uid || fs.lstatSync(root).uid !== uid) return null;
    for (const [name, dir] of [['HEAD', false], ['objects', true], ['refs', true]] as const) {
      const s = fs.lstatSync(path.join(gitDir, name));
      if (dir ? !s.isDirectory() : !s.isFile()) return null;
    }
    const config = readRegular(path.join(gitDir, 'config'));
    if (config === null || !plainConfig(config.toString('utf8'))) return null;
  } catch {
    return null;
  }
  let data: Buffer | null;
  try {
    data = readRegular(path.join(gitDir, 'index'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? [] : null;
  }
  return data === null ? null : parseIndex(data);
}

/** A regular file's bytes, never through a symlink (O_NOFOLLOW); null for anything else. Throws what `open` throws. */
function readRegular(file: string): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return null;
    throw e;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return null;
    const data = Buffer.allocUnsafe(st.size);
    let at = 0;
    while (at < data.length) {
      const got = fs.readSync(fd, data, at, data.length - at, at);
      if (got === 0) return null;
      at += got;
    }
    return data;
  } finally {
    fs.closeSync(fd);
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
export function plainConfig(text: string): boolean {
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.endsWith('\\')) return false;
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
    if (header) {
      section = header[1]!.toLowerCase();
      if (section === 'extensions' || section === 'include' || section === 'includeif') return false;
      continue;
    }
    if (line.startsWith('[')) return false;
    const m = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!m) return false;
    const key = m[1]!.toLowerCase();
    if (section === 'core' && key === 'worktree') return false;
    if (section === 'core' && key === 'bare' && !/^(?:false|no|off|0)$/i.test((m[2] ?? '').trim())) return false;
    if (section === 'core' && key === 'repositoryformatversion' && !/^[01]$/.test((m[2] ?? '').trim())) return false;
    if (section === 'index' && key === 'sparse') return false;
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
export function parseIndex(data: Buffer): TreeEntry[] | null {
  if (data.length < 12 + SHA1_BYTES || latin1(data, 0, 4) !== 'DIRC') return null;
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = data.readUInt32BE(8);
  const end = data.length - SHA1_BYTES;
  const entries: TreeEntry[] = [];
  let at = 12;
  let previous = '';
  // The previous name's bytes, as latin1 (one character a byte), for version 4's compression.
  let previousBytes = '';
  // The loop runs once per tracked file, before any file is read, mostly before V8 has optimised
  // it: it reads bytes in place and decodes each name with one call (no Buffer views, no
  // `toString` dispatch): 11 ms for 5,000 entries in a fresh process, where views took 28.
  for (let n = 0; n < count; n++) {
    const start = at;
    if (start + ENTRY_FIXED > end) return null;
    // The mode's type: its bits 12 and up (the mode is big-endian at 24..27).
    const type = (data[start + 24]! << 12) | (data[start + 25]! << 4) | (data[start + 26]! >>> 4);
    const flags = (data[start + ENTRY_FIXED - 2]! << 8) | data[start + ENTRY_FIXED - 1]!;
    let k = start + ENTRY_FIXED;
    if (flags & EXTENDED) {
      if (version < 3) return null;
      k += 2;
    }
    // Version 4: the name as the bytes to drop from the end of the previous one (a varint), then the rest of it.
    let drop = 0;
    if (version === 4) {
      let byte = data[k++]!;
      drop = byte & 0x7f;
      while (byte & 0x80) {
        if (k >= end || drop > 0xffffff) return null;
        byte = data[k++]!;
        drop = ((drop + 1) << 7) | (byte & 0x7f);
      }
      if (drop > previousBytes.length) return null;
    }
    // The name's own bytes end at a NUL. The flags give the whole name's length (when under 4 KiB), and
    // version 4 stores what the previous name does not give: the NUL is looked for where that says.
    const from = k;
    const length = flags & NAME_MASK;
    const stored = version === 4 ? length - (previousBytes.length - drop) : length;
    const nul = length < NAME_MASK && stored >= 0 ? from + stored : data.indexOf(0, from);
    if (nul < from || nul >= end || data[nul] !== 0) return null;
    let bytes = latin1(data, from, nul);
    if (bytes.includes('\0')) return null;
    if (version === 4) {
      bytes = previousBytes.slice(0, previousBytes.length - drop) + bytes;
      at = nul + 1;
    } else {
      // 1 to 8 NULs, so that the entry's length is a multiple of 8.
      const padded = start + ((nul - start + 8) & ~7);
      if (padded > end) return null;
      for (let j = nul; j < padded; j++) if (data[j] !== 0) return null;
      at = padded;
    }
    if ((flags & NAME_MASK) !== Math.min(bytes.length, NAME_MASK) || bytes.length === 0) return null;
    // 0o10: a file, 0o12: a symlink, 0o16: a gitlink; 0o04 is a sparse index's folder.
    if (type !== 0o10 && type !== 0o12 && type !== 0o16) return null;
    previousBytes = bytes;
    // A name with a byte above ASCII is UTF-8.
    const p = NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
    // A conflicted path has an entry per stage, one after the other: listed once.
    if (p === previous) continue;
    previous = p;
    entries.push({ path: p, status: 'tracked', kind: type === 0o16 ? 'gitlink' : type === 0o12 ? 'symlink' : 'file' });
  }
  // Extensions: a signature, a size, and that many bytes. One git requires readers to understand starts lower case.
  while (at < end) {
    if (at + 8 > end) return null;
    const first = data[at]!;
    if (first < 0x41 || first > 0x5a) return null;
    at += 8 + data.readUInt32BE(at + 4);
  }
  return at === end ? entries : null;
}
