import type { TreeContext } from '../types';
import { dotenvKind } from './dotenv-names';
import { perTree } from './per-tree';

/**
 * Templates (`.env.example`…) that the application itself loads when it starts, by path, with what loads them
 * (files of defaults, `.env.defaults`, by their name)
 * (`` `app.js` loads it at run time ``): hackathon-starter's `app.js` calls `process.loadEnvFile('.env.example')`.
 * A loader fills in only what the environment leaves unset, so every value there is every deployment's fallback.
 *
 * Only the files that start an application or read its settings are read (`app.js`, `server.ts`, `main.py`,
 * `config.py`, `settings.py`, `secrets.ts`, `package.json`'s scripts…, beside the template or in its `src/`, `config/`,
 * `app/`, `server/`, `lib/`, `bin/`, `src/config/`, `src/util/`, `src/utils/` or `src/lib/`), and Dockerfiles below the template's folder, which may copy it to a dotenv file in the
 * image (`COPY .env.example .env`), at most `MAX_READS`, and only when the tree has a template: a scan of a tree
 * without one reads nothing more.
 */
export const loadedTemplates: (tree: TreeContext) => Promise<ReadonlyMap<string, LoadedTemplate>> = perTree(findLoaded);

export interface LoadedTemplate {
  /** What loads it, for messages. */
  how: string;
  /** Loaded by its name (`.env.defaults`), which `dotenv-template-secret` judges so in every file already. */
  byName: boolean;
}

/** Files of defaults, which dotenv-flow and dotenv-defaults load under the environment: loaded by their name. */
const DEFAULTS = /^\.env\.defaults?$/i;

/** More candidate files than this are not read. */
const MAX_READS = 48;
/** More Dockerfiles than this are not read. */
const MAX_DOCKERFILES = 16;

/** A file that starts an application or reads its settings, by name. */
const ENTRY_FILE = /^(?:app|server|index|main|start|bootstrap|config|configuration|settings|env|environment|secrets?|dotenv|load-?env|wsgi|asgi|manage)\.(?:[cm]?[jt]s|py|rb|php|go)$/;
/** Folders of such files below a template's folder: TypeScript-Node-Starter loads its `.env.example` in `src/util/secrets.ts`. */
const ENTRY_DIRS = ['', 'src/', 'config/', 'app/', 'server/', 'lib/', 'bin/', 'src/config/', 'src/util/', 'src/utils/', 'src/lib/'];
/**
 * The order the candidates are read in, so that a monorepo's many entry files do not use up the reads: first the files
 * named for loading settings (`secrets.ts`, `dotenv.js`, `config.py`, `settings.py`), wherever they are, then the
 * files where applications most often start in the folders they most often start from (`app.js`, `src/index.ts`),
 * then the rest (`src/lib/index.ts`).
 */
const LOADS_SETTINGS = /^(?:config|configuration|settings|env|environment|secrets?|dotenv|load-?env)\./;
const FIRST_DIRS: ReadonlySet<string> = new Set(['', 'src/', 'config/', 'app/', 'server/', 'lib/', 'bin/']);

/**
 * A call that loads a dotenv file, its arguments read for the file's path: Node's `process.loadEnvFile()`,
 * dotenv's and dotenvx's `config({ path })`, python-dotenv's `load_dotenv()` and `dotenv_values()`, django-environ's
 * `read_env()`, the Ruby dotenv gem's `Dotenv.load`, phpdotenv's `createImmutable()` and kin, godotenv's `Load()`.
 */
const LOADER_CALL = /\b(loadEnvFile|load_dotenv|dotenv_values|read_env|create(?:Unsafe)?(?:Im)?mutable|Load|Overload|load|overload|config)\s*\(/g;
/** What must come right before a loader of a common name: `godotenv.Load(`, `Dotenv.load(`, `dotenv.config(`, `require('dotenv').config(`. */
const QUALIFIED = /(?:godotenv|Dotenv|dotenvx?|dotenv['"]\s*\))\s*\.\s*$/;
/** pydantic-settings' `env_file=` (one file, or a tuple of them), up to the next `)`. */
const ENV_FILE_OPTION = /\benv_file\s*=/g;
/** Command-line loaders: Node's `--env-file`, dotenv-cli's `dotenv -e`, dotenvx's `run -f`; the path follows. */
const LOADER_FLAG = /(?:--env-file(?:-if-exists)?[= ]|\bdotenv\s+-e\s+|\bdotenvx\s+run\s+-f\s+)['"]?([^\s'"\\]+)/g;
/** A string literal on one line (short: a path). */
const STRING = /(['"`])([^'"`\n]{1,200})\1/g;
/** dotenv-safe's and envalid's `example:` option, right before a string: the file whose names must be set, not one loaded. */
const EXAMPLE_OPTION = /\bexample\s*[:=]\s*$/;

async function findLoaded(tree: TreeContext): Promise<ReadonlyMap<string, LoadedTemplate>> {
  const out = new Map<string, LoadedTemplate>();
  const templates = tree.entries.filter((e) => e.kind === 'file' && e.status !== 'ignored' && dotenvKind(e.path.slice(e.path.lastIndexOf('/') + 1)) === 'template');
  for (const t of templates) {
    if (DEFAULTS.test(t.path.slice(t.path.lastIndexOf('/') + 1))) out.set(t.path, { how: 'dotenv-flow, dotenv-defaults and their kin load files of defaults at run time', byName: true });
  }
  // A scan of changes lists only what changed, and reports only the lines it adds: a tree check of a whole file
  // would report lines no one touched. Files of defaults are judged in scans of the working tree too.
  if (tree.changedOnly) return new Map();
  if (templates.length === out.size) return out;
  const paths = new Set(templates.map((t) => t.path));
  const bases = [...new Set(templates.map((t) => t.path.slice(0, t.path.lastIndexOf('/') + 1)))];
  const candidates: { path: string; bases: string[]; dockerfile: boolean; entrypoint: boolean; rank: number }[] = [];
  for (const e of tree.entries) {
    if (e.kind !== 'file' || e.status === 'ignored') continue;
    const slash = e.path.lastIndexOf('/');
    const name = e.path.slice(slash + 1);
    // A Dockerfile that builds what is deployed: not a development container's, a test's, or vendored code's.
    const dockerfile = DOCKERFILE.test(name) && !NOT_DEPLOYED_DOCKERFILE.test(name) && tree.settings.contexts.of(e.path).context === 'production';
    // An image's entrypoint script, which runs as each container starts (InvoiceShelf's `entrypoint.d/00-setup.sh`:
    // `cp .env.example .env` when there is no `.env`): it is read as a Dockerfile is, every line a command.
    const entrypoint = !dockerfile && ENTRYPOINT_SCRIPT.test(e.path) && tree.settings.contexts.of(e.path).context === 'production';
    if (name !== 'package.json' && !dockerfile && !entrypoint && !ENTRY_FILE.test(name)) continue;
    const dir = e.path.slice(0, slash + 1);
    // A Dockerfile may sit anywhere below the template's folder (`docker/Dockerfile`, built from the root), or above it,
    // copying it from a folder of its build context (novu's `apps/api/Dockerfile`: `cp src/.example.env dist/.env`).
    const own = bases.filter((base) => (dockerfile || entrypoint ? dir.startsWith(base) || base.startsWith(dir) : dir.startsWith(base) && (name === 'package.json' ? dir === base : ENTRY_DIRS.includes(dir.slice(base.length)))));
    if (own.length > 0) {
      const rank = dockerfile || entrypoint || name === 'package.json' || LOADS_SETTINGS.test(name) ? 0 : own.some((base) => FIRST_DIRS.has(dir.slice(base.length))) ? 1 : 2;
      candidates.push({ path: e.path, bases: own, dockerfile, entrypoint, rank });
    }
  }
  // A stable sort: tree order within each rank.
  candidates.sort((a, b) => a.rank - b.rank);
  // Entry files and Dockerfiles each have their own share of reads: many Dockerfiles in a monorepo do not crowd out
  // the file that loads the template.
  const read = [
    ...candidates.filter((c) => !c.dockerfile && !c.entrypoint).slice(0, MAX_READS),
    ...candidates.filter((c) => c.dockerfile || c.entrypoint).slice(0, MAX_DOCKERFILES),
  ];
  for (const { path, bases: own, dockerfile, entrypoint } of read) {
    const text = await tree.readText(path);
    if (text === null) continue;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    // Relative to the loader's folder (`path.resolve(__dirname, '../.env.example')`), else to where the application
    // starts: the nearest template's folder, else the root. The first that names a template is the one loaded.
    // A Dockerfile above a template copies it by a path from its build context (its own folder or the root), or from
    // the `WORKDIR` it copied a folder into: a template's folder below it, when only one of them has that name.
    const from = [dir, ...own.filter((base) => !dockerfile || dir.startsWith(base)).sort((a, b) => b.length - a.length), ''];
    const below = dockerfile ? own.filter((base) => !dir.startsWith(base)) : [];
    const lines = text.split('\n');
    const runLines = dockerfile ? dockerfileCommandLines(lines) : null;
    const manifest = path.endsWith('package.json');
    for (let i = 0; i < lines.length; i++) {
      // A script that runs the tests (`"test:e2e:docker": "docker compose --env-file env-example … up"`) loads the
      // template for a test stack, not for what is deployed.
      if (manifest && TEST_SCRIPT.test(lines[i]!)) continue;
      const copied = dockerfile ? copiedToDotenv(lines[i]!, runLines!.has(i)) : entrypoint ? copiedToDotenv(lines[i]!, true) : null;
      if (entrypoint && copied === null) continue;
      for (const raw of copied?.sources ?? loadedPaths(lines, i)) {
        const relative = raw.replace(FOLDER_PREFIX, '');
        const how = copied
          ? entrypoint
            ? `\`${path}\` copies it to \`${copied.dest}\` as each container starts (line ${i + 1})`
            : `\`${path}\` copies it to \`${copied.dest}\` in the image (line ${i + 1})`
          : `\`${path}\` loads it at run time (line ${i + 1})`;
        let target = from.map((base) => resolvePath(base, relative)).find((t) => t !== null && paths.has(t)) ?? null;
        if (target === null && below.length > 0) {
          const candidates = [...new Set(below.map((base) => resolvePath(base, relative)).filter((t): t is string => t !== null && paths.has(t)))];
          if (candidates.length === 1) target = candidates[0]!;
        }
        if (target !== null && !out.has(target)) out.set(target, { how, byName: false });
      }
    }
  }
  return out;
}

/** A package.json script named for tests, as its line starts: `"test:e2e": …`, `"e2e:docker": …` (not `"start:ci"`: CI builds what is deployed). */
const TEST_SCRIPT = /^\s*"(?:[\w-]{1,40}:){0,4}(?:test|tests|e2e|spec|cypress|playwright)(?:[:_-][\w:-]{0,80})?"\s*:/;

/** A folder written as an interpolation before the file's name: `${__dirname}/`, `{BASE_DIR}/`, `#{Rails.root}/`. */
const FOLDER_PREFIX = /^(?:\$|#)?\{[ \t]*[\w.()]{1,40}[ \t]*\}\//;

/** The paths the loaders on line `i` are given (a call's arguments may run on to the next lines). */
function loadedPaths(lines: readonly string[], i: number): string[] {
  const line = lines[i]!;
  if (line.length > MAX_LINE) return [];
  const found = new Set<string>();
  LOADER_FLAG.lastIndex = 0;
  for (let m = LOADER_FLAG.exec(line); m !== null && found.size < MAX_PATHS; m = LOADER_FLAG.exec(line)) found.add(m[1]!);
  for (const re of [LOADER_CALL, ENV_FILE_OPTION]) {
    re.lastIndex = 0;
    let calls = 0;
    for (let m = re.exec(line); m !== null && calls < MAX_CALLS && found.size < MAX_PATHS; m = re.exec(line)) {
      if (re === LOADER_CALL && !/^(?:loadEnvFile|load_dotenv|dotenv_values|read_env|create)/.test(m[1]!) && !QUALIFIED.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
      calls++;
      const args = arguments_(lines, i, m.index + m[0].length);
      for (const s of stringsIn(args)) found.add(s);
      // The next call is looked for after these arguments, which are read once.
      if (args.indexOf('\n') < 0) re.lastIndex = Math.max(re.lastIndex, m.index + m[0].length + args.length);
    }
  }
  return [...found];
}

/** `Dockerfile`, `Dockerfile.prod`, `prod.Dockerfile`, `Containerfile`. */
/** A Dockerfile named for development, tests or CI (`Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile-test`). */
/** An image's entrypoint script: `docker-entrypoint.sh`, `entrypoint.d/00-setup.sh`, s6's `cont-init.d/` scripts. */
const ENTRYPOINT_SCRIPT = /(?:^|\/)(?:[\w.-]{0,40}entrypoint[\w.-]{0,40}\.sh|(?:docker-)?entrypoint\.d\/[\w.-]{1,80}\.sh|cont-init\.d\/[\w.-]{1,80})$/i;
const NOT_DEPLOYED_DOCKERFILE = /(?:^|[.-])(?:dev|devel|develop|development|local|test|tests|testing|ci|e2e)(?:[.-]|$)/i;
const DOCKERFILE = /^(?:(?:Docker|Container)file(?:[.-][\w.-]{1,40})?|[\w.-]{1,40}\.(?:d|D)ockerfile)$/;
/** A Dockerfile's `COPY` or `ADD` (its flags passed over), or a `cp` or `mv` in a `RUN`: what follows is sources, then the destination. */
const COPY_INSTRUCTION = /^\s*(?:COPY|ADD)\s+((?:--[\w-]+(?:=\S*)?\s+)*)(.*)$/i;
const COPY_COMMAND = /(?:^|[\s;&|(])(?:cp|mv)\s+((?:-[A-Za-z]+\s+)*)([^\s;&|)]+)\s+([^\s;&|)]+)/g;

/**
 * The files a Dockerfile line copies to a dotenv file in the image (`COPY .env.example .env`, `RUN cp .env.example
 * .env`), and that destination; null when it copies none.
 */
function copiedToDotenv(line: string, inRun: boolean): { sources: string[]; dest: string } | null {
  // A Dockerfile's comments start their lines.
  if (line.length > MAX_LINE || line.trimStart().startsWith('#')) return null;
  const isDotenv = (dest: string) => {
    let trimmed = dest.replace(/^["']|["']$/g, '');
    while (trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
    return dotenvKind(trimmed.slice(trimmed.lastIndexOf('/') + 1)) === 'file' ? trimmed : null;
  };
  const copy = COPY_INSTRUCTION.exec(line);
  if (copy) {
    const words = copy[2]!.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length < 2 || words[0]!.startsWith('[')) return null;
    const dest = isDotenv(words[words.length - 1]!);
    return dest === null ? null : { sources: words.slice(0, -1).map((w) => w.replace(/^["']|["']$/g, '')), dest };
  }
  // A `cp` or `mv` that a `RUN` step runs, outside quotes (`echo "cp .env.example .env"` prints advice).
  if (!inRun || !/\b(?:cp|mv)\b/.test(line)) return null;
  COPY_COMMAND.lastIndex = 0;
  for (let m = COPY_COMMAND.exec(line), n = 0; m !== null && n < MAX_CALLS; m = COPY_COMMAND.exec(line), n++) {
    if (insideQuotes(line, m.index)) continue;
    const dest = isDotenv(m[3]!);
    if (dest !== null) return { sources: [m[2]!.replace(/^["']|["']$/g, '')], dest };
  }
  return null;
}

/** Whether position `at` of `line` is inside a quoted string (quotes counted from the line's start, escapes skipped). */
function insideQuotes(line: string, at: number): boolean {
  let quote: string | null = null;
  for (let i = 0; i < at; i++) {
    const c = line[i]!;
    if (c === '\\') i++;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}

/**
 * The lines of a Dockerfile that a shell runs: a `RUN` instruction's (and a `CMD`'s or `ENTRYPOINT`'s in shell form),
 * with the lines it continues onto (`\`) and the body of its heredoc (`RUN <<EOF`); not a heredoc that `COPY` writes to
 * a file, whose lines are the file's text. An instruction is read only where one may start: not on a line continued.
 */
function dockerfileCommandLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let shell = false;
  let continued = false;
  let heredoc: { word: string; shell: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    if (heredoc !== null) {
      if (t.trim() === heredoc.word) heredoc = null;
      else if (heredoc.shell) out.add(i);
      continue;
    }
    const trimmed = t.trimStart();
    if (trimmed.startsWith('#') && !continued) continue;
    if (!continued) {
      const word = /^([A-Za-z]+)(?:\s|$)/.exec(trimmed)?.[1]?.toUpperCase();
      shell = word === 'RUN' || word === 'CMD' || word === 'ENTRYPOINT';
    }
    if (shell) out.add(i);
    const doc = t.length <= MAX_LINE ? /<<-?\s*["']?([A-Za-z_]\w{0,20})["']?/.exec(t) : null;
    if (doc !== null) {
      heredoc = { word: doc[1]!, shell };
      continued = false;
      continue;
    }
    continued = t.trimEnd().endsWith('\\');
  }
  return out;
}

/** More loader calls than this on one line, or paths than this, are not read (a line of many is no loading code). */
const MAX_CALLS = 8;
const MAX_PATHS = 16;

/** The text of a call's arguments from `start` to the `)` that closes them, over at most three more lines. */
function arguments_(lines: readonly string[], i: number, start: number): string {
  let depth = 1;
  let text = '';
  for (let k = i; k < lines.length && k <= i + 3; k++) {
    const line = k === i ? lines[k]!.slice(start) : lines[k]!;
    if (line.length > MAX_LINE) break;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return text + line.slice(0, j);
    }
    text += `${line}\n`;
  }
  return text;
}

/** The string literals of a call's arguments, but those given to an `example:` option. */
function stringsIn(args: string): string[] {
  const out: string[] = [];
  STRING.lastIndex = 0;
  for (let m = STRING.exec(args); m !== null; m = STRING.exec(args)) {
    if (!EXAMPLE_OPTION.test(args.slice(Math.max(0, m.index - 20), m.index))) out.push(m[2]!);
  }
  return out;
}

/** `raw` from the folder `from` (`''` for the root, else ending in `/`), `.` and `..` worked out; null outside the root. */
export function resolvePath(from: string, raw: string): string | null {
  if (raw.startsWith('/') || raw.includes('$') || raw.includes('{') || raw.includes('}')) return null;
  const parts = from === '' ? [] : from.slice(0, -1).split('/');
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Longer lines are not read for loaders (minified code). */
const MAX_LINE = 4096;
