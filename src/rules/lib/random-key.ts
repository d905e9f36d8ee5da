/**
 * What random key material looks like in the encodings key generators print. Kept apart from the rest of the value
 * checks, with nothing to import, so that `leakproof keygen` can draw keys the rules read as random without loading
 * the rules.
 */

/**
 * Whether a value reads as random bytes, 16 or more, as `openssl rand -hex 16` (32 hex digits or more) or
 * `openssl rand -base64 32` and `secrets.token_urlsafe(32)` print them (base64 of 16, 24 or 32 bytes: 22, 32 or
 * 43 characters before padding): digits and letters mixed, and as many distinct characters as such draws give.
 */
export function isEncodedRandomKey(value: string, distinct = new Set(value).size): boolean {
  // A version 4 UUID (`uuid.uuid4()`, `crypto.randomUUID()`) is 122 random bits; versions 1 and 6 to 8 hold a time,
  // 3 and 5 a hash of a name anyone can compute again.
  if (UUID_V4.test(value)) {
    const hex = value.replace(/-/g, '');
    return new Set(hex).size >= 10 && !WORDS_OR_RUNS.test(hex) && !ALTERNATING.test(hex);
  }
  // A random integer of 125 bits or more written in decimal (Flask-Security's `secrets.SystemRandom().getrandbits(128)`
  // for its password salt): 38 digits or more, with most of the ten digits.
  if (DECIMAL_KEY.test(value)) return distinct >= 8 && !WORDS_OR_RUNS.test(value);
  if (HEX_KEY.test(value)) return distinct >= 12 && /[0-9]/.test(value) && /[a-f]/i.test(value) && !WORDS_OR_RUNS.test(value) && !ALTERNATING.test(value);
  const body = value.endsWith('==') ? value.slice(0, -2) : value.endsWith('=') ? value.slice(0, -1) : value;
  // 16 bytes or more: 22 characters or more, never one past a multiple of four.
  if (body.length < 22 || body.length % 4 === 1 || !BASE64_KEY.test(body)) return false;
  if (new Set(body).size < body.length * 0.6 || !/[0-9]/.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body) || WORDS_OR_RUNS.test(body)) return false;
  // Base64 of a passphrase (`bXktc3VwZXItc2VjcmV0…`) decodes to words; random bytes decode to no text at all, and
  // random text encoded again (pomerium's example `cookie_secret`) to text of no words.
  const bytes = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  let printable = 0;
  for (const b of bytes) if (b >= 0x20 && b < 0x7f) printable++;
  if (printable < bytes.length * 0.8) return true;
  const text = bytes.toString('latin1');
  return !WORDS_OR_RUNS.test(text) && !JOINED_WORDS.test(text) && new Set(text).size >= text.length * 0.5;
}
/** Words joined by a separator, as passphrases are written: `correct-horse`, `my super`. */
const JOINED_WORDS = /[a-z]{3,}[-_ .][a-z]{3,}/i;
/**
 * What random draws of these lengths hardly hold: the words of made-up keys, hex words (`deadbeef`, `cafe`), and
 * runs like `abcd` or `1234`.
 */
const WORDS_OR_RUNS = /secret|token|pass|this|test|key|jwt|dev|demo|example|sample|change|dead|beef|cafe|babe|face|fade|feed|c0ffee|abcd|bcde|cdef|1234|2345|3456|4567|5678|6789/i;
/** Letters and digits taking turns all the way (`a1b2c3d4…`): typed, not drawn. */
const ALTERNATING = /^(?:[a-f][0-9])+[a-f]?$|^(?:[0-9][a-f])+[0-9]?$/i;
const HEX_KEY = /^[0-9a-fA-F]{32,}$/;
const DECIMAL_KEY = /^[1-9][0-9]{37,}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const BASE64_KEY = /^[A-Za-z0-9+/_-]+$/;
