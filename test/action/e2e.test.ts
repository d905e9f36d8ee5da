import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { buildAction, cleanup, commitAll, git, runAction, tempDir, visibleStdout, writeFiles, type RunResult } from './harness';
import { OUTPUT_NAMES } from '../../src/action/outputs';

const SECRET = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const OLD_SECRET = 'Vb3nM8kL2pQ9wE4rT6yU1iO5aS7dF0gHj2Kx';
const DB_PASSWORD = 'hunter2-Zp9vL4qW8xR3tY6u';

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

function assertNoRawSecrets(r: RunResult, sarifFile?: string): void {
  const places: [string, string][] = [
    ['stdout', visibleStdout(r.stdout)],
    ['stderr', r.stderr],
    ['summary', r.summary],
    ['outputs', JSON.stringify(r.outputs)],
  ];
  if (sarifFile) places.push(['sarif', readFileSync(sarifFile, 'utf8')]);
  if (r.outputs.report) places.push(['report', readFileSync(r.outputs.report, 'utf8')]);
  for (const [where, text] of places) {
    for (const secret of [SECRET, OLD_SECRET, DB_PASSWORD]) {
      expect(text.includes(secret), `${where} must not contain a raw secret`).toBe(false);
    }
  }
}

/** A repo with a base commit holding an old leak, and a head commit that adds two more. */
function prRepo(): { repo: string; base: string; head: string } {
  const repo = track(tempDir('repo'));
  git(repo, 'init', '-q');
  writeFiles(repo, { 'old.py': `SECRET_KEY = "${OLD_SECRET}"\n`, 'README.md': '# app\n' });
  const base = commitAll(repo, 'base');
  writeFiles(repo, {
    'app/settings.py': `import os\n\nDEBUG = False\nSECRET_KEY = "${SECRET}"\n`,
    '.env': `DB_PASSWORD=${DB_PASSWORD}\n`,
    'README.md': '# app\n\nMore docs.\n',
  });
  const head = commitAll(repo, 'head');
  return { repo, base, head };
}

function prPayload(base: string, head: string) {
  return { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } };
}

function annotationLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
}

describe('the Action bundle', () => {
  it('is self-contained: the build folder holds only the bundle, and it runs from there', () => {
    const names = readdirSync(dist).sort();
    expect(names).toContain('index.js');
    expect(names).toContain('package.json');
    for (const n of names) expect(n).toMatch(/^(index\.js|package\.json|\d+\.index\.js)$/);
    expect(existsSync(path.join(dist, 'node_modules'))).toBe(false);
  });

  it('push: annotates, summarises, writes outputs and SARIF, fails on errors, leaks nothing', async () => {
    const { repo, head } = prRepo();
    const r = await runAction({
      dist,
      workspace: repo,
      eventName: 'push',
      payload: { before: '0000000000000000000000000000000000000000', after: head },
      inputs: { sarif: 'out/leakproof.sarif' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = annotationLines(r.stdout);
    expect(lines.some((l) => l.startsWith('::error file=app/settings.py,line=4,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=old.py,line=1,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=.env,'))).toBe(true);
    expect(lines.every((l) => l.includes('title=leakproof%3A '))).toBe(true);
    // Masking is registered before anything else mentions the value.
    const mask = r.stdout.indexOf(`::add-mask::${SECRET}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('app/settings.py')).toBeGreaterThan(mask);

    expect(r.outputs).toMatchObject({ findings: '3', errors: '3', warnings: '0', notices: '0' });
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    const sarifFile = path.join(repo, 'out/leakproof.sarif');
    expect(r.outputs['sarif-file']).toBe(sarifFile);
    expect(r.outputs.report!.startsWith(r.temp)).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.findings).toHaveLength(3);

    expect(r.summary).toContain('## leakproof ✖ 3 findings (3 errors)');
    expect(r.summary).toContain('**Scope:** all files');
    expect(r.summary).toContain('https://github.example/acme/app/blob/0123456789abcdef0123456789abcdef01234567/app/settings.py#L4');
    expect(r.stdout).toContain('::error::leakproof: 3 findings at or above "error" (input fail-on)');

    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    assertNoRawSecrets(r, sarifFile);
  });

  it('pull_request with the base commit present: scans only changed files, with git', async () => {
    const { repo, base, head } = prRepo();
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: prPayload(base, head) });
    expect(r.code).toBe(1);
    const lines = annotationLines(r.stdout);
    expect(lines.some((l) => l.includes('file=app/settings.py'))).toBe(true);
    expect(lines.some((l) => l.includes('file=.env'))).toBe(true);
    // old.py did not change in this pull request.
    expect(lines.some((l) => l.includes('file=old.py'))).toBe(false);
    expect(r.outputs.findings).toBe('2');
    expect(r.summary).toMatch(/\*\*Scope:\*\* 3 changed files \(from git diff [0-9a-f]{12}\.\.HEAD\)/);
    expect(r.summary).toContain(`/blob/${head}/app/settings.py#L4`);
    assertNoRawSecrets(r);
  });

  it('pull_request on a shallow clone: fetches just the base commit', async () => {
    const { repo: upstream, base, head } = prRepo();
    const clone = track(tempDir('clone'));
    git(clone, 'clone', '-q', '--depth=1', `file://${upstream}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const r = await runAction({ dist, workspace: clone, eventName: 'pull_request', payload: prPayload(base, head) });
    expect(r.stdout).toContain('fetching it alone');
    expect(r.outputs.findings).toBe('2');
    expect(r.summary).toContain('3 changed files (from git diff');
  });

  describe('pull_request when git cannot see the base commit', () => {
    let server: Server;
    let apiUrl: string;
    const requests: IncomingMessage[] = [];
    let mode: 'ok' | 403 | 500 = 'ok';

    beforeAll(async () => {
      server = createServer((req, res) => {
        requests.push(req);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (mode !== 'ok') {
          res.writeHead(mode, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: mode === 403 ? 'Resource not accessible by integration' : 'boom' }));
          return;
        }
        if (url.pathname !== '/repos/acme/app/pulls/7/files') {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"message":"Not Found"}');
          return;
        }
        const page = Number(url.searchParams.get('page') ?? '1');
        const files =
          page === 1
            ? Array.from({ length: 100 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }))
            : [
                { filename: 'app/settings.py', status: 'added', patch: '@@ -0,0 +1,4 @@\n+import os\n+\n+DEBUG = False\n+SECRET_KEY = "…"' },
                { filename: '.env', status: 'added', patch: '@@ -0,0 +1 @@\n+DB_PASSWORD=…' },
                { filename: 'removed.py', status: 'removed' },
              ];
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (page === 1) {
          const next = `${apiUrl}/repos/acme/app/pulls/7/files?per_page=100&page=2`;
          headers.link = `<${next}>; rel="next", <${next}>; rel="last"`;
        }
        res.writeHead(200, headers);
        res.end(JSON.stringify(files));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    function shallowWithoutOrigin(): { repo: string; base: string; head: string } {
      const { repo: upstream, base, head } = prRepo();
      const clone = track(tempDir('clone'));
      git(clone, 'clone', '-q', '--depth=1', `file://${upstream}`, '.');
      git(clone, 'remote', 'remove', 'origin');
      return { repo: clone, base, head };
    }

    it('lists the changed files through the REST API, every page', async () => {
      mode = 'ok';
      requests.length = 0;
      const { repo, base, head } = shallowWithoutOrigin();
      const r = await runAction({
        dist,
        workspace: repo,
        eventName: 'pull_request',
        payload: prPayload(base, head),
        env: { GITHUB_API_URL: apiUrl },
      });
      // The other requests read the configuration files at the base commit (none here: 404).
      const listing = requests.filter((q) => new URL(q.url!, apiUrl).pathname.endsWith('/files'));
      expect(listing.map((q) => new URL(q.url!, apiUrl).searchParams.get('page') ?? '1')).toEqual(['1', '2']);
      expect(listing[0]!.headers.authorization).toBe('token test-token-not-secret');
      expect(requests.filter((q) => q.url!.startsWith('/repos/acme/app/contents/')).map((q) => new URL(q.url!, apiUrl).pathname)).toEqual(
        ['.leakproof.yml', '.leakproof.yaml', '.leakproof.json'].map((n) => `/repos/acme/app/contents/${n}`),
      );
      expect(r.outputs.findings).toBe('2');
      expect(annotationLines(r.stdout).some((l) => l.includes('file=old.py'))).toBe(false);
      expect(r.summary).toContain('102 changed files (from the GitHub API)');
      assertNoRawSecrets(r);
    });

    for (const status of [403, 500] as const) {
      it(`falls back to scanning everything, with a notice, when the API answers ${status}`, async () => {
        mode = status;
        const { repo, base, head } = shallowWithoutOrigin();
        const r = await runAction({
          dist,
          workspace: repo,
          eventName: 'pull_request',
          payload: prPayload(base, head),
          env: { GITHUB_API_URL: apiUrl },
        });
        expect(r.stdout).toMatch(new RegExp(`^::notice::leakproof scans every file: .*HTTP ${status}`, 'm'));
        expect(r.outputs.findings).toBe('3');
        expect(annotationLines(r.stdout).some((l) => l.includes('file=old.py'))).toBe(true);
        expect(r.summary).toContain('**Scope:** all files, because');
        expect(r.summary).toContain(`HTTP ${status}`);
        assertNoRawSecrets(r);
      });
    }
  });

  it('a bad input fails the step with one line naming the input and the allowed values', async () => {
    const repo = track(tempDir('repo'));
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { 'fail-on': 'critical' } });
    expect(r.code).toBe(2);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual(['::error::leakproof: input "fail-on" must be one of error, warning, notice, never (got "critical")']);
    expect(r.stderr).toBe('');
  });

  it('file names and contents holding workflow commands yield one escaped annotation each and no command', async () => {
    const repo = track(tempDir('repo'));
    git(repo, 'init', '-q');
    const names = ['a%0A::error::x.env', '::stop-commands::pwn/.env', '::set-output name=findings::0/.env'];
    const body = [
      `DB_PASSWORD=${DB_PASSWORD}`,
      '::set-output name=findings::0',
      '::stop-commands::pwn',
      '::add-mask::x',
      '::error file=fake.py::injected',
      `SECRET_KEY=::warning::${SECRET}`,
    ].join('\n');
    writeFiles(repo, Object.fromEntries(names.map((n) => [n, `${body}\n`])));
    commitAll(repo, 'evil');
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // Every line that the runner would read as a command is one of ours.
    const commands = lines.filter((l) => /^\s*::/.test(l));
    for (const c of commands) {
      expect(c).toMatch(/^::(add-mask::|stop-commands::[0-9a-f]{32}$|[0-9a-f]{32}::$|(error|warning|notice) file=|set-output|debug::)/);
    }
    const tokens = commands.filter((c) => c.startsWith('::stop-commands::')).map((c) => c.slice(17));
    expect(tokens.every((t) => t !== 'pwn')).toBe(true);
    for (const t of tokens) expect(lines).toContain(`::${t}::`);
    const annotations = annotationLines(r.stdout);
    for (const n of names) expect(annotations.filter((a) => a.includes(`file=${n.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C')}`))).toHaveLength(1);
    expect(r.outputs.findings).toBe(String(annotations.length));
    expect(r.outputs.findings).not.toBe('0');
    assertNoRawSecrets(r);
  });

  it('a file name with %, :, comma or a newline cannot inject a workflow command', async () => {
    const repo = track(tempDir('repo'));
    git(repo, 'init', '-q');
    const evil = 'x%0A::warning::pwned,line=9:a\n::error file=fake.py::injected/.env';
    writeFiles(repo, { [evil]: `DB_PASSWORD=${DB_PASSWORD}\n` });
    commitAll(repo, 'evil');
    const r = await runAction({ dist, workspace: repo, eventName: 'push', payload: {}, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    // Only our own commands: the annotation, the stop-commands pair around the log, nothing from the file name.
    expect(commands.some((l) => l.startsWith('::warning::pwned'))).toBe(false);
    expect(commands.some((l) => l.startsWith('::error file=fake.py'))).toBe(false);
    const annotations = annotationLines(r.stdout);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain('file=x%250A%3A%3Awarning%3A%3Apwned%2Cline=9%3Aa%0A%3A%3Aerror file=fake.py%3A%3Ainjected/.env,');
    expect(r.outputs.findings).toBe('1');
    assertNoRawSecrets(r);
  });
});
