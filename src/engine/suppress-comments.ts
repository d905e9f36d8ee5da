import { redact } from './redact';
import { looksLikeSecret } from '../rules/lib/secret-value';
import type { Line } from '../core/text';
import type { FileStatus } from '../core/types';

export const DIRECTIVE = 'leakproof-ignore';
export const NEXT_LINE = '-next-line';
/** Comment openers, longest first so `<!--` wins over `--`. */
const MARKERS = ['<!--', '//', '/*', '--', '#', ';'] as const;
const MAX_REASON = 200;

/** One `leakproof-ignore` comment. */
export interface SuppressionComment {
  /** 1-based line and column of the comment opener. */
  line: number;
  column: number;
  nextLine: boolean;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  reason?: string;
  /**
   * Whether it may be reported as unused. False when the scan looked at only
   * part of the file (a diff) and the comment or its target lay outside it.
   */
  reportable: boolean;
}

export interface FileComments {
  path: string;
  status: FileStatus;
  comments: SuppressionComment[];
}

/** Prose files only document these comments; only an HTML comment there is a real one. */
const PROSE = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;

/**
 * Finds the suppression comments of one file: a comment opener, then
 * `leakproof-ignore` or `leakproof-ignore-next-line`, then optional rule ids,
 * then an optional `-- reason`. One comment per line; linear in the text.
 */
export function findSuppressionComments(
  path: string,
  lines: readonly Line[],
  keepLine?: (line: number) => boolean,
): SuppressionComment[] {
  const prose = PROSE.test(path);
  const byLine = new Map<number, SuppressionComment>();
  for (const l of lines) {
    if (byLine.has(l.number) || !l.text.includes(DIRECTIVE)) continue;
    const c = parseLine(l.text, prose);
    if (!c) continue;
    const target = c.nextLine ? l.number + 1 : l.number;
    byLine.set(l.number, {
      ...c,
      line: l.number,
      column: l.offset + c.column,
      reportable: !keepLine || (keepLine(l.number) && keepLine(target)),
    });
  }
  return [...byLine.values()];
}

type Parsed = Omit<SuppressionComment, 'line' | 'reportable'>;

function parseLine(text: string, prose: boolean): Parsed | null {
  for (let i = text.indexOf(DIRECTIVE); i >= 0; i = text.indexOf(DIRECTIVE, i + 1)) {
    const marker = markerBefore(text, i);
    if (!marker || (prose && marker.opener !== '<!--')) continue;
    let rest = text.slice(i + DIRECTIVE.length);
    const nextLine = rest.startsWith(NEXT_LINE);
    if (nextLine) rest = rest.slice(NEXT_LINE.length);
    if (!(rest === '' || /^\s/.test(rest) || rest.startsWith('*/') || rest.startsWith('-->'))) continue;
    const close = marker.opener === '/*' ? rest.indexOf('*/') : marker.opener === '<!--' ? rest.indexOf('-->') : -1;
    if (close >= 0) rest = rest.slice(0, close);
    const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
    const idsText = sep ? rest.slice(0, sep.index) : rest;
    // Scrubbed whole before it is cut, so a secret at the cut is never left half shown.
    const reason = sep ? scrubReason(rest.slice(sep.index + sep[0].length).trim()).slice(0, MAX_REASON).trimEnd() : '';
    const parsed: Parsed = {
      column: marker.start + 1,
      nextLine,
      rules: idsText.split(/[\s,]+/).filter((s) => s.length > 0),
    };
    if (reason) parsed.reason = reason;
    return parsed;
  }
  return null;
}

/**
 * A reason is free text from a scanned file and goes into every report:
 * anything in it that looks like a secret is shown redacted, like a finding.
 */
export function scrubReason(reason: string): string {
  return reason.replace(/[^\s'"`,;()]+/g, (word) => (looksLikeSecret(word) ? redact(word) : word));
}

/**
 * The comment opener right before the directive (spaces allowed between).
 * The opener must start the line or follow a character that cannot precede a
 * comment inside a string or word, so `"# leakproof-ignore"` in code is text.
 */
function markerBefore(text: string, at: number): { opener: string; start: number } | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let opener: string | undefined;
  let start = -1;
  // `/** … */` opens a block comment too.
  let stars = end;
  while (stars > 0 && text[stars - 1] === '*') stars--;
  if (stars < end && stars > 0 && text[stars - 1] === '/') {
    opener = '/*';
    start = stars - 1;
  } else {
    for (const m of MARKERS) {
      if (end >= m.length && text.startsWith(m, end - m.length)) {
        opener = m;
        start = end - m.length;
        break;
      }
    }
  }
  if (!opener) return null;
  if (start > 0 && !/[\s;,(){}[\]*/<>!=+|&-]/.test(text[start - 1]!)) return null;
  return { opener, start };
}

