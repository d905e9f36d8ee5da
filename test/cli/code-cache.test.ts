import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cachedChunks, forgetUnused, installCodeCache, keepCompiledCode, levelOf, loadChunk, MIN_CACHED_BYTES, saveCodeCache, UNUSED_DAYS } from '../../src/cli/code-cache';
import { INTERRUPT_BUDGET, tuneTiering } from '../../src/cli/tiering';
import { CLI, ensureBuilt } from '../helpers/build';

const posix = process.platform !== 'win32';
const temps: string[] = [];
afterEach(() => {
  installCodeCache('/nowhere/cli.js', { NODE_DISABLE_COMPILE_CACHE: '1' });
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-code-cache-'));
  temps.push(dir);
  return dir;
}

/** A bundle folder holding one chunk in the form ncc writes them, large enough to cache, and a cache root beside it. */
function bundle(answer = 42): { dist: string; root: string } {
  const base = temp();
  const dist = path.join(base, 'dist');
  mkdirSync(dist);
  writeChunk(dist, answer);
  return { dist, root: path.join(base, 'cache') };
}

function writeChunk(dist: string, answer: number | string, name = '7.cli.js', size = MIN_CACHED_BYTES): void {
  const id = Number.parseInt(name, 10);
  const source = `"use strict";\nexports.id = ${id};\nexports.ids = [${id}];\nexports.modules = {\n\n/***/ 12:\n/***/ ((module) => {\nmodule.exports = () => ${answer};\n/***/ }),\n/***/ 13:\n/***/ ((module) => {\nmodule.exports = function () { return this === undefined; };\n/***/ })\n\n};\n`;
  writeFileSync(path.join(dist, name), `${source}//${'x'.repeat(Math.max(0, size - source.length - 3))}\n`);
}

async function load(dist: string, root: string): Promise<{ answer: number; level: number }> {
  installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
  const chunk = loadChunk('7.cli.js') as { id: number; ids: number[]; modules: Record<number, (m: { exports?: () => number }) => void> };
  expect(chunk.id).toBe(7);
  expect(chunk.ids).toEqual([7]);
  const m: { exports?: () => number } = {};
  chunk.modules[12]!(m);
  // Strict, as the module it comes from.
  const strict: { exports?: () => boolean } = {};
  (chunk.modules[13] as unknown as (m: { exports?: () => boolean }) => void)(strict);
  const unbound = strict.exports!;
  expect(unbound()).toBe(true);
  return { answer: m.exports!(), level: cachedChunks().find((c) => c.name === '7.cli.js')!.level };
}

function cacheFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(root, d, f)));
}

describe('code cache of the CLI chunks (Node without its own)', () => {
  it('compiles a chunk as a script, keeps its code, and compiles with it next time', async () => {
    const { dist, root } = bundle();
    expect(await load(dist, root)).toEqual({ answer: 42, level: -1 });
    saveCodeCache();
    const files = cacheFiles(root);
    expect(files).toHaveLength(1);
    expect(path.basename(files[0]!)).toMatch(/^7\.cli\.js\.\w+-\w+\.\w+\.\w+\.\w+\.cache$/);
    if (posix) {
      expect(statSync(files[0]!).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(files[0]!)).mode & 0o777).toBe(0o700);
    }
    // Written by a run that checked no file: level 0.
    expect(await load(dist, root)).toEqual({ answer: 42, level: 0 });
    // Nothing new to keep: the file is left as it is.
    const before = statSync(files[0]!).mtimeMs;
    saveCodeCache();
    expect(statSync(files[0]!).mtimeMs).toBe(before);
  });

  it('reads a chunk that is not ASCII as UTF-8, with and without its cache', async () => {
    const base = temp();
    const dist = path.join(base, 'dist');
    mkdirSync(dist);
    writeChunk(dist, "'déjà vu ✔ 𝄞'");
    const root = path.join(base, 'cache');
    installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
    const read = (): string => {
      const chunk = loadChunk('7.cli.js') as { modules: Record<number, (m: { exports?: () => string }) => void> };
      const m: { exports?: () => string } = {};
      chunk.modules[12]!(m);
      return m.exports!();
    };
    expect(read()).toBe('déjà vu ✔ 𝄞');
    saveCodeCache();
    installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
    expect(read()).toBe('déjà vu ✔ 𝄞');
    expect(cachedChunks().find((c) => c.name === '7.cli.js')!.level).toBe(0);
  });

  it('rewrites a cache from a run that checked no file once a run checks files', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(0);
    keepCompiledCode(1);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(1);
    expect(cacheFiles(root)).toHaveLength(1);
  });

  it('rewrites a cache from a scan of few files once a scan checks many more, and not for fewer', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    keepCompiledCode(50);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(levelOf(50));
    // Twice as many: the same level, the cache as it is.
    const written = statSync(cacheFiles(root)[0]!).mtimeMs;
    keepCompiledCode(60);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(levelOf(50));
    expect(statSync(cacheFiles(root)[0]!).mtimeMs).toBe(written);
    // A hundred times as many: written again, with the larger scan's level.
    keepCompiledCode(5000);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(levelOf(5000));
    expect(levelOf(5000)).toBeGreaterThan(levelOf(50));
    // Then a small scan leaves it.
    keepCompiledCode(3);
    saveCodeCache();
    expect((await load(dist, root)).level).toBe(levelOf(5000));
    expect(cacheFiles(root)).toHaveLength(1);
  });

  it('never uses the cache of another build of the chunk, and drops it', async () => {
    const { dist, root } = bundle(42);
    await load(dist, root);
    saveCodeCache();
    const old = cacheFiles(root);
    // Same length, other bytes: V8 alone would take the old code (it checks the source's length).
    writeChunk(dist, 24);
    expect(await load(dist, root)).toEqual({ answer: 24, level: -1 });
    saveCodeCache();
    const now = cacheFiles(root);
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(old);
  });

  it('never uses the cache of an edited chunk whose size and modification time were put back', async () => {
    const { dist, root } = bundle(42);
    const chunk = path.join(dist, '7.cli.js');
    await load(dist, root);
    saveCodeCache();
    const { atime, mtime } = statSync(chunk);
    writeChunk(dist, 24);
    utimesSync(chunk, atime, mtime);
    expect(await load(dist, root)).toEqual({ answer: 24, level: -1 });
  });

  it('keeps the caches of two installs of the same chunk apart', async () => {
    const a = bundle();
    const b = { dist: path.join(path.dirname(a.dist), 'other-dist'), root: a.root };
    mkdirSync(b.dist);
    writeChunk(b.dist, 42);
    await load(a.dist, a.root);
    saveCodeCache();
    await load(b.dist, b.root);
    saveCodeCache();
    expect(cacheFiles(a.root)).toHaveLength(2);
    expect((await load(a.dist, a.root)).level).toBe(0);
    expect((await load(b.dist, b.root)).level).toBe(0);
  });

  it('removes what an interrupted write left behind, once it is old', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    const dir = path.dirname(cacheFiles(root)[0]!);
    const old = path.join(dir, '7.cli.js.x.1.aa.tmp');
    const fresh = path.join(dir, '7.cli.js.x.2.bb.tmp');
    writeFileSync(old, 'partial');
    writeFileSync(fresh, 'being written');
    utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    keepCompiledCode(1);
    saveCodeCache();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it.runIf(posix)('removes the caches of other installs, builds and versions once unused for a month, with their emptied folders', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    const [own] = cacheFiles(root);
    const dir = path.dirname(own!);
    const longAgo = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000);
    const lately = new Date(Date.now() - (UNUSED_DAYS - 1) * 86_400_000);
    // Another install of this version (another inode), unused for a month, and one used lately.
    const otherInstall = path.join(dir, '7.cli.js.1-99.a.b.c.cache');
    const usedLately = path.join(dir, '7.cli.js.1-98.a.b.c.cache');
    // An earlier version's folder, all of it unused; another holding a cache in use.
    const oldVersion = path.join(root, 'leakproof-0.9.0-x64-abc');
    const liveVersion = path.join(root, 'leakproof-0.9.1-x64-abc');
    mkdirSync(oldVersion, { mode: 0o700 });
    mkdirSync(liveVersion, { mode: 0o700 });
    const oldCache = path.join(oldVersion, '7.cli.js.1-2.a.b.c.cache');
    const liveCache = path.join(liveVersion, '7.cli.js.1-3.a.b.c.cache');
    // Not this module's: Node's own cache folder, and a file of another name.
    const nodeOwn = path.join(root, 'v22.11.0-x64-efgh');
    mkdirSync(nodeOwn, { mode: 0o700 });
    const foreign = [path.join(nodeOwn, 'x.cache'), path.join(dir, 'notes.txt')];
    for (const f of [otherInstall, usedLately, oldCache, liveCache, ...foreign]) writeFileSync(f, 'x', { mode: 0o600 });
    for (const f of [otherInstall, oldCache, ...foreign]) utimesSync(f, longAgo, longAgo);
    for (const f of [usedLately, liveCache]) utimesSync(f, longAgo, lately);
    // The cache this build uses is a month old too, but it is read now: marked as used, and kept.
    utimesSync(own!, longAgo, longAgo);
    expect((await load(dist, root)).level).toBe(0);
    saveCodeCache();
    expect(Date.now() - statSync(own!).mtimeMs).toBeLessThan(3_600_000);
    expect(existsSync(own!)).toBe(true);
    expect(existsSync(otherInstall)).toBe(false);
    expect(existsSync(oldCache)).toBe(false);
    expect(existsSync(oldVersion)).toBe(false);
    expect(existsSync(usedLately)).toBe(true);
    expect(existsSync(liveCache)).toBe(true);
    for (const f of foreign) expect(existsSync(f)).toBe(true);
  });

  it.runIf(posix)('looks for unused caches only when one was marked as used today or a new one written', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    const dir = path.dirname(cacheFiles(root)[0]!);
    const unused = path.join(dir, '7.cli.js.1-99.a.b.c.cache');
    writeFileSync(unused, 'x', { mode: 0o600 });
    const longAgo = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000);
    utimesSync(unused, longAgo, longAgo);
    // Its own cache was written just now: this run marks nothing, writes nothing, so nothing is looked for.
    await load(dist, root);
    saveCodeCache();
    expect(existsSync(unused)).toBe(true);
  });

  it.runIf(posix)('never removes through a symlink, nor in a folder others may write to', () => {
    const base = temp();
    const root = path.join(base, 'cache');
    mkdirSync(root, { mode: 0o700 });
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    const target = path.join(elsewhere, '7.cli.js.1-2.a.b.c.cache');
    writeFileSync(target, 'x', { mode: 0o600 });
    symlinkSync(elsewhere, path.join(root, 'leakproof-0.9.0-x64-abc'));
    const shared = path.join(root, 'leakproof-0.9.1-x64-abc');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const inShared = path.join(shared, '7.cli.js.1-3.a.b.c.cache');
    writeFileSync(inShared, 'x', { mode: 0o600 });
    const longAgo = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000);
    for (const f of [target, inShared]) utimesSync(f, longAgo, longAgo);
    forgetUnused(root, Date.now());
    expect(existsSync(target)).toBe(true);
    expect(existsSync(inShared)).toBe(true);
  });

  it('keeps no cache where it cannot tell who owns a file (Windows)', () => {
    const { dist, root } = bundle();
    const getuid = process.getuid;
    try {
      (process as { getuid?: unknown }).getuid = undefined;
      installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
      expect(loadChunk('7.cli.js')).toBeUndefined();
    } finally {
      process.getuid = getuid;
    }
  });

  it('compiles every chunk of the built CLI that is large enough to cache as a function of its exports', () => {
    ensureBuilt();
    const dist = path.dirname(CLI);
    installCodeCache(CLI, { NODE_COMPILE_CACHE: path.join(temp(), 'cache') });
    const chunks = readdirSync(dist).filter((n) => /^\d+\.cli\.js$/.test(n));
    const large = chunks.filter((n) => statSync(path.join(dist, n)).size >= MIN_CACHED_BYTES);
    expect(chunks.length).toBeGreaterThan(3);
    // The rules' chunk, at least.
    expect(large.length).toBeGreaterThan(0);
    for (const n of chunks) {
      const exports = loadChunk(n) as { modules?: object } | undefined;
      if (large.includes(n)) expect(typeof exports?.modules, n).toBe('object');
      else expect(exports, n).toBeUndefined();
    }
  }, 300_000);

  it('leaves a chunk smaller than MIN_CACHED_BYTES to the bundle, and then writes nothing', () => {
    const base = temp();
    const dist = path.join(base, 'dist');
    const root = path.join(base, 'cache');
    mkdirSync(dist);
    writeChunk(dist, 42, '7.cli.js', MIN_CACHED_BYTES - 1);
    installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
    expect(loadChunk('7.cli.js')).toBeUndefined();
    saveCodeCache();
    expect(existsSync(root)).toBe(false);
  });

  it.runIf(posix)('reads no cache from a folder others may write to, or through a symlink', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    const dir = path.dirname(cacheFiles(root)[0]!);
    chmodSync(dir, 0o777);
    expect((await load(dist, root)).level).toBe(-1);
    saveCodeCache();
    chmodSync(dir, 0o700);
    chmodSync(root, 0o757);
    expect((await load(dist, root)).level).toBe(-1);
    chmodSync(root, 0o700);
    expect((await load(dist, root)).level).toBe(0);

    // A cache root that is a symlink to a folder holding good caches is not followed.
    const link = path.join(path.dirname(root), 'link');
    symlinkSync(root, link);
    expect((await load(dist, link)).level).toBe(-1);
  });

  it.runIf(posix && process.getuid?.() === 0)('reads no cache from a folder of another user', async () => {
    const { dist, root } = bundle();
    await load(dist, root);
    saveCodeCache();
    const dir = path.dirname(cacheFiles(root)[0]!);
    chownSync(dir, 65534, 65534);
    expect((await load(dist, root)).level).toBe(-1);
  });

  it('leaves chunks of another form, and a turned-off cache, to the bundle', async () => {
    const { dist, root } = bundle();
    writeFileSync(path.join(dist, '8.cli.js'), `exports.modules = {};\n//${'x'.repeat(MIN_CACHED_BYTES)}\n`);
    installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root });
    expect(loadChunk('8.cli.js')).toBeUndefined();
    expect(loadChunk('9.cli.js')).toBeUndefined();
    installCodeCache(path.join(dist, 'cli.js'), { NODE_COMPILE_CACHE: root, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(loadChunk('7.cli.js')).toBeUndefined();
    saveCodeCache();
    expect(cacheFiles(root)).toEqual([]);
  });
});

// Node 22.1 and later keep compiled code themselves; the CLI then uses theirs.
const ownCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.runIf(ownCache)('the built CLI with its code cache', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  function scan(dir: string, env: NodeJS.ProcessEnv): string {
    const r = spawnSync(process.execPath, [CLI, dir, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.replace(/"durationMs": \d+/, '');
  }

  it('gives the same report with and without the cache, and keeps it only when allowed', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'settings.py'), "SECRET_KEY = 'Zq8rT2vLm9XbT4kWp7NcYd3Hs6Fj1aB5'\n");
    const root = path.join(temp(), 'cache');
    const plain = scan(dir, { NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: root });
    expect(cacheFiles(root)).toEqual([]);
    expect(scan(dir, { NODE_COMPILE_CACHE: root })).toBe(plain);
    const files = cacheFiles(root);
    expect(files.length).toBeGreaterThan(0);
    expect(scan(dir, { NODE_COMPILE_CACHE: root })).toBe(plain);
    expect(cacheFiles(root)).toEqual(files);
    // A corrupted cache is turned down (unchecked, V8 would crash on it, or run it), and replaced.
    // Each run is a process of its own: V8 does not look at cached data for a source it compiled already.
    for (const at of [0.25, 0.5, 0.75]) {
      const corrupted = files.map((f) => {
        const bytes = readFileSync(f);
        const from = Math.floor(bytes.length * at);
        bytes.fill(0x5a, from, from + 16);
        writeFileSync(f, bytes);
        return bytes;
      });
      expect(scan(dir, { NODE_COMPILE_CACHE: root })).toBe(plain);
      files.forEach((f, i) => expect(readFileSync(f).equals(corrupted[i]!), f).toBe(false));
    }
  });

  it("names the cache for V8 with the scan's tiering in effect, which it sets without a word on stderr", () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'settings.py'), 'DEBUG = False\n');
    const root = path.join(temp(), 'cache');
    const r = spawnSync(process.execPath, [CLI, dir, '--fail-on', 'never'], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: root, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // The tag V8 gives with the same flags set on its command line: the budget (where this V8 has it) and the checksum check.
    const tuned = tuneTiering({ setFlagsFromString: () => undefined });
    const flags = [...(tuned ? [`--interrupt-budget=${INTERRUPT_BUDGET}`] : []), '--verify-snapshot-checksum'];
    const tag = spawnSync(process.execPath, [...flags, '-e', "process.stdout.write(require('node:v8').cachedDataVersionTag().toString(36))"], { encoding: 'utf8' }).stdout;
    expect(tag).toMatch(/^[0-9a-z]+$/);
    expect(readdirSync(root)).toEqual([expect.stringMatching(new RegExp(`-${tag}$`))]);
  });
});
