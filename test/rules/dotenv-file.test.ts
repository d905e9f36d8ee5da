import { describe, expect, it } from 'vitest';
import { check, fileContext, ruleTester } from '../helpers/rule-tester';
import { dotenvFile } from '../../src/rules/dotenv-file';
import { dotenvKind } from '../../src/rules/lib/dotenv-names';

describe('dotenvKind: which names are dotenv files, templates, or neither', () => {
  const files = [
    '.env', '.ENV', '.env.local', '.env.production', '.env.production.local', '.env.test', '.env.development',
    '.env.bak', '.env.keys', '.envrc', 'prod.env', 'app.env', 'docker.env', 'staging.env.local', '.env.staging',
  ];
  const templates = [
    '.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', '.env.schema',
    '.env.production.example', '.env.local.sample', 'prod.env.example', 'app.env.template', 'docker.env.dist',
    'app.env.defaults', 'app.env.sample', '.env-example', '.env_sample', 'example.env', 'sample.env', 'template.env',
  ];
  const neither = [
    'env.ts', 'env', '.environment', 'environment.ts', 'dotenv.js', '.env.d.ts', 'vite-env.d.ts', 'env.d.ts',
    '.env.vault', '.envrc.example', 'app.env.ts', 'config.env.json', 'env.example', 'environments', '.envoy',
    'README.env.md', 'my.environment.ts', 'setenv.sh', '.env.js', '.env.mjs', 'load.env.py',
  ];
  it.each(files)('%s is a dotenv file', (name) => expect(dotenvKind(name)).toBe('file'));
  it.each(templates)('%s is a template', (name) => expect(dotenvKind(name)).toBe('template'));
  it.each(neither)('%s is not a dotenv file', (name) => expect(dotenvKind(name)).toBeNull());
});

ruleTester(dotenvFile, {
  flagged: [
    { file: '.env', text: 'DATABASE_URL=postgres://app:hunter2@db/app' },
    { file: '.env', text: '' },
    { file: '.env.production', text: 'SECRET_KEY=abc' },
    { file: 'config/.env.local', text: 'STRIPE_API_KEY=sk_test_123' },
    { file: 'prod.env', text: 'PORT=8080' },
    { file: '.envrc', text: 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    { file: 'deploy/app.env', text: 'LOG_LEVEL=debug' },
    { file: '.env', text: 'VITE_API_URL=https://api.example.com', status: 'untracked' },
    { file: '.env.staging', text: 'A=1', status: 'plain' },
    { file: '.env.keys', text: 'DOTENV_PRIVATE_KEY=9a8b7c' },
  ],
  clean: [
    { file: '.env', text: 'SECRET_KEY=abc', status: 'ignored' },
    { file: '.env.example', text: 'SECRET_KEY=' },
    { file: '.env.sample', text: 'SECRET_KEY=change-me' },
    { file: '.env.template', text: 'API_TOKEN=' },
    { file: '.env.dist', text: 'APP_SECRET=' },
    { file: '.env.defaults', text: 'PORT=3000' },
    { file: 'prod.env.example', text: 'DB_PASSWORD=' },
    { file: '.env.vault', text: 'DOTENV_VAULT_PRODUCTION="encrypted"' },
    { file: 'env.ts', text: 'export const env = process.env' },
    { file: '.environment', text: 'SECRET_KEY=abc' },
    { file: 'dotenv.js', text: "require('dotenv').config()" },
    { file: '.env.d.ts', text: 'declare const SECRET_KEY: string' },
    { file: 'src/vite-env.d.ts', text: '/// <reference types="vite/client" />' },
  ],
});

describe('dotenv-file: severity and message', () => {
  const run = (file: string, text: string | null, status: 'tracked' | 'untracked' | 'plain' = 'tracked') => {
    const found = dotenvFile.checkFile!(fileContext(file, text, { status }));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('is an error by default', () => {
    expect(run('.env', 'PORT=3000').severity).toBeUndefined();
  });

  it.each([
    'VITE_API_URL=https://api.example.com',
    'NEXT_PUBLIC_SITE=https://example.com\nNEXT_PUBLIC_GA_ID=G-123',
    'REACT_APP_TITLE=Shop',
    'NUXT_PUBLIC_BASE=/app',
    'EXPO_PUBLIC_API=https://x.example',
    'PUBLIC_ORIGIN=https://example.com',
    'GATSBY_SITE_URL=https://example.com',
    '# only comments\n\nVITE_MODE=production',
  ])('is a notice when every key is public by convention: %s', (text) => {
    const f = run('.env.production', text);
    expect(f.severity).toBe('notice');
    expect(f.message).toMatch(/public by framework convention/);
  });

  it.each([
    ['VITE_API_URL=https://x.example\nDATABASE_PASSWORD=pw', 'a private key among public ones'],
    ['VITE_STRIPE_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', 'a public key holding a real-looking secret'],
    ['NEXT_PUBLIC_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'a known token format under a public prefix'],
  ])('stays an error for %s (%s)', (text) => {
    expect(run('.env', text).severity).toBeUndefined();
  });

  it('names the secret-looking keys but never their values', () => {
    const text = [
      'DATABASE_PASSWORD=Sup3rS3cretPassw0rd!',
      'STRIPE_API_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12',
      'SOME_SETTING=Zx8kQ2mN7pL4vR9tW3yB6cD1',
      'PORT=8080',
      'VITE_TITLE=Shop',
    ].join('\n');
    const f = run('.env', text);
    expect(f.message).toContain('DATABASE_PASSWORD');
    expect(f.message).toContain('STRIPE_API_KEY');
    expect(f.message).toContain('SOME_SETTING');
    expect(f.message).not.toContain('PORT');
    expect(f.message).not.toContain('VITE_TITLE');
    for (const value of ['Sup3rS3cretPassw0rd!', 'sk_live', 'Zx8kQ2mN7pL4vR9tW3yB6cD1', '8080', 'Shop']) {
      expect(f.message).not.toContain(value);
    }
    expect(f.secret).toBeUndefined();
  });

  it('does not list a public key with a harmless value as secret-looking', () => {
    expect(run('.env', 'VITE_API_KEY=public-browser-key\nDB_PASSWORD=x').message).not.toContain('VITE_API_KEY');
  });

  it('caps the list of keys', () => {
    const text = Array.from({ length: 14 }, (_, i) => `TOKEN_${i}=value${i}`).join('\n');
    expect(run('.env', text).message).toMatch(/and 4 more/);
  });

  it('still reports a binary or oversized dotenv file, by name', () => {
    expect(run('.env', null).message).toContain('`.env`');
  });

  it.each([
    ['tracked', /git rm --cached/],
    ['untracked', /\.gitignore/],
    ['plain', /ship/],
  ] as const)('tells what to do for a %s file', (status, advice) => {
    const f = run('.env', 'DB_PASSWORD=x', status);
    expect(f.message).toMatch(advice);
    if (status === 'plain') expect(f.message).not.toMatch(/from git/);
  });

  it('does not flag ignored files', () => {
    expect(check(dotenvFile, { file: '.env', text: 'A=1', status: 'ignored' })).toEqual([]);
  });
});
