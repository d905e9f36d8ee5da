/**
 * Quotes a value for a rule's documented example. The example is joined at
 * run time so the rule's own source holds no assignment or token that a scan
 * of this repository would report; `--explain` shows it whole.
 */
export function quoted(value: string, quote = "'"): string {
  return quote + value + quote;
}
