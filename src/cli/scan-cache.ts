import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ScanCache } from '../engine/types';
import { VERSION } from '../version';
import { ownFolder, readPrivateFile } from './private-folder';

/**
 * Where a local scan remembers the files it found clean (see
 * engine/known-files.ts), so the next scan of the same folder reads only
 * what changed: one file per scanned folder in `leakproof-scan-cache-<uid>`
 * in the temporary folder, or in `LEAKPROOF_CACHE_DIR`. What it holds is
 * paths, file stamps and counts, never a word of a scanned file; it is read only
 * from a folder of this user's that no one else may write to, and a file
 * written by another build of leakproof is not used.
 *
 * Off in CI (`CI` set: a fresh checkout has nothing to reuse), with
 * `--no-cache` or `LEAKPROOF_NO_CACHE=1`, where file owners cannot be told
 * (Windows), and when the CLI runs from its sources rather than a build.
 */
export function openScanCache(root: string, env: NodeJS.ProcessEnv, bundleEntry: string | null): ScanCache | undefined {
  if (bundleEntry === null || env.CI || env.LEAKPROOF_NO_CACHE || typeof process.getuid !== 'function') return undefined;
  const build = buildOf(bundleEntry);
  if (build === null) return undefined;
  let real: string;
  try {
    real = fs.realpathSync(root);
  } catch {
    return undefined;
  }
  const dir = env.LEAKPROOF_CACHE_DIR || path.join(os.tmpdir(), `leakproof-scan-cache-${process.getuid()}`);
  return folderCache(dir, real, build);
}

/** A cache of the scans of folder `real`, kept in `dir` (made private when missing). */
export function folderCache(dir: string, real: string, build: string): ScanCache {
  const file = path.join(dir, `leakproof-scan-${hash(real)}.json`);
  // The folder's own path heads the file: two folders whose names hash alike never share one.
  const head = `${JSON.stringify(real)}\n`;
  return {
    build,
    load() {
      if (!ownFolder(dir)) return null;
      return readPrivateFile(file, (fd, st) => {
        const text = fs.readFileSync(fd, 'utf8');
        if (!text.startsWith(head)) return null;
        // A cache that is used but need not change is kept from looking unused (see `forgetOld`).
        if (Date.now() - st.mtimeMs > 86_400_000) fs.futimesSync(fd, new Date(), new Date());
        return text.slice(head.length);
      });
    },
    save(text) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ownFolder(dir)) return;
      const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
      try {
        fs.writeFileSync(tmp, head + text, { mode: 0o600, flag: 'wx' });
        fs.renameSync(tmp, file);
      } catch {
        fs.rmSync(tmp, { force: true });
        return;
      }
      forgetOld(dir, Date.now());
    },
  };
}

/** The caches of folders not scanned for this long are removed (the folder may be long gone). */
export const UNUSED_DAYS = 30;
/** Leftovers of a write that did not finish are removed after this long. */
const STALE_TMP_MS = 10 * 60 * 1000;
/** The names of cache files (`hash`) and of their writes in progress. */
const CACHE_NAME = /^leakproof-scan-[0-9a-z]+-[0-9a-z]+\.json$/;
const TMP_NAME = /^leakproof-scan-[0-9a-z]+-[0-9a-z]+\.json\.\d+\.[0-9a-z]+\.tmp$/;

/** Removes the caches of folders not scanned for `UNUSED_DAYS` days, and leftovers of writes. */
function forgetOld(dir: string, now: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    // Only names this module gives: the folder may be one of the user's (LEAKPROOF_CACHE_DIR).
    const age = TMP_NAME.test(n) ? STALE_TMP_MS : CACHE_NAME.test(n) ? UNUSED_DAYS * 86_400_000 : null;
    if (age === null) continue;
    try {
      const p = path.join(dir, n);
      if (now - fs.lstatSync(p).mtimeMs > age) fs.rmSync(p, { force: true });
    } catch {
      // gone already
    }
  }
}

/**
 * The build that checks files: this version, Node's, and the bundle's files
 * (name, size, inode, modification and change times), so a rebuilt or
 * reinstalled bundle never uses what another one found. Null when they cannot
 * be read.
 */
function buildOf(bundleEntry: string): string | null {
  const dir = path.dirname(bundleEntry);
  try {
    // Node too: its regular expressions and decoders are part of what checks files.
    const parts = [VERSION, process.version];
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.js')) continue;
      const st = fs.statSync(path.join(dir, name));
      parts.push(`${name}:${st.size}:${st.ino}:${st.mtimeMs}:${st.ctimeMs}`);
    }
    return parts.join(' ');
  } catch {
    return null;
  }
}

/**
 * Names the folder's cache file (its path may be too long for a name): two
 * FNV-1a hashes of the path, with different offsets, in base 36.
 */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return `${a.toString(36)}-${b.toString(36)}`;
}
