import { describe, expect, it } from 'vitest';
import { check, fileContext, ruleTester } from '../helpers/rule-tester';
import { dotenvFile } from '../../src/rules/dotenv-file';
import { placeFinding, ruleSettings } from '../../src/engine/pipeline';
import { ContextClassifier } from '../../src/core/context';
import { dotenvKind } from '../../src/rules/lib/dotenv-names';
import { fakeToken, pemMarker, rng } from '../helpers/fake-tokens';
import { scan } from '../../src/engine/scan';
import { Fixture } from '../helpers/fixture';
import type { TreeContext } from '../../src/rules/types';

describe('dotenvKind: which names are dotenv files, templates, or neither', () => {
  const files = [
    '.env', '.ENV', '.env.local', '.env.production', '.env.production.local', '.env.test', '.env.development',
    '.env.bak', '.env.keys', '.envrc', 'prod.env', 'app.env', 'docker.env', 'staging.env.local', '.env.staging',
    // A service named with a template word is a service's (`prod.example-api.env`).
    'prod.example-api.env',
    '.flaskenv', '.env.dev', '.env.prod.db',
    // Cloudflare Wrangler's local secrets.
    '.dev.vars', '.dev.vars.staging',
  ];
  const templates = [
    '.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', '.env.schema',
    '.env.production.example', '.env.local.sample', 'prod.env.example', 'app.env.template', 'docker.env.dist',
    'app.env.defaults', 'app.env.sample', '.env-example', '.env_sample', 'example.env', 'sample.env', 'template.env',
    // Variants found in real repositories.
    '.env.dev-sample', '.env.prod-sample', '.env.prod.db-sample', '.env.local.example', '.env.example.local',
    '.env.sample.local', '.env.local.template', '.env-sample', '.env-sample.local', '.env.default', '.env.exemple',
    '.env.ejemplo', 'env.sample', 'env.example', 'env.template', 'env-example', 'env_sample', 'docker-sample.env',
    '.env.dev_example', 'env.local.sample', 'env.sample.local', '.example.env', '.sample.env',
    // A name before the template word (yagpdb's `app.example.env`, `db.example.env`).
    'app.example.env', 'db.sample.env', 'prod.template.env',
    // What a dotenv file is copied or rendered from: a text file, a template engine's file.
    '.env.dev.txt', '.env.txt', 'prod.env.txt', '.env.j2', '.env.production.j2', 'app.env.jinja2', '.env.erb', '.env.hbs',
    // Dotenv lines under a code extension, as some projects name their template.
    '.env.example.js', '.env.sample.ts',
    '.dev.vars.example',
  ];
  const neither = [
    'env.ts', 'env', '.environment', '.dev.varsity', 'dev.vars', 'environment.ts', 'dotenv.js', '.env.d.ts', 'vite-env.d.ts', 'env.d.ts',
    '.env.vault', '.envrc.example', 'app.env.ts', 'config.env.json', 'environments', '.envoy', 'envoy.yaml',
    'README.env.md', 'my.environment.ts', 'setenv.sh', '.env.js', '.env.mjs', 'load.env.py', 'env.py', 'env.example.js',
    'env.sample.ts', 'env-sample.sh', '.env-prod', 'env.local', 'flaskenv.py', 'env-sample.case', 'env_example.conf',
    'env.sample.backup.old',
    // REUSE's licence sidecars: the copyright lines of the `.env` beside them.
    '.env.license', '.env.test.license',
    // Patches of one.
    '.env.client.diff', '.env.patch', 'prod.env.diff',
    // Source code whose name holds `env` and a template word: Remix's flat routes, tests and components.
    'resources.orgs.$organizationSlug.projects.$projectParam.env.$envParam.webhooks.samples.ts', 'a.env.samples.ts',
    'c.env.sample.ts', 'e.env.example.tsx', 'f.env.template.js', 'g.env.defaults.go', 'i.env.dist.py',
    'settings.env.example.vue',
  ];
  it.each(files)('%s is a dotenv file', (name) => expect(dotenvKind(name)).toBe('file'));
  it.each(templates)('%s is a template', (name) => expect(dotenvKind(name)).toBe('template'));
  it.each(neither)('%s is not a dotenv file', (name) => expect(dotenvKind(name)).toBeNull());
});

ruleTester(dotenvFile, {
  flagged: [
    { file: '.env', text: 'DATABASE_URL=postgres://app:hunter2@db/app' },
    { file: '.env.production', text: 'SECRET_KEY=abc' },
    { file: 'config/.env.local', text: 'STRIPE_API_KEY=sk_test_123' },
    { file: 'prod.env', text: 'PORT=8080' },
    { file: '.envrc', text: 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    { file: 'deploy/app.env', text: 'LOG_LEVEL=debug' },
    { file: '.env', text: 'VITE_API_URL=https://api.example.com', status: 'untracked' },
    { file: '.env.staging', text: 'A=1', status: 'plain' },
    { file: '.env.keys', text: 'DOTENV_PRIVATE_KEY=9a8b7c' },
    { file: 'backend/.env.dev', text: 'COMPOSE_PROJECT_NAME=shop' },
    // A file the dotenv parser cannot read is still one; and an `.xcode.env.local` that sets more than `NODE_BINARY`.
    { file: '.env', text: '{"DB_PASSWORD": "hX9kQ2mP7vLr4tZw"}' },
    { file: 'ios/.xcode.env.local', text: 'export NODE_BINARY=/usr/local/bin/node\nexport JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\n' },
    // A versioned `.xcode.env` that sets a secret holds one.
    { file: 'ios/.xcode.env', text: 'export NODE_BINARY=$(command -v node)\nexport SENTRY_AUTH_TOKEN=q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7\n' },
    // Values commented out are still written down.
    { file: '.env', text: '# Production:\n# DB_PASSWORD=hX9kQ2mP7vLr4tZw\n' },
    // direnv's script that also sets a variable holds configuration.
    { file: '.envrc', text: 'use flake\nexport API_URL=http://localhost:3000' },
  ],
  clean: [
    // A file that sets no variable holds nothing: an empty one (Shopware's skeleton), one of comments only (Vite's).
    { file: '.env', text: '' },
    { file: 'frontend/.env.development', text: '# Variables prefixed with VITE_ are exposed to the client.\n# VITE_API_URL=\n' },
    // Comments only, some of them settings commented out with values that are no secret (lemur's `env_file:`).
    { file: 'docker/.env', text: '# Uncomment to override:\n# DEBUG=True\n# LEMUR_TOKEN_SECRET=\n# DATABASE_URL=postgresql://lemur:lemur@postgres:5432/lemur\n\n#SECRET_KEY=changeme\n' },
    // React Native's `ios/.xcode.env` that sets `NODE_BINARY` alone is a shell script for Xcode's build phases.
    { file: 'ios/.xcode.env', text: 'export NODE_BINARY=$(command -v node)\n' },
    { file: 'ios/.xcode.env.local', text: 'export NODE_BINARY=/usr/local/bin/node\n' },
    // Whatever else it sets to find Node (rainbow's function over version managers), nothing secret.
    { file: 'ios/.xcode.env', text: '# This `.xcode.env` file is versioned.\n__resolve_node_binary() {\n  local resolved\n  resolved="$(mise which node 2>/dev/null)"\n  [ -n "$resolved" ] && { echo "$resolved"; return 0; }\n  command -v node\n}\nNODE_BINARY="$(__resolve_node_binary)"\nexport NODE_BINARY\n' },
    // direnv's script that sets no variable (nix-direnv's `use flake`) is committed by design.
    { file: '.envrc', text: 'use flake\n' },
    { file: 'tools/.envrc', text: '# shellcheck shell=bash\nlayout python3\ndotenv_if_exists\nwatch_file flake.nix\n' },
    // Flask's `.flaskenv` is committed for public settings by design.
    { file: '.flaskenv', text: 'FLASK_APP=app.py' },
    { file: '.flaskenv', text: 'FLASK_APP=app.py\nFLASK_DEBUG=1\nFLASK_RUN_PORT=8000' },
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
    // Template name variants go to dotenv-template-secret.
    { file: '.env.dev-sample', text: 'SECRET_KEY=change_me' },
    { file: '.env.prod.db-sample', text: 'POSTGRES_PASSWORD=' },
    { file: 'env.sample', text: 'API_TOKEN=' },
    { file: '.env.local.example', text: 'NEXTAUTH_SECRET=' },
    { file: '.env-sample', text: 'DB_PASSWORD=' },
    { file: '.env.example.local', text: 'JWT_SECRET=' },
    { file: 'src/environments/environment.ts', text: 'export const environment = { production: false };' },
    { file: 'envoy.yaml', text: 'static_resources: {}' },
  ],
});

/** Random-looking test values built at run time, so no source line holds a key-shaped literal. */
function hex(seed: string, n: number): string {
  const next = rng(seed);
  let out = '';
  while (out.length < n) out += '0123456789abcdef'[Math.floor(next() * 16)]!;
  return out;
}

const SYMFONY_HEADER = [
  '# In all environments, the following files are loaded if they exist,',
  '# the latter taking precedence over the former:',
  '#',
  '#  * .env                contains default values for the environment variables needed by the app',
  '#  * .env.local          uncommitted file with local overrides',
  '#',
  '# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.',
].join('\n');

/** Symfony's `.env` as the recipes write it: an empty secret and placeholder DSNs. */
const SYMFONY_DEFAULTS = [
  SYMFONY_HEADER,
  '###> symfony/framework-bundle ###',
  'APP_ENV=dev',
  'APP_SECRET=',
  '###< symfony/framework-bundle ###',
  '###> doctrine/doctrine-bundle ###',
  'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"',
  '###< doctrine/doctrine-bundle ###',
  '###> symfony/messenger ###',
  'MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0',
  '###< symfony/messenger ###',
  '###> symfony/mailer ###',
  'MAILER_DSN=null://null',
  '###< symfony/mailer ###',
].join('\n');

describe('dotenv-file: where values are made up', () => {
  const place = (path: string, text: string) => {
    const [f] = dotenvFile.checkFile!(fileContext(path, text, { status: 'tracked' }));
    return placeFinding({ ...f!, path, status: 'tracked' }, 'error', 'secret', new ContextClassifier())!;
  };
  it("a test's own `.env` may be what the test loads: it asks whether the values are real", () => {
    const text = 'DB_PASSWORD=Tr0ub4dor&3x';
    expect(place('tests/fixtures/.env', text).message).toBe(
      '`.env` is tracked by git; it holds real-looking secrets: DB_PASSWORD (real-looking password). If they are made up for this use, the file can ' +
        'stay; if any is real, run `git rm --cached tests/fixtures/.env`, add it to .gitignore and rotate what is real. (notice: test folder)',
    );
    expect(place('.env', text).message).toMatch(/Run `git rm --cached \.env`, add it to \.gitignore, rotate these secrets and commit a `\.env\.example` instead\.$/);
    // A provider's token works wherever it is written: the advice stays.
    expect(place('tests/fixtures/.env', `GITHUB_TOKEN=${fakeToken('ghp', 'made-up')}`).message).toMatch(/Run `git rm --cached tests\/fixtures\/\.env`, add it to \.gitignore, rotate these secrets/);
    expect(place('tests/fixtures/.env', `REPO_URL=https://x-access-token:${fakeToken('ghp', 'made-up')}@github.com/acme/app.git`).message).toMatch(/rotate these secrets/);
    // Placeholders only, or nothing secret: a fixture the tests load, which can stay (SvelteKit's tests read theirs back).
    expect(place('tests/fixtures/.env', 'DB_PASSWORD=changeme').message).toBe(
      '`.env` is tracked by git; its secret-named keys hold only placeholder or weak values: DB_PASSWORD. If the file holds values made up for this use (a fixture its tests load), it can stay; keep real values out of it. (notice: test folder)',
    );
    expect(place('test/apps/basics/.env', 'APP_NAME=hello').message).toMatch(/nothing in it looks secret\. If the file holds values made up for this use \(a fixture its tests load\), it can stay; keep real values out of it\./);
    // Elsewhere the advice is a deployment's.
    expect(place('.env', 'DB_PASSWORD=changeme').message).not.toMatch(/made up/);
  });
});

describe('dotenv-file: severity by what the file holds', () => {
  const run = (file: string, text: string | null, status: 'tracked' | 'untracked' | 'plain' = 'tracked') => {
    const found = dotenvFile.checkFile!(fileContext(file, text, { status }));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const severityOf = (file: string, text: string) => run(file, text).severity ?? 'error';

  // [file, text, keys the message must name, why]
  const errors: [string, string, string[], string][] = [
    ['.env', 'SESSION_SECRET=correct-horse-battery-staple-42', ['SESSION_SECRET'], 'a passphrase with a number that says nothing about itself'],
    ['.env', 'JWT_SECRET=qhzkx-wrtplm-vbnq-42', ['JWT_SECRET'], 'random letters between dashes'],
    ['.env', `APP_SECRET=${hex('symfony', 32)}`, ['APP_SECRET (random-looking 32-digit hex value)'], 'a generated 32-hex Symfony secret'],
    ['.env', 'APP_SECRET=30d72a5e49370253a90dd21511a01900', ['APP_SECRET'], '32 hex digits below the entropy bar'],
    ['.env', 'GITHUB_CLIENT_SECRET=2c8b4f13861b099b61531c2c21d0b3064311151b', ['GITHUB_CLIENT_SECRET'], '40 hex digits (an OAuth app secret)'],
    ['.env', `GITHUB_TOKEN=${fakeToken('ghp', 'dotenv-error')}`, ['GITHUB_TOKEN (a GitHub token)'], 'a known token format'],
    ['.env', `AWS_ACCESS_KEY_ID=${fakeToken('aws', 'dotenv-error')}`, ['AWS_ACCESS_KEY_ID (an AWS access key id)'], 'a token format under an _ID name'],
    ['.env', 'APP_KEY=base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA=', ['APP_KEY (a generated `base64:` app key)'], "Laravel's generated key"],
    ['.env', 'DATABASE_URL=postgres://app:N7pL4vR9tW3yB6cD@db.internal/app', ['DATABASE_URL (password in the URL)'], 'a random password in a URL'],
    ['.env', 'REDIS_URL=redis://default:Tr0ub4dor&3x@cache:6379', ['REDIS_URL (password in the URL)'], 'a chosen password in a URL'],
    ['.env', 'DB_PASSWORD=Tr0ub4dor&3x', ['DB_PASSWORD (real-looking password)'], 'a chosen password'],
    ['.env', 'POSTGRES_PW=Tr0ub4dor&3x', ['POSTGRES_PW (real-looking password)'], 'a chosen password under `_PW`'],
    ['.env', 'PW=Tr0ub4dor&3x', ['PW (real-looking password)'], 'a chosen password under `PW` alone'],
    ['.env', 'DB_PW_PROD=Tr0ub4dor&3x', ['DB_PW_PROD (real-looking password)'], 'a chosen password under `_PW_`'],
    ['.env', 'JWT_SECRET=aZ8kQ2mN7pL4vR9tW3yB6cD1@eF5gH0jK.Mn', ['JWT_SECRET'], 'a random value that holds `@` and `.`'],
    ['.env', 'DATABASE_PASSWORD=hunter2\nSTRIPE_API_KEY=sk_test_123', ['DATABASE_PASSWORD (real-looking password)'], 'a password need not look random'],
    ['.env', 'SMTP_PASS=mailpass\nMAIL_HOST=smtp.example.com', ['SMTP_PASS'], 'a short password word'],
    ['.env', 'DATABASE_URL=postgres://app:hunter2@db/app', ['DATABASE_URL (password in the URL)'], 'a chosen password in a URL'],
    ['.env', 'ConnectionStrings__Default=Server=db;Database=app;User Id=sa;Password=Zx8kQ2mN7pL4vR9t;', ['ConnectionStrings__Default'], 'a connection string password'],
    ['.env', `SECRET_KEY=${hex('django', 50)}`, ['SECRET_KEY'], 'a random signing key'],
    // Single quotes keep a value literal in every dotenv loader: a Django key may start with `$` and a letter.
    ['.env', "SECRET_KEY='$j_*#*@^m7o2kiju*d!k551&oof3oox*@t)x*&odyg^eju4xvl'", ['SECRET_KEY'], 'a single-quoted key starting with $'],
    // A base64 key may start with `/`: it is still no path.
    ['.env', 'SECRET_KEY=/R/oz16AvSJNtcRo9rkAFc4WWE/rSUpFO+mLt+MJU61zjpbmmrCDfpcCo95DSGzU', ['SECRET_KEY'], 'a base64 key starting with /'],
    ['.env', 'JWT_SECRET=/9tbq5zRskDhDJU2Jbs/khWsNb/zQ5a1rUmYa3d8GJWO/AIWDb/PYrQTBPvIcIn9', ['JWT_SECRET'], 'a base64 key of path characters only'],
    // A random base64url key can hold letters only; it does not read as words.
    ['.env', 'JWT_SECRET=tERYOtYwXBKXGNYKDWjveLnzQiABnEH_oMaMGwLQaepYAhdePAhFYljHmPrIk_BG', ['JWT_SECRET'], 'a letters-only random key'],
    ['.env', 'SOME_SETTING=Zx8kQ2mN7pL4vR9tW3yB6cD1', ['SOME_SETTING (random-looking value)'], 'a random value under any name'],
    // A password hash leaks the password to offline cracking; the message names what it is.
    ['.env', 'ADMIN_PASSWORD_HASH=$2y$10$Qm7vT2xK9pLr4ZsW8nB3cOe6yHjD1fGaU5tIkM0qNwXl.E/RbVdAS', ['ADMIN_PASSWORD_HASH (a bcrypt password hash)'], 'a bcrypt hash'],
    ['.env', "ADMIN_PASSWORD='$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Qm7vT2xK9pLr4ZsW8nB3cOe6yHjD1fGaU5tIkM0qNwX'", ['ADMIN_PASSWORD (an Argon2 password hash)'], 'an Argon2 hash, single-quoted: unquoted, `$argon2id` would be expanded'],
    ['.env', 'SUPERUSER_PASSWORD=pbkdf2_sha256$600000$Qm7vT2xK9pLr4ZsW$c2FsdHNhbHRzYWx0Qm7vT2xK9pLr4ZsW8nB3cOe6yHjD1f=', ['SUPERUSER_PASSWORD (a Django password hash)'], "a Django hasher's hash"],
    ['.env', `GOOGLE_SERVICE_ACCOUNT='{"type":"service_account","private_key":"${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${fakeToken('pem-line', 'sa')}\\n"}'`, ['GOOGLE_SERVICE_ACCOUNT (a private key)'], 'a key inline under an identifier-like name'],
    ['.env', `GITHUB_APP_PRIVATE_KEY="${pemMarker('BEGIN', 'RSA PRIVATE KEY')}\\n${fakeToken('pem-line', 'app')}\\n${pemMarker('END', 'RSA PRIVATE KEY')}"`, ['GITHUB_APP_PRIVATE_KEY (a private key)'], 'a key block with escaped line breaks'],
    ['.env', "JWT_SECRET='Zx8!qL2#vR9@tP4$wK7^nB3&'", ['JWT_SECRET'], 'a `$` inside a random value is not a lookup'],
    ['.env', 'APP_SECRET=0123456789abcdef0123456789abcdef\nAPI_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1', ['API_KEY'], 'a pattern is not, a random key is'],
    ['.env', 'VITE_APP_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1', ['VITE_APP_SECRET'], 'a secret published to the browser by its prefix'],
    ['.env', `NEXT_PUBLIC_TOKEN=${fakeToken('ghp', 'public')}`, ['NEXT_PUBLIC_TOKEN'], 'a known token format under a public prefix'],
    ['.env.production', 'VITE_API_URL=https://x.example\nSTRIPE_SECRET_KEY=' + fakeToken('stripe-live', 'dotenv'), ['STRIPE_SECRET_KEY'], 'a private key among public ones'],

    // Near-misses of a password read off the file: two secrets that repeat each other say nothing of either.
    ['.env', 'DB_PASSWORD=KestrelHarbor71\nDB_ROOT_PASSWORD=KestrelHarbor71', ['DB_PASSWORD (real-looking password)', 'DB_ROOT_PASSWORD'], 'a password repeated under another secret name'],
    ['.env', 'DB_USER=shop\nDB_PASSWORD=shopkeeper88', ['DB_PASSWORD (real-looking password)'], 'a password that only starts with the user name'],
    ['.env', 'REDIS_PASSWORD=bluesentinel', ['REDIS_PASSWORD (real-looking password)'], 'a word that is not of its name'],
    ['.env', 'RABBITMQ_PASSWORD=rabbitmq1234', ['RABBITMQ_PASSWORD (real-looking password)'], 'its name with more digits than a default takes'],
    ['.env', 'ACMECORP_DB_PASSWORD=acmecorp2024', ['ACMECORP_DB_PASSWORD (real-looking password)'], 'a name and a year, as people choose them'],
    ['.env', 'REDIS_PASSWORD=blue_sentinel_pwd', ['REDIS_PASSWORD (real-looking password)'], 'joined words, one not of its name'],
    ['.env', 'MYSQL_ROOT_PASSWORD=root_pwd_mysql_root_pwd', ['MYSQL_ROOT_PASSWORD (real-looking password)'], 'more words than a default joins'],
    ['.env', 'DB_PW=KestrelHarbor71\nDB_PASSWORD=KestrelHarbor71', ['DB_PASSWORD (real-looking password)'], 'repeated under a name isSecretKeyName misses'],
    ['.env', 'PGPASS=KestrelHarbor71\nPGPASSWORD=KestrelHarbor71', ['PGPASSWORD (real-looking password)'], 'repeated under PGPASS'],
    ['.env', 'SMTP_PASSWORD_USER=KestrelHarbor71\nSMTP_PASSWORD=KestrelHarbor71', ['SMTP_PASSWORD (real-looking password)'], 'repeated under a name ending in a setting word'],
    ['.env', 'GIT_SHA=kestrelharbor\nVITE_APP_TITLE=KestrelHarbor\nAPP_ENV=production\nDB_PASSWORD=KestrelHarbor', ['DB_PASSWORD (real-looking password)'], 'values of keys that name no account'],
    ['.env', 'APP_ENV=production\nDB_PASSWORD=Production', ['DB_PASSWORD (real-looking password)'], 'the environment is no account'],
    ['.env', 'DB_PASSWORD=mayanuserpass', ['DB_PASSWORD (real-looking password)'], 'a word no entry names, before the role'],
    ['.env', 'DB_PASSWORD=sunshinepass', ['DB_PASSWORD (real-looking password)'], 'a word of its own before the word for a password'],
    ['.env', 'DB_PASSWORD=admin_sunny_pass', ['DB_PASSWORD (real-looking password)'], 'joined words, one no role nor of its name'],
  ];
  it("names a password hash only by its hasher's whole format, not by its prefix", () => {
    const stub = run('.env', "ADMIN_PASSWORD_HASH='$argon2id$'\nAPI_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1\nD_SECRET=scrypt$x");
    expect(stub.message).toContain('API_SECRET (random-looking value)');
    expect(stub.message).not.toContain('password hash');
  });

  it.each(errors)('%s `%s` is an error (%s, %s)', (file, text, named) => {
    const f = run(file, text);
    expect(f.severity).toBeUndefined();
    expect(f.message).toContain('holds real-looking secrets: ');
    for (const key of named) expect(f.message).toContain(key);
  });

  // The issue's own examples, and values people leave for development.
  const warnings: [string, string, string[]][] = [
    ['.env', 'SECRET_KEY=changeme', ['SECRET_KEY']],
    // Lower-case words that say what the value is, with a number after them, are written by hand.
    ['.single_tenant.env', 'LOGFLARE_PRIVATE_ACCESS_TOKEN=my-cool-api-key-123\nLOGFLARE_PUBLIC_ACCESS_TOKEN=my-other-cool-api-key-123', ['LOGFLARE_PRIVATE_ACCESS_TOKEN']],
    ['.env', 'APP_SECRET=dev', ['APP_SECRET']],
    // "Change me" in leet, as Symfony apps ship their `.env`'s default.
    ['.env', 'APP_ENV=prod\nAPP_SECRET=ch4nge_me_if_you_can', ['APP_SECRET']],
    ['.env', 'SECRET_KEY=R3pl4ce-M3', ['SECRET_KEY']],
    ['.env', 'APP_SECRET=ch4n63m31fy0uc4n', ['APP_SECRET']],
    ['.env', 'APP_SECRET=X7q-pl34se-ch4ng3-m3-Kz9', ['APP_SECRET']],
    ['.env', 'DATABASE_PASSWORD=postgres', ['DATABASE_PASSWORD']],
    ['.env', 'JWT_SECRET=secret', ['JWT_SECRET']],
    ['.env', 'MYSQL_ROOT_PASSWORD=root\nMYSQL_PASSWORD=secret', ['MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD']],
    ['.env', 'SESSION_SECRET=dev-session', ['SESSION_SECRET']],
    ['.env', 'JWT_SECRET=dev-secret-key-123456', ['JWT_SECRET']],
    ['.env', 'APP_SECRET=0123456789abcdef0123456789abcdef', ['APP_SECRET']],
    ['.env', 'API_KEY=deadbeefdeadbeefdeadbeefdeadbeef', ['API_KEY']],
    ['.env', `SECRET_KEY=django-insecure-${hex('insecure', 50)}`, ['SECRET_KEY']],
    ['.env', 'ADMIN_PASSWORD=admin123456789', ['ADMIN_PASSWORD']],
    ['.env', 'POSTGRES_PASSWORD=makeaverystrongpassword\nREDIS_PASSWORD=12345678', ['POSTGRES_PASSWORD', 'REDIS_PASSWORD']],
    ['.env', 'DATABASE_URL=postgres://app:pw1@db/app\nCACHE_URL=redis://:s3cret@cache:6379\nSECRET_KEY=abc', ['DATABASE_URL', 'SECRET_KEY']],
    ['.env', 'STRIPE_API_KEY=sk_test_123\nSECRET_KEY=abc', ['STRIPE_API_KEY', 'SECRET_KEY']],
    ['.env', 'JWT_SECRET=prod-jwt-secret-value', ['JWT_SECRET']],
    ['.flaskenv', 'FLASK_APP=app.py\nSECRET_KEY=your_super_secret_dev_key_change_me', ['SECRET_KEY']],
    ['.envrc', 'export AWS_PROFILE=dev\nexport SECRET_KEY=direnv-secret', ['SECRET_KEY']],
    // A variable's name written where its value goes, saying what to put there (thingsboard's Confluent profile).
    ['docker/queue-confluent.env', 'TB_KAFKA_USERNAME=CLUSTER_API_KEY\nTB_KAFKA_PASSWORD=CLUSTER_API_SECRET', ['TB_KAFKA_PASSWORD']],

    // A password read off the file itself: a stack's default, not a secret someone chose.
    ['docker/db.env', 'POSTGRES_USER=umamiuser\nPOSTGRES_PASSWORD=umamiuser\nPOSTGRES_DB=umami', ['POSTGRES_PASSWORD']],
    ['.env', 'DB_NAME=shopware\nDB_HOST=mysql\nDB_PASSWORD=Shopware', ['DB_PASSWORD']],
    ['.env', 'REDIS_SENTINEL_PASSWORD=sentinel\nREDIS_MASTER=myprimary', ['REDIS_SENTINEL_PASSWORD']],
    ['.env', 'RABBITMQ_DEFAULT_PASS=rabbitmq123', ['RABBITMQ_DEFAULT_PASS']],
    ['.env', 'KEYCLOAK_ADMIN_PASSWORD=keycloakadmin', ['KEYCLOAK_ADMIN_PASSWORD']],
    // Such words joined with the word for a password: xxl-job's `docker/.env`.
    ['docker/.env', 'XXL_JOB_ADMIN_PORT=8080\nMYSQL_ROOT_PASSWORD=root_pwd', ['MYSQL_ROOT_PASSWORD']],
    ['.env', 'DB_USER=shop\nDB_PASSWORD=shop-pass', ['DB_PASSWORD']],
    ['.env', 'POSTGRES_PASSWORD=postgres_password1', ['POSTGRES_PASSWORD']],
    ['.env', 'DB_USER=shop\nDB_PASSWORD=shop_pass_12', ['DB_PASSWORD']],
    ['.env', 'MYSQL_ROOT_PASSWORD=mysql.root', ['MYSQL_ROOT_PASSWORD']],
    ['.env', 'MinIORootPassword=minio123', ['MinIORootPassword']],
    ['.env', 'DB_USER="warden" # the stack\'s own\nDB_PASSWORD=Warden', ['DB_PASSWORD']],
    // The Azure storage emulator's published key: the same on every machine.
    ['.env', 'STORAGE_ACCOUNT=devstoreaccount1\nSTORAGE_SECRET_KEY=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw' + '==', ['STORAGE_SECRET_KEY']],
    // reCAPTCHA's published test secret key.
    ['.env', 'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\nRECAPTCHA_SECRET_KEY=' + '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', ['RECAPTCHA_SECRET_KEY']],
    // Run together before the word for a password, with an account's role (Mayan EDMS's `config.env`).
    ['config.env', 'DEFAULT_DATABASE_USER=mayan\nDEFAULT_DATABASE_PASSWORD=mayanuserpass', ['DEFAULT_DATABASE_PASSWORD']],
    ['.env', 'DB_PASSWORD=userpass', ['DB_PASSWORD']],
    ['.env', 'MYSQL_ROOT_PASSWORD=rootpw', ['MYSQL_ROOT_PASSWORD']],
    ['.env', 'DB_PASSWORD=admin_pass', ['DB_PASSWORD']],
    ['.env', 'PIHOLE_PW=changeme\nPIHOLE_WEB_PORT=8080', ['PIHOLE_PW']],
    ['.env', 'DB_USER=shop\nDB_PASSWORD=shopadminpasswd1', ['DB_PASSWORD']],
  ];
  it("names Mapbox's secret token, which only the public one's shape is told from", () => {
    const payload = Buffer.from('{"u":"acme-maps","a":"ckq8zr4nm2xv7bl1c"}').toString('base64url');
    const f = run('.env', `MAPBOX_SECRET_TOKEN=sk.${payload}.Q8Zr4nM2xV7bL1cK9pT3wY\nMAPBOX_TOKEN=pk.${payload}.Q8Zr4nM2xV7bL1cK9pT3wY`);
    expect(f.message).toContain('holds real-looking secrets: MAPBOX_SECRET_TOKEN (');
    expect(f.message).not.toContain('MAPBOX_TOKEN (');
  });

  it('names a legacy encrypted key written on one line with escaped breaks, its password beside it', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: DES-EDE3-CBC,14957F59FBB1404B\\n\\nx9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ\\n-----END RSA PRIVATE KEY-----\\n';
    const f = run('.env', `STRONGBOX_GENERAL="${key}"\nSTRONGBOX_GENERAL_PASSWORD="1234"`);
    expect(f.message).toContain('holds real-looking secrets: STRONGBOX_GENERAL (a private key)');
  });

  it('calls a block with headers around a request to paste the key a placeholder', () => {
    const f = run('.env', 'PGP_PRIVATE_KEY="-----BEGIN PGP PRIVATE KEY BLOCK-----\\nVersion: GnuPG v2\\n\\n<paste your private key here>\\n-----END PGP PRIVATE KEY BLOCK-----"');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('placeholder or weak values: PGP_PRIVATE_KEY');
  });

  it('does not name the keys that say where a secret is kept', () => {
    const f = run('config.env', 'SECRET_KEY=changeme\nSECRET_KEY_FILENAME=SECRET_KEY\nJWT_SECRET_FILEPATH=jwt\nSECRETS_DIRECTORY=secrets\nSECRET_FOLDER=keys\nSECRET_FILES=a,b\nSECRET_PATHS=keys');
    expect(f.message).toContain('its secret-named keys hold only placeholder or weak values: SECRET_KEY.');
  });

  it.each(warnings)('%s `%s` is a warning naming its placeholder keys', (file, text, named) => {
    const f = run(file, text);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('its secret-named keys hold only placeholder or weak values: ');
    for (const key of named) expect(f.message).toContain(key);
  });

  it('a password in a URL for this machine only makes a warning, unless the file is for production or something else is real', () => {
    const local = run('local.env', 'export SHARE_DEPLOYMENT=local\nexport SHARE_POSTGRES=postgresql://postgres:sekrit@localhost:5432\nexport VAULT_TOKEN="sekrit"');
    expect(local.severity).toBe('warning');
    expect(local.message).toContain('its only real-looking secrets are passwords in URLs for this machine: SHARE_POSTGRES; its other secret-named keys hold only placeholder or weak values: VAULT_TOKEN.');
    for (const host of ['127.0.0.1:5432', '[::1]:5432', 'db.localhost']) {
      expect(run('.env', `DATABASE_URL=postgres://app:Tr0ub4dor3x@${host}/app`).severity, host).toBe('warning');
    }
    // Another host, a production file, or a real value beside it: an error.
    expect(run('.env', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@db.internal/app').severity).toBeUndefined();
    expect(run('.env.production', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app').severity).toBeUndefined();
    expect(run('prod.env', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app').message).toContain('DATABASE_URL (password in the URL)');
    for (const [file, text] of [
      ['.env.stage', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app'],
      ['.env.preprod', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app'],
      ['deploy/production/.env', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app'],
      ['.env', 'APP_ENV=production\nDATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app'],
      ['.env', 'SPRING_PROFILES_ACTIVE=prod\nDATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app'],
      // A list of hosts is this machine's only when every host is.
      ['.env', 'MONGODB_URI=mongodb://app:Tr0ub4dor3x@localhost:27017,mongo-2.prod.acme.io:27017/app?replicaSet=rs0'],
    ]) {
      expect(run(file!, text!).severity, `${file}: ${text}`).toBeUndefined();
    }
    // Placeholders beside it are still named.
    expect(run('.env', 'DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app\nDJANGO_SECRET_KEY=changeme').message).toContain('its other secret-named keys hold only placeholder or weak values: DJANGO_SECRET_KEY');
    const both = run('.env', `DATABASE_URL=postgres://app:Tr0ub4dor3x@localhost/app\nSECRET_KEY=${hex('django', 50)}`);
    expect(both.severity).toBeUndefined();
    expect(both.message).toContain('holds real-looking secrets: SECRET_KEY');
    expect(both.message).not.toContain('DATABASE_URL');
  });

  // Nothing secret: defaults by design, empty values, interpolations, settings about secrets.
  const notices: [string, string][] = [
    ['.env', SYMFONY_DEFAULTS],
    ['.env', 'COMPOSE_PROJECT_NAME=shop'],
    // `PW_` first is a namespace (Playwright's), not a password; an address is no secret under any name.
    ['.env', 'PW_SMTP_FROM=vaultwarden@playwright.test\nPW_BROWSER=chromium-headless-shell\nPW_KEEP_SERVICE_RUNNING=true'],
    ['.env', 'E2E_PW_BROWSER=chromium\nE2E_PW_PROJECT=webkit-mobile\nE2E_PW_TRACE=retain-on-failure'],
    ['.env', 'NOTIFY_SENDER=alerts.bot.7f3k@status.example.org\nAUTH_SMTP_FROM=Zx8kQ2mN7pL4vR9tW3yB6cD1@example.org'],
    ['.env', 'COMPOSE_PROJECT_NAME=shop\nCOMPOSE_FILE=docker-compose.yml:docker-compose.dev.yml\nTAG=v1.5'],
    ['.env', 'PORT=3000\nNODE_ENV=production\nLOG_LEVEL=info'],
    ['.env', 'SECRET_KEY=\nJWT_SECRET=\nAPI_TOKEN=""'],
    ['.env', 'SECRET_KEY=${SECRET_KEY}\nDATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db/app\nJWT_SECRET=$JWT_SECRET'],
    ['.env', 'SECRET_KEY="${SECRET_KEY}"\nJWT_SECRET="$JWT_SECRET"'],
    ['.env', 'DATABASE_URL=postgresql://user:password@localhost:5432/app'],
    ['.env', 'DATABASE_URL="mysql://db_user:db_password@127.0.0.1:3306/db_name"\nRABBITMQ_URL=amqp://guest:guest@localhost:5672'],
    ['.env', 'REDIS_URL=redis://:password@127.0.0.1:6379/0\nCACHE_URL=redis://cache:6379'],
    ['.env', 'DATABASE_URL=postgres://postgres:postgres@db:5432/app'],
    ['.env', 'MAILER_DSN=null://null\nMESSENGER_TRANSPORT_DSN=sync://'],
    ['.env', `SENTRY_DSN=https://${hex('sentry', 32)}@o450000.ingest.sentry.io/5500000`],
    ['.env', 'MAIL_PASSWORD=null\nREDIS_PASSWORD=null\nAUTH_TRUST_HOST=true\nTOKENIZERS_PARALLELISM=false'],
    ['.env', 'JWT_EXPIRES_IN=7d\nACCESS_TOKEN_EXPIRE_MINUTES=30\nSALT_ROUNDS=10\nOPENAI_MAX_TOKENS=1024\nPASSWORD_MIN_LENGTH=12'],
    ['.env', 'AUTH_RATELIMIT="10/minute;1000/hour"\nLOGIN_TOKEN_RATE_LIMIT=5/15m\nPASSWORD_RESET_ATTEMPTS=5\nAUTH_TOKEN_RETRIES=3'],
    ['.env', `OPAMP_GO_REF=${hex('opamp', 40)}\nGIT_REF=${hex('ref', 40)}`],
    ['.env', 'GOOGLE_APPLICATION_CREDENTIALS=./service-account.json\nDB_PASSWORD_FILE=/run/secrets/db_password\nJWT_PRIVATE_KEY_PATH=keys/jwt.pem'],
    ['.env', 'JWT_SECRET=/etc/app/secrets/jwt_HS256_signing.key\nSESSION_SECRET=/var/lib/app/session_secret'],
    ['.env', 'AUTH_URL=http://localhost:3000\nAUTH_GOOGLE_ID=1234-abc.apps.googleusercontent.com\nAUTHOR=Jane'],
    ['.env', `TWILIO_ACCOUNT_SID=AC${hex('twilio', 32)}\nAZURE_TENANT_ID=3f2504e0-4f89-41d3-9a0c-0305e82c3301`],
    ['.env', `STRIPE_KEY=pk_live_${hex('pk', 24)}\nRECAPTCHA_SITE_KEY=6Lc${hex('site', 37)}\nPUSHER_APP_KEY=${hex('pusher', 20)}`],
    // Mapbox's public access token, for the browser's maps (bonfire's install template).
    ['.env', `MAPBOX_API_KEY=pk.${Buffer.from('{"u":"acme-maps","a":"ckq8zr4nm2xv7bl1c"}').toString('base64url')}.Q8Zr4nM2xV7bL1cK9pT3wY`],
    ['.env', `GIT_SHA=${hex('sha', 40)}\nTZ=America/Los_Angeles\nIMAGE=ghcr.io/acme/app:1.4.2\nNODE_OPTIONS=--max-old-space-size=4096`],
    ['.env', 'SECRET_KEY_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf'],
    // A model's, a repository's or an image's owner and name: lower-case words, not a random value.
    ['.env', 'GROQ_MODEL_PROMPT_GUARD=openai/gpt-oss-safeguard-20b\nEMBEDDING_MODEL=sentence-transformers/all-minilm-l6-v2'],
    ['.env', '# SECRET_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1aa\nDEBUG=false'],
    ['.env', 'SECRET_KEY=<generate one>\nAPI_TOKEN=***\nJWT_SECRET=xxxx'],
    // A `#` after a space starts a comment where the value would start: the value is empty.
    ['.env.dev', 'SECRET_KEY_BASE= # Generate secret with `mix phx.gen.secret`\nSESSION_SIGNING_SALT=\t# Generate salt with `mix phx.gen.secret`'],
  ];
  it("gives Symfony's advice for a .env that sets APP_SECRET beside Symfony's own settings, without Flex's markers", () => {
    const f = run('.env', 'APP_SECRET=f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8e\nMAILER_DSN=smtp://127.0.0.1\nDEFAULT_LOCALE=en');
    expect(f.severity ?? 'error').toBe('error');
    expect(f.message).toContain('Symfony commits `.env` for defaults, not for secrets');
    expect(f.message).not.toContain('git rm --cached');
    const laravel = run('.env', 'APP_KEY=base64:f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8ef3a9c2e17b4=\nAPP_ENV=local\nMAIL_MAILER=smtp');
    expect(laravel.message).toContain('git rm --cached');
  });

  it('makes the passphrase of a key file the file names a warning, and names it beside a real secret', () => {
    // lexik/jwt-authentication-bundle's recipe: the key pair is made at each deployment and kept out of git.
    const lexik = '###> lexik/jwt-authentication-bundle ###\nJWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem\nJWT_PASSPHRASE=66d4f3a9c2e17b4d8f6a0c5e9b2d7f1a\n###< lexik/jwt-authentication-bundle ###\n';
    const f = run('.env', `###> symfony/framework-bundle ###\nAPP_SECRET=EDITME\n###< symfony/framework-bundle ###\n${lexik}`);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('its only real-looking secret is the passphrase of a private key file it names (`%kernel.project_dir%/config/jwt/private.pem`): JWT_PASSPHRASE');
    const both = run('.env', `APP_SECRET=f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8e\nMAILER_DSN=smtp://127.0.0.1\n${lexik}`);
    expect(both.severity ?? 'error').toBe('error');
    expect(both.message).toContain('JWT_PASSPHRASE (the passphrase of a private key file)');
    // No key file named: a passphrase is a secret of its own (an encryption passphrase, a key written inline).
    expect(run('.env', 'APP_NAME=app\nENCRYPTION_PASSPHRASE=66d4f3a9c2e17b4d8f6a0c5e9b2d7f1a\n').severity ?? 'error').toBe('error');
    expect(run('.env', 'JWT_PUBLIC_KEY=config/jwt/public.pem\nJWT_PASSPHRASE=66d4f3a9c2e17b4d8f6a0c5e9b2d7f1a\n').severity ?? 'error').toBe('error');
    // A key file of another name's: the passphrase is no passphrase of it.
    expect(run('.env', 'TLS_KEY_FILE=/etc/letsencrypt/live/example.org/privkey.pem\nBACKUP_ENCRYPTION_PASSPHRASE=66d4f3a9c2e17b4d8f6a0c5e9b2d7f1a\n').severity ?? 'error').toBe('error');
    expect(run('.env', 'LICENSE_FILE=./licenses/product-key.key\nWALLET_PASSPHRASE=66d4f3a9c2e17b4d8f6a0c5e9b2d7f1a\n').severity ?? 'error').toBe('error');
  });

  it("names the ignored file Symfony reads over each committed one, and keeps a test's made-up values", () => {
    // Symfony's test environment reads `.env.test.local`, never `.env.local` (Sylius's `.env.test` sets a test key's passphrase).
    const f = run('.env.test', '###> symfony/framework-bundle ###\nAPP_SECRET=f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8e\n###< symfony/framework-bundle ###\nJWT_PASSPHRASE=Zx8kQ2mN7pL4vR9tW3yB6cD1');
    expect(f.message).toContain('put the real values in `.env.test.local` (ignored)');
    expect(f.madeUpMessage).toContain('they can stay; real values go in the ignored `.env.test.local`');
    expect(f.madeUpMessage).not.toContain('git rm --cached');
    expect(run('.env', 'APP_SECRET=f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8e\nMAILER_DSN=smtp://127.0.0.1').message).toContain('`.env.local` (ignored)');
  });

  it("tells direnv users where real values go: an ignored file `dotenv_if_exists` loads, not Flask's or Next's `.env.local` alone", () => {
    const f = run('.envrc', 'use flake\nexport API_URL=http://localhost:3000');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('direnv can load them from an ignored file (`dotenv_if_exists .env.local`)');
  });

  it('tells a versioned `.xcode.env` that sets a secret to move it to `.xcode.env.local`', () => {
    const f = run('ios/.xcode.env', 'export NODE_BINARY=$(command -v node)\nexport SENTRY_AUTH_TOKEN=q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7\n');
    expect(f.severity ?? 'error').toBe('error');
    expect(f.message).toContain('move these values to `.xcode.env.local` beside it (ignored)');
    expect(f.message).not.toContain('git rm --cached');
  });

  it('tells a file of comments that one of them keeps a real-looking secret: a notice naming its key', () => {
    const f = run('.env.production', '# Old key, kept for reference:\n# SECRET_KEY=8f2a9c7e1b4d6f3a5c8e2b9d7f1a4c6e8b3d5f7a9c2e4b6d8f1a3c5e7b9d2f4a6\n# DEBUG=True\n');
    expect(f.severity).toBe('notice');
    expect(f.message).toBe('`.env.production` is tracked by git; it sets nothing, but a line commented out in it holds a real-looking secret: SECRET_KEY. Delete the line, and rotate the value if it was ever used: it stays in git history.');
  });

  it("tells fastlane's users where real values go: fastlane loads no `.env.local`", () => {
    const f = run('fastlane/.env.ios.beta', '## You invoke this with --env ios.beta\nAPP_NAME="Beta"\nAPP_SCHEME=beta\n');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain("the CI's secrets (or an ignored `fastlane/.env`)");
    expect(f.message).not.toContain('.env.local');
    const own = run('fastlane/.env', 'APP_NAME="Beta"\n').message;
    expect(own).toContain("fastlane reads them from the environment as well, so the CI's secrets are the place for them");
    expect(own).not.toContain('an ignored `fastlane/.env`');
  });

  it.each(notices)('%s `%s` is a notice: nothing in it looks secret', (file, text) => {
    const f = run(file, text);
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('nothing in it looks secret');
  });

  it.each([
    'VITE_API_URL=https://api.example.com',
    'NEXT_PUBLIC_SITE=https://example.com\nNEXT_PUBLIC_GA_ID=G-123',
    'REACT_APP_TITLE=Shop',
    'NUXT_PUBLIC_BASE=/app',
    'EXPO_PUBLIC_API=https://x.example',
    'PUBLIC_ORIGIN=https://example.com',
    'GATSBY_SITE_URL=https://example.com',
    // Vue CLI builds `VUE_APP_*` into the bundle (ruoyi's docker.env: a Baidu analytics site id).
    'VUE_APP_BAIDU_CODE=fadc1bd5db1a1d6f581df60a1807f8ab\nVUE_APP_TITLE=Admin',
    'STORYBOOK_THEME=dark',
    '# only comments\n\nVITE_MODE=production',
    'VITE_API_KEY=public-browser-key\nVITE_MAPBOX_TOKEN=pk.Zx8kQ2mN7pL4vR9tW3yB6cD1',
    `NEXT_PUBLIC_SUPABASE_ANON_KEY=${hex('anon', 64)}`,
  ])('is a notice when every key is public by convention: %s', (text) => {
    const f = run('.env.production', text);
    expect(f.severity).toBe('notice');
    expect(f.message).toMatch(/public by framework convention/);
  });

  it('names only the keys that look secret, never values or harmless keys', () => {
    const text = [
      'FLASK_APP=app.py',
      'COMPOSE_PROJECT_NAME=shop',
      'MAILER_DSN=null://null',
      'DATABASE_URL=postgresql://app:!ChangeMe!@127.0.0.1:5432/app',
      'DATABASE_PASSWORD=Zx8kQ2mN7pL4vR9tW3yB6cD1!',
      'STRIPE_API_KEY=' + fakeToken('stripe-live', 'names'),
      'SOME_SETTING=Zx8kQ2mN7pL4vR9tW3yB6cD1',
      'JWT_SECRET=changeme',
      'PORT=8080',
      'VITE_TITLE=Shop',
    ].join('\n');
    const f = run('.env', text);
    for (const key of ['DATABASE_PASSWORD', 'STRIPE_API_KEY', 'SOME_SETTING']) expect(f.message).toContain(key);
    for (const key of ['FLASK_APP', 'COMPOSE_PROJECT_NAME', 'MAILER_DSN', 'DATABASE_URL', 'JWT_SECRET', 'PORT', 'VITE_TITLE']) {
      expect(f.message).not.toContain(key);
    }
    for (const value of ['Zx8kQ2mN7pL4vR9tW3yB6cD1', 'sk_live', 'ChangeMe', 'changeme', '8080', 'Shop', 'app.py']) {
      expect(f.message).not.toContain(value);
    }
    expect(f.secret).toBeUndefined();
  });

  it("gives Symfony's advice for a warning too: its .env stays committed", () => {
    const f = run('.env', `###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=\n###< symfony/framework-bundle ###\nDB_USER=shop\nDB_PASSWORD=shop`);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('Symfony commits `.env` for defaults');
    expect(f.message).toContain('secrets:set');
    expect(f.message).not.toContain('git rm --cached');
  });

  it('keeps the Symfony-generated APP_SECRET an error and says what Symfony expects', () => {
    const f = run('.env', `${SYMFONY_HEADER}\n###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=${hex('recipe', 32)}\n###< symfony/framework-bundle ###`);
    expect(f.severity).toBeUndefined();
    expect(f.message).toContain('holds real-looking secrets: APP_SECRET (random-looking 32-digit hex value)');
    expect(f.message).toContain('Symfony commits `.env` for defaults');
    expect(f.message).toContain('`.env.local`');
    expect(f.message).toContain('secrets:set');
    expect(f.message).not.toContain('git rm --cached');
    expect(f.message).not.toContain('APP_ENV');
  });

  // Next.js, Vite, Create React App, Vue CLI and Expo commit `.env` and `.env.<mode>` for defaults and read the ignored
  // `.local` copy over them: the secret moves there, the file stays.
  it.each([
    ['client/.env.development', 'NEXT_PUBLIC_API_URL=http://localhost:1337\nPREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h', 'Next.js', '.env.development.local'],
    ['.env.production', 'VITE_API_URL=https://api.acme.io\nSESSION_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', 'Vite', '.env.production.local'],
    ['web/.env', 'REACT_APP_SENTRY_DSN=https://abc@o1.ingest.sentry.io/1\nJWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', 'Create React App', '.env.local'],
  ])("%s: tells a framework's committed mode file to move the secret to its .local copy", (path, text, framework, local) => {
    const f = run(path, text);
    expect(f.severity).toBeUndefined();
    expect(f.message).toContain(`${framework} reads \`${local}\` (ignored) over`);
    expect(f.message).not.toContain('git rm --cached');
  });

  it("names a .local copy only for a mode its framework loads one for (Vite's and Vue CLI's any, the others' three)", () => {
    expect(run('.env.staging', 'NEXT_PUBLIC_X=1\nPREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h').message).not.toContain('.env.staging.local');
    expect(run('.env.staging', 'VITE_X=1\nPREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h').message).toContain('Vite reads `.env.staging.local` (ignored)');
    expect(run('.env.test', 'REACT_APP_X=1\nPREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h').message).toContain('Create React App reads `.env.test.local` (ignored)');
  });

  it("leaves Laravel's .env files to Laravel, which reads no .local copy, though they pass VITE_ keys to Vite", () => {
    const laravel = 'APP_NAME=Laravel\nAPP_ENV=testing\nAPP_KEY=base64:q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=\nDB_CONNECTION=sqlite\nVITE_APP_NAME="${APP_NAME}"\nVITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"';
    for (const path of ['.env', '.env.testing']) {
      const f = run(path, laravel);
      expect(f.message, path).not.toContain('Vite');
      expect(f.message, path).not.toContain('.local');
    }
  });

  it('never sends a .env.local to a .local copy of its own', () => {
    expect(run('.env.local', 'VITE_X=1\nSESSION_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa').message).not.toContain('.local.local');
  });

  it('gives the usual advice where no key says which framework loads the file, and for a .local file', () => {
    for (const [path, text] of [['.env.development', 'PREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h'], ['.env.development.local', 'NEXT_PUBLIC_X=1\nPREVIEW_SECRET=ARNFq8Zr4nM2xV7bL1cK9pT3wY6h']] as const) {
      const f = run(path, text);
      expect(f.message).not.toContain('reads `');
    }
  });

  it("is a notice for Symfony's own defaults, with nothing named", () => {
    const f = run('.env', SYMFONY_DEFAULTS);
    expect(f.severity).toBe('notice');
    for (const key of ['APP_SECRET', 'DATABASE_URL', 'MESSENGER_TRANSPORT_DSN', 'MAILER_DSN']) expect(f.message).not.toContain(key);
  });

  it('judges a key once, by its first real-looking value', () => {
    const f = run('.env', 'API_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1\nAPI_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD2');
    expect(f.message.match(/API_KEY/g)).toHaveLength(1);
  });

  it('caps the list of keys', () => {
    const text = Array.from({ length: 14 }, (_, i) => `TOKEN_${i}=value${i}`).join('\n');
    expect(run('.env', text).message).toMatch(/and 4 more/);
  });

  it('still reports a binary or oversized dotenv file, by name, as an error', () => {
    const f = run('.env', null);
    expect(f.message).toContain('`.env`');
    expect(f.severity).toBeUndefined();
  });

  it('leaves encrypted dotenv files alone, and reports what is left in plain text', () => {
    const none = (file: string, text: string | null) => expect(dotenvFile.checkFile!(fileContext(file, text, { status: 'tracked' })), file).toEqual([]);
    const dotenvx = `DOTENV_PUBLIC_KEY_PRODUCTION="03f8b376234c4f2f0445f392a12e80f3a84b4b0d1e0c3df85c494e45812653c22a"\nSECRET_KEY="encrypted:BNr24F4vW9CqZ0hNpfBJqtmW+kIw5X3yTZC0lZ7SxMCrPPi+HxUCb1fGp0t0vUlGtQ8rYe7MSbxXZ7DCxgpbHx0l9xC0sPq"\nLOG_LEVEL=info`;
    const sops = 'SECRET_KEY_BASE=ENC[AES256_GCM,data:8b2kT1Jx9mNq0vPpA4yZ7w==,iv:Qm4vN2yHk8sJ1bF3xD9pLw==,tag:Zx8kQ2mN7pL4vR9tW3yB6c==,type:str]\nsops_version=3.8.1\nsops_mac=ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]';
    // dotenvx's files are made to be committed; so are SOPS's, and ciphertext under an encryption suffix.
    none('.env.production', dotenvx);
    none('.env', sops);
    none('cloudbuild/.prod.env.enc', null);
    none('.env.gpg', '-----BEGIN PGP MESSAGE-----\n\nhQEMA1b2c3d4e5f6ARAAmZx8kQ2mN7pL4vR9tW3yB6c\n-----END PGP MESSAGE-----\n');
    none('.env.age', '-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxOFpyNG5N\n-----END AGE ENCRYPTED FILE-----\n');
    none('.env.age', null);
    // A plain-text secret beside encrypted ones, a plain-text file under an encryption suffix, and a binary `.env`.
    expect(severityOf('.env.production', `${dotenvx}\nJWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2`)).toBe('error');
    expect(severityOf('.prod.env.enc', 'JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2')).toBe('error');
    expect(severityOf('.env.gpg', '-----BEGIN PGP MESSAGE-----\n\nhQEMA1b2c3d4e5f6ARAAmZx8kQ2mN7pL4vR9tW3yB6c\n-----END PGP MESSAGE-----\nJWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2')).toBe('error');
    // `encrypted:` without dotenvx's public key in the file, and a value only shaped like SOPS's, are values.
    expect(severityOf('.env', 'SECRET_KEY=encrypted:Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2')).toBe('error');
    expect(severityOf('.env', 'SECRET_KEY=ENC[Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2]')).toBe('error');
    // SOPS's entries count only in a file SOPS encrypted, and only as SOPS names them.
    expect(severityOf('.env', 'sops_secret=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2')).toBe('error');
    expect(severityOf('.env', `${sops}\nsops_token=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2`)).toBe('error');
    expect(severityOf('.env', 'SECRET_KEY="encrypted:"\nDB_PASSWORD=postgres')).toBe('warning');
    // dotenvx's private keys are the secret that opens the rest.
    expect(severityOf('.env.keys', 'DOTENV_PRIVATE_KEY_PRODUCTION="81dac4d2c42e67a2c6542d3b943a4674a05c4be5e7e5a40a689be7a3bd49a07e"')).toBe('error');
  });

  it.each([
    ['tracked', 'error', /git rm --cached/],
    ['untracked', 'error', /\.gitignore/],
    ['plain', 'error', /ship/],
    ['tracked', 'warning', /git rm --cached/],
    ['untracked', 'warning', /\.gitignore/],
    ['plain', 'warning', /ship/],
    ['tracked', 'notice', /the environment, or an ignored file the application reads over this one/],
    ['untracked', 'notice', /\.gitignore/],
    ['plain', 'notice', /ship/],
  ] as const)('tells what to do for a %s file at %s', (status, severity, advice) => {
    const text = { error: 'DB_PASSWORD=Tr0ub4dor&3x', warning: 'DB_PASSWORD=postgres', notice: 'PORT=3000' }[severity];
    const f = run('.env', text, status);
    expect(f.severity ?? 'error').toBe(severity);
    expect(f.message).toMatch(advice);
    if (status === 'plain') expect(f.message).not.toMatch(/from git/);
  });

  it("takes the key every local Supabase prints for a stand-in, and a project's own key for a secret", () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = (payload: object) => `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.${'Qm7xT2wR9pK4vN8bZ3cL6yH1jF5dG0sAeU'}`;
    const demo = jwt({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 });
    const own = jwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'service_role', iat: 1700000000 });
    expect(severityOf('.env', `SUPABASE_URL=http://localhost:54321\nSUPABASE_SERVICE_ROLE_KEY=${demo}`)).toBe('warning');
    expect(severityOf('.env', `SUPABASE_ANON=${demo}`)).toBe('notice');
    expect(severityOf('.env', `SUPABASE_SERVICE_ROLE_KEY=${own}`)).toBe('error');
  });

  it("takes a key block's shape without a key for a placeholder: its armour alone, or around the bytes every RSA key starts with", () => {
    const begin = pemMarker('BEGIN', 'RSA PRIVATE KEY');
    const end = pemMarker('END', 'RSA PRIVATE KEY');
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\\nMIIEpAIBAAKCAQEA${end}"`)).toBe('warning');
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\\n${end}"`)).toBe('warning');
    expect(severityOf('.env', `JWT_PRIVATE_KEY="${begin}\n${end}"`)).toBe('warning');
    // An RSA key's first line of 64 characters under a length of 1,188 bytes: no more than part of its public modulus.
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\\nMIIEpAIBAAKCAQEA${'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr'}\\n${end}"`)).toBe('warning');
    // A key's material stays a key, escaped or on lines of its own, the END line in reach or not.
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\\n${fakeToken('pem-line', 'k1')}\\n${end}"`)).toBe('error');
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\n${fakeToken('pem-line', 'k2')}\n${end}"`)).toBe('error');
    expect(severityOf('.env', `GITHUB_APP_PRIVATE_KEY="${begin}\\n${fakeToken('pem-line', 'k3')}`)).toBe('error');
    // Flattened for a platform's variables: joined by spaces, by nothing, by `\` continuations, inside JSON.
    const [l1, l2] = [fakeToken('pem-line', 'k4'), fakeToken('pem-line', 'k5')];
    expect(severityOf('.env', `PRIVATE_KEY="${begin} ${l1} ${l2} ${end}"`)).toBe('error');
    expect(severityOf('.env', `PRIVATE_KEY=${begin}${l1}${l2}${end}`)).toBe('error');
    expect(severityOf('.env', `PRIVATE_KEY="${begin}\\\n${l1}\\\n${end}"`)).toBe('error');
    expect(severityOf('.env', `SA='{"private_key":"${pemMarker('BEGIN', 'PRIVATE KEY')} ${l1} ${pemMarker('END', 'PRIVATE KEY')}\\n"}'`)).toBe('error');
    // A service account's key without its armour is still one.
    expect(severityOf('.env', `SA='{"type":"service_account","private_key":"${l2}"}'`)).toBe('error');
    // Escaped twice, as a JSON string inside a value writes it.
    expect(severityOf('.env', `PRIVATE_KEY="${begin}\\\\n${l1}\\\\n${end}"`)).toBe('error');
    // What says what to put there is no key.
    expect(severityOf('.env', `PRIVATE_KEY="${begin}\\n<your private key>\\n${end}"`)).toBe('warning');
    expect(severityOf('.env', `PRIVATE_KEY="${begin}\\nNote: paste your key here\\n${end}"`)).toBe('warning');
    expect(severityOf('.env', `PRIVATE_KEY="${begin} ... ${end}"`)).toBe('warning');
  });

  it('judges a URL password with its user, as in code: both named in capitals are stand-ins', () => {
    expect(severityOf('.env', 'MAILER_DSN=mailgun+api://API_KEY:DOMAIN@default')).toBe('warning');
    expect(severityOf('.env', 'DATABASE_URL=oracle://scott:MANAGER@db.internal:1521/orcl')).toBe('error');
  });

  it('takes a URL password that repeats the user name for a local default', () => {
    expect(severityOf('.devcontainer/backend.env', 'DATABASE_URL=postgres://saleor:saleor@db/saleor')).toBe('notice');
    expect(severityOf('.env', 'DATABASE_URL=postgres://saleor:Tr0ub4dor&3x@db/saleor')).toBe('error');
  });

  it('judges by content only, whatever the name', () => {
    expect(severityOf('.env.production', 'SECRET_KEY=changeme')).toBe('warning');
    expect(severityOf('.env.test', `SECRET_KEY=${hex('t', 40)}`)).toBe('error');
  });

  it('does not flag ignored files', () => {
    expect(check(dotenvFile, { file: '.env', text: 'A=1', status: 'ignored' })).toEqual([]);
  });
});

describe('dotenv-file: an authentication setting set to a mode holds no credential', () => {
  const run = (text: string) => dotenvFile.checkFile!(fileContext('.env', text, { status: 'tracked' }))[0]!;
  it.each(['REGISTER_AUTH=auth', 'REGISTER_AUTH=verified', 'MAIL_AUTH=login', 'SMTP_AUTH=plain', 'API_AUTH=none'])('%s: nothing secret', (line) => {
    expect(run(`APP_NAME=LinkStack\n${line}\nAPP_KEY=\n`)).toMatchObject({ severity: 'notice', message: expect.stringContaining('nothing in it looks secret') });
  });
  it.each([
    ['REDIS_AUTH=foobared', 'warning'],
    ['REDIS_AUTH=q8Zr2mN7pL4vR9tW3yB6cD1a', 'error'],
    ['BASIC_AUTH=admin:Zx8kQ2mN7pL4', 'error'],
  ] as const)('%s: a credential (%s)', (line, severity) => {
    expect(run(`APP_NAME=app\n${line}\n`).severity ?? 'error').toBe(severity);
  });
});

describe("dotenv-file: a record's id is no secret", () => {
  const run = (text: string) => dotenvFile.checkFile!(fileContext('.env', text, { status: 'tracked' }))[0]!;
  it('takes a MongoDB ObjectId under a name without a secret word for an id', () => {
    expect(run('APP_NAME=novu\nBLUEPRINT_CREATOR=6502c1e4b8a3d7f09e2a4c15\n')).toMatchObject({ severity: 'notice' });
  });
  it.each([
    // 24 hex digits whose time is not a plausible ObjectId's (1970), or in capitals: random.
    'BLUEPRINT_CREATOR=00a1e4b8a3d7f09e2a4c15e9',
    'BLUEPRINT_CREATOR=6502C1E4B8A3D7F09E2A4C15',
    // Under a secret's name, or a name that is no id's, an ObjectId-shaped value stays a secret.
    'SESSION_SECRET=6502c1e4b8a3d7f09e2a4c15',
    'WEBHOOK_SIGNATURE=6502c1e4b8a3d7f09e2a4c15',
    'HASHIDS=6502c1e4b8a3d7f09e2a4c15',
    'ADMIN_AUTH_USER=6502c1e4b8a3d7f09e2a4c15',
  ])('%s: real-looking', (line) => {
    expect(run(`APP_NAME=novu\n${line}\n`).severity ?? 'error').toBe('error');
  });
});

describe('dotenv-file: a class named by its module path picks an implementation, and holds no secret', () => {
  const run = (text: string) => dotenvFile.checkFile!(fileContext('.env', text, { status: 'tracked' }))[0]!;
  it.each(['BREACHED_PASSWORDS=warehouse.accounts.NullPasswordBreachedService', 'AUTH_TOKEN_BACKEND=com.acme.auth.JdbcTokenStore'])('%s: nothing secret', (line) => {
    expect(run(`APP_NAME=warehouse\n${line}\n`)).toMatchObject({ severity: 'notice', message: expect.stringContaining('nothing in it looks secret') });
  });
  it.each([
    ['JWT_SECRET=Jwt.Secret', 'warning'],
    // Dotted, but no class: a secret's own shape.
    ['SESSION_SECRET=k8s.vault.Xk8mQ2vR9tL4pN7wB3zC6hF1', 'error'],
    ['DB_PASSWORD=acme.prod.Summer2024xQ', 'error'],
    ['SESSION_SECRET=Vq3mZ8kR.xL7pN4wT9b.C6hF1jD5sG0yA', 'error'],
  ] as const)('%s: a secret-named value (%s)', (line, severity) => {
    expect(run(`APP_NAME=app\n${line}\n`).severity ?? 'error').toBe(severity);
  });
});

describe("dotenv-file: Kamal's secrets are references, committed", () => {
  const kamal = (path: string, text: string) => dotenvFile.checkFile!(fileContext(path, text, { status: 'tracked' }));
  it('reports each real-looking value, told to become a reference, and never the value', () => {
    const key = hex('kamal-master', 32);
    const found = kamal('.kamal/secrets', `KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\nRAILS_MASTER_KEY=${key}\nSECRET_KEY_BASE=$(kamal secrets fetch --adapter 1password --account acme SECRET_KEY_BASE)\n`);
    expect(found.map((f) => [f.line, f.key, f.severity])).toEqual([[2, 'RAILS_MASTER_KEY', undefined]]);
    expect(found[0]!.message).toContain("`RAILS_MASTER_KEY` in Kamal's secrets `.kamal/secrets` is a real-looking value");
    expect(found[0]!.message).toContain('Write `RAILS_MASTER_KEY=$RAILS_MASTER_KEY`');
    expect(found[0]!.message).not.toContain(key);
    expect(kamal('config/app/.kamal/secrets.production', `RAILS_MASTER_KEY=${key}\n`)).toHaveLength(1);
    expect(kamal('.kamal/secrets-common', `RAILS_MASTER_KEY=${key}\n`)).toHaveLength(1);
  });
  it.each([
    ['.kamal/secrets', 'KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\nRAILS_MASTER_KEY=$(cat config/master.key)\n'],
    ['.kamal/secrets', '# SECRETS=$(kamal secrets fetch ...)\nDB_PASSWORD=changeme\n'],
    ['.kamal/hooks/pre-deploy', 'RAILS_MASTER_KEY=q8Zr2mN7pL4vR9tW3yB6cD1aQ8Zr2mN7\n'],
  ])('%s with %j: nothing', (path, text) => {
    expect(kamal(path, text)).toEqual([]);
  });
});

describe('dotenv-file: a file a compose file loads with env_file: is a dotenv file whatever its name', () => {
  const SECRET = 'TOKEN_PASSWORD_SECRET=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\nDEBUG=1\n';
  const tree = (files: Record<string, string>, extra: Partial<TreeContext> = {}): TreeContext => ({
    mode: 'git',
    settings: ruleSettings({}),
    entries: Object.keys(files).map((p) => ({ path: p, status: 'tracked' as const, kind: 'file' as const })),
    readText: async (p) => files[p] ?? null,
    ...extra,
  });

  it.each([
    ['services:\n  web:\n    env_file: dev/environment\n', 'dev/environment'],
    ['services:\n  web:\n    env_file: ["./config/app", other.env]\n', 'config/app'],
    ['services:\n  db:\n    env_file:\n      - ./docker/mariadb/env\n      - path: ./docker/mariadb/extra\n        required: false\n', 'docker/mariadb/env'],
  ])('%s → %s', async (compose, target) => {
    const found = await dotenvFile.checkTree!(tree({ 'docker-compose.yml': compose, [target]: SECRET }));
    expect(found.map((f) => [f.path, f.severity])).toEqual([[target, undefined]]);
    expect(found[0]!.message).toMatch(/^`[^`]+` \(a dotenv file: `docker-compose\.yml` loads it with `env_file:`\) is tracked by git; it holds real-looking secrets: TOKEN_PASSWORD_SECRET/);
    expect(found[0]!.message).not.toContain('Vq3m');
    // Compose needs it: its values move to an ignored file listed after it, not the file out of git.
    expect(found[0]!.message).toContain('Compose needs the file: move the real values to an ignored file listed after it in `env_file:`');
    expect(found[0]!.message).not.toContain('git rm --cached');
  });

  it('resolves a path from the compose file\'s folder, and reads the long syntax\'s every item', async () => {
    const found = await dotenvFile.checkTree!(tree({ 'deploy/compose.prod.yaml': 'services:\n  app:\n    env_file:\n      - path: ../secrets/app\n      - path: ./local\n        required: false\n', 'secrets/app': SECRET, 'deploy/local': SECRET }));
    expect(found.map((f) => f.path)).toEqual(['secrets/app', 'deploy/local']);
  });

  it('leaves dotenv names to the file rule, and what is missing, ignored, outside the root, a variable, or not a compose file', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  a:\n    env_file: .env\n  b:\n    env_file: ../outside\n  c:\n    env_file: ${ENV_FILE}\n  d:\n    env_file: missing\n  e:\n    env_file: ignored/env\n',
      '.env': SECRET,
      'ignored/env': SECRET,
      'ansible/env_file.yml': 'env_file: config/app\n',
      'config/app': SECRET,
    };
    const t = tree(files);
    const entries = t.entries.map((e) => (e.path === 'ignored/env' ? { ...e, status: 'ignored' as const } : e));
    expect(await dotenvFile.checkTree!({ ...t, entries })).toEqual([]);
  });

  it('reads nothing in a scan of a change, whose files do not say what loads them', async () => {
    expect(await dotenvFile.checkTree!(tree({ 'docker-compose.yml': 'services:\n  web:\n    env_file: dev/environment\n', 'dev/environment': SECRET }, { changedOnly: true }))).toEqual([]);
  });

  it('is reported by a scan, at the context of its own path', async () => {
    const f = Fixture.repo();
    try {
      f.write('docker-compose.yml', 'services:\n  web:\n    env_file: dev/environment\n').write('dev/environment', SECRET);
      f.git('add', '-A');
      const result = await scan({ root: f.root });
      expect(result.findings.map((x) => `${x.ruleId} ${x.path} ${x.severity} ${x.context}`)).toEqual(['dotenv-file dev/environment warning development']);
    } finally {
      f.cleanup();
    }
  });
});

describe('dotenv-file: a dotenv file by its name that a compose file loads keeps its place', () => {
  const SECRET = 'APP_SECRET_TOKEN=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr2mN7pL4vR9tW3yB6cD1\n';
  const COMPOSE = 'services:\n  web:\n    env_file:\n      - ../secrets.env\n';
  const scanRepo = async (files: Record<string, string>) => {
    const f = Fixture.repo();
    try {
      for (const [p, t] of Object.entries(files)) f.write(p, t);
      f.git('add', '-A');
      return (await scan({ root: f.root }, [dotenvFile])).findings;
    } finally {
      f.cleanup();
    }
  };

  it('asks for the real values in an ignored file listed after it, not for the file out of git', async () => {
    const found = await scanRepo({ 'docker/single/docker-compose.yml': COMPOSE, 'docker/secrets.env': SECRET });
    expect(found.map((f) => [f.path, f.severity])).toEqual([['docker/secrets.env', 'error']]);
    expect(found[0]!.message).toBe(
      '`secrets.env` is tracked by git; it holds real-looking secrets: APP_SECRET_TOKEN (random-looking value). ' +
        '`docker/single/docker-compose.yml` loads it with `env_file:`, so keep the file: move the real values to an ignored file listed after it in `env_file:` (with `required: false`), leave placeholders here, and rotate them.',
    );
  });

  it('asks placeholders to be overridden by such a file', async () => {
    const found = await scanRepo({ 'compose.yaml': 'services:\n  db:\n    env_file: docker/postgres.env\n', 'docker/postgres.env': 'POSTGRES_PASSWORD=changeme\n' });
    expect(found.map((f) => [f.path, f.severity])).toEqual([['docker/postgres.env', 'warning']]);
    expect(found[0]!.message).toContain('`compose.yaml` loads it with `env_file:`, so keep the file: give every deployment its own values in an ignored file listed after it in `env_file:` (with `required: false`), which override these.');
    expect(found[0]!.message).not.toContain('git rm');
  });

  // paperless-ngx's settings raise on its template's placeholder, so no deployment runs with it.
  const REFUSING = 'import os\nSECRET_KEY = os.getenv("PAPERLESS_SECRET_KEY", "")\nif not SECRET_KEY.strip() or SECRET_KEY == "change-me":\n    raise ImproperlyConfigured("set PAPERLESS_SECRET_KEY")\n';
  it('is an example (a notice) when the application refuses to start with its placeholders', async () => {
    const files = { 'docker/compose/docker-compose.yml': 'services:\n  web:\n    env_file: docker-compose.env\n', 'docker/compose/docker-compose.env': 'PAPERLESS_SECRET_KEY=change-me\nPAPERLESS_TIME_ZONE=UTC\n' };
    const found = await scanRepo({ ...files, 'src/paperless/settings.py': REFUSING });
    expect(found.map((f) => [f.path, f.severity, f.context, f.contextWhy])).toEqual([
      ['docker/compose/docker-compose.env', 'notice', 'example', 'placeholders the application refuses to run with (`src/paperless/settings.py:3`)'],
    ]);
    // Without the guard, or with one that only warns, it stays a warning.
    expect((await scanRepo(files))[0]!.severity).toBe('warning');
    expect((await scanRepo({ ...files, 'src/paperless/settings.py': REFUSING.replace('raise ImproperlyConfigured', 'print') }))[0]!.severity).toBe('warning');
    // A placeholder the guard does not refuse keeps the file a warning.
    expect((await scanRepo({ ...files, 'docker/compose/docker-compose.env': 'PAPERLESS_SECRET_KEY=change-me\nPOSTGRES_PASSWORD=postgres\n', 'src/paperless/settings.py': REFUSING }))[0]!.severity).toBe('warning');
  });

  it('lowers a file only when each placeholder is refused under its own key', async () => {
    const guard = 'if SECRET_KEY == "change-me-now":\n    raise ImproperlyConfigured("set APP_SECRET_KEY")\n';
    const compose = 'services:\n  web:\n    env_file: docker/app.env\n  db:\n    image: postgres\n    env_file: docker/db.env\n';
    const found = await scanRepo({
      'compose.yaml': compose,
      'docker/app.env': 'APP_SECRET_KEY=change-me-now\nPOSTGRES_PASSWORD=change-me-now\n',
      'docker/db.env': 'POSTGRES_PASSWORD=change-me-now\n',
      'src/app/settings.py': guard,
    });
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      ['docker/app.env', 'warning'],
      ['docker/db.env', 'warning'],
    ]);
    // Refused under its own key, it is lowered, and the message says why (not a fixture's values).
    const [alone] = await scanRepo({ 'compose.yaml': compose, 'docker/app.env': 'APP_SECRET_KEY=change-me-now\n', 'src/app/settings.py': guard });
    expect(alone).toMatchObject({ path: 'docker/app.env', severity: 'notice' });
    expect(alone!.message).toContain('which the application refuses to start with (`src/app/settings.py:1`): keep real values out of it.');
  });

  it('keeps the usual advice for `.env`, which git ignores by convention, when compose loads it', async () => {
    const found = await scanRepo({ 'compose.yaml': 'services:\n  web:\n    env_file: [.env]\n', '.env': SECRET });
    expect(found[0]!.message).toContain('git rm --cached .env');
    expect(found[0]!.message).not.toContain('so keep the file');
  });

  it('keeps the place of a `.env.*` file of the stack, loaded by a compose file named before or after `compose`', async () => {
    for (const compose of ['dev.docker-compose.yml', 'docker-compose.dev.yml', 'local-compose.yaml']) {
      const found = await scanRepo({ [compose]: 'services:\n  app:\n    env_file: .env.dev.docker\n', '.env.dev.docker': SECRET });
      expect(found.map((f) => f.path)).toEqual(['.env.dev.docker']);
      expect(found[0]!.message).toContain(`\`${compose}\` loads it with \`env_file:\`, so keep the file`);
      expect(found[0]!.message).not.toContain('git rm');
    }
    // One machine's own file keeps the usual advice; so does a YAML file that only mentions compose.
    const local = await scanRepo({ 'compose.yaml': 'services:\n  app:\n    env_file: .env.development.local\n', '.env.development.local': SECRET });
    expect(local[0]!.message).toContain('git rm --cached');
    const other = await scanRepo({ 'composer-settings.yml': 'services:\n  app:\n    env_file: .env.dev.docker\n', '.env.dev.docker': SECRET });
    expect(other[0]!.message).not.toContain('env_file');
  });

  it("keeps the place of a file the project's scripts copy, download or load, and asks for each deployment's own values", async () => {
    const kept: [Record<string, string>, string, string][] = [
      [{ 'deploy/install.sh': 'RESPONSE=$(curl -sSL -H "Cache-Control: no-cache" "$URL/$VERSION/variables.env?$(date +%s)")\n' }, '`deploy/install.sh` downloads it (line 1)', 'installation'],
      [{ 'deploy/build.sh': '#!/bin/sh\nset -e\ncp ./variables.env "$DIST_DIR/app.env"\n' }, '`deploy/build.sh` copies it (line 3)', 'deployment'],
      [{ 'deploy/Dockerfile': 'FROM alpine\nCOPY --chown=app variables.env /app/.env\n' }, '`deploy/Dockerfile` copies it (line 2)', 'deployment'],
      [{ 'start.sh': 'set -a; . deploy/variables.env; set +a\nexec app\n' }, '`start.sh` loads it (line 1)', 'deployment'],
      [{ 'deploy/run.sh': 'source "$(dirname "$0")/variables.env"\n' }, '`deploy/run.sh` loads it (line 1)', 'deployment'],
      [{ 'deploy/build.sh': 'cp -t "$DIST" ./variables.env\n' }, '`deploy/build.sh` copies it (line 1)', 'deployment'],
      [{ 'deploy/run.sh': 'SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"\nsource "$SCRIPT_DIR/variables.env"\n' }, '`deploy/run.sh` loads it (line 2)', 'deployment'],
      [{ 'deploy/install.sh': 'tr -d x <<< "$x"\ncurl -fsSLO "$URL/$VERSION/variables.env"\n' }, '`deploy/install.sh` downloads it (line 2)', 'installation'],
      [{ '.github/workflows/release.yml': 'jobs:\n  r:\n    steps:\n      - run: gh release upload "$TAG" deploy/variables.env\n      - run: cp deploy/variables.env dist/\n' }, '`.github/workflows/release.yml` copies it (line 5)', 'deployment'],
    ];
    for (const [scripts, says, who] of kept) {
      const found = await scanRepo({ ...scripts, 'deploy/variables.env': SECRET });
      expect(found.map((f) => f.path)).toEqual(['deploy/variables.env']);
      expect(found[0]!.message).toContain(`${says}, so keep the file: leave placeholders here, have each ${who} make values of its own`);
      expect(found[0]!.message).not.toContain('git rm');
    }
    // The scripts beside the file come before the workflows, however many there are.
    const workflows = Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`.github/workflows/w${String(k).padStart(2, '0')}.yml`, 'jobs: {}\n']));
    const [near] = await scanRepo({ ...workflows, 'deploy/build.sh': 'cp ./variables.env dist/\n', 'deploy/variables.env': SECRET });
    expect(near!.message).toContain('`deploy/build.sh` copies it (line 1)');
    const [placeholders] = await scanRepo({ 'deploy/build.sh': 'cp variables.env dist/\n', 'deploy/variables.env': 'APP_SECRET_KEY=changeme\n' });
    // Placeholders keep the usual advice, which allows for shared defaults kept on purpose; so does a CI job's file
    // with values made up for it.
    expect(placeholders!.message).toContain('If it holds shared development defaults on purpose, make sure every deployment overrides them');
    const [ci] = await scanRepo({ '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: cp .env.ci .env\n', '.env.ci': SECRET });
    expect(ci).toMatchObject({ severity: 'notice' });
    expect(ci!.message).toContain('If they are made up for this use, the file can stay');
    // What writes the file, fetches it from elsewhere, prints or mentions it, copies another file of the same name, a
    // script elsewhere, and a file for one deployment keep the usual advice.
    const usual: Record<string, string>[] = [
      { 'deploy/build.sh': 'cp variables.env.example variables.env\n' },
      { 'deploy/fetch.sh': 'curl -sSL -o variables.env "$URL/defaults"\n' },
      { 'deploy/fetch.sh': 'curl -fsSLo variables.env "$URL/defaults.env"\n' },
      { 'deploy/fetch.sh': 'wget -qO variables.env "$URL"\n' },
      { 'deploy/pull.sh': 'aws s3 cp s3://acme-secrets/prod/variables.env ./variables.env\n' },
      { 'deploy/pull.sh': 'scp deploy@prod:/srv/app/variables.env .\n' },
      { 'deploy/Dockerfile': 'FROM alpine\nCOPY --from=build /out/variables.env /app/\n' },
      { 'deploy/build.sh': '# cp variables.env dist/\necho "edit variables.env first"\necho "Now run: cp variables.env /etc/acme/app.env"\n' },
      { 'deploy/setup.sh': 'cat <<EOF > README\ncp variables.env /etc/acme/app.env\nEOF\n' },
      { 'build.sh': 'cp deploy/staging/variables.env dist/\n' },
      { 'other/build.sh': 'cp ../deploy/variables.env dist/\n' },
    ];
    for (const scripts of usual) {
      const found = await scanRepo({ ...scripts, 'deploy/variables.env': SECRET });
      expect(found[0]!.message, JSON.stringify(scripts)).toContain('git rm --cached deploy/variables.env');
    }
    const [dotenv] = await scanRepo({ 'run.sh': 'source .env\nexec app\n', '.env': SECRET });
    expect(dotenv!.message).toContain('git rm --cached .env');
    const [production] = await scanRepo({ 'deploy.sh': 'scp .env.production deploy@prod:/srv/app/.env\ncp .env.production dist/\n', '.env.production': SECRET });
    expect(production!.message).toContain('git rm --cached .env.production');
    const [composed] = await scanRepo({ 'docker-compose.prod.yml': 'services:\n  app:\n    env_file: .env.production\n', '.env.production': SECRET });
    expect(composed!.message).toContain('git rm --cached .env.production');
  });

  it('keeps the usual advice when no compose file loads it', async () => {
    const found = await scanRepo({ 'compose.yaml': 'services:\n  db:\n    env_file: other.env\n', 'docker/secrets.env': SECRET });
    expect(found[0]!.message).toContain('`.env.example`');
    expect(found[0]!.message).not.toContain('env_file');
  });
});

describe("dotenv-file: placeholders in a project template's dotenv file", () => {
  it('are an example (a notice), what the generator or its user fills in', () => {
    const [f] = check(dotenvFile, { file: '{{cookiecutter.project_slug}}/.envs/.production/.env', text: 'DJANGO_SECRET_KEY=!!!SET DJANGO_SECRET_KEY!!!\nDJANGO_ADMIN_URL=!!!SET DJANGO_ADMIN_URL!!!' });
    expect(f).toMatchObject({ severity: 'warning', context: 'example', contextWhy: 'placeholders in a project template' });
    const placed = placeFinding({ ...f!, path: '{{cookiecutter.project_slug}}/.envs/.production/.env', status: 'tracked' }, 'error', 'secret', new ContextClassifier())!;
    expect(placed.severity).toBe('notice');
  });

  it('keep their severity outside a template, and a real-looking value keeps it inside one', () => {
    expect(check(dotenvFile, { file: 'app/.env', text: 'DJANGO_SECRET_KEY=!!!SET DJANGO_SECRET_KEY!!!' })[0]!.context).toBeUndefined();
    expect(check(dotenvFile, { file: '{{cookiecutter.project_slug}}/.env', text: 'DJANGO_SECRET_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' })[0]!.context).toBeUndefined();
  });
});
