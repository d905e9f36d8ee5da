import { splitZ } from '../git';

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

/** Parses `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`. */
export function parseRaw(buf: Buffer): RawChange[] {
  const fields = splitZ(buf);
  const out: RawChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i]!;
    if (!meta.startsWith(':')) continue;
    const [, newMode, , newOid, status] = meta.slice(1).split(' ');
    if (!newMode || !newOid || !status) continue;
    const letter = status[0]!;
    if (letter === 'R' || letter === 'C') {
      out.push({ status: letter, oldPath: fields[i + 1]!, path: fields[i + 2]!, mode: newMode, oid: newOid });
      i += 2;
    } else {
      out.push({ status: letter, oldPath: null, path: fields[i + 1]!, mode: newMode, oid: newOid });
      i += 1;
    }
  }
  return out;
}
