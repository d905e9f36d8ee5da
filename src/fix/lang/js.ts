import { insert, type SourceView } from '../source';
import type { TextEdit } from '../types';

/** How a JavaScript file writes statements: with or without semicolons, and its usual quote. */
export interface JsStyle {
  semi: string;
  quote: string;
}

const IMPORT_START = /^import[\s{*'"]/;
const REQUIRE_LINE = /^(?:const|let|var)\s+[^=]+=\s*require\(\s*['"][^'"]+['"]\s*\)[\w.]*\s*;?\s*(?:\/\/.*)?$/;

/** The file's own style, judged by its import lines (else by its first lines). */
export function jsStyle(v: SourceView, quote = "'"): JsStyle {
  const sample: string[] = [];
  for (let n = 1; n <= Math.min(v.lineCount, 200) && sample.length < 20; n++) {
    const t = v.lineText(n).trim();
    if (IMPORT_START.test(t) || REQUIRE_LINE.test(t) || /^(?:export\s+)?(?:const|let|var)\s/.test(t)) sample.push(t);
  }
  const semis = sample.filter((t) => t.endsWith(';')).length;
  const singles = sample.join('').split("'").length;
  const doubles = sample.join('').split('"').length;
  return { semi: sample.length > 0 && semis * 2 < sample.length ? '' : ';', quote: doubles > singles ? '"' : singles > doubles ? "'" : quote };
}

/** `if (!X) throw new Error('NAME is not set');` in the file's style. */
export function guard(binding: string, name: string, style: JsStyle): string {
  return `if (!${binding}) throw new Error(${style.quote}${name} is not set${style.quote})${style.semi}`;
}

/**
 * Whether `name` is already an identifier in the file (declared or used
 * bare, outside strings and `process.env.NAME`): a new top-level const of
 * that name would clash.
 */
export function usesIdentifier(v: SourceView, name: string): boolean {
  const re = new RegExp(`(?<![\\w$.'"\`])${name.replace(/\$/g, '\\$')}(?![\\w$'"\`])`, 'g');
  for (const m of v.text.matchAll(re)) {
    const span = v.code?.spanAt(m.index!);
    if (!span) return true;
  }
  return false;
}

/**
 * Where a module-level declaration goes: after the imports and
 * `require()` lines at the top (after a shebang, comments and a
 * `'use strict'` directive when there are none).
 */
function afterImports(v: SourceView): { at: number; hasImports: boolean } {
  let n = 1;
  let lastImport = 0;
  let firstCode = 0;
  while (n <= v.lineCount) {
    const t = v.lineText(n).trim();
    if (t === '' || t.startsWith('//') || (n === 1 && t.startsWith('#!'))) {
      n++;
      continue;
    }
    if (t.startsWith('/*')) {
      while (n <= v.lineCount && !v.lineText(n).includes('*/')) n++;
      n++;
      continue;
    }
    if (/^['"]use strict['"];?$/.test(t)) {
      firstCode = n;
      n++;
      continue;
    }
    if (IMPORT_START.test(t)) {
      // A multi-line import runs to the line naming its module.
      while (n <= v.lineCount && !/(?:from\s*['"][^'"]+['"]|^import\s*['"][^'"]+['"])\s*;?\s*(?:\/\/.*)?$/.test(v.lineText(n).trim())) n++;
      lastImport = n;
      n++;
      continue;
    }
    if (REQUIRE_LINE.test(t)) {
      lastImport = n;
      n++;
      continue;
    }
    break;
  }
  if (lastImport > 0) return { at: v.lineStart(lastImport + 1), hasImports: true };
  if (firstCode > 0) return { at: v.lineStart(firstCode + 1), hasImports: false };
  // Before the first statement, after a shebang and leading comments.
  let k = 1;
  while (k <= v.lineCount && (v.lineText(k).trim() === '' || v.lineText(k).trim().startsWith('//') || (k === 1 && v.lineText(k).startsWith('#!')))) k++;
  return { at: v.lineStart(Math.min(k, v.lineCount + 1)), hasImports: false };
}

/** TypeScript: its checker narrows `process.env.NAME` after a check, so the check comes first and the constant is a string. */
export function isTypeScript(path: string): boolean {
  return /\.(?:ts|tsx|mts|cts)$/i.test(path);
}

/**
 * The check that goes with a declaration on line `line` that now reads
 * `process.env.NAME`: after it on the declared name in JavaScript
 * (`if (!secret) throw …`), before it on `process.env.NAME` in TypeScript,
 * so the declared constant is a `string` everywhere, functions included.
 */
export function declarationGuard(v: SourceView, line: number, binding: string, name: string, style: JsStyle): TextEdit {
  const indent = /^[ \t]*/.exec(v.lineText(line))![0];
  if (isTypeScript(v.path)) return insert(v.lineStart(line), `${indent}${guard(`process.env.${name}`, name, style)}${v.eol}`);
  return insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`);
}

/**
 * A module-level required read, placed after the imports so the module
 * fails as it loads when the variable is missing:
 * `const JWT_SECRET = process.env.JWT_SECRET;` and its check.
 */
export function hoistRequiredRead(v: SourceView, name: string, style: JsStyle): TextEdit {
  const { at, hasImports } = afterImports(v);
  const read = `const ${name} = process.env.${name}${style.semi}`;
  const lines = isTypeScript(v.path) ? [guard(`process.env.${name}`, name, style), read] : [read, guard(name, name, style)];
  const block = lines.map((l) => l + v.eol).join('');
  const atEnd = at >= v.text.length && v.text.length > 0 && !/[\r\n]$/.test(v.text);
  return insert(at, (atEnd ? v.eol : '') + (hasImports ? v.eol + block : block + v.eol));
}
