/** A value's parts: a word (`Some`, `random`, `HTTP`), a number, or a run of separators. */
const PHRASE_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[^A-Za-z0-9]+/g;
const VOWEL = /[aeiouy]/i;
/** A sentence's punctuation after a word: `!`, `?`, `,`, `;`, `:`, and the spaces after it. */
const SENTENCE_PUNCTUATION = /^[,;:!?]{1,3} *$/;
/** Four consonants in a row: rare in words (`lengths`), common in random letters. */
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{4}/i;
/** The words of one or two letters a phrase may hold. */
const SHORT_WORDS = new Set([
  'a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so',
  'to', 'up', 'us', 'we', 'id', 'ok', 'db', 'io', 'ui',
]);

/** Acronyms without a vowel that people write in any case in names and placeholders (`thisIsMyJwtSecret`). */
const ACRONYMS = new Set([
  'jwt', 'jwks', 'jws', 'jwe', 'http', 'https', 'smtp', 'sql', 'xml', 'html', 'css', 'ssl', 'tls', 'crm', 'cms', 'dns',
  'ssh', 'pgp', 'gpg', 'cdn', 'rpc', 'grpc', 'ttl', 'csrf', 'xsrf', 'hmac', 'rsa', 'sdk', 'mfa', 'otp', 'totp', 'hotp',
  'pwd', 'psk', 'kms', 'nfs', 'cvs', 'svn', 'php', 'ftp', 'sftp', 'tcp', 'gcp', 'gcm',
]);
/** A count's plus after a number (`32+`), and a separator or the end after it. */
const COUNT_PLUS = /^\+[-_. ]?$/;
/** A separator next, after a phrase's first word. */
const SEPARATOR_NEXT = /^[-_. ]/;
/** A word glued to `js`, as JavaScript projects are named (`nestjs`, `expressjs`). */
const JS_NAME = /[a-z]js$/i;

/**
 * A value written as a phrase by a person: words in camel, snake or kebab
 * case, with a small number here and there (`SomeRandomStringOf32CharsExactly`,
 * `PLEASE_REPLACE_WITH_32_CHAR_CODE`, `a-long-random-string-of-64-chars`).
 * Words are told apart only where people write them apart: at a separator,
 * or at a capital (a lower-case or all-capital word right after a number
 * would be a random key's letters), and in one way: a lower-case word after
 * a capitalised one is a random key's. Every word has a vowel, or is an
 * acronym of three or four capitals; a word of one or two letters is a common
 * one (`a`, `of`, `my`, `ID`); no word has four consonants in a row;
 * `minWords` words (three unless asked) have a vowel at least;
 * numbers have at most four digits, unless they count (`012345678`). A random key breaks into one-letter
 * words, or words glued to digits, within its first few characters.
 */
export function isWrittenPhrase(v: string, minWords = 3): boolean {
  if (v.length > 200) return false;
  let words = 0;
  let camel = false;
  let laterLower = false;
  let prev: 'start' | 'separator' | 'number' | 'word' = 'start';
  for (const match of v.matchAll(PHRASE_PART)) {
    const part = match[0];
    const c = part.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // A long number is random, unless it counts (`ThisIsMyCustomSecretKey012345678` pads a phrase to a length).
      if (part.length > 4 && !isCountingRun(part)) return false;
      prev = 'number';
      continue;
    }
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (!upper && !lower) {
      // Separators, or a sentence's punctuation before a space or at the end (`type random characters here!`).
      // A count's `+` too (`32+chars-min`: at least 32).
      // In a sentence, a path between words (alaveteli's "please override for live sites in config/general; …").
      if (
        !/^[-_. ]+$/.test(part) &&
        !(prev === 'number' && COUNT_PLUS.test(part)) &&
        !(SENTENCE_PUNCTUATION.test(part) && (part.endsWith(' ') || match.index! + part.length === v.length)) &&
        !(part === '/' && prev === 'word' && v.includes(' '))
      ) {
        return false;
      }
      prev = 'separator';
      continue;
    }
    const capitalized = upper && part.length > 1 && part.charCodeAt(1) >= 97;
    // After a number only a capital starts a word: `Of32Chars`, not `k3ab9x`.
    if (prev === 'number' && !capitalized) return false;
    // One way of writing words: camel case starts lower-case words only at the start (`myAppSecret`).
    if (capitalized) camel = true;
    else if (lower && prev !== 'start') laterLower = true;
    if (camel && laterLower) return false;
    // A JavaScript project's name (`nestjs`, `Nextjs`) is a word and `js`.
    const word = part.length > 4 && JS_NAME.test(part) ? part.slice(0, -2) : part;
    if (part.length <= 2) {
      // Random keys are full of one- and two-letter runs; phrases hold a few common ones.
      if (!SHORT_WORDS.has(part.toLowerCase())) return false;
      if (VOWEL.test(part)) words++;
    } else if (VOWEL.test(word)) {
      if (CONSONANT_RUN.test(word)) return false; // `xbztdblojsto`
      words++;
    } else if (!(upper && !capitalized && part.length <= 4) && !ACRONYMS.has(part.toLowerCase()) && !(prev === 'start' && lower && part.length <= 4 && SEPARATOR_NEXT.test(v.slice(part.length)))) {
      // An acronym (`JWT`, or a known one in any case: `Jwt`, `smtp`) or a word with a vowel; first, a project's short
      // name before a separator (`fsh-dev-only-…`).
      return false;
    }
    prev = 'word';
  }
  return words >= minWords;
}

/**
 * A name in lower case, with `_` where its camel case starts a word (`RSAExampleKey` → `rsa_example_key`,
 * `minioRootPassword` → `minio_root_password`); other separators are left as they are.
 */
export function lowerSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Digits that each follow the one before (`0123456789`, `456789012`). */
function isCountingRun(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if ((digits.charCodeAt(i - 1) - 47) % 10 !== digits.charCodeAt(i) - 48) return false;
  return true;
}
