import type { Baseline, BaselineEntry, BaselineStats, Finding } from './types';
import { compareStrings } from './results';

/** A baseline file that cannot be used; the message names the file and the fix. */
export class BaselineError extends Error {}

export const BASELINE_VERSION = 1;

const FINGERPRINT = /^[0-9a-f]{32}$/;

function keyOf(e: { ruleId: string; path: string; fingerprint: string }): string {
  return `${e.ruleId}\0${e.path}\0${e.fingerprint}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareStrings(a.path, b.path) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint);
}

/**
 * Marks the findings a baseline accepts as suppressed by it (in place) and
 * counts the entries that no longer match anything. An entry matches a
 * finding whether or not something else suppressed it first.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): BaselineStats {
  const entries = new Set(baseline.entries.map(keyOf));
  const matched = new Set<string>();
  for (const f of findings) {
    const k = keyOf(f);
    if (!entries.has(k)) continue;
    matched.add(k);
    if (!f.suppressed) f.suppressed = { by: 'baseline' };
  }
  return { entries: entries.size, matched: matched.size, stale: entries.size - matched.size };
}

/**
 * The entries to record for a scan: every finding that nothing but the
 * baseline suppresses (inline and config exceptions already carry their own
 * reason), sorted and unique so the file diffs well.
 */
export function baselineFrom(findings: readonly Finding[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.suppressed && f.suppressed.by !== 'baseline') continue;
    byKey.set(keyOf(f), { ruleId: f.ruleId, path: f.path, fingerprint: f.fingerprint });
  }
  return { entries: [...byKey.values()].sort(compareEntries) };
}

/** The entries of `baseline` that still match a finding. */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline {
  const live = new Set(findings.map(keyOf));
  const kept = new Map<string, BaselineEntry>();
  for (const e of baseline.entries) if (live.has(keyOf(e))) kept.set(keyOf(e), e);
  return { entries: [...kept.values()].sort(compareEntries) };
}

/** Pretty, stable JSON: fixed key order, sorted entries, trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  const findings = [...baseline.entries]
    .sort(compareEntries)
    .map((e) => ({ ruleId: e.ruleId, path: e.path, fingerprint: e.fingerprint }));
  return JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2) + '\n';
}

/** Parses a baseline file; throws BaselineError naming the file and the problem. */
export function parseBaseline(text: string, file: string): Baseline {
  const fail = (problem: string): never => {
    throw new BaselineError(`${file}: ${problem}; write it with \`leakproof --write-baseline ${file}\``);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail('is not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('must be a JSON object with "version" and "findings"');
  const { version, findings } = doc as Record<string, unknown>;
  if (version !== BASELINE_VERSION) return fail(`version must be ${BASELINE_VERSION}`);
  if (!Array.isArray(findings)) return fail('findings must be a list');
  const entries = findings.map((e, i): BaselineEntry => {
    if (typeof e !== 'object' || e === null) return fail(`findings[${i}] must be an object with ruleId, path and fingerprint`);
    const { ruleId, path, fingerprint } = e as Record<string, unknown>;
    if (typeof ruleId !== 'string' || ruleId === '') return fail(`findings[${i}].ruleId must be a rule id`);
    if (typeof path !== 'string' || path === '') return fail(`findings[${i}].path must be a path`);
    if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return fail(`findings[${i}].fingerprint must be 32 hex digits`);
    return { ruleId, path, fingerprint };
  });
  return { entries };
}
