import { randomBytes } from 'node:crypto';

export { printable } from '../report/printable';

/**
 * Wraps text made from scanned data in `stop-commands`, so nothing in it
 * (a file named `::error::…`) is taken as a workflow command.
 */
export function inert(text: string): string {
  const token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
