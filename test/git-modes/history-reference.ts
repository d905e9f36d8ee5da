/**
 * The history scan as it was before it read only what changed: every changed
 * file read whole from git and checked whole at every commit, newest commit
 * first. Kept, nearly verbatim, as the reference the faster scan must agree
 * with (history-identity.test.ts); not used by leakproof itself.
 */
import { textOf } from '../../src/core/text';
import * as path from 'node:path';
import type { Finding, ScanResult } from '../../src/engine/types';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/engine/types';
import type { Rule, TreeEntry } from '../../src/rules/types';
import { RULES } from '../../src/rules';
import { git, splitZ } from '../../src/engine/git';
import { compareFindings, emptyStats, enabledRules, FindingCollector, ruleSettings } from '../../src/engine/pipeline';
import { settle } from '../../src/engine/suppress';
import { contextOverrides, globLists, loadGlobs, pathMatcher } from '../../src/core/globs';
import { CatFile, type Blob } from '../../src/engine/git-sources/cat-file';
import { addedLines, PatchReader, type FilePatch } from '../../src/engine/git-sources/patch';
import { NOT_DELETED, PATCH_FLAGS } from '../../src/engine/git-sources/diff-args';
import { exited, LineSplitter, spawnGit } from '../../src/engine/git-sources/spawn';
import { hasCommit, repoInfo, resolveRef } from '../../src/engine/git-sources/repo';
import type { HistoryOptions } from '../../src/engine/git-sources/history';

async function* lines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const splitter = new LineSplitter();
  for await (const chunk of stream) {
    const out: Buffer[] = [];
    splitter.push(chunk, (b, s, e) => out.push(Buffer.from(b.subarray(s, e))));
    yield* out;
  }
  const out: Buffer[] = [];
  splitter.end((b, s, e) => out.push(b.subarray(s, e)));
  yield* out;
}

interface Commit {
  sha: string;
  date: string;
  files: FilePatch[];
}

const ZERO_OID = /^0+$/;
/** Blobs requested ahead: enough to keep cat-file busy, few enough (each at most --max-file-size) to keep memory bounded. */
const PREFETCH_FILES = 64;
const PREFETCH_COMMITS = 32;

function pendingFiles(commits: readonly Commit[]): number {
  let n = 0;
  for (const c of commits) n += c.files.length;
  return n;
}

/**
 * Scans every commit reachable from HEAD (or in since..HEAD), newest first,
 * from one `git log -p` stream and one `git cat-file --batch` process. Only
 * one commit's file list is held at a time. Content rules see each changed
 * file whole (for context) but report only its added lines. Merge commits are
 * diffed against their first parent, so a secret written while resolving a
 * conflict is found too; what a merge brings in from the other branch is
 * attributed to the older commit that introduced it.
 */
export async function scanHistoryWhole(options: HistoryOptions, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const started = performance.now();
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
  /** The earliest commit seen so far for each finding (the walk goes newest first). */
  const byFingerprint = new Map<string, Finding>();
  const secretValues = new Set<string>();

  const readable = (c: Commit) =>
    c.files.filter((f) => !f.isDeleted && f.mode !== '160000' && f.mode !== '120000' && f.oid && !ZERO_OID.test(f.oid));
  /**
   * Asks cat-file for the blobs of several commits at once, so git is never
   * idle waiting for the next request; at most PREFETCH_FILES ahead, the
   * rest is read when its commit comes.
   */
  const scanBatch = async (commits: Commit[]): Promise<void> => {
    let budget = PREFETCH_FILES;
    const reads = commits.map((c) => {
      const files = readable(c);
      if (files.length > budget) {
        budget = 0;
        return undefined;
      }
      budget -= files.length;
      return files.map((f) => cat.read(f.oid!, maxFileSize));
    });
    for (let i = 0; i < commits.length; i++) await scanCommit(commits[i]!, reads[i]);
  };

  const scanCommit = async (c: Commit, reads?: Promise<Blob | null>[]): Promise<void> => {
    const collector = new FindingCollector(rules, settings, stats);
    const entries: TreeEntry[] = [];
    c.files = c.files.filter((f) => !ignored(f.path));
    for (const f of c.files) {
      if (f.isDeleted) continue;
      if (f.mode === '160000') entries.push({ path: f.path, status: 'tracked', kind: 'gitlink' });
      else if (f.mode === '120000') stats.skipped.symlink++;
    }
    const files = readable(c);
    for (let b = 0; b < files.length; b += PREFETCH_FILES) {
      const window = files.slice(b, b + PREFETCH_FILES);
      const blobs = await Promise.all(reads ? reads.slice(b, b + PREFETCH_FILES) : window.map((f) => cat.read(f.oid!, maxFileSize)));
      window.forEach((f, i) => {
        const blob = blobs[i];
        if (!blob) {
          stats.skipped.missing++;
          return;
        }
        entries.push({ path: f.path, status: 'tracked', kind: 'file' });
        collector.addFile(
          { path: f.path, status: 'tracked', head: blob.head, body: blob.body, size: blob.size },
          f.isNew ? undefined : addedLines(f.added),
        );
      });
    }
    await collector.addTree({
      mode: 'git',
      settings,
      entries,
      readText: async (p) => {
        return textOf(await cat.read(`${c.sha}:${repo.prefix}${p}`, maxFileSize));
      },
    });
    const done = collector.finish();
    for (const v of done.secretValues) secretValues.add(v);
    for (const f of done.findings) byFingerprint.set(f.fingerprint, { ...f, commit: { sha: c.sha, date: c.date, deleted: false } });
  };

  const maxCount = options.maxCommits !== undefined ? [`--max-count=${options.maxCommits}`] : [];
  const args = [
    'log',
    '--no-renames',
    '--diff-merges=first-parent',
    NOT_DELETED,
    ...PATCH_FLAGS,
    '--no-show-signature',
    '--relative',
    '--format=%x00%H %aI',
    ...maxCount,
    '--end-of-options',
    since ? `${since}..HEAD` : 'HEAD',
    '--',
  ];
  const range = since ? `${since}..HEAD` : 'HEAD';
  // The filter that keeps deletions out of the stream also hides commits that only delete: count them apart.
  const total = git(root, ['rev-list', '--count', ...maxCount, '--end-of-options', range, '--']);
  total.catch(() => undefined);
  const child = spawnGit(root, args);
  const exit = exited(child, 'log');
  let current: Commit | null = null;
  let pending: Commit[] = [];
  const reader = new PatchReader({
    onCommit(header) {
      const sp = header.indexOf(' ');
      current = { sha: header.slice(0, sp), date: header.slice(sp + 1), files: [] };
      pending.push(current);
    },
    onFile(f) {
      current?.files.push(f);
    },
  });
  let scanned = 0;
  try {
    for await (const line of lines(child.stdout)) {
      reader.line(line);
      // A commit is complete once the next one starts; complete commits are scanned in small batches.
      const ready = pending.length - 1;
      if (ready > 0 && (ready >= PREFETCH_COMMITS || pendingFiles(pending) >= PREFETCH_FILES)) {
        const batch = pending.slice(0, ready);
        pending = pending.slice(ready);
        await scanBatch(batch);
        scanned += batch.length;
        options.onCommit?.(scanned);
      }
    }
    reader.end();
    await scanBatch(pending);
    await exit;
    history.commits = Number((await total).toString('utf8').trim()) || 0;
    const seen = [...byFingerprint.values()];
    await markDeleted(root, repo.prefix, seen, cat, rules, settings, maxFileSize);
    // History has no inline comments to honour; levels, `allow` and the baseline apply as for a folder scan.
    const { findings, baseline } = settle(seen, [], options);
    if (baseline) stats.baseline = baseline;
    findings.sort(compareFindings);
    stats.durationMs = Math.round(performance.now() - started);
    return { root, mode: 'git', findings, stats, errors: [], secretValues: [...secretValues].sort(), history };
  } finally {
    if (child.exitCode === null) child.kill();
    await cat.close();
  }
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
    for (const f of collector.finish().findings) present.add(f.fingerprint);
  }
  for (const f of findings) {
    const gone = !headPaths.has(f.path) || (f.line !== undefined && !present.has(f.fingerprint));
    f.commit!.deleted = gone;
  }
}
