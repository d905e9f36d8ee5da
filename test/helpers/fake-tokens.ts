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
const HEX = '0123456789abcdef';

/**
 * CRC-32 written out bit by bit, independently of the table-driven one in
 * src/rules/lib/checksum.ts, so a test that passes checks the format rather
 * than agreeing with itself.
 */
export function crc32Bitwise(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    crc ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** 30 random base62 characters and their base-62 CRC-32 (GitHub's and npm's token bodies). */
export function withChecksum(random30: string): string {
  const dict = DIGITS + UPPER + LOWER;
  let n = crc32Bitwise(random30);
  let check = '';
  for (; n > 0; n = Math.floor(n / 62)) check = dict[n % 62] + check;
  return random30 + check.padStart(6, '0');
}

/** The same token with its last checksum character changed. */
function breakChecksum(body: string): string {
  return body.slice(0, -1) + (body.endsWith('a') ? 'b' : 'a');
}

/** 40 base64 characters with upper case, lower case and digits, as an AWS secret key has. */
function awsSecret(n: () => number): string {
  const v = chars(n, BASE64, 37);
  return v.slice(0, 10) + 'Q' + v.slice(10, 20) + 'k' + v.slice(20) + '7';
}

function opensshEd25519(n: () => number): string {
  const bytes = (k: number) => Buffer.from(Array.from({ length: k }, () => Math.floor(n() * 256)));
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v);
    return b;
  };
  const str = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    return Buffer.concat([u32(buf.length), buf]);
  };
  const pub = bytes(32);
  const publicKey = Buffer.concat([str('ssh-ed25519'), str(pub)]);
  const check = bytes(4);
  let priv = Buffer.concat([check, check, str('ssh-ed25519'), str(pub), str(Buffer.concat([bytes(32), pub])), str('user@host')]);
  for (let pad = 1; priv.length % 8 !== 0; pad++) priv = Buffer.concat([priv, Buffer.from([pad])]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(publicKey), str(priv)]);
  return blob.toString('base64').replace(/.{70}/g, '$&\n').trimEnd();
}

/** Builders by kind; the prefix is joined from parts so no source line holds it whole. */
const KINDS: Record<string, (next: () => number) => string> = {
  aws: (n) => 'AK' + 'IA' + chars(n, AWS, 15) + chars(n, '234567', 1),
  'aws-temp': (n) => 'AS' + 'IA' + chars(n, AWS, 14) + '7' + chars(n, AWS, 1),
  ghp: (n) => 'gh' + 'p_' + withChecksum(chars(n, BASE62, 30)),
  gho: (n) => 'gh' + 'o_' + withChecksum(chars(n, BASE62, 30)),
  ghu: (n) => 'gh' + 'u_' + withChecksum(chars(n, BASE62, 30)),
  ghs: (n) => 'gh' + 's_' + withChecksum(chars(n, BASE62, 30)),
  ghr: (n) => 'gh' + 'r_' + withChecksum(chars(n, BASE62, 30)),
  'github-pat': (n) => 'github' + '_pat_' + chars(n, BASE62, 22) + '_' + chars(n, BASE62, 59),
  glpat: (n) => 'gl' + 'pat-' + chars(n, URL_SAFE, 20).replace(/^[-_]/, 'q'),
  'glpat-routable': (n) => 'gl' + 'pat-' + chars(n, URL_SAFE, 27).replace(/^[-_]/, 'q') + '.01.' + chars(n, LOWER + DIGITS, 9),
  'slack-bot': (n) => 'xo' + 'xb-' + digits(n, 12) + '-' + digits(n, 13) + '-' + chars(n, BASE62, 24),
  'slack-user': (n) => 'xo' + 'xp-' + digits(n, 12) + '-' + digits(n, 12) + '-' + digits(n, 13) + '-' + chars(n, '0123456789abcdef', 32),
  'stripe-live': (n) => 'sk' + '_live_' + '51' + chars(n, BASE62, 97),
  'stripe-restricted': (n) => 'rk' + '_live_' + chars(n, BASE62, 24),
  'stripe-test': (n) => 'sk' + '_test_' + '51' + chars(n, BASE62, 97),
  google: (n) => 'AI' + 'za' + 'Sy' + chars(n, URL_SAFE, 33),
  npm: (n) => 'np' + 'm_' + withChecksum(chars(n, BASE62, 30)),
  'aws-secret': awsSecret,
  'gitlab-deploy': (n) => 'gl' + 'dt-' + chars(n, BASE62, 20),
  'gitlab-runner': (n) => 'gl' + 'rt-' + chars(n, BASE62, 20),
  'slack-app': (n) => 'xa' + 'pp-1-A' + chars(n, UPPER + DIGITS, 10) + '-' + digits(n, 13) + '-' + chars(n, HEX, 64),
  'slack-webhook': (n) => 'https://hooks.' + 'slack.com/services/T' + chars(n, UPPER + DIGITS, 8) + '/B' + chars(n, UPPER + DIGITS, 10) + '/' + chars(n, BASE62, 24),
  openai: (n) => 'sk' + '-proj-' + chars(n, URL_SAFE, 40).replace(/^[-_]/, 'a') + 'T3Blbk' + 'FJ' + chars(n, URL_SAFE, 40).replace(/[-_]$/, 'z'),
  'openai-legacy': (n) => 'sk' + '-' + chars(n, BASE62, 20) + 'T3Blbk' + 'FJ' + chars(n, BASE62, 20),
  anthropic: (n) => 'sk' + '-ant-api03-' + chars(n, URL_SAFE, 93).replace(/^[-_]/, 'b') + 'AA',
  'google-oauth': (n) => 'GOC' + 'SPX-' + chars(n, URL_SAFE, 28).replace(/[-_]$/, 'w'),
  pypi: (n) => 'py' + 'pi-AgEIcHlwaS5vcmc' + chars(n, URL_SAFE, 150).replace(/[-_]$/, 'q'),
  sendgrid: (n) => 'S' + 'G.' + chars(n, URL_SAFE, 22).replace(/^[-_]/, 'c') + '.' + chars(n, URL_SAFE, 43).replace(/[-_]$/, 'd'),
  shopify: (n) => 'sh' + 'pat_' + chars(n, HEX, 32),
  linear: (n) => 'lin' + '_api_' + chars(n, BASE62, 40),
  huggingface: (n) => 'h' + 'f_' + chars(n, UPPER, 8) + chars(n, LOWER, 8) + chars(n, UPPER + LOWER, 18),
  groq: (n) => 'gs' + 'k_' + chars(n, BASE62, 52),
  vercel: (n) => 'vc' + 'p_' + chars(n, BASE62, 56),
  'vercel-legacy': (n) => chars(n, UPPER, 4) + chars(n, DIGITS, 4) + chars(n, LOWER, 4) + chars(n, BASE62, 12),
  notion: (n) => 'nt' + 'n_' + digits(n, 11) + chars(n, BASE62, 35),
  databricks: (n) => 'da' + 'pi' + chars(n, HEX, 32),
  'grafana-sa': (n) => 'gl' + 'sa_' + chars(n, BASE62, 32) + '_' + chars(n, HEX, 8),
  figma: (n) => 'fi' + 'gd_' + chars(n, DIGITS, 2) + chars(n, URL_SAFE, 38).replace(/[-_]$/, 'f'),
  cloudflare: (n) => {
    const body = chars(n, BASE62, 40);
    return 'cf' + 'ut_' + body + crc32Bitwise(body).toString(16).padStart(8, '0');
  },
  'github-installation': (n) => {
    const b64url = (json: string) => Buffer.from(json).toString('base64url');
    const jwt = [b64url('{"alg":"RS256","typ":"JWT"}'), b64url(`{"iat":${digits(n, 10)},"iss":"${digits(n, 6)}","sub":"installation|${digits(n, 8)}"}`), chars(n, URL_SAFE, 342)].join('.');
    return 'gh' + 's_' + digits(n, 6) + '_' + jwt.replace(/[-_]$/, 'q');
  },
  'cloudflare-legacy': (n) => chars(n, UPPER, 4) + chars(n, LOWER, 4) + chars(n, DIGITS, 2) + chars(n, URL_SAFE, 30).replace(/[-_]$/, 'r'),
  'azure-storage': (n) => chars(n, UPPER, 4) + chars(n, BASE64, 82) + '==',
  'docker-pat': (n) => 'dck' + 'r_pat_' + chars(n, URL_SAFE, 27).replace(/[-_]$/, 'e'),
  tailscale: (n) => 'ts' + 'key-auth-k' + chars(n, BASE62, 10) + 'CNTRL-' + chars(n, BASE62, 33),
  onepassword: (n) => 'op' + 's_eyJ' + chars(n, URL_SAFE, 400).replace(/[-_]$/, 'g'),
  vault: (n) => 'hv' + 's.' + chars(n, URL_SAFE, 95).replace(/[-_]$/, 'h'),
  'twilio-sk': (n) => 'S' + 'K' + chars(n, HEX, 32),
  'twilio-token': (n) => chars(n, HEX, 32),
  discord: (n) => 'MT' + chars(n, BASE62, 22) + '.' + chars(n, URL_SAFE, 6) + '.' + chars(n, URL_SAFE, 38).replace(/[-_]$/, 'j'),
  telegram: (n) => digits(n, 10) + ':' + 'AA' + chars(n, UPPER, 3) + chars(n, LOWER, 3) + chars(n, URL_SAFE, 27).replace(/[-_]$/, 'k'),
  'ghp-bad-checksum': (n) => 'gh' + 'p_' + breakChecksum(withChecksum(chars(n, BASE62, 30))),
  'npm-bad-checksum': (n) => 'np' + 'm_' + breakChecksum(withChecksum(chars(n, BASE62, 30))),
  'grafana-cloud': (n) => 'gl' + 'c_' + Buffer.from(`{"o":"${digits(n, 6)}","n":"stack-token","k":"${chars(n, BASE62, 24)}","m":{"r":"prod-eu-west-0"}}`).toString('base64'),
  'discord-webhook': (n) => 'https://discord.com/api/' + 'webhooks/' + digits(n, 19) + '/' + chars(n, URL_SAFE, 68).replace(/[-_]$/, 'm'),
  /** A JWK private member (`d`) of an RSA key: 342 base64url characters. */
  'jwk-d': (n) => chars(n, URL_SAFE, 342),
  /** A 256-bit symmetric JWK (`k`): 43 base64url characters. */
  'jwk-k': (n) => chars(n, URL_SAFE, 43),
  /**
   * The body of an unencrypted OpenSSH ed25519 key as `ssh-keygen -N ''` writes it: the
   * `openssh-key-v1` structure (its empty fields and zero-padded lengths give runs of `A`),
   * random key bytes, base64 wrapped at 70 characters.
   */
  'openssh-ed25519': (n) => opensshEd25519(n),
  /**
   * One line of PEM key material (64 base64 characters): a DER SEQUENCE of 46 bytes after its header (`MC4`), so
   * that the header claims no more than the line holds.
   */
  'pem-line': (n) => 'MC4' + chars(n, BASE64, 61),
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
