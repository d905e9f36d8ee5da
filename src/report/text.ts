import { printable } from './printable';
import type { CommitInfo, Finding, ScanResult } from '../engine/types';
import type { Severity } from '../core/types';
import type { Palette } from './color';
import { countBySeverity, describeStats, locationOf, plural } from './stats';

export interface TextOptions {
  colors: Palette;
  /** List suppressed findings too (they are always counted). */
  showSuppressed?: boolean;
}

function paint(c: Palette, sev: Severity, s: string): string {
  return sev === 'error' ? c.red(s) : sev === 'warning' ? c.yellow(s) : c.cyan(s);
}

/**
 * Human output: findings grouped by file, one `path:line:col  severity  rule
 * message` line each (editors and terminals make these clickable), then totals.
 */
export function formatText(result: ScanResult, opts: TextOptions): string {
  const c = opts.colors;
  const shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
  const lines: string[] = [];
  let lastPath: string | null = null;
  for (const f of shown) {
    if (lastPath !== null && f.path !== lastPath) lines.push('');
    lastPath = f.path;
    lines.push(findingLine(f, c));
  }
  if (shown.length > 0) lines.push('');
  const counts = countBySeverity(result.findings);
  const active = counts.error + counts.warning + counts.notice;
  const suppressed = result.findings.length - active;
  const statsLine = `${describeStats(result.stats)} in ${result.stats.durationMs} ms (${scopeOf(result)})`;
  if (active === 0) {
    lines.push(`${c.green('✔')} ${c.bold('No findings.')} ${c.dim(statsLine)}`);
  } else {
    lines.push(
      `${c.red('✖')} ${c.bold(plural(active, 'finding'))}: ` +
        [
          paint(c, 'error', plural(counts.error, 'error')),
          paint(c, 'warning', plural(counts.warning, 'warning')),
          paint(c, 'notice', plural(counts.notice, 'notice')),
        ].join(', '),
    );
    lines.push(c.dim(`  ${statsLine}`));
  }
  if (suppressed > 0) {
    lines.push(c.dim(`  ${plural(suppressed, 'finding')} suppressed${opts.showSuppressed ? '' : ' (--show-suppressed lists them)'}`));
  }
  const added = result.addedSuppressions ?? [];
  if (added.length > 0) {
    lines.push(c.yellow(`  ${plural(added.length, 'finding')} hidden by \`leakproof-ignore\` comments this change adds:`));
    for (const a of added) {
      const where = lineSafe(printable(`${a.path}:${a.commentLine}`));
      lines.push(c.yellow(`    ${where}  ${a.ruleId} (${a.severity}): ${a.reason ? printable(a.reason) : 'no reason given'}`));
    }
  }
  const stale = result.stats.baseline?.stale ?? 0;
  if (stale > 0) {
    lines.push(c.yellow(`  ${plural(stale, 'baseline entry', 'baseline entries')} no longer ${stale === 1 ? 'matches' : 'match'} a finding (--prune-baseline removes them)`));
  }
  if (result.errors.length > 0) lines.push(c.yellow(`  ${plural(result.errors.length, 'file')} could not be read (listed on stderr)`));
  if (result.history?.shallow) lines.push(c.yellow('  Shallow clone: older commits were not scanned (fetch the whole history, e.g. `fetch-depth: 0`).'));
  if (active > 0) lines.push(c.dim('  Run `leakproof --explain <rule>` for why a rule matters and how to fix it.'));
  return lines.join('\n') + '\n';
}

function findingLine(f: Finding, c: Palette): string {
  // Paths, messages and redacted values come from scanned files: control characters are shown, never obeyed.
  const parts = [c.bold(lineSafe(printable(locationOf(f)))), paint(c, f.severity, f.severity.padEnd(7)), c.dim(f.ruleId), printable(f.message)];
  let s = parts.join('  ');
  if (f.secret) s += c.dim(` [${printable(f.secret)}]`);
  if (f.commit) s += commitNote(f.commit, c);
  if (f.suppressed) s += c.dim(` (suppressed by ${f.suppressed.by}${f.suppressed.reason ? `: ${printable(f.suppressed.reason)}` : ''})`);
  return s;
}

/**
 * CI runners treat a line starting with `::` (after blanks) as a workflow
 * command, so a path like `::add-mask::x` is shown as `./::add-mask::x`.
 */
function lineSafe(location: string): string {
  return /^\s*::/.test(location) ? `./${location}` : location;
}

function scopeOf(result: ScanResult): string {
  if (result.history) {
    const h = result.history;
    return `${plural(h.commits, 'commit')} of history${h.since !== undefined ? ` since ${h.since}` : ''}`;
  }
  if (result.changes) return result.changes;
  return result.mode === 'git' ? 'git work tree' : 'plain folder';
}

/** "committed in abc1234 on 2025-03-02, removed later — rotate the key". */
export function commitNote(commit: CommitInfo, c: Palette): string {
  const when = ` committed in ${commit.sha.slice(0, 7)} on ${commit.date.slice(0, 10)}`;
  return commit.deleted ? c.yellow(`${when}, removed later — rotate the key`) : c.dim(`${when}, still in HEAD`);
}
