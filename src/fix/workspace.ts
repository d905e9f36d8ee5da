import fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SafeReader } from '../engine/read';
import { decode, hasUtf16Bom, isBinary } from '../core/text';
import { git, splitZ } from '../engine/git';
import { unquoteWhole } from '../engine/git-sources/quote';

export type ReadResult = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'refused'; why: string };

/** What planning and applying fixes need from the folder: reads, git's view of paths, writes. */
export interface Workspace {
  /** Absolute path of the scanned root. */
  root: string;
  mode: 'git' | 'plain';
  read(rel: string): ReadResult;
  /** The paths git would ignore, by the patterns in force, tracked or not. */
  ignored(rels: readonly string[]): Promise<Set<string>>;
  tracked(rels: readonly string[]): Promise<Set<string>>;
  /** Writes a file below the root without following a symlink; `create` refuses to replace one that exists. */
  write(rel: string, text: string, opts: { create: boolean; private?: boolean }): void;
  /** `git rm --cached`: the file stays on disk, out of the index. */
  untrack(rel: string): Promise<void>;
}

/** The largest file fix reads or writes: fixes are for source and configuration files. */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * A path below the root, POSIX, with no `..`, `.`, empty or absolute part:
 * anything else is refused before any file is touched.
 */
export function isInsideRoot(rel: string): boolean {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0') || /^[A-Za-z]:/.test(rel)) return false;
  return rel.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

export class RefusedWrite extends Error {}

/** The workspace of a real folder: reads never follow symlinks, writes never leave the root. */
export class FolderWorkspace implements Workspace {
  private readonly reader: SafeReader;
  /** Files read with a UTF-8 byte order mark, which a write keeps. */
  private readonly boms = new Set<string>();

  constructor(
    readonly root: string,
    readonly mode: 'git' | 'plain',
  ) {
    this.reader = new SafeReader(root);
  }

  read(rel: string): ReadResult {
    if (!isInsideRoot(rel)) return { kind: 'refused', why: `\`${rel}\` is not a path inside the scanned folder` };
    const out = this.reader.readSync(rel, MAX_BYTES);
    switch (out.kind) {
      case 'ok':
        if (out.body === null) return { kind: 'refused', why: `\`${rel}\` is larger than ${MAX_BYTES} bytes` };
        if (isBinary(out.head)) return { kind: 'refused', why: `\`${rel}\` is binary` };
        if (hasUtf16Bom(out.body)) return { kind: 'refused', why: `\`${rel}\` is UTF-16, which leakproof does not edit` };
        if (out.body[0] === 0xef && out.body[1] === 0xbb && out.body[2] === 0xbf) this.boms.add(rel);
        return { kind: 'text', text: decode(out.body) };
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

  async ignored(rels: readonly string[]): Promise<Set<string>> {
    if (this.mode !== 'git' || rels.length === 0) return new Set();
    // One path per line, C-quoted when it holds special characters (`-z` needs `--stdin`).
    const out = await git(this.root, ['check-ignore', '--no-index', '--', ...rels], { allowFailure: true });
    return new Set(out.toString('utf8').split('\n').filter((l) => l !== '').map(unquoteWhole));
  }

  async tracked(rels: readonly string[]): Promise<Set<string>> {
    if (this.mode !== 'git' || rels.length === 0) return new Set();
    const out = await git(this.root, ['--literal-pathspecs', 'ls-files', '-z', '--', ...rels], { allowFailure: true });
    return new Set(splitZ(out));
  }

  async untrack(rel: string): Promise<void> {
    if (!isInsideRoot(rel)) throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
    await git(this.root, ['--literal-pathspecs', 'rm', '--cached', '-q', '--', rel]);
  }

  write(rel: string, text: string, opts: { create: boolean; private?: boolean }): void {
    if (!isInsideRoot(rel)) throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
    if (this.boms.has(rel)) text = '\uFEFF' + text;
    const parts = rel.split('/');
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      const st = fs.lstatSync(dir, { throwIfNoEntry: false });
      if (!st || !st.isDirectory()) throw new RefusedWrite(`\`${path.relative(this.root, dir)}\` is ${st?.isSymbolicLink() ? 'a symlink' : 'not a folder'}; leakproof never writes through one`);
    }
    const file = path.join(this.root, ...parts);
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    if (st && !st.isFile()) throw new RefusedWrite(`\`${rel}\` is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; leakproof never writes through one`);
    if (opts.create) {
      if (st) throw new RefusedWrite(`\`${rel}\` appeared since the scan`);
      const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), opts.private ? 0o600 : 0o644);
      try {
        fs.writeFileSync(fd, text);
      } finally {
        fs.closeSync(fd);
      }
      return;
    }
    if (!st) throw new RefusedWrite(`\`${rel}\` is gone since the scan`);
    // A new file beside it, renamed over it: a reader never sees half a file, and a symlink put there meanwhile is replaced, not followed.
    const tmp = path.join(path.dirname(file), `.${parts[parts.length - 1]}.leakproof-${randomBytes(6).toString('hex')}`);
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), st.mode & 0o7777);
    try {
      fs.writeFileSync(fd, text);
      fs.fchmodSync(fd, st.mode & 0o7777);
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
  }
}
