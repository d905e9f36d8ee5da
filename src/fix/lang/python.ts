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
 * Whether a value at `line` is a setting of a settings module or a config class, read when the module is imported:
 * such a module is often imported and then overridden (Django's `from .base import *` then `production.py`'s own key;
 * Flask's `from_object(default_settings)` then `from_pyfile(…)`), so a read that raises when the variable is unset
 * would stop every import of it, tests and deployments configured another way included. `os.environ.get` leaves the
 * setting `None` there instead, which Django and Flask refuse once a key is needed.
 *
 * A settings module by its path (`settings.py`, `default_settings.py`, `config.py`, any module of a `settings/` or
 * `config/` package); a config class by its name (`class ProductionConfig(Config):`, `class Settings:`). Anywhere
 * else (a module that checks a webhook's signature against its constant) a missing variable must stop the import:
 * `None` compared with a missing header would let a request through. Never inside a function, which runs when called.
 */
export function isOverridableSetting(v: SourceView, line: number): boolean {
  const settingsModule = SETTINGS_MODULE.test(v.path);
  let indent = /^[ \t]*/.exec(v.lineText(line))![0].length;
  if (indent === 0) return settingsModule;
  let inConfigClass = false;
  // The blocks the line is in, innermost first: a function's makes it code that runs later.
  for (let n = line - 1; n >= 1 && indent > 0; n--) {
    const text = v.lineText(n);
    if (BLANK_OR_COMMENT.test(text)) continue;
    const own = /^[ \t]*/.exec(text)![0].length;
    if (own >= indent) continue;
    indent = own;
    if (/^[ \t]*(?:async[ \t]+)?def[ \t]/.test(text)) return false;
    const cls = /^[ \t]*class[ \t]+([A-Za-z_]\w*)/.exec(text);
    if (cls && CONFIG_CLASS.test(cls[1]!)) inConfigClass = true;
  }
  return settingsModule || inConfigClass;
}

/** A settings module by its path: `settings.py`, `default_settings.py`, `config.py`, `conf.py`, `settings/base.py`. */
const SETTINGS_MODULE = /(?:^|\/)(?:(?:settings|config|conf|configs)\/[^/]+|[\w-]*(?:settings|config|conf))\.py$/;
/** A config class by its name: `Config`, `ProductionConfig`, `Settings`, `DevSettings`, `BaseConfiguration`. */
const CONFIG_CLASS = /(?:Config|Settings|Configuration)$/;
