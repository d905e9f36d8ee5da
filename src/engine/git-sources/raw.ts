/** One entry of `git diff --raw -z --no-abbrev`. */
export interface RawChange {
  status: string;
  /** New-side path. */
  path: string;
  oldPath: string | null;
  mode: string;
  /** New-side object id; all zeros when the new side is the work tree. */
  oid: string;
}

const COLON = 0x3a;

/**
 * Parses the records `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`
 * at the start of `git diff --raw -z [-p]` output. With `-p`, one more NUL
 * separates them from the patch, which starts at `end`.
 */
export function parseRaw(buf: Buffer): { changes: RawChange[]; end: number } {
  const changes: RawChange[] = [];
  let pos = 0;
  const field = (): string => {
    const nul = buf.indexOf(0, pos);
    const end = nul < 0 ? buf.length : nul;
    const s = buf.toString('utf8', pos, end);
    pos = end + 1;
    return s;
  };
  while (pos < buf.length && buf[pos] === COLON) {
    const [, newMode, , newOid, status] = field().slice(1).split(' ');
    const letter = status?.[0];
    const first = field();
    const second = letter === 'R' || letter === 'C' ? field() : null;
    if (!newMode || !newOid || !letter) continue;
    changes.push({ status: letter, oldPath: second === null ? null : first, path: second ?? first, mode: newMode, oid: newOid });
  }
  if (pos < buf.length && buf[pos] === 0) pos++;
  return { changes, end: Math.min(pos, buf.length) };
}
