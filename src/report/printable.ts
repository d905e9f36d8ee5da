/**
 * Control characters shown as visible escapes, so a scanned name or a message
 * quoting one cannot start a new line in a terminal or a CI log (where a line
 * starting with `::` is a workflow command).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
