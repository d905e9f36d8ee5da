/**
 * The printable form of a secret: a short prefix (none for short values, so a
 * weak secret like "dev" is never spelled out), an ellipsis and the length.
 */
export function redact(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  const shown = n >= 16 ? 4 : n >= 8 ? 2 : 0;
  return `${chars.slice(0, shown).join('')}…(${n} chars)`;
}
