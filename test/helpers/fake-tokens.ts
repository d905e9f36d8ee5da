/**
 * Fake provider tokens built at run time from a seed, so the repository never
 * holds a token-shaped string that secret scanners (this one included) flag,
 * while the tests still see varied, realistic shapes.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const BASE62 = UPPER + LOWER + DIGITS;
const AWS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const URL_SAFE = BASE62 + '_-';
const BASE64 = BASE62 + '+/';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same generator seeded from a string. */
export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  return mulberry32(h);
}

function chars(next: () => number, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)]!;
  return out;
}

const digits = (next: () => number, n: number) => String(1 + Math.floor(next() * 9)) + chars(next, DIGITS, n - 1);

/** Builders by kind; the prefix is joined from parts so no source line holds it whole. */
const KINDS: Record<string, (next: () => number) => string> = {
  aws: (n) => 'AK' + 'IA' + chars(n, AWS, 15) + chars(n, DIGITS, 1),
  'aws-temp': (n) => 'AS' + 'IA' + chars(n, AWS, 14) + '7' + chars(n, AWS, 1),
  ghp: (n) => 'gh' + 'p_' + chars(n, BASE62, 36),
  gho: (n) => 'gh' + 'o_' + chars(n, BASE62, 36),
  ghu: (n) => 'gh' + 'u_' + chars(n, BASE62, 36),
  ghs: (n) => 'gh' + 's_' + chars(n, BASE62, 36),
  ghr: (n) => 'gh' + 'r_' + chars(n, BASE62, 36),
  'github-pat': (n) => 'github' + '_pat_' + chars(n, BASE62, 22) + '_' + chars(n, BASE62, 59),
  glpat: (n) => 'gl' + 'pat-' + chars(n, URL_SAFE, 20).replace(/^[-_]/, 'q'),
  'glpat-routable': (n) => 'gl' + 'pat-' + chars(n, URL_SAFE, 27).replace(/^[-_]/, 'q') + '.01.' + chars(n, LOWER + DIGITS, 9),
  'slack-bot': (n) => 'xo' + 'xb-' + digits(n, 12) + '-' + digits(n, 13) + '-' + chars(n, BASE62, 24),
  'slack-user': (n) => 'xo' + 'xp-' + digits(n, 12) + '-' + digits(n, 12) + '-' + digits(n, 13) + '-' + chars(n, '0123456789abcdef', 32),
  'stripe-live': (n) => 'sk' + '_live_' + '51' + chars(n, BASE62, 97),
  'stripe-restricted': (n) => 'rk' + '_live_' + chars(n, BASE62, 24),
  'stripe-test': (n) => 'sk' + '_test_' + '51' + chars(n, BASE62, 97),
  google: (n) => 'AI' + 'za' + 'Sy' + chars(n, URL_SAFE, 33),
  npm: (n) => 'np' + 'm_' + chars(n, BASE62, 36),
  /** One line of PEM key material (64 base64 characters). */
  'pem-line': (n) => 'MII' + chars(n, BASE64, 61),
};

/** A fake token of `kind`, the same for the same seed. */
export function fakeToken(kind: string, seed = kind): string {
  const build = KINDS[kind];
  if (!build) throw new Error(`unknown fake token kind "${kind}"; kinds: ${Object.keys(KINDS).join(', ')}`);
  return build(rng(`${kind}:${seed}`));
}

export const FAKE_TOKEN_KINDS = Object.keys(KINDS);

/** `-----BEGIN <label> KEY-----`, joined from parts. */
export function pemMarker(kind: 'BEGIN' | 'END', label: string): string {
  return '-----' + kind + ' ' + label + '-----';
}
