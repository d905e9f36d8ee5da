import type { Finding } from '../engine/types';
import type { Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { findRule } from '../rules';

/** GitHub shows at most this many annotations of one severity per step... */
export const STEP_LIMIT_PER_SEVERITY = 10;
/** ...and at most this many per job. */
export const JOB_LIMIT = 50;

export interface Annotation {
  severity: Severity;
  file: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Active findings that got no annotation because of the limits. */
  omitted: number;
}

export interface PlanOptions {
  /** The most annotations to emit in total (capped at the job limit). */
  max: number;
  /** Lines a pull request touched, per path; findings on them go first. */
  changedLines?: (path: string, line: number | undefined) => boolean;
}

/**
 * Chooses which findings become annotations: most severe first, then (on pull
 * requests) those on changed lines, within GitHub's per-step and per-job limits.
 */
export function planAnnotations(findings: readonly Finding[], opts: PlanOptions): AnnotationPlan {
  const active = findings.filter((f) => !f.suppressed);
  let budget = Math.max(0, Math.min(opts.max, JOB_LIMIT));
  const chosen: Finding[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = active.filter((f) => f.severity === severity);
    const onChanged = opts.changedLines;
    const ordered = onChanged
      ? [...ofSeverity.filter((f) => onChanged(f.path, f.line)), ...ofSeverity.filter((f) => !onChanged(f.path, f.line))]
      : ofSeverity;
    const take = Math.min(budget, STEP_LIMIT_PER_SEVERITY, ordered.length);
    chosen.push(...ordered.slice(0, take));
    budget -= take;
  }
  return { annotations: chosen.map(toAnnotation), omitted: active.length - chosen.length };
}

export function toAnnotation(f: Finding): Annotation {
  const a: Annotation = { severity: f.severity, file: f.path, title: `leakproof: ${f.ruleId}`, message: annotationMessage(f) };
  if (f.line !== undefined) {
    a.startLine = f.line;
    a.endLine = f.endLine ?? f.line;
    // GitHub ignores columns on annotations that span several lines.
    if (f.column !== undefined && a.endLine === a.startLine) {
      a.startColumn = f.column;
      if (f.endColumn !== undefined) a.endColumn = f.endColumn;
    }
  }
  return a;
}

function annotationMessage(f: Finding): string {
  let s = f.message;
  if (f.secret !== undefined) s += `\nSecret (redacted): ${f.secret}`;
  const fix = findRule(f.ruleId)?.meta.fix;
  if (fix) s += `\nFix: ${fix}`;
  return s;
}

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command, where `:` and `,` are separators. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The `::error file=…,line=…::message` line the runner turns into an annotation. */
export function annotationCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['endColumn', a.endColumn],
    ['title', a.title],
  ];
  const list = props.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.severity} ${list.join(',')}::${escapeData(a.message)}`;
}
