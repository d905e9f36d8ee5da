import type { AllowEntry, Baseline, BaselineStats, Finding, RuleLevel, ScanOptions } from './types';
import { ContextClassifier } from '../core/context';
import { DIRECTIVE, NEXT_LINE, type FileComments, type SuppressionComment } from './suppress-comments';
import { fingerprint } from './fingerprint';
import { redact } from './redact';
import { applyBaseline } from './baseline';
import { compareFindings } from './pipeline';
import { contextOverrides, pathMatcher } from '../core/globs';
import { RULES } from '../rules';
import { unusedSuppression } from '../rules/unused-suppression';

export interface SettleOptions {
  rules?: Record<string, RuleLevel>;
  allow?: AllowEntry[];
  baseline?: Baseline;
  contexts?: ScanOptions['contexts'];
}

export interface Settled {
  findings: Finding[];
  baseline?: BaselineStats;
}

/**
 * Applies the configuration and the exceptions to finished findings: rule
 * levels, inline comments, `allow` entries, then the baseline. Suppressed
 * findings stay in the list, marked with who suppressed them and why; a
 * comment that suppresses nothing becomes an `unused-suppression` notice.
 */
export function settle(
  findings: readonly Finding[],
  files: readonly FileComments[],
  opts: SettleOptions = {},
  secretValues: readonly string[] = [],
): Settled {
  const levels = opts.rules ?? {};
  const regrade = (f: Finding): Finding | null => {
    const level = levels[f.ruleId];
    if (level === 'off') return null;
    return level ? { ...f, severity: level } : { ...f };
  };
  const allowed = (opts.allow ?? []).map((a) => ({ ...a, match: pathMatcher(a.paths) }));
  const allow = (f: Finding) => {
    if (f.suppressed) return;
    const a = allowed.find((e) => e.rule === f.ruleId && e.match(f.path));
    if (a) f.suppressed = { by: 'config', reason: a.reason };
  };

  // path → target line → comments aimed at it
  const targets = new Map<string, Map<number, SuppressionComment[]>>();
  for (const file of files) {
    const byLine = new Map<number, SuppressionComment[]>();
    for (const c of file.comments) {
      const t = c.nextLine ? c.line + 1 : c.line;
      byLine.set(t, [...(byLine.get(t) ?? []), c]);
    }
    targets.set(file.path, byLine);
  }
  const used = new Set<SuppressionComment>();

  const out: Finding[] = [];
  for (const raw of findings) {
    const f = regrade(raw);
    if (!f) continue;
    if (f.line !== undefined) {
      const c = targets.get(f.path)?.get(f.line)?.find((x) => x.rules.length === 0 || x.rules.includes(f.ruleId));
      if (c) {
        used.add(c);
        f.suppressed = c.reason ? { by: 'inline', reason: c.reason, line: c.line } : { by: 'inline', line: c.line };
      }
    }
    allow(f);
    out.push(f);
  }

  for (const n of unusedNotices(files, used, new ContextClassifier(contextOverrides(opts.contexts)))) {
    const f = regrade(n);
    if (!f) continue;
    allow(f);
    out.push(f);
  }

  scrubReasons(out, secretValues);
  const based = opts.baseline ? applyBaseline(out, opts.baseline) : null;
  out.sort(compareFindings);
  return based ? { findings: out, baseline: based } : { findings: out };
}

const KNOWN = new Set(RULES.map((r) => r.meta.id));
/** Only id-shaped words are echoed back, so a stray value in a comment never reaches a report. */
const ID_SHAPED = /^[a-z0-9][a-z0-9-]{0,39}$/;

function unusedNotices(files: readonly FileComments[], used: ReadonlySet<SuppressionComment>, contexts: ContextClassifier): Finding[] {
  const out: Finding[] = [];
  for (const file of files) {
    const seen = new Map<string, number>();
    for (const c of file.comments) {
      const unknown = c.rules.filter((id) => !KNOWN.has(id));
      if (!c.reportable || (used.has(c) && unknown.length === 0)) continue;
      const form = c.nextLine ? `${DIRECTIVE}${NEXT_LINE}` : DIRECTIVE;
      const named = unknown.filter((id) => ID_SHAPED.test(id)).map((id) => `\`${id}\``);
      const unknownText =
        unknown.length === 0
          ? ''
          : ` It names ${named.length > 0 ? `unknown rule ${named.join(', ')}` : 'an unknown rule'}: ` +
            '`leakproof --list-rules` lists the ids, and a reason goes after ` -- `.';
      const message = used.has(c)
        ? `This \`${form}\` comment suppresses a finding.${unknownText}`
        : `This \`${form}\` comment suppresses nothing: no ${ofRules(c.rules)} on ${
            c.nextLine ? 'the next line' : 'its line'
          }.${unknownText} Remove it so stale exceptions do not pile up.`;
      const context = `${form}\0${c.rules.join(',')}`;
      const placed = contexts.of(file.path);
      const n = seen.get(context) ?? 0;
      seen.set(context, n + 1);
      out.push({
        ruleId: unusedSuppression.meta.id,
        severity: unusedSuppression.meta.severity,
        path: file.path,
        line: c.line,
        column: c.column,
        endLine: c.line,
        message,
        fingerprint: fingerprint(unusedSuppression.meta.id, file.path, context, n),
        status: file.status,
        context: placed.context,
        contextWhy: placed.why,
      });
    }
  }
  return out;
}
export { findSuppressionComments, type FileComments, type SuppressionComment } from './suppress-comments';

function ofRules(ids: readonly string[]): string {
  if (ids.length === 0) return 'finding';
  if (!ids.every((id) => ID_SHAPED.test(id))) return 'finding of the rules it names';
  return `${ids.length === 1 ? 'finding of rule' : 'finding of rules'} ${ids.map((id) => `\`${id}\``).join(', ')}`;
}

/** Values shorter than this are placeholders (`dev`), not worth hiding inside free text. */
const MIN_SCRUBBED = 8;

/**
 * A suppression's reason is free text next to the secret: should it repeat
 * one of the scan's raw values, that value is shown redacted, like everywhere else.
 */
export function scrubReasons(findings: Finding[], secretValues: readonly string[]): void {
  const values = secretValues.filter((v) => v.length >= MIN_SCRUBBED && !/[\r\n]/.test(v));
  if (values.length === 0) return;
  for (const f of findings) {
    const reason = f.suppressed?.reason;
    if (!reason) continue;
    let out = reason;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(redact(v));
    if (out !== reason) f.suppressed = { ...f.suppressed!, reason: out };
  }
}
