import { indentOf, type Line } from '../../core/text';
import type { ContextName } from '../../core/types';
import type { Lang } from './filetype';
import { lowerSnake } from './phrase';
import { clauseGuard, conditionOf, ENV_CASE, guardOf, withoutTrailingComment } from './env-conditions';
import { scanLineCode } from './comments';

/** A part of a file whose context its path cannot tell: the `test:` block of `secrets.yml`, a pytest table. */
export interface Section {
  context: ContextName;
  /** Why, for the message: `test section`, `pytest environment`. */
  why: string;
}

/**
 * The sections a line can sit in, by code. Dockerfile instructions are codes
 * too: whether a value in a `RUN` line is build-only depends on where it
 * stands in the line, which the caller decides.
 */
const NONE = 0;
const DEV_BLOCK = 1;
const TEST_BLOCK = 2;
const DEV_PROFILE = 3;
const TEST_PROFILE = 4;
const CI_PROFILE = 5;
const PYTEST = 6;
const TOX = 7;
const PHPUNIT = 8;
const BUILD_ARGS = 9;
export const DOCKER_RUN = 10;
export const DOCKER_ARG = 11;
const DEV_SERVICE = 12;
const DEV_CLASS = 13;
const TEST_CLASS = 14;
const CI_CLASS = 15;
const RUST_TEST_MODULE = 16;
const GO_TEST_BUILD = 17;
const GO_TEST_HELPER = 18;
const DEV_BRANCH = 19;
const JS_TEST_FILE = 20;
const OPENAPI_EXAMPLE = 21;
const DOCKER_BUILD_STAGE = 22;
const DEV_HEADER = 23;
const DJANGO_LOCAL = 24;
const MARKDOWN_SNIPPET = 25;
const DEV_STACK = 26;
const DOCS_HEADER = 27;
/** What a compose service named for tests (or of a project named for them) gives its lines as the reason. */
export const TEST_SERVICE_WHY = 'compose service named for tests';
const TEST_SERVICE = 28;
const TEST_BRANCH = 29;
/** Why a Django `settings.py` is development's (see `servesOnlyThisMachine`); `reviseOverridden` looks for it. */
export const DJANGO_LOCAL_WHY = 'Django settings that serve only this machine (`DEBUG = True`, `ALLOWED_HOSTS = []`)';

const SECTIONS: readonly (Section | null)[] = [
  null,
  { context: 'development', why: 'development section' },
  { context: 'test', why: 'test section' },
  { context: 'development', why: 'development profile' },
  { context: 'test', why: 'test profile' },
  { context: 'ci', why: 'CI profile' },
  { context: 'test', why: 'pytest environment' },
  { context: 'test', why: 'tox test environment' },
  { context: 'test', why: 'PHPUnit environment' },
  { context: 'build', why: 'build argument' },
  null, // DOCKER_RUN: decided by the caller
  { context: 'build', why: 'build argument default' },
  { context: 'development', why: "compose service set up for development" },
  { context: 'development', why: 'development settings class' },
  { context: 'test', why: 'test settings class' },
  { context: 'ci', why: 'CI settings class' },
  { context: 'test', why: 'Rust test module' },
  { context: 'test', why: 'Go file built only for tests' },
  { context: 'test', why: 'Go test helper' },
  { context: 'development', why: 'branch behind a development check' },
  { context: 'test', why: 'file that imports a test framework' },
  { context: 'example', why: 'example in an OpenAPI document' },
  { context: 'build', why: 'build stage the final image does not derive from' },
  { context: 'development', why: 'file whose opening comment says it is for development' },
  { context: 'development', why: DJANGO_LOCAL_WHY },
  { context: 'docs', why: 'code snippet in Markdown text in a YAML block' },
  { context: 'development', why: 'compose stack that runs this checkout\'s source as it is edited: a service built here has the checkout mounted into it' },
  { context: 'docs', why: 'file whose opening comment says it is for documentation only' },
  { context: 'test', why: TEST_SERVICE_WHY },
  { context: 'test', why: 'branch behind a check that tests are running' },
];

/** The section a code stands for, or null. */
export function sectionOf(code: number): Section | null {
  return SECTIONS[code] ?? null;
}

const cache = new WeakMap<readonly Line[], Uint8Array | null>();

/**
 * The section code of each line (by index) of a file in `lang`, or null when
 * the syntax has no sections we know. One pass over the lines, done once per
 * file and only when a value is about to be reported.
 */
export function sectionCodes(lines: readonly Line[], lang: Lang): Uint8Array | null {
  if (cache.has(lines)) return cache.get(lines)!;
  let codes: Uint8Array | null;
  switch (lang) {
    case 'yaml':
      codes = yamlSections(lines);
      break;
    case 'toml':
    case 'ini':
      codes = tableSections(lines, lang);
      break;
    case 'xml':
      codes = phpunitSections(lines);
      break;
    case 'dockerfile':
      codes = dockerInstructions(lines);
      break;
    case 'python':
      codes = merged(pythonClasses(lines), pythonBranches(lines));
      break;
    case 'ruby':
    case 'elixir':
      codes = endBranches(lines, lang);
      break;
    case 'js':
      codes = jsTestFile(lines) ?? jsBranches(lines);
      break;
    case 'rust':
      codes = rustTestModules(lines);
      break;
    case 'properties':
      codes = propertiesProfiles(lines);
      break;
    case 'go':
      codes = goTestFile(lines);
      break;
    default:
      codes = null;
  }
  cache.set(lines, codes);
  return codes;
}

/**
 * The section a whole file is when its opening comment says it is for development or documentation only (see
 * `openingCommentSays`)
 * and its path says nothing of production or another deployment; null otherwise.
 */
export function openingCommentFile(path: string, lines: readonly Line[]): Section | null {
  if (PRODUCTION_PATH.test(path)) return null;
  const says = openingCommentSays(lines, CONFIGURATION_FORMAT.test(path));
  return says === 0 ? null : SECTIONS[says]!;
}

/**
 * The section a whole shell script (`*.sh`, `*.bash`) is when one of its commands runs a development server or
 * watcher (Lemmy's `scripts/install.sh` runs `pnpm dev` and `cargo watch`; `npm run dev`, `runserver`, `nodemon`,
 * `flask run`), and its path says nothing of production or another deployment; null otherwise. What it exports is
 * for that server. A command, not a comment or what `echo` prints.
 */
export function developmentScript(path: string, lines: readonly Line[]): Section | null {
  if (PRODUCTION_PATH.test(path) || !/\.(?:sh|bash)$/.test(path)) return null;
  for (const { text, offset } of lines) {
    if (offset !== 0 || text.length > 400) continue;
    const code = commandText(text);
    if (code !== '' && DEV_SERVER_COMMAND.test(code)) return DEV_SCRIPT_SECTION;
  }
  return null;
}
const DEV_SCRIPT_SECTION: Section = { context: 'development', why: 'script that runs a development server' };

/**
 * The section of a shell script named for generating code or a specification from the application (svix's
 * `generate-openapi.sh`, `gen-types.sh`, `codegen.sh`): what it exports is a stand-in that lets the application start
 * far enough to print its schema, as a build's is. Null for other scripts.
 */
export function generatorScript(path: string): Section | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return GENERATOR_SCRIPT.test(name) && !PRODUCTION_PATH.test(path) ? GENERATOR_SCRIPT_SECTION : null;
}
/** `codegen.sh`, or `generate-` and only words for what is generated: `generate-openapi-spec.sh`, not `generate-api-keys.sh`. */
const GENERATOR_SCRIPT =
  /^(?:codegen|(?:re)?gen(?:erate)?(?:[-_](?:openapi|swagger|schemas?|types|clients?|sdks?|docs|api|specs?|graphql|protos?|models|bindings|json|yaml|ts)){1,4})\.(?:sh|bash)$/i;
const GENERATOR_SCRIPT_SECTION: Section = { context: 'build', why: 'script that generates code or a specification' };

/**
 * The section a whole compose file is when it is the developers' stack: a service built from this checkout with the
 * checkout itself mounted over its code runs the source as it is edited (shlink's root `docker-compose.yml` builds
 * its PHP services from `data/infra/*.Dockerfile` and mounts `./`), its databases and brokers included. Not when the
 * path names production or another deployment, nor when anything in the file sets a production mode
 * (`NODE_ENV: production`, `${RAILS_ENV:-production}`, `target: production`, `settings.production`, an
 * `env_file:` for production). The checkout is `.` beside a compose file at its top, `..` one folder down.
 */
export function developmentStack(path: string, lines: readonly Line[]): Section | null {
  if (PRODUCTION_PATH.test(path) || !/\.ya?ml$/.test(path)) return null;
  const depth = path.split('/').length - 1;
  if (depth > 3) return null;
  const root = depth === 0 ? '.' : Array.from({ length: depth }, () => '..').join('/');
  let inServices = false;
  let serviceIndent = -1;
  let childIndent = -1;
  let volumesIndent = -1;
  let builds = false;
  let mounts = false;
  let found = false;
  for (const line of lines) {
    if (line.offset > 0) continue;
    const t = line.text;
    if (t.length > 1024) continue;
    if (PRODUCTION_SIGNAL.test(t)) return null;
    if (found) continue;
    const trimmed = t.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = t.length - trimmed.length;
    if (indent === 0) {
      inServices = /^services\s*:\s*(?:#.*)?$/.test(t);
      serviceIndent = -1;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent <= serviceIndent) {
      // A new service: the one before it is done.
      builds = mounts = false;
      childIndent = volumesIndent = -1;
      continue;
    }
    if (childIndent < 0) childIndent = indent;
    // YAML lets a list's items sit at their key's own indentation (`volumes:` / `- ./:/app`).
    const sameIndentItem = indent === volumesIndent && trimmed.startsWith('- ');
    if (indent === childIndent && !sameIndentItem) {
      volumesIndent = /^volumes\s*:\s*(?:#.*)?$/.test(trimmed) ? indent : -1;
      if (/^["']?build["']?\s*:/.test(trimmed)) builds = true;
    } else if (volumesIndent >= 0 && indent >= volumesIndent && mountsCheckout(trimmed, root, depth === 0)) {
      mounts = true;
    }
    if (builds && mounts) found = true;
  }
  return found ? SECTIONS[DEV_STACK]! : null;
}

/** Whether a `volumes:` line of a service mounts the checkout (`root`, relative to the compose file) into it. */
function mountsCheckout(trimmed: string, root: string, atTop: boolean): boolean {
  const long = /^(?:-\s+)?source\s*:\s*["']?([^"'\s#]+)/.exec(trimmed);
  let host: string;
  if (long !== null) host = long[1]!;
  else {
    if (!trimmed.startsWith('- ')) return false;
    const v = trimmed.slice(2).trim().replace(/^["']/, '');
    const colon = v.indexOf(':');
    if (colon <= 0) return false;
    host = v.slice(0, colon);
  }
  host = host.endsWith('/') && host.length > 1 ? host.slice(0, -1) : host;
  if (host === './.' || host === '.') host = '.';
  return host === root || (root.startsWith('..') && host === `./${root}`) || (atTop && (host === '${PWD}' || host === '$PWD'));
}

/**
 * What says a compose file runs in production: a mode set to it (`NODE_ENV: production`, `- APP_ENV=prod`,
 * `RAILS_ENV: ${RAILS_ENV:-production}`, `SPRING_PROFILES_ACTIVE: prod`), a production build stage (`target:
 * production`), production settings (`app.settings.production`), a production dotenv file (`.env.production`,
 * `prod.env`).
 */
const PRODUCTION_SIGNAL =
  /(?:ENV|ENVIRONMENT|DEPLOYMENT|STAGE|PROFILES?_ACTIVE|_MODE)(?:_TYPE)?["']?[ \t]*[:=][ \t]*["']?(?:\$\{[A-Za-z_]\w{0,63}:?-)?(?:prod|production)\b|\btarget[ \t]*:[ \t]*["']?(?:prod|production)\b|\bsettings\.(?:prod|production)\b|\.env\.(?:prod|production)\b|\b(?:prod|production)\.env\b/i;
/**
 * A development server or watcher run, as a command: Django's `runserver`, `nodemon`, `npm run dev` and its kin,
 * `flask run`, `bin/dev`, `cargo watch` (the first of `DEV_SIGNAL`'s words, but not `--reload`, which `firewall-cmd`
 * and `udevadm` take too, nor `rails s`, which production entrypoints run).
 */
const DEV_SERVER_COMMAND = /(?:^|[\s;&|(])(?:runserver|nodemon|npm run dev|yarn dev|pnpm dev|flask run|bin\/dev|cargo watch)(?![\w:-])/;

/** A shell line's commands without its comment and its quoted strings; empty for a comment, or a line that prints. */
function commandText(line: string): string {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || /^(?:echo|printf|cat|log|info|warn|say)\b/.test(t)) return '';
  // `#` starts the comment, as in Python (a `${#var}` cut short only hides a command).
  const { comment } = scanLineCode(t, 'python');
  return (comment >= 0 ? t.slice(0, comment) : t).replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
}

/**
 * The section of Django's own keys (`SECRET_KEY`, its fallbacks, simplejwt's `SIGNING_KEY`) in a `settings.py` that
 * serves only this machine (`servesOnlyThisMachine`); null elsewhere. A provider's secret in the same file works from
 * anywhere, whatever the hosts Django answers.
 */
export function localDjangoSettings(path: string, lines: readonly Line[]): Section | null {
  if (PRODUCTION_PATH.test(path) || !(path === 'settings.py' || path.endsWith('/settings.py'))) return null;
  return servesOnlyThisMachine(lines) ? SECTIONS[DJANGO_LOCAL]! : null;
}

/** `DEBUG = True` at the start of a line, a comment after it at most. */
const DEBUG_TRUE = /^DEBUG[ \t]*=[ \t]*True[ \t]*(?:#.*)?$/;
const EMPTY_HOSTS = /^ALLOWED_HOSTS[ \t]*=[ \t]*\[[ \t]*\][ \t]*(?:#.*)?$/;
/** A line that sets `DEBUG` (`DEBUG = …`, `DEBUG: bool = …`), at any indentation. */
const SETS_DEBUG = /^[ \t]*DEBUG[ \t]*(?::[^=]{0,40})?=(?!=)/;
/** What may set settings that this file does not show: another module's names (`from .local import *`), `exec`. */
const OTHER_SETTINGS = /^[ \t]*from[ \t]+\S+[ \t]+import[ \t]+\*|\b(?:exec|execfile|include|optional)[ \t]*\(|\b(?:globals|locals|vars)[ \t]*\(\)|\bimportlib\b|\b__import__\b|\bdjango_(?:on_)?heroku\b/;


/**
 * Django settings as `startproject` writes them, which serve only this machine: `DEBUG = True`, and `ALLOWED_HOSTS =
 * []`, which with `DEBUG` on admits `localhost`, `127.0.0.1` and `[::1]` alone (Django 1.8.16, 1.9.11, 1.10.3 and
 * later answer 400 to any other host; a file that sets `TEMPLATE_DEBUG`, as Django 1.7 and before wrote them, is left
 * alone). Each set once, as written, and nothing in
 * the file that may set them otherwise: no star import of other settings (`from .local_settings import *`), no `exec`,
 * no django-split-settings `include()`, nothing given the module's names (`django_heroku.settings(locals())`, which
 * admits every host). A deployment needs another file (or these lines changed), so a key in this one is the
 * development server's, unless a module beside it imports it for production (`reviseOverridden`).
 */
function servesOnlyThisMachine(lines: readonly Line[]): boolean {
  let debug = 0;
  let hosts = 0;
  let fixed = 0;
  for (const line of lines) {
    const t = line.text;
    if (line.offset > 0 || t.length > 400) continue;
    // Django 1.7 and before never check hosts while `DEBUG` is on (1.8, 1.9 and 1.10 do from 1.8.16, 1.9.11 and 1.10.3).
    // Their settings set `TEMPLATE_DEBUG`, which 1.8 deprecated; their `startproject` wrote no version.
    if (t.startsWith('TEMPLATE_DEBUG')) return false;
    if (t.includes('DEBUG') && SETS_DEBUG.test(t)) {
      debug++;
      if (DEBUG_TRUE.test(t)) fixed++;
    }
    if (t.includes('ALLOWED_HOSTS') && !/^[ \t]*#/.test(t)) {
      hosts++;
      if (EMPTY_HOSTS.test(t)) fixed++;
    }
    if (OTHER_SETTINGS.test(t) && !/^[ \t]*#/.test(t)) return false;
  }
  return debug === 1 && hosts === 1 && fixed === 2;
}
/** A path that names production or another deployment: `docker-compose.prod.yml`, `config/environments/production.rb`. */
const PRODUCTION_PATH = /(?:^|[\/._-])(?:prod|production|staging|stage|live|release)(?:[\/._-]|$)/i;

/** A line of comment, in any of the syntaxes sections are read in: the marker, then the comment's text (group 1). */
const COMMENT_LINE = /^\s*(?:#+|\/\/+|;+|--|\/?\*+|<!--)\s*(.*)$/;
/**
 * What a file's opening comment says of the file when it is for development only: JHipster's compose files ("This
 * configuration is intended for development purpose, it's your responsibility to harden it for production"), and a
 * comment that starts "For local development only", "Development only", "For test and development only, do not use in
 * production" (PhotoPrism's compose files), "Do not use this file in production", "Not for production". Not a
 * sentence about something else (`Its -dev flag is for development only`, `Not for production: the mailpit service
 * below …`), nor one that names another deployment beside development (`intended for development, staging and
 * production`).
 */
/** Where a development-only sentence must end: no clause about something else after it. */
const SENTENCE_END = String.raw`(?:[.!,;]|[\s#*=-]*$)`;
const FILE_FOR_DEVELOPMENT = String.raw`^(?:this|the) (?:file|configuration|config|setup|stack|compose file|docker-compose file|image|settings?|environment) (?:is|are) (?:only |meant |intended |designed |made )*(?:for|to be used (?:for|in)) (?:local )?development(?: purposes?| use| only)?\b(?!(?: purposes?| use| only)?[,/ ]*(?:and|or|staging|production|prod)\b)`;
/** Past the first lines of a long opening comment, only a sentence whose subject is the file says it of the file. */
const FILE_SAYS_DEVELOPMENT = new RegExp(FILE_FOR_DEVELOPMENT, 'i');
const DEVELOPMENT_ONLY = new RegExp(
  FILE_FOR_DEVELOPMENT +
    '|' +
    String.raw`^(?:for )?(?:local )?(?:(?:test|testing) and )?development(?: and (?:test|testing))?(?: purposes| use)? only(?:[.!,;]|$)|^(?:do not|don't|never) use(?: this| it)?(?: file| configuration| config| setup| stack| compose file)? (?:in|for) production${SENTENCE_END}|^not (?:meant |intended |suitable |safe )?for production${SENTENCE_END}`,
  'i',
);
/**
 * What the opening comment of a configuration file says when it documents a format and nothing loads it: Ory's
 * reference configurations ("This configuration file is for documentation purposes only. Do not use it in
 * production."). The sentence may follow another on its line (`!!WARNING!! This …`); its subject is the file.
 */
const DOCUMENTATION_ONLY = new RegExp(
  String.raw`(?:^|[.!] +)(?:this|the) (?:file|configuration|config|configuration file|config file) (?:is|are) (?:only |meant |intended |provided )*for (?:documentation|reference)(?: purposes?)? only${SENTENCE_END}`,
  'i',
);
/** Formats of configuration and data, where a file may be one that documents a format: not code, which runs. */
const CONFIGURATION_FORMAT = /\.(?:ya?ml|json|jsonc|toml|ini|cfg|conf|properties|xml|hcl|env)$/i;

/** Every sentence above names development, production, documentation or a reference. */
const NAMES_A_STAGE = /development|production|documentation|reference/i;

/**
 * What the comments a file opens with (up to its 80th line, before any other) say it is: for development only
 * (`DEV_HEADER`), documentation only (`DOCS_HEADER`, a configuration file's first lines only), or nothing of the
 * kind (0).
 */
function openingCommentSays(lines: readonly Line[], configuration: boolean): number {
  // The whole opening comment, however long its preamble (JHipster's compose files say it after 20 lines of usage).
  for (let idx = 0; idx < lines.length && idx < OPENING_COMMENT_LINES; idx++) {
    const t = lines[idx]!.text;
    if (t.trim() === '' || t.startsWith('---') || t.startsWith('#!')) continue;
    if (t.length > 400) return 0;
    const comment = COMMENT_LINE.exec(t);
    if (comment === null) return 0;
    // Every such sentence names a stage or documentation: the large expressions below are compiled only for a
    // comment that does (V8 compiles a regular expression when first run, about 2 ms for these).
    if (!NAMES_A_STAGE.test(comment[1]!)) continue;
    if (configuration && idx < SHORT_OPENING_LINES && DOCUMENTATION_ONLY.test(comment[1]!)) return DOCS_HEADER;
    // A long header's later lines may speak of one service ("Not for production: the mailpit service below …").
    if ((idx < SHORT_OPENING_LINES ? DEVELOPMENT_ONLY : FILE_SAYS_DEVELOPMENT).test(comment[1]!)) return DEV_HEADER;
  }
  return 0;
}

/** How far an opening comment is read for what it says of the file. */
const OPENING_COMMENT_LINES = 80;
/** The first lines of an opening comment, where any of its development-only sentences speaks for the file. */
const SHORT_OPENING_LINES = 20;

/** Top-level blocks of env-keyed YAML (Rails `secrets.yml`, `database.yml`). */
const ENV_BLOCKS: Record<string, number> = { development: DEV_BLOCK, test: TEST_BLOCK };

/** Spring profile names, by the context they stand for. */
const PROFILES: Record<string, number> = {
  dev: DEV_PROFILE,
  development: DEV_PROFILE,
  local: DEV_PROFILE,
  test: TEST_PROFILE,
  tests: TEST_PROFILE,
  testing: TEST_PROFILE,
  ci: CI_PROFILE,
};

const YAML_KEY = /^(?:-\s+)?["']?([A-Za-z0-9_.\-]{1,100})["']?\s*:(?:\s|$)/;

interface YamlKey {
  indent: number;
  key: string;
  /** The key opens a block (nothing after its colon), so a `- ` item at its own indentation is its child. */
  open: boolean;
}

/** The keys of an OpenAPI (or Swagger) document whose values are examples for its readers. */
const OPENAPI_EXAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'x-examples']);

/**
 * YAML, in one pass with a stack of the keys above each line: the top-level
 * `development:` and `test:` blocks of env-keyed files, compose
 * `build: args:`, documents that a Spring profile (`on-profile: dev`,
 * or the older `spring.profiles: dev`) activates, and the `example:` and
 * `examples:` values of an OpenAPI document (one whose top level gives the
 * `openapi:` or `swagger:` version).
 */
function yamlSections(lines: readonly Line[]): Uint8Array | null {
  const codes = new Uint8Array(lines.length);
  const services = new ComposeServices(lines.length);
  const stack: YamlKey[] = [];
  let docStart = 0;
  let docProfile = NONE;
  let openApi = false;
  const examples: number[] = [];
  let any = false;
  const endDocument = (end: number) => {
    if (openApi) {
      for (const k of examples) if (codes[k] === NONE) codes[k] = OPENAPI_EXAMPLE;
      any ||= examples.length > 0;
    }
    openApi = false;
    examples.length = 0;
    if (docProfile === NONE) return;
    for (let k = docStart; k < end; k++) if (codes[k] === NONE) codes[k] = docProfile;
    any = true;
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    // The later windows of a long line belong with its first.
    if (line.offset > 0) {
      codes[idx] = idx > 0 ? codes[idx - 1]! : NONE;
      if (examples[examples.length - 1] === idx - 1) examples.push(idx);
      continue;
    }
    const t = line.text;
    if (t.startsWith('---') || t.startsWith('...')) {
      endDocument(idx);
      docStart = idx + 1;
      docProfile = NONE;
      stack.length = 0;
      continue;
    }
    let indent = 0;
    while (indent < t.length && (t[indent] === ' ' || t[indent] === '\t')) indent++;
    if (indent >= t.length || t[indent] === '#') {
      codes[idx] = idx > 0 ? codes[idx - 1]! : NONE;
      continue;
    }
    const item = t[indent] === '-' && (t[indent + 1] === ' ' || t[indent + 1] === undefined);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.indent < indent || (top.indent === indent && item && top.open)) break;
      stack.pop();
    }
    const code = yamlCode(stack);
    codes[idx] = code;
    if (code !== NONE) any = true;
    services.line(idx, stack, t);
    const m = YAML_KEY.exec(t.slice(indent, indent + 110));
    if (stack.some((k) => OPENAPI_EXAMPLE_KEYS.has(k.key)) || (m && OPENAPI_EXAMPLE_KEYS.has(m[1]!))) examples.push(idx);
    if (!m) continue;
    const key = m[1]!;
    // `openapi: 3.1.0`, `swagger: "2.0"`: the version of the specification (a `swagger:` section of settings is none).
    if (indent === 0 && (key === 'openapi' || key === 'swagger') && /^["']?\d+(?:\.\d+){0,2}["']?[ \t]*(?:#.*)?$/.test(t.slice(indent + m[0].length).trimStart())) openApi = true;
    const rest = t.slice(indent + m[0].length).trim();
    if (rest !== '' && !rest.startsWith('#') && (key.endsWith('on-profile') || key.endsWith('profiles'))) {
      const path = stack.map((k) => k.key).concat(key).join('.');
      if (path === 'spring.config.activate.on-profile' || path === 'spring.profiles') docProfile = profileCode(rest);
    }
    // A list item's keys sit where its content starts.
    const keyIndent = item ? indent + m[0].length - m[0].replace(/^-\s+/, '').length : indent;
    stack.push({ indent: keyIndent, key, open: rest === '' || rest.startsWith('#') });
  }
  endDocument(lines.length);
  if (services.mark(codes)) any = true;
  if (markdownSnippets(lines, codes)) any = true;
  return any ? codes : null;
}

/** A key or a list item that opens a block scalar: `description: |`, `nextSteps: >-`, `- |`. */
const BLOCK_SCALAR_OPENER = /^([ \t]*)(?:-[ \t]+|(-[ \t]+)?["']?[^\s"'#][^"'#]*?["']?[ \t]*:[ \t]+)[|>](?:[-+]?[1-9]?|[1-9][-+])[ \t]*(?:#.*)?$/;
/** A Markdown code fence: three backticks or tildes, then a language's name or nothing. */
const CODE_FENCE = /^[ \t]*(?:```|~~~)/;

/**
 * The lines inside Markdown code fences in a YAML block scalar (`description: |`, a recipe's `nextSteps: |`, an
 * OpenAPI `description`): a code sample in text meant for a reader, as in a Markdown file. Marked `MARKDOWN_SNIPPET`
 * where no other section is; true when any was. A scalar holding no fence (a script, a file's content) is not.
 */
function markdownSnippets(lines: readonly Line[], codes: Uint8Array): boolean {
  let marked = false;
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    const m = lines[idx]!.offset !== 0 || t.length > 400 ? null : BLOCK_SCALAR_OPENER.exec(t);
    if (m === null) continue;
    // A list item's key (`- run: |`) stands after its dash: the item's other keys are no deeper than it.
    const opener = m[1]!.length + (m[2]?.length ?? 0);
    let inFence = false;
    let k = idx + 1;
    for (; k < lines.length; k++) {
      const u = lines[k]!.text;
      if (lines[k]!.offset !== 0) {
        if (inFence && codes[k] === NONE) codes[k] = MARKDOWN_SNIPPET;
        continue;
      }
      const i = indentOf(u);
      // The scalar ends at the first line that holds something and is no deeper than its key.
      if (i < u.length && i <= opener) break;
      if (CODE_FENCE.test(u)) {
        inFence = !inFence;
        continue;
      }
      if (inFence && codes[k] === NONE) {
        codes[k] = MARKDOWN_SNIPPET;
        marked = true;
      }
    }
    idx = k - 1;
  }
  return marked;
}

/** A Ruby heredoc's opener: `<<~MD`, `<<-SQL`, `<<~'EOS'` (the delimiter, quoted or not, in group 2). */
const HEREDOC_OPENER = /<<[~-]?(["'`]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
/** Delimiters that say a heredoc holds Markdown. */
const MARKDOWN_DELIMITERS: ReadonlySet<string> = new Set(['MD', 'MARKDOWN']);
const MARKDOWN_HEREDOC_SECTION: Section = { context: 'docs', why: 'Markdown text in a heredoc' };

/**
 * The section of each line (by index) of a Ruby file that is the body of a heredoc named for Markdown
 * (`description <<~MD`, Huginn's agents' help pages; Thor's `long_desc <<~MARKDOWN`): text for readers, as a Markdown
 * file is, where an example's URL or login is shown, not used. Several heredocs opened on one line follow one another
 * in order (`send(<<~SQL, <<~MD)`); an opener in a comment or inside a string opens none. Null when there is none.
 */
export function markdownHeredocs(lines: readonly Line[]): (Section | null)[] | null {
  let out: (Section | null)[] | null = null;
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (lines[idx]!.offset !== 0 || t.length > 400 || !t.includes('<<')) continue;
    const openers: string[] = [];
    HEREDOC_OPENER.lastIndex = 0;
    for (let m = HEREDOC_OPENER.exec(t); m !== null; m = HEREDOC_OPENER.exec(t)) {
      const inside = scanLineCode(t, 'ruby', m.index);
      if (inside.comment >= 0) break;
      if (!inside.inString) openers.push(m[2]!);
    }
    if (!openers.some((d) => MARKDOWN_DELIMITERS.has(d))) continue;
    // Each body runs to the line that holds its delimiter alone; the next starts below it.
    let k = idx + 1;
    for (const delimiter of openers) {
      const from = k;
      while (k < lines.length && !(lines[k]!.offset === 0 && lines[k]!.text.trim() === delimiter)) k++;
      if (k >= lines.length) return out;
      if (MARKDOWN_DELIMITERS.has(delimiter)) for (let j = from; j < k; j++) (out ??= new Array<Section | null>(lines.length).fill(null))[j] = MARKDOWN_HEREDOC_SECTION;
      k++;
    }
    idx = k - 1;
  }
  return out;
}

/**
 * What a compose service runs when it is for developers: a framework's
 * development server or reloader, a server's own development mode (Ory's `serve --dev`, Vault's `server -dev`,
 * Keycloak's `start-dev`), development settings, debug mode (or the
 * development database, `DATABASE_NAME`; or a name for this machine only,
 * `LOCAL_HOST_LINE`). Production stacks run gunicorn, puma or `node server.js`
 * with debug off.
 */
const DEV_SIGNAL =
  /\b(?:runserver|nodemon|npm run dev|yarn dev|pnpm dev|flask run|rails s(?:erver)?|bin\/dev|start-dev)\b|--reload\b|(?:^|[\s"'[,])--?dev(?=$|[\s"',\]])|\bsettings\.(?:dev|devel|development|local)\b|(?:^|[\s"'-])_?(?:[A-Z][A-Z0-9]*_)*(?:ENV|ENVIRONMENT|DEPLOYMENT|STAGE)(?:_TYPE)?["']?\s*[:=]\s*["']?(?:dev|development|local)\b|\b(?:DJANGO_)?DEBUG["']?\s*[:=]\s*["']?(?:1|true|on|yes)\b/i;

/**
 * The database a service uses, named as Rails (`app_development`) and Phoenix (`app_dev`) name the development one:
 * `POSTGRES_DB: app_dev`, `DATABASE_NAME: ${DATABASE_NAME:-app_dev}`. Group 1 is the name, checked for its suffix.
 */
const DATABASE_NAME = /\b(?:POSTGRES_DB|DATABASE_NAME|DB_NAME|DB_DATABASE|MYSQL_DATABASE|MARIADB_DATABASE)["']?[ \t]*[:=][ \t]*["']?(?:\$\{[A-Za-z_]\w{0,63}:?-)?([\w-]{1,64})/;
const DEV_DATABASE_SUFFIX = /_(?:dev|development)$/i;

/**
 * `&name` after a key or an item (`x-env: &env`, `environment: &app-env`) and `*name` as a value or an item
 * (`<<: *env`, `- *env`, `<<: [*a, *b]`): YAML's anchors and aliases, as compose files share a fragment's settings.
 */
const YAML_ANCHOR = /(?:^|[\s:-])&([\w.-]{1,64})(?=\s|$)/g;
const YAML_ALIAS = /(?:^|[\s:[{,-])\*([\w.-]{1,64})(?=[\s,\]}]|$)/g;
/** A key whose whole value is an alias, not a merge: `environment: *env`. */
const WHOLE_ALIAS = /^\s*["']?(?!<<)[\w.-]{1,64}["']?\s*:\s*\*([\w.-]{1,64})\s*$/;

/**
 * The services of a compose file (`services:` at the top level), and which
 * of them are for development: a value in such a service is development
 * configuration wherever the file sits (`docker-compose.yml` is often the
 * developers' stack, with production elsewhere). A top-level `x-*` fragment
 * that services merge (`x-env: &env` and `<<: *env`) is development when
 * every service that merges it is, or when it says so itself and no service
 * merges it; a service whose whole `environment:` it is runs in its mode.
 */
class ComposeServices {
  private readonly of: Int32Array;
  private readonly dev: boolean[] = [];
  /**
   * Per service, whether its name says it serves tests (`authjs-docker-test`, `app_e2e`, `test-db`), whether a key of
   * compose's own sits right under it (`image:`, `build:`, `environment:`: a compose service, not an application's
   * settings under a `services:` key), whether it runs in production mode, and whether it anchors a mapping that
   * another service may take (`environment: &env`).
   */
  private readonly test: boolean[] = [];
  private readonly composeKeys: boolean[] = [];
  private readonly production: boolean[] = [];
  private readonly anchoring: boolean[] = [];
  private current = -1;
  private currentName = '';
  /** The project named for tests by its top-level `name:`. */
  private projectTest = false;
  /**
   * Per line, the innermost fragment it belongs to (-1: none): a top-level `x-*` block, or a mapping anchored inside
   * one (`x-envs:` / `  prod: &prod`), which counts on its own. Per fragment, its own signal, the fragment it sits
   * in (-1: none) and the indentation of its first line; the fragments open at the line being read.
   */
  private readonly fragmentOf: Int32Array;
  private readonly fragmentDev: boolean[] = [];
  private readonly fragmentParent: number[] = [];
  private readonly fragmentIndent: number[] = [];
  private readonly open: number[] = [];
  private readonly anchors = new Map<string, number>();
  /** Per service, the anchors its lines name, and those whose whole mapping it takes (`environment: *env`). */
  private readonly aliases: string[][] = [];
  private readonly whole: string[][] = [];

  constructor(n: number) {
    this.of = new Int32Array(n).fill(-1);
    this.fragmentOf = new Int32Array(n).fill(-1);
  }

  line(idx: number, stack: readonly YamlKey[], text: string): void {
    const fragment = stack.length === 0 ? text.startsWith('x-') : stack[0]!.indent === 0 && stack[0]!.key.startsWith('x-');
    if (fragment) {
      let indent = 0;
      while (indent < text.length && text[indent] === ' ') indent++;
      if (stack.length === 0) {
        this.open.length = 0;
        this.open.push(this.newFragment(-1, -1));
      }
      // A mapping anchored inside the block ends where the indentation comes back to its own.
      while (this.open.length > 1 && this.fragmentIndent[this.open[this.open.length - 1]!]! >= indent) this.open.pop();
      if (this.open.length === 0) return;
      let f = this.open[this.open.length - 1]!;
      if (text.includes('&')) {
        for (const m of text.slice(0, 1024).matchAll(YAML_ANCHOR)) {
          // The block's own anchor (`x-env: &env`) names the block; one further in, the mapping it opens.
          if (stack.length > 0 && this.open.length < 64) {
            f = this.newFragment(f, indent);
            this.open.push(f);
          }
          this.anchors.set(m[1]!, f);
        }
      }
      this.fragmentOf[idx] = f;
      if (!this.fragmentDev[f] && text.length <= 1024 && isDevSignal(text)) this.fragmentDev[f] = true;
      return;
    }
    // The project's own name, at the top level (supabase-py's `name: auth-tests`): a stack named for tests.
    if (stack.length === 0 && text.startsWith('name:')) {
      const project = /^name:[ \t]*["']?([\w.-]{1,80})/.exec(text)?.[1];
      if (project !== undefined && TEST_SERVICE_NAME.test(project)) this.projectTest = true;
    }
    if (stack.length === 0 || stack[0]!.key !== 'services' || stack[0]!.indent !== 0) {
      this.current = -1;
      return;
    }
    if (stack.length < 2) return; // the service's own key line comes next, as a key of `services:`
    if (stack[1]!.key !== this.currentName || this.current < 0) {
      this.currentName = stack[1]!.key;
      this.current = this.dev.length;
      this.dev.push(false);
      this.test.push(TEST_SERVICE_NAME.test(this.currentName));
      this.composeKeys.push(false);
      this.production.push(false);
      this.anchoring.push(false);
      this.aliases.push([]);
      this.whole.push([]);
    }
    this.of[idx] = this.current;
    {
      if (stack.length === 2 && COMPOSE_SERVICE_KEY.test(text)) this.composeKeys[this.current] = true;
      if (text.length <= 1024 && PRODUCTION_SIGNAL.test(text)) this.production[this.current] = true;
      if (text.includes('&') && /(?:^|[\s:-])&[\w.-]/.test(text.slice(0, 1024))) this.anchoring[this.current] = true;
    }
    if (text.includes('*')) {
      for (const m of text.slice(0, 1024).matchAll(YAML_ALIAS)) this.aliases[this.current]!.push(m[1]!);
      const w = WHOLE_ALIAS.exec(text.slice(0, 200));
      if (w) this.whole[this.current]!.push(w[1]!);
    }
    if (!this.dev[this.current] && text.length <= 1024 && isDevSignal(text)) this.dev[this.current] = true;
  }

  private newFragment(parent: number, indent: number): number {
    this.fragmentDev.push(false);
    this.fragmentParent.push(parent);
    this.fragmentIndent.push(indent);
    return this.fragmentDev.length - 1;
  }

  /** Marks the lines of development services and fragments that no other section claims; true when any was marked. */
  mark(codes: Uint8Array): boolean {
    // No services: `x-*` keys of another kind of file (an OpenAPI document's extensions).
    if (this.dev.length === 0) return false;
    // A service whose whole `environment:` is a fragment that sets a development mode runs in it. One that merges it
    // (`<<: *env`) may set its own over it: YAML's merge is shallow, and a service's own `environment:` replaces the
    // fragment's.
    for (let s = 0; s < this.dev.length; s++) {
      if (this.whole[s]!.some((a) => this.fragmentDev[this.anchors.get(a) ?? -1] === true)) this.dev[s] = true;
    }
    // Per fragment, whether every service that merges it is a development one (null: none merges it).
    const merged: (boolean | null)[] = this.fragmentDev.map(() => null);
    for (let s = 0; s < this.dev.length; s++) {
      for (const a of this.aliases[s]!) {
        const f = this.anchors.get(a);
        if (f !== undefined) merged[f] = (merged[f] ?? true) && this.dev[s]!;
      }
    }
    // Its own development mode counts while no service that leaves development aside merges it (one that sets
    // `NODE_ENV: production` over it).
    const fragmentDev = this.fragmentDev.map((own, f) => merged[f] === true || (own && merged[f] === null));
    // A mapping inside a development fragment is development too (parents come first), unless a service that is not
    // takes it.
    for (let f = 0; f < fragmentDev.length; f++) if (this.fragmentParent[f]! >= 0 && fragmentDev[this.fragmentParent[f]!] && merged[f] !== false) fragmentDev[f] = true;
    // A service named for tests is one when compose's keys say it is a service, it does not run in production mode,
    // and no other service may take its settings through an anchor.
    // Every service of a project named for tests is one.
    for (let s = 0; s < this.test.length; s++) this.test[s] = (this.test[s]! || this.projectTest) && this.composeKeys[s]! && !this.production[s]! && !this.anchoring[s]!;
    if (!this.dev.includes(true) && !fragmentDev.includes(true) && !this.test.includes(true)) return false;
    let any = false;
    for (let k = 0; k < codes.length; k++) {
      if (codes[k] !== NONE) continue;
      const s = this.of[k]!;
      const f = this.fragmentOf[k]!;
      if (s >= 0 && this.test[s]) {
        codes[k] = TEST_SERVICE;
        any = true;
      } else if ((s >= 0 && this.dev[s]) || (f >= 0 && fragmentDev[f])) {
        codes[k] = DEV_SERVICE;
        any = true;
      }
    }
    return any;
  }
}

/**
 * A compose service named for tests: a word of its name, between `-`, `_` or `.`, says so (`authjs-docker-test`, which
 * a script starts for an end-to-end run and takes down; `app_e2e`, `test-db`, `mysql-tests`).
 */
const TEST_SERVICE_NAME = /(?:^|[-_.])(?:test|tests|testing|e2e)(?:[-_.]|$)/i;
/** A key of compose's own, right under a service's name. */
const COMPOSE_SERVICE_KEY = /^[ \t]+(?:image|build|environment|env_file|command|entrypoint|ports|volumes|depends_on|networks|restart|healthcheck|container_name)[ \t]*:/;

function isDevSignal(text: string): boolean {
  return DEV_SIGNAL.test(text) || LOCAL_HOST_LINE.test(text) || DEV_DATABASE_SUFFIX.test(DATABASE_NAME.exec(text)?.[1] ?? '');
}

/**
 * A line that gives a service one name that resolves to this machine only: `hostname: app.localhost`, an alias
 * alone in its list (`- app.lvh.me`), `VIRTUAL_HOST=api.localtest.me`, a Traefik rule of that one host
 * (``rule=Host(`web.localhost`)``). Not such a name among others (a list of CORS origins, `Host(a) || Host(b)`), nor
 * one given as a default (`${DOMAIN:-app.localhost}`).
 */
const LOCAL_HOST_LINE =
  /^\s*(?:-\s+)?(?:["']?(?:hostname|domainname)["']?:\s*|["']?VIRTUAL_HOST["']?\s*[:=]\s*|["']?[\w.-]{0,80}\.rule["']?\s*[:=]\s*["']?Host\(`)?["']?[\w-]+(?:\.[\w-]+)*\.(?:lvh\.me|localtest\.me|localhost)`?\)?["']?\s*$/;

function yamlCode(stack: readonly YamlKey[]): number {
  if (stack.length === 0) return NONE;
  const top = stack[0]!;
  if (top.indent === 0 && Object.hasOwn(ENV_BLOCKS, top.key)) return ENV_BLOCKS[top.key]!;
  for (let k = 1; k < stack.length; k++) if (stack[k]!.key === 'args' && stack[k - 1]!.key === 'build') return BUILD_ARGS;
  return NONE;
}

/** `dev`, `"test"`, `dev | local`: the context when every profile named has the same one; negations count as none. */
function profileCode(value: string): number {
  const hash = value.indexOf(' #');
  const v = (hash >= 0 ? value.slice(0, hash) : value).trim().replace(/^["']|["']$/g, '');
  if (v.includes('!')) return NONE;
  let code = NONE;
  for (const name of v.split(/[\s,|&()]+/)) {
    if (name === '') continue;
    const c = Object.hasOwn(PROFILES, name.toLowerCase()) ? PROFILES[name.toLowerCase()]! : NONE;
    if (c === NONE || (code !== NONE && c !== code)) return NONE;
    code = c;
  }
  return code;
}

/**
 * Quarkus's profile prefixes in `application.properties`: `%dev.quarkus.http.auth.session.encryption-key=…` applies in
 * dev mode only, `%test.` in tests; a line without one, or with `%prod.`, in every packaged application.
 */
function propertiesProfiles(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  for (let idx = 0; idx < lines.length; idx++) {
    const m = PROFILE_PREFIX.exec(lines[idx]!.text);
    if (m === null) continue;
    const code = profileCode(m[1]!);
    if (code !== NONE) (codes ??= new Uint8Array(lines.length))[idx] = code;
  }
  return codes;
}
/** `%dev.`, `%test.`, `%dev,test.` at the start of a property's key. */
const PROFILE_PREFIX = /^[ \t]*%([A-Za-z][\w,-]{0,40})\./;

const TABLE_HEADER = /^\s*\[\[?\s*([A-Za-z0-9_.:\-"' ]{1,100}?)\s*\]\]?\s*(?:[#;].*)?$/;

/** A Python class line: its indentation, name and bases. */
const PY_CLASS = /^([ \t]*)class[ \t]+([A-Za-z_]\w{0,100})[ \t]*[(:]/;
const SETTINGS_WORDS = new Set(['config', 'configuration', 'conf', 'cfg', 'settings']);
const CLASS_ENVIRONMENTS: Record<string, number> = {
  test: TEST_CLASS,
  tests: TEST_CLASS,
  testing: TEST_CLASS,
  unittest: TEST_CLASS,
  pytest: TEST_CLASS,
  dev: DEV_CLASS,
  development: DEV_CLASS,
  local: DEV_CLASS,
  ci: CI_CLASS,
};

/** The environment a settings class is named for: `TestingConfig`, `DevelopmentConfig`, `CISettings`; else NONE. */
function classEnvironment(name: string): number {
  const words = lowerSnake(name)
    .split('_')
    .filter((w) => w !== '');
  // `<Environment><Config|Settings>`: `TestingConfig`, `UnitTestConfig`, `CISettings`; not `LocalAuthConfig`,
  // `DevOpsSettings` or `TestRunnerConfig`, where the environment word names something else.
  const n = words.length;
  if (n < 2 || !SETTINGS_WORDS.has(words[n - 1]!)) return NONE;
  return CLASS_ENVIRONMENTS[words[n - 2]!] ?? NONE;
}

/**
 * Python settings classes named for an environment, the Flask pattern
 * (`class TestingConfig(Config):`, `class DevelopmentConfig(Config):`, CTFd's
 * `TestingConfig`): the lines indented below the class line are in its
 * section. Blank and comment lines do not end a class; a line indented no
 * deeper than the class line does.
 */
function pythonClasses(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  // The classes around the current line, innermost last, with the code each gives its lines.
  const open: { indent: number; code: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A window of a long line continues the line it starts in.
    if (line.offset !== 0) {
      if (codes && i > 0) codes[i] = codes[i - 1]!;
      continue;
    }
    const t = line.text;
    let indent = 0;
    while (indent < t.length && (t[indent] === ' ' || t[indent] === '\t')) indent++;
    if (indent === t.length || t[indent] === '#') {
      if (codes && open.length > 0) codes[i] = open[open.length - 1]!.code;
      continue;
    }
    while (open.length > 0 && indent <= open[open.length - 1]!.indent) open.pop();
    const m = t.startsWith('class', indent) ? PY_CLASS.exec(t) : null;
    const code = open.length > 0 ? open[open.length - 1]!.code : NONE;
    if (code !== NONE) (codes ??= new Uint8Array(lines.length))[i] = code;
    if (m) {
      const own = classEnvironment(m[2]!);
      open.push({ indent, code: own !== NONE ? own : code });
    }
  }
  return codes;
}

/**
 * TOML and INI tables that configure a test run: `pyproject.toml`
 * `[tool.pytest_env]` and `[tool.pytest.ini_options]` (its `env = [...]`),
 * `[pytest]` / `[tool:pytest]` in `pytest.ini`, `setup.cfg`, `tox.ini`
 * (pytest-env's `env =`), and tox's `[testenv]` / `[testenv:name]` (`setenv =`).
 */
function tableSections(lines: readonly Line[], lang: 'toml' | 'ini'): Uint8Array | null {
  let codes: Uint8Array | null = null;
  let current = NONE;
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (line.offset === 0 && line.text.length < 200) {
      const m = TABLE_HEADER.exec(line.text);
      if (m) current = tableCode(m[1]!.replace(/["' ]/g, '').toLowerCase(), lang);
    }
    if (current !== NONE) {
      codes ??= new Uint8Array(lines.length);
      codes[idx] = current;
    }
  }
  return codes;
}

function tableCode(name: string, lang: 'toml' | 'ini'): number {
  if (lang === 'toml') return name === 'tool.pytest_env' || name === 'tool.pytest.ini_options' || name.startsWith('tool.pytest.ini_options.') ? PYTEST : NONE;
  if (name === 'pytest' || name === 'tool:pytest') return PYTEST;
  if (name === 'testenv' || name.startsWith('testenv:') || name === 'tox:testenv') return TOX;
  return NONE;
}

/** PHPUnit's configuration: the `<env>` and `<server>` values inside `<php>` are set for the test run. */
function phpunitSections(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  let phpunit = false;
  let inPhp = false;
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (!phpunit && t.includes('<phpunit')) phpunit = true;
    if (phpunit && !inPhp && /<php[\s>]/.test(t)) inPhp = true;
    if (inPhp) {
      codes ??= new Uint8Array(lines.length);
      codes[idx] = PHPUNIT;
    }
    if (inPhp && t.includes('</php>')) inPhp = false;
  }
  return codes;
}

/**
 * The instruction each Dockerfile line belongs to (`RUN`, `ARG`), following
 * `\` continuations. A heredoc's body is the script when it follows `RUN`
 * directly (`RUN <<EOF`); otherwise (`COPY <<EOF /app/.env`,
 * `RUN cat > .env <<EOF`) it is a file in the image and belongs to none.
 */
function dockerInstructions(lines: readonly Line[]): Uint8Array | null {
  const codes = new Uint8Array(lines.length);
  let current = NONE;
  let continued = false;
  let heredoc: string | null = null;
  let heredocCode = NONE;
  let any = false;
  // What each line is to the parser (`LINE_*`), for `markBuildStages`.
  const kinds = new Uint8Array(lines.length);
  let inEnv = false;
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (line.offset > 0) {
      codes[idx] = idx > 0 ? codes[idx - 1]! : NONE;
      kinds[idx] = idx > 0 && kinds[idx - 1] === LINE_ENV ? LINE_ENV : LINE_OTHER;
      continue;
    }
    const t = line.text;
    if (heredoc !== null) {
      codes[idx] = heredocCode;
      if (t.trim() === heredoc) heredoc = null;
      continue;
    }
    const trimmed = t.trimStart();
    if (continued) {
      // Comment and blank lines inside a continuation are dropped by the parser, not ends.
      codes[idx] = current;
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      kinds[idx] = inEnv ? LINE_ENV : LINE_CONTINUED;
    } else {
      const m = /^([A-Za-z]+)(?:\s|$)/.exec(trimmed);
      const word = m ? m[1]!.toUpperCase() : '';
      current = word === 'RUN' ? DOCKER_RUN : word === 'ARG' ? DOCKER_ARG : NONE;
      codes[idx] = current;
      inEnv = word === 'ENV';
      kinds[idx] = word === '' ? LINE_OTHER : inEnv ? LINE_ENV : LINE_INSTRUCTION;
      const h = /(?<!<)<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]{0,40})["']?/.exec(t.slice(0, 400));
      if (h) {
        heredoc = h[1]!;
        // `RUN <<EOF` and `RUN --mount=… <<EOF`: the body is the script.
        const script = current === DOCKER_RUN && /^RUN(?:\s+--\S+)*\s*$/i.test(trimmed.slice(0, trimmed.indexOf('<<')));
        heredocCode = script ? DOCKER_RUN : NONE;
      }
    }
    if (current !== NONE) any = true;
    continued = t.trimEnd().endsWith('\\');
  }
  return markBuildStages(lines, codes, kinds) || any ? codes : null;
}

/**
 * What a Dockerfile's line is to `markBuildStages`: a heredoc's body, a comment or a blank line; an instruction's
 * first line; one of its continuations; a line of an `ENV`.
 */
const LINE_OTHER = 0;
const LINE_INSTRUCTION = 1;
const LINE_CONTINUED = 2;
const LINE_ENV = 3;
/** `FROM [--platform=…] <image> [AS <name>]`. */
const FROM = /^FROM(?:\s+--\S+)*\s+(\S+)(?:\s+AS\s+(\S+))?/i;
/** A parser directive that sets the escape character. */
const ESCAPE_DIRECTIVE = /^#\s*escape\s*=/i;
/** `ARG <name>[=<default>]`. */
const GLOBAL_ARG = /^ARG\s+(\w+)(?:=["']?([^\s"']*))?/i;
/** What a stage takes from another: `COPY --from=builder`, `RUN --mount=type=cache,from=deps,…`. */
const FROM_STAGE = /(?:--from=|[\s,]from=)([^\s,]+)/gi;

/**
 * Multi-stage builds: the `ENV` lines of a builder stage are build-only. A builder is a stage that a later
 * stage copies files from (`COPY --from=builder`) and that the image is not built on: the last stage and the
 * stages its `FROM` names, one after the other (a variable in a `FROM` read as the default an `ARG` before the
 * first `FROM` gives it). A stage nothing copies from may be what `--target` builds, and a `FROM` that names its base
 * with a variable that has no default may be built on any stage, so neither is marked. True when a line was marked.
 */
function markBuildStages(lines: readonly Line[], codes: Uint8Array, kinds: Uint8Array): boolean {
  const stages: { start: number; base: string; name: string | null }[] = [];
  const copied = new Set<string>();
  // `ARG` defaults before the first `FROM`, which a `FROM` may name its base with.
  const globals = new Map<string, string>();
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    // Another escape character than `\` (`# escape=\``): continuations are not read here.
    if (stages.length === 0 && ESCAPE_DIRECTIVE.test(t)) return false;
    if (lines[idx]!.offset > 0 || (kinds[idx] !== LINE_INSTRUCTION && kinds[idx] !== LINE_CONTINUED)) continue;
    const arg = stages.length === 0 && codes[idx] === DOCKER_ARG && kinds[idx] === LINE_INSTRUCTION ? GLOBAL_ARG.exec(t.trimStart()) : null;
    if (arg) globals.set(arg[1]!, arg[2] ?? '');
    const m = kinds[idx] === LINE_INSTRUCTION ? FROM.exec(t.trimStart()) : null;
    if (m) {
      // An `AS` on the next line, or a base named by a variable without a default: which stage ships cannot be told.
      // An image's reference (`ghcr.io/acme/base:$version`) is no stage's name, whatever its variables.
      const base = m[1]!.replace(/\$\{?(\w+)\}?/g, (_, v: string) => globals.get(v) || '$');
      if ((base.includes('$') && !/[/:@]/.test(base)) || t.trimEnd().endsWith('\\')) return false;
      stages.push({ start: idx, base: base.toLowerCase(), name: m[2]?.toLowerCase() ?? null });
      continue;
    }
    if (!t.includes('from=')) continue;
    for (const f of t.matchAll(FROM_STAGE)) copied.add(f[1]!.replace(/["']/g, '').toLowerCase());
  }
  if (stages.length < 2) return false;
  const shipped = new Set<number>();
  for (let i = stages.length - 1; i >= 0 && !shipped.has(i); ) {
    shipped.add(i);
    const base = stages[i]!.base;
    let from = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (stages[j]!.name === base) {
        from = j;
        break;
      }
    }
    i = from;
  }
  let marked = false;
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!;
    if (shipped.has(i) || !(copied.has(String(i)) || (stage.name !== null && copied.has(stage.name)))) continue;
    const end = i + 1 < stages.length ? stages[i + 1]!.start : lines.length;
    for (let idx = stage.start + 1; idx < end; idx++) {
      if (kinds[idx] !== LINE_ENV) continue;
      codes[idx] = DOCKER_BUILD_STAGE;
      marked = true;
    }
  }
  return marked;
}

/** `#[cfg(test)]`, and `#[cfg(all(test, …))]` / `#[cfg(any(test, …))]`. */
const CFG_TEST = /^\s*#\[cfg\((?:(?:all|any)\(\s*)?test\b/;
const RUST_MOD = /^\s*(?:pub(?:\([^)]{0,40}\))?\s+)?mod\s+[A-Za-z_]\w*\s*\{/;

/**
 * Rust's inline test modules: a `mod` under `#[cfg(test)]` is compiled only by `cargo test`, so what it holds is
 * test code, in whatever file (lldap's configuration tests, atuin's history tests). From the attribute to the
 * module's closing brace, counted outside strings, characters and comments; to the end of the file when unbalanced.
 */
function rustTestModules(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  for (let idx = 0; idx < lines.length; idx++) {
    if (!CFG_TEST.test(lines[idx]!.text)) continue;
    // The item the attribute applies to, past other attributes and blank lines.
    let m = idx + 1;
    while (m < lines.length && m - idx <= 4 && /^\s*(?:#\[|$|\/\/)/.test(lines[m]!.text)) m++;
    if (m >= lines.length || !RUST_MOD.test(lines[m]!.text)) continue;
    const end = closingBraceLine(lines, m);
    codes ??= new Uint8Array(lines.length);
    codes.fill(RUST_TEST_MODULE, idx, end + 1);
    idx = end;
  }
  return codes;
}

/**
 * The index of the line where the block opened on line `from` closes: braces counted outside Rust's strings (which
 * run over lines; raw ones close on their own number of `#`), characters and comments (block comments nest).
 */
function closingBraceLine(lines: readonly Line[], from: number): number {
  let depth = 0;
  let comment = 0; // depth of nested block comments
  let quote: string | null = null; // what closes the string we are in: `"`, or `"#…` for a raw one
  let raw = false;
  for (let idx = from; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (quote !== null) {
        if (!raw && c === '\\') i++;
        else if (t.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = null;
        }
      } else if (comment > 0) {
        if (c === '*' && t[i + 1] === '/') {
          comment--;
          i++;
        } else if (c === '/' && t[i + 1] === '*') {
          comment++;
          i++;
        }
      } else if (c === '/' && t[i + 1] === '/') {
        break;
      } else if (c === '/' && t[i + 1] === '*') {
        comment = 1;
        i++;
      } else if (c === '"') {
        let hashes = 0;
        let r = i - 1;
        while (r >= 0 && t[r] === '#') {
          hashes++;
          r--;
        }
        // `r"…"`, `r#"…"#`, and the byte strings `br"…"`.
        const before = r >= 1 && t[r - 1] === 'b' ? r - 2 : r - 1;
        raw = r >= 0 && t[r] === 'r' && (before < 0 || !/[A-Za-z0-9_]/.test(t[before]!));
        quote = raw ? '"' + '#'.repeat(hashes) : '"';
      } else if (c === "'") {
        // A character (`'{'`, `'\''`, `'\u{7d}'`); a lifetime (`'a`) has no closing quote.
        if (t[i + 1] === '\\') {
          const q = t.indexOf("'", i + 3);
          if (q > 0 && q - i <= 12) i = q;
        } else if (t[i + 2] === "'") {
          i += 2;
        }
      } else if (c === '{') {
        depth++;
      } else if (c === '}') {
        depth--;
        if (depth === 0) return idx;
      }
    }
  }
  return lines.length - 1;
}

/** Build tags that make a Go file part of a test build only (`//go:build e2etest`, `// +build integration`). */
const GO_TEST_TAGS = new Set(['test', 'tests', 'testing', 'e2e', 'e2etest', 'e2etests', 'integration', 'integrationtest', 'integrationtests', 'acceptance', 'functional', 'unit']);

/**
 * A Go file that only tests build: one whose build constraint cannot hold without a test tag (pocket-id's
 * `//go:build e2etest` seed data), or a package file that imports `testing` and uses its `T`, `B`, `TB`, `M` or
 * `F` (dex's `storage/conformance` keys, shared by the `_test.go` files of several packages; not a file that only
 * asks `testing.Testing()`). The whole file. Constraints count above the package clause only, as Go reads them.
 */
function goTestFile(lines: readonly Line[]): Uint8Array | null {
  let why = 0;
  let header = true;
  let inImports = false;
  let importsTesting = false;
  for (let idx = 0; idx < lines.length && idx < 400; idx++) {
    const t = lines[idx]!.text.trim();
    if (header && (t.startsWith('//go:build ') || t.startsWith('// +build '))) {
      const constraint = t.startsWith('//go:build ') ? parseGoBuild(t.slice(11)) : parsePlusBuild(t.slice(10));
      if (constraint !== null && needsTestTag(constraint)) why = GO_TEST_BUILD;
    } else if (t.startsWith('package ')) {
      header = false;
    } else if (t === 'import (') {
      inImports = true;
    } else if (inImports && t === ')') {
      inImports = false;
    } else if ((inImports || t.startsWith('import ')) && /^(?:import\s+)?(?:[A-Za-z_.]\w*\s+)?"testing"/.test(t)) {
      importsTesting = true;
    } else if (!header && !inImports && /^(?:func|type|var|const)\s/.test(t)) {
      break;
    }
  }
  if (why === 0 && importsTesting && lines.some((l) => TESTING_TYPES.test(l.text))) why = GO_TEST_HELPER;
  if (why === 0) return null;
  return new Uint8Array(lines.length).fill(why);
}
const TESTING_TYPES = /\btesting\.(?:T|B|TB|M|F)\b/;


/** A build constraint: a tag, `!x`, `x && y`, `x || y`. */
type Constraint = { tag: string } | { not: Constraint } | { and: Constraint[] } | { or: Constraint[] };

/** `//go:build` syntax: `||`, `&&`, `!`, parentheses; null when it does not parse. */
function parseGoBuild(expr: string): Constraint | null {
  const tokens = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
  let at = 0;
  // `a && b && …` or `a || b || …`, each part read by `next`.
  const chain =
    (op: string, next: () => Constraint | null, join: (parts: Constraint[]) => Constraint) =>
    (): Constraint | null => {
      const parts = [next()];
      while (tokens[at] === op) {
        at++;
        parts.push(next());
      }
      return parts.includes(null) ? null : parts.length === 1 ? parts[0]! : join(parts as Constraint[]);
    };
  const unary = (): Constraint | null => {
    const tok = tokens[at++];
    if (tok === '!') {
      const inner = unary();
      return inner === null ? null : { not: inner };
    }
    if (tok === '(') {
      const inner = or();
      return tokens[at++] === ')' ? inner : null;
    }
    return tok !== undefined && /^[A-Za-z0-9_.]+$/.test(tok) ? { tag: tok.toLowerCase() } : null;
  };
  const and = chain('&&', unary, (parts) => ({ and: parts }));
  const or = chain('||', and, (parts) => ({ or: parts }));
  if (tokens.length === 0 || tokens.length > 64) return null;
  const c = or();
  return at === tokens.length ? c : null;
}

/** `// +build` syntax: options separated by spaces are alternatives, tags joined by commas all hold, `!` negates. */
function parsePlusBuild(expr: string): Constraint | null {
  const options = expr.trim().split(/\s+/).filter(Boolean);
  if (options.length === 0 || options.length > 16) return null;
  return {
    or: options.map((o) => ({ and: o.split(',').map((tag) => (tag.startsWith('!') ? { not: { tag: tag.slice(1).toLowerCase() } } : { tag: tag.toLowerCase() })) })),
  };
}

/** Whether no build without a test tag satisfies the constraint: every assignment of its other tags is tried. */
function needsTestTag(c: Constraint): boolean {
  const others = new Set<string>();
  const collect = (x: Constraint): void => {
    if ('tag' in x) {
      if (!GO_TEST_TAGS.has(x.tag)) others.add(x.tag);
    } else if ('not' in x) collect(x.not);
    else for (const p of 'and' in x ? x.and : x.or) collect(p);
  };
  collect(c);
  if (others.size > 10) return false;
  const names = [...others];
  for (let bits = 0; bits < 1 << names.length; bits++) {
    const on = (tag: string): boolean => !GO_TEST_TAGS.has(tag) && (bits & (1 << names.indexOf(tag))) !== 0;
    const holds = (x: Constraint): boolean => ('tag' in x ? on(x.tag) : 'not' in x ? !holds(x.not) : 'and' in x ? x.and.every(holds) : x.or.some(holds));
    if (holds(c)) return false;
  }
  return true;
}

/** `a`, with `b`'s codes where `a` has none. */
function merged(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
  if (a === null || b === null) return a ?? b;
  for (let i = 0; i < a.length; i++) if (a[i] === NONE) a[i] = b[i]!;
  return a;
}

/** A test framework's module, as imported or required: `vitest`, `@jest/globals`, `node:test`, `@playwright/test`, `mocha`. */
const JS_TEST_IMPORT = /^\s*(?:import\s[^'"]*?from\s*|import\s*|(?:const|let|var)\s[^=]*=\s*require\(\s*)['"](?:vitest|@jest\/globals|node:test|@playwright\/test|mocha|ava|tap|uvu)['"]/;

/**
 * A JavaScript or TypeScript file that imports a test framework among its
 * first lines' imports is test code throughout: a vitest setup file listed in
 * `setupFiles` (`integration/setup.ts`), shared test helpers outside a test folder.
 */
function jsTestFile(lines: readonly Line[]): Uint8Array | null {
  for (let idx = 0; idx < lines.length && idx < 60; idx++) {
    const t = lines[idx]!.text;
    if (t.length > 400) continue;
    if (JS_TEST_IMPORT.test(t)) return new Uint8Array(lines.length).fill(JS_TEST_FILE);
  }
  return null;
}

/** Characters a file's branch blocks may be walked for, all together: nested or unclosed blocks cannot make it quadratic. */
const BRANCH_BUDGET = 400_000;

/** What an `if` condition says of the environment: it holds outside production only, in production only, or neither. */
export type Guard = 'dev' | 'prod' | null;

/**
 * The parts of a condition joined at its top level by `and` (`&&`) or `or` (`||`): null when it mixes both, is
 * unbalanced, or is too long to be a guard.
 */
function conditionParts(cond: string, and: string, or: string): { op: 'and' | 'or' | null; parts: string[] } | null {
  if (cond.length > 300) return null;
  const parts: string[] = [];
  let op: 'and' | 'or' | null = null;
  let depth = 0;
  let quote: string | null = null;
  let from = 0;
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) {
      const which = cond.startsWith(and, i) ? 'and' : cond.startsWith(or, i) ? 'or' : null;
      if (which === null) continue;
      if (op !== null && op !== which) return null;
      op = which;
      parts.push(cond.slice(from, i).trim());
      i += (which === 'and' ? and : or).length - 1;
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || quote !== null) return null;
  parts.push(cond.slice(from).trim());
  return { op, parts };
}

/** A guard of the whole condition from its parts' (`A && dev` holds outside production only; `A || dev` may not). */
function guardOfParts(split: { op: 'and' | 'or' | null; parts: string[] } | null, atom: (part: string) => Guard): Guard {
  if (split === null) return null;
  const guards = split.parts.map(atom);
  if (split.op === 'or') return guards.every((g) => g === 'dev') ? 'dev' : null;
  if (guards.includes('dev')) return 'dev';
  return split.parts.length === 1 ? guards[0]! : null;
}

const JS_NON_PRODUCTION = /^(?:development|dev|local|test)$/;
/** `process.env.NODE_ENV` (or a destructured `NODE_ENV`, an `env.NODE_ENV`), `app.get('env')` (Express), `app.env` (Koa), `import.meta.env.MODE`, a config's `env`. */
const JS_ENV_READ = /^(?:(?:[\w$]+\??\.)*env\??\.(?:NODE_ENV|APP_ENV)|process\.env\[['"](?:NODE_ENV|APP_ENV)['"]\]|NODE_ENV|app\.get\(\s*['"]env['"]\s*\)|app\.env|import\.meta\.env\.MODE|(?:config|settings|options)\.(?:env|environment|nodeEnv))$/;
const JS_DEV_FLAG = /^(?:[\w$.?]*\b(?:isDev|isDevelopment|IS_DEV|IS_DEVELOPMENT|inDevelopment)(?:\(\))?|__DEV__|import\.meta\.env\.DEV)$/;
const JS_PROD_FLAG = /^(?:[\w$.?]*\b(?:isProd|isProduction|IS_PROD|IS_PRODUCTION|inProduction)(?:\(\))?|import\.meta\.env\.PROD)$/;

/** What a JavaScript condition says of the environment (see `jsBranches`). */
export function jsConditionGuard(cond: string): Guard {
  return guardOfParts(conditionParts(cond.trim(), '&&', '||'), jsAtom);
}

/** One comparison or flag of a JavaScript condition. */
function jsAtom(part: string): Guard {
  let p = part.trim();
  while (p.startsWith('(') && p.endsWith(')')) p = p.slice(1, -1).trim();
  // `!isProduction`, `!(NODE_ENV === 'production')`: the negation of one test (of a compound, no guard follows).
  if (p.startsWith('!') && !p.startsWith('!=')) {
    const inner = p.slice(1).trim();
    const split = conditionParts(inner, '&&', '||');
    if (split === null || split.parts.length !== 1) return null;
    const g = jsAtom(inner);
    return g === 'dev' ? 'prod' : g === 'prod' ? 'dev' : null;
  }
  if (JS_DEV_FLAG.test(p)) return 'dev';
  if (JS_PROD_FLAG.test(p)) return 'prod';
  const m = /^(.+?)\s*(===?|!==?)\s*(.+)$/.exec(p);
  if (!m) return null;
  let [, left, op, right] = m as unknown as [string, string, string, string];
  if (/^['"`]/.test(left)) [left, right] = [right, left];
  if (!JS_ENV_READ.test(left.trim())) return null;
  const value = /^['"`]([\w-]+)['"`]$/.exec(right.trim())?.[1]?.toLowerCase();
  if (value === undefined) return null;
  const equal = op.startsWith('=');
  if (value === 'production' || value === 'prod') return equal ? 'prod' : 'dev';
  return equal && JS_NON_PRODUCTION.test(value) ? 'dev' : null;
}

/**
 * JavaScript and TypeScript branches behind a development check: `if (process.env.NODE_ENV !== 'production') { … }`,
 * `if (!secret && app.get('env') === 'development')`, `if (isDev)`, and the `else` of `if (isProduction)`. A
 * condition that also holds in production by an `||` (`!secret || isDev`) guards nothing. Only an `if` that starts
 * its line, with its condition on that line, is read; its block ends at the first line below indented no deeper
 * than the `if` (formatted code closes it there with a `}`), or on the `if`'s own line. Lines that also hold code
 * outside the branch (`} else { … }`, `x = 1; if (isDev) …`) are left to the file's context.
 */
function jsBranches(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  let budget = BRANCH_BUDGET;
  const mark = (from: number, to: number) => {
    if (to >= from) (codes ??= new Uint8Array(lines.length)).fill(DEV_BRANCH, from, to + 1);
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (t.length > 2000 || lines[idx]!.offset !== 0) continue;
    const indent = indentOf(t);
    if (!t.startsWith('if', indent) || !/^if\s*\(/.test(t.slice(indent, indent + 8))) continue;
    const open = t.indexOf('(', indent);
    const close = matchingParen(t, open);
    if (close < 0) continue;
    const guard = jsConditionGuard(t.slice(open + 1, close));
    if (guard === null) continue;
    const rest = t.slice(close + 1).trim();
    if (guard === 'prod') {
      // `if (isProduction) throw …;`, or a block that only throws: what follows in the same block runs only outside production.
      const exitsAt = PROD_EXIT.test(rest) ? idx : rest === '{' && PROD_EXIT.test(lines[idx + 1]?.text.trim() ?? '') ? closingLine(lines, idx, indent, budget) : -1;
      if (exitsAt >= 0) {
        const after = restOfBlock(lines, exitsAt + 1, indent, budget);
        budget -= after.cost;
        if (budget < 0) return codes;
        mark(exitsAt + 1, after.end);
        continue;
      }
    }
    if (rest.startsWith('{') || (rest === '' && lines[idx + 1]?.text.trim() === '{')) {
      const block = indentedBlock(lines, idx, indent, budget);
      budget -= block.cost;
      if (budget < 0) return codes;
      if (block.end < 0) {
        // The block closes on its own line (`if (isDev) { … }`): the branch is the line, if nothing follows it.
        if (guard === 'dev' && oneLineBlockEnds(rest)) mark(idx, idx);
        continue;
      }
      if (guard === 'dev') {
        // The closing line counts only when it closes and nothing else (`}`, not `} else { … }`).
        mark(idx, /^[ \t]*}[ \t]*(?:;[ \t]*)?(?:\/\/.*)?$/.test(lines[block.end]!.text) ? block.end : block.end - 1);
        continue;
      }
      // `if (isProduction) { … } else { … }`: the `else` block, opened on the closing line or the next.
      const closing = lines[block.end]!.text;
      const elseIdx = /^\s*}\s*else\s*\{\s*$/.test(closing) ? block.end : /^\s*}\s*$/.test(closing) && /^\s*else\s*\{\s*$/.test(lines[block.end + 1]?.text ?? '') ? block.end + 1 : -1;
      if (elseIdx < 0) continue;
      const elseBlock = indentedBlock(lines, elseIdx, indent, budget);
      budget -= elseBlock.cost;
      if (elseBlock.end > elseIdx) mark(elseIdx + 1, /^[ \t]*}[ \t]*(?:;[ \t]*)?$/.test(lines[elseBlock.end]!.text) ? elseBlock.end : elseBlock.end - 1);
    } else if (guard === 'dev' && rest === '' && lines[idx + 1] !== undefined && indentOf(lines[idx + 1]!.text) > indent) {
      // One statement alone on the next line.
      mark(idx, idx + 1);
    } else if (guard === 'dev' && rest !== '' && !/\belse\b/.test(rest)) {
      mark(idx, idx);
    }
  }
  return codes;
}

/** What leaves the block or the process, alone after an `if (…)` on its line: `throw …`, `{ throw … }`, `process.exit(1)`. */
const PROD_EXIT = /^\{?\s*(?:throw\b|process\.exit\(|return\s+process\.exit\()/;

/** The line of the `}` alone that closes the block an `if` on line `idx` opens; -1 when it is not formatted so. */
function closingLine(lines: readonly Line[], idx: number, indent: number, left: number): number {
  const block = indentedBlock(lines, idx, indent, left);
  return block.end >= 0 && /^[ \t]*}[ \t]*;?[ \t]*$/.test(lines[block.end]!.text) ? block.end : -1;
}

/**
 * The lines from `from` on that are in the block holding a statement indented by `indent`: up to the first code
 * line indented less (the block's `}`), or the file's end at the top level. `end`: the last such line.
 */
function restOfBlock(lines: readonly Line[], from: number, indent: number, left: number): { end: number; cost: number } {
  let cost = 0;
  for (let k = from; k < lines.length; k++) {
    const u = lines[k]!.text;
    const i = indentOf(u);
    cost += i + 1;
    if (cost > left) return { end: from - 1, cost };
    if (i < indent && i < u.length && lines[k]!.offset === 0) return { end: k - 1, cost };
  }
  return { end: lines.length - 1, cost };
}

/**
 * The block a line opens, by indentation: the index of the first line below indented no deeper than `indent`
 * when that line starts with `}`; -1 when the next code line is not deeper (the block closed on its own line) or
 * the lines go back to `indent` without a `}` (not formatted as the rule reads). `cost`: characters looked at.
 */
function indentedBlock(lines: readonly Line[], idx: number, indent: number, left: number): { end: number; cost: number } {
  let cost = 0;
  let deeper = false;
  for (let k = idx + 1; k < lines.length && k - idx <= 400; k++) {
    const u = lines[k]!.text;
    if (lines[k]!.offset !== 0) continue;
    const i = indentOf(u);
    cost += i + 1;
    if (cost > left) return { end: -1, cost };
    if (i === u.length) continue;
    if (i > indent) {
      deeper = true;
      continue;
    }
    // `{` alone on the line after the `if` (Allman style) opens the block at the `if`'s own indentation.
    if (k === idx + 1 && u.trim() === '{') continue;
    return { end: deeper && u[i] === '}' ? k : -1, cost };
  }
  return { end: -1, cost };
}

/** Whether what follows an `if (…)` on its line is one block that ends the line: `{ … }` with nothing after it. */
function oneLineBlockEnds(rest: string): boolean {
  return /}[ \t]*(?:;[ \t]*)?(?:\/\/.*)?$/.test(rest) && !/\belse\b/.test(rest);
}

/**
 * Walks `t` from `from`, passing every character outside strings (opened by one of `quotes`, with backslash
 * escapes) to `visit`; the first index `visit` returns is the answer, else -1.
 */
function scanOutsideStrings(t: string, from: number, quotes: string, visit: (c: string, i: number) => number | undefined): number {
  let quote: string | null = null;
  for (let i = from; i < t.length; i++) {
    const c = t[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (quotes.includes(c)) quote = c;
    else {
      const found = visit(c, i);
      if (found !== undefined) return found;
    }
  }
  return -1;
}

/** The index of the `)` closing the `(` at `open` on the same line, outside strings; -1 when it is not there. */
function matchingParen(t: string, open: number): number {
  let depth = 0;
  return scanOutsideStrings(t, open, '"\'`', (c, i) => {
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    return undefined;
  });
}

/** `DEBUG`, `settings.DEBUG`, `app.debug`, `app.config["DEBUG"]`: Django's and Flask's debug switch (not a command's `args.debug`). */
const PY_DEBUG = /^(?:(?:[A-Za-z_]\w*\.)?DEBUG|(?:current_)?app\.debug|[\w.]*config\[['"]DEBUG['"]\])$/;
const PY_PROD_FLAG = /^[\w.]*\b(?:IS_PRODUCTION|is_production|PRODUCTION|IN_PRODUCTION)$/;
/** A read of the environment's name: `ENVIRONMENT`, `settings.ENV`, `os.environ.get("DJANGO_ENV")`, `os.getenv('APP_ENV')`. */
const PY_ENV_READ = /^(?:[\w.]*\b(?:ENV|ENVIRONMENT|APP_ENV|DJANGO_ENV|FLASK_ENV|env|environment)|os\.(?:environ\.get|getenv)\(\s*['"](?:ENV|ENVIRONMENT|APP_ENV|DJANGO_ENV|FLASK_ENV)['"]\s*\)|os\.environ\[['"](?:ENV|ENVIRONMENT|APP_ENV|DJANGO_ENV|FLASK_ENV)['"]\])$/;

/** What a Python condition says of the environment (see `pythonBranches`). */
export function pythonConditionGuard(cond: string): Guard {
  return guardOfParts(conditionParts(cond.trim(), ' and ', ' or '), pyAtom);
}

/** One test of a Python condition. */
function pyAtom(part: string): Guard {
  let p = part.trim();
  while (p.startsWith('(') && p.endsWith(')')) p = p.slice(1, -1).trim();
  const negated = p.startsWith('not ');
  if (negated) p = p.slice(4).trim();
  const flip = (g: Guard): Guard => (negated ? (g === 'dev' ? 'prod' : g === 'prod' ? 'dev' : null) : g);
  if (PY_DEBUG.test(p)) return flip('dev');
  if (PY_PROD_FLAG.test(p)) return flip('prod');
  const m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(p);
  if (!m) return null;
  let [, left, op, right] = m as unknown as [string, string, string, string];
  if (/^['"]/.test(left)) [left, right] = [right, left];
  if (!PY_ENV_READ.test(left.trim())) return null;
  const value = /^['"]([\w-]+)['"]$/.exec(right.trim())?.[1]?.toLowerCase();
  if (value === undefined) return null;
  const equal = op === '==';
  if (value === 'production' || value === 'prod') return flip(equal ? 'prod' : 'dev');
  return flip(equal && JS_NON_PRODUCTION.test(value) ? 'dev' : null);
}

const PY_IF = /^([ \t]*)(if|elif|else)\b/;

/**
 * Whether a Python condition holds only while tests run: a test-run flag (`TESTING`, `settings.TESTING`, Flask's
 * `app.testing`, `app.config["TESTING"]`), or a look at the command line or the loaded modules (`"test" in sys.argv`,
 * `"pytest" in sys.modules`, `sys.argv[1] == "test"`), alone or with others by `and`.
 */
function isPyTestRunCheck(cond: string): boolean {
  const split = conditionParts(cond, ' and ', ' or ');
  if (split === null || split.op === 'or') return false;
  return split.parts.some((part) => {
    let p = part.trim();
    while (p.startsWith('(') && p.endsWith(')')) p = p.slice(1, -1).trim();
    return PY_TEST_RUN.test(p);
  });
}
const PY_TEST_RUN =
  /^(?:(?:[A-Za-z_]\w*\.)?(?:TESTING|IS_TESTING|RUNNING_TESTS|UNIT_TESTING)|(?:current_)?app\.testing|[\w.]*config\[['"]TESTING['"]\]|['"](?:test|pytest)['"] in sys\.argv(?:\[\d?:?\d?\])?|['"](?:pytest|unittest)['"] in sys\.modules|sys\.argv\[1\] == ['"]test['"]|sys\.argv\[1:2\] == \[['"]test['"]\])$/;

/** The index of the `:` that ends a Python `if` header (outside brackets and strings), or -1. */
function headerColon(t: string, from: number): number {
  let depth = 0;
  return scanOutsideStrings(t, from, '"\'', (c, i) => {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '#') return -1;
    else if (c === ':' && depth === 0) return i;
    return undefined;
  });
}

/**
 * Python branches behind a development check: `if DEBUG:`, `if settings.DEBUG:`, `if ENVIRONMENT ==
 * "development":`, `if not IS_PRODUCTION:` (also as an `elif`, and a one-line `if DEBUG: X = …`), and the
 * `else:` of `if not DEBUG:` or `if ENV == "production":`. The lines indented below; a condition that also
 * holds in production by an `or` guards nothing. An `else:` pairs with the `if` at its indentation only while no
 * other statement came between (a `try:` or `for:` has an `else:` of its own).
 */
function pythonBranches(lines: readonly Line[]): Uint8Array | null {
  let codes: Uint8Array | null = null;
  /** The guard of the `if` chain open at each indentation, for its `elif` and `else`. */
  const lastIf = new Map<number, Guard>();
  let budget = BRANCH_BUDGET;
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (t.length > 400 || lines[idx]!.offset !== 0) continue;
    const indent = indentOf(t);
    if (indent === t.length || t[indent] === '#') continue;
    const m = PY_IF.exec(t);
    const word = m?.[2];
    // Any other statement at this indentation or above ends the chains opened there.
    for (const k of lastIf.keys()) if (k > indent || (k === indent && word !== 'elif' && word !== 'else')) lastIf.delete(k);
    if (!word) continue;
    const colon = headerColon(t, indent + word.length);
    if (colon < 0) continue;
    const cond = t.slice(indent + word.length, colon).trim();
    const inline = t.slice(colon + 1).trim();
    // oncall's `if TESTING:` (`TESTING = "pytest" in sys.modules`), `if "test" in sys.argv:`: values only a test run
    // sees. Not its `else:`, which holds everything else.
    const test = word !== 'else' && isPyTestRunCheck(cond);
    if (test || word === 'if') lastIf.delete(indent);
    // After a test-run check, an `else:` is no development branch: no guard is remembered for it.
    let dev = false;
    if (!test && word === 'if') {
      const guard = guardOfParts(conditionParts(cond, ' and ', ' or '), pyAtom);
      lastIf.set(indent, guard);
      dev = guard === 'dev';
    } else if (!test && word === 'elif') {
      // By its own condition: after `if ENV == 'production':`, an `elif ENV == 'staging':` is another deployment.
      dev = guardOfParts(conditionParts(cond, ' and ', ' or '), pyAtom) === 'dev';
    } else if (!test) {
      dev = cond === '' && lastIf.get(indent) === 'prod';
      lastIf.delete(indent);
    }
    const code = test ? TEST_BRANCH : dev ? DEV_BRANCH : NONE;
    if (code === NONE) continue;
    if (inline !== '' && !inline.startsWith('#')) {
      (codes ??= new Uint8Array(lines.length))[idx] = code;
      continue;
    }
    const block = deeperBlock(lines, idx, indent, budget);
    budget -= block.cost;
    if (budget < 0) return codes;
    if (block.end > idx) (codes ??= new Uint8Array(lines.length)).fill(code, idx, block.end + 1);
  }
  return codes;
}

/**
 * The block line `idx` opens in a language of `#` comments laid out by indentation (Python, and Ruby and Elixir as
 * their formatters write them): the lines below indented deeper than `indent`, blank and comment lines inside it
 * included. `end`: its last line (`idx` when it has none); `cost`: the characters looked at, up to `left` and one more.
 */
function deeperBlock(lines: readonly Line[], idx: number, indent: number, left: number): { end: number; cost: number } {
  let end = idx;
  let cost = 0;
  for (let k = idx + 1; k < lines.length; k++) {
    const u = lines[k]!.text;
    cost += u.length + 1;
    if (cost > left) return { end, cost };
    if (lines[k]!.offset !== 0) continue;
    const i = indentOf(u);
    if (i === u.length || u[i] === '#') continue;
    if (i <= indent) break;
    end = k;
  }
  return { end, cost };
}

/** What opens a Ruby or Elixir statement a branch section may start with. */
const END_BLOCK_WORD = /^(if|unless|elsif|else|when|case|configure)\b/;
/** Sinatra's settings for some environments: `configure :development do`, `configure :development, :test do`. */
const SINATRA_CONFIGURE = /^configure\s+(:\w+(?:\s*,\s*:\w+)*)\s+do(?:\s*\|[^|]*\|)?$/;
/** An Elixir clause of a `case`: `:dev ->`, `:prod -> "…"`. */
const ELIXIR_CLAUSE = /^[^"'#]{1,80}?->/;

/**
 * Ruby and Elixir branches behind a development check, around statements (a branching expression assigned whole is
 * read by `secret-assignments.ts`): `if Rails.env.development?`, `unless Rails.env.production?`, an `elsif`, the
 * `else` of `if Rails.env.production?`, Elixir's `if config_env() == :dev do`, a statement with `if
 * Rails.env.development?` after it, Sinatra's `configure :development do`, and the development clauses of a `case`
 * on the environment's name (`when "development"`, `:dev ->`). A block is the lines below indented deeper than its
 * opener, as Rubocop and `mix format` lay them out.
 */
function endBranches(lines: readonly Line[], lang: Lang): Uint8Array | null {
  let codes: Uint8Array | null = null;
  let budget = BRANCH_BUDGET;
  const mark = (from: number, to: number, test = false) => {
    if (to >= from) (codes ??= new Uint8Array(lines.length)).fill(test ? TEST_BRANCH : DEV_BRANCH, from, to + 1);
  };
  /** Whether the `else` of the `if` chain open at each indentation runs in development only. */
  const elseDev = new Map<number, boolean>();
  /** The `case`s open, innermost last: their indentation, and whether each is on the environment's name. */
  const cases: { indent: number; env: boolean }[] = [];
  for (let idx = 0; idx < lines.length; idx++) {
    const t = lines[idx]!.text;
    if (t.length > 400 || lines[idx]!.offset !== 0) continue;
    const indent = indentOf(t);
    if (indent === t.length || t[indent] === '#') continue;
    const code = withoutTrailingComment(t.slice(indent).trimEnd());
    const word = END_BLOCK_WORD.exec(code)?.[1];
    if (elseDev.size > 0) for (const k of elseDev.keys()) if (k > indent || (k === indent && word !== 'elsif' && word !== 'else')) elseDev.delete(k);
    while (cases.length > 0 && (cases[cases.length - 1]!.indent > indent || (cases[cases.length - 1]!.indent === indent && word !== 'when' && word !== 'else'))) cases.pop();
    const innerCase = cases[cases.length - 1];
    let dev = false;
    // The test environment's alone (`if Rails.env.test?`): a test's values.
    let test = false;
    if (word === 'if' || word === 'unless' || word === 'elsif') {
      const rest = code.slice(word.length).trim();
      const keyword = lang === 'elixir' ? /,\s*do:/.exec(rest) : /\bthen\b(?=.*\S)|;/.exec(rest);
      if (keyword !== null) {
        // On one line: `if config_env() == :dev, do: …`, `if Rails.env.development? then … end`, `if dev?; …; end`.
        // Only without another branch on the line.
        const g = guardOf(conditionOf(rest.slice(0, keyword.index)), word === 'unless');
        if (g.dev && !/\b(?:else|elsif)\b/.test(rest.slice(keyword.index))) mark(idx, idx, g.test);
        continue;
      }
      if (lang === 'elixir' && !/\bdo$/.test(rest)) continue;
      const g = guardOf(conditionOf(rest), word === 'unless');
      if (word === 'elsif') {
        // The chain's `else` runs when no condition held: outside production still only if each was production's.
        if (elseDev.has(indent)) elseDev.set(indent, elseDev.get(indent)! && g.prod);
      } else {
        elseDev.set(indent, g.prod);
      }
      dev = g.dev;
      test = g.test === true;
    } else if (word === 'else') {
      if (code !== 'else') continue;
      dev = elseDev.get(indent) === true;
      elseDev.delete(indent);
      // A `case`'s `else` is every other environment.
      if (innerCase?.indent === indent) continue;
    } else if (word === 'case') {
      cases.push({ indent, env: ENV_CASE.test(conditionOf(code.slice(4))) });
      continue;
    } else if (word === 'configure' && lang === 'ruby') {
      const m = SINATRA_CONFIGURE.exec(code);
      if (m === null) continue;
      dev = m[1]!.split(',').every((e) => /^:(?:development|test)$/.test(e.trim()));
    } else if (innerCase?.env === true && (word === 'when' || (lang === 'elixir' && indent > innerCase.indent && ELIXIR_CLAUSE.test(code)))) {
      const head = word === 'when' ? code.split(/\bthen\b/)[0]! : code.split('->')[0]!;
      const g = clauseGuard(code);
      if (!g.dev) continue;
      // The clause's body on its line (`when "development" then "…"`, `:dev -> "…"`), or indented below it.
      if (code.slice(head.length).replace(/^(?:then|->)/, '').trim() !== '') {
        mark(idx, idx, g.test);
        continue;
      }
      dev = true;
      test = g.test === true;
    } else {
      // A statement with its condition after it: `config.secret_key_base = "…" if Rails.env.development?`.
      if (lang !== 'ruby') continue;
      const at = modifierAt(code);
      if (at === null) continue;
      const g = guardOf(conditionOf(code.slice(at.cond)), at.unless);
      if (g.dev) mark(idx, idx, g.test);
      continue;
    }
    if (!dev) continue;
    const block = deeperBlock(lines, idx, indent, budget);
    budget -= block.cost;
    if (budget < 0) return codes;
    mark(idx, block.end, test);
  }
  return codes;
}

/**
 * Where the condition of a Ruby statement modifier starts (`… if COND`, `… unless COND`): the last ` if ` or
 * ` unless ` outside strings and brackets, after some code. Null when the line has none.
 */
function modifierAt(code: string): { cond: number; unless: boolean } | null {
  // Most lines have neither word: they are not walked.
  if (!code.includes(' if ') && !code.includes(' unless ')) return null;
  let depth = 0;
  let found: { cond: number; unless: boolean } | null = null;
  scanOutsideStrings(code, 0, '"\'', (c, i) => {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ' ' && depth === 0 && i > 0 && !MODIFIED_NOTHING.test(code.slice(Math.max(0, i - 12), i))) {
      if (code.startsWith(' if ', i)) found = { cond: i + 4, unless: false };
      else if (code.startsWith(' unless ', i)) found = { cond: i + 8, unless: true };
    }
    return undefined;
  });
  return found;
}
/** What ends an expression that goes on: an `if` after it starts a value (`x = if …`, `foo(if …`), no modifier. */
const MODIFIED_NOTHING = /(?:[=(,|&+\-*\/<>!?:{[]|\b(?:return|and|or|not|then|do|else|in))\s*$/;
