import type { ContextName, FileStatus, Remedy, Severity } from '../core/types';

export type FailOn = Severity | 'never';

export interface Suppression {
  by: 'inline' | 'config' | 'baseline';
  reason?: string;
  /** For an inline suppression: the line of the comment (the line above the finding for `-next-line`). */
  line?: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** POSIX path relative to the scanned root. */
  path: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Redacted form of the matched secret; never the value itself. */
  secret?: string;
  fingerprint: string;
  status: FileStatus;
  /** Where the finding sits (the file's context, or its section's); it decided the severity. */
  context: ContextName;
  /** Why the finding sits there, in words (`CI workflow`, `test folder`, `branch behind a development check`). */
  contextWhy?: string;
  suppressed?: Suppression;
  /**
   * Set when the scan compares with a base (a pull request, `--since`, `--staged`):
   * true when the finding sits on a line the change adds or rewrites, or is a
   * whole-file finding on a path the change adds; false when it was already there.
   */
  new?: boolean;
  /** Set by history scans: the commit that introduced the finding. */
  commit?: CommitInfo;
  /** For `leakproof fix` only, never in a report: how its fix differs from the rule's usual one (`RawFinding.remedy`). */
  remedy?: Remedy;
}

export interface CommitInfo {
  sha: string;
  /** Author date, ISO 8601. */
  date: string;
  /** The path or the line is gone from HEAD: the secret lives on only in history. */
  deleted: boolean;
}

/** What a history scan covered. */
export interface HistoryInfo {
  commits: number;
  /** The clone is shallow: older commits were not there to scan. */
  shallow: boolean;
  since?: string;
}

export interface SkipStats {
  binary: number;
  tooLarge: number;
  symlink: number;
  special: number;
  unreadable: number;
  missing: number;
}

export interface ScanStats {
  /** Files whose content the rules read. */
  files: number;
  bytes: number;
  skipped: SkipStats;
  /** Lines longer than the line cap, scanned in overlapping windows. */
  longLines: number;
  durationMs: number;
  /** Present when a baseline was given: how many of its entries still match a finding. */
  baseline?: BaselineStats;
}

export interface BaselineStats {
  entries: number;
  matched: number;
  /** Entries that match no finding any more; `--prune-baseline` removes them. */
  stale: number;
}

export interface ScanError {
  path: string;
  message: string;
}

export interface ScanResult {
  root: string;
  mode: 'git' | 'plain';
  findings: Finding[];
  stats: ScanStats;
  /** Files that could not be read; the scan went on without them. */
  errors: ScanError[];
  /**
   * Raw secret values behind the findings, for hosts that must mask them
   * (the Action's core.setSecret). No report ever serialises this.
   */
  secretValues: string[];
  /** Set by history scans. */
  history?: HistoryInfo;
  /** Of the `paths` a scan was limited to, those that held nothing it scanned (ignored, or no file there). */
  unmatched?: string[];
  /** Set by diff scans: what was compared (`staged changes`, `changes since origin/main`). */
  changes?: string;
  /** Set when the scan compares with a base: inline suppressions the change adds, one per finding they hide. */
  addedSuppressions?: AddedSuppression[];
}

/**
 * A finding hidden by a `leakproof-ignore` comment that the change itself
 * adds. It names where and why, never the secret.
 */
export interface AddedSuppression {
  ruleId: string;
  severity: Severity;
  path: string;
  /** The line of the hidden finding. */
  line?: number;
  /** The line of the comment that hides it. */
  commentLine: number;
  reason?: string;
  context: ContextName;
  fingerprint: string;
}

export interface ScanOptions {
  root: string;
  /** Treat the folder as plain even inside a git work tree. */
  noGit?: boolean;
  includeIgnored?: boolean;
  maxFileSize?: number;
  /** Extra names treated as members of the SECRET_KEY family. */
  secretNames?: string[];
  /** Extra dotenv key prefixes that are public by convention. */
  publicEnvPrefixes?: string[];
  /**
   * Scan only these paths (POSIX, relative to the root; a folder covers what
   * is inside it). Tree rules see only these entries too.
   */
  paths?: string[];
  /** Globs (minimatch, `dot: true`) of paths never scanned; a glob matching a folder covers what is inside it. */
  ignore?: string[];
  /** Per-rule level: `off` disables the rule, a severity re-grades its findings. */
  rules?: Record<string, RuleLevel>;
  /** Findings of a rule on matching paths are suppressed by the configuration, with a reason. */
  allow?: AllowEntry[];
  /**
   * Globs per context that override the built-in classification, e.g.
   * `{ production: ['.github/workflows/deploy.yml'] }`.
   */
  contexts?: Partial<Record<ContextName, string[]>>;
  /** Findings recorded here are suppressed by the baseline. */
  baseline?: Baseline;
  /** Called now and then with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Where the working-tree scan remembers the files it found clean, so that
   * the next scan of the same folder reads only what changed (known-files.ts).
   */
  cache?: ScanCache;
}

/** Text kept between scans of one folder; the host decides where (the CLI: a private temporary folder). */
export interface ScanCache {
  /** Names the build of the rules: what another build wrote is not used. */
  readonly build: string;
  /** What the last scan saved, or null. */
  load(): string | null;
  save(text: string): void;
}

export type RuleLevel = Severity | 'off';

export interface AllowEntry {
  rule: string;
  /** Globs, as for `ignore`. */
  paths: string[];
  reason: string;
}

/** One accepted finding. The fingerprint hashes the secret; nothing here is the secret in clear. */
export interface BaselineEntry {
  ruleId: string;
  path: string;
  fingerprint: string;
}

export interface Baseline {
  entries: BaselineEntry[];
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
