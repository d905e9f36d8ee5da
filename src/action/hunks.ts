/**
 * The lines a unified diff adds on its new side, as [start, end) pairs.
 * The GitHub API's patches carry context lines around each change, so the
 * hunk headers alone would count untouched neighbours as changed: the body
 * is walked, and only `+` lines count.
 */
export function addedRanges(patch: string): number[] {
  const out: number[] = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const start = parseHunkStart(line);
    if (start !== null) {
      next = start;
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const c = line.charAt(0);
    if (c === '+') {
      const last = out.length;
      if (last > 0 && out[last - 1] === next) out[last - 1] = next + 1;
      else out.push(next, next + 1);
      next++;
    } else if (c === ' ' || c === '') next++;
    // '-' lines are gone from the new side; '\' marks a missing final newline.
  }
  return out;
}

/** The new-side start line of a hunk header `@@ -a,b +c,d @@`, or null. */
export function parseHunkStart(line: string): number | null {
  const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
  return m ? Number(m[1]) : null;
}
