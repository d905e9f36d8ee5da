import { insert, type SourceView } from '../source';
import type { TextEdit } from '../types';

/** A top-level `import os` (or `import os.path`, which binds `os` too), not under another name. */
export function importsOs(text: string): boolean {
  for (const m of text.matchAll(/^import[ \t]+([^#\r\n;]+)/gm)) {
    for (const item of m[1]!.split(',')) {
      const words = item.trim().split(/\s+/);
      if (words.length === 1 && /^os(?:\.\w+)*$/.test(words[0]!)) return true;
    }
  }
  return false;
}

const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;

/**
 * The edit that adds `import os` where Python wants it: after the module
 * docstring and any `from __future__` imports (which must come first),
 * before the first other import, or above the first statement with a blank
 * line. None when the module already imports `os`.
 */
export function addImportOs(v: SourceView): TextEdit | null {
  if (importsOs(v.text)) return null;
  let n = 1;
  const skipBlank = () => {
    while (n <= v.lineCount && BLANK_OR_COMMENT.test(v.lineText(n))) n++;
  };
  skipBlank();
  if (n <= v.lineCount) {
    const span = v.code?.spanAt(v.lineStart(n) + (v.lineText(n).length - v.lineText(n).trimStart().length));
    if (span?.kind === 'docstring') {
      n = v.lineAt(span.end) + 1;
      skipBlank();
    }
  }
  while (n <= v.lineCount && /^from[ \t]+__future__[ \t]+import\b/.test(v.lineText(n))) {
    // A parenthesised list runs to its closing parenthesis.
    if (v.lineText(n).includes('(') && !v.lineText(n).includes(')')) {
      while (n <= v.lineCount && !v.lineText(n).includes(')')) n++;
    }
    n++;
    skipBlank();
  }
  if (n > v.lineCount) {
    const end = v.text.length;
    const sep = end === 0 || /[\r\n]$/.test(v.text) ? '' : v.eol;
    return insert(end, `${sep}import os${v.eol}`);
  }
  const line = v.lineText(n);
  const isImport = /^(?:import|from)[ \t]/.test(line);
  return insert(v.lineStart(n), isImport ? `import os${v.eol}` : `import os${v.eol}${v.eol}`);
}

/**
 * Whether a key set on `line` (its text up to the value: `before`) is the `SECRET_KEY` (or Flask-JWT-Extended's
 * `JWT_SECRET_KEY`) of a settings module or a config class, read when the module is imported: such a module is often
 * imported and then overridden (Django's `from .base import *` then `production.py`'s own key; Flask's
 * `from_object(default_settings)` then `from_pyfile(…)`), so a read that raises when the variable is unset would stop
 * every import of it, tests and deployments configured another way included. `os.environ.get` leaves the setting
 * `None` there, which Django, Flask and Flask-JWT-Extended refuse once a key is needed. Other names stay strict: an
 * application's own check of a `None` secret may let a request through (`None == None` for a missing header).
 *
 * A settings module by its path (`settings.py`, `default_settings.py`, a module of a `settings/` package), the
 * assignment at its top level; a config class by its name (`class ProductionConfig(Config):`, at the top level), the
 * assignment one level into it.
 */
export function isOverridableSetting(v: SourceView, line: number, before: string): boolean {
  const m = /^([ \t]*)(?:SECRET_KEY|JWT_SECRET_KEY)[ \t]*=[ \t]*$/.exec(before);
  if (!m) return false;
  const indent = m[1]!;
  if (indent === '') return SETTINGS_MODULE.test(v.path);
  // A class attribute: the nearest line above that is less indented opens a config class at the top level, and every
  // line between is the class's own (as indented as this one, or more).
  for (let n = line - 1; n >= 1; n--) {
    const text = v.lineText(n);
    if (text.trim() === '') continue;
    const own = /^[ \t]*/.exec(text)![0];
    if (own.length >= indent.length) continue;
    const cls = /^class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\([^)]*\))?[ \t]*:/.exec(text);
    return cls !== null && own === '' && CONFIG_CLASS.test(cls[1]!);
  }
  return false;
}

/** A settings module by its path: `settings.py`, `default_settings.py`, `settings/base.py` (not any `config.py`). */
const SETTINGS_MODULE = /(?:^|\/)(?:settings\/[^/]+|[\w-]*settings)\.py$/;
/** A config class by its name: `Config`, `ProductionConfig`, `Settings`, `DevSettings`, `BaseConfiguration`. */
const CONFIG_CLASS = /(?:Config|Settings|Configuration)$/;
