import { esc, inlineCode } from './markdown';
import type { Finding, ScanResult, Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';
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
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', notice: '🔵' };

/** The job summary in GitHub-flavoured Markdown; every piece of scanned data is escaped. */
export function formatSummary(input: SummaryInput): string {
  const budget = input.maxBytes ?? SUMMARY_BUDGET;
  const prefix = input.pathPrefix ?? '';
  const active = input.result.findings.filter((f) => !f.suppressed);
  const counts = countBySeverity(active);
  const head: string[] = [];

  if (active.length === 0) head.push('## leakproof ✔ no findings', '');
  else {
    const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
    head.push(`## leakproof ✖ ${plural(active.length, 'finding')} (${parts.join(', ')})`, '');
  }
  head.push(`**Scope:** ${scopeText(input.scope)}  `);
  head.push(`**Files:** ${esc(describeStats(input.result.stats))} in ${input.result.stats.durationMs} ms`);
  for (const note of input.notes ?? []) head.push('', `> [!IMPORTANT]\n> ${esc(note.charAt(0).toUpperCase() + note.slice(1))}.`);
  const suppressed = input.result.findings.length - active.length;
  if (suppressed > 0) head.push('', `${plural(suppressed, 'finding')} suppressed (not counted): ${suppressedBy(input.result.findings)}.`);
  if (input.result.errors.length > 0) head.push('', `${plural(input.result.errors.length, 'file')} could not be read and were skipped.`);
  if ((input.notAnnotated ?? 0) > 0) {
    head.push('', `> [!NOTE]\n> ${plural(input.notAnnotated!, 'more finding')} not annotated (GitHub limits annotations per step); see the list below${input.sarifFile ? ' or the SARIF file' : ''}.`);
  }
  head.push('');

  if (active.length > 0) head.push(...ruleTable(active), '', '### Findings by file', '');

  const body: string[] = [];
  let used = bytes(head.join('\n'));
  let shown = 0;
  const groups = groupByPath(active);
  outer: for (const [path, items] of groups) {
    const block = [fileHeading(prefix + path, input.link), ''];
    for (const f of items) block.push(findingItem(f, prefix, input.link));
    block.push('');
    const text = block.join('\n');
    if (used + bytes(text) > budget - 512) {
      // Fill what is left finding by finding before giving up on the file.
      const partial = [block[0]!, ''];
      for (const f of items) {
        const item = findingItem(f, prefix, input.link);
        if (used + bytes(partial.join('\n')) + bytes(item) > budget - 512) break outer;
        partial.push(item);
        shown++;
      }
      body.push(partial.join('\n'));
      break;
    }
    body.push(text);
    used += bytes(text);
    shown += items.length;
  }
  if (shown < active.length) {
    body.push(`> [!WARNING]\n> The summary is truncated to stay under GitHub's 1 MiB limit: ${plural(active.length - shown, 'more finding')} not listed here. The JSON report${input.sarifFile ? ' and the SARIF file list' : ' lists'} every finding.`, '');
  }
  return [...head, ...body].join('\n');
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
