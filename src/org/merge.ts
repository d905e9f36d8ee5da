import type { Finding } from '../engine/types';
import type { Severity } from '../core/types';
import { TOOL_NAME, VERSION } from '../version';
import type { OrgReport, OrgRepository, RepoReportInput, RuleTotal, SeverityCounts, SkippedReport } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, notice: 0 };
}

/** Present at the scanned commit first, then history-only; each by path, position, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.commit?.deleted ? 1 : 0, b.commit?.deleted ? 1 : 0) ||
    cmp(a.path, b.path) ||
    cmp(a.line ?? 0, b.line ?? 0) ||
    cmp(a.column ?? 0, b.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(RANK[a.severity], RANK[b.severity]) ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.commit?.sha ?? '', b.commit?.sha ?? '')
  );
}

/** Errors first, then history-only findings (keys to rotate), warnings, notices; ties by name. */
export function compareRisk(a: OrgRepository, b: OrgRepository): number {
  return (
    b.current.error - a.current.error ||
    b.historyOnly - a.historyOnly ||
    b.current.warning - a.current.warning ||
    b.current.notice - a.current.notice ||
    cmp(a.name, b.name) ||
    cmp(a.commit ?? '', b.commit ?? '')
  );
}

/** A finding seen by two reports of the same repository (say a tree scan and a history scan) counts once. */
function findingKey(f: Finding): string {
  return `${f.ruleId}\0${f.path}\0${f.fingerprint}`;
}

/**
 * Which of two reports of one finding to keep, whatever order the reports
 * came in: the one that knows its commit (a history scan says when it was
 * committed and whether it is gone), then the smaller serialisation.
 */
function preferred(a: Finding, b: Finding): Finding {
  if (!!a.commit !== !!b.commit) return a.commit ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

function summarise(name: string, parts: RepoReportInput[]): OrgRepository {
  const seen = new Map<string, Finding>();
  for (const p of parts) {
    for (const f of p.findings) {
      const k = findingKey(f);
      const other = seen.get(k);
      seen.set(k, other ? preferred(other, f) : f);
    }
  }
  const findings = [...seen.values()].sort(compareFindings);
  const current = zero();
  let historyOnly = 0;
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else if (f.commit?.deleted) historyOnly++;
    else current[f.severity]++;
  }
  // Two reports of one repository may name different commits; the smallest keeps the output stable.
  const commits = parts.map((p) => p.commit).filter((c): c is string => !!c).sort();
  const head: Pick<OrgRepository, 'name' | 'commit'> = commits.length > 0 ? { name, commit: commits[0]! } : { name };
  return {
    ...head,
    mode: [...new Set(parts.map((p) => p.mode))].sort().join('+'),
    current,
    historyOnly,
    suppressed,
    files: Math.max(...parts.map((p) => p.files)),
    bytes: Math.max(...parts.map((p) => p.bytes)),
    errors: parts.reduce((a, p) => a + p.errors, 0),
    findings,
  };
}

function ruleTotals(repos: readonly OrgRepository[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  for (const r of repos) {
    const inRepo = new Set<string>();
    for (const f of r.findings) {
      if (f.suppressed) continue;
      const key = `${f.ruleId}\0${f.severity}`;
      let t = totals.get(key);
      if (!t) totals.set(key, (t = { ruleId: f.ruleId, severity: f.severity, findings: 0, repositories: 0 }));
      t.findings++;
      if (!inRepo.has(key)) {
        inRepo.add(key);
        t.repositories++;
      }
    }
  }
  return [...totals.values()].sort(
    (a, b) => cmp(RANK[a.severity], RANK[b.severity]) || b.findings - a.findings || cmp(a.ruleId, b.ruleId),
  );
}

/**
 * Merges per-repository reports into one organisation report. Pure and
 * order-independent: the same reports in any order give the same result.
 */
export function mergeReports(inputs: readonly RepoReportInput[], skipped: readonly SkippedReport[] = []): OrgReport {
  const byName = new Map<string, RepoReportInput[]>();
  for (const input of inputs) {
    const list = byName.get(input.name);
    if (list) list.push(input);
    else byName.set(input.name, [input]);
  }
  const repositories = [...byName.entries()].map(([name, parts]) => summarise(name, parts)).sort(compareRisk);
  const bySeverity = zero();
  let historyOnly = 0;
  let suppressed = 0;
  let files = 0;
  for (const r of repositories) {
    for (const s of ['error', 'warning', 'notice'] as const) bySeverity[s] += r.current[s];
    historyOnly += r.historyOnly;
    suppressed += r.suppressed;
    files += r.files;
  }
  return {
    tool: { name: TOOL_NAME, version: VERSION },
    kind: 'organisation',
    totals: {
      repositories: repositories.length,
      repositoriesWithFindings: repositories.filter((r) => activeCount(r) > 0).length,
      findings: bySeverity.error + bySeverity.warning + bySeverity.notice + historyOnly,
      bySeverity,
      historyOnly,
      suppressed,
      files,
      skippedReports: skipped.length,
    },
    byRule: ruleTotals(repositories),
    repositories,
    skipped: [...skipped].sort((a, b) => cmp(a.source, b.source) || cmp(a.reason, b.reason)),
  };
}

/** Active findings in a repository: present at the commit or only in history. */
export function activeCount(r: OrgRepository): number {
  return r.current.error + r.current.warning + r.current.notice + r.historyOnly;
}
