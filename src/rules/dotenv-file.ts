import type { RawFinding, Rule } from './types';
import { dotenvKind, parseDotenv, type DotenvEntry } from './lib/dotenv-names';
import { isPublicKey, isSecretKeyName } from './lib/env-keys';
import { looksLikeSecret } from './lib/secret-value';
import type { FileStatus } from '../engine/types';

type Reported = Exclude<FileStatus, 'ignored'>;

const WHERE: Record<Reported, string> = {
  tracked: 'is tracked by git',
  untracked: 'is not ignored by git, so the next `git add .` commits it',
  plain: 'is in the folder and ships with it',
};

/** What to do next, which depends on where the file is. */
function advice(status: Reported, path: string): string {
  switch (status) {
    case 'tracked':
      return `Run \`git rm --cached ${path}\`, add it to .gitignore, rotate its secrets and commit a \`.env.example\` instead.`;
    case 'untracked':
      return 'Add it to .gitignore (and commit a `.env.example` with placeholder values instead).';
    case 'plain':
      return 'Leave it out of what you ship (e.g. list it in .dockerignore) and pass the values as environment variables.';
  }
}

const MAX_KEYS_NAMED = 10;

/** Keys worth naming: a secret by name (unless public by convention), or a value that looks like one. */
function secretLookingKeys(entries: readonly DotenvEntry[], publicPrefixes: readonly string[]): string[] {
  const keys = entries
    .filter((e) => e.value !== '')
    .filter((e) => looksLikeSecret(e.value) || (isSecretKeyName(e.key) && !isPublicKey(e.key, publicPrefixes)))
    .map((e) => e.key);
  return [...new Set(keys)];
}

function namedKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_NAMED).join(', ');
  return keys.length > MAX_KEYS_NAMED ? `${shown}, and ${keys.length - MAX_KEYS_NAMED} more` : shown;
}

export const dotenvFile: Rule = {
  meta: {
    id: 'dotenv-file',
    title: 'Dotenv file committed or shipped',
    severity: 'error',
    policy: 'secret',
    why:
      'Dotenv files (`.env`, `.env.production`, `prod.env`, `.envrc`) hold the real configuration of one machine: ' +
      'database passwords, API tokens, signing keys. Once committed they are in every clone and in history; in a ' +
      'deployment folder or Docker build context they ship with the image.',
    fix:
      'Remove it from git (`git rm --cached .env`), add it to `.gitignore`, rotate every secret it held, and commit a ' +
      '`.env.example` with the same keys and placeholder values instead. In a deployment folder, leave it out of what ' +
      'you ship and pass the values as environment variables.',
    examples: [
      { file: '.env', flagged: 'DATABASE_URL=postgres://app:hunter2@db/app', clean: '(listed in .gitignore)' },
      { file: '.env.example', flagged: '(templates are covered by dotenv-template-secret)', clean: 'DATABASE_URL=postgres://user:password@localhost/app' },
    ],
  },
  checkFile(file) {
    if (file.status === 'ignored' || dotenvKind(file.name) !== 'file') return [];
    const status = file.status;
    const subject = `\`${file.name}\` ${WHERE[status]}`;
    if (file.text === null) {
      return [{ message: `${subject}. ${advice(status, file.path)}`, key: 'file' }];
    }
    const entries = parseDotenv(file.text);
    const prefixes = file.settings.publicEnvPrefixes;
    const secretKeys = secretLookingKeys(entries, prefixes);
    const allPublic = entries.every((e) => isPublicKey(e.key, prefixes)) && !entries.some((e) => looksLikeSecret(e.value));
    const holds = secretKeys.length > 0 ? `; it holds secret-looking keys: ${namedKeys(secretKeys)}` : '';
    const finding: RawFinding = {
      message: allPublic
        ? `${subject}. Every key is public by framework convention, so this is a notice; still, keep real dotenv files out of git and out of what you ship.`
        : `${subject}${holds}. ${advice(status, file.path)}`,
      key: 'file',
    };
    if (allPublic) finding.severity = 'notice';
    return [finding];
  },
};
