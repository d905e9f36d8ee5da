import type { AddedSuppression, Finding, ScanResult } from '../engine/types';
import type { BaseVerdict } from '../report/summary';

/** What to do with findings hidden by suppression comments a pull request adds. */
export type PrSuppressions = 'report' | 'fail' | 'allow';

export const PR_SUPPRESSIONS: readonly PrSuppressions[] = ['report', 'fail', 'allow'];

export interface VerdictOptions {
  /** Count findings that were already on the base branch toward `fail-on`. */
  failOnExisting: boolean;
  prSuppressions: PrSuppressions;
}

export interface Verdict {
  /** The findings `fail-on` weighs, at their own severity. */
  counted: Finding[];
  /** What to annotate, with the severity and message each annotation shows. */
  annotate: Finding[];
  /** For the summary; absent when the scan had no base. */
  base?: BaseVerdict;
}

/**
 * Decides, for a scan that compared with a base, which findings fail the
 * step and how each is annotated. New findings count and annotate as found.
 * Findings already on the base branch are notices that do not count, unless
 * `fail-on-existing`. Findings hidden by a comment the change adds are listed
 * and get a notice on the comment (`report`), count as if not suppressed
 * (`fail`), or stay quietly suppressed (`allow`). Without a base every active
 * finding counts, as on a push.
 */
export function judge(result: ScanResult, opts: VerdictOptions): Verdict {
  const active = result.findings.filter((f) => !f.suppressed);
  if (!result.addedSuppressions) return { counted: active, annotate: active };

  const existing = active.filter((f) => f.new === false);
  const fresh = active.filter((f) => f.new !== false);
  const added = opts.prSuppressions === 'allow' ? [] : result.addedSuppressions;
  const byFingerprint = new Map(result.findings.map((f) => [f.fingerprint, f]));

  const counted = [...fresh, ...(opts.failOnExisting ? existing : [])];
  const annotate = [...fresh];
  for (const f of existing) {
    annotate.push(opts.failOnExisting ? f : { ...f, severity: 'notice', message: `Already on the base branch (not counted): ${f.message}` });
  }
  // With `fail`, a hidden finding counts as if it were not suppressed, so one already on the base branch only with `fail-on-existing`.
  const countsHidden = (f: Finding) => opts.prSuppressions === 'fail' && (f.new !== false || opts.failOnExisting);
  let addedCounted = 0;
  for (const a of added) {
    const f = byFingerprint.get(a.fingerprint)!;
    if (countsHidden(f)) {
      const { suppressed: _, ...visible } = f;
      const unsuppressed: Finding = { ...visible, message: `Hidden by a \`leakproof-ignore\` comment this change adds, counted because \`pr-suppressions\` is \`fail\`: ${f.message}` };
      counted.push(unsuppressed);
      annotate.push(unsuppressed);
      addedCounted++;
    } else annotate.push(suppressionNotice(a, f));
  }
  return {
    counted,
    annotate,
    base: { existing, existingCounted: opts.failOnExisting, added, addedCounted: addedCounted > 0 },
  };
}

/** A notice on the comment itself: which rule it hides, at what severity, and the reason given. Never the secret. */
function suppressionNotice(a: AddedSuppression, of: Finding): Finding {
  const target = a.line !== undefined && a.line !== a.commentLine ? ` on line ${a.line}` : '';
  const why = a.reason ? `Reason given: "${a.reason}".` : 'No reason given.';
  const n: Finding = {
    ruleId: a.ruleId,
    severity: 'notice',
    path: a.path,
    line: a.commentLine,
    endLine: a.commentLine,
    message: `This change adds a \`leakproof-ignore\` comment that hides ${article(a.severity)} ${a.severity} of rule \`${a.ruleId}\`${target}. ${why} A reviewer should confirm the exception.`,
    fingerprint: a.fingerprint,
    status: of.status,
    context: a.context,
  };
  return n;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
