import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { v8Module, workerThreads } from '../core/builtin';
import { VERSION } from '../version';
import { ownFolder, readPrivateFile } from './private-folder';
import { tuneTiering } from './tiering';

/**
 * Compiled code kept between runs on Node versions that keep none of their
 * own (before 22.1, which has `module.enableCompileCache`): the CLI's chunks,
 * half a megabyte of rules and engine, are otherwise parsed and compiled at
 * every start, which is most of what a scan of a small folder costs.
 *
 * The bundle's chunk loader asks `loadChunk` (build.mjs wires it in) before
 * it requires a chunk. A chunk is a CommonJS module of one form,
 * `"use strict"; exports.id = …; exports.ids = […]; exports.modules = {…};`,
 * that needs nothing of a module's scope but `exports` (build.mjs checks), so
 * it runs as a function of `exports` as well, compiled with V8's code cache.
 *
 * Where: `NODE_COMPILE_CACHE`, else `leakproof-compile-cache-<uid>` in the
 * temporary folder, in a folder named for this version and V8's cache tag
 * (its version and flags). Off with `NODE_DISABLE_COMPILE_CACHE=1`, as
 * Node's own. Compiled code is code, and V8 checks little of it:
 * - it is read only from folders this user owns and no one else may write
 *   to, never through a symlink; where owners cannot be told (Windows),
 *   there is no cache;
 * - only for the very chunk file it came from: its device, inode, size,
 *   modification and change times name the cache (V8 checks only the
 *   source's length, and a change time cannot be set back);
 * - only when V8 verifies the checksum of cached data, which it skips by
 *   default and would otherwise crash on, or run, a corrupted file.
 */

/** The name of the hook the bundle's chunk loader calls; see scripts/build.mjs. */
export const CHUNK_HOOK = Symbol.for('leakproof.loadChunk');

const HEADER = /^"use strict";\nexports\.id = \d+;\nexports\.ids = \[[\d, ]*\];\nexports\.modules = /;
/** The format of a cache file (its header, and the script a chunk becomes). */
const MAGIC = Buffer.from('LPC3');
/** Leftovers of a write that did not finish are removed after this long. */
const STALE_TMP_MS = 10 * 60 * 1000;
/**
 * Caches not used for this many days are removed: those of earlier installs
 * and builds (another version, another file of the same chunk), whose chunk
 * files are gone or no longer run. A cache in use has its modification time
 * set again once a day, so it is never taken for one of those.
 */
export const UNUSED_DAYS = 30;
const DAY_MS = 86_400_000;
/** The folders this module makes in the cache root: `leakproof-<version>-<arch>-<V8 tag>`. */
const VERSION_FOLDER = /^leakproof-[0-9A-Za-z.+-]+$/;

/**
 * 0: written by a run that compiled start-up code only; 1 and more: by a run that also checked files, the more the
 * higher (1 + log2 of how many: 6 for 50 files, 13 for 5,000). A cache holds the functions its run compiled: one
 * written by a scan of a small project lacks much of what a large one runs, which then compiles it at every start.
 * A run that checks many more files than the cache's writes it again, once per doubling at most.
 */
type Level = number;
/** The highest level (a scan of a billion files). */
const MAX_LEVEL = 31;

interface Loaded {
  name: string;
  /** What names every cache of this chunk file, whatever its content: its earlier builds' caches start so. */
  prefix: string;
  script: vm.Script;
  file: string;
  /** The level of the cache it was compiled with, or -1 when there was none (or V8 turned it down). */
  level: Level | -1;
}

interface State {
  chunks: string;
  /** The cache root: `NODE_COMPILE_CACHE`, else one in the temporary folder. */
  root: string;
  /** This version's folder under the root, named for V8's tag: known once a chunk is large enough to cache. */
  dir: string | null;
  loaded: Loaded[];
  level: Level;
  /** A cache read was marked as used today, for the first time: unused ones are looked for at exit. */
  sweep: boolean;
}

let state: State | null = null;
let exitHook = false;

/**
 * Turns on V8's check of cached data (`--verify-snapshot-checksum`) and
 * returns the tag of the code V8 makes, flags included; null when the check
 * cannot be had (the tag would change with the flag). Asked when the first
 * chunk large enough to cache loads, before any cached code is read: V8's
 * tiering is tuned for a scan here too (`tiering.ts`), first, since the tag
 * covers that flag as well.
 */
function verifiedTag(): number | null {
  if (verified !== undefined) return verified;
  try {
    const v8 = v8Module();
    tuneTiering(v8);
    v8.setFlagsFromString('--no-verify-snapshot-checksum');
    const off = v8.cachedDataVersionTag();
    v8.setFlagsFromString('--verify-snapshot-checksum');
    const on = v8.cachedDataVersionTag();
    verified = on !== off ? on : null;
  } catch {
    verified = null;
  }
  return verified;
}
let verified: number | null | undefined;

/**
 * Installs the loader for the bundle whose entry is `entryFile`. Does
 * nothing where Node keeps compiled code itself, or when turned off.
 */
export function installCodeCache(entryFile: string, env: NodeJS.ProcessEnv = process.env): void {
  const uid = process.platform === 'win32' || typeof process.getuid !== 'function' ? null : process.getuid();
  if (uid === null || env.NODE_DISABLE_COMPILE_CACHE) {
    turnOff();
    return;
  }
  const root = env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), `leakproof-compile-cache-${uid}`);
  if (!exitHook) process.on('exit', saveCodeCache);
  exitHook = true;
  state = { chunks: path.dirname(entryFile), root, dir: null, loaded: [], level: 0, sweep: false };
  (globalThis as Record<symbol, unknown>)[CHUNK_HOOK] = loadChunk;
}

function turnOff(): void {
  state = null;
  delete (globalThis as Record<symbol, unknown>)[CHUNK_HOOK];
}

/**
 * Chunks smaller than this are compiled as usual: reading and checking a
 * cache file costs about what compiling a few kilobytes does. Every chunk
 * a scan loads is larger: the start-up chunk (command line, configuration,
 * listing) as well as the rules. Naming a cache loads `node:v8`, which a
 * scan of an empty folder then pays too, and still comes out ahead (see
 * docs/performance.md).
 */
export const MIN_CACHED_BYTES = 16 * 1024;

/** The chunks loaded so far and the level of the cache each was compiled with (-1: none). */
export function cachedChunks(): { name: string; level: number }[] {
  return state?.loaded.map((c) => ({ name: c.name, level: c.level })) ?? [];
}

/** Says that this run checked `files` files: the code it compiled is worth keeping (see `Level`). */
export function keepCompiledCode(files: number): void {
  if (state && files > 0) state.level = Math.max(state.level, levelOf(files));
}

/** The level of a run that checked `files` files (see `Level`). */
export function levelOf(files: number): Level {
  return Math.min(MAX_LEVEL, 1 + Math.floor(Math.log2(files)));
}

/**
 * The exports of chunk `name`, compiled with the cache when there is a
 * usable one; undefined to let the bundle require it as usual.
 */
export function loadChunk(name: string): object | undefined {
  if (!state || !/^\d+\.cli\.js$/.test(name)) return undefined;
  let code: string;
  let st: fs.BigIntStats;
  try {
    const fd = fs.openSync(path.join(state.chunks, name), 'r');
    try {
      st = fs.fstatSync(fd, { bigint: true });
      if (st.size < MIN_CACHED_BYTES) return undefined;
      code = readWrapped(fd, Number(st.size));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  if (!HEADER.test(code.slice(WRAP_START.length, WRAP_START.length + HEADER_BYTES))) return undefined;
  if (state.dir === null) {
    const tag = verifiedTag();
    if (tag === null) {
      turnOff();
      return undefined;
    }
    state.dir = path.join(state.root, `leakproof-${VERSION}-${process.arch}-${tag.toString(36)}`);
  }
  const file = path.join(state.dir, `${chunkPrefix(name, st)}${st.size.toString(36)}.${st.mtimeNs.toString(36)}.${st.ctimeNs.toString(36)}.cache`);
  const cached = readCache(state.dir, file);
  if (cached?.touched) state.sweep = true;
  let run: (exports: object) => void;
  let script: vm.Script;
  try {
    script = new vm.Script(code, { filename: path.join(state.chunks, name), ...(cached ? { cachedData: cached.data } : {}) });
    run = script.runInThisContext() as typeof run;
  } catch {
    return undefined;
  }
  const exports = {};
  run(exports);
  state.loaded.push({ name, prefix: chunkPrefix(name, st), script, file, level: cached && !script.cachedDataRejected ? cached.level : -1 });
  return exports;
}

/**
 * The chunk run as a function of `exports`: strict, by the chunk's own
 * directive, and on the same lines as the file's, so that stack traces point
 * where they would.
 */
const WRAP_START = '(function (exports) {';
const WRAP_END = '\n})';
/** Enough of a chunk's start for `HEADER` to match (a chunk lists one id, or a few). */
const HEADER_BYTES = 512;

/**
 * The chunk file of `size` bytes open at `fd`, wrapped (see `WRAP_START`),
 * as one string: read into one buffer that holds the wrapper too, and
 * decoded once. The bundle's chunks are ASCII (scripts/ascii-only.mjs),
 * decoded byte for byte; a file that is not is decoded as UTF-8. Read as
 * UTF-8 and then joined to the wrapper, the chunk was copied twice more: once
 * out of Node's read buffer, once by V8 into one string to compile it.
 */
function readWrapped(fd: number, size: number): string {
  const buf = Buffer.allocUnsafeSlow(WRAP_START.length + size + WRAP_END.length);
  buf.write(WRAP_START, 0, 'latin1');
  let at = WRAP_START.length;
  const end = at + size;
  while (at < end) {
    const got = fs.readSync(fd, buf, at, end - at, null);
    if (got === 0) throw new Error('the chunk file changed while it was read');
    at += got;
  }
  buf.write(WRAP_END, end, 'latin1');
  return buf.toString(isAscii(buf) ? 'latin1' : 'utf8');
}

/**
 * Writes the compiled code of each chunk that had no cache, or one from a
 * run that checked no file when this one did. Called at exit, when every
 * function the run needed has been compiled; only on the main thread.
 */
export function saveCodeCache(): void {
  const s = state;
  // No chunk was large enough to cache: nothing to write, nor to sweep.
  if (!s || s.dir === null) return;
  const stale = s.loaded.filter((c) => c.level < s.level || c.level === -1);
  // Most runs find every cache current: they return before loading `node:worker_threads` to ask which thread this is.
  if ((stale.length === 0 && !s.sweep) || !workerThreads().isMainThread) return;
  if (stale.length > 0) writeCaches(s, s.dir, stale);
  // Once a day at most (see `UNUSED_DAYS`), or when a new build's caches were just written.
  if (stale.length > 0 || s.sweep) forgetUnused(s.root, Date.now());
}

function writeCaches(s: State, dir: string, stale: Loaded[]): void {
  let names: string[];
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownFolder(s.root) || !ownFolder(dir)) return;
    names = fs.readdirSync(dir);
  } catch {
    // A cache that cannot be written (a read-only temporary folder) only costs the compile.
    return;
  }
  for (const c of stale) {
    const tmp = `${c.file}.${process.pid}.${Date.now().toString(36)}.tmp`;
    try {
      fs.writeFileSync(tmp, Buffer.concat([MAGIC, Buffer.from([s.level]), c.script.createCachedData()]), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, c.file);
      c.level = s.level;
      // The caches of earlier builds of the same chunk file (another install's have another prefix).
      for (const n of names) if (n.startsWith(c.prefix) && n.endsWith('.cache') && n !== path.basename(c.file)) fs.rmSync(path.join(dir, n), { force: true });
    } catch {
      // A full disk: what was written of this one goes; the next chunk may still fit.
      fs.rmSync(tmp, { force: true });
    }
  }
}

/**
 * Removes, in every version's folder under the cache root, the caches not
 * used for `UNUSED_DAYS` days and what interrupted writes left behind, then
 * the folders left empty. Only this module's names, in folders of this
 * user's that no one else may write to, never through a symlink: the root
 * may be one the user shares with Node (`NODE_COMPILE_CACHE`).
 */
export function forgetUnused(root: string, now: number): void {
  if (!ownFolder(root)) return;
  let folders: string[];
  try {
    folders = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!VERSION_FOLDER.test(folder) || !ownFolder(dir)) continue;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      const age = n.endsWith('.tmp') ? STALE_TMP_MS : n.endsWith('.cache') ? UNUSED_DAYS * DAY_MS : null;
      if (age === null) continue;
      try {
        const p = path.join(dir, n);
        const st = fs.lstatSync(p);
        if (st.isFile() && now - st.mtimeMs > age) fs.rmSync(p, { force: true });
      } catch {
        // gone already
      }
    }
    try {
      // Fails, as it should, on a folder that still holds something.
      fs.rmdirSync(dir);
    } catch {
      // in use
    }
  }
}

/** The start of the name of every cache of chunk `name` as this file (device and inode). */
function chunkPrefix(name: string, st: fs.BigIntStats): string {
  return `${name}.${st.dev.toString(36)}-${st.ino.toString(36)}.`;
}

/** `touched`: the cache was marked as used, for the first time today (see `UNUSED_DAYS`). */
function readCache(dir: string, file: string): { level: Level; data: Buffer; touched: boolean } | null {
  if (!ownFolder(path.dirname(dir)) || !ownFolder(dir)) return null;
  return readPrivateFile(file, (fd, st) => {
    const data = fs.readFileSync(fd);
    const level = data[MAGIC.length];
    if (!data.subarray(0, MAGIC.length).equals(MAGIC) || level === undefined || level > MAX_LEVEL) return null;
    let touched = false;
    if (Date.now() - st.mtimeMs > DAY_MS) {
      try {
        fs.futimesSync(fd, st.atime, new Date());
        touched = true;
      } catch {
        // Read-only: it may be removed as unused one day, and is then written again.
      }
    }
    return { level, data: data.subarray(MAGIC.length + 1), touched };
  });
}
