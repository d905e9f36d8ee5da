// Rewrites a bundle's source so that every character is ASCII: V8 keeps an ASCII
// source in one byte a character, where a single `…` makes the whole chunk a
// two-byte string (twice the memory to read, decode and scan at every start).
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;
/** JSDoc is comment text here: parsing it would put its `import('…')` types among the literals. */
const OPTIONS = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

/** `\uXXXX` for each UTF-16 unit of `text` above 0x7f (a pair for characters beyond the BMP). */
function escapeUnits(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c < 0x80 ? text[i] : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * Escapes the non-ASCII characters of a string, template or regular
 * expression literal's source text. A character already behind a backslash
 * (`'\…'`, an identity escape) loses that backslash: `\…` and `\u2026` mean the
 * same there, and `\\u2026` would not.
 */
function escapeLiteral(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next < 0x80) {
        out += ch + text[i + 1];
        i++;
        continue;
      }
      // The escaped unit, and its trail surrogate too when it starts a pair.
      const pair = next >= 0xd800 && next <= 0xdbff && i + 2 < text.length;
      out += escapeUnits(text.slice(i + 1, i + (pair ? 3 : 2)));
      i += pair ? 2 : 1;
      continue;
    }
    out += escapeUnits(ch);
  }
  return out;
}

/** The cooked text of every string and untagged template part, in source order. */
function literalTexts(file) {
  const texts = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/**
 * `source` with every non-ASCII character escaped. Only literals and
 * comments may hold one; anywhere else (an identifier, a tagged template,
 * whose raw text its tag may read) the build stops, naming the place.
 */
export function asciiOnly(name, source) {
  if (!NON_ASCII.test(source)) return source;
  const file = ts.createSourceFile(name, source, OPTIONS, true, ts.ScriptKind.JS);
  /** [start, end, kind] of each literal and comment. */
  const ranges = [];
  const where = (pos) => {
    const { line, character } = file.getLineAndCharacterOfPosition(pos);
    return `${name}:${line + 1}:${character + 1}`;
  };
  const comments = new Set();
  const visit = (node) => {
    // Every comment is the leading or trailing trivia of some token, the end of the file's included.
    for (const c of [...(ts.getLeadingCommentRanges(source, node.pos) ?? []), ...(ts.getTrailingCommentRanges(source, node.end) ?? [])]) {
      if (!comments.has(c.pos)) ranges.push([c.pos, c.end, 'comment']);
      comments.add(c.pos);
    }
    if (ts.isTaggedTemplateExpression(node) && NON_ASCII.test(node.template.getText(file))) throw new Error(`${where(node.template.getStart(file))}: a tagged template holds a non-ASCII character; its tag may read the raw text, so write it as \\u escapes`);
    if (ts.isStringLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      ranges.push([node.getStart(file), node.getEnd(), 'literal']);
      return;
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, kind] of ranges) {
    const before = source.slice(at, start);
    const bad = before.search(NON_ASCII);
    if (bad >= 0) throw new Error(`${where(at + bad)}: a non-ASCII character outside any literal or comment`);
    const text = source.slice(start, end);
    out += before + (kind === 'comment' ? escapeUnits(text) : escapeLiteral(text));
    at = end;
  }
  const rest = source.slice(at);
  const bad = rest.search(NON_ASCII);
  if (bad >= 0) throw new Error(`${where(at + bad)}: a non-ASCII character outside any literal or comment`);
  out += rest;
  // The same program: every literal means what it meant.
  const after = ts.createSourceFile(name, out, OPTIONS, false, ts.ScriptKind.JS);
  const a = literalTexts(file);
  const b = literalTexts(after);
  const changed = a.length !== b.length ? 0 : a.findIndex((t, i) => t !== b[i]);
  if (changed >= 0) throw new Error(`${name}: escaping changed the value of a literal (${JSON.stringify(a[changed]).slice(0, 80)})`);
  return out;
}
