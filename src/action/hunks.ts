/** A run of lines on the new side of a diff, inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * The new-side line ranges in unified-diff hunk headers (`@@ -a,b +c,d @@`).
 * A hunk with `d = 0` only removes lines, so it adds no range.
 */
export function hunkRanges(patch: string): LineRange[] {
  const out: LineRange[] = [];
  for (const line of patch.split('\n')) {
    const r = parseHunkHeader(line);
    if (r) out.push(r);
  }
  return out;
}

export function parseHunkHeader(line: string): LineRange | null {
  const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!m) return null;
  const start = Number(m[1]);
  const count = m[2] === undefined ? 1 : Number(m[2]);
  return count === 0 ? null : { start, end: start + count - 1 };
}

/**
 * Splits `git diff -p` output into new-side ranges per path. Paths come from
 * the `+++ b/…` lines; git C-quotes names with unusual bytes.
 */
export function diffRanges(diff: string): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>();
  let current: LineRange[] | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4));
      current = name !== null && name.startsWith('b/') ? [] : null;
      if (current && name) out.set(name.slice(2), current);
      continue;
    }
    if (current && line.startsWith('@@ ')) {
      const r = parseHunkHeader(line);
      if (r) current.push(r);
    }
  }
  return out;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of a path; returns plain names unchanged. */
export function unquote(s: string): string | null {
  if (!s.startsWith('"')) return s === '/dev/null' ? null : s;
  if (!s.endsWith('"') || s.length < 2) return null;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = String.fromCodePoint(body.codePointAt(i)!);
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      i += ch.length - 1;
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]!);
      i += 1;
    } else return null;
  }
  return Buffer.from(bytes).toString('utf8');
}

export function inRanges(ranges: readonly LineRange[], line: number): boolean {
  return ranges.some((r) => line >= r.start && line <= r.end);
}
