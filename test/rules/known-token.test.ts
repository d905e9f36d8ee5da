import { describe, expect, it } from 'vitest';
import { check, ruleTester } from '../helpers/rule-tester';
import { fakeToken, pemMarker } from '../helpers/fake-tokens';
import { knownToken } from '../../src/rules/known-token';
import { findTokens, isExampleToken } from '../../src/rules/lib/token-formats';

const aws = fakeToken('aws');
const awsTemp = fakeToken('aws-temp');
const ghp = fakeToken('ghp');
const gho = fakeToken('gho');
const ghu = fakeToken('ghu');
const ghs = fakeToken('ghs');
const ghr = fakeToken('ghr');
const fineGrained = fakeToken('github-pat');
const glpat = fakeToken('glpat');
const glpatRoutable = fakeToken('glpat-routable');
const slackBot = fakeToken('slack-bot');
const slackUser = fakeToken('slack-user');
const stripe = fakeToken('stripe-live');
const stripeRestricted = fakeToken('stripe-restricted');
const google = fakeToken('google');
const npm = fakeToken('npm');
const pemLine = fakeToken('pem-line');
const rsaBegin = pemMarker('BEGIN', 'RSA PRIVATE KEY');
const rsaEnd = pemMarker('END', 'RSA PRIVATE KEY');

const pem = (label: string) => [pemMarker('BEGIN', label), pemLine, pemLine.slice(0, 40), pemMarker('END', label)].join('\n');

ruleTester(knownToken, {
  flagged: [
    { file: '.env', text: `AWS_ACCESS_KEY_ID=${aws}`, secret: aws },
    { file: 'deploy.sh', text: `#!/bin/sh\nexport AWS_ACCESS_KEY_ID="${awsTemp}"`, secret: awsTemp, line: 2 },
    { file: 'settings.py', text: `GITHUB_TOKEN = '${ghp}'`, secret: ghp },
    { file: 'oauth.json', text: `{"access_token": "${gho}"}`, secret: gho },
    { file: 'app.ts', text: `const token = "${ghu}";`, secret: ghu },
    { file: 'ci.log.txt', text: `using ${ghs} for the checkout`, secret: ghs },
    { file: 'refresh.yml', text: `refresh_token: ${ghr}`, secret: ghr },
    { file: '.npmrc', text: `//npm.pkg.github.com/:_authToken=${fineGrained}`, secret: fineGrained },
    { file: '.gitlab-ci.yml', text: `variables:\n  GL_TOKEN: ${glpat}`, secret: glpat, line: 2 },
    { file: 'config.toml', text: `token = "${glpatRoutable}"`, secret: glpatRoutable },
    { file: 'slack.py', text: `client = WebClient(token="${slackBot}")`, secret: slackBot },
    { file: 'notify.sh', text: `curl -H "Authorization: Bearer ${slackUser}" https://slack.com/api/chat.postMessage`, secret: slackUser },
    { file: 'billing.rb', text: `Stripe.api_key = '${stripe}'`, secret: stripe },
    { file: 'stripe.env', text: `STRIPE_RESTRICTED=${stripeRestricted}`, secret: stripeRestricted },
    { file: 'index.html', text: `<script src="https://maps.googleapis.com/maps/api/js?key=${google}&callback=init"></script>`, secret: google },
    { file: '.npmrc', text: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm },
    { file: 'Dockerfile', text: `ARG NPM_TOKEN=${npm}`, secret: npm },
    { file: 'README.md', text: `Use \`${ghp}\` to log in.`, secret: ghp },
    { file: 'id_rsa', text: pem('RSA PRIVATE KEY'), secret: pemLine },
    { file: 'key.pem', text: pem('PRIVATE KEY'), secret: pemLine },
    { file: 'id_ed25519', text: pem('OPENSSH PRIVATE KEY'), secret: pemLine },
    { file: 'ec.key', text: pem('EC PRIVATE KEY'), secret: pemLine },
    { file: 'enc.pem', text: pem('ENCRYPTED PRIVATE KEY'), secret: pemLine },
    {
      file: 'legacy.pem',
      text: [rsaBegin, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,3F17F5316E2BAC89', '', pemLine, rsaEnd].join('\n'),
      secret: pemLine,
    },
    { file: 'private.asc', text: [pemMarker('BEGIN', 'PGP PRIVATE KEY BLOCK'), 'Version: GnuPG v2', '', pemLine].join('\n'), secret: pemLine },
    { file: 'service-account.json', text: `{\n  "private_key": "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${pemLine}\\n",\n}`, secret: pemLine, line: 2 },
    { file: 'values.yaml', text: `tls:\n  key: |\n    ${rsaBegin}\n    ${pemLine}\n    ${rsaEnd}`, secret: pemLine, line: 3 },
    { file: 'keys.js', text: `const key = '${rsaBegin}\\n' +\n  '${pemLine}\\n' +`, secret: pemLine },
    // Boundaries: punctuation, quotes and URL parts around a token are fine.
    { file: 'urls.txt', text: `https://x-access-token:${ghs}@github.com/org/repo.git`, secret: ghs },
    { file: 'list.json', text: `["${aws}","${aws}"]`, secret: aws },
    { file: 'prose.txt', text: `the key (${google}).`, secret: google },
  ],
  clean: [
    // Too short, too long, wrong alphabet.
    { file: 'a.txt', text: `id=${aws.slice(0, 19)}` },
    { file: 'a.txt', text: `id=${aws}Q` },
    { file: 'a.txt', text: `id=${aws.slice(0, 10)}a${aws.slice(11)}` },
    { file: 'a.txt', text: `token=${ghp.slice(0, 39)}` },
    { file: 'a.txt', text: `token=${ghp}x` },
    { file: 'a.txt', text: `token=${ghp.slice(0, 20)}-${ghp.slice(21)}` },
    { file: 'a.txt', text: `token=${fineGrained.slice(0, 80)}` },
    { file: 'a.txt', text: `token=${glpat.slice(0, 25)}` },
    { file: 'a.txt', text: `token=${glpat}abc` },
    { file: 'a.txt', text: `key=${google.slice(0, 38)}` },
    { file: 'a.txt', text: `key=${google}A` },
    { file: 'a.txt', text: `npm=${npm.slice(0, 39)}` },
    { file: 'a.txt', text: `npm=${npm}b` },
    { file: 'a.txt', text: `stripe=${stripe.slice(0, 8 + 20)}` },
    { file: 'a.txt', text: 'slack=' + 'xo' + 'xb-123' },
    { file: 'a.txt', text: 'slack=' + 'xo' + 'xb-' + 'abcdefghijklmnopqrstuvwxyz' },
    // A prefix inside a longer word is not a token.
    { file: 'a.txt', text: `blob=Q${aws}` },
    { file: 'a.txt', text: `blob=z${ghp}` },
    { file: 'a.txt', text: `blob=9${google}` },
    { file: 'a.txt', text: `prefix_${npm}` },
    { file: 'a.txt', text: `mask${stripe}` },
    { file: 'a.txt', text: 'REGION = "' + 'AS' + 'IAPACIFICSOUTHEAST"' },
    // Not secret by design: Stripe test and publishable keys, npm config names.
    { file: 'a.txt', text: `STRIPE_KEY=${fakeToken('stripe-test')}` },
    { file: 'a.txt', text: 'STRIPE_PUBLISHABLE_KEY=pk' + '_live_' + 'a8Hd72kLmQ0pZx61VbN3cYtR9s' },
    { file: 'a.sh', text: 'echo $npm_config_registry $npm_package_version' },
    // Public keys, certificates and bare mentions of a header are not private keys.
    { file: 'pub.pem', text: [pemMarker('BEGIN', 'PUBLIC KEY'), pemLine, pemMarker('END', 'PUBLIC KEY')].join('\n') },
    { file: 'rsa.pub', text: [pemMarker('BEGIN', 'RSA PUBLIC KEY'), pemLine].join('\n') },
    { file: 'cert.pem', text: [pemMarker('BEGIN', 'CERTIFICATE'), pemLine, pemMarker('END', 'CERTIFICATE')].join('\n') },
    { file: 'key.ts', text: `if (pem.startsWith('${rsaBegin}')) return 'rsa';` },
    { file: 'parse.py', text: `HEADER = "${rsaBegin}"\nFOOTER = "${rsaEnd}"` },
    { file: 'docs.md', text: `\`\`\`\n${rsaBegin}\n...\n${rsaEnd}\n\`\`\`` },
    { file: 'a.txt', text: `------BEGIN RSA PRIVATE KEY-----\n${pemLine}` },
    // Env references and other look-alikes.
    { file: 'a.yml', text: 'token: ${{ secrets.GITHUB_TOKEN }}' },
    { file: 'a.txt', text: 'the ghp_ prefix marks personal access tokens' },
  ],
});

describe('known-token: documentation placeholders', () => {
  const placeholders = [
    'AKIA' + 'IOSFODNN7EXAMPLE',
    'gh' + 'p_' + 'x'.repeat(36),
    'gh' + 'p_' + 'EXAMPLE' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5', // 7 + 30
    'np' + 'm_' + '0'.repeat(36),
    'sk' + '_live_' + '0000000000' + 'abcdefghijklmnop',
    'AI' + 'za' + 'SyA1234567890abcdefghijklmnopqrstu',
    'xo' + 'xb-' + '0000000000-0000000000000-' + 'x'.repeat(24),
  ];
  it.each(placeholders)('%s is at most a notice', (token) => {
    const found = check(knownToken, { file: 'config.py', text: `TOKEN = '${token}'` });
    expect(found.length).toBeLessThanOrEqual(1);
    for (const f of found) expect(f.severity).toBe('notice');
  });

  it('does not take the AWS example secret access key for a token', () => {
    const found = check(knownToken, { file: 'README.md', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
    expect(found).toEqual([]);
  });

  it('treats random tokens as real', () => {
    for (const kind of ['aws', 'ghp', 'npm', 'google', 'stripe-live', 'slack-bot']) {
      expect(isExampleToken(fakeToken(kind, 'real'), 4)).toBe(false);
    }
  });
});

describe('known-token: messages and positions', () => {
  it('never puts the token in the message, and points at the token', () => {
    const text = `  token: "${ghp}"`;
    const [f] = check(knownToken, { file: 'a.yml', text });
    expect(f!.message).not.toContain(ghp);
    expect(f!.message).not.toContain(ghp.slice(4, 12));
    expect(f!.column).toBe(text.indexOf(ghp) + 1);
    expect(f!.endColumn).toBe(text.indexOf(ghp) + ghp.length + 1);
    expect(f!.key).toBe('github-token');
  });

  it('reports the BEGIN line of a key block', () => {
    const found = check(knownToken, { file: 'id_rsa', text: `\n${pem('RSA PRIVATE KEY')}` });
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0]!.message).toContain('PEM private key');
  });

  it('finds every token on a line, in order', () => {
    expect(findTokens(`${npm} ${aws} ${ghp}`).map((m) => m.format.id)).toEqual(['npm-token', 'aws-access-key-id', 'github-token']);
  });

  it('finds a token late in a very long line', () => {
    const text = 'x'.repeat(20_000) + ` ${npm}`;
    const found = check(knownToken, { file: 'bundle.js', text });
    expect(found.map((f) => f.column)).toEqual([20_002]);
  });

  it('stays linear on adversarial runs of prefixes', () => {
    const text = ('xo' + 'xb-1').repeat(50_000) + '\n' + ('AK' + 'IA').repeat(50_000) + '\n' + '-----BEGIN '.repeat(20_000);
    expect(check(knownToken, { file: 'a.txt', text })).toEqual([]);
  });

  it('skips files with no prefix without per-line work', () => {
    expect(check(knownToken, { file: 'a.txt', text: 'nothing to see\n'.repeat(1000) })).toEqual([]);
  });
});
