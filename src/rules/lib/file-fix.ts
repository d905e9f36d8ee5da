import { secretFileKindByName } from './secret-file-names';

/**
 * How a finding about a whole file is fixed (for `leakproof fix`):
 * `untrack-and-ignore` removes the file from the index (`git rm --cached`),
 * adds it to `.gitignore` and keeps the local copy, as for a dotenv file;
 * `edit` takes the secret out of a file that is meant to be committed (a
 * project's `.npmrc` holds registry settings, and its token belongs in
 * `${NPM_TOKEN}`; a project's `gradle.properties` holds build settings, and
 * its signing passwords belong in `~/.gradle/gradle.properties`).
 */
export type FileFix = 'untrack-and-ignore' | 'edit';

/** The fix for a finding, or null when it is not about a file that should leave the repository. */
export function fileFixOf(finding: { ruleId: string; path: string }): FileFix | null {
  if (finding.ruleId === 'dotenv-file') return 'untrack-and-ignore';
  if (finding.ruleId === 'secret-file') return keepsFile(finding.path) ? 'edit' : 'untrack-and-ignore';
  return null;
}

/**
 * Files that carry settings the repository needs besides their secret: a project's `.npmrc` and `gradle.properties`
 * (not Gradle's own `~/.gradle/gradle.properties`, which is where signing passwords belong, committed in dotfiles).
 */
function keepsFile(path: string): boolean {
  if (secretFileKindByName(path) === 'npmrc') return true;
  // Gradle's own file is `~/.gradle/gradle.properties` (`dot_gradle/` or `private_dot_gradle/` in chezmoi's source folder).
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase() === 'gradle.properties' && !/(?:^|\/)(?:\.|(?:private_)?dot_)gradle\/gradle\.properties$/i.test(path);
}
