// Where the CLI keeps what a scan found clean (engine/known-files.ts), and when it keeps nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { folderCache, openScanCache, UNUSED_DAYS } from '../../src/cli/scan-cache';
import { CLI, ensureBuilt } from '../helpers/build';
import { RUNNING_AS_ROOT } from '../helpers/fixture';

const CAN_SWITCH_USER = RUNNING_AS_ROOT && spawnSync('setpriv', ['--version']).status === 0;

const temps: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A folder that stands for a built bundle: an entry and a chunk. */
function bundle(): string {
  const dir = temp('leakproof-bundle-');
  writeFileSync(path.join(dir, 'cli.js'), 'entry\n');
  writeFileSync(path.join(dir, '1.cli.js'), 'chunk\n');
  return path.join(dir, 'cli.js');
}

describe('openScanCache', () => {
  it('keeps nothing in CI, when turned off, or when the CLI runs from its sources', () => {
    const root = temp('leakproof-root-');
    const entry = bundle();
    expect(openScanCache(root, { LEAKPROOF_CACHE_DIR: temp('leakproof-c-') }, entry)).toBeDefined();
    expect(openScanCache(root, { CI: 'true' }, entry)).toBeUndefined();
    expect(openScanCache(root, { LEAKPROOF_NO_CACHE: '1' }, entry)).toBeUndefined();
    expect(openScanCache(root, {}, null)).toBeUndefined();
    expect(openScanCache(path.join(root, 'missing'), {}, entry)).toBeUndefined();
  });

  it('names the build by its version and its files: a rebuilt chunk is another build', () => {
    const root = temp('leakproof-root-');
    const entry = bundle();
    const env = { LEAKPROOF_CACHE_DIR: temp('leakproof-c-') };
    const before = openScanCache(root, env, entry)!.build;
    expect(openScanCache(root, env, entry)!.build).toBe(before);
    writeFileSync(path.join(path.dirname(entry), '1.cli.js'), 'chunk, rebuilt\n');
    expect(openScanCache(root, env, entry)!.build).not.toBe(before);
  });
});

describe('folderCache', () => {
  it('saves into a private folder it makes, and reads back what it saved', () => {
    const dir = path.join(temp('leakproof-c-'), 'made');
    const c = folderCache(dir, '/some/root', 'b');
    expect(c.load()).toBeNull();
    c.save('header\nrecords');
    expect(c.load()).toBe('header\nrecords');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [file] = readdirSync(dir);
    expect(statSync(path.join(dir, file!)).mode & 0o777).toBe(0o600);
    // Another folder's cache is another file.
    expect(folderCache(dir, '/some/other', 'b').load()).toBeNull();
  });

  it('does not read a file headed by another folder (two paths that hash alike)', () => {
    const dir = temp('leakproof-c-');
    folderCache(dir, '/a', 'b').save('text');
    const [file] = readdirSync(dir);
    const p = path.join(dir, file!);
    writeFileSync(p, readFileSync(p, 'utf8').replace('"/a"', '"/z"'));
    expect(folderCache(dir, '/a', 'b').load()).toBeNull();
  });

  it('does not read from a folder others may write to, a symlink, or a file others may write to', () => {
    const dir = temp('leakproof-c-');
    const c = folderCache(dir, '/r', 'b');
    c.save('text');
    const [file] = readdirSync(dir);
    const p = path.join(dir, file!);
    chmodSync(dir, 0o777);
    expect(c.load()).toBeNull();
    chmodSync(dir, 0o700);
    expect(c.load()).toBe('text');
    chmodSync(p, 0o666);
    expect(c.load()).toBeNull();
    chmodSync(p, 0o600);
    const elsewhere = path.join(temp('leakproof-c-'), 'real');
    writeFileSync(elsewhere, readFileSync(p));
    chmodSync(elsewhere, 0o600);
    rmSync(p);
    symlinkSync(elsewhere, p);
    expect(c.load()).toBeNull();
  });

  it('removes the caches of folders not scanned for a month when it writes one', () => {
    const dir = temp('leakproof-c-');
    folderCache(dir, '/old', 'b').save('text');
    folderCache(dir, '/recent', 'b').save('text');
    const [oldFile] = readdirSync(dir).filter((n) => readFileSync(path.join(dir, n), 'utf8').startsWith('"/old"'));
    const longAgo = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000);
    utimesSync(path.join(dir, oldFile!), longAgo, longAgo);
    // The folder may be one of the user's (LEAKPROOF_CACHE_DIR): only the names caches have are removed.
    const mine = ['not-a-cache.txt', 'important.json', 'package-lock.json', 'my-settings.json', 'editor.tmp'];
    for (const n of mine) {
      writeFileSync(path.join(dir, n), 'x');
      utimesSync(path.join(dir, n), longAgo, longAgo);
    }
    // Read (so used) but not written: kept.
    const [usedFile] = readdirSync(dir).filter((n) => readFileSync(path.join(dir, n), 'utf8').startsWith('"/recent"'));
    utimesSync(path.join(dir, usedFile!), longAgo, longAgo);
    expect(folderCache(dir, '/recent', 'b').load()).toBe('text');
    folderCache(dir, '/now', 'b').save('text');
    expect(folderCache(dir, '/old', 'b').load()).toBeNull();
    expect(folderCache(dir, '/recent', 'b').load()).toBe('text');
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(mine));
  });

  it('writes nothing into a folder others may write to', () => {
    const dir = temp('leakproof-c-');
    chmodSync(dir, 0o777);
    folderCache(dir, '/r', 'b').save('text');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the built CLI and its cache', () => {
  let root: string;
  let shared: string;
  beforeAll(async () => {
    ensureBuilt();
    root = temp('leakproof-cached-');
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/app.py'), "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    writeFileSync(path.join(root, 'settings.py'), "SECRET_KEY = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQQ'\n");
    // A file another user may read only as a member of a group.
    shared = temp('leakproof-shared-');
    chmodSync(shared, 0o755);
    writeFileSync(path.join(shared, 'app.py'), "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    if (CAN_SWITCH_USER) {
      chownSync(path.join(shared, 'app.py'), 0, 100);
      chmodSync(path.join(shared, 'app.py'), 0o640);
    }
    // Files changed in the last two seconds are not remembered.
    await new Promise((resolve) => setTimeout(resolve, 2200));
  });

  function run(args: string[], env: NodeJS.ProcessEnv) {
    const e: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const k of ['CI', 'LEAKPROOF_NO_CACHE']) if (!(k in env)) delete e[k];
    const r = spawnSync(process.execPath, [CLI, root, '--format', 'json', '--fail-on', 'never', ...args], { encoding: 'utf8', env: e });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { stats: { durationMs?: number } };
    delete report.stats.durationMs;
    return JSON.stringify(report);
  }

  it('remembers the clean files of a local scan, and reports the same the next time', () => {
    const cache = temp('leakproof-c-');
    const first = run([], { LEAKPROOF_CACHE_DIR: cache });
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(cache, files[0]!), 'utf8');
    expect(text).toContain('src/app.py');
    // The file with a finding is read at every scan: it is not remembered.
    expect(text).not.toContain('settings.py');
    expect(text).not.toContain('Zx8kQ2mN');
    expect(run([], { LEAKPROOF_CACHE_DIR: cache })).toBe(first);
    expect(run(['--no-cache'], {})).toBe(first);
  });

  it.skipIf(!CAN_SWITCH_USER)('reports a remembered file that may no longer be read, as a scan without the cache does', () => {
    const cache = temp('leakproof-c-');
    chownSync(cache, 65534, 65534);
    const as = (groups: string[], extra: string[] = []) => {
      const r = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', ...groups, process.execPath, CLI, shared, '--format', 'json', '--fail-on', 'never', ...extra],
        { encoding: 'utf8', env: { PATH: process.env.PATH, LEAKPROOF_CACHE_DIR: cache } },
      );
      const report = JSON.parse(r.stdout) as { stats: { files: number; skipped: { unreadable: number }; durationMs?: number } };
      delete report.stats.durationMs;
      return { report: JSON.stringify(report), stats: report.stats, stderr: r.stderr };
    };
    // In the group: read, and remembered.
    expect(as(['--groups=100']).stats.files).toBe(1);
    expect(readdirSync(cache)).toHaveLength(1);
    // Out of it (the file itself unchanged): it cannot be read, and is said so.
    const cached = as(['--clear-groups']);
    const uncached = as(['--clear-groups'], ['--no-cache']);
    expect(cached.stats.skipped.unreadable).toBe(1);
    expect(cached.stderr).toMatch(/app\.py: permission denied/);
    expect(cached.report).toBe(uncached.report);
  });

  it('keeps nothing in CI or with --no-cache', () => {
    const cache = temp('leakproof-c-');
    run([], { LEAKPROOF_CACHE_DIR: cache, CI: 'true' });
    run(['--no-cache'], { LEAKPROOF_CACHE_DIR: cache });
    run([], { LEAKPROOF_CACHE_DIR: cache, LEAKPROOF_NO_CACHE: '1' });
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });
});
