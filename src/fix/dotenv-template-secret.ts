import type { TemplateValue } from './locate';
import type { Draft } from './draft';
import { replace } from './source';

/** What a template shows instead of a secret: obviously not one, and leakproof's own rules take it for a placeholder. */
export const PLACEHOLDER = 'change-me';

/**
 * `dotenv-template-secret`: the real-looking value (or a URL's password)
 * becomes a placeholder. Safe: a template is documentation, nothing reads it.
 */
export function planPlaceholder(text: string, lineStart: number, t: TemplateValue): Draft {
  const start = lineStart + t.column - 1;
  if (text.slice(start, start + t.value.length) !== t.value) return { refused: 'the value is not where the scan found it' };
  return {
    title: `put a placeholder in place of the value of ${t.key}${t.inUrl ? "'s password" : ''}`,
    edits: [replace(start, start + t.value.length, PLACEHOLDER)],
    followUp: [`If the value of ${t.key} was a real ${t.inUrl ? 'password' : 'key'}, rotate it: it stays in git history.`],
  };
}
