import { afterEach, describe, expect, it } from 'vitest';
import { cli, jsonScan, SECRET, SECRET_LINE, TempRepo } from './repo';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const rules = (report: { findings: { ruleId: string; path: string; line?: number }[] }) =>
  report.findings.map((f) => `${f.ruleId} ${f.path}${f.line !== undefined ? `:${f.line}` : ''}`);

describe('--staged', () => {
  it('flags a staged .env and exits 1', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'hi\n').commit('init');
    repo.write('.env', 'DATABASE_URL=postgres://app:hunter2@db/app\n').git('add', '.env');
    const { code, report, stdout } = await jsonScan(repo.dir, '--staged');
    expect(code).toBe(1);
    expect(rules(report)).toEqual(['dotenv-file .env']);
    expect(stdout).not.toContain('hunter2');
    const text = await cli([repo.dir, '--staged']);
    expect(text.stdout).toMatch(/\(staged changes\)/);
  });

  it('does not report files that are not staged', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'hi\n').commit('init');
    repo.write('.env', 'A=b\n').write('settings.py', `${SECRET_LINE}\n`);
    const { code, report } = await jsonScan(repo.dir, '--staged');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('reads the index, not the work tree: a secret staged then edited away is still found', async () => {
    repo = new TempRepo();
    repo.write('settings.py', 'DEBUG = False\n').commit('init');
    repo.write('settings.py', `DEBUG = False\n${SECRET_LINE}\n`).git('add', 'settings.py');
    repo.write('settings.py', 'DEBUG = False\nSECRET_KEY = os.environ["SECRET_KEY"]\n');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report)).toEqual(['hardcoded-secret-key settings.py:2']);
    expect(report.findings[0].secret).not.toContain(SECRET);
  });

  it('reads the index, not the work tree: a secret only in the work tree is not reported', async () => {
    repo = new TempRepo();
    repo.write('settings.py', 'DEBUG = False\n').commit('init');
    repo.write('settings.py', 'DEBUG = True\n').git('add', 'settings.py');
    repo.write('settings.py', `DEBUG = True\n${SECRET_LINE}\n`);
    const { code, report } = await jsonScan(repo.dir, '--staged');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('reports only added lines: a secret already committed is not reported again', async () => {
    repo = new TempRepo();
    repo.write('settings.py', `${SECRET_LINE}\nDEBUG = False\n`).commit('init');
    repo.write('settings.py', `${SECRET_LINE}\nDEBUG = True\nJWT_SECRET = 'another-hardcoded-value-42'\n`).git('add', 'settings.py');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report)).toEqual(['hardcoded-secret-key settings.py:3']);
  });

  it('a pure rename adds no lines; an edit in a renamed file is found at its new path and line', async () => {
    repo = new TempRepo();
    const body = Array.from({ length: 20 }, (_, i) => `X${i} = ${i}`).join('\n');
    repo.write('old.py', `${SECRET_LINE}\n${body}\n`).commit('init');
    repo.git('mv', 'old.py', 'new.py');
    expect((await jsonScan(repo.dir, '--staged')).report.findings).toEqual([]);
    repo.write('new.py', `${SECRET_LINE}\n${body}\nSESSION_SECRET = 'renamed-and-edited-value'\n`).git('add', 'new.py');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report)).toEqual(['hardcoded-secret-key new.py:22']);
  });

  it('path rules see renamed paths: a file renamed to .env is flagged', async () => {
    repo = new TempRepo();
    repo.write('config.txt', 'TOKEN=abc\n').commit('init');
    repo.git('mv', 'config.txt', '.env');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report)).toEqual(['dotenv-file .env']);
  });

  it('works before the first commit, and on an empty index', async () => {
    repo = new TempRepo();
    expect((await jsonScan(repo.dir, '--staged')).report.findings).toEqual([]);
    repo.write('app/.git-credentials', 'https://ci:ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com\n').git('add', '.');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report)).toEqual(['git-credentials app/.git-credentials:1']);
  });

  it('flags a staged gitlink with no .gitmodules entry', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'hi\n').commit('init');
    const inner = new TempRepo();
    try {
      const sha = inner.write('x', '1\n').commit('inner');
      repo.git('update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
      const { report } = await jsonScan(repo.dir, '--staged');
      expect(rules(report)).toEqual(['git-embedded-repo vendor/lib']);
    } finally {
      inner.cleanup();
    }
  });

  it('scans from a subfolder with paths relative to it', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'hi\n').commit('init');
    repo.write('svc/settings.py', `${SECRET_LINE}\n`).write('other/.env', 'A=1\n').git('add', '.');
    const { report } = await jsonScan(`${repo.dir}/svc`, '--staged');
    expect(rules(report)).toEqual(['hardcoded-secret-key settings.py:1']);
  });

  it('reads unusual file names exactly: spaces, tabs, quotes, non-ASCII, a rename among them', async () => {
    repo = new TempRepo();
    repo.write('old name.py', 'DEBUG = False\n').commit('init');
    repo.git('mv', 'old name.py', 'new\tname.py');
    repo.write('new\tname.py', `DEBUG = False\n${SECRET_LINE}\n`);
    repo.write('naïve "quoted".py', `${SECRET_LINE}\n`).write('sub dir/ä.env', 'A=1\n').git('add', '-A');
    const { report } = await jsonScan(repo.dir, '--staged');
    expect(rules(report).sort()).toEqual(
      ['dotenv-file sub dir/ä.env', 'hardcoded-secret-key naïve "quoted".py:1', 'hardcoded-secret-key new\tname.py:2'].sort(),
    );
  });

  it('fails with exit 2 outside a git work tree', async () => {
    repo = new TempRepo();
    const r = await cli([`${repo.dir}/.git/..//nope`, '--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a folder/);
  });
});
