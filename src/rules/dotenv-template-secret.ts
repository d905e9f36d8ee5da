import type { RawFinding, Rule } from './types';
import { dotenvKind, isEnvReference, parseDotenv } from './lib/dotenv-names';
import { isIdentifierName, isKeyShapedName, isPublicIdName, isSecretKeyName } from './lib/env-keys';
import { urlCredentials } from './lib/git-files';
import {
  isDottedName,
  isEmailAddress,
  isKnownTokenValue,
  isPatternedValue,
  isPublishedDevelopmentKey,
  isRandomHex,
  looksLikeSecret,
} from './lib/secret-value';

/** Twilio account SIDs (`AC` + 32 hex) identify an account; they are not credentials. */
const TWILIO_ACCOUNT_SID = /^AC[0-9a-f]{32}$/;

/**
 * Whether a template value looks like a real secret: a known token format
 * anywhere; otherwise not an interpolation (`${X}`, `%env(X)%`), a
 * pattern (`0123456789abcdef…`) or a dotted name
 * (`django.db.backends.postgresql`), and not under an identifier or public-id name
 * (`TWILIO_ACCOUNT_SID`, `STRIPE_PUBLISHABLE_KEY`); otherwise long and
 * random, or 32 or 40 random hex digits under a `*_SECRET`, `*_TOKEN` or
 * `*_KEY` name (OAuth client secrets, Symfony's `APP_SECRET`). Outside a
 * URL, randomness counts only under a name that says secret: a template
 * shows model names (`openai/gpt-oss-120b`), addresses and hosts as they are.
 */
function looksReal(key: string, value: string, inUrl: boolean): boolean {
  if (isPublishedDevelopmentKey(value)) return false;
  if (isKnownTokenValue(value)) return true;
  if (isEnvReference(value) || isPatternedValue(value) || isDottedName(value) || isEmailAddress(value)) return false;
  if (!inUrl && (isIdentifierName(key) || isPublicIdName(key) || TWILIO_ACCOUNT_SID.test(value))) return false;
  if (!inUrl && !isSecretKeyName(key) && !isKeyShapedName(key)) return false;
  if (looksLikeSecret(value)) return true;
  return !inUrl && isKeyShapedName(key) && isRandomHex(value, [32, 40]);
}

export const dotenvTemplateSecret: Rule = {
  meta: {
    id: 'dotenv-template-secret',
    title: 'Real-looking secret in a dotenv template',
    severity: 'warning',
    policy: 'secret',
    why:
      'Templates such as `.env.example` are meant to be committed, so they must hold placeholders. A value that looks ' +
      'like a real key (long and random, 32 or 40 random hex digits under a `*_SECRET`, `*_TOKEN` or `*_KEY` name, or a ' +
      'known token format) was most likely copied from a real `.env`. Account and public identifiers ' +
      '(`TWILIO_ACCOUNT_SID`, `STRIPE_PUBLISHABLE_KEY`, `RECAPTCHA_SITE_KEY`) are not secrets.',
    fix: 'Replace the value with a placeholder (`SECRET_KEY=change-me`) or leave it empty, and rotate the real key if it was one.',
    examples: [
      { file: '.env.example', flagged: 'STRIPE_SECRET_KEY=sk_live_… (a live key: sk_live_ + 24 or more letters and digits)', clean: 'STRIPE_SECRET_KEY=sk_live_xxx' },
    ],
  },
  checkFile(file) {
    if (file.status === 'ignored' || dotenvKind(file.name) !== 'template' || file.text === null) return [];
    const found: RawFinding[] = [];
    for (const e of parseDotenv(file.text)) {
      // In a URL only the password is judged: `postgres://user:password@localhost` is a placeholder.
      const cred = urlCredentials(e.value)[0];
      const value = cred ? cred.value : e.value;
      const column = e.column + (cred ? cred.start : 0);
      if (!looksReal(e.key, value, cred !== undefined)) continue;
      found.push({
        line: e.line,
        column,
        endColumn: column + value.length,
        message: `\`${e.key}\` in the template \`${file.name}\` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key.`,
        secret: value,
        key: e.key,
      });
    }
    return found;
  },
};
