import { randomBytes } from 'node:crypto';

/** Control characters shown as escapes, so scanned names cannot start a new log line. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Wraps text made from scanned data in `stop-commands`, so nothing in it
 * (a file named `::error::…`) is taken as a workflow command.
 */
export function inert(text: string): string {
  const token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
