import type { Lang } from './filetype';

/** A literal value found in a line: its text and where it sits (0-based, end exclusive). */
export interface Literal {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
  /** The quote character around a quoted value. */
  quote?: string;
}

const QUOTES = new Set(['"', "'", '`']);

export function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && isIdentifierCode(c.charCodeAt(0));
}

/** `[A-Za-z0-9_$]`, by character code. */
export function isIdentifierCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/**
 * Reads a quoted string starting at `i` (after optional Python prefixes and
 * Go's `[]byte(` wrapper). Returns null when there is none or it does not
 * close on this line.
 */
export function readQuoted(s: string, i: number): (Literal & { fString: boolean; template: boolean }) | null {
  let fString = false;
  if (s.startsWith('[]byte(', i)) i += 7;
  // Python string prefixes: r, b, u, f and their pairs.
  let p = i;
  while (p < s.length && p - i < 2 && /[rRbBuUfF]/.test(s[p]!)) p++;
  if (p > i && QUOTES.has(s[p] ?? '') && s[p] !== '`' && !isIdentChar(s[i - 1])) {
    fString = /[fF]/.test(s.slice(i, p));
    i = p;
  }
  const q = s[i];
  if (q === undefined || !QUOTES.has(q)) return null;
  // A triple-quoted or otherwise multi-line string is not a one-line literal.
  if (s.startsWith(q.repeat(3), i)) return null;
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === q) break;
    j++;
  }
  if (j >= s.length) return null;
  return { value: s.slice(i + 1, j), start: i + 1, end: j, quoted: true, quote: q, fString, template: q === '`' };
}

/** Syntaxes whose single-quoted strings are taken as written: no `$VAR`, no `${…}`. */
function singleQuotesAreRaw(lang: Lang | null): boolean {
  return lang === 'php' || lang === 'shell' || lang === 'dockerfile' || lang === 'make';
}

/** Shells and the files that hand their values to one (compose, CI `run:` steps, systemd): `` `cmd` `` runs a command there. */
function isShellLike(lang: Lang | null): boolean {
  return lang === 'shell' || lang === 'dockerfile' || lang === 'make' || lang === 'yaml' || lang === 'systemd';
}

/** Syntaxes where a backtick-quoted value is the output of a command (`` `openssl rand -hex 32` ``), not a string. */
export function runsBackticks(lang: Lang | null): boolean {
  return isShellLike(lang) || lang === 'ruby' || lang === 'php';
}

/** A value that is only a variable reference, `$SECRET_KEY` or `${SECRET_KEY}`, whatever quotes keep it for later. */
const VARIABLE_ONLY = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})$/;

/**
 * Lookups that configuration loaders resolve when they read the value:
 * dynaconf `@format {env[SECRET_KEY]}` / `@jinja …` / `@get …`, Azure App
 * Service `@Microsoft.KeyVault(SecretUri=…)`, release-pipeline tokens
 * `__JWT_SECRET__`, markers a start-up script or the loader replaces with a
 * variable (`"secretKey": "env:AWS_SECRET_ACCESS_KEY"`, LiteLLM's
 * `os.environ/OPENAI_API_KEY`).
 */
const LOADER_LOOKUP = /^(?:@(?:format|jinja|get)\s|@Microsoft\.KeyVault\(|__[A-Za-z][A-Za-z0-9_]*__$|\$?env[:.][A-Za-z_][A-Za-z0-9_]*$|os\.environ\/[A-Za-z_][A-Za-z0-9_]*$)/;

/**
 * True when a value is built at run time rather than written out. `quote`
 * is the quote around the value, if any: single-quoted PHP and shell
 * strings do not interpolate, so a WordPress salt may hold `$X` as written.
 */
export function isInterpolated(value: string, lang: Lang | null, quote?: string): boolean {
  if (VARIABLE_ONLY.test(value)) return true;
  // Symfony container parameters, in YAML and in PHP's single quotes alike: `%env(APP_SECRET)%`, `%kernel.secret%`.
  if (/^%[A-Za-z_][\w.:()]*%$/.test(value)) return true;
  // The Supabase CLI's `supabase/config.toml` reads a value from the environment with `"env(NAME)"` (`supabase init`
  // writes `s3_secret_key = "env(S3_SECRET_KEY)"`), in either quotes.
  if (/^env\([A-Za-z_]\w*\)$/.test(value)) return true;
  // Hoppscotch's environment variables, which it substitutes when it sends a request: `"secretKey": "<<AWS_SECRET_KEY>>"`
  // in its collections (JSON). Elsewhere nothing substitutes it: a placeholder.
  if (lang === 'json' && /^<<[A-Za-z_][\w.-]{0,63}>>$/.test(value)) return true;
  if (quote === "'" && singleQuotesAreRaw(lang)) return false;
  if (LOADER_LOOKUP.test(value)) return true;
  if (value.includes('${') || value.includes('{{') || value.includes('#{') || value.includes('<%') || value.includes('%{')) return true;
  // A string literal of a programming language substitutes nothing itself: `$(` and `%(` there are text
  // (Django's key alphabet holds both), unless the value reads as a command or a named format.
  if (lang !== null && PROGRAM_LITERALS.has(lang)) {
    if (COMMAND.test(value) || NAMED_FORMAT.test(value)) return true;
  } else if (value.includes('%(') || value.includes('$(')) {
    return true;
  }
  // `printf 'SECRET_KEY_BASE=%s\n' "$(openssl rand -hex 64)"`, `fmt.Sprintf("JWT_SECRET=%v", key)`: a format's directive.
  if (PRINTF_DIRECTIVE.test(value)) return true;
  // `$NAME` is a variable in shells, compose files, PHP, Kotlin and Groovy strings; Elixir interpolates `#{…}` only.
  if (lang !== 'js' && lang !== 'python' && lang !== 'ruby' && lang !== 'go' && lang !== 'rust' && lang !== 'csharp' && lang !== 'elixir') {
    if (/\$[A-Za-z_{(]/.test(value)) return true;
  }
  // `"SECRET=`pwgen -s 64 1`"`: command output.
  if (isShellLike(lang) && value.includes('`')) return true;
  return false;
}

/** Languages whose string literals are read as written (`$(`, `%(` included). */
const PROGRAM_LITERALS: ReadonlySet<Lang> = new Set(['python', 'js', 'ruby', 'php', 'jvm', 'go', 'rust', 'csharp', 'elixir']);
/** `$(openssl rand -hex 32)`, `$(cat /run/secrets/key)`: a command, as a shell would run it. */
const COMMAND = /\$\([a-z][\w.-]*\s/i;
/** `%(secret)s`, `%(port)05d`: a named printf-style format (Python's `%`, ConfigParser). */
const NAMED_FORMAT = /%\([A-Za-z_]\w*\)[# +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]/;

/** A value that is one printf directive, possibly with the escaped line end after it: `%s`, `%v`, `%s\n`. */
const PRINTF_DIRECTIVE = /^%[-+ #0]?\d{0,3}(?:\.\d{1,3})?[sdvqx](?:\\[nrt])*$/;

/**
 * A mask or a fill-in mark: `***`, `xxxx`, `…`, `??` (JeecgBoot's settings to fill in), `++++`, and one capital
 * letter four times or more, as `XXXX` is (pomerium's `cookie_secret: YYYYY`, `ZZZZZ` in docs).
 */
const MASK = /^(?:[*xX.•…\-_ ?+#]+|([A-Z])\1{3,})$/;
/**
 * Six stars or bullets in a row: what a tool that shows secrets partly
 * masked prints (`lr***********...`, `sk-••••••••abcd`). A random key holds
 * six `*` in a row about once in 300 million (Django's alphabet has 50 characters).
 * Eight `x` in a row end a placeholder to fill in (`YourAPIkeysHere_xxxxxxxx`): a
 * random base-62 key holds them about once in 10¹² positions.
 */
const MASK_RUN = /\*{6}|•{6}|●{6}|[xX]{8}/;
/**
 * A provider token's prefix and a mask for the rest: `sk_xxx`, `pk_test_XXXX`,
 * `ghp_***`, as SDK examples and docs write the shape of a key (Spree's
 * admin SDK examples set `secretKey: 'sk_xxx'`), with base64's padding after it (svix's `whsec_XXXXX=`). Only a token's prefix: a
 * value a program runs with (`dev-xxx`, `secret-xxx`) is a value.
 */
const PREFIXED_MASK = /^(?:sk|pk|rk|ghp|gho|ghu|ghs|ghr|github_pat|glpat|xox[abpe]|xapp|npm|whsec|pat|api|key|token)(?:[_-](?:live|test|proj|ant))?[_-](?:[xX]{3,}|\*{3,}|\.{3,}|•{3,}|…)={0,2}$/;
/**
 * A provider token's prefix alone, or with a few digits after it: `whsec` in a table of the prefixes an app gives its
 * own ids (papermark's), a mock's `whsec_123`. Every token of these formats has twenty random characters or more.
 */
const PREFIX_ONLY = /^(?:sk|pk|rk|ghp|gho|ghu|ghs|ghr|github_pat|glpat|xox[abpe]|xapp|npm|whsec)(?:[_-](?:live|test|proj|ant))?(?:[_-]\d{1,6})?$/;

/** Whether a value is a provider token's prefix alone, or with a few digits after it (`PREFIX_ONLY`): no key. */
export function isTokenPrefixOnly(value: string): boolean {
  return value.length <= 30 && PREFIX_ONLY.test(value);
}

/**
 * A bare value that is code calling a method: `os.getenv("SECRET_KEY")`,
 * `Deno.env.get('JWT_SECRET')`, `new TextEncoder().encode(JWT_SECRET)`, as a
 * Python or TypeScript file embedded in a compose `content: |` block or a
 * ConfigMap reads. At least one `.` before the last call: no random key
 * alphabet writes `.name(` (Django's has no `.`).
 */
export function isMethodCall(value: string): boolean {
  let v = value.trim();
  if (v.endsWith(';')) v = v.slice(0, -1).trimEnd();
  let i = 0;
  if (v.startsWith('new ')) {
    i = 4;
    while (v[i] === ' ') i++;
  }
  let dots = 0;
  for (;;) {
    if (!isIdentifierStart(v.charCodeAt(i))) return false;
    i++;
    while (i < v.length && isIdentifierCode(v.charCodeAt(i))) i++;
    let called = false;
    if (v[i] === '(') {
      const close = v.indexOf(')', i);
      if (close < 0 || v.lastIndexOf('(', close) !== i) return false;
      i = close + 1;
      called = true;
    }
    if (i === v.length) return called && dots > 0;
    if (v[i] !== '.') return false;
    dots++;
    i++;
  }
}

function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

/**
 * Values that are plainly not a secret anyone could use: empty, a mask such
 * as `***`, `xxxx` or `…`, a value partly masked (`lr***********...`, `sk_xxx`),
 * or an angle-bracket template marker like `<your-key>`.
 */
export function isBlankOrMarker(value: string): boolean {
  return isBlankOrMask(value) || isAngleMarker(value);
}

/** Empty, a mask (`***`, `xxxx`, `sk_xxx`), or Airflow's no-key mark: what no one could sign with. */
export function isBlankOrMask(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (MASK.test(v) || MASK_RUN.test(v) || PREFIXED_MASK.test(v)) return true;
  // Airflow 1's `fernet_key` when it has none (its `generate_fernet_key()` without `cryptography`): no key at all.
  return v === AIRFLOW_NO_KEY;
}

/**
 * An angle-bracket marker asking for a value (`<your-key>`): where it is the value, it says to fill it in; where
 * it is a default the environment's value replaces, the application runs with it as written.
 */
export function isAngleMarker(value: string): boolean {
  const v = value.trim();
  return v.startsWith('<') && v.endsWith('>') && !v.slice(1, -1).includes('<');
}
const AIRFLOW_NO_KEY = 'cryptography_not_found_storing_passwords_in_plain_text';


/**
 * A value encrypted in place, in one of the envelopes configuration tools decrypt when they load it: SOPS's
 * `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`, hiera-eyaml's `ENC[PKCS7,…]` (or another of its encryption methods:
 * `ENC[GPG,…]`, `ENC[KMS,…]`; PKCS7's name may be left out), and Jasypt's `ENC(…)` in Spring properties. It is how
 * the secret is meant to be stored: only the key that decrypts it, kept elsewhere, is a secret.
 */
export function isCiphertext(value: string): boolean {
  const v = value.trim();
  if (!v.startsWith('ENC')) return false;
  return SOPS_VALUE.test(v) || EYAML_VALUE.test(v) || JASYPT_VALUE.test(v);
}
/** SOPS's encrypted value. */
export const SOPS_VALUE = /^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:\w{1,10}\]$/;
/** hiera-eyaml's: its method (upper case), then base64 of 16 characters or more. */
const EYAML_VALUE = /^ENC\[(?:[A-Z][A-Z0-9_]{1,15},)?[A-Za-z0-9+/]{16,}={0,2}\]$/;
/** Jasypt's default wrapping (`jasypt.encryptor.property.prefix`/`suffix`), around base64. */
const JASYPT_VALUE = /^ENC\([A-Za-z0-9+/]{16,}={0,2}\)$/;

/**
 * A value that is all mask (`---`, `***`, `xxx`): nobody's key where a value
 * is shown, but a key all the same where a program runs with it (a default
 * for when the variable is unset).
 */
export function isMask(value: string): boolean {
  const v = value.trim();
  return v.length > 0 && MASK.test(v);
}

const BARE_SCALARS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', '~', 'undefined']);

/** Bare values that are not strings: numbers, booleans, null. */
export function isBareScalar(value: string): boolean {
  const v = value.trim().toLowerCase();
  return BARE_SCALARS.has(v) || /^[-+]?\d+(\.\d+)?$/.test(v);
}

/** Whether `s[at]` sits inside a YAML flow collection opened earlier on the line (`{`, `[`), quoted text aside. */
function inFlowCollection(s: string, at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    const c = s[k];
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if ((c === '"' || c === "'") && (k === 0 || ' \t[{,'.includes(s[k - 1]!))) {
      // A quoted scalar (a quote inside a plain one, `it's`, is a letter): `\\` escapes in double quotes, `''` in
      // single ones.
      for (k++; k < at; k++) {
        if (c === '"' && s[k] === '\\') k++;
        else if (s[k] === c) {
          if (c === '"' || s[k + 1] !== "'") break;
          k++;
        }
      }
    } else if (c === '#' && (k === 0 || s[k - 1] === ' ' || s[k - 1] === '\t')) return false;
  }
  return depth > 0;
}

/**
 * Reads an unquoted value in a config syntax (YAML, INI, shell…), up to the
 * end of the value for that syntax. `closer` is a quote that wraps the whole
 * `NAME=value` pair (compose `- "KEY=value"`, systemd `Environment="KEY=value"`).
 */
export function readBare(s: string, i: number, lang: Lang, closer: string | null, restOfLine: boolean): Literal | null {
  let end = s.length;
  if (closer) {
    const c = s.indexOf(closer, i);
    if (c >= 0) end = c;
  }
  let j = i;
  if (closer || restOfLine || lang === 'make') {
    // The whole rest: up to the wrapping quote, or the line's end (Dockerfile `ENV NAME value`).
    while (j < end && !(s[j] === '#' && (lang === 'make' || s[j - 1] === ' '))) j++;
  } else switch (lang) {
    case 'yaml': {
      // A comment starts at ` #`; inside a flow collection (`{ key: value }`) a plain value ends at `,` `}` `]`.
      const flow = inFlowCollection(s, i);
      while (j < end && !(s[j] === '#' && (s[j - 1] === ' ' || s[j - 1] === '\t')) && !(flow && (s[j] === ',' || s[j] === '}' || s[j] === ']'))) j++;
      break;
    }
    case 'shell':
    case 'dockerfile':
    case 'systemd': {
      // A shell word also ends at a control or redirection operator (`set JWT_SECRET=x&& node .`, `X=y|cat`).
      const operators = lang !== 'systemd';
      while (j < end && s[j] !== ' ' && s[j] !== '\t' && s[j] !== ';' && s[j] !== '"' && s[j] !== "'" && !(operators && (s[j] === '&' || s[j] === '|' || s[j] === '<' || s[j] === '>'))) j++;
      break;
    }
    case 'ini':
    case 'properties': {
      while (j < end && !((s[j] === ';' || s[j] === '#') && (s[j - 1] === ' ' || s[j - 1] === '\t'))) j++;
      break;
    }
    default:
      return null;
  }
  let k = j;
  while (k > i && (s[k - 1] === ' ' || s[k - 1] === '\t')) k--;
  if (k <= i) return null;
  return { value: s.slice(i, k), start: i, end: k, quoted: false };
}
