import { nodeCrypto } from '../../core/builtin';
import { isSecretKeyName } from './env-keys';
import { urlCredentials } from './git-files';
import { isKnownTokenValue, isPlaceholder, isStandInValue, looksLikeSecret } from './secret-value';

/**
 * Rails's encrypted credentials (`config/credentials.yml.enc`, `config/credentials/<env>.yml.enc`, 5.1's
 * `config/secrets.yml.enc`), as `ActiveSupport::EncryptedFile` writes them: `data--iv--tag`, each in base64, the
 * data AES-128-GCM under the key's 32 hex digits, and the YAML inside marshalled as a Ruby string. Null when the
 * key does not open it (another key's credentials, or no such file).
 */
export function openRailsCredentials(keyHex: string, encrypted: string): string | null {
  const parts = encrypted.trim().split('--');
  if (parts.length !== 3 || !/^[0-9a-f]{32}$/i.test(keyHex)) return null;
  const [data, iv, tag] = parts.map((p) => Buffer.from(p, 'base64')) as [Buffer, Buffer, Buffer];
  if (iv.length !== 12 || tag.length !== 16) return null;
  let plain: Buffer;
  try {
    const decipher = nodeCrypto().createDecipheriv('aes-128-gcm', Buffer.from(keyHex, 'hex'), iv);
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    return null;
  }
  return unmarshalString(plain) ?? (plain.includes(0) ? null : plain.toString('utf8'));
}

/** A string `Marshal.dump` wrote: `\x04\x08`, `I` when it carries its encoding, `"`, its length, its bytes. */
function unmarshalString(b: Buffer): string | null {
  if (b.length < 4 || b[0] !== 4 || b[1] !== 8) return null;
  let i = 2;
  if (b[i] === 0x49) i++; // `I`: an object with instance variables (the string's encoding) follows
  if (b[i++] !== 0x22) return null; // `"`
  // Marshal's integers: 0 is 0, 6…127 stand for n - 5, 1…4 say how many little-endian bytes follow.
  const c = b[i++]!;
  let n: number;
  if (c === 0) n = 0;
  else if (c >= 6 && c <= 127) n = c - 5;
  else if (c >= 1 && c <= 4) {
    n = 0;
    for (let k = 0; k < c; k++) n |= b[i + k]! << (8 * k);
    i += c;
  } else return null;
  if (n < 0 || i + n > b.length) return null;
  return b.toString('utf8', i, i + n);
}

/** What opened credentials hold, by the dotted names of the settings that have a value (never the values). */
export interface CredentialsContent {
  /** The application's own signing secrets (`secret_key_base`, `devise.secret_key`): as secret as what they sign. */
  signing: string[];
  /** Everything else that is a secret (`aws.secret_access_key`, `stripe.secret_key`, a URL's password): what logs in elsewhere. */
  credentials: string[];
}

/**
 * The application's own signing and encryption secrets among Rails credentials, by dotted name: `secret_key_base`
 * (and 5.1's `secret_token`), Devise's `secret_key` and `pepper`, Active Record encryption's keys, a JWT secret. A
 * provider's `secret_key` (`stripe.secret_key`) or `app_secret` logs in to that provider: a credential.
 */
const OWN_SIGNING = /^(?:secret_key_base|secret_token|devise\.(?:secret_key|pepper)|active_record_encryption\.[a-z_]+|jwt\.(?:secret|secret_key|signing_key))$/;
/** A JWT's secret under any section (`devise_jwt_secret_key`, `auth.jwt_secret`): the application's own tokens'. */
const JWT_SECRET_NAME = /(?:^|_)jwt_(?:secret|secret_key|signing_key)$/;
/** The environment a section of 5.1's `secrets.yml.enc` (or grouped credentials) is for: `production:`, `shared:`. */
const ENVIRONMENT_SECTION = /^(?:development|test|production|staging|shared)\./;

/**
 * The settings with values in credentials' YAML, by their dotted names: a value left `null`, `~`, empty, a
 * placeholder or a stand-in (`sk_test_FAKE…`) opens nothing. Block scalars (`private_key: |`) count as values, and
 * so do the entries of a flow map (`aws: { secret_access_key: … }`); names that say nothing secret (`bot_name`,
 * `base_url`) count only when their value holds a URL's password or a provider's token. Read line by line, by hand.
 */
export function credentialsContent(yaml: string): CredentialsContent {
  const out: CredentialsContent = { signing: [], credentials: [] };
  const stack: { indent: number; key: string }[] = [];
  let blockIndent = -1; // the indentation of a key whose block scalar (`|`, `>`) the lines below belong to
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const indent = leadingSpaces(line);
    if (indent === line.length || line[indent] === '#') continue;
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    let at = indent;
    let keyIndent = indent;
    if (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
      at = at + 1 + leadingSpaces(line.slice(at + 1));
      keyIndent = at; // a list item's key is a sibling of the next item's keys, at its own column
    }
    const entry = keyAndValue(line, at);
    if (entry === null) continue;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= keyIndent) stack.pop();
    stack.push({ indent: keyIndent, key: entry.key });
    const path = stack.map((e) => e.key);
    if (/^[|>]/.test(entry.value)) {
      blockIndent = keyIndent;
      judge(out, path, null);
    } else if (entry.value.startsWith('{')) {
      for (const [k, v] of flowEntries(entry.value)) judge(out, [...path, k], v);
    } else if (entry.value !== '') judge(out, path, entry.value);
  }
  return out;
}

function leadingSpaces(s: string): number {
  let i = 0;
  while (i < s.length && s[i] === ' ') i++;
  return i;
}

/** `key: value` from `at`: a plain or quoted key, the first `:` followed by a space or the end, the value with its comment off. */
function keyAndValue(line: string, at: number): { key: string; value: string } | null {
  let key: string;
  let colon: number;
  const q = line[at];
  if (q === '"' || q === "'") {
    const close = line.indexOf(q, at + 1);
    if (close < 0 || line[close + 1] !== ':') return null;
    key = line.slice(at + 1, close);
    colon = close + 1;
  } else {
    colon = -1;
    for (let i = at; i < line.length; i++) {
      const c = line[i];
      if (c === '#' && (i === at || line[i - 1] === ' ')) return null;
      if (c === ':' && (i + 1 === line.length || line[i + 1] === ' ')) {
        colon = i;
        break;
      }
    }
    if (colon <= at) return null;
    key = line.slice(at, colon).trimEnd();
  }
  let value = line.slice(colon + 1).trim();
  const comment = value.search(/(?:^| )#/);
  if (comment >= 0 && !/^["']/.test(value)) value = value.slice(0, comment).trimEnd();
  return { key, value };
}

/** The `key: value` entries of a one-line flow map (`{ a: 1, b: "x" }`); nested maps are taken as values. */
function flowEntries(value: string): [string, string][] {
  const inner = value.slice(1, value.lastIndexOf('}') > 0 ? value.lastIndexOf('}') : undefined);
  const out: [string, string][] = [];
  for (const part of inner.split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    out.push([part.slice(0, colon).trim().replace(/^["']|["']$/g, ''), part.slice(colon + 1).trim()]);
  }
  return out;
}

/** A value that says it is made up, by a word of its own (`fake-apns-cert`, `sk_test_FAKE_STRIPE_KEY`, `dummy_token`). */
const MADE_UP_WORD = /(?:^|[_.\- ])(?:fake|dummy|example|sample|placeholder)(?:$|[_.\- ])/i;

/** Files a setting under its kind; `value` null for a block scalar's, which is read as set. */
function judge(out: CredentialsContent, path: readonly string[], value: string | null): void {
  const unquoted = value === null ? '' : value.replace(/^(["'])(.*)\1$/, '$2');
  // (Fewer than six characters is no service's credential either: casa's `short_io_api_key: "1337"`.)
  if (value !== null && (/^(?:null|Null|NULL|~|true|false)$/.test(value) || unquoted.length < 6 || isPlaceholder(unquoted) || isStandInValue(unquoted) || MADE_UP_WORD.test(unquoted))) return;
  const name = path.map(shownName).join('.');
  if (OWN_SIGNING.test(path.join('.').replace(ENVIRONMENT_SECTION, '')) || JWT_SECRET_NAME.test(path[path.length - 1]!)) out.signing.push(name);
  else if (isSecretKeyName(path.join('_')) || (value !== null && (urlCredentials(unquoted).some((c) => !isPlaceholder(c.value)) || isKnownTokenValue(unquoted)))) out.credentials.push(name);
}

/** A key as the message may show it: an identifier, not a token or a random string used as a key (`ghp_…: github`). */
function shownName(key: string): string {
  return /^[A-Za-z_][\w -]{0,40}$/.test(key) && !looksLikeSecret(key) && !isKnownTokenValue(key) ? key : '…';
}
