import type { FileStatus } from '../core/types';
import type { FileOutcome } from './pipeline';
import type { ScanCache, ScanOptions } from './types';

/**
 * What identifies a file's content without reading it: its inode, size and
 * modification and change times. Writing a file moves both times, replacing
 * it (as editors and `git checkout` do) changes the inode, and a change time
 * cannot be set back.
 */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** What checking a file in which the rules found nothing gave: enough to count it again. */
export interface CleanOutcome {
  counts: FileOutcome['counts'];
}

interface Known {
  status: FileStatus;
  stamp: FileStamp;
  outcome: CleanOutcome;
}

/** The cache's format: a file of another format (or build, or settings) is not read. */
const FORMAT = 3;

/**
 * A file changed this recently may change again within the same tick of its
 * filesystem's clock (a second or two on some) and keep its stamp: it is
 * checked again next time rather than remembered (git's "racily clean" entries).
 */
export const SETTLED_MS = 2000;

/** More files than this are not remembered: the cache stays a few megabytes at most. */
const MAX_FILES = 200_000;

/**
 * A file holding none of the rules' words is done with after one search of
 * its bytes: below this size, reading it again costs little more than asking
 * its stamp, while remembering it costs the first scan more than it saves the
 * next (30,000 such files of 150 bytes, all remembered: a first scan 48%
 * slower, the next 4% faster). So it is not remembered.
 */
const QUIET_BYTES_WORTH_REMEMBERING = 4 * 1024;

/**
 * Whether a file just checked is worth remembering: the rules found nothing
 * in it, it holds no suppression comment (whose words come from the file),
 * and checking it again would cost more than asking its stamp.
 */
export function worthRemembering(outcome: FileOutcome, size: number): boolean {
  return outcome.found.length === 0 && outcome.comments === null && (!outcome.quiet || size >= QUIET_BYTES_WORTH_REMEMBERING);
}

/**
 * Files an earlier scan of the same folder, by the same build with the same
 * settings, checked and found nothing in, by path: a file whose status and
 * stamp are still the same is counted again without being read. Only clean
 * files are remembered (`worthRemembering`), so the cache holds paths, stamps
 * and counts, never a word of a file, and a file with a finding is read at
 * every scan.
 */
export class KnownFiles {
  /**
   * What the cache said, by path: each file's record stays text until the
   * file is looked up, so a scan pays for parsing only what it asks.
   */
  private readonly before = new Map<string, string>();
  /** What this scan knows, as records: those of files unchanged, and of files checked anew. */
  private readonly now = new Map<string, string>();
  private readonly header: string;
  private changed = false;
  private readonly started = Date.now();

  constructor(
    private readonly cache: ScanCache,
    settings: Pick<ScanOptions, 'secretNames' | 'publicEnvPrefixes' | 'rules' | 'contexts' | 'maxFileSize'>,
    /** The ids of the rules the scan runs. */
    ruleIds: readonly string[],
    /** Whether this scan covers the whole folder: only then are files it did not see forgotten. */
    private readonly whole: boolean,
  ) {
    this.header = JSON.stringify([
      FORMAT,
      cache.build,
      ruleIds,
      settings.secretNames ?? [],
      settings.publicEnvPrefixes ?? [],
      settings.rules ?? {},
      settings.contexts ?? {},
      settings.maxFileSize ?? null,
    ]);
    this.load();
  }

  /** The text is the header line, then a path and its record, each ended by a NUL (which neither holds). */
  private load(): void {
    let text: string | null;
    try {
      text = this.cache.load();
    } catch {
      text = null;
    }
    if (text === null) return;
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== this.header || (nl + 1 < text.length && !text.endsWith('\0'))) {
      this.changed = true;
      return;
    }
    if (nl + 1 === text.length) return;
    const parts = text.slice(nl + 1, -1).split('\0');
    if (parts.length % 2 !== 0) {
      this.changed = true;
      return;
    }
    for (let i = 0; i < parts.length; i += 2) this.before.set(parts[i]!, parts[i + 1]!);
  }

  /** Whether an earlier scan found `path`, with this status, clean: its stamp is then worth asking. */
  has(path: string, status: FileStatus): boolean {
    return this.before.get(path)?.startsWith(`${status} `) === true;
  }

  /** What an earlier scan found in `path`, if it was clean and its status and stamp are still these. */
  outcome(path: string, status: FileStatus, stamp: FileStamp): CleanOutcome | null {
    const record = this.before.get(path);
    // The record starts with the status and stamp, written as `format` writes them: compared as text.
    const prefix = `${status} ${stamp.ino} ${stamp.size} ${stamp.mtimeMs} ${stamp.ctimeMs} `;
    if (record === undefined || !record.startsWith(prefix)) return null;
    const k = parse(record);
    if (k === null) return null;
    this.now.set(path, record);
    return k.outcome;
  }

  /** Remembers a file just checked, when it is worth it (`worthRemembering`) and has settled. */
  record(path: string, status: FileStatus, stamp: FileStamp, outcome: FileOutcome): void {
    if (!worthRemembering(outcome, stamp.size) || this.now.size >= MAX_FILES) return;
    if (Math.max(stamp.mtimeMs, stamp.ctimeMs) > this.started - SETTLED_MS) return;
    this.now.set(path, format({ status, stamp, outcome: { counts: outcome.counts } }));
    this.changed = true;
  }

  /** Writes what this scan knows, when it differs from what it was told. */
  save(): void {
    const kept = this.whole ? this.now : new Map([...this.before, ...this.now]);
    if (!this.changed && kept.size === this.before.size) return;
    const out = [this.header, '\n'];
    for (const [path, record] of kept) out.push(path, '\0', record, '\0');
    try {
      this.cache.save(out.join(''));
    } catch {
      // A cache that cannot be written costs the next scan its reads, nothing more.
    }
  }
}

/** A record: status, inode, size, modification and change times, then the five counts. */
function format(k: Known): string {
  const { stamp: s, outcome: o } = k;
  const c = o.counts;
  return `${k.status} ${s.ino} ${s.size} ${s.mtimeMs} ${s.ctimeMs} ${c.files} ${c.bytes} ${c.tooLarge} ${c.binary} ${c.longLines}`;
}

const STATUSES: ReadonlySet<string> = new Set<FileStatus>(['tracked', 'untracked', 'ignored', 'plain']);

const WHOLE = /^\d{1,15}$/;
const TIME = /^\d{1,15}(?:\.\d{1,12})?$/;

/**
 * The record `format` wrote, or null when it is not one: whole numbers where
 * they must be, and counts that add up to one file of this size.
 */
function parse(record: string): Known | null {
  const f = record.split(' ');
  if (f.length !== 10 || !STATUSES.has(f[0]!)) return null;
  if (!TIME.test(f[3]!) || !TIME.test(f[4]!) || ![1, 2, 5, 6, 7, 8, 9].every((i) => WHOLE.test(f[i]!))) return null;
  const [ino, size, mtimeMs, ctimeMs, files, bytes, tooLarge, binary, longLines] = f.slice(1).map(Number) as [number, number, number, number, number, number, number, number, number];
  if (files + tooLarge + binary !== 1 || bytes !== (files === 1 ? size : 0)) return null;
  return {
    status: f[0] as FileStatus,
    stamp: { ino, size, mtimeMs, ctimeMs },
    outcome: { counts: { files, bytes, tooLarge, binary, longLines } },
  };
}
