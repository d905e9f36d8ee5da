import type { FileContext, PathFinding, RawFinding, Rule, TreeContext } from './types';
import { splitLines } from '../core/text';
import { inProjectTemplate } from '../core/context';
import { envSettingWords, mayBeRefused, refusingGuards } from './lib/refused-defaults';
import { perTree } from './lib/per-tree';
import { shippingScript, type ShippingScript } from './lib/shipping-scripts';
import { dotenvKind, isEnvReference, parseDotenv, type DotenvEntry } from './lib/dotenv-names';
import {
  isIdentifierName,
  isKeyShapedName,
  isPasswordKeyName,
  isPublicIdName,
  isPublicKey,
  isSecretKeyName,
} from './lib/env-keys';
import { isBlankOrMarker, SOPS_VALUE } from './lib/literal';
import { findTokens, MAX_PEM_LINES, pemHoldsKey } from './lib/token-formats';
import { isLoopbackHost, judgePassword, judgeUrlPassword } from './lib/url-passwords';
import {
  isDescribedWithNumber,
  isClassReference,
  isDottedName,
  isKnownTokenValue,
  isPatternedValue,
  isPublishedDevelopmentKey,
  isRandomHex,
  isStandInValue,
  looksLikePassword,
  looksLikeSecret,
} from './lib/secret-value';
import type { Severity } from '../core/types';
import { WHERE, type Reported } from './lib/file-status';
import { lowerSnake } from './lib/phrase';


/** What to do next, which depends on how bad the content is and where the file is. */
/**
 * The ignored file Symfony reads over a committed one: `.env.local` over `.env`, and `.env.test.local` over
 * `.env.test` (the test environment does not read `.env.local`).
 */
function symfonyLocal(name: string): string {
  return name === '.env' ? '.env.local' : `${name}.local`;
}

/**
 * The JavaScript framework that loads this file as one of its committed defaults, read before its ignored
 * `<name>.local` (Next.js, Vite, Create React App, Vue CLI, Expo: `.env`, `.env.development`, `.env.production`…), told
 * by the public prefix of a key the file sets; null for another file. Their docs commit these and keep secrets in
 * the `.local` copy.
 */
export function modeFileFramework(name: string, text: string): string | null {
  const mode = /^\.env(?:\.([a-z]+))?$/.exec(name);
  // `.env.local` is the ignored copy itself.
  if (mode === null || mode[1] === 'local') return null;
  const m = MODE_FILE_PREFIX.exec(text);
  // Laravel's `.env` and `.env.testing` hold the `VITE_` keys its skeleton passes to Vite, but Laravel reads them, and
  // never a `.local` copy.
  if (m === null || LARAVEL_KEYS.test(text)) return null;
  const framework = MODE_FILE_FRAMEWORKS[m[1]!]!;
  // Vite and Vue CLI load any mode's `.local` file; the others only development's, production's and test's.
  const any = framework === 'Vite' || framework === 'Vue CLI';
  return mode[1] === undefined || any || mode[1] === 'development' || mode[1] === 'production' || mode[1] === 'test' ? framework : null;
}
const MODE_FILE_FRAMEWORKS: Readonly<Record<string, string>> = { NEXT_PUBLIC_: 'Next.js', VITE_: 'Vite', REACT_APP_: 'Create React App', VUE_APP_: 'Vue CLI', EXPO_PUBLIC_: 'Expo' };
const MODE_FILE_PREFIX = /^[ \t]*(?:export[ \t]+)?(NEXT_PUBLIC_|VITE_|REACT_APP_|VUE_APP_|EXPO_PUBLIC_)\w*[ \t]*=/m;
/** Keys Laravel's skeleton sets for itself: `APP_KEY=`, `DB_CONNECTION=`. */
const LARAVEL_KEYS = /^[ \t]*(?:APP_KEY|DB_CONNECTION)[ \t]*=/m;

function advice(severity: Severity, status: Reported, path: string, name: string, symfony: boolean, framework: string | null): string {
  // A JavaScript framework's committed mode file: its secrets go in the ignored `.local` copy it reads over this one.
  if (framework !== null && status !== 'plain' && severity !== 'notice') {
    return `${framework} reads \`${name}.local\` (ignored) over \`${name}\`, which it commits for defaults: move these values there${severity === 'error' ? ', leave placeholders here, and rotate them' : ', or make sure every deployment overrides them'}.`;
  }
  // React Native versions `ios/.xcode.env`; the private values go in the `.xcode.env.local` Xcode sources after it.
  if (name === '.xcode.env' && status !== 'plain' && severity !== 'notice') {
    return `React Native versions \`${name}\` for Xcode's build phases: move these values to \`.xcode.env.local\` beside it (ignored), which Xcode sources after it${severity === 'error' ? ', and rotate them' : ''}.`;
  }
  if (severity === 'error') {
    if (symfony && status !== 'plain') {
      return (
        `Symfony commits \`${name}\` for defaults, not for secrets: put the real values in \`${symfonyLocal(name)}\` (ignored) ` +
        'or the secrets vault (`bin/console secrets:set`), leave an empty value or a placeholder here, and rotate these secrets.'
      );
    }
    switch (status) {
      case 'tracked':
        return `Run \`git rm --cached ${path}\`, add it to .gitignore, rotate these secrets and commit a \`.env.example\` instead.`;
      case 'untracked':
        return 'Add it to .gitignore (and commit a `.env.example` with placeholder values instead).';
      case 'plain':
        return 'Leave it out of what you ship (e.g. list it in .dockerignore) and pass the values as environment variables.';
    }
  }
  if (severity === 'warning') {
    // Symfony's `.env` is committed by design: the advice is where real values go, never to untrack it.
    if (symfony && status !== 'plain') {
      return (
        `Symfony commits \`${name}\` for defaults: make sure every deployment overrides these values (in the ignored ` +
        `\`${symfonyLocal(name)}\` or the secrets vault, \`bin/console secrets:set\`), and keep real values out of this file.`
      );
    }
    switch (status) {
      case 'tracked':
        return (
          'If it holds shared development defaults on purpose, make sure every deployment overrides them; otherwise run ' +
          `\`git rm --cached ${path}\`, add it to .gitignore and commit a \`.env.example\` instead.`
        );
      case 'untracked':
        return 'Add it to .gitignore, or make sure every deployment overrides these values.';
      case 'plain':
        return 'Make sure the deployment overrides these values, or leave the file out of what you ship.';
    }
  }
  switch (status) {
    case 'tracked':
      // direnv's `.envrc` is a script committed by design; it loads an ignored file with `dotenv_if_exists`.
      if (name === '.envrc') return 'Keep real values out of it: direnv can load them from an ignored file (`dotenv_if_exists .env.local`), or the environment.';
      // fastlane loads `.env`, `.env.default` and the `.env.<name>` its `--env` names, beside the Fastfile, and no `.local`.
      if (FASTLANE_ENV.test(path)) {
        return `Keep real values out of it: fastlane reads them from the environment as well, so the CI's secrets${name === '.env' ? '' : ' (or an ignored `fastlane/.env`)'} are the place for them.`;
      }
      return 'Keep real values out of it: the environment, or an ignored file the application reads over this one, is the place for them.';
    case 'untracked':
      return 'Keep real values out of it, or add it to .gitignore.';
    case 'plain':
      return 'Keep real values out of what you ship.';
  }
}

/** What one entry holds: a real-looking secret (and why it looks real), a stand-in under a secret name, or nothing secret. */
type Verdict = { kind: 'real'; why: string } | { kind: 'stand-in' } | { kind: 'local' } | null;

const STAND_IN: Verdict = { kind: 'stand-in' };
/** A real-looking password in a URL for this machine (`postgresql://postgres:sekrit@localhost:5432`). */
const LOCAL: Verdict = { kind: 'local' };
/** The hosts of a URL with a user and password: `mongodb://u:pw@localhost:27017,db-2:27017/app` → `localhost:27017,db-2:27017`. */
const URL_HOSTS = /^[a-z][a-z0-9+.\-]*:\/\/[^/@\s?#]*@([^/?#\s]*)/i;

/** Whether every host of a URL's list (ports aside) is this machine. */
function onlyLoopback(hosts: string): boolean {
  return hosts !== '' && hosts.split(',').every((h) => isLoopbackHost(h.replace(/:\d{1,5}$/, '')));
}

/** A path named for production or staging: `.env.production`, `prod.env`, `.env.stage`, `deploy/production/.env`. */
const FOR_PRODUCTION = /(?:^|[/._-])(?:prod|prd|production|preprod|staging|stage)(?:[/._-]|$)/i;
/** A variable that names the environment: `APP_ENV`, `NODE_ENV`, `ENVIRONMENT`, `RAILS_ENV`, Spring's active profiles. */
const ENVIRONMENT_KEY = /^(?:[A-Z][A-Z0-9]*_)?(?:ENV|ENVIRONMENT)$|^SPRING_PROFILES_ACTIVE$/;
const PRODUCTION_VALUE = /^["']?(?:prod|prd|production|staging|stage)["']?$/i;

function real(why: string): Verdict {
  return { kind: 'real', why };
}

const NOT_A_STRING = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|~)$/i;
/** File paths (`/run/secrets/db`, `./keys/jwt.pem`, `C:\\certs\\app.pfx`) name where a secret is, not the secret. */
const PATH_START = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:[\\/])/;
const KEY_FILE = /\.(?:json|pem|key|crt|cer|der|p12|pfx|jks|keystore|gpg|asc)$/i;
/**
 * Whether a value names a file. A base64 key may start with `/` too
 * (`/R/oz16AvSJNtcRo9rk…`): no path holds `+` or `=`, or a part of twelve
 * characters or more mixing upper case, lower case and digits.
 */
function isPath(v: string): boolean {
  if (KEY_FILE.test(v)) return true;
  if (!PATH_START.test(v) || v.includes('+') || v.includes('=')) return false;
  return !v.split(/[/\\]/).some((part) => part.length >= 12 && /[A-Z]/.test(part) && /[a-z]/.test(part) && /[0-9]/.test(part));
}
/** References to a secret store: AWS ARNs, GCP Secret Manager names. */
const STORE_REFERENCE = /^(?:arn:aws[\w-]*:|projects\/[^/]+\/secrets\/)/i;
/**
 * Names whose values are build and version stamps, random-looking but public: `GIT_SHA`, `BUILD_HASH`, `IMAGE_DIGEST`,
 * and a git reference to build from (the OpenTelemetry demo's `OPAMP_GO_REF`, a commit's 40 hex digits).
 */
const STAMP_NAME = /(?:^|_)(?:SHA|SHA1|SHA256|COMMIT|REVISION|REV|REF|CHECKSUM|DIGEST|ETAG|HASH|VERSION|BUILD)$/i;
/**
 * Public keys meant for the browser: Stripe's publishable keys (`STRIPE_KEY=pk_live_…` in Laravel Cashier), and
 * Mapbox's public access tokens (`pk.` and a payload that starts `{"u":"`, the account's name; its secret ones are `sk.`).
 */
const PUBLISHABLE_VALUE = /^pk_(?:live|test)_|^pk\.eyJ1Ijoi[A-Za-z0-9_-]{1,400}\.[A-Za-z0-9_-]{10,100}$/;
/** Names that say the value must stay private even under a public prefix. */
const PRIVATE_WORDS = /SECRET|PASSWORD|PASSWD|PASSPHRASE|PRIVATE/i;
/** A PEM private key or a service-account JSON inside a value. */
const PRIVATE_KEY_INSIDE = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;
/** A value that opens a private key block and does not end it on its line: the rest is on the lines below. */
function continuesBelow(value: string): boolean {
  const v = value.trim();
  return PEM_OPENING.test(v) && !v.includes('-----END');
}
const PEM_OPENING = /^["']?-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

/** The text of a value that starts a key block, with the lines below it (at most `MAX_PEM_LINES`). */
function blockFrom(e: DotenvEntry, lines: readonly { text: string }[]): string {
  return [e.value.trim().replace(/^["']/, ''), ...lines.slice(e.line, e.line + MAX_PEM_LINES).map((l) => l.text)].join('\n');
}

const PRIVATE_KEY_JSON = /"private_key"\s*:\s*"[^"]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * A MongoDB ObjectId (`6502c0ffee…`, 24 lower-case hex digits) whose first four bytes, the seconds it was made at, fall
 * between 2009 and 2040: the id of a record (novu's `BLUEPRINT_CREATOR`), which a name without a secret's word holds.
 */
function isObjectId(value: string): boolean {
  if (!OBJECT_ID.test(value)) return false;
  const seconds = parseInt(value.slice(0, 8), 16);
  return seconds >= OBJECT_ID_FROM && seconds < OBJECT_ID_TO;
}
const OBJECT_ID = /^[0-9a-f]{24}$/;
/** A name for a record's id: `BLUEPRINT_CREATOR`, `DEFAULT_ORG_ID`, `ADMIN_USER`. */
const ID_NAME = /(?:^|_)(?:ID|IDS|CREATOR|OWNER|ORG|ORGANIZATION|TENANT|USER|ACCOUNT|PROJECT|WORKSPACE|ENVIRONMENT|TEMPLATE|CHANNEL|GROUP|TEAM|ROLE|DOCUMENT|RECORD)$/i;
/** Words of a name that make a value a key, whatever its shape. */
const KEY_WORDS = /SIGN|AUTH|CRYPT|MASTER|HASH|PRIVATE|SECRET|TOKEN|PASS|KEY/i;
/** 2009-01-01 and 2040-01-01, in seconds since 1970. */
const OBJECT_ID_FROM = 1230768000;
const OBJECT_ID_TO = 2208988800;

/** A passphrase's name, after its prefix: `JWT_PASSPHRASE`, `SSL_KEY_PASS_PHRASE`. */
const PASSPHRASE_NAME = /_PASS_?PHRASE$/i;
/** A path to a private key's file: `%kernel.project_dir%/config/jwt/private.pem`, `./certs/server.key`. */
function isKeyFilePath(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  if (v.length > 300 || /[\s=]/.test(v) || !v.includes('/')) return false;
  const name = v.slice(v.lastIndexOf('/') + 1).toLowerCase();
  return (name.endsWith('.pem') || name.endsWith('.key')) && /private|priv|key|secret/.test(name.slice(0, name.lastIndexOf('.')));
}

/** `a GitHub token` for a value that is exactly one known token, else a generic reason. */
function tokenReason(value: string): string {
  const m = findTokens(value).find((t) => t.start === 0 && t.end === value.length);
  if (m) return m.format.label;
  return value.startsWith('base64:') ? 'a generated `base64:` app key' : value.startsWith('-----BEGIN ') ? 'a private key' : 'a known token format';
}

/**
 * What the password of `scheme://user:password@host` is (judged with its user, as in code), or of
 * `Server=…;Password=…`; undefined when the value has none.
 */
function embeddedPassword(value: string): ReturnType<typeof judgePassword> | undefined {
  const url = /^[a-z][a-z0-9+.\-]*:\/\/([^/@\s?#]*)@/i.exec(value);
  if (url) {
    const colon = url[1]!.indexOf(':');
    return colon < 0 ? undefined : judgeUrlPassword(url[1]!.slice(0, colon), url[1]!.slice(colon + 1));
  }
  const conn = /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;]*)/i.exec(value);
  return conn && value.includes(';') ? judgePassword(conn[1]!.trim()) : undefined;
}

/**
 * A random-looking value under a name that does not say secret: a single
 * run of key alphabet (no dots, colons or `@`, so no image names, hosts or
 * time zones), with letters and digits, at least 20 long.
 */
function looksRandom(value: string): boolean {
  if (value.length < 20 || !/^[A-Za-z0-9+/=_\-]+$/.test(value) || value.startsWith('-')) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || SLUG_PAIR.test(value)) return false;
  return looksLikeSecret(value);
}
/**
 * An owner and a name, each of lower-case words: a model (`openai/gpt-oss-safeguard-20b`), a repository, an image.
 * Base64 of random bytes mixes cases.
 */
const SLUG_PAIR = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\/[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/**
 * The scheme of a password hash as password hashers write it (`$2y$10$…` from bcrypt, `$argon2id$v=19$…`, crypt's
 * `$6$…`, Django's `pbkdf2_sha256$…`), or null: what leaks is a hash to crack offline, and the remedy is a new password,
 * so the message names it rather than calling it a random key.
 */
function passwordHashKind(value: string): string | null {
  if (/^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}$/.test(value)) return 'a bcrypt';
  if (/^\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,10},t=\d{1,4},p=\d{1,4}\$[A-Za-z0-9+/]{8,}\$[A-Za-z0-9+/]{16,}$/.test(value)) return 'an Argon2';
  if (/^\$(?:5|6)\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}$/.test(value)) return 'a SHA-crypt';
  if (/^\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/.test(value)) return "an Apache `htpasswd`";
  if (/^(?:pbkdf2_sha256|pbkdf2_sha1|bcrypt_sha256|argon2|scrypt)\$[^$\s]{1,200}\$[A-Za-z0-9+/=$,]{20,}$/.test(value)) return 'a Django';
  return null;
}

/** `random-looking 32-digit hex value` says more than `random-looking value` where it can. */
function randomReason(value: string): string {
  return /^[0-9a-f]+$/i.test(value) ? `random-looking ${value.length}-digit hex value` : 'random-looking value';
}

/**
 * Whether a dotenv file's text holds anything secret: a real-looking value, or a placeholder under a secret's
 * name. The same judgement as the rule's (`leakproof fix` leaves a file that holds nothing secret tracked).
 */
export function holdsAnySecret(text: string, publicPrefixes: readonly string[]): boolean {
  const entries = parseDotenv(text);
  const plain = plainValues(entries);
  return entries.some((e) => judge(e, publicPrefixes, plain) !== null);
}

/** The values of a dotenv file's text that the rule takes for secrets or their stand-ins, for redaction. */
export function secretValues(text: string, publicPrefixes: readonly string[]): string[] {
  const entries = parseDotenv(text);
  const plain = plainValues(entries);
  return entries.filter((e) => judge(e, publicPrefixes, plain) !== null).map((e) => e.value.trim());
}

/**
 * The last word of a key that names an account or a part of the stack rather than a secret: a user, a database, a
 * virtual host, the application (`POSTGRES_USER`, `MYSQL_DATABASE`, `RABBITMQ_DEFAULT_VHOST`, `APP_NAME`).
 */
const ACCOUNT_WORD = /(?:^|[_.-])(?:USER|USERNAME|USR|LOGIN|NAME|DB|DBNAME|DATABASE|SCHEMA|VHOST|HOST|HOSTNAME|BUCKET|REALM|PROJECT)$/i;

/** A key that may hold a password whatever its last word says (`DB_PW`, `PGPASS`, `SMTP_PASSWORD_USER`). */
const PASSWORD_PART = /PASS|PWD|(?:^|[_.-])PW(?:$|[_.-])/i;

/**
 * The values of a file's entries that name an account or a part of the stack (the database's user and name, a
 * host, the application), lower-cased: a password equal to one of them is a stack's default.
 */
function plainValues(entries: readonly DotenvEntry[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of entries) {
    const v = e.value.trim();
    if (!ACCOUNT_WORD.test(e.key) || PASSWORD_PART.test(e.key) || isSecretKeyName(e.key)) continue;
    if (v.length >= 3 && /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v)) out.add(v.toLowerCase());
  }
  return out;
}

/** How people write "password" in a default one: `root_pwd`, `admin-pass`. */
const PASSWORD_WORDS: ReadonlySet<string> = new Set(['pass', 'passwd', 'password', 'pwd', 'pw']);
/** Accounts' roles, which a default password names before the word for a password: `rootpass`, `admin_pwd`. */
const ROLE_WORDS: ReadonlySet<string> = new Set(['user', 'admin', 'root', 'db', 'app', 'guest', 'dev', 'test', 'demo', 'default', 'local', 'my']);

/**
 * Whether `stem` is one to three words `isWord` accepts, run together, then the word for a password
 * (`userpass`, `mayanuserpass`).
 */
function endsInPasswordWord(stem: string, isWord: (w: string) => boolean): boolean {
  for (const p of PASSWORD_WORDS) {
    if (!stem.endsWith(p) || stem.length === p.length) continue;
    if (splitsInto(stem.slice(0, -p.length), isWord, 3)) return true;
  }
  return false;
}

/** Whether `s` is at most `max` pieces that `isWord` accepts, one after the other. */
function splitsInto(s: string, isWord: (w: string) => boolean, max: number): boolean {
  if (s === '') return true;
  if (max === 0) return false;
  for (let i = s.length; i >= 2; i--) if (isWord(s.slice(0, i)) && splitsInto(s.slice(i), isWord, max - 1)) return true;
  return false;
}

/**
 * A password that can be read off the file itself, as the defaults of a development stack are: one equal to the
 * user, database or application it goes with (`POSTGRES_USER=umamiuser` beside `POSTGRES_PASSWORD=umamiuser`,
 * `DB_NAME=shopware` beside `DB_PASSWORD=shopware`), or one that is a word of its own name, maybe with up to three
 * digits after it (`REDIS_SENTINEL_PASSWORD=sentinel`, `RABBITMQ_PASSWORD=rabbitmq123`), or two to four words of its
 * name, the accounts beside it or the word for a password, joined by `_`, `-` or `.` (`MYSQL_ROOT_PASSWORD=root_pwd`,
 * `DB_PASSWORD=shop_pass_1`), or such words or an account's role run together before the word for a password
 * (`DB_PASSWORD=userpass`, `DEFAULT_DATABASE_PASSWORD=mayanuserpass` beside `DEFAULT_DATABASE_USER=mayan`). A name with a year after it (`acmecorp2024`) is how people choose real passwords, and
 * stays one.
 */
function isGuessablePassword(value: string, key: string, plain: ReadonlySet<string>): boolean {
  const v = value.toLowerCase();
  if (plain.has(v)) return true;
  const stem = v.replace(/[-_.]?[0-9]{1,3}$/, '');
  const words = lowerSnake(key)
    .split(/[_.\-]+/)
    .filter((w) => w !== '');
  const known = (w: string) => words.includes(w) || PASSWORD_WORDS.has(w) || plain.has(w);
  // A few of them joined, with the word for a password or not (`MYSQL_ROOT_PASSWORD=root_pwd`, `DB_PASSWORD=db-pass`);
  // before the word for a password, an account's role too (`admin_pass`).
  if (/^[a-z]+(?:[-_.][a-z]+){1,3}$/.test(stem)) {
    const parts = stem.split(/[-_.]/);
    if (PASSWORD_WORDS.has(parts[parts.length - 1]!)) return parts.slice(0, -1).every((w) => known(w) || ROLE_WORDS.has(w));
    return parts.every(known);
  }
  if (stem.length < 3 || !/^[a-z]+$/.test(stem)) return false;
  // The same run together, ending in the word for a password (`DB_PASSWORD=userpass`, `mayanuserpass` beside
  // `DEFAULT_DATABASE_USER=mayan`).
  if (stem.length <= 40 && endsInPasswordWord(stem, (w) => known(w) || ROLE_WORDS.has(w))) return true;
  // The word, or consecutive words run together (`KEYCLOAK_ADMIN_PASSWORD=keycloakadmin`).
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < stem.length; j++) {
      run += words[j];
      if (run === stem) return true;
    }
  }
  return false;
}

/** The suffix of an encrypted copy: `.env.enc` (`gcloud kms encrypt`), `.env.gpg`, `.env.age`, `.env.asc`. */
const ENCRYPTED_SUFFIX = /\.(?:enc|encrypted|crypt|gpg|pgp|asc|age)$/i;

/** An encrypted copy of a dotenv file: ciphertext in an armour (OpenPGP, age) under an encryption suffix. */
function isEncryptedEnvelope(name: string, text: string): boolean {
  if (!ENCRYPTED_SUFFIX.test(name)) return false;
  const t = text.trim();
  // The armour is the whole file: nothing in plain text after it.
  for (const [begin, end] of ARMOURS) if (t.startsWith(begin) && t.endsWith(end)) return true;
  return false;
}
const ARMOURS: [string, string][] = [
  ['-----BEGIN PGP MESSAGE-----', '-----END PGP MESSAGE-----'],
  ['-----BEGIN AGE ENCRYPTED FILE-----', '-----END AGE ENCRYPTED FILE-----'],
];

/**
 * A value encrypted in place, or what says how: dotenvx's `encrypted:…` and `DOTENV_PUBLIC_KEY*` (the key that
 * encrypts, public by design), SOPS's `ENC[AES256_GCM,data:…,type:str]` and its `sops_*` entries.
 */
function isEncryptedValue(key: string, value: string, dotenvx: boolean, sops: boolean): boolean {
  const v = value.trim();
  if (dotenvx && (/^encrypted:[A-Za-z0-9+/=]{20,}$/.test(v) || /^DOTENV_PUBLIC_KEY(?:_\w+)?$/.test(key))) return true;
  // SOPS's own entries (`sops_version`, `sops_mac`, `sops_age__list_0__map_recipient`) in a file it encrypted.
  return SOPS_VALUE.test(v) || (sops && SOPS_KEY.test(key));
}
const SOPS_KEY = /^sops_(?:version|mac|lastmodified|unencrypted_suffix|encrypted_suffix|unencrypted_regex|encrypted_regex|mac_only_encrypted|shamir_threshold|(?:age|pgp|kms|gcp_kms|azure_kv|hc_vault)__list_\d+__map_\w+)$/;

/** Judges one entry by its name and value, and a password also by the accounts the file names (`plain`). */
function judge(e: DotenvEntry, publicPrefixes: readonly string[], plain: ReadonlySet<string>): Verdict {
  const v = e.value.trim();
  if (isBlankOrMarker(v) || isEnvReference(v, e.literal) || NOT_A_STRING.test(v) || STORE_REFERENCE.test(v)) return null;
  // The same on every developer's machine (Supabase's local `service_role` key): a stand-in, not a leak.
  if (isPublishedDevelopmentKey(v)) return isSecretKeyName(e.key) ? STAND_IN : null;
  if (isKnownTokenValue(v)) return real(tokenReason(v));
  // A whole key inline, whatever the name (`GOOGLE_SERVICE_ACCOUNT={"private_key": "-----BEGIN…`); not a key's
  // shape alone (its BEGIN and END lines around nothing, or around the bytes every RSA key starts with).
  const inside = PRIVATE_KEY_INSIDE.exec(v);
  if (inside !== null) return pemHoldsKey(v.slice(inside.index)) ? real('a private key') : STAND_IN;
  if (PRIVATE_KEY_JSON.test(v)) return real('a private key');
  const verdict = embeddedPassword(v);
  if (verdict !== undefined) {
    if (verdict === 'real') {
      // A password for this machine reaches nothing else (the URL is a notice in code, as a template's is).
      return onlyLoopback(URL_HOSTS.exec(v)?.[1] ?? '') ? LOCAL : real('password in the URL');
    }
    // `postgres://app:!ChangeMe!@127.0.0.1/app`, `amqp://guest:guest@rabbitmq`: defaults, not secrets.
    return verdict === 'stand-in' ? STAND_IN : null;
  }
  if (/^[a-z][a-z0-9+.\-]*:\/\//i.test(v) || isPath(v) || PUBLISHABLE_VALUE.test(v)) return null;
  if (isPublicKey(e.key, publicPrefixes)) {
    // The browser sees it by design; only a value the name calls private is a leak.
    if (!PRIVATE_WORDS.test(e.key) || !looksLikeSecret(v)) return null;
    return real('random-looking value, published to the browser by its prefix');
  }
  if (isPublicIdName(e.key) || isIdentifierName(e.key) || isClassReference(v)) return null;
  if (isSecretKeyName(e.key)) {
    // `REGISTER_AUTH=verified`, `SMTP_AUTH=login`, `MAIL_AUTH=plain`: a setting named for authentication, set to one
    // lower-case word (a mode, a method), holds no credential; one that looks random still does.
    if (AUTH_SETTING.test(e.key) && AUTH_MODE_VALUE.test(v)) return null;
    if (isStandInValue(v) || isPatternedValue(v) || isDottedName(v) || isDescribedWithNumber(v)) return STAND_IN;
    const hash = passwordHashKind(v);
    if (hash !== null) return real(`${hash} password hash`);
    if (looksLikeSecret(v) || (isKeyShapedName(e.key) && isRandomHex(v, [32, 40]))) return real(randomReason(v));
    // People choose passwords, so a password need not look random to be real; keys and tokens are generated.
    if (isPasswordKeyName(e.key) && looksLikePassword(v) && !isGuessablePassword(v, e.key, plain)) return real('real-looking password');
    return STAND_IN;
  }
  if (STAMP_NAME.test(e.key) || UUID.test(v) || (isObjectId(v) && ID_NAME.test(e.key) && !KEY_WORDS.test(e.key)) || isStandInValue(v) || isPatternedValue(v)) return null;
  return looksRandom(v) ? real(randomReason(v)) : null;
}

/** A name whose last word is `AUTH` (not `AUTH_TOKEN`, `BASIC_AUTH_PASSWORD`): often a setting, not a credential. */
const AUTH_SETTING = /(?:^|_)AUTH$/i;
/** A mode or a method of authentication, not a password (`REDIS_AUTH=foobared` still is one). */
const AUTH_MODE_VALUE =
  /^(?:auth|verified|verify|login|plain|basic|bearer|digest|ntlm|cram-md5|xoauth2|oauth2?|token|jwt|session|cookie|ldap|saml|oidc|local|email|none|required|optional|enabled|disabled|on|off|true|false|yes|no)$/i;

const MAX_KEYS_NAMED = 10;

function namedKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_NAMED).join(', ');
  return keys.length > MAX_KEYS_NAMED ? `${shown}, and ${keys.length - MAX_KEYS_NAMED} more` : shown;
}

/**
 * Symfony's own `.env` (its header or a Flex recipe block), committed by design to hold defaults; or one that
 * sets Symfony's `APP_SECRET` beside another of its own settings (`APP_ENV`, `MAILER_DSN`,
 * `MESSENGER_TRANSPORT_DSN`, a `%kernel.…%` parameter), as projects without Flex's markers write it.
 */
export function isSymfonyDotenv(name: string, text: string): boolean {
  if (/\.local$/i.test(name)) return false;
  if (text.includes('###> symfony/') || text.includes('DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE')) return true;
  return /^APP_SECRET=/m.test(text) && (/^(?:APP_ENV|MAILER_DSN|MESSENGER_TRANSPORT_DSN)=/m.test(text) || text.includes('%kernel.'));
}

/** A blank line or a `#` comment that is no assignment with a value commented out (`# DB_PASSWORD=…`). */
const BLANK_OR_COMMENT = /^\s*(?:#(?![ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*[^\s#])|$)/;
/** A line of a comment or of nothing. */
const COMMENT_OR_BLANK = /^\s*(?:#|$)/;
/** A comment's mark and the space after it: `# `. */
const COMMENT_MARK = /^\s*#+[ \t]?/;
/** A dotenv file fastlane loads, beside its Fastfile: `fastlane/.env`, `.env.default`, `.env.<name>`. */
const FASTLANE_ENV = /(?:^|\/)fastlane\/\.env(?:\.[^/]+)?$/;
/** React Native's `ios/.xcode.env` and the `.xcode.env.local` beside it. */
const XCODE_ENV = /^\.xcode\.env(?:\.local)?$/;

/**
 * Compose files by the names Docker Compose looks for, and the variants projects keep beside them, named after
 * (`docker-compose.dev.yml`) or before (`dev.docker-compose.yml`, `prod-compose.yaml`).
 */
function isComposeFileName(name: string): boolean {
  if (!name.endsWith('.yml') && !name.endsWith('.yaml')) return false;
  return COMPOSE_PART.test(name.slice(0, name.lastIndexOf('.')));
}
const COMPOSE_PART = /(?:^|[.-])(?:docker-)?compose(?:[.-]|$)/;
/** `env_file: path`, or its list's items (`- path`, and the long syntax's `- path: path`). */
const ENV_FILE_KEY = /^([ \t]*)env_file:[ \t]*(.*)$/;
const LIST_ITEM = /^([ \t]*)-[ \t]+(?:path:[ \t]*)?(.+)$/;

/** A YAML value without its trailing comment (` # …`), found in one pass. */
function withoutComment(v: string): string {
  for (let i = v.indexOf('#'); i >= 0; i = v.indexOf('#', i + 1)) if (i > 0 && (v[i - 1] === ' ' || v[i - 1] === '\t')) return v.slice(0, i);
  return v;
}

/**
 * The paths a compose file's services load with `env_file:`, relative to the scanned root (the compose file's
 * folder is theirs): as a scalar, a flow list (`[a, b]`), a block list, or the long syntax's `path:`. Paths that
 * leave the root, and those with a variable, are dropped.
 */
function envFilesOf(text: string, composePath: string): string[] {
  const dir = composePath.includes('/') ? composePath.slice(0, composePath.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  const add = (raw: string) => {
    const v = withoutComment(raw).trim().replace(/^["']|["']$/g, '');
    if (v === '' || v.includes('$') || v.startsWith('/')) return;
    const parts: string[] = [];
    for (const seg of `${dir}${v}`.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (parts.length === 0) return;
        parts.pop();
      } else parts.push(seg);
    }
    if (parts.length > 0) out.push(parts.join('/'));
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = ENV_FILE_KEY.exec(lines[i]!);
    if (!m) continue;
    const rest = withoutComment(m[2]!).trim();
    if (rest.startsWith('[')) {
      for (const item of rest.replace(/^\[|\]$/g, '').split(',')) add(item);
      continue;
    }
    if (rest !== '') {
      add(rest);
      continue;
    }
    // A block list below, more indented than the key (or at its column, as YAML allows for a sequence).
    for (let j = i + 1; j < lines.length; j++) {
      const item = LIST_ITEM.exec(lines[j]!);
      if (item && item[1]!.length >= m[1]!.length) {
        add(item[2]!);
        continue;
      }
      // The long syntax's other keys (`required: false`) belong to the item above.
      if (/^[ \t]+(?:required|format):/.test(lines[j]!) || lines[j]!.trim() === '') continue;
      break;
    }
  }
  return out;
}

/** What `judgeDotenvFile` reads of a file: a scanned one, or one a compose file loads. */
type DotenvFileView = Pick<FileContext, 'path' | 'name' | 'status' | 'text' | 'lines' | 'settings'>;

/**
 * What needs a tracked file as it is committed, so that it stays tracked: the compose file that loads it with
 * `env_file:` (a fresh clone's `docker compose up`), or a script that copies, downloads or loads it (an installer, a
 * build).
 */
type Keeper = { compose: string } | { script: ShippingScript };

/**
 * The finding of a dotenv file, or none. `loadedBy`: what makes a file of another name one; `keeper`: what needs
 * the file as it is committed.
 */
function judgeDotenvFile(file: DotenvFileView, loadedBy: string | null, keeper: Keeper | null): RawFinding[] {
  if (file.status === 'ignored') return [];
  const status = file.status;
  const subject = `\`${file.name}\`${loadedBy === null ? '' : ` (${loadedBy})`} ${WHERE[status]}`;
  if (file.text === null) {
    if (ENCRYPTED_SUFFIX.test(file.name)) return [];
    return [{ message: `${subject}. ${advice('error', status, file.path, file.name, false, null)}`, key: 'file' }];
  }
  // Ciphertext (`gcloud kms encrypt`, gpg, age) under an encryption suffix: what such a file is made to be committed as.
  if (isEncryptedEnvelope(file.name, file.text)) return [];
  const prefixes = file.settings.publicEnvPrefixes;
  const entries = parseDotenv(file.text);
  // A file of blank and comment lines holds nothing to leak: an empty `.env` a framework's skeleton commits
  // (Shopware's), one of comments only (Vite's). Nor does direnv's script in an `.envrc` that sets no variable (`use
  // flake`, `layout python`), nor React Native's `ios/.xcode.env`, which Xcode's build phases source for `NODE_BINARY`.
  if (entries.length === 0 && (file.name === '.envrc' || file.lines.every((l) => BLANK_OR_COMMENT.test(l.text)))) return [];
  // Only comments, some of them assignments commented out (`# DEBUG=True`, lemur's `env_file:`): nothing is set, so
  // nothing leaks unless such a line keeps a real value, which stays in history (a notice, as a commented-out key is).
  if (entries.length === 0 && file.lines.every((l) => COMMENT_OR_BLANK.test(l.text))) {
    const commented = parseDotenv(file.lines.map((l) => l.text.replace(COMMENT_MARK, '')).join('\n'));
    const plainCommented = plainValues(commented);
    const real = commented.filter((e) => judge(e, prefixes, plainCommented)?.kind === 'real').map((e) => e.key);
    if (real.length === 0) return [];
    return [
      {
        message: `${subject}; it sets nothing, but a line commented out in it holds a real-looking secret: ${namedKeys([...new Set(real)])}. Delete the line, and rotate the value if it was ever used: it stays in git history.`,
        key: 'file',
        severity: 'notice',
      },
    ];
  }
  if (XCODE_ENV.test(file.name) && entries.every((e) => e.key === 'NODE_BINARY')) return [];
  const realKeys = new Map<string, string>();
  const standIns = new Set<string>();
  const localKeys = new Set<string>();
  // A provider's token works wherever it is written: its advice stays, in a test's file too.
  let tokens = false;
  // A production server's database may well be on `localhost`: there, such a password is a real one. Told by the
  // file's path (`.env.production`, `deploy/prod/.env`) or by what it sets (`APP_ENV=production`).
  const forProduction = FOR_PRODUCTION.test(file.path) || entries.some((e) => ENVIRONMENT_KEY.test(e.key) && PRODUCTION_VALUE.test(e.value.trim()));
  const plain = plainValues(entries);
  let encrypted = 0;
  // dotenvx writes the key that encrypts the file into it (`DOTENV_PUBLIC_KEY_PRODUCTION="03…"`).
  const dotenvx = entries.some((e) => e.key.startsWith('DOTENV_PUBLIC_KEY'));
  const sops = entries.some((e) => SOPS_VALUE.test(e.value.trim()));
  // The passphrase of a private key kept in a file the same file names (lexik/jwt-authentication-bundle's recipe:
  // `JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem` beside a generated `JWT_PASSPHRASE`): it unlocks the
  // key only with the file, which each deployment makes and keeps out of git (a tracked key is reported as one).
  // Paired by the name's prefix: `JWT_PASSPHRASE` with `JWT_SECRET_KEY` or `JWT_PRIVATE_KEY`, not any key file beside it.
  const keyFiles = entries.filter((e) => /KEY/i.test(e.key) && isKeyFilePath(e.value.trim()));
  const keyFileOf = (passphrase: string): string | null => {
    const prefix = passphrase.replace(PASSPHRASE_NAME, '');
    if (prefix === '') return null;
    return keyFiles.find((e) => e.key.toUpperCase().startsWith(`${prefix.toUpperCase()}_`))?.value.trim() ?? null;
  };
  let keyFile: string | null = null;
  const keyFilePassphrases = new Set<string>();
  for (const e of entries) {
    if (isEncryptedValue(e.key, e.value, dotenvx, sops)) {
      encrypted++;
      continue;
    }
    // A quoted value over several lines, as dotenv reads a key block, is read from its BEGIN line: the lines below say
    // whether it holds a key or only a key's shape.
    const verdict = continuesBelow(e.value) ? (pemHoldsKey(blockFrom(e, file.lines)) ? real('a private key') : STAND_IN) : judge(e, prefixes, plain);
    const paired = verdict?.kind === 'real' && PASSPHRASE_NAME.test(e.key) ? keyFileOf(e.key) : null;
    if (paired !== null) {
      keyFilePassphrases.add(e.key);
      keyFile ??= paired;
    } else if (verdict?.kind === 'real' || (verdict?.kind === 'local' && forProduction)) {
      if (!realKeys.has(e.key)) realKeys.set(e.key, verdict.kind === 'real' ? verdict.why : 'password in the URL');
      // A provider's token, alone or inside a URL (`https://x-access-token:ghp_…@github.com`); not a key of the app's own.
      if (findTokens(e.value).some((t) => t.format.id !== 'pem-private-key')) tokens = true;
    } else if (verdict?.kind === 'stand-in') standIns.add(e.key);
    else if (verdict?.kind === 'local') localKeys.add(e.key);
  }
  let severity: Severity;
  let holds: string;
  if (realKeys.size > 0) for (const k of keyFilePassphrases) realKeys.set(k, 'the passphrase of a private key file');
  if (realKeys.size > 0) {
    severity = 'error';
    holds = `it holds real-looking secrets: ${namedKeys([...realKeys].map(([key, why]) => `${key} (${why})`))}`;
  } else if (keyFilePassphrases.size > 0) {
    severity = 'warning';
    holds = `its only real-looking secret is the passphrase of a private key file it names (\`${keyFile!.replace(/^["']|["']$/g, '')}\`): ${namedKeys([...keyFilePassphrases])}, which unlocks the key only with the file`;
  } else if (localKeys.size > 0) {
    severity = 'warning';
    holds = `its only real-looking secrets are passwords in URLs for this machine: ${namedKeys([...localKeys])}`;
    if (standIns.size > 0) holds += `; its other secret-named keys hold only placeholder or weak values: ${namedKeys([...standIns])}`;
  } else if (standIns.size > 0) {
    severity = 'warning';
    holds = `its secret-named keys hold only placeholder or weak values: ${namedKeys([...standIns])}`;
  } else {
    // dotenvx's and SOPS's encrypted files are made to be committed: their values are ciphertext, their keys kept apart.
    if (encrypted > 0) return [];
    // Flask's `.flaskenv` is the file meant to be committed, for public settings (`FLASK_APP`); secrets go in `.env`.
    // So is React Native's `ios/.xcode.env`, a script Xcode's build phases source, whatever it sets (a function that
    // finds `NODE_BINARY`); its `.xcode.env.local` is the private one.
    if (file.name === '.flaskenv' || file.name === '.xcode.env') return [];
    severity = 'notice';
    const allPublic = entries.length > 0 && entries.every((e) => isPublicKey(e.key, prefixes));
    holds = `nothing in it looks secret${allPublic ? ' (every key is public by framework convention)' : ''}`;
  }
  const symfony = isSymfonyDotenv(file.name, file.text);
  const framework = symfony ? null : modeFileFramework(file.name, file.text);
  const kept = keeper !== null && severity !== 'notice' && status === 'tracked';
  const said = !kept
    ? advice(severity, status, file.path, file.name, symfony, framework)
    : 'compose' in keeper
      ? // A fresh clone's `docker compose up` needs it: its real values move out, to an ignored file listed after
        // it, whose values override its own.
        `${loadedBy === null ? `\`${keeper.compose}\` loads it with \`env_file:\`, so keep the file` : 'Compose needs the file'}: ${
          severity === 'error'
            ? 'move the real values to an ignored file listed after it in `env_file:` (with `required: false`), leave placeholders here, and rotate them.'
            : "give every deployment its own values in an ignored file listed after it in `env_file:` (with `required: false`), which override these."
        }`
      : // What the script ships is every installation's: each must make values of its own.
        `\`${keeper.script.path}\` ${keeper.script.does} (line ${keeper.script.line}), so keep the file: leave placeholders here, have each ${keeper.script.does === 'downloads it' ? 'installation' : 'deployment'} make values of its own (the script can generate them), and rotate the real ones.`;
  const finding: RawFinding = { message: `${subject}; ${holds}. ${said}`, key: 'file', ...(kept ? { remedy: 'keep-file' as const } : {}) };
  // A test's or an example's own `.env` is often what the test loads: untracking it is the advice only for real values.
  if (severity === 'error' && status === 'tracked' && !tokens && (keeper === null || 'script' in keeper)) {
    finding.madeUpMessage = symfony
      ? `${subject}; ${holds}. Symfony commits \`${file.name}\` for its defaults: if they are made up for this use (a test's passphrase), they can stay; real values go in the ignored \`${symfonyLocal(file.name)}\`, and what is real must be rotated.`
      : framework !== null
        ? `${subject}; ${holds}. ${framework} commits \`${file.name}\` for its defaults: if they are made up for this use, they can stay; real values go in the ignored \`${file.name}.local\`, and what is real must be rotated.`
        : `${subject}; ${holds}. If they are made up for this use, the file can stay; if any is real, run \`git rm --cached ${file.path}\`, add it to .gitignore and rotate what is real.`;
  } else if (status === 'tracked' && !tokens && (keeper === null || 'script' in keeper)) {
    // Placeholders or nothing secret in a test's or an example's file (SvelteKit's fixtures, which its tests read back):
    // it is what the test loads, not a deployment's defaults.
    finding.madeUpMessage = `${subject}; ${holds}. If the file holds values made up for this use (a fixture its tests load), it can stay; keep real values out of it.`;
  }
  if (severity !== 'error') finding.severity = severity;
  // Placeholders in a project template's dotenv file are what the generator or its user fills in.
  if (severity === 'warning' && localKeys.size === 0 && inProjectTemplate(file.path)) {
    finding.context = 'example';
    finding.contextWhy = 'placeholders in a project template';
  }
  return [finding];
}

/** Kamal 2's secrets (`.kamal/secrets`, `secrets-common`, `secrets.<destination>`): committed, in dotenv syntax. */
const KAMAL_SECRETS = /(?:^|\/)\.kamal\/secrets(?:-common|\.[A-Za-z0-9_-]{1,40})?$/;

/**
 * Kamal's secrets file is meant to be committed, and read when Kamal deploys: its values are references that
 * Kamal expands on the machine that deploys (`$KAMAL_REGISTRY_PASSWORD`, `$(kamal secrets fetch …)`, `$(cat
 * config/master.key)`), and what they give is pushed to the servers. A real-looking value written there is in every
 * clone: an error, one finding per value, told to become a reference.
 */
function judgeKamalSecrets(file: FileContext): RawFinding[] {
  if (file.status === 'ignored' || file.text === null) return [];
  const entries = parseDotenv(file.text);
  const plain = plainValues(entries);
  const found: RawFinding[] = [];
  for (const e of entries) {
    const verdict = judge(e, file.settings.publicEnvPrefixes, plain);
    if (verdict?.kind !== 'real') continue;
    const value = e.value.trim();
    found.push({
      line: e.line,
      column: e.column,
      endColumn: e.column + value.length,
      message: `\`${e.key}\` in Kamal's secrets \`.kamal/${file.name}\` is a real-looking value (${verdict.why}), written where Kamal expects a reference it expands when it deploys. Write \`${e.key}=$${e.key}\` (from the environment of the machine that deploys), \`$(kamal secrets fetch …)\` or \`$(cat path/to/ignored/file)\` instead${file.status === 'tracked' ? ', and rotate the value: it stays in git history' : ' before it is committed'}.`,
      madeUpMessage: `\`${e.key}\` in Kamal's secrets \`.kamal/${file.name}\` is a real-looking value (${verdict.why}). If it is made up for this use, it can stay; if it is real, write a reference (\`${e.key}=$${e.key}\`) and rotate it.`,
      secret: value,
      key: e.key,
    });
  }
  return found;
}

export const dotenvFile: Rule = {
  meta: {
    id: 'dotenv-file',
    title: 'Dotenv file committed or shipped',
    severity: 'error',
    policy: 'secret',
    why:
      "Dotenv files (`.env`, `.env.production`, `prod.env`, `.envrc`, Cloudflare Wrangler's `.dev.vars`) hold the real " +
      'configuration of one machine: ' +
      'database passwords, API tokens, signing keys. Once committed they are in every clone and in history; in a ' +
      'deployment folder or Docker build context they ship with the image. How bad it is depends on what the file ' +
      'holds: an error for a real-looking secret (a random key, a known token format, a password someone chose), a ' +
      'warning when its secret-named keys hold only placeholders or development values (`SECRET_KEY=changeme`, ' +
      '`POSTGRES_PASSWORD=postgres`) or when its only real-looking secret is the passphrase of a private key file it ' +
      'names (`JWT_PASSPHRASE` beside `JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem`, a key each ' +
      'deployment makes), a notice when nothing in it looks secret (`COMPOSE_PROJECT_NAME`, `FLASK_APP`, ' +
      'public `VITE_` keys). A file a compose file loads with `env_file:` is a dotenv file whatever its name ' +
      "(`dev/environment`, `docker/db/env`), in a scan of the whole tree.",
    fix:
      'Remove it from git (`git rm --cached .env`), add it to `.gitignore`, rotate every secret it held, and commit a ' +
      '`.env.example` with the same keys and placeholder values instead. In a deployment folder, leave it out of what ' +
      'you ship and pass the values as environment variables. Where a framework commits `.env` for defaults (Symfony, ' +
      'Next.js, Vite, Create React App, Vue CLI, Expo), keep only placeholders and public values in it and put real ' +
      "ones in the ignored `.env.local` (for Symfony's `.env.test`, `.env.test.local`: its test environment does not " +
      'read `.env.local`); so for the mode files those JavaScript frameworks commit (`.env.development`, ' +
      '`.env.production`), whose `.local` copy they read over them. The advice names the framework when a key of the ' +
      'file carries its public prefix (`NEXT_PUBLIC_`, `VITE_`).',
    examples: [
      { file: '.env', flagged: 'DATABASE_URL=postgres://app:hunter2@db.example.com/app', clean: '(listed in .gitignore)' },
      { file: '.env.example', flagged: '(templates are covered by dotenv-template-secret)', clean: 'DATABASE_URL=postgres://user:password@localhost/app' },
    ],
    details: [
      'A dotenv file that is tracked, untracked and not ignored, or present in a plain folder: `.env`, ' +
        '`.env.<anything>` (`.env.local`, `.env.production`, `.env.keys`…), `<name>.env` (`prod.env`), ' +
        '`<name>.env.<anything>` and `.envrc`. `.flaskenv` too, when it holds a secret: Flask has it committed for public ' +
        'settings (`FLASK_APP`) and keeps secrets in `.env`, so one that holds nothing secret is no finding.',
      '',
      'The severity follows what the file holds (then the [severity ' +
        'policy](README.md#severity-policy-where-a-finding-is) caps it by where the file is, so `.env.test` is a ' +
        'notice):',
      '',
      '| Holds | Severity | Example |',
      '| --- | --- | --- |',
      '| a real-looking secret: a known token format, a random-looking key, a password someone chose, a URL with a real password | `error` | `APP_SECRET=<32 random hex digits>`, `DB_PASSWORD=Tr0ub4dor&3x` |',
      '| secret-named keys with only placeholders or development values, passwords the file itself gives away (the user or database name beside them, a word of their own name), and real-looking passwords in URLs for this machine (`localhost`, `127.0.0.1`; not in a file named for production or staging) | `warning` | `SECRET_KEY=changeme`, `POSTGRES_PASSWORD=postgres`, `JWT_SECRET=secret`, `DB_USER=shopware` with `DB_PASSWORD=shopware`, `REDIS_SENTINEL_PASSWORD=sentinel`, a `DATABASE_URL` whose password is for `localhost` |',
      "| nothing that looks secret | `notice` | Symfony's committed defaults (`APP_SECRET=`, `MAILER_DSN=null://null`), `COMPOSE_PROJECT_NAME=shop`, `VITE_*` keys |",
      '',
      'The message names only the keys that really look secret, each with the reason, and never their values; public ' +
        'keys by framework convention (`VITE_`, `NEXT_PUBLIC_`, `REACT_APP_`, `VUE_APP_`, `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, ' +
        '`PUBLIC_`, `GATSBY_`, `STORYBOOK_`: the build copies them into the code sent to browsers), keys made for browsers ' +
        "(Stripe's publishable `pk_live_…`, Mapbox's public `pk.…` tokens), identifiers (`TWILIO_ACCOUNT_SID`), settings about secrets (`JWT_EXPIRES_IN`) and " +
        'localhost URLs with default credentials are not named. It says what to do for where the file is (for ' +
        "Symfony's own `.env`: real values go to `.env.local` or `secrets:set`; for its `.env.test`, to `.env.test.local`, " +
        "and a test's made-up values can stay).",
      '',
      'A file a compose file loads with `env_file:` (whatever its name: `docker/secrets.env`, `.env.dev.docker`; not `.env`, ' +
        "which git ignores by convention, nor one machine's `*.local`) stays tracked, since a " +
        "fresh clone's `docker compose up` needs it: the advice moves the real values to an ignored file listed after it " +
        'in `env_file:` (with `required: false`), whose values override its own. When its only secret-named values are ' +
        "placeholders that the project's own code refuses to start with (`if SECRET_KEY == \"change-me\": raise " +
        'ImproperlyConfigured(…)`, read under the variable\'s name or its last words), no deployment runs with them: the ' +
        'file is an example of what to set, a `notice`. So does a file with real values that a script in its folder or ' +
        'above it (or a workflow) copies, downloads or loads as it is committed (`cp ./variables.env "$DIST/app.env"`, an ' +
        'installer\'s `curl "$URL/$VERSION/variables.env"`, a Dockerfile\'s `COPY`, `. ./app.env`): untracking it would ' +
        'break the script, so the advice asks for placeholders in it and values of its own for each deployment. A script ' +
        'that writes the file (a copy\'s destination, `curl -o`), fetches it from elsewhere (`aws s3 cp s3://…`, `scp ' +
        'host:…`), pushes it to a server, or only prints its name does not keep it, nor is a file for one deployment ' +
        '(`.env.production`, `prod.env`) kept: its values belong in that deployment\'s secrets.',
      '',
      "Kamal 2's secrets (`.kamal/secrets`, `.kamal/secrets-common`, `.kamal/secrets.<destination>`) are committed by " +
        'design, in dotenv syntax, and hold references that Kamal expands on the machine that deploys ' +
        '(`$KAMAL_REGISTRY_PASSWORD`, `$(kamal secrets fetch …)`, `$(cat config/master.key)`): a real-looking value ' +
        'written there is an `error` on its line, told to become a reference and be rotated.',
    ],
    neverFlags: [
      'A setting named for authentication set to a mode or a method (`REGISTER_AUTH=verified`, `SMTP_AUTH=login`, ' +
        '`MAIL_AUTH=plain`): no credential. `REDIS_AUTH=foobared` is a password.',
      'Templates, which are not dotenv files: `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, ' +
        '`.env.defaults`, `.env.schema` (also as `<name>.env.example`, `.env-example`, `example.env`, `app.example.env`, `env.sample`, ' +
        '`.env.dev-sample`, `.env.prod.db-sample`, `.env.local.example`, `*.env.template`), and what a dotenv file is ' +
        'copied or rendered from: a text file (`config/.env.dev.txt`) or a template engine\'s file (`.env.j2`, ' +
        '`.env.erb`). [`dotenv-template-secret`](dotenv-template-secret.md) checks their values.',
      '`.env.vault`, which is encrypted by design and meant to be committed, and so are dotenv files whose values ' +
        "are encrypted in place (dotenvx's `encrypted:…` beside `DOTENV_PUBLIC_KEY`, SOPS's `ENC[AES256_GCM,…]`) " +
        'and encrypted copies under an encryption suffix (`.env.enc` from `gcloud kms encrypt`, `.env.gpg`, `.env.age`). ' +
        'A value left in plain text beside encrypted ones is judged as in any dotenv file; dotenvx\'s `.env.keys` holds ' +
        'the private keys, and is reported.',
      'Source files such as `env.ts`, `.env.d.ts` or `dotenv.js`, and patches of a dotenv file (`.env.client.diff`).',
      'A comment where a value would start (`SECRET_KEY_BASE= # generate with mix phx.gen.secret`): the value is empty.',
      'Dotenv files that git ignores: they are where they belong, and stay unreported even with `--include-ignored`.',
      "A dotenv file of blank and comment lines only: an empty one a framework's skeleton commits, one of comments " +
        "only (settings commented out too, unless one keeps a real-looking secret: a notice that names its key, since " +
        "it stays in history); an `.envrc` that sets no variable, direnv's script (`use flake`, `layout python`, `dotenv`), committed by " +
        "design; React Native's `ios/.xcode.env`, the script Xcode's build phases source, versioned by design, unless " +
        "it sets a secret (its `.xcode.env.local`, the private one, when it sets `NODE_BINARY` alone).",
    ],
    sample:
      '.env  error    dotenv-file  `.env` is tracked by git; it holds real-looking secrets: DATABASE_PASSWORD ' +
        '(real-looking password). Run `git rm --cached .env`, add it to .gitignore, rotate these secrets and commit a ' +
        '`.env.example` instead.',
  },
  // Judged by its name: every dotenv file is read, whatever it holds.
  literals: () => [],
  readsAnyway: (path, name) => dotenvKind(name) === 'file' || KAMAL_SECRETS.test(path),
  checkFile(file) {
    if (KAMAL_SECRETS.test(file.path)) return judgeKamalSecrets(file);
    return dotenvKind(file.name) === 'file' ? judgeDotenvFile(file, null, null) : [];
  },
  // A file a compose file loads with `env_file:` is a dotenv file whatever its name (warehouse's `dev/environment`,
  // `docker/mariadb/env`). Read from the whole tree only: a change's files do not say what loads them.
  async checkTree(tree) {
    if (tree.changedOnly) return [];
    const byPath = new Map(tree.entries.map((e) => [e.path, e]));
    const found: PathFinding[] = [];
    for (const [target, composePath] of await composeEnvFiles(tree)) {
      const t = byPath.get(target);
      const name = target.slice(target.lastIndexOf('/') + 1);
      if (t === undefined || t.kind !== 'file' || t.status === 'ignored' || dotenvKind(name) !== null) continue;
      const body = await tree.readText(target);
      if (body === null) continue;
      const view: DotenvFileView = { path: target, name, status: t.status, text: body, lines: splitLines(body).lines, settings: tree.settings };
      const composeName = composePath.slice(composePath.lastIndexOf('/') + 1);
      for (const f of judgeDotenvFile(view, `a dotenv file: \`${composeName}\` loads it with \`env_file:\``, { compose: composePath })) found.push({ ...f, path: target, status: t.status });
    }
    return found;
  },
  async reviseWithTree(found, tree) {
    if (tree.changedOnly) return;
    await reviseKept(found, tree);
    await reviseRefusedStandIns(found, tree);
  },
};

/** A dotenv file named for one deployment: `.env.production`, `.env.staging`, `prod.env`, `production.docker.env`. */
const FOR_ONE_DEPLOYMENT = /(?:^|[._-])(?:prod|production|staging|stage|live)(?:[._-]|$)/i;

/**
 * A dotenv file by its name that something needs as it is committed stays too, and its advice says so: one a compose
 * file loads (huginn's `docker/secrets.env`), or one a script of the project copies, downloads or loads (plane's
 * `variables.env`, which its installer downloads from each release and its image build copies in).
 */
async function reviseKept(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  if (!found.some((f) => f.key === 'file' && f.status === 'tracked' && f.severity !== 'notice')) return;
  const loads = await composeEnvFiles(tree);
  for (const f of found) {
    if (f.key !== 'file' || f.status !== 'tracked' || f.severity === 'notice') continue;
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    // `.env` is the file git ignores by convention, which compose also reads for interpolation and scripts source,
    // `*.local` the one machine's own, and `.env.production`, `prod.env` one deployment's, which a script pushes as
    // they are: the usual advice (untrack it, commit a template) stands. `secrets.env`, `db.env`, `.env.dev.docker`
    // are the project's own.
    if (name === '.env' || name.endsWith('.local') || FOR_ONE_DEPLOYMENT.test(name) || dotenvKind(name) !== 'file') continue;
    const composePath = loads.get(f.path);
    let keeper: Keeper | null = composePath === undefined ? null : { compose: composePath };
    // Placeholders keep the usual advice, which already allows for shared defaults kept on purpose.
    if (keeper === null && (f.severity ?? 'error') === 'error') {
      const script = await shippingScript(tree, f.path);
      if (script !== null) keeper = { script };
    }
    if (keeper === null) continue;
    const body = await tree.readText(f.path);
    if (body === null) continue;
    const view: DotenvFileView = { path: f.path, name, status: f.status, text: body, lines: splitLines(body).lines, settings: tree.settings };
    const [again] = judgeDotenvFile(view, null, keeper);
    if (again === undefined || (again.severity ?? 'error') !== (f.severity ?? 'error')) continue;
    f.message = again.message;
    if (again.madeUpMessage === undefined) delete f.madeUpMessage;
    else f.madeUpMessage = again.madeUpMessage;
    if (again.remedy === undefined) delete f.remedy;
    else f.remedy = again.remedy;
  }
}

/**
 * A file whose only secret-named values are placeholders that the application's own code refuses to start with
 * (paperless-ngx's `docker-compose.env` sets `PAPERLESS_SECRET_KEY=change-me`, and its settings raise
 * `ImproperlyConfigured` on that value): no deployment runs with them, so the file is an example of what to set.
 */
async function reviseRefusedStandIns(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  // Each key's value must be refused under that key's own name: `POSTGRES_PASSWORD=change-me` beside a refused
  // `SECRET_KEY=change-me` is no placeholder the application refuses, the database takes it.
  const wanted = new Map<string, { value: string; settings: readonly string[] }>();
  const idsOf = new Map<PathFinding, string[]>();
  for (const f of found) {
    if (f.key !== 'file' || f.severity !== 'warning' || f.context !== undefined) continue;
    const body = await tree.readText(f.path);
    if (body === null) continue;
    const entries = parseDotenv(body);
    const plain = plainValues(entries);
    const ids: string[] = [];
    let others = false;
    for (const e of entries) {
      const kind = judge(e, tree.settings.publicEnvPrefixes, plain)?.kind;
      if (kind === undefined) continue;
      if (kind !== 'stand-in' || !mayBeRefused(e.value)) {
        others = true;
        break;
      }
      const id = `${e.key}\u0000${e.value}`;
      wanted.set(id, { value: e.value, settings: envSettingWords(e.key) });
      ids.push(id);
    }
    if (!others && ids.length > 0) idsOf.set(f, ids);
  }
  if (idsOf.size === 0) return;
  const guards = await refusingGuards(tree, wanted);
  for (const [f, ids] of idsOf) {
    if (!ids.every((id) => guards.has(id))) continue;
    f.context = 'example';
    f.contextWhy = `placeholders the application refuses to run with (\`${guards.get(ids[0]!)}\`)`;
    // Not a fixture's values: an example of what to set, which the application will not start with.
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    f.madeUpMessage = `\`${name}\` ${WHERE[f.status as Reported]}; its secret-named keys hold only placeholders, which the application refuses to start with (\`${guards.get(ids[0]!)}\`): keep real values out of it.`;
  }
}

/** The files the tree's compose files load with `env_file:`, each with the first compose file (by path) that does. */
const composeEnvFiles: (tree: TreeContext) => Promise<ReadonlyMap<string, string>> = perTree(readComposeEnvFiles);

async function readComposeEnvFiles(tree: TreeContext): Promise<ReadonlyMap<string, string>> {
  const out = new Map<string, string>();
  const composeFiles = tree.entries
    .filter((e) => e.kind === 'file' && e.status !== 'ignored' && e.path.includes('compose') && isComposeFileName(e.path.slice(e.path.lastIndexOf('/') + 1)))
    .map((e) => e.path)
    .sort();
  for (const path of composeFiles) {
    const text = await tree.readText(path);
    if (text === null || !text.includes('env_file')) continue;
    for (const target of envFilesOf(text, path)) if (!out.has(target)) out.set(target, path);
  }
  return out;
}
