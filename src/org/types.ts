import type { Finding } from '../engine/types';
import type { Severity } from '../core/types';

export type SeverityCounts = Record<Severity, number>;

/** One per-repository JSON report after validation, with only the fields the merge uses. */
export interface RepoReportInput {
  /** Where it was read from, for messages and as the name of last resort. */
  source: string;
  name: string;
  commit?: string;
  mode: string;
  findings: Finding[];
  files: number;
  bytes: number;
  errors: number;
}

export interface SkippedReport {
  source: string;
  reason: string;
}

export interface OrgRepository {
  name: string;
  commit?: string;
  mode: string;
  /** Active findings still present at the scanned commit, by severity. */
  current: SeverityCounts;
  /** Active findings only in history (gone from HEAD): their keys still need rotating. */
  historyOnly: number;
  suppressed: number;
  files: number;
  bytes: number;
  /** Files the scan could not read. */
  errors: number;
  /** Sorted: present findings first, then history-only, each by path and line. */
  findings: Finding[];
}

export interface RuleTotal {
  ruleId: string;
  severity: Severity;
  findings: number;
  repositories: number;
}

export interface OrgTotals {
  repositories: number;
  repositoriesWithFindings: number;
  findings: number;
  bySeverity: SeverityCounts;
  historyOnly: number;
  suppressed: number;
  files: number;
  skippedReports: number;
}

/** The merged organisation report. No timestamps or durations, so equal inputs give equal bytes. */
export interface OrgReport {
  tool: { name: string; version: string };
  kind: 'organisation';
  totals: OrgTotals;
  byRule: RuleTotal[];
  /** Sorted by risk: errors, then history-only findings, warnings, notices, then name. */
  repositories: OrgRepository[];
  skipped: SkippedReport[];
}
