import type { Rule } from '../rules/types';

/** Plain-text explanation of a rule, for `leakproof --explain`. */
export function ruleText(rule: Rule): string {
  const m = rule.meta;
  const lines = [`${m.id} (${m.severity}): ${m.title}`, '', 'Why it matters', `  ${m.why}`, '', 'How to fix', `  ${m.fix}`];
  if (m.covers && m.covers.length > 0) lines.push('', 'What it recognises', ...m.covers.map((c) => `  - ${c}`));
  if (m.examples.length > 0) {
    lines.push('', 'Examples');
    for (const ex of m.examples) {
      lines.push(`  ${ex.file}`, `    flagged: ${ex.flagged}`, `    clean:   ${ex.clean}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Markdown explanation of a rule, for SARIF `help.markdown` and the job summary. */
export function ruleMarkdown(rule: Rule): string {
  const m = rule.meta;
  const parts = [`**${m.title}** (\`${m.id}\`, ${m.severity})`, '', m.why, '', `**How to fix:** ${m.fix}`];
  if (m.covers && m.covers.length > 0) parts.push('', '**What it recognises:**', '', ...m.covers.map((c) => `- ${c}`));
  if (m.examples.length > 0) {
    parts.push('', '| File | Flagged | Clean |', '| --- | --- | --- |');
    for (const ex of m.examples) parts.push(`| \`${ex.file}\` | \`${cell(ex.flagged)}\` | \`${cell(ex.clean)}\` |`);
  }
  return parts.join('\n');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}
