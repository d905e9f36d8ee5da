/** Bytes looked at to decide whether a file is binary, as git does. */
export const SNIFF_BYTES = 8192;

/** Lines longer than this are scanned in overlapping windows of this size. */
export const LINE_CAP = 4096;
/** Overlap between windows, longer than any name + value a rule matches. */
export const WINDOW_OVERLAP = 512;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line, or one window of a long line, without its line ending. */
  text: string;
  /** Offset of `text` within the whole line (0 unless this is a later window). */
  offset: number;
}

/** `s` as a regular expression that matches it as written. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as the alternatives of a regular expression, each matched as written. */
/** The width of a line's leading spaces and tabs. */
export function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

export function alternation(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}

type Latin1Slicer = Buffer & { latin1Slice?: (start: number, end: number) => string };
const LATIN1_SLICE = typeof (Buffer.prototype as Latin1Slicer).latin1Slice === 'function';

/**
 * Bytes `start`..`end` of `buf` as latin1 (one character a byte). It calls
 * Buffer's own slicer where Node has it: `toString` first dispatches on the
 * encoding's name, which costs more than the decoding on thousands of short
 * names before V8 has optimised the caller.
 */
export function latin1(buf: Buffer, start: number, end: number): string {
  return LATIN1_SLICE ? (buf as Latin1Slicer).latin1Slice!(start, end) : buf.toString('latin1', start, end);
}

export function hasUtf16Bom(buf: Uint8Array): 'le' | 'be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'be';
  return null;
}

/** A NUL byte in the first 8 KiB marks a file as binary, unless it is UTF-16 with a BOM. */
export function isBinary(head: Uint8Array): boolean {
  if (hasUtf16Bom(head)) return false;
  // Buffer#indexOf is memchr; a plain typed-array search is many times slower.
  const sniff = Buffer.isBuffer(head) && head.length <= SNIFF_BYTES ? head : Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES));
  return sniff.indexOf(0) >= 0;
}

/** The text of a file a tree rule asks for: null when it is missing, too large or binary. */
export function textOf(blob: { head: Uint8Array; body: Buffer | null } | null | undefined): string | null {
  return blob?.body && !isBinary(blob.head) ? decode(blob.body) : null;
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. */
export function decode(buf: Buffer): string {
  const bom = hasUtf16Bom(buf);
  if (bom === 'le') return buf.subarray(2).toString('utf16le');
  if (bom === 'be') {
    const swapped = Buffer.from(buf.subarray(2));
    swapBytes(swapped);
    return swapped.toString('utf16le');
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return buf.subarray(3).toString('utf8');
  }
  // Without arguments, `toString` goes straight to the UTF-8 decoder (no dispatch on an encoding's name).
  return buf.toString();
}

function swapBytes(b: Buffer): void {
  for (let i = 0; i + 1 < b.length; i += 2) {
    const t = b[i]!;
    b[i] = b[i + 1]!;
    b[i + 1] = t;
  }
}

export interface SplitResult {
  lines: Line[];
  /** How many lines were longer than LINE_CAP. */
  longLines: number;
}

/** Splits text into lines (LF, CRLF or CR), cutting long lines into overlapping windows. */
export function splitLines(text: string): SplitResult {
  const lines: Line[] = [];
  let longLines = 0;
  let number = 0;
  let start = 0;
  const len = text.length;
  // Most files end their lines with LF alone: those are cut where `indexOf` finds them.
  const lfOnly = text.indexOf('\r') < 0;
  for (;;) {
    const end = lfOnly ? lfEnd(text, start) : lineEnd(text, start);
    number++;
    const lineLen = end - start;
    if (lineLen <= LINE_CAP) {
      lines.push({ number, text: text.slice(start, end), offset: 0 });
    } else {
      longLines++;
      const step = LINE_CAP - WINDOW_OVERLAP;
      for (let w = 0; w < lineLen; w += step) {
        lines.push({ number, text: text.slice(start + w, Math.min(end, start + w + LINE_CAP)), offset: w });
        if (w + LINE_CAP >= lineLen) break;
      }
    }
    if (end >= len) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (start === len) break;
  }
  return { lines, longLines };
}

/** Where the line from `start` ends, in text without a CR. */
function lfEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/** Where the line from `start` ends: at an LF or a CR, or the end of the text. */
function lineEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  return end;
}
