/** One line of a diff: kept (' '), removed ('-') or added ('+'). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** 1-based line numbers on each side (the side the line is on). */
  oldLine: number;
  newLine: number;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: DiffLine[];
}

/** Splits text into lines without their endings; a missing final line ending is not an empty line. */
export function toLines(text: string | null): string[] {
  if (text === null || text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Edit distance beyond which the diff shows the whole file replaced, so a pathological input cannot stall it. */
const MAX_D = 2000;

/**
 * Myers' O(ND) difference of two line lists, as the edit script of kept,
 * removed and added lines. Fixes change a handful of lines, so D is small.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const core = script(a.slice(start, endA), b.slice(start, endB));
  const ops: (' ' | '-' | '+')[] = [...Array<' '>(start).fill(' '), ...core, ...Array<' '>(a.length - endA).fill(' ')];
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === ' ') out.push({ op, text: a[i]!, oldLine: ++i, newLine: ++j });
    else if (op === '-') out.push({ op, text: a[i]!, oldLine: ++i, newLine: j });
    else out.push({ op, text: b[j]!, oldLine: i, newLine: ++j });
  }
  return out;
}

function script(a: readonly string[], b: readonly string[]): (' ' | '-' | '+')[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return Array<'+'>(m).fill('+');
  if (m === 0) return Array<'-'>(n).fill('-');
  const max = Math.min(n + m, MAX_D);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return [...Array<'-'>(n).fill('-'), ...Array<'+'>(m).fill('+')];
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number, dEnd: number): (' ' | '-' | '+')[] {
  const ops: (' ' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(' ');
      x--;
      y--;
    }
    if (down) {
      ops.push('+');
      y--;
    } else {
      ops.push('-');
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push(' ');
    x--;
    y--;
  }
  return ops.reverse();
}

/** The changed lines grouped into hunks with `context` kept lines around each. */
export function hunks(lines: readonly DiffLine[], context: number): Hunk[] {
  const out: Hunk[] = [];
  const changed = lines.map((l, i) => (l.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  let k = 0;
  while (k < changed.length) {
    let from = Math.max(0, changed[k]! - context);
    let to = Math.min(lines.length - 1, changed[k]! + context);
    while (k + 1 < changed.length && changed[k + 1]! - context <= to + 1) {
      k++;
      to = Math.min(lines.length - 1, changed[k]! + context);
    }
    k++;
    const slice = lines.slice(from, to + 1);
    const first = lines[from]!;
    const oldCount = slice.filter((l) => l.op !== '+').length;
    const newCount = slice.filter((l) => l.op !== '-').length;
    out.push({
      oldStart: first.op === '+' ? first.oldLine + (oldCount === 0 ? 0 : 1) : first.oldLine,
      oldCount,
      newStart: first.op === '-' ? first.newLine + (newCount === 0 ? 0 : 1) : first.newLine,
      newCount,
      lines: slice,
    });
    from = to + 1;
  }
  return out;
}

/** `git diff`-style text of one file's change; `render` turns each line's text into what is printed (e.g. redacted). */
export function unifiedDiff(
  path: string,
  before: string | null,
  after: string,
  opts: { context?: number; render?: (line: string) => string } = {},
): string {
  const render = opts.render ?? ((s: string) => s);
  const lines = diffLines(toLines(before), toLines(after));
  const out = [before === null ? '--- /dev/null' : `--- a/${path}`, `+++ b/${path}`];
  for (const h of hunks(lines, opts.context ?? 3)) {
    out.push(`@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@`);
    for (const l of h.lines) out.push(l.op + render(l.text));
  }
  return out.join('\n') + '\n';
}
