const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads a path as git prints it in patch headers: as is, or C-quoted
 * (`"a\tb"`, octal bytes) when it holds special characters. Returns the
 * path and where the token ended.
 */
export function readGitPath(s: string, from: number): { path: string; end: number } {
  if (s[from] !== '"') {
    const sp = s.indexOf(' ', from);
    const end = sp < 0 ? s.length : sp;
    return { path: s.slice(from, end), end };
  }
  const bytes: number[] = [];
  let i = from + 1;
  while (i < s.length && s[i] !== '"') {
    const c = s[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      i++;
      continue;
    }
    const n = s[i + 1] ?? '';
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
      i += 4;
    } else {
      bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
      i += 2;
    }
  }
  return { path: Buffer.from(bytes).toString('utf8'), end: i + 1 };
}

/** A whole header value that is one path, quoted or not (`rename to …`, `+++ b/…`). */
export function unquoteWhole(s: string): string {
  return s.startsWith('"') ? readGitPath(s, 0).path : s;
}
