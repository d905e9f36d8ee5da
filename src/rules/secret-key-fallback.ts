import type { Rule } from './types';
import { quoted } from './lib/example';
import { occurrenceContext, secretOccurrences } from './lib/secret-assignments';
import { weakness } from './lib/secret-value';

export const secretKeyFallback: Rule = {
  meta: {
    id: 'secret-key-fallback',
    title: 'Insecure fallback for a signing secret',
    severity: 'error',
    policy: 'secret',
    why:
      `A default such as \`os.getenv("SECRET_KEY", ${quoted('dev', '"')})\` or \`process.env.JWT_SECRET || ${quoted('secret', '"')}\` means a deployment that ` +
      'forgets to set the variable starts anyway, silently signing with a value that is public in the repository.',
    fix:
      'Drop the default and fail fast when the variable is missing (`os.environ["SECRET_KEY"]`, `ENV.fetch("SECRET_KEY_BASE")`, ' +
      '`${SECRET_KEY:?set SECRET_KEY}`). For local development, put the value in an ignored `.env` file instead.',
    examples: [
      { file: 'settings.py', flagged: `SECRET_KEY = os.getenv('SECRET_KEY', ${quoted('dev')})`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
      { file: 'auth.ts', flagged: `const secret = process.env.JWT_SECRET || ${quoted('secret')}`, clean: "const secret = process.env.JWT_SECRET ?? fail('JWT_SECRET')" },
      { file: 'docker-compose.yml', flagged: `- SECRET_KEY=\${SECRET_KEY:-${'changeme'}}`, clean: '- SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}' },
    ],
  },
  literals: (settings) => [settings.secretNames.fileWords],
  checkFile(file) {
    return secretOccurrences(file)
      .filter((o) => o.kind === 'fallback')
      .map((o) => {
        const weak = weakness(o.value);
        return {
          line: o.line,
          column: o.column,
          endColumn: o.endColumn,
          message:
            `\`${o.name}\` falls back to a hardcoded value (${o.via})` +
            (weak ? `, and the value is weak (${weak})` : '') +
            ' when the environment does not set it. Remove the default and fail when it is missing.' +
            (o.commentedOut ? ' (notice: commented out)' : ''),
          secret: o.value,
          key: o.name,
          ...occurrenceContext(o),
        };
      });
  },
};
