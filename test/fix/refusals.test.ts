import { afterAll, describe, expect, it } from 'vitest';
import { symlinkSync, unlinkSync, writeFileSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { ruleSettings } from '../../src/engine/pipeline';
import type { Finding } from '../../src/engine/types';
import { planFixes } from '../../src/fix/plan';
import { applyFixes } from '../../src/fix/apply';
import { FolderWorkspace, isInsideRoot } from '../../src/fix/workspace';
import { committedRepo, fix, read } from './helpers';
import { runCli } from '../helpers/cli';
import { fakeToken, rng } from '../helpers/fake-tokens';

const KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uW';
const SETTINGS = `import os\n\nSECRET_KEY = '${KEY}'\n`;

const fixtures: Fixture[] = [];
const outsides: string[] = [];
afterAll(() => {
  fixtures.forEach((f) => f.cleanup());
  outsides.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A folder outside every repository, for symlink targets. */
function outsideDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'leakproof-outside-'));
  outsides.push(d);
  return d;
}

async function planned(f: Fixture) {
  const result = await scan({ root: f.root });
  const ws = new FolderWorkspace(result.root, result.mode);
  const plan = await planFixes(result.findings, ws, { settings: ruleSettings({}), localKeys: true });
  return { result, ws, plan };
}

function repo(files: Record<string, string>): Fixture {
  const f = committedRepo(files);
  fixtures.push(f);
  return f;
}

describe('fix refuses what it must not do', () => {
  it('redacts, in the diff of a fix, the other values found on the lines it shows', async () => {
    const f = repo({ 'settings.py': "import os\nSECRET_KEY = os.environ.get('SECRET_KEY', 'inner-default-value') or 'outer-fallback-value-9x7'\n" });
    const { plan } = await planned(f);
    const { formatFixPlan } = await import('../../src/report/fix');
    const { palette } = await import('../../src/report/color');
    const out = formatFixPlan(plan, { colors: palette(false), write: false, unsafe: true });
    expect(plan.fixes).toHaveLength(1);
    expect(out).toContain("os.environ.get('SECRET_KEY')");
    expect(out).not.toContain('inner-default-value');
    expect(out).not.toContain('outer-fallback-value-9x7');
  });

  it('redacts, in the diff of a fix, a value another rule found on a line it shows', async () => {
    const token = fakeToken('ghp');
    const f = repo({ 'settings.py': `import os\n\nSECRET_KEY = '${KEY}'\nGITHUB_TOKEN = '${token}'\n` });
    const r = await runCli(['fix', f.root, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    // The fix's diff shows the token's line as context, and the manual steps name its finding.
    expect(r.stdout).toContain("os.environ.get('SECRET_KEY')");
    expect(r.stdout).toContain(' GITHUB_TOKEN = ');
    expect(r.stdout).not.toContain(token);
    expect(r.stdout).not.toContain(KEY);
  });

  it('redacts, in the diff of a fix, every line of a key that a rule reported by its first line', async () => {
    const next = rng('pem-body');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const body = Array.from({ length: 3 }, () => Array.from({ length: 64 }, () => alphabet[Math.floor(next() * 64)]).join(''));
    const f = repo({
      'app/settings.py': `JWT_PRIVATE_KEY = """-----BEGIN RSA ${'PRIVATE'} KEY-----\n${body.join('\n')}\n-----END RSA ${'PRIVATE'} KEY-----"""\nSECRET_KEY = '${KEY}'\n`,
    });
    const r = await runCli(['fix', f.root, '--fail-on', 'never']);
    expect(r.stdout).toContain("os.environ.get('SECRET_KEY')");
    for (const line of body) expect(r.stdout).not.toContain(line);
    // A line of code in the diff stays as it is.
    expect(r.stdout).toContain('-----END RSA');
  });

  it('leaves a signing call given a constant to a person, and says which constant', async () => {
    const f = repo({ 'src/auth.js': "const SIGNING = 'dev-signing-value';\nexport const issue = (p) => jwt.sign(p, SIGNING);\n" });
    const { plan } = await planned(f);
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual(['the key comes through `SIGNING`: read it from the environment where `SIGNING` is set']);
  });

  it('leaves a clap default on an optional field to a person: without it the field is None, not required', async () => {
    const f = repo({ 'src/config.rs': 'pub struct Args {\n    #[arg(long, env = "JWT_SECRET", default_value = "dev-jwt-default-value")]\n    pub jwt_secret: Option<String>,\n}\n' });
    const { plan } = await planned(f);
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual(['this form of default (`#[arg(default_value = …)]`) is not rewritten automatically']);
  });

  it('leaves a hardcoded Rust or Go literal to a person: a read of the environment is no drop-in for a typed constant', async () => {
    const f = repo({ 'src/config.rs': 'pub const JWT_SECRET: &str = "rust-constant-signing-key";\n', 'config/config.go': 'package config\n\nconst JWTSecret = "go-constant-signing-key-value"\n' });
    const { plan } = await planned(f);
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual([
      'a literal in Rust or Go is rewritten only where it is a default (see secret-key-fallback)',
      'a literal in Rust or Go is rewritten only where it is a default (see secret-key-fallback)',
    ]);
  });

  it('leaves a fallback to a constant to a person, and says which constant', async () => {
    const f = repo({ 'src/config.js': "const DEFAULT_SECRET = 'supersecret';\nexport const jwtSecret = process.env.JWT_SECRET || DEFAULT_SECRET;\n" });
    const { plan } = await planned(f);
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual(['the default is the constant `DEFAULT_SECRET`: drop the fallback here, and the constant once nothing else uses it']);
  });

  it('skips a file that changed between the plan and the write, and applies the rest', async () => {
    const f = repo({ 'settings.py': SETTINGS, 'other.py': SETTINGS });
    const { ws, plan } = await planned(f);
    expect(plan.fixes.map((x) => x.finding.path).sort()).toEqual(['other.py', 'settings.py']);
    writeFileSync(f.abs('settings.py'), SETTINGS + 'DEBUG = True\n');
    const r = await applyFixes(plan, plan.fixes, ws);
    expect(r.skipped.map((s) => [s.fix.finding.path, s.why])).toEqual([['settings.py', '`settings.py` changed since the scan']]);
    expect(read(f, 'settings.py')).toBe(SETTINGS + 'DEBUG = True\n');
    expect(read(f, 'other.py')).toContain("os.environ['SECRET_KEY']");
  });

  it('does not plan a fix when the finding no longer matches the file (changed between scan and plan)', async () => {
    const f = repo({ 'settings.py': SETTINGS });
    const result = await scan({ root: f.root });
    writeFileSync(f.abs('settings.py'), `import os\n\nSECRET_KEY = 'another-${KEY}'\n`);
    const plan = await planFixes(result.findings, new FolderWorkspace(result.root, result.mode), { settings: ruleSettings({}), localKeys: true });
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual(['`settings.py:3` changed since the scan']);
  });

  it('never writes through a symlink: a file swapped for one after the plan is skipped', async () => {
    const f = repo({ 'settings.py': SETTINGS });
    const outside = outsideDir();
    try {
      const target = path.join(outside, 'settings.py');
      writeFileSync(target, SETTINGS);
      const { ws, plan } = await planned(f);
      unlinkSync(f.abs('settings.py'));
      symlinkSync(target, f.abs('settings.py'));
      const r = await applyFixes(plan, plan.fixes, ws);
      expect(r.applied).toEqual([]);
      expect(r.skipped[0]!.why).toMatch(/symlink/);
      expect(readFileSync(target, 'utf8')).toBe(SETTINGS);
    } finally {
      unlinkSync(f.abs('settings.py'));
    }
  });

  it('a .gitignore that is a symlink makes the dotenv fix a manual step; the symlink target is untouched', async () => {
    const outside = outsideDir();
    const target = path.join(outside, 'gitignore');
    writeFileSync(target, 'node_modules/\n');
    const f = repo({ '.env': `API_SECRET=${KEY}\n` });
    symlinkSync(target, f.abs('.gitignore'));
    const r = await fix(f.root, '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\.env {2}dotenv-file: no automatic fix, `\.gitignore` is a symlink \(or inside one\); leakproof never edits through a symlink/);
    expect(readFileSync(target, 'utf8')).toBe('node_modules/\n');
    expect(f.git('ls-files', '--', '.env')).toBe('.env');
  });

  it('a local .env that is a symlink gets no key; the fix still applies and says so', async () => {
    const outside = outsideDir();
    const target = path.join(outside, 'env');
    writeFileSync(target, '');
    const f = repo({ 'settings.py': SETTINGS, '.gitignore': '.env\n' });
    symlinkSync(target, f.abs('.env'));
    const r = await fix(f.root, '--write', '--unsafe');
    expect(read(f, 'settings.py')).toContain("os.environ.get('SECRET_KEY')");
    expect(r.stdout).toContain('Set SECRET_KEY in your environment for local runs');
    expect(readFileSync(target, 'utf8')).toBe('');
  });

  it('never reads or writes outside the root: such a path is refused', async () => {
    expect(['../x', '/etc/passwd', 'a/../../b', 'a\\b', '', './a', 'a//b'].map(isInsideRoot)).toEqual([false, false, false, false, false, false, false]);
    expect(isInsideRoot('config/.env')).toBe(true);
    const f = repo({ 'settings.py': SETTINGS });
    const { result, ws } = await planned(f);
    const escaped: Finding = { ...result.findings[0]!, path: '../settings.py' };
    const plan = await planFixes([escaped], ws, { settings: ruleSettings({}), localKeys: true });
    expect(plan.fixes).toEqual([]);
    expect(plan.manual[0]!.reason).toBe('`../settings.py` is not a path inside the scanned folder');
    expect(() => ws.write('../evil.txt', 'x', { create: true })).toThrow(/not a path inside the scanned folder/);
    expect(existsSync(path.join(path.dirname(f.root), 'evil.txt'))).toBe(false);
    expect(ws.read('../settings.py').kind).toBe('refused');
  });

  it('writes nothing into a local .env that would stay tracked', async () => {
    const f = repo({ 'settings.py': SETTINGS, '.env': 'DEBUG=1\n' });
    // DEBUG=1 holds nothing secret: the dotenv finding is a notice, so no fix untracks the file.
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).toContain('`.env` is tracked by git, so leakproof writes no key into it');
    expect(read(f, '.env')).toBe('DEBUG=1\n');
  });

  it('bad options: one line naming the fix, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['fix', '--unsafe'], /^leakproof: --unsafe applies only with --write/],
      [['fix', '--wrte'], /^leakproof: unknown option --wrte \(did you mean --write\?\); run `leakproof fix --help` for the options\n$/],
      [['fix', 'a', 'b'], /^leakproof: fix takes one folder, got 2: a b/],
      [['fix', '/nonexistent/folder'], /^leakproof: \/nonexistent\/folder does not exist/],
      [['fix', '--fail-on', 'critical'], /^leakproof: --fail-on must be one of error, warning, notice, never/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('fix leaves a key to a person when replacing the literal would change what the code does', () => {
  const reasonsFor = async (files: Record<string, string>) => {
    const { plan } = await planned(repo(files));
    return { fixed: plan.fixes.map((x) => `${x.finding.path}:${x.finding.line}`), manual: plan.manual.map((m) => `${m.finding.path}:${m.finding.line} ${m.reason ?? ''}`) };
  };

  it('a literal that is not the key as it is: a method that changes it, an operator', async () => {
    const r = await reasonsFor({
      'src/a.js': `const config = {};\nconfig.jwtSecret = '${KEY}'.repeat(2);\n`,
      'app/settings.py': `SECRET_KEY = '${KEY}' * 2\n`,
      // A conversion keeps the key: fixed; so is one string in parentheses.
      'app/config.py': `import os\nJWT_SECRET = '${KEY}'.encode()\n`,
      'app/keys.py': `import os\nSIGNING_KEY = ('${KEY}')\n`,
      // Strings Python joins: the first alone is not the key.
      'app/joined.py': `SESSION_SECRET = (\n    '${KEY.slice(0, 18)}'\n    '${KEY.slice(18)}'\n)\n`,
      // A string after the statement's own value (a docstring) is a statement of its own; a compose item's quotes are its own.
      'app/documented.py': `import os\nSIGNING_SECRET = '${KEY}'\n"""\nDatabase\n"""\n`,
      // Joined across a `\\` at the line's end, in Python and in Ruby.
      'app/continued.py': `JWT_SECRET = '${KEY.slice(0, 18)}' \\\n    '${KEY.slice(18)}'\n`,
      'config/initializers/secret.rb': `Rails.application.config.secret_key_base = "${KEY.slice(0, 18)}" \\\n  "${KEY.slice(18)}"\n`,
      'docker-compose.yml': `services:\n  web:\n    image: acme/web:1.4\n    environment:\n      - "SECRET_KEY=${KEY}"\n      - DEBUG=0\n`,
    });
    expect(r.fixed.sort()).toEqual(['app/config.py:2', 'app/documented.py:2', 'app/keys.py:2', 'docker-compose.yml:5']);
    expect(r.manual.sort()).toEqual([
      'app/continued.py:1 the literal is not the key as it is (another string follows it, and the key is them joined): replacing it alone would change the key; rewrite the expression yourself',
      'app/joined.py:2 the literal is not the key as it is (another string follows it, and the key is them joined): replacing it alone would change the key; rewrite the expression yourself',
      'app/settings.py:1 the value is not a single literal that can be replaced as a whole',
      'config/initializers/secret.rb:1 the literal is not the key as it is (another string follows it, and the key is them joined): replacing it alone would change the key; rewrite the expression yourself',
      'src/a.js:2 the literal is not the key as it is (`.repeat` follows it): replacing it alone would change the key; rewrite the expression yourself',
    ]);
  });

  it('a second key where the file reads the variable already: a refresh key gets a name of its own, another is left to a person', async () => {
    const f = repo({
      'src/auth.js':
        "const jwt = require('jsonwebtoken');\nconst JWT_SECRET = process.env.JWT_SECRET;\n" +
        `exports.access = () => jwt.sign({ sub: 1 }, JWT_SECRET);\nexports.refresh = () => jwt.sign({ sub: 1 }, '${KEY}');\n`,
      'src/other.js': `const jwt = require('jsonwebtoken');\nconst JWT_SECRET = process.env.JWT_SECRET;\nexports.b = () => jwt.sign({ sub: 2 }, '${KEY}x');\n`,
    });
    const { plan } = await planned(f);
    expect(plan.fixes.map((x) => x.finding.path)).toEqual(['src/auth.js']);
    expect(plan.fixes[0]!.title).toContain('JWT_REFRESH_SECRET');
    expect(plan.manual.map((m) => `${m.finding.path} ${m.reason}`)).toEqual([
      'src/other.js the file reads JWT_SECRET elsewhere already: read it the same way if this is the same key, or give this key a variable of its own',
    ]);
  });

  it('a key in a test: it is often what the test is about', async () => {
    const f = repo({ 'test/crypto.test.js': `const wrong = { jwtSecret: '${KEY}' };\nit('refuses a wrong key', () => expect(() => verify(t, wrong.jwtSecret)).toThrow());\n` });
    const result = await scan({ root: f.root });
    expect(result.findings.map((x) => `${x.ruleId} ${x.context}`)).toEqual(['hardcoded-secret-key test']);
    const plan = await planFixes(result.findings, new FolderWorkspace(result.root, result.mode), { settings: ruleSettings({}), localKeys: true });
    expect(plan.fixes).toEqual([]);
    expect(plan.manual[0]!.reason).toMatch(/^a key in a test is often what the test is about/);
  });

  it("a dependency's code: an edit there is lost at its next update", async () => {
    const f = repo({ 'vendor/github.com/acme/sdk/client.go': `package sdk\n\nconst JWTSecret = "${KEY}"\n`, 'node_modules/acme/.env': `SESSION_SECRET=${KEY}\n` });
    const result = await scan({ root: f.root });
    expect(result.findings.map((x) => `${x.ruleId} ${x.context} ${x.severity}`).sort()).toEqual(['dotenv-file vendored notice', 'hardcoded-secret-key vendored notice']);
    const plan = await planFixes(result.findings, new FolderWorkspace(result.root, result.mode), { settings: ruleSettings({}), localKeys: true });
    expect(plan.fixes).toEqual([]);
    expect(plan.manual.map((m) => m.reason)).toEqual([
      "`node_modules/acme/.env` is vendored third-party code: an edit there is lost at the dependency's next update; update the dependency, or tell its maintainers if the value is real",
      "`vendor/github.com/acme/sdk/client.go` is vendored third-party code: an edit there is lost at the dependency's next update; update the dependency, or tell its maintainers if the value is real",
    ]);
  });
});
