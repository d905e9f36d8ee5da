import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexEntries } from '../../src/engine/git-sources/index-file';
import { onlyTracked } from '../../src/engine/git-sources/only-tracked';
import { scan } from '../../src/engine/scan';
import { Fixture, GIT_ENV } from '../helpers/fixture';

const fixtures: Fixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.cleanup();
});

/** A committed repository with files at the top and three folders deep, and a tracked symlink. */
function clone(): Fixture {
  const f = Fixture.repo();
  fixtures.push(f);
  f.write('README.md', 'hi\n').write('app/settings.py', 'DEBUG = False\n').write('app/core/deep/x.py', 'x = 1\n');
  f.write('.gitignore', '.env\nnode_modules/\n*.log\n');
  f.symlink('README.md', 'readme-link');
  f.git('add', '-A');
  f.git('commit', '-q', '-m', 'init');
  return f;
}

/** What git itself lists as untracked and as ignored. */
function gitOthers(f: Fixture): string {
  const others = execFileSync('git', ['ls-files', '-z', '--others', '--exclude-standard'], { cwd: f.root, env: GIT_ENV }).toString();
  const ignored = execFileSync('git', ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'], { cwd: f.root, env: GIT_ENV }).toString();
  return others + ignored;
}

function walk(f: Fixture): boolean {
  const tracked = readIndexEntries(f.root);
  expect(tracked).not.toBeNull();
  return onlyTracked(f.root, tracked!);
}

describe('a work tree that holds only what it tracks', () => {
  it('is told apart, and its tracked entries are marked as reached through real folders', () => {
    const f = clone();
    const tracked = readIndexEntries(f.root)!;
    expect(onlyTracked(f.root, tracked)).toBe(true);
    expect(gitOthers(f)).toBe('');
    expect(tracked.filter((e) => !e.foldersSeen).map((e) => e.path)).toEqual([]);
  });

  it('still is with a tracked file deleted from the work tree', () => {
    const f = clone();
    rmSync(f.abs('app/core/deep/x.py'));
    expect(walk(f)).toBe(true);
  });

  // Each of these leaves something in the work tree that the index does not name.
  it.each<[string, (f: Fixture) => void]>([
    ['an untracked file at the top', (f) => f.write('notes.txt', 'n\n')],
    ['an untracked file three folders down', (f) => f.write('app/core/deep/new.py', 'y = 2\n')],
    ['an ignored .env', (f) => f.write('.env', 'SECRET_KEY=abc\n')],
    ['an ignored file deep down', (f) => f.write('app/core/debug.log', 'log\n')],
    ['an ignored folder', (f) => f.write('node_modules/pkg/index.js', '\n')],
    ['an untracked folder with nothing in it', (f) => f.mkdir('app/empty')],
    ['a nested repository', (f) => void f.innerRepo('app/vendored')],
    ['a .git folder below the top', (f) => f.mkdir('app/.git')],
    ['an untracked symlink', (f) => f.symlink('README.md', 'app/link')],
    ['a tracked file replaced by a folder', (f) => {
      rmSync(f.abs('app/settings.py'));
      f.write('app/settings.py/inner.py', 'z = 3\n');
    }],
    ['a tracked folder replaced by a symlink to a folder', (f) => {
      rmSync(f.abs('app/core'), { recursive: true });
      f.mkdir('elsewhere/deep').write('elsewhere/deep/x.py', 'x = 1\n');
      f.symlink('../elsewhere', 'app/core');
    }],
  ])('is not: %s', (_label, change) => {
    const f = clone();
    change(f);
    expect(walk(f)).toBe(false);
  });

  it('is not when a tracked name is not UTF-8: its bytes cannot be told from another name that reads the same', () => {
    const f = clone();
    writeFileSync(Buffer.concat([Buffer.from(`${f.abs('app')}/`), Buffer.from([0x6e, 0xff, 0x2e, 0x70, 0x79])]), 'q\n');
    f.git('add', '-A');
    f.git('commit', '-q', '-m', 'odd name');
    expect(gitOthers(f)).toBe('');
    expect(walk(f)).toBe(false);
  });

  it('is not when a submodule sits where the index has a gitlink', () => {
    const f = clone();
    const sha = f.git('rev-parse', 'HEAD').trim();
    f.gitlink('vendor/lib', sha);
    mkdirSync(f.abs('vendor/lib'), { recursive: true });
    expect(walk(f)).toBe(false);
  });

  it('never enters a symlinked folder, though the index has a folder of that name', () => {
    const outside = new Fixture();
    fixtures.push(outside);
    outside.write('deep/x.py', 'x = 1\n');
    const f = clone();
    rmSync(f.abs('app/core'), { recursive: true });
    f.symlink(outside.root, 'app/core');
    // The same names as the index's behind the link: only its type tells it apart.
    expect(walk(f)).toBe(false);
  });

  it('is scanned without starting git, with the findings git would give', async () => {
    const f = clone();
    f.write('app/config.py', "SECRET_KEY = 'django-insecure-k3y-9f8a7b6c5d4e3f2a1b0c'\n");
    f.git('add', '-A');
    f.git('commit', '-q', '-m', 'key');
    const withGit = await scan({ root: f.root });
    const saved = process.env.PATH;
    // No git to be found: a scan that needed git's listing of untracked files would fail.
    process.env.PATH = f.abs('no-such-folder');
    try {
      const withoutGit = await scan({ root: f.root });
      expect(withoutGit.mode).toBe('git');
      expect(withoutGit.findings.map((x) => [x.path, x.line, x.ruleId])).toEqual(withGit.findings.map((x) => [x.path, x.line, x.ruleId]));
      expect(withoutGit.findings.map((x) => x.path)).toContain('app/config.py');
      f.write('untracked.py', 'y = 1\n');
      await expect(scan({ root: f.root })).rejects.toThrow(/git is not installed/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
