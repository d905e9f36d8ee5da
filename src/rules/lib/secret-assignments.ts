import type { FileContext } from '../types';
import { LiteralSet } from '../../core/literal-set';
import { alternation, escapeRegExp, indentOf, type Line } from '../../core/text';
import type { ContextName, Severity } from '../../core/types';
import { isAppsettings, langOf, needsQuotes, type Lang } from './filetype';
import {
  isBareScalar,
  isCiphertext,
  isIdentifierCode,
  isAngleMarker,
  isBlankOrMarker,
  isBlankOrMask,
  isMask,
  isInterpolated,
  isMethodCall,
  isTokenPrefixOnly,
  readBare,
  readQuoted,
  runsBackticks,
  skipSpaces,
  type Literal,
} from './literal';
import { isFallbackList, isKeyBase, isWordPressName, normalizeName, type SecretNames } from './secret-names';
import { asksToBeReplaced, isPatternedValue, isPlaceholder, isCaptchaTestSecret, isProductDefault, isStandInValue, isValidationRule, looksLikeSecret, namesSomething, SELF_NAMED_WEAKNESS, weaknessOfNamed } from './secret-value';
import { isDotenvName } from './dotenv-names';
import { lowerSnake } from './phrase';
import { foreignSecretPrefix, isServiceCredential, namesIssuingService } from './service-credentials';
import { inProjectTemplate, isConfigTemplate } from '../../core/context';
import { commentStart, scanLineCode } from './comments';
import { familyOf, isCommentedAssignment, lexCode, type CodeMap } from './code-lexer';
import { decodedSecretData, referenceOnlyLines, secretDataLines } from './manifests';
import { TERRAFORM_AWS_BLOCK } from './named-tokens';
import { clauseGuard, conditionOf, ENV_CASE, guardOf, NO_GUARD, withoutTrailingComment, type EnvGuard } from './env-conditions';
import { openingCommentFile, developmentScript, developmentStack, generatorScript, DOCKER_RUN, jsConditionGuard, localDjangoSettings, pythonConditionGuard, sectionCodes, sectionOf, type Section } from './sections';
import {
  calleeBefore,
  enclosingObjectLabel,
  inExampleObject,
  type WalkBudget,
  isContextKey,
  isContextKeyAt,
  isSigningLabel,
  maySignAt,
  SIGNING_CONTEXT_WORDS,
  signingCall,
  type SigningCall,
} from './signing-calls';

/**
 * One place where a signing secret gets a literal value: written out
 * (`hardcoded`) or used as the default when the environment has none
 * (`fallback`). Positions are 1-based; `endColumn` is exclusive.
 */
export interface SecretOccurrence {
  kind: 'hardcoded' | 'fallback';
  /** The name as written, e.g. `SECRET_KEY` or `app.secret_key`. */
  name: string;
  value: string;
  /** The value the program is given, when the file holds it encoded (a Kubernetes Secret's base64 `data`). */
  decoded?: string;
  line: number;
  column: number;
  endColumn: number;
  /** How the value reaches the secret, for the message (e.g. `os.getenv default`). */
  via: string;
  /** Set when a call signature, not a name, makes the value a secret (e.g. the `jwt.sign()` key). */
  subject?: string;
  /** The constant a fallback names, whose literal is the value (`|| DEFAULT_SECRET`). */
  through?: string;
  /** When a fallback applies, if not when the environment leaves the variable unset: `whenever the condition picks that branch`. */
  when?: string;
  /** How to remove a fallback, where removing the default is not done in code (a CapRover template's variable). */
  remedy?: string;
  /** Lower than the rule's own, e.g. `notice` for an assignment that is commented out. */
  severity?: Severity;
  /** The assignment is in a line comment: not live, one edit from it. */
  commentedOut?: true;
  /** Given to a call that signs (`jwt.sign(payload, '…')`), itself or through a constant: what the code signs with. */
  signed?: true;
  /** Written into a configuration template to copy: whoever copied it as it is runs with it. */
  inTemplate?: true;
  /** The section's context when it differs from the file's (a Dockerfile `RUN` build dummy: `build`). */
  context?: ContextName;
  /** Why the section has that context, for the message. */
  contextWhy?: string;
}

/** Why an occurrence that a comment says is no secret takes the example's row. */
export const NO_SECRET_BY_COMMENT_WHY = 'a comment says it is no secret';

/** What an occurrence adds to its finding beyond the rule's defaults: a lower severity, a section's context. */
export function occurrenceContext(o: SecretOccurrence): { severity?: Severity; context?: ContextName; contextWhy?: string } {
  return {
    ...(o.severity ? { severity: o.severity } : {}),
    ...(o.context ? { context: o.context } : {}),
    ...(o.contextWhy ? { contextWhy: o.contextWhy } : {}),
  };
}

const MEMO_KEY = 'secret-assignments';

/**
 * What may follow a name to set it, longest first (`||=` before `=`), and
 * what may follow a read of the environment to give a default. Constants,
 * and walked by index: they are tried at every family name of every line
 * read, most often before V8 optimises the code, where an array literal and
 * its iterator would be made and collected each time.
 */
const ASSIGNMENT_OPERATORS = ['||=', '?=', '::=', ':=', '=>', '=', ':'] as const;
const OR_OPERATORS = ['||=', '??=', '||', '??', '?:'] as const;

/** A Helm value that names a Kubernetes Secret that already exists (`existingSecret`, `existingSecretName`). */
const EXISTING_SECRET_NAME = /^existing[-_]?(?:[a-z]{1,20}[-_]?)?secret(?:[-_]?name)?$/i;
/** One that names an entry of it: `existingSecretKey`, `existingSecretPasswordKey`, `existing_secret_key`. */
const EXISTING_SECRET_ENTRY = /^existing[-_]?secret[-_]?(?:[a-z]+[-_]?)?key$/i;
/**
 * A value that calls something: a name, then parentheses that open on a quoted argument, and nothing after (a
 * password such as `Pa55(word)` or `Pa55word()` quotes nothing).
 */
const BARE_CALL = /^[A-Za-z_][\w.]{0,100}\(\s*(?:"[^"]*"|'[^']*')[^()]*\)$/;
/** A compose volume's mode after its container path: `:ro`, `:rw,z`. */
/** `@` and a path: the file a value is read from (PostgREST's `jwt-secret = "@/dev/stdin"`, curl's `-d @./body`). */
const FILE_REFERENCE = /^@(?:~|\.{1,2})?\/[\w.\/-]{1,200}$/;
const VOLUME_MODE = /:(?:ro|rw|z|Z|cached|delegated|consistent|nocopy)(?:,[a-zA-Z]{1,12}){0,3}$/;
/** jasypt's encrypted value, as Spring Boot reads it with jasypt-spring-boot: `ENC(` base64 `)`. */
const JASYPT = /^ENC\([A-Za-z0-9+\/=]{8,}\)$/;
/**
 * An absolute or relative path to a file in folders named in lower case: `/etc/tower/SECRET_KEY`,
 * `./secrets/jwt_secret`. (Random base64 holds `/` too, between runs of mixed case.)
 */
const FILE_PATH = /^(?:~|\.{1,2})?(?:\/[a-z0-9._-]{1,64}){1,15}\/[\w.-]{1,64}$/;
/**
 * A file's name, without a folder: lower-case words joined by `.`, `_` or `-`, then a configuration, text,
 * certificate or key store's extension. In configuration, such a value names the file a setting is kept in, or the
 * entry of a Kubernetes Secret mounted as one (authelia's chart: `key: 'configuration.acl.yaml'`). `.key` and
 * `.secret` are not counted as extensions, since weak keys end in them as words (`my.secret.key`, better-auth's
 * default `better-auth.secret`).
 */
const FILE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+){0,8}\.(?:ya?ml|json|toml|ini|conf|cfg|cnf|properties|xml|txt|env|pem|crt|cer|der|p8|p12|pfx|jks|keystore|keytab|jwk|pub|asc|gpg)$/;
/** The configuration syntaxes: `FILE_NAME` is read in them, and ciphertext a tool decrypts on load (`isCiphertext`). */
const FILE_NAME_SYNTAX: ReadonlySet<Lang> = new Set(['yaml', 'json', 'toml', 'ini', 'properties', 'xml', 'hcl']);
/** A format's placeholder: printf's `%s`, `%d`, `%v`, `%-10s`; .NET's and Python's `{0}`, `{}`. */
const FORMAT_VERB = /%[-+#0]?\d{0,3}(?:\.\d{1,3})?[sdvqfxXi]|\{\d{0,2}\}/;
/**
 * A value that is one format field and nothing else: `{}`, `{0}`, `{key}`, `{secret_key}`, `{secretKey}`,
 * `{jwtHMACKey}`, `{sessionSecretV2}`, `{SECRET_KEY}`, `{S3_SECRET_KEY}`, `{0:x}`, `%s`, `%(key)s`. A field is named as
 * code names things (lower-case words; camel case, acronyms and a version at a word's end; capitals, joined by `_`
 * when digits are among them): a random value in braces (`{3F25…}`, `{Zx8k…}`, `{A1B2…}`) mixes them.
 */
const WHOLE_FORMAT_FIELD =
  /^(?:\{(?:\d{0,2}|[a-z_][a-z0-9_]{0,40}(?:\.[a-z_][a-z0-9_]{0,40}){0,3}|[a-z]{2,20}(?:[A-Z]{1,6}[a-z]{0,20}\d{0,3}){1,5}|[A-Z]{1,40}|[A-Z][A-Z0-9]{0,20}_[A-Z0-9_]{1,40})(?:![rsa])?(?::[^{}]{0,20})?\}|%(?:\([A-Za-z_][A-Za-z0-9_]{0,40}\))?[-+#0]?\d{0,3}(?:\.\d{1,3})?[sdrvqfxXi])$/;
/**
 * A message to format: three words or more between spaces and a placeholder (external-secrets' event
 * `eventMissingProviderSecretKey = "secret does not exist at provider using spec.dataFrom[%d] (key=%s)"`). Keys
 * hold no spaces.
 */
function isFormatMessage(value: string): boolean {
  if (!FORMAT_VERB.test(value)) return false;
  let words = 0;
  for (const w of value.split(' ')) if (w !== '' && ++words >= 3) return true;
  return false;
}
/** A GPG key's id (8 or 16 hex digits, maybe after `0x`) or fingerprint (40, maybe in groups of four). */
const GPG_KEY_ID = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$|^[0-9A-Fa-f]{4}(?: {1,2}[0-9A-Fa-f]{4}){9}$/;
/** A command that signs or encrypts with GPG, as a command word: `gpg`/`gpg2`, `rpmsign`, `debsign`, `debuild`, git. */
const GPG_COMMAND = /(?<![^\s|;&(`"'])(?:gpg2?|rpmsign|debsign|debuild)(?=\s|$)|\bgit\s+(?:tag|commit|config|-c)\b/i;
/**
 * An option that names the GPG key to use, before the variable that holds it (the source of a RegExp, the name
 * appended): `--default-key`, `--local-user`/`-u`, `--recipient`/`-r`, debsign's `-k`, rpm's `_gpg_name`, git's
 * `user.signingkey` and `--gpg-sign`; then `=` or spaces, a quote, `$`, `${`, `$(` or a template's `{{ ` (GitHub's
 * `${{ env.X }}` too).
 */
const GPG_KEY_OPTION = String.raw`(?:--default-key|--local-user|--recipient|--gpg-sign|(?<![\w-])-[urk]|_gpg_name|user\.signingkey)[\s=]{0,3}["']?\$?[{(]{0,2}\s?(?:env\.)?`;
/** Words of a name that say it is GPG's. */
const GPG_WORDS: ReadonlySet<string> = new Set(['gpg', 'pgp', 'gnupg', 'openpgp']);
/** Per file, whether a name is given to a GPG command as the key to use. */
const GPG_KEY_NAMES = new WeakMap<readonly Line[], Map<string, boolean>>();
/** Per file, the lines with a command that signs or encrypts with GPG. */
const GPG_COMMAND_LINES = new WeakMap<readonly Line[], readonly number[]>();
/** A Python module's constant: a name in capitals assigned at the start of a line. */
const PYTHON_MODULE_CONSTANT = /^[A-Z][A-Z0-9_]{0,63}[ \t]*(?::[^=]{1,40})?=(?!=)/;
/** Only the escapes `printf` turns into white space: `\n`, `\t`, `\r`, written with one backslash or two. */
const PRINTF_ESCAPES_ONLY = /^(?:\\{1,2}[ntr])+$/;
/** A Ruby constant set: `VIEW_BASE = "ViewBase".freeze` (not `==`, nor `||=`). */
const RUBY_CONSTANT = /^[ \t]*[A-Z][A-Z0-9_]{0,63}[ \t]*=(?![=~])/;
/** A constant that no function's body declares: at the line's start, `static`, with an access modifier, Kotlin's `const val`. */
const FILE_CONSTANT = /^(?:export\s+)?const\s|^\s*(?:public|private|protected|internal)\s|\bstatic\s|\bconst\s+val\s/;
/** Languages whose lines run commands, `sed` among them (YAML: CI jobs' `run:` and `script:`). */
const SHELL_LIKE: ReadonlySet<Lang> = new Set(['shell', 'dockerfile', 'make', 'yaml']);
/** A regular expression's wildcard where a value would start, up to a `sed` delimiter or the line's end (`.*|`, `.*$`). */
const REGEX_WILDCARD = /^\.\*(?:[|/$#,@]|$)/;
/** A value in an object given as an `example`: what an API's documentation shows (`example: %{jwt_secret: "…"}`). */
const API_SCHEMA_EXAMPLE: Section = { context: 'example', why: 'example in an API schema' };
/** Per file, whether it describes an API's documents (`OpenApiSpex`, pydantic's `json_schema_extra`, `@nestjs/swagger`). */
const SCHEMA_FILES = new WeakMap<readonly Line[], boolean>();
const SCHEMA_WORDS = /openapi|swagger|json_schema_extra|schema_extra|ApiProperty|ApiModelProperty/i;
/** Code that describes API documents with objects: an `example` object there is one (configuration files are not). */
const SCHEMA_CODE: ReadonlySet<Lang> = new Set(['python', 'js', 'ruby', 'php', 'go', 'jvm', 'csharp', 'elixir', 'rust']);

/** Whether a file describes an API's documents, where an `example` object is what the documentation shows. */
function describesSchemas(lines: readonly Line[]): boolean {
  let known = SCHEMA_FILES.get(lines);
  if (known === undefined) SCHEMA_FILES.set(lines, (known = lines.some((l) => SCHEMA_WORDS.test(l.text))));
  return known;
}
/**
 * A `sed` substitution's `s` and its delimiter: after a quote, a space, `;` or the line's start (`"s|`, `-e s/`,
 * `;s/`). Any character may delimit one; these are the ones people use.
 */
const SED_SUBSTITUTE = /(?:^|[\s'";])s([|/#,@:!%~;+])/g;
/** What stands before a `sed` script: the command, or an `-e` / `--expression` option on a continuation line. */
const SED_SCRIPT_LEAD = /(?:^|[^\w-])sed\s|(?:^|\s)(?:-e|--expression[= ])\s*["']?s?$|^\s*["']?s$/;
/** What separates two commands of one `sed` script: the first's flags (`g`, `I`, `2`), `;`, maybe spaces. */
const SED_NEXT_COMMAND = /^[A-Za-z0-9]*\s*;\s*$/;
/** How many substitutions of one line are read. */
const MAX_SED_SUBSTITUTIONS = 8;
/** A dotenv template's name as a `sed` target (`.env.example`, `env.sample`, `.env.dist`): placeholders belong there. */
const SED_TEMPLATE_TARGET = /(?:^|[\s/'"])\.?env(?:\.[\w-]+)?[.-](?:example|sample|dist|template|defaults?)(?:$|[\s'";|&)])/;

/** One `s` command of a `sed` script: where its pattern and replacement are, and how the script was quoted. */
interface SedSubstitution {
  /** Just past the first delimiter: where the pattern starts. */
  pattern: number;
  /** The delimiter between the pattern and the replacement. */
  mid: number;
  /** The closing delimiter, or the line's end when it is not closed on it. */
  end: number;
  /** The quote the script opened with (`'s/…/…/'`), which closes it wherever it stands in the replacement. */
  quote: string | null;
  /** The delimiter, which a backslash escapes inside the pattern and the replacement. */
  delimiter: string;
  /** Whether the script edits a dotenv template. */
  template: boolean;
}

/** Where a position is in a `sed` substitution. */
type SedPart = { part: 'pattern' } | { part: 'replacement'; end: number; quote: string | null; delimiter: string; template: boolean };

/** The substitutions of the line last asked about (`sedPartAt` is asked at every name of a line). */
let sedLine: string | null = null;
let sedSubstitutions: readonly SedSubstitution[] = [];

/** The `s` commands of `sed` scripts on a line, in one pass. */
function sedSubstitutionsOf(s: string): readonly SedSubstitution[] {
  if (s === sedLine) return sedSubstitutions;
  const out: SedSubstitution[] = [];
  const re = SED_SUBSTITUTE;
  re.lastIndex = 0;
  let quote: string | null = null;
  for (let n = 0; n < MAX_SED_SUBSTITUTIONS && out.length < MAX_SED_SUBSTITUTIONS; n++) {
    const m = re.exec(s);
    if (m === null) break;
    const lead = m[0].length === 3 ? m[0][0]! : '';
    // A later command of the same script (`…/;s/…`) is quoted as the first was.
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.end < m.index + 1 && SED_NEXT_COMMAND.test(s.slice(previous.end + 1, m.index + 1))) {
      // `quote` carries over
    } else if (SED_SCRIPT_LEAD.test(s.slice(Math.max(0, m.index - 200), m.index + 1))) {
      quote = lead === '"' || lead === "'" ? lead : null;
    } else {
      continue; // an `s/` of other text
    }
    const d = m[1]!;
    const mid = unescapedIndexOf(s, d, re.lastIndex);
    const end = mid < 0 ? -1 : unescapedIndexOf(s, d, mid + 1);
    out.push({ pattern: re.lastIndex, mid: mid < 0 ? s.length : mid, end: end < 0 ? s.length : end, quote, delimiter: d, template: false });
    if (end < 0) break;
    re.lastIndex = end + 1;
  }
  re.lastIndex = 0;
  if (out.length > 0 && SED_TEMPLATE_TARGET.test(s.slice(out[out.length - 1]!.end))) for (const sub of out) sub.template = true;
  sedLine = s;
  sedSubstitutions = out;
  return out;
}

/**
 * Which part of a `sed` substitution (`s|KEY=.*|KEY=value|i`) holds `at`: its pattern, or its replacement, where that
 * ends, and how the script was quoted; null when `at` is in none.
 */
function sedPartAt(s: string, at: number): SedPart | null {
  for (const sub of sedSubstitutionsOf(s)) {
    if (at < sub.pattern) return null;
    if (at < sub.mid) return { part: 'pattern' };
    if (at > sub.mid && at <= sub.end) return { part: 'replacement', end: sub.end, quote: sub.quote, delimiter: sub.delimiter, template: sub.template };
  }
  return null;
}

/**
 * The literal a single-quoted `sed` script writes between quotes at `j`, as the shell spells a quote there: `'\''`
 * (close, an escaped quote, open again) or `'"'"'`, on both sides: `s|^KEY=.*|KEY='\''value'\''|`. Null otherwise.
 */
function quotedInScript(s: string, j: number, end: number): Literal | null {
  const idiom = s.startsWith(`'\\''`, j) ? `'\\''` : s.startsWith(`'"'"'`, j) ? `'"'"'` : null;
  if (idiom === null) return null;
  const close = s.indexOf(idiom, j + idiom.length);
  if (close < 0 || close > end) return null;
  return { value: s.slice(j + idiom.length, close), start: j + idiom.length, end: close, quoted: true, quote: "'" };
}

/** The first `c` at or after `from` that no backslash escapes, or -1. */
function unescapedIndexOf(s: string, c: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === c) return i;
  }
  return -1;
}

/** Per Java file, whether each line starts directly inside an `interface` body, where every field is a constant. */
const INTERFACE_MEMBER_LINES = new WeakMap<readonly Line[], Uint8Array>();
/**
 * Per file, how many constants of the file or a type are set to their own name in another spelling, and how many with
 * those spelt exactly as their names (`inFileOfNames`).
 */
const SELF_NAMED_CONSTANTS = new WeakMap<readonly Line[], { spelt: number; all: number }>();
/** Per file, how often each name is written in its code, and how often as a key of an array or a map (`usedAsKey`). */
const KEY_USES = new WeakMap<readonly Line[], { keys: Map<string, number>; all: Map<string, number> }>();
/** Words, then a span in code quotes after a space, then more words: prose with code in it. */
const MARKDOWN_PROSE = /^[A-Za-z][^`]{0,200}\s\(?`[^`\n]{1,80}`[^`]{0,200}\s[A-Za-z]/;
/** Names a captcha service's secret goes by under its service's own section: `secret_key`, `secret`. */
const GENERIC_SECRET_NAME: ReadonlySet<string> = new Set(['secret', 'secretkey', 'key', 'privatekey', 'serverkey']);
/** A captcha service's setting, by its name: `RECAPTCHA_SECRET_KEY`, `CF_TURNSTILE_SECRET_KEY`, `hcaptchaSecret`. */
const CAPTCHA_NAME = /captcha|turnstile/i;
/** A field of a Java interface: a type, then its name and `=` (`String SECRET_KEY = "secretKey";`). */
const JAVA_FIELD = /^\s*[A-Za-z_$][\w$.]*(?:<[\w$.,?<> ]{0,80}>)?(?:\[\])*\s+[A-Za-z_$][\w$]*\s*=/;
/** What comes before a Java field's name on its line: its type alone (`String `, `Map<String, String> `). */
const JAVA_FIELD_TYPE = /^\s*[A-Za-z_$][\w$.]*(?:<[\w$.,?<> ]{0,80}>)?(?:\[\])*\s+$/;
/** A file with at least this many constants named after their own values (`inFileOfNames`) is a file of names. */
const MIN_SELF_NAMED_CONSTANTS = 5;

/** The name of an entry of a Kubernetes Secret (`thanos.yaml`, `api-key`, `TOKEN`): at most 253 of these characters. */
const SECRET_ENTRY_NAME = /^[-._a-zA-Z0-9]{1,253}$/;
/** A Kubernetes object's name: `app-jwt`, `tracing.yaml`. */
const K8S_NAME = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

/** A method's definition up to its name: Ruby's `def self.`, Python's `def ` (`returnsEnvDefault`). */
const DEF_HEAD = /^[ \t]*def[ \t]+(?:self\.)?$/;
/** A JavaScript getter, method or function up to its name: `get `, `static `, `function `, where a statement starts. */
const JS_METHOD_HEAD = /(?:^|[{;])[ \t]*(?:(?:export|static|async|get|public|private|protected|function)[ \t]+)*$/;
/** What follows a JavaScript method's name up to its body's `{` (sticky): no parameters, a `string` type at most. */
const JS_PARAMS = /[ \t]*\([ \t]*\)[ \t]*(?::[ \t]*string[ \t]*)?\{/y;
/** What follows a Python function's name up to its body (sticky): its parameters, a return type, the `:`. */
const PY_DEF_REST = /[ \t]*\([^()\n]{0,80}\)[ \t]*(?:->[ \t]*[\w.\[\]| ]{1,40})?:/y;
/**
 * An environment read with a default, up to the default (sticky), group 1 the variable: Ruby's `ENV.fetch("X", …)`
 * and `ENV["X"] || …`, Python's `os.getenv("X", …)` and `os.environ.get("X", …)`, JavaScript's `process.env.X || …`.
 */
const ENV_DEFAULT_READ: Partial<Record<Lang, RegExp>> = {
  ruby: /(?:ENV\.fetch\([ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["'][ \t]*,|ENV\[[ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["'][ \t]*\][ \t]*(?:\|\||or))[ \t]*/y,
  python: /os\.(?:getenv|environ\.get)\([ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["'][ \t]*,[ \t]*/y,
  js: /process\.env\.([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\|\||\?\?)[ \t]*/y,
};

/** The `name:` beside the `key:` of a mapping that points at a Secret's entry (an operator's `secret: { name, key }`). */
const SECRET_REF_NAME = /^name[ \t]*:/;

/** Helm's template actions, which make no YAML of their own: `{{- if … }}`, `{{ end }}`, a comment, `{{ $x := … }}`. */
const TEMPLATE_ACTION = /^\{\{-?\s*(?:(?:if|else|end|with|range|define|block|template)\b|\/\*|\$\w*\s*:?=)/;
/** Per file and indent, the last line asked whether its parent opens a mapping, and the answer. */
const PARENT_OPENS = new WeakMap<readonly Line[], Map<number, { idx: number; opens: boolean }>>();

/** A name's words, in lower case: split at `-`, `.`, `_` and camel-case humps (`clientSecret` gives client, secret). */
function nameWords(t: string): string[] {
  return t.split(/[-._]|(?<=[a-z0-9])(?=[A-Z])/).filter((w) => w.length > 0).map((w) => w.toLowerCase());
}

/**
 * Whether `value` is `name` written in another case (`key-password` for `keyPassword`): two words or more, so
 * that a one-word value (`jwtSecretKey: jwt`) stays a value.
 */
function respells(value: string, name: string): boolean {
  const a = nameWords(value);
  const b = nameWords(name);
  return a.length >= 2 && a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * A name made of words, as Secrets and their entries are named (`app-jwt`, `tracing.yaml`, `JWT_SECRET`,
 * `snykApiToken`, `Password`, `key1`): every part between separators and camel-case humps is letters (a short
 * number after them at most), or three characters at most. The output of `openssl rand -hex` or a token
 * (`9f2c7e1a…`, `SK_LIVE_4EC39…`) is not. Looser than `isWrittenPhrase`: Secrets are named with abbreviations
 * of consonants alone (`jwt`, `tls.crt`).
 */
function readsAsName(value: string): boolean {
  return value.split(/[-._]|(?<=[a-z])(?=[A-Z])/).every((w) => w.length > 0 && (w.length <= 3 || /^[A-Za-z]+\d{0,3}$/.test(w)));
}

/** All secret occurrences in a file, computed once and shared by both rules. */
export function secretOccurrences(file: FileContext): SecretOccurrence[] {
  const cached = file.memo.get(MEMO_KEY) as SecretOccurrence[] | undefined;
  if (cached) return cached;
  // `body` is null exactly when `text` is, and testing it does not decode the file.
  const found = file.body === null ? [] : analyzeFile(file);
  file.memo.set(MEMO_KEY, found);
  return found;
}

/**
 * Whether `secretOccurrences` may find anything in a file at `path` that
 * holds none of the family words: a Laravel config file, whose plain `'key'`
 * is the secret, or any file when a configured name has no word to look for.
 */
export function readsWithoutWords(path: string, name: string, names: SecretNames): boolean {
  if (names.unindexable) return true;
  if (!path.endsWith('.php') && !isAppsettings(path)) return false;
  const lang = langOf(name);
  return lang !== null && fileKeys(path, lang).size > 0;
}

/** A hash function's call opened inside a template literal's `${`: `` `${hashString(`` ``, `` `${sha256(`` ``. */
const HASHED_INTO_TEXT = /\$\{[ \t]*[\w$.]{0,40}(?:hash|sha\d*|md5|digest)[\w$]{0,20}\([ \t]*$/i;

/** `name=` or `name:` (a keyword argument), sticky: tried where an argument starts. */
const KEYWORD_ARGUMENT = /([A-Za-z_]\w*)\s*[=:](?![=:])\s*/y;
/** A Python keyword argument's `name=`, sticky: tried where an argument starts. */
const PYTHON_KEYWORD = /([A-Za-z_]\w*)\s*=(?!=)/y;
/** How many arguments are looked through for a signing call's keyword argument. */
const MAX_KEYWORD_ARGUMENTS = 8;

/**
 * node-config's `custom-environment-variables.*` maps each setting to the
 * name of the variable that supplies it: every value is a name by design.
 */
const ENV_NAME_MAPS = /^custom-environment-variables\.[a-z0-9]+$/;
/**
 * What PhpStorm and laravel-ide-helper write for code completion, never run: `.phpstorm.meta.php` (a file, or a
 * folder of them) maps names such as `'app.key'` to their types (`'string'`), and `_ide_helper*.php` stubs the
 * framework's classes.
 */
const IDE_METADATA = /(?:^|\/)(?:\.phpstorm\.meta\.php(?:$|\/)|_ide_helper[\w-]*\.php$)/;

/**
 * Translation catalogues (`lang/en/app.php`, `config/locales/de.yml`,
 * `i18n/fr.json`, CodeIgniter's `application/language/french/*_lang.php`):
 * their values are what the interface shows, so `'secret-key' => 'Secret
 * Key'` is a label, never a key. Only a value no interface would show, a
 * random one, is reported there.
 */
const TRANSLATION_DIRS = new Set(['lang', 'langs', 'locale', 'locales', 'i18n', 'l10n', 'translations', 'messages']);
/**
 * CodeIgniter's: `language/<idiom>/<name>_lang.php` (version 3, idioms named `english`), `Language/<code>/<Name>.php`
 * (version 4, two-letter codes with a region or not: `en`, `pt-BR`). Other code in a `language/` folder (a
 * translation service, Drupal's `modules/language/src/`) is an app's own.
 */
const CODEIGNITER_CATALOGUE = /(?:^|\/)languages?\/(?:[a-z][a-z-]{1,30}\/[\w-]+_lang\.php|[a-z]{2}(?:[-_][a-z]{2,4})?\/[\w-]+\.php)$/;
/**
 * Catalogues named so, with their language, wherever they are: a front end's `strings.en.yaml`, Java's and Spring's
 * resource bundles (`messages_de.properties`). (A bare `messages.properties` may hold settings too.)
 */
const MESSAGE_BUNDLE = /^(?:strings|messages)[._-][a-z]{2}(?:[-_][a-z]{2,4})?\.(?:ya?ml|json|properties)$/;
function isTranslationPath(path: string): boolean {
  const lower = path.toLowerCase();
  const parts = lower.split('/');
  parts.pop();
  return (
    parts.some((d) => TRANSLATION_DIRS.has(d)) ||
    CODEIGNITER_CATALOGUE.test(lower) ||
    /\.(?:po|pot|xlf|xliff|resx|arb)$/i.test(path) ||
    MESSAGE_BUNDLE.test(lower.slice(lower.lastIndexOf('/') + 1))
  );
}

function analyzeFile(file: FileContext): SecretOccurrence[] {
  const names = file.settings.secretNames;
  // The word test first: it is answered for all rules in one pass, and most files fail it.
  // ASP.NET's `<machineKey>` holds no family word but `key`, which the word search leaves out: a file that has one is
  // read for it.
  const mayAppear = names.mayAppearIn(file) || file.contains(MACHINE_KEY);
  // Koa's `app.keys` holds no family word: a file that loads Koa is read for it.
  const koa = file.contains(KOA) && KOA_IMPORT.test(file.text ?? '');
  // cookie-session's `keys` option holds no family word either: a file that loads it is read for it.
  const cookieSessions = file.contains(COOKIE_SESSION) ? cookieSessionNames(file.text ?? '') : null;
  // Nor does node-oidc-provider's `cookies: { keys: [...] }`, the keygrip keys of its interaction and session cookies.
  const oidcProvider = file.contains(OIDC_PROVIDER) && OIDC_PROVIDER_IMPORT.test(file.text ?? '');
  // hapi seals its cookies with a `password` option, a word of no family either: a file that uses hapi is read for it.
  const hapi = file.contains(HAPI);
  // So does h3 (Nuxt, Nitro, SolidStart, TanStack Start) with its sessions' `password`, and nuxt-auth-utils with
  // `runtimeConfig.session.password`.
  const nuxtAuth = file.contains(H3_SESSION) && (file.text ?? '').includes('nuxt-auth-utils');
  // (A Nuxt server file imports h3's functions without saying so; one that loads iron-session uses that instead.)
  const h3 = nuxtAuth || (file.contains(H3_SESSION) && (H3_IMPORT.test(file.text ?? '') || (NITRO_SERVER_FILE.test(file.path) && !file.contains(IRON_SESSION))));
  if (!mayAppear && !koa && !cookieSessions && !oidcProvider && !hapi && !h3 && !file.path.endsWith('.php') && !isAppsettings(file.path)) return [];
  if (isDotenvName(file.name) || file.name === '.git-credentials' || ENV_NAME_MAPS.test(file.name) || IDE_METADATA.test(file.path)) return [];
  const catalogue = isTranslationPath(file.path);
  // cloud-init's user data is YAML (`#cloud-config`) or a script (`#!/bin/bash`).
  const named = langOf(file.name);
  const lang = named === 'yaml' && CLOUD_INIT_DATA.test(file.name) && file.text!.startsWith('#!') ? 'shell' : named;
  if (lang === null) return [];
  // Directus signs its tokens with the bare `SECRET` of its environment, and an image's own secret is named for it
  // (Fathom's `FATHOM_SECRET` for `usefathom/fathom`): a compose file that runs the image names them so.
  const keys = (lang === 'yaml' ? imageSecretKeys(file.text!) : null) ?? fileKeys(file.path, lang);
  if (keys.size === 0 && !mayAppear && !((koa || cookieSessions || oidcProvider || hapi || h3) && lang === 'js')) return [];
  const mayMatter = lineFilter(names);
  const out: SecretOccurrence[] = [];
  const lines = file.lines;
  const budget: WalkBudget = { left: WALK_PER_CHAR * file.text!.length + WALK_FLOOR };
  const skip = lang === 'yaml' ? referenceOnlyLines(lines, file.text!) : lang === 'elixir' ? elixirHeredocs(lines) : lang === 'json' && PACKAGE_MANIFESTS.has(file.name) ? manifestScripts(lines) : null;
  const family = familyOf(lang, file.name);
  // Lexed only once a line would report something read as code: most files that mention a family
  // word (framework code reads `secret_key_base` everywhere) never need it.
  let lexed: CodeMap | null = null;
  const unread: SecretOccurrence[] = [];
  // When only some lines' findings are wanted (a commit's added lines), a code file is read only
  // where a finding could land on them. Configuration syntaxes are read whole: their look-arounds
  // reach further (a YAML key's parent may be 200 lines up).
  const focus = family !== null ? file.focus : undefined;
  // jsonwebtoken's functions imported by name are called under names of no family (`check(token, '…')`).
  const jwtCalls = lang === 'js' && file.text!.includes('jsonwebtoken') ? [...jwtImports(lines).keys()].map((n) => `${n}(`) : [];
  // A command-line option's default sits on a line of its own, often with no family word: clap's `default_value`,
  // urfave/cli's `Value:` and its forks' (the option's name, a line or two away, says whether it is a secret).
  const optionDefault = lang === 'rust' ? 'default_value' : lang === 'go' && file.text!.includes('StringFlag') ? 'Value:' : null;
  for (let idx = 0; idx < lines.length && (mayAppear || keys.size > 0); idx++) {
    const line = lines[idx]!;
    if (focus && !focus.touches(line.number, line.number + REACH)) continue;
    if (skip?.[idx]) continue;
    if (!mayMatter.test(line.text) && !(jwtCalls.length > 0 && jwtCalls.some((call) => line.text.includes(call))) && !(optionDefault !== null && line.text.includes(optionDefault))) continue;
    if (family !== null) {
      if (lexed === null) {
        new LineAnalyzer(lines, idx, lang, names, keys, budget, unread, line.text.length).run();
        if (unread.length === 0) continue;
        unread.length = 0;
        lexed = lexCode(file.text!, family);
      }
      analyzeCodeLine(lexed, lines, idx, lang, names, keys, budget, out);
      continue;
    }
    // A window inside a long line does not start where the line does, so its comment cannot be told.
    const codeEnd = line.offset === 0 ? commentStart(line.text, lang) : line.text.length;
    const code = line.text.search(NON_SPACE);
    if (code < 0 || code >= codeEnd) continue;
    new LineAnalyzer(lines, idx, lang, names, keys, budget, out, codeEnd).run();
  }
  if (skip !== null && lang === 'json') scriptCommands(lines, skip, names, budget, mayMatter, out);
  const iron = lang === 'js' && file.contains(IRON_SESSION);
  if (iron || (lang === 'js' && (hapi || h3))) {
    for (let idx = 0; idx < lines.length; idx++) {
      const line = lines[idx]!;
      if (focus && !focus.touches(line.number, line.number + REACH)) continue;
      const m = IRON_PASSWORD.exec(line.text);
      if (!m) continue;
      // Comments and strings of text are prose here too.
      const code = family !== null ? (lexed ??= lexCode(file.text!, family)) : null;
      const base = code ? code.lineStart(line.number - 1) + line.offset : 0;
      const inText = code ? (start: number) => code.inText(base + start) : undefined;
      new LineAnalyzer(lines, idx, lang, names, keys, budget, out, line.text.length, inText).ironSessionPassword(m.index, m.index + m[0].length, iron, hapi, h3, nuxtAuth);
    }
  }
  // Koa signs its cookies with the keys of `app.keys` (keygrip), and cookie-session with its `keys` option: a list
  // of literals there is a signing secret.
  if (lang === 'js' && (koa || cookieSessions || oidcProvider)) {
    for (let idx = 0; idx < lines.length; idx++) {
      const line = lines[idx]!;
      if (focus && !focus.touches(line.number, line.number + REACH)) continue;
      KOA_KEYS.lastIndex = 0;
      const m = (koa ? (KOA_KEYS.exec(line.text) ?? KOA_OPTION_KEYS.exec(line.text)) : null) ?? KOA_OPTION.exec(line.text);
      if (!m) continue;
      const code = family !== null ? (lexed ??= lexCode(file.text!, family)) : null;
      const base = code ? code.lineStart(line.number - 1) + line.offset : 0;
      if (code?.inText(base + m.index)) continue;
      const analyzer = new LineAnalyzer(lines, idx, lang, names, keys, budget, out, line.text.length);
      const keyStart = m.index + m[0].indexOf('keys');
      // A `keys:` key of its own (the options object over several lines, as Prettier writes it) must be Koa's, or
      // cookie-session's (given to it, or in a variable the file gives it).
      if (koa && (m[0].startsWith('new') || m[1] !== undefined || analyzer.inKoaOptions(keyStart))) {
        const [name, subject] = m[1] === undefined ? ['keys', '`keys` option of `new Koa()`'] : [`${m[1]}.keys`, `Koa \`${m[1]}.keys\``];
        analyzer.koaKeys(name, subject, m.index, m.index + m[0].length);
        continue;
      }
      const callee = cookieSessions ? analyzer.cookieSessionCall(keyStart, cookieSessions) : null;
      if (callee !== null) {
        analyzer.koaKeys('keys', `\`keys\` option of \`${callee}()\` (cookie-session)`, m.index, m.index + m[0].length);
        continue;
      }
      if (oidcProvider && inCookiesOption(lines, idx, keyStart)) analyzer.koaKeys('cookies.keys', '`cookies.keys` option of oidc-provider', m.index, m.index + m[0].length);
    }
  }
  if (lang === 'yaml' && file.text!.includes('$$cap_') && file.text!.includes('defaultValue')) out.push(...caproverDefaults(lines, names, focus));
  if (lang === 'yaml' && ORY_SECRETS.test(file.text!) && ORY_CONFIG.test(file.text!)) out.push(...orySecrets(lines, focus));
  const secretData = lang === 'yaml' && out.length > 0 ? secretDataLines(lines, file.text!) : null;
  if (secretData !== null) decodeSecretData(out, lines, secretData);
  if (out.length > 0) decodeNamedBase64(out);
  for (let k = 0; k < out.length; k++) {
    const o = out[k]!;
    // WordPress never signs with its own placeholder: `wp_salt()` skips a key or salt set to it and uses a random one it
    // keeps in the database instead.
    if (o.context === undefined && o.value === WORDPRESS_PLACEHOLDER && isWordPressName(o.name)) {
      out[k] = { ...o, context: 'example', contextWhy: "WordPress's placeholder: core replaces it with a random salt, but a plugin that reads the constant gets the placeholder" };
    }
  }
  if (lang === 'python' && file.text!.includes('BaseSettings') && PYDANTIC_IMPORT.test(file.text!)) {
    const fields = settingsFieldLines(lines);
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      // pydantic-settings reads each field from the environment first: its value is the default for when it is unset.
      if (o.kind === 'hardcoded' && o.subject === undefined && fields.has(o.line)) out[k] = { ...o, kind: 'fallback', via: PYDANTIC_DEFAULT };
    }
    if (fields.size > 0) out.push(...standInSecretFields(lines, fields, names, focus));
  }
  const refused = lang === 'php' ? laravelRefusedKey(file.text!) : null;
  if (refused !== null) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (o.context === undefined && normalizeName(o.name) === 'appkey' && refused(o.value)) {
        out[k] = { ...o, context: 'example', contextWhy: 'a key Laravel refuses to start with: its length does not fit the cipher' };
      }
    }
  }
  if (isConfigTemplate(file.name) || inProjectTemplate(file.path) || isCopyToFill(file.name, file.text!)) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      // A placeholder in a copy to fill in is what belongs there; a real-looking value keeps the file's context.
      if (o.context !== undefined) continue;
      // Django marks the keys `startproject` makes as unfit to deploy (`django-insecure-`; its deploy check warns on
      // one): in a copy to fill in, that prefix says to put a key there (bugsink's `docker-compose-sample.yaml`).
      const v = o.decoded ?? o.value;
      out[k] = looksLikeSecret(v) && !v.startsWith('django-insecure-') ? { ...o, inTemplate: true } : { ...o, context: 'example', contextWhy: 'placeholder in a configuration template' };
    }
  }
  // An Ansible role's defaults are the lowest of its variables, which a playbook's inventory, `group_vars` and vault
  // override: a placeholder there (`SET-ME-PLEASE`, `Your secret key here`) marks a variable to set, as in a
  // configuration template. A weak value someone chose, or a real-looking one, keeps the file's context.
  if (lang === 'yaml' && ROLE_DEFAULTS.test(file.path)) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (o.context === undefined && asksToBeReplaced(o.decoded ?? o.value)) out[k] = { ...o, context: 'example', contextWhy: "placeholder in an Ansible role's defaults, which its users override" };
    }
  }
  // A Ruby script that installs its own gems (`require "bundler/inline"` and a `gemfile do` block) runs on its own:
  // Rails's and its gems' bug report templates, which boot an app in one file to show a bug. Nothing deploys it.
  // It is a test when it runs one (`require "minitest/autorun"`, a `Minitest::Test`, RSpec); an operations script that
  // installs its own gems may hold a real key.
  if (lang === 'ruby' && out.length > 0 && BUNDLER_INLINE.test(file.text!) && INLINE_GEMFILE.test(file.text!) && RUNS_TESTS.test(file.text!)) {
    for (let k = 0; k < out.length; k++) {
      if (out[k]!.context === undefined) out[k] = { ...out[k]!, context: 'test', contextWhy: 'a script that installs its own gems (`bundler/inline`) and runs a test, such as a bug report' };
    }
  }
  // A file whose opening comment says it is for development or documentation only (JHipster's compose files, Ory's
  // reference configurations), a shell script that
  // runs a development server, or a compose file that runs the checkout's source as it is edited, is development's,
  // where nothing above placed a value.
  const devFile =
    out.length > 0
      ? (openingCommentFile(file.path, lines) ?? (lang === 'shell' ? developmentScript(file.path, lines) : lang === 'yaml' ? developmentStack(file.path, lines) : null))
      : null;
  if (devFile !== null) {
    for (let k = 0; k < out.length; k++) if (out[k]!.context === undefined) out[k] = { ...out[k]!, context: devFile.context, contextWhy: devFile.why };
  }
  // A script that generates code or a specification (svix's `generate-openapi.sh`) gives the application a stand-in;
  // a real-looking key there is a deployment's all the same.
  const generator = lang === 'shell' && out.length > 0 ? generatorScript(file.path) : null;
  if (generator !== null) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (o.context === undefined && (!looksLikeSecret(o.value) || isPatternedValue(o.value))) out[k] = { ...o, context: generator.context, contextWhy: generator.why };
    }
  }
  // Django's own keys, set at the top of the module: `SECRET_KEY = …` (a literal, or a default of the environment's),
  // `SECRET_KEY_FALLBACKS = […]`; not a provider's dictionary that holds a `'SECRET_KEY'`.
  const ownLines = lang === 'python' && out.length > 0 ? djangoOwnLines(lines) : null;
  const djangoOwn = (o: SecretOccurrence) => o.context === undefined && ownLines!.has(o.line);
  const django = ownLines !== null && ownLines.size > 0 && out.some(djangoOwn) ? localDjangoSettings(file.path, lines) : null;
  if (django !== null) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (djangoOwn(o)) out[k] = { ...o, context: django.context, contextWhy: django.why };
    }
  }
  // rspamd's `encryption_key` (`fuzzy_check`, a `rspamd/` folder's `local.d/*.conf`) is the public key of the storage
  // it sends to; its `keypair { privkey }` is the secret.
  if (RSPAMD_PATH.test(file.path)) return withoutUnfilledMarkers(out).filter((o) => normalizeName(lastSegment(o.name)) !== 'encryptionkey');
  return catalogue ? out.filter((o) => looksLikeSecret(o.decoded ?? o.value)) : withoutUnfilledMarkers(out);
}

/**
 * An angle-bracket marker (`SECRET_KEY = '<your-secret-key>'`) set as the value asks whoever copies the file to put a
 * key there; given as a default the environment's value replaces (`os.getenv('SECRET_KEY', '<secret>')`,
 * `${JWT_SECRET:-<jwt secret>}`, a pydantic-settings field's default), it is what a deployment that forgets the
 * variable signs with, and a fallback like any other.
 */
function withoutUnfilledMarkers(out: SecretOccurrence[]): SecretOccurrence[] {
  // Given to a call that signs (`jwt.sign(payload, '<YOUR_SECRET>')`), the marker is what the code signs with: no
  // environment ever replaces it.
  const unfilled = (o: SecretOccurrence) => o.kind === 'hardcoded' && o.signed === undefined && isAngleMarker(o.value);
  return out.some(unfilled) ? out.filter((o) => !unfilled(o)) : out;
}
const RSPAMD_PATH = /(?:^|\/)rspamd\/|(?:^|\/)fuzzy_check\.conf$/;
/** A call that prints or logs, opened before a literal on its line. */
const PRINTS = /(?:\bprint(?:ln|f)?|\bconsole\.\w+|\blog(?:ger)?\.\w+|\bputs|\becho|\bfmt\.\w*Print\w*|\bprintf|\bwarn|\bdebug|\binfo)\b[^;]*$/;
/** An angle-bracket marker that says a value is absent: `<unset>`, `<not set>`, `<none>`, `<redacted>`. */
const ABSENCE_MARKER = /^<[ \t]*(?:unset|not[ _-]set|none|missing|empty|redacted|hidden|null|nil|undefined|n\/a|no[ _-]secret|not[ _-]configured)[ \t]*>$/i;
/** `require "bundler/inline"`, and the `gemfile do` / `gemfile(true) do` block it provides. */
const BUNDLER_INLINE = /^[ \t]*require[ \t(]*["']bundler\/inline["']/m;
const INLINE_GEMFILE = /^[ \t]*gemfile\b/m;
/** What runs a test in a Ruby script: minitest's autorun, a test class, RSpec. */
const RUNS_TESTS = /require[ \t(]*["'](?:minitest\/autorun|rspec\/autorun|test\/unit)["']|<[ \t]*(?:Minitest::Test|ActiveSupport::TestCase|ActionDispatch::IntegrationTest|Test::Unit::TestCase)\b|\bRSpec\.describe\b/;

/**
 * A CapRover one-click app's template: its services' variables are `$$cap_<id>` (`APP_KEY: $$cap_MIXPOST_APP_KEY`),
 * which the installer fills in, each with the `defaultValue:` its `variables:` entry gives (`- id: $$cap_…`), used
 * unless the installer types another. A family name given such a variable falls back to that default, as a compose
 * file's `${APP_KEY:-…}` does. A default that CapRover makes at install time (`$$cap_gen_random_hex(32)`) is none.
 */
function caproverDefaults(lines: readonly Line[], names: SecretNames, focus: FileContext['focus']): SecretOccurrence[] {
  // Per variable, its default; a variable given one twice (or once by CapRover itself) is left alone.
  const defaults = new Map<string, { value: string; lineIdx: number; start: number } | null>();
  // The entry being read: its id and its default, in either order (`- id:` then `defaultValue:`, or after `- label:`).
  let entry: { indent: number; keys: number; id: string | null; found: { value: string; lineIdx: number; start: number } | null; seen: boolean } | null = null;
  const close = () => {
    if (entry?.id != null && entry.seen) defaults.set(entry.id, defaults.has(entry.id) ? null : entry.found);
    entry = null;
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (lines[idx]!.offset !== 0) continue;
    const item = LIST_ITEM.exec(t);
    if (item) {
      close();
      entry = { indent: item[1]!.length, keys: item[0]!.length, id: null, found: null, seen: false };
    } else if (entry !== null && t.trim() !== '' && indentOf(t) <= entry.indent) {
      close();
    }
    if (entry === null) continue;
    // The entry's own keys only: not a `description: |` block's text that says `defaultValue:`.
    const key = item || indentOf(t) === entry.keys ? CAPROVER_ENTRY_KEY.exec(t) : null;
    if (key === null) continue;
    const value = key[3]!;
    if (key[2] === 'id') {
      const id = CAPROVER_ID.exec(value.replace(/^["']|["']$/g, ''));
      if (id) entry.id = id[1]!;
      continue;
    }
    // `defaultValue: …`: the value, its quotes off and a comment after it dropped.
    const quoted = /^["']/.test(value);
    const text = quoted ? value.slice(1, value.lastIndexOf(value[0]!) > 0 ? value.lastIndexOf(value[0]!) : undefined) : value.replace(/[ \t]+#.*$/, '');
    entry.seen = true;
    entry.found = acceptableConfigValue(text, quoted) ? { value: text, lineIdx: idx, start: key.index + key[1]!.length + (quoted ? 1 : 0) } : null;
  }
  close();
  const out: SecretOccurrence[] = [];
  for (let idx = 0; idx < lines.length; idx++) {
    const m = CAPROVER_USE.exec(lines[idx]!.text);
    if (!m || !names.matches(m[1]!)) continue;
    const d = defaults.get(m[2]!);
    if (d == null) continue;
    const line = lines[d.lineIdx]!;
    if (focus && !focus.touches(line.number, line.number)) continue;
    out.push({
      kind: 'fallback',
      name: m[1]!,
      value: d.value,
      line: line.number,
      column: line.offset + d.start + 1,
      endColumn: line.offset + d.start + d.value.length + 1,
      via: `the \`defaultValue\` of CapRover's \`$$cap_${m[2]!}\`, which \`${m[1]!}\` is given`,
      when: 'whenever the installer keeps it',
      remedy: 'Let CapRover make one for every install (`defaultValue: $$cap_gen_random_hex(32)`), or remove the `defaultValue` and add a `validRegex` that requires one.',
    });
  }
  return out;
}

/** Ory's `secrets:` at the top of a configuration (Kratos, Hydra, Keto, Oathkeeper). */
const ORY_SECRETS = /^secrets:[ \t]*(?:#.*)?$/m;
/** Another of the top-level keys of Ory's configurations: the file is one. */
const ORY_CONFIG = /^(?:dsn|serve|selfservice|identity|oauth2|urls|courier|strategies):/m;
/** The keys of Ory's `secrets:`, each a list of keys, the first of which signs or encrypts (the others still verify). */
const ORY_SECRET_KEYS: ReadonlySet<string> = new Set(['default', 'cookie', 'cipher', 'system', 'pagination']);
/** A key of `secrets:` (indented), with a flow list after it or nothing: groups are the key, the flow list. */
const ORY_SECRET_KEY = /^[ \t]+([a-z]+):[ \t]*(\[.*\])?[ \t]*(?:#.*)?$/;

/**
 * Ory's secrets: `secrets: { cookie: [...], cipher: [...], default: [...], system: [...] }` of a Kratos or Hydra
 * configuration, each a list whose first key signs cookies or tokens, or encrypts what the server stores (the rest
 * are kept for rotation). Every item is such a key.
 */
function orySecrets(lines: readonly Line[], focus: FileContext['focus']): SecretOccurrence[] {
  const out: SecretOccurrence[] = [];
  let inSecrets = false;
  let key: string | null = null;
  let keyIndent = 0;
  const item = (idx: number, value: string, start: number, quoted: boolean) => {
    const line = lines[idx]!;
    if (!acceptableConfigValue(value, quoted) || (focus && !focus.touches(line.number, line.number))) return;
    out.push({ kind: 'hardcoded', name: `secrets.${key}`, value, line: line.number, column: line.offset + start + 1, endColumn: line.offset + start + value.length + 1, via: 'string literal' });
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (lines[idx]!.offset !== 0 || t.trim() === '' || t.trimStart().startsWith('#')) continue;
    if (indentOf(t) === 0) {
      inSecrets = ORY_SECRETS.test(t);
      key = null;
      continue;
    }
    if (!inSecrets) continue;
    const k = ORY_SECRET_KEY.exec(t);
    if (k !== null) {
      key = ORY_SECRET_KEYS.has(k[1]!) ? k[1]! : null;
      keyIndent = indentOf(t);
      // `cookie: [a, b]`: each plain or quoted item.
      if (key !== null && k[2] !== undefined) {
        const open = t.indexOf('[');
        for (const m of t.slice(open + 1, t.lastIndexOf(']')).matchAll(/[ \t]*(?:"([^"]*)"|'([^']*)'|([^,"'\s][^,]*?))[ \t]*(?:,|$)/g)) {
          const v = m[1] ?? m[2] ?? m[3];
          if (v === undefined || v === '') continue;
          const start = open + 1 + m.index! + m[0].indexOf(v);
          item(idx, v, start, m[3] === undefined);
        }
        key = null;
      }
      continue;
    }
    // `- item` under the key, deeper than it or at its indent.
    const li = key === null ? null : /^([ \t]*)-[ \t]+(?:"([^"]*)"|'([^']*)'|([^#\s][^#]*?))[ \t]*(?:#.*)?$/.exec(t);
    if (li === null || li[1]!.length < keyIndent) continue;
    const v = li[2] ?? li[3] ?? li[4]!;
    item(idx, v, t.indexOf(v, li[1]!.length + 1), li[4] === undefined);
  }
  return out;
}

/**
 * A configuration's value read outside a line's analysis (CapRover's `defaultValue`, an item of Ory's `secrets:`) that is
 * a value: not blank or a mark (`<your-app-key>`), a variable, a name, a path or a command's output.
 */
function acceptableConfigValue(value: string, quoted: boolean): boolean {
  if (value === '' || value.includes('$$cap_') || isBlankOrMarker(value) || isInterpolated(value, 'yaml') || namesSomething(value, quoted)) return false;
  return !FILE_REFERENCE.test(value) && !FILE_NAME.test(value) && !/^(?:\/|\$\(|`)/.test(value);
}
/** A YAML list item's dash: group 1 is its indentation. */
const LIST_ITEM = /^([ \t]*)-[ \t]/;
/** An entry's `id:` or `defaultValue:` (after its dash or not): groups are what precedes the value, the key, the value. */
const CAPROVER_ENTRY_KEY = /^([ \t]*(?:-[ \t]+)?(id|defaultValue):[ \t]*)(\S.{0,500})$/;
/** A variable's id: `$$cap_MIXPOST_APP_KEY`. */
const CAPROVER_ID = /^\$\$cap_([\w-]{1,80})$/;
/** A family name given a variable: `APP_KEY: $$cap_MIXPOST_APP_KEY`, `- APP_KEY=$$cap_…`. Groups: the name, the variable. */
const CAPROVER_USE = /^[ \t]*(?:-[ \t]*)?["']?([A-Za-z_][\w.-]{0,80})["']?[ \t]*[:=][ \t]*["']?\$\$cap_([\w-]{1,80})["']?[ \t]*$/;

/**
 * A Kubernetes Secret's `data` holds each value in base64, which the cluster decodes before any program sees it: the
 * value is judged decoded (`Y2hhbmdlbWU=` is `changeme`), and one that decodes to nothing, a mark (`<your key>`) or a
 * template's variable (`${JWT_SECRET}`, filled in before the manifest is applied) is none. A value that is no base64
 * of text is judged as written.
 */
function decodeSecretData(out: SecretOccurrence[], lines: readonly Line[], marked: Uint8Array): void {
  const numbers = new Set<number>();
  for (let idx = 0; idx < lines.length; idx++) if (marked[idx]) numbers.add(lines[idx]!.number);
  let kept = 0;
  for (const o of out) {
    const decoded = numbers.has(o.line) && o.kind === 'hardcoded' ? decodedSecretData(o.value) : null;
    if (decoded !== null && namesNoValue(decoded)) continue;
    out[kept++] = decoded === null ? o : { ...o, decoded, via: `${o.via} (base64 in a Kubernetes Secret's \`data\`)` };
  }
  out.length = kept;
}

/** A decoded value that is none: blank, a mark, a variable, a name, a path or a key path, as in `stringData`. */
function namesNoValue(decoded: string): boolean {
  return isBlankOrMarker(decoded) || isInterpolated(decoded, 'yaml') || ENV_VAR_NAME.test(decoded) || FILE_PATH.test(decoded) || KEY_PATH.test(decoded);
}

/**
 * A value whose name says it is base64 (JHipster's `jhipster.security.authentication.jwt.base64-secret`, its
 * `JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET`) is decoded before it signs: it is judged decoded, as a
 * Kubernetes Secret's `data` is. JHipster's own placeholder is base64 of a sentence that asks to be changed. A value
 * that is no base64 of printable text (a random key, as it should be) is judged as written.
 */
function decodeNamedBase64(out: SecretOccurrence[]): void {
  let kept = 0;
  for (const o of out) {
    const decoded = o.kind === 'hardcoded' && o.decoded === undefined && normalizeName(o.name).includes('base64') ? decodedSecretData(o.value) : null;
    if (decoded !== null && namesNoValue(decoded)) continue;
    out[kept++] = decoded === null ? o : { ...o, decoded, via: `${o.via} (base64, as its name says)` };
  }
  out.length = kept;
}

/** A line that sets one of the keys Django's own server signs with, at the module's top: `SECRET_KEY`, its fallbacks. */
const DJANGO_OWN_SETTING = /^SECRET_KEY(?:_FALLBACKS)?[ \t]*(?::[^=\n]{0,40})?=(?!=)/;
/** How many lines a statement that sets one of them may run over (`SECRET_KEY = os.environ.get(` as Black wraps it). */
const MAX_OWN_STATEMENT_LINES = 50;

/**
 * The numbers of the lines of the statements that set Django's own keys at the module's top (`DJANGO_OWN_SETTING`),
 * up to where their brackets close: a list of fallbacks, an environment read wrapped over lines.
 */
function djangoOwnLines(lines: readonly Line[]): Set<number> {
  const own = new Set<number>();
  for (let idx = 0; idx < lines.length; idx++) {
    const first = lines[idx]!;
    if (first.offset !== 0 || !first.text.startsWith('SECRET_KEY') || !DJANGO_OWN_SETTING.test(first.text)) continue;
    let depth = 0;
    for (let k = idx; k < lines.length && k - idx < MAX_OWN_STATEMENT_LINES; k++) {
      const t = lines[k]!.text;
      own.add(lines[k]!.number);
      for (let i = 0; i < t.length && i < 400; i++) {
        const c = t[i];
        if (c === '#') break;
        if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') depth--;
      }
      if (depth <= 0 && !t.trimEnd().endsWith('\\')) break;
    }
  }
  return own;
}

const PYDANTIC_DEFAULT = "a pydantic-settings field's default";

/** A settings field named as a secret (`SECRET`, `S3_FILES_DOWNLOAD_SECRET`) and given a literal default: `NAME: str = `. */
const SECRET_FIELD = /^[ \t]*((?:[A-Za-z]\w*_)?secret)[ \t]*:[^=#\n]{1,120}=[ \t]*/i;

/**
 * Fields of a pydantic-settings class named as a secret, whatever the family says of the name, whose default is a
 * stand-in that says it is one: Polar's `SECRET: str = "super secret jwt secret"` and `S3_FILES_DOWNLOAD_SECRET: str
 * = "supersecret"`, which sign its tokens and download links whenever the environment leaves them unset. Only a
 * published value (a placeholder, a phrase, the name itself): a random default, or one that names something (a
 * Kubernetes secret's name, a vault path), is not taken for a key on the name alone.
 */
function standInSecretFields(lines: readonly Line[], fields: ReadonlySet<number>, names: SecretNames, focus: FileContext['focus']): SecretOccurrence[] {
  const out: SecretOccurrence[] = [];
  // Inside a docstring or another triple-quoted string, a field's line is text: the quote that closes it, or null.
  let inString: string | null = null;
  for (const line of lines) {
    if (line.offset !== 0) continue;
    const t = line.text;
    const wasInString = inString !== null;
    if (t.includes('"""') || t.includes("'''")) {
      // A string opens where a statement starts with one (a docstring) or assigns one; a triple quote in a comment or
      // inside another string opens none.
      let i = 0;
      if (inString === null) {
        const open = TRIPLE_QUOTE_OPENS.exec(t);
        if (open !== null) {
          inString = open[1]!;
          i = open[0].length;
        }
      }
      while (inString !== null) {
        const close = t.indexOf(inString, i);
        if (close < 0) break;
        inString = null;
        // Another string may open after it on the line (`x = """…"""; y = """`): rare, read as closed.
        i = close + 3;
      }
    }
    if (wasInString || inString !== null || !fields.has(line.number)) continue;
    const m = SECRET_FIELD.exec(t);
    // A name of the family is read where it is, by the analysis of its line; a service's secret (`GOOGLE_CLIENT_SECRET`,
    // `AWS_SECRET`) is the service's to issue, not this application's to make.
    if (m === null || names.matches(m[1]!) || OAUTH_CLIENT_SECRET.test(m[1]!) || isServiceCredential(m[1]!.toUpperCase(), [])) continue;
    const lit = readQuoted(t, m[0].length);
    if (lit === null || lit.value === '' || lit.fString) continue;
    const rest = skipSpaces(t, lit.end + 1);
    if (rest < t.length && t[rest] !== '#') continue;
    const weak = weaknessOfNamed(lit.value, m[1]!);
    // A placeholder, a phrase that asks for a value; or words that call it a secret written as a sentence (`super
    // secret jwt secret`), where the same words as one name (`database-password-secret`) name a secret kept elsewhere.
    if (!weak?.published && !(weak?.why === SELF_NAMED_WEAKNESS && lit.value.includes(' '))) continue;
    if (focus && !focus.touches(line.number, line.number)) continue;
    out.push({ kind: 'fallback', name: m[1]!, value: lit.value, line: line.number, column: lit.start + 1, endColumn: lit.end + 1, via: PYDANTIC_DEFAULT });
  }
  return out;
}

/** An OAuth client's secret (`CLIENT_SECRET`, `GOOGLE_CLIENT_SECRET`): the provider issues it. */
const OAUTH_CLIENT_SECRET = /(?:^|_)client_secret$/i;

/** A triple-quoted string opening a statement or assigned (`"""`, `r'''`, `x = """`): group 1 is its quote. */
const TRIPLE_QUOTE_OPENS = /^\s*(?:[A-Za-z_][\w.]*\s*(?::[^=#]{1,120})?=\s*)?[rRbBuUfF]{0,2}("""|''')/;

/** pydantic imported (`from pydantic_settings import BaseSettings`, pydantic 1's `from pydantic import …`, `import pydantic`). */
const PYDANTIC_IMPORT = /^[ \t]*(?:from[ \t]+pydantic(?:_settings)?[ \t.]|import[ \t]+pydantic)/m;
/** A class variable's annotation: `x: ClassVar[str] = …`. */
const CLASS_VAR = /^[ \t]*\w+[ \t]*:[ \t]*(?:typing\.)?ClassVar\b/;
/** A Python class header: its indentation, its name and its bases. */
const PY_CLASS = /^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*\(([^)]{0,300})\)[ \t]*:/;

/**
 * The numbers of the lines that are fields of a pydantic-settings class: `class Settings(BaseSettings):` (pydantic 1's
 * or `pydantic_settings`'s), or a class of the file derived from one. Only the class's own level: a `def`'s body
 * is not a field.
 */
function settingsFieldLines(lines: readonly Line[]): Set<number> {
  const fields = new Set<number>();
  const settingsClasses = new Set<string>(['BaseSettings']);
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (line.offset !== 0 || line.text.length > 400) continue;
    const m = PY_CLASS.exec(line.text);
    if (m === null) continue;
    const bases = m[3]!.split(',').map((b) => b.trim().replace(/^.*\./, ''));
    if (!bases.some((b) => settingsClasses.has(b))) continue;
    settingsClasses.add(m[2]!);
    const indent = m[1]!.length;
    let level = -1;
    for (let k = idx + 1; k < lines.length; k++) {
      const t = lines[k]!.text;
      if (lines[k]!.offset !== 0) continue;
      const i = t.length - t.trimStart().length;
      if (i === t.length || t[i] === '#') continue;
      if (i <= indent) break;
      if (level < 0) level = i;
      // Not a class variable (`ClassVar[…]`) or a private attribute (`_cache`), which pydantic does not fill.
      if (i === level && t[i] !== '_' && !CLASS_VAR.test(t)) fields.add(lines[k]!.number);
    }
  }
  return fields;
}

/** Laravel's cipher setting in `config/app.php`, at the start of its line (not a comment): `'cipher' => 'AES-256-CBC'`. */
const LARAVEL_CIPHER = /^[ \t]*['"]cipher['"]\s*=>\s*['"](AES-(128|256)-(?:CBC|GCM))['"]/im;

/**
 * Laravel (5.1 on) checks its key against the cipher when it starts, and refuses one of the wrong length: an
 * `AES-256-CBC` key must be 32 bytes, an `AES-128-CBC` one 16 (after `base64:`, decoded). Laravel 5.1 to 5.3's
 * `config/app.php` fell back to `'SomeRandomString'`, 16 characters, beside `'cipher' => 'AES-256-CBC'`: no application
 * ever ran with it. Null when the file names no cipher (Laravel 5.0's was an mcrypt constant).
 */
export function laravelRefusedKey(text: string): ((value: string) => boolean) | null {
  const m = LARAVEL_CIPHER.exec(text);
  if (m === null) return null;
  const bytes = m[2] === '256' ? 32 : 16;
  return (value) => {
    const key = value.startsWith('base64:') ? Buffer.from(value.slice(7), 'base64') : Buffer.from(value, 'utf8');
    return key.length !== bytes;
  };
}


/** What `wp-config-sample.php` sets every key and salt to, as `wp_salt()` compares it (exactly). */
const WORDPRESS_PLACEHOLDER = 'put your unique phrase here';

/** Code that uses iron-session, which seals its cookie with the `password` option (found in the search of every file). */
export const IRON_SESSION = new LiteralSet(['iron-session', 'ironsession', 'sealdata'].map((text) => ({ text, caseless: true })));
/** What a file that configures hapi's cookies holds: its plugins' names, or a cookie's definition (`server.state(`). */
export const HAPI = new LiteralSet(['@hapi/', 'hapi-auth-cookie', '.state('].map((text) => ({ text, caseless: false })));
/** What a file that sets ASP.NET's machine keys holds: its `<machineKey>` element. */
export const MACHINE_KEY = new LiteralSet([{ text: 'machinekey', caseless: true }]);
/**
 * What a file that seals sessions with h3 holds: h3's session functions (Nuxt's, Nitro's; vinxi's and TanStack
 * Start's re-export them), and nuxt-auth-utils, which reads its `session.password` from `runtimeConfig`.
 */
export const H3_SESSION = new LiteralSet(['useSession', 'getSession', 'updateSession', 'sealSession', 'nuxt-auth-utils'].map((text) => ({ text, caseless: false })));
/** Where they come from: h3 itself, or a framework that re-exports its sessions. */
const H3_IMPORT = /\bfrom[ \t]+['"](?:h3|#imports|nitro\/h3|nitropack\/runtime|vinxi\/http|@solidjs\/start\/(?:server|http)|@tanstack\/(?:(?:react|solid)-)?start\/server)['"]|\brequire\([ \t]*['"]h3['"][ \t]*\)/;
/** A Nuxt or Nitro server file, where h3's functions are imported for it: `server/api/`, `server/routes/`, `server/utils/`… */
const NITRO_SERVER_FILE = /(?:^|\/)server\/(?:api|routes|middleware|utils|plugins)\/.*\.[cm]?[jt]s$/;
/** What h3's session options are passed to (the call's name only), or held in (`sessionConfig: SessionConfig`). */
const H3_LABEL = /(?:^|\.)(?:use|get|update|seal|unseal|clear)Session$|^session(?:Config|Options)$/i;
/** What hapi's cookie options are passed to or named (the call's name only). */
const HAPI_LABEL = /(?:^|\.)(?:state|strategy)$|^(?:cookie|cookieOptions)$/;
/**
 * What an iron-session options object is passed to or named: `getIronSession(`, `sealData(`,
 * `withIronSessionApiRoute(`, a `SessionOptions` or `sessionOptions` (the call's name only, not its other arguments).
 */
const IRON_LABEL = /iron|seal|(?:^|\.)session(?:options|config)?$|(?:^|\.)(?:get)?session$/i;
/** `password: "…"` as an object's key and a literal value, or a read of the environment (that may fall back to one). */
const IRON_PASSWORD = /\bpassword["']?\s*:\s*(?=["'`]|process\.env\b|import\.meta\.env\b)/;

/** A line that opens an Elixir heredoc: three quotes at its end, after `@moduledoc`, `~S`, `=`… */
const HEREDOC_OPEN = /(?:"""|''')[ \t]*$/;
const HEREDOC_CLOSE = /^[ \t]*(?:"""|''')/;

/** A configuration file's name with a template's suffix after its own: `site.yml.tmpl`, `config.json.tpl`. */
const TEMPLATE_NAME = /\.(?:ya?ml|json|toml|ini|conf|cfg|properties|xml|php|py|rb|exs?)\.(?:tmpl|tpl)$/i;
/**
 * What a template engine or a substitution fills in: `{{ }}`, `{% %}`, `<%= %>`, `${VAR}` and `$VAR` (envsubst),
 * Levant's `[[ ]]`, `@VAR@` (autoconf, Maven filtering), `%VAR%`.
 */
const TEMPLATE_SYNTAX = /\{\{|\{%|<%|\$\{|\$[A-Za-z_]|\[\[|@[A-Za-z_][\w.]*@|%[A-Za-z_]\w*%/;

/**
 * A configuration file named as a template that no engine fills in: nothing in it is a template's syntax, so it is a
 * copy for a person to fill in (tracks' `config/site.yml.tmpl`, which its install guide copies to the ignored
 * `site.yml`). A template an engine renders ships its literals as they are.
 */
function isCopyToFill(name: string, text: string): boolean {
  return TEMPLATE_NAME.test(name) && !TEMPLATE_SYNTAX.test(text);
}

/** Package manifests whose `scripts` (npm, Composer) or `tasks` (Deno) name commands. */
const PACKAGE_MANIFESTS: ReadonlySet<string> = new Set(['package.json', 'composer.json', 'deno.json', 'deno.jsonc']);
/** A manifest's object of commands, opened on its line: `"scripts": {`. */
const SCRIPTS_OBJECT = /(?:^|[{,])[ \t]*"(?:scripts|tasks)"[ \t]*:[ \t]*\{/;

/**
 * The lines of a package manifest's commands (growthbook's `"migrate-encryption-key": "pnpm --filter back-end
 * migrate-encryption-key"`): each key names a script, each value is a command line, never a setting. Null when the
 * manifest has none.
 */
function manifestScripts(lines: readonly Line[]): Uint8Array | null {
  let skip: Uint8Array | null = null;
  for (let k = 0; k < lines.length; k++) {
    const opened = lines[k]!.offset === 0 ? SCRIPTS_OBJECT.exec(lines[k]!.text) : null;
    if (opened === null) continue;
    skip ??= new Uint8Array(lines.length);
    // To the brace that closes it, strings and their escapes passed over. A long line's later windows repeat part of
    // the one before: only its first is counted.
    let depth = 0;
    let inString = false;
    for (let first = true; k < lines.length; k++, first = false) {
      skip[k] = 1;
      if (lines[k]!.offset !== 0) continue;
      const t = lines[k]!.text;
      // On the opening line, from the object's name: braces before it are the manifest's own. (A JSON string ends on
      // its line.)
      inString = false;
      for (let i = first ? opened.index : 0; i < t.length; i++) {
        const c = t[i]!;
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
      }
      if (depth <= 0) break;
    }
  }
  return skip;
}

/** A manifest's script: its name, its command (as JSON writes it, escapes and all). */
const SCRIPT_ENTRY = /"([^"\\\n]{1,100})"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){0,2000})"/g;
/** Script names that say they run the tests, or a development server or watcher. */
const TEST_SCRIPT = /^(?:test|e2e|cypress|jest|vitest|mocha|playwright|spec)(?:$|[:_-])|[:_-](?:test|e2e|spec)s?(?:$|[:_-])/i;
const DEV_SCRIPT = /^(?:dev|develop|watch|serve|storybook)(?:$|[:_-])|[:_-](?:dev|develop|watch|local)(?:$|[:_-])/i;
/** Script names that say they build the application: a value there is given to one build (`next build`). */
const BUILD_SCRIPT = /^(?:pre|post)?(?:build|compile|bundle)(?:$|[:_-])/i;

/**
 * A manifest's scripts are command lines: `"start": "JWT_SECRET=… node server.js"` sets a secret as a shell line
 * does, and is read so. A script named for the tests holds what the tests run with; one named for development, what a
 * developer's server runs with; one named for the build, what one build runs with (homarr's `NEXTAUTH_SECRET=…
 * next build`).
 */
function scriptCommands(lines: readonly Line[], skip: Uint8Array, names: SecretNames, budget: WalkBudget, mayMatter: RegExp, out: SecretOccurrence[]): void {
  const shellKeys = fileKeys('', 'shell');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (skip[k] !== 1 || line.offset !== 0) continue;
    SCRIPT_ENTRY.lastIndex = 0;
    for (let m = SCRIPT_ENTRY.exec(line.text); m !== null; m = SCRIPT_ENTRY.exec(line.text)) {
      if (!mayMatter.test(m[2]!)) continue;
      const at = m.index + m[0].length - m[2]!.length - 1;
      scriptCommand(line, m[1]!, m[2]!, at, names, shellKeys, budget, out);
    }
  }
}

/**
 * Reads one script's command (`raw`, as JSON writes it, starting at column `at` of `line`) as a shell line, and
 * reports what it sets where the JSON has it.
 */
function scriptCommand(line: Line, script: string, raw: string, at: number, names: SecretNames, shellKeys: ReadonlySet<string>, budget: WalkBudget, out: SecretOccurrence[]): void {
  // The command unescaped, and where each of its characters is in the JSON.
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw[i + 1]!;
      text += e === 'n' || e === 't' || e === 'r' ? ' ' : e === 'u' ? '?' : e;
      from.push(at + i);
      i += e === 'u' ? 5 : 1;
      continue;
    }
    text += c;
    from.push(at + i);
  }
  const command = { ...line, text: ' '.repeat(at) + text };
  const found: SecretOccurrence[] = [];
  new LineAnalyzer([command], 0, 'shell', names, shellKeys, budget, found, command.text.length).run();
  // Columns back to the JSON's: a character of the command is where `from` says; the padding is where it was.
  const place = (i: number) => (i < at ? i : (from[i - at] ?? at + raw.length));
  for (let j = 0; j < found.length; j++) {
    const o = found[j]!;
    found[j] = { ...o, column: place(o.column - 1) + 1, endColumn: place(o.endColumn - 2) + 2 };
  }
  const section: Section | null = TEST_SCRIPT.test(script)
    ? { context: 'test', why: `the \`${script}\` script, which runs the tests` }
    : DEV_SCRIPT.test(script)
      ? { context: 'development', why: `the \`${script}\` script, which runs a development server or watcher` }
      : BUILD_SCRIPT.test(script)
        ? { context: 'build', why: `the \`${script}\` script, which builds the application` }
        : null;
  for (const o of found) out.push(section === null || o.context !== undefined ? o : { ...o, context: section.context, contextWhy: section.why });
}

/**
 * The lines inside Elixir heredocs (`@moduledoc """`, `@doc ~S"""`, a
 * multi-line string): documentation and text, not configuration. Phoenix's
 * `Phoenix.Endpoint` docs show `secret_key_base: "…"` in one. Null when there are none.
 */
function elixirHeredocs(lines: readonly Line[]): Uint8Array | null {
  let skip: Uint8Array | null = null;
  let open = false;
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (open) {
      (skip ??= new Uint8Array(lines.length))[idx] = 1;
      if (line.offset === 0 && HEREDOC_CLOSE.test(line.text)) open = false;
    } else if (HEREDOC_OPEN.test(line.text) && !HEREDOC_CLOSE.test(line.text)) {
      open = true;
    }
  }
  return skip;
}

/**
 * The lines worth reading: those holding a word of a family name (`secret`,
 * `key`, `token`, `salt`, a configured name's word) or of a signing context
 * (`jwt`, `session`…), in ASCII letters of either case. Every name, call and
 * options key the analysis acts on is ASCII and holds one of these words,
 * so a line without one yields nothing. One regular expression per line
 * (non-Unicode `i` folds ASCII letters only), not a lower-cased copy of it.
 */
const LINE_FILTERS = new WeakMap<SecretNames, RegExp>();
function lineFilter(names: SecretNames): RegExp {
  let re = LINE_FILTERS.get(names);
  if (!re) {
    LINE_FILTERS.set(names, (re = new RegExp(alternation([...names.words, ...SIGNING_CONTEXT_WORDS]), 'i')));
  }
  return re;
}

/** The words of `SecretNames.mayBeAt` as one global, ASCII-caseless regular expression (see `LineAnalyzer.run`). */
const TOKEN_WORDS = new WeakMap<SecretNames, RegExp>();
function tokenWords(names: SecretNames): RegExp {
  let re = TOKEN_WORDS.get(names);
  if (!re) TOKEN_WORDS.set(names, (re = new RegExp(alternation(names.words), 'gi')));
  return re;
}

/**
 * One line of a programming language, read with the lexer's map of its file.
 * Names in comments, docstrings and strings of text (messages, sentences,
 * another file's content) are prose: `CodeMap.inText` says which. A line
 * that is a commented-out assignment (`isCommentedAssignment`) is read as
 * code, and what it sets is reported as a notice: it is one edit away from
 * being live, but it is not live.
 */
function analyzeCodeLine(
  code: CodeMap,
  lines: readonly Line[],
  idx: number,
  lang: Lang,
  names: SecretNames,
  keys: ReadonlySet<string>,
  budget: WalkBudget,
  out: SecretOccurrence[],
): void {
  const line = lines[idx]!;
  const base = code.lineStart(line.number - 1) + line.offset;
  const from = out.length;
  let kept = from;
  if (line.offset === 0 && isCommentedAssignment(code, line.text, base)) {
    new LineAnalyzer(lines, idx, lang, names, keys, budget, out, line.text.length).run();
    for (let k = from; k < out.length; k++) {
      const o = out[k]!;
      if (o.line === line.number) out[kept++] = { ...o, severity: 'notice', commentedOut: true };
    }
  } else {
    new LineAnalyzer(lines, idx, lang, names, keys, budget, out, line.text.length, (start, literal) => code.inText(base + start, literal)).run();
    // A value read on a line below, or inside a message whose name part was code, may itself be prose.
    for (let k = from; k < out.length; k++) {
      const o = out[k]!;
      if (READ_AS_CODE.has(o) || !code.inText(code.lineStart(o.line - 1) + o.column - 1, true)) out[kept++] = o;
    }
  }
  out.length = kept;
}

/** cloud-init's data sources, named as the files it reads. */
const CLOUD_INIT_DATA = /^(?:user|vendor)-data$/i;
/**
 * Keys that hold a signing secret because of the file they are in: Laravel's
 * `config/app.php` `'key'` (APP_KEY), tymon/jwt-auth's `config/jwt.php`
 * `'secret'`, and the `'secret'` of each connection in `config/broadcasting.php`
 * (Pusher, Reverb: it signs channel auth and events; their `'key'` and
 * `'app_id'` are public ids); in ASP.NET Core's `appsettings*.json`, the
 * `TokenKey` the apps of a widely followed course, and those after them
 * (Kavita), sign their JWTs with (`new SymmetricSecurityKey(Encoding.UTF8
 * .GetBytes(config["TokenKey"]))`), and its earlier `"AppSettings": { "Token" }`
 * (`GetSection("AppSettings:Token")`). Elsewhere a `tokenKey` is most often
 * the name a token is stored under (`localStorage`, a header). And a
 * constant named `SECRET` of a Java, Kotlin or C# type named for JWTs or
 * authentication (`AUTH_TYPE_FILE`): the `SecurityConstants.SECRET` of a
 * much-copied Spring Boot JWT tutorial, Ktor's `object JwtConfig { const val
 * SECRET }`, which the signing code elsewhere reads.
 */
function fileKeys(path: string, lang: Lang): ReadonlySet<string> {
  if (lang === 'json') return isAppsettings(path) ? APPSETTINGS_KEYS : NO_KEYS;
  if (lang === 'jvm' || lang === 'csharp') return AUTH_TYPE_FILE.test(path.slice(path.lastIndexOf('/') + 1)) ? AUTH_CONSTANT_KEYS : NO_KEYS;
  if (lang !== 'php') return NO_KEYS;
  // Laravel's `'key'`; CakePHP's `'Security' => ['salt' => …]`, in `config/app.php` and its `app_local.php`.
  if (/(?:^|\/)config\/app\.php$/.test(path)) return APP_PHP_KEYS;
  if (/(?:^|\/)config\/app_local\.php$/.test(path)) return CAKE_LOCAL_KEYS;
  // CodeIgniter 4's `class Encryption extends BaseConfig { public string $key = '…'; }`: its encryption key, which also
  // keys the HMAC of every message it encrypts. Magento's `app/etc/env.php`: `'crypt' => ['key' => '…']`, the key of
  // every value it stores encrypted.
  if (/(?:^|\/)app\/Config\/Encryption\.php$/.test(path)) return KEY_ONLY;
  if (/(?:^|\/)app\/etc\/env\.php$/.test(path)) return MAGENTO_KEYS;
  if (/(?:^|\/)config\/(?:jwt|broadcasting)\.php$/.test(path)) return new Set(['secret']);
  return NO_KEYS;
}
const NO_KEYS: ReadonlySet<string> = new Set();
/** Pyramid's `auth.secret` (also `auth_tkt.secret`), as its scaffolds' `.ini` files set it. */
const PASTE_AUTH_SECRET = /^auth(?:_?tkt)?\.secret$/i;
/** What declares a PHP property before its `$`: `public`, `protected static`, `public string`, `private ?string`, `var`. */
const PHP_PROPERTY_HEAD = /(?:^|[\s;{])(?:public|protected|private|var)(?:\s+(?:static|readonly))?(?:\s+\??[A-Za-z_\\][\w\\|]*)?\s+$/;
const APP_PHP_KEYS: ReadonlySet<string> = new Set(['key', 'salt']);
const CAKE_LOCAL_KEYS: ReadonlySet<string> = new Set(['salt']);
const KEY_ONLY: ReadonlySet<string> = new Set(['key']);
const MAGENTO_KEYS: ReadonlySet<string> = new Set(['key']);
/**
 * The secrets a compose file's environment names for the images it runs: `<IMAGE>_SECRET` for each image's own name
 * (`usefathom/fathom:latest` → `FATHOM_SECRET`, the key its sessions are signed with), and Directus's bare `SECRET`;
 * null for a file that runs no image. Lower case, as names are looked up.
 */
function imageSecretKeys(text: string): ReadonlySet<string> | null {
  if (!text.includes('image:')) return null;
  const keys = new Set<string>();
  for (const m of text.matchAll(SERVICE_IMAGE)) {
    const name = m[1]!.toLowerCase();
    if (name === 'directus' && m[0].includes('directus/directus')) keys.add('secret');
    if (name.length >= 3 && !GENERIC_IMAGES.has(name)) keys.add(`${name.replace(/[-.]/g, '_')}_secret`);
  }
  return keys.size > 0 ? keys : null;
}
/** `image: usefathom/fathom:latest`: the image's own name, after its registry and owner and before its tag. */
const SERVICE_IMAGE = /^[ \t]*(?:-[ \t]+)?image:[ \t]*["']?(?:\$\{\w{1,64}:?-)?(?:[\w.-]{1,128}(?::\d{1,5})?\/){0,3}([a-z0-9][a-z0-9_.-]{0,63})(?=[:@"'\s}]|$)/gm;
/** Images whose name says nothing of an application's own (`app`, `web`, `api`): their `<NAME>_SECRET` is a family name or nothing. */
const GENERIC_IMAGES: ReadonlySet<string> = new Set(['app', 'web', 'api', 'server', 'client', 'backend', 'frontend', 'worker', 'service']);
/**
 * The array a key of these files must sit in: CakePHP's `'Security' => ['salt' => …]` (not a Hashids `'salt'`),
 * Magento's `'crypt' => ['key' => …]` (not `remote_storage`'s AWS key id).
 */
const PHP_PARENT = new Map<ReadonlySet<string>, Readonly<Record<string, string>>>([
  [APP_PHP_KEYS, { salt: 'security' }],
  [CAKE_LOCAL_KEYS, { salt: 'security' }],
  [MAGENTO_KEYS, { key: 'crypt' }],
]);
/** A line that only opens an array, and one that only gives its key. */
const ARRAY_OPENER = /^\s*(?:\[|array\s*\()\s*$/;
const PHP_KEY_ARROW = /['"]([\w.]+)['"]\s*=>\s*$/;
/** `'name' => [` or `'name' => array(` ending a line or the text before a key. */
const PHP_ARRAY_OPEN = /['"]([\w.]+)['"]\s*=>\s*(?:\[|array\s*\()\s*$/;
/** See `LineAnalyzer.calleesGiven`. */
const PASSED = new WeakMap<readonly Line[], Map<string, readonly string[]>>();
const PLAIN_IDENTIFIER = /^[A-Za-z_$][\w$]{0,60}$/;
/** pydantic's wrappers of a secret setting's value, up to their parenthesis (sticky). */
const PYDANTIC_SECRET = /Secret(?:Str|Bytes)[ \t]*\(/y;
/** See `fileKeys`; a nested key as `parent.key`, lower case. */
const APPSETTINGS_KEYS: ReadonlySet<string> = new Set(['tokenkey', 'appsettings.token']);
const AUTH_CONSTANT_KEYS: ReadonlySet<string> = new Set(['secret']);
/** Lower-case words joined by `_`, `-` or `.`: a name (`client_secret`, `x-auth-secret`), not a key. */
const LOWER_CASE_NAME = /^[a-z]+(?:[_.-][a-z]+)+$/;
/** A source file named for JWTs or authentication: `SecurityConstants.java`, `JwtParams.kt`, `JWTAuthorizationFilter.java`. */
const AUTH_TYPE_FILE = /^\w*(?:jwt|security|auth)\w*\.(?:java|kt|kts|scala|groovy|cs)$/i;

/** Lookups of an enclosing object per line: bounds the work on lines full of `secret:` keys. */
const MAX_CONTEXT_LOOKUPS = 8;

/** Active Record encryption's three keys (`bin/rails db:encryption:init`). */
const ENCRYPTION_KEYWORDS: ReadonlySet<string> = new Set(['primary_key', 'deterministic_key', 'key_derivation_salt']);
/** A hash assigned to Active Record encryption's settings: `config.active_record.encryption = {`. */
const ENCRYPTION_OPTIONS = /(?:^|\.)active_record\.encryption$/;
/** Its keyword arguments or hash passed to `ActiveRecord::Encryption.configure(` (the callee with `.` for `::`). */
const ENCRYPTION_CONFIGURE = /(?:^|\.)ActiveRecord\.Encryption\.configure\(/;
/**
 * Names looked at per line (or 4 KiB window). Each can read forward to the
 * line's end, so without a cap a line of `SECRET_KEY=SECRET_KEY=…` would cost
 * the square of its length. Real lines hold a handful.
 */
const MAX_NAMES_PER_LINE = 16;
/**
 * Characters the look-arounds that cross lines (YAML parents, enclosing
 * objects, multi-line lists and blocks) may visit in one file, in all:
 * keeps the whole analysis linear in the file's size.
 */
const WALK_PER_CHAR = 4;
const WALK_FLOOR = 1 << 16;
/** Lines below a call's opening line that its arguments may run on to. */
const MAX_CALL_LINES = 4;
/** Lines a `*_FALLBACKS` list is read over, from its opening line. */
const MAX_LIST_LINES = 50;
/** Lines a Terraform `variable` block is read over, from its opening line. */
const MAX_VARIABLE_LINES = 20;
/** What may stand before a name that starts a YAML scalar: indentation, a list dash, a key, a quote. */
const YAML_SCALAR_START = /^\s*(?:-\s+)?(?:[\w.-]+:\s+)?["']?$/;
/** Lines above and below a Helm `…SecretKey:` that its `…SecretName:` sibling is looked for on. */
const MAX_SIBLING_LINES = 16;
/** Lines above a provider's client's option that its call may open on (`new Stripe({` / `  apiKey: …`). */
const MAX_CLIENT_LINES = 3;
/** An entry of a Kubernetes container's `env:` list by its name: `- name: GARAGE_DEFAULT_ACCESS_KEY`. */
const ENV_LIST_NAME = /^\s*-\s+name:\s*["']?([A-Za-z_][\w.-]{0,127})["']?\s*$/;
/** Lines below a `name:` that its sibling `value:` is looked for on. */
const MAX_PAIR_LINES = 6;
/**
 * How many lines below the line being read a value may be reported: a
 * finding on line n comes from reading a line in [n - REACH, n].
 */
const REACH = Math.max(MAX_CALL_LINES, MAX_LIST_LINES - 1, MAX_VARIABLE_LINES - 1, MAX_PAIR_LINES);
/** `\` continuation lines looked at on either side of a shell command. */
const MAX_CONTINUATIONS = 10;
/** Build steps that load the settings and so need some key, never the real one. */
const BUILD_COMMAND = /\b(?:collectstatic|compilemessages|assets:precompile)\b/;
/**
 * What stands before the `(` of a call that sets a config key (the last 40 characters): Laravel's
 * `Config::set`, CakePHP's `Configure::write('Security.salt', '…')`, and Symfony's
 * `$container->setParameter('mautic.secret_key', '…')`.
 */
const CONFIG_SETTER = /(?:\bConfig\s*::\s*set|\bConfigure\s*::\s*write|\bconfig\s*\(\s*\)\s*->\s*set|\bapp\s*\(\s*['"]config['"]\s*\)\s*->\s*set|\[\s*['"]config['"]\s*\]\s*->\s*set|\bWithConfig|->\s*setParameter)\s*$/i;
/**
 * A dotted key path that starts in lower case: `action_dispatch.secret_key_base`, `app.jwt-secret`, and
 * viper's `service.JWTSecret` (vikunja's config keys, in Go raw strings).
 */
const KEY_PATH = /^[a-z][a-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)+$/;
/** A value that starts as a dotenv line does: `PUSHER_APP_SECRET=`, `JWT_SECRET=…`. */
const DOTENV_LINE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=/;
/**
 * A framework's own key setting set on its configuration object, which takes the string as the key itself, whatever
 * it spells: Rails' `config.secret_key_base = "SECRET_TOKEN"` (solidus' dummy application), Flask's `app.secret_key`.
 */
const FRAMEWORK_KEY_SETTER = /^(?:config|app|application|Rails\.application(?:\.config)?)\.(?:secret_key_base|secret_key|secret_token)$/;

/** An environment variable's name: `JWT_SECRET`, `DJANGO_SECRET_KEY`. */
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Names written as a request to fill in a value (normalised). */
const FILL_IN = /^(?:your|my|change|replace|enter|insert|put|set)|here$/;
const BUILD_ONLY: Section = { context: 'build', why: 'build-only value' };
/** A stand-in given to one command that builds, migrates or generates code (`PAYLOAD_SECRET=ignore payload migrate`). */
const ONE_OFF_BUILD: Section = { context: 'build', why: 'a stand-in for one command that builds, migrates or generates code' };
/**
 * A command that builds, migrates or generates code, run with a value set for it alone: `payload migrate`, `next
 * build`, `prisma generate`, `payload generate:types`, `python manage.py migrate`, `rails db:migrate` (it serves
 * nothing, and needs some key, never the real one).
 */
const LEADING_ASSIGNMENTS = /^(?:[A-Za-z_]\w{0,100}=\S{0,4000}\s+){1,20}/;
const ONE_OFF_COMMAND = /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+|bunx?\s+)?(?:[\w@./-]{1,60}\s+){1,2}(?:run\s+)?(?:db:)?(?:migrate|build|generate|codegen|typecheck)(?::[\w-]{1,40})?(?![\w-])/;
const NO_SECRET_BY_COMMENT: Section = { context: 'example', why: NO_SECRET_BY_COMMENT_WHY };
/** A comment saying that what follows is no secret: `not actually a secret`, `isn't a secret`, `not sensitive`. */
const NO_SECRET = /\b(?:not|isn'?t)\s+(?:actually\s+|really\s+|meant\s+to\s+be\s+|considered\s+|used\s+as\s+)?(?:a\s+)?(?:real\s+)?(?:secret|sensitive|confidential)\b/i;
/** A setting's name in a comment: `API_BASE_URL`, `jwt_secret`, `cookieSecret` (words joined by `_` or in camel case). */
const SETTING_NAME = /\b(?:[A-Za-z][a-z0-9]*_[A-Za-z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\b/g;
/** A line that is a comment and nothing else, in the syntaxes the rules read. */
const COMMENT_LINE = /^(?:\/\/|#|\/\*|\*|--|;|<!--)/;
/** A comment that says what follows serves a build: "build-time fallbacks", "only used during the build". */
const BUILD_ONLY_COMMENT = /\bbuild[- ]?time\b|\b(?:only|used|needed)\s+(?:at|during|for)\s+(?:the\s+)?(?:build|compilation)\b/i;
const RUN_TIME = /\brun[- ]?time\b|\bproduction\b|\bat\s+start(?:up)?\b|\b(?:never|not|don'?t|do\s+not)\b/i;
const BUILD_ONLY_BY_COMMENT: Section = { context: 'build', why: 'a comment says its values serve a build only' };
/**
 * A Python module's docstring that says its settings serve a build step: tutor's Open edX settings for
 * `collectstatic` and `compilemessages`, "Bare minimum settings for collecting production assets".
 */
const BUILD_SETTINGS_DOCSTRING =
  /\bsettings\b[^.\n]{0,40}\bfor\s+(?:collect(?:ing)?|build(?:ing)?|compil(?:e|ing))\b[^.\n]{0,40}\b(?:assets?|static\s+files|translations?|messages)\b/i;
const BUILD_SETTINGS_MODULE: Section = { context: 'build', why: "its module's docstring says its settings serve a build step" };
/** Words of a docstring that says its module serves requests: `gunicorn`, `served`, `run time`, `production settings`. */
const SERVES_REQUESTS = /\b(?:gunicorn|uwsgi|daphne|uvicorn|wsgi|asgi|runserver|serve[ds]?|serving|run[- ]?time|production\s+settings|settings\s+for\s+production)\b/i;
const SETTINGS_FOR_BUILD = new WeakMap<readonly Line[], boolean>();
/** Whether a Python module's docstring (its first statement, below comments) says `BUILD_SETTINGS_DOCSTRING` first. */
function settingsForBuild(lines: readonly Line[]): boolean {
  let known = SETTINGS_FOR_BUILD.get(lines);
  if (known === undefined) {
    known = false;
    let k = 0;
    while (k < lines.length && k < 20 && (lines[k]!.text.trim() === '' || lines[k]!.text.trimStart().startsWith('#'))) k++;
    const first = lines[k]?.text.trimStart() ?? '';
    if (first.startsWith('"""') || first.startsWith("'''")) {
      const quote = first.slice(0, 3);
      let doc = first.slice(3);
      for (let j = k + 1; j < lines.length && j - k < 10 && !doc.includes(quote); j++) doc += ` ${lines[j]!.text.trim()}`;
      const end = doc.indexOf(quote);
      // Its first sentence says so, and nothing after it names a server or the run time (a production module's
      // docstring may say a build imports it too).
      const text = end >= 0 ? doc.slice(0, Math.min(end, 600)).trim() : '';
      const stop = text.search(/\.(?:\s|$)/);
      const sentence = stop < 0 ? text : text.slice(0, stop);
      known = BUILD_SETTINGS_DOCSTRING.test(sentence) && !SERVES_REQUESTS.test(text);
    }
    SETTINGS_FOR_BUILD.set(lines, known);
  }
  return known;
}
const BUILD_ARG: Section = { context: 'build', why: 'build argument' };
/**
 * A framework's mode among a command's own assignments (`MIX_ENV=dev SECRET_KEY_BASE=dev iex -S mix phx.server`,
 * `NODE_ENV=test JWT_SECRET=x npm test`): the values set beside it are that mode's.
 */
const COMMAND_MODE = /^(?:MIX|NODE|RAILS|RACK|APP|FLASK|DJANGO|GO)_ENV=["']?(dev|development|local|test)["']?$/;
/** A word that sets a variable for the command after it: `NAME=value`. */
const ASSIGNMENT_WORD = /^[A-Za-z_]\w*=/;
/** What ends a command in a shell line. */
const COMMAND_END = ';&|()';
const DEV_COMMAND: Section = { context: 'development', why: 'command run in development mode' };
const TEST_COMMAND: Section = { context: 'test', why: 'command run in test mode' };
const TEST_RUNNER_COMMAND: Section = { context: 'test', why: 'value given to a command that runs the tests' };
/** Commands that run a project's tests, as the first words after the assignments given to them. */
const TEST_RUNNER = /^(?:go\s+test|(?:python3?\s+-m\s+)?pytest|py\.test|(?:npx\s+|yarn\s+|pnpm\s+(?:exec\s+)?)?(?:jest|vitest|mocha)|(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?test|mix\s+test|(?:bundle\s+exec\s+)?(?:rspec|rake\s+test)|cargo\s+(?:test|nextest)|(?:\S*\/)?phpunit|php\s+artisan\s+test|dotnet\s+test)(?![\w-])/;

const NON_SPACE = /\S/;
/** Words of the names of lists of values to refuse: `PLACEHOLDER_SECRETS`, `WEAK_KEYS`, `forbiddenSecrets`, `KEY_DENY_LIST`. */
const DENY_WORDS = new Set(['placeholder', 'placeholders', 'weak', 'forbidden', 'disallowed', 'rejected', 'banned', 'denylist', 'blocklist', 'blacklist', 'knownbad']);
/** Two digits or more: a key someone typed (`233`), not a sentinel (`0`, `-1`). */
const DIGITS = /^\d{2,}$/;
/** A keyword that declares the name after it, with a type between at most: `const X`, `public const string X`. */
const DECLARATION = /\b(?:const|final|static|readonly|let|var|val)\s+(?:[\w<>[\],.?]+\s+)?$/;
/** `: "Optional[str]" =`, `: 'Key | None' =`: Python's quoted annotation, up to the `=` after it. */
const QUOTED_ANNOTATION = /:\s*(?:"[\w.\[\]|, ]{1,80}"|'[\w.\[\]|, ]{1,80}')\s*=(?![=>])/y;

/** A token is a run of `[A-Za-z0-9_$@.-]`: a name, possibly dotted. */
/**
 * What is open on a line of JSON before `quote` (a member name's opening
 * quote), outermost first: each object's name, or null for an array or an
 * object of no name; null when the line closes more than it opens there, or
 * a string runs past `quote`.
 */
export function jsonOpenOnLine(s: string, quote: number): (string | null)[] | null {
  const open: (string | null)[] = [];
  // The last string, while nothing but spaces follows it; the member name a `:` took from it.
  let lastString: string | null = null;
  let name: string | null = null;
  for (let i = 0; i < quote; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 34) {
      let j = i + 1;
      while (j < quote && s.charCodeAt(j) !== 34) j += s.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= quote) return null;
      lastString = s.slice(i + 1, j);
      i = j;
      continue;
    }
    if (c === 58) name = lastString;
    else if (c === 123) open.push(name);
    else if (c === 91) open.push(null);
    else if ((c === 125 || c === 93) && open.pop() === undefined) return null;
    if (c !== 58) name = null;
    lastString = null;
  }
  return open;
}

/**
 * The name of the object that the JSON member whose name's opening quote is
 * at `quote` is in, when that object opens on the same line
 * (`"JwtSettings": { "Issuer": "x", "Secret": "…" }`): undefined when no
 * object is open on the line there (the member is in one opened above), null
 * when the object has no name that reads as one (an array's element) or the
 * line reads as no JSON.
 */
function jsonParentOnLine(s: string, quote: number): string | null | undefined {
  const open = jsonOpenOnLine(s, quote);
  if (open === null) return null;
  if (open.length === 0) return undefined;
  const parent = open[open.length - 1]!;
  return parent !== null && /^[A-Za-z0-9_.\-]+$/.test(parent) ? parent : null;
}

function isTokenCode(c: number): boolean {
  return isIdentifierCode(c) || c === 64 || c === 46 || c === 45;
}

const ENV_RECEIVERS = [
  'environ',
  'env',
  'process.env',
  'import.meta.env',
  '$_env',
  '$_server',
  'getenv()',
  'system.getenv()',
  'configservice', // NestJS `configService.get('JWT_SECRET', '…')`
  'viper', // Go `viper.SetDefault("jwt.secret", "…")`
];
const ENV_CALLS = new Set([
  'getenv',
  'env',
  'getenvordefault',
  'getenvdefault',
  'envordefault',
  'getenvor',
  'envor',
  'getenvwithdefault',
  'get_env', // Elixir System.get_env
  'getenvironmentvariable', // .NET Environment.GetEnvironmentVariable
]);
/**
 * What writes a variable, an environment's or a settings store's, from its name and its value: `os.Setenv`,
 * Go tests' `t.Setenv`, `os.putenv`, pytest's `monkeypatch.setenv`, Rust's `env::set_var`, .NET's
 * `Environment.SetEnvironmentVariable`, Elixir's `System.put_env`, Vitest's `vi.stubEnv`, Java's
 * `System.setProperty` (and any `setProperty`: a `Properties` object's), Ruby's `ENV.store`, Go's `viper.Set`. Its
 * literal is the value the variable holds.
 */
function setsVariable(callee: string): boolean {
  const dot = callee.lastIndexOf('.');
  const method = normalizeName(callee.slice(dot + 1));
  const receiver = dot >= 0 ? callee.slice(0, dot).toLowerCase() : '';
  switch (method) {
    case 'setenv':
    case 'putenv':
    case 'setvar':
    case 'stubenv':
    case 'setenvironmentvariable':
      return true;
    case 'setproperty':
      // `System.setProperty`, a `Properties` object's, Spring's environment's.
      return true;
    case 'store':
      return receiver === 'env';
    case 'set':
      // Go's `viper.Set`, and a settings store's setter: Express's `app.set('jwtSecret', …)`, KeystoneJS's
      // `keystone.set('cookie secret', …)`, nconf's; not a `Map`'s, a cache's or a header list's.
      return SETTINGS_STORE.test(receiver.slice(receiver.lastIndexOf('.') + 1));
    default:
      return false;
  }
}

/**
 * Where a quoted option name of two words ends at `start`'s word begins: just past the quote that opens
 * `'cookie secret'`, KeystoneJS's way of naming its options (lower case, a qualifier the family knows, then the
 * family's word). `start` itself for anything else: a label or a translation (`'Secret key': 'Geheimer Schlüssel'`,
 * `'missing secret'`).
 */
function spacedNameStart(s: string, start: number, end: number, quote: string): number {
  let w = start - 1;
  while (w > 0 && isAsciiLetter(s.charCodeAt(w - 1))) w--;
  if (w >= start - 1 || w < start - 30 || s[w - 1] !== quote) return start;
  return SPACED_QUALIFIERS.has(s.slice(w, start - 1)) && /^[a-z]+$/.test(s.slice(start, end)) ? w : start;
}
/** The first words of option names written in words: `cookie secret`, `session secret`, `jwt secret`, `signing key`. */
const SPACED_QUALIFIERS: ReadonlySet<string> = new Set(['cookie', 'session', 'jwt', 'signing', 'hmac', 'encryption', 'app']);
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A read of the environment right before a bare `SECRET` (what precedes its last six characters): Node's
 * `process.env.SECRET` and `process.env['SECRET']`, Python's `os.getenv('SECRET'` and `os.environ.get('SECRET'`.
 */
const ENV_SECRET_READ = /(?:\bprocess\.env(?:\.|\[["'])|\bos\.getenv\(\s*["']|\bos\.environ\.get\(\s*["'])$/;

/** Receivers whose `set(name, value)` writes a setting: Go's viper, Express's `app`, KeystoneJS, nconf, a `config` object. */
const SETTINGS_STORE = /^(?:viper|app|application|server|keystone|nconf|config|conf|cfg|settings|convict)$/;

/**
 * A project's own wrapper around the environment, named for it: healthchecks' `envsecret("SECRET_KEY", "---")`,
 * `env_str`, `read_env`, `getEnvVar`, `fromEnv` (names as `normalizeName` writes them). Not `envelope` or `envoy`, nor
 * what sets a variable (`os.Setenv`, `vi.stubEnv`, `putenv`): that writes the value, it does not fall back to it.
 */
const ENV_WRAPPER = /^(?:get|read|load|from|os)?env(?!elope|oy|set|put|orthrow|orfail|ordie|required)[a-z]{0,12}$|^(?:get|read|load|from|fetch|lookup|safe|os|sys)[a-z]{0,8}env$/;
/** The first quoted string of a call's arguments (`'system.session.cookieSecret'`), or the empty string. */
function firstQuoted(args: string): string {
  return /["']([^"'\n]{1,120})["']/.exec(args)?.[1] ?? '';
}

/** Whether `value` holds a word of `key` (split at separators and case changes): `session secret` of `session.secret`. */
function sharesWord(value: string, key: string): boolean {
  const words = new Set(key.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length >= 3).map((w) => w.toLowerCase()));
  return value.split(/[^A-Za-z]+/).some((w) => words.has(w.toLowerCase()));
}

/** A settings reader's name (normalised): `getConfig`, `get_config`, `getSetting`, `readConfigValue`, `getOption`. */
const CONFIG_READER = /^(?:get|read|fetch|lookup)(?:config|conf|cfg|setting|settings|option)(?:value)?$/;
/**
 * A wrapper's second argument that is no default: a description or a message (`requireEnv('AUTH_SECRET',
 * 'Auth.js session secret')`), a type or an encoding (`readEnv('X', 'utf8')`), a separator (`env_list('X', '.')`).
 */
const NOT_A_DEFAULT = /\s|^(?:utf-?8|ascii|latin1|base64|hex|binary|string|str|int|integer|number|bool|boolean|float|json|list|array|dict|object)$|^.$/i;
/** Languages whose code names WordPress's keys for itself (see `isWordPressName`); Go keeps `authKey` (gorilla's cookie key). */
const OWN_NAME_CODE: ReadonlySet<Lang> = new Set(['python', 'js', 'ruby', 'jvm', 'csharp']);
/** A second argument that reads the environment again, up to its name's quote: `, os.getenv(`, `, os.environ.get(`. */
const PY_NESTED_ENV_READ = /^\s*,\s*(?:os\.getenv|os\.environ\.get|environ\.get|getenv)\(\s*(?=["'])/;
/** `getattr(` a settings object, up to the comma before the setting's name: `getattr(settings,`, `getattr(django_settings,`. */
const PY_GETATTR_SETTINGS = /\bgetattr\(\s*[\w.]{0,40}(?:settings|config|conf)\s*,$/;
/** A Python mapping of settings, by its name: `config`, `app.config`, `api_config`, `self.settings`, `cfg`. */
const PY_SETTINGS_RECEIVER = /(?:^|[._])(?:config|conf|cfg|settings)$/;
/** Methods that read a name from an env-like receiver: `os.environ.get`, `env.str`, `ENV.fetch`, Strapi's `env.array`… */
const ENV_METHODS = new Set(['get', 'str', 'fetch', 'setdefault', 'getordefault', 'getenv', 'lookup', 'array', 'list']);
/**
 * The start of a value that reads one variable by a quoted name: a call or an index up to the quote
 * (`os.environ.get(`, `env(`, `ENV.fetch(`, `ENV[`), or nothing, for a member read (`process.env.X`).
 */
const ENV_READ_START = /(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,3}[ \t]*[([][ \t]*(?=["']))?/y;
/** `process.env.X`, `import.meta.env.X`, `process.env['X']` at the start of a value. */
const ENV_MEMBER = /^(?:process\.env|import\.meta\.env)(?:\.([A-Za-z_]\w*)|\[["']([A-Za-z_]\w*)["']\])/;
/** A variable that names where the secret is, not the secret: `JWT_SECRET_FILE`, `SECRET_KEY_PATH`, `keyFile`. */
const NAMES_A_PATH = /(?:^|[_.-])(?:file|path|dir|filename|location|FILE|PATH|DIR|FILENAME|LOCATION)$|[a-z0-9](?:File|Path|Dir|Filename|Location)$/;
const QUOTES_ONLY = /^["'`]+$/;
/** An HMAC key's name, as `normalizeName` writes it: `HMAC_KEY`, `WEBHOOK_HMAC_KEY`. */
const HMAC_KEY_NAME = /hmackey$/;
/** The keys BIP32 and SLIP-10 derive master keys with: `Bitcoin seed`, `ed25519 seed`, `Nist256p1 seed`. */
const SEED_LABEL = /^[A-Za-z0-9-]{2,20} seed$/;
/** Languages whose `if` and `case` are expressions with a value: Elixir's and Ruby's. */
const BRANCHING_CODE: ReadonlySet<Lang> = new Set(['elixir', 'ruby']);
/** What opens a branching expression, at the start of its code. */
const BRANCH_OPENER = /^(if|unless|case|cond)\b/;
/** The same after an assignment, on the opener's line. */
const BRANCH_START = /\b(?:if|unless|case|cond)\b/;
/** How far below its opener a branching expression is read. */
const MAX_BRANCH_LINES = 60;
/** Reads of the environment in Elixir and Ruby. */
const ENV_READ = /System\.(?:get_env|fetch_env!?)\(|\bENV(?:\[|\.fetch\b)/;
/** A heredoc's opening quotes at the end of a line (Elixir's `raise """`). */
const HEREDOC_OPENER = /("""|''')\s*$/;
/** Ruby's heredoc: `<<~MSG`, up to the line that is its word. */
const RUBY_HEREDOC = /<<[~-]?['"]?([A-Z_]\w*)['"]?/;
/** What a branch's first line follows: its condition's `do` or `then`, `else`, a clause's `->`, Ruby's `if` line. */
const BRANCH_BEFORE = /(?:\bdo|\bthen|->)$|^(?:else|elsif\b.*|when\b.*|if\b.*|unless\b.*)$/;
/** A `case` or `cond` clause whose value is a string on the same line: `nil -> "…"`, `true -> '…'`. */
const CLAUSE_VALUE = /^[\w:.!?()\[\]{}, "'=<>-]{1,80}?->\s*["']/;
/** What a branch's last line comes before: `else`, `end`, another clause. */
const BRANCH_AFTER = /^(?:else\b|elsif\b|end\b|when\b|[^"'#]{1,80}?->)/;
/** A clause of such a `case`: Ruby's `when …`, Elixir's `… ->`. */
const ENV_CLAUSE = /^when\b|->/;
/** Lines at the assignment's level that carry its expression on: `else`, `end`, another clause. */
const BRANCH_CONTINUES = /^(?:else\b|elsif\b|end\b|when\b|[^"'#]{1,80}?->)/;

/** An assignment in a condition: `if key = System.get_env("SECRET_KEY_BASE") do`. */
const BINDS = /(?:^|[^=!<>])=(?![=~>])/;

/**
 * An open `if`, `unless`, `case` or `cond` of a branching expression (see `branchValues`): its kind (`envcase` for a
 * `case` on the environment's name), whether the branch being read and its `else` run in development only, whether
 * the `else` is being read, and what the clause being read is for (`case` and `cond`).
 */
interface BranchFrame {
  kind: string;
  dev: boolean;
  elseDev: boolean;
  inElse: boolean;
  clause: EnvGuard;
}

/** Whether a branch behind this frame runs in development only. */
function isDevBranch(f: BranchFrame): boolean {
  if (f.kind === 'envcase' || f.kind === 'cond') return f.clause.dev;
  return f.inElse ? f.elseDev : f.dev;
}
/** What a credential's name ends with, in camel case or with separators: `rootPassword`, `accessKeyId`, `apiToken`. */
const CREDENTIAL_NOUN = /(?:User|Username|Password|Passwd|AccessKey|AccessKeyId|KeyId|Token|ApiKey|Credentials?|[_-](?:user|username|password|passwd|access_key|access_key_id|key_id|token|api_key|credentials?))$|^(?:user|username|password|passwd|token|credentials?)$/;
/** Languages whose statements run on over a line that ends in `||`, `??` or `or` (Python's only inside brackets, where it parses). */
const TRAILING_OR_CODE: ReadonlySet<Lang> = new Set(['js', 'php', 'ruby', 'python']);
/** Languages whose statements run on to a line that starts with `??` or `||` (Ruby's end at the line's end). */
const LEADING_OR_CODE: ReadonlySet<Lang> = new Set(['js', 'php', 'python']);
/** What may follow a default that is the whole rest of an expression: its end, a separator, a comment. */
const ENDS_EXPRESSION = /^(?:$|[,;)}\]]|\/\/|#)/;
/** Whether nothing but spaces and a line comment follow `i` on `t`. */
function endsStatement(t: string, i: number): boolean {
  const j = skipSpaces(t, i);
  return j >= t.length || t.startsWith('//', j) || t[j] === '#';
}
/** A line that carries on the expression above it: an operator, a method call, a ternary's branch. */
const CONTINUES = /^\s*(?:[-+*\/%?:|&^.<>=[(]|(?:or|and|if|unless|rescue)\b)/;
/** Languages whose statements run on over a line that ends in an assignment's operator (Python's only inside brackets). */
const CONTINUED_CODE: ReadonlySet<Lang> = new Set(['js', 'ruby', 'php', 'jvm', 'csharp', 'go', 'rust', 'elixir', 'python']);
/** A variable's or a setting's name: `CONDUIT_SECRET`, `jwt.secret`. */
const VARIABLE_NAME = /^[A-Za-z_][\w.-]{0,100}$/;

class LineAnalyzer {
  private readonly s: string;
  private readonly line: Line;
  private contextLookups = 0;
  /** End of the last value reported on this line: names inside it are part of the value. */
  private consumed = 0;
  /** How deep `envCall` reads a default that reads the environment again. */
  private nested = 0;
  /** Where the name being looked at starts on this line: whether it starts a command decides some sections. */
  private nameAt = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly idx: number,
    private readonly lang: Lang,
    private readonly names: SecretNames,
    private readonly keys: ReadonlySet<string>,
    private readonly budget: WalkBudget,
    private readonly out: SecretOccurrence[],
    /** Where the line's comment starts: names after it are prose. */
    private readonly codeEnd: number,
    /** Code syntaxes: whether a name starting at this column is prose (a comment, a docstring, a message). */
    /** Whether a column is prose; with `literal`, a column that opens a string's body is that string itself. */
    private readonly inText?: (column: number, literal?: boolean) => boolean,
  ) {
    this.line = lines[idx]!;
    this.s = this.line.text;
  }

  /**
   * Reads the line's tokens (runs of `[A-Za-z0-9_$@.-]`) from left to right.
   * Only two kinds can lead anywhere: a token holding a word of a family
   * name (`secret`, `key`…: `SecretNames.mayBeAt`; an options key that
   * `isContextKeyAt` accepts is read only when it holds `secret` as written,
   * not only once its separators are dropped), and the token right before a
   * `(` (a signing call). The others are passed over without being looked
   * at: the words are found by one regular expression and the calls by
   * `indexOf`, so the cost is that of the tokens that matter. A file whose
   * own keys are secrets (`fileKeys`: Laravel's `'key'`) has every token read.
   */
  run(): void {
    if (this.lang === 'go' && this.s.includes('efault:"')) this.goTagDefault();
    if (this.lang === 'go' && this.s.includes('Value:')) this.cliFlagDefault();
    if (this.lang === 'rust' && this.s.includes('default_value')) this.clapDefault();
    if (this.lang === 'csharp' && (this.s.includes('??') || this.s.includes('GetValue<'))) this.dotnetConfigDefault();
    if (this.keys.size > 0) {
      this.runEveryToken();
      return;
    }
    const s = this.s;
    const words = tokenWords(this.names);
    let handled = 0;
    let i = 0;
    // The next word and the next `(` at or after `i`; -1 once there is none.
    let word = -2;
    let wordEnd = 0;
    let paren = -2;
    while (handled < MAX_NAMES_PER_LINE && i < s.length) {
      if (word !== -1 && word < i) {
        words.lastIndex = i;
        const m = words.exec(s);
        word = m === null ? -1 : m.index;
        wordEnd = m === null ? 0 : m.index + m[0].length;
      }
      // The token a `(` follows (across spaces and tabs, as `skipSpaces` reads them).
      let callEnd = -1;
      while (paren !== -1) {
        if (paren < i) paren = s.indexOf('(', i);
        if (paren === -1) break;
        let e = paren;
        while (e > i && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
        if (e > i && isTokenCode(s.charCodeAt(e - 1))) {
          callEnd = e;
          break;
        }
        paren = s.indexOf('(', paren + 1);
      }
      if (word === -1 && callEnd === -1) break;
      // The earlier of the two tokens: its run of token characters, cut at `i` (a run `consumed` cut in two).
      let from: number;
      let to: number;
      if (word !== -1 && (callEnd === -1 || word < callEnd)) {
        from = word;
        to = wordEnd;
      } else {
        from = callEnd - 1;
        to = callEnd;
      }
      while (from > i && isTokenCode(s.charCodeAt(from - 1))) from--;
      while (to < s.length && isTokenCode(s.charCodeAt(to))) to++;
      if (from >= this.codeEnd) break;
      if (from < this.consumed) {
        i = this.consumed;
        continue;
      }
      i = to;
      if (this.token(from, to)) handled++;
    }
  }

  /** `run`, token by token: for files where any quoted key may be the secret. */
  private runEveryToken(): void {
    const s = this.s;
    let handled = 0;
    let i = 0;
    while (handled < MAX_NAMES_PER_LINE) {
      while (i < s.length && !isTokenCode(s.charCodeAt(i))) i++;
      if (i >= s.length || i >= this.codeEnd) break;
      if (i < this.consumed) {
        i = this.consumed;
        continue;
      }
      const start = i;
      while (i < s.length && isTokenCode(s.charCodeAt(i))) i++;
      if (this.token(start, i)) handled++;
    }
  }

  /** Reads the token `s[from, to)`, a whole run of token characters; true when it named something. */
  private token(from: number, to: number): boolean {
    const s = this.s;
    let start = from;
    let end = to;
    while (start < end && '$@.-'.includes(s[start]!)) start++;
    // A JVM system property on a command line: `-Dplay.http.secret.key=…` sets `play.http.secret.key`.
    if (s[start] === 'D' && s[start - 1] === '-' && start + 1 < end && s[start + 1]! >= 'a' && s[start + 1]! <= 'z' && (start < 2 || ' \t"\'='.includes(s[start - 2]!))) start++;
    // `'PORT=1\nJWT_SECRET=…'`: an escape is not part of the name after it.
    if (s[start - 1] === '\\' && 'ntr'.includes(s[start]!)) start++;
    while (end > start && '.-'.includes(s[end - 1]!)) end--;
    if (end <= start) return false;
    // `${JWT_SECRET-…}`: the token runs on into the default.
    // A dotted name is a Spring property (`${jwt.secret-key}`, kebab case): shell variables hold no dot.
    if (s[start - 1] === '{' && s[start - 2] === '$') {
      let dash = start;
      while (dash < end && s[dash] !== '-') dash++;
      if (!s.slice(start, dash).includes('.')) end = dash;
    }
    // KeystoneJS names its options in words (`'cookie secret': '…'`, `keystone.set('session secret', …)`): the
    // quoted words are the name.
    const spaced = s[start - 1] === ' ' && (s[end] === "'" || s[end] === '"') ? spacedNameStart(s, start, end, s[end]!) : start;
    if (this.inText?.(spaced, spaced !== start)) return false;
    start = spaced;
    // In a `sed` substitution only the replacement sets a value (`s|KEY=.*|KEY=value|`); in a search command's
    // arguments nothing does (Sentry's install script greps for `system.secret-key: '!!changeme!!'`).
    if (SHELL_LIKE.has(this.lang)) {
      const sed = sedPartAt(s, start);
      if (sed?.part === 'pattern') return false;
      if (sed === null && this.lang !== 'yaml' && inSearchCommand(s, start)) return false;
    }
    if (this.onSigningCall(end)) return true;
    // Most tokens name nothing of interest: they are passed over before any string is made.
    if (this.keys.size === 0 && !this.names.mayBeAt(s, start, end) && !isContextKeyAt(s, start, end)) return false;
    const name = s.slice(start, end);
    const lower = name.toLowerCase();
    if (this.keys.has(lower) && this.isFileKey(start, end)) {
      this.onName(name, start, end);
      return true;
    }
    if (isContextKey(name) && this.onContextKey(name, start, end)) return true;
    if (this.lang === 'ruby' && ENCRYPTION_KEYWORDS.has(lower) && this.encryptionKeyword(name, start, end)) return true;
    if (!this.names.mayBe(lower)) return false;
    // A bare `SECRET` read from the environment is the application's own secret (Huly's services:
    // `process.env.SECRET ?? 'secret'`, then their tokens are signed with it); elsewhere the word alone names anything.
    if (lastSegment(name) === 'SECRET' && ENV_SECRET_READ.test(s.slice(Math.max(0, start - 24), start + name.length - 6))) {
      this.onName(name, start, end);
      return true;
    }
    if (this.names.matches(name) && !(this.names.isWordPress(name) && !this.names.isConfigured(name) && this.othersWordPressName(name)) && !this.othersAppKey(name) && !(this.lang !== 'elixir' && isKeyBase(name) && !this.names.isConfigured(name))) {
      this.onName(name, start, end);
      return true;
    }
    if (this.lang === 'js' && lower === 'secrets' && this.cookieSecrets(start, end)) return true;
    if (this.lang === 'xml' && (lower === 'validationkey' || lower === 'decryptionkey') && this.machineKey(name, start, end)) return true;
    if (this.lang === 'yaml' || this.lang === 'json') return this.onNestedYamlKey(name, start, end);
    if (this.lang === 'ini') {
      // Pyramid's settings in a PasteDeploy file (`development.ini`, `production.ini`): `auth.secret`, the key of the
      // auth ticket cookie its scaffolds sign with (`auth.secret` alone is too plain elsewhere: a path, a test string).
      if (PASTE_AUTH_SECRET.test(name)) {
        this.onName(name, start, end);
        return true;
      }
      return this.onNestedHoconKey(name, start, end);
    }
    return false;
  }

  /**
   * Whether an `app_key` in code is the program's own (awx's `app_key = "controller"`, a path segment; SDKs' public app
   * ids): Laravel's key is the environment variable `APP_KEY`, in capitals, or its configuration path `app.key`.
   */
  private othersAppKey(name: string): boolean {
    if (!OWN_NAME_CODE.has(this.lang) && this.lang !== 'go') return false;
    const own = lastSegment(name);
    // A value in Laravel's form (`base64:` and 32 bytes) is its key wherever it is written.
    return normalizeName(own) === 'appkey' && own !== own.toUpperCase() && !this.names.isConfigured(name) && !this.s.includes('base64:');
  }

  /**
   * Whether a WordPress key or salt name (`AUTH_KEY`) is another program's own here: in Python, JavaScript, Ruby,
   * Java or C# code; and in PHP or JSON unless in capitals, as WordPress defines them (a Yii user's `auth_key` column,
   * MISP's `'AuthKey'` model and `"authkey"` API key).
   */
  private othersWordPressName(name: string): boolean {
    if (OWN_NAME_CODE.has(this.lang)) return true;
    if (this.lang !== 'php' && this.lang !== 'json') return false;
    const own = name.slice(name.lastIndexOf('.') + 1);
    return own !== own.toUpperCase();
  }

  /**
   * Whether a comment on the value's line, or on the comment lines right above it, says the value is no secret
   * (dub's `// This is not actually a secret key, it's just a string that we XOR with the key`).
   */
  private saysNoSecret(lineIdx: number, valueEnd: number): boolean {
    const t = this.lines[lineIdx]!.text;
    const hash = t.indexOf('#', valueEnd);
    const slash = t.indexOf('//', valueEnd);
    const from = Math.min(hash < 0 ? t.length : hash, slash < 0 ? t.length : slash);
    if (from < t.length && this.aboutThisValue(t.slice(from, from + 300))) return true;
    for (let k = lineIdx - 1; k >= 0 && lineIdx - k <= 3; k--) {
      const above = this.lines[k]!.text.trimStart();
      if (!COMMENT_LINE.test(above)) return false;
      if (this.aboutThisValue(above.slice(0, 300))) return true;
    }
    return false;
  }

  /**
   * The build's section when the comment that heads the block of lines `lineIdx` is in (up to twelve lines above it, no
   * blank line between) says its values serve a build only: formbricks' `read-secrets.sh`, "Build-time fallbacks used only when
   * Docker secrets are unavailable", which its Dockerfile runs around `pnpm build`. Not one that names the run time or
   * production too.
   */
  private saysBuildOnly(lineIdx: number): Section | null {
    if (this.lang === 'python') return settingsForBuild(this.lines) ? BUILD_SETTINGS_MODULE : null;
    if (this.lang !== 'shell') return null;
    for (let k = lineIdx - 1; k >= 0 && lineIdx - k <= 12; k--) {
      const above = this.lines[k]!.text.trimStart();
      if (above === '') return null;
      // The nearest comment heads the block: a sub-heading about something else ends the look.
      if (COMMENT_LINE.test(above)) return above.length <= 300 && BUILD_ONLY_COMMENT.test(above) && !RUN_TIME.test(above) ? BUILD_ONLY_BY_COMMENT : null;
    }
    return null;
  }

  /** A comment that says "not a secret" and names no other setting than the one being read (`# API_URL is not secret`). */
  private aboutThisValue(comment: string): boolean {
    if (!NO_SECRET.test(comment)) return false;
    const own = normalizeName(this.nameHere() ?? '');
    for (const m of comment.matchAll(SETTING_NAME)) if (normalizeName(m[0]) !== own) return false;
    return true;
  }

  /**
   * iron-session's `password` (`getIronSession(req, res, { password })`, `sealData(data, { password })`, an
   * object typed `SessionOptions`): the key that seals and signs the session cookie, as `secret` is Express
   * session's. Only in an object whose call or type names iron-session, a session or sealing.
   */
  ironSessionPassword(keyStart: number, valueStart: number, iron: boolean, hapi: boolean, h3 = false, nuxtAuth = false): void {
    const label = enclosingObjectLabel(this.lines, this.idx, keyStart, this.budget);
    const callee = label === null ? null : label.split('(')[0]!.trim();
    // hapi's: `server.state(name, { password })`, `@hapi/cookie`'s `cookie: { password }`, `@hapi/yar`'s
    // `cookieOptions: { password }`, hapi-auth-cookie's `server.auth.strategy('session', 'cookie', { password })`.
    const ofHapi = hapi && callee !== null && HAPI_LABEL.test(callee);
    // h3's: `useSession(event, { password })` (and its other session functions), nuxt-auth-utils'
    // `runtimeConfig: { session: { password } }`. h3 seals the session with it as iron-session does.
    const ofNuxtAuth = !ofHapi && nuxtAuth && callee === 'session';
    const ofH3 = !ofHapi && (ofNuxtAuth || (h3 && callee !== null && H3_LABEL.test(callee)));
    if (!ofHapi && !ofH3 && !(iron && ((callee !== null && IRON_LABEL.test(callee)) || this.besideCookieName()))) return;
    if (this.inText?.(keyStart)) return;
    const subject = ofHapi
      ? 'hapi cookie `password`'
      : ofNuxtAuth
        ? 'nuxt-auth-utils session `password`'
        : ofH3
          ? /Session$/.test(callee!) ? `h3 \`${callee}()\` \`password\`` : 'h3 session `password`'
          : 'iron-session `password`';
    // `password: process.env.SECRET_COOKIE_PASSWORD || '…'`: a fallback when the variable is unset.
    const member = ENV_MEMBER.exec(this.s.slice(valueStart, valueStart + 200));
    if (member) {
      const or = this.orDefault(valueStart + member[0].length);
      if (or) this.emit('fallback', member[1] ?? member[2]!, or.lit, operatorVia(or.op, member[0], or.through), or.lineIdx, subject, or.through);
      return;
    }
    const lit = readQuoted(this.s, valueStart);
    if (!lit || (lit.fString && lit.value.includes('{')) || !this.acceptable(lit)) return;
    this.nameAt = keyStart;
    this.emit('hardcoded', 'password', lit, 'string literal', this.idx, subject);
  }

  /**
   * ASP.NET's `<machineKey validationKey="…" decryptionKey="…">` (`Web.config`): the keys that sign and encrypt view
   * state, forms authentication tickets and anti-forgery tokens. Whoever holds them forges any of these, and a view
   * state signed with a published key runs code on the server. True when the attribute is one of that element's
   * (`AutoGenerate`, the default, is no key).
   */
  private machineKey(name: string, start: number, end: number): boolean {
    if (!this.inElement(start, 'machinekey')) return false;
    const s = this.s;
    let i = skipSpaces(s, end);
    if (s[i] !== '=') return true;
    const lit = readQuoted(s, skipSpaces(s, i + 1));
    if (!lit || /^AutoGenerate\b/i.test(lit.value) || !this.acceptable(lit)) return true;
    if (this.inText?.(start)) return true;
    this.nameAt = start;
    this.emit('hardcoded', name, lit, 'string literal', this.idx, `ASP.NET \`<machineKey ${name}>\``);
    // In an XML comment (`<!-- <machineKey … /> -->`): one edit away from live, a notice as other commented-out values.
    if (this.inXmlComment(start)) this.out[this.out.length - 1] = { ...this.out[this.out.length - 1]!, severity: 'notice', commentedOut: true };
    return true;
  }

  /** Whether `start` on this line is inside an XML comment opened on it or on one of the 20 lines above. */
  private inXmlComment(start: number): boolean {
    for (let k = this.idx, n = 0; k >= 0 && n <= 20; k--, n++) {
      const t = k === this.idx ? this.s.slice(0, start) : this.lines[k]!.text;
      const open = t.lastIndexOf('<!--');
      const close = t.lastIndexOf('-->');
      if (close > open) return false;
      if (open >= 0) return true;
    }
    return false;
  }

  /** Whether the XML attribute at `start` is in an open tag named `tag` (lower case), on this line or up to 8 above. */
  private inElement(start: number, tag: string): boolean {
    for (let k = this.idx, n = 0; k >= 0 && n < 8; k--, n++) {
      const t = k === this.idx ? this.s.slice(0, start) : this.lines[k]!.text;
      const open = t.lastIndexOf('<');
      if (t.lastIndexOf('>') > open) return false;
      if (open >= 0) return t.slice(open + 1, open + 1 + tag.length).toLowerCase() === tag && !/[\w.-]/.test(t[open + 1 + tag.length] ?? ' ');
    }
    return false;
  }

  /**
   * Remix's and React Router's cookie secrets, in a file that imports either: `createCookie(name, { secrets: ['…'] })`
   * and a session storage's `cookie: { secrets: ['…'] }` (`createCookieSessionStorage`, `createFileSessionStorage`…).
   * The first signs every cookie set; the others are still accepted, for rotation. True when the key was read so.
   */
  private cookieSecrets(start: number, end: number): boolean {
    const s = this.s;
    let i = end;
    if ((s[i] === '"' || s[i] === "'") && s[start - 1] === s[i]) i++;
    i = skipSpaces(s, i);
    if (s[i] !== ':') return false;
    i = skipSpaces(s, i + 1);
    if (s[i] !== '[' || !importsRemix(this.lines)) return false;
    const label = enclosingObjectLabel(this.lines, this.idx, start, this.budget);
    const callee = label === null ? null : label.split('(')[0]!.trim();
    if (callee === null || (callee !== 'cookie' && !/(?:^|\.)createCookie$/.test(callee))) return false;
    if (this.inText?.(start)) return false;
    // A cookie that holds a display preference (remix-themes' `__remix-themes`, a locale): whoever forges it picks
    // their own theme. Its secret guards nothing (documenso's `secrets: ['insecure-secret-do-not-care']`).
    this.nameAt = start;
    const cookie = callee === 'cookie' ? this.cookieName() : (COOKIE_NAME_ARGUMENT.exec(label!)?.[1] ?? null);
    if (cookie !== null && isPreferenceCookie(cookie)) return true;
    const subject = callee === 'cookie' ? "session cookie's `secrets` (Remix, React Router)" : '`secrets` of `createCookie()` (Remix, React Router)';
    this.koaKeys('secrets', subject, start, i + 1);
    return true;
  }

  /** The `name:` of the cookie options object the name being read sits in, on its line or a line of its own. */
  private cookieName(): string | null {
    const onLine = /[{,]\s*["']?name["']?\s*:\s*["'`]([\w.-]{1,60})["'`]/.exec(this.s);
    if (onLine !== null) return onLine[1]!;
    // Prettier's layout: one key a line, the object's keys at one indentation.
    const indent = this.s.length - this.s.trimStart().length;
    for (const step of [-1, 1]) {
      for (let k = this.idx + step, n = 0; k >= 0 && k < this.lines.length && n < 12; k += step, n++) {
        const t = this.lines[k]!.text;
        const trimmed = t.trimStart();
        if (trimmed === '') continue;
        if (t.length - trimmed.length < indent) break;
        const m = t.length - trimmed.length === indent ? COOKIE_NAME_KEY.exec(trimmed) : null;
        if (m !== null) return m[1]!;
      }
    }
    return null;
  }

  /**
   * Koa's `app.keys = ['…', …]` or `new Koa({ keys: ['…'] })` (`keysStart` where the match starts, `listStart` just
   * past the `[`): the first literal key. Remix's cookie `secrets` are read so too.
   */
  koaKeys(name: string, subject: string, keysStart: number, listStart: number): void {
    // Every key of the list, on its line or one a line (a list over several lines): the first signs, and every one
    // still verifies what it signed (keygrip's and Remix's rotation), so an old key written after the environment's
    // is as good as a current one to whoever forges a cookie.
    let lineIdx = this.idx;
    let t = this.s;
    let at = listStart;
    for (let n = 0; n < MAX_LIST_LINES; n++) {
      for (at = skipSpaces(t, at); at < t.length; at = skipSpaces(t, at)) {
        if (t[at] === ']') return;
        if (t[at] === ',') {
          at++;
          continue;
        }
        // `app.keys = [process.env.KOA_KEY || '…']`: a fallback when the variable is unset.
        const member = lineIdx === this.idx ? ENV_MEMBER.exec(t.slice(at, at + 200)) : null;
        const or = member ? this.orDefault(at + member[0].length) : null;
        if (member && or) {
          this.emit('fallback', member[1] ?? member[2]!, or.lit, operatorVia(or.op, member[0], or.through), or.lineIdx, subject, or.through);
          if (or.lineIdx !== this.idx) return;
          at = skipArgument(t, or.lit.end + 1);
          continue;
        }
        const lit = member ? null : readQuoted(t, at);
        if (lit && !lit.fString && !(lit.template && lit.value.includes('${')) && this.acceptable(lit)) {
          this.nameAt = keysStart;
          this.emit('hardcoded', name, lit, 'string literal', lineIdx, subject);
        }
        at = skipArgument(t, lit ? lit.end + 1 : at);
        if (at < t.length && t[at] !== ',' && t[at] !== ']') return;
      }
      lineIdx++;
      const next = this.lines[lineIdx];
      if (next === undefined || next.number === this.lines[lineIdx - 1]!.number || !this.spend(next.text.length + 1)) return;
      t = next.text;
      at = 0;
    }
  }

  /**
   * The name cookie-session is called by (one of `callees`, the names the file binds it to) when the object key at
   * `keyStart` is in its options: given to the call (`cookieSession({ keys: [...] })`), or in a variable the file
   * gives it (`const options = { keys: [...] }` … `cookieSession(options)`); null otherwise.
   */
  cookieSessionCall(keyStart: number, callees: ReadonlySet<string>): string | null {
    const label = enclosingObjectLabel(this.lines, this.idx, keyStart, this.budget);
    if (label === null) return null;
    const paren = label.indexOf('(');
    if (paren > 0) return callees.has(label.slice(0, paren)) ? label.slice(0, paren) : null;
    return this.calleesGiven(label).find((c) => callees.has(c)) ?? null;
  }

  /** Whether the object key at `keyStart` is in the options object given to `new Koa(`. */
  inKoaOptions(keyStart: number): boolean {
    const label = enclosingObjectLabel(this.lines, this.idx, keyStart, this.budget);
    return label !== null && /^(?:new\s+)?Koa\(/.test(label);
  }

  /** Whether iron-session's other required option, `cookieName`, is set within a few lines (the same options object). */
  private besideCookieName(): boolean {
    for (let k = Math.max(0, this.idx - 4); k < this.lines.length && k <= this.idx + 4; k++) {
      if (/\bcookieName["']?\s*:/.test(this.lines[k]!.text)) return true;
    }
    return false;
  }

  /**
   * The callee of a call in this file that the variable `name` is passed to and that says it signs
   * (`isSigningLabel`): `session` for `session(sess)`, `expressSession` for `expressSession(options)`; null when
   * there is none.
   */
  private passedToSigningCall(name: string): string | null {
    return this.calleesGiven(name).find(isSigningLabel) ?? null;
  }

  /**
   * The callees of the calls in this file that get the variable `name` as their first argument, in order
   * (`session` for `app.use(session(sess))`); remembered per file and name.
   */
  private calleesGiven(name: string): readonly string[] {
    if (!PLAIN_IDENTIFIER.test(name)) return [];
    let known = PASSED.get(this.lines);
    if (!known) PASSED.set(this.lines, (known = new Map()));
    let callees = known.get(name);
    if (callees === undefined) {
      const found: string[] = [];
      const argument = new RegExp(`\\([ \\t]*${name.replace(/\$/g, '\\$')}[ \\t]*[),]`, 'g');
      for (let k = 0; k < this.lines.length && this.spend(this.lines[k]!.text.length + 1); k++) {
        const t = this.lines[k]!.text;
        if (!t.includes(name)) continue;
        argument.lastIndex = 0;
        for (let m = argument.exec(t); m !== null; m = argument.exec(t)) found.push(calleeBefore(t, m.index));
      }
      known.set(name, (callees = found));
    }
    return callees;
  }

  /** Takes `n` characters from the file's walk budget; false once it is spent. */
  private spend(n: number): boolean {
    this.budget.left -= n;
    return this.budget.left >= 0;
  }

  private emit(kind: SecretOccurrence['kind'], name: string, lit: Literal, via: string, lineIdx = this.idx, subject?: string, through?: string, branch?: Section, when?: string): void {
    // A value given to a provider's client where it is made (`new Stripe(process.env.STRIPE_SECRET_KEY || '…')`); not
    // one a signing call is found with (such a finding has a subject, or the constant it reads).
    if (subject === undefined && through === undefined && branch === undefined) {
      branch = providerPlaceholder(this.lang, name, lit, this.lines[lineIdx]!.text);
      // The client made on a line above, its options one a line (`new NeynarAPIClient({` / `  apiKey: …`).
      if (branch === undefined && this.lang === 'js' && lineIdx > 0 && this.lines[lineIdx]!.offset === 0) branch = this.providerPlaceholderAbove(name, lit, lineIdx);
    }
    const line = this.lines[lineIdx]!;
    if (lineIdx === this.idx) this.consumed = Math.max(this.consumed, lit.end);
    let section = this.saysNoSecret(lineIdx, lit.end) ? NO_SECRET_BY_COMMENT : (this.sectionAt(lineIdx) ?? branch ?? this.saysBuildOnly(lineIdx));
    // A real-looking key given to a migration or a build is the deployment's own (`SECRET_KEY_BASE=… rails db:migrate`).
    if ((section === ONE_OFF_BUILD || section === BUILD_ONLY_BY_COMMENT || section === BUILD_SETTINGS_MODULE) && looksLikeSecret(lit.value) && !isPatternedValue(lit.value)) section = null;
    // In code, by the brackets around the value; in an OpenAPI document itself (YAML), by its keys (sections.ts).
    if (section === null && SCHEMA_CODE.has(this.lang) && describesSchemas(this.lines) && inExampleObject(this.lines, lineIdx, lit.start, this.budget)) {
      section = API_SCHEMA_EXAMPLE;
    }
    this.out.push({
      kind,
      name,
      value: lit.value,
      line: line.number,
      column: line.offset + lit.start + 1,
      endColumn: line.offset + lit.end + 1,
      via,
      ...(subject ? { subject } : {}),
      ...(through ? { through } : {}),
      ...(when ? { when } : {}),
      ...(section ? { context: section.context, contextWhy: section.why } : {}),
    });
  }

  /** The section a value on line `lineIdx` sits in, when it is not the file's: see `sections.ts`. */
  private sectionAt(lineIdx: number): Section | null {
    if (this.lang === 'shell' || this.lang === 'make') return lineIdx === this.idx ? this.shellBuildValue() : null;
    const code = sectionCodes(this.lines, this.lang)?.[lineIdx] ?? 0;
    // A `RUN` step's shell ends with the step: a value set for its commands never reaches the image.
    if (code === DOCKER_RUN) return lineIdx === this.idx && this.startsCommand(this.nameAt) ? BUILD_ONLY : null;
    return sectionOf(code);
  }

  /**
   * Whether the `NAME=value` at `start` is set for the command that follows
   * it or for the rest of a shell (`RUN NAME=v cmd`, `&& NAME=v cmd`,
   * `export NAME=v`, `A=1 NAME=v cmd`), rather than passed to a command
   * as an argument (`echo NAME=v >> .env`, `"NAME=v"`).
   */
  private startsCommand(start: number): boolean {
    const s = this.s;
    let k = start;
    for (let words = 0; words < 8; words++) {
      while (k > 0 && (s[k - 1] === ' ' || s[k - 1] === '\t')) k--;
      if (k === 0) return true; // a continuation line, or the start of a script line
      const c = s[k - 1]!;
      // A Makefile recipe line's own `@` (silent), `-` (failure ignored) or `+` (run under `make -n` too) before its first word.
      if (this.lang === 'make' && (c === '@' || c === '-' || c === '+') && s.slice(0, k - 1).trim() === '') return true;
      // `{ NAME=v cmd; }` groups a command; `${` opens a parameter, which the word below reads.
      if (c === ';' || c === '&' || c === '|' || c === '(' || (c === '{' && s[k - 2] !== '$')) return true;
      let w = k;
      while (w > 0 && s[w - 1] !== ' ' && s[w - 1] !== '\t' && k - w < 200) w--;
      const word = s.slice(w, k);
      // cross-env sets them for the command after it, as `env` does (a package's scripts).
      if (/^(?:export|env|then|do|else|cross-env|cross-env-shell)$/.test(word) || (this.lang === 'dockerfile' && /^run$/i.test(word))) return true;
      // `RUN --mount=…` flags, and other one-command assignments before this one (in a Makefile recipe the first may
      // carry the `@` or `-` that silences the line or ignores its failure).
      if (!/^--[\w-]+(?:=\S*)?$/.test(word) && !(this.lang === 'make' ? /^[@+-]{0,3}[A-Za-z_]\w*=/ : /^[A-Za-z_]\w*=/).test(word)) return false;
      k = w;
    }
    return false;
  }

  /**
   * Shell scripts and Makefile recipes: a dummy given to one build command
   * (`SECRET_KEY=dummy python manage.py collectstatic`,
   * `docker run -e SECRET_KEY=dummy app python manage.py collectstatic`,
   * `SECRET_KEY_BASE=dummy rails assets:precompile`) or a `docker build --build-arg`.
   */
  private shellBuildValue(): Section | null {
    const s = this.s;
    const start = this.nameAt;
    let k = start;
    while (k > 0 && (s[k - 1] === ' ' || s[k - 1] === '\t')) k--;
    let w = k;
    while (w > 0 && s[w - 1] !== ' ' && s[w - 1] !== '\t' && k - w < 20) w--;
    const flag = s.slice(w, k);
    if (flag === '--build-arg' || flag === '--build-arg=') return BUILD_ARG;
    const envFlag = flag === '-e' || flag === '--env' || flag === '--env=';
    if (!envFlag && !this.startsCommand(start)) return null;
    const command = this.commandLines();
    if (command.texts.some((t) => BUILD_COMMAND.test(t))) return BUILD_ONLY;
    // The command the value is given to (after the other assignments), up to the next separator.
    if (!envFlag) {
      let end = s.length;
      for (const sep of ['&&', '||', ';', '|']) {
        const at = s.indexOf(sep, start);
        if (at >= 0 && at < end) end = at;
      }
      const own = s.slice(start, end).replace(LEADING_ASSIGNMENTS, '');
      if (ONE_OFF_COMMAND.test(own)) return ONE_OFF_BUILD;
    }
    const mode = this.commandMode(command);
    return mode === null ? null : mode === 'test' ? TEST_COMMAND : mode === 'runner' ? TEST_RUNNER_COMMAND : DEV_COMMAND;
  }

  /**
   * The lines of the command on this line, with its `\` continuations above and below (fewer once the budget is
   * spent), and which of them is this line.
   */
  private commandLines(): { texts: string[]; at: number } {
    const ends = (t: string) => t.trimEnd().endsWith('\\');
    let from = this.idx;
    while (from > 0 && this.idx - from < MAX_CONTINUATIONS && this.lines[from - 1]!.number !== this.line.number) {
      const above = this.lines[from - 1]!.text;
      if (!this.spend(above.length + 1) || !ends(above)) break;
      from--;
    }
    const texts: string[] = [];
    for (let k = from, n = 0; k < this.lines.length && n <= 2 * MAX_CONTINUATIONS; k++, n++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) break;
      texts.push(t);
      if (k >= this.idx && !ends(t)) break;
    }
    return { texts, at: this.idx - from };
  }

  /**
   * The framework mode (`MIX_ENV=dev`, `NODE_ENV=test`) that the command setting the value at `nameAt` sets with
   * it, among the assignments before its command word (on this line or its `\` continuations); null if none.
   */
  private commandMode({ texts: lines, at }: { texts: readonly string[]; at: number }): string | null {
    if (at >= lines.length) return null;
    // The command's words, joined over its continuations; `;`, `&`, `|` and `(` end a command.
    let joined = '';
    let namePos = -1;
    for (let k = 0; k < lines.length; k++) {
      const t = lines[k]!.replace(/\\\s*$/, '');
      if (k === at) namePos = joined.length + this.nameAt;
      joined += `${t} `;
    }
    const words: { start: number; end: number }[] = [];
    let i = 0;
    while (i < joined.length) {
      const c = joined[i]!;
      if (c === ' ' || c === '\t') {
        i++;
        continue;
      }
      if (COMMAND_END.includes(c)) {
        words.push({ start: i, end: i }); // a boundary
        i++;
        continue;
      }
      const start = i;
      while (i < joined.length && joined[i] !== ' ' && joined[i] !== '\t' && !COMMAND_END.includes(joined[i]!)) i++;
      words.push({ start, end: i });
    }
    const own = words.findIndex((w) => w.start <= namePos && namePos < w.end);
    if (own < 0) return null;
    // (A Makefile recipe's first word may carry its `@`, `-` or `+`.)
    const recipe = (w: { start: number; end: number }) => (this.lang === 'make' && w === words[0] ? joined.slice(w.start, w.end).replace(/^[@+-]+/, '') : joined.slice(w.start, w.end));
    const assignment = (w: { start: number; end: number }) => w.end > w.start && ASSIGNMENT_WORD.test(recipe(w));
    let from = own;
    while (from > 0 && assignment(words[from - 1]!)) from--;
    let to = own;
    while (to + 1 < words.length && assignment(words[to + 1]!)) to++;
    for (let k = from; k <= to; k++) {
      const word = joined.slice(words[k]!.start, words[k]!.end);
      const m = COMMAND_MODE.exec(this.lang === 'make' && k === 0 ? word.replace(/^[@+-]+/, '') : word);
      if (m) return m[1]!;
    }
    // The command the values are given to runs the tests (`SECRET_KEY=x go test ./...` in a Makefile's `test:` recipe).
    const command = words[to + 1];
    return command !== undefined && command.end > command.start && TEST_RUNNER.test(joined.slice(command.start, command.start + 60)) ? 'runner' : null;
  }

  /** `jwt.sign(payload, 'x')`, `cookieParser('x')`, `SignedString([]byte("x"))`: the argument is the secret. */
  private onSigningCall(end: number): boolean {
    const s = this.s;
    const paren = skipSpaces(s, end);
    if (s[paren] !== '(') return false;
    if (!maySignAt(s, paren) && !this.callsImportedJwt(end)) return false;
    const callee = calleeBefore(s, paren);
    const call = signingCall(callee, this.lang) ?? this.importedJwtCall(callee);
    if (!call) return false;
    // The arguments may run over the next lines (`new SymmetricSecurityKey(` / `  "…"u8.ToArray()` / `)`, Prettier's
    // wrapped `jwt.sign(`): they are read in this line joined with up to four below, as far as they need.
    let w = s;
    const starts = [{ idx: this.idx, at: 0 }];
    const extend = (): boolean => {
      const k = this.idx + starts.length;
      const line = this.lines[k];
      if (starts.length >= 5 || line === undefined || line.offset !== 0 || line.text.length > 400 || !this.spend(line.text.length + 1)) return false;
      w += '\n';
      starts.push({ idx: k, at: w.length });
      w += line.text;
      return true;
    };
    const space = (i: number): number => {
      for (;;) {
        while (i < w.length && (w[i] === ' ' || w[i] === '\t' || w[i] === '\n' || w[i] === '\r')) i++;
        if (i < w.length || !extend()) return i;
      }
    };
    // Whether an argument after the key's, which ends at `from`, names an HMAC (`call.macOnly`): each is read whole,
    // over the lines below as far as it runs, up to the call's `)`.
    const macAfter = (from: number): boolean => {
      let at = from;
      while (w[at] === ',') {
        const start = at + 1;
        let e = skipArgument(w, start);
        while (e >= w.length && extend()) e = skipArgument(w, start);
        if (MAC_ALGORITHM.test(w.slice(start, e).trim())) return true;
        at = e;
      }
      return false;
    };
    // Where the argument at `at` ends, past the call that makes bytes of it when one was opened before it.
    const afterArgument = (at: number): number => {
      let e = skipArgument(w, at);
      if (bytes && w[e] === ')') e = space(e + 1);
      return e;
    };
    let i = space(paren + 1);
    // The secret's argument, by its place or (Python: `Fernet(key=…)`, `jwt.encode(payload, algorithm='HS256', key=…)`)
    // by its keyword, which may come after others.
    for (let arg = 0; ; arg++) {
      if (call.keyword !== undefined) {
        PYTHON_KEYWORD.lastIndex = i;
        const km = PYTHON_KEYWORD.exec(w);
        if (km?.[1] === call.keyword) {
          i = space(PYTHON_KEYWORD.lastIndex);
          break;
        }
        if (!km && arg === call.arg) break;
        if (arg >= MAX_KEYWORD_ARGUMENTS) return true;
      } else if (arg === call.arg) break;
      let e = skipArgument(w, i);
      while (e >= w.length && extend()) e = skipArgument(w, i);
      if (w[e] !== ',') return true;
      i = space(e + 1);
    }
    // Rust's borrowed bytes: `from_secret(&b"…"[..])`.
    if (this.lang === 'rust' && w[i] === '&') i = space(i + 1);
    // .NET's bytes of a string: `Encoding.UTF8.GetBytes("…")`, `Convert.FromBase64String("…")`.
    DOTNET_BYTES.lastIndex = i;
    let bytes = this.lang === 'csharp' && DOTNET_BYTES.exec(w) !== null;
    if (bytes) i = space(DOTNET_BYTES.lastIndex);
    // JavaScript's bytes of a string: jose's `new TextEncoder().encode("…")`, `Buffer.from("…")`.
    JS_BYTES.lastIndex = i;
    if (this.lang === 'js' && JS_BYTES.exec(w) !== null) {
      bytes = true;
      i = space(JS_BYTES.lastIndex);
    }
    // The JVM's bytes of a string: Ktor's `hex("…")`, JJWT's `Decoders.BASE64.decode(…)`, the JDK's
    // `Base64.getDecoder().decode(…)`.
    JVM_BYTES.lastIndex = i;
    if (this.lang === 'jvm' && JVM_BYTES.exec(w) !== null) {
      bytes = true;
      i = space(JVM_BYTES.lastIndex);
    }
    const lit = readQuoted(w, i);
    if (!lit) {
      if (i < s.length && (!call.macOnly || macAfter(afterArgument(i)))) this.signingConstant(callee, call.subject, i, call.hmac === true, bytes);
      return true;
    }
    if (lit.fString || lit.template && lit.value.includes('${')) return true;
    // An HMAC's key that does not look random is a protocol's label, published with it (Telegram's `'WebAppData'`,
    // BIP32's `"Bitcoin seed"`, Lightning's `b'rho'`), or a test vector: a key someone made is random.
    if (call.hmac && !looksLikeSecret(lit.value)) return true;
    let k = space(lit.end + 1);
    if (w[k] === ')' && (w.startsWith('[]byte(', i) || bytes)) k = space(k + 1); // Go's `[]byte("…")`, .NET's `GetBytes("…")`
    if (this.lang === 'csharp' && w.startsWith('u8', k)) k = space(k + 2 + (w.startsWith('.ToArray()', k + 2) ? 10 : 0)); // `"…"u8.ToArray()`
    const bytesSuffix = BYTES_SUFFIX.exec(w.slice(k, k + 80));
    if (bytesSuffix !== null) k = space(k + bytesSuffix[0].length);
    // Rust's bytes of a string: `"…".as_ref()`, `"…".as_bytes()`.
    else if (this.lang === 'rust' && (w.startsWith('.as_ref()', k) || w.startsWith('.as_bytes()', k))) k = space(w.indexOf(')', k) + 1);
    else if (this.lang === 'rust' && w.startsWith('[..]', k)) k = space(k + 4);
    if (w[k] !== ',' && w[k] !== ')') return true;
    if (call.macOnly && !macAfter(k)) return true;
    let at = starts[0]!;
    for (const st of starts) if (st.at <= lit.start) at = st;
    if (lit.end > at.at + this.lines[at.idx]!.text.length) return true; // a string that ran over lines
    const placed = { ...lit, start: lit.start - at.at, end: lit.end - at.at };
    // What a signing call is given is its key, whatever its shape would say elsewhere (`HMAC256("X-Litemall-Token")`).
    if (this.acceptable(placed, true)) {
      this.emit('hardcoded', callee, placed, 'string literal', at.idx, call.subject);
      this.out[this.out.length - 1]!.signed = true;
    }
    return true;
  }

  /**
   * A signing call given a constant of this file set once to a literal:
   * `token.SignedString([]byte(NBSecretPassword))` with `const NBSecretPassword = "…"`
   * (the Go RealWorld app), `jwt.sign(payload, JWT_KEY)`. Reported where the call is.
   */
  private signingConstant(callee: string, subject: string | undefined, i: number, hmac = false, inBytes = false): void {
    const s = this.s;
    // In a call that makes bytes of it, opened before `i` (`Decoders.BASE64.decode(SECRET)`) or at it (Go's `[]byte(`).
    const goBytes = !inBytes && s.startsWith('[]byte(', i);
    const wrapped = inBytes || goBytes;
    const at = goBytes ? i + 7 : i;
    IDENTIFIER.lastIndex = at;
    IDENTIFIER_BYTES.lastIndex = at;
    // The constant's bytes (`HMAC512(SECRET.getBytes())`, auth0's tutorials): the constant is the key.
    const m = IDENTIFIER.exec(s) ?? IDENTIFIER_BYTES.exec(s);
    let name: string;
    let end: number;
    // A constant of an object or class of this file, by its qualified name: Kotlin's `JwtConfig.SECRET`
    // (`object JwtConfig { const val SECRET = "…" }`), a Java or C# class's static constant.
    let qualifier = '';
    if (m) {
      name = m[1]!;
      end = at + m[0].length;
    } else {
      if (!QUALIFIED_CODE.has(this.lang)) return;
      QUALIFIED_CONSTANT.lastIndex = at;
      const q = QUALIFIED_CONSTANT.exec(s);
      if (!q) return;
      qualifier = `${q[1]!}.`;
      name = q[2]!;
      end = QUALIFIED_CONSTANT.lastIndex;
    }
    let k = skipSpaces(s, end);
    const bytesSuffix = BYTES_SUFFIX.exec(s.slice(k, k + 80));
    if (bytesSuffix !== null) k = skipSpaces(s, k + bytesSuffix[0].length);
    if (wrapped) {
      if (s[k] !== ')') return;
      k = skipSpaces(s, k + 1);
    }
    if (s[k] !== ',' && s[k] !== ')') return;
    // A qualified name is no local variable: only the file's constants can bind it.
    const bound = qualifier !== '' ? 'not here' : boundLiteral(this.lines, this.idx, name, this.lang, this.budget);
    if (bound === null) return;
    const constant = bound === 'not here' ? fileConstants(this.lines, this.lang, this.budget).get(name) : bound.lit;
    // What a signing call is given is its key, whatever its shape would say elsewhere (litemall's `SECRET =
    // "X-Litemall-Token"`, a header's name, given to `Algorithm.HMAC256`).
    if (!constant || !this.acceptable(constant, true) || (hmac && !looksLikeSecret(constant.value))) return;
    // A constant with a secret's name (`JWT_SECRET`) is reported where it is set, and so is one its file names a key
    // (`fileKeys`: a `SECRET` of a JWT helper) unless its value reads as a name; there, a value of a name's shape is
    // passed over, so it is reported here.
    const fileConstant = bound === 'not here' || bound.constant;
    const setsFamily = this.names.matches(name) || (qualifier === '' && fileConstant && this.keys.has(name.toLowerCase()) && !LOWER_CASE_NAME.test(constant.value));
    if (setsFamily && this.acceptable(constant)) return;
    const shown = `${qualifier}${name}`;
    const via = bound === 'not here' || bound.constant ? `the constant \`${shown}\`` : `\`${shown}\`, set on line ${bound.line}`;
    this.emit('hardcoded', callee, { ...constant, start: at, end }, `string literal, through ${via}`, this.idx, subject, shown);
    this.out[this.out.length - 1]!.signed = true;
  }

  /**
   * A Go struct field filled from the environment, with a default for when the variable is unset, in its tag:
   * envconfig's `envconfig:"JWT_SECRET" default:"…"`, caarlos0/env's `env:"JWT_SECRET" envDefault:"…"`, cleanenv's
   * `env-default:"…"`. The variable (or, without one, the field) must have a secret's name.
   */
  private goTagDefault(): void {
    const s = this.s;
    const tag = GO_TAG.exec(s);
    if (!tag) return;
    const at = tag.index + 1;
    const body = tag[1]!;
    const def = GO_TAG_DEFAULT.exec(body);
    if (!def) return;
    const variable = GO_TAG_ENV.exec(body)?.[1];
    const fieldMatch = GO_FIELD.exec(s);
    const field = fieldMatch?.[1];
    // The field is code (not a comment's): its tag, a string with spaces, is read as code too (`READ_AS_CODE`).
    if (fieldMatch === null || this.inText?.(fieldMatch[0].length - fieldMatch[1]!.length - 1)) return;
    const name = variable !== undefined && this.names.matches(variable) ? variable : field !== undefined && this.names.matches(field) ? field : null;
    if (name === null) return;
    const lit = readQuoted(s, at + def.index + def[0].length - 1);
    if (!lit || lit.end > at + body.length || !this.acceptable(lit)) return;
    this.emit('fallback', name, lit, `the \`${def[1]!}:\` struct tag`);
    READ_AS_CODE.add(this.out[this.out.length - 1]!);
  }

  /**
   * An option's default in a clap (or structopt) attribute: `#[arg(long, env = "JWT_SECRET", default_value = "…")]`
   * over `pub jwt_secret: String`. It runs when neither the command line nor the variable (when `env` names one)
   * gives the option. Named for the variable when it is of the family, else for the field.
   */
  private clapDefault(): void {
    const s = this.s;
    CLAP_DEFAULT.lastIndex = 0;
    const def = CLAP_DEFAULT.exec(s);
    if (!def || def.index >= this.codeEnd || this.inText?.(def.index)) return;
    let at = skipSpaces(s, def.index + def[0].length);
    if (def[1] === '_t' && s.startsWith('String::from(', at)) at = skipSpaces(s, at + 13);
    const lit = readQuoted(s, at);
    if (!lit || lit.fString) return;
    const attribute = this.attributeAround();
    if (attribute === null) return;
    const env = CLAP_ENV.exec(attribute.text);
    const variable = env?.[1];
    const field = CLAP_FIELD.exec(this.lines[attribute.after]?.text ?? '')?.[1];
    const name = variable !== undefined && this.names.matches(variable) ? variable : field !== undefined && this.names.matches(field) ? field : null;
    if (name === null || !this.acceptable(lit)) return;
    const when = env ? `when neither the command line nor ${variable ? `\`${variable}\`` : 'the environment'} gives it` : 'when the command line does not give the option';
    this.emit('fallback', name, lit, `\`#[${attribute.kind}(default_value${def[1] ?? ''} = …)]\``, this.idx, undefined, undefined, undefined, when);
    READ_AS_CODE.add(this.out[this.out.length - 1]!);
  }

  /**
   * The attribute this line is part of (`#[arg(`, `#[clap(`, `#[structopt(`, opened on it or up to a few lines
   * above, closed on it or below): its name, its text from the opening, and the index of the first line after it
   * that is not another attribute or a comment (the field it is on). Null when the line is in none.
   */
  private attributeAround(): { kind: string; text: string; after: number } | null {
    let open = -1;
    let kind = '';
    for (let k = this.idx; k >= 0 && this.idx - k < MAX_ATTRIBUTE_LINES; k--) {
      const t = this.lines[k]!.text;
      const m = CLAP_ATTRIBUTE.exec(t);
      if (m) {
        open = k;
        kind = m[1]!;
        break;
      }
      // Another statement above: the line is in no attribute.
      if (k < this.idx && /[;{}]\s*$/.test(t)) return null;
    }
    if (open < 0) return null;
    let text = '';
    for (let k = open; k < this.lines.length && k - open < MAX_ATTRIBUTE_LINES * 2; k++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return null;
      text += `${t}\n`;
      if (k < this.idx || !/\)\s*\]\s*$/.test(t)) continue;
      // The field: past further attributes and comments.
      let after = k + 1;
      while (after < this.lines.length && after - k <= MAX_ATTRIBUTE_LINES && /^\s*(?:#\[|\/\/|$)/.test(this.lines[after]!.text)) after++;
      return { kind, text, after };
    }
    return null;
  }

  /**
   * urfave/cli's `&cli.StringFlag{Name: "jwt-secret", Value: "…", EnvVars: []string{"JWT_SECRET"}}`, on one line or
   * over several: `Value` is used when neither the command line nor the variables give the flag. Named for the first
   * variable of the family, else for the flag.
   */
  private cliFlagDefault(): void {
    const s = this.s;
    CLI_FLAG_VALUE.lastIndex = 0;
    const value = CLI_FLAG_VALUE.exec(s);
    if (!value || value.index >= this.codeEnd || this.inText?.(value.index)) return;
    const lit = readQuoted(s, value.index + value[0].length);
    if (!lit || lit.fString) return;
    const composite = this.compositeAround(value.index);
    if (composite === null) return;
    const { type, body } = composite;
    // v2's list of literals (`[]string{"A", "B"}`), v3's `cli.EnvVars("A", "B")`, v1's one string (`"A,B"` lists several).
    const list = CLI_FLAG_ENV_LIST.exec(body)?.[1] ?? CLI_FLAG_ENV.exec(body)?.[1] ?? '';
    const variables = [...list.matchAll(/"([^"\n]*)"/g)].flatMap((m) => m[1]!.split(',').map((v) => v.trim())).filter((v) => ENV_VAR_NAME_ANY.test(v));
    const flag = CLI_FLAG_NAME.exec(body)?.[1];
    const variable = variables.find((v) => this.names.matches(v));
    const name = variable ?? (flag !== undefined && this.names.matches(flag) ? flag : null);
    if (name === null || !this.acceptable(lit)) return;
    const when = variables.length > 0 ? `when neither the command line nor ${variables.map((v) => `\`${v}\``).join(' or ')} gives it` : 'when the command line does not give the flag';
    this.emit('fallback', name, lit, `\`${type}\` \`Value\``, this.idx, undefined, undefined, undefined, when);
    READ_AS_CODE.add(this.out[this.out.length - 1]!);
  }

  /**
   * The type (`cli.StringFlag`) and text of the string flag literal that `pos` is inside, or null when it is inside
   * no such literal within a few lines either way.
   */
  private compositeAround(pos: number): { type: string; body: string } | null {
    let open: { k: number; i: number } | null = null;
    let depth = 0;
    for (let k = this.idx; k >= 0 && this.idx - k < MAX_COMPOSITE_LINES && open === null; k--) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return null;
      for (let i = k === this.idx ? pos - 1 : t.length - 1; i >= 0; i--) {
        const c = t[i];
        if (c === '}' || c === ')' || c === ']') depth++;
        else if (c === '{' || c === '(' || c === '[') {
          if (depth === 0) {
            if (c !== '{') return null;
            open = { k, i };
            break;
          }
          depth--;
        }
      }
    }
    const type = open === null ? null : CLI_STRING_FLAG.exec(this.lines[open.k]!.text.slice(Math.max(0, open.i - 80), open.i));
    if (open === null || type === null) return null;
    let text = '';
    depth = 0;
    for (let k = open.k; k < this.lines.length && k - open.k < MAX_COMPOSITE_LINES * 2; k++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return null;
      for (let i = k === open.k ? open.i + 1 : 0; i < t.length; i++) {
        const c = t[i];
        if (c === '{' || c === '(' || c === '[') depth++;
        else if (c === '}' || c === ')' || c === ']') {
          if (depth === 0) return { type: type[1]!, body: text + t.slice(k === open.k ? open.i + 1 : 0, i) };
          depth--;
        }
      }
      text += `${t.slice(k === open.k ? open.i + 1 : 0)}\n`;
    }
    return null;
  }

  /**
   * .NET configuration read with a literal for when the key is missing: `builder.Configuration["Jwt:Key"] ?? "…"`,
   * `config.GetValue<string>("Jwt:Secret") ?? "…"`, `GetSection("Jwt:Key").Value ?? "…"`. The key path's last
   * section, under its parent, must name a secret (`Jwt:Key`, `Authentication:JwtSecret`).
   */
  private dotnetConfigDefault(): void {
    const s = this.s;
    for (const read of [DOTNET_CONFIG_READ, DOTNET_GET_VALUE_DEFAULT]) {
      read.lastIndex = 0;
      for (let m = read.exec(s), n = 0; m !== null && n < 4; m = read.exec(s), n++) {
        if (this.inText?.(m.index)) continue;
        const key = m[1] ?? m[2] ?? m[3]!;
        const parts = key.split(':');
        const leaf = parts[parts.length - 1]!;
        const parent = parts.length > 1 ? parts[parts.length - 2]! : null;
        if (!this.names.matches(leaf) && !(parent !== null && this.names.matchesNested(parent, leaf))) continue;
        const lit = readQuoted(s, read.lastIndex);
        if (!lit || !/^[ \t]*(?:[),;]|$)/.test(s.slice(lit.end + 1)) || !this.acceptable(lit)) continue;
        const via =
          read === DOTNET_CONFIG_READ
            ? `\`??\` fallback after \`${s.slice(m.index, m.index + m[0].replace(/[ \t]*\?\?[ \t]*$/, '').length)}\``
            : `default of \`${s.slice(m.index, m.index + m[0].replace(/[ \t]*,[ \t]*$/, '').length)})\``;
        this.emit('fallback', key, lit, via);
        READ_AS_CODE.add(this.out[this.out.length - 1]!);
      }
    }
  }

  /** PHP `'key' => …` where the file makes the key a secret (Laravel `config/app.php`). */
  private isQuotedArrowKey(start: number, end: number): boolean {
    const s = this.s;
    const q = s[start - 1];
    return (q === "'" || q === '"') && s[end] === q && s.startsWith('=>', skipSpaces(s, end + 1));
  }

  /** Whether the name at `[start, end)` is where `fileKeys` say the file's key is set. */
  private isFileKey(start: number, end: number): boolean {
    if (this.lang === 'json') return this.isJsonKey(start, end);
    // Directus's `SECRET: …`, Fathom's `- FATHOM_SECRET=…` in a compose file's environment, in capitals as a variable
    // is written.
    if (this.lang === 'yaml') return /^[A-Z][A-Z0-9_]*$/.test(this.s.slice(start, end)) && (this.s[end] === ':' || this.s[end] === '=');
    if (this.lang === 'php') {
      if (!this.isQuotedArrowKey(start, end) && !this.isPhpProperty(start, end)) return false;
      const parent = PHP_PARENT.get(this.keys)?.[this.s.slice(start, end).toLowerCase()];
      return parent === undefined || this.phpArrayName(start - 1) === parent;
    }
    // A constant of the type: `static final String SECRET = "…"`, `const val SECRET = "…"`, `public const string Secret = "…"`.
    const upper = CONSTANT_DECLARATION.exec(this.s);
    const m = upper ?? KEYWORD_CONSTANT.exec(this.s);
    if (m === null || m[1] !== this.s.slice(start, end) || m[0].lastIndexOf(m[1]) !== start) return false;
    // An upper-case constant wherever it is; another only as a type's (`static`, `const`), not a method's `final` local.
    if (upper === null && !/\b(?:static|const)\b/.test(m[0])) return false;
    // Not a name it holds: an OAuth parameter's (`SECRET = "client_secret"`), a header's, a setting's.
    const lit = readQuoted(this.s, m[0].length);
    return lit === null || !LOWER_CASE_NAME.test(lit.value);
  }

  /**
   * The key of the PHP array a key at `keyAt` (its quote) sits in, lower-cased: on this line before it
   * (`'Security' => ['salt' => …`) or the nearest line above, less indented, that opens an array under a key.
   */
  private phpArrayName(keyAt: number): string | null {
    const here = PHP_ARRAY_OPEN.exec(this.s.slice(Math.max(0, keyAt - 80), keyAt));
    if (here) return here[1]!.toLowerCase();
    const indent = this.s.search(/\S/);
    for (let k = this.idx - 1, n = 0; k >= 0 && n < MAX_SIBLING_LINES; k--, n++) {
      const t = this.lines[k]!.text;
      const own = t.search(/\S/);
      if (own < 0 || own >= indent) continue;
      const m = PHP_ARRAY_OPEN.exec(t);
      if (m) return m[1]!.toLowerCase();
      // The array opened on a line of its own, under its key on the line above (Magento 2.0's `'crypt' =>` / `array (`).
      if (ARRAY_OPENER.test(t) && k > 0) return PHP_KEY_ARROW.exec(this.lines[k - 1]!.text)?.[1]!.toLowerCase() ?? null;
      return null;
    }
    return null;
  }

  /** `public string $key = …`: a PHP class's property, declared with its default (CodeIgniter's config classes). */
  private isPhpProperty(start: number, end: number): boolean {
    const s = this.s;
    return s[start - 1] === '$' && s[skipSpaces(s, end)] === '=' && s[skipSpaces(s, end) + 1] !== '=' && PHP_PROPERTY_HEAD.test(s.slice(Math.max(0, start - 80), start - 1));
  }

  /** `"TokenKey": …`: a JSON object's member name. */
  private isJsonKey(start: number, end: number): boolean {
    const s = this.s;
    return s[start - 1] === '"' && s[end] === '"' && s[skipSpaces(s, end + 1)] === ':';
  }

  /**
   * `secret:` inside the options of a session or JWT library:
   * `session({ secret: 'x' })`, `JwtModule.register({ secret: 'x' })`,
   * `jwtConstants = { secret: 'x' }`, Ruby `use Rack::Session::Cookie, secret: 'x'`.
   */
  private onContextKey(name: string, start: number, end: number): boolean {
    if (this.lang !== 'js' && this.lang !== 'ruby') return false;
    const s = this.s;
    let k = end;
    if ((s[start - 1] === '"' || s[start - 1] === "'") && s[k] === s[start - 1]) k++;
    k = skipSpaces(s, k);
    if (s[k] !== ':' || s[k + 1] === ':') return false;
    if (this.contextLookups++ >= MAX_CONTEXT_LOOKUPS) return false;
    const label = this.lang === 'ruby' ? s.slice(0, start) : enclosingObjectLabel(this.lines, this.idx, start, this.budget);
    if (label === null) return false;
    // `const sess = { secret: … }` then `app.use(session(sess))`, as express-session's own README writes it.
    const passedTo = isSigningLabel(label) || this.lang !== 'js' ? null : this.passedToSigningCall(label);
    if (!isSigningLabel(label) && passedTo === null) return false;
    const lit = this.readValue(skipSpaces(s, k + 1), null, false);
    if (lit && this.acceptable(lit)) {
      const subject = passedTo === null ? optionSubject(name, label) : `\`${name}\` option of \`${label}\`, passed to \`${passedTo}()\`,`;
      this.emit('hardcoded', name, lit, 'string literal', this.idx, subject);
    }
    return true;
  }

  /**
   * Active Record encryption's keys as a hash's keys or a call's keyword arguments, as `bin/rails
   * db:encryption:init`'s output is often pasted: `config.active_record.encryption = { primary_key: '…', … }`,
   * `ActiveRecord::Encryption.configure(primary_key: '…', …)`. Named and judged as the dotted settings are
   * (`config.active_record.encryption.primary_key`); the same keys of any other hash are a table's column and the
   * like. True when the key is one of these.
   */
  private encryptionKeyword(name: string, start: number, end: number): boolean {
    const s = this.s;
    const symbol = s[start - 1] === ':';
    // `primary_key: …`, or the older `:primary_key => …`.
    if (symbol ? !s.startsWith('=>', skipSpaces(s, end)) : s[end] !== ':' || s[end + 1] === ':') return false;
    if (this.contextLookups++ >= MAX_CONTEXT_LOOKUPS) return false;
    const label = enclosingObjectLabel(this.lines, this.idx, symbol ? start - 1 : start, this.budget, false, true);
    if (label === null) return false;
    const assigned = ENCRYPTION_OPTIONS.test(label);
    if (!assigned && !ENCRYPTION_CONFIGURE.test(label)) return false;
    this.onName(assigned ? `${label}.${name}` : `ActiveRecord::Encryption.${name}`, start, end);
    return true;
  }

  /**
   * `providerPlaceholder` for a client whose call opens on one of the few lines above this one and whose options
   * follow one a line: the lines read as one, the literal where it stands in them.
   */
  private providerPlaceholderAbove(name: string, lit: Literal, lineIdx: number): Section | undefined {
    let text = this.lines[lineIdx]!.text;
    for (let k = lineIdx - 1; k >= 0 && lineIdx - k <= MAX_CLIENT_LINES; k--) {
      const above = this.lines[k]!;
      if (above.offset !== 0 || above.text.length > 300) return undefined;
      text = `${above.text}\n${text}`;
      const shift = text.length - this.lines[lineIdx]!.text.length;
      const found = providerPlaceholder(this.lang, name, { ...lit, start: lit.start + shift, end: lit.end + shift }, text);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** `jwt:` on one line and `secret: …` below it (Spring, Helm values). */
  private onNestedYamlKey(name: string, start: number, end: number): boolean {
    const head = lineHead(this.s, start);
    let parent: string | null;
    if (this.lang === 'json') {
      if (!this.isJsonKey(start, end)) return false;
      // Pretty-printed JSON nests by indentation too: `"Jwt": {` then `"Key": "…"` (.NET appsettings); a key
      // after others on its line is in the object opened on that line (`"JwtSettings": { "Secret": "…" }`).
      // A JSON key's indentation is where its opening quote stands.
      const inline = head === '"' ? undefined : jsonParentOnLine(this.s, start - 1);
      const lead = this.s.length - this.s.trimStart().length;
      parent = inline !== undefined ? inline : this.s[lead] === '"' ? this.yamlParent(lead) : null;
    } else {
      if (head !== '' && head !== '-') return false;
      if (this.s[end] !== ':') return false;
      parent = this.yamlParent(start);
    }
    if (!parent) return true;
    const nested = this.names.matchesNested(parent, name) && !(this.names.isWordPress(name) && !this.names.isConfigured(name) && this.othersWordPressName(name)) && !(isKeyBase(name) && !this.names.isConfigured(name));
    if (nested || (this.lang === 'json' && (isFeathersSecret(parent, name) || this.keys.has(`${parent}.${name}`.toLowerCase())))) {
      this.onName(`${parent}.${name}`, start, end);
    } else if (this.lang === 'yaml' && name === 'secret') {
      // Micronaut's JWT signing secret, named by its generator's key: `signatures: secret: generator: secret: …`.
      const path = [...this.yamlAncestors(start, 3).reverse(), name].join('.');
      if (this.names.matches(path)) this.onName(path, start, end);
    }
    return true;
  }

  /** The keys of the YAML mappings around the line, nearest first, up to `n` (fewer where one is not a plain key). */
  private yamlAncestors(indent: number, n: number): string[] {
    const out: string[] = [];
    for (let k = this.idx - 1, seen = 0; k >= 0 && seen < 200 && out.length < n; k--, seen++) {
      const t = this.lines[k]!.text;
      if (!this.spend(Math.min(t.length, indent) + 1)) break;
      const trimmed = t.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const ind = t.length - trimmed.length;
      if (ind >= indent) continue;
      const colon = trimmed.indexOf(':');
      const key = colon > 0 ? trimmed.slice(0, colon).replace(/^- /, '').replace(/^["']|["']$/g, '') : '';
      if (!/^[A-Za-z0-9_.\-]+$/.test(key)) break;
      out.push(key);
      indent = ind;
    }
    return out;
  }

  /**
   * HOCON (Ktor's and Play's `application.conf`, Akka's): `jwt {` on one line and `secret = …` inside the
   * block. The block's opener is a lone key and `{` (`location /jwt {` in an nginx file is not one).
   */
  private onNestedHoconKey(name: string, start: number, end: number): boolean {
    if (lineHead(this.s, start) !== '' || !/^\s*[:=]/.test(this.s.slice(end, end + 40))) return false;
    const parent = this.hoconParent();
    if (parent && this.names.matchesNested(parent, name) && !(isKeyBase(name) && !this.names.isConfigured(name))) this.onName(`${parent}.${name}`, start, end);
    return true;
  }

  /**
   * The path of the HOCON blocks this line is in (`jwt` for a line inside `jwt {`, `play.http` inside
   * `play {` / `http {`), or null when it is in none, or in a block that is no key.
   */
  private hoconParent(): string | null {
    const path: string[] = [];
    let depth = 0;
    for (let k = this.idx - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) break;
      const trimmed = t.trim();
      if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
      if (trimmed.endsWith('}') && !trimmed.includes('{')) depth++;
      else if (trimmed.endsWith('{')) {
        if (depth > 0) {
          depth--;
          continue;
        }
        const m = HOCON_OPENER.exec(trimmed);
        if (!m) break;
        path.unshift(m[1]!);
      }
    }
    return path.length > 0 ? path.join('.') : null;
  }

  /**
   * HOCON's optional override on a later line of the same block: `secret = "…"` then `secret = ${?JWT_SECRET}`
   * (Ktor's and Play's generated `application.conf`). The later line wins when the variable is set, so the
   * literal is what runs when it is not: the variable's name, or null.
   */
  private hoconOverride(lineIdx: number): string | null {
    if (this.lang !== 'ini') return null;
    const key = /^\s*([\w.\-"]+)\s*[:=]/.exec(this.lines[lineIdx]!.text)?.[1];
    if (!key) return null;
    const indent = this.lines[lineIdx]!.text.search(/\S/);
    for (let k = lineIdx + 1, n = 0; k < this.lines.length && n < MAX_SIBLING_LINES; k++, n++) {
      const t = this.lines[k]!.text;
      const trimmed = t.trim();
      if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
      if (t.search(/\S/) < indent || trimmed.startsWith('}')) return null;
      const m = HOCON_OPTIONAL_OVERRIDE.exec(trimmed);
      if (m && m[1] === key) return m[2]!;
    }
    return null;
  }

  /**
   * Helm values that point at an entry of a Kubernetes Secret rather than
   * hold a value: `tokenSecretKey: "token"` beside `tokenSecretName: ""`
   * (the key to look the token up under, in the Secret named there), and
   * `secret: { name: …, key: snykApiToken }`. The sibling on the same level
   * of the same mapping says so; a `secretKey: supersecret` alone is a value.
   */
  private namesSecretEntry(name: string, value: string): boolean {
    if (value.length > 100 || !/^[A-Za-z0-9][\w.-]*$/.test(value)) return false;
    const leaf = lastSegment(name);
    // Siblings only of the key this line sets: not of a JVM property in its value (`value: "-Dplay.http.secret.key=…"`).
    const keyed = LINE_KEY.exec(this.s)?.[1] === leaf;
    const sibling = (re: RegExp): boolean => keyed && this.hasSibling(re);
    // Bitnami's convention, which most charts follow: `existingSecret` names a Secret that already exists, and
    // `existingSecretKey`, `existingSecretPasswordKey` or an `existingSecret`'s own `key:` an entry of it, in the
    // forms those names take (`jwt-secret`, `tracing.yaml`, `JWT_SECRET`, `apiToken`), never a random string.
    if (EXISTING_SECRET_NAME.test(leaf) && K8S_NAME.test(value) && readsAsName(value)) return true;
    const entry = EXISTING_SECRET_ENTRY.test(leaf) || (leaf.toLowerCase() === 'key' && EXISTING_SECRET_NAME.test(lastSegment(name.slice(0, -leaf.length - 1))));
    if (entry && readsAsName(value)) return true;
    // Helm's `adminTokenSecret: "admin-token"` (Grafana's Tempo chart): a key that ends in `Secret` set to a
    // resource name made of the key's own words names the Kubernetes Secret, as `existingSecret` does.
    const resource = /^([a-z][a-zA-Z0-9]*)Secret$/.exec(leaf);
    if (resource && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value)) {
      const words = new Set(resource[1]!.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split('-'));
      if (value.split('-').every((w) => words.has(w) || w === 'secret')) return true;
    }
    let siblingKey: RegExp;
    const paired = /^(.+?)(SecretKey|_secret_key|-secret-key)$/.exec(leaf);
    // Bitnami's Kafka chart: `keyPasswordSecretKey: key-password`, the entry of a Secret (named by another value,
    // `passwordsSecret`) that holds the key's password, by default named as the key's own first words are.
    if (paired !== null && respells(value, paired[1]!)) return true;
    // Drone's chart: `clientSecretKey: clientSecret` beside `clientSecretValue:`, the entry named as what it holds, and
    // what it holds.
    const keyOf = /^(.+?)(Key|_key|-key)$/.exec(leaf);
    if (keyOf !== null && (value === keyOf[1] || respells(value, keyOf[1]!))) {
      const valueKey = keyOf[2] === 'Key' ? 'Value' : keyOf[2] === '_key' ? '_value' : '-value';
      if (sibling(new RegExp(`^["']?${escapeRegExp(keyOf[1]!)}${valueKey}["']?\\s*:`))) return true;
    }
    // `secretName: ""` beside `secretKey: thanos.yaml` (Prometheus' object storage), or an AWX credential lookup's
    // `secret_path: /my_root/my_folder` beside `secret_key: my_key`: where to look the value up, and under what key.
    // Only a name in parts or a plain word (`minio123` is a password), beside a sibling written as a setting's name
    // is (a compose block's `SECRET_KEY: changeme` beside `SECRET_PATH:` holds a value). Beside a Secret's name
    // (Vault's chart: `secretKey: "license"`), a placeholder or a default credential (`change-me`, `minioadmin`)
    // is still a value; beside a path in a store (a Vault lookup), it is the key's name.
    if (/^secret(?:Key|_key|-key)$/.test(leaf) && (/[-._]/.test(value) || /^[a-z]{1,20}$/.test(value)) && readsAsName(value)) {
      if (sibling(/^["']?secret(?:Path|_path|-path)["']?\s*:/)) return true;
      if (!isStandInValue(value) && sibling(/^["']?secret(?:Name|_name|-name)["']?\s*:/)) return true;
    }
    // The External Secrets Operator's `data:` items, wherever the resource sits (a chart's `extraObjects:`):
    // `- secretKey: WIREGUARD_PRIVATE_KEY` beside `remoteRef: { key: … }` names the entry of the Secret it makes.
    if (leaf === 'secretKey' && (ENV_VAR_NAME.test(value) || readsAsName(value)) && sibling(/^["']?remoteRef["']?\s*:/)) return true;
    // A field's name in camel case (`secretKey: authToken`) beside the name of a Secret, not an empty one: its entry.
    if (/^secret(?:Key|_key|-key)$/.test(leaf) && CAMEL_NAME.test(value) && readsAsName(value) && !isStandInValue(value) && sibling(/^["']?secret(?:Name|_name|-name)["']?\s*:\s*["']?(?!null\b|Null\b|NULL\b)[A-Za-z0-9]/)) return true;
    // formbricks' `apiKeySecretKey: TAXONOMY_LLM_API_KEY` beside `existingSecret:`: the entry to read from that Secret,
    // named as the variable it becomes. A value that could be a key (`secretKey: minio123`) is not a name.
    if ((paired !== null || leaf === 'secretKey') && ENV_VAR_NAME.test(value) && sibling(/^["']?existingSecret(?:Name)?["']?\s*:/)) return true;
    // trigger.dev's chart: `rootPasswordSecretKey: "minio-root-password"` beside `existingSecret:` (Atlassian's charts:
    // `passwordSecretKey: password` beside `secretName:`). After a credential's
    // name (`rootPassword`, `accessKeyId`), `SecretKey` is the entry of that Secret holding it; after anything else
    // (`jwtSecretKey`, `webserverSecretKey`) it is the key itself.
    if (paired !== null && CREDENTIAL_NOUN.test(paired[1]!) && K8S_NAME.test(value) && readsAsName(value) && sibling(/^["']?(?:existingSecret\w*|\w*SecretName|secretName)["']?\s*:/)) return true;
    if (paired) {
      // Bitnami's convention names the Secret `existingSecret`, others `tokenSecretName`.
      const nameKey = paired[2] === 'SecretKey' ? 'Secret(?:Name)?' : paired[2] === '_secret_key' ? '_secret(?:_name)?' : '-secret(?:-name)?';
      siblingKey = new RegExp(`^["']?${escapeRegExp(paired[1]!)}${nameKey}["']?\\s*:`);
    } else if (leaf.toLowerCase() === 'key' && /secret$/i.test(name.slice(0, -leaf.length - 1))) {
      siblingKey = /^["']?name["']?\s*:/;
    } else {
      return false;
    }
    return sibling(siblingKey);
  }

  /**
   * Whether a key of the mapping this line's key is in (same indent, within a few lines) matches `sibling`, and
   * `same`, when given, accepts its key as written.
   */
  /**
   * In code, the field of a stored secret that a form or a store's object names: dittofeed's `{ name:
   * SecretNames.Twilio, secretKey: "authToken" }`, `{ secretName: "twilio", secretKey: "apiKey" }`. Only `secretKey`
   * set to a field's name (camel or snake case, or one lower-case word), not a placeholder and no kebab-case phrase,
   * beside `secretName:` or a `name:` given as a member of a set of secrets' names (`SecretNames.X`), in the same
   * object: a literal `name: 'acme'` is a tenant's or an app's, whose `secretKey` is its key.
   */
  private namesStoredSecretField(name: string, value: string): boolean {
    const leaf = lastSegment(name);
    if (!/^secret(?:Key|_key)$/.test(leaf)) return false;
    if (value.length > 40 || !(CAMEL_NAME.test(value) || /^[a-z]+(?:_[a-z0-9]+)+$/.test(value) || /^[a-z]{2,12}$/.test(value)) || !readsAsName(value) || isStandInValue(value)) return false;
    // `name:` given as a member of a set of secrets' names (`SecretNames.Twilio`, `Secrets.SENDGRID`), not a variable,
    // a call or another setting (`Config.APP_NAME`).
    const named = /^["']?(?:secret(?:Name|_name)["']?\s*:\s*["'`]?[A-Za-z0-9]|name["']?\s*:\s*(?=[A-Z])[A-Za-z0-9]{0,40}(?:Secret|Credential)[A-Za-z0-9]{0,40}\.[A-Za-z_]\w*\s*(?:,|$))/;
    return (LINE_KEY.exec(this.s)?.[1] === leaf && this.hasSibling(named)) || this.hasSiblingOnLine(named);
  }

  private hasSibling(sibling: RegExp, same?: (key: string) => boolean): boolean {
    // A YAML list item's keys sit where its content starts: `- secretName: x` and `  secretKey: y` are siblings.
    const item = /^(\s*)-\s+/.exec(this.s);
    const indent = item ? item[0].length : this.s.length - this.s.trimStart().length;
    const matches = (key: string) => sibling.test(key) && (same === undefined || same(key.slice(0, key.search(/["']?\s*[:=]/)).replace(/^["']/, '')));
    for (const step of [-1, 1]) {
      // A list item's first line: what is above is another item's or the parent's.
      if (step === -1 && item !== null) continue;
      for (let k = this.idx + step, n = 0; k >= 0 && k < this.lines.length && n < MAX_SIBLING_LINES; k += step, n++) {
        const t = this.lines[k]!.text;
        if (!this.spend(t.length + 1)) return false;
        const trimmed = t.trimStart();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
        const ind = t.length - trimmed.length;
        // The line that starts this item, above: its first key is a sibling, and the item starts there.
        const opens = /^-\s+/.exec(trimmed);
        if (opens && ind + opens[0].length === indent) {
          if (step === -1 && matches(trimmed.slice(opens[0].length))) return true;
          break;
        }
        if (ind < indent) break; // the mapping ended
        if (ind === indent && matches(trimmed)) return true;
      }
    }
    return false;
  }

  /**
   * Whether an item of the same list (a compose service's `environment:` as `- NAME=value` items), within a few lines
   * of this one, is a `NAME=value` that `sibling` matches, its name as `same` wants.
   */
  /**
   * Whether a Kubernetes container's `env:` list sets the store's access key (`<prefix>_ACCESS_KEY`, `…_ACCESS_KEY_ID`)
   * to a value `value` matches, within a few entries of this one: `- name: GARAGE_DEFAULT_ACCESS_KEY` and
   * `  value: "…"` on the line below it.
   */
  private hasEnvListSibling(prefix: string, value: RegExp): boolean {
    for (let k = Math.max(0, this.idx - MAX_SIBLING_LINES); k < this.lines.length && k <= this.idx + MAX_SIBLING_LINES; k++) {
      const m = ENV_LIST_NAME.exec(this.lines[k]!.text);
      if (m === null) continue;
      const key = normalizeName(m[1]!);
      if (key !== `${prefix}accesskey` && key !== `${prefix}accesskeyid`) continue;
      const next = this.lines[k + 1];
      if (next !== undefined && value.test(next.text)) return true;
    }
    return false;
  }

  private hasListSibling(sibling: RegExp, same: (key: string) => boolean): boolean {
    const item = /^(\s*)-\s+/.exec(this.s);
    if (item === null) return false;
    for (const step of [-1, 1]) {
      for (let k = this.idx + step, n = 0; k >= 0 && k < this.lines.length && n < MAX_SIBLING_LINES; k += step, n++) {
        const t = this.lines[k]!.text;
        const other = /^(\s*)-\s+(.*)$/.exec(t);
        if (other === null || other[1] !== item[1]) break;
        const entry = other[2]!;
        if (sibling.test(entry) && same(entry.slice(0, entry.search(/["']?\s*[:=]/)).replace(/^["']/, ''))) return true;
      }
    }
    return false;
  }

  /**
   * Whether the object this line's name sits in, on this line, holds a key that `sibling` matches (`{ secretName:
   * "sendgrid", secretKey: "apiKey" }`): keys after its `{` or a `,` at its depth, not in an object inside it.
   */
  private hasSiblingOnLine(sibling: RegExp): boolean {
    const t = this.s.slice(0, 1000);
    const at = Math.min(this.nameAt, t.length);
    // The `{` that opens the name's object: walking left, the first one not closed on the way.
    let open = -1;
    for (let i = at - 1, depth = 0; i >= 0; i--) {
      if (t[i] === '}') depth++;
      else if (t[i] === '{') {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    if (open < 0) return false;
    for (let i = open, depth = 0; i < t.length; i++) {
      const c = t[i]!;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
      if (depth === 1 && (c === '{' || c === ',') && i !== at && sibling.test(t.slice(i + 1, i + 80).trimStart())) return true;
    }
    return false;
  }

  /**
   * Whether the YAML line above this one with less indent than `indent` opens a mapping (ends in `:`), not a block
   * scalar (`config.yaml: |`); Helm's template actions aside. Remembered per file and indent for the line it was
   * asked for, so that a run of siblings (a Secret's `data:` entries) walks up once.
   */
  private parentOpensMapping(indent: number): boolean {
    let byIndent = PARENT_OPENS.get(this.lines);
    if (!byIndent) PARENT_OPENS.set(this.lines, (byIndent = new Map()));
    const last = byIndent.get(indent);
    let result = false;
    for (let k = this.idx - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
      if (last !== undefined && k === last.idx) {
        result = last.opens;
        break;
      }
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) break;
      const trimmed = t.trim();
      if (trimmed === '' || trimmed.startsWith('#') || TEMPLATE_ACTION.test(trimmed) || t.length - t.trimStart().length >= indent) continue;
      const comment = trimmed.search(/\s#/);
      result = (comment >= 0 ? trimmed.slice(0, comment).trimEnd() : trimmed).endsWith(':');
      break;
    }
    byIndent.set(indent, { idx: this.idx, opens: result });
    return result;
  }

  private yamlParent(indent: number): string | null {
    for (let k = this.idx - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
      const t = this.lines[k]!.text;
      if (!this.spend(Math.min(t.length, indent) + 1)) return null;
      const trimmed = t.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const ind = t.length - trimmed.length;
      if (ind < indent) {
        const colon = trimmed.indexOf(':');
        if (colon <= 0) return null;
        const key = trimmed.slice(0, colon).replace(/^- /, '').replace(/^["']|["']$/g, '');
        return /^[A-Za-z0-9_.\-]+$/.test(key) ? key : null;
      }
    }
    return null;
  }

  private onName(name: string, start: number, end: number): void {
    const s = this.s;
    this.nameAt = start;
    const before = s[start - 1];
    const quoted = before !== undefined && (before === '"' || before === "'" || before === '`') && s[end] === before;

    // The Serverless Framework's `${env:JWT_SECRET, 'dev-secret'}`: the value after the comma when the variable is unset.
    if (s.slice(Math.max(0, start - 6), start) === '${env:') {
      this.serverlessDefault(name, end);
      return;
    }
    // `${SECRET_KEY:-…}` (shell, compose) and `${jwt.secret:…}` (Spring).
    if (s.slice(Math.max(0, start - 2), start) === '${') {
      this.paramDefault(name, end);
      return;
    }
    if (quoted) {
      if (this.envCall(name, start - 1, end + 1)) return;
      if (this.defineCall(name, start - 1, end + 1)) return;
      if (this.namedPair(name, start - 1, end + 1)) return;
    } else {
      // `process.env.JWT_SECRET || '…'`, `import.meta.env.VITE_JWT_SECRET ?? '…'`
      const segs = name.toLowerCase().split('.');
      if (this.templateDefault(name, end) || this.hclDefault(name, start, end)) return;
      // GitHub Actions `${{ secrets.JWT_SECRET || '…' }}` reads a store the same way.
      const reader = segs[segs.length - 2];
      if (segs.length >= 2 && (reader === 'env' || reader === 'environ' || reader === 'secrets' || reader === 'vars')) {
        const or = this.orDefault(end);
        // formbricks' `` `${hashString(env.STRIPE_SECRET_KEY ?? "stripe-unconfigured")}-${VERSION}` ``: hashed into
        // text, the value names a cache entry; nothing signs with the fallback.
        if (or && this.lang === 'js' && HASHED_INTO_TEXT.test(s.slice(Math.max(0, start - 80), start))) return;
        if (or) {
          this.emit('fallback', lastSegment(name), or.lit, operatorVia(or.op, name, or.through), or.lineIdx, undefined, or.through);
          return;
        }
        const branch = this.lang === 'js' ? this.ternaryDefault(start, end) : null;
        if (branch) {
          this.emit('fallback', lastSegment(name), branch.lit, `the other branch of a \`? :\` that reads \`${name}\``, branch.lineIdx, undefined, undefined, branch.dev ? DEV_ONLY_BRANCH : undefined, 'whenever the condition picks that branch');
          return;
        }
        const set = this.lang === 'js' && skipSpaces(s, end) >= this.codeEnd - (s[this.codeEnd - 1] === ';' ? 1 : 0) ? this.setWhenEmpty(s.slice(0, start)) : null;
        if (set) {
          this.emit('fallback', lastSegment(name), set.lit, `set when \`${name}\` is empty`, set.lineIdx);
          return;
        }
      }
      if (this.namedPair(name, start, end)) return;
      if (this.returnsEnvDefault(name, start, end)) return;
      if (this.lang === 'xml' && before === '<' && s[end] === '>') {
        const close = s.indexOf('</', end + 1);
        if (close > end + 1) this.hardcoded(name, { value: s.slice(end + 1, close), start: end + 1, end: close, quoted: true });
        return;
      }
    }
    this.assignment(name, start, quoted ? end + 1 : end, quoted ? null : openQuote(s, start));
  }

  /**
   * A method or function named for the family whose whole body returns an environment read with a default: feedbin's
   * `def self.secret_key` / `ENV.fetch("CAMO_KEY", "secret")` / `end`, Python's `def secret_key():` / `return
   * os.getenv("X", "dev")` (or on one line), JavaScript's `get jwtSecret() { return process.env.X || 'dev' }` (the
   * `return` on the next line too) and `function jwtSecret()`. The default is the secret when the variable is unset,
   * whatever the variable is called; a variable of the family's name is read as such, where it is. True when a
   * finding was made.
   */
  private returnsEnvDefault(name: string, start: number, end: number): boolean {
    if (this.lang !== 'python' && this.lang !== 'ruby' && this.lang !== 'js') return false;
    const s = this.s;
    const head = s.slice(0, start);
    /** The first line below the definition that holds something, within three. */
    const below = (): number => {
      let k = this.idx + 1;
      while (k < this.lines.length && k - this.idx <= 3 && this.lines[k]!.text.trim() === '') k++;
      const line = this.lines[k];
      return line && line.offset === 0 && line.number !== this.line.number && k - this.idx <= 3 ? k : -1;
    };
    /** The `return …` the body opens with at `at` on this line, or on the next when the line ends there. */
    const returned = (at: number): { text: string; lineIdx: number; at: number } | null => {
      if (at < s.length) return s.startsWith('return ', at) ? { text: s, lineIdx: this.idx, at: skipSpaces(s, at + 6) } : null;
      const k = below();
      if (k < 0) return null;
      const t = this.lines[k]!.text;
      const r = skipSpaces(t, 0);
      return t.startsWith('return ', r) ? { text: t, lineIdx: k, at: skipSpaces(t, r + 6) } : null;
    };
    let body: { text: string; lineIdx: number; at: number } | null;
    if (this.lang === 'python' && DEF_HEAD.test(head)) {
      // `def secret_key(self) -> str: return …` on one line, else `return …` as the next statement.
      PY_DEF_REST.lastIndex = end;
      body = PY_DEF_REST.exec(s) === null ? null : returned(skipSpaces(s, PY_DEF_REST.lastIndex));
    } else if (this.lang === 'ruby' && DEF_HEAD.test(head)) {
      // Ruby's one statement before `end` (an endless `def x = …` is an assignment's to read).
      const after = skipSpaces(s, end);
      const k = after < s.length && s[after] !== '(' ? -1 : below();
      body = k < 0 || this.lines[k + 1]?.text.trim() !== 'end' ? null : { text: this.lines[k]!.text, lineIdx: k, at: skipSpaces(this.lines[k]!.text, 0) };
    } else if (this.lang === 'js' && JS_METHOD_HEAD.test(head)) {
      JS_PARAMS.lastIndex = end;
      body = JS_PARAMS.exec(s) === null ? null : returned(skipSpaces(s, JS_PARAMS.lastIndex));
    } else {
      return false;
    }
    if (body === null) return false;
    const read = ENV_DEFAULT_READ[this.lang]!;
    read.lastIndex = body.at;
    const m = read.exec(body.text);
    if (m === null) return false;
    const variable = m[1] ?? m[2]!;
    // A variable of the family's own name is read where it is (`ENV["SECRET_KEY_BASE"] || "…"`): once is enough.
    if (this.names.matches(variable)) return false;
    const lit = readQuoted(body.text, read.lastIndex);
    if (!lit || (lit.fString && lit.value.includes('{')) || (lit.template && lit.value.includes('${'))) return false;
    const close = skipSpaces(body.text, lit.end + 1);
    const ends = this.lang === 'js' ? close >= body.text.length || body.text[close] === ';' || body.text[close] === '}' : body.text[close] === ')' || close >= body.text.length;
    if (!ends || !this.acceptable(lit)) return false;
    this.nameAt = start;
    this.emit('fallback', lastSegment(name), lit, `default of \`${variable}\`, returned by \`${lastSegment(name)}\``, body.lineIdx);
    return true;
  }

  /** `NAME = value`, `NAME: value`, `'NAME' => value`, `ENV NAME value` and their kin. */
  private assignment(name: string, nameStart: number, after: number, closer: string | null): void {
    const s = this.s;
    let i = after;
    if (s[i] === ']') i++; // app.config['SECRET_KEY'] = …
    i = skipSpaces(s, i);
    if (this.isParameter(nameStart)) return;
    // A `$NAME` outside PHP is a variable being read (`[ $SECRET_KEY = x ]`), not assigned.
    if (s[nameStart - 1] === '$' && this.lang !== 'php') return;
    i = this.skipTypeAnnotation(i, s[after - 1] === '"' || s[after - 1] === "'");
    if (i < 0) return;
    let op: string | null = null;
    for (let c = 0; c < ASSIGNMENT_OPERATORS.length; c++) {
      if (s.startsWith(ASSIGNMENT_OPERATORS[c]!, i)) {
        op = ASSIGNMENT_OPERATORS[c]!;
        break;
      }
    }
    // Sinatra, Padrino, Capistrano: `set :session_secret, 'x'`.
    if (op === null && this.lang === 'ruby' && s[i] === ',' && /(?:^|\s)set\s+:$/.test(s.slice(Math.max(0, nameStart - 40), nameStart))) op = ',';
    if (op === null && this.lang === 'hcl' && this.terraformVariable(name, nameStart)) return;
    // A configuration DSL's setter called without parentheses at the start of a statement: Rodauth's
    // `hmac_secret 'x'` and `jwt_secret 'x'` inside `plugin :rodauth do … end`.
    if (op === null && this.lang === 'ruby' && s.slice(0, nameStart).trim() === '') {
      if (i > after && (s[i] === '"' || s[i] === "'")) op = '';
      // `hmac_secret("…")`: the same call with parentheses, the literal its one argument.
      else if (s[i] === '(' && i === after) {
        const lit = readQuoted(s, skipSpaces(s, i + 1));
        if (lit && s[skipSpaces(s, lit.end + 1)] === ')' && !(lit.fString && lit.value.includes('{'))) this.hardcoded(name, lit, '');
        return;
      }
    }
    if (op === null) {
      // Space-separated forms: Dockerfile `ENV NAME value`, `.properties` `name value`.
      const spaced = (this.lang === 'dockerfile' && /^\s*ENV\s/i.test(s)) || this.lang === 'properties';
      if (!spaced || i === after) return;
      op = '';
    }
    if (op === '=' && s[i + 1] === '=') return; // a comparison
    if (op === ':' && (s[i + 1] === ':' || s[i + 1] === '=')) return;
    // `NAME=vault-path:field`, a line of a block a secrets action reads: the name after `=` is part of a value,
    // and YAML ends a key with a colon and a space, so `path:field` is no key set to `field`. (A secret written as
    // `secret_key:value` is a string to YAML, but a secret all the same, and stays reported.)
    if (op === ':' && this.lang === 'yaml' && s[nameStart - 1] === '=' && i + 1 < s.length && s[i + 1] !== ' ' && s[i + 1] !== '\t') return;
    // `cond ? JWT_SECRET : 'fallback'`: a ternary's branch, not a key.
    if (op === ':' && s.slice(Math.max(0, nameStart - 40), nameStart).trimEnd().endsWith('?')) return;
    const j = skipSpaces(s, i + op.length);

    if (op === '=' && this.lang === 'python' && s[j] === '(' && this.environScheme(name, j)) return;
    if (this.lang === 'js' && (op === ':' || op === '=') && (s.startsWith('z.', j) || s.startsWith('str(', j) || s.startsWith('url(', j) || s.startsWith('host(', j)) && this.schemaDefault(name, j)) return;
    // `const JWT_SECRET = new TextEncoder().encode('…')` (jose), `Buffer.from('…')`: the key's bytes, of a literal.
    if (this.lang === 'js' && (s.startsWith('new TextEncoder', j) || s.startsWith('Buffer.from', j)) && ((JS_BYTES.lastIndex = j), JS_BYTES.exec(s) !== null)) {
      const lit = readQuoted(s, JS_BYTES.lastIndex);
      if (lit && !(lit.template && lit.value.includes('${')) && s[skipSpaces(s, lit.end + 1)] === ')') this.hardcoded(name, lit, op);
      return;
    }
    // pydantic's `SecretStr("…")`, `SecretBytes(b"…")`: a settings default that is only kept out of logs.
    if (this.lang === 'python' && (op === '=' || op === ':') && s.startsWith('Secret', j) && ((PYDANTIC_SECRET.lastIndex = j), PYDANTIC_SECRET.exec(s) !== null)) {
      const lit = readQuoted(s, skipSpaces(s, PYDANTIC_SECRET.lastIndex));
      if (lit && !(lit.fString && lit.value.includes('{')) && s[skipSpaces(s, lit.end + 1)] === ')') this.hardcoded(name, lit, op);
      return;
    }
    // Django and django-fernet-fields read their settings in capitals; a lower-case `fernet_keys` is a program's own
    // variable (kolla-ansible's `fernet_keys = ['barbican_crypto_key']`, the names of keys it generates).
    if (isFallbackList(name) && (s[j] === '[' || s[j] === '(') && !(this.lang === 'python' && !name.includes('.') && name !== name.toUpperCase())) {
      this.fallbackList(name, j);
      return;
    }
    if (closer !== null && s[j] === closer) return; // `"SECRET_KEY="`: set to nothing
    if (closer === null && (op === '=' || op === ':' || op === '=>' || op === ':=') && CONTINUED_CODE.has(this.lang)) {
      // `config.secret_key_base =` / `  "…"`, Prettier's `const JWT_SECRET =` / `  "…";`, Python's `SECRET_KEY = (`.
      const paren = this.lang === 'python' && op === '=' && s[j] === '(' && skipSpaces(s, j + 1) >= this.codeEnd;
      const backslash = s[j] === '\\' && skipSpaces(s, j + 1) >= this.codeEnd;
      if (j >= this.codeEnd || paren || backslash) {
        this.valueOnNextLine(name, op, paren);
        return;
      }
    }
    if (op === '=' && BRANCHING_CODE.has(this.lang) && BRANCH_OPENER.test(s.slice(j, j + 8))) {
      this.branchValues(name, this.idx);
      return;
    }
    // Python's strings in parentheses, as Black and Ruff wrap a long one: `SECRET_KEY = ('…')`, `('…' '…')`.
    if (op === '=' && this.lang === 'python' && s[j] === '(') {
      const joined = joinedStrings(s, skipSpaces(s, j + 1));
      if (joined !== null && s[joined.next] === ')' && skipSpaces(s, joined.next + 1) >= this.codeEnd) {
        this.hardcoded(name, joined.lit, op);
        return;
      }
    }
    if (op !== '' && op !== ',' && this.readsOtherVariable(name, j)) return;
    // gofiber's contrib/jwt: `SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("…")}`.
    if (this.lang === 'go' && op === ':') {
      GO_SIGNING_KEY.lastIndex = j;
      if (GO_SIGNING_KEY.exec(s)) {
        const close = s.indexOf('}', GO_SIGNING_KEY.lastIndex);
        const key = s.slice(GO_SIGNING_KEY.lastIndex, close < 0 ? s.length : close).search(/(?:^|[{,\s])Key\s*:/);
        if (key < 0) return;
        const at = s.indexOf(':', GO_SIGNING_KEY.lastIndex + key) + 1;
        const lit = readQuoted(s, skipSpaces(s, at));
        // The literal is the whole key: `[]byte("…")` closes, or the field ends.
        const next = lit ? skipSpaces(s, lit.end + 1) : -1;
        const whole = lit !== null && (s.startsWith('[]byte(', skipSpaces(s, at)) ? s[next] === ')' : s[next] === ',' || s[next] === '}');
        if (lit && whole && !lit.fString && this.acceptable(lit)) this.hardcoded(`${name}.Key`, lit, '');
        return;
      }
    }
    // A flag inside a quoted command (`sh -c 's3cmd --secret_key=x --no-ssl …'`) is read as the command's shell
    // reads it: one word, or a string quoted again inside; it ends where the outer string does.
    const flagInside = closer !== null && s[nameStart - 1] === '-' && s[nameStart - 2] !== closer && s[nameStart - 3] !== closer;
    let lit = this.readValue(j, flagInside ? null : closer, op === '');
    if (!lit) return;
    if (flagInside && !lit.quoted) {
      const v = lit.value;
      let cut = v.search(/[\s;&|]/);
      const outer = v.indexOf(closer);
      if (outer >= 0 && (cut < 0 || outer < cut)) cut = outer;
      if (cut === 0) return;
      if (cut > 0) lit = { ...lit, value: v.slice(0, cut), end: lit.start + cut };
    }
    // `SECRET_KEY = os.getenv("SECRET_KEY")` in a Python file embedded in YAML: code, read as a bare value.
    if (!lit.quoted && isMethodCall(lit.value)) return;
    // `- packer validate -var aws_secret_key=XXX -var url=XXX`: inside a command in a YAML string, the value is one
    // word. (A list item that is only `NAME=value`, compose's `environment:`, takes the rest of the line.)
    if (op === '=' && this.lang === 'yaml' && !lit.quoted && !YAML_SCALAR_START.test(s.slice(0, nameStart))) {
      const space = lit.value.search(/\s/);
      if (space > 0) lit = { ...lit, value: lit.value.slice(0, space), end: lit.start + space };
    }
    // `echo "APP_SECRET: using the persisted secret"`: shell assigns with `=` only, so words after a `:` are a message.
    if (op === ':' && !lit.quoted && /\s/.test(lit.value.trim()) && (this.lang === 'shell' || this.lang === 'make' || this.lang === 'dockerfile')) return;
    // `const { JWT_SECRET = '…' } = process.env`: a destructuring default.
    if (op === '=' && this.lang === 'js' && /}\s*=\s*(?:process\.env|import\.meta\.env)\b/.test(s.slice(lit.end))) {
      if (this.acceptable(lit)) this.emit('fallback', name, lit, 'destructuring default from the environment');
      return;
    }
    this.hardcoded(name, lit, op);
  }

  /**
   * A value alone on the line below its assignment: a string literal and nothing after it but the statement's end
   * (`;`, `,`, Ruby's `.freeze`, and the `)` that closes Python's parentheses on the line after).
   */
  private valueOnNextLine(name: string, op: string, paren: boolean): void {
    let k = this.idx + 1;
    while (k < this.lines.length && k - this.idx <= 2 && this.lines[k]!.text.trim() === '') k++;
    const line = this.lines[k];
    if (!line || k - this.idx > 2 || line.number === this.line.number) return;
    const t = line.text;
    if (!this.spend(t.length + 1)) return;
    // Elixir's and Ruby's `if` and `case` are expressions: `secret_key_base =` / `  if System.get_env(…) do`.
    if (BRANCHING_CODE.has(this.lang) && BRANCH_OPENER.test(t.slice(skipSpaces(t, 0)))) {
      this.branchValues(name, k);
      return;
    }
    if (paren) {
      // The strings inside, one line after another, joined as Python joins them, up to the `)`.
      let value = '';
      let first: Literal | null = null;
      let c = k;
      for (; c < this.lines.length && c - k < MAX_JOINED_LINES; c++) {
        const u = this.lines[c]!.text;
        if (u.trim() === ')') break;
        if (c > k && !this.spend(u.length + 1)) return;
        const joined = joinedStrings(u, skipSpaces(u, 0));
        if (joined === null || (joined.next < u.length && u[joined.next] !== '#')) return;
        first ??= joined.lit;
        value += joined.lit.value;
      }
      if (first === null || this.lines[c]?.text.trim() !== ')') return;
      this.hardcoded(name, { ...first, value }, op, k);
      return;
    }
    const lit = readQuoted(t, skipSpaces(t, 0));
    if (!lit || (lit.fString && lit.value.includes('{'))) return;
    let e = skipSpaces(t, lit.end + 1);
    if (t.startsWith('.freeze', e) && this.lang === 'ruby') e = skipSpaces(t, e + 7);
    if (e < t.length && !((t[e] === ';' || t[e] === ',') && endsStatement(t, e + 1)) && !endsStatement(t, e)) {
      return;
    } else if (e >= t.length && CONTINUES.test(this.lines[k + 1]?.text ?? '')) {
      return; // `"prefix"` / `+ suffix`: the statement goes on
    }
    this.hardcoded(name, lit, op, k);
  }

  /**
   * Elixir's and Ruby's `if`, `unless`, `case` and `cond`, whose value is that of the branch taken, assigned to a
   * secret's name (the block opens on line `open`, on the assignment's line or below it). A branch whose only
   * expression is a string literal sets the secret to it: a fallback when another branch reads the environment
   * (pinchflat's `if System.get_env("SECRET_KEY_BASE") do … else "…"`), else a hardcoded value. Behind a development
   * check (`if config_env() == :dev`, the `else` of `if Rails.env.production?`) it is a development value. Heredocs,
   * and strings that carry on a call (`raise ArgumentError,` / `"…"`), are no branch's value.
   */
  private branchValues(name: string, open: number): void {
    const indent = skipSpaces(this.lines[open]!.text, 0);
    // One frame per open `if`/`unless`/`case`/`cond`: which branch a line is in, and what that branch's guard says.
    const frames: BranchFrame[] = [];
    const found: { lit: Literal; lineIdx: number; dev: boolean }[] = [];
    let readsEnv = false;
    let heredoc: string | null = null;
    let previous = '';
    for (let k = open; k < this.lines.length && k - open <= MAX_BRANCH_LINES; k++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return;
      const at = skipSpaces(t, 0);
      const trimmed = t.slice(at).trimEnd();
      if (heredoc !== null) {
        if (trimmed === heredoc || (heredoc.length === 3 && trimmed.startsWith(heredoc))) heredoc = null;
        continue;
      }
      // On the opener's line, what follows the assignment: `config.secret_key_base = if ENV[…]`.
      const whole = k === open ? trimmed.slice(Math.max(0, BRANCH_START.exec(trimmed)?.index ?? 0)) : trimmed;
      if (whole === '' || whole.startsWith('#')) continue;
      // A comment after the code (`if config_env() == :prod do # set by fly secrets`) is no part of it.
      const code = withoutTrailingComment(whole);
      // A new statement at the assignment's level: the expression is over (its `end` was on a line of code).
      if (k > open && at <= indent && !BRANCH_CONTINUES.test(code)) break;
      const doc = HEREDOC_OPENER.exec(code) ?? (this.lang === 'ruby' ? RUBY_HEREDOC.exec(code) : null);
      const opens = BRANCH_OPENER.exec(code);
      if (opens) {
        // Only a block: Elixir's ends its opener with `do`, Ruby's has no `end` on its line. (`if c, do: …` and
        // `if c then a else b end` on one line are not read.)
        if (this.lang === 'elixir' ? !/\bdo$/.test(code) : /\bend$|,$/.test(code)) {
          if (k === open) return;
        } else {
          const cond = conditionOf(code.slice(opens[0].length));
          // A `case` on the value read decides by it (`case System.get_env("X") do nil -> "…"`), and so does an `if` that
          // binds it (`if key = System.get_env("X") do`); a test of another variable (`if ENV["CI"]`) does not.
          if (ENV_READ.test(cond) && (opens[1] === 'case' ? !ENV_CASE.test(cond) : BINDS.test(cond))) readsEnv = true;
          const g = opens[1] === 'case' || opens[1] === 'cond' ? NO_GUARD : guardOf(cond, opens[1] === 'unless');
          // `case Rails.env` / `when "development"`, `case config_env() do` / `:dev ->`: each clause is an environment's.
          const kind = opens[1] === 'case' && ENV_CASE.test(cond) ? 'envcase' : opens[1]!;
          frames.push({ kind, dev: g.dev, elseDev: g.prod, inElse: false, clause: NO_GUARD });
        }
      } else if (/^elsif\b/.test(code) && frames.length > 0) {
        const f = frames[frames.length - 1]!;
        const g = guardOf(conditionOf(code.slice(5)), false);
        // The `else` after the chain runs when no condition held: not in production, if one was production's.
        Object.assign(f, { dev: g.dev, elseDev: f.elseDev || g.prod, inElse: false });
      } else if (/^else\b(?!:)/.test(code) && frames.length > 0) {
        const f = frames[frames.length - 1]!;
        f.inElse = true;
        // A `case`'s `else` is every other environment: its clause says nothing.
        f.clause = NO_GUARD;
      } else if (/^end\b/.test(code)) {
        frames.pop();
        if (frames.length === 0 || at <= indent) break;
      } else if (frames.length > 0 && ENV_CLAUSE.test(code)) {
        // `when "development"`, `:dev ->` in a `case` on the environment, `config_env() == :dev ->` in a `cond`.
        const f = frames[frames.length - 1]!;
        if (f.kind === 'envcase') f.clause = clauseGuard(code);
        else if (f.kind === 'cond') f.clause = guardOf(conditionOf(code.split('->')[0]!), false);
      }
      // A branch's body that reads the environment (not an `elsif`'s or a `when`'s test of it).
      if (k > open && !opens && !/^(?:elsif|when)\b/.test(code) && ENV_READ.test(code)) readsEnv = true;
      if (code[0] === '"' || code[0] === "'" || CLAUSE_VALUE.test(code)) {
        // A branch's only expression: opened by `do`, `else`, `->` or `then` above (or a clause's `nil -> "…"` on its
        // own line), closed by `else`, `end` or a clause below.
        const clause = code[0] === '"' || code[0] === "'" ? null : CLAUSE_VALUE.exec(code);
        const lit = readQuoted(t, clause ? at + clause[0].length - 1 : at);
        const rest = lit ? skipSpaces(t, lit.end + 1) : 0;
        if (lit && (rest >= t.length || t[rest] === '#') && (clause !== null || BRANCH_BEFORE.test(previous)) && BRANCH_AFTER.test(this.nextCode(k))) {
          if (!lit.fString && !isInterpolated(lit.value, this.lang, lit.quote)) found.push({ lit, lineIdx: k, dev: frames.some(isDevBranch) });
        }
      }
      if (doc) heredoc = doc[1]!;
      previous = code;
    }
    for (const { lit, lineIdx, dev } of found) {
      if (!this.acceptable(lit)) continue;
      const branch = dev ? DEV_ONLY_BRANCH : undefined;
      if (readsEnv) this.emit('fallback', name, lit, 'a branch of an `if` or `case` whose other branch reads the environment', lineIdx, undefined, undefined, branch, 'whenever that branch is taken');
      else this.emit('hardcoded', name, lit, 'string literal', lineIdx, undefined, undefined, branch);
    }
  }

  /** The next line below `k` with code on it (comments and blank lines passed over), trimmed; '' at the end. */
  private nextCode(k: number): string {
    for (let n = k + 1; n < this.lines.length && n - k <= 5; n++) {
      const t = this.lines[n]!.text.trim();
      if (t !== '' && !t.startsWith('#')) return t;
    }
    return '';
  }

  /**
   * `SECRET_KEY = os.environ.get('CONDUIT_SECRET', 'dev')`, `jwtSecret: process.env.TOKEN_KEY || 'dev'`: the
   * secret is set from a variable whose own name says nothing, with a default. The default is the secret's
   * all the same; it is reported under the name set. (A variable with a family name is read as one anyway.)
   */
  private readsOtherVariable(name: string, j: number): boolean {
    const s = this.s;
    ENV_READ_START.lastIndex = j;
    const m = ENV_READ_START.exec(s);
    if (!m) return false;
    const open = ENV_READ_START.lastIndex;
    const variable = readQuoted(s, open);
    if (variable && variable.quote !== '`' && VARIABLE_NAME.test(variable.value) && !this.names.matches(variable.value) && !NAMES_A_PATH.test(variable.value)) {
      return this.envCall(name, variable.start - 1, variable.end + 1);
    }
    // `process.env.TOKEN_KEY || '…'`, `import.meta.env.VITE_TOKEN ?? '…'`
    const member = m[0].length === 0 && (s.startsWith('process.env', j) || s.startsWith('import.meta.env', j)) ? ENV_MEMBER.exec(s.slice(j, j + 200)) : null;
    const variableName = member ? (member[1] ?? member[2]!) : '';
    if (!member || this.names.matches(variableName) || NAMES_A_PATH.test(variableName)) return false;
    const or = this.orDefault(j + member[0].length);
    if (!or) return false;
    this.emit('fallback', name, or.lit, operatorVia(or.op, s.slice(j, j + member[0].length), or.through), or.lineIdx, undefined, or.through);
    return true;
  }

  /**
   * An environment schema's default for a variable with a secret's name: zod's `JWT_SECRET:
   * z.string().default('…')` (t3-env, hand-written `env.ts`), envalid's `SESSION_SECRET: str({ default: '…' })`,
   * whose `devDefault` applies only outside production (a warning). True when the value is such a schema.
   */
  private schemaDefault(name: string, j: number): boolean {
    const s = this.s;
    const zod = ZOD_STRING_DEFAULT.exec(s.slice(j, j + 300));
    if (zod) {
      const lit = readQuoted(s, j + zod[0].length);
      if (lit && !lit.fString && s[skipSpaces(s, lit.end + 1)] === ')' && this.acceptable(lit)) this.emit('fallback', name, lit, "zod's `.default()`");
      return true;
    }
    const envalid = ENVALID_DEFAULT.exec(s.slice(j, j + 300));
    if (!envalid) return false;
    const lit = readQuoted(s, j + envalid[0].length);
    if (lit && !lit.fString && this.acceptable(lit)) {
      const dev = envalid[1] === 'devDefault';
      this.emit('fallback', name, lit, `envalid's \`${envalid[1]!}\``, this.idx, undefined, undefined, dev ? DEV_ONLY_DEFAULT : undefined, dev ? 'when NODE_ENV is set to anything but `production` (envalid counts an unset NODE_ENV as production)' : undefined);
    }
    return true;
  }

  /** django-environ `environ.Env(SECRET_KEY=(str, 'dev'))`: a cast and a default for when the variable is unset. */
  private environScheme(name: string, j: number): boolean {
    const m = /\(\s*[A-Za-z_][\w.]*\s*,\s*/y;
    m.lastIndex = j;
    if (!m.exec(this.s)) return false;
    const lit = readQuoted(this.s, m.lastIndex);
    if (lit && !lit.fString && this.s[skipSpaces(this.s, lit.end + 1)] === ')' && (this.acceptable(lit) || isMask(lit.value))) {
      this.emit('fallback', name, lit, '`environ.Env()` default');
    }
    return true;
  }

  /** Helm and Jinja: `{{ .Values.secretKey | default "…" }}`, `{{ vault_secret_key | default('…') }}`. */
  private templateDefault(name: string, end: number): boolean {
    const s = this.s;
    const m = /\s*\|\s*(?:default|d)\b\s*\(?\s*/y;
    m.lastIndex = end;
    if (!m.exec(s) || !s.slice(0, end).includes('{{')) return false;
    const lit = readQuoted(s, m.lastIndex);
    // `key: {{ .Values.auth.secretKey | default "EMBEDDING_API_KEY" }}` under `secretKeyRef:`: the default names the
    // Secret's entry, not its value.
    const close = lit ? s.indexOf('}}', lit.end) : -1;
    const after = close >= 0 ? skipSpaces(s, close + 2) : -1;
    if (lit && ENV_VAR_NAME.test(lit.value) && (/^[ \t]*(?:-[ \t]*)?key[ \t]*:/.test(s) || s[after] === ':')) return true;
    // A template that is a key of a mapping, as in a Secret's `data:` (`{{ … | default "tls.key" }}: …`): whatever the
    // default, it names an entry, never a value. Not in a block scalar (`config.yaml: |`), where it is text.
    if (lit && /^[ \t]*\{\{/.test(s) && s.indexOf('}}') === close && s[after] === ':' && (after + 1 === s.length || s[after + 1] === ' ' || s[after + 1] === '\t')) {
      if (this.parentOpensMapping(s.search(/\S/))) return true;
    }
    // Any entry's name, in the form a Secret's entries take (`thanos.yaml`, `api-key`), as the `key:` of a
    // `secretKeyRef:`: the value is read from that entry.
    // So is a `key:` beside the `name:` of a `secret:` that a resource reads a value from (the ClickHouse operator's
    // `defaultUserPassword: { secret: { name, key } }`).
    if (lit && SECRET_ENTRY_NAME.test(lit.value) && /^[ \t]*key[ \t]*:/.test(s) && !s.slice(0, end).includes('}}')) {
      const parent = this.yamlParent(s.search(/\S/));
      if (parent === 'secretKeyRef') return true;
      if ((parent === 'secret' || parent === 'secretRef') && !looksLikeSecret(lit.value) && this.hasSibling(SECRET_REF_NAME)) return true;
    }
    // The value of a chart's `existingSecretKey` is an entry's name, and so is its default.
    if (lit && SECRET_ENTRY_NAME.test(lit.value) && !looksLikeSecret(lit.value) && EXISTING_SECRET_ENTRY.test(lastSegment(name))) return true;
    if (lit && this.acceptable(lit)) this.emit('fallback', name, lit, 'template `default`');
    return true;
  }

  /**
   * Ansible's read of the environment in a Jinja expression, with the `default` filter after it: `{{
   * lookup('env', 'SECRET_KEY') | default('dev') }}` (`ansible.builtin.env`, `query`). The default is the value when
   * the variable is unset (or empty, with `default('dev', true)`). `close` is just past the name's closing quote.
   */
  private jinjaDefault(name: string, close: number, read: string): boolean {
    const s = this.s;
    JINJA_DEFAULT_AFTER_CALL.lastIndex = close;
    if (!JINJA_DEFAULT_AFTER_CALL.exec(s)) return true;
    const lit = readQuoted(s, JINJA_DEFAULT_AFTER_CALL.lastIndex);
    if (lit && !lit.fString && this.acceptable(lit)) this.emit('fallback', name, lit, `\`default\` filter after \`${read}\``);
    return true;
  }

  /** Terraform `coalesce(var.secret_key, "dev")` and `try(var.secret_key, "dev")`. */
  private hclDefault(name: string, start: number, end: number): boolean {
    const s = this.s;
    if (this.lang !== 'hcl' || !name.startsWith('var.')) return false;
    const comma = skipSpaces(s, end);
    if (s[comma] !== ',' || !/\b(?:coalesce|try)\s*\(\s*$/.test(s.slice(Math.max(0, start - 40), start))) return false;
    const lit = readQuoted(s, skipSpaces(s, comma + 1));
    if (lit && this.acceptable(lit)) this.emit('fallback', lastSegment(name), lit, '`coalesce()` default');
    return true;
  }

  /** Terraform `lookup(var.env, "SECRET_KEY", "dev")`: the third argument is the default. */
  private hclLookup(name: string, open: number, close: number): boolean {
    if (!/\blookup\s*\(\s*[\w.\[\]"]{1,80}\s*,\s*$/.test(this.s.slice(Math.max(0, open - 100), open))) return false;
    const args = this.defaultArgument(close);
    if (args.lit) this.emit('fallback', name, args.lit, '`lookup()` default', args.lineIdx);
    return true;
  }

  /** Terraform `variable "secret_key" { default = "x" }`: the default is the value in every plan that does not set it. */
  /** Whether line `lineIdx` of an HCL file is inside a `provider "aws"` block or an S3 `backend` (at any depth). */
  private inAwsCredentialsBlock(lineIdx: number): boolean {
    let depth = 0;
    for (let k = lineIdx, n = 0; k >= 0 && n < MAX_BRANCH_LINES; k--, n++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return false;
      for (let j = t.length - 1; j >= 0; j--) {
        if (t[j] === '}') depth++;
        else if (t[j] === '{' && --depth < 0) {
          if (TERRAFORM_AWS_BLOCK.test(t)) return true;
          depth = 0;
        }
      }
    }
    return false;
  }

  private terraformVariable(name: string, nameStart: number): boolean {
    if (!/^\s*variable\s+"$/.test(this.s.slice(0, nameStart))) return false;
    let depth = 0;
    for (let k = this.idx, n = 0; k < this.lines.length && n < MAX_VARIABLE_LINES; k++, n++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return true;
      const m = /^\s*default\s*=\s*/.exec(t);
      if (m && depth === 1) {
        const lit = readQuoted(t, m[0].length);
        if (lit && !lit.fString && this.acceptable(lit)) this.emit('hardcoded', name, lit, 'variable default', k);
        return true;
      }
      for (const c of t) {
        if (c === '{') depth++;
        else if (c === '}' && --depth <= 0) return true;
      }
    }
    return true;
  }

  /**
   * `op` is the assignment's operator: a constant declared with `=` may name
   * a slot (`namesItsSlot`); a value under a configuration key (`signingKey:
   * 'signing_key'`, `'app_secret' => 'app-secret'`) is a lazy weak value.
   */
  private hardcoded(name: string, lit: Literal, op = '', lineIdx = this.idx): void {
    // Terraform's AWS credentials (`provider "aws" { secret_key = … }`, an S3 backend's): LocalStack's and moto's
    // made-up `mock_secret_key` or `test` is no key; a real-looking one is reported (by `known-token` too when it has
    // AWS's shape).
    if (this.lang === 'hcl' && normalizeName(name) === 'secretkey' && !looksLikeSecret(lit.value) && this.inAwsCredentialsBlock(lineIdx)) return;
    const text = this.lines[lineIdx]!.text;
    // `'PUSHER_APP_SECRET' => 'PUSHER_APP_SECRET='` (statamic's installer writing `.env` lines): the value is what
    // follows the line's `=`.
    const line = DOTENV_LINE.exec(lit.value);
    if (line && text.slice(lit.start, lit.end) === lit.value) lit = { ...lit, value: lit.value.slice(line[0].length), start: lit.start + line[0].length };
    if (!this.acceptable(lit)) return;
    // A C# property that returns a literal is a constant written another way.
    if (op === '=>' && this.lang === 'csharp' && lineIdx === this.idx && CS_CONSTANT_GETTER.test(text.slice(0, 200))) op = '=';
    // `errFmtIdentityValidationResetPasswordJWTSecret = "identity_validation: … option 'jwt_secret' is required …"`.
    if (/\s/.test(lit.value) && (namesAMessage(name, lit.value) || MESSAGE_MAP.test(this.s.slice(Math.max(0, this.nameAt - 40), this.nameAt)))) return;
    if ((this.lang === 'yaml' || this.lang === 'json') && this.namesSecretEntry(name, lit.value)) return;
    if ((this.lang === 'js' || this.lang === 'python') && this.namesStoredSecretField(name, lit.value)) return;
    // Only a literal right after the operator: `[]byte("jwt")`, `b'jwt'`, `Buffer.from('jwt')` are key material.
    const afterOperator = lineIdx !== this.idx || /[=:]\s*$/.test(text.slice(Math.max(0, lit.start - 8), lit.start - 1));
    if ((op === '=' || op === ':=') && afterOperator && namesItsSlot(name, lit.value, this.declares())) return;
    // A member of a TypeScript string enum set to its own name in another spelling names something (Novu's
    // `SecretKey = 'secretKey'`), or to some of its words (gitness's `ACCESS_KEY_AND_SECRET_KEY = 'AccessKeySecretKey'`);
    // `JWT_SECRET = 'mysecret123'` there is still a weak key.
    if (op === '=' && (normalizeName(lit.value) === normalizeName(lastSegment(name)) || wordsOfName(lastSegment(name), lit.value)) && this.inEnum()) return;
    // A Rust `match` arm that spells an enum's variant (svix's `Self::ViewEndpointSecret => "ViewEndpointSecret"` in a
    // `Display` impl): the variant's name on the wire.
    if (op === '=>' && this.lang === 'rust' && lineIdx === this.idx && this.s.slice(Math.max(0, this.nameAt - 2), this.nameAt) === '::' && normalizeName(lit.value) === normalizeName(lastSegment(name))) return;
    // Go's enum idiom: a constant of a named type, named for the type and its value (oapi-codegen's
    // `AuthTypeAccessKeySecretKey AuthType = "AccessKeySecretKey"`).
    if (op === '=' && this.lang === 'go' && isGoEnumConstant(this.s, name, lit.value)) return;
    // minio's `const ( AccessKey = "access_key"; SecretKey = "secret_key"; APIKey = "api_key" )`: among constants
    // that each name themselves in another spelling, one more is a key's name too.
    // shenyu's interface `Constants`, where dozens of fields are named after their values: a file of names.
    // passbolt's `YUBIKEY_SECRET_KEY = 'secretKey'` beside `YUBIKEY_CLIENT_ID = 'clientId'`, used as `self::YUBIKEY_SECRET_KEY
    // =>`: its last words are the same, and the file takes it for a key of an array.
    const own = op === '=' ? selfNaming(lastSegment(name), lit.value, true) : null;
    const withWords = op === '=' && own === null && namesKeyWithWords(lastSegment(name), lit.value);
    const selfNamed = own ?? (withWords ? 'whole' : null);
    // Constants spelt exactly as their names (Redux's `LOGIN = "LOGIN"`) say so of one spelt so, not of one in another
    // spelling (`JWT_SECRET_KEY = "jwtSecretKey"` beside them is a weak key).
    const exact = lit.value === lastSegment(name);
    // (Ruby's constants need two such neighbours: any name in capitals is one, `APP_NAME = "app_name"` beside a key.)
    if (selfNamed !== null && (this.amongSelfNamed(lineIdx, selfNamed === 'part', withWords, exact, this.lang === 'ruby' ? 2 : 1) || (this.declaresFileConstantAt(lineIdx) && this.inFileOfNames(exact))) && (selfNamed === 'whole' || this.usedAsKey(lastSegment(name)))) return;
    // nacos's `DOCKER_SECRET_KEY = "env_spas_secretKey"` beside `DOCKER_ACCESS_KEY = "env_spas_accessKey"`: constants
    // that each hold their last words under a prefix of their own, the names settings are looked up under.
    if (op === '=' && afterOperator && namespacedSelfName(lastSegment(name), lit.value) && this.amongNamespacedNames(lineIdx)) return;
    // An enumeration of kinds, each constant set to its last words (openbao's `exportTypeSigningKey = "signing-key"`
    // beside `exportTypePublicKey = "public-key"` and two more): values a `switch` compares, not keys.
    if (selfNamed === 'part' && !withWords && this.amongSelfNamed(lineIdx, true, false, false, 2)) return;
    // mattermost's `GLOBAL_IDENTIFIERS = { DEVICE_TOKEN: 'deviceToken', …, PUSH_SIGNING_KEY: 'pushSigningKey' }`: an object
    // of constants, each set to its own name in camel case, names the keys something is stored under.
    if (op === ':' && this.lang === 'js' && this.amongCamelNamedMembers(lineIdx)) return;
    // A map from names to the same names in another spelling (easyappointments' `'secretToken' => 'secret_token'` beside
    // `'isActive' => 'is_active'`: API fields to columns): the value names a field, or is a placeholder of a
    // configuration written the same way (`siteKey: 'site_key'`); a notice either way.
    const renamed = (op === '=>' || op === ':') && isRenaming(lastSegment(name), lit.value) && this.amongRenamedEntries(lineIdx) ? FIELD_NAMES : undefined;
    // oncall's `DESCRIPTIONS = { "INBOUND_EMAIL_WEBHOOK_SECRET": "Inbound email webhook secret", … }`: the setting's
    // name written out as a sentence, among other settings' descriptions, is its label.
    if ((op === '=>' || op === ':') && isLabelOf(lastSegment(name), lit.value) && this.amongLabels(lineIdx)) return;
    // winter's `'APP_KEY' => 'key'` beside `'APP_DEBUG' => 'debug'` and `'APP_URL' => 'url'`: a map from environment
    // variables to the configuration's keys they set.
    if ((op === '=>' || op === ':') && isEnvKeyMapping(lastSegment(name), lit.value) && this.amongEnvKeyMappings(lineIdx, lastSegment(name))) return;
    if (op === ':' && this.inDenyList(lit)) return;
    // coolify's `$rules['webhook_secret'] = 'string';`, `'jwt_secret' => 'nullable'` beside `'name' => 'required|max:50'`:
    // a lone rule word among a validator's rules is a rule, not a key.
    if (this.lang === 'php' && /^[a-z_]{3,20}$/.test(lit.value) && isValidationRule(lit.value) && this.amongValidationRules(lineIdx)) return;
    // pelican's `'mfa_app_secret' => 'encrypted'` in a model's `casts()`: Eloquent's cast type for the column (it
    // encrypts it with the application's key), not its value.
    if (this.lang === 'php' && op === '=>' && ELOQUENT_CAST.test(lit.value) && this.inEloquentCasts(lineIdx)) return;
    if (this.isStorageCredentialPlaceholder(name, lit.value)) return;
    // EquinoxProject's `"Authentication": { "Facebook": { "AppSecret": "SetYourAppSecret" } }`: under a provider's
    // name, `AppSecret` is the secret the provider issued its app (the OAuth client secret ASP.NET's Facebook handler
    // sends), as `ClientSecret` is beside it; a placeholder there is a credential not yet given, which the provider
    // refuses. A real one is reported as before.
    if (normalizeName(lastSegment(name)) === 'appsecret' && name === lastSegment(name) && !looksLikeSecret(lit.value) && this.underIssuingService(lineIdx)) return;
    // The same by its name (`TWITTER_APP_SECRET = "changeme"`) or the object it is set on (`settings.FACEBOOK.APP_SECRET`).
    if (!looksLikeSecret(lit.value) && isServiceAppSecret(name)) return;
    // An HMAC key under its own name that is a protocol's label, published with it: BIP32's `MASTER_HMAC_KEY =
    // "Bitcoin seed"`, SLIP-10's `"ed25519 seed"`.
    if (HMAC_KEY_NAME.test(normalizeName(lastSegment(name))) && SEED_LABEL.test(lit.value)) return;
    // Play will not start in production while its secret is `changeme`, the value its templates ship.
    // (Inside a block, by its whole path: `play.http {` / `secret.key = "changeme"`.)
    const refused = this.lang === 'ini' && lit.value === 'changeme' && (PLAY_SECRET_KEYS.test(name) || (lineIdx === this.idx && PLAY_SECRET_KEYS.test(`${this.hoconParent()}.${name}`))) ? PLAY_REFUSED : undefined;
    const variable = this.hoconOverride(lineIdx);
    if (variable !== null) {
      this.emit('fallback', variable, lit, `value kept when \`\${?${variable}}\` on a later line finds the variable unset`, lineIdx, undefined, undefined, refused);
      return;
    }
    // Laravel's own is `APP_KEY`, in capitals, as its environment variable.
    if (normalizeName(lastSegment(name)) === 'appkey' && lastSegment(name) !== 'APP_KEY' && this.isThirdPartyAppKey(name, lineIdx)) return;
    // A browser's Web Push subscription (`endpoint`, `p256dh_key`, `auth_key`): the `auth` secret each browser makes
    // for its own subscription (RFC 8291), not WordPress's `AUTH_KEY`.
    if (normalizeName(lastSegment(name)) === 'authkey' && this.hasSiblingNear(lineIdx, P256DH)) return;
    // `if (!http.jwtSecret) { …; http.jwtSecret = 'dev' }` right below `http.jwtSecret = … ?? process.env.JWT_SECRET`:
    // the value the name gets when the environment gave none (medusa's config loader), a default.
    if (op === '=' && lineIdx === this.idx && this.setOnlyWhenEmpty(name)) {
      this.emit('fallback', name, lit, `set when \`${name}\` is empty`, lineIdx, undefined, undefined, refused ?? renamed);
      return;
    }
    this.emit('hardcoded', name, lit, 'string literal', lineIdx, undefined, undefined, refused ?? renamed);
  }

  /**
   * Whether the assignment to `name` on this line runs only when the environment or a configuration left `name`
   * empty: inside `if (!name) {` (JavaScript; `=== undefined`, `null`, `''` too), `if not name:` (Python; `is None`,
   * `== ''`) or `if name == "" {` (Go), the nearest line above that is indented less, within a few lines, or after
   * such a test on its own line; and the name read just above the test (`readJustAbove`), or an entry of
   * `process.env` itself.
   */
  private setOnlyWhenEmpty(name: string): boolean {
    const test = EMPTY_TESTS[this.lang];
    if (test === undefined || name.length > 100) return false;
    const v = escapeRegExp(name);
    const guard = new RegExp(test.replace(/NAME/g, () => v));
    // `if (!process.env.JWT_SECRET) process.env.JWT_SECRET = '…'` (knex's migrations): the test reads the environment.
    const read = (k: number) => ENV_OBJECT_NAME.test(name) || this.readJustAbove(v, k);
    // `if (!secret) secret = 'dev'`: the test is the line's head.
    const head = this.s.slice(0, this.nameAt).trimEnd();
    if (head !== '') return new RegExp(`${guard.source}$`).test(head) && read(this.idx);
    const indent = indentOf(this.s);
    for (let k = this.idx - 1; k >= 0 && this.idx - k <= MAX_GUARD_DISTANCE; k--) {
      const t = this.lines[k]!.text;
      if (this.lines[k]!.offset !== 0 || t.length > 400) return false;
      const i = indentOf(t);
      if (i === t.length || i >= indent) continue;
      return guard.test(t) && read(k);
    }
    return false;
  }

  /**
   * Whether the name (`v`, escaped) is set from the environment or a configuration on one of the few lines above
   * line `lineIdx`, the test's: `http.jwtSecret = http?.jwtSecret ?? process.env.JWT_SECRET`,
   * `SECRET_KEY = os.environ.get("SECRET_KEY")`. A name set to nothing first (`let secret = null`, a lazy
   * initialisation, a memo) is given its key by the test's block: a hardcoded key.
   */
  private readJustAbove(v: string, lineIdx: number): boolean {
    const set = new RegExp(`^[ \\t]*(?:(?:const|let|var)[ \\t]+)?${v}[ \\t]*(?::[^=]{1,60})?:?=(?!=)(.*)$`);
    for (let k = lineIdx - 1, seen = 0; k >= 0 && seen < MAX_READ_LINES; k--) {
      const t = this.lines[k]!.text;
      if (t.length > 400) return false;
      // Code only: a comment says nothing of where the value comes from (`let secret = null; // from config`).
      const comment = scanLineCode(t, this.lang).comment;
      const code = (comment < 0 ? t : t.slice(0, comment)).trimEnd();
      if (code.trim() === '') continue;
      seen++;
      const m = set.exec(code);
      if (m !== null) return READS_SETTINGS.test(m[1]!);
    }
    return false;
  }

  /**
   * Whether line `lineIdx` of a PHP file is an entry of an Eloquent model's casts: the array of `protected $casts = [`
   * or the one its `casts()` method returns (Laravel 11), found by going up the class's lines to the member that
   * opens it, before any other member.
   */
  private inEloquentCasts(lineIdx: number): boolean {
    for (let k = lineIdx; k >= 0 && lineIdx - k <= MAX_CASTS_LINES; k--) {
      const t = this.lines[k]!.text.slice(0, 300);
      if (CASTS_OPENING.test(t)) return true;
      if (k < lineIdx && PHP_MEMBER.test(t)) return false;
    }
    return false;
  }

  /**
   * Whether line `lineIdx` of a PHP file sets a validator's rules: an entry of a `$rules` array, or an entry beside
   * another (up to three lines away) whose value is rules only a validator reads (`'required|string'`, `'max:50'`).
   */
  private amongValidationRules(lineIdx: number): boolean {
    if (/\$\w*rules\w*\s*\[/i.test(this.lines[lineIdx]!.text.slice(0, 200))) return true;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3); k++) {
      if (k === lineIdx) continue;
      const m = /=>\s*(['"])([^'"]{1,200})\1\s*,?\s*$/.exec(this.lines[k]!.text.slice(0, 300));
      if (m !== null && /[:|]/.test(m[2]!) && isValidationRule(m[2]!)) return true;
    }
    return false;
  }

  /**
   * An object store's secret key left to fill in beside its access key (eladmin's S3 settings,
   * `accessKey: 填写你的AccessKey` / `secretKey: 填写你的SecretKey`; MinIO's, Qiniu's, Alibaba OSS's): a
   * placeholder there is a credential not yet given, which the store refuses, not a key anything signs with.
   * A signing secret's placeholder is a key the application runs with, and stays a finding.
   */
  private isStorageCredentialPlaceholder(name: string, value: string): boolean {
    const n = normalizeName(name);
    if (!n.endsWith('secretkey')) return false;
    // sentry's `s3cmd --access_key=sentry --secret_key=sentry`, its compose file's `AWS_ACCESS_KEY: "sentry"` over
    // `AWS_SECRET_KEY: "sentry"`: both keys of a self-hosted store set to one word are the login it was given, not a
    // key anything signs with; so are a pair that mirror their names (Garage's `rallly-access-key` over
    // `rallly-secret-key`). A random value is kept: a real store's. So is a product's published default
    // (`minioadmin`): a login anyone who has read MinIO's documentation can try.
    if (!looksLikeSecret(value) && /^[\w.-]{1,64}$/.test(value) && !isProductDefault(value)) {
      // A login's words mirror each other too: unkey's Garage `minio_user` over `minio_password`.
      const mirrored = /secret/i.test(value) ? value.replace(/secret/i, 'access') : /password/i.test(value) && !isPlaceholder(value) ? value.replace(/password/i, 'user') : null;
      const either = mirrored === null ? escapeRegExp(value) : `(?:${escapeRegExp(value)}|${escapeRegExp(mirrored)})`;
      const same = new RegExp(`(?<!secret[_.-]?)access[_.-]?key(?:[_.-]?id)?["']?[ \\t]*(?:=>|[:= ])[ \\t]*(["']?)${either}\\1(?![\\w.-])`, 'i');
      if (same.test(this.s.slice(0, 2000))) return true;
      const prefix = n.slice(0, -'secretkey'.length);
      if (prefix !== '' || this.s.length !== this.s.trimStart().length) {
        const sibling = new RegExp(`${ACCESS_KEY_SIBLING.source}\\s*(["']?)${either}\\1\\s*(?:#.*)?$`, 'i');
        const sameStore = (key: string) => SAME_STORE_KEYS.has(normalizeName(key).slice(prefix.length)) && normalizeName(key).startsWith(prefix);
        if (this.hasSibling(sibling, sameStore) || this.hasListSibling(sibling, sameStore)) return true;
        if (prefix !== '' && this.hasEnvListSibling(prefix, new RegExp(`^\\s*value:\\s*(["']?)${either}\\1\\s*(?:#.*)?$`, 'i'))) return true;
      }
    }
    // A phrase that asks for the value (words apart, nothing random), or a note in Chinese.
    const asks = (FILL_IN_REQUEST.test(normalizeName(value)) || /^you[-_ ]/i.test(value)) && /^[A-Za-z]+(?:[-_ ][A-Za-z]+)+$/.test(value) && !looksLikeSecret(value);
    // dify's chart: `accessKey: "ak-difyai"` beside `secretKey: "sk-difyai"`, a pair made of one word and each key's
    // initials. Issued keys share nothing.
    // Only in a configuration's values: in code a self-hosted store's pair is what its operator chose.
    const pair = asks || isFillInText(value) || (this.lang !== 'yaml' && this.lang !== 'json') ? null : PAIRED_PLACEHOLDER.exec(value);
    if (!asks && !isFillInText(value) && (pair === null || looksLikeSecret(pair[2]!))) return false;
    // The access key of the same store: `accessKey` beside `secretKey`, `oss.access-key-id` beside `oss.secret-key`;
    // a store's settings are a mapping or have a prefix (a module's `SECRET_KEY` beside `ACCESS_KEY` is Django's key).
    const prefix = n.slice(0, -'secretkey'.length);
    if (prefix === '' && this.s.length === this.s.trimStart().length) return false;
    const sibling = pair === null ? ACCESS_KEY_SIBLING : new RegExp(`${ACCESS_KEY_SIBLING.source}\\s*(["']?)(?!${pair[1]!}[-_])[A-Za-z]{1,3}[-_]${pair[2]!}\\1\\s*(?:#.*)?$`, 'i');
    return this.hasSibling(sibling, (key) => {
      const k = normalizeName(key);
      return k === `${prefix}accesskey` || k === `${prefix}accesskeyid` || k === `${prefix}secretid`;
    });
  }

  /**
   * An entry of an object named as a list of values to refuse: nestjs-boilerplate's
   * `PLACEHOLDER_SECRETS = { AUTH_JWT_SECRET: 'secret_for_jwt', … }`, which its start-up
   * check compares the environment against. Its values are the placeholders, not keys.
   */
  private inDenyList(lit: Literal): boolean {
    if (this.lang !== 'js' && this.lang !== 'python' && this.lang !== 'ruby') return false;
    if (looksLikeSecret(lit.value)) return false;
    const label = enclosingObjectLabel(this.lines, this.idx, this.nameAt, this.budget);
    // The name the object is assigned to; a call's options (`createServer({ …, allowWeakPasswords })`) say nothing.
    if (label === null || !/^[\w$.]+$/.test(label)) return false;
    const words = label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
    return words.some((w, k) => DENY_WORDS.has(w) || DENY_WORDS.has(w + (words[k + 1] ?? '')));
  }

  /**
   * Whether the name being read is declared here as a constant or variable
   * (`const`, `final`, `static`, `readonly`, `let`, `var`, `val` before it),
   * or is a member of a Go `const (…)`/`var (…)` block, rather than set on an
   * object (`new Options { SigningKey = "…" }`, `this.signingKey = …`).
   */
  private declares(): boolean {
    const head = this.s.slice(Math.max(0, this.nameAt - 120), this.nameAt);
    if (DECLARATION.test(head) || (this.lang === 'go' && this.nameAt < 120 && !NON_SPACE.test(head))) return true;
    // A field of a Java interface, right after its type.
    return this.lang === 'jvm' && this.nameAt < 120 && JAVA_FIELD_TYPE.test(head) && this.declaresConstantAt(this.idx);
  }

  /**
   * Whether line `lineIdx` declares a constant: Go's `const (` block member, `export const X =`, `static final`, C#'s
   * `const string`, a field of a Java interface.
   */
  private declaresConstantAt(lineIdx: number): boolean {
    const text = this.lines[lineIdx]!.text.slice(0, 200);
    if (DECLARES_CONSTANT.test(text)) return true;
    if (this.lang === 'csharp') return CS_CONSTANT_GETTER.test(text);
    if (this.lang === 'jvm') return JAVA_FIELD.test(text) && this.interfaceMemberLines()[lineIdx] === 1;
    if (this.lang !== 'go') return false;
    for (let k = lineIdx - 1; k >= 0 && k >= lineIdx - 50; k--) {
      const t = this.lines[k]!.text.trim();
      if (t === 'const (') return true;
      if (t === ')' || t.startsWith('func ') || t.endsWith('{')) return false;
    }
    return false;
  }

  /**
   * For each line of this Java file, 1 when it starts directly inside the body of an `interface` (shenyu's
   * `public interface Constants {` … `String SECRET_KEY = "secretKey";`) or of an annotation type (`@interface`,
   * nacos's `NacosProperties`): Java makes those fields `public static final` without a word said. Braces are counted
   * outside strings, character literals, text blocks and comments. Found once per file, as far as the file's walk
   * budget goes.
   */
  private interfaceMemberLines(): Uint8Array {
    let found = INTERFACE_MEMBER_LINES.get(this.lines);
    if (found !== undefined) return found;
    found = new Uint8Array(this.lines.length);
    // Per open brace, whether it opens an interface's body.
    const open: boolean[] = [];
    let head = '';
    let inComment = false;
    let inTextBlock = false;
    for (let k = 0; k < this.lines.length && this.spend(this.lines[k]!.text.length + 1); k++) {
      if (open.length > 0 && open[open.length - 1] && !inTextBlock) found[k] = 1;
      const t = this.lines[k]!.text;
      for (let i = 0; i < t.length; i++) {
        const c = t[i]!;
        if (inTextBlock) {
          if (c === '\\') i++;
          else if (t.startsWith('"""', i)) (inTextBlock = false), (i += 2);
        } else if (inComment) {
          if (c === '*' && t[i + 1] === '/') (inComment = false), i++;
        } else if (t.startsWith('"""', i)) {
          // A text block, to its closing `"""` on this line or a later one.
          (inTextBlock = true), (i += 2);
        } else if (c === '/' && t[i + 1] === '/') {
          break;
        } else if (c === '/' && t[i + 1] === '*') {
          (inComment = true), i++;
        } else if (c === '"' || c === "'") {
          // To the closing quote on this line.
          for (i++; i < t.length && t[i] !== c; i++) if (t[i] === '\\') i++;
        } else if (c === '{') {
          open.push(/\binterface\s+[A-Za-z_$][\w$]*\b/.test(head));
          head = '';
        } else if (c === '}') {
          open.pop();
          head = '';
        } else if (c === ';') {
          head = '';
        } else if (head.length < 300) {
          head += c;
        }
      }
      if (head.length < 300) head += ' ';
    }
    INTERFACE_MEMBER_LINES.set(this.lines, found);
    return found;
  }

  /**
   * Whether this file declares at least `MIN_SELF_NAMED_CONSTANTS` constants without a secret word, each set to its
   * own name in another spelling (`DEFAULT_HANDLE_JSON = "defaultHandleJson"`): a file of names, where `SECRET_KEY = "secretKey"` and
   * `AES_SECRET_KEY = "aes-secret-key"` name a handle's field and a property too. Counted once per file.
   */
  private inFileOfNames(exact: boolean): boolean {
    let count = SELF_NAMED_CONSTANTS.get(this.lines);
    if (count === undefined) {
      count = { spelt: 0, all: 0 };
      for (let k = 0; k < this.lines.length && count.spelt < MIN_SELF_NAMED_CONSTANTS && this.spend(this.lines[k]!.text.length + 1); k++) {
        const text = this.lines[k]!.text;
        if (!text.includes('=')) continue;
        const m = SELF_NAMED.exec(text.slice(0, 200));
        // Names that say secret are what is judged, not evidence.
        // Its name in other capitals only is a header's or a claim's (`USERNAME = "username"`), in any file.
        if (!m || SECRET_WORD.test(normalizeName(m[1]!)) || !this.declaresFileConstantAt(k)) continue;
        if (isSelfNamed(m[1]!, m[2]!, false) === 'whole') {
          count.spelt++;
          count.all++;
        } else if (m[1] === m[2]) count.all++;
      }
      SELF_NAMED_CONSTANTS.set(this.lines, count);
    }
    return (exact ? count.all : count.spelt) >= MIN_SELF_NAMED_CONSTANTS;
  }

  /**
   * Whether line `lineIdx` declares a constant of the file or of a type, not a function's local: a `const` at the
   * start of its line, a `static` or `public`… one, Kotlin's `const val`, a field of a Java interface, a member of
   * Go's `const (` block.
   */
  private declaresFileConstantAt(lineIdx: number): boolean {
    // Ruby: a name in capitals is a constant, of the file or of the class or module it is in (a method may not set one).
    if (this.lang === 'ruby') return RUBY_CONSTANT.test(this.lines[lineIdx]!.text.slice(0, 200));
    if (!this.declaresConstantAt(lineIdx)) return false;
    const text = this.lines[lineIdx]!.text.slice(0, 200);
    if (FILE_CONSTANT.test(text)) return true;
    // What is left: an interface's field or a Go block's member (no keyword), or a local (`final`, `const`).
    if (DECLARES_CONSTANT.test(text)) return false;
    return this.lang === 'jvm' || (this.lang === 'go' && this.inTopLevelConstBlock(lineIdx));
  }

  /** Whether line `lineIdx` of a Go file is in a `const (` block at the start of its line, a package's, not a function's. */
  private inTopLevelConstBlock(lineIdx: number): boolean {
    for (let k = lineIdx - 1; k >= 0 && k >= lineIdx - 50; k--) {
      const t = this.lines[k]!.text;
      if (t.trim() === 'const (') return t.startsWith('const');
      if (t.trim() === ')' || t.trim().startsWith('func ') || t.trimEnd().endsWith('{')) return false;
    }
    return false;
  }

  /**
   * An `app_key` of a third-party app rather than Laravel's `APP_KEY`: Pusher's
   * (beside its `app_id`, `app_secret`, `app_cluster`) and Dropbox's are the
   * app's public ids. Told by the service's name in the key's path or a
   * companion key on the lines around it (up to three above or below).
   */
  private isThirdPartyAppKey(name: string, lineIdx: number): boolean {
    return /(?:pusher|dropbox|ably|soketi|reverb)/i.test(name) || this.nearLine(lineIdx, APP_KEY_COMPANION);
  }

  /**
   * Whether the file uses the constant `constant` as the key of an array or a map: `self::NAME =>`, `[self::NAME]`,
   * `$a[Settings::NAME]`, `{ [NAME]: … }`, `obj[Keys.NAME]`.
   */
  private usedAsKey(constant: string): boolean {
    let uses = KEY_USES.get(this.lines);
    if (!uses) {
      // One pass over the file, whatever the number of constants asked about: how often each name is written, and
      // how often as a key. Comments aside (whole lines, and what follows `//` or ` #`).
      uses = { keys: new Map(), all: new Map() };
      const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
      for (const line of this.lines) {
        let t = line.text.slice(0, 1000);
        if (COMMENT_START.test(t)) continue;
        const comment = t.search(/\/\/|\s#/);
        if (comment >= 0) t = t.slice(0, comment);
        for (const m of t.matchAll(WORD_OF_CODE)) count(uses.all, m[0]);
        if (t.includes('=>') || t.includes(']')) for (const m of t.matchAll(KEY_USE)) count(uses.keys, m[1]!);
      }
      KEY_USES.set(this.lines, uses);
    }
    // Every use a key's but the declaration: given to anything else (`JWT::encode($c, self::KEY)`, `{ secret: KEY }`),
    // it may be a key after all.
    const keys = uses.keys.get(constant) ?? 0;
    return keys > 0 && (uses.all.get(constant) ?? 0) - 1 === keys;
  }

  /**
   * Whether a key of the same mapping or array as line `lineIdx`'s, within three lines of it, matches `re` (tested on
   * the line without its indentation): lines as indented as it, up to one less indented, which ends the mapping.
   */
  private hasSiblingNear(lineIdx: number, re: RegExp): boolean {
    const own = this.lines[lineIdx]!.text;
    const indent = own.length - own.trimStart().length;
    for (const step of [-1, 1]) {
      for (let k = lineIdx + step; k >= 0 && k < this.lines.length && Math.abs(k - lineIdx) <= 3; k += step) {
        const t = this.lines[k]!.text;
        const trimmed = t.trimStart();
        if (trimmed === '') continue;
        const ind = t.length - trimmed.length;
        if (ind < indent) break;
        if (ind === indent && re.test(trimmed.slice(0, 200))) return true;
      }
    }
    return false;
  }

  /** Whether `re` matches a line within three of line `lineIdx`, that line included. */
  private nearLine(lineIdx: number, re: RegExp): boolean {
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3); k++) {
      if (re.test(this.lines[k]!.text.slice(0, 400))) return true;
    }
    return false;
  }

  /**
   * Whether a line next to this one (up to three above or below) sets a
   * constant with no secret word in its name to that name in another
   * spelling (`AccessKey = "access_key"`): a block of such lines names keys.
   * `parts`: its last words count too (`DUO_CLIENT_ID = 'clientId'`). `keys`: for a constant set to its own words with
   * more (`namesKeyWithWords`), a table of configuration keys: constants in snake case set to their names
   * (`SITE_NAME = 'site_name'`), Python modules' among them, with one more such as itself beside it.
   */
  private amongSelfNamed(lineIdx: number, parts: boolean, keys = false, exact = false, needed = 1): boolean {
    // Constants of the file or a type only: a property set on an object (`new Options { SigningKey = "signing-key" }`)
    // is a value, and so is a function's local. Python writes a module's constants in capitals at the line's start.
    if (!this.declaresFileConstantAt(lineIdx) && !(keys && this.lang === 'python' && PYTHON_MODULE_CONSTANT.test(this.lines[lineIdx]!.text))) return false;
    if (keys) return this.inTableOfKeys(lineIdx);
    let found = 0;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3); k++) {
      if (k === lineIdx) continue;
      const m = SELF_NAMED.exec(this.lines[k]!.text.slice(0, 200));
      // Its name in other capitals only is a header's or a claim's (`AUTHORIZATION = "Authorization"`), in any list; a
      // name of words in other capitals is a field's (LibreBooking's `PUBLISHABLE_KEY = 'publishable_key'` above
      // `SECRET_KEY = 'secret_key'`, the names of a gateway's settings rows).
      const words = m !== null && m[1]!.includes('_') && m[2]!.includes('_');
      const named = m ? (exact ? selfNaming(m[1]!, m[2]!, words) : isSelfNamed(m[1]!, m[2]!, words)) : null;
      if (named !== null && (named === 'whole' || parts) && !SECRET_WORD.test(normalizeName(m![1]!)) && ++found >= needed) return true;
    }
    return false;
  }

  /**
   * Whether the entry on line `lineIdx` is a SCREAMING_SNAKE key set to its own name in camel case, alone on its line,
   * and two entries on the lines around it (up to three above or below) are too, with no secret word in their keys: an
   * object of names (`LAST_VIEWED_TEAM: 'lastViewedTeam'`). A configuration's placeholders are not written so.
   */
  private amongCamelNamedMembers(lineIdx: number): boolean {
    if (!isCamelNamedMember(this.lines[lineIdx]!.text, false)) return false;
    let named = 0;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3) && named < 2; k++) {
      if (k !== lineIdx && isCamelNamedMember(this.lines[k]!.text, true)) named++;
    }
    return named >= 2;
  }

  /**
   * Whether line `lineIdx` is in a table of configuration keys (see `amongSelfNamed`): up to three lines above or
   * below, a constant set to its own name in snake case, and another set to its own words with more, as this one is
   * (amundsen's `TABLEAU_ACCESS_TOKEN_NAME = 'tableau_personal_access_token_name'`).
   */
  private inTableOfKeys(lineIdx: number): boolean {
    let snake = false;
    let withWords = false;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3); k++) {
      if (k === lineIdx) continue;
      const m = SELF_NAMED.exec(this.lines[k]!.text.slice(0, 200));
      if (!m || SECRET_WORD.test(normalizeName(m[1]!))) continue;
      if (m[2]!.includes('_') && m[2] === m[1]!.toLowerCase()) snake = true;
      else if (namesKeyWithWords(m[1]!, m[2]!)) withWords = true;
    }
    return snake && withWords;
  }

  /**
   * Whether the entry on line `lineIdx` stands alone on its line, and two entries on the lines around it (up to three
   * above or below) map a quoted name that holds no credential word to itself in another spelling (`'isActive' =>
   * 'is_active'`). One is not enough, nor are bare keys: a placeholder configuration names its values after their
   * keys too (`siteKey: 'site_key', secretKey: 'secret_key'`).
   */
  private amongRenamedEntries(lineIdx: number): boolean {
    // The entry alone on its line, as its neighbours are.
    if (!RENAMED_ENTRY.test(this.lines[lineIdx]!.text.slice(0, 200))) return false;
    let renamed = 0;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3); k++) {
      if (k === lineIdx) continue;
      const m = RENAMED_ENTRY.exec(this.lines[k]!.text.slice(0, 200));
      if (m && isRenaming(m[2]!, m[4]!) && !holdsCredentialWord(m[2]!)) renamed++;
    }
    return renamed >= 2;
  }

  /**
   * Whether the key of the object the name on line `lineIdx` is set in (a JSON or YAML mapping's, a dict's) names a
   * service that issues its app's secret (`Facebook`, `Twitter`).
   */
  private underIssuingService(lineIdx: number): boolean {
    if (lineIdx !== this.idx) return false;
    let label: string | null = null;
    if (this.lang === 'yaml') label = this.yamlParent(indentOf(this.s));
    else if (this.lang === 'json' || this.lang === 'js' || this.lang === 'python') label = enclosingObjectLabel(this.lines, this.idx, this.nameAt, this.budget, true);
    if (label === null) return false;
    label = label.replace(/^["']|["']$/g, '');
    return /^[A-Za-z][\w-]{0,40}$/.test(label) && namesIssuingService(label);
  }

  /**
   * Whether the entry on line `lineIdx` stands alone on its line, and of the entries up to six lines above or below
   * whose keys hold no credential word, one is a label too (`isLabelOf`) and another a label or a sentence of three
   * words or more: a map of settings' descriptions.
   */
  private amongLabels(lineIdx: number): boolean {
    if (!LABEL_ENTRY.test(this.lines[lineIdx]!.text.slice(0, 300))) return false;
    let labels = 0;
    let sentences = 0;
    for (let k = Math.max(0, lineIdx - 6); k <= Math.min(this.lines.length - 1, lineIdx + 6); k++) {
      if (k === lineIdx) continue;
      const m = LABEL_ENTRY.exec(this.lines[k]!.text.slice(0, 300));
      if (m === null || holdsCredentialWord(m[2]!)) continue;
      if (isLabelOf(m[2]!, m[4]!)) labels++;
      else if (SENTENCE.test(m[4]!)) sentences++;
    }
    return labels >= 1 && labels + sentences >= 2;
  }

  /**
   * Whether line `lineIdx` declares a constant of the file or a type, and two constants up to four lines above or
   * below it, whose names hold no secret word, are set to their last words under a prefix too (`namespacedSelfName`).
   */
  private amongNamespacedNames(lineIdx: number): boolean {
    if (!this.declaresFileConstantAt(lineIdx)) return false;
    let found = 0;
    for (let k = Math.max(0, lineIdx - 4); k <= Math.min(this.lines.length - 1, lineIdx + 4) && found < 2; k++) {
      if (k === lineIdx) continue;
      const m = SELF_NAMED.exec(this.lines[k]!.text.slice(0, 200));
      if (m !== null && !SECRET_WORD.test(normalizeName(m[1]!)) && namespacedSelfName(m[1]!, m[2]!)) found++;
    }
    return found >= 2;
  }

  /**
   * Whether the entry on line `lineIdx`, of `key`, stands alone on its line, in an array or object under a key named
   * for the variables' prefix, and two entries on the lines around it (up to three above or below) map an environment
   * variable's name that holds no credential word to its last words (`isEnvKeyMapping`).
   */
  private amongEnvKeyMappings(lineIdx: number, key: string): boolean {
    if (!RENAMED_ENTRY.test(this.lines[lineIdx]!.text.slice(0, 200))) return false;
    // Under a key named for the variables' prefix (`'app' => [` over `'APP_KEY' => 'key'`): the map of one
    // configuration file's keys. A template's `{"DB_USER": "user", "JWT_SECRET": "secret"}` is not one.
    const parent = this.mapOpenedAbove(lineIdx);
    if (parent === null || !key.toLowerCase().startsWith(`${parent.toLowerCase()}_`)) return false;
    let mapped = 0;
    for (let k = Math.max(0, lineIdx - 3); k <= Math.min(this.lines.length - 1, lineIdx + 3) && mapped < 2; k++) {
      if (k === lineIdx) continue;
      const m = RENAMED_ENTRY.exec(this.lines[k]!.text.slice(0, 200));
      if (m && isEnvKeyMapping(m[2]!, m[4]!) && !holdsCredentialWord(m[2]!)) mapped++;
    }
    return mapped >= 2;
  }

  /**
   * The key of the array or object the entries around line `lineIdx` are in (`'app' => [`, `app: {`), found on the
   * first line above them that is no such entry, within ten lines; null otherwise.
   */
  private mapOpenedAbove(lineIdx: number): string | null {
    for (let k = lineIdx - 1; k >= 0 && lineIdx - k <= 10; k--) {
      const t = this.lines[k]!.text.slice(0, 200);
      if (RENAMED_ENTRY.test(t)) continue;
      return MAP_OPENING.exec(t)?.[1] ?? null;
    }
    return null;
  }

  /**
   * Whether this line is a member of a TypeScript `enum` (`export enum CredentialsKeyEnum {` … `SecretKey =
   * 'secretKey',`): its members are declared constants. Looks up to the block's opening line.
   */
  private inEnum(): boolean {
    if (this.lang === 'python') return this.inPythonEnum();
    if (this.lang !== 'js' && this.lang !== 'php') return false;
    let depth = 0;
    for (let k = this.idx - 1, n = 0; k >= 0 && n < MAX_ENUM_LINES; k--, n++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return false;
      for (let i = t.length - 1; i >= 0; i--) {
        if (t[i] === '}') depth++;
        else if (t[i] === '{' && depth-- === 0) {
          // PHP's `enum AppPortalCapability: string implements \JsonSerializable` above a `{` alone on its line.
          const head = t.slice(0, i + 1).trim() === '{' && k > 0 ? `${this.lines[k - 1]!.text.trimEnd()} {` : t.slice(0, i + 1);
          return (this.lang === 'php' ? PHP_ENUM_OPENING : ENUM_OPENING).test(head);
        }
      }
    }
    return false;
  }

  /** Whether the line is in the body of a Python enumeration: `class AppPortalCapability(str, Enum):`. */
  private inPythonEnum(): boolean {
    const indent = indentOf(this.lines[this.idx]!.text);
    if (indent === 0) return false;
    for (let k = this.idx - 1, n = 0; k >= 0 && n < MAX_ENUM_LINES; k--, n++) {
      const t = this.lines[k]!.text;
      if (t.trim() === '' || indentOf(t) >= indent) continue;
      return PY_ENUM_CLASS.test(t.slice(0, 300));
    }
    return false;
  }

  /** Reads the value at `j`: a quoted literal, or in config syntaxes a bare word. */
  private readValue(j: number, closer: string | null, restOfLine: boolean): Literal | null {
    const sed = SHELL_LIKE.has(this.lang) ? sedPartAt(this.s, j) : null;
    const lit = this.readValueAt(j, closer, restOfLine, sed?.part === 'replacement' ? sed : null);
    // A `sed` script that edits a template writes placeholders there, as it should; a real-looking key is still one.
    if (lit && sed?.part === 'replacement' && sed.template && !looksLikeSecret(lit.value)) return null;
    return lit;
  }

  /** `readValue` at `j`, inside the replacement of a `sed` substitution when `sed` is given. */
  private readValueAt(j: number, closer: string | null, restOfLine: boolean, sed: Extract<SedPart, { part: 'replacement' }> | null): Literal | null {
    const s = this.s;
    // `echo "SECRET_KEY=\"$KEY\"" >> .env`, `sed "s|…|KEY: \"$key\"|"`: in a shell command, a quote escaped inside
    // a string opens the value, which runs to the next escaped quote and expands as the string around it does.
    // (In JSON and code, a string holding escaped quotes is text: a code sample in generated docs.)
    if (s[j] === '\\' && (s[j + 1] === '"' || s[j + 1] === "'") && (this.lang === 'shell' || this.lang === 'dockerfile' || this.lang === 'make')) {
      const end = s.indexOf(s.slice(j, j + 2), j + 2);
      return end < 0 ? null : { value: s.slice(j + 2, end), start: j + 2, end, quoted: true, quote: closer ?? s[j + 1] };
    }
    // In a `sed` replacement, the quote the script opened with closes it: the shell builds what follows
    // (`sed -e 's/^key:.*$/key: '"'$KEY'"'/'`), unless it is how a single-quoted script writes a quote (`'\''`,
    // `'"'"'`), around a literal.
    if (sed !== null && s[j] === sed.quote) return sed.quote === "'" ? quotedInScript(s, j, sed.end) : null;
    const q = readQuoted(s, j);
    if (q) {
      if ((q.fString && q.value.includes('{')) || (!needsQuotes(this.lang) && JASYPT.test(q.value))) return null;
      // `f.write("SECRET_KEY='{}'".format(key))`, `f"SECRET_KEY='{key}'"`: a format's placeholder is all the value
      // there is, filled in when the text is written (WebODM writes its generated key so).
      if (WHOLE_FORMAT_FIELD.test(q.value)) return null;
      // `'prefix' + name`, `'%s' % x`, `'{}'.format(x)`, PHP's `'base64:' . base64_encode(…)`: built at run time.
      const k = skipSpaces(s, q.end + 1);
      if (s[k] === '+' || (s[k] === '%' && this.lang === 'python') || (s[k] === '.' && this.lang === 'php') || s.startsWith('.format(', q.end + 1)) {
        return null;
      }
      // `echo "APP_SECRET='$SECRET_KEY'"`: single quotes inside a double-quoted string expand with it.
      if (closer === '"' && q.quote === "'") return { ...q, quote: '"' };
      return q;
    }
    if (needsQuotes(this.lang)) return closer !== null && (this.lang === 'toml' || this.putenvPair()) ? this.pairInString(j, closer) : null;
    const c = s[j];
    if (c === undefined || '[{(|>!*&'.includes(c)) return null; // collections, block scalars, tags, aliases
    // A Makefile recipe line is a shell command, not a make variable that runs to the line's end.
    const lang = this.lang === 'make' && s.startsWith('\t') ? 'shell' : this.lang;
    let bare = readBare(s, j, lang, closer, restOfLine);
    // `sed -i "s|APP_SECRET=.*|APP_SECRET=value|i"`: a value in a substitution's replacement ends at its delimiter,
    // or at a space. One cut short by anything else is text in another file's syntax
    // (`s/X/SECRET_KEY = os.environ["SECRET_KEY"]/`).
    if (bare && sed !== null) {
      // An escape ends it too (`…=<key>\nDEBUG=0`: another line of the file written), but for the delimiter's
      // own (`\/` in base64), which is part of it.
      const limit = Math.min(bare.end, sed.end);
      let k = j;
      let value = '';
      while (k < limit) {
        if (s[k] === '\\') {
          if (s[k + 1] !== sed.delimiter) break;
          value += sed.delimiter;
          k += 2;
          continue;
        }
        value += s[k];
        k++;
      }
      if (k === limit && bare.end < sed.end && s[bare.end] !== ' ' && s[bare.end] !== '\t') bare = null;
      else bare = k > j ? { ...bare, value, end: k } : null;
    }
    // `echo -n "JWT_SECRET='"`: the quote opens a value the script prints next; quotes alone are no value.
    if (!bare || QUOTES_ONLY.test(bare.value)) return null;
    // `c.JupyterHub.cookie_secret = get_secret_value("…")`, Python in a ConfigMap's YAML: a call is code (INI and
    // `.properties` values are strings whatever they hold), and jasypt's `jwt.secret=ENC(…)` an encrypted value.
    if ((lang === 'yaml' && BARE_CALL.test(bare.value)) || JASYPT.test(bare.value)) return null;
    // INI and `.properties` values are strings, digits too (go-gin-example's `JwtSecret = 233`, read by go-ini).
    if (isBareScalar(bare.value) && !((lang === 'ini' || lang === 'properties') && DIGITS.test(bare.value.trim()))) return null;
    return bare;
  }

  /**
   * Skips a type between a name and its `=`: `SECRET_KEY: str = …`,
   * `val jwtSecret: String = …`, `const SECRET_KEY: &str = …`, Go's
   * `var jwtKey string = …`. Returns -1 for an annotation with no value.
   */
  private skipTypeAnnotation(i: number, quotedName: boolean): number {
    const s = this.s;
    const typed = this.lang === 'python' || this.lang === 'js' || this.lang === 'jvm' || this.lang === 'rust' || this.lang === 'go';
    if (!typed) return i;
    if (this.lang === 'go') {
      const goType = /[A-Za-z_\[\]*][\w.\[\]*]{0,40}\s*=(?!=)/y;
      goType.lastIndex = i;
      return /[A-Za-z_\[]/.test(s[i] ?? '') && goType.exec(s) ? goType.lastIndex - 1 : i;
    }
    if (s[i] !== ':') return i;
    const ann = /:\s*[A-Za-z_&][\w.\[\]<>|,&'?* ]{0,60}?\s*=(?![=>])/y;
    ann.lastIndex = i;
    if (ann.exec(s)) return ann.lastIndex - 1;
    // `secret_key: str` with no value; a dict or object key (`'SECRET_KEY': 'x'`) goes on.
    const next = s[skipSpaces(s, i + 1)];
    if (this.lang === 'python' && next !== undefined && /[A-Za-z_]/.test(next)) return -1;
    // `secret_key: "Optional[str]" = None`: a name written as is is never a dict key in Python, so a string
    // after its `:` is a type written as a forward reference, and the value (if any) follows its `=`.
    if (this.lang === 'python' && !quotedName && (next === '"' || next === "'")) {
      QUOTED_ANNOTATION.lastIndex = i;
      return QUOTED_ANNOTATION.exec(s) ? QUOTED_ANNOTATION.lastIndex - 1 : -1;
    }
    return i;
  }

  /** pytest-env in `pyproject.toml`: `env = ["SECRET_KEY=value"]`, a value that runs to the string's closing quote. */
  /** PHP's `putenv("JWT_SECRET=…")`: the string whose name is read here is the whole argument of a setter. */
  private putenvPair(): boolean {
    const b = skipBack(this.s, this.nameAt - 1);
    if (this.s[b] !== '(') return false;
    const callee = calleeBefore(this.s, b);
    return normalizeName(callee.slice(callee.lastIndexOf('.') + 1)) === 'putenv';
  }

  private pairInString(j: number, closer: string): Literal | null {
    const s = this.s;
    let e = j;
    while (e < s.length && s[e] !== closer && s[e] !== ' ' && s[e] !== '\t' && s[e] !== '\\') e++;
    if (e === j || s[e] !== closer || isBareScalar(s.slice(j, e))) return null;
    return { value: s.slice(j, e), start: j, end: e, quoted: false };
  }

  /**
   * Whether a literal on this line is given to what prints or logs (`print(`, `console.log(`, `logger.info(`, `puts`,
   * `echo`, `fmt.Println(`): a marker there (`<unset>`) says what is shown when a value is absent.
   */
  private printed(lit: Literal): boolean {
    const before = this.s.slice(Math.max(0, lit.start - 200), lit.start);
    return PRINTS.test(before);
  }

  /** `signed`: the value is given to a signing call, which makes it a key whatever shape says it names something. */
  private acceptable(lit: Literal, signed = false): boolean {
    // A signing call given a setting's name in quotes (`jwt.sign(p, 'process.env.JWT_SECRET')`) signs with that string.
    // An angle-bracket marker that asks for a value (`<your-secret>`) is judged by where it is (see
    // `withoutUnfilledMarkers`); one that says a value is absent (`<unset>`, `<not set>`) is what code prints.
    if (isBlankOrMask(lit.value) || (!signed && ABSENCE_MARKER.test(lit.value) && this.printed(lit)) || isInterpolated(lit.value, this.lang, lit.quote) || (!signed && this.namesASetting(lit.value) && !FRAMEWORK_KEY_SETTER.test(this.nameHere() ?? ''))) return false;
    // hiera-eyaml's `ENC[PKCS7,…]`, SOPS's `ENC[AES256_GCM,…]`, Jasypt's `ENC(…)`: the secret as it should be stored,
    // in the configuration the tool decrypts (a string in code is used as written).
    if (FILE_NAME_SYNTAX.has(this.lang) && isCiphertext(lit.value)) return false;
    if ((!signed && namesSomething(lit.value, lit.quoted)) || this.namesOwnFile(lit.value) || this.namesGpgKey(lit.value)) return false;
    // A provider token's prefix alone or with a few digits (`webhookSecret: "whsec"` among an app's id prefixes, a
    // mock's `whsec_123`): no token of that format is so short.
    if (!signed && isTokenPrefixOnly(lit.value)) return false;
    // `printf "APP_KEY=\n"` writes an empty line for a later command to fill (InvoiceShelf's entrypoint): escapes that
    // `printf` and `echo -e` turn into line breaks and tabs are no value.
    if (SHELL_LIKE.has(this.lang) && PRINTF_ESCAPES_ONLY.test(lit.value)) return false;
    // `-e "s|^generic_secret_key:.*|generic_secret_key: '${key}'|"`: a regular expression's wildcard (a `sed` script's
    // pattern, its `|` read as a pipe), not a value.
    if (isFormatMessage(lit.value) || (SHELL_LIKE.has(this.lang) && REGEX_WILDCARD.test(lit.value))) return false;
    // Not a variable's (compose's `JWT_SECRET: mysecret.cfg`): the application takes that string as the key.
    if (FILE_NAME_SYNTAX.has(this.lang) && FILE_NAME.test(lit.value) && !ENV_VAR_NAME.test(this.nameHere() ?? '')) return false;
    // `jwt.verify(token, PUBLIC_KEY)` with a PEM public key or certificate: what checks a signature, no secret.
    if (PUBLIC_KEY_TEXT.test(lit.value)) return false;
    // `jwt-secret = "@/run/secrets/jwt"`: a file to read it from, as PostgREST (and curl) take `@` before a path.
    if (FILE_REFERENCE.test(lit.value)) return false;
    // Text written for people, with a command or a name in Markdown's code quotes (`make a new key: re-encrypt the
    // credentials (`bin/rails credentials:edit`) …`): a message, never a key.
    if (!signed && MARKDOWN_PROSE.test(lit.value)) return false;
    // A captcha service's test key under a captcha's name, with which it passes or fails every check: no secret.
    // (Under another name, a key everyone knows signs as weakly as any.)
    if (isCaptchaTestSecret(lit.value) && (CAPTCHA_NAME.test(this.nameHere() ?? '') || this.inCaptchaBlock())) return false;
    // `` SECRET_KEY=`openssl rand -hex 32` ``: the output of a command.
    return !(lit.quote === '`' && runsBackticks(this.lang));
  }

  /**
   * A GPG key's id or fingerprint, which picks a key from the keyring and is
   * published with it: under a name that says GPG, or one the file gives a
   * command that signs or encrypts with GPG as the key to use (privacyIDEA's
   * Makefile signs releases with `gpg --default-key ${SIGNING_KEY}`). Not under
   * a name that says secret, private or pass: that is what a passphrase is
   * called.
   */
  private namesGpgKey(value: string): boolean {
    if (!GPG_KEY_ID.test(value)) return false;
    const name = this.nameHere();
    if (name === undefined || /secret|private|pass/i.test(name)) return false;
    if (nameWords(name).some((w) => GPG_WORDS.has(w))) return true;
    // A name of one word (YAML's `key:`) is too common to follow.
    const own = lastSegment(name);
    if (!/[a-z0-9][_-]?[A-Z]|[_-]/.test(own)) return false;
    let known = GPG_KEY_NAMES.get(this.lines);
    if (!known) GPG_KEY_NAMES.set(this.lines, (known = new Map()));
    let given = known.get(own);
    if (given === undefined) {
      given = false;
      const option = new RegExp(`${GPG_KEY_OPTION}${escapeRegExp(own)}(?!\\w)`);
      for (const k of this.gpgCommandLines()) {
        const t = this.lines[k]!.text;
        if (!this.spend(t.length + 1)) break;
        // On the command's own line, only what follows the command is its option (`sudo -u x gpg` is not).
        const command = GPG_COMMAND.exec(t);
        if (option.test(command ? t.slice(command.index) : t)) {
          given = true;
          break;
        }
      }
      known.set(own, given);
    }
    return given;
  }

  /**
   * The lines of this file with a command that signs or encrypts with GPG (`GPG_COMMAND`), and their `\`
   * continuation lines (`gpg --batch \` / `  --local-user "$KEY" \`); comment lines aside. Found once per file.
   */
  private gpgCommandLines(): readonly number[] {
    let found = GPG_COMMAND_LINES.get(this.lines);
    if (found === undefined) {
      const out: number[] = [];
      for (let k = 0; k < this.lines.length && this.spend(this.lines[k]!.text.length + 1); k++) {
        const t = this.lines[k]!.text;
        if (!GPG_COMMAND.test(t) || /^(?:#|\/\/|\/?\*)/.test(t.trimStart())) continue;
        out.push(k);
        for (let n = 0; n < MAX_CONTINUATIONS && k + 1 < this.lines.length && this.lines[k]!.text.trimEnd().endsWith('\\'); n++) out.push(++k);
      }
      GPG_COMMAND_LINES.set(this.lines, (found = out));
    }
    return found;
  }

  /**
   * Whether a setting of a generic name (`secret_key`, `secret`) is a captcha service's by what it is nested under:
   * keila's `config :keila, KeilaWeb.Captcha,` above `secret_key: "0x0…"`. The nearest line above that is less indented
   * (up to three lines up, comments and blank lines ending the look) must name the captcha; the key's own name must
   * name nothing else (a `secret_key_base` beside a captcha's settings is the application's).
   */
  private inCaptchaBlock(): boolean {
    if (!GENERIC_SECRET_NAME.has(normalizeName(lastSegment(this.nameHere() ?? '')))) return false;
    const indent = indentOf(this.lines[this.idx]!.text);
    for (let k = this.idx - 1; k >= 0 && this.idx - k <= 3; k--) {
      const text = this.lines[k]!.text;
      const code = text.trimStart();
      if (code === '' || COMMENT_LINE.test(code)) return false;
      if (indentOf(text) < indent) return CAPTCHA_NAME.test(text.slice(0, 300));
    }
    return false;
  }

  /** The name being read on this line, as written from where it starts (`this.nameAt`). */
  private nameHere(): string | undefined {
    return this.s.slice(this.nameAt).match(/^[\w.$-]+/)?.[0];
  }

  /**
   * A path to a file named as the setting being read: AWX's compose mounts
   * `_sources/SECRET_KEY:/etc/tower/SECRET_KEY`, the file its `SECRET_KEY` is
   * read from. Where the key is kept, not the key.
   */
  private namesOwnFile(value: string): boolean {
    // The container's side of that volume, and its mode after it (`…:/etc/tower/SECRET_KEY:ro`).
    if (this.lang === 'yaml' && this.s[this.nameAt - 1] === '/' && (':' + value.replace(/["']$/, '')).match(VOLUME_MODE)?.index === 0) return true;
    // In a quoted YAML scalar the value read runs on to the line's end, its closing quote included; a compose
    // volume may end in its mode (`:ro`, `:z`).
    const unquoted = this.lang === 'yaml' ? value.replace(/["']$/, '').replace(VOLUME_MODE, '') : value;
    if (!FILE_PATH.test(unquoted)) return false;
    const name = this.nameHere();
    return name !== undefined && normalizeName(unquoted.slice(unquoted.lastIndexOf('/') + 1)) === normalizeName(lastSegment(name));
  }

  /**
   * A value that is the name of a setting, not its value: Rails'
   * `SECRET_KEY_BASE = "action_dispatch.secret_key_base"` (the key that
   * config is stored under), NestJS's `JWT_SECRET = 'JWT_SECRET'` or
   * `secret_env: JWT_SECRET` (the variable to read). It must itself name a
   * signing secret and not read as a phrase to replace (`YOUR_JWT_SECRET`,
   * `my.secret.key`).
   */
  private namesASetting(value: string): boolean {
    if (value.length > 100 || !(KEY_PATH.test(value) || ENV_VAR_NAME.test(value))) return false;
    return this.names.matches(value) && !FILL_IN.test(normalizeName(value));
  }

  /** `def f(secret_key='x')`, `function f(jwtSecret = 'x')`: a parameter's default, not a setting. */
  private isParameter(nameStart: number): boolean {
    const head = this.s.slice(Math.max(0, nameStart - 300), nameStart);
    // The last function keyword before the name decides: its parameter list must still be open.
    const kw = /\b(def|lambda|function|func|fn)\b/g;
    let last: RegExpExecArray | null = null;
    for (let m = kw.exec(head); m !== null; m = kw.exec(head)) last = m;
    if (last === null) return false;
    const after = head.slice(last.index + last[0].length);
    if (last[1] === 'lambda') return !after.includes(':');
    let depth = 0;
    for (const c of after) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    return depth > 0;
  }

  /** `SECRET_KEY_FALLBACKS = ['…', env('OLD')]`, possibly over several lines. */
  private fallbackList(name: string, j: number): void {
    const closing = this.s[j] === '[' ? ']' : ')';
    let depth = 0;
    for (let k = this.idx, n = 0; k < this.lines.length && n < MAX_LIST_LINES; k++, n++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return;
      let i = k === this.idx ? j + 1 : 0;
      while (i < t.length) {
        const c = t[i]!;
        if (c === closing && depth === 0) return;
        if (c === '(' || c === '[' || c === '{') depth++;
        else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
        if (c === '#' && this.lang !== 'js') break;
        const q = readQuoted(t, i);
        if (q) {
          // Only the list's own items: `env('OLD_SECRET_KEY')` names a variable.
          if (depth === 0 && !q.fString && this.acceptable(q)) this.emit('hardcoded', name, q, 'string literal', k);
          i = q.end + 1;
          continue;
        }
        i++;
      }
    }
  }

  /**
   * A name passed as a quoted argument to an env read: `os.getenv('X', 'dev')`,
   * `env('APP_KEY', 'x')`, `ENV.fetch('X') { 'dev' }`, `os.environ.get('X') or 'dev'`,
   * `ENV['X'] || 'dev'`. `open`/`close` are the quote positions.
   */
  private envCall(name: string, open: number, close: number): boolean {
    const s = this.s;
    let head = s;
    let b = skipBack(s, open);
    if (b < 0) {
      // The name opens a line: the call may have opened at the end of the line above.
      const above = this.previousCodeLine();
      if (above === null) return false;
      head = above;
      b = skipBack(above, above.length);
      if (above[b] !== '(') return false;
    }
    const bracket = head[b];
    if (bracket === ',' && this.lang === 'hcl' && head === s) return this.hclLookup(name, open, close);
    if (bracket === ',' && head === s) {
      const from = Math.max(0, b - 60);
      const lookup = ANSIBLE_ENV_LOOKUP.exec(s.slice(from, b + 1));
      if (lookup) return this.jinjaDefault(name, close, `${s.slice(from + lookup.index, close)})`);
    }
    // Django's `getattr(settings, 'JWT_SECRET', 'secret')`: a reusable app's default for a setting the project leaves out.
    if (bracket === ',' && this.lang === 'python' && head === s && PY_GETATTR_SETTINGS.test(s.slice(Math.max(0, b - 60), b + 1))) {
      const args = this.defaultArgument(close);
      if (args.lit) this.emit('fallback', name, args.lit, '`getattr(settings, …)` default', args.lineIdx, undefined, undefined, undefined, 'when the settings leave it out');
      return true;
    }
    // `flag.StringVar(&secret, "jwt-secret", …)`: the name is a later argument of the call.
    if (bracket === ',' && this.lang === 'go' && head === s) {
      const paren = openingParen(s, b);
      return paren > 0 && this.goFlagDefault(name, calleeBefore(s, paren), paren, close);
    }
    if (bracket !== '(' && bracket !== '[') return false;
    if (bracket === '[' && head !== s) return false;
    const written = calleeBefore(head, b);
    const callee = written.toLowerCase();
    if (!callee) return false;
    // The read as written, for the message: `os.environ.get('SECRET_KEY')`, `ENV['SECRET_KEY_BASE']`.
    const read = (end: number) => {
      let from = b - written.length;
      // Rust's and PHP's `::` is a `.` in `written`: the read is quoted as written.
      if (head === s && s.slice(from, b) !== written) {
        let k = b;
        while (k > 0 && b - k < 80 && /[\w:.>$-]/.test(s[k - 1]!)) k--;
        if (s.slice(k, b).replace(/->|::/g, '.') === written) from = k;
      }
      if (head === s && end - from <= 80 && s.slice(from, b).replace(/->|::/g, '.') === written) return s.slice(from, end);
      return `${written}${bracket}${s.slice(open, close)}${bracket === '[' ? ']' : ')'}`;
    };
    if (bracket === '[') {
      if (!ENV_RECEIVERS.some((r) => callee === r || callee.endsWith(`.${r}`))) return false;
      if (s[close] !== ']') return false;
      const or = this.orDefault(close + 1);
      if (!or) {
        const branch = this.pythonTernary(close + 1);
        if (!branch) return false; // `os.environ['X'] = 'literal'` is still an assignment
        this.emit('fallback', name, branch.lit, `the other branch of an \`if … else\` that reads \`${read(close + 1)}\``, this.idx, undefined, undefined, branch.dev ? DEV_ONLY_BRANCH : undefined, 'whenever the condition picks that branch');
        return true;
      }
      this.emit('fallback', name, or.lit, operatorVia(or.op, read(close + 1), or.through), or.lineIdx, undefined, or.through);
      return true;
    }
    const dot = callee.lastIndexOf('.');
    const method = callee.slice(dot + 1);
    const receiver = dot >= 0 ? callee.slice(0, dot) : '';
    const m = normalizeName(method);
    const isEnvRead =
      (m.includes('env') && (ENV_CALLS.has(m) || ENV_WRAPPER.test(m))) ||
      // python-decouple's `config('X', default=…)` reads the environment; Laravel's `config('app.key', …)` reads
      // configuration, whose default applies only to a key no file defines.
      (m === 'config' && (receiver === '' || receiver === 'decouple') && this.lang === 'python') ||
      (m === 'getproperty' && receiver === 'system') ||
      (ENV_METHODS.has(m) && ENV_RECEIVERS.some((r) => receiver === r || receiver.endsWith(`.${r}`) || receiver.endsWith(r))) ||
      // NestJS injects ConfigService under any name (`config.get('JWT_SECRET', 'x')`); node-config's and
      // convict's `get` take no default, so a second argument there is never a value.
      (this.lang === 'js' && m === 'get' && receiver.endsWith('config')) ||
      // A Python mapping of settings read with a default: Flask's `app.config.get('SECRET_KEY', 'dev')`, freqtrade's
      // `api_config.get("jwt_secret_key", "super-secret")`, which applies whenever the settings leave the name out.
      // Only by the family's own name: ConfigParser's `conf.get('api_auth', 'jwt_secret')` takes a section first.
      (this.lang === 'python' && m === 'get' && PY_SETTINGS_RECEIVER.test(receiver) && this.names.matches(/["']([^"']{1,120})["']/.exec(s.slice(open, close + 1))?.[1] ?? '')) ||
      // Rust's `env::var("X")`, `std::env::var_os("X")`, dotenvy's `dotenvy::var("X")`.
      (this.lang === 'rust' && (m === 'var' || m === 'varos') && RUST_ENV_MODULES.has(receiver.slice(receiver.lastIndexOf('.') + 1))) ||
      // A settings reader of the project's own, with a default: evershop's `getConfig('system.session.cookieSecret',
      // 'keyboard cat')` over node-config, `get_setting('JWT_SECRET', 'dev')`.
      // Only by the family's own key, read first: `get_config('django', 'secret_key')` takes a section first.
      (receiver === '' && CONFIG_READER.test(m) && (this.lang === 'js' || this.lang === 'python') && this.names.matches(firstQuoted(s.slice(open, close + 1))));
    if (!isEnvRead) return this.lang === 'go' && head === s && this.goFlagDefault(name, written, b, close);
    // What leaves the default to apply: the environment, or for a mapping of settings, the settings.
    const when =
      this.lang === 'python' && m === 'get' && PY_SETTINGS_RECEIVER.test(receiver)
        ? 'when the settings leave it out'
        : receiver === '' && CONFIG_READER.test(m)
          ? 'when the configuration leaves it out'
          : undefined;
    // ConfigParser's `fallback=` is its default, never the second argument.
    if (when !== undefined && /\bfallback\s*=/.test(s.slice(close, close + 200))) return true;
    // A default that reads another variable, with a default of its own (`os.getenv("JWT_SECRET",
    // os.getenv("SSE_SECRET", "dev-…"))`): the innermost default is this name's too.
    if (this.lang === 'python' && head === s && this.nested < 4) {
      const inner = PY_NESTED_ENV_READ.exec(s.slice(close, close + 160));
      const quoted = inner === null ? null : readQuoted(s, close + inner[0].length);
      if (quoted) {
        this.nested++;
        try {
          return this.envCall(name, quoted.start - 1, quoted.end + 1);
        } finally {
          this.nested--;
        }
      }
    }
    const args = this.defaultArgument(close);
    // A wrapper of the project's own: its second argument is a default only when it reads as a value.
    // (Not a placeholder everyone copies, spaces and all: express-session's `keyboard cat`.)
    // (A settings reader's default may be a placeholder everyone copies, spaces and all: express-session's `keyboard
    // cat`; not one that says the key's own words, a description: `getConfigValue('session.secret', 'session secret')`.)
    if (
      args.lit &&
      !ENV_CALLS.has(m) &&
      (ENV_WRAPPER.test(m) || CONFIG_READER.test(m)) &&
      NOT_A_DEFAULT.test(args.lit.value) &&
      !(CONFIG_READER.test(m) && isPlaceholder(args.lit.value) && !sharesWord(args.lit.value, firstQuoted(s.slice(open, close + 1))))
    ) {
      return true;
    }
    if (args.lit) {
      this.emit('fallback', name, args.lit, `\`${written}()\` default`, args.lineIdx, undefined, undefined, undefined, when);
      // `os.environ.get('SECRET_KEY', 'a') or 'b'`: a second default, for when the variable is set but empty.
      const paren = args.lineIdx === this.idx ? skipSpaces(s, args.lit.end + 1) : -1;
      if (paren >= 0 && s[paren] === ')') {
        const or = this.orDefault(paren + 1);
        // The read is named without its arguments: they hold the first default, a value of its own.
        if (or) this.emit('fallback', name, or.lit, operatorVia(or.op, `${written}(…)`, or.through), or.lineIdx, undefined, or.through, undefined, when);
      }
      return true;
    }
    if (args.closeParen >= 0) {
      const or = this.orDefault(args.closeParen + 1);
      if (or) {
        this.emit('fallback', name, or.lit, operatorVia(or.op, read(args.closeParen + 1), or.through), or.lineIdx, undefined, or.through, undefined, when);
        return true;
      }
      const branch = this.pythonTernary(args.closeParen + 1);
      if (branch) {
        // The read without its arguments, which may hold a value of their own.
        this.emit('fallback', name, branch.lit, `the other branch of an \`if … else\` that reads \`${written}(…)\``, this.idx, undefined, undefined, branch.dev ? DEV_ONLY_BRANCH : undefined, 'whenever the condition picks that branch');
        return true;
      }
      // Go 1.22's `cmp.Or(os.Getenv("JWT_SECRET"), "dev")`: the first argument that is not empty.
      if (this.lang === 'go' && head === s && /\bcmp\.Or\([ \t]*$/.test(s.slice(Math.max(0, b - written.length - 40), b - written.length))) {
        const comma = skipSpaces(s, args.closeParen + 1);
        const lit = s[comma] === ',' ? readQuoted(s, skipSpaces(s, comma + 1)) : null;
        if (lit && !lit.fString && s[skipSpaces(s, lit.end + 1)] === ')' && this.acceptable(lit)) {
          this.emit('fallback', name, lit, `\`cmp.Or()\` default after \`${read(args.closeParen + 1)}\``);
          return true;
        }
      }
      // rustfmt puts each call of a chain on its own line: `env::var("X")` / `.unwrap_or_else(|_| "dev".into())`.
      if (this.lang === 'rust' && head === s && skipSpaces(s, args.closeParen + 1) >= s.length) {
        const chained = this.rustChainDefault();
        if (chained) {
          this.emit('fallback', name, chained.lit, operatorVia(chained.op, read(args.closeParen + 1)), chained.lineIdx);
          return true;
        }
      }
      const block = this.rubyBlockDefault(args.closeParen + 1);
      if (block) {
        this.emit('fallback', name, block, `block default of \`${read(args.closeParen + 1)}\``);
        return true;
      }
      if (head === s) {
        const set = this.setWhenEmpty(s.slice(0, b - written.length));
        if (set) this.emit('fallback', name, set.lit, `set when \`${read(args.closeParen + 1)}\` is empty`, set.lineIdx);
      }
    }
    return true;
  }

  /**
   * Go's `secret := os.Getenv("JWT_SECRET")` / `if secret == "" {` (or `if len(secret) == 0 {`) / `secret = "dev"`, and the same in JavaScript
   * (`if (!secret) secret = 'dev'`) and Python (`if not secret:`): a literal the variable the read went into is
   * given when the read is empty, within the next lines. `head` is the line before the read; a variable with a
   * secret's own name is left to its assignment, which is reported as such.
   */
  private setWhenEmpty(head: string): { lit: Literal; lineIdx: number } | null {
    const m = /^[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]{0,60})[ \t]*(?::[ \t]*[\w$.<>|[\] ]{1,60})?:?=[ \t]*$/.exec(head);
    if (!m || this.names.matches(m[1]!)) return null;
    // Most reads have no `if` below them: the patterns are made only when one might.
    let below = false;
    for (let k = this.idx + 1; k < this.lines.length && k <= this.idx + 3 && !below; k++) below = this.lines[k]!.text.includes('if');
    if (!below) return null;
    const v = m[1]!.replace(/\$/g, '\\$');
    const test =
      this.lang === 'go'
        ? new RegExp(`^[ \\t]*if[ \\t]+(?:${v}[ \\t]*==[ \\t]*""|len\\(${v}\\)[ \\t]*(?:==[ \\t]*0|<[ \\t]*1))[ \\t]*\\{`)
        : this.lang === 'js'
          ? new RegExp(`^[ \\t]*if[ \\t]*\\([ \\t]*(?:![ \\t]*${v}|${v}[ \\t]*===?[ \\t]*(?:undefined|null|''|""))[ \\t]*\\)[ \\t]*\\{?`)
          : this.lang === 'python'
            ? new RegExp(`^[ \\t]*if[ \\t]+(?:not[ \\t]+${v}|${v}[ \\t]+is[ \\t]+None|${v}[ \\t]*==[ \\t]*(?:''|""))[ \\t]*:`)
            : null;
    if (test === null) return null;
    const assign = new RegExp(`^[ \\t]*${v}[ \\t]*=[ \\t]*`);
    for (let k = this.idx + 1; k < this.lines.length && k <= this.idx + 3; k++) {
      const t = this.lines[k]!.text;
      if (!this.spend(t.length + 1)) return null;
      const cond = test.exec(t);
      if (!cond) continue;
      // The assignment on the test's line (`if (!secret) secret = 'dev'`) or alone on the next.
      let at = skipSpaces(t, cond[0].length);
      let lineIdx = k;
      let line = t;
      if (at >= t.length) {
        lineIdx = k + 1;
        line = this.lines[lineIdx]?.text ?? '';
        at = 0;
      }
      const a = assign.exec(line.slice(at));
      if (!a) return null;
      const lit = readQuoted(line, at + a[0].length);
      return lit && !lit.fString && this.acceptable(lit) ? { lit, lineIdx } : null;
    }
    return null;
  }

  /** The nearest line above that holds something other than spaces, within two lines. */
  private previousCodeLine(): string | null {
    for (let k = this.idx - 1; k >= 0 && this.idx - k <= 2; k--) {
      const line = this.lines[k]!;
      if (line.number === this.line.number) return null; // a window of the same long line
      if (!this.spend(line.text.length + 1)) return null;
      if (line.text.trim() !== '') return line.text;
    }
    return null;
  }

  /**
   * PHP `define('SECRET_KEY', '…')`, and Laravel's ways of setting a config
   * key, mostly in tests: `Config::set('app.key', '…')`, `config()->set(…)`,
   * `$app['config']->set(…)`, Testbench's `#[WithConfig('app.key', '…')]`; and what writes a variable by name
   * (`os.Setenv("JWT_SECRET", "…")`, `System.setProperty`: `setsVariable`).
   */
  /** Whether the identifier ending at `end` is jsonwebtoken's `sign` or `verify` imported by name (JavaScript). */
  private callsImportedJwt(end: number): boolean {
    if (this.lang !== 'js') return false;
    const imported = jwtImports(this.lines);
    return imported.size > 0 && imported.has(this.s.slice(skipBackToken(this.s, end), end));
  }

  /**
   * jsonwebtoken's `sign` and `verify` imported by name (`import { sign } from 'jsonwebtoken'`,
   * `const { verify: check } = require('jsonwebtoken')`) and called bare: the key is the second argument,
   * as in `jwt.sign(payload, key)`.
   */
  private importedJwtCall(callee: string): SigningCall | null {
    if (this.lang !== 'js' || !/^[A-Za-z_$][\w$]*$/.test(callee)) return null;
    const method = jwtImports(this.lines).get(callee);
    if (!method) return null;
    return { subject: `\`${callee}()\` key of jsonwebtoken${callee === method ? '' : ` (its \`${method}\`)`}`, arg: 1 };
  }

  /**
   * Go's `flag.String("jwt-secret", "dev", "…")`, `flag.StringVar(&s, "jwt-secret", "dev", "…")` and pflag's,
   * cobra's (`cmd.Flags().StringP("jwt-secret", "j", "dev", "…")`): the default is what the program runs with
   * when the command line does not give the flag.
   */
  private goFlagDefault(name: string, written: string, b: number, close: number): boolean {
    const dot = written.lastIndexOf('.');
    const flag = GO_FLAG_METHODS[written.slice(dot + 1).toLowerCase()];
    const receiver = written.slice(0, Math.max(0, dot)).toLowerCase();
    if (!flag || !(receiver === 'flag' || receiver === 'pflag' || receiver.endsWith('flags()') || receiver.endsWith('flagset') || receiver === 'fs')) return false;
    const s = this.s;
    // The name must be the argument where the method takes it (`close` is just past its closing quote).
    let i = skipSpaces(s, b + 1);
    for (let arg = 0; arg < flag.name; arg++) {
      const e = skipArgument(s, i);
      if (s[e] !== ',') return false;
      i = skipSpaces(s, e + 1);
    }
    if (i !== close - name.length - 2) return false;
    i = skipSpaces(s, close);
    for (let arg = flag.name; arg < flag.value; arg++) {
      if (s[i] !== ',') return true;
      i = skipSpaces(s, i + 1);
      if (arg + 1 < flag.value) i = skipSpaces(s, skipArgument(s, i));
    }
    const lit = readQuoted(s, i);
    if (lit && !lit.fString && this.acceptable(lit)) {
      this.emit('fallback', name, lit, `\`${written}()\` default`, this.idx, undefined, undefined, undefined, 'when the command line does not give the flag');
    }
    return true;
  }

  private defineCall(name: string, open: number, close: number): boolean {
    const s = this.s;
    const b = skipBack(s, open);
    if (s[b] !== '(') return false;
    const setter = (this.lang === 'php' && CONFIG_SETTER.test(s.slice(Math.max(0, b - 40), b))) || setsVariable(calleeBefore(s, b));
    // PHP's `define('AUTH_KEY', '…')`, and Bedrock's `Config::define(…)`, which defines the constant at `apply()`.
    if (!setter && !/^(?:config\.)?define$/i.test(calleeBefore(s, b))) return false;
    let i = skipSpaces(s, close);
    if (s[i] !== ',') return true;
    i = skipSpaces(s, i + 1);
    const lit = readQuoted(s, i);
    if (lit) this.hardcoded(name, lit);
    return true;
  }

  /**
   * A name given as the value of `name`/`key` with its value beside it or
   * on the next lines: Kubernetes `- name: SECRET_KEY` / `value: …`, ECS
   * `{"name": "JWT_SECRET", "value": "…"}`, .NET `<add key="SecretKey" value="…"/>`.
   * The `value` must be a sibling of the `name` key: in the same flow
   * object or element on this line, or at the same column below it in the
   * same block mapping, so `secretKeyRef: { name: app, key: secret-key }`
   * never pairs with a `value:` further down.
   */
  private namedPair(name: string, nameStart: number, nameEnd: number): boolean {
    const s = this.s;
    const from = Math.max(0, nameStart - 12);
    const hm = /\b(?:name|key)["']?\s*[:=]\s*$/i.exec(s.slice(from, nameStart));
    if (!hm) return false;
    const keyCol = from + hm.index;
    const here = siblingValueOnLine(s, nameEnd, this.lang === 'xml');
    if (here !== null) {
      if (here >= 0) this.pairValue(name, s, here, this.idx);
      return true;
    }
    for (let k = this.idx + 1, n = 0; k < this.lines.length && n < MAX_PAIR_LINES; k++, n++) {
      const line = this.lines[k]!;
      if (line.number === this.line.number) return true; // a window of the same long line
      const t = line.text;
      if (!this.spend(t.length + 1)) return true;
      if (this.lang === 'xml') {
        // The element's attributes may run on over the next lines, up to its `>`.
        const j = siblingValueOnLine(t, 0, true);
        if (j !== null && j >= 0) this.pairValue(name, t, j, k);
        if (j !== null) return true;
        continue;
      }
      let f = skipSpaces(t, 0);
      if (f >= t.length || t[f] === '#') continue;
      if (t[f] === '-' && t[f + 1] === ' ') return true; // the next item of the list
      if (t[f] === '"' || t[f] === "'") f++;
      if (f < keyCol) return true; // the mapping ended
      if (f > keyCol) continue; // nested under a sibling
      const vm = /value["']?\s*[:=]\s*/y;
      vm.lastIndex = f;
      if (vm.exec(t)) {
        this.pairValue(name, t, vm.lastIndex, k);
        return true;
      }
      if (/name["']?\s*[:=]/y.test(t.slice(f, f + 8))) return true;
    }
    return true;
  }

  /** Reports the value that starts at `j` on line `k` of a name/value pair. */
  private pairValue(name: string, t: string, j: number, k: number): void {
    const q = readQuoted(t, j);
    let lit: Literal | null = q && !(q.fString && q.value.includes('{')) ? q : null;
    if (!lit && !needsQuotes(this.lang) && this.lang !== 'xml') {
      const c = t[j];
      if (c !== undefined && !'[{(|>!*&'.includes(c)) {
        const bare = readBare(t, j, this.lang, null, false);
        if (bare && !isBareScalar(bare.value)) lit = bare;
      }
    }
    // An object store's login beside its access key is read as it is in a mapping.
    if (lit && this.acceptable(lit) && !this.isStorageCredentialPlaceholder(name, lit.value)) this.emit('hardcoded', name, lit, 'string literal', k);
  }

  /** `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}` and Spring's `${name:default}`. */
  /** `${env:NAME, 'default'}` (the Serverless Framework's variables): the fallback after the comma, quoted or bare. */
  private serverlessDefault(name: string, end: number): void {
    const s = this.s;
    const comma = skipSpaces(s, end);
    if (s[comma] !== ',') return;
    const i = skipSpaces(s, comma + 1);
    const close = s.indexOf('}', i);
    if (close < 0) return;
    // Another variable as the fallback (`${env:X, ${ssm:/app/x}}`) is a reference, not a value.
    if (s.startsWith('${', i)) return;
    let lit: Literal = { value: s.slice(i, close).trimEnd(), start: i, end: i + s.slice(i, close).trimEnd().length, quoted: false };
    const inner = readQuoted(s, i);
    if (inner && skipSpaces(s, inner.end + 1) === close) lit = inner;
    if (this.acceptable(lit)) this.emit('fallback', name, lit, "Serverless `${env:…}` default");
  }

  private paramDefault(name: string, end: number): void {
    const s = this.s;
    let i = end;
    if (s[i + 1] === '?' || s[i] === '?') return; // `${X:?error}` fails instead of defaulting
    if (s[i] === '+' || (s[i] === ':' && s[i + 1] === '+')) return; // `${X:+alt}` is used only when X is set
    // `${X:0:8}` and `${X: -4}` are substrings; `${X:3cfa…}` (Spring) is a default that starts with a digit.
    const substring = /:\s*-?\d{1,6}\s*(?::\s*-?\d{1,6}\s*)?\}/y;
    substring.lastIndex = i;
    if (substring.test(s)) return;
    // `${X:=default}` assigns the default as it expands, in a test too.
    const assigns = s.startsWith(':=', i) || s[i] === '=';
    if (s.startsWith(':-', i) || s.startsWith(':=', i)) i += 2;
    else if (s[i] === '-' || s[i] === '=' || s[i] === ':') i += 1;
    else return;
    const close = s.indexOf('}', i);
    if (close < 0) return;
    let lit: Literal = { value: s.slice(i, close), start: i, end: close, quoted: false };
    const inner = readQuoted(s, i);
    if (inner && inner.end + 1 === close) lit = inner;
    // `[[ "${SECRET_KEY:-changeme}" == "changeme" ]]`: an operand of a test, which checks for the default, not one
    // anything runs with.
    if (!assigns && this.testOperand(end - name.length - 2, close)) return;
    // A mask is what the program runs with too (`${DD_SECRET_KEY:-.}`), as a call's default is (`defaultArgument`).
    if (this.acceptable(lit) || isMask(lit.value)) this.emit('fallback', name, lit, 'default in `${…}`');
  }

  /**
   * Whether the expansion from `open` (its `$`) to `close` (its `}`) is an operand of a shell test: right after `[[`,
   * `[` or `test` (a `!` between), or beside a comparison (`==`, `!=`, ` = `) on a line with such a test, or the
   * subject of a `case`.
   */
  private testOperand(open: number, close: number): boolean {
    const s = this.s;
    if (this.lang !== 'shell' || s[open] !== '$') return false;
    const before = s.slice(Math.max(0, open - 40), open);
    const after = s.slice(close + 1, close + 40);
    if (TEST_OPENS_BEFORE.test(before) || CASE_BEFORE.test(before)) return true;
    // `#` outside quotes (a `${#X}` cuts the line short: the test is then not seen, and the default stays reported).
    const comment = scanLineCode(s.slice(0, 2000), 'python').comment;
    return SHELL_TEST.test(comment < 0 ? s.slice(0, 2000) : s.slice(0, comment)) && (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after));
  }

  /**
   * After the name's closing quote inside a call: the default argument,
   * positional (`getenv('X', 'dev')`) or keyword (`env('X', default='dev')`),
   * on this line or the next few (cookiecutter-django writes
   * `env(\n    "DJANGO_SECRET_KEY",\n    default="…",\n)`).
   * `closeParen` is set when the call closes on this line with no default.
   */
  private defaultArgument(close: number): { lit: Literal | null; lineIdx: number; closeParen: number } {
    const none = { lit: null, lineIdx: this.idx, closeParen: -1 };
    const lineComment = this.lang === 'python' || this.lang === 'ruby' || this.lang === 'elixir' ? '#' : '//';
    let k = this.idx;
    let t = this.s;
    let i = close;
    // Moves past spaces, a trailing comment and line ends, to at most MAX_CALL_LINES lines below.
    const advance = (): boolean => {
      for (;;) {
        i = skipSpaces(t, i);
        if (i < t.length && !t.startsWith(lineComment, i)) return true;
        if (k - this.idx >= MAX_CALL_LINES || k + 1 >= this.lines.length) return false;
        k++;
        t = this.lines[k]!.text;
        i = 0;
        if (!this.spend(t.length + 1)) return false;
      }
    };
    // A default is what the program runs with when the variable is unset: a mask there (healthchecks'
    // `envsecret("SECRET_KEY", "---")`) is the key.
    const found = (lit: Literal | null) => ({
      lit: lit && (this.acceptable(lit) || isMask(lit.value)) && !(lit as { fString?: boolean }).fString ? lit : null,
      lineIdx: k,
      closeParen: -1,
    });
    for (let arg = 0; arg < 6; arg++) {
      if (!advance()) return none;
      if (t[i] === ')') return { lit: null, lineIdx: k, closeParen: k === this.idx ? i : -1 };
      if (t[i] !== ',') return none;
      i++;
      if (!advance()) return none;
      if (t[i] === ')') return { lit: null, lineIdx: k, closeParen: k === this.idx ? i : -1 };
      const kw = KEYWORD_ARGUMENT;
      kw.lastIndex = i;
      const km = kw.exec(t);
      if (km) {
        if (km[1] === 'default') return found(readQuoted(t, kw.lastIndex) ?? keyOfStringArray(t, kw.lastIndex));
        i = skipArgument(t, kw.lastIndex);
        continue;
      }
      if (arg === 0) {
        // Strapi's `env.array('APP_KEYS', ['a', 'b'])`: a list of keys, each a fallback; one stands for them.
        const lit = readQuoted(t, i) ?? keyOfStringArray(t, i);
        if (lit) return found(lit);
      }
      i = skipArgument(t, i);
    }
    return none;
  }

  /**
   * `|| 'dev'`, `?? 'dev'`, `?: 'dev'`, ` or 'dev'`, `.orElse("dev")`,
   * `.unwrap_or("dev")` at `i`: the literal, and the operator as written
   * for the message.
   */
  /**
   * `cond ? process.env.JWT_SECRET : 'dev'` and `cond ? 'dev' : process.env.JWT_SECRET`: the literal is what the
   * setting gets whenever the condition picks the other branch, a fallback. `dev` when the condition says that
   * branch is behind a development check (`NODE_ENV === 'production' ? process.env.X : 'dev'`). The ternary may run
   * over lines, as Prettier breaks it (`?` and `:` opening their own lines): it is read in a window of the two lines
   * above and the one below.
   */
  private ternaryDefault(nameStart: number, end: number): { lit: Literal; lineIdx: number; dev: boolean } | null {
    // Most reads are in no ternary: one needs a `?` or `:` right before the read, or the read alone at the start
    // of its line (Prettier's layout); the window is built only then.
    const s = this.s;
    let b = nameStart - 1;
    while (b >= 0 && (s[b] === ' ' || s[b] === '\t')) b--;
    if (b >= 0 && s[b] !== '?' && s[b] !== ':') return null;
    const win: { idx: number; at: number }[] = [];
    let j = '';
    for (let k = Math.max(0, this.idx - 2); k <= this.idx + 1 && k < this.lines.length; k++) {
      const line = this.lines[k]!;
      if (k !== this.idx && (line.offset !== 0 || line.text.length > 400 || line.number === this.line.number)) {
        if (k < this.idx) {
          win.length = 0;
          j = '';
        }
        continue;
      }
      if (!this.spend(line.text.length + 1)) return null;
      if (j !== '') j += '\n';
      win.push({ idx: k, at: j.length });
      j += line.text;
    }
    const base = win.find((w) => w.idx === this.idx)!.at;
    const ws = (i: number) => {
      while (i < j.length && (j[i] === ' ' || j[i] === '\t' || j[i] === '\n' || j[i] === '\r')) i++;
      return i;
    };
    const back = (i: number) => {
      while (i >= 0 && (j[i] === ' ' || j[i] === '\t' || j[i] === '\n' || j[i] === '\r')) i--;
      return i;
    };
    // After the read: TypeScript's `!` and `as string` change nothing.
    let after = end + base;
    if (j[after] === '!' && j[after + 1] !== '=') after++;
    const as = /\s+as\s+[A-Za-z_$][\w$.]*(?:\[\])?/y;
    as.lastIndex = after;
    if (as.exec(j)) after = as.lastIndex;
    after = ws(after);
    const q = back(nameStart + base - 1);
    // A `?` or `:` in a comment (`// needed on the client?` above a key) is prose.
    const inComment = (at: number) => j.slice(j.lastIndexOf('\n', at) + 1, at).includes('//');
    let lit: Literal | null;
    let question: number;
    let litIsElse: boolean;
    if (j[q] === '?' && j[q - 1] !== '?' && j[after] === ':' && j[after + 1] !== ':') {
      // `cond ? process.env.X : 'dev'`
      question = q;
      lit = readQuoted(j, ws(after + 1));
      // The literal is the whole branch: what follows ends the expression.
      const next = lit === null ? 0 : skipSpaces(j, lit.end + 1);
      if (lit !== null && !/^(?:[;,)}\]\r\n]|\/\/|$)/.test(j.slice(next, next + 2))) return null;
      litIsElse = true;
    } else if (j[q] === ':' && j[q - 1] !== ':') {
      // `cond ? 'dev' : process.env.X`: the literal between the `?` and this `:`.
      question = j.lastIndexOf('?', q - 1);
      if (question < 0 || j[question - 1] === '?' || j[question + 1] === '.') return null;
      lit = readQuoted(j, ws(question + 1));
      if (lit === null || ws(lit.end + 1) !== q) return null;
      litIsElse = false;
    } else return null;
    if (inComment(question)) return null;
    if (lit === null || (lit as { fString?: boolean }).fString || !this.acceptable(lit)) return null;
    let at = win[0]!;
    for (const w of win) if (w.at <= lit.start) at = w;
    if (lit.end > at.at + this.lines[at.idx]!.text.length) return null; // a string that ran over lines
    const guard = jsConditionGuard(ternaryCondition(j.slice(0, question)));
    return { lit: { ...lit, start: lit.start - at.at, end: lit.end - at.at }, lineIdx: at.idx, dev: litIsElse ? guard === 'prod' : guard === 'dev' };
  }

  /**
   * Python's `os.environ['SECRET_KEY'] if not DEBUG else 'dev'`: the literal after `else`, when the read is the
   * `if` branch; `dev` when the condition says the `else` is behind a development check.
   */
  private pythonTernary(i: number): { lit: Literal; dev: boolean } | null {
    if (this.lang !== 'python') return null;
    const s = this.s;
    const m = /[ \t]+if[ \t]+/y;
    m.lastIndex = i;
    if (!m.exec(s)) return null;
    const from = m.lastIndex;
    const elseAt = s.indexOf(' else ', from);
    if (elseAt < 0 || elseAt - from > 300) return null;
    const lit = readQuoted(s, skipSpaces(s, elseAt + 6));
    if (!lit || lit.fString || !this.acceptable(lit)) return null;
    // The literal is the whole `else` branch.
    const rest = skipSpaces(s, lit.end + 1);
    if (rest < this.codeEnd && s[rest] !== ')' && s[rest] !== ',') return null;
    return { lit, dev: pythonConditionGuard(s.slice(from, elseAt)) === 'prod' };
  }

  private orDefault(from: number): { lit: Literal; op: string; through?: string; lineIdx: number } | null {
    let s = this.s;
    let i = skipSpaces(s, from);
    let lineIdx = this.idx;
    // Whether the default is read on a line below the read's: it must then be the whole rest of the expression.
    let moved = false;
    // `Optional.ofNullable(System.getenv("X")).orElse("dev")`, `str(os.getenv('X')) or 'dev'`
    for (let n = 0; n < 3 && s[i] === ')'; n++) i = skipSpaces(s, i + 1);
    // Rails' `ENV["SECRET_KEY_BASE"].presence || "dev"`: blank counts as unset.
    if (this.lang === 'ruby' && s.startsWith('.presence', i) && !/\w/.test(s[i + 9] ?? '')) i = skipSpaces(s, i + 9);
    // `process.env.SESSION_SECRET?.split(',') || ['a', 'b']`: a list of keys read from one variable.
    if (this.lang === 'js') {
      SPLIT_CALL.lastIndex = i;
      if (SPLIT_CALL.test(s)) i = skipSpaces(s, SPLIT_CALL.lastIndex);
    }
    // `process.env.SESSION_SECRET` / `?? 'dev'`: the operator starts the line below (Prettier breaks long chains so).
    if (LEADING_OR_CODE.has(this.lang) && this.endsCode(s, i)) {
      const below = this.codeBelow(lineIdx);
      if (below !== null && /^(?:\?\?|\|\||or[ \t])/.test(below.text.slice(below.at, below.at + 3))) {
        ({ text: s, idx: lineIdx, at: i } = below);
        moved = true;
      }
    }
    let j = -1;
    let op = '';
    // `ENV['X'] ||= 'dev'`, `process.env.X ??= 'dev'`: assigned only when unset, so a fallback too.
    for (let c = 0; c < OR_OPERATORS.length; c++) {
      if (s.startsWith(OR_OPERATORS[c]!, i)) {
        op = OR_OPERATORS[c]!;
        j = i + op.length;
        break;
      }
    }
    if (j < 0 && /^or\s/.test(s.slice(i, i + 3))) {
      j = i + 2;
      op = 'or';
    }
    // Rust's `env::var("X").ok().unwrap_or(…)`: the `Result` made an `Option` first.
    if (this.lang === 'rust' && s.startsWith('.ok()', i)) i = skipSpaces(s, i + 5);
    if (j < 0) {
      const m = /\.(orElse|unwrap_or_else|unwrap_or|or_else|getOrElse)\(/y;
      m.lastIndex = i;
      const call = m.exec(s);
      if (call) {
        j = m.lastIndex;
        op = `.${call[1]}()`;
      }
    }
    if (j < 0) return null;
    let at = skipSpaces(s, j);
    // `process.env.SESSION_SECRET ??` / `'dev',`: the default on the line below, the whole rest of the expression.
    if (TRAILING_OR_CODE.has(this.lang) && (op === '||' || op === '??' || op === 'or') && this.endsCode(s, at)) {
      const next = this.codeBelow(lineIdx);
      if (next === null) return null;
      ({ text: s, idx: lineIdx, at } = next);
      moved = true;
    }
    // Rust: a closure's parameters (`|_| "dev".into()`, `|| …`, `move |_| { … }`) and `String::from("dev")`.
    if (this.lang === 'rust') {
      RUST_DEFAULT_START.lastIndex = at;
      if (RUST_DEFAULT_START.test(s)) at = RUST_DEFAULT_START.lastIndex;
    }
    const lit = readQuoted(s, at) ?? (op === '||' || op === '??' || op === 'or' ? keyOfStringArray(s, at) : null);
    if (lit) {
      // On a line of its own, the literal must end the expression: not `'prefix-' + id`.
      const rest = skipSpaces(s, lit.end + 1);
      if (moved && !ENDS_EXPRESSION.test(s.slice(rest, rest + 2))) return null;
      return !lit.fString && this.acceptable(lit) ? { lit, op, lineIdx } : null;
    }
    if (moved) return null;
    // `process.env.JWT_SECRET || DEFAULT_SECRET`: a constant of this file, set once to a literal.
    CONSTANT_NAME.lastIndex = at;
    const name = CONSTANT_NAME.exec(s);
    // A constant with a secret's name (`DEFAULT_JWT_SECRET`) is reported where it is set.
    if (!name || this.names.matches(name[1]!)) return null;
    const constant = fileConstants(this.lines, this.lang, this.budget).get(name[1]!);
    if (!constant || !this.acceptable(constant)) return null;
    // Reported where the fallback is, with the constant's value: a constant used as some other default is no finding.
    return { lit: { ...constant, start: at, end: CONSTANT_NAME.lastIndex }, op, through: name[1]!, lineIdx };
  }

  /** Whether nothing but spaces and a comment follow `i` on `t` (a line of this file). */
  private endsCode(t: string, i: number): boolean {
    const j = skipSpaces(t, i);
    return j >= t.length || t.startsWith('//', j) || (t[j] === '#' && this.lang !== 'js');
  }

  /** The next line below `lineIdx` that holds code (blank and comment lines passed over, two at most), and where it starts. */
  private codeBelow(lineIdx: number): { text: string; idx: number; at: number } | null {
    for (let k = lineIdx + 1; k < this.lines.length && k <= lineIdx + 3; k++) {
      const text = this.lines[k]!.text;
      const at = skipSpaces(text, 0);
      if (!this.endsCode(text, at)) return { text, idx: k, at };
    }
    return null;
  }

  /** A Rust chain's default on the lines below the read (`.ok()` on a line of its own allowed): the literal, its line, the call. */
  private rustChainDefault(): { lit: Literal; lineIdx: number; op: string } | null {
    for (let k = this.idx + 1; k < this.lines.length && k <= this.idx + 2; k++) {
      const t = this.lines[k]!.text;
      const m = RUST_CHAINED_DEFAULT.exec(t);
      if (!m) return null;
      if (m[1] === undefined) continue; // `.ok()` alone
      const lit = readQuoted(t, m[0].length);
      return lit && !lit.fString && this.acceptable(lit) ? { lit, lineIdx: k, op: `.${m[1]}()` } : null;
    }
    return null;
  }

  /** Ruby `ENV.fetch('X') { 'dev' }` and `{ |_| 'dev' }`. */
  private rubyBlockDefault(i: number): Literal | null {
    const s = this.s;
    i = skipSpaces(s, i);
    if (s[i] !== '{') return null;
    i = skipSpaces(s, i + 1);
    if (s[i] === '|') {
      const bar = s.indexOf('|', i + 1);
      if (bar < 0) return null;
      i = skipSpaces(s, bar + 1);
    }
    const lit = readQuoted(s, i);
    return lit && this.acceptable(lit) ? lit : null;
  }
}

/**
 * How a default given by an operator reads in a message: "`or` fallback
 * after `os.environ.get('SECRET_KEY')`", "`||=` assignment to `ENV['X']`".
 */
function operatorVia(op: string, read: string, through?: string): string {
  const via = op.endsWith('=') ? `\`${op}\` assignment to \`${read}\`` : `\`${op}\` fallback after \`${read}\``;
  return through ? `${via}, through the constant \`${through}\`` : via;
}

/** A Go composite literal of a `SigningKey` struct, up to its brace (sticky). */
const GO_SIGNING_KEY = /(?:[A-Za-z_]\w{0,40}\.)?SigningKey\{/y;
/**
 * The JVM's ways to make key bytes of a string, up to it (sticky): Ktor's `hex("…")` (a string of hex digits), JJWT's
 * `Decoders.BASE64.decode(…)`, the JDK's `Base64.getDecoder().decode(…)`, commons-codec's `Base64.decodeBase64(…)`,
 * JAXB's `DatatypeConverter.parseBase64Binary(…)`.
 */
const JVM_BYTES =
  /(?:hex(?=\([ \t]*")|Decoders\.BASE64(?:URL)?\.decode|(?:java\.util\.)?Base64\.get(?:Url|Mime)?Decoder\(\)\.decode|Base64\.decodeBase64|DatatypeConverter\.parse(?:Base64|Hex)Binary)\([ \t]*/y;
/** How many lines of strings `valueOnNextLine` joins inside Python's parentheses. */
const MAX_JOINED_LINES = 8;

/**
 * Python string literals side by side from `i` (`'ab' "cd"`), which Python joins into one: their value joined, at the
 * first one's place, and where the code goes on after the last. Null when there is none, or one is an f-string with a
 * field (`f'{x}'`).
 */
function joinedStrings(s: string, i: number): { lit: Literal & { quoted: true }; next: number } | null {
  let first: Literal | null = null;
  let value = '';
  let k = i;
  for (;;) {
    const q = readQuoted(s, k);
    if (q === null || (q.fString && q.value.includes('{'))) break;
    first ??= q;
    value += q.value;
    k = skipSpaces(s, q.end + 1);
  }
  if (first === null) return null;
  return { lit: { value, start: first.start, end: first.end, quoted: true, ...(first.quote !== undefined ? { quote: first.quote } : {}) }, next: k };
}

/**
 * An argument that names an HMAC: a string (`"HmacSHA256"`), a constant or an enum's (`HMAC_SHA256`,
 * `HmacAlgorithms.HMAC_SHA_256.toString()`), or JJWT's algorithms (`SignatureAlgorithm.HS256.getJcaName()`).
 */
const MAC_ALGORITHM = /^["']hmac|^[\w.]*hmac|^[\w.]*\bHS(?:256|384|512)\b/i;
/** JavaScript's ways to turn a string into key bytes, up to the string (sticky): jose's keys, Node's `Buffer.from`. */
const JS_BYTES = /(?:new[ \t]+TextEncoder\(\)[ \t]*\.[ \t]*encode|Buffer\.from)\([ \t]*(?=["'`])/y;
/** .NET's ways to turn a string into key bytes, up to the string (sticky). */
const DOTNET_BYTES = /(?:System\.Text\.)?(?:Encoding\.(?:UTF8|ASCII|Unicode|Default|Latin1)\.GetBytes|Convert\.FromBase64String)\(\s*/y;
/** A name, sticky: not one that goes on (`a.b`, `f(`, `x[`). */
const IDENTIFIER = /([A-Za-z_$][\w$]*)(?![\w$.(\[])/y;
/** An identifier whose bytes are taken (`SECRET.getBytes()`), up to the `.` (sticky). */
const IDENTIFIER_BYTES = /([A-Za-z_$][\w$]*)(?=\.(?:encode|getBytes|toByteArray|encodeToByteArray)\()/y;
/** `JwtConfig.SECRET`: a type's name (capitalised), then its constant's (sticky). */
const QUALIFIED_CONSTANT = /([A-Z][\w$]{0,100})\.([A-Za-z_$][\w$]{0,100})(?![\w$.(\[])/y;
/** Languages whose constants are read through their object's or class's name (see `signingConstant`). */
const QUALIFIED_CODE: ReadonlySet<Lang> = new Set(['jvm', 'csharp']);
/** A name declared constant whatever its case: `const NBSecretPassword = "…"` (Go, JavaScript), `final String key = "…"`. */
const KEYWORD_CONSTANT = /^[ \t]*(?:export[ \t]+)?(?:(?:public|private|protected|internal|static|readonly)[ \t]+)*(?:const|final)[ \t]+(?:[\w<>[\],.?]+[ \t]+)??([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*[\w.[\]| ]{1,40})?=[ \t]*(?=[rRbBuU]?["'`])/;
/** A constant's name, as code writes one: `DEFAULT_SECRET`, `FALLBACK_KEY` (sticky). */
const CONSTANT_NAME = /([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\w$.(\[])/y;
/**
 * A line that sets a constant to a literal: `const DEFAULT_SECRET = "…"`,
 * `export const X: string = '…'`, `private static final String X = "…"`,
 * Python's and Ruby's `X = '…'`, PHP's `const X = '…'` and `define('X', '…')` aside.
 */
const CONSTANT_DECLARATION = /^[ \t]*(?:(?:export|public|private|protected|internal|static|final|readonly|const|let|var|val)[ \t]+)*(?:[\w<>[\],.?]+[ \t]+)??([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)[ \t]*(?::[ \t]*[\w.[\]| ]{1,40})?=[ \t]*(?=[rRbBuU]?["'`])/;

/**
 * Occurrences whose value is a string of code though it may hold spaces (see `analyzeCodeLine`): a Go struct tag's
 * default, a .NET configuration read's.
 */
const READ_AS_CODE = new WeakSet<SecretOccurrence>();
/** .NET's reads of a configuration key, up to the literal after `??` (global; the key is group 1, 2 or 3). */
const DOTNET_CONFIG_READ = /\b(?:[Cc]onfiguration|[Cc]onfig|_config(?:uration)?)(?:[ \t]*\[[ \t]*"([^"\n]{1,100})"[ \t]*\]|\.GetValue<string\??>\([ \t]*"([^"\n]{1,100})"[ \t]*\)|\.GetSection\([ \t]*"([^"\n]{1,100})"[ \t]*\)\.Value)[ \t]*\?\?[ \t]*(?=")/g;
/** .NET's `GetValue<string>("Jwt:Key", "…")`: the default for an unset key, its second argument (the key is group 1). */
const DOTNET_GET_VALUE_DEFAULT = /\b(?:[Cc]onfiguration|[Cc]onfig|_config(?:uration)?)\.GetValue<string\??>\([ \t]*"([^"\n]{1,100})"[ \t]*,[ \t]*(?=")/g;
/** What stands before the variable's name in Ansible's `lookup('env', 'NAME')` (or `query`, `q`, `ansible.builtin.env`). */
const ANSIBLE_ENV_LOOKUP = /\b(?:lookup|query|q)[ \t]*\([ \t]*['"](?:ansible\.builtin\.)?env['"][ \t]*,$/;
/** After the name's quote: the call's `)`, then Jinja's `default` filter (or `d`) and its `(` (sticky). */
const JINJA_DEFAULT_AFTER_CALL = /[ \t]*\)[ \t]*\|[ \t]*(?:default|d)[ \t]*\([ \t]*/y;
/** A Go struct tag (raw string) on a field's line. */
const GO_TAG = /`([^`\n]{1,400})`/;
/** The tag keys that give a default to a field filled from the environment, up to the value's quote. */
const GO_TAG_DEFAULT = /(?:^|[ \t])(default|envDefault|env-default):"/;
/** The variable the field is filled from (`env:"JWT_SECRET"`, `envconfig:"JWT_SECRET"`, `env:"JWT_SECRET,required"`). */
const GO_TAG_ENV = /(?:^|[ \t])(?:env|envconfig):"([A-Za-z_][A-Za-z0-9_]*)/;
/** A struct field's name at the start of its line. */
const GO_FIELD = /^[ \t]*([A-Za-z_]\w*)[ \t]/;
/** clap's default for an option, up to its value: `default_value = ` or `default_value_t = ` (group 1 `_t`). */
const CLAP_DEFAULT = /\bdefault_value(_t)?[ \t]*=[ \t]*/g;
/** The attributes that declare a clap option (structopt's included), at their opening: the name is group 1. */
const CLAP_ATTRIBUTE = /#\[[ \t]*(arg|clap|structopt)[ \t]*\(/;
/** `env = "JWT_SECRET"` (group 1), or a bare `env` (the variable named for the field). */
const CLAP_ENV = /[(,][ \t\n]*env(?:[ \t]*=[ \t]*"([A-Za-z_][A-Za-z0-9_]*)")?[ \t\n]*[,)]/;
/** A struct field's name: `pub jwt_secret: String`, `jwt_secret: Option<String>`. */
const CLAP_FIELD = /^[ \t]*(?:pub(?:\([\w:]+\))?[ \t]+)?([A-Za-z_]\w*)[ \t]*:(?!:)/;
/** Lines an attribute may run over, and that may stand between it and its field. */
const MAX_ATTRIBUTE_LINES = 8;
/** urfave/cli's `Value:` field, up to its value. */
const CLI_FLAG_VALUE = /(?:^|[{,\s])Value[ \t]*:[ \t]*/g;
/**
 * What a `{` opens that `cliFlagDefault` reads: urfave/cli's string flag and its forks' (micro/cli, minio/cli), the
 * type in group 1 (`&cli.StringFlag{`, `altsrc.NewStringFlag(&cli.StringFlag{`).
 */
const CLI_STRING_FLAG = /(?:^|[^\w.])((?:[A-Za-z_]\w*\.)?StringFlag)[ \t]*$/;
/** An environment variable's name, in either case (`JWT_SECRET`, `app_jwt_secret`). */
const ENV_VAR_NAME_ANY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The flag's variables: `EnvVars: []string{…}` (v2) or `Sources: cli.EnvVars(…)` (v3), the list in group 1. */
const CLI_FLAG_ENV_LIST = /(?:^|[{,\s])(?:EnvVars[ \t]*:[ \t]*\[\][ \t]*string[ \t]*\{|Sources[ \t]*:[ \t]*(?:[A-Za-z_]\w*\.)?EnvVars?[ \t]*\()([^})\n]{0,400})/;
/** v1's one variable: `EnvVar: "JWT_SECRET"` (also a comma-separated list there). */
const CLI_FLAG_ENV = /(?:^|[{,\s])EnvVar[ \t]*:[ \t]*("[^"\n]{0,200}")/;
/** The flag's name, when written as a literal. */
const CLI_FLAG_NAME = /(?:^|[{,\s])Name[ \t]*:[ \t]*"([^"\n]{1,100})"/;
/** Lines a composite literal's fields are looked for over, either way from the line read. */
const MAX_COMPOSITE_LINES = 12;

/** Lines above a signing call looked through for the variable it is given (in all, whatever their indentation). */
const MAX_BINDING_LINES = 2000;

/**
 * What the variable a signing call is given holds, read up from the call:
 * the literal of the nearest assignment to it in the call's block or one
 * around it, when that assignment is nothing but a literal (`const secret =
 * '…'` / `jwt.sign(payload, secret)` in a function, Go's `key :=
 * []byte("…")` / `token.SignedString(key)`, a package's `var jwtKey =
 * []byte("…")`, PyJWT's `key = "…"` / `jwt.encode(payload, key, …)`).
 * Blocks go by indentation, so a line less indented than those below it
 * opens a block around the call: a name it mentions (a parameter, a loop
 * variable, a condition) is not known here, and one that any line on the way
 * assigns otherwise (`key, err := load()`, `if (!key) key = env.KEY`) not at all.
 * Null: not known; `not here`: no assignment above (a constant of the file
 * may still give it); else the literal, its line number and whether it is
 * declared constant. An assignment at the top of the file counts only when it
 * is the file's only one to that name: a function may set it later.
 */
function boundLiteral(lines: readonly Line[], idx: number, name: string, lang: Lang, budget: WalkBudget): { lit: Literal; line: number; constant: boolean } | 'not here' | null {
  const call = lines[idx]!;
  if (call.offset !== 0) return null;
  const { mention, assigned, declaration } = bindingPatterns(name);
  let minIndent = indentOf(call.text);
  /** The indentation of a `)` that closes a parameter list over several lines: the lines up to its opener are its header. */
  let header = -1;
  for (let k = idx - 1; k >= 0 && idx - k <= MAX_BINDING_LINES; k--) {
    const line = lines[k]!;
    const t = line.text;
    budget.left -= t.length + 1;
    if (budget.left < 0 || line.offset !== 0) return null;
    const code = t.trimStart();
    if (code === '' || code.startsWith('//') || code.startsWith('#') || code.startsWith('*') || code.startsWith('/*')) continue;
    const indent = t.length - code.length;
    if (header >= 0) {
      if (mention.test(t)) return 'not here';
      if (indent <= header) header = -1;
      else continue;
    }
    if (indent < minIndent) {
      // A line that opens a block around the call: a name it mentions is a parameter, a loop's or a condition's,
      // unknown here. A constant of the file may still give it: `function sign(p, secret)` is most often called
      // with the file's `const secret` of the same name.
      minIndent = indent;
      if (t.indexOf(name) >= 0 && mention.test(t) && !declaration.test(t)) return 'not here';
      if (code.startsWith(')')) header = indent;
    }
    if (t.indexOf(name) < 0 || !assigned.test(t)) continue;
    // An assignment in a block closed before the call (a branch, another function) leaves it unknown.
    if (indent > minIndent) return null;
    const m = declaration.exec(t);
    if (!m) return null;
    JS_BYTES.lastIndex = m[0].length;
    JVM_BYTES.lastIndex = m[0].length;
    const at = lang === 'js' && JS_BYTES.exec(t) !== null ? JS_BYTES.lastIndex : lang === 'jvm' && JVM_BYTES.exec(t) !== null ? JVM_BYTES.lastIndex : m[0].length;
    const lit = readQuoted(t, at);
    if (!lit || lit.fString || (lit.template && lit.value.includes('${')) || isInterpolated(lit.value, lang, lit.quote)) return null;
    if (!wholeValue(t, lit.end + 1)) return null;
    // At the top of the file, where any function may set it again: only if nothing else in the file assigns it.
    if (indent === 0 && assignedElsewhere(lines, k, assigned, budget)) return null;
    return { lit, line: line.number, constant: /\b(?:const|final)\b/.test(m[0]) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(name) };
  }
  return 'not here';
}

/** The patterns `boundLiteral` reads lines with, for one name (a few names per file: kept, up to a bound). */
const BINDING_PATTERNS = new Map<string, { mention: RegExp; assigned: RegExp; declaration: RegExp }>();
function bindingPatterns(name: string): { mention: RegExp; assigned: RegExp; declaration: RegExp } {
  let p = BINDING_PATTERNS.get(name);
  if (p) return p;
  const esc = name.replace(/\$/g, '\\$');
  // The name as a whole token, and assigned: `name =`, `name :=`, `name +=`, with a type (`name: str =`,
  // Go's `name []byte =`), not compared (`==`) nor an arrow's parameter (`=>`); or one of the names a
  // statement starts by assigning (`key, err :=`, `a, key = …`, `const { key } = …`), not a call's keyword argument.
  const mention = new RegExp(`(?<![\\w$.])${esc}(?![\\w$])`);
  const assigned = new RegExp(
    `(?<![\\w$.])${esc}(?:[ \\t]*:[ \\t]*[\\w.[\\]| ]{1,40}|[ \\t]+(?:\\[\\]|\\*){0,4}[\\w.]{1,40})?[ \\t]*(?::=|[-+*/%|&?^]{0,2}=(?![=>]))` +
      `|^[ \\t]*(?:(?:var|let|const)[ \\t]+)?[[({]?[ \\t]*(?:[\\w$]{1,40}[ \\t]*,[ \\t]*){0,8}${esc}(?:[ \\t]*,[ \\t]*[\\w$]{1,40}){0,8}[ \\t]*[\\])}]?[ \\t]*(?::=|=(?![=>]))`,
  );
  // `[const|let|var|final…] [Type] name [: Type] = <literal>` (Go `:=`), the whole line.
  const declaration = new RegExp(
    `^[ \\t]*(?:(?:export|const|let|var|final|static|private|protected|public|readonly|val)[ \\t]+)*(?:[\\w<>[\\],.?]+[ \\t]+)??${esc}[ \\t]*(?::[ \\t]*[\\w.[\\]| ]{1,40}|(?:\\[\\])?[ \\t]*\\w+[ \\t]*)?(?::=|=)[ \\t]*`,
  );
  p = { mention, assigned, declaration };
  if (BINDING_PATTERNS.size >= 256) BINDING_PATTERNS.clear();
  BINDING_PATTERNS.set(name, p);
  return p;
}

/**
 * A string's bytes, after it: `.encode()`, Java's `.getBytes()`, Kotlin's `.toByteArray()`, `.encodeToByteArray()` and
 * `.hexToByteArray()`, with a charset at most (`.getBytes(StandardCharsets.UTF_8)`, `.getBytes(Charset.forName("UTF-8"))`,
 * `.encode(encoding='utf-8')`).
 */
const BYTES_SUFFIX = /^\.(?:encode|getBytes|toByteArray|encodeToByteArray|hexToByteArray)\((?:[^()\n]{0,60}\([^()\n]{0,60}\))?[^()\n]{0,60}\)/;
/** Whether what follows a literal ends its line's statement: `)` of `[]byte(`, `;`, `.encode()`, `.getBytes()`, a comment. */
function wholeValue(t: string, i: number): boolean {
  let k = skipSpaces(t, i);
  if (t[k] === ')') k = skipSpaces(t, k + 1);
  const bytes = BYTES_SUFFIX.exec(t.slice(k, k + 80));
  if (bytes !== null) k = skipSpaces(t, k + bytes[0].length);
  if (t[k] === ';') k = skipSpaces(t, k + 1);
  return k >= t.length || t.startsWith('//', k) || t[k] === '#';
}

/** Whether any line of the file but `except` assigns the name (`assigned`). */
function assignedElsewhere(lines: readonly Line[], except: number, assigned: RegExp, budget: WalkBudget): boolean {
  for (let k = 0; k < lines.length; k++) {
    if (k === except) continue;
    const t = lines[k]!.text;
    budget.left -= t.length + 1;
    if (budget.left < 0) return true;
    if (assigned.test(t)) return true;
  }
  return false;
}

const CONSTANTS = new WeakMap<readonly Line[], Map<string, Literal>>();

/**
 * The constants of a file set once to a literal, by name: what a fallback
 * to a constant (`|| DEFAULT_SECRET`) or a signing call given one gives. A
 * constant is an `UPPER_SNAKE` name, or any name declared `const` or `final`. A name set twice is left out:
 * which value applies is not known. One pass over the lines, made once per
 * file and only when a fallback names a constant; taken from the file's walk budget.
 */
function fileConstants(lines: readonly Line[], lang: Lang, budget: WalkBudget): Map<string, Literal> {
  let found = CONSTANTS.get(lines);
  if (found) return found;
  found = new Map();
  const twice = new Set<string>();
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    budget.left -= line.text.length + 1;
    if (budget.left < 0) break;
    if (line.offset !== 0 || line.text.indexOf('=') < 0) continue;
    let m = CONSTANT_DECLARATION.exec(line.text);
    if (!m) {
      m = KEYWORD_CONSTANT.exec(line.text);
      // A lower-case `const`/`final` is a constant of the file only at its top level (Go's package constants,
      // a module's `const`), or `static`: inside a function it is a local, and the name is reused elsewhere.
      if (m && /^[a-z_$]/.test(m[1]!) && /^[ \t]/.test(line.text) && !/\bstatic\b/.test(m[0])) m = null;
    }
    if (!m) continue;
    const name = m[1]!;
    const lit = readQuoted(line.text, m[0].length);
    if (!lit || lit.fString || isInterpolated(lit.value, lang, lit.quote)) continue;
    if (found.has(name) || twice.has(name)) {
      found.delete(name);
      twice.add(name);
      continue;
    }
    found.set(name, lit);
  }
  CONSTANTS.set(lines, found);
  return found;
}

/** What stands before `start` when it is only spaces and one mark (`-`, `"`); `?` otherwise. */
function lineHead(s: string, start: number): string {
  let k = start - 1;
  let mark = '';
  while (k >= 0) {
    const c = s[k]!;
    if (c === ' ' || c === '\t') k--;
    else if (mark === '' && (c === '-' || c === '"')) {
      mark = c;
      k--;
    } else return '?';
  }
  return mark;
}

/**
 * Looks along one line from `i` for a `value` key in the same object as
 * what precedes `i`: the start of its value, -1 when the object (or XML
 * element) closes first, null when the line ends with the object still open.
 */
function siblingValueOnLine(s: string, i: number, xml: boolean): number | null {
  const valueKey = /["']?value["']?\s*[:=]\s*/y;
  let depth = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (depth === 0 && (c === 'v' || c === '"' || c === "'") && !/[\w$]/.test(s[i - 1] ?? '')) {
      valueKey.lastIndex = i;
      if (valueKey.exec(s)) return valueKey.lastIndex;
    }
    if (c === '"' || c === "'") {
      const q = readQuoted(s, i);
      i = q ? q.end + 1 : i + 1;
      continue;
    }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')' || (xml && c === '>')) {
      if (depth === 0) return -1;
      depth--;
    }
    i++;
  }
  return null;
}

/** Index of the last non-space character before `i`. */
function skipBack(s: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && (s[k] === ' ' || s[k] === '\t')) k--;
  return k;
}

/** A word of every file that loads Koa (found in the search of every file). */
export const KOA = new LiteralSet([{ text: 'koa', caseless: false }]);
/** The name of every file that loads cookie-session (found in the search of every file). */
export const COOKIE_SESSION = new LiteralSet([{ text: 'cookie-session', caseless: false }]);
/**
 * `const cookieSession = require('cookie-session')`, `import session from 'cookie-session'`, `import * as cs from …`:
 * the name bound, which the file calls with its options.
 */
const COOKIE_SESSION_BINDING =
  /\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,40})[ \t]*=[ \t]*require\([ \t]*['"]cookie-session['"][ \t]*\)|\bimport[ \t]+(?:\*[ \t]+as[ \t]+)?([A-Za-z_$][\w$]{0,40})[ \t]*(?:,[ \t]*\{[^{}\n]{0,200}\}[ \t]*)?from[ \t]+['"]cookie-session['"]/g;

/** The names a file binds cookie-session to; null when it loads it under none. */
function cookieSessionNames(text: string): Set<string> | null {
  let names: Set<string> | null = null;
  COOKIE_SESSION_BINDING.lastIndex = 0;
  for (let m = COOKIE_SESSION_BINDING.exec(text); m !== null; m = COOKIE_SESSION_BINDING.exec(text)) (names ??= new Set()).add(m[1] ?? m[2]!);
  return names;
}
/** Play's secret, under its current and former keys. */
const PLAY_SECRET_KEYS = /^(?:play\.http\.secret\.key|play\.crypto\.secret|application\.secret)$/;
const PLAY_REFUSED: Section = { context: 'example', why: 'a placeholder Play refuses to run with in production' };

/**
 * A PEM public key or certificate, an OpenSSH public key, or a BIP32 extended public key (`xpub…`, and SLIP-132's
 * `ypub`/`zpub`, testnet's `tpub`/`upub`/`vpub`: a wallet's watch-only key, 111 base58 characters): published by design.
 */
const PUBLIC_KEY_TEXT = /^\s*(?:-----BEGIN (?:RSA |EC )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|ssh-(?:rsa|ed25519|dss) AAAA|ecdsa-sha2-nistp\d{3} AAAA|[xyzYZtuvUV]pub[1-9A-HJ-NP-Za-km-z]{107}(?![1-9A-HJ-NP-Za-km-z]))/;

/** A word of every file that loads node-oidc-provider. */
export const OIDC_PROVIDER = new LiteralSet([{ text: 'oidc-provider', caseless: false }]);
const OIDC_PROVIDER_IMPORT = /\brequire\(\s*['"]oidc-provider['"]\s*\)|\bfrom\s+['"]oidc-provider['"]/;
/** `cookies:` right before the `{` that opens the object the `keys` is in. */
const COOKIES_KEY = /\bcookies[ \t]*:[ \t]*$/;

/**
 * Whether the `keys` at `keyStart` of line `idx` is in a `cookies: {` object (node-oidc-provider's configuration):
 * the `{` that opens its object, on its line or one of the few above, follows `cookies:`.
 */
function inCookiesOption(lines: readonly Line[], idx: number, keyStart: number): boolean {
  let depth = 0;
  for (let k = idx, read = 0; k >= 0 && idx - k <= 20; k--) {
    const t = k === idx ? lines[k]!.text.slice(0, keyStart) : lines[k]!.text;
    read += t.length;
    if (read > 2000) return false;
    for (let i = t.length - 1; i >= 0; i--) {
      if (t[i] === '}') depth++;
      else if (t[i] === '{' && depth-- === 0) return COOKIES_KEY.test(t.slice(Math.max(0, i - 40), i));
    }
  }
  return false;
}

/** A module that loads Koa. */
const KOA_IMPORT = /\brequire\(\s*['"]koa['"]\s*\)|\bfrom\s+['"]koa['"]/;
/** `app.keys = [` or `app.keys = new KeyGrip([` (the receiver is the Koa application, whatever its name). */
const KOA_KEYS = /\b([A-Za-z_$][\w$]{0,40})\.keys[ \t]*=[ \t]*(?:new[ \t]+Key[Gg]rip[ \t]*\([ \t]*)?\[/g;
/** `keys: [` as an object's key, at the start of its line or after a `{` or `,` (see `LineAnalyzer.inKoaOptions`). */
const KOA_OPTION = /(?:^[ \t]*|[{,][ \t]*)keys[ \t]*:[ \t]*\[/;
/** `new Koa({ keys: [`, the options object on the constructor's line (no group: the name is the option's). */
const KOA_OPTION_KEYS = /\bnew[ \t]+Koa[ \t]*\([ \t]*\{(?:[^{}\n]{0,200}?[,\s])?keys[ \t]*:[ \t]*\[/;

/**
 * An Ansible role's defaults, the files Ansible loads as such: `roles/<role>/defaults/main.yml` (or a `main/` folder
 * of them), and a role repository's own `defaults/main.yml` at its root, as Galaxy roles are published.
 */
const ROLE_DEFAULTS = /(?:^|\/)roles\/[^/]+\/defaults\/main(?:\.ya?ml|\/[^/]+\.ya?ml)$|^defaults\/main(?:\.ya?ml|\/[^/]+\.ya?ml)$/;

/** A cookie's `name:` (group 1), and `createCookie('name', {`'s first argument (see `isPreferenceCookie`). */
const COOKIE_NAME_KEY = /^["']?name["']?\s*:\s*["'`]([\w.-]{1,60})["'`]/;
const COOKIE_NAME_ARGUMENT = /^createCookie\(\s*["'`]([\w.-]{1,60})["'`]/;
/** Words of a cookie's name that say it holds a display preference. */
const PREFERENCE_WORDS = new Set(['theme', 'themes', 'colorscheme', 'colormode', 'colourmode', 'locale', 'lang', 'language']);
/**
 * A cookie's name that says it holds a display preference: remix-themes' `__remix-themes`, `theme`, `color-scheme`,
 * a locale's (`app_locale`). Whoever forges it picks their own theme.
 */
function isPreferenceCookie(name: string): boolean {
  const words = name.toLowerCase().split(/[_.-]+/).filter((w) => w.length > 0);
  return words.some((w, i) => PREFERENCE_WORDS.has(w) || PREFERENCE_WORDS.has(w + (words[i + 1] ?? '')));
}
/** `import … from '@remix-run/node'`, `'react-router'`, `'@react-router/node'`, or a `require` of Remix's. */
const REMIX_IMPORT = /\bfrom[ \t]+['"](?:@remix-run\/[\w-]+|remix|@vercel\/remix|react-router|@react-router\/[\w-]+)['"]|\brequire\([ \t]*['"](?:@remix-run\/[\w-]+|remix|react-router)['"]/;
const REMIX_FILES = new WeakMap<readonly Line[], boolean>();
/** Whether a file imports Remix or React Router (remembered per file). */
function importsRemix(lines: readonly Line[]): boolean {
  let found = REMIX_FILES.get(lines);
  if (found === undefined) REMIX_FILES.set(lines, (found = lines.some((l) => (l.text.includes('remix') || l.text.includes('react-router') ? REMIX_IMPORT.test(l.text) : false))));
  return found;
}

/** What each file binds jsonwebtoken's `sign` and `verify` to, by local name (see `jwtImports`). */
const JWT_IMPORTS = new WeakMap<readonly Line[], Map<string, string>>();
/** The lines of a file that its imports are looked for in: they come first. */
const IMPORT_LINES = 300;
/** `import { sign, verify as check } from 'jsonwebtoken'` and `const { sign } = require('jsonwebtoken')`, over lines. */
const JWT_IMPORT = /\bimport\s*(?:type\s+)?\{([^{}]{0,600})\}\s*from\s*['"]jsonwebtoken['"]|\{([^{}]{0,600})\}\s*=\s*require\(\s*['"]jsonwebtoken['"]\s*\)/g;

/** The local names a JavaScript file gives jsonwebtoken's `sign` and `verify`, with the export each stands for. */
function jwtImports(lines: readonly Line[]): Map<string, string> {
  let found = JWT_IMPORTS.get(lines);
  if (found) return found;
  found = new Map();
  // Every import of it names the module on one of its lines: most files are done with here, joining nothing.
  let named = false;
  for (let k = 0; k < lines.length && k < IMPORT_LINES && !named; k++) named = lines[k]!.text.includes('jsonwebtoken');
  if (named) {
    const head = lines.slice(0, IMPORT_LINES).map((l) => l.text).join('\n');
    for (const m of head.matchAll(JWT_IMPORT)) {
      for (const part of (m[1] ?? m[2]!).split(',')) {
        // `verify as check` (an import), `verify: check` (a destructuring).
        const [exported, local] = part.split(/\s+as\s+|\s*:\s*/).map((x) => x.trim());
        if (exported === 'sign' || exported === 'verify') found.set(local || exported, exported);
      }
    }
  }
  JWT_IMPORTS.set(lines, found);
  return found;
}

/** Where the identifier that ends at `end` starts. */
function skipBackToken(s: string, end: number): number {
  let k = end;
  while (k > 0 && isIdentifierCode(s.charCodeAt(k - 1))) k--;
  return k;
}

/** The `(` that opens the call whose argument list holds position `b` (at most 200 characters back), or -1. */
function openingParen(s: string, b: number): number {
  let depth = 0;
  for (let k = b; k >= 0 && b - k < 200; k--) {
    const c = s[k];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return c === '(' ? k : -1;
      depth--;
    } else if (c === '"' || c === '`') return -1;
  }
  return -1;
}

/** Skips one call argument (balanced brackets, quoted strings) and stops at `,` or `)`. */
function skipArgument(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const q = readQuoted(s, i);
      i = q ? q.end + 1 : i + 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
    i++;
  }
  return i;
}

/**
 * The quote of the string a name stands in, when it opens one (`"SECRET_KEY=…"`), or when the name is a
 * command-line flag inside one (`"--jwt-secret=" + secret`, `"tailscale up --authkey=" + key`): there the
 * value ends where the string does.
 */
function openQuote(s: string, start: number): string | null {
  const c = s[start - 1];
  if (c === '"' || c === "'") return c;
  if (c !== '-') return null;
  let i = start - 1;
  while (i > 0 && s[i - 1] === '-') i--;
  const q = s[i - 1];
  if (q === '"' || q === "'" || q === '`') return q;
  return stringOpenAt(s, i);
}

/** The quote of a string still open at `end` on this line (quotes escaped by a backslash skipped), else null. */
function stringOpenAt(s: string, end: number): string | null {
  for (let i = 0; i < end; i++) {
    const c = s[i]!;
    if (c === '\\') i++;
    else if (c === '"' || c === "'" || c === '`') {
      i = closingQuote(s, i);
      if (i < 0 || i >= end) return c;
    }
  }
  return null;
}

/** What stands beside a third-party app's key: the service, or the app's other ids (see `isThirdPartyAppKey`). */
const APP_KEY_COMPANION = /\b(?:pusher|dropbox|app_cluster|appCluster|cluster)\b|\bapp_?(?:id|secret)\b|\bapp(?:Id|Secret)\b/i;

/** A constant's declaration keywords at the start of a line (see `declaresConstantAt`). */
const DECLARES_CONSTANT = /^\s*(?:export\s+)?(?:const\s|(?:(?:public|private|protected|internal)\s+)?(?:static\s+)?(?:final|const|readonly)\s)/;
/** A C# static property whose body is a string literal, a constant by another syntax: `public static string Name => "Name";`. */
const CS_CONSTANT_GETTER = /^\s*(?:(?:public|private|protected|internal|new)\s+)*static\s+string\s+[A-Za-z_]\w*\s*=>\s*"[^"\\]*"\s*;/;

/**
 * `AccessKey = "access_key"`, `export const API_KEY = 'apiKey';`, Java's and C#'s `public static final String
 * ACCESS_KEY = "accessKey";`: a constant and its value (see `amongSelfNamed`).
 */
const SELF_NAMED = /^\s*(?:export\s+)?(?:(?:const|let|var|static|final|public|private|protected|internal|readonly)\s+)*(?:(?:String|string)\s+)?([A-Za-z_$][\w$]{0,63})\s*(?::\s*[\w.]+\s*)?=>?\s*["'`]([\w.-]{1,64})["'`]/;

const FIELD_NAMES: Section = { context: 'example', why: 'a map of names to the same names in another spelling' };

/**
 * The clients of providers whose secret key is a credential of their API, checked by the provider on each call,
 * made with the key: Stripe's (`new Stripe(key)`, `require('stripe')(key)`, `stripe.api_key = key`,
 * `Stripe::setApiKey(key)`, `StripeClient(key)`), Clerk's (`createClerkClient({ secretKey })`) and Flutterwave's
 * (`new Flutterwave(public, secret)`). A key given to one is the provider's credential, which nothing signs with.
 */
const PROVIDER_CLIENT = /(?<![\w$.])(?:new\s+(?:\\?Stripe\\)?(?:Stripe|StripeClient|Flutterwave)\s*\(|Stripe(?:Client)?\s*\(|require\(\s*['"]stripe['"]\s*\)\s*\(|[sS]tripe\.api_?[kK]ey\s*=(?!=)|Stripe(?:::|\.)setApiKey\s*\(|createClerkClient\s*\()/;
/** A service's API secret by its name: `NEYNAR_SECRET_KEY`, `FOO_API_SECRET`, `FOO_API_KEY`. */
const API_SECRET_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SECRET_KEY|API_SECRET|API_KEY)$/;
/** The client's option the read is given to, right before it: `apiKey: process.env.X || '…'`. */
const API_KEY_OPTION = /\b(?:apiKey|api_key|apiSecret|api_secret)["']?\s*:\s*(?:process\.env\.[A-Z][A-Z0-9_]*|process\.env\[["'][A-Z][A-Z0-9_]*["']\])\s*(?:\|\||\?\?)\s*["'`]?$/;
/** A service's client made by its SDK's class, named as SDKs name theirs: `new NeynarAPIClient(`, `new FooSdk(`. */
const SDK_CLIENT = /(?<![\w$.])new\s+[A-Z][\w$]{0,60}(?:Client|Sdk|SDK)\s*\(/;
/** Names of those providers' secret keys: `STRIPE_SECRET_KEY`, `STRIPE_SECRET`, `CLERK_SECRET_KEY`, `FLW_SECRET_KEY`. */
const PROVIDER_SECRET = /^(?:stripe|clerk|flutterwave|flw)(?:test|live)?(?:secretkey|secret|apikey)$/;
/** Code that signs, encodes a token, makes an HMAC or checks a webhook: `jwt.sign(`, `JWT.encode(`, `createHmac(`, `constructEvent(`. */
const SIGNING_WORDS = /sign|encode|hmac|construct_?event/i;
/** Languages whose lines may make a provider's client. */
const CLIENT_CODE: ReadonlySet<Lang> = new Set(['js', 'python', 'ruby', 'php', 'jvm', 'go', 'csharp', 'elixir']);

/**
 * postiz's `new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing')`: a provider's secret key given to its client,
 * set or falling back to a value that is no key (a placeholder, a word, nothing random), is a notice. The provider
 * refuses it, so the calls fail, and nothing signs with it. A random value there is a real credential, and stays a
 * finding; so does the same value anywhere else (a variable or a configuration read later, a signing call).
 */
function providerPlaceholder(lang: Lang, name: string, lit: Literal, text: string): Section | undefined {
  if (!CLIENT_CODE.has(lang) || looksLikeSecret(lit.value)) return undefined;
  const known = PROVIDER_SECRET.test(normalizeName(lastSegment(name)));
  // Another service's API secret (postiz's `NEYNAR_SECRET_KEY`; not the application's own `APP_SECRET_KEY` or
  // `WEBHOOK_SECRET`, nor a self-hosted store's, which takes what it is given) given as the API key of a client its SDK
  // names as one (`new NeynarAPIClient({ apiKey: … })`); a product's published default stays a finding.
  if (!known) {
    const own = lastSegment(name);
    if (lang !== 'js' || !API_SECRET_NAME.test(own) || foreignSecretPrefix(own) === null || isProductDefault(lit.value)) return undefined;
    const before = text.slice(Math.max(0, lit.start - 300), lit.start);
    if (!API_KEY_OPTION.test(before)) return undefined;
  }
  const client = (known ? PROVIDER_CLIENT : SDK_CLIENT).exec(text);
  if (client === null) return undefined;
  const from = client.index + client[0].length;
  // The literal's quote opens at `lit.start - 1`; a piece joined to more (`'sk_live_' + '…'`) is part of a key.
  const quoted = lit.quoted !== false ? 1 : 0;
  if (from > lit.start - quoted || /^\s*[+.]/.test(text.slice(lit.end + quoted))) return undefined;
  if (!outsideStrings(text, client.index)) return undefined;
  return givenToClient(text, from, lit.start - quoted, client[0].endsWith('(')) ? { context: 'example', why: PROVIDER_CLIENT_WHY } : undefined;
}
const PROVIDER_CLIENT_WHY = "a placeholder for the provider's API secret, given to its client, which the provider refuses; nothing signs with it";

/** Whether `at` in `t` is code: outside strings and comments (`//`, `#`, `/* … *\/`), as far as one line tells. */
function outsideStrings(t: string, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const c = t[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = closingQuote(t, i);
      if (i < 0 || i >= at) return false;
    } else if (c === '#' || (c === '/' && t[i + 1] === '/')) return false;
    else if (c === '/' && t[i + 1] === '*') {
      i = t.indexOf('*/', i + 2) + 1;
      if (i <= 0 || i >= at) return false;
    }
  }
  return true;
}

/** Where the string whose quote is at `i` closes (a backslash escapes the character after it); -1 when not on this line. */
function closingQuote(t: string, i: number): number {
  const quote = t[i];
  for (let j = i + 1; j < t.length; j++) {
    if (t[j] === '\\') j++;
    else if (t[j] === quote) return j;
  }
  return -1;
}

/**
 * Whether code from `from` (just past a client's `(` or its `api_key =`) to `to` (the literal's quote) stays the
 * client's argument: strings and comments skipped, never closing the call, ending the statement (`;`), starting
 * another item of an `=` (`,`), assigning to anything (`secret = …`), or signing (`jwt.sign(`).
 */
function givenToClient(t: string, from: number, to: number, call: boolean): boolean {
  let depth = call ? 1 : 0;
  let code = '';
  for (let i = from; i < to; i++) {
    const c = t[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = closingQuote(t, i);
      if (i < 0 || i >= to) return false;
      continue;
    }
    if (c === '/' && t[i + 1] === '*') {
      i = t.indexOf('*/', i + 2) + 1;
      if (i <= 0 || i >= to) return false;
      continue;
    }
    code += c;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < (call ? 1 : 0)) return false;
    } else if (c === ';') return false;
    else if (c === ',' && !call && depth === 0) return false;
    else if (c === '=' && !'=<>!'.includes(t[i - 1] ?? '') && !'=>'.includes(t[i + 1] ?? '')) return false;
  }
  return !SIGNING_WORDS.test(code);
}

/**
 * Whether `value` is the name `key` spelled in another style, its words joined otherwise (`secretToken` and
 * `secret_token`, `created_at` and `createdAt`); a change of case alone (an environment block's `DB_USER: db_user`)
 * is not one, nor is a key in capitals (a variable's name).
 */
/**
 * Whether a name is a service's app secret: the secret a provider issued an application of its own (`TWITTER_APP_SECRET`,
 * `facebook_app_secret`, `settings.FACEBOOK.APP_SECRET`), an OAuth client's secret by another name.
 */
function isServiceAppSecret(name: string): boolean {
  const parts = name.split(/[.:]+/).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const m = SERVICE_APP_SECRET.exec(lowerSnake(last));
  if (m !== null) return namesIssuingService(m[1]!);
  return normalizeName(last) === 'appsecret' && parts.length >= 2 && namesIssuingService(parts[parts.length - 2]!);
}
/**
 * Whether `value` is `key`'s words written as a sentence's (`Inbound email webhook secret` of
 * `INBOUND_EMAIL_WEBHOOK_SECRET`, `JWT secret` of `jwtSecret`): a capital first, words apart.
 */
function isLabelOf(key: string, value: string): boolean {
  if (value.length > 120 || !/^[A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,9}$/.test(value)) return false;
  return value.replace(/ /g, '').toLowerCase() === normalizeName(key);
}
/** A key (quoted or not) and a quoted value of words, alone on their line (`"EMAIL_HOST_PASSWORD": "SMTP server password",`). */
const LABEL_ENTRY = /^\s*(["']?)([A-Za-z_][\w.-]{0,63})\1\s*(?:=>|:)\s*(["'])([^"'\\]{1,200})\3\s*,?\s*$/;
/** A sentence of three words or more: a description, not a value. */
const SENTENCE = /^[A-Z][\w/().,-]*(?: [\w/().,:;'-]+){2,}$/;

/** A shell test's opening right before an operand: `[[ "`, `[ `, `test ! `. */
const TEST_OPENS_BEFORE = /(?:^|[\s;&|(!])(?:\[\[?|test)\s+(?:!\s+)?["']?$/;
/** `case "` before the subject of a `case`. */
const CASE_BEFORE = /(?:^|[\s;&|])case\s+["']?$/;
/** A comparison's operator, spaced as a test writes it, before or after an operand. */
const COMPARED_BEFORE = /\s(?:==|!=|=)\s+["']?$/;
const COMPARED_AFTER = /^["']?\s+(?:==|!=|=)\s/;
/** A line with a shell test. */
const SHELL_TEST = /(?:^|[\s;&|(!])(?:\[\[?|test)\s/;

/** A service's app secret by its name in snake case (`twitter_app_secret`): group 1 is the word before `app`. */
const SERVICE_APP_SECRET = /^(?:[a-z0-9]+_){0,3}?([a-z0-9]+)_app_secret$/;

/**
 * Whether `value` is an identifier that ends, after a separator, with `name`'s last two words or more (or all of them)
 * in camel case, under a prefix of its own: nacos's `ENV_SECRET_KEY = "spas_secretKey"`, the key of a property
 * the secret is looked up under.
 */
function namespacedSelfName(name: string, value: string): boolean {
  if (value.length > 64 || !NAMESPACED_IDENTIFIER.test(value)) return false;
  for (let i = value.length - 2; i > 0; i--) {
    const c = value[i]!;
    if (c !== '_' && c !== '.' && c !== '-') continue;
    const tail = value.slice(i + 1);
    // In camel case after a prefix in another (`spas_secretKey`), as a property's key is spelt: `flask_secret_key` and
    // `a_not_so_secure_encryption_key` are words of a weak value.
    if (CAMEL_HUMP_IN.test(tail) && isSelfNamed(name, tail, false) !== null) return true;
  }
  return false;
}
const CAMEL_HUMP_IN = /[a-z0-9][A-Z]/;
const NAMESPACED_IDENTIFIER = /^[A-Za-z][A-Za-z0-9]{0,30}(?:[_.-][A-Za-z0-9]{1,30}){1,5}$/;

/**
 * Whether `key` is an environment variable's name and `value` its last words in lower case, the key of the setting it
 * sets (`APP_KEY` → `key`, `SESSION_DRIVER` → `driver`, `MAIL_FROM_ADDRESS` → `from_address` or `fromAddress`).
 */
function isEnvKeyMapping(key: string, value: string): boolean {
  if (!ENV_VARIABLE_NAME.test(key) || !LOWER_IDENTIFIER.test(value)) return false;
  const v = normalizeName(value);
  const words = key.toLowerCase().split('_');
  for (let w = 1; w < words.length; w++) if (words.slice(w).join('') === v) return true;
  return false;
}
/** A key that opens an array or an object on its line: `'app' => [`, `"app": {`, `app: {`. */
const MAP_OPENING = /^\s*["']?([A-Za-z_][\w-]{0,40})["']?\s*(?:=>|:)\s*(?:\[|\{|array\()\s*$/;
const ENV_VARIABLE_NAME = /^[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6}$/;
const LOWER_IDENTIFIER = /^[a-z][a-zA-Z0-9]{0,40}(?:_[a-z0-9]{1,30}){0,5}$/;

function isRenaming(key: string, value: string): boolean {
  if (value === key || value.toLowerCase() === key.toLowerCase() || !/[a-z]/.test(key)) return false;
  return normalizeName(value) === normalizeName(key);
}

/**
 * `'isActive' => 'is_active',`, `"createdAt": "created_at"`: an entry of a map of strings, alone on its line (see
 * `amongRenamedEntries`). The key is quoted: an object literal's bare keys are a configuration's.
 */
/**
 * Eloquent's cast types, as a model's casts name them (`'encrypted'`, `'encrypted:array'`, `'hashed'`, `'datetime'`,
 * `'decimal:2'`, `'datetime:Y-m-d'`).
 */
const ELOQUENT_CAST =
  /^(?:encrypted(?::(?:array|collection|object|[A-Z][\w\\]{0,100}))?|hashed|string|str|array|object|collection|boolean|bool|integer|int|real|float|double|decimal:\d{1,2}|json|date|datetime|immutable_date|immutable_datetime|timestamp)(?::[\w ,:\/-]{1,40})?$/;
/** How an Eloquent model's casts open: `protected $casts = [`, or the method that returns them. */
const CASTS_OPENING = /(?:\$casts\s*=|function\s+casts\s*\()/;
/** A PHP class member's declaration, which ends the search for the casts' opening. */
const PHP_MEMBER = /^\s*(?:(?:public|protected|private|static|final|abstract)\s+)+(?:function\b|\$|const\b)/;
/** How far up from an entry its casts' opening is looked for. */
const MAX_CASTS_LINES = 80;
const RENAMED_ENTRY = /^\s*(["'])([A-Za-z_$][\w$]{0,63})\1\s*(?:=>|:)\s*(["'])([\w.-]{1,64})\3\s*(?:,\s*)?$/;
/** `PUSH_DISABLED_ACK: 'pushDisabledAck',`: a bare SCREAMING_SNAKE key and a camel-case string, alone on their line. */
const CAMEL_NAMED_MEMBER = /^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*:\s*(["'])([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\2\s*,?\s*$/;
/** Whether `text` is such an entry whose value is its key's words (`isSelfNamed`); `evidence`: a key without a secret word. */
function isCamelNamedMember(text: string, evidence: boolean): boolean {
  const m = text.length <= 200 ? CAMEL_NAMED_MEMBER.exec(text) : null;
  return m !== null && isSelfNamed(m[1]!, m[3]!, false) === 'whole' && !(evidence && SECRET_WORD.test(normalizeName(m[1]!)));
}
/** Words of names that hold credentials, which a neighbour renaming itself must not hold (`apiKey`, `access_token`). */
const CREDENTIAL_WORDS = new Set(['secret', 'salt', 'sign', 'signing', 'signature', 'private', 'password', 'passwd', 'pass', 'key', 'keys', 'token', 'auth', 'credential', 'credentials', 'cred', 'creds']);
function holdsCredentialWord(name: string): boolean {
  return lowerSnake(name)
    .split(/[^a-z0-9]+/)
    .some((w) => CREDENTIAL_WORDS.has(w));
}
/** Words of a name that say it holds a signing key (normalised): such a name set to itself is a weak key. */
const SIGNING_NAME_WORD = /secret|sign|private|hmac|jwt|token|salt|passw|cipher|crypt/;
/**
 * Whether `value` is the constant `name`'s own name in another spelling (`ACCESS_KEY = "accessKey"`: `whole`), or its
 * last two words or more so spelt (`DUO_CLIENT_ID = 'clientId'`, `YUBIKEY_SECRET_KEY = 'secretKey'`: `part`): the
 * name of a field the constant stands for. `caseAlone`: whether other capitals alone count (`SECRET_KEY =
 * "secret_key"` is a field among others so named; as evidence, `AUTHORIZATION = "Authorization"` is a header's).
 */
function selfNaming(name: string, value: string, caseAlone: boolean): 'whole' | 'part' | null {
  // grandnode's `public static string TwoFactorSecretKey => "TwoFactorSecretKey";` among `FirstName => "FirstName"`: a
  // name spelt exactly as its constant is, among others written so, names an attribute it is stored under.
  return value === name ? 'whole' : isSelfNamed(name, value, caseAlone);
}

/** Whether `value` is an identifier made only of words of `name` (`AccessKeySecretKey` of `ACCESS_KEY_AND_SECRET_KEY`). */
function wordsOfName(name: string, value: string): boolean {
  if (value.length > 100 || !/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) return false;
  const own = new Set(lowerSnake(name).split('_').filter((w) => w !== ''));
  const words = lowerSnake(value).split('_').filter((w) => w !== '');
  return words.length >= 2 && words.every((w) => own.has(w));
}

/** `NAME TYPE = "VALUE"` on `line`, a Go constant of a named type whose name is the type's and the value's. */
const GO_TYPED_CONSTANT = /^\s*(?:const\s+)?([A-Za-z_]\w{0,100})\s+([A-Z]\w{0,60})\s*=\s*"/;
function isGoEnumConstant(line: string, name: string, value: string): boolean {
  const m = GO_TYPED_CONSTANT.exec(line);
  return m !== null && m[1] === name && normalizeName(name) === normalizeName(m[2]! + value);
}

function isSelfNamed(name: string, value: string, caseAlone: boolean): 'whole' | 'part' | null {
  const v = normalizeName(value);
  if (v === '' || !normalizeName(name).endsWith(v)) return null;
  // Where each word of the name starts: `YUBIKEY_SECRET_KEY` → 0, 8, 15; `yubikeySecretKey` → 0, 7, 13; `TOTPSecret` → 0, 4.
  const starts: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (!/[A-Za-z0-9]/.test(c)) continue;
    const prev = name[i - 1];
    const upper = /[A-Z]/.test(c);
    if (prev === undefined || !/[A-Za-z0-9]/.test(prev) || (upper && /[a-z0-9]/.test(prev)) || (upper && /[A-Z]/.test(prev) && /[a-z]/.test(name[i + 1] ?? ''))) starts.push(i);
  }
  for (let w = starts.length - 1; w >= 0; w--) {
    const part = name.slice(starts[w]);
    const p = normalizeName(part);
    if (p.length > v.length) return null;
    if (p !== v || value === part || (!caseAlone && value.toLowerCase() === part.toLowerCase())) continue;
    // The whole name, or its last two words or more, in another spelling.
    return w === 0 ? 'whole' : starts.length - w >= 2 ? 'part' : null;
  }
  return null;
}

/**
 * amundsen's `TABLEAU_ACCESS_TOKEN_SECRET = 'tableau_personal_access_token_secret'`, among `SITE_NAME = 'site_name'`
 * and its other configuration keys: a SCREAMING_SNAKE constant set to its own words in lower case with a word or two
 * more, none of the words people add to a weak key (`my_jwt_secret_dev`), names a key too.
 */
function namesKeyWithWords(name: string, value: string): boolean {
  if (name !== name.toUpperCase() || !/^[a-z]+(?:_[a-z]+){2,9}$/.test(value)) return false;
  const words = name.toLowerCase().split('_').filter((w) => w !== '');
  const valueWords = value.split('_');
  const extra = valueWords.length - words.length;
  if (extra < 1 || extra > 2) return false;
  let k = 0;
  const added: string[] = [];
  for (const w of valueWords) {
    if (k < words.length && w === words[k]) k++;
    else added.push(w);
  }
  return k === words.length && added.every((w) => w.length > 2 && !WEAK_KEY_WORDS.has(w));
}
/** Words people add to a name to make a weak key of it: `my_jwt_secret`, `jwt_secret_dev`, `super_secret_key`. */
const WEAK_KEY_WORDS = new Set(['my', 'your', 'our', 'the', 'dev', 'devel', 'development', 'test', 'testing', 'local', 'prod', 'production', 'staging', 'default', 'demo', 'sample', 'example', 'super', 'top', 'very', 'secret', 'key', 'token', 'change', 'changeme', 'please', 'here', 'value', 'dummy', 'fake', 'temp', 'tmp', 'insecure', 'unsafe', 'app', 'site', 'random', 'string']);

/** The key a YAML, JSON or object line sets, after a list item's `- ` and a quote: group 1. */
const LINE_KEY = /^\s*(?:-\s+)?["']?([\w.$-]{1,100}?)["']?\s*[:=]/;

/** `.split(',')`, `?.split(",")`: a list made of one variable's value. */
const SPLIT_CALL = /\??\.split\(\s*(["'])[^"'\\]{0,3}\1\s*\)/y;

/**
 * An array of string literals at `i` on one line (`['tobemodified1', 'tobemodified2']`), every element one: a list of
 * keys given as a default. The element that stands for them is the first that looks like a real key, else the
 * first. Null for anything else, `[]` included.
 */
function keyOfStringArray(s: string, i: number): (Literal & { fString: boolean }) | null {
  if (s[i] !== '[') return null;
  let first: (Literal & { fString: boolean }) | null = null;
  let real: (Literal & { fString: boolean }) | null = null;
  let k = skipSpaces(s, i + 1);
  for (let n = 0; n < 16 && k < s.length; n++) {
    const lit = readQuoted(s, k);
    if (!lit) return null;
    first ??= lit;
    if (real === null && looksLikeSecret(lit.value)) real = lit;
    k = skipSpaces(s, lit.end + 1);
    if (s[k] === ',') k = skipSpaces(s, k + 1);
    else if (s[k] !== ']') return null;
    if (s[k] === ']') return real ?? first;
  }
  return null;
}

/** A line that starts with a comment: `//`, `#`, `*`, `/*`, `--`. */
const COMMENT_START = /^\s*(?:\/\/|#|\/?\*|--)/;
/** A name used as a key: `[self::NAME]`, `self::NAME =>`, `[NAME]`, `[Keys.NAME]`: group 1. */
const KEY_USE = /(?:\[|::|\.)[ \t]*([A-Za-z_$][\w$]{0,99})[ \t]*(?:\]|=>)/g;
const WORD_OF_CODE = /[A-Za-z_$][\w$]{0,99}/g;

/** A Web Push subscription's public key: `p256dh_key`, `p256dh:`, `"p256dh"`. */
const P256DH = /^["']?p256dh\w{0,8}["']?\s*(?::|=>|=)/i;

/** A field's name in camel case: `apiKey`, `authToken`, `messagingServiceSid`. */
const CAMEL_NAME = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

/** What a slot name's words may say without the value being a secret once it repeats them (normalised). */
const SECRET_WORD = /secret|salt|sign|private|passw/;
/** An identifier written as a value: `auth`, `jwt`, `_totp_secret`, `accessToken`. */
const IDENTIFIER_VALUE = /^_*[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*$/;

/**
 * Go's `TOTPSecretKey = "totp_secret_key"` (Ory Kratos' form fields): a
 * declared camel-case constant whose value is its own name in another
 * spelling names a field or a key, unless the value is a placeholder people
 * type (`SECRET_KEY = 'secret-key'` is still a weak secret). A property set
 * on an object (`new JwtOptions { SigningKey = "signing-key" }`) is a value.
 * `const JWT_KEY = 'jwt'`, Go's `const authKey = "auth"`, Warehouse's
 * `_totp_secret_key = "_totp_secret"`: a constant named `<x>_KEY` whose
 * value is `<x>` is the key something is stored under (in `localStorage`, a
 * session, a request context), not a signing key. Where `<x>` itself says
 * secret (`SECRET_KEY = 'secret'`, `JWT_SECRET_KEY = 'jwt_secret'`), the value
 * is taken for a weak secret, unless it is written as a private key name
 * with a leading underscore, the way session keys are (`'_totp_secret'`).
 */
function namesItsSlot(name: string, value: string, declared: boolean): boolean {
  if (value.length > 64 || !IDENTIFIER_VALUE.test(value)) return false;
  const own = lastSegment(name);
  const n = normalizeName(own);
  // `TOTPSecretKey = "totp_secret_key"`: a camel-case name spelt as a form field or a config key is. A SCREAMING_SNAKE
  // name lower-cased (`APP_SECRET = 'app_secret'`) is how people type a placeholder, and so is a name that ends in
  // what it holds (`jwtSecret = 'jwt-secret'`).
  if (declared && normalizeName(value) === n && value !== own && !own.includes('_') && !/(?:secret|password|salt)$/.test(n) && !isPlaceholder(value)) {
    return true;
  }
  // shenyu's `APP_KEY = "appKey"`: a SCREAMING_SNAKE constant set to its own name in camel case names a header or a
  // field. Not where a word of the name says what a signing key is (`JWT_SECRET_KEY = 'jwtSecretKey'`,
  // `SIGNING_KEY = 'signingKey'`): that is how a weak key is typed.
  if (declared && normalizeName(value) === n && own === own.toUpperCase() && /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value) && !SIGNING_NAME_WORD.test(n) && !isPlaceholder(value)) {
    return true;
  }
  // espocrm's `COOKIE_AUTH_TOKEN_SECRET = 'auth-token-secret'`, authelia's `cmdFlagNameEncryptionKey =
  // "encryption-key"`: a constant named for where a value goes (a cookie, a header, a field, a command-line flag) set
  // to the rest of its own words names that cookie, field or flag.
  const words = own.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  const valueWords = value.toLowerCase().split(/[-_.]/);
  if (declared && valueWords.length >= 2 && value === value.toLowerCase() && words.length > valueWords.length) {
    const rest = words.length - valueWords.length;
    // Every word before them names a place or says it is a name (`cmd`, `name`): `REDIS_CACHE_ENCRYPTION_KEY` and
    // `defaultOptJwtSecret` hold a value.
    const before = words.slice(0, rest);
    if (words.slice(rest).join('_') === valueWords.join('_') && before.some((w) => PLACE_WORDS.has(w)) && before.every((w) => PLACE_WORDS.has(w) || NAMING_WORDS.has(w))) return true;
  }
  // thingsboard's `ADMIN_SETTINGS_JWT_KEY = "jwt"` (a field of a Java interface): a constant named for a store of
  // settings and ending in `<x>_KEY`, set to `<x>` (its last words before `KEY`), names the entry `<x>` is kept under.
  if ((declared || own === own.toUpperCase()) && words.length >= 3 && words[words.length - 1] === 'key' && words.slice(0, -2).some((w) => STORE_WORDS.has(w)) && value === value.toLowerCase()) {
    const v = normalizeName(value);
    for (let i = 1; i < words.length - 1; i++) if (words.slice(i, -1).join('') === v) return !SECRET_WORD.test(v);
  }
  if (!n.endsWith('key')) return false;
  const slot = n.slice(0, -3);
  // A single-page app's `const JWT_KEY = 'jwt_token'`, `TOKEN_KEY = 'auth-token'`, `ACCESS_TOKEN_KEY = 'accessToken'`:
  // the slot's own word with a word for what is kept (`token`, `data`…) names the `localStorage` entry or header.
  if (declared && slot !== '' && !SECRET_WORD.test(slot)) {
    const v = normalizeName(value);
    const at = v.indexOf(slot);
    if (v !== slot && at >= 0 && !SECRET_WORD.test(v) && HELD_WORDS.test(v.slice(0, at) + v.slice(at + slot.length))) return true;
  }
  if (slot === '' || normalizeName(value) !== slot) return false;
  // A value in camel or Pascal case names a stored property: navidrome's `JWTSecretKey = "JWTSecret"` is the row
  // its generated JWT secret is kept under. People type a placeholder in lower case (`JWT_SECRET_KEY = 'jwt_secret'`).
  if (/[a-z][A-Z]|^[A-Z]+[A-Z][a-z]/.test(value) && !/[^A-Za-z0-9]/.test(value)) return true;
  // A private session key names a private slot: `_totp_secret_key = "_totp_secret"`, not `SECRET_KEY = '_secret'`.
  return (value.startsWith('_') && own.startsWith('_')) || !SECRET_WORD.test(slot);
}

/** Words around a slot's own word in the name of a stored entry (`jwt_token`, `auth-token`, `userData`), joined. */
const HELD_WORDS = /^(?:token|auth|access|refresh|user|app|id|data|value|item|info|storage|session|cookie|header|name|current|stored)+$/;
/** Words of a constant's name that say it names an entry of a store: `ADMIN_SETTINGS_…_KEY`, `CACHE_…_KEY`. */
const STORE_WORDS = new Set(['settings', 'setting', 'config', 'configs', 'preferences', 'prefs', 'storage', 'cache', 'registry', 'props', 'properties']);
/** A value that asks to be filled in: `your-secret-key`, `enter-key-here`, `paste…` (not a weak value such as `changeme`). */
const FILL_IN_REQUEST = /^(?:your|enter|insert|put|paste|fill)/;
/** Commands whose arguments are patterns or edit scripts: what they name is searched for or rewritten, not set. */
const SEARCH_COMMANDS = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag', 'sed', 'awk', 'gawk', 'perl']);
/** Words that may come before a command in a shell line: `if grep …`, `! grep …`, `then sed …`, `sudo sed …`. */
const COMMAND_LEADS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'sudo', 'exec', 'command', 'run', 'RUN']);

/**
 * Whether the name at `start` is in the arguments of a search or edit command of this shell line (since its last
 * `;`, `&&`, `||`, `|` or `(`): Sentry's install script greps for `system.secret-key: '!!changeme!!'` and seds a
 * generated key in its place. Looks back at most 300 characters.
 */
function inSearchCommand(s: string, start: number): boolean {
  let from = start;
  const stop = Math.max(0, start - 300);
  while (from > stop && !';&|('.includes(s[from - 1]!)) from--;
  const words = s.slice(from, start).trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && COMMAND_LEADS.has(words[k]!)) k++;
  const command = words[k] ?? '';
  return SEARCH_COMMANDS.has(command.slice(command.lastIndexOf('/') + 1));
}

/** The modules whose `var("X")` reads a variable of the environment (Rust). */
const RUST_ENV_MODULES = new Set(['env', 'dotenvy', 'dotenv']);
/**
 * What may stand before the literal in a Rust default (sticky): a closure's parameters and an opening
 * brace (`move |_| {`), then `String::from(` or `str::to_string(`.
 */
const RUST_DEFAULT_START = /(?:move[ \t]+)?(?:\|[\w ,:&]{0,40}\|[ \t]*)?(?:\{[ \t]*)?(?:(?:String::from|str::to_string|String::from_str)\([ \t]*)?/y;
/**
 * A line of a Rust chain that gives a default: `.unwrap_or(` or `.unwrap_or_else(|_| ` up to where the literal
 * may start (`String::from(` included), or `.ok()` alone, which leaves the call to the next line.
 */
const RUST_CHAINED_DEFAULT =
  /^[ \t]*(?:\.ok\(\)[ \t]*)?(?:$|\.(unwrap_or_else|unwrap_or)\([ \t]*(?:move[ \t]+)?(?:\|[\w ,:&]{0,40}\|[ \t]*)?(?:\{[ \t]*)?(?:(?:String::from|str::to_string)\([ \t]*)?)/;

/** Go's flag packages: the methods that declare a string flag, and where its name and default stand. */
const GO_FLAG_METHODS: Record<string, { name: number; value: number }> = {
  string: { name: 0, value: 1 },
  stringvar: { name: 1, value: 2 },
  stringp: { name: 0, value: 2 },
  stringvarp: { name: 1, value: 3 },
};

/** A HOCON block's opener: one key (a path, quoted or not) and `{`, with `=` or `:` between them or not. */
const HOCON_OPENER = /^"?([A-Za-z_][\w.\-]*)"?\s*(?:[:=]\s*)?\{$/;
/** A HOCON assignment of an optional substitution: `key = ${?VARIABLE}`. */
const HOCON_OPTIONAL_OVERRIDE = /^([\w.\-"]+)\s*[:=]\s*\$\{\?([A-Za-z_][A-Za-z0-9_]*)\}\s*$/;

/** A value of a key's initials and a word (`sk-difyai`): group 1 the initials, group 2 the word. */
const PAIRED_PLACEHOLDER = /^([A-Za-z]{1,3})[-_]([a-z][a-z0-9]{2,30})$/;
/** What an access key is called after its store's prefix, as `normalizeName` writes it. */
const SAME_STORE_KEYS: ReadonlySet<string> = new Set(['accesskey', 'accesskeyid', 'secretid']);
/** An access key's line, the partner of an object store's secret key: `accessKey:`, `access-key-id:`, `AccessKeyId =`, Tencent's `secret-id:`. */
const ACCESS_KEY_SIBLING = /^["']?(?:[A-Za-z0-9]{1,30}[_.-]){0,8}(?:access[_.-]?key(?:[_.-]?id)?|secret[_.-]?id)["']?\s*[:=]/i;

/**
 * A note that asks for a value, in the words Chinese-language projects write one (`填写你的SecretKey`, "fill in
 * your SecretKey"; `请输入`, "please enter"; `替换为`, "replace with"): text for people, never a key.
 */
function isFillInText(value: string): boolean {
  return /(?:填写|填入|请输入|请填|你的|您的|替换|修改为|自己的)/.test(value);
}

/** How far above an assignment `setOnlyWhenEmpty` looks for the block's test. */
const MAX_GUARD_DISTANCE = 12;
/** A name in the environment itself: `process.env.JWT_SECRET`, `import.meta.env.VITE_X`. */
const ENV_OBJECT_NAME = /^(?:process|import\.meta)\.env\.[A-Za-z_]/;
/** How many lines of code above the test `readJustAbove` looks at for the name's read (a settings module's neighbours). */
const MAX_READ_LINES = 8;
/**
 * What reads a setting: the environment (`process.env`, `environ.get`, `os.getenv`, `os.Getenv`, `os.LookupEnv`,
 * `Deno.env.get`, `Bun.env`, `ENV[…]`, `env(…)`), a configuration (`config`, `settings`, `options`, viper), a default
 * operator after a read.
 */
const READS_SETTINGS = /\benv\b|\benviron\b|getenv|\bLookupEnv\b|\bconfig\b|\bsettings\b|\boptions\b|\bviper\.|\?\?|\|\|/i;

/** Tests that a name (`NAME`, escaped in its place) is empty, as a block or a statement opens with them. */
const EMPTY_TESTS: Partial<Record<Lang, string>> = {
  js: String.raw`^[ \t]*(?:\}[ \t]*else[ \t]+)?if[ \t]*\([ \t]*(?:![ \t]*NAME|NAME[ \t]*===?[ \t]*(?:undefined|null|''|""))[ \t]*\)[ \t]*\{?`,
  python: String.raw`^[ \t]*(?:el)?if[ \t]+(?:not[ \t]+NAME|NAME[ \t]+is[ \t]+None|NAME[ \t]*==[ \t]*(?:''|""))[ \t]*:`,
  go: String.raw`^[ \t]*(?:\}[ \t]*else[ \t]+)?if[ \t]+(?:NAME[ \t]*==[ \t]*""|len\(NAME\)[ \t]*(?:==[ \t]*0|<[ \t]*1))[ \t]*\{`,
};

/** First words of a constant's name that say it names a place a value goes: `COOKIE_…`, `HEADER_…`, `FIELD_…`. */
const PLACE_WORDS = new Set(['cookie', 'header', 'field', 'param', 'query', 'column', 'attr', 'attribute', 'storage', 'cache', 'flag', 'option', 'opt', 'arg']);
/** Words of a constant's name, before a place word, that say it holds a name: authelia's `cmdFlagName…`. */
const NAMING_WORDS = new Set(['cmd', 'command', 'cli', 'name', 'names', 'const']);
/** How far up `inEnum` looks for the line that opens the block. */
const MAX_ENUM_LINES = 200;
const ENUM_OPENING = /\benum\s+[A-Za-z_$][\w$]*\s*\{$/;
/** PHP 8.1's backed enumerations: `enum Suit: string {`, `enum Capability: string implements \JsonSerializable {`. */
const PHP_ENUM_OPENING = /\benum\s+[A-Za-z_]\w*\s*(?::\s*(?:string|int)\s*)?(?:implements\s+[\w\\, ]{1,200})?\{$/;
/** A Python class that derives from an enumeration: `(str, Enum)`, `(enum.Enum)`, `(StrEnum)`. */
const PY_ENUM_CLASS = /^\s*class\s+\w+\s*\([^)]{0,200}\b(?:Enum|StrEnum|IntEnum|enum\.Enum)\s*\)\s*:/;
/** A map of messages being filled: `$errors['app_key'] = 'Invalid App Key'`, `messages["jwt_secret"] = …` (the text before the key). */
const MESSAGE_MAP = /\b(?:errors?|messages?|msgs?|labels?|warnings?|hints?)\s*\[\s*["']$/i;

/** First words of a name that holds a text for people: an error message, a label, a help text. */
const MESSAGE_WORDS = new Set([
  'err', 'errs', 'error', 'errors', 'msg', 'message', 'messages', 'warn', 'warning', 'label', 'help', 'hint', 'title', 'desc', 'description', 'prompt', 'tooltip', 'caption',
  // Error codes, whose values are their messages: better-auth's `MISSING_SECRET_KEY: "Missing secret key"`.
  'missing', 'invalid', 'required', 'unknown', 'expired',
]);

/**
 * `errFmtJWTSecret`, `ERR_MISSING_SECRET_KEY`, `msgSessionSecret`: a name
 * whose first word says it holds a message about the secret. Its value,
 * when it has a space, is that message (Authelia's validator constants).
 */
function namesAMessage(name: string, value: string): boolean {
  const own = lastSegment(name);
  const first = /^_*([A-Z]+(?![a-z])|[A-Za-z][a-z]*)/.exec(own);
  if (first !== null && MESSAGE_WORDS.has(first[1]!.toLowerCase())) return true;
  // An error code that says so further in, whose message names the setting it is about: hoppscotch's
  // `ENV_NOT_FOUND_KEY_DATA_ENCRYPTION_KEY = '"DATA_ENCRYPTION_KEY" is not present in .env file'`. (A passphrase under
  // `SENTRY_ERR_SIGNING_KEY` names none.)
  return ERROR_CODE_WORDS.test(lowerSnake(own).replace(/[^a-z0-9]+/g, '_')) && SETTING_IN_TEXT.test(value);
}
/** A setting's name in a text: `DATA_ENCRYPTION_KEY`, in capitals with at least one `_`. */
const SETTING_IN_TEXT = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])/;
/** Words of an error code's name, anywhere in it. */
const ERROR_CODE_WORDS = /(?:^|_)(?:not_(?:found|set|present|provided|configured|defined)|missing|invalid|required|error|err)(?:_|$)/;

/**
 * Feathers signs its JWTs with `authentication.secret`, which its generator writes into node-config's
 * `config/default.json`. JSON only: in Helm values an `authentication: secret:` names a Kubernetes Secret.
 */
function isFeathersSecret(parent: string, key: string): boolean {
  return key === 'secret' && parent.slice(parent.lastIndexOf('.') + 1) === 'authentication';
}

/**
 * How a message names an option by the label of its object: of the call or key that says what it configures
 * (`session`, `jwt:`), or beside the sibling that does, when the call says nothing (`createServer({ secret,
 * cookie: … })`).
 */
function optionSubject(name: string, label: string): string {
  // String literals are values (they may be the secret itself): only code names the owner, and the module a
  // `require('…')` loads (`register(require('@fastify/cookie'), { secret })`).
  const code = label.replace(/\brequire\(\s*(["'])([\w@/.-]{1,100})\1\s*\)/g, 'require($2)').replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
  const paren = code.indexOf('(');
  const signing = (text: string) => (text.match(/[\w$.]+/g) ?? []).find(isSigningLabel);
  const owner = signing(paren < 0 ? code : code.slice(0, paren));
  if (owner !== undefined) return `\`${name}\` option of \`${owner}\``;
  if (paren < 0) return `\`${name}\` option`;
  const args = code.slice(paren);
  // Another argument says whose options they are (`register(fastifyJwt, { … })`); else a key beside it says what
  // the object configures (`{ secret, cookie: … }`).
  const other = signing(args.slice(0, args.indexOf('{') < 0 ? args.length : args.indexOf('{')));
  if (other !== undefined) return `\`${name}\` option of \`${other}\``;
  const sibling = (args.match(/[\w$]+(?=\s*:)/g) ?? []).find(isSigningLabel);
  return sibling === undefined ? `\`${name}\` option` : `\`${name}\` option beside \`${sibling}\``;
}

const DEV_ONLY_BRANCH: Section = { context: 'development', why: 'branch behind a development check' };
/** envalid's `devDefault`, which applies only when NODE_ENV is set and is not `production` (unset counts as production). */
const DEV_ONLY_DEFAULT: Section = { context: 'development', why: "envalid's development-only default" };
/** zod: `z.string()` (or `z.coerce.string()`), any checks, then `.default(` up to its argument. */
const ZOD_STRING_DEFAULT = /^z\s*\.\s*(?:coerce\s*\.\s*)?string\(\)(?:\s*\.\s*[A-Za-z]\w{0,20}\([^()'"`]{0,60}\)){0,6}\s*\.\s*default\(\s*/;
/** envalid: `str({ … default: ` or `devDefault: ` on the same line, up to the value. */
const ENVALID_DEFAULT = /^(?:str|host|url)\(\s*\{[^{}]{0,200}?\b(default|devDefault)\s*:\s*/;

/** A ternary's condition, from the text before its `?`: back to the `=`, `(`, `,`, `return` or `:` it follows. */
function ternaryCondition(before: string): string {
  let depth = 0;
  for (let i = before.length - 1; i >= 0 && before.length - i <= 300; i--) {
    const c = before[i]!;
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return before.slice(i + 1);
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';' || c === '{' || (c === ':' && before[i - 1] !== ':'))) return before.slice(i + 1);
    else if (depth === 0 && c === '=' && !'=!<>'.includes(before[i - 1] ?? '') && before[i + 1] !== '=' && before[i + 1] !== '>') return before.slice(i + 1);
    else if (depth === 0 && before.startsWith('return', i) && !/[\w$]/.test(before[i - 1] ?? '')) return before.slice(i + 6);
  }
  return before.length <= 300 ? before : '';
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
