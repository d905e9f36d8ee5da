import type { PathFinding, TreeContext } from '../types';
import { normalizeName } from './secret-names';

/**
 * Settings that the production settings replace. Frameworks split their
 * settings into a base every environment loads and one file per
 * environment loaded after it; a literal in the base that the production
 * file sets again from elsewhere (the environment, a file, a generated key)
 * never reaches production. It is what development and the tests run with:
 * a development value.
 *
 * - Django's split settings: `settings/base.py` (or `common.py`,
 *   `defaults.py`…) and `settings/production.py` or `prod.py`, which starts
 *   with `from .base import *` and sets `SECRET_KEY` itself (linkding's
 *   `prod.py` reads it from a file or generates one).
 * - Phoenix: `config/config.exs`, then `config/runtime.exs` (evaluated at
 *   boot, after it) or `config/prod.exs`, which set `secret_key_base:` from
 *   the environment (teslamate, firezone).
 *
 * A production file that sets the name to a literal of its own is reported
 * there; it overrides nothing here.
 */

/** Reads a small text file below the root (null when it cannot); answers are kept for the scan. */
type Read = (path: string) => Promise<string | null>;

const DJANGO_BASE = /^((?:.*\/)?settings\/)(base|common|defaults?|shared|core)\.py$/;
const DJANGO_PRODUCTION = ['production.py', 'prod.py'];
const PHOENIX_BASE = /^((?:.*\/)?config\/)config\.exs$/;
const PHOENIX_PRODUCTION = ['runtime.exs', 'prod.exs'];
/** `secret_key_base: System.get_env(…)`, `secret_key_base: secret_key_base`, `secret_key_base: env!(…)`: anything but a string. */
const PHOENIX_SETS = /\bsecret_key_base:\s*(?![\s"'~])\S/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The production settings file that sets `name` again, not to a literal, after the base file at `path`; null when none does. */
export async function overridingFile(path: string, name: string, read: Read): Promise<string | null> {
  const django = DJANGO_BASE.exec(path);
  if (django && /^[A-Z][A-Z0-9_]*$/.test(name)) {
    const [, dir, stem] = django;
    const inherits = new RegExp(`^\\s*from\\s+(?:\\.|[\\w.]+\\.)${stem}\\s+import\\b`, 'm');
    // At any depth: `if os.path.isfile(key_file): SECRET_KEY = …` / `else: SECRET_KEY = get_random_secret_key()`.
    const sets = new RegExp(`^[ \\t]*${escape(name)}[ \\t]*=[ \\t]*(?![rRbBuUfF]{0,2}["'])[^\\s#]`, 'm');
    for (const sibling of DJANGO_PRODUCTION) {
      const text = await read(dir + sibling);
      if (text !== null && inherits.test(text) && sets.test(text)) return dir + sibling;
    }
    return null;
  }
  const phoenix = PHOENIX_BASE.exec(path);
  if (phoenix && normalizeName(name) === 'secretkeybase') {
    for (const sibling of PHOENIX_PRODUCTION) {
      const text = await read(phoenix[1] + sibling);
      if (text !== null && PHOENIX_SETS.test(text)) return phoenix[1] + sibling;
    }
  }
  return null;
}

/**
 * Gives each finding in a production base settings file that the
 * production settings set again the development context, naming that
 * file. Findings whose section already says where they sit keep it.
 */
export async function reviseOverridden(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  const texts = new Map<string, Promise<string | null>>();
  const read: Read = (p) => {
    let t = texts.get(p);
    if (t === undefined) texts.set(p, (t = tree.readText(p)));
    return t;
  };
  for (const f of found) {
    if (f.context !== undefined || f.key === undefined || f.line === undefined) continue;
    if (!DJANGO_BASE.test(f.path) && !PHOENIX_BASE.test(f.path)) continue;
    if (tree.settings.contexts.of(f.path).context !== 'production') continue;
    const by = await overridingFile(f.path, f.key, read);
    if (by !== null) {
      f.context = 'development';
      f.contextWhy = `\`${by}\` sets it again for production`;
    }
  }
}
