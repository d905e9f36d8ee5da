import * as path from 'node:path';
import { promises as fsp } from 'node:fs';
import { inventory } from './inventory';
import { SafeReader } from './read';
import { decode, isBinary, splitLines } from './text';
import { redact } from './redact';
import { fingerprint, hashSecret } from './fingerprint';
import { DEFAULT_MAX_FILE_SIZE } from './types';
import type { Finding, FileStatus, ScanError, ScanOptions, ScanResult, ScanStats } from './types';
import type { FileContext, PathFinding, RawFinding, Rule, RuleSettings, TreeEntry } from '../rules/types';
import { RULES } from '../rules';
import { SecretNames } from '../rules/lib/secret-names';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';

/** Files read at once: enough to keep the disk busy, few enough to keep memory flat. */
const READ_CONCURRENCY = 16;

export class ScanInputError extends Error {}

/**
 * Scans one folder: inventory → read each file once → content rules → tree
 * rules → redacted, fingerprinted findings sorted by path and position.
 */
export async function scan(options: ScanOptions, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  await assertFolder(root);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const inv = await inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored });

  const stats: ScanStats = {
    files: 0,
    bytes: 0,
    skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 },
    longLines: 0,
    durationMs: 0,
  };
  const errors: ScanError[] = [];
  const raw: PathFinding[] = [];
  const reader = new SafeReader(root);
  const settings: RuleSettings = {
    secretNames: new SecretNames(options.secretNames ?? []),
    publicEnvPrefixes: [...PUBLIC_ENV_PREFIXES, ...(options.publicEnvPrefixes ?? [])],
  };
  const fileRules = rules.filter((r) => r.checkFile);
  const byRule = new Map<PathFinding, string>();

  const files = inv.entries.filter((e) => e.kind === 'file');
  let done = 0;
  const visit = async (entry: TreeEntry): Promise<void> => {
    const outcome = await reader.read(entry.path, maxFileSize);
    done++;
    if (options.onProgress && (done % 256 === 0 || done === files.length)) options.onProgress(done, files.length);
    if (outcome.kind === 'symlink') {
      entry.kind = 'symlink';
      stats.skipped.symlink++;
      return;
    }
    if (outcome.kind === 'special') {
      stats.skipped.special++;
      return;
    }
    if (outcome.kind === 'missing') {
      stats.skipped.missing++;
      return;
    }
    if (outcome.kind === 'unreadable') {
      stats.skipped.unreadable++;
      errors.push({ path: entry.path, message: outcome.message });
      return;
    }
    let text: string | null = null;
    if (outcome.body === null) stats.skipped.tooLarge++;
    else if (isBinary(outcome.head)) stats.skipped.binary++;
    else {
      text = decode(outcome.body);
      stats.files++;
      stats.bytes += outcome.size;
    }
    const split = text === null ? { lines: [], longLines: 0 } : splitLines(text);
    stats.longLines += split.longLines;
    const ctx: FileContext = {
      path: entry.path,
      name: entry.path.slice(entry.path.lastIndexOf('/') + 1),
      status: entry.status,
      head: outcome.head,
      text,
      lines: split.lines,
      memo: new Map(),
      settings,
    };
    for (const rule of fileRules) {
      for (const f of rule.checkFile!(ctx)) {
        const pf: PathFinding = { ...f, path: entry.path, status: entry.status };
        byRule.set(pf, rule.meta.id);
        raw.push(pf);
      }
    }
  };
  await pool(files, READ_CONCURRENCY, visit);

  const treeRules = rules.filter((r) => r.checkTree);
  const tree = {
    mode: inv.mode,
    settings,
    entries: inv.entries,
    readText: async (rel: string) => {
      const out = await reader.read(rel, maxFileSize);
      return out.kind === 'ok' && out.body && !isBinary(out.head) ? decode(out.body) : null;
    },
  };
  for (const rule of treeRules) {
    for (const pf of await rule.checkTree!(tree)) {
      byRule.set(pf, rule.meta.id);
      raw.push(pf);
    }
  }

  const secretValues = new Set<string>();
  const findings = finalize(raw, byRule, rules, secretValues);
  errors.sort((a, b) => compareStrings(a.path, b.path));
  stats.durationMs = Math.round(performance.now() - started);
  return { root, mode: inv.mode, findings, stats, errors, secretValues: [...secretValues].sort() };
}

async function assertFolder(root: string): Promise<void> {
  let st;
  try {
    st = await fsp.stat(root);
  } catch {
    throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
  }
  if (!st.isDirectory()) throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
  raw: PathFinding[],
  byRule: Map<PathFinding, string>,
  rules: readonly Rule[],
  secretValues: Set<string>,
): Finding[] {
  const severityOf = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
  const out: { finding: Finding; context: string }[] = [];
  const seen = new Set<string>();
  const dirs = raw.filter((f) => f.directory).map((f) => `${byRule.get(f)}\0${f.path}/`);
  const insideReportedDir = (ruleId: string, p: string) => dirs.some((d) => `${ruleId}\0${p}`.startsWith(d));
  for (const f of raw) {
    const ruleId = byRule.get(f)!;
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
      status: f.status as FileStatus,
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
