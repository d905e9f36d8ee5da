import { addedLines } from './git-sources/patch';
import type { AddedSuppression, Finding, ScanResult } from './types';

/**
 * What a change did, as far as judging findings needs: which paths it adds
 * and which lines it adds or rewrites. A scan that compares with a base (a
 * pull request, `--since`, `--staged`) has one.
 */
export interface BaseChanges {
  /** The change adds this path: a new file, or the new name of a renamed or copied one. */
  addsPath(path: string): boolean;
  /** The change adds or rewrites this 1-based line of `path`. */
  touchesLine(path: string, line: number): boolean;
}

/** One changed file: whether its path is new, and its added lines as [start, end) pairs (null: every line). */
export interface ChangedLines {
  path: string;
  newPath: boolean;
  added: readonly number[] | null;
}

/** A `BaseChanges` over a list of changed files. */
export function baseChanges(files: Iterable<ChangedLines>): BaseChanges {
  const byPath = new Map<string, { newPath: boolean; touches: ((line: number) => boolean) | null }>();
  for (const f of files) byPath.set(f.path, { newPath: f.newPath, touches: f.newPath || f.added === null ? null : addedLines(f.added) });
  return {
    addsPath: (path) => byPath.get(path)?.newPath === true,
    touchesLine: (path, line) => {
      const f = byPath.get(path);
      return f !== undefined && (f.touches === null || f.touches(line));
    },
  };
}

/**
 * Marks each finding new or pre-existing against the base, and lists the
 * inline suppressions the change adds. A line finding is new when any line
 * it spans was added or rewritten; a whole-file finding is new when the
 * change adds its path. A suppression is added when its comment sits on an
 * added line: a comment that was already there stays unlisted even when the
 * line it guards changed.
 */
export function judgeAgainstBase(result: ScanResult, changes: BaseChanges): ScanResult {
  const findings = result.findings.map((f): Finding => ({ ...f, new: isNew(f, changes) }));
  const addedSuppressions: AddedSuppression[] = [];
  for (const f of findings) {
    const s = f.suppressed;
    if (s?.by !== 'inline' || s.line === undefined || !changes.touchesLine(f.path, s.line)) continue;
    const a: AddedSuppression = { ruleId: f.ruleId, severity: f.severity, path: f.path, commentLine: s.line, context: f.context, fingerprint: f.fingerprint };
    if (f.line !== undefined) a.line = f.line;
    if (s.reason) a.reason = s.reason;
    addedSuppressions.push(a);
  }
  return { ...result, findings, addedSuppressions };
}

function isNew(f: Finding, changes: BaseChanges): boolean {
  if (changes.addsPath(f.path)) return true;
  if (f.line === undefined) return false;
  const last = Math.max(f.line, f.endLine ?? f.line);
  for (let l = f.line; l <= last; l++) if (changes.touchesLine(f.path, l)) return true;
  return false;
}
