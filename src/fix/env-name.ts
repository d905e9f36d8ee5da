import type { KeyKind } from './keygen';
import type { SecretOccurrence } from '../rules/lib/secret-assignments';

/** A variable name a shell, compose, GitHub and every framework accept. */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** Last parts of a setting name that say nothing on their own: `jwt.secret` is JWT_SECRET, not SECRET. */
const GENERIC = new Set(['secret', 'key', 'token', 'salt']);

/** A service's credential by a name that does not say which service. */
const SERVICE_CREDENTIAL = new Set(['SECRET_KEY', 'ACCESS_KEY', 'SECRET_ACCESS_KEY', 'ACCESS_KEY_SECRET', 'APP_SECRET', 'CLIENT_SECRET', 'SECRET_ID']);
/** Objects that hold an app's own settings, not a service's: their name is no prefix. */
const CONTAINER = new Set(['app', 'application', 'settings', 'config', 'conf', 'cfg', 'configuration', 'self', 'this', 'options', 'opts', 'env', 'environ', 'os', 'process', 'params', 'parameters', 'flask', 'django', 'spring']);

/** An application object's name (`app`, `flask_app`, Dash's `server`): its `secret_key` is the app's own. */
const APP_OBJECT = /^(?:[a-z]{1,20}_)?app$|^(?:application|server)$/;

/** Names a framework gives the variable by convention, by the setting's normalised name. */
const CONVENTIONAL: Record<string, string> = {
  secretorkey: 'JWT_SECRET', // passport-jwt's `secretOrKey`
  frameworksecret: 'APP_SECRET', // Symfony
  parameterssecret: 'APP_SECRET',
};

/** Signing calls whose key argument is the finding: the variable the key comes from. */
const CALL_NAMES: [RegExp, string][] = [
  [/jwt|jws|jose/i, 'JWT_SECRET'],
  [/cookieparser/i, 'COOKIE_SECRET'],
  [/session|cookiestore|filesystemstore|securecookie/i, 'SESSION_SECRET'],
  [/hmac/i, 'HMAC_SECRET'],
  [/fernet/i, 'FERNET_KEY'],
];

/**
 * The environment variable a setting should be read from: the name as an
 * environment variable (`SECRET_KEY`, `app.secret_key` → SECRET_KEY,
 * `jwtSecret` → JWT_SECRET, `jwt.secret` → JWT_SECRET), the framework's
 * convention (Laravel `config/app.php` `'key'` → APP_KEY), or what the
 * signing call is about (`jwt.sign(p, 'x')` → JWT_SECRET). Null when no
 * sensible name follows.
 */
export function envNameFor(o: Pick<SecretOccurrence, 'name' | 'subject'>, path: string): string | null {
  if (/(?:^|\/)config\/app\.php$/.test(path) && o.name === 'key') return 'APP_KEY';
  if (/(?:^|\/)config\/jwt\.php$/.test(path) && o.name === 'secret') return 'JWT_SECRET';
  if (/(?:^|\/)config\/broadcasting\.php$/.test(path) && o.name === 'secret') return 'PUSHER_APP_SECRET';
  if (o.subject !== undefined) {
    // The subject names the call or option: "`jwt.sign()` key", "`secret` option of `session`".
    const about = `${o.subject} ${o.name}`;
    if (/SessionMiddleware/.test(about)) return 'SECRET_KEY';
    for (const [re, name] of CALL_NAMES) if (re.test(about)) return name;
    return null;
  }
  const parts = o.name
    .replace(/^\$/, '')
    .split(/\.|->|::|\[|\]|'|"|:/)
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const joined = parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [norm, name] of Object.entries(CONVENTIONAL)) if (joined.endsWith(norm)) return name;
  let last = parts[parts.length - 1]!;
  const parent = parts.length > 1 ? parts[parts.length - 2]! : null;
  // `jwt.secret` is JWT_SECRET; a service's credential under the service's name (`minio.secretKey`, `wx.app-secret`)
  // is MINIO_SECRET_KEY, not the SECRET_KEY an app's own key is read from. An app's or settings object's name
  // (`app.secret_key`, `settings.SECRET_KEY`) says nothing more.
  if (parent !== null && (GENERIC.has(last.toLowerCase()) || (SERVICE_CREDENTIAL.has(snake(last)) && !CONTAINER.has(parent.toLowerCase()) && !APP_OBJECT.test(parent)))) {
    last = `${parent}_${last}`;
  }
  const name = snake(last);
  return ENV_NAME.test(name) ? name : null;
}

/** `jwtSecret` → JWT_SECRET, `secret-key` → SECRET_KEY, `SECRET_KEY` stays. */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** The kind of key a variable needs, from its name and the code that reads it. */
export function keyKindFor(name: string, hints: { python?: boolean; django?: boolean; spring?: boolean }): KeyKind {
  if (name === 'SECRET_KEY_BASE') return 'rails';
  if (name === 'APP_KEY') return 'laravel';
  if (/FERNET/.test(name)) return 'fernet';
  // JJWT's `Decoders.BASE64.decode(secret)` is the usual way Spring apps read the key: plain base64 suits it.
  if (hints.spring) return 'base64';
  if (/JWT/.test(name)) return 'jwt';
  if (hints.django) return 'django';
  if (hints.python) return 'flask';
  return 'hex';
}
