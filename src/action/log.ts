import { randomBytes } from 'node:crypto';
import { isPlaceholder } from '../rules/lib/secret-value';

export { printable } from '../report/printable';

/**
 * Wraps text made from scanned data in `stop-commands`, so nothing in it
 * (a file named `::error::…`) is taken as a workflow command.
 */
export function inert(text: string): string {
  const token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** Values shorter than this are not registered with the log masking: masking `dev` would blank every "dev" in the job log. */
export const MIN_MASKED_LENGTH = 8;

/**
 * The strings to register with the runner's log masking for these raw values:
 * each value and each line of a multi-line one, except short ones and
 * well-known placeholders (`changeme`, `keyboard cat`), which no report
 * prints raw anyway and whose masking would garble the log.
 */
export function maskable(values: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (v: string) => {
    if (v.length >= MIN_MASKED_LENGTH && !isPlaceholder(v)) out.add(v);
  };
  for (const v of values) {
    add(v);
    if (/[\r\n]/.test(v)) for (const line of v.split(/\r?\n|\r/)) add(line.trim());
  }
  return [...out];
}
