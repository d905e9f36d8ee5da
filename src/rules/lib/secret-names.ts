/**
 * The SECRET_KEY family: names that hold a signing secret in the frameworks
 * we know. Names are compared after normalising case and separators, so
 * `SECRET_KEY`, `secretKey`, `secret-key` and `app.secret_key` all match.
 */

/** Exact normalised names. */
const EXACT = new Set([
  'secretkeybase',
  'secretkeyfallbacks',
  'secrettoken', // Rails 3 `config.secret_token`
  'appkey', // Laravel APP_KEY; `PUSHER_APP_KEY` and friends are public ids, so exact only
  'secretorkey', // passport-jwt
  'frameworksecret', // Symfony `framework.secret`
  // WordPress salts and keys (wp-config.php `define('AUTH_KEY', '…')`)
  'authkey',
  'secureauthkey',
  'loggedinkey',
  'noncekey',
  'authsalt',
  'secureauthsalt',
  'loggedinsalt',
  'noncesalt',
]);

/** Normalised suffixes: `AWS_SECRET_KEY`, `AUTH_JWT_SECRET`, `EXPRESS_SESSION_SECRET`… */
const SUFFIXES = [
  'secretkey',
  'jwtsecret',
  'jwtkey',
  'jwtsigningkey',
  'sessionsecret',
  'cookiesecret',
  'appsecret',
  'signingkey',
  'signingsecret',
  'hmacsecret',
];

export function normalizeName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += name[i];
  }
  return out;
}

export class SecretNames {
  private readonly extra: Set<string>;

  private readonly extraWords: string[];

  constructor(extraNames: readonly string[] = []) {
    this.extra = new Set(extraNames.map(normalizeName).filter(Boolean));
    // One lower-case word of each extra name, for the cheap line filter.
    this.extraWords = extraNames
      .map((n) => n.toLowerCase().split(/[^a-z0-9]+/).find((w) => w.length > 0) ?? '')
      .filter(Boolean);
  }

  private matchesNormalized(n: string): boolean {
    if (EXACT.has(n) || this.extra.has(n)) return true;
    for (const s of SUFFIXES) if (n.endsWith(s)) return true;
    return false;
  }

  /**
   * True when a (possibly dotted) identifier names a signing secret: its last
   * segment does (`settings.SECRET_KEY`), or its last two do (`jwt.secret`).
   */
  matches(identifier: string): boolean {
    const segs = identifier.split('.').filter((s) => s.length > 0);
    if (segs.length === 0) return false;
    const last = normalizeName(segs[segs.length - 1]!);
    if (last && this.matchesNormalized(last)) return true;
    if (segs.length >= 2) {
      const two = normalizeName(segs[segs.length - 2]!) + last;
      if (two !== last && this.matchesNormalized(two)) return true;
    }
    return false;
  }

  /** For a YAML key under a parent mapping (`jwt:` → `secret:`). */
  matchesNested(parent: string, key: string): boolean {
    return this.matches(`${parent}.${key}`);
  }

  /** Cheap test before any parsing: could this lower-cased text hold a family name at all? */
  mayContain(lower: string): boolean {
    if (lower.includes('secret') || lower.includes('key') || lower.includes('token') || lower.includes('salt')) return true;
    for (const w of this.extraWords) if (lower.includes(w)) return true;
    return false;
  }

  /** Same test for one identifier. */
  mayBe(lowerIdentifier: string): boolean {
    return this.mayContain(lowerIdentifier);
  }
}

export function isFallbackList(identifier: string): boolean {
  return normalizeName(identifier).endsWith('fallbacks');
}
