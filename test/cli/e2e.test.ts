// End to end: runs the built dist/cli.js as a child process (built first if stale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureBuilt, REPO } from '../helpers/build';
import { Fixture } from '../helpers/fixture';

const VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const TEMPLATE_SECRET = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQQ';
const OUTSIDE_SECRET = 'OUTSIDE_dN3k9QmZ7xV2pL8rT4wY6bC1';

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI']) if (!opts.env || !(k in opts.env)) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  tool: { name: string; version: string };
  root: string;
  findings: { ruleId: string; severity: string; path: string; line?: number; secret?: string; fingerprint: string; status: string }[];
  stats: { files: number; bytes: number; skipped: Record<string, number>; durationMs: number };
}

let outside: Fixture;
let repo: Fixture;
let clean: Fixture;
let notices: Fixture;

beforeAll(() => {
  ensureBuilt();
  outside = new Fixture('leakproof-outside-');
  outside.write('.env', `SECRET_KEY=${OUTSIDE_SECRET}\n`);

  repo = Fixture.repo();
  repo.write('.gitignore', 'ignored.env\n');
  repo.write('.env', `DATABASE_PASSWORD=hunter2\nSTRIPE_API_KEY=sk_test_123\n`);
  repo.write('.env.example', `JWT_SECRET=${TEMPLATE_SECRET}\nPORT=3000\n`);
  repo.write('.gitmodules', `[submodule "lib"]\n\tpath = lib\n\turl = https://ci:${TOKEN}@github.com/o/lib.git\n`);
  repo.write('ignored.env', 'IGNORED=1\n');
  repo.write('src/app.js', 'console.log(1)\n');
  repo.symlink(outside.abs('.env'), 'linked.env');
  repo.symlink(outside.root, 'linked-dir');
  repo.git('add', '-A');
  const sha = repo.innerRepo('.inner');
  repo.write('.gitignore', 'ignored.env\n.inner/\n');
  repo.gitlink('vendor/embedded', sha);

  clean = Fixture.repo();
  clean.write('src/index.js', 'export {}\n');

  notices = new Fixture();
  notices.write('.env.production', 'VITE_API_URL=https://api.example.com\n');
});

afterAll(() => {
  for (const f of [outside, repo, clean, notices]) f?.cleanup();
});

describe('leakproof (built CLI) end to end', () => {
  it('exits 1 on errors and prints grouped text with totals', () => {
    const r = cli([repo.root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain(
      '.env.example:1:12  warning  dotenv-template-secret  `JWT_SECRET` in the template `.env.example` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key. [Zx8k…(28 chars)]',
    );
    expect(r.stdout).toMatch(/^\.env {2}error {4}dotenv-file {2}`\.env` is tracked by git; it holds real-looking secrets: DATABASE_PASSWORD \(real-looking password\)\./m);
    expect(r.stdout).toMatch(/^\.gitmodules:3:19 {2}error {4}git-credentials {2}/m);
    expect(r.stdout).toMatch(/^vendor\/embedded {2}error {4}git-embedded-repo {2}/m);
    // One blank line between files.
    expect(r.stdout).toMatch(/\[Zx8k…\(28 chars\)\]\n\n\.gitmodules/);
    expect(r.stdout).toMatch(/✖ 4 findings: 3 errors, 1 warning, 0 notices\n {2}\d+ files scanned \([^)]*\), 2 skipped \(2 symlinks\) in \d+ ms \(git work tree\)/);
    for (const s of [TOKEN, TEMPLATE_SECRET, 'hunter2', 'sk_test_123', OUTSIDE_SECRET, outside.root, 'IGNORED']) expect(r.stdout).not.toContain(s);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('emits the documented JSON shape, with nothing secret in it', () => {
    const r = cli([repo.root, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.tool).toEqual({ name: 'leakproof', version: VERSION });
    expect(report.root).toBe(repo.root);
    expect(Object.keys(report.stats)).toEqual(expect.arrayContaining(['files', 'bytes', 'skipped', 'durationMs']));
    expect(report.stats.skipped.symlink).toBe(2);
    expect(report.findings.map((f) => [f.ruleId, f.path, f.severity, f.status])).toEqual([
      ['dotenv-file', '.env', 'error', 'tracked'],
      ['dotenv-template-secret', '.env.example', 'warning', 'tracked'],
      ['git-credentials', '.gitmodules', 'error', 'tracked'],
      ['git-embedded-repo', 'vendor/embedded', 'error', 'tracked'],
    ]);
    expect(report.findings[2]!.secret).toBe('ghp_…(40 chars)');
    // Each finding says where it sits and why, in words, after its context.
    expect(Object.keys(report.findings[2]!).slice(-4)).toEqual(['fingerprint', 'status', 'context', 'contextWhy']);
    expect(report.findings[0]).toMatchObject({ context: 'production', contextWhy: 'no part of its path says test, example, docs, CI, build or development' });
    for (const f of report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    for (const s of [TOKEN, TEMPLATE_SECRET, 'hunter2', OUTSIDE_SECRET, outside.root]) expect(r.stdout).not.toContain(s);
  });

  it('gives the same JSON twice apart from durationMs', () => {
    const strip = (s: string) => s.replace(/"durationMs": \d+/, '"durationMs": 0');
    expect(strip(cli([repo.root, '--format', 'json']).stdout)).toBe(strip(cli([repo.root, '--format', 'json']).stdout));
  });

  it('scans ignored files with --include-ignored, and the whole folder with --no-git', () => {
    const ignored = JSON.parse(cli([repo.root, '--format', 'json', '--include-ignored']).stdout) as JsonReport;
    // An ignored dotenv file is read but still not a finding: it is where it belongs.
    expect(ignored.findings.map((f) => f.path)).not.toContain('ignored.env');
    const plain = JSON.parse(cli([repo.root, '--format', 'json', '--no-git']).stdout) as JsonReport;
    const paths = plain.findings.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['.git', '.inner/.git', 'ignored.env']));
    expect(plain.findings.every((f) => f.status === 'plain')).toBe(true);
  });

  it.each([
    [['--fail-on', 'error'], 1],
    [['--fail-on', 'warning'], 1],
    [['--fail-on', 'never'], 0],
  ])('exit code with %j on a folder with errors is %i', (args, code) => {
    expect(cli([repo.root, ...args]).code).toBe(code);
  });

  it.each([
    [['--fail-on', 'error'], 0],
    [['--fail-on', 'warning'], 0],
    [['--fail-on', 'notice'], 1],
    [['--fail-on', 'never'], 0],
  ])('exit code with %j on a folder with only a notice is %i', (args, code) => {
    const r = cli([notices.root, ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toContain('notice');
  });

  it('exits 0 with "No findings." on a clean repository, run from inside it', () => {
    const r = cli([], { cwd: clean.root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No findings\. 1 file scanned \(\d+ B\) in \d+ ms \(git work tree\)\n$/);
    expect((JSON.parse(cli(['--format', 'json'], { cwd: clean.root }).stdout) as JsonReport).root).toBe('.');
  });

  it('prints help with examples, the version, the rules and explanations', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples');
    for (const opt of ['--format', '--output', '--fail-on', '--no-git', '--include-ignored', '--max-file-size', '--list-rules', '--explain', '--version']) {
      expect(help.stdout).toContain(opt);
    }
    const version = cli(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const list = cli(['--list-rules']);
    expect(list.code).toBe(0);
    for (const id of ['dotenv-file', 'dotenv-template-secret', 'hardcoded-secret-key', 'secret-key-fallback', 'git-embedded-repo', 'git-internals', 'git-credentials']) {
      expect(list.stdout).toContain(id);
    }
    const explain = cli(['--explain', 'git-internals']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^# git-internals\n\n\*\*Git metadata in the tree\*\* \(default severity: `error`\)\n/);
    // The bundle prints the rule's page, as docs/rules/ holds it under its generated-file comment.
    const page = readFileSync(path.join(REPO, 'docs/rules/git-internals.md'), 'utf8');
    expect(page.slice(page.indexOf('-->\n\n') + 5)).toBe(explain.stdout);
  });

  it.each([
    [['--explain', 'no-such-rule'], /unknown rule "no-such-rule"/],
    [['--bogus'], /unknown option --bogus/],
    [['--fail-on', 'critical'], /--fail-on must be one of error, warning, notice, never/],
    [['/nonexistent/leakproof-missing'], /does not exist/],
    [['--format', 'xml'], /--format must be one of/],
  ])('usage error %j: one line on stderr, exit 2', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\s+at .*\.js:\d+/);
  });

  it('writes --output FILE and leaves stdout empty', () => {
    const file = path.join(clean.root, 'out', '..', 'report.json');
    const r = cli([repo.root, '--format', 'json', '--output', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/report written to/);
    const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
    expect(report.findings).toHaveLength(4);
  });

  it('honours NO_COLOR and FORCE_COLOR, and shows no progress when not a terminal', () => {
    expect(cli([repo.root], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    const forced = cli([repo.root], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    expect(forced.stderr).toBe('');
    expect(cli([repo.root], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli([repo.root], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\u001b[');
  });
});
