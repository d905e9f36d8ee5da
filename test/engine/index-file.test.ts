import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIndex, plainConfig, readIndexEntries } from '../../src/engine/git-sources/index-file';
import { inventory } from '../../src/engine/inventory';
import type { TreeEntry } from '../../src/rules/types';
import { Fixture, GIT_ENV } from '../helpers/fixture';

const fixtures: Fixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.cleanup();
});

function repo(): Fixture {
  const f = Fixture.repo();
  fixtures.push(f);
  return f;
}

/** What `git ls-files -z --stage` lists, read as the scan reads it: one entry per path, its kind from its mode. */
function gitListing(f: Fixture): TreeEntry[] {
  const out = execFileSync('git', ['ls-files', '-z', '--stage'], { cwd: f.root, env: GIT_ENV });
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const mode = record.slice(0, 6);
    const p = record.slice(tab + 1);
    if (entries.length > 0 && entries[entries.length - 1]!.path === p) continue;
    entries.push({ path: p, status: 'tracked', kind: mode === '160000' ? 'gitlink' : mode === '120000' ? 'symlink' : 'file' });
  }
  return entries;
}

function blob(f: Fixture, text: string): string {
  return execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: f.root, env: GIT_ENV, input: text }).toString().trim();
}

/** A repository holding files, folders, an executable, a symlink, a gitlink and names of every kind git allows. */
function mixed(): Fixture {
  const f = repo();
  f.write('README.md', 'hi\n').write('src/app/main.py', 'x = 1\n').write('src/app/z.py', '').write('bin/run', '#!/bin/sh\n').chmod('bin/run', 0o755);
  f.write('docs/café ☕.md', 'é\n').write('odd/new\nline.txt', 'n\n').write('odd/tab\there', 't\n').write('odd/"quoted" \\ back', 'q\n');
  f.symlink('README.md', 'link-to-readme');
  f.git('add', '-A');
  f.git('commit', '-q', '-m', 'init');
  f.gitlink('vendor/lib', f.git('rev-parse', 'HEAD'));
  // A name longer than the 12 bits an entry's flags give it (4,095 bytes), as only the index can hold.
  const long = `${'deep/'.repeat(900)}file.txt`;
  f.git('update-index', '--add', '--cacheinfo', `100644,${blob(f, 'long\n')},${long}`);
  return f;
}

describe('reading the index as git lists it', () => {
  it.each([
    ['version 2', [] as string[]],
    ['version 3 (an intent-to-add entry)', ['--index-version', '3']],
    ['version 4 (names compressed)', ['--index-version', '4']],
  ])('lists what git lists: %s', (_label, version) => {
    const f = mixed();
    if (version.length > 0) f.git('update-index', ...version);
    if (version[1] === '3') {
      f.write('later.txt', 'later\n');
      f.git('add', '-N', 'later.txt');
    }
    const index = readFileSync(f.abs('.git/index'));
    expect(index.readUInt32BE(4)).toBe(version.length > 0 ? Number(version[1]) : 2);
    const listed = gitListing(f);
    expect(listed.length).toBeGreaterThan(10);
    expect(readIndexEntries(f.root, {})).toEqual(listed);
  });

  it('lists a conflicted path once, with optional extensions (TREE, UNTR) passed over', () => {
    const f = repo();
    f.write('a.txt', 'base\n');
    f.git('add', '-A');
    f.git('commit', '-q', '-m', 'base');
    f.git('checkout', '-q', '-b', 'other');
    f.write('a.txt', 'other\n');
    f.git('commit', '-q', '-am', 'other');
    f.git('checkout', '-q', 'main');
    f.write('a.txt', 'main\n').write('b.txt', 'b\n');
    f.git('add', '-A');
    f.git('commit', '-q', '-m', 'main');
    f.git('-c', 'core.untrackedCache=true', 'update-index', '--untracked-cache');
    try {
      f.git('merge', '-q', 'other');
    } catch {
      // the conflict this test wants
    }
    expect(f.git('ls-files', '--stage', 'a.txt').split('\n')).toHaveLength(3);
    expect(readIndexEntries(f.root, {})).toEqual(gitListing(f));
    expect(readIndexEntries(f.root, {})!.map((e) => e.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('reads a work tree with no index yet as tracking nothing', () => {
    const f = repo();
    f.write('new.txt', 'x\n');
    expect(readIndexEntries(f.root, {})).toEqual([]);
    expect(gitListing(f)).toEqual([]);
  });
});

describe('leaving the index to git', () => {
  const cases: [string, (f: Fixture) => NodeJS.ProcessEnv | void][] = [
    ['a split index', (f) => void f.git('update-index', '--split-index')],
    ['a sparse index', (f) => void (f.git('sparse-checkout', 'init', '--cone', '--sparse-index'), f.git('sparse-checkout', 'set', 'src'))],
    ['a linked work tree (.git is a file)', () => undefined],
    ['GIT_INDEX_FILE set', (f) => ({ GIT_INDEX_FILE: f.abs('.git/index') })],
    ['GIT_DIR set', (f) => ({ GIT_DIR: f.abs('.git') })],
    ['git -c given by a caller', () => ({ GIT_CONFIG_PARAMETERS: "'core.quotepath'='off'" })],
    ['core.worktree set', (f) => void f.git('config', 'core.worktree', f.root)],
    ['an [extensions] section', (f) => void f.git('config', 'extensions.worktreeConfig', 'true')],
    ['an included config', (f) => void f.git('config', 'include.path', '/dev/null')],
    ['a bare repository', (f) => void f.git('config', 'core.bare', 'true')],
    ['an index that is a symlink (never followed)', (f) => void (renameSync(f.abs('.git/index'), f.abs('index-elsewhere')), symlinkSync(f.abs('index-elsewhere'), f.abs('.git/index')))],
    ['a config that is a symlink (never followed)', (f) => void (renameSync(f.abs('.git/config'), f.abs('config-elsewhere')), symlinkSync(f.abs('config-elsewhere'), f.abs('.git/config')))],
  ];
  it.each(cases)('%s', (label, setUp) => {
    const f = mixed();
    let root = f.root;
    if (label.startsWith('a linked work tree')) {
      f.git('worktree', 'add', '-q', 'wt');
      root = f.abs('wt');
    }
    const env = setUp(f) ?? {};
    expect(readIndexEntries(root, env)).toBeNull();
  });

  it('a repository of SHA-256 object ids', () => {
    const f = new Fixture();
    fixtures.push(f);
    f.git('init', '-q', '--object-format=sha256');
    f.write('a.txt', 'a\n');
    f.git('add', '-A');
    expect(readIndexEntries(f.root, {})).toBeNull();
  });

  it.each([
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 30)],
    ['a padding byte that is not NUL', (b: Buffer) => {
      const c = Buffer.from(b);
      // The first entry (at 12) has 62 bytes before its name ("R.md", 4 bytes): NULs from 12 + 66 to 12 + 72.
      expect(c.toString('latin1', 12 + 62, 12 + 66)).toBe('R.md');
      c[12 + 62 + 4 + 2] = 0x41;
      return c;
    }],
    ...[3, 6].map((length) => [`whose first name's length in its flags is ${length}, not 4`, (b: Buffer) => {
      const c = Buffer.from(b);
      expect(c.readUInt16BE(12 + 60) & 0xfff).toBe(4);
      c.writeUInt16BE((c.readUInt16BE(12 + 60) & ~0xfff) | length, 12 + 60);
      return c;
    }] as [string, (b: Buffer) => Buffer]),
    ['a version this reader does not know', (b: Buffer) => {
      const c = Buffer.from(b);
      c.writeUInt32BE(5, 4);
      return c;
    }],
    ['an extension git requires to be understood', (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 20), Buffer.from('zzzz\0\0\0\0', 'latin1'), b.subarray(b.length - 20)])],
    ['an entry count above what it holds', (b: Buffer) => {
      const c = Buffer.from(b);
      c.writeUInt32BE(c.readUInt32BE(8) + 1, 8);
      return c;
    }],
  ])('an index %s', (_label, damage) => {
    const f = repo();
    f.write('R.md', 'hi\n').write('src/a.py', 'a\n');
    f.git('add', '-A');
    const good = readFileSync(f.abs('.git/index'));
    expect(parseIndex(good)).toEqual(gitListing(f));
    expect(parseIndex(damage(good))).toBeNull();
  });
});

describe('plainConfig', () => {
  it.each([
    ['[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote "origin"]\n\turl = https://example.invalid/x.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n', true],
    ['[core]\n\trepositoryformatversion = 1\n', true],
    ['[core]\n\trepositoryformatversion = 2\n', false],
    ['[extensions]\n\tobjectformat = sha256\n', false],
    ['[core]\n\tbare\n', false],
    ['[core]\n\tbare = yes\n', false],
    ['[includeIf "gitdir:~/work/"]\n\tpath = x\n', false],
    ['[core]\n\tsshCommand = ssh \\\n\t-v\n', false],
    ['[Index]\n\tSparse = true\n', false],
    ['[core]\n\tWorkTree = /x\n', false],
  ])('%j: %s', (text, plain) => {
    expect(plainConfig(text)).toBe(plain);
  });
});

describe('the inventory of a work tree', () => {
  it('is the same read from the index as listed by git, untracked files included', async () => {
    const f = mixed();
    f.write('untracked.txt', 'u\n').write('.gitignore', 'ignored.log\n').write('ignored.log', 'i\n');
    const fromIndex = await inventory(f.root, {});
    const previous = process.env.GIT_INDEX_FILE;
    process.env.GIT_INDEX_FILE = path.join(f.root, '.git', 'index');
    try {
      expect(readIndexEntries(f.root)).toBeNull();
      const fromGit = await inventory(f.root, {});
      expect(fromIndex).toEqual(fromGit);
      expect(fromIndex.entries.filter((e) => e.status === 'untracked').map((e) => e.path).sort()).toEqual(['.gitignore', 'untracked.txt']);
    } finally {
      if (previous === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = previous;
    }
  });

  it('of a repository of another owner, which git refuses, is left to git', () => {
    const f = repo();
    f.write('a.txt', 'a\n');
    f.git('add', '-A');
    const owner = execFileSync('stat', ['-c', '%u', f.abs('.git')]).toString().trim();
    expect(readIndexEntries(f.root, {}, Number(owner))).not.toBeNull();
    expect(readIndexEntries(f.root, {}, Number(owner) + 1)).toBeNull();
  });
});
