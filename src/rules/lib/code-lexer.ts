import type { Lang } from './filetype';
import { readQuoted } from './literal';

/**
 * Tells code from strings and comments in the programming languages the
 * secret-key rules read, so that a name in a docstring, a JSDoc example or
 * an error message is not taken for an assignment.
 *
 * One pass over the whole file, character by character, with a few
 * characters of look-ahead and no backtracking: linear in the file's size
 * (70–160 MB/s on real code). It is a lexer, not a parser, and a few
 * constructs are read approximately (listed per family in `Lexer`). Where
 * it must guess, it takes the guess that costs least: a regular expression
 * never runs past its line, and a quote the language ends at the line's
 * end ends there, so most misreadings cost one line, read as code as it
 * was before. Strings the language lets run on (templates, heredocs,
 * triple quotes, PHP and Ruby strings) and block comments run on until
 * they close, as they do for the language.
 *
 * web-tree-sitter would parse these exactly, but its prebuilt grammars for
 * these families weigh about 17 MB of WASM next to a 2.7 MB bundle, and it
 * parses at 2–5 MB/s.
 */
export type Family = 'python' | 'js' | 'ruby' | 'php' | 'go' | 'jvm' | 'csharp';

/**
 * Files rendered by a template engine (`settings.py.j2`): their `{{ … }}` and
 * `{% … %}` are not the language's, so its lexer would misread them.
 */
const TEMPLATE_FILE = /\.(?:j2|jinja2?|tpl|tmpl|gotmpl)$/i;

/**
 * The lexer family of a file of syntax `lang`, or null for configuration
 * syntaxes (see `comments.ts`), those it does not cover, and templates.
 */
export function familyOf(lang: Lang, fileName: string): Family | null {
  if (TEMPLATE_FILE.test(fileName)) return null;
  switch (lang) {
    case 'python':
    case 'js':
    case 'ruby':
    case 'php':
    case 'go':
    case 'jvm':
    case 'csharp':
      return lang;
    default:
      return null;
  }
}

/**
 * `docstring` is a Python string that stands as a statement of its own;
 * `doc-comment` is `/** … *\/` and C#'s `///`; `regex` a regular-expression
 * literal (JavaScript, Ruby).
 */
export type SpanKind = 'string' | 'docstring' | 'regex' | 'line-comment' | 'block-comment' | 'doc-comment';
export type Region = 'code' | SpanKind;

/** A string or comment. Offsets are into the whole text; ends are exclusive. */
export interface Span {
  kind: SpanKind;
  /** From the first character of its prefix or opening delimiter to past its closing one. */
  start: number;
  end: number;
  /** The text between the delimiters. */
  bodyStart: number;
  bodyEnd: number;
  /** The body holds a space, a tab or a line break: it is text (a sentence, a command), not one word. */
  spaced: boolean;
}

/** What the lexer found: the strings and comments in order, everything else being code. */
export class CodeMap {
  constructor(
    private readonly text: string,
    readonly spans: readonly Span[],
    /** Offset of each line's first character, lines split as `splitLines` does (LF, CRLF, CR). */
    private readonly starts: readonly number[],
  ) {}

  /** Offset in the text of the 0-based line `line`. */
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** The string or comment that holds offset `at`, or null where `at` is code. */
  spanAt(at: number): Span | null {
    const span = this.spans[this.lastFrom(at)];
    return span !== undefined && at < span.end ? span : null;
  }

  /** Index of the last span that starts at or before `at` (-1 for none): spans are in order and do not overlap. */
  private lastFrom(at: number): number {
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * Whether offset `at` lies in prose rather than code: in a comment, a
   * docstring, a regular expression, or a string whose body holds a space
   * or a line break (a message, a sentence, a command, another file's
   * text). A string without one is a single word, a quoted key
   * (`'SECRET_KEY'`), an environment entry (`"JWT_SECRET=x"`) or a
   * placeholder (`"${jwt.secret:x}"`), and reads as code. With `literal`,
   * `at` opening a string's body is that string itself (`'keyboard cat'`),
   * not text inside another one.
   */
  inText(at: number, literal = false): boolean {
    const span = this.spanAt(at);
    if (span === null) return false;
    if (span.kind !== 'string') return true;
    return span.spaced && !(literal && at === span.bodyStart);
  }

  /** What stands at column `col` of the 0-based line `line`. */
  regionAt(line: number, col: number): Region {
    return this.spanAt(this.lineStart(line) + col)?.kind ?? 'code';
  }

  /** The line `line` cut into code, string and comment ranges (columns, end exclusive). */
  ranges(line: number): { start: number; end: number; region: Region }[] {
    const from = this.lineStart(line);
    let to = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    while (to > from && (this.text.charCodeAt(to - 1) === LF || this.text.charCodeAt(to - 1) === CR)) to--;
    const out: { start: number; end: number; region: Region }[] = [];
    let at = from;
    while (at < to) {
      const index = this.lastFrom(at);
      const span = index >= 0 && at < this.spans[index]!.end ? this.spans[index]! : null;
      const next = this.spans[index + 1];
      const end = Math.min(to, span !== null ? span.end : next !== undefined ? next.start : to);
      out.push({ start: at - from, end: end - from, region: span?.kind ?? 'code' });
      at = end;
    }
    return out;
  }
}

/** The strings and comments of `text`, read as the given family's syntax. */
export function lexCode(text: string, family: Family): CodeMap {
  const lexer = new Lexer(text, family);
  lexer.run();
  return new CodeMap(text, lexer.spans, lexer.starts);
}

const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const DQ = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const SQ = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const MINUS = 45;
const SLASH = 47;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const LBRACE = 123;
const RBRACE = 125;
const TILDE = 126;

/** `prev` values besides a punctuation character: nothing yet, a word (name, number, keyword), a value (literal, closing bracket). */
const NONE = 0;
const WORD = 1;
const VALUE = 2;

/** How a string ends and what it holds. */
interface Quote {
  close: number;
  /** Closing characters in a row that end it: 3 for `"""`. */
  run: number;
  /** Ruby's `%q(…)`: the opening bracket, whose nested pairs do not close it. */
  open: number;
  escapes: boolean;
  /** C# `@"…"`: `""` stands for one quote. */
  doubled: boolean;
  /** Runs on over line ends. */
  lines: boolean;
  /** What opens an interpolated expression: `$` for `${`, `#` for `#{`, `{` for PHP's `{$`; 0 for none. */
  hole: number;
}

function quote(close: number, more: Partial<Quote> = {}): Quote {
  return { close, run: 1, open: 0, escapes: true, doubled: false, lines: false, hole: 0, ...more };
}

const LINE_SQ = quote(SQ);
const LINE_DQ = quote(DQ);
const TRIPLE_SQ = quote(SQ, { run: 3, lines: true });
const TRIPLE_DQ = quote(DQ, { run: 3, lines: true });
const JS_TEMPLATE = quote(BACKTICK, { lines: true, hole: DOLLAR });
const RUBY_SQ = quote(SQ, { lines: true });
const RUBY_DQ = quote(DQ, { lines: true, hole: HASH });
const RUBY_BACKTICK = quote(BACKTICK, { lines: true, hole: HASH });
const PHP_SQ = quote(SQ, { lines: true });
const PHP_DQ = quote(DQ, { lines: true, hole: LBRACE });
const PHP_BACKTICK = quote(BACKTICK, { lines: true, hole: LBRACE });
const GO_RAW = quote(BACKTICK, { lines: true, escapes: false });
const CS_VERBATIM = quote(DQ, { lines: true, escapes: false, doubled: true });

/** An interpolated expression being read as code: the string to go back to, and the braces opened inside it. */
interface Hole {
  quote: Quote;
  nest: number;
  depth: number;
}

interface Heredoc {
  label: string;
  /** The terminator may be indented (`<<~`, `<<-`, and PHP 7.3+). */
  indented: boolean;
  /** PHP: the terminator line goes on as code after the label. */
  php: boolean;
}

/** Words after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'if', 'unless', 'when', 'and', 'or', 'not', 'while', 'until', 'elsif', 'then']);

function isEol(c: number): boolean {
  return c === LF || c === CR;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === UNDERSCORE || c === DOLLAR || c >= 128;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE || c >= 128;
}

/** A heredoc label is at most this long: bounds the look-ahead for its closing quote. */
const MAX_LABEL = 64;

/**
 * The state machine. What each family reads, and where it approximates:
 *
 * - Python: `#`; `'…'` and `"…"` end at their line; `'''…'''` and `"""…"""`
 *   run on; prefixes `r b u f t` and pairs. A string that opens a line
 *   outside brackets is a docstring. f-string fields are part of the string.
 * - JavaScript/TypeScript: `//`, `/* *\/`, `/** *\/`; `'…'` and `"…"` end at
 *   their line; templates run on and their `${…}` are code, nested with a
 *   stack. A `/` after a name, a number, a literal or a closing bracket
 *   divides; elsewhere it opens a regular expression, which ends at its line.
 * - Ruby: `#`, `=begin`/`=end`, `__END__`; `'…'`, `"…"` (with `#{…}`) and
 *   `` `…` `` run on; heredocs `<<~X`, `<<-X`, `<<X` (capitalised or quoted
 *   labels), their bodies strings up to the terminator line; `%q(…)`,
 *   `%w[…]` and kin with nested brackets; regular expressions as in
 *   JavaScript; `$'` and `$"` are globals.
 * - PHP: `//` and `#` (not `#[`, an attribute) up to the line's end or `?>`;
 *   `/* *\/`; `'…'`, `"…"` (with `{$…}`) and `` `…` `` run on; heredoc and
 *   nowdoc `<<<X`. The file starts in PHP (snippets have no `<?php`);
 *   after `?>` quotes mean nothing until the next `<?`.
 * - Go: `//`, `/* *\/`; `"…"` and `'…'` end at their line; `` `…` `` runs on.
 * - Java, Kotlin, Scala, Groovy: `//`, `/* *\/`, `/** *\/`; `"…"` and `'…'`
 *   end at their line; `"""…"""` and `'''…'''` run on. Kotlin's `${…}` is
 *   part of the string.
 * - C#: as Java, plus `///`, `@"…"` (verbatim, `""` inside), `$"…"`, and raw
 *   `"""…"""` with any number of quotes; interpolation holes are part of the string.
 */
class Lexer {
  readonly spans: Span[] = [];
  readonly starts: number[] = [0];
  private readonly n: number;
  private lineStart = 0;
  /** Something other than spaces stood before the current token on its line. */
  private lineHasCode = false;
  /** The last thing in code: a punctuation character, WORD, VALUE or NONE. */
  private prev = NONE;
  private wordStart = 0;
  private wordEnd = 0;
  /** Open brackets (Python: a string that opens a line at depth 0 is a docstring). */
  private depth = 0;
  private readonly holes: Hole[] = [];
  private heredocs: Heredoc[] = [];
  /** PHP: after `?>`, until the next `<?`. */
  private html = false;

  constructor(
    private readonly s: string,
    private readonly family: Family,
  ) {
    this.n = s.length;
  }

  run(): void {
    let i = 0;
    // A `#!` line is no code in any family (Node, Ruby, PHP and Python scripts start with one).
    if (this.s.startsWith('#!')) i = this.lineComment(0, 2, 'line-comment');
    while (i < this.n) i = this.html ? this.inlineHtml(i) : this.code(i);
  }

  /** Moves past the line end at `i` (LF, CRLF or CR) and records the next line's start. */
  private eol(i: number): number {
    i += this.s.charCodeAt(i) === CR && this.s.charCodeAt(i + 1) === LF ? 2 : 1;
    this.starts.push(i);
    this.lineStart = i;
    this.lineHasCode = false;
    return i;
  }

  private push(kind: SpanKind, start: number, end: number, bodyStart: number, bodyEnd: number, spaced: boolean): void {
    if (end <= start) return; // the empty part between two holes: `${a}${b}`
    this.spans.push({ kind, start, end, bodyStart, bodyEnd, spaced });
  }

  /** Reads one token of code at `i` and returns where the next one starts. */
  private code(i: number): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (isEol(c)) {
      i = this.eol(i);
      return this.heredocs.length > 0 ? this.heredocBodies(i) : i;
    }
    if (c === SPACE || c === TAB || c === FF) return i + 1;
    const first = !this.lineHasCode;
    this.lineHasCode = true;
    if (c === RBRACE && this.holes.length > 0) {
      const hole = this.holes[this.holes.length - 1]!;
      if (hole.depth === 0) {
        this.holes.pop();
        return this.string(i + 1, i + 1, hole.quote, 'string', hole.nest);
      }
      hole.depth--;
    } else if (c === LBRACE && this.holes.length > 0) this.holes[this.holes.length - 1]!.depth++;
    if (this.family === 'ruby') {
      if (i === this.lineStart && (c === EQ || c === UNDERSCORE)) {
        const end = this.rubyLineStart(i);
        if (end > i) return end;
      }
      const d = s.charCodeAt(i + 1);
      if (c === DOLLAR && i + 1 < this.n && !isWordCode(d) && !isEol(d) && d !== SPACE && d !== TAB) return this.rubyGlobal(i);
    }
    if (isWordCode(c) && !(c === DOLLAR && this.family === 'csharp')) return this.word(i, first);
    switch (this.family) {
      case 'python':
        return this.python(i, c, first);
      case 'js':
        return this.js(i, c);
      case 'ruby':
        return this.ruby(i, c);
      case 'php':
        return this.php(i, c);
      case 'go':
        return this.go(i, c);
      case 'jvm':
        return this.jvm(i, c);
      case 'csharp':
        return this.csharp(i, c);
    }
  }

  /** A punctuation character with no meaning to the lexer. */
  private punct(i: number, c: number): number {
    if (c === LPAREN || c === LBRACKET || c === LBRACE) this.depth++;
    else if ((c === RPAREN || c === RBRACKET || c === RBRACE) && this.depth > 0) this.depth--;
    this.prev = c === RPAREN || c === RBRACKET ? VALUE : c;
    return i + 1;
  }

  /** A name, keyword or number; in Python, a string prefix. */
  private word(i: number, first: boolean): number {
    const s = this.s;
    let k = i + 1;
    while (k < this.n && isWordCode(s.charCodeAt(k))) k++;
    const q = s.charCodeAt(k);
    if (this.family === 'python' && (q === SQ || q === DQ) && k - i <= 2 && /^[rRbBuUfFtT]+$/.test(s.slice(i, k))) {
      return this.pythonString(i, k, first);
    }
    this.prev = WORD;
    this.wordStart = i;
    this.wordEnd = k;
    return k;
  }

  /** A `/` here (or Ruby's `%`) starts a literal rather than a division. */
  private literalMayStart(): boolean {
    if (this.prev === VALUE) return false;
    if (this.prev === WORD) return REGEX_AFTER.has(this.s.slice(this.wordStart, this.wordEnd));
    return true;
  }

  private python(i: number, c: number, first: boolean): number {
    if (c === HASH) return this.lineComment(i, 1, 'line-comment');
    if (c === SQ || c === DQ) return this.pythonString(i, i, first);
    return this.punct(i, c);
  }

  /** `start` is where the prefix starts, `q` where the quote is. */
  private pythonString(start: number, q: number, first: boolean): number {
    const s = this.s;
    const c = s.charCodeAt(q);
    const triple = s.charCodeAt(q + 1) === c && s.charCodeAt(q + 2) === c;
    // A string standing as a statement: a module, class or function docstring, or an attribute's.
    const kind: SpanKind = first && this.depth === 0 && this.prev !== BACKSLASH ? 'docstring' : 'string';
    if (triple) return this.string(start, q + 3, c === SQ ? TRIPLE_SQ : TRIPLE_DQ, kind);
    return this.string(start, q + 1, c === SQ ? LINE_SQ : LINE_DQ, kind);
  }

  private js(i: number, c: number): number {
    const s = this.s;
    if (c === SLASH) {
      const d = s.charCodeAt(i + 1);
      if (d === SLASH) return this.lineComment(i, 2, 'line-comment');
      if (d === STAR) return this.blockComment(i);
      if (this.literalMayStart()) return this.regex(i);
      return this.punct(i, c);
    }
    if (c === SQ) return this.string(i, i + 1, LINE_SQ, 'string');
    if (c === DQ) return this.string(i, i + 1, LINE_DQ, 'string');
    if (c === BACKTICK) return this.string(i, i + 1, JS_TEMPLATE, 'string');
    return this.punct(i, c);
  }

  /** `=begin` and `__END__` count only at the very start of a line; returns `i` when neither is there. */
  private rubyLineStart(i: number): number {
    const s = this.s;
    if (s.startsWith('=begin', i) && this.endsWord(i + 6)) return this.rubyBlock(i);
    if (s.startsWith('__END__', i) && (i + 7 >= this.n || isEol(s.charCodeAt(i + 7)))) return this.toEnd(i, 'block-comment', i + 7);
    return i;
  }

  private ruby(i: number, c: number): number {
    const s = this.s;
    switch (c) {
      case HASH:
        return this.lineComment(i, 1, 'line-comment');
      case SQ:
        return this.string(i, i + 1, RUBY_SQ, 'string');
      case DQ:
        return this.string(i, i + 1, RUBY_DQ, 'string');
      case BACKTICK:
        return this.string(i, i + 1, RUBY_BACKTICK, 'string');
      case SLASH:
        return this.literalMayStart() ? this.regex(i) : this.punct(i, c);
      case PERCENT:
        return this.percentLiteral(i);
      case LT:
        return this.rubyHeredoc(i);
      case QUESTION: {
        // `?'` and `?"` are character literals, not quotes.
        const d = s.charCodeAt(i + 1);
        if ((d === SQ || d === DQ) && !isWordCode(s.charCodeAt(i + 2))) {
          this.prev = VALUE;
          return i + 2;
        }
        return this.punct(i, c);
      }
      default:
        return this.punct(i, c);
    }
  }

  /** True when `i` is the text's end, a space or a line end: `=begin` must stand alone as a word. */
  private endsWord(i: number): boolean {
    const c = this.s.charCodeAt(i);
    return i >= this.n || c === SPACE || c === TAB || isEol(c);
  }

  /** `$'`, `$"`, `$/`: Ruby's punctuation globals (a `$name` is read as a word). */
  private rubyGlobal(i: number): number {
    this.prev = WORD;
    this.wordStart = this.wordEnd = i;
    return i + 2;
  }

  /** `%q(…)`, `%w[…]`, `%Q{…}`, `%(…)`, `%r{…}`: a string with its own delimiters. */
  private percentLiteral(i: number): number {
    const s = this.s;
    let k = i + 1;
    let type = s.charCodeAt(k);
    if ('qQwWiIrsx'.includes(s[k] ?? ' ') && !isWordCode(s.charCodeAt(k + 1))) k++;
    else type = 0;
    const d = s.charCodeAt(k);
    const delimiter = d === LPAREN || d === LBRACKET || d === LBRACE || d === LT || d === 124 || d === 33 || d === SLASH;
    // After a value, `%` is the modulo operator unless a space comes before it and none after (`puts %w(a b)`).
    const spacedCall = this.prev === WORD && s.charCodeAt(i - 1) === SPACE;
    if (!delimiter || (!this.literalMayStart() && !spacedCall)) return this.punct(i, PERCENT);
    const close = d === LPAREN ? RPAREN : d === LBRACKET ? RBRACKET : d === LBRACE ? RBRACE : d === LT ? GT : d;
    const interpolates = type === 0 || type === 81 /* Q */ || type === 87 /* W */ || type === 73 /* I */ || type === 114 /* r */ || type === 120; /* x */
    const q = quote(close, { open: close === d ? 0 : d, lines: true, hole: interpolates ? HASH : 0 });
    return this.string(i, k + 1, q, type === 114 ? 'regex' : 'string');
  }

  /** `<<~EOS`, `<<-EOS`, `<<EOS`, `<<~'EOS'`: the body starts on the next line. */
  private rubyHeredoc(i: number): number {
    const s = this.s;
    if (s.charCodeAt(i + 1) !== LT) return this.punct(i, LT);
    let k = i + 2;
    const m = s.charCodeAt(k);
    const indented = m === TILDE || m === MINUS;
    if (indented) k++;
    const c = s.charCodeAt(k);
    let label: string | null = null;
    if (c === SQ || c === DQ || c === BACKTICK) {
      const close = this.closingOnLine(k + 1, c);
      if (close > k + 1) {
        label = s.slice(k + 1, close);
        k = close + 1;
      }
    } else if (isWordStart(c) && (indented || (c >= 65 && c <= 90) || c === UNDERSCORE)) {
      let e = k + 1;
      while (e < this.n && isWordCode(s.charCodeAt(e)) && e - k < MAX_LABEL) e++;
      label = s.slice(k, e);
      k = e;
    }
    if (label === null) {
      this.prev = LT;
      return i + 2; // `<<` appends
    }
    this.heredocs.push({ label, indented, php: false });
    this.prev = VALUE;
    return k;
  }

  /** Where `c` closes a heredoc label on this line, within MAX_LABEL characters; -1 when it does not. */
  private closingOnLine(i: number, c: number): number {
    const s = this.s;
    for (let k = i; k < this.n && k - i <= MAX_LABEL; k++) {
      const d = s.charCodeAt(k);
      if (d === c) return k;
      if (isEol(d)) return -1;
    }
    return -1;
  }

  /** The bodies of the heredocs opened on the line just ended, in order; `i` is the next line's start. */
  private heredocBodies(i: number): number {
    const s = this.s;
    const docs = this.heredocs;
    this.heredocs = [];
    for (const doc of docs) {
      const start = i;
      let spaced = false;
      for (;;) {
        if (i >= this.n) {
          this.push('string', start, this.n, start, this.n, spaced);
          return this.n;
        }
        const end = this.terminator(i, doc);
        if (end >= 0) {
          if (doc.php) {
            this.push('string', start, end, start, i, spaced);
            this.prev = VALUE;
            this.lineHasCode = true;
            return end;
          }
          let k = end;
          while (k < this.n && !isEol(s.charCodeAt(k))) k++;
          this.push('string', start, k, start, i, spaced);
          i = k < this.n ? this.eol(k) : k;
          break;
        }
        while (i < this.n && !isEol(s.charCodeAt(i))) {
          const c = s.charCodeAt(i);
          if (c === SPACE || c === TAB) spaced = true;
          i++;
        }
        if (i < this.n) {
          spaced = true;
          i = this.eol(i);
        }
      }
    }
    return i;
  }

  /** When the line at `i` closes the heredoc: where its label ends; -1 otherwise. */
  private terminator(i: number, doc: Heredoc): number {
    const s = this.s;
    let k = i;
    if (doc.indented) while (k < this.n && (s.charCodeAt(k) === SPACE || s.charCodeAt(k) === TAB)) k++;
    if (!s.startsWith(doc.label, k)) return -1;
    const end = k + doc.label.length;
    if (doc.php) return isWordCode(s.charCodeAt(end)) ? -1 : end;
    let e = end;
    while (e < this.n && (s.charCodeAt(e) === SPACE || s.charCodeAt(e) === TAB)) e++;
    return e >= this.n || isEol(s.charCodeAt(e)) ? end : -1;
  }

  /** `=begin` … `=end`, each at the start of a line. */
  private rubyBlock(i: number): number {
    const s = this.s;
    let k = i;
    for (;;) {
      while (k < this.n && !isEol(s.charCodeAt(k))) k++;
      if (k >= this.n) break;
      k = this.eol(k);
      if (s.startsWith('=end', k) && this.endsWord(k + 4)) {
        let e = k + 4;
        while (e < this.n && !isEol(s.charCodeAt(e))) e++;
        this.push('block-comment', i, e, i + 6, k, true);
        return e;
      }
    }
    this.push('block-comment', i, this.n, i + 6, this.n, true);
    return this.n;
  }

  /** Everything from `i` to the end of the text is one span (Ruby's `__END__` data). */
  private toEnd(i: number, kind: SpanKind, body: number): number {
    let k = i;
    while (k < this.n) {
      if (isEol(this.s.charCodeAt(k))) k = this.eol(k);
      else k++;
    }
    this.push(kind, i, this.n, body, this.n, true);
    return this.n;
  }

  private php(i: number, c: number): number {
    const s = this.s;
    switch (c) {
      case HASH:
        if (s.charCodeAt(i + 1) === LBRACKET) return this.punct(i, c); // `#[Attribute]`
        return this.lineComment(i, 1, 'line-comment');
      case SLASH: {
        const d = s.charCodeAt(i + 1);
        if (d === SLASH) return this.lineComment(i, 2, 'line-comment');
        if (d === STAR) return this.blockComment(i);
        return this.punct(i, c);
      }
      case SQ:
        return this.string(i, i + 1, PHP_SQ, 'string');
      case DQ:
        return this.string(i, i + 1, PHP_DQ, 'string');
      case BACKTICK:
        return this.string(i, i + 1, PHP_BACKTICK, 'string');
      case QUESTION:
        if (s.charCodeAt(i + 1) === GT) {
          this.html = true;
          return i + 2;
        }
        return this.punct(i, c);
      case LT:
        if (s.startsWith('<<<', i)) return this.phpHeredoc(i);
        return this.punct(i, c);
      default:
        return this.punct(i, c);
    }
  }

  /** `<<<EOT`, `<<<"EOT"`, `<<<'EOT'` (nowdoc): the body starts on the next line. */
  private phpHeredoc(i: number): number {
    const s = this.s;
    let k = i + 3;
    while (k < this.n && (s.charCodeAt(k) === SPACE || s.charCodeAt(k) === TAB)) k++;
    const c = s.charCodeAt(k);
    const quoted = c === SQ || c === DQ;
    if (quoted) k++;
    const from = k;
    if (!isWordStart(s.charCodeAt(k))) return this.punct(i, LT);
    while (k < this.n && isWordCode(s.charCodeAt(k)) && k - from < MAX_LABEL) k++;
    const label = s.slice(from, k);
    if (quoted) {
      if (s.charCodeAt(k) !== c) return this.punct(i, LT);
      k++;
    }
    this.heredocs.push({ label, indented: true, php: true });
    this.prev = VALUE;
    return k;
  }

  /** Text outside `<?php … ?>`: not PHP, so its quotes open nothing. Left as code. */
  private inlineHtml(i: number): number {
    const s = this.s;
    while (i < this.n) {
      const c = s.charCodeAt(i);
      if (isEol(c)) {
        i = this.eol(i);
        continue;
      }
      if (c === LT && s.charCodeAt(i + 1) === QUESTION) {
        this.html = false;
        this.prev = NONE;
        if (s.startsWith('php', i + 2)) return i + 5;
        return s.charCodeAt(i + 2) === EQ ? i + 3 : i + 2;
      }
      i++;
    }
    return i;
  }

  private go(i: number, c: number): number {
    const s = this.s;
    if (c === SLASH) {
      const d = s.charCodeAt(i + 1);
      if (d === SLASH) return this.lineComment(i, 2, 'line-comment');
      if (d === STAR) return this.blockComment(i);
      return this.punct(i, c);
    }
    if (c === DQ) return this.string(i, i + 1, LINE_DQ, 'string');
    if (c === SQ) return this.string(i, i + 1, LINE_SQ, 'string');
    if (c === BACKTICK) return this.string(i, i + 1, GO_RAW, 'string');
    return this.punct(i, c);
  }

  private jvm(i: number, c: number): number {
    const s = this.s;
    if (c === SLASH) {
      const d = s.charCodeAt(i + 1);
      if (d === SLASH) return this.lineComment(i, 2, 'line-comment');
      if (d === STAR) return this.blockComment(i);
      return this.punct(i, c);
    }
    if (c === DQ || c === SQ) {
      const triple = s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c;
      if (triple) return this.string(i, i + 3, c === DQ ? TRIPLE_DQ : TRIPLE_SQ, 'string');
      return this.string(i, i + 1, c === DQ ? LINE_DQ : LINE_SQ, 'string');
    }
    return this.punct(i, c);
  }

  private csharp(i: number, c: number): number {
    const s = this.s;
    if (c === SLASH) {
      const d = s.charCodeAt(i + 1);
      if (d === SLASH) {
        const doc = s.charCodeAt(i + 2) === SLASH && s.charCodeAt(i + 3) !== SLASH;
        return doc ? this.lineComment(i, 3, 'doc-comment') : this.lineComment(i, 2, 'line-comment');
      }
      if (d === STAR) return this.blockComment(i);
      return this.punct(i, c);
    }
    if (c === SQ) return this.string(i, i + 1, LINE_SQ, 'string');
    if (c === DQ || c === AT || c === DOLLAR) {
      // `$"…"`, `@"…"`, `$@"…"`, `@$"…"`, `$$"""…"""`: prefixes, then the quotes.
      let k = i;
      let verbatim = false;
      while (k < this.n && (s.charCodeAt(k) === DOLLAR || s.charCodeAt(k) === AT) && k - i < 8) {
        if (s.charCodeAt(k) === AT) verbatim = true;
        k++;
      }
      if (s.charCodeAt(k) !== DQ) {
        if (c === AT && isWordStart(s.charCodeAt(k))) return this.word(k, false); // `@class`
        return this.punct(i, c);
      }
      let run = 0;
      while (s.charCodeAt(k + run) === DQ) run++;
      if (run >= 3) return this.string(i, k + run, quote(DQ, { run, lines: true, escapes: false }), 'string');
      if (verbatim) return this.string(i, k + 1, CS_VERBATIM, 'string');
      return this.string(i, k + 1, LINE_DQ, 'string');
    }
    return this.punct(i, c);
  }

  /** From a comment marker of `marker` characters at `i` to the line's end (PHP: or `?>`). */
  private lineComment(i: number, marker: number, kind: SpanKind): number {
    const s = this.s;
    let k = i + marker;
    let spaced = false;
    while (k < this.n) {
      const c = s.charCodeAt(k);
      if (isEol(c)) break;
      if (c === QUESTION && this.family === 'php' && s.charCodeAt(k + 1) === GT) break;
      if (c === SPACE || c === TAB) spaced = true;
      k++;
    }
    this.push(kind, i, k, Math.min(i + marker, k), k, spaced);
    return k;
  }

  /** `/* … *\/` and `/** … *\/`; an unclosed one runs to the end of the text. */
  private blockComment(i: number): number {
    const s = this.s;
    const doc = s.charCodeAt(i + 2) === STAR && s.charCodeAt(i + 3) !== SLASH;
    const body = i + (doc ? 3 : 2);
    let k = i + 2;
    while (k < this.n) {
      const c = s.charCodeAt(k);
      if (isEol(c)) {
        k = this.eol(k);
        continue;
      }
      if (c === STAR && s.charCodeAt(k + 1) === SLASH) {
        this.push(doc ? 'doc-comment' : 'block-comment', i, k + 2, Math.min(body, k), k, true);
        return k + 2;
      }
      k++;
    }
    this.push(doc ? 'doc-comment' : 'block-comment', i, this.n, Math.min(body, this.n), this.n, true);
    return this.n;
  }

  /** `/…/flags`, with `[…]` classes; it never runs past its line. */
  private regex(i: number): number {
    const s = this.s;
    let k = i + 1;
    let inClass = false;
    while (k < this.n) {
      const c = s.charCodeAt(k);
      if (isEol(c)) break;
      if (c === BACKSLASH) {
        if (isEol(s.charCodeAt(k + 1))) {
          k++;
          break;
        }
        k += 2;
        continue;
      }
      if (c === LBRACKET) inClass = true;
      else if (c === RBRACKET) inClass = false;
      else if (c === SLASH && !inClass) {
        let e = k + 1;
        while (e < this.n && isWordCode(s.charCodeAt(e))) e++;
        this.push('regex', i, e, i + 1, k, false);
        this.prev = VALUE;
        return e;
      }
      k++;
    }
    k = Math.min(k, this.n);
    this.push('regex', i, k, i + 1, k, false);
    this.prev = VALUE;
    return k;
  }

  /**
   * The body of a string from `i` (past its opening quote; `start` is where
   * its prefix or quote stands) to past its closing quote. A string that
   * may not run on ends, unterminated, at its line's end. At an interpolation
   * hole it records its part so far and hands over to code until the
   * hole's `}`, which calls it again. `nest` counts open nested brackets
   * (Ruby's `%q(…)`).
   */
  private string(start: number, i: number, q: Quote, kind: SpanKind, nest = 0): number {
    const s = this.s;
    const body = i;
    let spaced = false;
    while (i < this.n) {
      const c = s.charCodeAt(i);
      if (isEol(c)) {
        if (!q.lines) return this.endString(kind, start, i, body, i, spaced);
        spaced = true;
        i = this.eol(i);
        continue;
      }
      if (c === BACKSLASH && q.escapes) {
        const d = s.charCodeAt(i + 1);
        if (isEol(d)) {
          // A backslash before the line end continues the string on the next line.
          spaced = true;
          i = this.eol(i + 1);
        } else i += 2;
        continue;
      }
      if (c === q.close) {
        if (nest > 0) {
          nest--;
          i++;
          continue;
        }
        if (q.doubled && s.charCodeAt(i + 1) === c) {
          i += 2;
          continue;
        }
        if (q.run > 1) {
          let k = i + 1;
          while (k < i + q.run && s.charCodeAt(k) === c) k++;
          if (k - i < q.run) {
            i = k;
            continue;
          }
          return this.endString(kind, start, k, body, i, spaced);
        }
        return this.endString(kind, start, i + 1, body, i, spaced);
      }
      if (c === q.open && q.open !== 0) {
        nest++;
        i++;
        continue;
      }
      if (q.hole !== 0 && this.opensHole(q.hole, c, s.charCodeAt(i + 1))) {
        this.push(kind, start, i, body, i, spaced);
        this.holes.push({ quote: q, nest, depth: 0 });
        this.prev = NONE;
        return q.hole === LBRACE ? i + 1 : i + 2;
      }
      if (c === SPACE || c === TAB) spaced = true;
      i++;
    }
    return this.endString(kind, start, this.n, body, this.n, spaced);
  }

  private opensHole(hole: number, c: number, d: number): boolean {
    if (hole === LBRACE) return c === LBRACE && d === DOLLAR;
    return c === hole && d === LBRACE;
  }

  private endString(kind: SpanKind, start: number, end: number, bodyStart: number, bodyEnd: number, spaced: boolean): number {
    this.push(kind, start, end, bodyStart, bodyEnd, spaced);
    this.prev = VALUE;
    return end;
  }
}

/**
 * Words that may stand before the name in a commented-out declaration:
 * `// export const JWT_SECRET = '…'`, `// private static final String SECRET_KEY = "…";`.
 */
const DECLARATION_WORDS = new Set(['const', 'let', 'var', 'val', 'export', 'final', 'static', 'private', 'public', 'protected', 'internal', 'readonly', 'String', 'string', 'str']);

/**
 * Types a commented-out declaration may annotate its name with
 * (`SECRET_KEY: str = '…'`, `val jwtSecret: String = "…"`). Any other word
 * after a colon is read as a value, so `# Example: SECRET_KEY = 'x'`, valid
 * Python as it is, stays prose.
 */
const TYPE_WORDS = new Set(['str', 'bytes', 'string', 'String', 'SecretStr', 'Final', 'ClassVar', 'Optional']);

/**
 * Whether the line at `base` (its offset in the text) is a commented-out
 * assignment: a `#` or `//` line comment that stands alone on its line and
 * whose whole text is one assignment (see `isLoneAssignment`). Doc
 * comments, block comments and docstrings are prose, whatever they show.
 */
export function isCommentedAssignment(map: CodeMap, line: string, base: number): boolean {
  let first = 0;
  while (first < line.length && (line[first] === ' ' || line[first] === '\t')) first++;
  if (first >= line.length) return false;
  const span = map.spanAt(base + first);
  if (span === null || span.kind !== 'line-comment' || span.start !== base + first) return false;
  return isLoneAssignment(line.slice(span.bodyStart - base, span.end - base));
}

/**
 * The text of a comment is commented-out code when it is exactly one
 * assignment and nothing else:
 *
 *     [declaration words] target [: Type] op value [alternative] [; or ,] [# or // comment]
 *
 * - a target is a name (`SECRET_KEY`, `config.secret_key_base`, `$secretKey`,
 *   `app.config['SECRET_KEY']`, `:secret`) or a quoted key (`'key'`);
 * - `op` is one of `=` `:` `:=` `=>` `||=` `??=`;
 * - a value is one quoted string (`b'…'`, `@"…"`, `[]byte("…")` too), a
 *   name, or a call whose arguments are such values or `name=value`
 *   (`os.getenv('SECRET_KEY', 'dev')`);
 * - an alternative is `|| value`, `?? value`, `?: value` or `or value`.
 *
 * A word of prose anywhere makes it prose: `# Set SECRET_KEY = 'x' in
 * production`, `# Example: SECRET_KEY = 'x'` and
 * `// app.use(session({ secret: 'x' }))` are prose.
 */
export function isLoneAssignment(text: string): boolean {
  const t = text;
  let i = spaces(t, 0);
  while (t[i] === '#' || t[i] === '/') i++; // `## x = …`, `//// x = …`
  i = spaces(t, i);
  for (let n = 0; n < 6; n++) {
    let e = i;
    while (e < t.length && isLetter(t.charCodeAt(e))) e++;
    if (e === i || !DECLARATION_WORDS.has(t.slice(i, e)) || (t[e] !== ' ' && t[e] !== '\t')) break;
    i = spaces(t, e);
  }
  i = target(t, i);
  if (i < 0) return false;
  i = spaces(t, i);
  if (t[i] === ':' && t[i + 1] !== '=' && t[i + 1] !== ':') {
    // `SECRET_KEY: str = '…'`; otherwise the `:` is the operator (`secret: '…'`).
    let k = spaces(t, i + 1);
    const typeStart = k;
    while (k < t.length && isTypeCode(t.charCodeAt(k))) k++;
    const afterType = spaces(t, k);
    const typeWord = /^&?(?:'static\s*)?([A-Za-z]+)/.exec(t.slice(typeStart, k));
    if (typeWord !== null && TYPE_WORDS.has(typeWord[1]!) && t[afterType] === '=' && t[afterType + 1] !== '=' && t[afterType + 1] !== '>') {
      i = afterType;
    }
  }
  const op = ['||=', '??=', ':=', '=>', '=', ':'].find((o) => t.startsWith(o, i));
  if (op === undefined || t[i + op.length] === '=' || (op === ':' && t[i + 1] === ':')) return false;
  i = valueEnd(t, spaces(t, i + op.length), 0);
  if (i < 0) return false;
  i = spaces(t, i);
  const alternative = ['||', '??', '?:', 'or '].find((o) => t.startsWith(o, i));
  if (alternative !== undefined) {
    i = valueEnd(t, spaces(t, i + alternative.length), 0);
    if (i < 0) return false;
    i = spaces(t, i);
  }
  if (t[i] === ';' || t[i] === ',') i = spaces(t, i + 1);
  return i >= t.length || t[i] === '#' || t.startsWith('//', i);
}

/** Calls inside calls that a value may hold: `Optional.ofNullable(System.getenv("X"))`. */
const MAX_CALL_DEPTH = 3;

/** Where the value at `i` ends: a quoted string, or a name with an optional call; -1 when there is none. */
function valueEnd(t: string, i: number, depth: number): number {
  let k = i;
  if (t[k] === '@') k++; // C# `@"…"`
  const wrapped = t.startsWith('[]byte(', k);
  const lit = readQuoted(t, k);
  if (lit !== null) {
    k = lit.end + 1;
    if (!wrapped) return k;
    return t[k] === ')' ? k + 1 : -1;
  }
  if (t[i] === "'" || t[i] === '"') return -1;
  k = target(t, i);
  // A call, and calls chained on it: `Optional.ofNullable(…).orElse("dev")`.
  while (k >= 0 && t[k] === '(') {
    if (depth >= MAX_CALL_DEPTH) return -1;
    k = argumentsEnd(t, k + 1, depth + 1);
    if (k >= 0 && t[k] === '.') k = target(t, k + 1);
  }
  return k;
}

/** Where the arguments from `i` end, past their `)`: values and `name=value`, separated by commas; -1 for anything else. */
function argumentsEnd(t: string, i: number, depth: number): number {
  let k = spaces(t, i);
  while (t[k] !== ')') {
    let e = valueEnd(t, k, depth);
    if (e < 0) return -1;
    e = spaces(t, e);
    if (t[e] === '=' || (t[e] === ':' && t[e + 1] !== ':')) {
      e = valueEnd(t, spaces(t, e + 1), depth);
      if (e < 0) return -1;
      e = spaces(t, e);
    }
    if (t[e] === ',') e = spaces(t, e + 1);
    else if (t[e] !== ')') return -1;
    k = e;
  }
  return k + 1;
}

function spaces(t: string, i: number): number {
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  return i;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Characters of a type annotation: `str`, `&'static str`, `Optional[str]`, `Map<String, String>` without spaces. */
function isTypeCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === LBRACKET || c === RBRACKET || c === LT || c === GT || c === 124 || c === QUESTION || c === 38;
}

/**
 * Where the target (or callee) at `i` ends, or -1: a quoted key, or a name
 * with member accesses (`.`, `::`, `->`) and subscripts of a quoted key or a word.
 */
function target(t: string, i: number): number {
  const q = t[i];
  if (q === "'" || q === '"') {
    let close = i + 1;
    while (close < t.length && t[close] !== q && t[close] !== ' ' && t[close] !== '\t') close++;
    return t[close] === q && close > i + 1 ? close + 1 : -1;
  }
  if (t[i] === '$' || t[i] === '@' || t[i] === ':') i++;
  if (t[i] === '@') i++; // Ruby `@@class_var`
  let k = name(t, i);
  if (k < 0) return -1;
  for (;;) {
    if (t[k] === '.' || (t[k] === ':' && t[k + 1] === ':') || (t[k] === '-' && t[k + 1] === '>')) {
      k = name(t, k + (t[k] === '.' ? 1 : 2));
      if (k < 0) return -1;
    } else if (t[k] === '[') {
      const inner = t[k + 1] === "'" || t[k + 1] === '"' ? target(t, k + 1) : name(t, k + 1);
      if (inner < 0 || t[inner] !== ']') return -1;
      k = inner + 1;
    } else return k;
  }
}

/** Where the name at `i` ends (`[A-Za-z0-9_$]`, not starting with a digit), or -1. */
function name(t: string, i: number): number {
  let k = i;
  while (k < t.length && isWordCode(t.charCodeAt(k)) && t.charCodeAt(k) < 128) k++;
  const c = t.charCodeAt(i);
  return k > i && !(c >= 48 && c <= 57) ? k : -1;
}
