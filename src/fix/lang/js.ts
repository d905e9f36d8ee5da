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

/** The function a required read calls (`requiredRead`). */
export const REQUIRED_ENV = 'requiredEnv';

/**
 * The read that takes the place of a literal outside a one-line declaration:
 * `requiredEnv('JWT_SECRET')`, with that function declared once after the
 * imports. The variable is read where the value is used, each time: a read
 * at module level would run as the module loads, before an ES module app's
 * entry has loaded its `.env` (its imports run first), and would fail every
 * test that imports the module. A file that uses the name for something
 * else is refused; one that declares it already (an earlier fix) keeps its own.
 */
export function requiredRead(v: SourceView, name: string, style: JsStyle): { edits: TextEdit[]; call: string } | { refused: string } {
  const call = `${REQUIRED_ENV}(${style.quote}${name}${style.quote})`;
  if (new RegExp(`^[ \\t]*function\\s+${REQUIRED_ENV}\\s*\\(`, 'm').test(v.text)) return { edits: [], call };
  if (usesIdentifier(v, REQUIRED_ENV)) return { refused: `the file already uses the name \`${REQUIRED_ENV}\` for something else` };
  const { at, hasImports } = afterImports(v);
  const unit = indentUnit(v);
  const ts = isTypeScript(v.path);
  const lines = [
    `function ${REQUIRED_ENV}(name${ts ? ': string' : ''})${ts ? ': string' : ''} {`,
    `${unit}const value = process.env[name]${style.semi}`,
    `${unit}if (!value) throw new Error(\`\${name} is not set\`)${style.semi}`,
    `${unit}return value${style.semi}`,
    '}',
  ];
  const block = lines.map((l) => l + v.eol).join('');
  const atEnd = at >= v.text.length && v.text.length > 0 && !/[\r\n]$/.test(v.text);
  return { edits: [insert(at, (atEnd ? v.eol : '') + (hasImports ? v.eol + block : block + v.eol))], call };
}

/** The file's indentation step: a tab, or the smallest run of leading spaces (2 when nothing tells). */
function indentUnit(v: SourceView): string {
  let spaces = 0;
  for (let n = 1; n <= Math.min(v.lineCount, 400); n++) {
    const lead = /^[ \t]*/.exec(v.lineText(n))![0];
    if (lead.length === 0 || v.lineText(n).trim() === '' || /^\s*\*/.test(v.lineText(n))) continue;
    if (lead.startsWith('\t')) return '\t';
    if (spaces === 0 || lead.length < spaces) spaces = lead.length;
  }
  return ' '.repeat(spaces === 0 || spaces > 8 ? 2 : spaces);
}
