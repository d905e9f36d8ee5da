import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt } from '../helpers/build';

/** Files that hold a rule's word but no finding, one in seven: a scan cache remembers them (small files with no such word are read again). */
const remembered = (n: number) => n % 7 === 0 && n % 997 !== 0 && n % 1499 !== 0;

/** A plain folder large enough for the built CLI to split it over worker threads. */
function bigTree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-threads-'));
  for (let d = 0; d < 70; d++) {
    const sub = path.join(dir, `pkg${d}`);
    mkdirSync(sub);
    for (let f = 0; f < 100; f++) {
      const n = d * 100 + f;
      const body =
        n % 997 === 0
          ? `import os\nSECRET_KEY = 'planted-${n}-Zq8rT2vLm9XbT4kWp7NcYd3Hs6Fj1aB5'\n`
          : n % 1499 === 0
            ? `const secret = process.env.JWT_SECRET || 'fallback-${n}';\n`
            : remembered(n)
              ? `import os\nSECRET_KEY_${n} = os.environ['SECRET_KEY']\n`
              : `def handler_${n}(request):\n    return request.get('value_${n}')\n`;
      writeFileSync(path.join(sub, `mod${f}.${n % 1499 === 0 ? 'js' : 'py'}`), body);
    }
  }
  writeFileSync(path.join(dir, 'pkg3', '.env'), 'API_TOKEN=abc\n');
  return dir;
}

/** A scan's JSON report, duration aside; every file is read unless `cache` is given. */
function scanJson(dir: string, threads: string, env: NodeJS.ProcessEnv = {}, cache?: string): Record<string, unknown> {
  const args = [CLI, dir, '--format', 'json', '--fail-on', 'never'];
  if (cache) env = { ...env, CI: '', LEAKPROOF_NO_CACHE: '', LEAKPROOF_CACHE_DIR: cache };
  else args.push('--no-cache');
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, LEAKPROOF_THREADS: threads, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { stats: { durationMs?: number } };
  delete report.stats.durationMs;
  return report as Record<string, unknown>;
}

describe('scanning on worker threads', () => {
  let dir: string;
  let written: number;
  beforeAll(() => {
    ensureBuilt();
    dir = bigTree();
    written = Date.now();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives byte-identical findings and stats to a one-thread scan of 7,000 files', () => {
    const one = scanJson(dir, '1');
    const two = scanJson(dir, '2');
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const findings = one.findings as { ruleId: string; path: string }[];
    // 8 planted SECRET_KEYs (every 997th file), 4 fallbacks (every 1499th but file 0), one .env.
    expect(findings.filter((f) => f.ruleId === 'hardcoded-secret-key')).toHaveLength(8);
    expect(findings.filter((f) => f.ruleId === 'secret-key-fallback')).toHaveLength(4);
    expect(findings.filter((f) => f.ruleId === 'dotenv-file').map((f) => f.path)).toEqual(['pkg3/.env']);
    expect((one.stats as { files: number }).files).toBe(7001);
  });

  it('checks a share on the main thread when its worker runs out of memory, with the same result', () => {
    const one = scanJson(dir, '1');
    const starved = scanJson(dir, '2', { LEAKPROOF_WORKER_HEAP_MB: '1' });
    expect(JSON.stringify(starved)).toBe(JSON.stringify(one));
  });

  it('remembers the files the workers found clean: the next scan reads only the rest, with the same report', async () => {
    // Files changed in the last two seconds are not remembered.
    const wait = written + 2200 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const cache = mkdtempSync(path.join(tmpdir(), 'leakproof-threads-cache-'));
    try {
      const one = JSON.stringify(scanJson(dir, '1'));
      expect(JSON.stringify(scanJson(dir, '2', {}, cache))).toBe(one);
      const files = readdirSync(cache);
      expect(files).toHaveLength(1);
      const text = readFileSync(path.join(cache, files[0]!), 'utf8');
      // A path and a record per file worth remembering.
      const worth = Array.from({ length: 7000 }, (_, n) => n).filter(remembered).length;
      expect(worth).toBeGreaterThan(900);
      expect(text.split('\0').length - 1).toBe(2 * worth);
      expect(JSON.stringify(scanJson(dir, '2', {}, cache))).toBe(one);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('scans on worker threads with the progress counter of a terminal on', () => {
    // `script` (util-linux) gives the CLI a terminal, so the text report shows progress.
    if (spawnSync('script', ['--version']).status !== 0) return;
    const env: NodeJS.ProcessEnv = { ...process.env, LEAKPROOF_THREADS: '2', NO_COLOR: '1' };
    delete env.CI;
    const command = [process.execPath, CLI, dir, '--fail-on', 'never', '--no-cache'].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/13 findings/);
    expect(r.stdout).not.toMatch(/could not be cloned|rerun with/);
  });

  it('scans a folder below the worker threshold with the default settings', () => {
    const small = mkdtempSync(path.join(tmpdir(), 'leakproof-threads-small-'));
    try {
      writeFileSync(path.join(small, 'a.py'), "SECRET_KEY = 'dev-key'\n");
      const out = execFileSync(process.execPath, [CLI, small, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
      expect(JSON.parse(out).findings).toHaveLength(1);
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });

  // Last two: they make the folder a repository.
  it('gives the same report in a git work tree, where files are checked while git lists them', () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
    git('init', '-q');
    // Most files tracked, the rest untracked: both listings feed the workers.
    git('add', '--', ...Array.from({ length: 60 }, (_, d) => `pkg${d}`));
    const one = scanJson(dir, '1');
    expect(one.mode).toBe('git');
    expect(JSON.stringify(scanJson(dir, '2'))).toBe(JSON.stringify(one));
    expect(JSON.stringify(scanJson(dir, '2', { LEAKPROOF_WORKER_HEAP_MB: '1' }))).toBe(JSON.stringify(one));
    expect((one.stats as { files: number }).files).toBe(7001);
  });

  it('starts workers for the untracked files when the index foresaw too few for them', () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
    // 100 files tracked: this thread checks them as git lists them; then 6,901 untracked ones are listed.
    git('rm', '-r', '-q', '--cached', '--', ...Array.from({ length: 59 }, (_, d) => `pkg${d + 1}`));
    const one = scanJson(dir, '1');
    expect(one.mode).toBe('git');
    const statuses = (one.findings as { status: string }[]).map((f) => f.status);
    expect(statuses).toContain('tracked');
    expect(statuses).toContain('untracked');
    expect(JSON.stringify(scanJson(dir, '2'))).toBe(JSON.stringify(one));
    expect(JSON.stringify(scanJson(dir, '2', { LEAKPROOF_WORKER_HEAP_MB: '1' }))).toBe(JSON.stringify(one));
    expect((one.stats as { files: number }).files).toBe(7001);
  });
});
