// Files and several paths on the command line: scanned within the current folder, as git names them from there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, ensureBuilt } from '../helpers/build';
import { Fixture } from '../helpers/fixture';
import { parseArgs } from '../../src/cli/args';

const KEY = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQQ';

function cli(cwd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LEAKPROOF_NO_CACHE: '1' };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(cwd: string, args: string[]) {
  const r = cli(cwd, [...args, '--format', 'json', '--fail-on', 'never']);
  expect(r.code, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as { root: string; findings: { path: string; severity: string }[]; stats: { files: number } }, stderr: r.stderr };
}

describe('paths on the command line', () => {
  let repo: Fixture;
  let outside: Fixture;
  beforeAll(() => {
    ensureBuilt();
    outside = new Fixture();
    outside.write('outside.py', `SECRET_KEY = '${KEY}'\n`);
    repo = Fixture.repo();
    repo.write('src/settings.py', `SECRET_KEY = '${KEY}'\n`);
    repo.write('src/app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    repo.write('tests/settings.py', `SECRET_KEY = '${KEY}'\n`);
    repo.write('.gitignore', '.env\n');
    repo.write('.env', `SECRET_KEY=${KEY}\n`);
    repo.git('add', '-A');
  });
  afterAll(() => {
    repo.cleanup();
    outside.cleanup();
  });

  it('scans only the file given, placed as from the top of the folder', () => {
    const { report } = json(repo.root, ['src/settings.py']);
    expect(report.findings.map((f) => f.path)).toEqual(['src/settings.py']);
    expect(report.stats.files).toBe(1);
    expect(report.root).toBe('.');
  });

  it('scans several files and folders, each with the context its path gives', () => {
    const { report } = json(repo.root, ['tests', 'src/settings.py', 'src/app.py']);
    expect(report.findings.map((f) => [f.path, f.severity])).toEqual([
      ['src/settings.py', 'error'],
      ['tests/settings.py', 'notice'],
    ]);
    expect(report.stats.files).toBe(3);
  });

  it('gives the same findings for a file named as a scan of everything does', () => {
    const all = json(repo.root, []).report.findings.filter((f) => f.path === 'src/settings.py');
    expect(json(repo.root, ['./src/../src/settings.py']).report.findings).toEqual(all);
  });

  it('says when a path given holds nothing scanned (a file git ignores), and scans it with --include-ignored', () => {
    const { report, stderr } = json(repo.root, ['.env', 'src/app.py']);
    expect(report.stats.files).toBe(1);
    expect(stderr).toMatch(/warning: \.env: nothing scanned there: git ignores it \(pass --include-ignored/);
    const withIgnored = json(repo.root, ['.env', '--include-ignored']);
    expect(withIgnored.stderr).toBe('');
    expect(withIgnored.report.stats.files).toBe(1);
  });

  it('scans everything when the current folder is among the paths', () => {
    expect(json(repo.root, ['.', 'src/app.py']).report.stats.files).toBe(json(repo.root, []).report.stats.files);
  });

  it.each([
    [['missing.py'], /missing\.py does not exist: pass files or folders inside the current folder/],
    [['OUTSIDE'], /outside the current folder: run leakproof from a folder that holds every path you pass/],
    [['src/settings.py', '--staged'], /is not a folder: --staged, --since and --history scan a repository/],
    [['src', 'tests', '--history'], /take one folder, the repository, not several paths/],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const r = cli(repo.root, args.map((a) => (a === 'OUTSIDE' ? outside.abs('outside.py') : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('still takes one folder as the folder to scan', () => {
    const { report } = json(repo.root, ['src']);
    expect(report.root).toBe('src');
    // Scanned from `src`: its own top, so paths are relative to it.
    expect(report.findings.map((f) => f.path)).toEqual(['settings.py']);
  });

  it('keeps the paths in the command as given', () => {
    expect(parseArgs(['a.py', 'b/'])).toMatchObject({ kind: 'scan', path: '.', targets: ['a.py', 'b/'] });
    expect(parseArgs(['dir'])).toMatchObject({ kind: 'scan', path: 'dir', targets: ['dir'] });
    expect(parseArgs([])).toMatchObject({ kind: 'scan', path: '.' });
  });
});
