import type { Finding, ScanResult } from '../engine/types';
import { TOOL_NAME, VERSION } from '../version';

/** The documented JSON report. Fields are copied one by one so nothing raw can slip in. */
export interface JsonReport {
  tool: { name: string; version: string };
  root: string;
  mode: 'git' | 'plain';
  findings: Finding[];
  stats: ScanResult['stats'];
  errors: ScanResult['errors'];
  /** Present for `--history`: commits scanned, whether the clone was shallow. */
  history?: NonNullable<ScanResult['history']>;
}

export function toJsonReport(result: ScanResult, displayRoot: string): JsonReport {
  return {
    tool: { name: TOOL_NAME, version: VERSION },
    root: displayRoot,
    mode: result.mode,
    findings: result.findings.map(copyFinding),
    stats: result.stats,
    errors: result.errors,
    ...(result.history ? { history: { ...result.history } } : {}),
  };
}

const ORDER: readonly (keyof Finding)[] = [
  'ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'secret', 'fingerprint', 'status', 'suppressed', 'commit',
];

/** A copy with a fixed key order, so the output is byte-stable. */
function copyFinding(f: Finding): Finding {
  const o: Record<string, unknown> = {};
  for (const k of ORDER) {
    const v = f[k];
    if (v !== undefined) o[k] = typeof v === 'object' ? { ...v } : v;
  }
  return o as unknown as Finding;
}

export function formatJson(result: ScanResult, displayRoot: string): string {
  return JSON.stringify(toJsonReport(result, displayRoot), null, 2) + '\n';
}
