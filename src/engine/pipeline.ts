import { decode, isBinary, splitLines } from './text';
import { redact } from './redact';
import { fingerprint, hashSecret } from './fingerprint';
import type { Finding, FileStatus, ScanStats } from './types';
import type { FileContext, PathFinding, RawFinding, Rule, RuleSettings, TreeContext } from '../rules/types';
import { SecretNames } from '../rules/lib/secret-names';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';
import { applyPathContext } from './context';

export function ruleSettings(opts: { secretNames?: string[]; publicEnvPrefixes?: string[] }): RuleSettings {
  return {
    secretNames: new SecretNames(opts.secretNames ?? []),
    publicEnvPrefixes: [...PUBLIC_ENV_PREFIXES, ...(opts.publicEnvPrefixes ?? [])],
  };
}

export function emptyStats(): ScanStats {
  return {
    files: 0,
    bytes: 0,
    skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 },
    longLines: 0,
    durationMs: 0,
  };
}

/** What one file brought in: its bytes (whole, or only the head when too large). */
export interface FileInput {
  path: string;
  status: FileStatus;
  head: Buffer;
  /** The whole content, or null when the file is over the size limit. */
  body: Buffer | null;
  size: number;
}

/**
 * Collects raw findings from file and tree rules, then turns them into
 * reportable findings. Used by the working-tree scan and by any other source
 * of files (the index, a commit) alike.
 */
export class FindingCollector {
  private readonly raw: PathFinding[] = [];
  private readonly ruleOf = new Map<PathFinding, string>();
  private readonly fileRules: readonly Rule[];

  constructor(
    private readonly rules: readonly Rule[],
    readonly settings: RuleSettings,
    private readonly stats: ScanStats,
  ) {
    this.fileRules = rules.filter((r) => r.checkFile);
  }

  /**
   * Runs the file rules over one file. `keepLine`, when given, limits
   * line findings to the lines it accepts (e.g. the added lines of a diff).
   */
  addFile(input: FileInput, keepLine?: (line: number) => boolean): void {
    let text: string | null = null;
    if (input.body === null) this.stats.skipped.tooLarge++;
    else if (isBinary(input.head)) this.stats.skipped.binary++;
    else {
      text = decode(input.body);
      this.stats.files++;
      this.stats.bytes += input.size;
    }
    const split = text === null ? { lines: [], longLines: 0 } : splitLines(text);
    this.stats.longLines += split.longLines;
    const ctx: FileContext = {
      path: input.path,
      name: input.path.slice(input.path.lastIndexOf('/') + 1),
      status: input.status,
      head: input.head,
      text,
      lines: split.lines,
      memo: new Map(),
      settings: this.settings,
    };
    for (const rule of this.fileRules) {
      for (const f of rule.checkFile!(ctx)) {
        if (keepLine && f.line !== undefined && !keepLine(f.line)) continue;
        this.push(rule.meta.id, { ...f, path: input.path, status: input.status });
      }
    }
  }

  async addTree(tree: TreeContext): Promise<void> {
    for (const rule of this.rules) {
      if (!rule.checkTree) continue;
      for (const pf of await rule.checkTree(tree)) this.push(rule.meta.id, pf);
    }
  }

  private push(ruleId: string, found: PathFinding): void {
    // Tests, fixtures and docs lower a finding to notice; placeholders in docs are dropped.
    const pf = applyPathContext(found, this.rules.find((r) => r.meta.id === ruleId)?.meta.severity ?? 'error');
    if (pf === null) return;
    this.ruleOf.set(pf, ruleId);
    this.raw.push(pf);
  }

  /** Redacted, fingerprinted findings in report order, and the raw values behind them. */
  finish(): { findings: Finding[]; secretValues: string[] } {
    const secretValues = new Set<string>();
    const findings = finalize(this.raw, this.ruleOf, this.rules, secretValues);
    return { findings, secretValues: [...secretValues].sort() };
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders findings by path, then position, then rule: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

function finalize(
  raw: readonly PathFinding[],
  ruleOf: Map<PathFinding, string>,
  rules: readonly Rule[],
  secretValues: Set<string>,
): Finding[] {
  const severityOf = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
  const out: { finding: Finding; context: string }[] = [];
  const seen = new Set<string>();
  const dirs = raw.filter((f) => f.directory).map((f) => `${ruleOf.get(f)}\0${f.path}/`);
  const insideReportedDir = (ruleId: string, p: string) => dirs.some((d) => `${ruleId}\0${p}`.startsWith(d));
  for (const f of raw) {
    const ruleId = ruleOf.get(f)!;
    if (dirs.length > 0 && insideReportedDir(ruleId, f.path)) continue;
    // A match inside the overlap of two windows of a long line is found twice.
    const dedupeKey = `${ruleId}\0${f.path}\0${f.line ?? 0}\0${f.column ?? 0}\0${f.message}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    if (f.secret !== undefined) secretValues.add(f.secret);
    const finding: Finding = {
      ruleId,
      severity: f.severity ?? severityOf.get(ruleId) ?? 'error',
      path: f.path,
      ...position(f),
      message: f.message,
      ...(f.secret !== undefined ? { secret: redact(f.secret) } : {}),
      fingerprint: '',
      status: f.status,
    };
    const context = `${f.key ?? ''}\0${f.secret !== undefined ? hashSecret(f.secret) : ''}`;
    out.push({ finding, context });
  }
  out.sort((a, b) => compareFindings(a.finding, b.finding));
  const occurrences = new Map<string, number>();
  for (const { finding, context } of out) {
    const k = `${finding.ruleId}\0${finding.path}\0${context}`;
    const n = occurrences.get(k) ?? 0;
    occurrences.set(k, n + 1);
    finding.fingerprint = fingerprint(finding.ruleId, finding.path, context, n);
  }
  return out.map((o) => o.finding);
}

function position(f: RawFinding): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const p: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> = {};
  if (f.line !== undefined) p.line = f.line;
  if (f.column !== undefined) p.column = f.column;
  if (f.endLine !== undefined) p.endLine = f.endLine;
  else if (f.line !== undefined) p.endLine = f.line;
  if (f.endColumn !== undefined) p.endColumn = f.endColumn;
  return p;
}
