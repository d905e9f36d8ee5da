import type { RawFinding, Rule } from './types';
import { dotenvKind, parseDotenv } from './lib/dotenv-names';
import { urlCredentials } from './lib/git-files';
import { looksLikeSecret } from './lib/secret-value';

export const dotenvTemplateSecret: Rule = {
  meta: {
    id: 'dotenv-template-secret',
    title: 'Real-looking secret in a dotenv template',
    severity: 'warning',
    policy: 'secret',
    why:
      'Templates such as `.env.example` are meant to be committed, so they must hold placeholders. A value that looks ' +
      'like a real key (long and random, or a known token format) was most likely copied from a real `.env`.',
    fix: 'Replace the value with a placeholder (`SECRET_KEY=change-me`) or leave it empty, and rotate the real key if it was one.',
    examples: [
      { file: '.env.example', flagged: 'STRIPE_SECRET_KEY=' + 'sk' + '_live_51H8xQeLkdIwHu7ixAbCdEf12', clean: 'STRIPE_SECRET_KEY=sk_live_xxx' },
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
      if (!looksLikeSecret(value)) continue;
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
