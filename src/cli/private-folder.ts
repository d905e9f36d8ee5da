import * as fs from 'node:fs';

/**
 * Caches the CLI keeps between runs (compiled code, files found clean) are
 * read only from folders of the user running it that no one else may write
 * to, never through a symlink.
 */

/** A real folder (not a symlink) of this user's, which no one else may write to. */
export function ownFolder(dir: string): boolean {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && ownedHere(st) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Only where owners can be told (not on Windows): elsewhere no cache is kept. */
function ownedHere(st: fs.Stats): boolean {
  return typeof process.getuid === 'function' && st.uid === process.getuid();
}

/**
 * Opens `file` for reading, never through a symlink, and hands it to `use`
 * when it is a regular file of this user's that no one else may write to.
 * Null when it is not, or cannot be read, or `use` throws.
 */
export function readPrivateFile<T>(file: string, use: (fd: number, st: fs.Stats) => T | null): T | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedHere(st) || (st.mode & 0o022) !== 0) return null;
    return use(fd, st);
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
