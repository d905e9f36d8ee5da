import { readGitPath, unquoteWhole } from './quote';
import { MAX_KEPT_LINE } from './spawn';
import { LineRanges } from '../line-ranges';

/** What a patch says about one file, without its content. */
export interface FilePatch {
  /** Path on the new side, relative to where git ran. */
  path: string;
  /** Mode on the new side (`100644`, `160000` for a gitlink…), when the patch says. */
  mode: string | null;
  /** Object id on the new side (needs `--full-index`). */
  oid: string | null;
  /** Object id on the old side: all zeros for a new file. */
  oldOid: string | null;
  isNew: boolean;
  isDeleted: boolean;
  binary: boolean;
  /** Added line numbers on the new side as [start, end) pairs, in order. */
  added: number[];
  /**
   * With a `screen` (see `PatchOptions`): an added line held what the screen
   * looks for, or was too long to be looked at whole.
   */
  flagged: boolean;
}

export interface PatchOptions {
  /**
   * Looks at added lines (with their `+`, joined by line feeds), a run of
   * consecutive ones at a time: true when they hold anything of interest.
   * Without it, content lines are only told apart by their first byte.
   */
  screen?(added: Buffer): boolean;
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
 * classified by their first byte; added ones are screened when asked, never
 * kept beyond a batch.
 */
export class PatchReader {
  private file: FilePatch | null = null;
  private inHunks = false;
  /** Consecutive added lines of one buffer, screened as one piece: `+a\n+b`. */
  private run: { buf: Buffer; start: number; end: number } | null = null;

  constructor(
    private readonly events: PatchEvents,
    private readonly options: PatchOptions = {},
  ) {}

  /**
   * One line of the stream, `buf[start, end)`, without its line feed
   * (`LineSplitter` in spawn.ts gives at most MAX_KEPT_LINE bytes of it).
   * The bytes are not kept past the call, but for a run of added lines
   * waiting to be screened: call `release` before reusing the buffer.
   */
  line(buf: Buffer, start = 0, end = buf.length): void {
    const first = end > start ? buf[start]! : -1;
    if (this.inHunks && (first === 43 /* + */ || first === 45 /* - */ || first === 32 /* space */ || first === 92 /* \ */)) {
      if (first === 43 && this.options.screen && this.file && !this.file.flagged) this.screenLine(buf, start, end);
      else this.endRun();
      return;
    }
    this.endRun();
    if (first === 0) {
      this.flush();
      this.events.onCommit?.(buf.toString('utf8', start + 1, end));
      return;
    }
    const s = buf.toString('utf8', start, end);
    if (s.startsWith('diff --git ')) {
      this.flush();
      this.file = { path: headerPath(s.slice(11)), mode: null, oid: null, oldOid: null, isNew: false, isDeleted: false, binary: false, added: [], flagged: false };
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
      const m = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?/.exec(s);
      if (m) {
        f.oldOid = m[1]!;
        f.oid = m[2]!;
        if (m[3]) f.mode = m[3];
      }
    } else if (s.startsWith('rename to ') || s.startsWith('copy to ')) {
      f.path = unquoteWhole(s.slice(s.indexOf(' to ') + 4));
    } else if (s.startsWith('Binary files ') || s === 'GIT binary patch') {
      f.binary = true;
    }
  }

  /** Screens the added lines still waiting, so nothing refers to the buffers given so far. */
  release(): void {
    this.endRun();
  }

  /** Reports the last file; call once the stream has ended. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.file) {
      this.endRun();
      this.events.onFile(this.file);
    }
    this.file = null;
    this.inHunks = false;
  }

  private screenLine(buf: Buffer, start: number, end: number): void {
    // A line cut short by the reader may hold anything past the cut.
    if (end - start >= MAX_KEPT_LINE) {
      this.file!.flagged = true;
      this.run = null;
      return;
    }
    // Lines that follow each other in one buffer are screened as one piece, with their `+` and line
    // feeds, where they are (no copy): no literal holds a line feed, so none is found across lines,
    // and a literal that took in the `+` could only make the screen say yes where it need not.
    const run = this.run;
    if (run && run.buf === buf && run.end + 1 === start) run.end = end;
    else {
      this.endRun();
      this.run = { buf, start, end };
    }
  }

  /** Screens the current run of added lines. */
  private endRun(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    if (this.file && !this.file.flagged && this.options.screen!(run.buf.subarray(run.start, run.end))) this.file.flagged = true;
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
  const set = new LineRanges(ranges);
  return (line) => set.has(line);
}
