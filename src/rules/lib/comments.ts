import type { Lang } from './filetype';

/**
 * Where a comment starts on one line of a configuration syntax, or the
 * line's length when there is none. Text in a comment is prose or a
 * disabled example (`# --set app.secretKey=...`), never an assignment the
 * program reads. Code syntaxes (Python, JavaScript…) are read by the lexer
 * in `code-lexer.ts` instead, which also tells docstrings and message text,
 * and a commented-out assignment (a notice) from prose.
 */
export function commentStart(s: string, lang: Lang): number {
  const first = firstNonSpace(s);
  switch (lang) {
    case 'dockerfile':
    case 'systemd':
      return s[first] === '#' || (lang === 'systemd' && s[first] === ';') ? first : s.length;
    case 'properties':
      // `#` and `!` start a comment only at the line's start; later they are part of the value.
      return s[first] === '#' || s[first] === '!' ? first : s.length;
    case 'make':
      for (let i = 0; i < s.length; i++) if (s[i] === '#' && s[i - 1] !== '\\') return i;
      return s.length;
    case 'yaml':
    case 'toml':
    case 'shell':
    case 'ini':
    case 'hcl':
      return scan(s, lang, first);
    case 'rust':
      return rustComment(s, first);
    default:
      return s.length;
  }
}

/**
 * Rust: `//` (doc comments `///` and `//!` too) outside a string, or a line that opens a block comment. Only `"`
 * opens a string here: a `'` is as often a lifetime (`&'a str`) as a character.
 */
function rustComment(s: string, first: number): number {
  if (s.startsWith('/*', first)) return first;
  let quoted = false;
  for (let i = first; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '/' && s[i + 1] === '/') return i;
  }
  return s.length;
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** One pass, aware of quotes, for the syntaxes where a comment may follow a value. */
function scan(s: string, lang: Lang, first: number): number {
  // `//` opens a line's comment in the C-style configurations named `.conf` too (GNUstep's, as SOGo's `sogo.conf`).
  if (lang === 'ini' && (s[first] === ';' || s[first] === '#' || s.startsWith('//', first))) return first;
  let quote: string | null = null;
  for (let i = first; i < s.length; i++) {
    const c = s[i]!;
    if (quote !== null) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    const afterSpace = i === first || s[i - 1] === ' ' || s[i - 1] === '\t';
    if (c === '"' || c === "'") {
      if (opensQuote(s, i, lang, first)) quote = c;
      continue;
    }
    if (c === '#') {
      // TOML and HCL have no bare words for `#` to sit in; elsewhere a comment needs a space before it.
      if (lang === 'toml' || lang === 'hcl' || afterSpace) return i;
      continue;
    }
    if (lang === 'hcl' && c === '/' && (s[i + 1] === '/' || s[i + 1] === '*')) return i;
    if (lang === 'ini' && c === ';' && afterSpace) return i;
  }
  return s.length;
}

/** In YAML and INI a quote opens a string only at the start of a value (`it's` is a plain word). */
function opensQuote(s: string, i: number, lang: Lang, first: number): boolean {
  if (lang !== 'yaml' && lang !== 'ini') return true;
  let k = i - 1;
  while (k >= first && (s[k] === ' ' || s[k] === '\t')) k--;
  if (k < first) return true;
  return ':-[{,='.includes(s[k]!);
}

/**
 * One line of code read up to `end`: where a line comment starts before it (`#` in Ruby and Python, `//` elsewhere;
 * -1 if none), and whether a string quoted with `"`, `'` or a backtick is still open there. Escapes are skipped; a
 * string or comment from an earlier line is not seen.
 */
export function scanLineCode(t: string, lang: Lang, end = t.length): { comment: number; inString: boolean } {
  const hash = lang === 'ruby' || lang === 'python';
  let quote = '';
  for (let i = 0; i < end && i < t.length; i++) {
    const c = t[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (hash ? c === '#' : c === '/' && t[i + 1] === '/') {
      return { comment: i, inString: false };
    }
  }
  return { comment: -1, inString: quote !== '' };
}
