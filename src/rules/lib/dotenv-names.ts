import { isInterpolated } from './literal';

/**
 * Words that make a dotenv file a template meant to be committed, as a part
 * of its name (`.env.example`, `.env.local.sample`) or a word of one
 * (`.env.dev-sample`, `.env.prod.db-sample`, `.env-example`).
 */
const TEMPLATE_SUFFIXES = new Set([
  'example', 'examples', 'exemple', 'ejemplo', 'sample', 'samples', 'template', 'dist', 'default', 'defaults', 'schema',
  'tpl', 'tmpl',
]);

/** Environment names that may sit beside a template word in a name (`env.local.sample`). */
const ENV_WORDS = new Set([
  'local', 'dev', 'development', 'prod', 'production', 'staging', 'stage', 'test', 'testing', 'docker', 'ci', 'qa', 'uat',
]);

/** Whether a name part, or one of its `-`/`_` words, says template. */
function isTemplatePart(part: string): boolean {
  return TEMPLATE_SUFFIXES.has(part) || part.split(/[-_]/).some((w) => TEMPLATE_SUFFIXES.has(w));
}

/**
 * What a file name says about dotenv: `file` for `.env`, `.env.production`,
 * `prod.env`, `.envrc`, `.flaskenv`, Wrangler's `.dev.vars`; `template` for `.env.example` and its
 * kin; null for everything else. `.env.vault` is encrypted by design and
 * meant to be committed, so it is neither.
 */
export function dotenvKind(name: string): 'file' | 'template' | null {
  // Cloudflare Wrangler's `.dev.vars` and `.dev.vars.<environment>`: the secrets `wrangler dev` reads, in dotenv syntax.
  if (name.startsWith('.dev.vars')) {
    const rest = name.toLowerCase().slice(9);
    if (rest === '') return 'file';
    if (!rest.startsWith('.')) return null;
    return rest.slice(1).split('.').some(isTemplatePart) ? 'template' : 'file';
  }
  // Every other dotenv name says `env`; most names do not, and are answered without a lower-cased copy.
  if (!ENV_WORD.test(name)) return null;
  const lower = name.toLowerCase();
  if (lower === '.env' || lower === '.envrc' || lower === '.flaskenv') return 'file';
  // `env.sample`, `env-example`, `.env-sample`, `.env_example.local`: template names without the `.env.` spelling,
  // made of template and environment words only. Anything else spelled so (`env.ts`, `env-sample.sh`,
  // `env-sample.case`, `.env-prod`) is not a dotenv name.
  const bare = /^\.?env[-_.](.+)$/.exec(lower);
  if (bare && !lower.startsWith('.env.')) {
    const parts = bare[1]!.split('.');
    const words = parts.every((p) => isTemplatePart(p) || ENV_WORDS.has(p));
    return words && parts.some(isTemplatePart) ? 'template' : null;
  }
  let rest: string;
  if (lower.startsWith('.env.')) rest = lower.slice(5);
  else {
    const at = lower.indexOf('.env');
    // `<name>.env` or `<name>.env.<suffix>`, with a real name before it.
    if (at <= 0) return null;
    const after = lower.slice(at + 4);
    if (after !== '' && !after.startsWith('.')) return null;
    rest = after.slice(1);
    const base = lower.slice(0, at);
    if (base.includes('.env')) return null;
    // `example.env`, `sample.env`, Novu's `.example.env`, yagpdb's `app.example.env`: the template named the other way
    // round.
    const stem = base.startsWith('.') ? base.slice(1) : base;
    // (A part that is a template word itself: `prod.example-api.env` is the env of a service named `example-api`.)
    if (isTemplatePart(stem) || stem.split('.').some((p) => TEMPLATE_SUFFIXES.has(p))) return 'template';
  }
  if (rest === '') return 'file';
  const parts = rest.split('.');
  // Source code whose name has `env` in the middle (a Remix route, `….env.$envParam.webhooks.samples.ts`; a test's
  // `app.env.example.py`) is code, whatever words its name holds. (`.env.example.js` is a template, plain dotenv
  // lines under a name some projects give it.)
  if (!lower.startsWith('.env.') && SOURCE_EXTENSIONS.has(parts[parts.length - 1]!)) return null;
  if (parts.some(isTemplatePart)) return 'template';
  if (parts.includes('vault')) return null;
  // `.env.d.ts`-style source files and other code are not dotenv files, nor is REUSE's `.env.license`,
  // which holds the copyright and licence lines of the `.env` beside it.
  const last = parts[parts.length - 1]!;
  if (CODE_EXTENSIONS.has(last) || last === 'license') return null;
  // glific's `config/.env.dev.txt`, which its README copies to `config/.env.dev`; Ansible's `.env.j2`, rendered
  // into one: both are what a dotenv file is made from.
  if (last === 'txt' || TEMPLATE_ENGINE_EXTENSIONS.has(last)) return 'template';
  return 'file';
}

/** Extensions of template engines' files (Jinja, ERB, Handlebars, Mustache, Nunjucks, Go templates). */
const TEMPLATE_ENGINE_EXTENSIONS = new Set(['j2', 'jinja', 'jinja2', 'erb', 'hbs', 'handlebars', 'mustache', 'njk', 'gotmpl']);

const ENV_WORD = /env/i;

const CODE_EXTENSIONS = new Set([
  'js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx', 'py', 'rb', 'php', 'go', 'java', 'kt', 'rs', 'cs',
  'json', 'yml', 'yaml', 'toml', 'md', 'sh', 'ps1', 'bat', 'lock', 'map',
  // A patch holds a dotenv file's changes, not the file (open-saas's `.env.client.diff`).
  'diff', 'patch',
]);

/** Programming languages' extensions: a name that ends so is source code, never a dotenv file nor its template. */
const SOURCE_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx', 'py', 'rb', 'php', 'go', 'java', 'kt', 'rs', 'cs', 'vue', 'svelte', 'astro']);

export function isDotenvName(name: string): boolean {
  return dotenvKind(name) !== null;
}

export interface DotenvEntry {
  key: string;
  value: string;
  line: number;
  /** 1-based column where the value starts. */
  column: number;
  /**
   * Written in single quotes: literal to every dotenv loader (Compose,
   * python-dotenv, phpdotenv, the dotenv gem), so a `$` there expands nothing.
   */
  literal?: true;
}

/** Parses `KEY=value`, `export KEY=value` and `KEY: value` lines; quotes are removed. */
export function parseDotenv(text: string): DotenvEntry[] {
  const out: DotenvEntry[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length > 8192) continue;
    const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.\-]*)(\s*[=:]\s*)(.*)$/.exec(raw);
    if (!m) continue;
    let value = m[4]!;
    let column = m[1]!.length + m[2]!.length + m[3]!.length + 1;
    // `SECRET_KEY_BASE= # Generate with mix phx.gen.secret`: a `#` after a space and before one starts a comment,
    // even where the value would start; the value is empty. (`KEY= #q8Zr…` is a value to python-dotenv.)
    if (/^#(?:\s|$)/.test(value) && /\s$/.test(m[3]!)) value = '';
    const q = value[0];
    if (q === '"' || q === "'" || q === '`') {
      const close = value.indexOf(q, 1);
      value = close > 0 ? value.slice(1, close) : value.slice(1);
      column += 1;
    } else {
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash);
      value = value.trimEnd();
    }
    out.push({ key: m[2]!, value, line: i + 1, column, ...(q === "'" ? { literal: true as const } : {}) });
  }
  return out;
}

/**
 * A value that refers to another variable rather than holding one:
 * `${API_TOKEN}`, `$API_TOKEN`, `%env(APP_SECRET)%`, `{{ secret }}`. A `$`
 * inside a value (`Zx8!qL2$wK7^nB3&`) is part of a random secret, not a
 * lookup, so the shell rule for bare `$NAME` applies only at the start.
 * A `literal` (single-quoted) value refers to nothing.
 */
export function isEnvReference(value: string, literal = false): boolean {
  if (literal) return false;
  // `js` keeps the `${…}`, `{{…}}` and loader checks and drops the bare-`$NAME` one.
  return isInterpolated(value, 'js') || /^\$[A-Za-z_{(]/.test(value);
}
