import { LiteralSet } from '../../engine/literal-set';
/**
 * Provider token formats with a fixed prefix and a documented length and
 * alphabet. Matching finds the prefix with `indexOf` and then walks a run of
 * the alphabet by hand, never further than the format's longest length, so
 * the cost stays linear in the line whatever it holds.
 */

export interface TokenMatch {
  format: TokenFormat;
  /** 0-based start of the token in the line and its exclusive end. */
  start: number;
  end: number;
  prefix: string;
  /** The token (for PEM blocks, the first line of key material). */
  value: string;
}

export interface TokenFormat {
  /** Stable id, used as the fingerprint key. */
  id: string;
  /** What the token is, for messages: "an AWS access key id". */
  label: string;
  prefixes: readonly string[];
  /**
   * Reads the rest of a token whose prefix ends at `i`; returns the end of
   * the token, or -1 when what follows is not this format.
   */
  rest(s: string, i: number): number;
}

type CharTest = (c: number) => boolean;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAlnum: CharTest = (c) => isUpper(c) || isDigit(c);
const isBase62: CharTest = (c) => isUpper(c) || isLower(c) || isDigit(c);
const isUrlSafe: CharTest = (c) => isBase62(c) || c === 95 /* _ */ || c === 45; /* - */
const isLowerAlnum: CharTest = (c) => isLower(c) || isDigit(c);
const isSlackChar: CharTest = (c) => isBase62(c) || c === 45;
const isWordChar: CharTest = (c) => isBase62(c) || c === 95;
const isBase64: CharTest = (c) => isBase62(c) || c === 43 /* + */ || c === 47 /* / */ || c === 61; /* = */

/** Length of the run of `test` characters at `i`, counting at most `max + 1` so an overlong run shows. */
function run(s: string, i: number, test: CharTest, max: number): number {
  let n = 0;
  while (n <= max && i + n < s.length && test(s.charCodeAt(i + n))) n++;
  return n;
}

/** True when `i` is past the end or holds a character that cannot continue a word. */
function endsWord(s: string, i: number, test: CharTest = isWordChar): boolean {
  return i >= s.length || !test(s.charCodeAt(i));
}

/** Exactly `n` characters of `test`, then a word boundary. */
function exact(n: number, test: CharTest, boundary: CharTest = isWordChar) {
  return (s: string, i: number): number => {
    const len = run(s, i, test, n);
    return len === n && endsWord(s, i + n, boundary) ? i + n : -1;
  };
}

/** Between `min` and `max` characters of `test`, then a word boundary. */
function between(min: number, max: number, test: CharTest) {
  return (s: string, i: number): number => {
    const len = run(s, i, test, max);
    return len >= min && len <= max && endsWord(s, i + len) ? i + len : -1;
  };
}

function withDigit(rest: (s: string, i: number) => number) {
  return (s: string, i: number): number => {
    const end = rest(s, i);
    return end >= 0 && /[0-9]/.test(s.slice(i, end)) ? end : -1;
  };
}

/** `github_pat_` + 22 base62 + `_` + 59 base62. */
function fineGrainedPat(s: string, i: number): number {
  if (run(s, i, isBase62, 22) !== 22 || s[i + 22] !== '_') return -1;
  const j = i + 23;
  return run(s, j, isBase62, 59) === 59 && endsWord(s, j + 59) ? j + 59 : -1;
}

/**
 * `glpat-` + 20 url-safe characters; newer routable tokens carry a longer
 * payload and two dot-separated parts (`glpat-<payload>.01.<id>`).
 */
function gitlabPat(s: string, i: number): number {
  const len = run(s, i, isUrlSafe, 64);
  if (len < 20 || len > 64) return -1;
  let j = i + len;
  if (s[j] === '.' && run(s, j + 1, isLowerAlnum, 2) === 2 && s[j + 3] === '.') {
    const tail = run(s, j + 4, isLowerAlnum, 12);
    if (tail >= 5 && tail <= 12 && endsWord(s, j + 4 + tail)) return j + 4 + tail;
  }
  return len === 20 && endsWord(s, j, isUrlSafe) ? j : -1;
}

/** Slack: `xoxb-` then dash-separated parts starting with the workspace number. */
function slackToken(s: string, i: number): number {
  if (!isDigit(s.charCodeAt(i))) return -1;
  const len = run(s, i, isSlackChar, 250);
  if (len < 20 || len > 250 || !endsWord(s, i + len)) return -1;
  return s.slice(i, i + len).includes('-') ? i + len : -1;
}

const PEM_BEGIN = '-----BEGIN ';

/** `RSA PRIVATE KEY-----`, `OPENSSH PRIVATE KEY-----`, `PGP PRIVATE KEY BLOCK-----`; never public keys or certificates. */
function pemHeader(s: string, i: number): number {
  const close = s.indexOf('-----', i);
  if (close < 0 || close - i > 60) return -1;
  const label = s.slice(i, close);
  return /^[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?$/.test(label) ? close + 5 : -1;
}

export const PEM_PRIVATE_KEY: TokenFormat = {
  id: 'pem-private-key',
  label: 'a PEM private key block',
  prefixes: [PEM_BEGIN],
  rest: pemHeader,
};

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { id: 'aws-access-key-id', label: 'an AWS access key id', prefixes: ['AKIA'], rest: exact(16, isUpperAlnum) },
  // `ASIA` starts ordinary upper-case words (`ASIAPACIFICSOUTHEAST`); temporary key ids carry digits.
  { id: 'aws-access-key-id', label: 'an AWS temporary access key id', prefixes: ['ASIA'], rest: withDigit(exact(16, isUpperAlnum)) },
  {
    id: 'github-token',
    label: 'a GitHub token',
    prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    rest: exact(36, isBase62),
  },
  { id: 'github-fine-grained-pat', label: 'a GitHub fine-grained personal access token', prefixes: ['github_pat_'], rest: fineGrainedPat },
  { id: 'gitlab-pat', label: 'a GitLab personal access token', prefixes: ['glpat-'], rest: gitlabPat },
  { id: 'slack-token', label: 'a Slack token', prefixes: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxr-'], rest: slackToken },
  { id: 'stripe-live-key', label: 'a Stripe live secret or restricted key', prefixes: ['sk_live_', 'rk_live_'], rest: between(24, 247, isBase62) },
  { id: 'google-api-key', label: 'a Google API key', prefixes: ['AIza'], rest: exact(35, isUrlSafe, isUrlSafe) },
  { id: 'npm-token', label: 'an npm access token', prefixes: ['npm_'], rest: exact(36, isBase62) },
  PEM_PRIVATE_KEY,
];

/** One pass over a line before any per-token work: does any prefix occur at all? */
export const ANY_PREFIX = /AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abpr]-|[sr]k_live_|AIza|npm_|-----BEGIN /;

/** The same prefixes for the byte-level test over a whole file. */
export const PREFIX_SET = new LiteralSet(
  ['AKIA', 'ASIA', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'sk_live_', 'rk_live_', 'AIza', 'npm_', '-----BEGIN '].map(
    (text) => ({ text, caseless: false }),
  ),
);

/** Tokens on one line (or window), left to right, each starting on a word boundary. */
export function findTokens(s: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  if (!ANY_PREFIX.test(s)) return out;
  for (const format of TOKEN_FORMATS) {
    for (const prefix of format.prefixes) {
      let from = 0;
      for (;;) {
        const at = s.indexOf(prefix, from);
        if (at < 0) break;
        from = at + prefix.length;
        const before = at > 0 ? s.charCodeAt(at - 1) : -1;
        // A prefix inside a longer word (or a longer run of dashes) is not a token.
        if (before >= 0 && (isWordChar(before) || (format === PEM_PRIVATE_KEY && before === 45))) continue;
        const end = format.rest(s, at + prefix.length);
        if (end < 0) continue;
        out.push({ format, start: at, end, prefix, value: s.slice(at, end) });
        from = end;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Key material that follows a PEM BEGIN line: on the same line after an
 * escaped newline (a JSON service-account key), or on the next lines after
 * optional `Proc-Type:`-style headers. Null when there is none, so a header
 * mentioned in code or prose (`startsWith('-----BEGIN RSA PRIVATE KEY-----')`)
 * is not a key.
 */
export function pemBody(sameLineRest: string, nextLines: readonly string[]): string | null {
  const escaped = /^(?:\\\\n|\\n)+/.exec(sameLineRest);
  const inline = escaped ? base64Start(sameLineRest.slice(escaped[0].length)) : null;
  if (inline) return inline;
  for (const raw of nextLines.slice(0, 6)) {
    const t = raw.trim();
    if (t === '' || /^[A-Za-z-]{2,30}: /.test(t)) continue; // blank line or a PEM/PGP header
    return base64Start(t);
  }
  return null;
}

/** The run of base64 at the start of a line, after quotes or a `+` joining strings; null when too short for key material. */
function base64Start(t: string): string | null {
  let i = 0;
  while (i < t.length && i < 8 && ' \t"\'`+'.includes(t[i]!)) i++;
  const len = run(t, i, isBase64, 4096);
  return len >= 40 ? t.slice(i, i + len) : null;
}

/**
 * Documentation placeholders in a token's shape: AWS's `AKIA…EXAMPLE`,
 * runs of `x` or `0`, counting sequences, or too few distinct characters
 * to be random.
 */
export function isExampleToken(value: string, prefixLength = 0): boolean {
  const body = value.slice(prefixLength);
  const lower = body.toLowerCase();
  if (lower.includes('example') || lower.includes('xxxx') || body.includes('0000000000')) return true;
  if (lower.includes('1234567890') || lower.includes('abcdefghij')) return true;
  return new Set(body).size < 6;
}
