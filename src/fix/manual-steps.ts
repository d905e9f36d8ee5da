import type { Finding } from '../engine/types';
import { isAppsettings } from '../rules/lib/filetype';
import { jsonOpenOnLine } from '../rules/lib/secret-assignments';
import { findTokens } from '../rules/lib/token-formats';
import { KEY_MADE_FOR_USE, S3_COMPATIBLE_SECRET } from '../rules/known-token';
import { findRule } from '../rules';

/** Where each provider's tokens are revoked, by token format id. */
const REVOKE_AT: Record<string, string> = {
  'aws-access-key-id': 'the AWS IAM console (Users → Security credentials: deactivate, then delete the access key)',
  'github-token': 'https://github.com/settings/tokens (or the GitHub App / OAuth app that issued it)',
  'github-fine-grained-pat': 'https://github.com/settings/personal-access-tokens',
  'gitlab-pat': 'GitLab → User settings → Access tokens',
  'slack-token': 'https://api.slack.com/apps (the app that owns it: reinstall or rotate its tokens)',
  'stripe-live-key': 'https://dashboard.stripe.com/apikeys (roll the key)',
  'google-api-key': 'Google Cloud console → APIs & Services → Credentials (regenerate or delete the key)',
  'npm-token': 'https://www.npmjs.com/settings/~/tokens (or `npm token revoke`)',
  'pem-private-key': 'every place that trusts the matching public key (replace the key pair)',
};

/** What stands before a JSON Web Key's private member value: `"d": "`, `k: '`, .NET's `"D":"`. */
const JWK_MEMBER_BEFORE = /["']?\b[dDkK]["']?[ \t]*:[ \t]*["']$/;

/** `path`, or `path:line` when the finding has a line. */
export function where(f: Pick<Finding, 'path' | 'line'>): string {
  return f.line !== undefined ? `${f.path}:${f.line}` : f.path;
}

/** A pretty-printed JSON member's name at the start of a line, and whether it opens an object there. */
const JSON_MEMBER = /^([ \t]*)"([^"\\]+)"[ \t]*:[ \t]*(\{?)/;

/**
 * The configuration key of a member on line `line` (1-based) of an
 * appsettings file, as ASP.NET Core names it: the names of the objects it
 * sits in and its own, joined by `:` (`JwtSettings:Secret`). The member is
 * the one whose value starts at `column` (1-based), else the line's first.
 * The objects are read from the line itself (`"JwtSettings": { "Secret": … }`)
 * and from the indentation above it, as `dotnet new` and editors write these
 * files; null when the lines do not read so.
 */
export function appsettingsKey(text: string, line: number, column?: number): string | null {
  const lines = text.split(/\r?\n|\r/);
  const t = lines[line - 1] ?? '';
  const first = JSON_MEMBER.exec(t);
  let name: string;
  let quote: number;
  if (column === undefined) {
    if (first === null) return null;
    name = first[2]!;
    quote = first[1]!.length;
  } else {
    const m = MEMBER_BEFORE_VALUE.exec(t.slice(0, column - 1));
    if (m === null) return null;
    name = m[1]!;
    quote = m.index;
  }
  const inline = jsonOpenOnLine(t, quote);
  if (inline === null) return null;
  // The whole document on one line: its first `{` is the root, which has no name.
  const root = first === null && t.trimStart().startsWith('{') && lines.slice(0, line - 1).every((l) => l.trim() === '');
  if (root) inline.shift();
  if (inline.some((n) => n === null)) return null;
  const names = [...(inline as string[]), name];
  if (root) return names.join(':');
  // Otherwise the line's first member stands where its object's members do: the objects around it are above.
  if (first === null) return null;
  let indent = first[1]!.length;
  for (let k = line - 2; k >= 0 && indent > 0; k--) {
    const above = lines[k]!;
    const lead = above.length - above.trimStart().length;
    if (above.trim() === '' || lead >= indent) continue;
    if (lead === 0 && above.trim() === '{') return names.join(':');
    const m = JSON_MEMBER.exec(above);
    // Anything else above it (an array, a line that closes an object) means the lines are not what they seem.
    if (m === null || m[3] !== '{' || m[0].length < above.trimEnd().length) return null;
    names.unshift(m[2]!);
    indent = lead;
  }
  return names.join(':');
}
/** The member name a value follows: `"Secret": "` before the value's first character. */
const MEMBER_BEFORE_VALUE = /"([^"\\]+)"[ \t]*:[ \t]*"?$/;

/**
 * The steps for a finding no edit can fix, as exact as the finding allows:
 * the provider to revoke a token at, the `git rm --cached` to run, the
 * credential helper to use. `lineText` is the finding's line, when it has
 * one; `fileText` the whole file's, when it is at hand.
 */
export function manualSteps(f: Finding, lineText: string | null, mode: 'git' | 'plain', fileText: string | null = null): string[] {
  const at = where(f);
  switch (f.ruleId) {
    case 'hardcoded-secret-key':
    case 'secret-key-fallback': {
      // ASP.NET Core layers its configuration: what the environment gives overrides the file's value.
      const key = fileText !== null && f.line !== undefined && isAppsettings(f.path) ? appsettingsKey(fileText, f.line, f.column) : null;
      if (key === null) return secretKeySteps(f, at);
      return [
        `Empty \`${key}\` in ${at} (\`""\`) and give the key to the app from outside the repository: the environment variable \`${key.replaceAll(':', '__')}\` where it runs (ASP.NET Core reads \`__\` as \`:\`), or a key vault; in development, \`dotnet user-secrets set "${key}" "<new key>"\`.`,
        `Rotate the key: the committed value stays in git history (\`leakproof keygen --for jwt\` prints a fresh one).`,
      ];
    }
    case 'known-token': {
      const match = lineText !== null && f.column !== undefined ? findTokens(lineText).find((t) => t.start === f.column! - 1) : undefined;
      // A JSON Web Key's private member (`"d": "…"`, `"k": "…"`): a key pair or a shared key, not a provider's token.
      if (!match && lineText !== null && f.column !== undefined && JWK_MEMBER_BEFORE.test(lineText.slice(0, f.column - 1))) {
        return [
          `Replace the key: whoever reads ${f.path} can sign tokens that everything trusting it accepts (its public half in a JWKS, or the shared key itself). Publish the new key and retire this one there.`,
          mode === 'git' && /\.(?:jwk|rsa|json)$/.test(f.path)
            ? `If ${f.path} holds only the key (IdentityServer's \`tempkey.jwk\`), stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, and load the signing key from a secret store or key vault.`
            : `Remove it from ${at} and load the key from a secret store or key vault.`,
        ];
      }
      // A key that may have been made for its use (a test's, a CI job's, an example's: the finding says so): nothing to
      // revoke unless something else trusts it.
      if (f.message.includes(KEY_MADE_FOR_USE)) {
        return [
          `If the key at ${at} was made for this use, it can stay: make sure nothing else trusts it, or generate it where it is used.`,
          'If it is a real key, or a script copies it into a deployment, make a new key pair where it is used, revoke what trusts this one (its certificate, a published public key) and keep the new key in a secret store.',
        ];
      }
      // Another S3-compatible store's key (the finding says so): changed where that store sets it, not at AWS.
      if (f.message.startsWith(S3_COMPATIBLE_SECRET)) {
        const change = `change the key where the store sets it (the MinIO or other server's credentials, or the provider's console)${mode === 'git' ? ': it is in git history, so removing it is not enough' : ''}.`;
        const remove = `remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`;
        // Where the finding says it may be made up for its use (a test's, an example's MinIO), so do the steps.
        if (f.message.includes('If it is made up for this use')) {
          return [`If the key at ${at} was made up for this use (a local MinIO's), it can stay.`, `If it is a real key, ${change.slice(0, -1)}; then ${remove}`];
        }
        return [change[0]!.toUpperCase() + change.slice(1), remove[0]!.toUpperCase() + remove.slice(1)];
      }
      const label = match?.format.label ?? 'the token';
      const revoke = match ? REVOKE_AT[match.format.id] : undefined;
      return [
        `Revoke ${label} at ${revoke ?? 'the provider that issued it'}: it is in git history, so removing it is not enough.`,
        `Remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`,
      ];
    }
    case 'git-credentials':
      if (f.path.endsWith('.git-credentials') && f.line === undefined) {
        return [
          mode === 'git' ? `Stop tracking it and delete it: \`git rm --cached ${f.path}\`, then \`rm ${f.path}\`.` : `Delete ${f.path}.`,
          'Revoke every token it held, at each host it lists.',
          'Let git keep credentials outside the tree: `git config --global credential.helper cache` (or `manager`, `osxkeychain`).',
        ];
      }
      return [
        `Remove the credential from the URL in ${at} (keep \`https://host/owner/repo.git\`)${/\.gitmodules$/.test(f.path) ? ', then run `git submodule sync`' : ''}.`,
        'Revoke the token at the host: it is in git history.',
        'Authenticate with a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.',
      ];
    case 'git-internals':
      return mode === 'git'
        ? [`Stop tracking it: \`git rm -r --cached ${f.path}\`, then delete it.`, 'Rotate any secret its history holds: every clone of this repository has a copy.']
        : [`Leave \`${f.path}\` out of what you ship (e.g. list \`.git\` in .dockerignore), or delete it.`];
    case 'git-embedded-repo':
      return f.status === 'tracked'
        ? [
            `Remove the gitlink: \`git rm --cached ${f.path}\`.`,
            `Then either add it as a submodule (\`git submodule add <url> ${f.path}\`) or add \`${f.path}/\` to .gitignore.`,
          ]
        : [`Add \`${f.path}/\` to .gitignore, or add it as a submodule: \`git submodule add <url> ${f.path}\`.`];
    case 'dotenv-file':
      if (f.severity === 'notice' && f.message.includes('nothing in it looks secret')) {
        return [`Keep real values out of ${f.path}: an ignored file (\`.env.local\`) or the environment is the place for them.`];
      }
      return mode === 'git' && f.status === 'tracked'
        ? [`Stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, rotate every secret it held, and commit a template with the same keys and placeholder values instead.`]
        : [`Keep ${f.path} out of git and out of what you ship (list it in .gitignore and .dockerignore), and pass the values as environment variables.`];
    case 'unused-suppression':
      return [`Delete the \`leakproof-ignore\` comment at ${at}: it suppresses nothing.`];
    default:
      return defaultSteps(f, at);
  }
}

/**
 * A key's steps: the finding's own advice (the message after what it found: a chart's `required`, a Heroku generator,
 * a Dockerfile's `ENV` moved out), then how this file's language reads the environment, then the rotation.
 */
function secretKeySteps(f: Finding, at: string): string[] {
  // The severity's reason the policy appends (` (notice: test folder)`), cut at its opening, found from the end.
  const reason = Math.max(f.message.lastIndexOf(' (notice: '), f.message.lastIndexOf(' (warning: '), f.message.lastIndexOf(' (error: '));
  const message = reason > 0 && f.message.endsWith(')') ? f.message.slice(0, reason) : f.message;
  const found = message.search(/\.\s/);
  const advice = found < 0 ? '' : message.slice(found + 2).trim();
  const idiom = readIdiom(f.path);
  const steps = [advice !== '' ? `${at}: ${advice}` : defaultSteps(f, at)[0]!];
  if (idiom !== null) steps.push(`In this file's language, read it with ${idiom}, and stop when it is missing.`);
  if (!/\brotate\b/i.test(advice)) steps.push('If the value was ever a real key, rotate it: it stays in git history.');
  return steps;
}

/** How code in a file's language reads an environment variable, by its extension (`NAME` stands for the variable). */
function readIdiom(path: string): string | null {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'py':
      return "`os.environ['NAME']`";
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'ts':
    case 'mts':
    case 'cts':
    case 'jsx':
    case 'tsx':
      return '`process.env.NAME`';
    case 'rb':
      return "`ENV.fetch('NAME')`";
    case 'php':
      return /(?:^|\/)config\/[^/]+\.php$/.test(path) ? "`env('NAME')` (Laravel's config files)" : "`getenv('NAME')`";
    case 'go':
      return '`os.Getenv("NAME")` (or `os.LookupEnv`)';
    case 'java':
    case 'kt':
    case 'kts':
    case 'scala':
    case 'groovy':
      return '`System.getenv("NAME")`';
    case 'cs':
      return '`Environment.GetEnvironmentVariable("NAME")` (or the configuration, which reads it)';
    case 'ex':
    case 'exs':
      return '`System.fetch_env!("NAME")` (in `config/runtime.exs`)';
    case 'rs':
      return '`std::env::var("NAME")`';
    case 'swift':
      return '`ProcessInfo.processInfo.environment["NAME"]`';
    default:
      return null;
  }
}

/** The rule's own advice, at the finding's place. */
function defaultSteps(f: Finding, at: string): string[] {
  const fix = findRule(f.ruleId)?.meta.fix;
  return [fix ? `${at}: ${fix}` : `Fix ${at} by hand.`];
}
