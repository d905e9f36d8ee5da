import { randomBytes } from 'node:crypto';
import { isInterpolated } from '../rules/lib/literal';
import { isEncodedRandomKey } from '../rules/lib/random-key';

/** The key formats `leakproof keygen --for` knows, and the one `fix` picks for each framework. */
export const KEY_KINDS = ['django', 'flask', 'rails', 'laravel', 'jwt', 'fernet', 'hex', 'base64'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** Django's own alphabet for `get_random_secret_key()` (django/core/management/utils.py). */
export const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const DJANGO_LENGTH = 50;

interface KindSpec {
  /** Random bytes by default; null when the format fixes the size. */
  defaultBytes: number | null;
  minBytes: number;
  describe: string;
}

export const KEY_SPECS: Record<KeyKind, KindSpec> = {
  django: { defaultBytes: null, minBytes: 0, describe: "50 characters from Django's get_random_secret_key() alphabet" },
  // Flask's docs: `python -c 'import secrets; print(secrets.token_hex())'`, 32 bytes.
  flask: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes (as secrets.token_hex())' },
  // `bin/rails secret`: SecureRandom.hex(64).
  rails: { defaultBytes: 64, minBytes: 64, describe: 'hex, 64 bytes: 128 characters (as bin/rails secret)' },
  // `php artisan key:generate` for the default AES-256-CBC cipher.
  laravel: { defaultBytes: null, minBytes: 0, describe: 'base64: and 32 random bytes (as php artisan key:generate)' },
  // HS256 needs a key of at least 256 bits (RFC 7518 §3.2).
  jwt: { defaultBytes: 48, minBytes: 32, describe: 'base64url, 48 bytes (HS256 needs at least 32)' },
  // `Fernet.generate_key()`: url-safe base64 of 32 bytes, padded; Fernet refuses any other size.
  fernet: { defaultBytes: null, minBytes: 0, describe: 'url-safe base64 of 32 bytes (as Fernet.generate_key())' },
  hex: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes' },
  base64: { defaultBytes: 48, minBytes: 16, describe: 'base64, 48 bytes' },
};

export const MAX_KEY_BYTES = 1024;

/** A bad `--bytes` for a kind; the message says what is allowed. */
export class KeySizeError extends Error {}

/**
 * One fresh key from the operating system's CSPRNG, in the format the
 * framework expects. `bytes` overrides the size where the format allows it.
 */
export function generateKey(kind: KeyKind, bytes?: number): string {
  const spec = KEY_SPECS[kind];
  if (bytes !== undefined) {
    if (spec.defaultBytes === null) throw new KeySizeError(`--bytes does not apply to --for ${kind}: its keys have a fixed size (${spec.describe})`);
    if (!Number.isSafeInteger(bytes) || bytes < spec.minBytes || bytes > MAX_KEY_BYTES) {
      throw new KeySizeError(`--bytes for --for ${kind} takes a whole number from ${spec.minBytes} to ${MAX_KEY_BYTES} (got ${bytes})`);
    }
  }
  const n = bytes ?? spec.defaultBytes ?? 0;
  switch (kind) {
    case 'django': {
      // Django's alphabet can spell a named format (`%(x)s`), which a reader of settings.py takes for a
      // template: such a key would not be recognised as one if it were ever committed. Draw again.
      let key: string;
      do key = randomFromAlphabet(DJANGO_ALPHABET, DJANGO_LENGTH);
      while (isInterpolated(key, 'python', "'"));
      return key;
    }
    case 'laravel':
      return `base64:${randomBytes(32).toString('base64')}`;
    case 'jwt':
      return randomBytes(n).toString('base64url');
    case 'fernet': {
      // 44 characters: about one draw in a hundred holds a run or a word by chance (`key`, `1234`), which the rules
      // would call a weak key if it were ever committed. Draw again.
      let key: string;
      do key = `${randomBytes(32).toString('base64url')}=`;
      while (!isEncodedRandomKey(key));
      return key;
    }
    case 'base64':
      return randomBytes(n).toString('base64');
    case 'flask':
    case 'rails':
    case 'hex':
      return randomBytes(n).toString('hex');
  }
}

/**
 * `length` characters drawn uniformly from `alphabet`: bytes at or above the
 * largest multiple of the alphabet's size are thrown away (rejection
 * sampling), so no character is more likely than another.
 */
export function randomFromAlphabet(alphabet: string, length: number): string {
  const size = alphabet.length;
  if (size < 2 || size > 256) throw new RangeError('alphabet must have 2 to 256 characters');
  const limit = 256 - (256 % size);
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(Math.max(16, (length - out.length) * 2))) {
      if (b >= limit) continue;
      out += alphabet[b % size];
      if (out.length === length) break;
    }
  }
  return out;
}
