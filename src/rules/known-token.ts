import type { RawFinding, Rule } from './types';
import { findTokens, isExampleToken, pemBody, PEM_PRIVATE_KEY, PREFIX_SET } from './lib/token-formats';

export const knownToken: Rule = {
  meta: {
    id: 'known-token',
    title: 'Provider token or private key',
    severity: 'error',
    policy: 'token',
    why:
      'Provider tokens have a fixed prefix and a documented shape (AWS access key ids, GitHub, GitLab, Slack, Stripe live, ' +
      'Google API and npm tokens) and a PEM private key block is a key by definition: wherever one is written, in code, ' +
      'config, a dotenv file or a document, whoever reads the file can use it.',
    fix:
      'Revoke or rotate the token at the provider first (it is in git history now), then remove it and read it from the ' +
      'environment or a secret store (`${{ secrets.* }}` in workflows).',
    examples: [
      { file: 'deploy.sh', flagged: 'export AWS_ACCESS_KEY_ID=AKIA… (AKIA + 16 upper-case letters and digits)', clean: 'export AWS_ACCESS_KEY_ID="$AWS_ACCESS_KEY_ID"' },
      { file: '.npmrc', flagged: '//registry.npmjs.org/:_authToken=npm_… (npm_ + 36 letters and digits)', clean: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' },
      { file: 'README.md', flagged: '(a real key pasted into the docs)', clean: 'AKIA…EXAMPLE, <token> (documentation placeholders)' },
    ],
  },
  literals: () => [PREFIX_SET],
  checkFile(file) {
    if (!file.contains(PREFIX_SET)) return [];
    const out: RawFinding[] = [];
    const lines = file.lines;
    for (let idx = 0; idx < lines.length; idx++) {
      const line = lines[idx]!;
      for (const m of findTokens(line.text)) {
        let value = m.value;
        let prefixLength = m.prefix.length;
        if (m.format === PEM_PRIVATE_KEY) {
          const next = lines.slice(idx + 1, idx + 8).filter((l) => l.offset === 0).map((l) => l.text);
          const body = pemBody(line.text.slice(m.end), next);
          if (body === null) continue;
          value = body;
          prefixLength = 0;
        }
        const example = isExampleToken(value, prefixLength);
        const finding: RawFinding = {
          line: line.number,
          column: line.offset + m.start + 1,
          endColumn: line.offset + m.end + 1,
          message: example
            ? `This looks like ${m.format.label}, but a documentation placeholder rather than a live one. Use an obvious placeholder such as \`<token>\` instead.`
            : `${capitalize(m.format.label)} is written here. Revoke it at the provider, remove it and read it from a secret store.`,
          secret: value,
          key: m.format.id,
        };
        if (example) finding.severity = 'notice';
        if (m.format === PEM_PRIVATE_KEY) finding.policy = 'private-key';
        out.push(finding);
      }
    }
    return out;
  },
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
