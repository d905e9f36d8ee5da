/**
 * A small paginated GitHub REST client on Node's global fetch. The CLI bundle
 * must start fast, and Octokit costs tens of milliseconds at import for the
 * two dozen lines actually needed here.
 */
import { VERSION } from '../version';

export class GitHubApiError extends Error {}

export interface RestOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string;
  token?: string;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Longest wait for a rate limit to reset before giving up (default one minute). */
  maxWaitMs?: number;
  /** Said in 404 and 403 messages, e.g. "organisation acme". */
  what?: string;
}

const DEFAULT_MAX_WAIT_MS = 60_000;
const MAX_RATE_LIMIT_RETRIES = 3;

/** The URL behind `rel="next"` in a Link header, if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = m ? /;\s*rel="?([^";]*)/.exec(m[2]!) : null;
    if (rel && rel[1]!.trim().split(/\s+/).includes('next')) return m![1];
  }
  return undefined;
}

function hhmmUtc(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * When a response says "rate limited", the moment it lifts (epoch ms).
 * Primary limits answer 403/429 with X-RateLimit-Remaining: 0 and a reset
 * time; secondary limits answer with Retry-After in seconds.
 */
export function rateLimitedUntil(status: number, headers: Headers, now: number, bodyMessage = ''): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return now + Number(retryAfter.trim()) * 1000;
  const reset = headers.get('x-ratelimit-reset');
  if (headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset.trim())) {
    return Math.max(now, Number(reset.trim()) * 1000);
  }
  if (status === 429 || /rate limit/i.test(bodyMessage)) return now + 60_000;
  return undefined;
}

function rateLimitMessage(until: number): string {
  return `GitHub API rate limit reached: rate limited until ${hhmmUtc(until)} UTC; retry then or use a token with more quota`;
}

async function bodyMessage(res: Response): Promise<string> {
  try {
    const data = (await res.json()) as { message?: unknown };
    return typeof data.message === 'string' ? data.message.replace(/[\r\n]+/g, ' ').slice(0, 200) : '';
  } catch {
    return '';
  }
}

function explain(status: number, message: string, opts: RestOptions): string {
  const what = opts.what ?? 'the resource';
  const says = message ? ` (GitHub says: "${message}")` : '';
  if (status === 401) return `the GitHub token was rejected (401)${says}; check GITHUB_TOKEN or --token`;
  if (status === 403) {
    return `access to ${what} was denied (403)${says}; the token needs read access to it (fine-grained: Metadata read-only on the organisation's repositories; classic: repo), and if the organisation enforces SAML single sign-on the token must be authorised for it`;
  }
  if (status === 404) {
    return `${what} was not found (404)${says}; check the name, and that the token can see it (private organisations and repositories look absent to tokens without access)`;
  }
  return `the GitHub API answered HTTP ${status} for ${what}${says}`;
}

/** Yields each page of a paginated list endpoint, following `Link: rel="next"` on the same origin only. */
export async function* paginate(path: string, opts: RestOptions): AsyncGenerator<unknown[]> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxWait = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const base = opts.apiUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': `leakproof/${VERSION}`,
  };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;

  const waitOrFail = async (until: number): Promise<void> => {
    const ms = until - now();
    if (ms > maxWait) throw new GitHubApiError(rateLimitMessage(until));
    if (ms > 0) await sleep(ms);
  };

  let url: string | undefined = `${base}${path}`;
  while (url) {
    let res: Response | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await doFetch(url, { headers, redirect: 'error' });
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code;
        throw new GitHubApiError(`cannot reach the GitHub API at ${origin}${cause ? ` (${cause})` : ''}; check GITHUB_API_URL and the network`);
      }
      if (res.ok) break;
      const message = await bodyMessage(res);
      const until = rateLimitedUntil(res.status, res.headers, now(), message);
      if (until === undefined) throw new GitHubApiError(explain(res.status, message, opts));
      if (attempt >= MAX_RATE_LIMIT_RETRIES) throw new GitHubApiError(rateLimitMessage(until));
      await waitOrFail(until);
    }
    const data: unknown = await res!.json().catch(() => undefined);
    if (!Array.isArray(data)) throw new GitHubApiError(`the GitHub API did not answer with a list for ${opts.what ?? path}; check GITHUB_API_URL`);
    yield data;

    const next = nextLink(res!.headers.get('link'));
    if (next !== undefined && new URL(next, url).origin !== origin) {
      // The token must never travel to another host.
      throw new GitHubApiError(`the GitHub API pointed the next page to another host (${new URL(next, url).origin}); refusing to follow it`);
    }
    url = next === undefined ? undefined : new URL(next, url).href;
    // Quota spent with pages still to fetch: wait for the reset (briefly) or say when to retry.
    if (url && res!.headers.get('x-ratelimit-remaining') === '0') {
      const reset = res!.headers.get('x-ratelimit-reset');
      if (reset !== null && /^\d+$/.test(reset)) await waitOrFail(Number(reset) * 1000);
    }
  }
}
