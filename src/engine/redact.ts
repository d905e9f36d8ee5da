/**
 * The printable form of a secret: a short prefix (none for short values, so a
 * weak secret like "dev" is never spelled out), an ellipsis and the length.
 */
export function redact(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  const shown = n >= 16 ? 4 : n >= 8 ? 2 : 0;
  return `${chars.slice(0, shown).join('')}…(${n} ${n === 1 ? 'char' : 'chars'})`;
}

/** A run of key alphabet long enough to be key material: base64, base64url or hex. */
const KEY_RUN = /[A-Za-z0-9+/=_-]{32,}/g;

/**
 * Redacts, in a line shown to people (the context lines of a fix's diff),
 * every run that looks like key material whether or not a rule reported it:
 * the lines of a PEM body after the first, a token no rule knows. A run
 * counts when it mixes letters and digits and is as varied as random keys
 * are (3.5 bits a character, 3 for hex); identifiers and words seldom hold
 * digits throughout 32 characters.
 */
export function redactKeyMaterial(line: string): string {
  return line.replace(KEY_RUN, (run) => (looksLikeKeyMaterial(run) ? redact(run) : run));
}

function looksLikeKeyMaterial(run: string): boolean {
  if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return false;
  const counts = new Map<string, number>();
  for (const c of run) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / run.length) * Math.log2(n / run.length);
  return bits >= (/^[0-9a-fA-F]+$/.test(run) ? 3 : 3.5);
}
