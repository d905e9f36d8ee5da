import type { Rule } from '../rules/types';
import type { Severity } from '../core/types';
import { CONTEXT_NAMES } from '../core/types';
import { SEVERITY_CAPS, type PolicyClass } from '../core/context';
import { HOMEPAGE } from '../version';

/** Where a rule's reference page is published: docs/rules/<id>.md on the default branch. */
export function ruleDocUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${id}.md`;
}

/** The anchor of the severity policy on the rules' index page (docs/rules/README.md). */
export const POLICY_LINK = 'README.md#severity-policy-where-a-finding-is';

/** A cap of the severity policy as the docs write it. */
export function capText(cap: Severity | null): string {
  return cap === null ? 'as the rule' : cap === 'warning' ? 'at most `warning`' : `\`${cap}\``;
}

/** What each row of the severity policy covers, as a column heading. */
export const POLICY_NAMES: Readonly<Record<PolicyClass, string>> = {
  secret: 'Signing secrets, fallbacks, dotenv files and templates, git credentials, URL passwords',
  token: 'Provider tokens',
  'private-key': 'Private keys and secret files',
  'login-key': 'SSH, OpenPGP and provider-issued keys, and files that log in or open other secrets',
  'git-artifact': 'Git artifacts',
  data: 'Database copies (SQLite files, SQL dumps)',
  meta: "leakproof's own comments and configuration",
};

/**
 * A rule's reference, in Markdown: what `leakproof --explain RULE` prints and
 * docs/rules/<id>.md holds (after a comment saying it is generated).
 */
export function rulePage(rule: Rule): string {
  const m = rule.meta;
  const out = [`# ${m.id}`, '', `**${m.title}** (default severity: \`${m.severity}\`)`, '', '## Why it matters', '', m.why];
  out.push('', '## How to fix', '', m.fix);
  if (m.examples.length > 0) {
    out.push('', '## Examples', '', '| File | Flagged | Clean |', '| --- | --- | --- |');
    for (const ex of m.examples) out.push(`| ${code(ex.file)} | ${code(ex.flagged)} | ${code(ex.clean)} |`);
  }
  if (m.details && m.details.length > 0) out.push('', '## What it reports', '', ...m.details);
  if (m.covers && m.covers.length > 0) out.push('', '## What it recognises', '', ...m.covers.map((c) => `- ${c}`));
  if (m.neverFlags && m.neverFlags.length > 0) out.push('', '## What it never flags', '', ...m.neverFlags.map((c) => `- ${c}`));
  if (m.limits && m.limits.length > 0) out.push('', '## Not caught yet', '', ...m.limits.map((c) => `- ${c}`));
  out.push('', '## Severity by context', '', ...contextTable(rule));
  if (m.sample) out.push('', '## In the report', '', '```text', m.sample, '```');
  // Comments cannot suppress findings about comments (policy `meta`).
  const inline =
    m.policy === 'meta'
      ? ''
      : `; a \`leakproof-ignore ${m.id} -- <reason>\` comment accepts one finding on its line (\`leakproof-ignore-next-line\` on ` +
        'the line before it)';
  out.push(
    '',
    '## Exceptions',
    '',
    `To accept findings rather than fix them: an \`allow\` entry in \`.leakproof.yml\` names this rule, the paths and why${inline}; ` +
      `a baseline accepts the findings a repository has today. \`rules: { ${m.id}: off }\` turns the rule off, and \`error\`, ` +
      '`warning` or `notice` in place of `off` sets its severity. See [configuration and suppressions](../configuration.md) and ' +
      '[baselines](../baselines.md).',
  );
  return out.join('\n') + '\n';
}

function contextTable(rule: Rule): string[] {
  const m = rule.meta;
  const columns: { name: string; policy: PolicyClass }[] = [
    { name: m.otherPolicies?.length ? POLICY_NAMES[m.policy] : 'Severity', policy: m.policy },
    ...(m.otherPolicies ?? []).map((o) => ({ name: o.findings, policy: o.policy })),
  ];
  return [
    `Where a finding sits caps its severity, as the [severity policy](${POLICY_LINK}) sets; \`contexts:\` in the ` +
      'configuration can place paths in another context.',
    '',
    `| Context | ${columns.map((c) => c.name).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...CONTEXT_NAMES.map((ctx) => `| \`${ctx}\` | ${columns.map((c) => capText(SEVERITY_CAPS[c.policy][ctx])).join(' | ')} |`),
  ];
}

/** A table cell's text as inline code, whatever backticks and pipes it holds. */
function code(s: string): string {
  const text = s.replace(/\|/g, '\\|');
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = runs.length > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Markdown explanation of a rule, for SARIF `help.markdown` and the job summary. */
export function ruleMarkdown(rule: Rule): string {
  const m = rule.meta;
  const parts = [`**${m.title}** (\`${m.id}\`, ${m.severity})`, '', m.why, '', `**How to fix:** ${m.fix}`];
  if (m.covers && m.covers.length > 0) parts.push('', '**What it recognises:**', '', ...m.covers.map((c) => `- ${c}`));
  if (m.examples.length > 0) {
    parts.push('', '| File | Flagged | Clean |', '| --- | --- | --- |');
    for (const ex of m.examples) parts.push(`| \`${cell(ex.file)}\` | \`${cell(ex.flagged)}\` | \`${cell(ex.clean)}\` |`);
  }
  return parts.join('\n');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}
