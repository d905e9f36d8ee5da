import * as core from '@actions/core';
import type { Finding, ScanResult } from '../engine/types';
import type { RuleSettings } from '../rules/types';
import { planFixes } from '../fix/plan';
import { materialize } from '../fix/materialize';
import { FolderWorkspace } from '../fix/workspace';
import type { Fix, FixPlan } from '../fix/types';
import { diffLines, hunks, toLines } from '../report/diff';
import { fixDiff, orderFollowUp, planRedactor } from '../report/fix';
import { esc, inlineCode } from '../report/markdown';
import { printable } from './log';
import { createReview, type ReviewComment } from './rest';
import type { EventInfo } from './event';

/** One suggested change: the lines it replaces on the pull request's head, and what replaces them. */
export interface Suggestion extends ReviewComment {
  fix: Fix;
}

export interface SuggestionPlan {
  /** Fixes every hunk of which can be a suggestion: all their lines are in the diff, none holds a secret. */
  suggestions: Suggestion[];
  /** Fixes that cannot be suggested on the lines (a hunk outside the diff): the summary shows their diff. */
  elsewhere: Fix[];
}

/** The lines of `text` in a fence longer than any run of backticks in it (a last empty line stays a line). */
function fence(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text}\n${f}`;
}

/**
 * Turns each fix that edits existing lines into GitHub suggested changes,
 * one per changed block: the block's lines (an insertion takes the line
 * above it along) replaced by the fixed ones. A fix is suggested whole or
 * not at all: a partial one (the literal replaced without its `import os`)
 * would break the code.
 */
export function buildSuggestions(
  plan: Pick<FixPlan, 'snapshot' | 'fixes'>,
  onDiff: (path: string, line: number) => boolean,
  pathPrefix: string,
  /** Every raw value the scan found: no suggestion may carry one, not even on a line it only keeps. */
  found: readonly string[] = [],
): SuggestionPlan {
  const out: SuggestionPlan = { suggestions: [], elsewhere: [] };
  const secrets = [...plan.fixes.flatMap((f) => f.secrets), ...found].filter((s) => s.length >= 4);
  for (const fix of plan.fixes) {
    if (fix.edits.length === 0 || fix.untrack.length + fix.example.length > 0) continue;
    const { changes } = materialize(plan, [fix]);
    const parts: Suggestion[] = [];
    let ok = true;
    for (const c of changes) {
      if (c.local || c.before === null) continue;
      const before = toLines(c.before);
      for (const h of hunks(diffLines(before, toLines(c.after)), 0)) {
        const added = h.lines.filter((l) => l.op === '+').map((l) => l.text);
        let start = h.oldStart;
        let end = h.oldStart + h.oldCount - 1;
        let body = added;
        if (h.oldCount === 0) {
          // An insertion: suggest it on the line above (or below, at the top of the file), which it keeps.
          if (h.oldStart >= 1) {
            start = end = h.oldStart;
            body = [before[h.oldStart - 1]!, ...added];
          } else {
            start = end = 1;
            body = [...added, before[0] ?? ''];
          }
        }
        const lines = Array.from({ length: end - start + 1 }, (_, i) => start + i);
        const text = body.join('\n');
        if (!lines.every((n) => onDiff(c.path, n)) || secrets.some((s) => text.includes(s))) ok = false;
        parts.push({ fix, path: pathPrefix + c.path, line: end, ...(start < end ? { start_line: start } : {}), body: text });
      }
    }
    if (!ok || parts.length === 0) {
      out.elsewhere.push(fix);
      continue;
    }
    parts.forEach((p, i) => {
      const head = `**leakproof** · \`${fix.ruleId}\` · ${fix.applicability === 'safe' ? 'safe fix' : 'unsafe fix: it changes what the code does'}: ${inlineCode(fix.title)}`;
      const together = parts.length > 1 ? `\n\nPart ${i + 1} of ${parts.length} of this fix: apply them together (add each to a batch).` : '';
      const after = i === parts.length - 1 && fix.followUp.length > 0 ? `\n\n${fix.followUp.map((l) => `- ${inlineCode(l)}`).join('\n')}` : '';
      out.suggestions.push({ ...p, body: `${head}${together}\n\n${fence(p.body, 'suggestion')}${after}` });
    });
  }
  return out;
}

/** The same changes as Markdown for the job summary, every secret redacted. */
export function suggestionsMarkdown(plan: Pick<FixPlan, 'snapshot' | 'fixes'>, fixes: readonly Fix[], why: string): string {
  const red = planRedactor(plan);
  const lines = ['### leakproof: suggested fixes', '', `> [!NOTE]\n> ${esc(why)}`, ''];
  for (const fix of fixes) {
    const at = `${fix.finding.path}${fix.finding.line !== undefined ? `:${fix.finding.line}` : ''}`;
    lines.push(`**${esc(at)}** · \`${fix.ruleId}\` · ${fix.applicability}: ${inlineCode(fix.title)}`, '');
    lines.push(fence(fixDiff(plan, [], [fix], red).join('\n').replace(/\n+$/, ''), 'diff'), '');
  }
  const followUp = orderFollowUp(fixes.flatMap((f) => f.followUp));
  if (followUp.length > 0) lines.push('Then:', '', ...followUp.map((l) => `- ${inlineCode(red(l))}`), '');
  return lines.join('\n');
}

export interface SuggestRequest {
  result: ScanResult;
  pathPrefix: string;
  event: EventInfo;
  payload: unknown;
  rest?: { token: string; apiUrl: string; owner: string; repo: string };
  /** Whether a line of a path (relative to the scanned root) is in the pull request's diff; undefined when unknown. */
  onDiff?: (path: string, line: number) => boolean;
  settings: RuleSettings;
  /** Whether the job summary is written (else the diffs go to the log). */
  summary: boolean;
}

/** A pull request from a fork gets a read-only token: no review can be posted. */
export function isFork(payload: unknown): boolean {
  const pr = (payload as { pull_request?: { head?: { repo?: { full_name?: unknown; fork?: unknown } | null }; base?: { repo?: { full_name?: unknown } } } })?.pull_request;
  const head = pr?.head?.repo;
  if (head === null) return true;
  const base = pr?.base?.repo?.full_name;
  return head?.fork === true || (typeof head?.full_name === 'string' && typeof base === 'string' && head.full_name !== base);
}

/**
 * The Action's `suggestions` input: one review on the pull request with a
 * suggested change for each fix. Without write access (HTTP 403), on a
 * fork, or when the diff is not known, the step goes on and the job summary
 * shows the same diffs, with one notice saying why.
 */
export async function suggestFixes(req: SuggestRequest): Promise<void> {
  const pull = req.event.pull;
  if (!pull) {
    core.info('Suggestions are made on pull requests only.');
    return;
  }
  const active: Finding[] = req.result.findings.filter((f) => !f.suppressed && f.line !== undefined);
  const ws = new FolderWorkspace(req.result.root, req.result.mode);
  const plan = await planFixes(active, ws, { settings: req.settings, localKeys: false, found: req.result.secretValues });
  const onDiff = req.onDiff;
  const built = buildSuggestions(plan, onDiff ?? (() => false), req.pathPrefix, req.result.secretValues);
  const all = [...built.suggestions.map((s) => s.fix), ...built.elsewhere].filter((f, i, a) => a.indexOf(f) === i);
  if (all.length === 0) {
    core.info('No finding on the changed lines has an automatic fix to suggest.');
    return;
  }
  const fallback = async (why: string, fixes: readonly Fix[]) => {
    core.notice(`leakproof: ${printable(why)}`);
    const md = suggestionsMarkdown(plan, fixes, why);
    if (req.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md, true).write();
    else core.info(md);
  };
  if (!onDiff) return fallback('the lines this pull request changes are not known, so no suggested change was posted; the job summary shows the fixes as diffs.', all);
  if (isFork(req.payload)) {
    return fallback('suggested changes are not posted on pull requests from forks, whose token cannot write to the pull request; the job summary shows the same changes as diffs.', all);
  }
  if (!req.rest?.token) return fallback('no token was given, so no suggested change was posted; the job summary shows the same changes as diffs.', all);
  if (built.suggestions.length > 0) {
    const fixes = [...new Set(built.suggestions.map((s) => s.fix))];
    const unsafe = fixes.filter((f) => f.applicability === 'unsafe').length;
    const body =
      `**leakproof** suggests ${fixes.length === 1 ? 'a fix' : `${fixes.length} fixes`} for secrets on the lines this pull request changes` +
      `${unsafe > 0 ? ` (${unsafe} unsafe: the code then needs the variable to start)` : ''}. ` +
      'The old values are in the history of this branch: rotate them as well.';
    try {
      await createReview({
        ...req.rest,
        number: pull.number,
        ...(pull.headSha ? { commitId: pull.headSha } : {}),
        body,
        comments: built.suggestions.map(({ fix: _fix, ...c }) => c),
      });
      core.info(`Posted a review with ${built.suggestions.length} suggested ${built.suggestions.length === 1 ? 'change' : 'changes'}.`);
    } catch (e) {
      const status = (e as { status?: number }).status;
      const why =
        status === 403
          ? 'the token cannot write to this pull request (HTTP 403), so no suggested change was posted: grant `pull-requests: write` to the job. The job summary shows the same changes as diffs.'
          : `GitHub did not accept the review (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)}); the job summary shows the same changes as diffs.`;
      return fallback(why, all);
    }
  }
  if (built.elsewhere.length > 0) {
    await fallback(`${built.elsewhere.length === 1 ? 'a fix touches' : `${built.elsewhere.length} fixes touch`} lines outside this pull request's diff, so ${built.elsewhere.length === 1 ? 'it is' : 'they are'} shown in the job summary instead.`, built.elsewhere);
  }
}
