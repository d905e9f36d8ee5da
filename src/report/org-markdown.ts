import { inlineCode } from './markdown';
import type { Finding } from '../engine/types';
import type { OrgReport, OrgRepository } from '../org/types';
import { activeCount } from '../org/merge';
import { plural } from './stats';

export interface OrgMarkdownOptions {
  /** Base for blob links, e.g. https://github.com; none when empty. */
  serverUrl?: string;
  /** Cut the per-repository sections so the whole stays under this many bytes (a job summary holds 1 MiB). */
  maxBytes?: number;
}

const ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const;

/** Text safe inside a table cell or list item: no line breaks, no pipes, no raw HTML. */
export function escapeText(s: string): string {
  return s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

/** An inline code span that survives backticks in the content (file names can hold them). */
export function code(s: string): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  let longest = 0;
  for (const m of flat.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Engine messages use backticks for names; keep those, neutralise line breaks and HTML. */
/** A finding's message: its `code` spans as code, the rest escaped like every other scanned text. */
function message(s: string): string {
  return inlineCode(s.replace(/[\r\n\t]+/g, ' '));
}

function isGitHubName(name: string): boolean {
  return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name);
}

/** `…/owner/repo/blob/<sha>/<path>#L<line>`, at the commit that still has the line. */
export function blobUrl(serverUrl: string, repo: OrgRepository, f: Finding): string | undefined {
  const sha = f.commit?.sha ?? repo.commit;
  if (!serverUrl || !sha || !isGitHubName(repo.name)) return undefined;
  const path = f.path.split('/').map(encodeURIComponent).join('/');
  const anchor = f.line !== undefined ? `#L${f.line}${f.endLine !== undefined && f.endLine !== f.line ? `-L${f.endLine}` : ''}` : '';
  return `${serverUrl.replace(/\/+$/, '')}/${repo.name}/blob/${sha}/${path}${anchor}`;
}

function repoLink(serverUrl: string, repo: OrgRepository): string {
  return serverUrl && isGitHubName(repo.name) ? `[${repo.name}](${serverUrl.replace(/\/+$/, '')}/${repo.name})` : escapeText(repo.name);
}

function headline(report: OrgReport): string {
  const t = report.totals;
  if (t.findings === 0) return `✔ No findings in ${plural(t.repositories, 'repository', 'repositories')}.`;
  const parts = [
    plural(t.bySeverity.error, 'error'),
    plural(t.bySeverity.warning, 'warning'),
    plural(t.bySeverity.notice, 'notice'),
  ];
  let s = `**${plural(t.findings, 'finding')}** in ${t.repositoriesWithFindings} of ${plural(t.repositories, 'repository', 'repositories')}: ${parts.join(', ')}`;
  if (t.historyOnly > 0) s += `, and ${t.historyOnly} only in history (removed from HEAD but still in every clone: rotate those keys)`;
  return `${s}.`;
}

function skippedNote(report: OrgReport): string[] {
  if (report.skipped.length === 0) return [];
  return [
    `> [!WARNING]`,
    `> ${plural(report.skipped.length, 'report')} could not be read and ${report.skipped.length === 1 ? 'was' : 'were'} skipped; the totals leave ${report.skipped.length === 1 ? 'it' : 'them'} out:`,
    ...report.skipped.map((s) => `> - ${code(s.source)}: ${escapeText(s.reason)}`),
    '',
  ];
}

function ruleTable(report: OrgReport): string[] {
  if (report.byRule.length === 0) return [];
  return [
    '## By rule',
    '',
    '| Rule | Severity | Findings | Repositories |',
    '| --- | --- | ---: | ---: |',
    ...report.byRule.map((r) => `| ${code(r.ruleId)} | ${ICON[r.severity]} ${r.severity} | ${r.findings} | ${r.repositories} |`),
    '',
  ];
}

function repoTable(report: OrgReport, serverUrl: string): string[] {
  const risky = report.repositories.filter((r) => activeCount(r) > 0);
  const clean = report.repositories.filter((r) => activeCount(r) === 0);
  const lines: string[] = [];
  if (risky.length > 0) {
    lines.push(
      '## Repositories by risk',
      '',
      '| Repository | Commit | Errors | Only in history (rotate) | Warnings | Notices |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...risky.map(
        (r) =>
          `| ${repoLink(serverUrl, r)} | ${r.commit ? code(r.commit.slice(0, 7)) : ''} | ${r.current.error} | ${r.historyOnly} | ${r.current.warning} | ${r.current.notice} |`,
      ),
      '',
    );
  }
  if (clean.length > 0) {
    lines.push(
      `<details><summary>${plural(clean.length, 'clean repository', 'clean repositories')}</summary>`,
      '',
      ...clean.map((r) => `- ${escapeText(r.name)}`),
      '',
      '</details>',
      '',
    );
  }
  return lines;
}

function findingLine(repo: OrgRepository, f: Finding, serverUrl: string): string {
  const where = f.line !== undefined ? `${f.path}:${f.line}` : f.path;
  const url = blobUrl(serverUrl, repo, f);
  let s = `- ${ICON[f.severity]} ${code(f.ruleId)} ${url ? `[${code(where)}](${url})` : code(where)}`;
  if (f.secret) s += ` ${code(f.secret)}`;
  if (f.commit) {
    const when = f.commit.date ? ` on ${escapeText(f.commit.date.slice(0, 10))}` : '';
    s += f.commit.deleted
      ? ` — committed in ${code(f.commit.sha.slice(0, 7))}${when}, removed later: **rotate the key**`
      : ` — committed in ${code(f.commit.sha.slice(0, 7))}${when}`;
  }
  return `${s}\n  ${message(f.message)}`;
}

function repoSection(repo: OrgRepository, serverUrl: string): string {
  const active = repo.findings.filter((f) => !f.suppressed);
  const facts = [repo.commit ? `commit ${code(repo.commit.slice(0, 12))}` : '', `mode ${escapeText(repo.mode)}`, plural(repo.files, 'file') + ' scanned'];
  if (repo.suppressed > 0) facts.push(`${repo.suppressed} suppressed`);
  if (repo.errors > 0) facts.push(`${plural(repo.errors, 'file')} unreadable`);
  return [`### ${escapeText(repo.name)}`, '', facts.filter(Boolean).join(' · '), '', ...active.map((f) => findingLine(repo, f, serverUrl)), '', ''].join('\n');
}

/** The organisation report as Markdown: headline, totals by rule, repositories by risk, then details. */
export function formatOrgMarkdown(report: OrgReport, opts: OrgMarkdownOptions = {}): string {
  const serverUrl = opts.serverUrl ?? '';
  const head =
    [
      '# leakproof organisation report',
      '',
      headline(report),
      '',
      ...skippedNote(report),
      ...ruleTable(report),
      ...repoTable(report, serverUrl),
    ].join('\n') + '\n';
  const sections = report.repositories.filter((r) => activeCount(r) > 0).map((r) => repoSection(r, serverUrl));
  if (sections.length === 0) return head;

  let out = head + '## Findings by repository\n\n';
  const limit = opts.maxBytes ?? Infinity;
  // Room for the truncation note, so adding it never crosses the limit.
  const reserve = 200;
  let used = Buffer.byteLength(out);
  for (let i = 0; i < sections.length; i++) {
    const size = Buffer.byteLength(sections[i]!);
    if (used + size + reserve > limit) {
      const rest = sections.length - i;
      return `${out}> [!NOTE]\n> ${plural(rest, 'more repository', 'more repositories')} not shown here to stay under the size limit; the merged Markdown, JSON and SARIF files have everything.\n`;
    }
    out += sections[i];
    used += size;
  }
  return out;
}
