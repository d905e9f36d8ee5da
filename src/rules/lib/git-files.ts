import { skipSpaces } from './literal';
import { isBlankOrMarker, isInterpolated } from './literal';

/** `ref: refs/heads/main` or a bare object id: what a real git HEAD holds. */
export function isGitHead(text: string): boolean {
  const t = text.trim();
  return /^ref: refs\/\S+$/.test(t) || /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(t);
}

const SECTION = /^\[(?:core|remote[ \t]+"[^"]*"|branch[ \t]+"[^"]*"|submodule[ \t]+"[^"]*")\]/;

/** The section headers of a config file, one line at a time (each test is anchored: linear in the text). */
function sections(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trimStart();
    if (t.startsWith('[')) out.push(t);
  }
  return out;
}

/** A git config file: has a `[core]` or `[remote "…"]` section. */
export function isGitConfig(text: string): boolean {
  return sections(text).some((s) => SECTION.test(s));
}

/** A git config file with a `[core]` section: what a git directory's own `config` holds. */
export function hasCoreSection(text: string): boolean {
  return sections(text).some((s) => s.startsWith('[core]'));
}

export interface Credential {
  /** 0-based index into the line and exclusive end of the secret part. */
  start: number;
  end: number;
  value: string;
  host: string;
  /** The URL's scheme as written (`https`, `postgresql+psycopg2`); empty for a header's credential. */
  scheme?: string;
}

/**
 * Credentials embedded in URLs on one line: `https://user:token@host/…`, or a
 * token alone as the user part (`https://ghp_…@github.com`). Parsed by hand
 * from each `://`, so the cost stays linear in the line length.
 */
/** A Sentry DSN's public key, and the project id that follows its host (the end of the URL). */
const SENTRY_PUBLIC_KEY = /^[0-9a-f]{32}$/;
const SENTRY_PROJECT_PATH = /^\/\d{1,12}\/?(?:$|[\s"'`#])/;

export function urlCredentials(line: string): Credential[] {
  const out: Credential[] = [];
  let from = 0;
  for (;;) {
    const sep = line.indexOf('://', from);
    if (sep < 0) break;
    from = sep + 3;
    let k = sep;
    while (k > 0 && /[A-Za-z0-9+.\-]/.test(line[k - 1]!)) k--;
    if (k === sep) continue;
    // userinfo runs to the last `@` before the host part ends.
    let i = sep + 3;
    let at = -1;
    while (i < line.length) {
      const c = line[i]!;
      if (c === '/' || c === ' ' || c === '\t' || c === '"' || c === "'" || c === '?' || c === '#' || c === '<' || c === '>') break;
      if (c === '@') at = i;
      i++;
    }
    if (at < 0) continue;
    const userinfo = line.slice(sep + 3, at);
    const host = line.slice(at + 1, i);
    if (!host) continue;
    const colon = userinfo.indexOf(':');
    let start: number;
    let value: string;
    if (colon >= 0) {
      start = sep + 3 + colon + 1;
      value = userinfo.slice(colon + 1);
    } else {
      // A bare user is a credential only when it is a token, not a name like `git`.
      if (!/^(?:gh[pousr]_|github_pat_|glpat-)|^[A-Za-z0-9_\-]{30,}$/.test(userinfo)) continue;
      // A Sentry DSN (`https://<public key>@o1.ingest.sentry.io/<project id>`, or a self-hosted Sentry's host): its
      // user is the project's public key, which only submits events and ships to every browser the app serves.
      if (SENTRY_PUBLIC_KEY.test(userinfo) && SENTRY_PROJECT_PATH.test(line.slice(i))) continue;
      start = sep + 3;
      value = userinfo;
    }
    if (isBlankOrMarker(value) || isInterpolated(value, null) || value.startsWith('$')) continue;
    out.push({ start, end: start + value.length, value, host, scheme: line.slice(k, sep) });
    from = i;
  }
  return out;
}

/** `extraheader = AUTHORIZATION: basic …` as written by actions/checkout into .git/config. */
export function authHeader(line: string): Credential | null {
  const m = /^\s*extraheader\s*=\s*/i.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  const auth = /^authorization:\s*(?:basic|bearer|token)\s+/i.exec(rest);
  if (!auth) return null;
  const start = skipSpaces(line, m[0].length + auth[0].length);
  const value = line.slice(start).trim();
  if (!value || isInterpolated(value, null) || value.startsWith('$') || isBlankOrMarker(value)) return null;
  return { start, end: start + value.length, value, host: '' };
}

/** Paths listed in a `.gitmodules` file. */
export function gitmodulePaths(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^[ \t]*path[ \t]*=/.exec(line);
    if (!m) continue;
    const value = line.slice(m[0].length).trim();
    if (value) out.add(value.replace(/^"|"$/g, '').replace(/\/+$/, ''));
  }
  return out;
}
