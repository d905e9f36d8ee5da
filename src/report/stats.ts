import type { Finding, ScanStats } from '../engine/types';
import type { Severity } from '../core/types';

export type SeverityCounts = Record<Severity, number>;

/** Counts of active (not suppressed) findings by severity. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity' | 'suppressed'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

const SKIP_LABELS: Record<keyof ScanStats['skipped'], [string, string]> = {
  binary: ['binary', 'binary'],
  tooLarge: ['too large', 'too large'],
  symlink: ['symlink', 'symlinks'],
  special: ['special file', 'special files'],
  unreadable: ['unreadable', 'unreadable'],
  missing: ['missing', 'missing'],
};

/** "412 files scanned (3.1 MiB), 5 skipped (2 binary, 3 symlinks)". */
export function describeStats(stats: ScanStats): string {
  const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0) as [keyof ScanStats['skipped'], number][];
  const total = skipped.reduce((a, [, n]) => a + n, 0);
  let s = `${plural(stats.files, 'file')} scanned (${formatBytes(stats.bytes)})`;
  if (total > 0) {
    s += `, ${total} skipped (${skipped.map(([k, n]) => `${n} ${SKIP_LABELS[k][n === 1 ? 0 : 1]}`).join(', ')})`;
  }
  if (stats.longLines > 0) s += `, ${plural(stats.longLines, 'long line')} scanned in windows`;
  return s;
}

export function locationOf(f: Finding): string {
  if (f.line === undefined) return f.path;
  return `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}
