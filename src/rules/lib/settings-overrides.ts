import type { PathFinding, TreeContext } from '../types';
import { escapeRegExp, indentOf } from '../../core/text';
import { DJANGO_LOCAL_WHY } from './sections';
import { conditionOf, guardOf, withoutTrailingComment } from './env-conditions';

/**
 * Settings that the production settings replace. Frameworks split their
 * settings into a base every environment loads and one file per
 * environment loaded after it; a literal in the base that the production
 * file always sets again from elsewhere (the environment, a file, a
 * generated key) never reaches production. It is what development and the
 * tests run with: a development value.
 *
 * - Django's split settings: `settings/base.py` (or `common.py`,
 *   `defaults.py`…; in `config/django/` or any folder) and the
 *   `production.py` or `prod.py` beside it, which
 *   imports it (`from .base import *`) and sets `SECRET_KEY` itself, at the
 *   top level or in both branches of an `if`/`else` or `try`/`except`
 *   (linkding's `prod.py` reads it from a file, else generates one).
 * - Phoenix: `config/config.exs`, then `config/runtime.exs` (evaluated at
 *   boot, after it; `releases.exs` before Elixir 1.11) or `config/prod.exs` (or the `prod.secret.exs` it
 *   imports, as Phoenix 1.5 and before generated), which configure the same
 *   module with the same keyword from the environment at every production
 *   boot: an endpoint's `secret_key_base:` (teslamate, firezone, bors-ng), a
 *   billing module's `webhook_signing_secret:` (firezone).
 *
 * - Docker Compose: `compose.yaml` (or `docker-compose.yml`) and the
 *   production file applied over it (`docker compose -f compose.yaml -f
 *   compose.prod.yaml`), which gives the same service the same variable from
 *   the environment with no default (`${APP_SECRET}`, `${APP_SECRET:?…}`):
 *   Compose merges `environment` by name, so the default of the base file is
 *   the development one (symfony-docker's layout, api-platform's demo).
 *
 * What keeps the base value reachable keeps the finding where it is: a
 * production file that reads the name back (`os.environ.get('X',
 * SECRET_KEY)`), sets it only sometimes, sets a literal of its own (reported
 * there), gives it a variable with no default in a list that drops nil
 * entries (Phoenix), or mentions it in a comment or a docstring only.
 */

/** Reads a small text file below the root (null when it cannot); answers are kept for the scan. */
type Read = (path: string) => Promise<string | null>;

/** A split settings' base, in whatever folder the project keeps them (`settings/`, `config/django/`, `conf/`). */
const DJANGO_BASE = /^((?:.*\/)?)(base|common|defaults?|shared|core)\.py$/;
const DJANGO_PRODUCTION = ['production.py', 'prod.py'];
const PHOENIX_BASE = /^((?:.*\/)?config\/)config\.exs$/;
/** `config/releases.exs`: what Elixir 1.9 and 1.10 evaluate at a release's boot, before 1.11's `runtime.exs`. */
const PHOENIX_PRODUCTION = ['runtime.exs', 'releases.exs', 'prod.exs'];
/**
 * `secret_key_base: System.get_env(…)`, `secret_key_base: secret_key_base`, `webhook_signing_secret: env!(…)`: the
 * keyword `name` given anything but a string.
 */
function phoenixSetsKeyword(name: string): RegExp {
  return new RegExp(`(?<![\\w:])${escapeRegExp(name)}:[ \\t]*(?![\\s"'~])\\S`);
}
/** `System.get_env("NAME")` with no default and nothing after it but a comma: nil when the variable is unset. */
const NILABLE_READ = /^System\.get_env\(\s*"[^"]{1,100}"\s*\)\s*[\])]{0,3}\s*,?\s*(?:#.*)?$/;
/**
 * A call that may drop nil entries from the list it is given: an anonymous function's (`filter_nil_kv_pairs.(`; its
 * name is checked for `nil`), `Keyword.reject(`, `Enum.filter(`. The name is bounded, so the search stays linear.
 */
const NIL_FILTER = /\b(\w{1,60})\.\(|\b(?:Enum|Keyword|Map)\.(?:reject|filter)\(/g;
/** How much of the `config` call before the keyword `inNilFilter` reads. */
const MAX_FILTER_TEXT = 20_000;

/**
 * Whether the keyword at `col` of line `j` sits inside a call, opened from line `k` on, that may drop nil entries
 * (`NIL_FILTER`): the call's `(` is among the brackets still open at the keyword.
 */
function inNilFilter(lines: readonly string[], k: number, j: number, col: number): boolean {
  let text = '';
  for (let l = k; l <= j; l++) text += (l === j ? lines[l]!.slice(0, col) : lines[l]!) + '\n';
  if (text.length > MAX_FILTER_TEXT) text = text.slice(text.length - MAX_FILTER_TEXT);
  // Where each filter's `(` is.
  const filters = new Set<number>();
  NIL_FILTER.lastIndex = 0;
  for (let m = NIL_FILTER.exec(text); m !== null; m = NIL_FILTER.exec(text)) {
    if (m[1] === undefined || m[1].includes('nil')) filters.add(m.index + m[0].length - 1);
  }
  if (filters.size === 0) return false;
  // The brackets still open at the keyword, each marked when it is a filter's (logflare's outer
  // `filter_nil_kv_pairs.(`, past the inner ones closed before it).
  const open: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '{') open.push(filters.has(i));
    else if (c === ')' || c === ']' || c === '}') open.pop();
  }
  return open.includes(true);
}

/** What opens an Elixir branch, which a boot may not take: `if`, `unless`, `case`, `cond`, `with`. */
const ELIXIR_BRANCH = /^(if|unless|case|cond|with)\b(?!:)/;
/** A read of the application's configuration, whose value may be the one being overridden. */
const READS_CONFIG_BACK = /\bApplication\.(?:get_env|fetch_env!?|get_all_env)\b/;
/**
 * `config :app, AppWeb.Endpoint,` or `config(:app, AppWeb.Endpoint,`: the module a `config` call configures (on the
 * line, or the next as `mix format` puts it).
 */
const PHOENIX_CONFIG = /^[ \t]*config(?:[ \t]+|[ \t]*\([ \t]*):\w+,[ \t]*([A-Z][\w.]*)?/;
const MODULE_FIRST = /^[ \t]*([A-Z][\w.]*)/;
/** A one-line string literal, escapes included. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
/** A Compose file that production files are applied over, and the names those take beside it. */
const COMPOSE_BASE = /^((?:.*\/)?)((?:docker-)?compose)\.(ya?ml)$/;
const COMPOSE_PRODUCTION = ['prod', 'production'];
/** `NAME: value`, `- NAME=value`, `"NAME": value`: an entry of a service's `environment`. */
const COMPOSE_ENTRY = /^[ \t]*(?:-[ \t]*)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*[:=][ \t]*(.*)$/;
/** A value read from the environment with no default: `${NAME}`, `${NAME:?message}`, `$NAME`, quoted or not. */
const COMPOSE_NO_DEFAULT = /^(["']?)(?:\$\{[A-Za-z_][A-Za-z0-9_]*(?::?\?[^}]*)?\}|\$[A-Za-z_][A-Za-z0-9_]*)\1[ \t]*(?:#.*)?$/;
/** `import_config "prod.secret.exs"`, not commented out. */
const IMPORTS_PROD_SECRET = /^[ \t]*import_config[ \t(]+"prod\.secret\.exs"/m;
/** How far a `config` call's keywords may run below it. */
const MAX_CONFIG_LINES = 80;

/** The text with Python's triple-quoted strings (docstrings) blanked, line breaks kept; linear. */
function withoutTripleQuoted(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const a = text.indexOf('"""', i);
    const b = text.indexOf("'''", i);
    const open = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (open < 0) return out + text.slice(i);
    const quote = text.slice(open, open + 3);
    const close = text.indexOf(quote, open + 3);
    const end = close < 0 ? text.length : close + 3;
    out += text.slice(i, open) + text.slice(open, end).replace(/[^\n]/g, ' ');
    i = end;
  }
}

/**
 * Whether a Django production settings text sets `name` on every path: at
 * the top level, or in an `if`/`elif` or `try` branch and in its
 * `else`/`except` branch; never from a value that reads `name` back.
 */
function djangoSetsAlways(text: string, name: string): boolean {
  const lines = withoutTripleQuoted(text).split('\n');
  const assign = new RegExp(`^([ \\t]*)${escapeRegExp(name)}[ \\t]*=[ \\t]*([^\\s#].*)$`);
  const readsItself = new RegExp(`\\b${escapeRegExp(name)}\\b`);
  let top = false;
  let first = false;
  let other = false;
  for (let k = 0; k < lines.length; k++) {
    const m = assign.exec(lines[k]!);
    if (!m) continue;
    // `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', SECRET_KEY)`: the base value is the fallback. (A quoted
    // `os.environ["SECRET_KEY"]` names a variable of the environment, not this one.)
    const code = m[2]!.replace(/^[rRbBuUfF]{1,2}(?=["'])/, '').replace(QUOTED, '""');
    if (readsItself.test(code)) return false;
    // `SECRET_KEY = "…"`: a literal of its own, reported where it is. (`"".join(…)` builds one.)
    if (/^""[ \t]*(?:#.*)?$/.test(code)) continue;
    if (m[1] === '') {
      top = true;
      continue;
    }
    // The branch it sits in: the nearest enclosing `if`/`elif`/`try` or `else`/`except`.
    let indent = m[1]!.length;
    for (let j = k - 1; j >= 0 && indent > 0; j--) {
      const t = lines[j]!;
      if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
      const ind = indentOf(t);
      if (ind >= indent) continue;
      indent = ind;
      const head = t.trimStart();
      if (/^(?:if|elif|try)\b/.test(head)) {
        first = true;
        break;
      }
      if (/^(?:else|except)\b/.test(head)) {
        other = true;
        break;
      }
    }
  }
  return top || (first && other);
}

/** The module the `config` call that starts on line `k` configures; null when no call starts there. */
function configuredModule(lines: readonly string[], k: number): string | null {
  const m = PHOENIX_CONFIG.exec(lines[k]!);
  if (!m) return null;
  if (m[1] !== undefined) return m[1];
  const next = MODULE_FIRST.exec(lines[k + 1] ?? '');
  return next ? next[1]! : null;
}

/**
 * Whether a Phoenix config text configures `module` with the keyword `name` given no string, at the same place in
 * the call's keyword lists as `path` (`stripe: [secret_key: …]` is not `paypal: [secret_key: …]`), in a `config`
 * call that every production boot makes: at the top level, or inside `if config_env() == :prod` only (firezone sets
 * an API endpoint's key only `if` its URL is configured, which leaves the base value in place otherwise); comments
 * skipped.
 */
function phoenixSets(text: string, module: string, name: string, path: readonly string[], everyEnvironment = false): boolean {
  const lines = text.split('\n');
  const sets = phoenixSetsKeyword(name);
  const always = productionBootLines(lines, everyEnvironment);
  for (let k = 0; k < lines.length; k++) {
    if (configuredModule(lines, k) !== module || !always[k]) continue;
    for (let j = k; j < lines.length && j - k < MAX_CONFIG_LINES; j++) {
      const t = lines[j]!;
      if (j > k && PHOENIX_CONFIG.test(t)) break;
      const code = t.trimStart().startsWith('#') ? '' : t;
      const m = sets.exec(code);
      // A value that reads the configuration back (`|| Application.get_env(:app, Endpoint)[:secret_key_base]`) keeps
      // the base value as its fallback.
      // A variable's value with no default, in a list a filter drops nil entries from (logflare's
      // `filter_nil_kv_pairs.([… secret_key_base: System.get_env("PHX_SECRET_KEY_BASE")])`): unset, it leaves the base
      // value in place.
      if (m && NILABLE_READ.test(code.slice(m.index + m[0].length - 1)) && inNilFilter(lines, k, j, m.index)) continue;
      if (m && samePath(keywordPath(lines, k, j, m.index), path) && !READS_CONFIG_BACK.test(code)) return true;
    }
  }
  return false;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The keywords whose lists enclose the point at `col` of line `line` in the `config` call that starts on line
 * `from`: `['stripe']` inside `stripe: [secret_key: …]`, `[]` at the call's own level. Brackets in strings and
 * comments do not count.
 */
function keywordPath(lines: readonly string[], from: number, line: number, col: number): string[] {
  const open: string[] = [];
  for (let j = from; j <= line && j < lines.length; j++) {
    const t = lines[j]!;
    const end = j === line ? col : t.length;
    for (let i = 0; i < end; i++) {
      const c = t[i]!;
      if (c === '#') break;
      if (c === '"' || c === "'") {
        let q = i + 1;
        while (q < t.length && t[q] !== c) q += t[q] === '\\' ? 2 : 1;
        i = q;
      } else if (c === '[' || c === '{' || c === '(') {
        open.push(KEYWORD_BEFORE.exec(t.slice(Math.max(0, i - 60), i))?.[1] ?? '');
      } else if (c === ']' || c === '}' || c === ')') {
        open.pop();
      }
    }
  }
  // The `config(…)` call's own parentheses, when written, are no keyword list.
  return open.filter((k, i) => i > 0 || k !== '');
}
/** The keyword right before a bracket: `stripe: [`, `session: %{`. */
const KEYWORD_BEFORE = /([a-z_][a-z0-9_]*):[ \t]*%?$/;

/**
 * Which lines of an Elixir config run at every production boot: those no branch encloses but `if config_env() ==
 * :prod` (or a list of environments with `:prod`), not its `else`, or the `else` of a development check (`if
 * config_env() != :prod`). Blocks are followed by their `do` and `end` (and `fn … ->`), whatever the indentation.
 */
function productionBootLines(lines: readonly string[], everyEnvironment = false): boolean[] {
  const out: boolean[] = [];
  // `prod`: the `if` holds in production only; `dev`: in development or tests only, so its `else` holds in production.
  const blocks: { branch: boolean; prod: boolean; dev: boolean; otherwise: boolean }[] = [];
  // A branch's opening line whose condition goes on below (`if config_env() == :prod and` / `  … do`).
  let opening = '';
  for (const line of lines) {
    // In every environment: outside every branch.
    out.push(opening === '' && blocks.every((b) => !b.branch || (!everyEnvironment && (b.otherwise ? b.dev : b.prod))));
    let code = withoutTrailingComment(line.trim());
    if (code === '' || code.startsWith('#')) continue;
    if (opening !== '') {
      code = `${opening} ${code}`;
      // A one-line branch whose `do:` is on the next line opens no block.
      if (/\bdo:/.test(code)) {
        opening = '';
        continue;
      }
      // Up to a few lines: a condition longer than that opens nothing this can follow.
      if (!/\bdo$/.test(code)) {
        opening = code.length < 400 ? code : '';
        continue;
      }
      opening = '';
    } else if (ELIXIR_BRANCH.test(code) && !/\bdo$/.test(code) && !/\bdo:/.test(code)) {
      opening = code;
      continue;
    }
    // (`else:` and `end:` are keywords of a one-line branch or a call, `if(c, do: x, else: y)`.)
    if (/^end\b(?!:)/.test(code)) {
      blocks.pop();
      continue;
    }
    if (/^else\b(?!:)/.test(code)) {
      const top = blocks[blocks.length - 1];
      if (top) top.otherwise = true;
      continue;
    }
    if (/\bdo$/.test(code) || /\bfn\b.*->$/.test(code)) {
      const branch = ELIXIR_BRANCH.exec(code);
      const condition = branch !== null && branch[1] === 'if' ? conditionOf(code.slice(branch[0].length)) : null;
      const guard = condition === null ? null : guardOf(condition, false);
      blocks.push({ branch: branch !== null, prod: condition !== null && runsInProduction(condition), dev: guard !== null && guard.dev && !guard.prod, otherwise: false });
    }
  }
  return out;
}

/** Whether an `if`'s condition holds in production and says nothing else: `config_env() == :prod`, `config_env() in [:prod, :staging]`. */
function runsInProduction(condition: string): boolean {
  if (/(?:config_env|Mix\.env)\(?\)?\s*in\s*\[[^\]]{0,200}:prod\b[^\]]{0,200}\]$/.test(condition)) return true;
  const g = guardOf(condition, false);
  return g.prod && !g.dev;
}

/**
 * The module whose `config` call holds the keyword `name` on line `line` (1-based) of a Phoenix config text (an
 * endpoint, a billing module), and the keywords whose lists enclose it there.
 */
function phoenixSettingAt(text: string, line: number, name: string): { module: string; path: string[] } | null {
  const lines = text.split('\n');
  for (let k = Math.min(line, lines.length) - 1, n = 0; k >= 0 && n < MAX_CONFIG_LINES; k--, n++) {
    if (!PHOENIX_CONFIG.test(lines[k]!)) continue;
    const module = configuredModule(lines, k);
    const col = new RegExp(`(?<![\\w:])${escapeRegExp(name)}:`).exec(lines[line - 1] ?? '')?.index;
    return module === null || col === undefined ? null : { module, path: keywordPath(lines, k, line - 1, col) };
  }
  return null;
}

interface ComposeEntry {
  /** 0-based. */
  line: number;
  service: string;
  name: string;
  /** As written after `:` or `=`; empty when the variable is passed on from the shell (`NAME:`, `- NAME`). */
  value: string;
}

/** `key:` with nothing after it (a comment aside): a YAML mapping's key whose value is the block below it. */
const YAML_KEY_ONLY = /^["']?([\w.-]+)["']?[ \t]*:[ \t]*(?:#.*)?$/;
/** `- NAME`: a variable of a list-form `environment` passed on from the shell. */
const COMPOSE_BARE_ENTRY = /^[ \t]*-[ \t]*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*(?:#.*)?$/;

/**
 * The variables a Compose text gives its services in their `environment`, in
 * one pass over its lines: the keys enclosing each line are kept as a stack,
 * by indentation.
 */
function* composeEntries(lines: readonly string[]): Generator<ComposeEntry> {
  const stack: { indent: number; key: string }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!;
    const head = t.trim();
    if (head === '' || head.startsWith('#')) continue;
    const indent = indentOf(t);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const inEnvironment = stack.length === 3 && stack[0]!.indent === 0 && stack[0]!.key === 'services' && stack[2]!.key === 'environment';
    const key = YAML_KEY_ONLY.exec(head);
    if (key) {
      if (inEnvironment) yield { line: k, service: stack[1]!.key, name: key[1]!, value: '' };
      stack.push({ indent, key: key[1]! });
      continue;
    }
    if (!inEnvironment) continue;
    const entry = COMPOSE_ENTRY.exec(t) ?? COMPOSE_BARE_ENTRY.exec(t);
    if (entry) yield { line: k, service: stack[1]!.key, name: entry[1]!, value: entry[2] ?? '' };
  }
}

/** Whether a Compose file gives `service` the variable `name` from the environment, with no default. */
function composeSetsFromEnvironment(text: string, service: string, name: string): boolean {
  for (const e of composeEntries(text.split('\n'))) {
    const value = e.value.trim();
    if (e.service === service && e.name === name && (value === '' || COMPOSE_NO_DEFAULT.test(value))) return true;
  }
  return false;
}

/**
 * The production settings file that always sets `name` again, not to a
 * literal, after the base file at `path` (whose finding is on `line`); null
 * when none does.
 */
/**
 * The `config/runtime.exs` beside a Phoenix `config/config.exs` that sets the finding's keyword again outside every
 * branch: it runs at every boot, in development and tests too, so the base value is never used (teslamate's
 * `secret_key_base: System.get_env("SECRET_KEY_BASE", Util.random_string(64))`). Null when none does.
 */
async function phoenixOverriddenEverywhere(path: string, name: string, line: number, read: Read): Promise<string | null> {
  const phoenix = PHOENIX_BASE.exec(path);
  if (!phoenix || !/^[a-z_][a-z0-9_]*$/.test(name)) return null;
  const base = await read(path);
  const at = base === null ? null : phoenixSettingAt(base, line, name);
  if (at === null) return null;
  const runtime = await read(`${phoenix[1]}runtime.exs`);
  return runtime !== null && phoenixSets(runtime, at.module, name, at.path, true) ? `${phoenix[1]}runtime.exs` : null;
}

export async function overridingFile(path: string, name: string, line: number, read: Read, beside: readonly string[] = []): Promise<string | null> {
  const django = DJANGO_BASE.exec(path);
  if (django && /^[A-Z][A-Z0-9_]*$/.test(name)) {
    const [, dir, stem] = django;
    const inherits = new RegExp(`^[ \\t]*from[ \\t]+(?:\\.|[\\w.]+\\.)${stem}[ \\t]+import\\b`, 'm');
    let production = false;
    for (const sibling of DJANGO_PRODUCTION) {
      const text = await read(dir + sibling);
      if (text === null || !inherits.test(text)) continue;
      if (djangoSetsAlways(text, name)) return dir + sibling;
      production = true;
    }
    // `production.py` runs on the base value: another module that sets it again (a staging one) changes nothing.
    if (production) return null;
    // A production module of another name (pythondotorg's `cabotage.py`, `heroku.py`): one beside the base that builds
    // on it and turns `DEBUG` off at its top level, as only production's settings do.
    for (const sibling of beside) {
      if (DJANGO_PRODUCTION.includes(sibling.slice(dir.length))) continue;
      const text = await read(sibling);
      if (text !== null && inherits.test(text) && turnsDebugOff(text) && djangoSetsAlways(text, name)) return sibling;
    }
    return null;
  }
  const compose = COMPOSE_BASE.exec(path);
  if (compose) {
    const base = await read(path);
    let entry: ComposeEntry | null = null;
    if (base !== null) for (const e of composeEntries(base.split('\n'))) if (e.line === line - 1) entry = e;
    if (entry === null) return null;
    const [, dir, stem] = compose;
    for (const env of COMPOSE_PRODUCTION) {
      for (const ext of ['yaml', 'yml']) {
        const sibling = `${dir}${stem}.${env}.${ext}`;
        const text = await read(sibling);
        if (text !== null && composeSetsFromEnvironment(text, entry.service, entry.name)) return sibling;
      }
    }
    return null;
  }
  const phoenix = PHOENIX_BASE.exec(path);
  // Any keyword of a `config` call: an endpoint's `secret_key_base`, a billing module's `webhook_signing_secret`.
  if (phoenix && /^[a-z_][a-z0-9_]*$/.test(name)) {
    const base = await read(path);
    const at = base === null ? null : phoenixSettingAt(base, line, name);
    if (at === null) return null;
    const { module, path: keywords } = at;
    for (const sibling of PHOENIX_PRODUCTION) {
      const text = await read(phoenix[1] + sibling);
      if (text !== null && phoenixSets(text, module, name, keywords)) return phoenix[1] + sibling;
      // Phoenix 1.5 and before: `prod.exs` ends with `import_config "prod.secret.exs"`, which sets it.
      if (sibling === 'prod.exs' && text !== null && IMPORTS_PROD_SECRET.test(text)) {
        const secret = await read(`${phoenix[1]}prod.secret.exs`);
        if (secret !== null && phoenixSets(secret, module, name, keywords)) return `${phoenix[1]}prod.secret.exs`;
      }
    }
  }
  return null;
}

/**
 * Gives each finding in a production base settings file that the
 * production settings always set again the development context, naming
 * that file. Findings whose section already says where they sit keep it;
 * files in other contexts are not looked at (a section's context refines
 * only production and development).
 */
export async function reviseOverridden(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  const texts = new Map<string, Promise<string | null>>();
  const read: Read = (p) => {
    let t = texts.get(p);
    if (t === undefined) texts.set(p, (t = tree.readText(p)));
    return t;
  };
  for (const f of found) {
    if (f.contextWhy === DJANGO_LOCAL_WHY && (await importedBeside(f.path, tree, read))) {
      // A module beside it builds other settings on it (`from .settings import *` in `settings_production.py`): what it
      // does not set again is production's too.
      delete f.context;
      delete f.contextWhy;
    }
    if (f.context !== undefined || f.key === undefined || f.line === undefined) continue;
    if (!DJANGO_BASE.test(f.path) && !PHOENIX_BASE.test(f.path) && !COMPOSE_BASE.test(f.path)) continue;
    if (tree.settings.contexts.of(f.path).context !== 'production') continue;
    const everywhere = await phoenixOverriddenEverywhere(f.path, f.key, f.line, read);
    if (everywhere !== null) {
      f.context = 'example';
      f.contextWhy = `\`${everywhere}\` sets it again at every boot, in every environment, so this value is never used`;
      continue;
    }
    const by = await overridingFile(f.path, f.key, f.line, read, DJANGO_BASE.test(f.path) && !tree.changedOnly ? modulesBeside(f.path, tree) : []);
    if (by !== null) {
      f.context = 'development';
      f.contextWhy = `\`${by}\` sets it again for production`;
    }
  }
}

/** `from .settings import *`, `from mysite.settings import *`: a module that builds on `settings.py`. */
const IMPORTS_SETTINGS = /^[ \t]*from[ \t]+(?:\.|[\w.]+\.)?settings[ \t]+import[ \t]+\*/m;
/** A module of settings for tests or development (`test_settings.py`, `settings_dev.py`, `local.py`): not production's. */
const LOCAL_MODULE = /(?:^|_)(?:tests?|testing|dev|devel|development|local|ci)(?:_|\.py$)/;
/** How many Python files beside a `settings.py` are read for one that imports it. */
const MAX_BESIDE = 40;

/**
 * What a module that builds production settings on `settings.py` is named beside it, for a scan of what a change
 * touched, which lists no other file.
 */
const PRODUCTION_MODULES = [
  'settings_production.py', 'settings_prod.py', 'production.py', 'prod.py', 'production_settings.py', 'prod_settings.py',
  'settings_heroku.py', 'heroku.py', 'settings_render.py', 'render.py', 'settings_deploy.py', 'deploy.py', 'settings_live.py', 'live.py',
];

/** Whether a module sets `DEBUG = False` (or `DEBUG = TEMPLATE_DEBUG = False`) at its top level. */
function turnsDebugOff(text: string): boolean {
  // The last top-level assignment to `DEBUG` itself (not `DEBUG_TOOLBAR`) decides.
  let off = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith('DEBUG')) continue;
    const parts = line.replace(/#.*$/, '').split('=').map((p) => p.trim());
    const targets = parts.slice(0, -1);
    if (parts.length < 2 || !targets.includes('DEBUG') || !targets.every((p) => /^[A-Z_][A-Z0-9_]*$/.test(p))) continue;
    off = parts[parts.length - 1] === 'False';
  }
  return off;
}

/** The Python modules beside `path` (in its folder) that are not for tests or development, at most `MAX_BESIDE`. */
function modulesBeside(path: string, tree: TreeContext): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return tree.entries
    .filter((e) => e.kind === 'file' && e.path.startsWith(dir) && e.path !== path && e.path.endsWith('.py') && e.path.indexOf('/', dir.length) < 0 && !LOCAL_MODULE.test(e.path.slice(dir.length)))
    .map((e) => e.path)
    .sort()
    .slice(0, MAX_BESIDE);
}

/** Whether a Python module beside the settings file at `path` (in its folder) imports all of it. */
async function importedBeside(path: string, tree: TreeContext, read: Read): Promise<boolean> {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const beside = tree.changedOnly
    ? PRODUCTION_MODULES.map((name) => dir + name)
    : tree.entries
        .filter((e) => e.path.startsWith(dir) && e.path !== path && e.path.endsWith('.py') && e.path.indexOf('/', dir.length) < 0 && !LOCAL_MODULE.test(e.path.slice(dir.length)))
        .map((e) => e.path);
  if (beside.length > MAX_BESIDE) return true;
  for (const p of beside) {
    const text = await read(p);
    if (text !== null && IMPORTS_SETTINGS.test(text)) return true;
  }
  return false;
}
