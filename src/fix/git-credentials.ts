import { redact } from '../engine/redact';
import { authHeader, urlCredentials } from '../rules/lib/git-files';
import type { Draft } from './draft';
import type { SourceView } from './source';
import { replace } from './source';

/** What a credential in a URL is, once found again where the scan saw it. */
export interface UrlCredential {
  /**
   * What the diff must never show: the password, the user part and both together. A token may be the
   * user (`https://<token>:x-oauth-basic@github.com/…`, GitHub's documented form) while the rule reports
   * the password.
   */
  values: string[];
  draft: Draft;
}

/**
 * `git-credentials` in a git file's URL (`.gitmodules`, `.gitconfig`, a
 * copied git `config`): `https://user:token@host/org/repo.git` becomes
 * `https://host/org/repo.git`. Git then asks its credential helper, SSH or
 * the CI's token for that host, as it does for every other URL. Unsafe: a
 * fetch that relied on the embedded token now needs one of those.
 *
 * An `extraheader` line is left to a person, with the reason. Null when
 * the credential is no longer where the scan found it.
 */
export function findUrlCredential(view: SourceView, line: number, column: number, secret: string | undefined): UrlCredential | null {
  if (line < 1 || line > view.lineCount) return null;
  const text = view.lineText(line);
  const here = (u: { start: number; value: string }) => u.start + 1 === column && (secret === undefined || redact(u.value) === secret);
  const header = authHeader(text);
  if (header && here(header)) {
    return { values: [header.value], draft: { refused: 'the token is in an `extraheader` line: delete the line, and let the checkout pass its token at run time' } };
  }
  const c = urlCredentials(text).find(here);
  if (!c || text[c.end] !== '@') return null;
  // The user part starts right after the scheme's `://`: the user name goes with the token.
  const userinfo = text.lastIndexOf('://', c.start) + 3;
  const base = view.lineStart(line);
  const name = view.path.slice(view.path.lastIndexOf('/') + 1);
  const followUp = [`Revoke the token for ${c.host}: it stays in git history, in every clone.`];
  if (name === '.gitmodules') followUp.push('Run `git submodule sync` so each clone\'s `.git/config` takes the URL without the token.');
  followUp.push('Let git find the credential elsewhere: a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.');
  const user = text.slice(userinfo, c.start).replace(/:$/, '');
  return {
    values: [c.value, text.slice(userinfo, c.end), ...(user.length >= 8 ? [user] : [])],
    draft: {
      title: `remove the credential from the ${c.host} URL in \`${view.path}\``,
      edits: [replace(base + userinfo, base + c.end + 1, '')],
      followUp,
    },
  };
}
