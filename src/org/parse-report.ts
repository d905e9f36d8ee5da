import type { Finding, CommitInfo, Suppression } from '../engine/types';
import type { ContextName, FileStatus, Severity } from '../core/types';
import { CONTEXT_NAMES, SEVERITIES } from '../core/types';
import { redact } from '../engine/redact';
import type { RepoReportInput } from './types';

/** A report that cannot be merged; the message names the problem, never a value from the file. */
export class ReportInputError extends Error {}

const STATUSES: readonly FileStatus[] = ['tracked', 'untracked', 'ignored', 'plain'];
/** The engine's redacted form: up to four characters, an ellipsis, the length. */
const REDACTED = /^[^\n]{0,4}…\(\d{1,9} chars?\)$/u;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optNumber(o: Obj, key: string, where: string): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new ReportInputError(`${where}: \`${key}\` is not a whole number`);
  return v;
}

function reqString(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new ReportInputError(`${where}: \`${key}\` is missing or not a string`);
  return v;
}

/**
 * Reports only ever carry the redacted form. A `secret` that does not look
 * redacted (an edited or foreign report) is redacted again rather than trusted.
 */
function safeSecret(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  return REDACTED.test(v) ? v : redact(v);
}

function parseCommit(v: unknown, where: string): CommitInfo | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v) || typeof v.sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(v.sha)) {
    throw new ReportInputError(`${where}: \`commit.sha\` is missing or not a commit id`);
  }
  return { sha: v.sha.toLowerCase(), date: typeof v.date === 'string' ? v.date : '', deleted: v.deleted === true };
}

function parseSuppression(v: unknown): Suppression | undefined {
  if (!isObj(v)) return undefined;
  const by = v.by === 'inline' || v.by === 'config' || v.by === 'baseline' ? v.by : 'config';
  return typeof v.reason === 'string' ? { by, reason: v.reason } : { by };
}

/** Copies the known fields one by one, in the JSON report's key order, so nothing unexpected travels on. */
function parseFinding(v: unknown, where: string): Finding {
  if (!isObj(v)) throw new ReportInputError(`${where} is not an object`);
  const severity = v.severity as Severity;
  if (!SEVERITIES.includes(severity)) throw new ReportInputError(`${where}: \`severity\` is not one of ${SEVERITIES.join(', ')}`);
  const ruleId = reqString(v, 'ruleId', where);
  const path = reqString(v, 'path', where);
  const fingerprint = reqString(v, 'fingerprint', where);
  const out = { ruleId, severity, path } as Finding;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    const n = optNumber(v, key, where);
    if (n !== undefined) out[key] = n;
  }
  out.message = typeof v.message === 'string' ? v.message : '';
  const secret = safeSecret(v.secret);
  if (secret !== undefined) out.secret = secret;
  out.fingerprint = fingerprint;
  out.status = STATUSES.includes(v.status as FileStatus) ? (v.status as FileStatus) : 'plain';
  // Reports from before contexts existed judged every finding as production.
  out.context = CONTEXT_NAMES.includes(v.context as ContextName) ? (v.context as ContextName) : 'production';
  if (typeof v.contextWhy === 'string' && v.contextWhy.length <= 300) out.contextWhy = v.contextWhy;
  const suppressed = parseSuppression(v.suppressed);
  if (suppressed) out.suppressed = suppressed;
  const commit = parseCommit(v.commit, where);
  if (commit) out.commit = commit;
  return out;
}

/** The name used when a report does not say which repository it describes. */
function nameFromSource(source: string): string {
  const base = source.replace(/\\/g, '/').replace(/\.json$/i, '');
  return base.replace(/^(?:\.\/)+/, '') || source;
}

/**
 * Validates one per-repository JSON report. Throws ReportInputError naming the
 * first problem; the message never quotes the file's content, since a
 * corrupt file may hold anything.
 */
export function parseRepoReport(text: string, source: string): RepoReportInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the input; say where instead.
    throw new ReportInputError(text.trim() === '' ? 'the file is empty' : 'not valid JSON (truncated or corrupt)');
  }
  if (!isObj(data) || !isObj(data.tool) || data.tool.name !== 'leakproof') {
    throw new ReportInputError('not a leakproof JSON report (no `tool.name: "leakproof"`)');
  }
  if (!Array.isArray(data.findings)) throw new ReportInputError('not a leakproof JSON report (no `findings` array)');
  const findings = data.findings.map((f, i) => parseFinding(f, `finding ${i + 1}`));

  let name = nameFromSource(source);
  let commit: string | undefined;
  if (data.repository !== undefined) {
    if (!isObj(data.repository) || typeof data.repository.name !== 'string' || data.repository.name === '') {
      throw new ReportInputError('`repository.name` is missing or not a string');
    }
    name = data.repository.name;
    const c = data.repository.commit;
    if (c !== undefined) {
      if (typeof c !== 'string' || !/^[0-9a-f]{7,64}$/i.test(c)) throw new ReportInputError('`repository.commit` is not a commit id');
      commit = c.toLowerCase();
    }
  }
  const stats = isObj(data.stats) ? data.stats : {};
  const input: RepoReportInput = {
    source,
    name,
    mode: typeof data.mode === 'string' ? data.mode : 'unknown',
    findings,
    files: optNumber(stats, 'files', '`stats`') ?? 0,
    bytes: optNumber(stats, 'bytes', '`stats`') ?? 0,
    errors: Array.isArray(data.errors) ? data.errors.length : 0,
  };
  if (commit) input.commit = commit;
  return input;
}
