/** Prefixes that frameworks expose to the browser on purpose: such keys are public by design. */
export const PUBLIC_ENV_PREFIXES = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'VUE_APP_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'PUBLIC_', 'GATSBY_', 'STORYBOOK_'];

/**
 * The words of a password's key: `PASS` and `PWD` as whole words (`DB_PASS`, not `PASSPORT_`), `PW` as the last word
 * (`POSTGRES_PW`), alone, or before a deployment's or a rotation's word (`DB_PW_PROD`): elsewhere it is a namespace
 * (Playwright's `PW_BROWSER`, `E2E_PW_TRACE`).
 */
const PASSWORD_WORDS = '(?:PASSWORD|PASSWD|PASSPHRASE|(?:^|_)(?:PASS|PWD)(?:_|$)|^PW$|_PW$|_PW_(?:PROD|PRODUCTION|DEV|DEVELOPMENT|STAGING|STAGE|TEST|QA|UAT|OLD|NEW|\\d+)(?:_|$))';
// `TOKEN` but not `MAX_TOKENS` or `TOKENIZER_PATH`.
const SECRET_WORDS = new RegExp(`(?:SECRET|TOKEN(?!S|IZ)|${PASSWORD_WORDS}|(?:^|_)AUTH(?:_|$)|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|SALT|DSN|SIGNING|_KEY$|^KEY$|APP_KEY)`, 'i');
const PASSWORD_KEY = new RegExp(PASSWORD_WORDS, 'i');

/**
 * Last words that make a key a setting about a secret rather than the
 * secret: `JWT_SECRET_EXPIRES_IN`, `DB_PASSWORD_FILE`, `AUTH_URL`,
 * `ACCESS_TOKEN_EXPIRE_MINUTES`, `SALT_ROUNDS`, `AUTH0_CLIENT_ID`, Mailu's
 * `AUTH_RATELIMIT` (`10/minute;1000/hour`), an address (`AUTH_SMTP_FROM`).
 */
const SETTING_WORDS = new Set([
  'URL', 'URI', 'URLS', 'HOST', 'HOSTNAME', 'PORT', 'USER', 'USERNAME', 'LOGIN', 'NAME', 'ID', 'SID', 'ACCOUNT', 'EMAIL',
  'REGION', 'PATH', 'FILE', 'DIR', 'TYPE', 'MODE', 'PROVIDER', 'ENABLED', 'ENABLE', 'DISABLED', 'EXPIRY', 'EXPIRES',
  'EXPIRE', 'EXPIRATION', 'IN', 'TTL', 'LIFETIME', 'TIMEOUT', 'ALGORITHM', 'ALG', 'ISSUER', 'AUDIENCE', 'LENGTH', 'SIZE',
  'MIN', 'MAX', 'COUNT', 'VERSION', 'PREFIX', 'HEADER', 'DOMAIN', 'ENDPOINT', 'SCOPE', 'SCOPES', 'STRATEGY', 'DRIVER',
  'METHOD', 'LEVEL', 'FORMAT', 'ROUNDS', 'ITERATIONS', 'MINUTES', 'SECONDS', 'HOURS', 'DAYS', 'MS', 'LOCATION',
  'BACKEND', 'CLASS', 'CIPHER', 'PROTOCOL', 'REALM', 'SECURE', 'SAMESITE', 'CALLBACK', 'REDIRECT', 'ROUTE', 'SERVER',
  'REQUIRED', 'HTTPONLY', 'POLICY', 'TABLE', 'BITS', 'RATELIMIT', 'RATE', 'LIMIT', 'LIMITS', 'ATTEMPTS', 'RETRIES',
  'INTERVAL', 'DELAY', 'WINDOW', 'THRESHOLD', 'FROM', 'SENDER', 'RECIPIENT', 'ADDRESS', 'ADDR',
  // Where a secret is kept, not the secret: Mayan's `SECRET_KEY_FILENAME=SECRET_KEY`.
  'FILENAME', 'FILEPATH', 'FILES', 'PATHS', 'DIRECTORY', 'FOLDER',
]);

/**
 * Keys whose values are public identifiers even though their names end in
 * `_KEY` or `_ID`: publishable and site keys, app and client ids, Pusher's
 * app key (Laravel's `PUSHER_APP_KEY`, not its `APP_KEY`).
 */
const PUBLIC_ID = /(?:^|_)(?:PUBLIC_KEY|PUBLISHABLE_KEY|SITE_KEY|APP_ID|CLIENT_ID|PUSHER_(?:APP_)?KEY)$/i;

/** Account and object identifiers: `TWILIO_ACCOUNT_SID`, `AZURE_TENANT_ID`, `STRIPE_ACCOUNT`, `BUILD_UUID`. */
const IDENTIFIER = /(?:^|_)(?:ID|IDS|SID|UUID|GUID|ACCOUNT|ACCOUNT_ID|ACCOUNT_SID)$/i;

/** A key whose name says it holds a secret (`DATABASE_PASSWORD`, `STRIPE_API_KEY`, `APP_KEY`). */
export function isSecretKeyName(key: string): boolean {
  if (isPublicIdName(key) || isIdentifierName(key)) return false;
  if (!SECRET_WORDS.test(key)) return false;
  const words = key.toUpperCase().split(/[_.\-]/);
  return !SETTING_WORDS.has(words[words.length - 1]!);
}

/** A key that holds a password (rather than a generated key): `DB_PASSWORD`, `SMTP_PASS`, `REDIS_PWD`, `POSTGRES_PW`. */
export function isPasswordKeyName(key: string): boolean {
  return isSecretKeyName(key) && PASSWORD_KEY.test(key);
}

/** A key for a generated secret, where 32 or 40 hex digits are a real key: `*_SECRET`, `*_TOKEN`, `*_KEY`. */
export function isKeyShapedName(key: string): boolean {
  return !isPublicIdName(key) && /(?:^|_)(?:SECRET|TOKEN|KEY)$/i.test(key);
}

/** A public identifier by name: `STRIPE_PUBLISHABLE_KEY`, `RECAPTCHA_SITE_KEY`, `FACEBOOK_APP_ID`. */
export function isPublicIdName(key: string): boolean {
  return PUBLIC_ID.test(key);
}

/** An account or object identifier by name: `TWILIO_ACCOUNT_SID`, `AZURE_TENANT_ID`. */
export function isIdentifierName(key: string): boolean {
  return IDENTIFIER.test(key);
}

export function isPublicKey(key: string, prefixes: readonly string[]): boolean {
  const upper = key.toUpperCase();
  return prefixes.some((p) => upper.startsWith(p.toUpperCase()));
}
