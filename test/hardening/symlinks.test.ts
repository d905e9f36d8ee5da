import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs, { constants, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { scan } from '../../src/engine/scan';
import { Fixture } from '../helpers/fixture';
import { everyFormat } from './outputs';

const CREDENTIAL = 'ghp_PLANTEDoutsideTheRoot0123456789abcd';
const OUTSIDE_SECRET = 'PLANTED_outside_dN3k9QmZ7xV2pL8rT4wY6bC1';

let outside: Fixture;
let root: Fixture;
const opened: { file: string; flags: number }[] = [];

beforeEach(() => {
  outside = new Fixture('leakproof-outside-');
  outside.write('.git-credentials', `https://octo:${CREDENTIAL}@github.com\n`);
  outside.write('app/settings.py', `SECRET_KEY = "${OUTSIDE_SECRET}"\n`);
  outside.write('.env', `DB_PASSWORD=${OUTSIDE_SECRET}\n`);
  opened.length = 0;
  // Record every open the scan makes: the reader must never open through a link.
  const real = fs.openSync.bind(fs);
  vi.spyOn(fs, 'openSync').mockImplementation(((file: string, flags?: number, mode?: number) => {
    opened.push({ file: String(file), flags: Number(flags ?? 0) });
    return real(file, flags ?? 'r', mode);
  }) as typeof fs.openSync);
});

afterEach(() => {
  vi.restoreAllMocks();
  outside.cleanup();
  root.cleanup();
});

/** A tree of hostile links: to the process environment, a credential store, /etc/passwd, a loop, a folder outside. */
function hostileTree(r: Fixture): Fixture {
  return r
    .write('README.md', '# app\n')
    .symlink('/proc/self/environ', 'environ.env')
    .symlink('/proc/self/environ', 'config/environ')
    .symlink(outside.abs('.git-credentials'), '.git-credentials')
    .symlink(outside.abs('.git-credentials'), 'creds.txt')
    .symlink('/etc/passwd', 'passwd')
    .symlink('loop-b', 'loop-a')
    .symlink('loop-a', 'loop-b')
    .symlink('self', 'self')
    .symlink(outside.root, 'outside-dir')
    .symlink(outside.abs('app'), 'nested/app')
    .symlink('../../..', 'up');
}

function assertNothingFollowed(r: Fixture, text: string): void {
  expect(text).not.toContain(CREDENTIAL);
  expect(text).not.toContain(OUTSIDE_SECRET);
  expect(text).not.toContain('PLANTED');
  expect(text).not.toMatch(/root:x?:0:0/);
  expect(text).not.toContain(`PATH=${process.env.PATH}`);
  expect(text).not.toContain('outside-dir/');
  expect(text).not.toContain('nested/app/');
  const rootReal = realpathSync(r.root);
  for (const o of opened) {
    // Every open is below the root and refuses to follow a final symlink.
    expect(path.resolve(o.file).startsWith(r.root) || path.resolve(o.file).startsWith(rootReal), o.file).toBe(true);
    expect(o.flags & constants.O_NOFOLLOW, o.file).toBe(constants.O_NOFOLLOW);
  }
}

describe('symlinks are never followed, never opened', () => {
  it.each([
    ['a plain folder', (r: Fixture) => r, true],
    ['a git work tree with the links untracked', (r: Fixture) => (r.git('init', '-q'), r), false],
    ['a git work tree with the links committed', (r: Fixture) => (r.git('init', '-q'), r.git('add', '-A'), r.git('commit', '-qm', 'links'), r), false],
  ])('in %s', async (_label, prepare, noGit) => {
    root = new Fixture();
    prepare(hostileTree(root));
    const result = await scan({ root: root.root, noGit });
    expect(result.findings.filter((f) => f.path.startsWith('outside-dir/') || f.path.startsWith('nested/app/') || f.path.startsWith('up/'))).toEqual([]);
    expect(result.stats.skipped.symlink).toBeGreaterThanOrEqual(6);
    expect(result.secretValues).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(opened.some((o) => o.file.endsWith('README.md'))).toBe(true);
    const outputs = await everyFormat([root.root, ...(noGit ? ['--no-git'] : [])]);
    assertNothingFollowed(root, outputs.all + JSON.stringify(result));
  });

  it('a folder reached only through a linked parent is not read', async () => {
    root = new Fixture();
    root.symlink(outside.root, 'linked');
    root.git('init', '-q');
    // git would list nothing under a link, but an explicit path list could name one.
    const result = await scan({ root: root.root, paths: ['linked/app/settings.py', 'linked/.env'] });
    expect(result.findings).toEqual([]);
    assertNothingFollowed(root, JSON.stringify(result));
  });
});
