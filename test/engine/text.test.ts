import { describe, expect, it } from 'vitest';
import { decode, isBinary, LINE_CAP, splitLines, WINDOW_OVERLAP } from '../../src/core/text';
import { redact } from '../../src/engine/redact';

describe('text', () => {
  it('splits LF text as it splits the same text with CRLF or CR endings', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const samples = ['', '\n', '\n\n', 'a', 'a\n', 'a\nb', '\na\n\n', 'x'.repeat(LINE_CAP), 'x'.repeat(LINE_CAP + 1) + '\n', 'y'.repeat(3 * LINE_CAP) + '\nz'];
    for (let i = 0; i < 200; i++) {
      const parts: string[] = [];
      for (let k = rand(12); k >= 0; k--) parts.push('q'.repeat(rand(5) === 0 ? rand(2 * LINE_CAP + 10) : rand(40)));
      samples.push(parts.join('\n') + (rand(2) ? '\n' : ''));
    }
    for (const text of samples) {
      const lf = splitLines(text);
      expect(splitLines(text.replaceAll('\n', '\r\n'))).toEqual(lf);
      expect(splitLines(text.replaceAll('\n', '\r'))).toEqual(lf);
    }
  });

  it('calls a file binary when a NUL is in the first 8 KiB, unless it is UTF-16 with a BOM', () => {
    expect(isBinary(Buffer.from('a\0b'))).toBe(true);
    expect(isBinary(Buffer.from('plain text'))).toBe(false);
    expect(isBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A=1', 'utf16le')]))).toBe(false);
    expect(isBinary(Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]))).toBe(false);
  });

  it('decodes UTF-8 with a BOM and UTF-16 LE/BE', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('é=1', 'utf16le')]))).toBe('é=1');
    expect(decode(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x3d]))).toBe('A=');
  });

  it('splits LF, CRLF and CR lines and numbers them', () => {
    const { lines } = splitLines('a\r\nb\nc\rd');
    expect(lines.map((l) => [l.number, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
    expect(splitLines('a\n').lines.map((l) => l.text)).toEqual(['a']);
    expect(splitLines('a\n\nb').lines.map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('cuts long lines into overlapping windows with offsets', () => {
    const long = 'x'.repeat(LINE_CAP * 2 + 10);
    const { lines, longLines } = splitLines(`short\n${long}`);
    expect(longLines).toBe(1);
    const windows = lines.filter((l) => l.number === 2);
    expect(windows.length).toBeGreaterThan(2);
    expect(windows[1]!.offset).toBe(LINE_CAP - WINDOW_OVERLAP);
    const last = windows[windows.length - 1]!;
    expect(last.offset + last.text.length).toBe(long.length);
    expect(windows.every((w) => w.text.length <= LINE_CAP)).toBe(true);
  });

  it('redacts to at most four characters and the length', () => {
    expect(redact('django-insecure-abcdefghijklmnopqrstuvwxyz')).toBe('djan…(42 chars)');
    expect(redact('abcdefghij')).toBe('ab…(10 chars)');
    expect(redact('1')).toBe('…(1 char)');
    expect(redact('dev')).toBe('…(3 chars)');
  });
});
