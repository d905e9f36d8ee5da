import * as path from 'node:path';
import { statSync } from 'node:fs';
import { expectedEntries, inventory, type Inventory } from './inventory';
import { SafeReader } from './read';
import { textOf } from '../core/text';
import { DEFAULT_MAX_FILE_SIZE } from './types';
import type { ScanError, ScanOptions, ScanResult } from './types';
import type { Rule, TreeContext, TreeEntry } from '../rules/types';
import { RULES } from '../rules';
import { compareStrings, emptyStats, enabledRules, FindingCollector, ruleSettings } from './pipeline';
import type { FileRef, ReadFilesResult } from './read-files';
import { FileChecker } from './parallel';
import { settle } from './suppress';
import { contextOverrides, globLists, loadGlobs, pathMatcher } from '../core/globs';
import { clockStart, msSince } from './clock';
import { KnownFiles } from './known-files';

export class ScanInputError extends Error {}

/**
 * Scans one folder: inventory → read each file once → content rules → tree
 * rules → redacted, fingerprinted findings sorted by path and position.
 */
export async function scan(options: ScanOptions, rules: readonly Rule[] = RULES): Promise<ScanResult> {
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
  const enabled = enabledRules(rules, options.rules);
  const collector = new FindingCollector(enabled, ruleSettings(options, contextOverrides(options.contexts)), stats);
  // Files an earlier scan found clean and that have not changed since are counted, not read.
  const known = options.cache ? new KnownFiles(options.cache, { ...options, maxFileSize }, enabled.map((r) => r.meta.id), !options.paths) : null;
  // Files are read and checked while git is still listing them.
  const checker = new FileChecker(
    { root, maxFileSize, options },
    collector,
    stats,
    options.onProgress,
    known ? (f, stamp, outcome) => known.record(f.path, f.status, stamp, outcome) : undefined,
  );
  let inv: Inventory;
  let read: ReadFilesResult;
  const entries: TreeEntry[] = [];
  try {
    if (!options.noGit && !options.paths) checker.expect(expectedEntries(root));
    inv = await inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored }, (listed) => {
      const files: FileRef[] = [];
      for (const e of listed) {
        if (!keep(e)) continue;
        entries.push(e);
        if (e.kind !== 'file') continue;
        if (known?.has(e.path, e.status)) {
          const stamp = reader.stampSync(e.path);
          const clean = stamp && known.outcome(e.path, e.status, stamp);
          if (clean) {
            collector.addOutcome({ found: [], comments: null, counts: clean.counts, quiet: false });
            continue;
          }
        }
        files.push(e);
      }
      checker.add(files);
    });
    read = await checker.finish();
    known?.save();
  } catch (e) {
    await checker.abort();
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

  const tree: TreeContext = {
    mode: inv.mode,
    settings: collector.settings,
    entries,
    ...(inv.submodulePaths ? { submodulePaths: inv.submodulePaths } : {}),
    readText: async (rel: string) => {
      const out = reader.readSync(rel, maxFileSize);
      return out.kind === 'ok' ? textOf(out) : null;
    },
  };
  await collector.addTree(tree);

  const finished = collector.finish();
  const { findings, baseline } = settle(finished.findings, finished.comments, options, finished.secretValues);
  if (baseline) stats.baseline = baseline;
  const secretValues = finished.secretValues;
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

async function assertFolder(root: string): Promise<void> {
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
  }
  if (!st.isDirectory()) throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}

