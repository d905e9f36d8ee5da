import { esc, inlineCode } from './markdown';
import type { AddedSuppression, Finding, ScanResult } from '../engine/types';
import type { Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { findRule } from '../rules';
import { countBySeverity, describeStats, plural } from './stats';

/** GitHub rejects a step summary over 1 MiB; stay well below it. */
export const SUMMARY_BUDGET = 1024 * 1024 - 16 * 1024;

export type ScopeInfo =
  | { kind: 'all'; reason?: string }
  | { kind: 'changed'; files: number; source: string };

export interface SummaryInput {
  result: Pick<ScanResult, 'findings' | 'stats' | 'errors'>;
  scope: ScopeInfo;
  /** Prepended to finding paths so links and names are relative to the repository. */
  pathPrefix?: string;
  /** For links to `<server>/<repository>/blob/<sha>/<path>#L<line>`. */
  link?: { serverUrl: string; repository: string; sha: string };
  /** Findings that got no annotation because of GitHub's limits. */
  notAnnotated?: number;
  sarifFile?: string;
  /** Lines about how the scan was set up (e.g. a configuration read from the base commit), shown as a note. */
  notes?: readonly string[];
  maxBytes?: number;
  /** Present when the scan compared with a base: findings are split into new and pre-existing. */
  base?: BaseVerdict;
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', notice: '🔵' };

/** How a scan with a base (a pull request) judged its findings, for the summary's own sections. */
export interface BaseVerdict {
  /** Active findings that were already on the base branch. */
  existing: readonly Finding[];
  /** Whether those count toward `fail-on` (`fail-on-existing: true`). */
  existingCounted: boolean;
  /** Findings hidden by suppression comments the change adds; empty when they are allowed silently. */
  added: readonly AddedSuppression[];
  /** Whether those count toward `fail-on` (`pr-suppressions: fail`). */
  addedCounted: boolean;
}

/** The job summary in GitHub-flavoured Markdown; every piece of scanned data is escaped. */
export function formatSummary(input: SummaryInput): string {
  const budget = input.maxBytes ?? SUMMARY_BUDGET;
  const prefix = input.pathPrefix ?? '';
  const base = input.base;
  const active = input.result.findings.filter((f) => !f.suppressed);
  const listed = base ? active.filter((f) => f.new !== false) : active;
  // The title counts what the step weighs: new findings, and the others only when they are counted too.
  const weighed: { severity: Severity }[] = [...listed, ...(base?.existingCounted ? base.existing : []), ...(base?.addedCounted ? base.added : [])];
  const counts = countBySeverity(weighed);
  const head: string[] = [];

  const what = base && !base.existingCounted && !base.addedCounted ? 'new finding' : 'finding';
  if (weighed.length === 0) head.push(`## leakproof ✔ no ${what}s`, '');
  else {
    const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
    head.push(`## leakproof ✖ ${plural(weighed.length, what)} (${parts.join(', ')})`, '');
  }
  head.push(`**Scope:** ${scopeText(input.scope)}  `);
  head.push(`**Files:** ${esc(describeStats(input.result.stats))} in ${input.result.stats.durationMs} ms`);
  for (const note of input.notes ?? []) head.push('', `> [!IMPORTANT]\n> ${esc(note.charAt(0).toUpperCase() + note.slice(1))}.`);
  if (base && base.existing.length > 0) {
    head.push('', `${plural(base.existing.length, 'finding')} already on the base branch (${base.existingCounted ? 'counted: `fail-on-existing` is on' : 'not counted'}), listed below.`);
  }
  if (base && base.added.length > 0) {
    head.push('', `> [!WARNING]\n> This change adds \`leakproof-ignore\` comments that hide ${plural(base.added.length, 'finding')} (${base.addedCounted ? 'counted: `pr-suppressions` is `fail`' : 'not counted'}), listed below.`);
  }
  const suppressed = input.result.findings.length - active.length;
  if (suppressed > 0) head.push('', `${plural(suppressed, 'finding')} suppressed${base?.addedCounted ? '' : ' (not counted)'}: ${suppressedBy(input.result.findings)}.`);
  if (input.result.errors.length > 0) head.push('', `${plural(input.result.errors.length, 'file')} could not be read and were skipped.`);
  if ((input.notAnnotated ?? 0) > 0) {
    head.push('', `> [!NOTE]\n> ${plural(input.notAnnotated!, 'more finding')} not annotated (GitHub limits annotations per step); see the list below${input.sarifFile ? ' or the SARIF file' : ''}.`);
  }
  head.push('');

  if (listed.length > 0) head.push(...ruleTable(listed), '');

  // The body is lines joined by newlines, like the head: each line costs its bytes and one newline, exactly.
  const out = new Budget(budget - 512, bytes(head.join('\n')));
  const body: string[] = [];
  let omitted = 0;
  // What a change hides goes first: it is short, and a reviewer must see it whatever else there is.
  if (base && base.added.length > 0) {
    const items = base.added.map((a) => suppressionItem(a, prefix, input.link));
    const heading = ['### Suppressions this change adds', '', 'Each hides a finding behind a comment added here; the secret is not shown.', ''];
    let shown = 0;
    if (out.take(heading)) {
      body.push(...heading);
      for (const item of items) {
        if (!out.take([item])) break;
        body.push(item);
        shown++;
      }
      if (out.take([''])) body.push('');
    }
    omitted += items.length - shown;
  }
  if (listed.length > 0) omitted += listFindings(listed, ['### Findings by file', ''], prefix, input.link, out, body);
  if (base && base.existing.length > 0) {
    const heading = ['### Already on the base branch', '', `These were there before this change${base.existingCounted ? '' : '; they are annotated as notices and do not fail the step'}.`, ''];
    omitted += listFindings(base.existing, heading, prefix, input.link, out, body);
  }
  if (omitted > 0) {
    body.push(`> [!WARNING]\n> The summary is truncated to stay under GitHub's 1 MiB limit: ${plural(omitted, 'more finding')} not listed here. The JSON report${input.sarifFile ? ' and the SARIF file list' : ' lists'} every finding.`, '');
  }
  return [...head, ...body].join('\n');
}

/** Bytes left for the summary, counted line by line. */
class Budget {
  constructor(
    private readonly limit: number,
    private used: number,
  ) {}
  /** Takes room for these lines (each with the newline before it), or none when they do not all fit. */
  take(lines: readonly string[]): boolean {
    let n = 0;
    for (const l of lines) n += bytes(l) + 1;
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
}

/**
 * A section heading, then findings grouped by file, appended to `body` while
 * the budget lasts; a heading is only written with a first entry under it.
 * Returns how many findings did not fit.
 */
function listFindings(
  findings: readonly Finding[],
  heading: readonly string[],
  prefix: string,
  link: SummaryInput['link'],
  out: Budget,
  body: string[],
): number {
  let shown = 0;
  let opened = false;
  for (const [path, items] of groupByPath(findings)) {
    const block: string[] = [];
    let full = false;
    for (const f of items) {
      const item = findingItem(f, prefix, link);
      // A file's first item brings its heading and the blank line that closes the block (and the section heading, first).
      const cost = block.length > 0 ? [item] : [...(opened ? [] : heading), fileHeading(prefix + path, link), '', item, ''];
      if (!out.take(cost)) {
        full = true;
        break;
      }
      if (block.length === 0) {
        if (!opened) body.push(...heading);
        opened = true;
        block.push(fileHeading(prefix + path, link), '');
      }
      block.push(item);
      shown++;
    }
    if (block.length > 0) body.push(...block, '');
    if (full) break;
  }
  return findings.length - shown;
}

function suppressionItem(a: AddedSuppression, prefix: string, link: SummaryInput['link']): string {
  const where = `${esc(prefix + a.path)}:${a.commentLine}`;
  const loc = link ? `<a href="${attr(blobUrl(link, prefix + a.path, a.commentLine))}">${where}</a>` : where;
  const target = a.line !== undefined && a.line !== a.commentLine ? ` (line ${a.line})` : '';
  const why = a.reason ? `reason: “${esc(a.reason)}”` : '**no reason given**';
  return `- ${ICON[a.severity]} **${loc}**${target} <code>${esc(a.ruleId)}</code> ${a.severity}: ${why}`;
}

function suppressedBy(findings: readonly Finding[]): string {
  const by = { inline: 0, config: 0, baseline: 0 };
  for (const f of findings) if (f.suppressed) by[f.suppressed.by]++;
  const parts = (['inline', 'config', 'baseline'] as const).filter((k) => by[k] > 0).map((k) => `${by[k]} by ${k === 'inline' ? 'inline comments' : k === 'config' ? 'the configuration' : 'the baseline'}`);
  return parts.join(', ');
}

function scopeText(scope: ScopeInfo): string {
  if (scope.kind === 'changed') return `${plural(scope.files, 'changed file')} (from ${esc(scope.source)})`;
  return scope.reason ? `all files, because ${esc(scope.reason)}` : 'all files';
}

/** One row per rule and severity: where a finding sits can lower it, so one rule's findings may differ. */
function ruleTable(active: readonly Finding[]): string[] {
  const byRule = new Map<string, { id: string; severity: Severity; count: number }>();
  for (const f of active) {
    const k = `${f.ruleId}\0${f.severity}`;
    const e = byRule.get(k);
    if (e) e.count++;
    else byRule.set(k, { id: f.ruleId, severity: f.severity, count: 1 });
  }
  const rank = { error: 0, warning: 1, notice: 2 } as const;
  const rowsOf = [...byRule.values()].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const rows = ['| Rule | Severity | Findings | Fix |', '| --- | --- | ---: | --- |'];
  for (const { id, severity, count } of rowsOf) {
    const rule = findRule(id);
    rows.push(`| <code>${esc(id)}</code>${rule ? ` ${esc(rule.meta.title)}` : ''} | ${ICON[severity]} ${severity} | ${count} | ${rule ? inlineCode(rule.meta.fix) : ''} |`);
  }
  return rows;
}

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = m.get(f.path);
    if (list) list.push(f);
    else m.set(f.path, [f]);
  }
  return m;
}

function fileHeading(path: string, link: SummaryInput['link']): string {
  const name = `<code>${esc(path)}</code>`;
  return link ? `#### <a href="${attr(blobUrl(link, path))}">${name}</a>` : `#### ${name}`;
}

function findingItem(f: Finding, prefix: string, link: SummaryInput['link']): string {
  const where = f.line === undefined ? 'file' : `L${f.line}`;
  const loc = link && f.line !== undefined ? `<a href="${attr(blobUrl(link, prefix + f.path, f.line))}">${where}</a>` : where;
  let s = `- ${ICON[f.severity]} **${loc}** <code>${esc(f.ruleId)}</code>: ${inlineCode(f.message)}`;
  if (f.secret !== undefined) s += ` Secret (redacted): <code>${esc(f.secret)}</code>`;
  return s;
}

export function blobUrl(link: NonNullable<SummaryInput['link']>, path: string, line?: number): string {
  const p = path.split('/').map(encodeURIComponent).join('/');
  return `${link.serverUrl.replace(/\/+$/, '')}/${link.repository}/blob/${encodeURIComponent(link.sha)}/${p}${line !== undefined ? `#L${line}` : ''}`;
}


function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
