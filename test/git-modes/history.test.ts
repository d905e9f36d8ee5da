import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cli, GIT_ENV, jsonScan, SECRET, SECRET_LINE, TempRepo } from './repo';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function newRepo(): TempRepo {
  const r = new TempRepo();
  cleanups.push(() => r.cleanup());
  return r;
}

interface F {
  ruleId: string;
  path: string;
  line?: number;
  secret?: string;
  commit?: { sha: string; date: string; deleted: boolean };
}
const summary = (findings: F[]) =>
  findings.map((f) => `${f.ruleId} ${f.path}${f.line !== undefined ? `:${f.line}` : ''} ${f.commit!.sha.slice(0, 7)}${f.commit!.deleted ? ' deleted' : ''}`);

describe('--history', () => {
  it('finds a secret added in one commit and removed in a later one, marked deleted', async () => {
    const repo = newRepo();
    repo.write('README.md', 'hi\n').commit('init');
    const added = repo.write('settings.py', `DEBUG = False\n${SECRET_LINE}\n`).commit('add settings');
    repo.write('settings.py', 'DEBUG = False\nSECRET_KEY = os.environ["SECRET_KEY"]\n').commit('read from env');
    const { code, report, stdout } = await jsonScan(repo.dir, '--history');
    expect(code).toBe(1);
    expect(summary(report.findings)).toEqual([`hardcoded-secret-key settings.py:2 ${added.slice(0, 7)} deleted`]);
    expect(report.findings[0].commit).toEqual({ sha: added, date: expect.stringMatching(/^2025-03-0\dT/), deleted: true });
    expect(report.history).toEqual({ commits: 3, shallow: false });
    expect(stdout).not.toContain(SECRET);
    // The working-tree scan says nothing: the secret lives on only in history.
    expect((await jsonScan(repo.dir)).report.findings).toEqual([]);
  });

  it('says so in the text report', async () => {
    const repo = newRepo();
    const added = repo.write('.env', 'API_TOKEN=abc\n').commit('oops');
    repo.remove('.env').commit('remove');
    const r = await cli([repo.dir, '--history']);
    expect(r.stdout).toContain(`committed in ${added.slice(0, 7)} on 2025-03-0`);
    expect(r.stdout).toContain('removed later — rotate the key');
    expect(r.stdout).toContain('2 commits of history');
  });

  it('reports a secret once, at the commit that introduced it, and not deleted while HEAD still has it', async () => {
    const repo = newRepo();
    const first = repo.write('app.py', `${SECRET_LINE}\n`).commit('one');
    repo.write('app.py', `# header\n${SECRET_LINE}\nX = 1\n`).commit('two');
    repo.write('app.py', `# header\n${SECRET_LINE}\nX = 2\n`).commit('three');
    const { report } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([`hardcoded-secret-key app.py:1 ${first.slice(0, 7)}`]);
  });

  it('a removed .env and .git-credentials ever committed are found', async () => {
    const repo = newRepo();
    const c1 = repo.write('.env', 'DATABASE_URL=postgres://app:hunter2@db/app\n').commit('env');
    const c2 = repo.write('.git-credentials', 'https://ci:ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com\n').commit('creds');
    repo.remove('.env').remove('.git-credentials').commit('cleanup');
    const { report, stdout } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([
      `dotenv-file .env ${c1.slice(0, 7)} deleted`,
      `git-credentials .git-credentials:1 ${c2.slice(0, 7)} deleted`,
    ]);
    expect(stdout).not.toContain('ghp_16C7e42F292c6912E7710c838347Ae178B4a');
    expect(stdout).not.toContain('hunter2');
  });

  it('finds a gitlink that was committed without .gitmodules', async () => {
    const repo = newRepo();
    const inner = newRepo();
    const sha = inner.write('x', '1\n').commit('inner');
    repo.write('README.md', 'hi\n').commit('init');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
    // Commit the index as it is: `git add -A` would drop a gitlink with no folder behind it.
    repo.git('commit', '-q', '-m', 'add gitlink');
    const c = repo.git('rev-parse', 'HEAD').trim();
    const { report } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([`git-embedded-repo vendor/lib ${c.slice(0, 7)}`]);
  });

  it('a rename is a new path: the old one is marked deleted, the new one is not', async () => {
    const repo = newRepo();
    const c1 = repo.write('old.py', `${SECRET_LINE}\n`).commit('one');
    repo.git('mv', 'old.py', 'new.py');
    const c2 = repo.commit('rename');
    const { report } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([
      `hardcoded-secret-key new.py:1 ${c2.slice(0, 7)}`,
      `hardcoded-secret-key old.py:1 ${c1.slice(0, 7)} deleted`,
    ]);
  });

  it('merges: branch secrets are attributed to the branch commit; a secret written in the merge itself is found', async () => {
    const repo = newRepo();
    repo.write('a.py', 'A = 1\n').commit('init');
    repo.git('checkout', '-q', '-b', 'feature');
    const onBranch = repo.write('b.py', `JWT_SECRET = 'branch-secret-value-123'\n`).commit('branch work');
    repo.git('checkout', '-q', 'main');
    repo.write('a.py', 'A = 2\n').commit('main work');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'feature');
    // An "evil merge": content that neither parent has.
    repo.write('c.py', `SESSION_SECRET = 'written-during-merge-456'\n`).git('add', 'c.py');
    const merge = repo.commit('merge feature');
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    const { report } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([
      `hardcoded-secret-key b.py:1 ${onBranch.slice(0, 7)}`,
      `hardcoded-secret-key c.py:1 ${merge.slice(0, 7)}`,
    ]);
    expect(report.history.commits).toBe(4);
  });

  it('--since REF limits the walk to REF..HEAD; --max-commits to the most recent commits', async () => {
    const repo = newRepo();
    repo.write('old.py', `${SECRET_LINE}\n`).commit('one');
    const base = repo.write('README.md', 'hi\n').commit('two');
    const c3 = repo.write('.env', 'A=1\n').commit('three');
    repo.write('README.md', 'hello\n').commit('four');
    const since = await jsonScan(repo.dir, '--history', '--since', base);
    expect(summary(since.report.findings)).toEqual([`dotenv-file .env ${c3.slice(0, 7)}`]);
    expect(since.report.history).toEqual({ commits: 2, shallow: false, since: base });
    const recent = await jsonScan(repo.dir, '--history', '--max-commits', '1');
    expect(recent.report.findings).toEqual([]);
    expect(recent.report.history.commits).toBe(1);
    const bad = await cli([repo.dir, '--history', '--since', 'no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"no-such-branch" is not a commit/);
  });

  it('detects a shallow clone and says how to fetch the rest', async () => {
    const repo = newRepo();
    repo.write('.env', 'A=1\n').commit('one');
    repo.remove('.env').commit('two');
    repo.write('README.md', 'x\n').commit('three');
    const parent = mkdtempSync(path.join(tmpdir(), 'leakproof-shallow-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    const clone = path.join(parent, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { env: GIT_ENV });
    const r = await cli([clone, '--history', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.history).toEqual({ commits: 1, shallow: true });
    expect(report.findings).toEqual([]);
    expect(r.stderr).toContain('shallow clone');
    expect(r.stderr).toContain('fetch-depth: 0');
    const text = await cli([clone, '--history']);
    expect(text.stdout).toContain('Shallow clone');
  });

  it('an empty repository has no history and no findings', async () => {
    const repo = newRepo();
    const { code, report } = await jsonScan(repo.dir, '--history');
    expect(code).toBe(0);
    expect(report.history).toEqual({ commits: 0, shallow: false });
  });

  it('handles paths git quotes, and lines too long to keep', async () => {
    const repo = newRepo();
    const long = 'x'.repeat(200_000);
    const c = repo.write('we"ird\tname.py', `LONG = '${long}'\n${SECRET_LINE}\n`).commit('odd');
    const { report } = await jsonScan(repo.dir, '--history');
    expect(summary(report.findings)).toEqual([`hardcoded-secret-key we"ird\tname.py:2 ${c.slice(0, 7)}`]);
  });
});
