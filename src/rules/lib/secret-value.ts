import { findTokens, isExampleToken, pemHoldsKey, tokenPrefixLength } from './token-formats';
import { isEncodedRandomKey } from './random-key';
import { isWrittenPhrase } from './phrase';
import { sha256Hex } from '../../core/sha256';
import { ENCRYPTS_DATA } from './secret-names';

/** Placeholders people put where a secret should go (normalised: lower case, letters and digits only). */
const PLACEHOLDERS = new Set([
  'changeme', 'changethis', 'changeit', 'replaceme', 'secret', 'secretkey', 'mysecret', 'mysecretkey', 'yoursecret',
  'yoursecretkey', 'yoursecrethere', 'yoursecretkeyhere', 'supersecret', 'supersecretkey', 'topsecret', 'secret123',
  's3cr3t', 'password', 'passw0rd', 'dev', 'development', 'devsecret', 'devkey', 'test', 'testing', 'testsecret',
  'default', 'defaultsecret', 'keyboardcat', 'notsecret', 'notasecret', 'insecure', 'unsafe', 'todo', 'fixme',
  'xxx', 'abc', 'abc123', '123456', 'key', 'jwtsecret', 'sessionsecret', 'putyouruniquephrasehere', 'example',
  'examplekey', 'sample', 'placeholder', 'dummy', 'foo', 'bar', 'foobar', 'local', 'localsecret', 'qwerty',
  // Words that say the value is not used (a one-off command's, a build step's: `PAYLOAD_SECRET=ignore payload migrate`).
  'ignore', 'ignored', 'ignoreme', 'unused', 'notused', 'notneeded', 'unneeded', 'irrelevant', 'doesntmatter', 'whatever',
]);

/** A short prefix a provider puts before its keys, and its separator: `lsv2_`, `ls__`, `sk-`, `pcsk_`. */
const PROVIDER_PREFIX = /^[a-z][a-z0-9]{0,5}(?:_{1,2}|-)(?=[a-z])/i;

/** `__SALT__`, `__SECRET_KEY__`: a mark for an installer to replace. */
const INSTALLER_MARK = /^__[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*__$/;

/** Words that describe a value to put somewhere rather than being one. */
const PLACEHOLDER_CUE =
  /random|string|chars?(?:[^a-z]|acters?|$)|your|replace|change|here|value|long|generate|example|sample|please|enter|insert|fill|placeholder|minimum|length|exactly|least/i;

/** `PLACEHOLDER_CUE`'s words as whole words of a phrase (not `sphere`, `along` or `center`). */
const CUE_WORDS = new Set([
  'random', 'string', 'char', 'chars', 'character', 'characters', 'your', 'replace', 'change', 'changed', 'here', 'value', 'long',
  'generate', 'example', 'sample', 'please', 'enter', 'insert', 'fill', 'placeholder', 'minimum', 'length', 'exactly',
  'least', 'default',
]);

/** Whether a phrase holds one of the words that describe a value to put somewhere. */
function hasCueWord(value: string): boolean {
  return value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).some((w) => CUE_WORDS.has(w.toLowerCase()));
}

/**
 * `change me`, `change this`, `replace me`, `generate me`, `fill me in` written as words of a value (joined by `-`,
 * `_`, `.` or spaces, or none).
 */
const CHANGE_ME = /(?:^|[^a-z])(?:change|replace|generate|regenerate|update|fill|edit|set)[-_. ]?(?:me|this)(?:[-_. ]?in)?(?:$|[^a-z])/i;
/**
 * `this is my secret key` run together (normalised), anywhere in the value: Flask-AppBuilder's examples sign with
 * `\2\1thisismyscretkey\1\2\e\y\y\h`, and many tutorials with `thisIsMySecretKey`. Only a signing key's weakness:
 * people choose passwords such as `ThisIsMyPassword2024!`, which stay passwords.
 */
const THIS_IS_MY_SECRET = /thisis(?:not)?(?:my|a|an|the|our|your)?(?:super|very|top|real)?(?:secret|scret|key|token)/;

/** `changeme`, `replace-this` at a value's start, letters written as digits or signs (`ch4n63m3…`, `r3pl4c3_m3`). */
const LEET_CHANGE_ME_START = /^(?:ch[a4@]n[g69][e3]|r[e3]p[l1][a4@]c[e3])[-_. ]?(?:m[e3]|th[i1!][s5$])/i;

/** Letters people write as digits or signs in a word (`p@ssw0rd`, `s3cr3t`). */
const LEET: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', $: 's', '5': 's', '0': 'o', '3': 'e' };

/** `value` as the word it spells: lower case, letters for leet (`cut`: after a number or signs at its end are cut), letters only. */
function foldedWord(value: string, cut: boolean): string {
  const v = cut ? value.toLowerCase().replace(/[\d!?.]+$/, '') : value.toLowerCase();
  return normalizeValue(v.replace(/[@4$503]/g, (c) => LEET[c]!));
}

export function normalizeValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A well-known placeholder (`changeme`, `your-secret-here`, `keyboard cat`…). */
export function isPlaceholder(value: string): boolean {
  const n = normalizeValue(value);
  if (n === '') return false;
  if (PLACEHOLDERS.has(n)) return true;
  // A request to change it, as a word of its own: `change-me-in-production`, `SECRET_KEY_PLEASE_CHANGE_ME`.
  if (value.length <= 100 && CHANGE_ME.test(value)) return true;
  // The same in leet (`ch4nge_me_if_you_c4n`, `r3pl4ce-m3`), as Symfony apps ship their `.env`'s `APP_SECRET`.
  if (value.length <= 100 && /[a-z][@4$503]|[@4$503][a-z]/i.test(value) && CHANGE_ME.test(value.replace(/[@4$503]/g, (c) => LEET[c]!))) return true;
  // Run together and in leet from its start: wallabag's `ch4n63m31fy0uc4n`.
  if (value.length <= 100) {
    // Its words in leet, or not run on into another word (`replacement-…`, `changement`; `changemeinproduction` is).
    const m = LEET_CHANGE_ME_START.exec(value);
    if (m !== null && (/[0-9@$!]/.test(m[0]) || !/^nt/i.test(value.slice(m[0].length)))) return true;
  }
  // A mark an installer replaces (CakePHP's `__SALT__`, swapped for a random salt by `composer create-project`): left
  // in place, every installation shares it.
  if (INSTALLER_MARK.test(value)) return true;
  // Strapi's templates: `tobemodified`, and `tobemodified1,tobemodified2` for its list of keys.
  if (n.length <= 100 && /^(?:tobe(?:modified|changed|replaced)\d{0,2})+$/.test(n)) return true;
  // Prologue's documented `Set by yourself`.
  return /^(?:your|my|change|replace|enter|insert|put|set)[a-z0-9]*(?:secret|key|token|here|value|me|yourself|string|phrase|password)$/.test(n) && writtenByHand(value);
}

/**
 * Whether a value reads as typed by a person (`your-secret-key-here`, `setYourSecretHere`, `<my_jwt_key>`), not
 * drawn at random: a random key in base64 may start with `My` and end with `key` once in half a million draws,
 * and its `+`, `/`, `=`, digits and case changes say what it is.
 */
function writtenByHand(value: string): boolean {
  if (/[+/=]/.test(value)) return false;
  let digits = 0;
  let shifts = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90 && i > 0 && value.charCodeAt(i - 1) >= 97 && value.charCodeAt(i - 1) <= 122) shifts++;
  }
  return digits <= 6 && shifts <= 8;
}

/**
 * A value a person wrote in a dotenv file for what goes there: lower-case words joined by `-` or `_`, a number of up
 * to four digits after them, and one word that says what the value is or whose it is (`my-cool-api-key-123`,
 * `local-dev-token-1`). A generated passphrase says nothing about itself.
 */
export function isDescribedWithNumber(value: string): boolean {
  const m = /^([a-z]{1,12}(?:[-_][a-z]{1,12}){1,7})[-_]\d{1,4}$/.exec(value);
  if (!m) return false;
  const words = m[1]!.split(/[-_]/);
  return words.every((w) => /[aeiouy]/.test(w)) && words.some((w) => SELF_DESCRIBING.has(w));
}
const SELF_DESCRIBING = new Set(['my', 'our', 'your', 'dev', 'local', 'test', 'demo', 'sample', 'example', 'api', 'key', 'secret', 'token', 'password', 'pass', 'app', 'cool', 'other', 'some', 'fake', 'dummy']);

/**
 * In documentation, a placeholder where a secret would go is the advice itself, not a finding: also one spelt with
 * digits and signs for letters, or a number after it, as docs write an example password (documenso's `p@ss#word`,
 * percent-encoded in a URL: `p%40ss%23word`; `P@ssw0rd123`). Elsewhere such a value is a weak password people use.
 */
export function isDocPlaceholder(value: string): boolean {
  if (isPlaceholder(value) || isExampleToken(value, tokenPrefixLength(value))) return true;
  const v = value.includes('%') ? decodeSafe(value) : value;
  return v.length <= 40 && (PLACEHOLDERS.has(foldedWord(v, false)) || PLACEHOLDERS.has(foldedWord(v, true)));
}

/** `s` percent-decoded, or as it is when it holds a malformed escape. */
export function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Why a signing secret is weak, by Django's own deploy check (W009) and the
 * placeholder list; null when it passes. Fewer than 50 characters is no
 * weakness for 128 bits or more of random key material in the encodings key
 * generators print (`isEncodedRandomKey`): oauth2-proxy's `cookie_secret` must
 * be 32 bytes in base64, 44 characters.
 */
export function weakness(value: string): string | null {
  return weaknessOf(value)?.why ?? null;
}

/**
 * Why a value is weak, and whether it is published (a placeholder, a phrase that asks to be replaced, a product's
 * documented default or example): such a value was never a secret, so there is nothing to rotate, only a key to give.
 */
export function weaknessOf(value: string): { why: string; published: boolean } | null {
  const why = weaknessReason(value);
  // Nacos's `token.secret.key` must be base64, and its published default is base64 of a phrase: what makes a short
  // base64 value weak is what it decodes to, when that is text. So for a long one: JHipster's generated apps ship
  // base64 of `my-secret-key-which-should-be-changed-in-production…` (random bytes are never all printable text).
  if (why === null || why === SHORT) {
    const text = base64Text(value);
    const inner = text === null ? null : weaknessOf(text);
    if (inner !== null && inner.why !== SHORT) return { why: `base64 of ${inner.why}`, published: inner.published };
  }
  if (why === null) return null;
  return { why, published: PUBLISHED_REASONS.has(why) };
}

/** Why a value set under `name` is weak, as `weaknessOf` says; also when it is the name itself in another spelling. */
export function weaknessOfNamed(value: string, name: string): { why: string; published: boolean } | null {
  // `oauth_token_secret: "oauth-token-secret"`, `signingKey: 'signing_key'`: the setting's own name, a stand-in.
  const own = normalizeValue(name.slice(name.lastIndexOf('.') + 1));
  if (own.length >= 6 && value.length <= 100 && normalizeValue(value) === own && weaknessReason(value) !== 'a well-known placeholder value') {
    return { why: OWN_NAME, published: true };
  }
  const weak = weaknessOf(value);
  // A key that encrypts data, written as the text of its bytes, is as long as its cipher takes it: 16, 24 or 32
  // characters for AES (modular-monolith-with-ddd's `TextEncryptionKey`). Random characters that long are no short key.
  if (weak?.why === SHORT && ENCRYPTS_DATA.test(name) && AES_KEY_LENGTHS.has(value.length) && new Set(value).size >= 10 && !/\s/.test(value)) return null;
  return weak;
}

/** The lengths of an AES key in bytes, as the text a key written in characters is. */
const AES_KEY_LENGTHS: ReadonlySet<number> = new Set([16, 24, 32]);

const OWN_NAME = "the setting's own name, a stand-in for a key";

/** Canonical base64 of 12 bytes or more (`+/` or `-_`), padded or not. */
const BASE64_VALUE = /^[A-Za-z0-9+/]{16,}={0,2}$|^[A-Za-z0-9_-]{16,}={0,2}$/;

/** The text a base64 value decodes to, when it is printable ASCII throughout and encodes back to the value; else null. */
function base64Text(value: string): string | null {
  if (value.length > 400 || !BASE64_VALUE.test(value)) return null;
  const bytes = Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64');
  // A line break at the end is `echo … | base64`'s (JHipster's generated `jwtSecretKey`).
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  for (let i = 0; i < end; i++) if (bytes[i]! < 0x20 || bytes[i]! > 0x7e) return null;
  const again = bytes.toString(/[-_]/.test(value) ? 'base64url' : 'base64');
  if (again.replace(/=+$/, '') !== value.replace(/=+$/, '')) return null;
  return bytes.toString('latin1', 0, end);
}

function weaknessReason(value: string): string | null {
  if (isPlaceholder(value)) return 'a well-known placeholder value';
  // Said as a sentence: `thisismysecretkey`, Flask-AppBuilder's `\2\1thisismyscretkey\1\2\e\y\y\h`.
  if (value.length <= 100 && THIS_IS_MY_SECRET.test(normalizeValue(value)) && writtenByHand(value)) return 'a sentence about the key, not a random key';
  if (value.startsWith('django-insecure-')) return "Django's `django-insecure-` development key";
  // `secret-key-missing!`, `JWT_SECRET_NOT_SET`: what an application falls back to when its key is not given (Mayan's
  // `DEFAULT_SECRET_KEY`), the same in every installation that never set one.
  if (value.length <= 100 && MISSING_MARKER.test(value) && isWrittenPhrase(value.replace(/[!?]+$/, ''), 2)) return MISSING;
  // ASP.NET Boilerplate's templates sign JWTs with `AbpProjectName_C421AAEE0D114E9C` (an `X` after it since keys
  // must be 32 bytes), and each project made from one keeps it with its own name in front.
  if (value.includes('_C421AAEE0D114E9C')) return "the key of ASP.NET Boilerplate's project template";
  // A product's documented default or example, which anyone who has read its docs can try.
  const product = productDefault(value);
  if (product !== null) return product;
  // `super-secret-jwt-token-with-at-least-32-characters-long`: words that describe the value to put there, at any length.
  if (isWrittenPhrase(value) && hasCueWord(value)) return 'a phrase that describes the value to put there';
  // `JustAKeyForAkauntingInstallation`, `this-is-the-session-key`: a sentence someone wrote, guessable at any length.
  // (Words drawn at random, a passphrase, hold none of the little words sentences are made with.)
  if (isWrittenPhrase(value) && holdsSentenceWord(value)) return 'words, not a random key';
  // `super secret jwt secret`, `test-signing-secret`: a few words that call the value a secret, guessable at any length
  // (a passphrase of six words drawn at random may hold `key` or `salt` by chance). Someone may have chosen it for a
  // deployment (`acme-prod-jwt-secret`), so it is not taken for a published stand-in: it is rotated.
  if (isWrittenPhrase(value) && callsItselfSecret(value) && wordCount(value) <= 5) return SELF_NAMED;
  const distinct = new Set(value).size;
  if (distinct < 5) return `only ${distinct} distinct character${distinct === 1 ? '' : 's'}`;
  // `0123456789abcdef0123456789abcdef`, RuoYi's `abcdefghijklmnopqrstuvwxyz`: typed by hand, as a stand-in.
  if (madeByPattern(value)) return PATTERNED;
  // `=====…BezKoder=Spring…=====`: padding around a few words, however long (no character fills 40% of a random key).
  if (value.length >= 16 && mostCommonShare(value) >= 0.4) return PADDED;
  if (value.length < 50 && !isEncodedRandomKey(value, distinct)) return SHORT;
  return null;
}

const SHORT = 'shorter than 50 characters';

const MISSING = 'a marker that says the key is missing, the same wherever it is not set';
/** A word that says the value is not given (`missing`, `not set`, `unset`, `not configured`), first or last. */
const MISSING_MARKER = /^(?:missing|unset|not[-_. ]?(?:set|configured|provided|defined))[-_. ]|[-_. ](?:missing|unset|not[-_. ]?(?:set|configured|provided|defined))[!?.]*$/i;

const SELF_NAMED = 'words that call it a secret, not a random key';

/** Words a value uses to call itself a secret. */
const SECRET_WORDS: ReadonlySet<string> = new Set(['secret', 'key', 'token', 'password', 'passphrase', 'salt']);

/** Whether a phrase holds one of `SECRET_WORDS`. */
function callsItselfSecret(value: string): boolean {
  return value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).some((w) => SECRET_WORDS.has(w.toLowerCase()));
}

/** The words of a phrase, as `callsItselfSecret` splits it. */
function wordCount(value: string): number {
  return value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w !== '').length;
}

/** Why `weaknessOf` calls a value weak when it is a few words that call it a secret. */
export const SELF_NAMED_WEAKNESS = SELF_NAMED;

const PADDED = 'mostly one character repeated, not a random key';

/** The share of `value` that its most common character takes. */
function mostCommonShare(value: string): number {
  const counts = new Map<string, number>();
  let most = 0;
  for (const c of value) {
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > most) most = n;
  }
  return most / value.length;
}

const PATTERNED = 'a counting run or a short unit repeated, not a random key';

/**
 * A product's documented default or example value, which anyone who has read its documentation can try: why it is
 * weak, or null.
 */
function productDefault(value: string): string | null {
  if (value === 'minioadmin') return "MinIO's default credentials";
  // The server MinIO runs for anyone to try its clients on (`play.min.io`), whose keys its documentation publishes.
  if (value === 'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG') return "MinIO's public playground credentials";
  // The `SECRET` of Directus's documented `docker-compose.yml` (9 and 10), copied into many stacks as it is.
  if (value === '6116487b-cda1-52c2-b5b5-c8022c45e263') return "the example secret of Directus's documentation";
  // CakePHP 2's `app/Config/core.php` as its skeleton ships it, in every application that never changed it.
  if (value === 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi') return "CakePHP's default salt";
  if (value === 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY') return "the example key of AWS's documentation";
  // Supabase's self-hosting `docker-compose.yml` gives Realtime this `DB_ENC_KEY`, in every stack made from it.
  if (value === 'supabaserealtime') return "the example key of Supabase's self-hosting stack";
  // Roundcube's `config/defaults.inc.php` and its sample configuration ship this `des_key`.
  if (value === 'rcmail-!24ByteDESkey*Str') return "Roundcube's default `des_key`";
  // ABP's `StringEncryptionOptions.DefaultPassPhrase` (and ASP.NET Boilerplate's `SimpleStringCipher`), the key of
  // `IStringEncryptionService`, which the ABP CLI replaces with a random one in each new project's `appsettings.json`.
  if (value === 'gsKnGZ041HLL4IM8') return "ABP's default `StringEncryption` pass phrase";
  // The `nacos.core.auth.plugin.nacos.token.secret.key` of Nacos's documentation and Docker images (base64 of
  // `ThisIsMyCustomSecretKey012345678`), which signs its access tokens: anyone can forge one with it.
  if (value === 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=') return "Nacos's documented default token key";
  // LibreChat's `.env.example` `CREDS_KEY`, which app catalogs' templates copy: every user's stored API keys are
  // encrypted with it.
  if (value === 'f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0') return "LibreChat's example `CREDS_KEY`";
  return null;
}

/** Whether a value is a product's documented default or example (MinIO's `minioadmin`), not a placeholder to fill in. */
export function isProductDefault(value: string): boolean {
  return productDefault(value) !== null;
}

/** The reasons `weaknessOf` gives for values that were published, not chosen for this use. */
const PUBLISHED_REASONS: ReadonlySet<string> = new Set([
  'a well-known placeholder value',
  MISSING,
  OWN_NAME,
  // Nobody keeps a key they typed as a pattern: it stands in for one.
  PATTERNED,
  PADDED,
  // Flask-AppBuilder's `thisismyscretkey`, the tutorials' `thisIsMySecretKey`.
  'a sentence about the key, not a random key',
  'a phrase that describes the value to put there',
  "the key of ASP.NET Boilerplate's project template",
  "MinIO's default credentials",
  "MinIO's public playground credentials",
  "the example secret of Directus's documentation",
  "CakePHP's default salt",
  "the example key of AWS's documentation",
  "the example key of Supabase's self-hosting stack",
  "Roundcube's default `des_key`",
  "ABP's default `StringEncryption` pass phrase",
  "Nacos's documented default token key",
  "LibreChat's example `CREDS_KEY`",
]);

/** Little words sentences are made with, as whole words of a value. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'for', 'of', 'to', 'is', 'my', 'our', 'your', 'this', 'that', 'and', 'in', 'on', 'with', 'just', 'not', 'it', 'be']);

/** Whether a phrase holds one of `SENTENCE_WORDS`. */
function holdsSentenceWord(value: string): boolean {
  return value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).some((w) => SENTENCE_WORDS.has(w.toLowerCase()));
}

/**
 * A value that asks to be replaced: a well-known placeholder (`CHANGEME`, `SET-ME-PLEASE`, `Your secret key here`) or
 * words that describe the value to put there (`DUMMY KEY CHANGE BEFORE GOING TO PRODUCTION`). Not a weak value
 * someone chose to sign with (`secret`, `dev-key`).
 */
export function asksToBeReplaced(value: string): boolean {
  if (!isPlaceholder(value) && !(isWrittenPhrase(value) && hasCueWord(value))) return false;
  // The placeholder list holds weak values too (`secret`, `keyboard cat`): only words that ask for another value.
  return FILL_IN_CUE.test(value);
}
/**
 * Words that ask for a value to be put in place of this one (`exchange` is no `change`, a trailing `here` is one:
 * `putkeyhere`).
 */
const FILL_IN_CUE = /(?<![a-z])(?:change|replace|generate|update|edit[-_ ]?me|tobe|set|your|todo|fixme|placeholder|fill|insert|enter|put|dummy|override|required)|here(?:$|[^a-z])/i;

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

/** Shapes the token formats do not cover: a PEM header, Laravel's `base64:` app key. */
const OTHER_FORMATS: RegExp[] = [
  /^base64:[A-Za-z0-9+/]{40,}={0,2}$/, // Laravel APP_KEY
];

/** The whole value is one live-format provider token (see token-formats.ts). */
function isWholeToken(v: string): boolean {
  const found = findTokens(v);
  if (found.length !== 1) return false;
  const m = found[0]!;
  return m.start === 0 && m.end === v.length && !m.format.keyed && !m.format.notice;
}

function isTokenFormat(v: string): boolean {
  return isWholeToken(v) || OTHER_FORMATS.some((re) => re.test(v)) || (v.startsWith('-----BEGIN ') && pemHoldsKey(v));
}

/**
 * An email address as people write them: a local part, `@`, and a domain of labels ending in a name of letters, all
 * in lower case (a random value holds capitals).
 */
const EMAIL_ADDRESS = /^[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/;

/**
 * Does a value look like a real secret rather than a placeholder: a known
 * token format, or long, varied and high in entropy?
 */
export function looksLikeSecret(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isPlaceholder(v)) return false;
  // Documentation keys (AWS documents a key id and a secret key that both end in `EXAMPLE`) are what templates should hold.
  if (/example/i.test(v)) return false;
  // `<ENCRYPTION_KEY_MUST_BE_32_LONG>`: an angle-bracket mark says what to put there.
  if (v.startsWith('<') && v.endsWith('>')) return false;
  // A provider's prefix before a phrase that asks for the value: `lsv2_your_langsmith_api_key_here`, `ls__your_api_key`.
  const prefix = PROVIDER_PREFIX.exec(v);
  if (prefix) {
    const rest = v.slice(prefix[0].length);
    if (isPlaceholder(rest) || (isWrittenPhrase(rest) && PLACEHOLDER_CUE.test(rest))) return false;
  }
  if (isTokenFormat(v)) return true;
  if (v.length < 16 || /\s/.test(v)) return false;
  // Text in a script other than ASCII is written for people (BookStack's Japanese error messages): keys are ASCII.
  if (/[^\x20-\x7e]/.test(v)) return false;
  // A URL without credentials (`redis://localhost:6379/0`); callers judge a URL's password on its own.
  if (/^[a-z][a-z0-9+.\-]{0,20}:\/\//i.test(v) && !/:[^/@]+@/.test(v)) return false;
  // An email address (`noreply@app.example.test`) names someone to write to.
  if (EMAIL_ADDRESS.test(v)) return false;
  // Words: `my-secret-key-here`, `SuperSecretKey`. Letters alone in mixed case must read as words, though: a random
  // base64url key can hold no digit (`tERYOtYwXBKXGNYKDWjve…`, about one in 50,000).
  if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(v) && (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || isWrittenPhrase(v, 1) || casedAsWords(v))) return false;
  // `SomeRandomStringOf32CharsExactly`, `PLEASE_REPLACE_WITH_32_CHAR_CODE`: a phrase that describes the value to put
  // there. A generated passphrase (`Tundra-Plaza-Mosaic-Hobby-42`) is a phrase too, but says nothing about itself.
  if (isWrittenPhrase(v) && PLACEHOLDER_CUE.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  // Hex has 16 symbols, at most 4 bits each: one random key in a few thousand of 64 digits falls under 3.5.
  const floor = v.length >= 32 && /^[0-9a-f]+$/i.test(v) ? 3.2 : 3.5;
  return classes >= 2 && entropy(v) >= floor;
}


/**
 * Two or more `-`/`_` parts of letters, each an acronym of up to five capitals or a word in lower case, maybe
 * capitalised, that reads as one (vowels in three letters of ten or more, no six consonants in a row), four letters a
 * part or more: docuseal's Dutch label `HMAC-ondertekeningsgeheim`. Random letters change case every other character.
 */
function casedAsWords(v: string): boolean {
  const parts = v.split(/[-_]/);
  if (parts.length < 2) return false;
  let letters = 0;
  for (const p of parts) {
    letters += p.length;
    if (/^[A-Z]{1,5}$/.test(p)) continue;
    if (!/^[A-Z]?[a-z]+$/.test(p) || /[b-df-hj-np-tv-xz]{6}/i.test(p)) return false;
    let vowels = 0;
    for (const c of p.toLowerCase()) if ('aeiouy'.includes(c)) vowels++;
    if (vowels * 10 < p.length * 3) return false;
  }
  return letters >= 4 * parts.length;
}

/** A known provider token format (not a documentation example): `ghp_…`, `AKIA…`, `sk_live_…`, Laravel's `base64:…`. */
export function isKnownTokenValue(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isPlaceholder(v) || /example/i.test(v)) return false;
  return isTokenFormat(v);
}

/**
 * Words that give a value away as a stand-in (normalised like
 * `normalizeValue`): `dev-secret-change-me`, `!ChangeMe!`,
 * `django-insecure-…`, Symfony's proposed `NotSecure-…` prefix.
 */
const STAND_IN_WORDS = [
  'changeme', 'changethis', 'changeit', 'replaceme', 'replacethis', 'replacewith', 'placeholder', 'example', 'dummy',
  'sample', 'insecure', 'notsecure', 'notsecret', 'notreal', 'notasecret', 'yoursecret', 'yourkey', 'yourtoken',
  'yourpassword', 'yourapikey', 'devsecret', 'devkey', 'devonly', 'testsecret', 'testonly', 'fakesecret', 'fakekey',
  'fakepassword', 'mysecret', 'supersecret', 'secretkey', 'password', 'passw0rd', 'development', 'localonly',
];

/** Passwords that ship with database images, tutorials and framework defaults (normalised). */
const DEFAULT_CREDENTIALS = new Set([
  'postgres', 'postgresql', 'root', 'admin', 'administrator', 'guest', 'mysql', 'mariadb', 'redis', 'rabbitmq', 'mongo',
  'mongodb', 'user', 'pass', 'passwd', 'pwd', 'pw', 'app', 'docker', 'toor', 'homestead', 'secret', 'minioadmin',
  'admin123', 'root123', 'letmein', 'welcome', 'qwerty123', 'pssw0rd', 'p4ssw0rd', 'p4ssword',
  's3cret', 'secr3t', 'guest123', 'test123', 'demo', 'demo123',
]);

/**
 * A value that stands in for a secret rather than being one: a known
 * placeholder (`changeme`), a default credential (`postgres`, `root`,
 * `guest`), or a value that says so (`dev-secret-change-me`, `!ChangeMe!`).
 */
export function isStandInValue(value: string): boolean {
  const n = normalizeValue(value);
  if (n === '') return false;
  if (isPlaceholder(value) || DEFAULT_CREDENTIALS.has(n) || NAMES_ITS_SECRET.test(value.trim())) return true;
  return STAND_IN_WORDS.some((w) => n.includes(w));
}

/**
 * A variable's name written where its value goes, one that says what goes there: thingsboard's Confluent
 * profile sets `…_PASSWORD=CLUSTER_API_SECRET` and `…_USERNAME=CLUSTER_API_KEY` for the user to replace.
 */
const NAMES_ITS_SECRET = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SECRET|PASSWORD|TOKEN|KEY|APIKEY)(?:_[A-Z0-9]+)?$/;

/**
 * A password someone chose: passwords are typed by people, so one that is
 * not a stand-in (`postgres`, `changeme`, `dev-password`), not a pattern
 * (`12345678`) and not too short to be used looks real (`hunter2`,
 * `Tr0ub4dor&3`), where a key or token would have to look random.
 */
export function looksLikePassword(value: string): boolean {
  const v = value.trim();
  if (v.length < 6 || v.length > 128 || /^\d+$/.test(v)) return false;
  return !isStandInValue(v) && !isPatternedValue(v);
}

/**
 * A value made by a pattern rather than at random: a counting run
 * (`0123456789abcdef…`, `abcdefgh`) or a short unit repeated
 * (`deadbeefdeadbeef…`, `abababab…`). Entropy alone passes some of these.
 */
export function isPatternedValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v.length < 8) return false;
  return hasCountingRun(v, 8) || repeatsUnit(v);
}

/** Whether `v` is a unit of at most 8 characters written over and over (`deadbeefdeadbeef…`, `abababab`). */
function repeatsUnit(v: string): boolean {
  for (let unit = 1; unit <= 8 && unit * 2 <= v.length; unit++) {
    if (v.slice(0, unit).repeat(Math.ceil(v.length / unit)).slice(0, v.length) === v) return true;
  }
  return false;
}

/**
 * Hexadecimal of one of the given lengths that looks random: enough
 * distinct digits, no long repeat, no pattern. Random 32-digit hex falls
 * under `looksLikeSecret`'s entropy bar about one time in five, so
 * key-shaped names check this as well.
 */
export function isRandomHex(value: string, lengths: readonly number[]): boolean {
  const v = value.trim();
  if (!lengths.includes(v.length) || !/^[0-9a-f]+$/i.test(v)) return false;
  if (new Set(v.toLowerCase()).size < 8) return false;
  return !/(.)\1{5}/.test(v) && !hasCountingRun(v.toLowerCase(), 6) && !isPatternedValue(v);
}

/**
 * A value that is a pattern through and through: a short unit repeated, or counting runs (of 4 or more) making up
 * nearly all of it (`0123456789abcdef0123456789abcdef`, `abcdefghijklmnopqrstuvwxyz`). A random key with a run in it
 * (`…12345678…`) is no pattern.
 */
export function madeByPattern(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v.length < 8) return false;
  if (repeatsUnit(v) || countsInTurns(v)) return true;
  let counted = 0;
  let run = 1;
  for (let i = 1; i <= v.length; i++) {
    const prev = SEQUENCE.indexOf(v[i - 1]!);
    if (i < v.length && prev >= 0 && SEQUENCE.indexOf(v[i]!) === prev + 1) {
      run++;
      continue;
    }
    if (run >= 4) counted += run;
    run = 1;
  }
  return counted >= v.length * 0.9;
}

const SEQUENCE = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Two counts taking turns (gumroad's seeded `a1b2c3d4e5f6a7b8c9d0e1f2…`, `1a2b3c…`): the characters at even places
 * and those at odd places each count up by one nearly all the way, digits from 9 back to 0 and letters from `f` (as
 * hex runs out) or `z` back to `a`.
 */
function countsInTurns(v: string): boolean {
  if (v.length < 16) return false;
  for (let start = 0; start < 2; start++) {
    let steps = 0;
    let up = 0;
    for (let i = start + 2; i < v.length; i += 2) {
      steps++;
      if (nextInCount(v[i - 2]!, v[i]!)) up++;
    }
    if (up < steps * 0.9) return false;
  }
  return true;
}

/** Whether `b` follows `a` in a count: the next digit or letter, or the count starting again (`9` → `0`, `f` or `z` → `a`). */
function nextInCount(a: string, b: string): boolean {
  const i = SEQUENCE.indexOf(a);
  const j = SEQUENCE.indexOf(b);
  if (i < 0 || j < 0) return false;
  if (j === i + 1 && (i < 10) === (j < 10)) return true;
  return (a === '9' && b === '0') || ((a === 'f' || a === 'z') && b === 'a');
}

/** A run of at least `min` characters that count up by one (`3456789a`). */
function hasCountingRun(v: string, min: number): boolean {
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const prev = SEQUENCE.indexOf(v[i - 1]!);
    run = prev >= 0 && SEQUENCE.indexOf(v[i]!) === prev + 1 ? run + 1 : 1;
    if (run >= min) return true;
  }
  return false;
}

/**
 * A lower-case dotted name: a module path, host or package
 * (`django.db.backends.postgresql`, `smtp.mailgun.org`). Tokens with dots
 * (JWTs) carry upper case in their parts.
 */
export function isDottedName(value: string): boolean {
  return /^[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+$/.test(value.trim());
}

/**
 * A class named by its module path (`warehouse.accounts.NullPasswordBreachedService`, `com.acme.auth.JdbcTokenStore`):
 * a setting that picks an implementation, named for what the class deals with (`BREACHED_PASSWORDS`), not a value to
 * keep secret. Lower-case segments, then capitalised words ending in a kind of class (`Service`, `Store`, `Backend`…).
 */
export function isClassReference(value: string): boolean {
  const v = value.trim();
  if (v.length > 200 || !CLASS_PATH.test(v)) return false;
  return CLASS_KIND.test(v.slice(v.lastIndexOf('.') + 1));
}
/** Lower-case module segments, then one of capitalised words (each word's letters after its capital are lower case). */
const CLASS_PATH = /^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+\.(?:[A-Z][a-z0-9]+)+$/;
/** What a class that implements a setting is called last. */
const CLASS_KIND = /(?:Service|Store|Storage|Backend|Provider|Handler|Factory|Manager|Adapter|Client|Engine|Hasher|Validator|Checker|Loader|Finder|Policy|Strategy|Serializer|Middleware|Repository|Realm|Authenticator|Generator|Resolver|Class|Impl)$/;

/** `name@host.tld`: a contact address, which a template shows as it is. */
export function isEmailAddress(value: string): boolean {
  return /^[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}$/.test(value);
}

/** The Azure storage emulator's (Azurite's) account key for `devstoreaccount1`, published in Microsoft's documentation. */
const AZURITE_KEY_SHA256 = '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059';

/** Whether `value` is the storage emulator's key: the same on every machine. */
export function isAzuriteKey(value: string): boolean {
  return value.length === 88 && sha256Hex(value) === AZURITE_KEY_SHA256;
}

/**
 * Google's reCAPTCHA test secret key, which every verification passes with: published in reCAPTCHA's FAQ for automated
 * tests, beside its test site key.
 */
const RECAPTCHA_TEST_SECRET_SHA256 = 'f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0';

/**
 * Cloudflare Turnstile's test secret keys (one always passes, one always fails, one says the token was spent), and
 * hCaptcha's (`0x` and forty zeros, beside its test site key `10000000-ffff-ffff-ffff-000000000001`).
 */
const TURNSTILE_TEST_SECRET = /^[123]x0{31}AA$|^0x0{40}$/;

/**
 * Keys a tool publishes for local development, identical on every machine:
 * the Supabase CLI's `anon` and `service_role` JWTs (issuer `supabase-demo`),
 * which `supabase start` prints and its docs show, the Azure storage
 * emulator's account key (`isAzuriteKey`), and reCAPTCHA's, Turnstile's and hCaptcha's test secret keys.
 */
/** reCAPTCHA's, Turnstile's and hCaptcha's test secret keys (see `isPublishedDevelopmentKey`). */
export function isCaptchaTestSecret(value: string): boolean {
  return TURNSTILE_TEST_SECRET.test(value) || (value.length === 40 && value.startsWith('6L') && sha256Hex(value) === RECAPTCHA_TEST_SECRET_SHA256);
}

export function isPublishedDevelopmentKey(value: string): boolean {
  if (isAzuriteKey(value)) return true;
  if (isCaptchaTestSecret(value)) return true;
  if (!value.startsWith('eyJ') || value.length > 2048) return false;
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  try {
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { iss?: unknown };
    return payload.iss === 'supabase-demo';
  } catch {
    return false;
  }
}

/** What a type is called, written where a value would go: a form or schema that says what a field holds. */
const TYPE_NAMES = new Set(['string', 'str', 'text', 'boolean', 'bool', 'number', 'integer', 'int', 'object', 'array', 'list', 'date']);
/** Boolean and null words, quoted: `headers['X-Create-Token-Secret'] = 'true'` sends a flag. */
const SCALAR_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', 'undefined']);
/**
 * An HTTP header's name: words joined by hyphens, each capitalised or an acronym, that start with `X-` or
 * hold a word headers are made of (`Espo-Authorization-Create-Token-Secret`, `X-API-Key`). A generated
 * passphrase has the same shape (`Correct-Horse-Battery-Staple`) but none of the words; words in capitals
 * alone are how people write a placeholder (`CHANGE-ME-OR-FAIL-TO-START`).
 */
const HEADER_NAME = /^(?:[A-Z][a-z]+|[A-Z]{1,5})(?:-(?:[A-Z][a-z]+|[A-Z]{1,5}))+$/;
const HEADER_WORDS = new Set(['x', 'authorization', 'auth', 'token', 'api', 'key', 'secret', 'signature', 'request', 'session', 'csrf', 'xsrf', 'access', 'client', 'forwarded', 'content', 'user', 'agent', 'cookie', 'id']);
/** Laravel's validation rules, one or more joined by `|`: `max:50`, `required|string|min:32`. */
const VALIDATION_STEP = String.raw`(?:required|nullable|sometimes|present|filled|string|numeric|integer|boolean|email|url|alpha|alpha_num|alpha_dash|confirmed|(?:min|max|size|digits|digits_between|between):\d{1,6}(?:,\d{1,6})?|(?:in|not_in):[a-z0-9_.-]{1,30}(?:,[a-z0-9_.-]{1,30}){0,9})`;
const VALIDATION_RULE = new RegExp(`^${VALIDATION_STEP}(?:\\|${VALIDATION_STEP}){0,9}$`);

/** Whether a value is Laravel validation rules, a lone rule word (`'string'`) too. */
export function isValidationRule(value: string): boolean {
  return value.length <= 300 && VALIDATION_RULE.test(value);
}
/** A CSS attribute selector or an id selector made of words: `[data-test-secret-key]`, `#secret-key`. */
const SELECTOR = /^(?:\[[A-Za-z_][\w:.-]{0,80}(?:[~|^$*]?=[^\]]{0,80})?\]|#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)$/;
/** A key prefix of a store (Redis, a cache): `oauth_jwt:`, `session:token:`. */
const KEY_PREFIX = /^[a-z][a-z0-9_]{0,40}(?::[a-z0-9_]{1,40}){0,4}:$/;
/** A path to a key file (`%kernel.project_dir%/config/jwt/private.pem`, `~/.abuild/app.rsa`): where a key is, not the key. */
const KEY_FILE_PATH = /^[^\s]{0,200}\/[^\s/]{1,80}\.(?:pem|key|crt|cer|der|p8|p12|pfx|jks|keystore|rsa|pub|asc|gpg|jwk|json|hex|txt)$/i;
/**
 * An absolute or relative path of lower-case segments (`/secrets/jwtsecret`, `/run/secrets/jwt_secret`,
 * `./data/jwt`): where a key is kept (geth's `--authrpc.jwtsecret=/secrets/jwtsecret`), not a key. Random key
 * material in base64 that starts with a `/` holds upper-case letters.
 */
const LOWER_CASE_PATH = /^(?:~|\.{1,2})?(?:\/[a-z0-9._-]{1,64}){2,16}\/?$/;
/** A data source name as PDO and ODBC write it: a driver, then `name=value` pairs joined by `;`. */
const PDO_DSN = /^[a-z][a-z0-9]{1,15}:[A-Za-z_][\w ]{0,29}=[^;=]{0,200}(?:;[A-Za-z_][\w ]{0,29}=[^;=]{0,200}){0,15};?$/;
/** Such a name's password: `password=`, `pwd=`. */
const DSN_PASSWORD = /[:;]\s*(?:password|pwd|passwd)\s*=/i;

/**
 * An e-mail address: who holds a key, never the key (git's `user.signingkey=release@example.org` picks a GPG key
 * by its owner's address).
 */
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}$/;

/** Starts with `X-`, or has three words or more in mixed case, one of them a header word. */
function isHeaderName(v: string): boolean {
  const words = v.toLowerCase().split('-');
  if (!words.some((w) => HEADER_WORDS.has(w))) return false;
  return v.startsWith('X-') || (words.length >= 3 && /[a-z]/.test(v));
}

/**
 * A value whose shape says it names or describes something rather than
 * being a secret: a type (`appSecret: String`, a schema), a quoted boolean,
 * an HTTP header's name, a validation rule (`'max:50'`), a CSS selector, a
 * store's key prefix, a key file's path (or a path of lower-case words), a data source name that holds no password
 * (PDO's `pgsql:host=postgres;port=5432;dbname=app`), or an e-mail address. None of these is a key anyone
 * signs with, whatever the name it is set under.
 */
/** An AWS resource's name (`arn:aws:secretsmanager:eu-west-1:123456789012:secret:app`): where a secret is kept. */
const AWS_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:/;

export function namesSomething(value: string, quoted: boolean): boolean {
  const v = value.trim();
  if (v.length === 0 || v.length > 300) return false;
  const lower = v.toLowerCase();
  if (!quoted && TYPE_NAMES.has(lower)) return true;
  if (SCALAR_WORDS.has(lower)) return true;
  return (
    (HEADER_NAME.test(v) && isHeaderName(v)) ||
    (/[:|]/.test(v) && VALIDATION_RULE.test(v)) ||
    SELECTOR.test(v) ||
    KEY_PREFIX.test(v) ||
    KEY_FILE_PATH.test(v) ||
    (PDO_DSN.test(v) && !DSN_PASSWORD.test(v)) ||
    LOWER_CASE_PATH.test(v) ||
    AWS_ARN.test(v) ||
    (EMAIL.test(v) && !looksLikeSecret(v.slice(0, v.indexOf('@'))))
  );
}
