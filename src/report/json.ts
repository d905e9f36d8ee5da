import type { AddedSuppression, Finding, ScanResult } from '../engine/types';
import { TOOL_NAME, VERSION } from '../version';

/** The documented JSON report. Fields are copied one by one so nothing raw can slip in. */
export interface JsonReport {
  tool: { name: string; version: string };
  root: string;
  mode: 'git' | 'plain';
  findings: Finding[];
  stats: ScanResult['stats'];
  errors: ScanResult['errors'];
  /**
   * Present when the scan compares with a base (`--since`, `--staged`, a pull
   * request): the inline suppressions the change adds, without the secret.
   */
  addedSuppressions?: AddedSuppression[];
  /** Present for `--history`: commits scanned, whether the clone was shallow. */
  history?: NonNullable<ScanResult['history']>;
  /** Which repository and commit were scanned, so organisation reports can be merged and linked. */
  repository?: RepositoryRef;
}

export interface RepositoryRef {
  /** `owner/name` on GitHub, or any stable name elsewhere. */
  name: string;
  commit?: string;
}

export function toJsonReport(result: ScanResult, displayRoot: string, repository?: RepositoryRef): JsonReport {
  const report: JsonReport = {
    tool: { name: TOOL_NAME, version: VERSION },
    root: displayRoot,
    mode: result.mode,
    findings: result.findings.map(copyFinding),
    stats: result.stats,
    errors: result.errors,
    ...(result.addedSuppressions ? { addedSuppressions: result.addedSuppressions.map(copySuppression) } : {}),
    ...(result.history ? { history: { ...result.history } } : {}),
  };
  if (repository) report.repository = repository.commit ? { name: repository.name, commit: repository.commit } : { name: repository.name };
  return report;
}

/**
 * The repository a report describes: explicit options first, then
 * LEAKPROOF_REPOSITORY/LEAKPROOF_COMMIT (for workflows that scan a checkout of
 * another repository, where GITHUB_REPOSITORY names the wrong one), then the
 * runner's GITHUB_REPOSITORY/GITHUB_SHA. Nothing else, so the output stays deterministic.
 */
export function resolveRepository(
  opts: { repository?: string; commit?: string },
  env: Record<string, string | undefined>,
): RepositoryRef | undefined {
  const name = opts.repository || env.LEAKPROOF_REPOSITORY || env.GITHUB_REPOSITORY;
  if (!name) return undefined;
  const fromOptions = !!opts.repository;
  const commit = opts.commit || (fromOptions ? undefined : env.LEAKPROOF_REPOSITORY ? env.LEAKPROOF_COMMIT : env.GITHUB_SHA);
  return commit ? { name, commit } : { name };
}

const ORDER: readonly (keyof Finding)[] = [
  'ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'secret', 'fingerprint', 'status', 'context', 'contextWhy', 'new', 'suppressed', 'commit',
];

const SUPPRESSION_ORDER: readonly (keyof AddedSuppression)[] = ['ruleId', 'severity', 'path', 'line', 'commentLine', 'reason', 'context', 'fingerprint'];

function copySuppression(a: AddedSuppression): AddedSuppression {
  const o: Record<string, unknown> = {};
  for (const k of SUPPRESSION_ORDER) if (a[k] !== undefined) o[k] = a[k];
  return o as unknown as AddedSuppression;
}

/** A copy with a fixed key order, so the output is byte-stable. */
function copyFinding(f: Finding): Finding {
  const o: Record<string, unknown> = {};
  for (const k of ORDER) {
    const v = f[k];
    if (v !== undefined) o[k] = typeof v === 'object' ? { ...v } : v;
  }
  return o as unknown as Finding;
}

export function formatJson(result: ScanResult, displayRoot: string, repository?: RepositoryRef): string {
  return JSON.stringify(toJsonReport(result, displayRoot, repository), null, 2) + '\n';
}
