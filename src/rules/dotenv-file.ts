import type { RawFinding, Rule } from './types';
import { dotenvKind, parseDotenv } from './lib/dotenv-names';
import { isPublicKey, isSecretKeyName } from './lib/env-keys';
import { looksLikeSecret } from './lib/secret-value';
import type { FileStatus } from '../engine/types';

const WHERE: Record<Exclude<FileStatus, 'ignored'>, string> = {
  tracked: 'is tracked by git',
  untracked: 'is not ignored by git, so the next `git add .` commits it',
  plain: 'is in the folder and ships with it',
};

export const dotenvFile: Rule = {
  meta: {
    id: 'dotenv-file',
    title: 'Dotenv file committed or shipped',
    severity: 'error',
    why:
      'Dotenv files (`.env`, `.env.production`, `prod.env`, `.envrc`) hold the real configuration of one machine: ' +
      'database passwords, API tokens, signing keys. Once committed they are in every clone and in history; in a ' +
      'deployment folder or Docker build context they ship with the image.',
    fix:
      'Remove it from git (`git rm --cached .env`), add it to `.gitignore`, rotate every secret it held, and commit a ' +
      '`.env.example` with the same keys and placeholder values instead.',
    examples: [
      { file: '.env', flagged: 'DATABASE_URL=postgres://app:hunter2@db/app', clean: '(listed in .gitignore)' },
      { file: '.env.example', flagged: '(templates are covered by dotenv-template-secret)', clean: 'DATABASE_URL=postgres://user:password@localhost/app' },
    ],
  },
  checkFile(file) {
    if (file.status === 'ignored' || dotenvKind(file.name) !== 'file') return [];
    const where = WHERE[file.status];
    if (file.text === null) {
      return [{ message: `\`${file.name}\` ${where}. Remove it and add it to .gitignore.`, key: 'file' }];
    }
    const entries = parseDotenv(file.text);
    const prefixes = file.settings.publicEnvPrefixes;
    const secretKeys = [...new Set(entries.filter((e) => e.value !== '' && (isSecretKeyName(e.key) || looksLikeSecret(e.value))).map((e) => e.key))];
    const allPublic =
      entries.every((e) => isPublicKey(e.key, prefixes)) && !entries.some((e) => looksLikeSecret(e.value));
    const finding: RawFinding = {
      message:
        `\`${file.name}\` ${where}` +
        (secretKeys.length > 0
          ? ` and holds secret-looking keys: ${secretKeys.slice(0, 10).join(', ')}${secretKeys.length > 10 ? `, and ${secretKeys.length - 10} more` : ''}. `
          : '. ') +
        (allPublic
          ? 'Every key is public by framework convention, so this is a notice; still, keep real dotenv files out of git.'
          : 'Remove it from git, add it to .gitignore, rotate its secrets and commit a `.env.example` instead.'),
      key: 'file',
    };
    if (allPublic) finding.severity = 'notice';
    return [finding];
  },
};
