import type { TreeContext } from '../types';
import { dotenvKind } from './dotenv-names';

/**
 * Templates (`.env.example`…) that the application itself loads when it starts, by path, with what loads them
 * (files of defaults, `.env.defaults`, by their name)
 * (`` `app.js` loads it at run time ``): hackathon-starter's `app.js` calls `process.loadEnvFile('.env.example')`.
 * A loader fills in only what the environment leaves unset, so every value there is every deployment's fallback.
 *
 * Only the files that start an application or read its settings are read (`app.js`, `server.ts`, `main.py`,
 * `config.py`, `settings.py`, `package.json`'s scripts…, beside the template or in its `src/`, `config/`, `app/`,
 * `server/`, `lib/` or `bin/`), at most `MAX_READS`, and only when the tree has a template: a scan of a tree without
 * one reads nothing more.
 */
export function loadedTemplates(tree: TreeContext): Promise<ReadonlyMap<string, LoadedTemplate>> {
  let found = MEMO.get(tree);
  if (found === undefined) MEMO.set(tree, (found = findLoaded(tree)));
  return found;
}

export interface LoadedTemplate {
  /** What loads it, for messages. */
  how: string;
  /** Loaded by its name (`.env.defaults`), which `dotenv-template-secret` judges so in every file already. */
  byName: boolean;
}

const MEMO = new WeakMap<TreeContext, Promise<ReadonlyMap<string, LoadedTemplate>>>();

/** Files of defaults, which dotenv-flow and dotenv-defaults load under the environment: loaded by their name. */
const DEFAULTS = /^\.env\.defaults?$/i;

/** More candidate files than this are not read. */
const MAX_READS = 48;

/** A file that starts an application or reads its settings, by name. */
const ENTRY_FILE = /^(?:app|server|index|main|start|bootstrap|config|settings|env|environment|wsgi|asgi|manage)\.(?:[cm]?[jt]s|py|rb|php|go)$/;
const ENTRY_DIRS = ['', 'src/', 'config/', 'app/', 'server/', 'lib/', 'bin/'];

/**
 * A call or option that loads a dotenv file, on the line that names it: Node's `process.loadEnvFile()` and
 * `--env-file`, dotenv's `config({ path })`, python-dotenv's `load_dotenv()` and `dotenv_values()`, django-environ's
 * `read_env()`, pydantic-settings' `env_file=`, the Ruby dotenv gem's `Dotenv.load`, phpdotenv's `createImmutable()`
 * and kin, godotenv's `Load()`, dotenv-cli's `dotenv -e` and dotenvx's `run -f`.
 */
const LOADER =
  /\b(?:loadEnvFile|load_dotenv|dotenv_values|read_env|create(?:Unsafe)?(?:Im)?mutable|godotenv\s*\.\s*(?:Load|Overload)|Dotenv\s*\.\s*(?:load|overload)|dotenvx?\s*\.\s*config|config\s*\(\s*\{\s*path|env_file\s*=)|--env-file[= ]|\bdotenv(?:x\s+run)?\s+(?:-e|-f)\s/;
/** A `path:` option on its own line, under a `config(` call a line or two above (`require('dotenv').config({`). */
const PATH_OPTION = /\bpath\s*[:=]/;
const CONFIG_CALL = /\bconfig\s*\(\s*\{?\s*$/;
/** dotenv-safe's and envalid's `example:` option: the file whose names must be set, not one whose values are loaded. */
const EXAMPLE_OPTION = /\bexample\s*[:=]\s*[^,]*$/;

async function findLoaded(tree: TreeContext): Promise<ReadonlyMap<string, LoadedTemplate>> {
  const out = new Map<string, LoadedTemplate>();
  if (tree.changedOnly) return out;
  const templates = tree.entries.filter((e) => e.kind === 'file' && e.status !== 'ignored' && dotenvKind(e.path.slice(e.path.lastIndexOf('/') + 1)) === 'template');
  for (const t of templates) {
    if (DEFAULTS.test(t.path.slice(t.path.lastIndexOf('/') + 1))) out.set(t.path, { how: 'dotenv-flow, dotenv-defaults and their kin load files of defaults at run time', byName: true });
  }
  if (templates.length === out.size) return out;
  const dirs = new Map<string, string[]>();
  for (const t of templates) {
    const dir = t.path.slice(0, t.path.lastIndexOf('/') + 1);
    dirs.set(dir, [...(dirs.get(dir) ?? []), t.path.slice(dir.length)]);
  }
  const candidates: string[] = [];
  for (const e of tree.entries) {
    if (e.kind !== 'file' || e.status === 'ignored') continue;
    const slash = e.path.lastIndexOf('/');
    const name = e.path.slice(slash + 1);
    if (!ENTRY_FILE.test(name) && name !== 'package.json') continue;
    const dir = e.path.slice(0, slash + 1);
    for (const base of dirs.keys()) {
      if (!dir.startsWith(base)) continue;
      const sub = dir.slice(base.length);
      if (name === 'package.json' ? sub === '' : ENTRY_DIRS.includes(sub)) candidates.push(e.path);
    }
  }
  for (const path of candidates.slice(0, MAX_READS)) {
    const text = await tree.readText(path);
    if (text === null) continue;
    const lines = text.split('\n');
    const base = [...dirs.keys()].filter((d) => path.startsWith(d)).sort((a, b) => b.length - a.length)[0]!;
    for (const name of dirs.get(base)!) {
      const template = base + name;
      if (out.has(template) || !text.includes(name)) continue;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const at = quotedNameAt(line, name);
        if (at < 0 || EXAMPLE_OPTION.test(line.slice(0, at))) continue;
        const above = lines.slice(Math.max(0, i - 2), i);
        if (LOADER.test(line) || (PATH_OPTION.test(line) && above.some((l) => CONFIG_CALL.test(l)))) {
          out.set(template, { how: `\`${path}\` loads it at run time (line ${i + 1})`, byName: false });
          break;
        }
      }
    }
  }
  return out;
}

/** Where `name` is written as a file name on the line (quoted, or after `=`/a space, as a path's last part); -1 if not. */
function quotedNameAt(line: string, name: string): number {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    const before = line[at - 1];
    const after = line[at + name.length];
    if ((before === undefined || `'"\`/= `.includes(before)) && (after === undefined || `'"\` ),;`.includes(after))) return at;
  }
  return -1;
}
