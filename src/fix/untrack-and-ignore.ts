import { fileFixOf } from '../rules/lib/file-fix';
import { dotenvKind, parseDotenv } from '../rules/lib/dotenv-names';
import { isPasswordKeyName, isSecretKeyName } from '../rules/lib/env-keys';
import { PLACEHOLDER } from './dotenv-template-secret';
import { dirOf } from './idiom';
import { holdsAnySecret, isSymfonyDotenv, modeFileFramework } from '../rules/dotenv-file';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';

/**
 * How a file that must not be committed is fixed: `git rm --cached` (the
 * local copy stays), an entry in the nearest `.gitignore`, and optionally a
 * template committed in its place. A rule opts in with one entry here.
 */
export interface UntrackAndIgnore {
  /** The template to write or extend beside the file, and the entries it gets; none when the file has no committed counterpart. */
  template?: (path: string, text: string) => { file: string; entries: TemplateEntry[] } | null;
  /**
   * Why this file must stay tracked after all, when it must (Symfony commits `.env` for its defaults; a file that
   * holds nothing secret is no leak). `read` gives another file of the tree (null when missing).
   */
  keep?: (path: string, text: string, read: (rel: string) => string | null | undefined) => string | null;
  /** The same, told from the path alone: the file is never opened (a key store, a database). */
  keepByName?: (path: string) => string | null;
  /** Which of the rule's findings are whole files to untrack, when not all are (the others have an edit of their own). */
  appliesTo?: (path: string) => boolean;
}

export interface TemplateEntry {
  key: string;
  /** A placeholder; never a value from the file. */
  value: string;
}

export const UNTRACK_AND_IGNORE: Record<string, UntrackAndIgnore> = {
  'dotenv-file': { template: dotenvTemplate, keep: dotenvStays },
  // Key files, credential stores, state and databases leave the index as they are; no template stands in for them.
  'secret-file': { keepByName: projectSettings },
  // A `.git-credentials` file is a credential store as a whole; a URL in `.gitmodules` loses only its token (git-credentials.ts).
  'git-credentials': { appliesTo: (path) => path === '.git-credentials' || path.endsWith('/.git-credentials') },
};

/**
 * A project's `.npmrc` and `gradle.properties` hold settings the repository needs: the secret is edited out, not the
 * file untracked.
 */
function projectSettings(path: string): string | null {
  if (fileFixOf({ ruleId: 'secret-file', path }) !== 'edit') return null;
  return path.toLowerCase().endsWith('gradle.properties')
    ? "a project's `gradle.properties` carries build settings the repository needs: move the signing passwords to `~/.gradle/gradle.properties`, or to the CI's secrets as `ORG_GRADLE_PROJECT_<name>` variables"
    : 'a project `.npmrc` carries settings the repository needs: replace the token with `${NPM_TOKEN}` and set that variable in CI and locally';
}

/**
 * `.env`, `.env.local`, `.env.production` → `.env.example` beside them;
 * `prod.env` → `prod.env.example`. `.envrc` and `.flaskenv` have no template.
 */
function dotenvTemplate(path: string, text: string): { file: string; entries: TemplateEntry[] } | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dir = dirOf(path);
  const lower = name.toLowerCase();
  let template: string;
  if (lower === '.env' || lower.startsWith('.env.')) template = '.env.example';
  else if (/^[^.].*\.env$/i.test(name)) template = `${name}.example`;
  else return null;
  if (dotenvKind(template) !== 'template') return null;
  const seen = new Set<string>();
  const entries: TemplateEntry[] = [];
  for (const e of parseDotenv(text)) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    entries.push({ key: e.key, value: placeholderFor(e.key, e.value) });
  }
  return { file: dir ? `${dir}/${template}` : template, entries };
}

/**
 * A placeholder that says what belongs there without any of the file's
 * values: `change-me` for secrets, the shape of a URL with credentials
 * (its scheme only), empty for the rest. A value that says nothing but a
 * setting (`5432`, `true`, `localhost`, `development`, `info`) is kept, so
 * a copy of the template runs with typed settings; an empty one stays empty.
 */
function placeholderFor(key: string, value: string): string {
  const v = value.trim();
  if (v === '') return '';
  const url = /^([a-z][a-z0-9+.\-]*):\/\/[^/@\s]*:[^/@\s]*@/i.exec(v);
  if (url) return `${url[1]!.toLowerCase()}://user:${PLACEHOLDER}@localhost/`;
  if (isSecretKeyName(key) || isPasswordKeyName(key)) return PLACEHOLDER;
  return PLAIN_SETTING.test(v) ? v : '';
}

/** Values that hold no secret whatever their key: a port or count, a flag, a local host, an environment's or log level's name. */
const PLAIN_SETTING = /^(?:\d{1,6}|true|false|yes|no|on|off|localhost|127\.0\.0\.1|0\.0\.0\.0|development|production|staging|test|testing|local|dev|prod|debug|info|warn|warning|error)$/i;

/**
 * A dotenv file that stays tracked: one that holds nothing secret (untracking it would only break what loads
 * it: a compose `env_file`, a test setup, Vite's mode files), and Symfony's own `.env`, committed by design, whose
 * fix is to move real values to `.env.local`, by hand. Symfony is told by the file's own markers, or by the
 * project's `composer.json` requiring the component that loads it (`Dotenv::loadEnv` fails without the file).
 */
function dotenvStays(path: string, text: string, read: (rel: string) => string | null | undefined): string | null {
  if (!holdsAnySecret(text, PUBLIC_ENV_PREFIXES)) return 'nothing in it looks secret, so it stays tracked: keep real values out of it';
  if (/\.local$/i.test(path)) return null;
  // A file of another name is one a compose file loads with `env_file:` (dotenv-file's tree check): untracking it
  // breaks `docker compose up` in a fresh clone.
  if (dotenvKind(path.slice(path.lastIndexOf('/') + 1)) === null) {
    return 'a compose file loads it with `env_file:`, so untracking it breaks `docker compose up` in a fresh clone: move the real values to an ignored file listed after it (`- path: …` with `required: false`), leave placeholders here, and rotate them';
  }
  // React Native versions `ios/.xcode.env` for Xcode's build phases; `.xcode.env.local` beside it is the private one.
  if (path === '.xcode.env' || path.endsWith('/.xcode.env')) return 'React Native versions `.xcode.env` for Xcode: move the secret to `.xcode.env.local` beside it (ignored), which Xcode sources after it, and rotate it';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const framework = modeFileFramework(name, text);
  if (framework !== null && !isSymfonyDotenv(name, text)) {
    return `${framework} commits this file for its defaults: move the real values to \`${name}.local\` (ignored), which it reads over this one, leave placeholders here, and rotate them`;
  }
  if (!isSymfonyDotenv(name, text) && !symfonyProject(path, read)) return null;
  return 'Symfony commits this file for its defaults: move the real values to `.env.local` (ignored) or `bin/console secrets:set`, leave placeholders here, and rotate them';
}

/** Whether the `composer.json` beside the file (or at the root) requires what makes Symfony load `.env`. */
function symfonyProject(path: string, read: (rel: string) => string | null | undefined): boolean {
  const dir = dirOf(path);
  for (const c of dir ? [`${dir}/composer.json`, 'composer.json'] : ['composer.json']) {
    const text = read(c);
    if (typeof text === 'string') return /"symfony\/(?:dotenv|runtime|framework-bundle)"\s*:/.test(text);
  }
  return false;
}

/** Keys a dotenv template already lists. */
export function templateKeys(text: string): Set<string> {
  return new Set(parseDotenv(text).map((e) => e.key));
}
