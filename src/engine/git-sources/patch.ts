import { readGitPath, unquoteWhole } from './quote';

/** What a patch says about one file, without its content. */
export interface FilePatch {
  /** Path on the new side, relative to where git ran. */
  path: string;
  /** Mode on the new side (`100644`, `160000` for a gitlink…), when the patch says. */
  mode: string | null;
  /** Object id on the new side (needs `--full-index`). */
  oid: string | null;
  isNew: boolean;
  isDeleted: boolean;
  binary: boolean;
  /** Added line numbers on the new side as [start, end) pairs, in order. */
  added: number[];
}

export interface PatchEvents {
  /** A line that starts with NUL: the commit header of a `git log` format. */
  onCommit?(header: string): void;
  onFile(file: FilePatch): void;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads `git diff`/`git log -p` output (unified, `-U0`) line by line and
 * reports each file's header facts and added line ranges. Content lines are
 * only classified by their first byte, never kept.
 */
export class PatchReader {
  private file: FilePatch | null = null;
  private inHunks = false;

  constructor(private readonly events: PatchEvents) {}

  line(buf: Buffer): void {
    const first = buf.length > 0 ? buf[0]! : -1;
    if (this.inHunks && (first === 43 /* + */ || first === 45 /* - */ || first === 32 /* space */ || first === 92 /* \ */)) return;
    if (first === 0) {
      this.flush();
      this.events.onCommit?.(buf.toString('utf8', 1));
      return;
    }
    const s = buf.toString('utf8');
    if (s.startsWith('diff --git ')) {
      this.flush();
      this.file = { path: headerPath(s.slice(11)), mode: null, oid: null, isNew: false, isDeleted: false, binary: false, added: [] };
      return;
    }
    const f = this.file;
    if (!f) return;
    if (s.startsWith('@@ ')) {
      this.inHunks = true;
      const m = HUNK.exec(s);
      if (!m) return;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) {
        const last = f.added.length;
        // -U0 hunks that touch are merged into one range.
        if (last > 0 && f.added[last - 1] === start) f.added[last - 1] = start + count;
        else f.added.push(start, start + count);
      }
      return;
    }
    if (this.inHunks) return;
    if (s.startsWith('+++ ')) {
      const p = unquoteWhole(s.slice(4));
      if (p.startsWith('b/')) f.path = p.slice(2);
    } else if (s.startsWith('new file mode ')) {
      f.isNew = true;
      f.mode = s.slice(14).trim();
    } else if (s.startsWith('deleted file mode ')) {
      f.isDeleted = true;
    } else if (s.startsWith('new mode ')) {
      f.mode = s.slice(9).trim();
    } else if (s.startsWith('index ')) {
      const m = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(s);
      if (m) {
        f.oid = m[1]!;
        if (m[2]) f.mode = m[2];
      }
    } else if (s.startsWith('rename to ') || s.startsWith('copy to ')) {
      f.path = unquoteWhole(s.slice(s.indexOf(' to ') + 4));
    } else if (s.startsWith('Binary files ') || s === 'GIT binary patch') {
      f.binary = true;
    }
  }

  /** Reports the last file; call once the stream has ended. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.file) this.events.onFile(this.file);
    this.file = null;
    this.inHunks = false;
  }
}

/** The new-side path from `a/<p> b/<p>` (quoted or not); renames are read from later header lines. */
function headerPath(rest: string): string {
  if (rest.startsWith('"')) {
    const a = readGitPath(rest, 0);
    const b = readGitPath(rest, a.end + 1).path;
    return b.startsWith('b/') ? b.slice(2) : b;
  }
  // Without a rename both sides are the same path: "a/P b/P".
  const n = (rest.length - 5) / 2;
  if (Number.isInteger(n) && n > 0 && rest.slice(2, 2 + n) === rest.slice(5 + n)) return rest.slice(2, 2 + n);
  const b = rest.lastIndexOf(' b/');
  return b >= 0 ? rest.slice(b + 3) : rest;
}

/** A predicate for "this line number was added", from [start, end) pairs. */
export function addedLines(ranges: readonly number[]): (line: number) => boolean {
  return (line) => {
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (line < ranges[2 * mid]!) hi = mid - 1;
      else if (line >= ranges[2 * mid + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
