/** Severity of a finding, from most to least severe. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** How git sees a path: the three classes a user already knows, plus `plain` outside git. */
export type FileStatus = 'tracked' | 'untracked' | 'ignored' | 'plain';

export type FailOn = Severity | 'never';

export interface Suppression {
  by: 'inline' | 'config' | 'baseline';
  reason?: string;
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
  suppressed?: Suppression;
  /** Set by history scans: the commit that added the finding, and whether HEAD still has it. */
  commit?: FindingCommit;
}

export interface FindingCommit {
  sha: string;
  /** Author date, ISO 8601. */
  date: string;
  /** True when the path or line is gone from HEAD: the value is only in history. */
  deleted?: boolean;
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
  /** Called now and then with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
