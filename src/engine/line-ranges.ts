/**
 * A set of line numbers kept as sorted, disjoint [start, end) pairs: the
 * lines a diff adds. A scan of a diff keeps only the findings on them, and
 * a rule may confine its work to the lines whose findings could land there
 * (see `FileContext.focus`).
 */
export class LineRanges {
  /** `pairs`: [start, end) pairs in order, not overlapping. */
  constructor(readonly pairs: readonly number[]) {}

  has(line: number): boolean {
    const i = this.firstEndingAfter(line);
    return i < this.pairs.length && this.pairs[i]! <= line;
  }

  /** Whether any line from `from` to `to` (both included) is in the set. */
  touches(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i < this.pairs.length && this.pairs[i]! <= to;
  }

  /** The set with these lines added. */
  with(lines: Iterable<number>): LineRanges {
    const extra = [...lines].filter((l) => !this.has(l)).sort((a, b) => a - b);
    if (extra.length === 0) return this;
    const all: [number, number][] = [];
    for (let i = 0; i < this.pairs.length; i += 2) all.push([this.pairs[i]!, this.pairs[i + 1]!]);
    for (const l of extra) all.push([l, l + 1]);
    all.sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    for (const [s, e] of all) {
      if (out.length > 0 && out[out.length - 1]! >= s) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
      else out.push(s, e);
    }
    return new LineRanges(out);
  }

  /** The same set always gives the same key. */
  get key(): string {
    return this.pairs.join(',');
  }

  /** Index (even) of the first pair whose end is past `line`, or `pairs.length`. */
  private firstEndingAfter(line: number): number {
    let lo = 0;
    let hi = this.pairs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[2 * mid + 1]! <= line) lo = mid + 1;
      else hi = mid;
    }
    return 2 * lo;
  }
}
