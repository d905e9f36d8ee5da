import { constants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { SNIFF_BYTES } from './text';

export type ReadOutcome =
  | { kind: 'ok'; size: number; head: Buffer; body: Buffer | null }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; message: string };

type DirState = 'ok' | 'symlink' | 'missing';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads files below one root without ever leaving it: the final component is
 * opened with O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot block us) and every
 * parent directory is checked once to be a real directory, not a symlink.
 */
export class SafeReader {
  private readonly dirState = new Map<string, Promise<DirState>>();

  constructor(private readonly root: string) {
    this.dirState.set('', Promise.resolve('ok'));
  }

  /** Whether every directory between the root and `relDir` is a real directory. */
  private dir(relDir: string): Promise<DirState> {
    let p = this.dirState.get(relDir);
    if (!p) {
      const parent = relDir.includes('/') ? relDir.slice(0, relDir.lastIndexOf('/')) : '';
      p = this.dir(parent).then(async (state): Promise<DirState> => {
        if (state !== 'ok') return state;
        try {
          const st = await fsp.lstat(path.join(this.root, relDir));
          return st.isDirectory() ? 'ok' : st.isSymbolicLink() ? 'symlink' : 'missing';
        } catch {
          return 'missing';
        }
      });
      this.dirState.set(relDir, p);
    }
    return p;
  }

  /**
   * Reads `rel` (POSIX, relative to the root). The body is read only when the
   * file is at most `maxSize` bytes; the head (first 8 KiB) always.
   */
  async read(rel: string, maxSize: number): Promise<ReadOutcome> {
    const slash = rel.lastIndexOf('/');
    if (rel.split('/').includes('..')) return { kind: 'missing' };
    if (slash >= 0) {
      const state = await this.dir(rel.slice(0, slash));
      if (state === 'symlink') return { kind: 'symlink' };
      if (state === 'missing') return { kind: 'missing' };
    }
    let fh: fsp.FileHandle;
    try {
      fh = await fsp.open(path.join(this.root, rel), OPEN_FLAGS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' };
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      if (code === 'ENXIO' || code === 'EISDIR') return { kind: 'special' };
      return { kind: 'unreadable', message: describe(code) };
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { kind: 'special' };
      const size = st.size;
      if (size > maxSize) {
        const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
        const { bytesRead } = await fh.read(head, 0, head.length, 0);
        return { kind: 'ok', size, head: head.subarray(0, bytesRead), body: null };
      }
      const body = await fh.readFile();
      return { kind: 'ok', size: body.length, head: body.subarray(0, SNIFF_BYTES), body };
    } catch (e) {
      return { kind: 'unreadable', message: describe((e as NodeJS.ErrnoException).code) };
    } finally {
      await fh.close().catch(() => undefined);
    }
  }

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
