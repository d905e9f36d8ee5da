import { decode, isBinary, splitLines, type Line } from './text';
import { redact } from './redact';
import { fingerprint, hashSecret } from './fingerprint';
import type { Finding, FileStatus, ScanOptions, ScanStats } from './types';
import type { FileContext, PathFinding, RawFinding, Rule, RuleSettings, TreeContext } from '../rules/types';
import { SecretNames } from '../rules/lib/secret-names';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';
import { findSuppressionComments, type FileComments } from './suppress-comments';

export function ruleSettings(opts: { secretNames?: string[]; publicEnvPrefixes?: string[] }): RuleSettings {
  return {
    secretNames: new SecretNames(opts.secretNames ?? []),
    publicEnvPrefixes: [...PUBLIC_ENV_PREFIXES, ...(opts.publicEnvPrefixes ?? [])],
  };
}

/** The rules a scan runs: all but those the configuration turns `off`. */
export function enabledRules(rules: readonly Rule[], levels: ScanOptions['rules']): Rule[] {
  return rules.filter((r) => levels?.[r.meta.id] !== 'off');
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
  private readonly comments: FileComments[] = [];

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
    const readable = input.body !== null && !isBinary(input.head);
    if (input.body === null) this.stats.skipped.tooLarge++;
    else if (!readable) this.stats.skipped.binary++;
    else {
      this.stats.files++;
      this.stats.bytes += input.size;
    }
    const stats = this.stats;
    // Decoding and splitting are paid only by files a rule actually reads.
    let text: string | null | undefined;
    let lines: Line[] | undefined;
    const ctx: FileContext = {
      path: input.path,
      name: input.path.slice(input.path.lastIndexOf('/') + 1),
      status: input.status,
      head: input.head,
      body: readable ? input.body : null,
      get text() {
        if (text === undefined) text = readable ? decode(input.body!) : null;
        return text;
      },
      get lines() {
        if (lines === undefined) {
          const t = this.text;
          const split = t === null ? { lines: [], longLines: 0 } : splitLines(t);
          stats.longLines += split.longLines;
          lines = split.lines;
        }
        return lines;
      },
      memo: new Map(),
      settings: this.settings,
    };
    if (containsText(ctx, 'leakproof-ignore')) {
      const comments = findSuppressionComments(input.path, ctx.lines, keepLine);
      if (comments.length > 0) this.comments.push({ path: input.path, status: input.status, comments });
    }
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

  private push(ruleId: string, pf: PathFinding): void {
    this.ruleOf.set(pf, ruleId);
    this.raw.push(pf);
  }

  /**
   * Redacted, fingerprinted findings in report order, the raw values behind
   * them, and the suppression comments seen (for `settle` in suppress.ts).
   */
  finish(): { findings: Finding[]; secretValues: string[]; comments: FileComments[] } {
    const secretValues = new Set<string>();
    const findings = finalize(this.raw, this.ruleOf, this.rules, secretValues);
    return { findings, secretValues: [...secretValues].sort(), comments: this.comments };
  }
}

/** A cheap byte search first; UTF-16 files (BOM) are searched in their decoded text. */
function containsText(ctx: FileContext, needle: string): boolean {
  const body = ctx.body;
  if (body === null) return false;
  if (body.includes(needle)) return true;
  const utf16 = body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff));
  return utf16 && ctx.text!.includes(needle);
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
