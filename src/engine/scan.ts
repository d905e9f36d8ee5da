import * as path from 'node:path';
import { lstatSync, statSync } from 'node:fs';
import { expectedEntries, inventory, type Inventory } from './inventory';
import { mayBeInWorkTree } from './git';
import { SafeReader } from './read';
import { textOf } from '../core/text';
import { DEFAULT_MAX_FILE_SIZE } from './types';
import type { ScanError, ScanOptions, ScanResult } from './types';
import type { Rule, TreeEntry } from '../rules/types';
import { RULE_IDS } from '../rules/ids';
import { compareStrings, emptyStats } from './results';
import type { FileRef, OnChecked, ReadFilesResult } from './read-files';
import type { FolderCheck } from './check';
import type { Settled } from './suppress';
import { globLists, loadGlobs, pathMatcher } from '../core/globs';
import { clockStart, msSince } from './clock';
import { KnownFiles } from './known-files';

export class ScanInputError extends Error {}

/**
 * Scans one folder: inventory → read each file once → content rules → tree
 * rules → redacted, fingerprinted findings sorted by path and position.
 * `rules`: all of them (`RULES`) when not given.
 */
export async function scan(options: ScanOptions, rules?: readonly Rule[]): Promise<ScanResult> {
  const started = clockStart();
  const root = path.resolve(options.root);
  await assertFolder(root);
  await loadGlobs(...globLists(options));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const ignored = pathMatcher(options.ignore ?? []);
  const wanted = options.paths ? within(options.paths) : null;
  // The paths asked for that hold something scanned: the others are named in the result.
  const matched = new Set<string>();
  const keep = (e: TreeEntry) => {
    if (ignored(e.path)) return false;
    if (wanted === null) return true;
    const m = wanted(e.path);
    if (m !== null) matched.add(m);
    return m !== null;
  };

  const stats = emptyStats();
  const errors: ScanError[] = [];
  const reader = new SafeReader(root);
  const ruleIds = (rules?.map((r) => r.meta.id) ?? RULE_IDS).filter((id) => options.rules?.[id] !== 'off');
  // Files an earlier scan found clean and that have not changed since are counted, not read.
  const known = options.cache ? new KnownFiles(options.cache, { ...options, maxFileSize }, ruleIds, !options.paths) : null;
  const onChecked: OnChecked | undefined = known ? (f, stamp, outcome) => known.record(f.path, f.status, stamp, outcome) : undefined;
  const check = new LazyCheck((m) => new m.FolderCheck({ root, maxFileSize, options }, stats, rules, onChecked));
  let inv: Inventory;
  let read: ReadFilesResult = { errors: [], symlinks: [] };
  let settled: Settled & { secretValues: string[] } = { findings: [], secretValues: [] };
  let checking: FolderCheck | null = null;
  const entries: TreeEntry[] = [];
  try {
    const indexed = options.noGit ? 0 : expectedEntries(root);
    // Files are read and checked while git is still listing them.
    const listing = inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored }, (listed) => {
      const files: FileRef[] = [];
      for (const e of listed) {
        if (!keep(e)) continue;
        entries.push(e);
        if (e.kind !== 'file') continue;
        if (known?.has(e.path, e.status)) {
          const stamp = reader.stampSync(e.path);
          const clean = stamp && known.outcome(e.path, e.status, stamp);
          if (clean) {
            check.use((c) => c.addClean(clean.counts));
            continue;
          }
        }
        files.push(e);
      }
      // Anything listed is for the tree rules to see, even with no file to read.
      if (entries.length > 0) check.use((c) => c.add(files));
    });
    // In a repository git is listing by now (`inventory` starts it before it first waits), and
    // nearly always lists something: the rules are compiled meanwhile. A plain folder's first
    // entry loads them, and so does a work tree's top whose index holds nothing (a new
    // repository), so a scan with nothing to check never does.
    if (indexed > 0 && !options.paths) check.use((c) => c.expect(indexed));
    else if (indexed > 0 || (!options.noGit && !hasOwnGitDir(root) && mayBeInWorkTree(root))) check.use(() => undefined);
    inv = await listing;
    // A baseline's entries are matched against the findings, even when there are none.
    if (options.baseline) check.use(() => undefined);
    checking = await check.loaded();
    if (checking) read = await checking.finish();
    known?.save();
  } catch (e) {
    await (await check.loaded().catch(() => null))?.abort();
    throw e;
  }
  // git already knows a tracked symlink for what it is; it is never opened.
  for (const e of entries) if (e.kind === 'symlink') stats.skipped.symlink++;
  errors.push(...read.errors);
  if (inv.gitProblem) {
    errors.push({
      path: '.',
      message: `git would not read this work tree (${inv.gitProblem}), so it was scanned as a plain folder, ignored files included; fix that (e.g. \`git config --global --add safe.directory <path>\`) or pass --no-git to scan it as a folder on purpose`,
    });
  }
  if (read.symlinks.length > 0) {
    const links = new Set(read.symlinks);
    for (const e of entries) if (e.kind === 'file' && links.has(e.path)) e.kind = 'symlink';
  }

  if (checking) {
    settled = await checking.conclude(
      {
        mode: inv.mode,
        entries,
        ...(inv.submodulePaths ? { submodulePaths: inv.submodulePaths } : {}),
        readText: async (rel: string) => {
          const out = reader.readSync(rel, maxFileSize);
          return out.kind === 'ok' ? textOf(out) : null;
        },
      },
      options,
    );
  }
  const { findings, baseline, secretValues } = settled;
  if (baseline) stats.baseline = baseline;
  errors.sort((a, b) => compareStrings(a.path, b.path));
  stats.durationMs = msSince(started);
  const result: ScanResult = { root, mode: inv.mode, findings, stats, errors, secretValues };
  if (options.paths) {
    const unmatched = [...new Set(options.paths.map(clean))].filter((p) => !matched.has(p)).sort(compareStrings);
    if (unmatched.length > 0) result.unmatched = unmatched;
  }
  return result;
}

const clean = (p: string) => p.replace(/\/+$/, '');

/** Which of the given paths `p` is, or is inside (given folders); null when none. */
function within(paths: readonly string[]): (p: string) => string | null {
  const wanted = new Set(paths.map(clean));
  return (p) => {
    if (wanted.has(p)) return p;
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
      const dir = p.slice(0, i);
      if (wanted.has(dir)) return dir;
    }
    return null;
  };
}

/** Whether `root` is the top of a work tree, with its own `.git` directory (not a file, as a linked work tree's is). */
function hasOwnGitDir(root: string): boolean {
  try {
    return lstatSync(path.join(root, '.git')).isDirectory();
  } catch {
    return false;
  }
}

async function assertFolder(root: string): Promise<void> {
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
  }
  if (!st.isDirectory()) throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}


/**
 * The checking half of the scan (check.ts), loaded the first time it is
 * asked for; what is asked of it before it is there waits, in order.
 */
class LazyCheck {
  private ready: FolderCheck | null = null;
  private loading: Promise<FolderCheck> | null = null;
  private waiting: ((c: FolderCheck) => void)[] = [];

  constructor(private readonly make: (m: typeof import('./check')) => FolderCheck) {}

  /** Does `f` with the check, now or once it is loaded (and starts loading it). */
  use(f: (c: FolderCheck) => void): void {
    if (this.ready) return f(this.ready);
    this.waiting.push(f);
    if (this.loading) return;
    this.loading = import('./check').then((m) => {
      const c = this.make(m);
      for (const w of this.waiting) w(c);
      this.waiting = [];
      this.ready = c;
      return c;
    });
    // Seen where the scan waits for it (`loaded`).
    this.loading.catch(() => undefined);
  }

  /** The check, once everything asked of it is done; null when nothing ever asked. */
  loaded(): Promise<FolderCheck | null> {
    return this.loading ?? Promise.resolve(null);
  }
}
