import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { Fixture } from '../helpers/fixture';
import { fakeToken } from '../helpers/fake-tokens';
import { parseDotenv } from '../../src/rules/lib/dotenv-names';
import { UNTRACK_AND_IGNORE } from '../../src/fix/untrack-and-ignore';
import { committedRepo, findings, fix, read } from './helpers';
import { appsettingsKey } from '../../src/fix/manual-steps';

const KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uW';

const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));
function repo(files: Record<string, string>): Fixture {
  const f = committedRepo(files);
  fixtures.push(f);
  return f;
}

describe('untrack and ignore (dotenv-file)', () => {
  it('is keyed by rule id, so another rule opts in with one entry: git-credentials untracks a .git-credentials file', async () => {
    expect(Object.keys(UNTRACK_AND_IGNORE)).toContain('dotenv-file');
    const f = repo({ 'config/.git-credentials': `https://ci:${fakeToken('ghp')}@github.com\n` });
    const r = await fix(f.root, '--write');
    expect(r.stdout).toMatch(/^ {2}config\/\.git-credentials:1:12 {2}git-credentials {2}stop tracking `config\/\.git-credentials` \(the local copy stays\), ignore it$/m);
    expect(f.git('ls-files')).toBe('');
    expect(read(f, '.gitignore')).toBe('config/.git-credentials\n');
  });

  it('does not add a pattern git already applies, whatever its spelling', async () => {
    const f = repo({ 'backend/.env': `API_SECRET=${KEY}\n`, '.gitignore': 'node_modules/\n**/.env*\n!.env.example\n' });
    // Ignored by a pattern, but tracked: the fix only untracks it.
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(0);
    expect(read(f, '.gitignore')).toBe('node_modules/\n**/.env*\n!.env.example\n');
    expect(f.git('ls-files', '--', 'backend/.env')).toBe('');
    expect(read(f, 'backend/.env.example')).toBe('# Copy to .env and set the real values there; .env stays out of git.\nAPI_SECRET=change-me\n');
    expect(f.git('status', '--porcelain', '--', 'backend/.env.example')).toBe('?? backend/.env.example');
  });

  it('writes the entry into the nearest .gitignore, relative to it, and extends an existing template without repeating keys', async () => {
    const f = repo({
      'api/.env': `API_SECRET=${KEY}\nDB_PASSWORD=Tr0ub4dor-and-3-more\nPORT=8080\n`,
      'api/.gitignore': '/dist\n',
      'api/.env.example': 'PORT=3000\n',
      '.gitignore': 'node_modules/\n',
    });
    await fix(f.root, '--write');
    expect(read(f, 'api/.gitignore')).toBe('/dist\n.env\n');
    expect(read(f, '.gitignore')).toBe('node_modules/\n');
    expect(read(f, 'api/.env.example')).toBe('PORT=3000\nAPI_SECRET=change-me\nDB_PASSWORD=change-me\n');
    expect((await findings(f.root)).map((x) => x.ruleId)).toEqual([]);
  });

  it('an untracked .env that is not ignored gets the ignore entry and the template, nothing to untrack', async () => {
    const f = repo({ 'README.md': '# app\n' });
    writeFileSync(f.abs('.env'), `SESSION_SECRET=${KEY}\n`);
    const dry = await fix(f.root);
    expect(dry.stdout).toContain('keep `.env` out of the next commit, ignore it');
    expect(dry.stdout).not.toContain('git rm --cached');
    await fix(f.root, '--write');
    expect(read(f, '.gitignore')).toBe('.env\n');
    expect(parseDotenv(read(f, '.env.example'))).toEqual([expect.objectContaining({ key: 'SESSION_SECRET', value: 'change-me' })]);
  });

  it('keeps plain settings in the template, leaves empty values empty, and names the file to copy to', async () => {
    const f = repo({
      '.env': `POSTGRES_PORT=5432\nSMTP_TLS=True\nDOMAIN=localhost\nENVIRONMENT=local\nPROJECT_NAME=Full Stack App\nSMTP_PASSWORD=\nSECRET_KEY=${KEY}\n`,
      'docker/mysql.env': `MYSQL_ROOT_PASSWORD=${KEY}\nMYSQL_PORT=3306\n`,
    });
    await fix(f.root, '--write');
    expect(read(f, '.env.example')).toBe(
      '# Copy to .env and set the real values there; .env stays out of git.\nPOSTGRES_PORT=5432\nSMTP_TLS=True\nDOMAIN=localhost\nENVIRONMENT=local\nPROJECT_NAME=\nSMTP_PASSWORD=\nSECRET_KEY=change-me\n',
    );
    expect(read(f, 'docker/mysql.env.example')).toBe('# Copy to mysql.env and set the real values there; mysql.env stays out of git.\nMYSQL_ROOT_PASSWORD=change-me\nMYSQL_PORT=3306\n');
  });

  it("re-includes the template when the repository's own pattern would ignore it", async () => {
    const f = repo({ '.env': `API_SECRET=${KEY}\n`, '.gitignore': '.env*\n' });
    await fix(f.root, '--write');
    expect(read(f, '.gitignore')).toBe('.env*\n!.env.example\n');
    expect(f.git('status', '--porcelain', '--', '.env.example')).toBe('?? .env.example');
  });

  it("leaves React Native's versioned .xcode.env to a person, who moves its secret to .xcode.env.local", async () => {
    const f = repo({ 'ios/.xcode.env': `export NODE_BINARY=$(command -v node)\nexport SENTRY_AUTH_TOKEN=${KEY}\n` });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('move the secret to `.xcode.env.local` beside it');
    expect(r.stdout).not.toContain('git rm --cached');
    expect(f.git('ls-files')).toBe('ios/.xcode.env');
  });

  it("leaves a Next.js app's committed .env.production to a person, who moves the secret to .env.production.local", async () => {
    const f = repo({ 'client/.env.production': `NEXT_PUBLIC_API_URL=https://api.acme.io\nPREVIEW_SECRET=${KEY}\n` });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Next.js commits this file for its defaults: move the real values to `.env.production.local`');
    expect(f.git('ls-files')).toBe('client/.env.production');
  });

  it("leaves Symfony's committed .env to a person", async () => {
    const f = repo({ '.env': `###> symfony/framework-bundle ###\nAPP_SECRET=${KEY.slice(0, 32).toLowerCase().replace(/[^0-9a-f]/g, 'a')}\n###< symfony/framework-bundle ###\n` });
    const r = await fix(f.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Symfony commits this file for its defaults');
  });
});

describe('dotenv files that stay tracked', () => {
  it('leaves a dotenv file that holds nothing secret tracked, even when notices are fixed: a compose env_file, a test setup', async () => {
    const f = repo({ '.env': 'COMPOSE_PROJECT_NAME=shop\nPORT=8080\n', 'compose.yml': 'services:\n  app:\n    env_file: .env\n' });
    const r = await fix(f.root, '--write', '--fail-on', 'notice');
    expect(f.git('ls-files', '--', '.env')).toBe('.env');
    expect(r.stdout).toContain('nothing in it looks secret, so it stays tracked: keep real values out of it');
    expect(r.stdout).toContain('1. Keep real values out of .env: an ignored file (`.env.local`) or the environment is the place for them.');
    expect(r.stdout).not.toContain('git rm --cached');
    expect(existsSync(f.abs('.gitignore'))).toBe(false);
  });

  it("leaves Symfony's .env to a person when composer.json requires what loads it, without Flex's markers", async () => {
    const secret = 'f3a9c2e17b4d8f6a0c5e9b2d7f1a4c8e';
    const f = repo({ '.env': `APP_SECRET=${secret}\nDEFAULT_LOCALE=en\n`, 'composer.json': '{"require": {"symfony/dotenv": "^5.4", "symfony/runtime": "^5.4"}}\n' });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Symfony commits this file for its defaults');
    expect(f.git('ls-files', '--', '.env')).toBe('.env');
    // Something is left to a person: no check mark.
    expect(r.stdout).toMatch(/^! 0 fixes \(0 safe, 0 unsafe\); 1 finding needs a person: applied 0 fixes\.$/m);
    expect(r.stdout).not.toContain('✔');
    expect(r.stdout).not.toContain(secret);
  });

  it('says how a fresh clone gets the file back when a compose file reads it', async () => {
    const f = repo({ 'deploy/.env': `POSTGRES_PASSWORD=${KEY}\n`, 'deploy/compose.yml': 'services:\n  db:\n    image: postgres:16\n    env_file:\n      - ./.env\n' });
    const r = await fix(f.root, '--write');
    expect(f.git('ls-files', '--', 'deploy/.env')).toBe('');
    expect(r.stdout).toContain('`deploy/compose.yml` reads `.env` (`env_file:`): in a fresh clone, copy `deploy/.env.example` to `deploy/.env` and set the values before `docker compose up`');
    const other = repo({ '.env': `POSTGRES_PASSWORD=${KEY}\n`, 'compose.yml': 'services:\n  db:\n    env_file: db.env\n' });
    expect((await fix(other.root)).stdout).not.toContain('env_file:`)');
  });

  it('keeps a dotenv file of another name that a compose file loads, as its finding advises: a fresh clone needs it', async () => {
    const f = repo({
      'docker/secrets.env': `APP_SECRET_TOKEN=${KEY}\n`,
      'docker/docker-compose.yml': 'services:\n  web:\n    image: acme/web\n    env_file:\n      - secrets.env\n',
    });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(f.git('ls-files', '--', 'docker/secrets.env')).toBe('docker/secrets.env');
    expect(r.stdout).toContain('a compose file loads `docker/secrets.env` with `env_file:`, so a fresh clone needs it: keep it tracked');
    expect(r.stdout).not.toContain('git rm --cached');
  });

  it("keeps an install script whose only accounts are the project's defaults, as its finding advises", async () => {
    const head = '/*\n Navicat Premium Dump SQL\n Source Host : localhost:3306\n*/\n\nSET NAMES utf8mb4;\n\n';
    const row = (id: number, user: string) => `INSERT INTO \`sys_user\` (\`user_id\`, \`username\`, \`password\`) VALUES (${id}, '${user}', '$2a$10$abc');\n`;
    const f = repo({ 'sql/app.sql': `${head}${row(1, 'admin')}${row(2, 'test')}` });
    const r = await fix(f.root, '--write', '--fail-on', 'warning');
    expect(f.git('ls-files', '--', 'sql/app.sql')).toBe('sql/app.sql');
    expect(r.stdout).toContain('every installation starts from `sql/app.sql` (an install script): keep it tracked');
    expect(r.stdout).not.toContain('git rm --cached');
  });

  it('still untracks a dotenv file with a secret in a project that is not Symfony', async () => {
    const f = repo({ '.env': `APP_SECRET=${KEY}\n`, 'composer.json': '{"require": {"laravel/framework": "^11.0"}}\n' });
    await fix(f.root, '--write');
    expect(f.git('ls-files', '--', '.env')).toBe('');
  });
});

describe('untrack and ignore (secret-file)', () => {
  it('a Rails master key and a .netrc leave the index and are ignored; the local copies stay', async () => {
    const f = repo({
      'config/master.key': '3f9c2b7e1a4d8c6b5e0f9a2d7c4b1e8f\n',
      'deploy/.netrc': `machine api.example.org login ci password ${KEY}\n`,
      'README.md': '# app\n',
    });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(0);
    expect(f.git('ls-files')).toBe('README.md');
    expect(read(f, '.gitignore')).toBe('config/master.key\ndeploy/.netrc\n');
    expect(read(f, 'config/master.key')).toBe('3f9c2b7e1a4d8c6b5e0f9a2d7c4b1e8f\n');
    expect(r.stdout).not.toContain(KEY);
    expect(r.stdout).not.toContain('3f9c2b7e1a4d8c6b5e0f9a2d7c4b1e8f');
    const status = f.git('status', '--porcelain');
    expect(status.split('\n').sort()).toEqual(['?? .gitignore', 'D  config/master.key', 'D  deploy/.netrc']);
    const again = await fix(f.root, '--write');
    expect(again.code).toBe(0);
    expect(f.git('status', '--porcelain')).toBe(status);
    expect(read(f, '.gitignore')).toBe('config/master.key\ndeploy/.netrc\n');
  });

  it("a project .npmrc stays tracked: its token is left to a person", async () => {
    const f = repo({ '.npmrc': `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fakeToken('npm')}\n` });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('replace the token with `${NPM_TOKEN}`');
    expect(f.git('ls-files')).toBe('.npmrc');
  });

  it("a project gradle.properties stays tracked, and a Flutter key.properties leaves the index", async () => {
    const f = repo({
      'android/gradle.properties': 'android.useAndroidX=true\nMYAPP_UPLOAD_STORE_FILE=upload.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=Tk3vQ9mZp7Lx\n',
      'mobile/android/key.properties': 'storePassword=Qm7vR2kLp9xW\nkeyPassword=Qm7vR2kLp9xW\nkeyAlias=upload\nstoreFile=upload-keystore.jks\n',
    });
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('move the signing passwords to `~/.gradle/gradle.properties`');
    expect(r.stdout).not.toContain('Remove it from git (`git rm --cached <path>`)');
    expect(f.git('ls-files')).toBe('android/gradle.properties');
    expect(read(f, '.gitignore')).toContain('mobile/android/key.properties');
  });
});

describe('findings that need a person: exact steps, exit 1', () => {
  it('a private key written as a JSON Web Key: replace the key, stop tracking a key file', async () => {
    const d = fakeToken('jwk-d');
    const f = repo({ 'Identity.API/tempkey.jwk': `{"Alg":"RS256","D":"${d}","E":"AQAB","Kty":"RSA","N":"${fakeToken('jwk-d', 'n')}"}` });
    const r = await fix(f.root);
    expect(r.stdout.includes(d)).toBe(false);
    expect(r.stdout).toContain('Replace the key: whoever reads Identity.API/tempkey.jwk can sign tokens');
    expect(r.stdout).toContain('stop tracking it: `git rm --cached Identity.API/tempkey.jwk`, list it in .gitignore');
    expect(r.stdout).not.toContain('Revoke the token');
  });

  it("a private key in a test's fixtures: it may stay if it was made for the tests, else the steps for a real key", async () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const f = repo({ 'test/fixtures/ssl/server.key': key });
    const r = await fix(f.root, '--fail-on', 'notice');
    expect(r.stdout).toContain('If the key at test/fixtures/ssl/server.key:1 was made for this use, it can stay');
    expect(r.stdout).not.toContain('Revoke ');
  });

  it("an S3-compatible store's secret key: changed where the store sets it, not revoked at AWS", async () => {
    const secret = fakeToken('aws-secret');
    const f = repo({ 'docker-compose.yml': `services:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: minioadmin\n      AWS_SECRET_ACCESS_KEY: ${secret}\n` });
    const r = await fix(f.root);
    expect(r.stdout.includes(secret)).toBe(false);
    expect(r.stdout).toContain('Change the key where the store sets it');
    expect(r.stdout).not.toContain('Revoke ');
    // In an example, the steps ask first whether it was made up for it.
    const e = repo({ 'examples/minio/docker-compose.yml': `services:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: minioadmin\n      AWS_SECRET_ACCESS_KEY: ${secret}\n` });
    const made = await fix(e.root, '--fail-on', 'notice');
    expect(made.stdout).toContain('If the key at examples/minio/docker-compose.yml:5 was made up for this use');
    expect(made.stdout).not.toContain('Revoke ');
  });

  it('known-token, git-internals, git-embedded-repo (and a git-credentials URL fixed beside them)', async () => {
    const ghp = fakeToken('ghp');
    const aws = fakeToken('aws');
    const awsSecret = fakeToken('aws-secret');
    const f = repo({
      'deploy.sh': `export AWS_ACCESS_KEY_ID=${aws}\nexport AWS_SECRET_ACCESS_KEY=${awsSecret}\n`,
      '.gitmodules': `[submodule "lib"]\n\tpath = lib\n\turl = https://ci:${ghp}@github.com/acme/lib.git\n`,
      'backup-git/HEAD': 'ref: refs/heads/main\n',
      'backup-git/config': '[core]\n\trepositoryformatversion = 0\n',
    });
    const inner = f.innerRepo('vendor/tool');
    f.gitlink('vendor/tool', inner);
    f.git('commit', '-q', '-m', 'more');
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.code).toBe(1);
    for (const token of [ghp, aws, awsSecret]) expect(r.stdout.includes(token)).toBe(false);
    const out = r.stdout;
    expect(out).toContain('Needs a person');
    expect(out).toContain('Revoke an AWS access key id at the AWS IAM console');
    expect(out).toContain('Remove it from deploy.sh:1 and read it from the environment or a secret store');
    expect(out).toContain('remove the credential from the github.com URL in `.gitmodules`');
    expect(out).toContain('git config --global credential.helper cache');
    expect(out).toContain('Stop tracking it: `git rm -r --cached backup-git`, then delete it.');
    expect(out).toContain('Remove the gitlink: `git rm --cached vendor/tool`.');
    expect(f.git('status', '--porcelain')).toBe('M .gitmodules');
    expect(read(f, '.gitmodules')).toBe('[submodule "lib"]\n\tpath = lib\n\turl = https://github.com/acme/lib.git\n');
  });
});

describe('git-credentials in a URL', () => {
  const TOKEN = fakeToken('ghp');
  const MODULES = `[submodule "lib"]\n\tpath = lib\n\turl = https://ci:${TOKEN}@github.com/org/lib.git\n`;

  it('takes the user and token out of a .gitmodules URL (unsafe: fetches now need a credential helper)', async () => {
    const f = repo({ '.gitmodules': MODULES });
    const shown = await fix(f.root);
    expect(shown.stdout).toContain('remove the credential from the github.com URL in `.gitmodules`');
    expect(shown.stdout).toMatch(/^-.*url = https:\/\/\S{0,4}…\(\d+ chars\)@github\.com\/org\/lib\.git$/m);
    expect(shown.stdout).toMatch(/^\+.*url = https:\/\/github\.com\/org\/lib\.git$/m);
    expect(shown.stdout).toContain('git submodule sync');
    expect(shown.stdout).not.toContain(TOKEN);
    // Unsafe: shown, not written, without --unsafe.
    await fix(f.root, '--write');
    expect(read(f, '.gitmodules')).toBe(MODULES);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).not.toContain(TOKEN);
    expect(read(f, '.gitmodules')).toBe('[submodule "lib"]\n\tpath = lib\n\turl = https://github.com/org/lib.git\n');
    expect((await findings(f.root)).filter((x) => x.ruleId === 'git-credentials')).toEqual([]);
  });

  it('takes out a token written as the user, and a credential in a .gitconfig section header', async () => {
    const f = repo({
      'sub/.gitmodules': `\turl = https://${TOKEN}@github.com/org/lib.git\n`,
      '.gitconfig': '[url "https://bot:tok3nValue99@git.example.com/"]\n\tinsteadOf = https://git.example.com/\n',
    });
    await fix(f.root, '--write', '--unsafe');
    expect(read(f, 'sub/.gitmodules')).toBe('\turl = https://github.com/org/lib.git\n');
    expect(read(f, '.gitconfig')).toBe('[url "https://git.example.com/"]\n\tinsteadOf = https://git.example.com/\n');
    expect((await findings(f.root)).filter((x) => x.ruleId === 'git-credentials')).toEqual([]);
  });

  it('never shows a token written as the user beside a password (GitHub\'s `<token>:x-oauth-basic` form)', async () => {
    // No digits: nothing but the fix's own list of values hides it.
    const hex = 'QwErTyUiOpAsDfGhJkLzXcVbNm';
    const f = repo({ '.gitmodules': `[submodule "lib"]\n\tpath = lib\n\turl = https://${hex}:x-oauth-basic@github.com/org/lib.git\n` });
    const r = await fix(f.root);
    expect(r.stdout).toContain('remove the credential from the github.com URL in `.gitmodules`');
    expect(r.stdout).not.toContain(hex);
    expect(r.stdout).not.toContain('x-oauth-basic');
    await fix(f.root, '--write', '--unsafe');
    expect(read(f, '.gitmodules')).toContain('\turl = https://github.com/org/lib.git\n');
  });

  it('untracks a .git-credentials file once, however many lines it holds', async () => {
    const f = repo({ '.git-credentials': `https://ci:${fakeToken('ghp')}@github.com\nhttps://bot:${fakeToken('ghp', 'b')}@github.com\n` });
    const r = await fix(f.root, '--write');
    expect(r.stdout.match(/stop tracking `\.git-credentials`/g)).toHaveLength(1);
    expect(f.git('ls-files')).toBe('');
  });

  it('leaves to a person an extraheader line, and the config of a git directory shipped in a plain folder', async () => {
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    const header = `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`;
    const f = repo({ 'mirror/config': header });
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).toContain('the token is in an `extraheader` line: delete the line');
    expect(r.stdout).not.toContain(basic);
    expect(read(f, 'mirror/config')).toBe(header);

    const plain = new Fixture();
    fixtures.push(plain);
    plain.write('site/.git/HEAD', 'ref: refs/heads/main\n');
    plain.write('site/.git/config', `[core]\n\tbare = false\n[remote "origin"]\n\turl = https://ci:${TOKEN}@github.com/o/r\n`);
    const p = await fix(plain.root, '--write', '--unsafe');
    expect(p.stdout).toContain('`site/.git/config` belongs to a git directory: leave the directory out of what you ship');
    expect(p.stdout).not.toContain(TOKEN);
    expect(read(plain, 'site/.git/config')).toContain(TOKEN);
  });
});


describe("ASP.NET Core's appsettings: the configuration key to set outside the repository", () => {
  it('names the key, its environment variable and the development secret store, and never the value', async () => {
    const f = repo({
      'src/Api/appsettings.json': `{\n  "Logging": {\n    "LogLevel": { "Default": "Information" }\n  },\n  "JwtSettings": {\n    "Issuer": "api",\n    "Secret": "${KEY}"\n  }\n}\n`,
      'src/Api/appsettings.Production.json': `{\n  "Authentication": {\n    "JwtOptions": {\n      "SigningKey": "${KEY}x"\n    }\n  }\n}\n`,
    });
    const r = await fix(f.root);
    expect(r.code).toBe(1);
    expect(r.stdout.includes(KEY)).toBe(false);
    expect(r.stdout).toContain('no automatic fix, ASP.NET Core reads the key from this file and from the environment over it; leakproof does not edit it');
    expect(r.stdout).toContain('Empty `JwtSettings:Secret` in src/Api/appsettings.json:7 (`""`)');
    expect(r.stdout).toContain('the environment variable `JwtSettings__Secret` where it runs');
    expect(r.stdout).toContain('`dotnet user-secrets set "JwtSettings:Secret" "<new key>"`');
    expect(r.stdout).toContain('the environment variable `Authentication__JwtOptions__SigningKey`');
    // Nothing is edited: the app would read the empty value where nothing overrides it.
    expect(f.git('status', '--porcelain')).toBe('');
  });

  it.each([
    ['a top-level member', '{\n  "JwtSecret": "x"\n}', 2, 'JwtSecret'],
    ['a member of a section', '{\n  "Jwt": {\n    "Issuer": "a",\n    "Key": "x"\n  }\n}', 4, 'Jwt:Key'],
    ['after a sibling section closed', '{\n  "A": {\n    "B": 1\n  },\n  "Jwt": {\n    "Key": "x"\n  }\n}', 6, 'Jwt:Key'],
    ['three deep, CRLF', '{\r\n  "A": {\r\n    "B": {\r\n      "Key": "x"\r\n    }\r\n  }\r\n}', 4, 'A:B:Key'],
    ['tabs', '{\n\t"Jwt": {\n\t\t"Key": "x"\n\t}\n}', 3, 'Jwt:Key'],
  ])('reads %s', (_label, text, line, key) => {
    expect(appsettingsKey(text, line)).toBe(key);
  });

  // The finding's column says which member of a line holds the key: its value's first character.
  const valueColumn = (text: string, line: number): number => text.split('\n')[line - 1]!.indexOf('"x"') + 2;
  it.each([
    ['a section on one line', '{\n  "JwtSettings": { "Secret": "x" }\n}', 2, 'JwtSettings:Secret'],
    ['the whole file on one line', '{ "Jwt": { "Issuer": "a", "Key": "x" } }', 1, 'Jwt:Key'],
    ['a member after another on its line', '{\n  "Jwt": {\n    "Issuer": "a", "Key": "x"\n  }\n}', 3, 'Jwt:Key'],
    ['a one-line section inside another', '{\n  "Outer": {\n    "JwtSettings": { "Secret": "x" }\n  }\n}', 3, 'Outer:JwtSettings:Secret'],
    ['a member of its own line, by its column', '{\n  "Jwt": {\n    "Key": "x"\n  }\n}', 3, 'Jwt:Key'],
  ])('reads %s', (_label, text, line, key) => {
    expect(appsettingsKey(text, line, valueColumn(text, line))).toBe(key);
  });

  it.each([
    ['an object in an array on one line', '{\n  "Keys": [ { "Key": "x" } ]\n}', 2],
    ['a section that closed on the line above', '{\n  "A": { "B": 1 },\n    "Key": "x"\n}', 3],
  ])('gives up, by its column, on %s', (_label, text, line) => {
    expect(appsettingsKey(text, line, valueColumn(text, line))).toBeNull();
  });

  it.each([
    ['a line that is no member', '{\n  "Jwt": {\n    "x"\n  }\n}', 3],
    ['a member of an object in an array', '{\n  "Keys": [\n    {\n      "Key": "x"\n    }\n  ]\n}', 4],
    ['a member on one line with its parent', '{ "Jwt": { "Key": "x" } }', 1],
  ])('gives up on %s: no key is better than a wrong one', (_label, text, line) => {
    expect(appsettingsKey(text, line)).toBeNull();
  });
});
