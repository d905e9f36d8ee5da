/**
 * Control characters shown as visible escapes, so a scanned name or a message
 * quoting one cannot start a new line in a terminal or a CI log (where a line
 * starting with `::` is a workflow command). `keepTabs`: a tab stays one (a
 * diff's lines of Go, Java or PHP code are indented with them; a tab starts
 * no line).
 */
export function printable(s: string, keepTabs = false): string {
  return s.replace(keepTabs ? /[\u0000-\u0008\u000a-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
