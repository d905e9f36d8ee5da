import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { run } from '../../src/cli/run';
import { chunk, selectRepos, type RepoListing } from '../../src/org/list-repos';
import { nextLink, paginate, rateLimitedUntil } from '../../src/org/github-rest';
import { captureIo } from './helpers';

interface FakeRepo {
  full_name: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
}

/** acme: 250 repositories over 3 pages; every 10th archived, every 7th a fork, every 5th tagged "payments". */
function acmeRepos(): FakeRepo[] {
  return Array.from({ length: 250 }, (_, i) => ({
    full_name: `acme/svc-${String(i).padStart(3, '0')}`,
    archived: i % 10 === 0,
    fork: i % 7 === 0,
    topics: i % 5 === 0 ? ['payments', 'python'] : ['web'],
  }));
}
const BIG = 600;
/** A reset two hours ahead, on a whole minute, so HH:MM is predictable. */
const LIMIT_RESET = Math.floor(Date.now() / 60_000) * 60 + 7200;
const TOKEN = 'ghp_fakeTokenForTests000000000000000000';

let server: Server;
let api = '';
const seen: { url: string; auth: string | undefined }[] = [];

function sendPage(req: IncomingMessage, res: ServerResponse, all: unknown[]): void {
  const url = new URL(req.url!, api);
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const links: string[] = [];
  const at = (p: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    return u.href;
  };
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  res.writeHead(200, { 'content-type': 'application/json', ...(links.length ? { link: links.join(', ') } : {}), 'x-ratelimit-remaining': '4999' });
  res.end(JSON.stringify(all.slice((page - 1) * perPage, page * perPage)));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url!, auth: req.headers.authorization });
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/orgs/acme/repos') return sendPage(req, res, acmeRepos());
    if (path === '/orgs/big/repos') return sendPage(req, res, Array.from({ length: BIG }, (_, i) => ({ full_name: `big/r${String(i).padStart(4, '0')}`, archived: false, fork: false, topics: [] })));
    if (path === '/orgs/limited/repos') {
      res.writeHead(403, { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(LIMIT_RESET) });
      return res.end(JSON.stringify({ message: 'API rate limit exceeded' }));
    }
    if (path === '/orgs/forbidden/repos') {
      res.writeHead(403, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4000' });
      return res.end(JSON.stringify({ message: 'Resource protected by organization SAML enforcement.' }));
    }
    if (path === '/orgs/elsewhere/repos') {
      res.writeHead(200, { 'content-type': 'application/json', link: '<http://attacker.invalid/orgs/elsewhere/repos?page=2>; rel="next"' });
      return res.end('[]');
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function orgList(args: string[], env: NodeJS.ProcessEnv = {}) {
  const c = captureIo({ GITHUB_API_URL: api, GITHUB_TOKEN: TOKEN, ...env });
  const code = await run(['org', 'list', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('org list against a REST server', () => {
  it('follows the pages, leaves out archived repositories and forks, and sends the token', async () => {
    seen.length = 0;
    const { code, out, err } = await orgList(['--org', 'acme']);
    expect(code).toBe(0);
    const chunks = JSON.parse(out) as string[][];
    expect(chunks).toHaveLength(1);
    const expected = acmeRepos().filter((r) => !r.archived && !r.fork).map((r) => r.full_name);
    expect(chunks[0]).toEqual(expected);
    expect(seen.map((s) => new URL(s.url, api).searchParams.get('page'))).toEqual([null, '2', '3']);
    expect(seen.every((s) => s.auth === `Bearer ${TOKEN}`)).toBe(true);
    const archived = acmeRepos().filter((r) => r.archived).length;
    const forks = acmeRepos().filter((r) => !r.archived && r.fork).length;
    expect(err).toBe(`leakproof: ${expected.length} repositories in acme (left out: ${archived} archived, ${forks} forks), 1 chunk of at most 256\n`);
    expect(out + err).not.toContain(TOKEN);
  });

  it('includes archived repositories and forks when asked', async () => {
    const { out } = await orgList(['--org', 'acme', '--include-archived', '--include-forks']);
    expect(JSON.parse(out)[0]).toHaveLength(250);
    const onlyForks = JSON.parse((await orgList(['--org', 'acme', '--include-forks'])).out)[0] as string[];
    expect(onlyForks).toEqual(acmeRepos().filter((r) => !r.archived).map((r) => r.full_name));
  });

  it('keeps only repositories with the topic', async () => {
    const { out, err } = await orgList(['--org', 'acme', '--topic', 'Payments']);
    const expected = acmeRepos().filter((r) => !r.archived && !r.fork && r.topics.includes('payments')).map((r) => r.full_name);
    expect(expected.length).toBeGreaterThan(10);
    expect(JSON.parse(out)).toEqual([expected]);
    expect(err).toContain('without topic Payments');
  });

  it('chunks at 256 so no matrix exceeds GitHub’s job limit', async () => {
    const chunks = JSON.parse((await orgList(['--org', 'big'])).out) as string[][];
    expect(chunks.map((c) => c.length)).toEqual([256, 256, BIG - 512]);
    expect(chunks.flat()).toHaveLength(new Set(chunks.flat()).size);
    expect(JSON.parse((await orgList(['--org', 'big', '--chunk', '100'])).out).map((c: string[]) => c.length)).toEqual([100, 100, 100, 100, 100, 100]);
    expect((await orgList(['--org', 'big', '--chunk', '257'])).code).toBe(2);
  });

  it('stops on a rate-limit answer and says until when', async () => {
    const { code, out, err } = await orgList(['--org', 'limited']);
    expect(code).toBe(2);
    expect(out).toBe('');
    const reset = new Date(LIMIT_RESET * 1000);
    const hhmm = `${String(reset.getUTCHours()).padStart(2, '0')}:${String(reset.getUTCMinutes()).padStart(2, '0')}`;
    expect(err).toBe(`leakproof: GitHub API rate limit reached: rate limited until ${hhmm} UTC; retry then or use a token with more quota\n`);
  });

  it('explains 403 and 404 answers in one line', async () => {
    const forbidden = await orgList(['--org', 'forbidden']);
    expect(forbidden.code).toBe(2);
    expect(forbidden.err).toMatch(/^leakproof: access to organisation forbidden was denied \(403\) \(GitHub says: "Resource protected by organization SAML enforcement\."\); .*SAML single sign-on.*\n$/);
    const missing = await orgList(['--org', 'nobody']);
    expect(missing.err).toMatch(/^leakproof: organisation nobody was not found \(404\).*check the name/);
    expect(missing.err.split('\n')).toHaveLength(2);
  });

  it('refuses to send the token to another host', async () => {
    const { code, err } = await orgList(['--org', 'elsewhere']);
    expect(code).toBe(2);
    expect(err).toContain('refusing to follow it');
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await orgList([])).err).toContain('needs --org NAME');
    expect((await orgList(['--org', 'bad/name'])).code).toBe(2);
    expect((await orgList(['--org', 'acme', '--chunk', '0'])).code).toBe(2);
    expect((await orgList(['--org', 'acme', '--wat'])).err).toContain('unknown option --wat');
  });
});

describe('REST client details', () => {
  it('reads rel="next" from a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('tells primary and secondary rate limits from other 403s', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(rateLimitedUntil(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2000' }), 1_000_000)).toBe(2_000_000);
    expect(rateLimitedUntil(403, h({ 'retry-after': '30' }), 1000)).toBe(31_000);
    expect(rateLimitedUntil(429, h({}), 0)).toBe(60_000);
    expect(rateLimitedUntil(403, h({ 'x-ratelimit-remaining': '10' }), 0)).toBeUndefined();
    expect(rateLimitedUntil(404, h({ 'retry-after': '1' }), 0)).toBeUndefined();
  });

  it('waits out a short Retry-After, then goes on', async () => {
    let calls = 0;
    const waits: number[] = [];
    const fakeFetch = (async () => {
      calls++;
      if (calls === 1) return new Response('{"message":"You have exceeded a secondary rate limit"}', { status: 403, headers: { 'retry-after': '20' } });
      return new Response('[{"full_name":"acme/a"}]', { status: 200 });
    }) as typeof fetch;
    const pages: unknown[][] = [];
    for await (const p of paginate('/orgs/acme/repos', { apiUrl: 'https://api.example.test', fetch: fakeFetch, now: () => 0, sleep: async (ms) => void waits.push(ms) })) pages.push(p);
    expect(pages).toEqual([[{ full_name: 'acme/a' }]]);
    expect(waits).toEqual([20_000]);
  });

  it('filters pages and chunks as pure functions', () => {
    const listing: RepoListing = { repositories: [], excluded: { archived: 0, forks: 0, topic: 0, disabled: 0 } };
    selectRepos([{ full_name: 'a/x', disabled: true }, { full_name: 'a/y', topics: ['T'] }, { full_name: 42 }], { topic: 't', includeArchived: false, includeForks: false }, listing);
    expect(listing).toEqual({ repositories: ['a/y'], excluded: { archived: 0, forks: 0, topic: 0, disabled: 1 } });
    expect(chunk([], 256)).toEqual([]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
