import type { Rule } from './types';
import { dotenvFile } from './dotenv-file';
import { dotenvTemplateSecret } from './dotenv-template-secret';
import { hardcodedSecretKey } from './hardcoded-secret-key';
import { secretKeyFallback } from './secret-key-fallback';
import { gitEmbeddedRepo } from './git-embedded-repo';
import { gitInternals } from './git-internals';
import { gitCredentials } from './git-credentials';
import { unusedSuppression } from './unused-suppression';
import { knownToken } from './known-token';
import { secretFile } from './secret-file';

/** Every rule, in the order `--list-rules` shows them. */
export const RULES: readonly Rule[] = [
  dotenvFile,
  dotenvTemplateSecret,
  hardcodedSecretKey,
  secretKeyFallback,
  gitEmbeddedRepo,
  gitInternals,
  gitCredentials,
  secretFile,
  // After the rules that know the context of a value, so theirs is the finding kept for a shared span.
  knownToken,
  unusedSuppression,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
