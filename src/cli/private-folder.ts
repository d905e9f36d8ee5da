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
export function ownedHere(st: fs.Stats): boolean {
  return typeof process.getuid === 'function' && st.uid === process.getuid();
}
