import { describe, expect, it } from 'vitest';
import { DJANGO_ALPHABET, generateKey, KEY_KINDS, randomFromAlphabet } from '../../src/fix/keygen';
import { runCli } from '../helpers/cli';
import { check as ruleCheck } from '../helpers/rule-tester';
import { dotenvFile } from '../../src/rules/dotenv-file';
import { hardcodedSecretKey } from '../../src/rules/hardcoded-secret-key';
import { isPlaceholder, looksLikeSecret, weakness } from '../../src/rules/lib/secret-value';
import { isInterpolated } from '../../src/rules/lib/literal';

const FORMATS: Record<string, RegExp> = {
  django: /^[a-z0-9!@#$%^&*(\-_=+)]{50}$/,
  flask: /^[0-9a-f]{64}$/,
  rails: /^[0-9a-f]{128}$/,
  laravel: /^base64:[A-Za-z0-9+/]{43}=$/,
  jwt: /^[A-Za-z0-9_-]{64}$/,
  fernet: /^[A-Za-z0-9_-]{43}=$/,
  hex: /^[0-9a-f]{64}$/,
  base64: /^[A-Za-z0-9+/]{64}$/,
};

describe('keygen', () => {
  it.each(KEY_KINDS.map((k) => [k]))('--for %s prints one key in the format and nothing else, a new one each call', async (kind) => {
    const a = await runCli(['keygen', '--for', kind]);
    const b = await runCli(['keygen', '--for', kind]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toMatch(new RegExp(FORMATS[kind]!.source.replace(/\$$/, '\\n$')));
    expect(a.stdout).not.toBe(b.stdout);
  });

  it('Laravel keys hold 32 bytes; JWT keys at least 32; --bytes sets the size', async () => {
    expect(Buffer.from(generateKey('laravel').slice('base64:'.length), 'base64')).toHaveLength(32);
    expect(Buffer.from(generateKey('jwt'), 'base64url').length).toBeGreaterThanOrEqual(32);
    // Fernet refuses a key that is not url-safe base64 of exactly 32 bytes.
    expect(Buffer.from(generateKey('fernet'), 'base64url')).toHaveLength(32);
    expect((await runCli(['keygen', '--for', 'hex', '--bytes', '16'])).stdout).toMatch(/^[0-9a-f]{32}\n$/);
    expect((await runCli(['keygen', '--bytes=64'])).stdout).toMatch(/^[0-9a-f]{128}\n$/);
    expect((await runCli(['keygen'])).stdout).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it.each([
    [['keygen', '--for', 'djano'], /^leakproof: --for must be one of django, flask, rails, laravel, jwt, fernet, hex, base64 \(got "djano"\), e\.g\. --for django\n$/],
    [['keygen', '--for', 'jwt', '--bytes', '16'], /^leakproof: --bytes for --for jwt takes a whole number from 32 to 1024 \(got 16\)\n$/],
    [['keygen', '--for', 'django', '--bytes', '64'], /^leakproof: --bytes does not apply to --for django/],
    [['keygen', '--bytes', 'lots'], /^leakproof: --bytes takes a whole number of bytes/],
    [['keygen', '--fro', 'django'], /^leakproof: unknown option --fro \(did you mean --for\?\); run `leakproof keygen --help` for the options\n$/],
  ])('bad input %j: one line, exit 2', async (argv, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it("Django keys use Django's alphabet, each character about equally often (no modulo bias)", () => {
    const counts = new Map<string, number>();
    const n = 2000;
    for (let i = 0; i < n; i++) for (const c of generateKey('django')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).toBe([...DJANGO_ALPHABET].sort().join(''));
    const expected = (n * 50) / DJANGO_ALPHABET.length;
    // 256 % 50 = 6: a modulo draw would make the first 6 characters 20% more likely than the rest.
    for (const [c, count] of counts) expect(Math.abs(count - expected) / expected, `character ${c}`).toBeLessThan(0.1);
    expect(() => randomFromAlphabet('a', 4)).toThrow();
  });

  it('takes a random key that happens to start with My and end with key for a key, and a typed request for a placeholder', () => {
    for (const key of ['MyQ8zR4nM2xV7bL1cK9pT3wY6uF0dS5gJaE3+Wkey', 'SetR4nM2xV7bL1cK9pT3wY6uF0dS5gJaE3uW9xZq2Yme', 'yourAq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWvALUE']) {
      expect(isPlaceholder(key), key).toBe(false);
    }
    for (const value of ['your-secret-key-here', 'setYourSecretHere', '<my_jwt_secret_key>', 'YOUR_SECRET_KEY', 'changeme123secret']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
  });

  it("every generated key is real-looking to leakproof's own rules, never a placeholder or weak", () => {
    for (const kind of KEY_KINDS) {
      for (let i = 0; i < 200; i++) {
        const key = generateKey(kind);
        expect(isPlaceholder(key), `${kind} ${i}`).toBe(false);
        expect(looksLikeSecret(key), `${kind} ${i}`).toBe(true);
        expect(weakness(key), `${kind} ${i}`).toBeNull();
        expect(isInterpolated(key, 'python', "'"), `${kind} ${i}`).toBe(false);
      }
      const key = generateKey(kind);
      const q = key.includes("'") ? '"' : "'";
      expect(ruleCheck(hardcodedSecretKey, { file: 'settings.py', text: `SECRET_KEY = ${q}${key}${q}\n` }).map((f) => f.message)).toEqual([
        expect.not.stringContaining('weak'),
      ]);
      const env = ruleCheck(dotenvFile, { file: '.env', text: `SECRET_KEY='${key}'\n` });
      expect(env[0]!.severity ?? 'error', kind).toBe('error');
    }
  });
});
