import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { workerThreads } from '../core/builtin';
import { VERSION } from '../version';

/**
 * Compiled code kept between runs on Node versions that keep none of their
 * own (before 22.1, which has `module.enableCompileCache`): the CLI's chunks,
 * half a megabyte of rules and engine, are otherwise parsed and compiled at
 * every start, which is most of what a scan of a small folder costs.
 *
 * The bundle's chunk loader asks `loadChunk` (build.mjs wires it in) before
 * it imports a chunk. A chunk is an ES module of one form,
 * `export const id = …; export const ids = […]; export const modules = {…};`,
 * with no `import.meta` and no `import()` (build.mjs checks), so it runs as
 * a script as well, compiled with V8's code cache.
 *
 * Where: `NODE_COMPILE_CACHE`, else Node's own default (`node-compile-cache`
 * in the temporary folder), in a folder of this version's. Off with
 * `NODE_DISABLE_COMPILE_CACHE=1`, as Node's own. Compiled code is code: it
 * is read only from folders this user owns and no one else may write to,
 * and only for the same chunk file: its size, modification time and inode
 * name the cache (V8 checks the length of the source, not its bytes).
 */

/** The name of the hook the bundle's chunk loader calls; see scripts/build.mjs. */
export const CHUNK_HOOK = Symbol.for('leakproof.loadChunk');

const HEADER = /^export const id = (\d+);\nexport const ids = (\[[\d, ]*\]);\nexport const modules = /;
const MAGIC = Buffer.from('LPC1');

/** 0: written by a run that compiled start-up code only; 1: by a run that also checked files. */
type Level = 0 | 1;

interface Loaded {
  name: string;
  script: vm.Script;
  file: string;
  /** The level of the cache it was compiled with, or -1 when there was none (or V8 turned it down). */
  level: Level | -1;
}

interface State {
  chunks: string;
  dir: string;
  loaded: Loaded[];
  level: Level;
}

let state: State | null = null;

/**
 * Installs the loader for the bundle whose entry is `entryFile`. Does
 * nothing where Node keeps compiled code itself, or when turned off.
 */
export function installCodeCache(entryFile: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE) {
    state = null;
    delete (globalThis as Record<symbol, unknown>)[CHUNK_HOOK];
    return;
  }
  const root = env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), 'node-compile-cache');
  const dir = path.join(root, `leakproof-${VERSION}-${process.version}-${process.arch}`);
  if (state === null) process.on('exit', saveCodeCache);
  state = { chunks: path.dirname(entryFile), dir, loaded: [], level: 0 };
  (globalThis as Record<symbol, unknown>)[CHUNK_HOOK] = loadChunk;
}

/** The chunks loaded so far and the level of the cache each was compiled with (-1: none). */
export function cachedChunks(): { name: string; level: number }[] {
  return state?.loaded.map((c) => ({ name: c.name, level: c.level })) ?? [];
}

/** Says that this run checked files: the code it compiled is worth keeping (see `Level`). */
export function keepCompiledCode(): void {
  if (state) state.level = 1;
}

/**
 * The exports of chunk `name`, compiled with the cache when there is a
 * usable one; undefined to let the bundle import it as usual.
 */
export function loadChunk(name: string): Promise<unknown> | undefined {
  if (!state || !/^\d+\.cli\.js$/.test(name)) return undefined;
  let source: string;
  let st: fs.Stats;
  try {
    const fd = fs.openSync(path.join(state.chunks, name), 'r');
    try {
      st = fs.fstatSync(fd);
      source = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const header = HEADER.exec(source);
  if (!header) return undefined;
  // Strict, as a module is; the same lines as the module's, so that stack traces point where they did.
  const code = `(function (exports) {'use strict'; exports.id = ${header[1]};\nexports.ids = ${header[2]};\nexports.modules = ${source.slice(header[0].length)}\n})`;
  const file = path.join(state.dir, `${name}.${st.size}.${Math.trunc(st.mtimeMs * 1000).toString(36)}.${st.ino.toString(36)}.cache`);
  const cached = readCache(state.dir, file);
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
  state.loaded.push({ name, script, file, level: cached && !script.cachedDataRejected ? cached.level : -1 });
  return Promise.resolve(exports);
}

/**
 * Writes the compiled code of each chunk that had no cache, or one from a
 * run that checked no file when this one did. Called at exit, when every
 * function the run needed has been compiled; only on the main thread.
 */
export function saveCodeCache(): void {
  const s = state;
  if (!s) return;
  const stale = s.loaded.filter((c) => c.level < s.level || c.level === -1);
  if (stale.length === 0 || !workerThreads().isMainThread) return;
  try {
    fs.mkdirSync(s.dir, { recursive: true, mode: 0o700 });
    if (!ownFolder(path.dirname(s.dir)) || !ownFolder(s.dir)) return;
    const names = fs.readdirSync(s.dir);
    for (const c of stale) {
      const tmp = `${c.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([MAGIC, Buffer.from([s.level]), c.script.createCachedData()]), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, c.file);
      c.level = s.level;
      // The cache of an earlier build of the same chunk.
      for (const n of names) if (n.startsWith(`${c.name}.`) && n.endsWith('.cache') && n !== path.basename(c.file)) fs.rmSync(path.join(s.dir, n), { force: true });
    }
  } catch {
    // A cache that cannot be written (a read-only temporary folder) only costs the compile.
  }
}

function readCache(dir: string, file: string): { level: Level; data: Buffer } | null {
  let fd: number;
  try {
    if (!ownFolder(path.dirname(dir)) || !ownFolder(dir)) return null;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedHere(st) || (st.mode & 0o022) !== 0) return null;
    const data = fs.readFileSync(fd);
    const level = data[MAGIC.length];
    if (!data.subarray(0, MAGIC.length).equals(MAGIC) || (level !== 0 && level !== 1)) return null;
    return { level, data: data.subarray(MAGIC.length + 1) };
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** A real folder (not a symlink) of this user's, which no one else may write to. */
function ownFolder(dir: string): boolean {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && ownedHere(st) && (process.platform === 'win32' || (st.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

function ownedHere(st: fs.Stats): boolean {
  return typeof process.getuid !== 'function' || st.uid === process.getuid();
}
