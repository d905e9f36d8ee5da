import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { Fixture } from '../helpers/fixture';
import { parseDotenv } from '../../src/rules/lib/dotenv-names';
import { committedRepo, findings, fix, has, read } from './helpers';

const ENV_SECRET = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uW';
const DB_PASSWORD = 'Xk29fLq8Zr4nM2xVp7Tw';
const DJANGO_KEY = 'django-insecure-9f#x!2kq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJ';
const JWT_DEFAULT = 'hunter2-super-secret-jwt-Zx8kQ2mN7pL4';
const OLD = [ENV_SECRET, DB_PASSWORD, DJANGO_KEY, JWT_DEFAULT];

function project(): Fixture {
  return committedRepo({
    '.env': `SECRET_KEY=${ENV_SECRET}\nDATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app\nDEBUG=1\n`,
    'mysite/settings.py': `"""Django settings for mysite."""\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = '${DJANGO_KEY}'\nDEBUG = False\n`,
    'server.js': `const express = require('express');\nconst jwt = require('jsonwebtoken');\n\nconst secret = process.env.JWT_SECRET || '${JWT_DEFAULT}';\nconst app = express();\napp.get('/t', (req, res) => res.send(jwt.sign({ id: 1 }, secret)));\n`,
  });
}

function noRawSecret(text: string, extra: string[] = []): void {
  for (const s of [...OLD, ...extra]) expect(text.includes(s), 'a raw secret was printed').toBe(false);
}

function trackedText(f: Fixture): string {
  return f
    .git('ls-files')
    .split('\n')
    .filter((p) => p && existsSync(f.abs(p)))
    .map((p) => read(f, p))
    .join('\n');
}

const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

describe('leakproof fix on a project with a tracked .env, a Django key and an Express fallback', () => {
  it('the dry run changes nothing, prints a redacted diff, and exits 0 (every finding has a fix)', async () => {
    const f = project();
    fixtures.push(f);
    const r = await fix(f.root);
    expect(r.code).toBe(0);
    expect(f.git('status', '--porcelain')).toBe('');
    noRawSecret(r.stdout + r.stderr);
    expect(r.stdout).toContain('Safe fixes (--write applies them)');
    expect(r.stdout).toContain('Unsafe fixes: they change what the code does (--write --unsafe applies them)');
    expect(r.stdout).toContain('$ git rm --cached -- .env');
    expect(r.stdout).toContain(`-SECRET_KEY = 'djan…(${DJANGO_KEY.length} chars)'`);
    expect(r.stdout).toContain("+SECRET_KEY = os.environ.get('SECRET_KEY')");
    expect(r.stdout).toContain("+if (!secret) throw new Error('JWT_SECRET is not set');");
    expect(r.stdout).toMatch(/^\+JWT_SECRET=<fresh key, \d+ chars>$/m);
    expect(r.stdout).toContain('Dry run: nothing was changed.');
  });

  it('--write --unsafe fixes all three, keeps the files parseable, and a second run changes nothing', async () => {
    const f = project();
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.code).toBe(0);
    const env = read(f, '.env');
    const fresh = parseDotenv(env).map((e) => e.value);
    noRawSecret(r.stdout + r.stderr, fresh.filter((v) => v.length > 20));

    const left = await findings(f.root);
    expect(left.filter((x) => x.severity === 'error').map((x) => `${x.ruleId} ${x.path}`)).toEqual([]);
    expect(left.filter((x) => ['dotenv-file', 'hardcoded-secret-key', 'secret-key-fallback', 'dotenv-template-secret'].includes(x.ruleId))).toEqual([]);

    expect(f.git('ls-files', '--', '.env')).toBe('');
    expect(f.git('check-ignore', '.env')).toBe('.env');
    const example = read(f, '.env.example');
    expect(parseDotenv(example).map((e) => e.key)).toEqual(['SECRET_KEY', 'DATABASE_URL', 'DEBUG']);
    for (const e of parseDotenv(read(f, '.env')).filter((x) => x.key !== 'DEBUG')) expect(example).not.toContain(e.value);
    noRawSecret(example);

    // The local .env keeps the database URL and gets fresh keys for both variables the code now needs.
    expect(env).toContain(`DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app`);
    const local = new Map(parseDotenv(env).map((e) => [e.key, e.value]));
    expect(local.get('SECRET_KEY')).toMatch(/^[a-z0-9!@#$%^&*(\-_=+)]{50}$/);
    expect(local.get('SECRET_KEY')).not.toBe(ENV_SECRET);
    expect(local.get('JWT_SECRET')).toMatch(/^[A-Za-z0-9_-]{64}$/);

    if (has('python3')) execFileSync('python3', ['-m', 'py_compile', 'mysite/settings.py'], { cwd: f.root });
    execFileSync(process.execPath, ['--check', 'server.js'], { cwd: f.root });

    f.git('add', '-A');
    noRawSecret(trackedText(f));

    const status = f.git('status', '--porcelain');
    const again = await fix(f.root, '--write', '--unsafe');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to fix.');
    expect(f.git('status', '--porcelain')).toBe(status);
    expect(read(f, '.env')).toBe(env);
  });

  it('a settings module another one imports and overrides still imports once fixed, the variable unset', async () => {
    // Flask's `from_object(default_settings)` then `from_pyfile(...)`, Django's `from .base import *` then a key of its own.
    const f = committedRepo({
      'app/__init__.py': '',
      'app/default_settings.py': `DEBUG = False\nSECRET_KEY = '${DJANGO_KEY}'\n`,
      'app/production.py': "import os\nfrom .default_settings import *  # noqa\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n",
    });
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.code).toBe(0);
    expect(read(f, 'app/default_settings.py')).toBe("import os\n\nDEBUG = False\nSECRET_KEY = os.environ.get('SECRET_KEY')\n");
    if (!has('python3')) return;
    const env = { PATH: process.env.PATH ?? '', DJANGO_SECRET_KEY: 'set-by-the-deployment' };
    const run = (code: string) => execFileSync('python3', ['-c', code], { cwd: f.root, env, encoding: 'utf8' }).trim();
    expect(run('import app.default_settings as s; print(s.SECRET_KEY)')).toBe('None');
    expect(run('import app.production as s; print(s.SECRET_KEY)')).toBe('set-by-the-deployment');
  });

  it('fills a variable the local .env leaves empty (as `cp .env.example .env` does), and keeps one that is set', async () => {
    const f = committedRepo({ 'src/auth.js': `const JWT_SECRET = '${JWT_DEFAULT}';\nmodule.exports = { JWT_SECRET };\n`, '.gitignore': '.env\n' });
    fixtures.push(f);
    writeFileSync(f.abs('.env'), 'PORT=3000\nJWT_SECRET=\n');
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).not.toContain('already sets JWT_SECRET');
    expect(parseDotenv(read(f, '.env')).find((e) => e.key === 'JWT_SECRET')!.value).toMatch(/^[A-Za-z0-9_-]{64}$/);
    const kept = committedRepo({ 'src/auth.js': `const JWT_SECRET = '${JWT_DEFAULT}';\nmodule.exports = { JWT_SECRET };\n`, '.gitignore': '.env\n' });
    fixtures.push(kept);
    writeFileSync(kept.abs('.env'), 'JWT_SECRET=a-value-of-my-own-never-committed\n');
    const k = await fix(kept.root, '--write', '--unsafe');
    expect(k.stdout).toContain('`.env` already sets JWT_SECRET');
    expect(read(kept, '.env')).toBe('JWT_SECRET=a-value-of-my-own-never-committed\n');
  });

  it('empties the values of a dotenv file the app loads at run time for its defaults, rather than a placeholder it would run on', async () => {
    const provider = '4186e0c1b5a97d32f8e6a1c0d9b7f5e3';
    const f = committedRepo({
      'app.js': "process.loadEnvFile('.env.example');\nconst express = require('express');\n",
      '.env.example': `PORT=3000\nSESSION_SECRET=Your Session Secret goes here\nFACEBOOK_ID=754220301289665\nFACEBOOK_SECRET=${provider}\n`,
      '.gitignore': '.env\n',
    });
    fixtures.push(f);
    const safe = await fix(f.root, '--write');
    expect(safe.code).toBe(0);
    expect(read(f, '.env.example')).toContain('SESSION_SECRET=Your Session Secret goes here\n');
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).not.toContain('changed since the scan');
    expect(r.stdout).toContain('empty the value of SESSION_SECRET: the app loads this file at run time');
    expect(read(f, '.env.example')).toBe('PORT=3000\nSESSION_SECRET=\nFACEBOOK_ID=754220301289665\nFACEBOOK_SECRET=\n');
    // The app's own key gets a fresh local value; the provider's credential is the provider's to issue.
    const local = parseDotenv(read(f, '.env')).map((e) => e.key);
    expect(local).toEqual(['SESSION_SECRET']);
    expect((await findings(f.root)).filter((x) => x.severity === 'error')).toEqual([]);
    noRawSecret(r.stdout, [provider]);
  });

  it("reads a service's credentials under the service's name and makes up no key for them: the service issues them", async () => {
    const f = committedRepo({
      'src/main/resources/application.yml': 'minio:\n  endpoint: http://minio:9000\n  accessKey: minioadmin\n  secretKey: minioadmin\n',
      '.gitignore': '.env\n',
    });
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(read(f, 'src/main/resources/application.yml')).toContain('  secretKey: ${MINIO_SECRET_KEY}\n');
    expect(r.stdout).toContain('to credentials the service issues for this application');
    expect(r.stdout).not.toContain('gets a fresh MINIO_SECRET_KEY');
    expect(existsSync(f.abs('.env'))).toBe(false);
  });

  it("makes up no key for a service's credentials whatever their access key looks like, in YAML, properties or a loaded template", async () => {
    const secret = 'Mq7vT2xK9pLr4ZsW8nB3cOe6yHjD1fGaU5tIkM0q';
    const f = committedRepo({
      'src/main/resources/application.yml': `minio:\n  endpoint: http://minio:9000\n  accessKey: myappaccess\n  secretKey: ${secret}\n`,
      'src/main/resources/application-prod.properties': `aws.accessKey=AKIAIOSFODNN7EXAMPLQ\naws.secretKey=${secret}x\n`,
      'app.js': "process.loadEnvFile('.env.example');\n",
      '.env.example': 'SESSION_SECRET=Your Session Secret goes here\nSTRIPE_SECRET_KEY=Your Stripe secret\nS3_ACCESS_KEY=\nS3_SECRET_KEY=Your S3 secret key\n',
      '.gitignore': '.env\n',
    });
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(read(f, 'src/main/resources/application.yml')).toContain('  secretKey: ${MINIO_SECRET_KEY}\n');
    expect(read(f, 'src/main/resources/application-prod.properties')).toContain('aws.secretKey=${AWS_SECRET_KEY}\n');
    // Only the application's own key gets a fresh local value.
    expect(parseDotenv(read(f, '.env')).map((e) => e.key)).toEqual(['SESSION_SECRET']);
    expect(r.stdout).not.toMatch(/fresh (?:MINIO|AWS|STRIPE|S3)_SECRET_KEY/);
  });

  it('says when nothing in the project loads the .env it writes the fresh key into, and how to load it', async () => {
    const bare = committedRepo({ 'mysite/settings.py': `SECRET_KEY = '${DJANGO_KEY}'\n` });
    const loaded = committedRepo({ 'mysite/settings.py': `SECRET_KEY = '${DJANGO_KEY}'\n`, 'requirements.txt': 'Django>=5.0\npython-dotenv==1.0.1\n' });
    fixtures.push(bare, loaded);
    const a = await fix(bare.root);
    expect(a.stdout).toContain('nothing in this project seems to load `.env`: load it before local runs (`set -a; . ./.env; set +a`');
    expect(a.stdout).not.toContain('so the app keeps running here');
    const b = await fix(loaded.root);
    expect(b.stdout).toContain('gets a fresh SECRET_KEY, so the app keeps running here');
    expect(b.stdout).not.toContain('nothing in this project seems to load');
  });

  it('makes the fresh key at least as long as the value it replaces (code may check or decode its length)', async () => {
    const long = 'a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ'.repeat(5);
    const f = committedRepo({ 'src/auth.js': `const JWT_SECRET = '${long}';\nmodule.exports = { JWT_SECRET };\n` });
    fixtures.push(f);
    await fix(f.root, '--write', '--unsafe');
    const fresh = parseDotenv(read(f, '.env')).find((e) => e.key === 'JWT_SECRET')!.value;
    expect(fresh.length).toBeGreaterThanOrEqual(long.length);
    expect(fresh).not.toBe(long);
    const short = committedRepo({ 'src/auth.js': "const JWT_SECRET = 'shh';\nmodule.exports = { JWT_SECRET };\n" });
    fixtures.push(short);
    await fix(short.root, '--write', '--unsafe');
    expect(parseDotenv(read(short, '.env')).find((e) => e.key === 'JWT_SECRET')!.value).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });

  it('--write alone applies the safe fix only and says the unsafe ones are left', async () => {
    const f = project();
    fixtures.push(f);
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(0);
    expect(f.git('ls-files', '--', '.env')).toBe('');
    expect(read(f, 'mysite/settings.py')).toContain(DJANGO_KEY);
    expect(r.stdout).toContain('2 unsafe fixes left as they are');
  });
});

describe('help', () => {
  it('documents fix and keygen, with examples', async () => {
    const { runCli } = await import('../helpers/cli');
    const help = (await runCli(['--help'])).stdout;
    expect(help).toContain('leakproof fix [path] [--write [--unsafe]]');
    expect(help).toContain('leakproof keygen [--for django|flask|rails|laravel|jwt|fernet|hex|base64] [--bytes N]');
    expect(help).toContain('npx leakproof fix --write --unsafe');
    expect(help).toContain('SECRET_KEY="$(npx leakproof keygen --for django)"');
    const fixHelp = await runCli(['fix', '--help']);
    expect(fixHelp.code).toBe(0);
    expect(fixHelp.stdout).toMatch(/^Usage: leakproof fix \[path\]/);
    expect(fixHelp.stdout).toContain('Examples');
    const keygenHelp = await runCli(['keygen', '-h']);
    expect(keygenHelp.stdout).toMatch(/^Usage: leakproof keygen/);
  });
});
