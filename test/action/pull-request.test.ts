import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { buildAction, cleanup, commitAll, git, runAction, tempDir, visibleStdout, writeFiles, type RunResult } from './harness';
import { runCli } from '../helpers/cli';
import { maskable, MIN_MASKED_LENGTH } from '../../src/action/log';

// Values made up for these tests; each is long and random enough to be reported.
const BASE_SECRET = 'Vb3nM8kL2pQ9wE4rT6yU1iO5aS7dF0gHj2Kx';
const DEMO_SECRET = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const QUIET_SECRET = 'Hx7cV2bN9mQ4wE8rT1yU6iO3pA5sD0fGk9Lz';
const SECRETS = [BASE_SECRET, DEMO_SECRET, QUIET_SECRET];

let dist: string;
const dirs: string[] = [];

beforeAll(() => {
  dist = buildAction();
  dirs.push(dist);
}, 240_000);

afterAll(() => cleanup(...dirs));

function track(dir: string): string {
  dirs.push(dir);
  return dir;
}

function prPayload(base: string, head: string) {
  return { number: 9, pull_request: { number: 9, base: { sha: base }, head: { sha: head } } };
}

function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
}

function assertNoRaw(r: RunResult): void {
  const report = r.outputs.report ? readFileSync(r.outputs.report, 'utf8') : '';
  for (const [where, text] of [
    ['stdout', visibleStdout(r.stdout)],
    ['stderr', r.stderr],
    ['summary', r.summary],
    ['report', report],
  ] as const) {
    for (const s of SECRETS) expect(text.includes(s), `${where} must not contain a raw secret`).toBe(false);
  }
}

/** A repository whose base commit holds `base`, and a head commit that turns it into `head`. */
function pr(base: Record<string, string>, head: Record<string, string>): { repo: string; baseSha: string; headSha: string } {
  const repo = track(tempDir('pr'));
  git(repo, 'init', '-q');
  writeFiles(repo, base);
  const baseSha = commitAll(repo, 'base');
  writeFiles(repo, head);
  const headSha = commitAll(repo, 'head');
  return { repo, baseSha, headSha };
}

const SETTINGS_BASE = `import os\n\nDEBUG = False\nSECRET_KEY = "${BASE_SECRET}"\nALLOWED_HOSTS = []\n`;

describe('a pull request is judged on what it adds', () => {
  it('passes when it changes an unrelated line of a file holding a base-branch secret; the finding is listed as pre-existing', async () => {
    const { repo, baseSha, headSha } = pr(
      { 'app/settings.py': SETTINGS_BASE },
      { 'app/settings.py': SETTINGS_BASE.replace('ALLOWED_HOSTS = []', 'ALLOWED_HOSTS = ["example.org"]') },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    expect(r.code).toBe(0);
    const lines = annotations(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::notice file=app\/settings\.py,line=4,/);
    expect(lines[0]).toContain('Already on the base branch (not counted)');
    expect(r.summary).toContain('## leakproof ✔ no new findings');
    expect(r.summary).toContain('### Already on the base branch');
    expect(r.summary).toContain('1 finding already on the base branch (not counted)');
    expect(r.summary).toContain(`/blob/${headSha}/app/settings.py#L4`);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings.map((f: { new: boolean }) => f.new)).toEqual([false]);
    expect(report.addedSuppressions).toEqual([]);
    assertNoRaw(r);

    const strict = await runAction({
      dist,
      workspace: repo,
      eventName: 'pull_request',
      payload: prPayload(baseSha, headSha),
      inputs: { 'fail-on-existing': 'true' },
    });
    expect(strict.code).toBe(1);
    expect(annotations(strict.stdout)[0]).toMatch(/^::error file=app\/settings\.py,line=4,/);
    expect(strict.stdout).toContain('1 finding at or above "error"');
    expect(strict.summary).toContain('## leakproof ✖ 1 finding (1 error)');
    expect(strict.summary).toContain('1 finding already on the base branch (counted: `fail-on-existing` is on)');
  });

  it('fails when it adds the literal itself', async () => {
    const { repo, baseSha, headSha } = pr(
      { 'app/settings.py': 'import os\n\nDEBUG = False\nALLOWED_HOSTS = []\n' },
      { 'app/settings.py': SETTINGS_BASE },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)[0]).toMatch(/^::error file=app\/settings\.py,line=4,/);
    expect(r.summary).toContain('## leakproof ✖ 1 new finding (1 error)');
    expect(r.summary).not.toContain('### Already on the base branch');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings[0].new).toBe(true);
    assertNoRaw(r);
  });

  it('a whole-file finding is new on a path the pull request adds, pre-existing on one it only edits', async () => {
    const { repo, baseSha, headSha } = pr(
      { '.env': 'DB_PASSWORD=Qm7vL2xT9pR4wK8s\n', 'README.md': '# app\n' },
      { '.env': 'DB_PASSWORD=Qm7vL2xT9pR4wK8s\nDEBUG=1\n', 'deploy/.env.production': 'API_KEY=Zt5nB8vC1xM4qW7e\n' },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const byPath = Object.fromEntries(report.findings.map((f: { path: string; new: boolean }) => [f.path, f.new]));
    expect(byPath['deploy/.env.production']).toBe(true);
    expect(byPath['.env']).toBe(false);
    expect(r.code).toBe(1);
  });
});

describe('what counts as added', () => {
  it('a copied git directory the pull request adds is new: the step fails', async () => {
    const { repo, baseSha, headSha } = pr(
      { 'README.md': '# app\n' },
      { 'backup/HEAD': 'ref: refs/heads/main\n', 'backup/config': '[core]\n\trepositoryformatversion = 0\n' },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings.map((f: { ruleId: string; path: string; new: boolean }) => `${f.ruleId} ${f.path} ${f.new}`)).toEqual(['git-internals backup true']);
    expect(r.code).toBe(1);
  });

  it('renaming a file that holds an old secret is not a new finding', async () => {
    const { repo, baseSha } = pr({ 'old_settings.py': SETTINGS_BASE }, { 'README.md': '# app\n' });
    git(repo, 'mv', 'old_settings.py', 'settings.py');
    const renamed = commitAll(repo, 'rename');
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, renamed) });
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings.map((f: { path: string; line: number; new: boolean }) => `${f.path}:${f.line} ${f.new}`)).toEqual(['settings.py:4 false']);
    expect(r.code).toBe(0);
  });

  it('a push with scope: changed still answers for every changed file', async () => {
    const { repo, baseSha, headSha } = pr(
      { 'app/settings.py': SETTINGS_BASE },
      { 'app/settings.py': SETTINGS_BASE.replace('ALLOWED_HOSTS = []', 'ALLOWED_HOSTS = ["example.org"]') },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: { before: baseSha, after: headSha }, inputs: { scope: 'changed' } });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings[0].new).toBeUndefined();
    expect(annotations(r.stdout)[0]).toMatch(/^::error file=app\/settings\.py,line=4,/);
  });
});

describe('suppressions a pull request adds', () => {
  // Spelled apart so this test file does not carry the comments it writes.
  const IGNORE = 'leakproof-' + 'ignore';
  const head = {
    'app/settings.py':
      'import os\n\nDEBUG = False\n' +
      `SECRET_KEY = "${DEMO_SECRET}"  # ${IGNORE} -- only for the demo\n` +
      `JWT_SECRET = "${QUIET_SECRET}"  # ${IGNORE}\n`,
  };
  const base = { 'app/settings.py': 'import os\n\nDEBUG = False\n' };

  it('report (default): listed with their reasons, a notice on each comment, not counted', async () => {
    const { repo, baseSha, headSha } = pr(base, head);
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('### Suppressions this change adds');
    expect(r.summary).toContain('reason: “only for the demo”');
    expect(r.summary).toContain('**no reason given**');
    expect(r.summary).toContain(`/blob/${headSha}/app/settings.py#L4`);
    expect(r.summary).toContain(`/blob/${headSha}/app/settings.py#L5`);
    const lines = annotations(r.stdout);
    expect(lines.filter((l) => l.startsWith('::notice file=app/settings.py,line=4,'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::notice file=app/settings.py,line=5,'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('line=4,'))).toContain('Reason given: "only for the demo"');
    expect(lines.find((l) => l.includes('line=5,'))).toContain('No reason given.');
    expect(lines.some((l) => l.startsWith('::error'))).toBe(false);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.addedSuppressions).toHaveLength(2);
    expect(report.addedSuppressions[0]).toMatchObject({ ruleId: 'hardcoded-secret-key', path: 'app/settings.py', line: 4, commentLine: 4, reason: 'only for the demo' });
    expect(report.addedSuppressions[1].reason).toBeUndefined();
    assertNoRaw(r);
  });

  it('fail: counted at their own severity, so the step fails', async () => {
    const { repo, baseSha, headSha } = pr(base, head);
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha), inputs: { 'pr-suppressions': 'fail' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 findings at or above "error"');
    expect(annotations(r.stdout).filter((l) => l.startsWith('::error file=app/settings.py'))).toHaveLength(2);
    expect(r.summary).toContain('### Suppressions this change adds');
    assertNoRaw(r);
  });

  it('allow: today’s behaviour, nothing listed', async () => {
    const { repo, baseSha, headSha } = pr(base, head);
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha), inputs: { 'pr-suppressions': 'allow' } });
    expect(r.code).toBe(0);
    expect(r.summary).not.toContain('### Suppressions this change adds');
    expect(annotations(r.stdout)).toEqual([]);
  });

  it('a next-line comment added above an old secret is listed; one already on the base branch is not', async () => {
    const { repo, baseSha, headSha } = pr(
      {
        'a.py': `# leakproof-ignore-next-line -- rotated, kept for the migration test\nSECRET_KEY = "${BASE_SECRET}"\n`,
        'b.py': `X = 1\nSECRET_KEY = "${QUIET_SECRET}"\n`,
      },
      {
        'a.py': `# leakproof-ignore-next-line -- rotated, kept for the migration test\nSECRET_KEY = "${BASE_SECRET}"\nY = 2\n`,
        'b.py': `X = 1\n# leakproof-ignore-next-line\nSECRET_KEY = "${QUIET_SECRET}"\n`,
      },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(baseSha, headSha) });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.addedSuppressions).toEqual([
      expect.objectContaining({ path: 'b.py', line: 3, commentLine: 2 }),
    ]);
    expect(r.summary).toContain('b.py:2');
    expect(r.summary).not.toContain('a.py:1');
    assertNoRaw(r);
  });

  it('a push scan of the whole tree keeps today’s behaviour', async () => {
    const { repo, headSha } = pr(base, head);
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: { before: '0'.repeat(40), after: headSha } });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.addedSuppressions).toBeUndefined();
    expect(report.findings.every((f: { new?: boolean }) => f.new === undefined)).toBe(true);
    expect(r.summary).toContain('## leakproof ✔ no findings');
  });
});

describe('the path input stays inside the workspace or RUNNER_TEMP', () => {
  it('refuses a path that leaves them, with one line', async () => {
    const repo = track(tempDir('ws'));
    git(repo, 'init', '-q');
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { path: '../../etc' } });
    expect(r.code).toBe(2);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('input "path" must be a folder inside the workspace or RUNNER_TEMP');
  });

  it('refuses a symbolic link in the workspace that points outside', async () => {
    const repo = track(tempDir('ws'));
    const outside = track(tempDir('outside'));
    symlinkSync(outside, path.join(repo, 'elsewhere'));
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { path: 'elsewhere' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input "path" must be a folder inside the workspace');
  });

  it('accepts a folder under RUNNER_TEMP', async () => {
    const repo = track(tempDir('ws'));
    const runnerTemp = track(tempDir('runner-temp'));
    const unpacked = path.join(runnerTemp, 'artifact');
    mkdirSync(unpacked);
    writeFiles(unpacked, { 'settings.py': `SECRET_KEY = "${DEMO_SECRET}"\n` });
    const r = await runAction({
      dist,
      workspace: repo,
      eventName: 'push',
      payload: {},
      inputs: { path: unpacked },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe('1');
  });
});

describe('log masking', () => {
  it('does not register short values or well-known placeholders, and registers real ones', async () => {
    const { repo, headSha } = pr(
      { 'README.md': '# app\n' },
      {
        'app/config.py': `import os\nSECRET_KEY = os.getenv("SECRET_KEY", "dev")\n`,
        'app/jwt.py': `JWT_SECRET = "${DEMO_SECRET.slice(0, 30)}"\n`,
      },
    );
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: { before: '0'.repeat(40), after: headSha }, inputs: { 'fail-on': 'never' } });
    const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toContain(`::add-mask::${DEMO_SECRET.slice(0, 30)}`);
    expect(masks).not.toContain('::add-mask::dev');
    expect(r.outputs.findings).toBe('2');
  });

  it('maskable: the threshold, placeholders and each line of a multi-line value', () => {
    expect(maskable(['abc', 'changeme', 'keyboard cat', 'x'.repeat(MIN_MASKED_LENGTH - 1)])).toEqual([]);
    expect(maskable([DEMO_SECRET])).toEqual([DEMO_SECRET]);
    const pem = `-----BEGIN PRIVATE KEY-----\n${BASE_SECRET}\nabc\n-----END PRIVATE KEY-----`;
    expect(maskable([pem])).toEqual([pem, '-----BEGIN PRIVATE KEY-----', BASE_SECRET, '-----END PRIVATE KEY-----']);
  });
});

describe("leakproof's own outputs", () => {
  it('a SARIF file written by the Action scans clean', async () => {
    const { repo, headSha } = pr(
      { 'README.md': '# app\n' },
      {
        'app/settings.py': `SECRET_KEY = "${DEMO_SECRET}"\n`,
        '.env': `JWT_SECRET=${QUIET_SECRET}\n`,
        '.env.example': `SESSION_SECRET=${BASE_SECRET}\n`,
        'server.js': `const secret = process.env.JWT_SECRET || 'keyboard cat';\n`,
      },
    );
    const r = await runAction({
      dist,
      workspace: repo,
      eventName: 'push',
      payload: { before: '0'.repeat(40), after: headSha },
      inputs: { sarif: 'out/leakproof.sarif', 'fail-on': 'never' },
    });
    expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(4);
    const empty = track(tempDir('sarif-only'));
    cpSync(path.join(repo, 'out/leakproof.sarif'), path.join(empty, 'leakproof.sarif'));
    cpSync(r.outputs.report!, path.join(empty, 'leakproof-report.json'));
    const scan = await runCli([empty, '--no-git', '--fail-on', 'notice']);
    expect(scan.stdout).toContain('No findings.');
    expect(scan.code).toBe(0);
  });
});
