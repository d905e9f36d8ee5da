import type { TemplateValue } from './locate';
import type { Draft } from './draft';
import { replace } from './source';
import type { Remedy } from '../core/types';

/** What a template shows instead of a secret: obviously not one, and leakproof's own rules take it for a placeholder. */
export const PLACEHOLDER = 'change-me';

/**
 * `dotenv-template-secret`: the real-looking value (or a URL's password)
 * becomes a placeholder. Safe: a template is documentation, nothing reads it.
 */
export function planPlaceholder(text: string, lineStart: number, t: TemplateValue, remedy?: Remedy): Draft {
  const start = lineStart + t.column - 1;
  if (text.slice(start, start + t.value.length) !== t.value) return { refused: 'the value is not where the scan found it' };
  if (remedy === 'empty-value') {
    // The application loads this file for its defaults: a placeholder would be the value it runs on. Emptied, the
    // setting is unset wherever the environment does not set it, which the application's own check can refuse.
    return {
      title: `empty the value of ${t.key}${t.inUrl ? "'s password" : ''}: the app loads this file at run time, so a placeholder would be the value it runs on`,
      edits: [replace(start, start + t.value.length, '')],
      followUp: [
        `Set ${t.key} wherever the app runs; this file no longer gives it a value.`,
        `If a deployment ever ran on the value of ${t.key} in this file, rotate it: it is public in the repository.`,
      ],
    };
  }
  return {
    title: `put a placeholder in place of the value of ${t.key}${t.inUrl ? "'s password" : ''}`,
    edits: [replace(start, start + t.value.length, PLACEHOLDER)],
    followUp: [`If the value of ${t.key} was a real ${t.inUrl ? 'password' : 'key'}, rotate it: it stays in git history.`],
  };
}
