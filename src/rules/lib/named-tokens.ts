import { LiteralSet } from '../../core/literal-set';
import { isWrittenPhrase } from './phrase';
import { alternation, type Line } from '../../core/text';
import { isExampleToken, telegramToken } from './token-formats';

/**
 * Credentials whose format has no prefix of its own: an AWS secret access
 * key is any 40 base64 characters, a Telegram bot token digits, a colon and
 * 35 more. Each is reported only where its provider's documentation puts
 * it: under a name that says which provider (`TELEGRAM_BOT_TOKEN`,
 * `TWILIO_AUTH_TOKEN`, `[discord]`), and for AWS next to a key id or under
 * an AWS secret key name. A bare 40-character string is nobody's key.
 */

export interface NamedMatch {
  format: NamedFormat;
  /** 0-based start and exclusive end of the value in the line. */
  start: number;
  end: number;
  value: string;
  /** A documentation placeholder in the format's shape. */
  example: boolean;
}

type CharTest = (c: number) => boolean;

export interface NamedFormat {
  id: string;
  label: string;
  provider: string;
  /** Lower-case words that name the provider: one must precede the value on its line or sit on the lines just above. */
  words: readonly string[];
  /** What the name before the value must also say (lower case), e.g. that it is a token rather than an id. */
  name?: RegExp;
  /** The characters a value is made of: a value starts and ends where a run of them does. */
  alphabet: CharTest;
  /**
   * The runs of `alphabet` at least as long as the shortest value (global;
   * a test checks it takes the same characters as `alphabet`): the runs a
   * value may start, found by the regular expression engine rather than a
   * call per character.
   */
  runs: RegExp;
  /** The end of a value starting at `i` (the start of a run), or -1. */
  read(s: string, i: number): number;
  /** Whether the value looks generated rather than written: mixed case, digits, no pattern. */
  random(value: string): boolean;
  /** Whether a value of the format's shape is a name in code, neither a value nor a placeholder for one. */
  identifier?(value: string): boolean;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isBase62: CharTest = (c) => isUpper(c) || isLower(c) || isDigit(c);
const isUrlSafe: CharTest = (c) => isBase62(c) || c === 95 || c === 45;
const isBase64Char: CharTest = (c) => isBase62(c) || c === 43 || c === 47;
const isLowerHex: CharTest = (c) => isDigit(c) || (c >= 97 && c <= 102);

/**
 * Whole runs of at least `min` of the characters of the class `chars` (as
 * written inside brackets). The look-behind keeps a search from starting
 * inside a run, where each start would read on to the run's end again.
 */
function runsOf(chars: string, min: number): RegExp {
  return new RegExp(`(?<![${chars}])[${chars}]{${min},}`, 'g');
}
const BASE62 = 'A-Za-z0-9';
const URL_SAFE = `${BASE62}_\\-`;
const BASE64 = `${BASE62}+/`;

function runOf(s: string, i: number, test: CharTest, max: number): number {
  let n = 0;
  while (n <= max && i + n < s.length && test(s.charCodeAt(i + n))) n++;
  return n;
}

/** A run of exactly `n` characters of `test` that no character of `alphabet` continues. */
function exactRun(n: number, test: CharTest, alphabet: CharTest) {
  return (s: string, i: number): number => {
    if (runOf(s, i, test, n) !== n) return -1;
    const next = i + n < s.length ? s.charCodeAt(i + n) : -1;
    return next >= 0 && (alphabet(next) || next === 61) /* = */ ? -1 : i + n;
  };
}

/** `literal` then `rest`. */
function after(literal: string, rest: (s: string, i: number) => number) {
  return (s: string, i: number): number => (s.startsWith(literal, i) ? rest(s, i + literal.length) : -1);
}

const count = (v: string, re: RegExp) => (v.match(re) ?? []).length;

/** Letters of both cases and digits, as base64 of random bytes has. */
function mixed(v: string): boolean {
  return count(v, /[A-Z]/g) >= 3 && count(v, /[a-z]/g) >= 3 && count(v, /[0-9]/g) >= 1;
}

/** Hex that looks random: many distinct digits, no long repeat. */
function randomHex(v: string): boolean {
  return new Set(v.toLowerCase()).size >= 8 && !/(.)\1{4}/.test(v);
}

/** Discord bot token: base64 of the bot's id, a 6-character timestamp and an HMAC, dot-separated. */
function discordToken(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c !== 77 && c !== 78 && c !== 79) return -1; // M, N, O: a snowflake id's first digits in base64
  const a = runOf(s, i, isUrlSafe, 27);
  if (a < 23 || a > 27 || s[i + a] !== '.') return -1;
  const j = i + a + 1;
  const b = runOf(s, j, isUrlSafe, 7);
  if (b < 6 || b > 7 || s[j + b] !== '.') return -1;
  const k = j + b + 1;
  const h = runOf(s, k, isUrlSafe, 40);
  if (h < 27 || h > 40) return -1;
  return k + h >= s.length || !isUrlSafe(s.charCodeAt(k + h)) ? k + h : -1;
}

const AWS_KEY_ID = /(?:AKIA|ASIA)[A-Z0-9]{16}/;

/** The header of a Terraform block that takes AWS credentials (its `secret_key`): the AWS provider's, an S3 backend's. */
export const TERRAFORM_AWS_BLOCK = /^[ \t]*(?:provider[ \t]+"aws"|backend[ \t]+"s3")[ \t]*\{/m;

export const AWS_SECRET_ACCESS_KEY: NamedFormat = {
  id: 'aws-secret-access-key',
  label: 'an AWS secret access key',
  provider: 'AWS',
  words: ['aws', 'secretaccesskey', 'secret_access_key'],
  name: /secret/,
  alphabet: isBase64Char,
  runs: runsOf(BASE64, 40),
  read: exactRun(40, isBase64Char, isBase64Char),
  random: (v) => mixed(v) && !/^[0-9a-f]+$/i.test(v),
  // Words of letters in camel case, as the AWS SDKs name their shapes (`UpdateRepositoryCreationTemplateResponse`): 40
  // random base64 characters hold no digit, `+` or `/` about once in 4,000 keys, and read as words about never.
  identifier: (v) => /^[A-Za-z]+$/.test(v) && isWrittenPhrase(v),
};

export const NAMED_FORMATS: readonly NamedFormat[] = [
  AWS_SECRET_ACCESS_KEY,
  {
    id: 'twilio-api-key',
    label: 'a Twilio API key',
    provider: 'Twilio',
    words: ['twilio'],
    alphabet: isBase62,
    runs: runsOf(BASE62, 34),
    read: after('SK', exactRun(32, isLowerHex, isBase62)),
    random: (v) => randomHex(v.slice(2)),
  },
  {
    id: 'twilio-auth-token',
    label: 'a Twilio auth token or API key secret',
    provider: 'Twilio',
    words: ['twilio'],
    name: /auth.?token|secret/,
    alphabet: isBase62,
    runs: runsOf(BASE62, 32),
    read: exactRun(32, isBase62, isBase62),
    random: (v) => (/^[0-9a-f]+$/.test(v) ? randomHex(v) : mixed(v)),
  },
  {
    id: 'telegram-bot-token',
    label: 'a Telegram bot token',
    provider: 'Telegram',
    words: ['telegram', 'telebot', 'bot_token', 'bottoken'],
    alphabet: (c) => isUrlSafe(c) || c === 58 /* : */,
    // The bot's id (8 to 10 digits), a colon and 35 characters.
    runs: runsOf(`${URL_SAFE}:`, 44),
    read: telegramToken,
    random: (v) => mixed(v.slice(v.indexOf(':') + 1)),
  },
  {
    id: 'discord-bot-token',
    label: 'a Discord bot token',
    provider: 'Discord',
    words: ['discord'],
    alphabet: (c) => isUrlSafe(c) || c === 46 /* . */,
    // Three parts of at least 23, 6 and 27 characters, with a dot between each.
    runs: runsOf(`${URL_SAFE}.`, 58),
    read: discordToken,
    random: mixed,
  },
  {
    id: 'vercel-token',
    label: 'a Vercel token',
    provider: 'Vercel',
    words: ['vercel'],
    name: /token|key/,
    alphabet: isBase62,
    runs: runsOf(BASE62, 24),
    read: exactRun(24, isBase62, isBase62),
    random: mixed,
  },
  {
    id: 'cloudflare-token',
    label: 'a Cloudflare API token',
    provider: 'Cloudflare',
    words: ['cloudflare', 'cf_'],
    name: /token/,
    alphabet: isUrlSafe,
    runs: runsOf(URL_SAFE, 40),
    read: exactRun(40, isUrlSafe, isUrlSafe),
    random: mixed,
  },
  {
    id: 'cloudflare-global-api-key',
    label: 'a Cloudflare global API key',
    provider: 'Cloudflare',
    words: ['cloudflare', 'cf_'],
    name: /key/,
    alphabet: isBase62,
    runs: runsOf(BASE62, 37),
    read: exactRun(37, isLowerHex, isBase62),
    random: randomHex,
  },
  {
    id: 'vault-token',
    label: 'a HashiCorp Vault token',
    provider: 'HashiCorp Vault',
    words: ['vault'],
    name: /token/,
    alphabet: (c) => isBase62(c) || c === 46,
    runs: runsOf(`${BASE62}.`, 26),
    read: after('s.', exactRun(24, isBase62, (c) => isBase62(c) || c === 46)),
    random: (v) => mixed(v.slice(2)),
  },
  {
    id: 'notion-token',
    label: 'a Notion integration token',
    provider: 'Notion',
    words: ['notion'],
    alphabet: (c) => isBase62(c) || c === 95,
    runs: runsOf(`${BASE62}_`, 50),
    read: after('secret_', exactRun(43, isBase62, (c) => isBase62(c) || c === 95)),
    random: (v) => mixed(v.slice(7)),
  },
];

/**
 * The byte-level test that makes a file worth reading for these formats:
 * a rare part of each provider's name (`twil` for Twilio, `legr` for
 * Telegram, `dfla` for Cloudflare). AWS secret keys and Notion's legacy
 * tokens need none of their own: an AWS key id is a token prefix, and the
 * names of both hold `secret`, which the signing-secret rules look for.
 */
export const NAMED_SET = new LiteralSet(['twil', 'legr', 'discord', 'vercel', 'dfla', 'cf_a', 'vaul'].map((text) => ({ text, caseless: true })));

/**
 * For a file whose only sign is a `secret` name: whether it names AWS or
 * Notion at all, the providers whose secrets go by such names. A byte
 * search for the usual spellings, so the file is not lowered whole for
 * nothing.
 */
export function mentionsSecretNamedProvider(body: Buffer): boolean {
  return ['aws', 'AWS', 'Aws', 'notion', 'Notion', 'NOTION'].some((w) => body.includes(w));
}

const WORDS = [...new Set(NAMED_FORMATS.flatMap((f) => f.words))];
const WORD_BIT = new Map(WORDS.map((w, i) => [w, 1 << i]));
const FORMAT_BITS = new Map(NAMED_FORMATS.map((f) => [f, f.words.reduce((bits, w) => bits | WORD_BIT.get(w)!, 0)]));

/** How far a provider's name may sit above the value (a YAML or TOML section: `telegram:` then `token: …`). */
const LINES_ABOVE = 3;
/** How far an AWS key id may sit from its secret key (a credentials file, a Terraform provider block). */
const AWS_PAIR_LINES = 5;

/**
 * Every provider word, in any case of its ASCII letters: one pass over a
 * file finds where each occurs. No word starts another (a test checks), so
 * the one found at a position is the only one there.
 */
const WORD_SEARCH = new RegExp(alternation(WORDS), 'gi');


/**
 * Where each provider word is a word of its own in `text` (see `isWordAt`), by word (lower-cased), as offsets in
 * `text`: `VERCEL_TOKEN`, `myVercelToken`, `AWSSecretAccessKey`, `myaws_secret`. Not inside another word: a
 * minified name (`recoverCellIndex` holds `verCel`).
 */
function wordsIn(text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  WORD_SEARCH.lastIndex = 0;
  for (let m = WORD_SEARCH.exec(text); m !== null; m = WORD_SEARCH.exec(text)) {
    if (!isWordAt(text, m.index, m[0].length)) {
      WORD_SEARCH.lastIndex = m.index + 1;
      continue;
    }
    const w = m[0].toLowerCase();
    const at = found.get(w);
    if (at) at.push(m.index);
    else found.set(w, [m.index]);
    // Words may overlap (`telebot_token`): the next search starts one past this one's start.
    WORD_SEARCH.lastIndex = m.index + 1;
  }
  return found;
}

/** Where `word` (lower case) first starts a word in `text` (`lower` is `text` lower-cased), or -1. */
function wordIndex(text: string, lower: string, word: string): number {
  // Lower-casing changed the length (`İ`): offsets in `lower` are not `text`'s, so any occurrence counts.
  if (lower.length !== text.length) return lower.indexOf(word);
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) if (isWordAt(text, i, word.length)) return i;
  return -1;
}

/**
 * Whether the provider word at `text[i, i + length)` is a word of its own there: it starts one (see `startsWord`), or
 * it ends a name's part glued to a prefix, before a `_` (`myaws_secret`, `HCVAULT_TOKEN`). Not inside another word
 * (`recoverCellIndex` holds `verCel`, `laws` holds `aws`, `pcf_api` holds `cf_`).
 */
function isWordAt(text: string, i: number, length: number): boolean {
  return startsWord(text, i) || (text.charCodeAt(i + length - 1) !== 95 && text.charCodeAt(i + length) === 95 /* _ */);
}

/** Whether a word starts at `i` in `text` (see `wordsIn`). */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  const c = text.charCodeAt(i);
  const upper = (x: number) => x >= 65 && x <= 90;
  const lower = (x: number) => x >= 97 && x <= 122;
  const digit = (x: number) => x >= 48 && x <= 57;
  if (!upper(prev) && !lower(prev) && !digit(prev)) return true;
  if (!upper(c)) return false;
  // `myVercel`, `v2Vercel`; `AWSSecret`: an acronym ends where a capital starts a word in lower case.
  return lower(prev) || digit(prev) || lower(text.charCodeAt(i + 1));
}

/**
 * Named credentials in a file, line by line. `text` is the whole file;
 * `awsPath` says the file's path is about AWS (`.aws/credentials`), which
 * names every secret key in it. The providers' words are looked for in the
 * whole text first (in one pass, in any case of their letters: the text is
 * not lowered, which costs more than the search in a large file of prose in
 * another script), and then only those present, line by line.
 */
export function findNamedTokens(text: string, linesOf: () => readonly Line[], awsPath: boolean): { line: Line; match: NamedMatch }[] {
  const out: { line: Line; match: NamedMatch }[] = [];
  const hasKeyId = AWS_KEY_ID.test(text);
  const positions = wordsIn(text);
  const present = WORDS.filter((w) => positions.has(w));
  const formats = NAMED_FORMATS.filter((f) => f.words.some((w) => present.includes(w)) || (f === AWS_SECRET_ACCESS_KEY && hasKeyId));
  // A value of some format near its provider's name, before the text is split into lines.
  const near = (f: NamedFormat) => reached(text, positions, f.words, f === AWS_SECRET_ACCESS_KEY && hasKeyId);
  if (!formats.some((f) => near(f).some((part) => valuesIn(part, f).length > 0))) return out;
  const lines = linesOf();
  const words = new Int32Array(lines.length);
  const keyIds = new Uint8Array(lines.length);
  // Most lines hold none of the words: one test each passes them over.
  const anyPresent = present.length === 0 ? null : new RegExp(alternation(present), 'i');
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (hasKeyId && AWS_KEY_ID.test(t)) keyIds[k] = 1;
    if (anyPresent === null || !anyPresent.test(t)) continue;
    const lower = t.toLowerCase();
    for (const w of present) if (wordIndex(t, lower, w) >= 0) words[k]! |= WORD_BIT.get(w)!;
  }
  const nearKeyId = (idx: number): boolean => {
    for (let k = Math.max(0, idx - AWS_PAIR_LINES); k <= Math.min(lines.length - 1, idx + AWS_PAIR_LINES); k++) if (keyIds[k]) return true;
    return false;
  };
  for (let idx = 0; idx < lines.length; idx++) {
    // Lines above, not the windows of this same long line before this one (a minified file or a source
    // map names a provider in a URL kilobytes before an identifier of the token's length).
    let above = 0;
    const number = lines[idx]!.number;
    for (let k = idx - 1; k >= 0 && k >= idx - LINES_ABOVE; k--) if (lines[k]!.number !== number) above |= words[k]!;
    if ((words[idx]! | above) === 0 && !keyIds[idx]) continue;
    const line = lines[idx]!;
    for (const format of formats) {
      const bits = FORMAT_BITS.get(format)!;
      const aws = format === AWS_SECRET_ACCESS_KEY;
      // An AWS key id on the line names its secret too.
      if (((words[idx]! | above) & bits) === 0 && !(aws && keyIds[idx])) continue;
      const values = valuesIn(line.text, format);
      if (values.length === 0) continue;
      const lower = line.text.toLowerCase();
      // Where on the line the provider's word and the name the format needs first appear: the value must come after.
      const wordAt = Math.min(...format.words.map((w) => at(wordIndex(line.text, lower, w))));
      const nameAt = format.name ? at(lower.search(format.name)) : 0;
      for (const m of values) {
        if (aws) {
          const namedSecret = nameAt < m.start && (at(wordIndex(line.text, lower, 'aws')) < m.start || awsPath || nearKeyId(idx));
          if (!keyIds[idx] && !namedSecret) continue;
        } else {
          if (wordAt >= m.start && (above & bits) === 0) continue;
          if (nameAt >= m.start) continue;
        }
        out.push({ line, match: m });
      }
    }
  }
  return out;
}

/**
 * The parts of `text` that `words` reach: from the start of the line of
 * each occurrence to the end of the line AWS_PAIR_LINES below (and for AWS
 * key ids, as many lines above too). Found with `indexOf`, so a long file
 * that names a provider once costs one search.
 */
function reached(text: string, positions: ReadonlyMap<string, readonly number[]>, words: readonly string[], keyIds: boolean): string[] {
  const starts: { at: number; up: number }[] = [];
  for (const w of words) for (const at of positions.get(w) ?? []) starts.push({ at, up: 0 });
  if (keyIds) {
    const re = new RegExp(AWS_KEY_ID.source, 'g');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) starts.push({ at: m.index, up: AWS_PAIR_LINES });
  }
  starts.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  // Each part runs to a newline after the last: one already taken in covers what follows it.
  let covered = -1;
  for (const { at, up } of starts) {
    if (at < covered) continue;
    const from = Math.max(covered, lineStartBefore(text, at, up, covered));
    let to = at;
    for (let k = 0; k <= 2 * AWS_PAIR_LINES && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1);
    covered = to < 0 ? text.length : to;
    parts.push(text.slice(from, covered));
  }
  return parts;
}

/** The start of the line `linesUp` lines above the one holding `at`, looking back no further than `floor`. */
function lineStartBefore(text: string, at: number, linesUp: number, floor: number): number {
  let start = at;
  for (let k = 0; k <= linesUp && start > floor; k++) start = text.lastIndexOf('\n', start - 1);
  return Math.max(floor, start + 1, 0);
}

/** An index from `indexOf`, with not found as past any position. */
function at(index: number): number {
  return index < 0 ? Infinity : index;
}

/**
 * The values of `format` in `text`: each run of its alphabet long enough for
 * one is tried once, from its start (a run that is shorter holds none).
 */
function valuesIn(text: string, format: NamedFormat): NamedMatch[] {
  const out: NamedMatch[] = [];
  const runs = format.runs;
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const i = m.index;
    // The tail of another identifier joined by `_`, which the alphabet does not hold (a Vercel integration's id
    // `oac_…` in a Deploy button's URL): a prefix of someone else's, not a value of this format.
    if (i >= 2 && text.charCodeAt(i - 1) === 95 && !format.alphabet(95) && isBase62(text.charCodeAt(i - 2))) continue;
    const end = format.read(text, i);
    if (end > i && end <= runs.lastIndex) {
      const value = text.slice(i, end);
      if (format.identifier?.(value)) continue;
      const example = isExampleToken(value);
      if (example || format.random(value)) out.push({ format, start: i, end, value, example });
    }
  }
  return out;
}
