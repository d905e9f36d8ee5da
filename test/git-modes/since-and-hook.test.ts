import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli, jsonScan, SECRET_LINE, TempRepo } from './repo';
import { parseArgs } from '../../src/cli/args';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function newRepo(): TempRepo {
  const r = new TempRepo();
  cleanups.push(() => r.cleanup());
  return r;
}

describe('--since REF', () => {
  it('scans only what changed since REF, added lines only, plus untracked files', async () => {
    const repo = newRepo();
    repo.write('old.py', `${SECRET_LINE}\n`).write('app.py', 'A = 1\n').commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app.py', "A = 1\nJWT_SECRET = 'feature-branch-secret-9'\n").commit('feature');
    repo.write('.env', 'TOKEN=abc\n');
    const { code, report } = await jsonScan(repo.dir, '--since', 'main');
    expect(code).toBe(1);
    expect(report.findings.map((f: { ruleId: string; path: string; line?: number; status: string }) => `${f.ruleId} ${f.path}:${f.line ?? '-'} ${f.status}`)).toEqual([
      'dotenv-file .env:- untracked',
      'hardcoded-secret-key app.py:2 tracked',
    ]);
  });

  it('marks findings new and lists the suppressions the change adds, with their reasons and never the secret', async () => {
    const repo = newRepo();
    repo.write('a.py', `# leakproof-ignore-next-line -- kept for the migration test\n${SECRET_LINE}\n`).write('b.py', `X = 1\n${SECRET_LINE}\n`).commit('base');
    repo.write('a.py', `# leakproof-ignore-next-line -- kept for the migration test\n${SECRET_LINE}\nY = 2\n`);
    repo.write('b.py', `X = 1\n# leakproof-ignore-next-line -- rotated on 2026-11-30\n${SECRET_LINE}\n`);
    repo.write('c.py', `JWT_SECRET = 'Zq4vN8mT2xK6pL0rW3sY7bH1'  # leakproof-ignore\n`);
    const { code, report, stdout } = await jsonScan(repo.dir, '--since', 'HEAD');
    expect(code).toBe(0);
    expect(report.addedSuppressions).toEqual([
      { ruleId: 'hardcoded-secret-key', severity: 'error', path: 'b.py', line: 3, commentLine: 2, reason: 'rotated on 2026-11-30', context: 'production', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) },
      { ruleId: 'hardcoded-secret-key', severity: 'error', path: 'c.py', line: 1, commentLine: 1, context: 'production', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) },
    ]);
    // The old line under a new comment was already there; the new file's line is new.
    expect(report.findings.map((f: { path: string; new: boolean }) => `${f.path} ${f.new}`)).toEqual(['b.py false', 'c.py true']);
    expect(stdout).not.toContain('Zq4vN8mT2xK6pL0rW3sY7bH1');
    expect(stdout).not.toContain("k3J9xQ2mQz7Lp0Rv8Tn4Wc6Yb1Hd5Fg'");

    const text = await cli([repo.dir, '--since', 'HEAD']);
    expect(text.stdout).toContain('2 findings hidden by `leakproof-ignore` comments this change adds:');
    expect(text.stdout).toContain('b.py:2  hardcoded-secret-key (error): rotated on 2026-11-30');
    expect(text.stdout).toContain('c.py:1  hardcoded-secret-key (error): no reason given');
  });

  it('a -next-line comment added above an old line brings in only what it hides', async () => {
    const repo = newRepo();
    repo.write('a.py', `X = 1\n${SECRET_LINE}\n`).commit('base');
    // The comment names another rule: the old hardcoded key below it is neither hidden nor new.
    repo.write('a.py', `X = 1\n# leakproof-ignore-next-line known-token\n${SECRET_LINE}\n`);
    const { code, report } = await jsonScan(repo.dir, '--since', 'HEAD');
    expect(report.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual(['unused-suppression:2']);
    expect(report.addedSuppressions).toEqual([]);
    expect(code).toBe(0);
  });

  it('is clean when nothing was added since REF, and fails clearly on an unknown REF', async () => {
    const repo = newRepo();
    repo.write('old.py', `${SECRET_LINE}\n`).commit('base');
    expect((await jsonScan(repo.dir, '--since', 'HEAD')).report.findings).toEqual([]);
    const r = await cli([repo.dir, '--since', 'origin/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fetch-depth: 0');
    expect(r.stderr).not.toContain('    at ');
  });

  it('never follows a symlink out of the work tree', async () => {
    const repo = newRepo();
    repo.write('README.md', 'x\n').commit('base');
    const outside = newRepo();
    outside.write('settings.py', `${SECRET_LINE}\n`);
    symlinkSync(path.join(outside.dir, 'settings.py'), path.join(repo.dir, 'settings.py'));
    const { report } = await jsonScan(repo.dir, '--since', 'HEAD');
    expect(report.findings).toEqual([]);
    expect(report.stats.skipped.symlink).toBe(1);
  });
});

describe('arguments', () => {
  it('parses the git scopes', () => {
    expect(parseArgs(['--staged'])).toMatchObject({ kind: 'scan', staged: true, history: false });
    expect(parseArgs(['--history', '--since', 'v1.0', '--max-commits', '50'])).toMatchObject({ history: true, since: 'v1.0', maxCommits: 50 });
    expect(parseArgs(['install-hook'])).toEqual({ kind: 'install-hook', path: '.' });
  });

  it.each([
    [['--staged', '--history'], /cannot be combined/],
    [['--staged', '--since', 'main'], /cannot be combined/],
    [['--max-commits', '5'], /only applies to --history/],
    [['--history', '--max-commits', '0'], /positive number/],
    [['--history', '--no-git'], /--no-git cannot be combined/],
    [['--since'], /needs a value/],
  ])('rejects %j', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe('install-hook', () => {
  const hookOf = (repo: TempRepo) => path.join(repo.dir, '.git', 'hooks', 'pre-commit');

  it('writes an executable pre-commit hook that blocks a commit adding a secret', async () => {
    const repo = newRepo();
    const r = await cli(['install-hook', repo.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created');
    const text = readFileSync(hookOf(repo), 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toContain('leakproof --staged');
    expect(statSync(hookOf(repo)).mode & 0o111).toBe(0o111);
  });

  it('is idempotent and keeps an existing hook, running first', async () => {
    const repo = newRepo();
    mkdirSync(path.dirname(hookOf(repo)), { recursive: true });
    writeFileSync(hookOf(repo), '#!/bin/bash\nnpm run lint\nexit 0\n', { mode: 0o644 });
    expect((await cli(['install-hook', repo.dir])).stdout).toContain('added leakproof to');
    const once = readFileSync(hookOf(repo), 'utf8');
    expect((await cli(['install-hook', repo.dir])).stdout).toContain('already in');
    expect(readFileSync(hookOf(repo), 'utf8')).toBe(once);
    expect(once.startsWith('#!/bin/bash\n# >>> leakproof >>>')).toBe(true);
    expect(once.endsWith('npm run lint\nexit 0\n')).toBe(true);
    expect(statSync(hookOf(repo)).mode & 0o111).toBe(0o111);
  });

  it('honours core.hooksPath, and refuses a hook that is not a shell script or is managed by husky', async () => {
    const repo = newRepo();
    repo.git('config', 'core.hooksPath', 'tools/hooks');
    await cli(['install-hook', repo.dir]);
    expect(existsSync(path.join(repo.dir, 'tools/hooks/pre-commit'))).toBe(true);
    writeFileSync(path.join(repo.dir, 'tools/hooks/pre-commit'), '#!/usr/bin/env python3\nprint(1)\n');
    const py = await cli(['install-hook', repo.dir]);
    expect(py.code).toBe(2);
    expect(py.stderr).toMatch(/not a shell script/);
    repo.git('config', 'core.hooksPath', '.husky/_');
    const husky = await cli(['install-hook', repo.dir]);
    expect(husky.code).toBe(2);
    expect(husky.stderr).toMatch(/husky/);
  });

  it('fails clearly outside a repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'leakproof-plain-'));
    cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
    const r = await cli(['install-hook', plain]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not in a git work tree/);
    const missing = await cli(['install-hook', path.join(plain, 'missing')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not a folder/);
  });
});
