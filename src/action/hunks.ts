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

export function inRanges(ranges: readonly LineRange[], line: number): boolean {
  return ranges.some((r) => line >= r.start && line <= r.end);
}
