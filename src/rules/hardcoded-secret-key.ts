import type { Rule } from './types';
import { quoted } from './lib/example';
import { occurrenceContext, secretOccurrences } from './lib/secret-assignments';
import { weakness } from './lib/secret-value';

export const hardcodedSecretKey: Rule = {
  meta: {
    id: 'hardcoded-secret-key',
    title: 'Hardcoded signing secret',
    severity: 'error',
    policy: 'secret',
    why:
      'A signing secret (Django/Flask SECRET_KEY, JWT secret, Rails secret_key_base, Laravel APP_KEY, session or cookie secret) ' +
      'written into code or config is readable by everyone who can read the repository, its forks and its build artifacts. ' +
      'With it they can forge sessions, password-reset links and tokens for any user.',
    fix:
      'Read the secret from the environment or a secret store (`os.environ["SECRET_KEY"]`, `process.env.JWT_SECRET`, ' +
      '`ENV.fetch("SECRET_KEY_BASE")`, `${{ secrets.SECRET_KEY }}`) and fail at start-up when it is missing. ' +
      'Then rotate the key: the committed value stays in git history.',
    examples: [
      { file: 'settings.py', flagged: `SECRET_KEY = ${quoted('django-insecure-9f#x!2k')}`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
      { file: 'app.js', flagged: `const JWT_SECRET = ${quoted('supersecret')}`, clean: 'const JWT_SECRET = process.env.JWT_SECRET' },
      { file: 'config/secrets.yml', flagged: `secret_key_base: ${'3b7cd727ee24e8444053437c36cc66c3'}`, clean: 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
    ],
  },
  literals: (settings) => [settings.secretNames.fileWords],
  checkFile(file) {
    return secretOccurrences(file)
      .filter((o) => o.kind === 'hardcoded')
      .map((o) => {
        const weak = weakness(o.value);
        return {
          line: o.line,
          column: o.column,
          endColumn: o.endColumn,
          message:
            (o.subject ? `The ${o.subject} is a hardcoded ${o.via}` : `\`${o.name}\` is set to a hardcoded ${o.via}`) +
            (weak ? `, and the value is weak (${weak})` : '') +
            '. Read it from the environment or a secret store, then rotate it.' +
            (o.commentedOut ? ' (notice: commented out)' : ''),
          secret: o.value,
          key: o.name,
          ...occurrenceContext(o),
        };
      });
  },
};
