/** Placeholders people put where a secret should go (normalised: lower case, letters and digits only). */
const PLACEHOLDERS = new Set([
  'changeme', 'changethis', 'changeit', 'replaceme', 'secret', 'secretkey', 'mysecret', 'mysecretkey', 'yoursecret',
  'yoursecretkey', 'yoursecrethere', 'yoursecretkeyhere', 'supersecret', 'supersecretkey', 'topsecret', 'secret123',
  's3cr3t', 'password', 'passw0rd', 'dev', 'development', 'devsecret', 'devkey', 'test', 'testing', 'testsecret',
  'default', 'defaultsecret', 'keyboardcat', 'notsecret', 'notasecret', 'insecure', 'unsafe', 'todo', 'fixme',
  'xxx', 'abc', 'abc123', '123456', 'key', 'jwtsecret', 'sessionsecret', 'putyouruniquephrasehere', 'example',
  'examplekey', 'sample', 'placeholder', 'dummy', 'foo', 'bar', 'foobar', 'local', 'localsecret', 'qwerty',
]);

export function normalizeValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A well-known placeholder (`changeme`, `your-secret-here`, `keyboard cat`…). */
export function isPlaceholder(value: string): boolean {
  const n = normalizeValue(value);
  if (n === '') return false;
  if (PLACEHOLDERS.has(n)) return true;
  return /^(?:your|my|change|replace|enter|insert|put|set)[a-z0-9]*(?:secret|key|token|here|value|me)$/.test(n);
}

/**
 * Why a signing secret is weak, by Django's own deploy check (W009) and the
 * placeholder list; null when it passes.
 */
export function weakness(value: string): string | null {
  if (isPlaceholder(value)) return 'a well-known placeholder value';
  if (value.startsWith('django-insecure-')) return "Django's `django-insecure-` development key";
  const distinct = new Set(value).size;
  if (distinct < 5) return `only ${distinct} distinct characters`;
  if (value.length < 50) return `shorter than 50 characters`;
  return null;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Known provider token shapes: anchored at the start, bounded lengths. */
const TOKEN_FORMATS: RegExp[] = [
  /^(?:AKIA|ASIA)[A-Z0-9]{16}$/,
  /^gh[pousr]_[A-Za-z0-9]{36,255}$/,
  /^github_pat_[A-Za-z0-9_]{22,255}$/,
  /^glpat-[A-Za-z0-9_\-]{20,64}$/,
  /^xox[abpr]-[A-Za-z0-9\-]{10,255}$/,
  /^(?:sk|rk)_live_[A-Za-z0-9]{16,255}$/,
  /^AIza[A-Za-z0-9_\-]{35}$/,
  /^npm_[A-Za-z0-9]{36}$/,
  /^-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/,
  /^base64:[A-Za-z0-9+/]{40,}={0,2}$/, // Laravel APP_KEY
];

/**
 * Does a value look like a real secret rather than a placeholder: a known
 * token format, or long, varied and high in entropy?
 */
export function looksLikeSecret(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isPlaceholder(v)) return false;
  // Documentation keys (AWS documents a key id and a secret key that both end in `EXAMPLE`) are what templates should hold.
  if (/example/i.test(v)) return false;
  if (TOKEN_FORMATS.some((re) => re.test(v))) return true;
  if (v.length < 16 || /\s/.test(v)) return false;
  // A URL without credentials (`redis://localhost:6379/0`); callers judge a URL's password on its own.
  if (/^[a-z][a-z0-9+.\-]{0,20}:\/\//i.test(v) && !/:[^/@]+@/.test(v)) return false;
  if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(v)) return false; // words: `my-secret-key-here`
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 2 && entropy(v) >= 3.5;
}
