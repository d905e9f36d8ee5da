import { git } from '../git';
import { emptyStats, enabledRules, FindingCollector, ruleSettings } from '../pipeline';
import { settle } from '../suppress';
import { contextOverrides, globLists, loadGlobs, pathMatcher } from '../../core/globs';
import { DEFAULT_MAX_FILE_SIZE } from '../types';
import type { ScanError, ScanOptions, ScanResult, ScanStats } from '../types';
import type { FileStatus } from '../../core/types';
import type { Rule, TreeEntry } from '../../rules/types';
import { addedLines, PatchReader } from './patch';
import { BaseChanges, judgeAgainstBase } from '../novelty';
import { parseRaw, type RawChange } from './raw';
import { NOT_DELETED, PATCH_FLAGS } from './diff-args';
import type { Blob } from './cat-file';
import { msSince } from '../clock';

/** Files read at once: requests stay pipelined, memory stays bounded. */
const READ_BATCH = 64;

export interface ChangedFile {
  path: string;
  status: FileStatus;
  /** The whole file is new (added, or untracked): every line counts. */
  isNew: boolean;
  /** The path itself is new: added, untracked, or the new name of a rename or copy. */
  newPath: boolean;
  mode: string;
  oid: string;
  /** Added lines as [start, end) pairs; unused when `isNew`. */
  added: number[];
}

/** Where the new side of a change is read from: the index or the work tree. */
export interface ContentSource {
  read(file: ChangedFile, maxSize: number): Promise<Blob | { skipped: keyof ScanStats['skipped']; message?: string }>;
  readText(path: string): Promise<string | null>;
}

export interface ChangesOptions {
  cwd: string;
  /** What `git diff` compares: `['--cached']` for the index, `[<commit>]` for the work tree against a commit. */
  against: string[];
  relative: boolean;
  untracked: string[];
  maxFileSize?: number;
  secretNames?: string[];
  publicEnvPrefixes?: string[];
}

/**
 * The files a diff touches, with their added line ranges: one git call,
 * whatever the size of the tree (the raw records name the objects exactly,
 * the patch that follows them gives the line ranges).
 */
export async function changedFiles(opts: ChangesOptions): Promise<ChangedFile[]> {
  const common = ['-M', NOT_DELETED, '--ignore-submodules=dirty', ...(opts.relative ? ['--relative'] : [])];
  const out = await git(opts.cwd, ['diff', ...opts.against, '--raw', '-z', '--no-abbrev', ...PATCH_FLAGS, ...common, '--']);
  const { changes, end } = parseRaw(out);
  const ranges = new Map<string, number[]>();
  const reader = new PatchReader({ onFile: (f) => ranges.set(f.path, f.added) });
  let start = end;
  for (let i = end; i <= out.length; i++) {
    if (i === out.length || out[i] === 10) {
      reader.line(out.subarray(start, i));
      start = i + 1;
    }
  }
  reader.end();
  const files: ChangedFile[] = changes.map((c: RawChange) => ({
    path: c.path,
    status: 'tracked' as FileStatus,
    isNew: c.status === 'A',
    newPath: c.status === 'A' || c.status === 'R' || c.status === 'C',
    mode: c.mode,
    oid: c.oid,
    added: ranges.get(c.path) ?? [],
  }));
  for (const path of opts.untracked) {
    files.push({ path, status: 'untracked', isNew: true, newPath: true, mode: '100644', oid: '', added: [] });
  }
  return files;
}

/** Runs the rules over changed files: content rules on added lines, path rules on every changed path. */
export async function scanChanges(
  root: string,
  files: readonly ChangedFile[],
  source: ContentSource,
  opts: Omit<ScanOptions, 'root'>,
  rules: readonly Rule[],
  started: bigint,
): Promise<ScanResult> {
  const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  await loadGlobs(...globLists(opts));
  const stats = emptyStats();
  const errors: ScanError[] = [];
  const collector = new FindingCollector(enabledRules(rules, opts.rules), ruleSettings(opts, contextOverrides(opts.contexts)), stats);
  const ignored = pathMatcher(opts.ignore ?? []);
  files = files.filter((f) => !ignored(f.path));
  const entries: TreeEntry[] = [];
  const readable = files.filter((f) => f.mode !== '160000' && f.mode !== '120000');
  for (const f of files) {
    if (f.mode === '160000') entries.push({ path: f.path, status: f.status, kind: 'gitlink' });
    if (f.mode === '120000') {
      entries.push({ path: f.path, status: f.status, kind: 'symlink' });
      stats.skipped.symlink++;
    }
  }
  for (let b = 0; b < readable.length; b += READ_BATCH) {
    const batch = readable.slice(b, b + READ_BATCH);
    const contents = await Promise.all(batch.map((f) => source.read(f, maxFileSize)));
    batch.forEach((f, i) => {
      const got = contents[i]!;
      if ('skipped' in got) {
        stats.skipped[got.skipped]++;
        if (got.skipped === 'symlink') entries.push({ path: f.path, status: f.status, kind: 'symlink' });
        if (got.message) errors.push({ path: f.path, message: got.message });
        return;
      }
      entries.push({ path: f.path, status: f.status, kind: 'file' });
      collector.addFile(
        { path: f.path, status: f.status, head: got.head, body: got.body, size: got.size },
        f.isNew ? undefined : addedLines(f.added),
      );
    });
  }
  await collector.addTree({ mode: 'git', settings: collector.settings, entries, readText: (p) => source.readText(p), changedOnly: true });
  const finished = collector.finish();
  const { findings, baseline } = settle(finished.findings, finished.comments, opts, finished.secretValues);
  if (baseline) stats.baseline = baseline;
  const secretValues = finished.secretValues;
  stats.durationMs = msSince(started);
  const result: ScanResult = { root, mode: 'git', findings, stats, errors, secretValues };
  return judgeAgainstBase(result, new BaseChanges(files.map((f) => ({ path: f.path, created: f.isNew, newPath: f.newPath, added: f.added }))));
}
