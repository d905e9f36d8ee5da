import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { scan } from '../../src/engine/scan';
import { baselineFrom, formatBaseline } from '../../src/engine/baseline';
import { buildAction, cleanup, commitAll, git, runAction, tempDir, visibleStdout, writeFiles, type RunResult } from './harness';

const SECRET = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const FIXTURE_SECRET = 'Vb3nM8kL2pQ9wE4rT6yU1iO5aS7dF0gHj2Kx';

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

function repoWith(files: Record<string, string>): { repo: string; sha: string } {
  const repo = track(tempDir('repo'));
  git(repo, 'init', '-q');
  writeFiles(repo, files);
  return { repo, sha: commitAll(repo, 'base') };
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

function noRaw(r: RunResult, ...secrets: string[]): void {
  for (const text of [visibleStdout(r.stdout), r.stderr, r.summary, JSON.stringify(r.outputs), readFileSync(r.outputs.report!, 'utf8')]) {
    for (const s of secrets) expect(text).not.toContain(s);
  }
}

const prPayload = (base: string, head: string) => ({ number: 3, pull_request: { number: 3, base: { sha: base }, head: { sha: head } } });

describe('configuration and baseline in the Action', () => {
  it('applies the discovered configuration: ignores, allow entries, and counts suppressions by kind in the summary', async () => {
    const { repo } = repoWith({
      '.leakproof.yml': 'ignore: ["vendor/**"]\nallow:\n  - rule: hardcoded-secret-key\n    paths: ["tests/**"]\n    reason: throwaway keys for tests\n',
      'vendor/lib/settings.py': `SECRET_KEY = "${SECRET}"\n`,
      'tests/settings.py': `SECRET_KEY = "${FIXTURE_SECRET}"\n`,
      // The directive is assembled so that this file does not carry a live one itself.
      'app/settings.py': `SECRET_KEY = "${SECRET}"  # ${'leakproof'}-ignore -- rotated, kept for the migration test\n`,
    });
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {} });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.stdout).toContain('Configuration: .leakproof.yml');
    expect(r.summary).toContain('2 findings suppressed (not counted): 1 by inline comments, 1 by the configuration.');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings.map((f: { suppressed?: { by: string } }) => f.suppressed?.by).sort()).toEqual(['config', 'inline']);
    noRaw(r, SECRET, FIXTURE_SECRET);
  });

  it('reads the config input, and the configuration failOn applies when fail-on is empty', async () => {
    const { repo } = repoWith({
      'ci/leakproof.yml': 'failOn: never\nrules:\n  dotenv-file: warning\n',
      '.env': 'DB_PASSWORD=hunter2-Zp9vL4qW8xR3tY6u\n',
    });
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { config: 'ci/leakproof.yml', 'fail-on': '' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ findings: '1', errors: '0', warnings: '1' });
    const failing = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { config: 'ci/leakproof.yml', 'fail-on': 'warning' } });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::error::leakproof: 1 finding at or above "warning" (input fail-on)');
  });

  it('applies the baseline input and says so in the summary', async () => {
    const { repo } = repoWith({ 'app/settings.py': `SECRET_KEY = "${SECRET}"\n` });
    const before = await scan({ root: repo });
    writeFiles(repo, { '.leakproof-baseline.json': formatBaseline(baselineFrom(before.findings)) });
    commitAll(repo, 'baseline');
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { baseline: '.leakproof-baseline.json' } });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toContain('1 finding suppressed (not counted): 1 by the baseline.');
    noRaw(r, SECRET);
  });

  it.each([
    ['a configuration with an unknown key', { '.leakproof.yml': 'ignored: [x]\n' }, {}, /^::error::leakproof: \.leakproof\.yml: unknown key "ignored"; allowed keys: ignore, rules/],
    ['invalid YAML', { 'c.yml': 'rules: [\n' }, { config: 'c.yml' }, /^::error::leakproof: c\.yml:\d+:\d+: invalid YAML: /],
    ['a missing config input', {}, { config: 'nope.yml' }, /^::error::leakproof: nope\.yml: cannot read the configuration file \(not found\); check the path in input "config"$/],
    ['a missing baseline input', {}, { baseline: 'b.json' }, /^::error::leakproof: b\.json: baseline not found; create it with/],
    ['a baseline that is not JSON', { 'b.json': '{' }, { baseline: 'b.json' }, /^::error::leakproof: b\.json: is not valid JSON; write it with `leakproof --write-baseline b\.json`$/],
    ['a config input outside the workspace', {}, { config: '../x.yml' }, /^::error::leakproof: input "config" must be a path inside the workspace/],
  ])('%s fails the step with one line and exit code 2', async (_label, files, inputs, message) => {
    const { repo } = repoWith({ 'README.md': '# x\n', ...files });
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs });
    expect(r.code).toBe(2);
    const errors = errorLines(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(r.stderr).toBe('');
  });

  it('a configuration that is a symlink is refused, and its target is never read', async () => {
    const { repo } = repoWith({ 'README.md': '# x\n' });
    symlinkSync('/etc/passwd', path.join(repo, '.leakproof.yml'));
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {} });
    expect(r.code).toBe(2);
    expect(errorLines(r.stdout)).toEqual(['::error::leakproof: .leakproof.yml: is a symlink (or inside one); leakproof does not follow symlinks, so make it a regular file']);
    expect(r.stdout).not.toContain('root:');
  });
});

describe('untrusted configuration on pull requests', () => {
  const BASE_CONFIG = 'rules:\n  dotenv-file: error\n';

  /** The base commit has a strict config; the pull request disables the rules and adds a leak. */
  function hostilePr(extra: Record<string, string> = {}): { repo: string; base: string; head: string } {
    const { repo, sha: base } = repoWith({ '.leakproof.yml': BASE_CONFIG, 'README.md': '# x\n' });
    writeFiles(repo, {
      '.leakproof.yml': 'ignore: ["**"]\nrules:\n  dotenv-file: off\n  hardcoded-secret-key: off\nfailOn: never\n',
      'app/settings.py': `SECRET_KEY = "${SECRET}"\n`,
      '.env': 'DB_PASSWORD=hunter2-Zp9vL4qW8xR3tY6u\n',
      ...extra,
    });
    return { repo, base, head: commitAll(repo, 'hide my leak') };
  }

  it('uses the base commit configuration when the pull request edits it, and says so', async () => {
    const { repo, base, head } = hostilePr();
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head), inputs: { 'fail-on': '' } });
    expect(r.code).toBe(1);
    expect(r.outputs.findings).toBe('2');
    const note = `the pull request changes .leakproof.yml; the base commit ${base.slice(0, 12)}'s version is used, so that a pull request cannot hide its own findings`;
    expect(r.stdout).toContain(`::notice::leakproof: ${note}.`);
    expect(r.summary).toContain('> [!IMPORTANT]');
    expect(r.summary).toContain(`The pull request changes .leakproof.yml; the base commit ${base.slice(0, 12)}&#39;s version is used`.replace('&#39;', "'"));
    noRaw(r, SECRET);
  });

  it('the same on pull_request_target', async () => {
    const { repo, base, head } = hostilePr();
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request_target', payload: prPayload(base, head) });
    expect(r.outputs.findings).toBe('2');
    expect(r.stdout).toContain('the pull request changes .leakproof.yml');
  });

  it('a configuration or baseline the pull request adds is not applied', async () => {
    const { repo, sha: base } = repoWith({ 'README.md': '# x\n' });
    writeFiles(repo, { 'app/settings.py': `SECRET_KEY = "${SECRET}"\n`, '.leakproof.yml': 'rules:\n  hardcoded-secret-key: off\n' });
    const own = await scan({ root: repo, rules: {} });
    writeFiles(repo, { 'baseline.json': formatBaseline(baselineFrom(own.findings)) });
    const head = commitAll(repo, 'add a leak and accept it');
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head), inputs: { baseline: 'baseline.json' } });
    expect(r.outputs.findings).toBe('1');
    expect(r.stdout).toContain(`the base commit ${base.slice(0, 12)} has none, so no configuration is used`);
    expect(r.stdout).toContain(`the pull request changes baseline.json; the base commit ${base.slice(0, 12)} has none, so no baseline is used`);
    expect(r.summary).not.toContain('suppressed');
  });

  it('a configuration the pull request leaves alone is applied as usual', async () => {
    const { repo, sha: base } = repoWith({ '.leakproof.yml': 'ignore: ["fixtures/**"]\n' });
    writeFiles(repo, { 'fixtures/settings.py': `SECRET_KEY = "${SECRET}"\n` });
    const head = commitAll(repo, 'fixture');
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head) });
    expect(r.outputs.findings).toBe('0');
    expect(r.stdout).not.toContain('the pull request changes');
  });

  it('on a shallow clone, fetches the base commit to read its configuration', async () => {
    const { repo: upstream, base, head } = hostilePr();
    const clone = track(tempDir('clone'));
    git(clone, 'clone', '-q', '--depth=1', `file://${upstream}`, '.');
    const r = await runAction({ dist, workspace: clone, eventName: 'pull_request', payload: prPayload(base, head), inputs: { scope: 'all' } });
    expect(r.stdout).toContain('fetching it alone');
    expect(r.outputs.findings).toBe('2');
    expect(r.stdout).toContain('the pull request changes .leakproof.yml');
  });

  describe('when git cannot reach the base commit', () => {
    let server: Server;
    let apiUrl: string;
    let mode: 'ok' | 403 | 500 = 'ok';
    const asked: string[] = [];

    beforeAll(async () => {
      server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        asked.push(`${url.pathname}?ref=${url.searchParams.get('ref')}`);
        if (mode !== 'ok') {
          res.writeHead(mode, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: mode === 403 ? 'Resource not accessible by integration' : 'boom' }));
          return;
        }
        if (url.pathname === '/repos/acme/app/contents/.leakproof.yml') {
          res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
          res.end(BASE_CONFIG);
          return;
        }
        if (url.pathname === '/repos/acme/app/pulls/3/files') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify([{ filename: 'app/settings.py', status: 'added' }, { filename: '.env', status: 'added' }, { filename: '.leakproof.yml', status: 'modified' }]));
          return;
        }
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"message":"Not Found"}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    function orphanClone(): { repo: string; base: string; head: string } {
      const { repo: upstream, base, head } = hostilePr();
      const clone = track(tempDir('clone'));
      git(clone, 'clone', '-q', '--depth=1', `file://${upstream}`, '.');
      git(clone, 'remote', 'remove', 'origin');
      return { repo: clone, base, head };
    }

    it('reads the base configuration through the contents API', async () => {
      mode = 'ok';
      asked.length = 0;
      const { repo, base, head } = orphanClone();
      const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head), env: { GITHUB_API_URL: apiUrl } });
      expect(asked).toContain(`/repos/acme/app/contents/.leakproof.yml?ref=${base}`);
      expect(r.outputs.findings).toBe('2');
      expect(r.stdout).toContain('the pull request changes .leakproof.yml');
      noRaw(r, SECRET);
    });

    for (const status of [403, 500] as const) {
      it(`applies neither file, with a notice, when the API answers ${status}`, async () => {
        mode = status;
        const { repo, base, head } = orphanClone();
        const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head), env: { GITHUB_API_URL: apiUrl } });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        expect(r.outputs.findings).toBe('2');
        expect(r.stdout).toMatch(new RegExp(`^::notice::leakproof: \\.leakproof\\.yml from the pull request is not applied, because .*HTTP ${status}.*; built-in defaults are used`, 'm'));
        expect(r.summary).toContain('is not applied, because');
      });
    }

    it('applies neither file when there is no token either', async () => {
      const { repo, base, head } = orphanClone();
      const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head), inputs: { token: '' } });
      expect(r.outputs.findings).toBe('2');
      expect(r.stdout).toContain('no token was given to ask the GitHub API; built-in defaults are used');
    });
  });
});
