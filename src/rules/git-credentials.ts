import type { PathFinding, RawFinding, Rule } from './types';
import { authHeader, isGitConfig, urlCredentials } from './lib/git-files';
import { splitLines } from '../core/text';

function credentialFindings(lines: readonly { number: number; text: string; offset: number }[], where: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const line of lines) {
    const creds = urlCredentials(line.text);
    const header = authHeader(line.text);
    if (header) creds.push(header);
    for (const c of creds) {
      out.push({
        line: line.number,
        column: line.offset + c.start + 1,
        endColumn: line.offset + c.end + 1,
        message: c.host
          ? `A credential for ${c.host} is embedded in a URL in ${where}. Remove it, use a credential helper or SSH, and revoke the token.`
          : `An authorization header with a token is stored in ${where}. Remove it and revoke the token.`,
        secret: c.value,
        key: c.host || 'extraheader',
      });
    }
  }
  return out;
}

/** The files this rule reads; it says nothing about any other. */
const CREDENTIAL_FILES = new Set(['.git-credentials', '.gitmodules', '.gitconfig', 'config']);

export const gitCredentials: Rule = {
  meta: {
    id: 'git-credentials',
    title: 'Git credentials in the tree',
    severity: 'error',
    policy: 'secret',
    why:
      '`.git-credentials` stores passwords and tokens in clear text, and a URL such as `https://user:token@host/repo.git` ' +
      'in `.gitmodules`, `.gitconfig` or a git `config` file hands that token to anyone who reads the file.',
    fix:
      'Delete the file or the credential, use a credential helper, SSH keys or `${{ secrets.* }}` instead, and revoke the ' +
      'token at the provider: it is in the history now.',
    examples: [
      { file: '.gitmodules', flagged: 'url = https://ci:ghp_16C7e4…@github.com/org/lib.git (a token in the URL)', clean: 'url = https://github.com/org/lib.git' },
    ],
    details: [
      'A `.git-credentials` file; a URL with embedded credentials (`https://user:token@host/…`, or a token as the ' +
        'user) in `.gitmodules`, `.gitconfig` or a git `config` file; and the `extraheader = AUTHORIZATION: basic …` ' +
        'that `actions/checkout` writes into `.git/config`, when such a checkout ships as a plain folder.',
    ],
    neverFlags: [
      'URLs without a password, with a plain user name (`git@`, `alice@`) or with `${TOKEN}` / `$TOKEN` / `${{ secrets.X }}`.',
    ],
    sample:
      '.gitmodules:3:19  error    git-credentials  A credential for github.com is embedded in a URL in ' +
        '`.gitmodules`. Remove it, use a credential helper or SSH, and revoke the token. [ghp_…(40 chars)]',
  },
  literals: () => [],
  readsAnyway: (_path, name) => CREDENTIAL_FILES.has(name),
  checkFile(file) {
    if (file.status === 'ignored') return [];
    const name = file.name;
    if (name === '.git-credentials') {
      const found = file.text === null ? [] : credentialFindings(file.lines, '`.git-credentials`');
      if (found.length > 0) return found;
      return [{ message: '`.git-credentials` stores git passwords and tokens in clear text. Delete it from the tree and revoke what it held.', key: 'file' }];
    }
    if (name !== '.gitmodules' && name !== '.gitconfig' && name !== 'config') return [];
    if (file.text === null) return [];
    if (name !== 'config' || isGitConfig(file.text)) {
      return credentialFindings(file.lines, `\`${name}\``);
    }
    return [];
  },
  async checkTree(tree) {
    // `.git` directories are not walked file by file; their config is read here.
    const found: PathFinding[] = [];
    for (const e of tree.entries) {
      if (e.kind !== 'gitdir') continue;
      const path = `${e.path}/config`;
      const text = await tree.readText(path);
      if (text === null) continue;
      for (const f of credentialFindings(splitLines(text).lines, `\`${path}\``)) found.push({ ...f, path, status: e.status });
    }
    return found;
  },
};
