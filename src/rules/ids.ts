/**
 * Every rule's id, in the order of `RULES` (index.ts; a test holds the two
 * together). For what needs only the ids, without loading the rules: the
 * configuration's checks, the scan cache's key, a scan with nothing to check.
 */
export const RULE_IDS: readonly string[] = [
  'dotenv-file',
  'dotenv-template-secret',
  'hardcoded-secret-key',
  'secret-key-fallback',
  'git-embedded-repo',
  'git-internals',
  'git-credentials',
  'secret-file',
  'known-token',
  'unused-suppression',
];
