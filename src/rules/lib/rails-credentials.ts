import { createDecipheriv } from 'node:crypto';
import { isSecretKeyName } from './env-keys';
import { isPlaceholder } from './secret-value';
import type { SecretNames } from './secret-names';

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
    const decipher = createDecipheriv('aes-128-gcm', Buffer.from(keyHex, 'hex'), iv);
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

/** What opened credentials hold, by the dotted names of the settings that have a value. */
export interface CredentialsContent {
  /** Signing secrets (`secret_key_base`, `devise.secret_key`): as secret as what they sign. */
  signing: string[];
  /** Everything else that says it is a secret (`aws.secret_access_key`, `stripe.api_key`): what logs in elsewhere. */
  credentials: string[];
}

const ENTRY = /^( *)(?:- +)?("[^"]*"|'[^']*'|[^\s:#][^:#]*?) *:(?: +(.*))?$/;

/**
 * The settings with values in credentials' YAML, by their dotted names: a value left `null`, `~`, empty or a
 * placeholder opens nothing. Block scalars (`private_key: |`) count as values; names that say nothing secret
 * (`bot_name`, `base_url`) are not counted.
 */
export function credentialsContent(yaml: string, names: SecretNames): CredentialsContent {
  const out: CredentialsContent = { signing: [], credentials: [] };
  const stack: { indent: number; key: string }[] = [];
  for (const raw of yaml.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(?:#|$)/.test(line)) continue;
    const m = ENTRY.exec(line);
    if (m === null) continue;
    const indent = m[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const key = m[2]!.replace(/^["']|["']$/g, '');
    const value = (m[3] ?? '').replace(/ +#.*$/, '').trim();
    stack.push({ indent, key });
    if (value === '') continue; // a section, or a key with no value
    const unquoted = value.replace(/^(["'])(.*)\1$/, '$2');
    if (/^(?:null|~|Null|NULL)$/.test(value) || unquoted === '' || (!/^[|>]/.test(value) && isPlaceholder(unquoted))) continue;
    const dotted = stack.map((s) => s.key).join('.');
    if (names.matches(dotted) || names.matches(key)) out.signing.push(dotted);
    else if (isSecretKeyName(stack.map((s) => s.key).join('_'))) out.credentials.push(dotted);
  }
  return out;
}
