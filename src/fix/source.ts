import { familyOf, lexCode, type CodeMap, type Family } from '../rules/lib/code-lexer';
import { langOf, type Lang } from '../rules/lib/filetype';
import { lineOffsets } from './locate';
import type { TextEdit } from './types';

/** A quoted literal as written: prefix and quotes included. */
export interface LiteralBounds {
  start: number;
  end: number;
  /** The quote character, or '' for a bare value (YAML, properties, shell). */
  quote: string;
}

/**
 * One file's text as the planners read it: lines, line endings, and the
 * lexer's map of strings and comments (built on first use) for code.
 */
export class SourceView {
  readonly lang: Lang | null;
  readonly family: Family | null;
  readonly eol: string;
  private readonly starts: number[];
  private map: CodeMap | null | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    this.lang = langOf(name);
    this.family = this.lang ? familyOf(this.lang, name) : null;
    this.starts = lineOffsets(text);
    const crlf = text.indexOf('\r\n');
    this.eol = crlf >= 0 && crlf <= text.indexOf('\n') ? '\r\n' : '\n';
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of the 1-based line `n`. */
  lineStart(n: number): number {
    return this.starts[n - 1] ?? this.text.length;
  }

  /** Offset just past the last character of line `n`, before its line ending. */
  lineEnd(n: number): number {
    let end = n < this.starts.length ? this.starts[n]! : this.text.length;
    while (end > this.lineStart(n) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  lineText(n: number): string {
    return this.text.slice(this.lineStart(n), this.lineEnd(n));
  }

  /** 1-based line holding offset `at`. */
  lineAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The line's text before `at`. */
  before(at: number): string {
    return this.text.slice(this.lineStart(this.lineAt(at)), at);
  }

  /** The line's text from `at` to its end. */
  after(at: number): string {
    return this.text.slice(at, this.lineEnd(this.lineAt(at)));
  }

  get code(): CodeMap | null {
    if (this.map === undefined) this.map = this.family ? lexCode(this.text, this.family) : null;
    return this.map;
  }

  /**
   * The literal whose body is exactly `[start, end)`: for code, the
   * lexer's string (with its prefix, such as Python's `b`, and quotes),
   * on one line and with nothing glued to it (`'a' 'b'`, `'a' + x`), so
   * replacing it replaces the whole value. For configuration syntaxes, the
   * value with the quotes around it, if any. Null when the value is not
   * such a literal.
   */
  literal(start: number, end: number): LiteralBounds | null {
    let bounds: LiteralBounds;
    if (this.family !== null) {
      const span = this.code?.spanAt(start);
      if (!span || span.kind !== 'string' || span.bodyStart !== start || span.bodyEnd !== end) return null;
      if (this.lineAt(span.start) !== this.lineAt(span.end)) return null;
      const quote = this.text[span.bodyStart - 1]!;
      if (quote !== '"' && quote !== "'" && quote !== '`') return null;
      if (quote === '`' && this.text.slice(start, end).includes('${')) return null;
      bounds = { start: span.start, end: span.end, quote };
    } else {
      const q = this.text[start - 1];
      bounds = (q === '"' || q === "'") && this.text[end] === q ? { start: start - 1, end: end + 1, quote: q } : { start, end, quote: '' };
    }
    if (this.family === null) return bounds;
    const next = this.after(bounds.end).trimStart()[0];
    const prev = this.before(bounds.start).trimEnd().slice(-1);
    // A literal glued to another (`'a' 'b'`) or joined with `+`, `%`, `*`: replacing one part would leave the rest.
    if (next !== undefined && /['"`+%*]/.test(next)) return null;
    if (prev !== '' && /['"`+%*]/.test(prev)) return null;
    return bounds;
  }
}

/** The quote a replacement should use: the literal's own, else a double quote. */
export function quoteOf(b: LiteralBounds, fallback = '"'): string {
  return b.quote === '"' || b.quote === "'" ? b.quote : fallback;
}

export function replace(start: number, end: number, text: string): TextEdit {
  return { start, end, text };
}

export function insert(at: number, text: string): TextEdit {
  return { start: at, end: at, text };
}
