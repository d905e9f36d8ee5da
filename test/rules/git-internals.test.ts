import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { gitInternals } from '../../src/rules/git-internals';
import { check } from '../helpers/rule-tester';

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length > 0) fixtures.pop()!.cleanup();
});
function track(f: Fixture): Fixture {
  fixtures.push(f);
  return f;
}
const run = async (f: Fixture, opts: { noGit?: boolean; maxFileSize?: number } = {}) =>
  (await scan({ root: f.root, ...opts }, [gitInternals])).findings;

/** A repository with a couple of commits and its objects packed, to copy pieces from. */
function source(): Fixture {
  const f = track(Fixture.repo());
  f.write('app.py', 'print(1)\n').git('add', '-A');
  f.git('commit', '-q', '-m', 'one');
  f.write('lib.py', 'x = 2\n').git('add', '-A');
  f.git('commit', '-q', '-m', 'two');
  f.git('gc', '-q');
  return f;
}
function packOf(src: Fixture): string {
  const dir = src.abs('.git/objects/pack');
  return `${dir}/${readdirSync(dir).find((n) => n.endsWith('.pack'))!}`;
}

describe('git-internals (real git repositories)', () => {
  it('reports a committed copy of a git directory once, whatever its name', async () => {
    const f = track(Fixture.repo());
    f.write('app.py', 'print(1)\n').git('add', '-A');
    f.git('commit', '-q', '-m', 'one');
    f.git('gc', '-q');
    const { execFileSync } = await import('node:child_process');
    execFileSync('cp', ['-r', '.git', 'backup-git'], { cwd: f.root });
    f.git('add', 'backup-git');
    const found = await run(f);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'backup-git', severity: 'error', status: 'tracked' });
    expect(found[0]!.line).toBeUndefined();
  });

  it('reports a copied git directory that has HEAD and objects/ but no config', async () => {
    const f = track(Fixture.repo());
    f.write('old/repo/HEAD', 'ref: refs/heads/main\n');
    f.write('old/repo/objects/info/packs', '\n');
    f.write('old/repo/refs/heads/main', '0123456789abcdef0123456789abcdef01234567\n');
    expect((await run(f)).map((x) => x.path)).toEqual(['old/repo']);
  });

  it('reports a git bundle and a pack file, also when renamed, in git and plain mode', async () => {
    const src = source();
    const f = track(Fixture.repo());
    src.git('bundle', 'create', f.abs('backup.bundle'), '--all');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(f.abs('backup.bundle'), f.abs('notes.txt'));
    copyFileSync(packOf(src), f.abs('pack-1.pack'));
    copyFileSync(packOf(src), f.abs('blob.dat'));
    for (const mode of [{}, { noGit: true }]) {
      const found = (await run(f, mode)).filter((x) => x.path !== '.git');
      expect(found.map((x) => [x.path, x.message.includes('bundle') ? 'bundle' : 'pack'])).toEqual([
        ['backup.bundle', 'bundle'],
        ['blob.dat', 'pack'],
        ['notes.txt', 'bundle'],
        ['pack-1.pack', 'pack'],
      ]);
    }
  });

  it('detects a pack file by its header even when it is over the size limit', async () => {
    const f = track(new Fixture());
    const header = Buffer.from([0x50, 0x41, 0x43, 0x4b, 0, 0, 0, 2, 0, 0, 0, 9]);
    f.write('big.bin', Buffer.concat([header, Buffer.alloc(64 * 1024, 7)]));
    const found = await run(f, { maxFileSize: 1024 });
    expect(found.map((x) => x.path)).toEqual(['big.bin']);
  });

  it('reports a .git directory in a plain folder once, not once per file inside', async () => {
    const src = source();
    const { execFileSync } = await import('node:child_process');
    const f = track(new Fixture());
    f.write('index.html', '<p>hi</p>\n');
    execFileSync('cp', ['-r', src.abs('.git'), f.abs('.git')]);
    f.mkdir('vendor/lib');
    execFileSync('cp', ['-r', src.abs('.git'), f.abs('vendor/lib/.git')]);
    // With its own .git the folder is a work tree to git: --no-git makes it the deployment folder it is.
    const found = await run(f, { noGit: true });
    expect(found.map((x) => x.path)).toEqual(['.git', 'vendor/lib/.git']);
    expect(found.every((x) => x.status === 'plain')).toBe(true);
  });

  it('reports a nested .git in a folder outside any git work tree without --no-git', async () => {
    const src = source();
    const { execFileSync } = await import('node:child_process');
    const f = track(new Fixture());
    f.write('site/index.html', '<p>hi</p>\n');
    execFileSync('cp', ['-r', src.abs('.git'), f.abs('site/.git')]);
    const result = await scan({ root: f.root }, [gitInternals]);
    expect(result.mode).toBe('plain');
    expect(result.findings.map((x) => x.path)).toEqual(['site/.git']);
  });

  it('treats a checkout as a plain folder with --no-git and reports its .git', async () => {
    const src = source();
    const found = await run(src, { noGit: true });
    expect(found.map((x) => x.path)).toEqual(['.git']);
  });

  it('never reports the root\'s own .git in a git work tree', async () => {
    expect(await run(source())).toEqual([]);
  });

  it('does not flag a HEAD file that is not a git HEAD, nor a lone HEAD', async () => {
    const f = track(Fixture.repo());
    f.write('docs/HEAD', 'The HEAD of the project is Alice.\n');
    f.write('docs/config', '[core]\nname = docs\n');
    f.write('mirror/HEAD', 'ref: refs/heads/main\n');
    f.write('src/objects/user.ts', 'export {}\n');
    f.write('src/HEAD', 'not a ref\n');
    f.write('src/config', 'x = 1\n');
    expect(await run(f)).toEqual([]);
  });

  it('does not flag documents that mention bundles or packs', () => {
    const clean = [
      { file: 'README.md', text: 'Create one with `git bundle create repo.bundle --all`.\n# v2 git bundle\n' },
      { file: 'docs/packs.md', text: 'A PACK file starts with the bytes PACK.' },
      { file: 'PACKAGE.txt', text: 'PACKAGE' },
      { file: 'notes.txt', text: '# v2 git bundles explained' },
    ];
    for (const c of clean) expect(check(gitInternals, c)).toEqual([]);
  });
});
