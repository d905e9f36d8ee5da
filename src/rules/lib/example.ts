/**
 * Quotes a value for a rule's documented example. The example is joined at
 * run time so the rule's own source holds no assignment or token that a scan
 * of this repository would report; `--explain` shows it whole.
 */
export function quoted(value: string, quote = "'"): string {
  return quote + value + quote;
}

/**
 * What the signing-secret rules (`hardcoded-secret-key`, `secret-key-fallback`)
 * do not catch yet: both reference pages list it.
 */
export const SIGNING_SECRET_LIMITS: readonly string[] = [
  "Defaults set by a later statement (`if not SECRET_KEY: SECRET_KEY = 'dev'`, Go's " +
    '`if secret == "" { secret = "dev" }`) when the variable does not carry a secret name: telling them apart ' +
    'needs data-flow analysis.',
  'Secrets passed to functions imported under another name ' +
    "(`import { sign } from 'jsonwebtoken'; sign(p, 'x')`): a bare `sign(` is too common to read as a JWT call.",
  "Signing-call arguments over several lines (`jwt.sign(\\n payload,\\n 'x'\\n)`) and triple-quoted Python strings.",
  'Commented-out assignments in code (Python, JavaScript…) are still read: a commented-out key is one edit away ' +
    'from being live, and it is in the history either way.',
  'Lines holding more than 16 secret names (minified bundles): only the first 16 are looked at, so the analysis ' +
    'stays linear on any input.',
  "AdonisJS's `appKey` (`config/app.ts`): an `appKey` in code is read as an SDK's public app id, so a literal " +
    "there is missed. AdonisJS's own templates read it with `env.get('APP_KEY')`, which is reported when it falls " +
    'back to a literal.',
  'Code shown in Markdown and reStructuredText files (fenced, indented or `code-block` sections of a README or the ' +
    'docs) is not read for signing secrets: documentation sets them to made-up values far more often than it leaks ' +
    "real ones. `known-token` still reads those files for private keys and providers' tokens.",
];
