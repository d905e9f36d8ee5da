import type { PathFinding, TreeContext } from '../types';
import { looksLikeSecret } from './secret-value';
import { laravelRefusedKey } from './secret-assignments';
import { normalizeName } from './secret-names';

/**
 * Placeholders an application refuses to run with. Projects ship a default
 * to fill in and guard it in their own code: gogs's `conf.go` will not start
 * while `SECRET_KEY` is `CHANGE-ME-OR-FAIL-TO-START`, searxng's `webapp.py`
 * exits while `server.secret_key` is `ultrasecretkey`. Such a value never
 * signs anything: it is an example of where the key goes, and the finding's
 * message names the guard.
 *
 * The guard is a comparison with the very literal (`==`, `!=`, `equals(`,
 * `in (…)`) in the project's own code (not its tests), followed within a few
 * lines by a refusal: an exception, an error returned, a panic, an exit.
 * Only values that do not look random are looked for (a generated key is
 * never compared with), at least eight characters long, and the search reads
 * at most MAX_FILES code files and MAX_BYTES: it runs only when such a
 * finding exists.
 */

const CODE_EXTENSIONS = new Set(['py', 'go', 'js', 'mjs', 'cjs', 'ts', 'rb', 'php', 'java', 'kt', 'cs', 'rs', 'ex', 'exs', 'scala', 'groovy']);
const MAX_FILES = 5000;
const MAX_BYTES = 64 * 1024 * 1024;
const MIN_VALUE = 8;
const MAX_VALUE = 100;
/** Lines below the comparison that the refusal may be on. */
const REFUSAL_REACH = 6;
/**
 * What stands before the literal in a test for equality with it: `== "…"`, `.equals("…"`, `in ("", "…"`. Not `!=`:
 * that lets every other value through, and what it refuses is not this one.
 */
const COMPARED_BEFORE = /(?:===?|\bequals(?:IgnoreCase)?\s*\(|\bin\s*[[(][^\])\n]{0,200})\s*$/;
/**
 * What stands before the literal in a validator's list of refused values: class-validator's `@IsNotIn([…`, Joi's
 * `.invalid(…` and `.disallow(…`, yup's `.notOneOf([…`.
 */
const DENY_LIST_BEFORE = /(?:@IsNotIn\s*\(\s*\[|\.(?:invalid|disallow|notOneOf)\s*\(\s*\[?)[^)\]\n]{0,200}$/;
/** A property's declaration after its decorators: `APP_SECRET: string;`, `readonly appSecret!: string`. */
const DECLARED_PROPERTY = /^\s*(?:(?:public|private|protected|readonly|declare)\s+)*([A-Za-z_$][\w$]*)\s*[!?]?\s*[:;=]/;

/**
 * Whether the refused list before a literal is the setting's: the key a Joi or yup chain is the value of, named last
 * before the validator on its line (`APP_SECRET: Joi.string().invalid(…)`), or the property a class-validator
 * decorator stands on, declared after it on its line or on the lines below (`@IsNotIn([…])` / `APP_SECRET: string;`).
 * The whole name is compared (`LEGACY_APP_SECRET_HINT` is another setting).
 */
function deniedFor(before: string, after: string, rest: string, settings: readonly string[]): boolean {
  const norm = (n: string) => n.toLowerCase().replace(/[^a-z0-9]/g, '');
  const decorator = before.lastIndexOf('@IsNotIn');
  if (decorator < 0) {
    const validator = before.search(/\.(?:invalid|disallow|notOneOf)\s*\(\s*\[?[^)\]\n]{0,200}$/);
    const keys = [...before.slice(0, validator).matchAll(/(?:^|[\s{,(])["']?([A-Za-z_$][\w$]*)["']?\s*:/g)];
    const key = keys[keys.length - 1]?.[1];
    return key !== undefined && settings.includes(norm(key));
  }
  // The decorator's list closes on this line: a property declared after it there is the one it stands on.
  const close = after.indexOf(')');
  const inline = close < 0 ? undefined : DECLARED_PROPERTY.exec(after.slice(close + 1).replace(/^\s*(?:@\w+\([^)]{0,200}\)\s*)*/, ''))?.[1];
  if (inline !== undefined) return settings.includes(norm(inline));
  const lines = rest.split('\n', REFUSAL_REACH + 1);
  for (let k = 1; k < lines.length; k++) {
    const l = lines[k]!.trim();
    if (l === '' || l.startsWith('@') || l.startsWith('//')) continue;
    const name = DECLARED_PROPERTY.exec(l)?.[1];
    return name !== undefined && settings.includes(norm(name));
  }
  return false;
}

/** A test that the setting differs from the literal: `!== "…"`, `!= "…"`. */
const DIFFERS_BEFORE = /!==?\s*$/;
/** A key made at random: Node's `crypto.randomBytes(`, Python's `secrets.token_…(`, Ruby's `SecureRandom.`, Go's `rand.Read(`. */
const RANDOM_KEY = /\b(?:randomBytes|generateKeySync|getRandomValues|token_(?:bytes|hex|urlsafe)|SecureRandom\.|rand\.Read|os\.urandom|random_bytes|openssl_random_pseudo_bytes|get_random_secret_key|Encrypter::generateKey|Str::random|generateRandom\w{0,20}Key)\b/;
/**
 * Whether a line of code keeps a random key it makes: assigns it (`$key = …random_bytes(…)`, `APP_KEY=' . …generate…`
 * into what is written back) or hands it to a setter or a writer (`setTokenSigningKey(generateRandomKey())`,
 * `File::put(…)`). A random key only printed (`console.warn('… e.g. ' + crypto.randomBytes(32)…)`) replaces nothing.
 */
function storesRandomKey(code: string): boolean {
  const random = RANDOM_KEY.exec(code);
  if (random === null) return false;
  const head = code.slice(0, random.index);
  return ASSIGNED.test(head) || /\b(?:set|put|write|save|store|update)\w{0,30}\s*\(/i.test(head);
}
/** An assignment (`=`, not `==`, `!=`, `<=`, `>=`, `=>`), before the random key. */
const ASSIGNED = /(?:^|[^=!<>])=(?![=>])/;
/** Lines below such a test where the random key may be made. */
const RANDOM_REACH = 12;
/** What follows the literal in a comparison written the other way round: `"…" == x`, `"…".equals(x)`. */
const COMPARED_AFTER = /^\s*(?:===?|\.equals(?:IgnoreCase)?\s*\()/;
/** A Helm chart's template: `templates/_helpers.tpl`, `templates/secret.yaml`. */
const HELM_TEMPLATE = /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+\.(?:tpl|ya?ml)$/;
/** Helm's test for equality with the literal: `eq .Values.secret "…"`, `eq "…" .Values.secret`. */
const HELM_COMPARED_BEFORE = /\beq[ \t]+(?:[\w.$]+[ \t]+)?$/;
const HELM_COMPARED_AFTER = /^[ \t]+[\w.$]+[ \t]*\)/;
/** Helm's refusal to render: `{{- fail "…" -}}`, `{{ required … }}` is no refusal of a value. */
const HELM_FAIL = /\{\{-?[ \t]*fail\b|[(|][ \t]*fail[ \t]+["']/;
/** What ends the block an `if` opens in a template. */
const HELM_BLOCK_END = /\{\{-?[ \t]*(?:end|else)\b/;

/** Code that is someone else's, vendored into the tree. */
const VENDORED = /(?:^|\/)(?:vendor|node_modules|third_party|third-party|bower_components)\//;
/** A refusal: an exception raised or thrown, an error returned, a panic, an exit. */
const REFUSAL =
  /\b(?:raise|throw|panic|abort|die|exit|sys\.exit|os\.Exit|process\.exit|log\.Fatal\w*|errors\.New|fmt\.Errorf|ImproperlyConfigured|RuntimeError|ValueError|SystemExit|IllegalStateException|IllegalArgumentException)\b/;

export async function reviseRefused(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  // A scan of changes sees only the files changed: a guard elsewhere would go unseen, so none is looked for.
  if (tree.changedOnly) return;
  const candidates = new Map<string, PathFinding[]>();
  for (const f of found) {
    if (f.context !== undefined || f.secret === undefined || f.line === undefined) continue;
    const v = f.secret;
    if (!mayBeRefused(v)) continue;
    const where = tree.settings.contexts.of(f.path).context;
    if (where !== 'production' && where !== 'development') continue;
    const list = candidates.get(v);
    if (list) list.push(f);
    else candidates.set(v, [f]);
  }
  if (candidates.size === 0) return;
  // The names the comparison must read, by value: the setting's last segment as the finding names it (`secret_key`).
  const wanted = new Map([...candidates.keys()].map((v) => [v, { value: v, settings: [...new Set(candidates.get(v)!.map((f) => settingWord(f.key)).filter((w) => w !== ''))] }]));
  for (const [v, at] of await refusingGuards(tree, wanted)) {
    for (const f of candidates.get(v)!) {
      f.context = 'example';
      f.contextWhy = `a placeholder the application refuses to run with (\`${at}\`)`;
    }
  }
}

/** Whether a value is one an application may compare with to refuse it: not random-looking, of a placeholder's length. */
export function mayBeRefused(v: string): boolean {
  return v.length >= MIN_VALUE && v.length <= MAX_VALUE && !/["'`\\\n]/.test(v) && !looksLikeSecret(v);
}

/**
 * Where the project's own code refuses each wanted value (`path:line`), by the id it is wanted under: the value, and
 * the normalised names a comparison with it must read (`secretkey`). Those not refused are left out.
 */
export async function refusingGuards(
  tree: TreeContext,
  wanted: ReadonlyMap<string, { value: string; settings: readonly string[] }>,
): Promise<Map<string, string>> {
  const guards = new Map<string, string>();
  const ids = [...wanted.keys()];
  let files = 0;
  let bytes = 0;
  for (const e of tree.entries) {
    if (guards.size === ids.length || files >= MAX_FILES || bytes >= MAX_BYTES) break;
    const helm = HELM_TEMPLATE.test(e.path);
    if (e.kind !== 'file' || (!helm && !CODE_EXTENSIONS.has(e.path.slice(e.path.lastIndexOf('.') + 1).toLowerCase())) || VENDORED.test(e.path)) continue;
    const where = tree.settings.contexts.of(e.path).context;
    if (where !== 'production' && where !== 'development') continue;
    const text = await tree.readText(e.path);
    files++;
    if (text === null) continue;
    bytes += text.length;
    for (const id of ids) {
      if (guards.has(id)) continue;
      const { value, settings } = wanted.get(id)!;
      const line = helm ? helmGuardLine(text, value, settings) : guardLine(text, value, settings);
      if (line > 0) guards.set(id, `${e.path}:${line}`);
    }
  }
  return guards;
}

/**
 * The names an environment variable's setting may go by in the code that reads it, normalised: the whole name and
 * its endings of two words or more (`PAPERLESS_SECRET_KEY` → `paperlesssecretkey`, `secretkey`).
 */
export function envSettingWords(key: string): string[] {
  const parts = key.toLowerCase().split(/[^a-z0-9]+/).filter((p) => p !== '');
  const out = new Set<string>();
  for (let i = 0; i <= parts.length - 2 || i === 0; i++) {
    const w = parts.slice(i).join('');
    if (w !== '') out.add(w);
    if (parts.length < 2) break;
  }
  return [...out];
}

/** The last segment of a finding's key (the name it was set under), normalised: `server.secret_key` → `secretkey`. */
function settingWord(key: string | undefined): string {
  if (key === undefined) return '';
  return key.slice(key.lastIndexOf('.') + 1).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A line's code: its `#` or `//` comment and the text of its strings left out (a refusal word there refuses nothing). */
function codeOf(line: string): string {
  const t = line.trimStart();
  if (t.startsWith('#') || t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return '';
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""').replace(/\s(?:#|\/\/).*$/, '');
}

/**
 * The 1-based line of a Helm template where the quoted `value` is tested for equality with a value named as one of
 * `settings` (`eq .Values.secretRefs.env.N8N_ENCRYPTION_KEY "change-me…"`) and the template then fails to render
 * (`{{- fail "…" -}}`) before its block ends: n8n's chart refuses its own placeholder so. 0 when there is none.
 */
export function helmGuardLine(text: string, value: string, settings: readonly string[]): number {
  for (const { at, before, after, rest } of literalSites(text, `"${value}"`, 300)) {
    if (!HELM_COMPARED_BEFORE.test(before) && !HELM_COMPARED_AFTER.test(after)) continue;
    const words = `${before}${after}`.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!before.includes('{{') || !settings.some((w) => words.includes(w))) continue;
    const lines = rest.split('\n', REFUSAL_REACH + 1);
    let refused = HELM_FAIL.test(lines[0]!);
    for (let k = 1; k < lines.length && !refused; k++) {
      if (HELM_BLOCK_END.test(lines[k]!)) break;
      refused = HELM_FAIL.test(lines[k]!);
    }
    if (refused) return lineNumberAt(text, at);
  }
  return 0;
}

/**
 * Each place `needle` (a quoted literal) occurs in `text`, with what stands before it on its line (up to `reach`
 * characters), after it on its line (up to 200) and after it at all (up to 4,000): every look is bounded, so a line of
 * a megabyte holding the literal a thousand times stays linear.
 */
function* literalSites(text: string, needle: string, reach: number): Generator<{ at: number; before: string; after: string; rest: string }> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    let before = text.slice(Math.max(0, at - reach), at);
    before = before.slice(before.lastIndexOf('\n') + 1);
    const rest = text.slice(at + needle.length, at + needle.length + 4000);
    const eol = rest.indexOf('\n');
    const after = eol < 0 ? rest.slice(0, 200) : rest.slice(0, Math.min(eol, 200));
    yield { at, before, after, rest };
  }
}

/** The 1-based number of the line `at` is on. */
function lineNumberAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The 1-based line of `text` where the quoted `value` is tested for equality
 * with a setting named as one of `settings` (normalised), and refused on
 * the lines of code below; 0 when there is none.
 */
export function guardLine(text: string, value: string, settings: readonly string[]): number {
  for (const q of ['"', "'", '`']) {
    for (const { at, before, after, rest } of literalSites(text, `${q}${value}${q}`, 200)) {
      // A validator's list of values it refuses (class-validator's `@IsNotIn([…])` on the property declared below it,
      // Joi's `.invalid(…)`, yup's `.notOneOf([…])` on a key named on its line): the schema refuses it when validated.
      if (DENY_LIST_BEFORE.test(before) && codeOf(before) !== '' && deniedFor(before, after, rest, settings)) return lineNumberAt(text, at);
      // The setting used only when it differs from the literal, a random key made otherwise (nocobase's
      // `if (envKey && envKey !== 'your-secret-key') { return envKey; }` / `const key = crypto.randomBytes(32)`).
      if (DIFFERS_BEFORE.test(before) && codeOf(`${before}""${after}`) !== '') {
        // The setting named on the line, or read on the few lines above into what the line tests (`const envKey =
        // process.env.APP_KEY`).
        const above = text.slice(Math.max(0, at - before.length - 400), at - before.length).split('\n').slice(-4).map(codeOf).join(' ');
        const words = `${above} ${before}""${after}`.toLowerCase().replace(/[^a-z0-9]/g, '');
        const below = rest.split('\n', RANDOM_REACH + 1).slice(1).map(codeOf);
        if (settings.some((w) => words.includes(w)) && below.some(storesRandomKey)) return lineNumberAt(text, at);
      }
      // A constant that holds the placeholder (LinkAce's `public const GENERIC_APP_KEY = '…'`): its comparisons are the
      // literal's.
      const declared = CONSTANT_BEFORE.exec(before);
      const constant = declared?.[1] ?? declared?.[2];
      if (constant !== undefined && codeOf(before) !== '') {
        const line = constantGuardLine(text, constant, settings);
        if (line > 0) return line;
      }
      if (!COMPARED_BEFORE.test(before) && !COMPARED_AFTER.test(after)) continue;
      const line = comparisonGuard(text, at, before, after, rest, settings);
      if (line > 0) return line;
    }
  }
  return 0;
}

/** A constant's declaration right before its value: `const GENERIC_APP_KEY = `, `public const X = `, `define('X', `. */
const CONSTANT_BEFORE = /(?:\bconst\s+([A-Z][A-Z0-9_]{2,60})\s*=|\bdefine\s*\(\s*['"]([A-Z][A-Z0-9_]{2,60})['"]\s*,)\s*$/;

/**
 * The line where a constant holding a placeholder is compared with the setting and refused, or replaced by a random
 * key (`if (config('app.key') === self::GENERIC_APP_KEY) {` / `… $this->generateRandomAppKey() …`); 0 when there is none.
 */
function constantGuardLine(text: string, constant: string, settings: readonly string[]): number {
  const use = new RegExp(`(?<![\\w$])(?:(?:self|static|[A-Z]\\w{0,60})::)?${constant}(?![\\w$])`, 'g');
  for (let m = use.exec(text); m !== null; m = use.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const eol = text.indexOf('\n', m.index);
    const before = text.slice(Math.max(lineStart, m.index - 200), m.index);
    const after = text.slice(m.index + m[0].length, Math.min(eol < 0 ? text.length : eol, m.index + m[0].length + 200));
    if (!COMPARED_BEFORE.test(before) && !COMPARED_AFTER.test(after)) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 4000);
    const line = comparisonGuard(text, m.index, before, after, rest, settings);
    if (line > 0) return line;
  }
  return 0;
}

/**
 * The line of a comparison with the placeholder at `at` that names the setting and is followed, in the block it opens,
 * by a refusal (an exception, an exit) or by a random key made in its place; 0 when it is not one.
 */
function comparisonGuard(text: string, at: number, before: string, after: string, rest: string, settings: readonly string[]): number {
  // Code, comparing the setting: not a comment, and the line names it.
  // (The value itself is left out: `ultrasecretkey` holds the words of `secret_key`.)
  const around = `${before}""${after}`;
  const words = around.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (codeOf(around) === '' || !settings.some((w) => words.includes(w))) return 0;
  // The refusal: in the code after the literal on this line, or on the next few lines of the block the comparison
  // opens (indented deeper than its line; a line back at its indentation ends the block: `} else`, the next statement).
  // A random key made there instead replaces the placeholder before anything signs with it.
  const own = before.length - before.trimStart().length;
  const lines = rest.split('\n', RANDOM_REACH + 1);
  let refused = REFUSAL.test(codeOf(lines[0]!)) || storesRandomKey(codeOf(lines[0]!));
  for (let k = 1; k < lines.length && !refused; k++) {
    const l = lines[k]!;
    if (l.trim() === '') continue;
    if (l.length - l.trimStart().length <= own) break;
    refused = (k <= REFUSAL_REACH && REFUSAL.test(codeOf(l))) || storesRandomKey(codeOf(l));
  }
  return refused ? lineNumberAt(text, at) : 0;
}

/**
 * Laravel's `APP_KEY` set outside PHP (a compose file, DDEV's `web_environment`, a CI job), or given there as a
 * fallback (`${APP_KEY:-unset}`, which an install hook replaces), to a key Laravel refuses
 * to start with: its length does not fit the cipher in the application's `config/app.php` (the nearest one above the
 * file). As in that file itself, such a value is an example of where the key goes, never a key anything runs with.
 */
export async function reviseLaravelRefused(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  const configs = new Map<string, Promise<((value: string) => boolean) | null>>();
  const have = new Set(tree.entries.filter((e) => e.kind === 'file' && e.path.endsWith('config/app.php')).map((e) => e.path));
  if (have.size === 0) return;
  for (const f of found) {
    if (f.context !== undefined || f.secret === undefined || f.key === undefined || f.path.endsWith('.php') || normalizeName(f.key.slice(f.key.lastIndexOf('.') + 1)) !== 'appkey') continue;
    let dir = f.path.slice(0, Math.max(0, f.path.lastIndexOf('/')));
    for (;;) {
      const config = `${dir === '' ? '' : `${dir}/`}config/app.php`;
      if (have.has(config)) {
        let refused = configs.get(config);
        if (refused === undefined) configs.set(config, (refused = tree.readText(config).then((t) => (t === null ? null : laravelRefusedKey(t)))));
        if ((await refused)?.(f.secret)) {
          f.context = 'example';
          f.contextWhy = `a key Laravel refuses to start with: its length does not fit the cipher in \`${config}\``;
        }
        break;
      }
      if (dir === '') break;
      dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
    }
  }
}
