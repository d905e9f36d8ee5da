import { redact, redactKeyMaterial } from '../engine/redact';
import { materialize } from '../fix/materialize';
import type { ApplyResult } from '../fix/apply';
import type { FileChange, Fix, FixPlan, ManualFix } from '../fix/types';
import type { Palette } from './color';
import { unifiedDiff } from './diff';
import { printable } from './printable';
import { plural } from './stats';
import { escapeRegExp } from '../core/text';

/**
 * Replaces every secret in a line with its redacted form. Short values are
 * replaced only where a value stands (inside quotes, or after `=` or `:`),
 * so `dev` does not eat `development`, nor `secret` the option name in
 * `secret: 'secret'`, nor `test` a `.gitignore` line's folder.
 */
export function redactor(secrets: Iterable<string>, fresh: Iterable<string> = []): (line: string) => string {
  const freshKeys = new Set(fresh);
  const values = [...new Set([...secrets, ...freshKeys].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  // What no rule reported may still be a key on a line the diff shows (a PEM body's other lines): it goes too.
  if (values.length === 0) return redactKeyMaterial;
  const pattern = values.map((v) => (v.length < 8 ? `(?<=['"\`]|[=:][ \\t]*)${escapeRegExp(v)}(?=['"\`]|[ \\t]*(?:$|[,;)#]))` : escapeRegExp(v))).join('|');
  const re = new RegExp(pattern, 'g');
  // A generated key is new: nothing of it is shown, not even the first characters.
  return (line) => redactKeyMaterial(line.replace(re, (m) => (freshKeys.has(m) ? `<fresh key, ${m.length} chars>` : redact(m))));
}

/** The redactor for everything a plan touches: the old secrets, the values of dotenv files read, the generated keys. */
export function planRedactor(plan: Pick<FixPlan, 'fixes'>): (line: string) => string {
  return redactor(
    plan.fixes.flatMap((f) => f.secrets),
    plan.fixes.flatMap((f) => f.freshKeys),
  );
}

function where(f: Fix['finding']): string {
  return f.line === undefined ? f.path : `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}

/** The diff of one set of fixes on top of another, file by file; local files show only their changed lines. */
export function fixDiff(plan: Pick<FixPlan, 'snapshot'>, base: readonly Fix[], more: readonly Fix[], redactLine: (s: string) => string): string[] {
  const from = materialize(plan, base);
  const to = materialize(plan, [...base, ...more]);
  const before = new Map<string, string | null>(from.changes.map((c) => [c.path, c.after]));
  const out: string[] = [];
  for (const path of to.untrack.filter((p) => !from.untrack.includes(p))) out.push(`$ git rm --cached -- ${path}`);
  for (const c of to.changes) {
    const prev = before.has(c.path) ? before.get(c.path)! : c.before;
    if (prev === c.after) continue;
    out.push(diffOf(c, prev, redactLine));
  }
  return out;
}

function diffOf(c: FileChange, prev: string | null, redactLine: (s: string) => string): string {
  const render = c.local ? (l: string) => printable(localLine(l, redactLine), true) : (l: string) => printable(redactLine(l), true);
  const text = unifiedDiff(c.path, prev, c.after, { context: c.local ? 0 : 3, render });
  return c.local ? text.replace(/^\+\+\+ (.*)$/m, '+++ $1  (local, ignored by git: never committed)') : text;
}

/** A line of the local `.env`: every value is shown redacted, however short (a fresh key by its length only). */
function localLine(line: string, redactLine: (s: string) => string): string {
  const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)(['"]?)(.*?)\2\s*$/.exec(line);
  if (!m || m[3] === '') return redactLine(line);
  const shown = redactLine(m[3]!);
  return `${m[1]}${m[2]}${shown !== m[3] ? shown : redact(m[3]!)}${m[2]}`;
}

export interface FixReportOptions {
  colors: Palette;
  /** What was applied, when `--write` ran. */
  applied?: ApplyResult;
  unsafe: boolean;
  write: boolean;
}

/**
 * The text `leakproof fix` prints: the safe fixes and their diff, the
 * unsafe ones and theirs, the steps a person has to take, what to do after,
 * and one line that says what happened. Every secret is redacted.
 */
export function formatFixPlan(plan: FixPlan, opts: FixReportOptions): string {
  const c = opts.colors;
  const redactLine = planRedactor(plan);
  const safe = plan.fixes.filter((f) => f.applicability === 'safe');
  const unsafe = plan.fixes.filter((f) => f.applicability === 'unsafe');
  const out: string[] = [];
  const color = (line: string) => (line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line);
  const section = (title: string, fixes: readonly Fix[], base: readonly Fix[]) => {
    if (fixes.length === 0) return;
    out.push(c.bold(title), '');
    for (const f of fixes) out.push(`  ${where(f.finding)}  ${f.ruleId}  ${printable(f.title)}`);
    out.push('');
    for (const d of fixDiff(plan, base, fixes, redactLine)) out.push(...d.replace(/\n$/, '').split('\n').map(color), '');
  };
  section('Safe fixes (--write applies them)', safe, []);
  section('Unsafe fixes: they change what the code does (--write --unsafe applies them)', unsafe, safe);
  if (plan.manual.length > 0) {
    out.push(c.bold('Needs a person'), '');
    for (const m of plan.manual) out.push(...manualLines(m));
  }
  const followUp = orderFollowUp(plan.fixes.flatMap((f) => f.followUp));
  if (followUp.length > 0) {
    out.push(c.bold('After fixing'), '');
    for (const line of followUp) out.push(`  - ${printable(redactLine(line))}`);
    out.push('');
  }
  out.push(summaryLine(plan, opts));
  return out.join('\n') + '\n';
}

/** Rotating comes first, then setting the variables where the app runs, then notes about this machine. */
export function orderFollowUp(lines: readonly string[]): string[] {
  const rank = (l: string) => (/^Rotate\b|^If\b/.test(l) ? 0 : /^(?:Set|Make sure|Add)\b/.test(l) ? 1 : 2);
  // One "Set X wherever the app runs" per variable, though a literal's fix and a default's word it differently.
  const setting = new Set<string>();
  const once = [...new Set(lines)].filter((l) => {
    const name = /^Set ([A-Za-z_][A-Za-z0-9_]*) wherever the app runs\b/.exec(l)?.[1];
    if (name === undefined) return true;
    if (setting.has(name)) return false;
    setting.add(name);
    return true;
  });
  return once.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l);
}

function manualLines(m: ManualFix): string[] {
  const lines = [`  ${where(m.finding)}  ${m.ruleId}${m.finding.secret ? `  [${m.finding.secret}]` : ''}${m.reason ? `: no automatic fix, ${printable(m.reason)}` : ''}`];
  m.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${printable(s)}`));
  lines.push('');
  return lines;
}

function summaryLine(plan: FixPlan, opts: FixReportOptions): string {
  const c = opts.colors;
  const safe = plan.fixes.filter((f) => f.applicability === 'safe').length;
  const unsafe = plan.fixes.length - safe;
  const people = plan.manual.length;
  if (plan.fixes.length === 0 && people === 0) return `${c.green('✔')} Nothing to fix.`;
  const found = `${plural(plan.fixes.length, 'fix', 'fixes')} (${safe} safe, ${unsafe} unsafe)${people > 0 ? `; ${plural(people, 'finding')} ${people === 1 ? 'needs' : 'need'} a person` : ''}`;
  if (!opts.write) {
    const next = safe + unsafe === 0 ? '' : unsafe > 0 ? ' Apply with `leakproof fix --write` (safe fixes) or `--write --unsafe` (all).' : ' Apply with `leakproof fix --write`.';
    return `${found}. Dry run: nothing was changed.${next}`;
  }
  const r = opts.applied!;
  const parts = [`applied ${plural(r.applied.length, 'fix', 'fixes')}`];
  if (r.untracked.length > 0) parts.push(`untracked ${r.untracked.join(', ')}`);
  if (r.written.length > 0) parts.push(`wrote ${r.written.join(', ')}`);
  // A check mark only when nothing is left: findings that need a person (exit code 1) get a warning sign.
  const mark = people > 0 || r.skipped.length > 0 || r.notWritten.length > 0 ? c.yellow('!') : c.green('✔');
  const lines = [`${mark} ${found}: ${parts.join('; ')}.`];
  for (const s of r.skipped) lines.push(`${c.yellow('!')} skipped ${where(s.fix.finding)} (${s.fix.ruleId}): ${printable(s.why)}; run \`leakproof fix\` again.`);
  for (const n of r.notWritten) lines.push(`${c.yellow('!')} did not write ${n.path}: ${printable(n.why)}.`);
  if (!opts.unsafe && unsafe > 0) lines.push(`${plural(unsafe, 'unsafe fix', 'unsafe fixes')} left as they are: review the diff above, then run \`leakproof fix --write --unsafe\`.`);
  return lines.join('\n');
}
