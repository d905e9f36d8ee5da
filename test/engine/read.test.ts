import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callPrefix, SafeReader } from '../../src/engine/read';

const posix = process.platform !== 'win32';

describe('callPrefix: the root as the reader hands it to the system', () => {
  it.each([
    ['the working folder itself', '/w/repo', '/w/repo', ''],
    ['the working folder, written relatively', '.', '/w/repo', ''],
    ['the working folder with a trailing separator', '/w/repo/', '/w/repo', ''],
    ['a folder inside it', '/w/repo/packages/app', '/w/repo', 'packages/app/'],
    ['a folder inside it, written relatively', 'packages/app', '/w/repo', 'packages/app/'],
    ['a folder whose name starts with two dots, inside it', '/w/repo/..cache', '/w/repo', '..cache/'],
    ['the parent folder', '/w', '/w/repo', '/w/'],
    ['a sibling folder', '/w/other', '/w/repo', '/w/other/'],
    ['a sibling, written relatively', '../other', '/w/repo', '/w/other/'],
    ['the file system root', '/', '/w/repo', '/'],
  ])('%s', (_label, root, cwd, expected) => {
    if (!posix) return;
    expect(callPrefix(root, cwd)).toBe(expected);
  });

  it('keeps the root as given when the working folder cannot be had', () => {
    expect(callPrefix(`${path.sep}w${path.sep}repo`, null)).toBe(`${path.sep}w${path.sep}repo${path.sep}`);
  });
});

describe('SafeReader from inside the root (relative system calls)', () => {
  const start = process.cwd();
  const temps: string[] = [];
  afterEach(() => {
    process.chdir(start);
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  /** A root holding `app/settings.py`, and beside it a folder it must never read, reached by a symlinked folder and a symlinked file. */
  function layout(): { base: string; root: string } {
    const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'leakproof-read-')));
    temps.push(base);
    const root = path.join(base, 'repo');
    mkdirSync(path.join(root, 'app', 'deep'), { recursive: true });
    mkdirSync(path.join(base, 'outside'));
    writeFileSync(path.join(root, 'app', 'settings.py'), 'DEBUG = False\n');
    writeFileSync(path.join(root, 'app', 'deep', 'x.py'), 'X = 1\n');
    writeFileSync(path.join(base, 'outside', 'settings.py'), 'SECRET_KEY = "outside"\n');
    writeFileSync(path.join(root, 'app', 'big.txt'), 'b'.repeat(20_000));
    if (posix) {
      symlinkSync(path.join(base, 'outside'), path.join(root, 'linked'));
      symlinkSync(path.join(base, 'outside'), path.join(root, 'app', 'deep', 'linked-deeper'));
      symlinkSync(path.join(base, 'outside', 'settings.py'), path.join(root, 'app', 'file-link.py'));
    }
    return { base, root };
  }

  for (const where of ['the root', 'a folder above the root'] as const) {
    it(`reads below the root and nothing through a symlink, run from ${where}`, () => {
      if (!posix) return;
      const { base, root } = layout();
      process.chdir(where === 'the root' ? root : base);
      const reader = new SafeReader(root);
      const ok = reader.readSync('app/settings.py', 1 << 20);
      expect(ok.kind).toBe('ok');
      expect(ok.kind === 'ok' && ok.body?.toString()).toBe('DEBUG = False\n');
      expect(reader.readSync('app/deep/x.py', 1 << 20).kind).toBe('ok');
      expect(reader.readSync('linked/settings.py', 1 << 20)).toEqual({ kind: 'symlink' });
      expect(reader.readSync('app/file-link.py', 1 << 20)).toEqual({ kind: 'symlink' });
      expect(reader.readSync('app/missing.py', 1 << 20)).toEqual({ kind: 'missing' });
      expect(reader.readSync('../outside/settings.py', 1 << 20)).toEqual({ kind: 'missing' });
      // An absolute path, as a crafted index may list one, is never read.
      expect(reader.readSync(path.join(base, 'outside', 'settings.py'), 1 << 20)).toEqual({ kind: 'missing' });
      expect(reader.readSync(path.join(base, 'outside', 'settings.py'), 1 << 20, 'regular')).toEqual({ kind: 'missing' });
      expect(reader.readSync(path.join(base, 'outside', 'settings.py'), 1 << 20, 'walked')).toEqual({ kind: 'missing' });
      expect(reader.readSync('app/deep/linked-deeper/settings.py', 1 << 20)).toEqual({ kind: 'symlink' });
      expect(reader.readSync('app/settings.py/x.py', 1 << 20)).toEqual({ kind: 'missing' });
      expect(reader.readSync('nowhere/x.py', 1 << 20)).toEqual({ kind: 'missing' });
      expect(reader.stampSync('linked/settings.py')).toBeNull();
      expect(reader.stampSync('app/settings.py')).not.toBeNull();
    });
  }

  it.each(['unknown', 'regular', 'walked'] as const)('gives the first 8 KiB as the head, listed as %s', (listed) => {
    const { root } = layout();
    const reader = new SafeReader(root, true);
    const small = reader.readSync('app/settings.py', 1 << 20, listed);
    expect(small.kind === 'ok' && [small.size, small.head.toString(), small.body?.length]).toEqual([14, 'DEBUG = False\n', 14]);
    const big = reader.readSync('app/big.txt', 1 << 20, listed);
    expect(big.kind === 'ok' && [big.size, big.head.length, big.body?.length]).toEqual([20_000, 8192, 20_000]);
    const capped = reader.readSync('app/big.txt', 10_000, listed);
    expect(capped.kind === 'ok' && [capped.size, capped.head.length, capped.body]).toEqual([20_000, 8192, null]);
  });
});

describe('SafeReader with one reused buffer', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  /** Bytes that differ at every offset (a byte pattern of period 251), so a part read twice or skipped shows. */
  const pattern = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + seed) % 251));

  it('reads files of every size around its first read whole, in any order, as they are on disk', () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'leakproof-read-')));
    temps.push(root);
    const sizes = [0, 1, 4096, 65_535, 65_536, 65_537, 131_072, 200_001, 10, 300_000, 65_536];
    sizes.forEach((n, i) => writeFileSync(path.join(root, `f${i}`), pattern(n, i)));
    const reader = new SafeReader(root, true);
    for (const [i, n] of sizes.entries()) {
      const out = reader.readSync(`f${i}`, 1 << 20, 'regular');
      expect(out.kind, `f${i}`).toBe('ok');
      if (out.kind !== 'ok') continue;
      expect(out.size, `f${i}`).toBe(n);
      expect(out.body?.equals(pattern(n, i)), `f${i} (${n} bytes)`).toBe(true);
    }
  });

  it('reads only the head of a file over the size limit', () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'leakproof-read-')));
    temps.push(root);
    writeFileSync(path.join(root, 'big'), pattern(100_000, 3));
    const out = new SafeReader(root, true).readSync('big', 70_000, 'regular');
    expect(out.kind === 'ok' && out.body).toBeNull();
    expect(out.kind === 'ok' && out.size).toBe(100_000);
    expect(out.kind === 'ok' && out.head.equals(pattern(100_000, 3).subarray(0, out.head.length))).toBe(true);
  });
});
