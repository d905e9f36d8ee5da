import * as fs from 'node:fs';
import { callPrefix } from '../read';
import type { TreeEntry } from '../../rules/types';

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
 * The walk runs on this thread before any file is checked, at 15–20 µs a
 * folder here (an open, two reads of its entries, a close), while git's walk
 * runs beside the scan: it is tried only on a checkout small enough to be
 * checked on one thread (parallel.ts), with folders few enough to keep it
 * short.
 */
const MAX_FILES = 6000;
const MAX_FOLDERS = 2048;

export function onlyTracked(root: string, tracked: readonly TreeEntry[]): boolean {
  if (tracked.length >= MAX_FILES) return false;
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const e of tracked) {
    const p = e.path;
    // A path no walk can reach (an absolute one, as a crafted index may list): git decides.
    if (p.charCodeAt(0) === 47) return false;
    files.add(p);
    // Each folder on the way, deepest first, until one already known (its own are known then).
    for (let slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
      const folder = p.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  if (folders.size > MAX_FOLDERS) return false;
  const prefix = callPrefix(root);
  const pending: string[] = [''];
  for (let next = 0; next < pending.length; next++) {
    const rel = pending[next]!;
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(rel === '' ? prefix || '.' : prefix + rel, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const d of dirents) {
      const name = d.name;
      if (rel === '' && name === '.git') {
        if (d.isDirectory()) continue;
        return false;
      }
      if (name.includes('\uFFFD')) return false;
      const p = rel === '' ? name : `${rel}/${name}`;
      if (d.isDirectory()) {
        if (!folders.has(p)) return false;
        pending.push(p);
      } else if (!files.has(p) || folders.has(p)) {
        return false;
      }
    }
  }
  // Every folder on the way to each tracked path was listed as one by its parent: the reader need not check them again.
  const walked = new Set(pending);
  for (const e of tracked) {
    const slash = e.path.lastIndexOf('/');
    if (slash < 0 || walked.has(e.path.slice(0, slash))) e.foldersSeen = true;
  }
  return true;
}
