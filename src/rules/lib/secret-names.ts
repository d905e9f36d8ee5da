import { LiteralSet } from '../../core/literal-set';
import type { FileContext } from '../types';
/**
 * The SECRET_KEY family: names that hold a signing secret in the frameworks
 * we know. Names are compared after normalising case and separators, so
 * `SECRET_KEY`, `secretKey`, `secret-key` and `app.secret_key` all match.
 */

/** Names of keys that encrypt stored data (not only sign): `ENCRYPTION_KEY`, `PasswordEncryptionKey`, `FERNET_KEY`. */
export const ENCRYPTS_DATA = /encrypt|fernet|enc_?key|master_?key|(?:^|[^a-z])des_?key|aes_?(?:(?:128|192|256)_?)?key|creds_?key/i;

/** Exact normalised names. */
const EXACT = new Set([
  'secretkeybase',
  'secretkeyfallbacks',
  // django-fernet-fields' `FERNET_KEYS = ['…', '…']`: the first key encrypts, every one decrypts. Exact only, so
  // `ROTATE_FERNET_KEYS`, a switch, is no key.
  'fernetkeys',
  // JupyterHub's Fernet keys, which encrypt each user's `auth_state`: `c.CryptKeeper.keys = […]` and the variable it
  // reads them from. (Its chart's `hub.config.CryptKeeper.keys:` block list is not read: YAML lists under a name are not.)
  'cryptkeeperkeys',
  'jupyterhubcryptkey',
  'secrettoken', // Rails 3 `config.secret_token`
  'railssecrettoken', // the variable Rails apps read it from (growstuff's `config.secret_token = ENV['RAILS_SECRET_TOKEN']`)
  // Rails' master key, which decrypts `config/credentials.yml.enc` and with it the `secret_key_base` inside.
  'railsmasterkey',
  'appkey', // Laravel APP_KEY; `PUSHER_APP_KEY` and friends are public ids, so exact only
  'secretorkey', // passport-jwt
  'frameworksecret', // Symfony `framework.secret`
  'parameterssecret', // Symfony 2/3 `parameters.yml` `parameters: secret:`
  'pushersecret', // `PUSHER_SECRET`, Ruby's `Pusher.secret`: signs channel auth and events (`PUSHER_KEY` is public)
  // Auth.js (`NEXTAUTH_SECRET`, v5's `AUTH_SECRET`) and Better Auth sign and encrypt sessions with theirs; Payload CMS
  // its tokens with `PAYLOAD_SECRET`; Strapi its session cookies with `APP_KEYS`. Exact only: `OAUTH_SECRET` is a
  // provider's client secret.
  'nextauthsecret',
  'authsecret',
  'betterauthsecret',
  'payloadsecret',
  'appkeys',
  // Drupal's `$settings['hash_salt']` (8 on) and Drupal 7's `$drupal_hash_salt` in `settings.php`: Drupal signs its
  // one-time login links, form tokens and image derivative tokens with it.
  'hashsalt',
  'drupalhashsalt',
  // Yii 2's `'request' => ['cookieValidationKey' => '…']`: the HMAC key of every cookie it validates (its app
  // templates' `init` writes a random one into the configuration).
  'cookievalidationkey',
  // CakePHP's `Security.salt` (`Configure::write('Security.salt', '…')` in 2.x, `SECURITY_SALT` from 3.x on): the
  // key of its HMACs (CSRF and form tampering tokens, encrypted cookies) and its password hashes' salt in 2.x.
  'securitysalt',
  // Outline signs its internal requests and links with `UTILS_SECRET`.
  'utilssecret',
  // phpMyAdmin's `$cfg['blowfish_secret']`: the key its cookie authentication encrypts each user's password with.
  'blowfishsecret',
  // Strapi hashes its API and transfer tokens with these HMAC keys (`env('API_TOKEN_SALT')` in `config/admin.js`):
  // whoever holds one can forge a token's stored hash check.
  // YOURLS's `YOURLS_COOKIEKEY`: the HMAC key of its login cookies, API signatures and nonces.
  'yourlscookiekey',
  // Roundcube's `$config['des_key']`, which encrypts each user's IMAP password in the session and what plugins store.
  'deskey',
  // The key Semaphore encrypts every stored SSH key and password with (not an `S3_ACCESS_KEY_ENCRYPTION`, a cipher's name).
  'semaphoreaccesskeyencryption',
  // LibreChat's `CREDS_KEY`, the AES key every user's stored provider API keys are encrypted with.
  'credskey',
  'apitokensalt',
  'transfertokensalt',
  // Flask-Security's `SECURITY_PASSWORD_SALT`: the HMAC key every password is hashed with before bcrypt, and with
  // which its one-time codes are made. Exact only: its `SECURITY_CONFIRM_SALT`, `SECURITY_RESET_SALT` and the like
  // name the purpose of a signed token (itsdangerous's salt), and are no secret.
  'securitypasswordsalt',
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
/**
 * Names that match as one segment only, as the environment variables they are: `auth.secret` or
 * `better-auth.secret`, two segments, is no such name (better-auth's cookie tests sign with the string
 * `"better-auth.secret"`). `nextauth.secret` is NextAuth's wherever it is written (a chart's `nextauth: secret:`).
 */
const ONE_SEGMENT = new Set(['authsecret', 'betterauthsecret', 'payloadsecret', 'appkeys']);

/** What the name of a section of options ends with, in .NET's options pattern and the code that follows it: one word or two (`JwtConfigOptions`). */
const OPTIONS_SECTION = /(?:settings|options|config|configuration){1,2}$/;
/**
 * The options of ASP.NET Core's JWT bearer handler, named for it: ASP.NET Boilerplate's
 * `"Authentication": { "JwtBearer": { "SecurityKey": "…" } }`, which every project made from its template ships.
 */
const JWT_BEARER_SECTION = /^jwtbearer(?:settings|options|config|configuration)?$/;

/** Names too plain to be the family's in any spelling but the environment variable's. */
const CAPITALS_ONLY = new Set(['authsecret', 'appkeys']);

/**
 * WordPress's keys and salts hold the secret as WordPress and its tools write
 * them, in capitals or with separators (`NONCE_KEY`, Trellis's `nonce_key:`),
 * never in camel case: a `$nonceKey` is the name a nonce is stored under
 * (matomo). (`authKey` stays: Go code names gorilla's cookie HMAC key so.)
 */
const NEVER_CAMEL = new Set(['secureauthkey', 'loggedinkey', 'noncekey', 'authsalt', 'secureauthsalt', 'loggedinsalt', 'noncesalt']);
const WORDPRESS = new Set([...NEVER_CAMEL, 'authkey']);

/**
 * WordPress's key and salt names (`AUTH_KEY`, `NONCE_SALT`), which name its secrets in PHP and configuration
 * only: in Python, JavaScript, Go or Java code an `AUTH_KEY` is that program's own (jumpserver's query
 * parameter name), and `authKey` in Go is checked as code anyway.
 */
export function isWordPressName(identifier: string): boolean {
  return WORDPRESS.has(normalizeName(identifier.slice(identifier.lastIndexOf('.') + 1)));
}
const CAMEL_HUMP = /[a-z0-9][A-Z]/;
/**
 * Laravel's key is `APP_KEY`, `app_key` or the config path `app.key`, always with a separator: an `appKey` or
 * `appkey` is an app's public id in the SDKs that use the word (uni-app, JPush, Umeng, DingTalk, Alibaba's open
 * APIs), whose secret is the `appSecret` beside it.
 */
const SEPARATED_ONLY = new Set(['appkey']);
const SEPARATOR = /[_-]/;
/**
 * Plug.Crypto's key base as a name: `key_base` alone (an Elixir keyword; in other code only `isKeyBase` tells), or the
 * variable a token's key base is read from (`TOKENS_KEY_BASE`, `SIGNING_KEY_BASE`); not `S3_KEY_BASE`, a path's stem.
 */
const KEY_BASE = /^(?:key_base|(?:[A-Z0-9]+_)*(?:TOKENS?|SIGNING|AUTH)_KEY_BASE)$/;

/** Whether a name's last segment is the bare `key_base`, which only Elixir's configuration writes for Plug.Crypto's key. */
export function isKeyBase(identifier: string): boolean {
  return identifier.slice(identifier.lastIndexOf('.') + 1) === 'key_base';
}

/**
 * leakproof's own rule ids end like family names; in its configuration
 * (`rules: { hardcoded-secret-key: warning }`) they name a rule, not a secret.
 */
const RULE_IDS = new Set(['hardcodedsecretkey']);

/** Normalised suffixes: `AWS_SECRET_KEY`, `AUTH_JWT_SECRET`, `EXPRESS_SESSION_SECRET`… */
const SUFFIXES = [
  'secretkey',
  'secretkeybase', // a second Phoenix or Rails endpoint's: firezone's `OPS_SECRET_KEY_BASE`
  'jwtsecret',
  'tokensecret', // `ACCESS_TOKEN_SECRET`, RuoYi's `token.secret` (its JWT key)
  // A server's own secret, which it signs its tokens with (Huly's `SERVER_SECRET`, coturn's TURN server secret).
  'serversecret',
  'jwtbase64secret', // JHipster `jhipster.security.authentication.jwt.base64-secret`
  'jwtkey',
  'jwtsigningkey',
  // A .NET JWT section's key, named for the type it becomes (`SecurityKey`): `"Jwt": { "SecurityKey": "…" }`, and
  // `"TokenOptions": { "SecurityKey": "…" }` as many courses' `CreateSecurityKey(tokenOptions.SecurityKey)` reads it.
  'jwtsecuritykey',
  'tokensecuritykey',
  'sessionsecret',
  'sessionssecret', // pyramid_redis_sessions' `redis.sessions.secret`
  'cookiesecret',
  'appsecret',
  'signingkey',
  'signingsecret',
  'hmacsecret',
  // A signature's secret: Micronaut's `JWT_GENERATOR_SIGNATURE_SECRET`, a webhook's `WEBHOOK_SIGNATURE_SECRET`.
  'signaturesecret',
  // A webhook's secret, the HMAC key its deliveries are signed and checked with: `GITHUB_WEBHOOK_SECRET`,
  // `PADDLE_WEBHOOK_SECRET`, `webhookSecret`.
  'webhooksecret',
  // Stripe's name for a webhook endpoint's signing secret (`endpoint_secret`, `STRIPE_ENDPOINT_SECRET`), which
  // `stripe.Webhook.construct_event` checks each delivery with.
  'endpointsecret',
  // A second JWT key that signs refresh tokens: `JWT_REFRESH_SECRET`, `refreshSecret`.
  'refreshsecret',
  // The keys of the one-purpose tokens an app mails (nestjs-boilerplate's `AUTH_FORGOT_SECRET` and
  // `AUTH_CONFIRM_EMAIL_SECRET`, which `jwtService.signAsync` signs reset and email-change links with): whoever holds
  // one makes a link that resets any account's password or changes its email.
  // (Not `VERIFICATION_SECRET` or `INVITE_SECRET`: translation files name their labels so.)
  'forgotsecret',
  'resetsecret',
  'confirmemailsecret',
  'magiclinksecret',
  // An HMAC's key signs whatever it is given (Invidious's `hmac_key`: CSRF tokens, API tokens). `HMAC_KEY_ID` and
  // `hmacKeyVersion` name a key held elsewhere.
  'hmackey',
  // A Fernet key (Python's `cryptography`): Airflow's `AIRFLOW__CORE__FERNET_KEY` and its chart's `fernetKey`, which
  // encrypt every stored connection password and sign it. (Not `*_FERNET_KEYS`: `ROTATE_FERNET_KEYS`, a count.)
  'fernetkey',
  // An application's own data key, which whoever holds it decrypts what it stored with (as Laravel's `APP_KEY` is):
  // `ENCRYPTION_KEY`, n8n's `N8N_ENCRYPTION_KEY`, SOGo's `SOGO_URL_ENCRYPTION_KEY`, Authelia's `encryption_key`.
  'encryptionkey',
  // The same, abbreviated: Supabase's `VAULT_ENC_KEY` and Realtime's `DB_ENC_KEY`.
  'enckey',
  // The same as a passphrase: `ENCRYPTION_PASSPHRASE`, and ABP's `StringEncryption:DefaultPassPhrase`, which
  // `IStringEncryptionService` encrypts the settings it stores with (an SMTP password, a client secret).
  'encryptionpassphrase',
  'stringencryptiondefaultpassphrase',
  // A key-encryption key, which wraps the data keys a store keeps (logto's `SECRET_VAULT_KEK`).
  'kek',
  // The seed a server derives its private key from: lldap's `key_seed` (`LLDAP_KEY_SEED`), its OPAQUE server key.
  'keyseed',
  // Active Record encryption's other two keys beside its primary key (`bin/rails db:encryption:init` prints all
  // three; `ENCRYPTION_DETERMINISTIC_KEY`, `encryption.deterministic_key`): whoever holds them decrypts the encrypted
  // columns. Named under encryption: a `DETERMINISTIC_KEY` alone is as often a sort's or a hash's.
  'encryptiondeterministickey',
  'encryptionkeyderivationsalt',
  // The third and root one, `primary_key` (the key of non-deterministic encryption), only under encryption: a bare
  // `primary_key` is a table's column everywhere in Active Record.
  'encryptionprimarykey',
  // An AES key named by its cipher (`AES_KEY`, DefectDojo's `DD_CREDENTIAL_AES_256_KEY`, WeKnora's `TENANT_AES_KEY`,
  // Java's `AES_KEY` constants): whoever holds it decrypts what it encrypted, or forges what it authenticates.
  'aeskey',
  'aes128key',
  'aes192key',
  'aes256key',

];

/**
 * A rotation pair's qualifier as a word of a name: before its last word, `key` or `secret` (`_SECONDARY_KEY`,
 * `SecondaryKey`), or last (`_OLD`, `Old`).
 */
const ROTATION_BEFORE_LAST_WORD = /[_-](?:primary|secondary|previous|prev|old|new|next|current|backup|PRIMARY|SECONDARY|PREVIOUS|PREV|OLD|NEW|NEXT|CURRENT|BACKUP)(?=[_-](?:key|secret|KEY|SECRET)$)|(?<=[a-z0-9])(?:Primary|Secondary|Previous|Prev|Old|New|Next|Current|Backup)(?=(?:Key|Secret)$)/;
const ROTATION_AT_END = /[_-](?:primary|secondary|previous|prev|old|new|next|current|backup|PRIMARY|SECONDARY|PREVIOUS|PREV|OLD|NEW|NEXT|CURRENT|BACKUP)$|(?<=[a-z0-9])(?:Primary|Secondary|Previous|Prev|Old|New|Next|Current|Backup)$/;

/**
 * Whether the words before a family name's ending make it name something else than the key: the key encrypted under
 * another (Bitwarden's `WrappedSigningKey`, `encryptedSecretKey`, a `protectedSecretKey`; not `UNENCRYPTED_…`), what
 * is shown or stored of it (`displaySecretKey`, `hashedSecretKey`), or the public half of a pair (`publicSigningKey`,
 * that word alone: `NEXT_PUBLIC_JWT_SECRET` is a secret sent to browsers).
 */
function namesAnotherKey(before: string, ending: string): boolean {
  if (ENCRYPTED_UNDER.test(before) || DERIVED.test(before)) return true;
  // A one-time password's seed (signon's `otp_secret_key` column, pelican's `mfa_app_secret`, a `TWO_FACTOR_SECRET`):
  // a user's second factor, which an authenticator app shares, not a key the application signs with.
  // Only a seed's names: `TOTP_ENCRYPTION_KEY`, `MFA_JWT_SECRET`, `OTP_SIGNING_KEY` are the application's keys.
  if ((ending === 'secretkey' || ending === 'appsecret') && ONE_TIME_PASSWORD.test(before)) return true;
  // The seed of a cache's keys (`CACHE_KEY_SEED`) or of a hotkey's, not of a server's private key.
  if (ending === 'keyseed' && (before.endsWith('cache') || before.endsWith('hot'))) return true;
  // A pair's public half; JWE's content encryption key, made for each message and sent wrapped under another.
  return (before === 'public' && (ending === 'signingkey' || ending === 'enckey')) || (before.endsWith('content') && (ending === 'encryptionkey' || ending === 'enckey'));
}
const ENCRYPTED_UNDER = /(?<!un|non)(?:wrapped|encrypted|protected)$/;
/** The words before a name's ending that say it seeds one-time passwords: `otp`, `totp`, `mfa`, `2fa`, `twofactor`. */
const ONE_TIME_PASSWORD = /(?:otp|mfa|2fa|tfa|twofactor|authenticator)$/;
/** A seed's whole name, normalised: `otpsecretkey`, `mfaappsecret`. */
const ONE_TIME_PASSWORD_SEED = /(?:otp|mfa|2fa|tfa|twofactor|authenticator)(?:secretkey|appsecret)$/;
/**
 * What is shown or stored of a key instead of it: langfuse's `displaySecretKey` (`sk-lf-...1234`) and
 * `hashedSecretKey`, a `maskedSecretKey`, a `redactedJwtSecret`.
 */
const DERIVED = /(?<!un|non)(?:display|displayed|masked|redacted|obfuscated|truncated|hashed)$/;

/**
 * Words one of which every family name and signing call contains, as written
 * (`SECRET_KEY`, `jwtKey`, `APP_KEY`, `AUTH_SALT`, `cookieParser(`, `SignedString(`).
 */
const FILE_WORDS = [
  'secret',
  'salt',
  'signing',
  'jwt',
  'app_key',
  'appkey',
  'app-key',
  'app.key', // Laravel's config key, `Config::set('app.key', …)`
  'auth_key',
  'authkey',
  'nonce_key',
  'noncekey',
  'logged_in_key',
  'loggedinkey',
  'hmac',
  'fernet',
  'cookieparser',
  'cookiestore',
  'securecookie',
  'cookie.newstore',
  'memstore',
  'filesystemstore',
  'signedstring',
  'signwith',
  // .NET's `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))`, and the `SecurityKey` of a `TokenOptions` section.
  'securitykey',
  // iron-session seals its cookie with the `password` option (`getIronSession`, `sealData`): see secret-assignments.ts.
  'ironsession',
  'iron-session',
  'sealdata',
  // jsonwebtoken's `sign` and `verify` imported by name and called bare: see secret-assignments.ts.
  'jsonwebtoken',
  // Ktor's `SessionTransportTransformerMessageAuthentication(key)` and `SessionTransportTransformerEncrypt(…, key)`.
  'sessiontransporttransformer',
  'cookievalidationkey',
  // Pyramid's signers (`SignedCookieSessionFactory(…)`, `AuthTkt…(…)`, `SignedSerializer(…)`) and Tornado's
  // `create_signed_value(…)`: see signing-calls.ts.
  'signedcookiesessionfactory',
  'authtkt',
  'signedserializer',
  'signed_value',
  // JupyterHub's `CryptKeeper.keys` and `JUPYTERHUB_CRYPT_KEY`.
  'cryptkeeper',
  'crypt_key',
  'encryption_key',
  'encryptionkey',
  'encryption-key',
  // `DB_ENC_KEY`, `VAULT_ENC_KEY`; Rails' `RAILS_MASTER_KEY`.
  'enc_key',
  'enckey',
  'enc-key',
  'rails_master_key',
  'railsmasterkey',
  'rails-master-key',
  'encryption_passphrase',
  'encryptionpassphrase',
  'defaultpassphrase',
  'key_seed',
  'keyseed',
  'key-seed',
  // Active Record encryption's `deterministic_key` (its `key_derivation_salt` holds `salt`), and YOURLS's cookie key.
  'deterministic_key',
  'deterministickey',
  'deterministic-key',
  'encryption.primary_key',
  'active_record_encryption',
  // The same keys as a hash assigned to `config.active_record.encryption`, or passed to `ActiveRecord::Encryption.configure`.
  'active_record.encryption',
  'encryption.configure',
  'yourls_cookiekey',
  'des_key',
  'deskey',
  'key_encryption',
  'key_base',
  'keybase',
  'key-base',
  'aes_key',
  'aeskey',
  'aes-key',
  'aes_128_key',
  'aes128key',
  'aes_192_key',
  'aes_256_key',
  'aes256key',
  'creds_key',
];

/** Whether `s` holds `word` (lower-case) at `i`, before `end`, with A-Z lowered. */
function foldedAt(s: string, i: number, end: number, word: string): boolean {
  if (i + word.length > end) return false;
  for (let j = 0; j < word.length; j++) if (lowerCode(s.charCodeAt(i + j)) !== word.charCodeAt(j)) return false;
  return true;
}

/** Whether `s[start, end)`, with A-Z lowered, contains `word` (lower-case). */
function hasFolded(s: string, start: number, end: number, word: string): boolean {
  for (let i = start; i + word.length <= end; i++) if (foldedAt(s, i, end, word)) return true;
  return false;
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `normalizeName(s.slice(start, end)) === target`, without making either string. */
export function normalizesTo(s: string, start: number, end: number, target: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = lowerCode(s.charCodeAt(i));
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    if (j >= target.length || c !== target.charCodeAt(j)) return false;
    j++;
  }
  return j === target.length;
}

/**
 * `name` in lower case with every character but ASCII letters and digits
 * dropped: `JWT_SECRET`, `jwtSecret` and `jwt-secret` all become `jwtsecret`.
 * A name already in that form (most tokens a scan looks at) is returned as it
 * is, without making a string.
 */
export function normalizeName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return name.replace(NOT_ASCII_ALNUM, '').toLowerCase();
  }
  return name;
}
/** Dropped before lowering the case, so only ASCII is lowered (`toLowerCase` would make the Kelvin sign a `k`). */
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]+/g;

/** `s` as a string of its own (joined, then cut: V8 flattens the join), not a view into a longer one. */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

/** A verdict of `SecretNames.matches`: the identifier names a signing secret. */
const NAMES_SECRET = 1;
/** A verdict of `SecretNames.isWordPress`. */
const WORDPRESS_NAME = 2;

/** How many identifiers `matches` remembers before it starts over. */
const JUDGED_MAX = 50_000;

export class SecretNames {
  private readonly extra: Set<string>;

  private readonly extraWords: string[];
  private readonly extraUnindexable: boolean;

  constructor(extraNames: readonly string[] = []) {
    this.extra = new Set(extraNames.map(normalizeName).filter(Boolean));
    // One lower-case word of each extra name, for the cheap line filter.
    this.extraWords = extraNames
      .map((n) => n.toLowerCase().split(/[^a-z0-9]+/).find((w) => w.length > 1) ?? '')
      .filter(Boolean);
    // A name with no word of two letters cannot be looked for cheaply: such a configuration reads every file.
    this.extraUnindexable = extraNames.some((n) => !/[a-z0-9]{2}/i.test(n));
    this.fileWords = new LiteralSet([...FILE_WORDS, ...this.extraWords].map((text) => ({ text, caseless: true })));
  }

  private matchesNormalized(n: string): boolean {
    if (EXACT.has(n) || this.extra.has(n)) return true;
    for (const s of SUFFIXES) if (n.endsWith(s) && !namesAnotherKey(n.slice(0, n.length - s.length), s)) return true;
    return false;
  }

  /**
   * True when a (possibly dotted) identifier names a signing secret: its last
   * segment does (`settings.SECRET_KEY`), or its last two do (`jwt.secret`).
   */
  matches(identifier: string): boolean {
    return (this.verdict(identifier) & NAMES_SECRET) !== 0;
  }

  /** Whether `identifier` is one of WordPress's key and salt names (`isWordPressName`), remembered as `matches` is. */
  isWordPress(identifier: string): boolean {
    return (this.verdict(identifier) & WORDPRESS_NAME) !== 0;
  }

  private verdict(identifier: string): number {
    // Code repeats its identifiers (`cache_key`, `token`): each is judged once per scan and thread.
    const known = this.judged.get(identifier);
    if (known !== undefined) return known;
    const verdict = (this.judge(identifier) ? NAMES_SECRET : 0) | (isWordPressName(identifier) ? WORDPRESS_NAME : 0);
    if (this.judged.size >= JUDGED_MAX) this.judged.clear();
    // A name cut from a file's text may be a view into that text: the key is a copy of its own, so
    // that remembering the name does not keep the whole file alive.
    this.judged.set(ownCopy(identifier), verdict);
    return verdict;
  }

  /** Bits of `NAMES_SECRET` and `WORDPRESS_NAME` for each identifier judged. */
  private readonly judged = new Map<string, number>();

  private judge(identifier: string): boolean {
    if (this.judgeAsWritten(identifier)) return true;
    // One key of a rotation pair, its qualifier before or after its last word: documenso's
    // `NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY`, a `JWT_PREVIOUS_SECRET`, a `SECRET_KEY_BASE_OLD`, a `jwtSecretNew`. The
    // name without it is judged as written, so an `appKeyNew` is no more Laravel's key than an `appKey` is.
    const dot = identifier.lastIndexOf('.');
    const last = identifier.slice(dot + 1);
    const without = last.replace(ROTATION_BEFORE_LAST_WORD, '').replace(ROTATION_AT_END, '');
    return without !== last && without !== '' && this.judgeAsWritten(identifier.slice(0, dot + 1) + without);
  }

  private judgeAsWritten(identifier: string): boolean {
    const segs = identifier.split('.').filter((s) => s.length > 0);
    if (segs.length === 0) return false;
    const last = normalizeName(segs[segs.length - 1]!);
    if (RULE_IDS.has(last)) return false;
    if (NEVER_CAMEL.has(last) && CAMEL_HUMP.test(segs[segs.length - 1]!)) return false;
    // `AUTH_SECRET` and `APP_KEYS` are environment variables: an `authSecret` or `appKeys` in code is the program's own.
    if (CAPITALS_ONLY.has(last) && segs[segs.length - 1] !== segs[segs.length - 1]!.toUpperCase()) return false;
    if (SEPARATED_ONLY.has(last) && !SEPARATOR.test(segs[segs.length - 1]!)) return false;
    // A one-time password's seed is a user's (`otp_secret_key`, a column); in capitals it is a setting of the whole
    // application (`TOTP_SECRET_KEY` in a compose file's environment), a key like the others.
    if (ONE_TIME_PASSWORD_SEED.test(last) && segs[segs.length - 1] === segs[segs.length - 1]!.toUpperCase()) return true;
    if (last && this.matchesNormalized(last)) return true;
    // `Plug.Crypto`'s key base, which Phoenix calls `secret_key_base`: an application's own tokens signed with
    // `Plug.Crypto.sign(key_base, salt, data)` (firezone's `key_base:`, and `TOKENS_KEY_BASE` it is read from). As
    // written: Keybase, the application, is one word; a `keyBase` in code is a list's or a store's (see `isKeyBase`).
    if (KEY_BASE.test(segs[segs.length - 1]!)) return true;
    // Play's application secret in 2.4–2.6, `play.crypto.secret`, which signs its session cookie and CSRF tokens: by its
    // whole path (`crypto.secret` alone, like Play 2.3's `application.secret`, is as often a Kubernetes Secret's name).
    if (segs.length >= 3 && last === 'secret' && normalizeName(segs[segs.length - 2]!) === 'crypto' && normalizeName(segs[segs.length - 3]!) === 'play') return true;
    // Micronaut's JWT signing secret, under the name of its generator: `micronaut.security.token.jwt.signatures.secret.
    // generator.secret`.
    if (segs.length >= 4 && last === 'secret' && normalizeName(segs[segs.length - 3]!) === 'secret' && normalizeName(segs[segs.length - 4]!) === 'signatures') return true;
    if (segs.length >= 2) {
      const two = normalizeName(segs[segs.length - 2]!) + last;
      if (two !== last && !ONE_SEGMENT.has(two) && this.matchesNormalized(two)) return true;
      if (this.optionsSectionMatches(segs[segs.length - 2]!, segs[segs.length - 1]!)) return true;
    }
    // The same section and key as an environment variable ASP.NET Core reads (`JwtSettings__Secret`: `__` for `:`).
    const dunder = identifier.lastIndexOf('__');
    if (dunder > 0 && segs.length === 1) {
      const before = identifier.lastIndexOf('__', dunder - 1);
      if (this.optionsSectionMatches(identifier.slice(before < 0 ? 0 : before + 2, dunder), identifier.slice(dunder + 2))) return true;
    }
    return false;
  }

  /**
   * .NET binds a configuration section to a class named for it, with `Settings`, `Options`, `Config` or
   * `Configuration` after what it configures: `"JwtSettings": { "Secret": "…" }` is the `Jwt` section's secret,
   * and so is `"JwtBearer": { "SecurityKey": "…" }`, the options of the JWT bearer handler.
   * Read so only where that gives a name of the family by its ending (`jwtsecret`, `jwtkey`, `appsecret`), never one
   * that is the family's as an exact name alone: `AppConfig.key` is no Laravel `APP_KEY`, `AuthSettings.Key` no
   * WordPress `AUTH_KEY`.
   */
  private optionsSectionMatches(section: string, key: string): boolean {
    const parent = normalizeName(section);
    let configures = 'jwt';
    if (!JWT_BEARER_SECTION.test(parent)) {
      const at = OPTIONS_SECTION.exec(parent);
      if (at === null || at.index === 0) return false;
      configures = parent.slice(0, at.index);
    }
    const name = configures + normalizeName(key);
    return !ONE_SEGMENT.has(name) && SUFFIXES.some((s) => name.endsWith(s));
  }

  /** Whether the configuration names this identifier's last segment as a secret (`secretNames`). */
  isConfigured(identifier: string): boolean {
    return this.extra.has(normalizeName(identifier.slice(identifier.lastIndexOf('.') + 1)));
  }

  /** For a YAML key under a parent mapping (`jwt:` → `secret:`). */
  matchesNested(parent: string, key: string): boolean {
    return this.matches(`${parent}.${key}`);
  }

  /**
   * The first, cheapest test, on a file's raw bytes: could the file hold a
   * family name or a signing call at all? Every family name and every call
   * `signing-calls.ts` knows contains one of these words; most files contain
   * none, and are never decoded or split into lines.
   */
  mayAppearIn(file: Pick<FileContext, 'contains'>): boolean {
    return this.extraUnindexable || file.contains(this.fileWords);
  }

  /** Whether `mayAppearIn` is true of every file: a configured name has no word to look for. */
  get unindexable(): boolean {
    return this.extraUnindexable;
  }

  /** The words `mayAppearIn` looks for. */
  readonly fileWords: LiteralSet;

  /** Cheap test before any parsing: could this lower-cased text hold a family name at all? */
  mayContain(lower: string): boolean {
    if (lower.includes('secret') || lower.includes('key') || lower.includes('token') || lower.includes('salt') || lower.includes('passphrase')) return true;
    for (const w of this.extraWords) if (lower.includes(w)) return true;
    return false;
  }

  /** The words `mayContain` looks for, lower-case. */
  get words(): readonly string[] {
    return ['secret', 'key', 'token', 'salt', 'passphrase', ...this.extraWords];
  }

  /** Same test for one identifier. */
  mayBe(lowerIdentifier: string): boolean {
    return this.mayContain(lowerIdentifier);
  }

  /**
   * `mayBe` for the ASCII identifier at `s[start, end)`, without making a
   * string of it: most identifiers on a line are no candidate.
   */
  mayBeAt(s: string, start: number, end: number): boolean {
    // One pass for the five words every built-in name holds one of.
    for (let i = start; i < end; i++) {
      const c = lowerCode(s.charCodeAt(i));
      if (c === 115 ? foldedAt(s, i, end, 'secret') || foldedAt(s, i, end, 'salt') : c === 107 ? foldedAt(s, i, end, 'key') : c === 116 ? foldedAt(s, i, end, 'token') : c === 112 && foldedAt(s, i, end, 'passphrase')) return true;
    }
    for (const w of this.extraWords) if (hasFolded(s, start, end, w)) return true;
    return false;
  }
}

/** A name that holds a list of keys: Django's `SECRET_KEY_FALLBACKS`, django-fernet-fields' `FERNET_KEYS`, JupyterHub's `CryptKeeper.keys`. */
export function isFallbackList(identifier: string): boolean {
  const n = normalizeName(identifier);
  return n.endsWith('fallbacks') || n.endsWith('fernetkeys') || n.endsWith('cryptkeeperkeys');
}
