import { textOf } from '../../core/text';
import * as path from 'node:path';
import type { Finding, ScanOptions, ScanResult } from '../types';
import { DEFAULT_MAX_FILE_SIZE } from '../types';
import type { Rule, TreeEntry } from '../../rules/types';
import { RULES } from '../../rules';
import { git, splitZ } from '../git';
import { compareFindings, emptyStats, enabledRules, FindingCollector, ruleSettings, type FileOutcome } from '../pipeline';
import { settle } from '../suppress';
import { contextOverrides, globLists, loadGlobs, pathMatcher } from '../../core/globs';
import { CatFile, type Blob } from './cat-file';
import { PatchReader, type FilePatch } from './patch';
import { NOT_DELETED, PATCH_FLAGS } from './diff-args';
import { exited, LineSplitter, spawnGit } from './spawn';
import { hasCommit, repoInfo, resolveRef } from './repo';
import { LineRanges } from '../line-ranges';
import { BoundedMap } from '../bounded-map';
import { clockStart, msSince } from '../clock';

export interface HistoryOptions extends ScanOptions {
  /** Scan only `since..HEAD`. */
  since?: string;
  maxCommits?: number;
  /** Called after each commit with the number of commits done. */
  onCommit?: (done: number) => void;
}

interface Commit {
  sha: string;
  date: string;
  files: FilePatch[];
}

/** What one changed file needs: its content read and checked, or only its size asked. */
type Work =
  | { kind: 'read'; file: FilePatch; key: string; blob: Promise<Blob | null> | null }
  | { kind: 'size'; file: FilePatch; blob: Promise<Blob | null> }
  | { kind: 'gitlink'; file: FilePatch }
  | { kind: 'symlink' };

const ZERO_OID = /^0+$/;
/** Commits, or changed files, that make a batch worth scanning. */
const PREFETCH_FILES = 64;
const PREFETCH_COMMITS = 32;
/** Files read ahead: enough to keep cat-file busy, few enough (each at most --max-file-size) to keep memory bounded. */
const READ_AHEAD = 16;
/** Commits and files parsed but not yet scanned, past which git's output is left waiting. */
const MAX_WAITING_COMMITS = 1024;
const MAX_WAITING_FILES = 16384;
/**
 * Outcomes of files already checked: bounded, so memory stays flat on long
 * histories (one that has fallen out is checked again if needed).
 */
const KNOWN_OUTCOMES = 1024;
/** Clean blobs remembered per path: the latest few, for side branches that diff from an older one. */
const CLEAN_PER_PATH = 4;

/**
 * Blobs known to hold nothing any rule looks for, by path: a diff's old
 * blob is the one last seen at its path (or a few before, on branches), so
 * memory grows with the number of paths, not with the length of history.
 */
class CleanBlobs {
  private readonly byPath = new Map<string, string[]>();

  has(path: string, oid: string): boolean {
    return this.byPath.get(path)?.includes(oid) === true;
  }

  add(path: string, oid: string): void {
    const oids = this.byPath.get(path);
    if (!oids) this.byPath.set(path, [oid]);
    else if (!oids.includes(oid)) {
      oids.push(oid);
      if (oids.length > CLEAN_PER_PATH) oids.shift();
    }
  }
}

/** The same promise, marked as handled: a read sent ahead may never be awaited if the scan stops first. */
function settled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

function pendingFiles(commits: readonly Commit[]): number {
  let n = 0;
  for (const c of commits) n += c.files.length;
  return n;
}

/**
 * Scans every commit reachable from HEAD (or in since..HEAD), oldest first,
 * from one `git log -p` stream and one `git cat-file --batch` process. Only
 * one batch of commits is held at a time. Merge commits are diffed against
 * their first parent, so a secret written while resolving a conflict is
 * found too; what a merge brings in from the other branch is attributed to
 * the older commit that introduced it.
 *
 * Only added lines are reported, and most changes need no more than the
 * patch to be judged: the added lines are screened for the words and
 * prefixes the rules look for, and a blob whose parent blob held none of
 * them and whose added lines hold none holds none either, so it is never
 * read (only its size is asked, for the counts). A blob that may hold one
 * is read and checked with the rules told which lines were added
 * (`FileContext.focus`): they look only at the lines around them, with the
 * whole file at hand for context. A file checked once is not checked again
 * for the same lines (a merge repeats its branch's changes).
 */
export async function scanHistory(options: HistoryOptions, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const started = clockStart();
  const root = path.resolve(options.root);
  rules = enabledRules(rules, options.rules);
  await loadGlobs(...globLists(options));
  const ignored = pathMatcher(options.ignore ?? []);
  const repo = await repoInfo(root, '--history');
  const stats = emptyStats();
  const [hasHead, shallowOut, since] = await Promise.all([
    hasCommit(root),
    git(root, ['rev-parse', '--is-shallow-repository']),
    options.since !== undefined ? resolveRef(root, options.since) : undefined,
  ]);
  const shallow = shallowOut.toString('utf8').trim() === 'true';
  const history = { commits: 0, shallow, ...(options.since !== undefined ? { since: options.since } : {}) };
  if (!hasHead) {
    return { root, mode: 'git', findings: [], stats, errors: [], secretValues: [], history };
  }

  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const settings = ruleSettings(options, contextOverrides(options.contexts));
  const cat = new CatFile(root);
  let sizes: CatFile | null = null;
  /**
   * Each finding as its first commit gave it (the walk goes oldest first), and
   * where it was last seen: the report lists findings that sort alike in the
   * order of the newest commit that gave them, as a walk from HEAD meets them.
   */
  const byFingerprint = new Map<string, { finding: Finding; commit: number; index: number }>();
  let commitNumber = 0;
  const secretValues = new Set<string>();
  /** Asks what the rules look for; adds nothing itself. */
  const rulesAsk = new FindingCollector(rules, settings, stats);
  const clean = new CleanBlobs();
  const outcomes = new BoundedMap<string, FileOutcome>(KNOWN_OUTCOMES);
  const readsAnyway = new Map<string, boolean>();
  const mustRead = (p: string) => {
    let r = readsAnyway.get(p);
    if (r === undefined) readsAnyway.set(p, (r = rulesAsk.readsAnyway(p)));
    return r;
  };

  /**
   * What each changed file of a commit needs. A blob whose lines all came
   * from clean lines (the parent blob's, or the patch's for a new file) is
   * clean: it is never read. Requests go out at once, so git is never idle
   * waiting for the next; at most `budget` reads are sent ahead, the rest
   * are read when their commit comes.
   */
  const plan = (c: Commit, budget: { reads: number }): Work[] => {
    c.files = c.files.filter((f) => !ignored(f.path));
    const work: Work[] = [];
    for (const f of c.files) {
      if (f.isDeleted) continue;
      if (f.mode === '160000') work.push({ kind: 'gitlink', file: f });
      else if (f.mode === '120000') work.push({ kind: 'symlink' });
      else if (!f.oid || ZERO_OID.test(f.oid)) continue;
      else if (!f.binary && !f.flagged && (f.isNew || (f.oldOid !== null && clean.has(f.path, f.oldOid))) && !mustRead(f.path)) {
        clean.add(f.path, f.oid);
        sizes ??= new CatFile(root, true);
        work.push({ kind: 'size', file: f, blob: settled(sizes.read(f.oid, maxFileSize)) });
      } else {
        const key = `${f.path}\0${f.oid}\0${f.isNew ? '' : f.added.join(',')}`;
        const ahead = !outcomes.has(key) && budget.reads-- > 0;
        work.push({ kind: 'read', file: f, key, blob: ahead ? settled(cat.read(f.oid, maxFileSize)) : null });
      }
    }
    return work;
  };

  const scanBatch = async (commits: Commit[]): Promise<void> => {
    const budget = { reads: READ_AHEAD };
    const work = commits.map((c) => plan(c, budget));
    for (let i = 0; i < commits.length; i++) await scanCommit(commits[i]!, work[i]!);
  };

  const scanCommit = async (c: Commit, work: Work[]): Promise<void> => {
    const collector = new FindingCollector(rules, settings, stats);
    const entries: TreeEntry[] = [];
    for (const w of work) {
      if (w.kind === 'gitlink') entries.push({ path: w.file.path, status: 'tracked', kind: 'gitlink' });
      else if (w.kind === 'symlink') stats.skipped.symlink++;
    }
    for (const w of work) {
      if (w.kind === 'gitlink' || w.kind === 'symlink') continue;
      if (w.kind === 'size') {
        const blob = await w.blob;
        if (!blob) {
          stats.skipped.missing++;
          continue;
        }
        entries.push({ path: w.file.path, status: 'tracked', kind: 'file' });
        // What reading it would have counted: it is text (no NUL byte) unless it is too large.
        if (blob.size > maxFileSize) stats.skipped.tooLarge++;
        else {
          stats.files++;
          stats.bytes += blob.size;
        }
      } else {
        const f = w.file;
        const known = outcomes.get(w.key);
        if (known) {
          entries.push({ path: f.path, status: 'tracked', kind: 'file' });
          collector.addOutcome(known);
          continue;
        }
        const blob = await (w.blob ?? cat.read(f.oid!, maxFileSize));
        if (!blob) {
          stats.skipped.missing++;
          continue;
        }
        entries.push({ path: f.path, status: 'tracked', kind: 'file' });
        const outcome = collector.checkFile(
          { path: f.path, status: 'tracked', head: blob.head, body: blob.body, size: blob.size },
          f.isNew ? undefined : new LineRanges(f.added),
          true,
        );
        // The rules keep no part of the bytes (findings hold strings): the buffer serves the next blob.
        cat.release(blob);
        collector.addOutcome(outcome);
        outcomes.set(w.key, outcome);
        if (outcome.quiet) clean.add(f.path, f.oid!);
      }
    }
    await collector.addTree({
      mode: 'git',
      settings,
      entries,
      readText: async (p) => {
        return textOf(await cat.read(`${c.sha}:${repo.prefix}${p}`, maxFileSize));
      },
      changedOnly: true,
    });
    const done = collector.finish();
    for (const v of done.secretValues) secretValues.add(v);
    const number = commitNumber++;
    done.findings.forEach((f, index) => {
      const known = byFingerprint.get(f.fingerprint);
      if (known) Object.assign(known, { commit: number, index });
      else byFingerprint.set(f.fingerprint, { finding: { ...f, commit: { sha: c.sha, date: c.date, deleted: false } }, commit: number, index });
    });
  };

  const maxCount = options.maxCommits !== undefined ? [`--max-count=${options.maxCommits}`] : [];
  const range = since ? `${since}..HEAD` : 'HEAD';
  // The filter that keeps deletions out of the stream also hides commits that only delete: count them apart.
  const total = git(root, ['rev-list', '--count', ...maxCount, '--end-of-options', range, '--']);
  total.catch(() => undefined);
  // Oldest first, so that a blob's parent blob is judged before it. `--reverse` would apply
  // `--max-count` before the filter hides the commits that only delete: the commits the limit
  // picks are listed first, then given to git in order.
  const picked = options.maxCommits !== undefined ? await newestCommits(root, options.maxCommits, range) : null;
  const args = [
    'log',
    ...(picked ? ['--no-walk=unsorted', '--stdin'] : ['--reverse']),
    ...LOG_FLAGS,
    ...PATCH_FLAGS,
    '--no-show-signature',
    '--format=%x00%H %aI',
    ...(picked ? [] : ['--end-of-options', range]),
    '--',
  ];
  const child = spawnGit(root, args);
  const exit = exited(child, 'log');
  child.stdin.on('error', () => {
    // git exited early; `exit` says why.
  });
  child.stdin.end(picked ? picked.reverse().map((sha) => `${sha}\n`).join('') : '');
  let current: Commit | null = null;
  let pending: Commit[] = [];
  const reader = new PatchReader(
    {
      onCommit(header) {
        const sp = header.indexOf(' ');
        current = { sha: header.slice(0, sp), date: header.slice(sp + 1), files: [] };
        pending.push(current);
      },
      onFile(f) {
        current?.files.push(f);
      },
    },
    { screen: (added) => rulesAsk.holdsLiterals(added) },
  );
  // git keeps writing while commits are scanned: the stream is read on as it comes, and paused only
  // when too much waits (file lists, not content, so that is little memory).
  const splitter = new LineSplitter();
  const onLine = (buf: Buffer, start: number, end: number) => reader.line(buf, start, end);
  let ended = false;
  let failure: Error | null = null;
  let waiting = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const stream = child.stdout;
  stream.on('data', (chunk: Buffer) => {
    splitter.push(chunk, onLine);
    reader.release();
    waiting = pendingFiles(pending);
    if (pending.length > MAX_WAITING_COMMITS || waiting > MAX_WAITING_FILES) stream.pause();
    signal();
  });
  stream.on('end', () => {
    splitter.end(onLine);
    reader.end();
    ended = true;
    signal();
  });
  stream.on('error', (e: Error) => {
    failure = e;
    signal();
  });
  let scanned = 0;
  try {
    for (;;) {
      if (failure) throw failure;
      // A commit is complete once the next one starts; complete commits are scanned in small batches.
      const ready = ended ? pending.length : pending.length - 1;
      if (ready > 0 && (ended || ready >= PREFETCH_COMMITS || waiting >= PREFETCH_FILES)) {
        const batch = pending.slice(0, ready);
        pending = pending.slice(ready);
        waiting = pendingFiles(pending);
        if (stream.isPaused() && !ended) stream.resume();
        await scanBatch(batch);
        scanned += batch.length;
        options.onCommit?.(scanned);
        continue;
      }
      if (ended) break;
      if (stream.isPaused()) stream.resume();
      await new Promise<void>((resolve) => (wake = resolve));
    }
    await exit;
    history.commits = Number((await total).toString('utf8').trim()) || 0;
    const seen = [...byFingerprint.values()].sort((a, b) => b.commit - a.commit || a.index - b.index).map((s) => s.finding);
    await markDeleted(root, repo.prefix, seen, cat, rules, settings, maxFileSize);
    // History has no inline comments to honour; levels, `allow` and the baseline apply as for a folder scan.
    const { findings, baseline } = settle(seen, [], options);
    if (baseline) stats.baseline = baseline;
    findings.sort(compareFindings);
    stats.durationMs = msSince(started);
    return { root, mode: 'git', findings, stats, errors: [], secretValues: [...secretValues].sort(), history };
  } finally {
    if (child.exitCode === null) child.kill();
    await cat.close();
    await (sizes as CatFile | null)?.close();
  }
}

/** Which commits the walk shows: merges diffed against their first parent, deletions left out. */
const LOG_FLAGS = ['--no-renames', '--diff-merges=first-parent', NOT_DELETED, '--relative'];

/**
 * The `limit` newest commits in `range` that the history walk shows (those
 * that change more than deletions), newest first.
 */
async function newestCommits(root: string, limit: number, range: string): Promise<string[]> {
  if (limit <= 0) return [];
  // "\0<sha>\0\n<path>\0<path>\0\0<sha>…": a path is never empty, so each commit id follows an empty
  // field. Read as it comes, keeping only the ids: the paths of a long history add up to megabytes.
  const child = spawnGit(root, ['log', ...LOG_FLAGS, '--name-only', '-z', '--format=%x00%H', `--max-count=${limit}`, '--end-of-options', range, '--']);
  const exit = exited(child, 'log', false);
  child.stdin.end();
  const shas: string[] = [];
  let field = '';
  let afterEmpty = true;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nul = chunk.indexOf(0); nul >= 0; start = nul + 1, nul = chunk.indexOf(0, start)) {
      // Only a field that may be a commit id is made a string.
      const short = field.length + nul - start <= 64;
      const text = short ? field + chunk.toString('latin1', start, nul) : '';
      if (afterEmpty && /^[0-9a-f]{40,64}$/.test(text)) shas.push(text);
      afterEmpty = field.length === 0 && nul === start;
      field = '';
    }
    if (field.length <= 64) field += chunk.toString('latin1', start, Math.min(chunk.length, start + 65));
  }
  await exit;
  return shas;
}

/**
 * A finding is `deleted` when its path is gone from HEAD, or when scanning
 * HEAD's version of the file no longer yields the same fingerprint.
 */
async function markDeleted(
  root: string,
  prefix: string,
  findings: Finding[],
  cat: CatFile,
  rules: readonly Rule[],
  settings: ReturnType<typeof ruleSettings>,
  maxFileSize: number,
): Promise<void> {
  if (findings.length === 0) return;
  const headPaths = new Set(splitZ(await git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])));
  const paths = [...new Set(findings.filter((f) => headPaths.has(f.path) && f.line !== undefined).map((f) => f.path))];
  const present = new Set<string>();
  for (const p of paths) {
    const blob = await cat.read(`HEAD:${prefix}${p}`, maxFileSize);
    if (!blob) continue;
    const collector = new FindingCollector(rules, settings, emptyStats());
    collector.addFile({ path: p, status: 'tracked', head: blob.head, body: blob.body, size: blob.size });
    cat.release(blob);
    for (const f of collector.finish().findings) present.add(f.fingerprint);
  }
  for (const f of findings) {
    const gone = !headPaths.has(f.path) || (f.line !== undefined && !present.has(f.fingerprint));
    f.commit!.deleted = gone;
  }
}
