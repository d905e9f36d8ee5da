import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { buildAction, cleanup, commitAll, git, runAction, tempDir, visibleStdout, writeFiles, type RunResult } from './harness';
import { buildSuggestions, isFork } from '../../src/action/suggestions';
import type { Fix } from '../../src/fix/types';
import { fakeToken } from '../helpers/fake-tokens';

const KEY = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const JWT_DEFAULT = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaHunter2';
/** A token another rule finds, on the line under the key a fix rewrites: the fix's diff shows it as context. */
const TOKEN = fakeToken('ghp');

let dist: string;
const dirs: string[] = [];
let server: Server;
let apiUrl: string;
let mode: 'ok' | 403 = 'ok';
const reviews: { url: string; body: any; auth: string | undefined }[] = [];

beforeAll(async () => {
  dist = buildAction();
  dirs.push(dist);
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'POST' && url.pathname === '/repos/acme/app/pulls/7/reviews') {
        reviews.push({ url: url.pathname, body: JSON.parse(data), auth: req.headers.authorization });
        if (mode === 403) {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 1 }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 240_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  cleanup(...dirs);
});

function pr(): { repo: string; base: string; head: string } {
  const repo = tempDir('suggest');
  dirs.push(repo);
  git(repo, 'init', '-q');
  writeFiles(repo, { 'README.md': '# app\n' });
  const base = commitAll(repo, 'base');
  writeFiles(repo, {
    'app/settings.py': `"""Settings."""\n\nDEBUG = False\nSECRET_KEY = "${KEY}"\nGITHUB_TOKEN = "${TOKEN}"\n`,
    'server.js': `const jwt = require('jsonwebtoken');\nconst secret = process.env.JWT_SECRET || '${JWT_DEFAULT}';\nmodule.exports = (p) => jwt.sign(p, secret);\n`,
  });
  const head = commitAll(repo, 'head');
  return { repo, base, head };
}

function payload(base: string, head: string, headRepo = 'acme/app') {
  return { number: 7, pull_request: { number: 7, base: { sha: base, repo: { full_name: 'acme/app' } }, head: { sha: head, repo: { full_name: headRepo, fork: headRepo !== 'acme/app' } } } };
}

function noSecret(r: RunResult, extra = ''): void {
  for (const [where, text] of [
    ['stdout', visibleStdout(r.stdout)],
    ['stderr', r.stderr],
    ['summary', r.summary],
    ['review', extra],
  ] as const) {
    for (const s of [KEY, JWT_DEFAULT, TOKEN]) expect(text.includes(s), `${where} must not contain a raw secret`).toBe(false);
  }
}

async function run(headRepo?: string): Promise<RunResult> {
  const { repo, base, head } = pr();
  return runAction({
    dist,
    workspace: repo,
    eventName: 'pull_request',
    payload: payload(base, head, headRepo),
    inputs: { suggestions: 'true', 'fail-on': 'never' },
    env: { GITHUB_API_URL: apiUrl },
  });
}

describe('the suggestions input', () => {
  it('posts one review with a suggested change on each line a fix changes; nothing in it is a secret', async () => {
    mode = 'ok';
    reviews.length = 0;
    const r = await run();
    expect(r.code).toBe(0);
    expect(reviews).toHaveLength(1);
    const review = reviews[0]!;
    expect(review.auth).toBe('token test-token-not-secret');
    expect(review.body.event).toBe('COMMENT');
    expect(review.body.body).toContain('rotate them as well');
    const comments = review.body.comments as { path: string; line: number; start_line?: number; side: string; body: string }[];
    const at = comments.map((c) => `${c.path}:${c.start_line ?? c.line}-${c.line}`).sort();
    expect(at).toEqual(['app/settings.py:2-2', 'app/settings.py:4-4', 'server.js:2-2']);
    const byLine = (p: string, l: number) => comments.find((c) => c.path === p && c.line === l)!.body;
    expect(byLine('app/settings.py', 4)).toContain('```suggestion\nSECRET_KEY = os.environ.get("SECRET_KEY")\n```');
    expect(byLine('app/settings.py', 2)).toContain('```suggestion\n\nimport os\n\n```');
    expect(byLine('app/settings.py', 2)).toContain('Part 1 of 2 of this fix');
    expect(byLine('server.js', 2)).toContain("```suggestion\nconst secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET is not set');\n```");
    expect(comments.every((c) => c.side === 'RIGHT')).toBe(true);
    expect(r.stdout).toContain('Posted a review with 3 suggested changes.');
    expect(r.stdout).not.toMatch(/^::notice::leakproof: .*suggested/m);
    noSecret(r, JSON.stringify(review.body));
  });

  it('without write access (403) the step goes on, and the summary shows the same diffs with one notice', async () => {
    mode = 403;
    reviews.length = 0;
    const r = await run();
    expect(r.code).toBe(0);
    expect(reviews).toHaveLength(1);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice::leakproof: '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('HTTP 403');
    expect(notices[0]).toContain('pull-requests: write');
    expect(r.summary).toContain('### leakproof: suggested fixes');
    expect(r.summary).toContain('```diff\n--- a/app/settings.py');
    expect(r.summary).toContain('-SECRET_KEY = "q8Zr…(36 chars)"');
    expect(r.summary).toContain('+SECRET_KEY = os.environ.get("SECRET_KEY")');
    expect(r.summary).toContain(' GITHUB_TOKEN = "ghp_');
    noSecret(r);
  });

  it('on a fork it posts nothing: the summary shows the diffs, one notice says why', async () => {
    mode = 'ok';
    reviews.length = 0;
    const r = await run('stranger/app');
    expect(r.code).toBe(0);
    expect(reviews).toHaveLength(0);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice::leakproof: '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('forks');
    expect(r.summary).toContain('+if (!secret) throw new Error(\'JWT_SECRET is not set\');');
    noSecret(r);
  });

  it('is off by default: no review, no suggestions section', async () => {
    mode = 'ok';
    reviews.length = 0;
    const { repo, base, head } = pr();
    const r = await runAction({ dist, workspace: repo, eventName: 'pull_request', payload: payload(base, head), inputs: { 'fail-on': 'never' }, env: { GITHUB_API_URL: apiUrl } });
    expect(reviews).toHaveLength(0);
    expect(r.summary).not.toContain('suggested fixes');
    expect(readFileSync(`${repo}/app/settings.py`, 'utf8')).toContain(KEY);
  });
});

describe('buildSuggestions', () => {
  const fix = (path: string, edits: Fix['edits'][number]['edits']): Fix => ({
    ruleId: 'hardcoded-secret-key',
    finding: { path, line: 1, fingerprint: 'x' },
    applicability: 'unsafe',
    title: 't',
    edits: [{ path, edits }],
    untrack: [],
    ignore: [],
    example: [],
    local: [],
    followUp: [],
    secrets: ['old-secret-value'],
    freshKeys: [],
  });

  it('leaves a fix whole to the summary when one of its lines is outside the diff', () => {
    const text = 'a\nb\nc\n';
    const f = fix('x.py', [
      { start: 0, end: 0, text: 'import os\n' },
      { start: 4, end: 5, text: 'B' },
    ]);
    const plan = { snapshot: new Map([['x.py', text]]), fixes: [f] };
    expect(buildSuggestions(plan, (_p, l) => l !== 1, '').elsewhere).toEqual([f]);
    const all = buildSuggestions(plan, () => true, 'svc/');
    expect(all.suggestions.map((s) => [s.path, s.line, s.start_line])).toEqual([
      ['svc/x.py', 1, undefined],
      ['svc/x.py', 3, undefined],
    ]);
  });

  it('never suggests a line that holds a secret the scan found', () => {
    const text = 'TOKEN = "found-token-value"\nb\n';
    const f = fix('x.py', [{ start: 0, end: 0, text: 'import os\n' }]);
    const plan = { snapshot: new Map([['x.py', text]]), fixes: [f] };
    expect(buildSuggestions(plan, () => true, '', ['found-token-value']).elsewhere).toEqual([f]);
  });

  it('tells forks by the head repository', () => {
    expect(isFork({ pull_request: { head: { repo: { full_name: 'a/b' } }, base: { repo: { full_name: 'a/b' } } } })).toBe(false);
    expect(isFork({ pull_request: { head: { repo: { full_name: 'c/b' } }, base: { repo: { full_name: 'a/b' } } } })).toBe(true);
    expect(isFork({ pull_request: { head: { repo: null }, base: { repo: { full_name: 'a/b' } } } })).toBe(true);
  });
});
