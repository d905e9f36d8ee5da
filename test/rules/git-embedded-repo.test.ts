import { afterEach, describe, expect, it } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { gitEmbeddedRepo } from '../../src/rules/git-embedded-repo';

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length > 0) fixtures.pop()!.cleanup();
});
function repo(): Fixture {
  const f = Fixture.repo();
  fixtures.push(f);
  return f;
}
const run = async (f: Fixture, opts: { includeIgnored?: boolean } = {}) => (await scan({ root: f.root, ...opts }, [gitEmbeddedRepo])).findings;

describe('git-embedded-repo (real git repositories)', () => {
  it('flags a gitlink with no .gitmodules entry', async () => {
    const f = repo();
    const sha = f.innerRepo('scratch/inner');
    f.write('.gitignore', 'scratch/\n');
    f.write('README.md', 'outer\n').git('add', 'README.md');
    f.gitlink('vendor/lib', sha);
    const found = await run(f);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'git-embedded-repo', severity: 'error', path: 'vendor/lib', status: 'tracked' });
    expect(found[0]!.message).toContain('git rm --cached vendor/lib');
    expect(found[0]!.line).toBeUndefined();
  });

  it('flags what `git add` of an inner repository records', async () => {
    const f = repo();
    f.innerRepo('tools/thing');
    f.git('add', 'tools/thing');
    expect(f.git('ls-files', '--stage')).toMatch(/^160000 /);
    const found = await run(f);
    expect(found.map((x) => [x.path, x.severity])).toEqual([['tools/thing', 'error']]);
  });

  it('places a gitlink as the files in its folder are placed: test data at `TestData`, production at `tools/`', async () => {
    const f = repo();
    const sha = f.innerRepo('scratch/inner');
    f.write('.gitignore', 'scratch/\n');
    f.gitlink('TestData', sha).gitlink('spec/fixtures/repo', sha).gitlink('lib/engine', sha);
    const found = await run(f);
    expect(found.map((x) => [x.path, x.severity, x.context])).toEqual([
      ['TestData', 'notice', 'test'],
      ['lib/engine', 'error', 'production'],
      ['spec/fixtures/repo', 'notice', 'test'],
    ]);
  });

  it('does not flag a gitlink declared in .gitmodules', async () => {
    const f = repo();
    const sha = f.innerRepo('scratch/inner');
    f.write('.gitmodules', '[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://github.com/org/lib.git\n');
    f.git('add', '.gitmodules');
    f.gitlink('vendor/lib', sha);
    // `scratch/inner` is an untracked nested repo: that one is reported, the declared submodule is not.
    const found = await run(f);
    expect(found.map((x) => x.path)).toEqual(['scratch/inner']);
  });

  it('accepts quoted and slash-terminated paths in .gitmodules', async () => {
    const f = repo();
    const sha = f.innerRepo('.scratch');
    f.write('.gitignore', '.scratch/\n');
    f.write('.gitmodules', '[submodule "a"]\n  path = "vendor/a/"\n[submodule "b"]\npath=vendor/b\n');
    f.gitlink('vendor/a', sha).gitlink('vendor/b', sha);
    expect(await run(f)).toEqual([]);
  });

  it('still flags a gitlink whose .gitmodules entry names another path', async () => {
    const f = repo();
    const sha = f.innerRepo('.scratch');
    f.write('.gitignore', '.scratch/\n');
    f.write('.gitmodules', '[submodule "lib"]\n\tpath = vendor/other\n\turl = https://github.com/org/lib.git\n');
    f.gitlink('vendor/lib', sha);
    expect((await run(f)).map((x) => x.path)).toEqual(['vendor/lib']);
  });

  it('warns about an untracked nested repository that `git add .` would embed', async () => {
    const f = repo();
    f.innerRepo('packages/forked');
    const found = await run(f);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'packages/forked', severity: 'warning', status: 'untracked' });
  });

  it('ignores an ignored nested repository, even with --include-ignored', async () => {
    const f = repo();
    f.innerRepo('build/cache');
    f.write('.gitignore', 'build/\n');
    expect(await run(f)).toEqual([]);
    expect(await run(f, { includeIgnored: true })).toEqual([]);
  });

  it('does nothing in a plain folder (git-internals reports .git there)', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.innerRepo('inner');
    expect((await scan({ root: f.root }, [gitEmbeddedRepo])).findings).toEqual([]);
  });
});
