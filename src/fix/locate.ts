import type { FileContext, RuleSettings } from '../rules/types';
import type { Finding } from '../engine/types';
import { splitLines } from '../core/text';
import { fingerprint, hashSecret } from '../engine/fingerprint';
import { redact } from '../engine/redact';
import { secretOccurrences, type SecretOccurrence } from '../rules/lib/secret-assignments';
import { parseDotenv } from '../rules/lib/dotenv-names';
import { urlCredentials } from '../rules/lib/git-files';

/** A file as the rules see it, built from text read for fixing (the scan's own view is gone by then). */
export function textFileContext(path: string, text: string, settings: RuleSettings): FileContext {
  const body = Buffer.from(text, 'utf8');
  let lines: ReturnType<typeof splitLines>['lines'] | undefined;
  return {
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    status: 'tracked',
    get context() {
      return settings.contexts.of(path).context;
    },
    head: body.subarray(0, 8192),
    body,
    bytes: body,
    size: body.length,
    text,
    get lines() {
      return (lines ??= splitLines(text).lines);
    },
    contains: (set) => set.test(body),
    memo: new Map(),
    settings,
  };
}

/**
 * Whether a value found again at a finding's place is the one the scan
 * reported: same redacted form, and the finding's fingerprint is one this
 * key and value give (the occurrence number is tried, as the scan counted
 * equal values in the file).
 */
export function sameSecret(f: Pick<Finding, 'ruleId' | 'path' | 'secret' | 'fingerprint'>, key: string, value: string): boolean {
  if (f.secret !== undefined && f.secret !== redact(value)) return false;
  const context = `${key}\0${hashSecret(value)}`;
  for (let n = 0; n < 64; n++) if (fingerprint(f.ruleId, f.path, context, n) === f.fingerprint) return true;
  return false;
}

/** The occurrence the finding reports, found again by the rules' own analysis of the current text. */
export function findOccurrence(f: Finding, text: string, settings: RuleSettings, kind: SecretOccurrence['kind']): SecretOccurrence | null {
  const ctx = textFileContext(f.path, text, settings);
  const hit = secretOccurrences(ctx).find((o) => o.kind === kind && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
  return hit && sameSecret(f, hit.name, hit.value) ? hit : null;
}

export interface TemplateValue {
  key: string;
  value: string;
  line: number;
  column: number;
  /** The value is a URL's password. */
  inUrl: boolean;
}

/** The template entry a `dotenv-template-secret` finding reports, read again as the rule reads it. */
export function findTemplateValue(f: Finding, text: string): TemplateValue | null {
  for (const e of parseDotenv(text)) {
    if (e.line !== f.line) continue;
    const cred = urlCredentials(e.value)[0];
    const value = cred ? cred.value : e.value;
    const column = e.column + (cred ? cred.start : 0);
    if (column !== f.column || !sameSecret(f, e.key, value)) continue;
    return { key: e.key, value, line: e.line, column, inUrl: cred !== undefined };
  }
  return null;
}

/** Offset in `text` of the 1-based line `line` (LF, CRLF or CR endings, as `splitLines` counts them). */
export function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
