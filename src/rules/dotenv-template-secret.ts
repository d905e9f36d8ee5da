import type { Rule } from './types';
import { dotenvKind, parseDotenv } from './lib/dotenv-names';
import { looksLikeSecret } from './lib/secret-value';

export const dotenvTemplateSecret: Rule = {
  meta: {
    id: 'dotenv-template-secret',
    title: 'Real-looking secret in a dotenv template',
    severity: 'warning',
    why:
      'Templates such as `.env.example` are meant to be committed, so they must hold placeholders. A value that looks ' +
      'like a real key (long and random, or a known token format) was most likely copied from a real `.env`.',
    fix: 'Replace the value with a placeholder (`SECRET_KEY=change-me`) or leave it empty, and rotate the real key if it was one.',
    examples: [
      { file: '.env.example', flagged: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', clean: 'STRIPE_SECRET_KEY=sk_live_xxx' },
    ],
  },
  checkFile(file) {
    if (file.status === 'ignored' || file.text === null || dotenvKind(file.name) !== 'template') return [];
    return parseDotenv(file.text)
      .filter((e) => looksLikeSecret(e.value))
      .map((e) => ({
        line: e.line,
        column: e.column,
        endColumn: e.column + e.value.length,
        message: `\`${e.key}\` in the template \`${file.name}\` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key.`,
        secret: e.value,
        key: e.key,
      }));
  },
};
