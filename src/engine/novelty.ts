import { addedLines } from './git-sources/patch';
import type { AddedSuppression, Finding, ScanResult } from './types';

/**
 * One file a change touched, as judging findings needs it. A scan that
 * compares with a base (a pull request, `--since`, `--staged`) has a list.
 */
export interface ChangedLines {
  path: string;
  /** The change creates the file: every line in it is added. */
  created: boolean;
  /** The change adds the path: created, or the new name of a renamed or copied file. */
  newPath: boolean;
  /** Added lines as [start, end) pairs; null when the change does not say (a patch too large to list). */
  added: readonly number[] | null;
}

/** Questions about a change, answered from its list of changed files. */
export class BaseChanges {
  private readonly files = new Map<string, { f: ChangedLines; has: ((line: number) => boolean) | null }>();
  /** Every folder above a new path: a finding about a folder is new when the change adds files in it. */
  private readonly newFolders = new Set<string>();

  constructor(files: Iterable<ChangedLines>) {
    for (const f of files) {
      this.files.set(f.path, { f, has: f.added === null ? null : addedLines(f.added) });
      if (!f.newPath) continue;
      for (let i = f.path.lastIndexOf('/'); i > 0; i = f.path.lastIndexOf('/', i - 1)) this.newFolders.add(f.path.slice(0, i));
    }
  }

  /** The change adds this path, or files inside this folder. */
  addsPath(path: string): boolean {
    return this.files.get(path)?.f.newPath === true || this.newFolders.has(path);
  }

  /**
   * The change may have added or rewritten this line: true when it did, and
   * when it does not say which lines it changed (judging then errs toward new).
   */
  mayTouchLine(path: string, line: number): boolean {
    const e = this.files.get(path);
    return e !== undefined && (e.f.created || e.has === null || e.has(line));
  }

  /** The change certainly added or rewrote this line. */
  addsLine(path: string, line: number): boolean {
    const e = this.files.get(path);
    return e !== undefined && (e.f.created || (e.has !== null && e.has(line)));
  }
}

/**
 * Marks each finding new or pre-existing against the base, and lists the
 * findings hidden by inline suppressions the change brings in.
 *
 * A line finding is new when any line it spans may have been added or
 * rewritten (a renamed file's old lines stay old); a finding about a whole
 * file or folder is new when the change adds that path or files inside it.
 *
 * A suppression is listed when the change certainly added its comment, or
 * when the finding it hides is itself new (a secret slipped in under a
 * comment that was already there): a change cannot hide what it adds.
 */
export function judgeAgainstBase(result: ScanResult, changes: BaseChanges): ScanResult {
  const findings = result.findings.map((f): Finding => ({ ...f, new: isNew(f, changes) }));
  const addedSuppressions: AddedSuppression[] = [];
  for (const f of findings) {
    const s = f.suppressed;
    if (s?.by !== 'inline' || s.line === undefined) continue;
    if (!changes.addsLine(f.path, s.line) && !f.new) continue;
    const a: AddedSuppression = { ruleId: f.ruleId, severity: f.severity, path: f.path, commentLine: s.line, context: f.context, fingerprint: f.fingerprint };
    if (f.line !== undefined) a.line = f.line;
    if (s.reason) a.reason = s.reason;
    addedSuppressions.push(a);
  }
  return { ...result, findings, addedSuppressions };
}

function isNew(f: Finding, changes: BaseChanges): boolean {
  if (f.line === undefined) return changes.addsPath(f.path);
  const last = Math.max(f.line, f.endLine ?? f.line);
  for (let l = f.line; l <= last; l++) if (changes.mayTouchLine(f.path, l)) return true;
  return false;
}
