import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig, STARTER_CONFIG, validateConfig } from '../../src/config';
import { scanOptionsFromConfig } from '../../src/config/options';
import { loadGlobs, pathMatcher, globProblem } from '../../src/core/globs';
import { scan } from '../../src/engine/scan';
import { RULES } from '../../src/rules';
import { runCli, secretLine, tempFolders } from './fixture';

const folder = tempFolders();

async function configError(text: string, file = '.leakproof.yml'): Promise<string> {
  try {
    await parseConfig(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('config keys', () => {
  it('reads every key', async () => {
    const c = await parseConfig(
      [
        'ignore: ["vendor/**", "**/testdata"]',
        'rules:',
        '  dotenv-template-secret: error',
        '  git-internals: off',
        'allow:',
        '  - rule: hardcoded-secret-key',
        '    paths: ["tests/**"]',
        '    reason: throwaway keys for the tests',
        'secretNames: [MAC_KEY, LICENSE_SIGNER]',
        'publicEnvPrefixes: [MYAPP_PUBLIC_]',
        'contexts:',
        '  production: [.github/workflows/deploy.yml]',
        '  test: ["qa/**"]',
        'maxFileSize: 2048',
        'failOn: warning',
        'includeIgnored: true',
      ].join('\n'),
      '.leakproof.yml',
    );
    expect(c).toEqual({
      file: '.leakproof.yml',
      ignore: ['vendor/**', '**/testdata'],
      rules: { 'dotenv-template-secret': 'error', 'git-internals': 'off' },
      allow: [{ rule: 'hardcoded-secret-key', paths: ['tests/**'], reason: 'throwaway keys for the tests' }],
      secretNames: ['MAC_KEY', 'LICENSE_SIGNER'],
      publicEnvPrefixes: ['MYAPP_PUBLIC_'],
      contexts: { production: ['.github/workflows/deploy.yml'], test: ['qa/**'] },
      maxFileSize: 2048,
      failOn: 'warning',
      includeIgnored: true,
    });
  });

  it('reads JSON', async () => {
    const c = await parseConfig('{"ignore": ["dist/**"], "rules": {"unused-suppression": "off"}}', '.leakproof.json');
    expect(c.ignore).toEqual(['dist/**']);
    expect(c.rules).toEqual({ 'unused-suppression': 'off' });
  });

  it('treats an empty or all-comment file as defaults', async () => {
    expect((await parseConfig('', 'x.yml')).ignore).toEqual([]);
    expect((await parseConfig('# nothing yet\n', 'x.yml')).rules).toEqual({});
  });

  it('maps onto scan options', () => {
    const c = validateConfig({ secretNames: ['HMAC_KEY'], maxFileSize: 10, includeIgnored: false }, 'x.yml');
    expect(scanOptionsFromConfig(c)).toMatchObject({ secretNames: ['HMAC_KEY'], maxFileSize: 10, includeIgnored: false });
  });
});

describe('config errors name the file, the key path and the allowed values', () => {
  it.each([
    ['unknown key', 'ignor: [a]', '.leakproof.yml: unknown key "ignor"; allowed keys: ignore, rules, allow, secretNames, publicEnvPrefixes, contexts, maxFileSize, failOn, includeIgnored'],
    ['unknown context', 'contexts:\n  staging: [deploy/**]', '.leakproof.yml: contexts.staging: unknown context "staging"; allowed: production, development, test, ci, build, example, docs'],
    ['contexts not a mapping', 'contexts: [ci]', '.leakproof.yml: contexts: must be a mapping of context name (production, development, test, ci, build, example, docs, vendored) to a list of globs, got a list'],
    ['contexts with a bad glob', 'contexts:\n  ci: [/abs/**]', '.leakproof.yml: contexts.ci[0]: "/abs/**" is absolute'],
    ['unknown rule id', 'rules:\n  hardcoded-secret: off', '.leakproof.yml: rules.hardcoded-secret: unknown rule id "hardcoded-secret"; allowed: dotenv-file,'],
    ['bad rule level', 'rules: {dotenv-file: warn}', '.leakproof.yml: rules.dotenv-file: must be one of off, notice, warning, error, got the string "warn"'],
    ['rules not a mapping', 'rules: [dotenv-file]', '.leakproof.yml: rules: must be a mapping of rule id to off | notice | warning | error, got a list'],
    ['ignore not a list', 'ignore: vendor', '.leakproof.yml: ignore: must be a list of globs, got the string "vendor"'],
    ['ignore item not a string', 'ignore: [1]', '.leakproof.yml: ignore[0]: must be a glob, got number 1'],
    ['absolute glob', 'ignore: ["/etc/**"]', '.leakproof.yml: ignore[0]: "/etc/**" is absolute'],
    ['backslash glob', 'ignore: ["src\\\\x"]', 'ignore[0]: "src\\\\x" uses a backslash'],
    ['unclosed bracket', 'ignore: ["src/[ab"]', '.leakproof.yml: ignore[0]: "src/[ab" has an unclosed "["'],
    ['unclosed brace', 'ignore: ["{a,b"]', 'has an unclosed "{"'],
    ['glob leaving the root', 'ignore: ["../x"]', 'leaves the scanned root'],
    ['negated glob', 'ignore: ["!keep"]', 'is a negation'],
    ['allow without reason', 'allow: [{rule: dotenv-file, paths: [".env"]}]', '.leakproof.yml: allow[0].reason: is required: say why these findings are acceptable'],
    ['allow with empty reason', 'allow: [{rule: dotenv-file, paths: [".env"], reason: " "}]', 'allow[0].reason: must be a non-empty string'],
    ['allow with unknown rule', 'allow: [{rule: nope, paths: [a], reason: r}]', '.leakproof.yml: allow[0].rule: unknown rule id the string "nope"; allowed: dotenv-file'],
    ['allow without paths', 'allow: [{rule: dotenv-file, reason: r}]', 'allow[0].paths: is required'],
    ['allow with empty paths', 'allow: [{rule: dotenv-file, paths: [], reason: r}]', 'allow[0].paths: must list at least one glob'],
    ['allow with a bad glob', 'allow: [{rule: dotenv-file, paths: ["/x"], reason: r}]', 'allow[0].paths[0]: "/x" is absolute'],
    ['allow with unknown key', 'allow: [{rule: dotenv-file, paths: [a], reason: r, why: w}]', '.leakproof.yml: allow[0].why: unknown key; allowed: rule, paths, reason'],
    ['bad secret name', 'secretNames: ["my key"]', 'secretNames[0]: "my key" is not a variable or key name'],
    ['bad prefix', 'publicEnvPrefixes: ["PUB-"]', 'publicEnvPrefixes[0]: "PUB-" is not a dotenv key prefix'],
    ['bad maxFileSize', 'maxFileSize: -1', '.leakproof.yml: maxFileSize: must be a positive number of bytes, got number -1'],
    ['maxFileSize as text', 'maxFileSize: 1MB', 'maxFileSize: must be a positive number of bytes, got the string "1MB"'],
    ['bad failOn', 'failOn: loud', '.leakproof.yml: failOn: must be one of error, warning, notice, never, got the string "loud"'],
    ['bad includeIgnored', 'includeIgnored: "yes"', '.leakproof.yml: includeIgnored: must be true or false, got the string "yes"'],
    ['top level not a mapping', '- a', '.leakproof.yml: the top level must be a mapping'],
  ])('%s', async (_, text, expected) => {
    expect(await configError(text)).toContain(expected);
  });

  it.each([
    ['an unclosed flow list', 'ignore: [a\nrules: {}\n', '.leakproof.yml:2:1: invalid YAML:'],
    ['a duplicate key', 'rules:\n  dotenv-file: off\n  dotenv-file: error\n', '.leakproof.yml:3:3: invalid YAML: Map keys must be unique'],
    ['a tab as indentation', 'rules:\n\tdotenv-file: off\n', '.leakproof.yml:2:1: invalid YAML: Tabs are not allowed as indentation'],
    ['unclosed JSON', '{"ignore": ["a"]\n', '.leakproof.json:2:1: invalid YAML: Flow map must end with a }'],
  ])('bad YAML (%s) gives the line and column', async (_, text, expected) => {
    const msg = await configError(text, expected.startsWith('.leakproof.json') ? '.leakproof.json' : '.leakproof.yml');
    expect(msg.startsWith(expected)).toBe(true);
    expect(msg).not.toContain('\n');
  });
});

describe('config discovery', () => {
  it.each(['.leakproof.yml', '.leakproof.yaml', '.leakproof.json'])('finds %s at the root', async (name) => {
    const dir = folder({ [name]: name.endsWith('.json') ? '{"failOn": "never"}' : 'failOn: never\n' });
    const c = await loadConfig(dir);
    expect(c.failOn).toBe('never');
    expect(c.file).toBe(path.join(dir, name));
  });

  it('returns defaults without a config file', async () => {
    const c = await loadConfig(folder({ 'a.txt': 'x' }));
    expect(c).toEqual({ file: null, ignore: [], rules: {}, allow: [], secretNames: [], publicEnvPrefixes: [], contexts: {} });
  });

  it('refuses two config files', async () => {
    const dir = folder({ '.leakproof.yml': '', '.leakproof.json': '{}' });
    await expect(loadConfig(dir)).rejects.toThrow(/\.leakproof\.yml and .*\.leakproof\.json; keep only one configuration file/);
  });

  it('does not follow a symlinked config file', async () => {
    const outside = folder({ 'real.yml': 'failOn: never\n' });
    const dir = folder();
    symlinkSync(path.join(outside, 'real.yml'), path.join(dir, '.leakproof.yml'));
    await expect(loadConfig(dir)).rejects.toThrow(/\.leakproof\.yml: is a symlink/);
  });

  it('reads --config FILE instead of the root file', async () => {
    const dir = folder({ '.leakproof.yml': 'failOn: never\n', 'ci/leakproof.yml': 'failOn: notice\n' });
    const c = await loadConfig(dir, path.join(dir, 'ci/leakproof.yml'));
    expect(c.failOn).toBe('notice');
  });

  it('names a missing --config FILE', async () => {
    await expect(loadConfig('.', '/nonexistent/leakproof.yml')).rejects.toThrow(
      '/nonexistent/leakproof.yml: cannot read the configuration file (not found); check the path',
    );
  });
});

describe('globs', () => {
  beforeAll(() => loadGlobs(['*']));

  it('matches a folder and everything inside it, dot files included', () => {
    const m = pathMatcher(['vendor', '**/testdata/', './build/**', '*.env']);
    expect(m('vendor')).toBe(true);
    expect(m('vendor/a/b.js')).toBe(true);
    expect(m('src/testdata/x.py')).toBe(true);
    expect(m('build/.env')).toBe(true);
    expect(m('.env')).toBe(true);
    expect(m('prod.env')).toBe(true);
    expect(m('src/prod.env')).toBe(false);
  });

  it('near misses stay unmatched', () => {
    const m = pathMatcher(['vendor', 'docs/*.md']);
    expect(m('vendored/a.js')).toBe(false);
    expect(m('src/vendor.js')).toBe(false);
    expect(m('docs/sub/a.md')).toBe(false);
  });

  it('accepts ordinary globs', () => {
    for (const g of ['**/*.py', 'a/{b,c}/*.js', '[ab].txt', '.env*', 'x/']) expect(globProblem(g)).toBeNull();
  });
});

describe('config in a scan', () => {
  const py = (text: string) => ({ 'settings.py': `${text}\n` });

  it('ignore: ignored paths are never scanned', async () => {
    const dir = folder({ ...py(secretLine()), 'vendor/lib/settings.py': `${secretLine()}\n` });
    const all = await scan({ root: dir, noGit: true });
    expect(all.findings.map((f) => f.path)).toEqual(['settings.py', 'vendor/lib/settings.py']);
    const some = await scan({ root: dir, noGit: true, ignore: ['vendor'] });
    expect(some.findings.map((f) => f.path)).toEqual(['settings.py']);
    expect(some.stats.files).toBe(1);
  });

  it('ignore covers tree rules too (dotenv files, git directories)', async () => {
    const dir = folder({ 'fixtures/.env': 'A=1\n', 'fixtures/repo/.git/HEAD': 'ref: refs/heads/main\n', '.env': 'B=2\n' });
    const r = await scan({ root: dir, noGit: true, ignore: ['fixtures/**'] });
    expect(r.findings.map((f) => f.path)).toEqual(['.env']);
  });

  it('rules: off disables a rule, a severity re-grades it', async () => {
    const dir = folder({ ...py(secretLine()), '.env': `SECRET_KEY=${'Qm7xT2wR9pK4'}${'vN8bZ3cL6yH1'}\n` });
    const off = await scan({ root: dir, noGit: true, rules: { 'hardcoded-secret-key': 'off' } });
    expect(off.findings.map((f) => f.ruleId)).toEqual(['dotenv-file']);
    const graded = await scan({ root: dir, noGit: true, rules: { 'hardcoded-secret-key': 'warning' } });
    expect(graded.findings.find((f) => f.ruleId === 'hardcoded-secret-key')!.severity).toBe('warning');
    expect(graded.findings.find((f) => f.ruleId === 'dotenv-file')!.severity).toBe('error');
  });

  it('allow: suppresses one rule on matching paths, with the reason', async () => {
    const dir = folder({ 'tests/settings.py': `${secretLine()}\n`, 'app/settings.py': `${secretLine()}\n`, 'tests/.env': 'A=1\n' });
    const r = await scan({
      root: dir,
      noGit: true,
      allow: [{ rule: 'hardcoded-secret-key', paths: ['tests/**'], reason: 'throwaway test keys' }],
    });
    const by = Object.fromEntries(r.findings.map((f) => [`${f.ruleId} ${f.path}`, f.suppressed ?? null]));
    expect(by).toEqual({
      'hardcoded-secret-key app/settings.py': null,
      'hardcoded-secret-key tests/settings.py': { by: 'config', reason: 'throwaway test keys' },
      'dotenv-file tests/.env': null,
    });
  });

  it('secretNames: extra names join the SECRET_KEY family', async () => {
    const dir = folder(py(secretLine('MAC_KEY', 'a8f5f167f44f4964e6c998dee827110c')));
    expect((await scan({ root: dir, noGit: true })).findings).toEqual([]);
    const r = await scan({ root: dir, noGit: true, secretNames: ['MAC_KEY'] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['hardcoded-secret-key']);
  });

  it('publicEnvPrefixes: a dotenv file of public keys only is a notice', async () => {
    // A random-looking value under a name that does not say secret: an error unless the prefix makes it public.
    const dir = folder({ '.env': `MYAPP_PUBLIC_ANON_KEY=${'Qm7xT2wR9pK4'}${'vN8bZ3cL6yH1'}\n` });
    expect((await scan({ root: dir, noGit: true })).findings[0]!.severity).toBe('error');
    const r = await scan({ root: dir, noGit: true, publicEnvPrefixes: ['MYAPP_PUBLIC_'] });
    expect(r.findings[0]!.severity).toBe('notice');
  });
});

describe('config through the CLI', () => {
  it('a bad config exits 2 with one line', async () => {
    const dir = folder({ '.leakproof.yml': 'rules: {nope: off}\n' });
    const r = await runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`leakproof: ${path.join(dir, '.leakproof.yml')}: rules.nope: unknown rule id "nope"; allowed: ${
      RULES.map((rule) => rule.meta.id).join(', ')
    }\n`);
  });

  it('bad YAML exits 2 naming the line and column', async () => {
    const dir = folder({ '.leakproof.yaml': 'ignore:\n  - a\n bad: 1\n' });
    const r = await runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakproof: .*\.leakproof\.yaml:3:\d+: invalid YAML: .+\n$/);
  });

  it('failOn comes from the config, and the command line wins', async () => {
    const dir = folder({ 'settings.py': `${secretLine()}\n`, '.leakproof.yml': 'failOn: never\n' });
    expect((await runCli([dir, '--no-git'])).code).toBe(0);
    expect((await runCli([dir, '--no-git', '--fail-on', 'error'])).code).toBe(1);
  });

  it('maxFileSize comes from the config, and the command line wins', async () => {
    const dir = folder({ 'settings.py': `${secretLine()}\n`, '.leakproof.yml': 'maxFileSize: 20\n' });
    const small = JSON.parse((await runCli([dir, '--no-git', '--format', 'json'])).stdout);
    expect(small.stats.skipped.tooLarge).toBe(1);
    const big = JSON.parse((await runCli([dir, '--no-git', '--format', 'json', '--max-file-size', '100000'])).stdout);
    expect(big.stats.skipped.tooLarge).toBe(0);
    expect(big.findings).toHaveLength(1);
  });

  it('--config FILE is used instead of the root config', async () => {
    const dir = folder({ 'settings.py': `${secretLine()}\n`, 'other.yml': 'rules: {hardcoded-secret-key: off}\n' });
    const r = await runCli([dir, '--no-git', '--config', path.join(dir, 'other.yml')]);
    expect(r.code).toBe(0);
  });
});

describe('leakproof init', () => {
  it('writes a commented starter config that loads as defaults', async () => {
    const dir = folder();
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('.leakproof.yml');
    expect(readFileSync(path.join(dir, '.leakproof.yml'), 'utf8')).toBe(STARTER_CONFIG);
    const c = await loadConfig(dir);
    expect(c.ignore).toEqual([]);
  });

  it('every example in the starter config is valid once uncommented', async () => {
    const uncommented = STARTER_CONFIG.split('\n')
      .map((l) => (/^# ([A-Za-z]+:( |$)|  )/.test(l) ? l.slice(2) : l))
      .join('\n');
    const c = await parseConfig(uncommented, 'starter.yml');
    expect(Object.keys(c.rules).length).toBeGreaterThan(0);
    expect(c.allow).toHaveLength(1);
    expect(c.ignore.length).toBeGreaterThan(0);
    expect(c.secretNames.length).toBeGreaterThan(0);
    expect(c.publicEnvPrefixes.length).toBeGreaterThan(0);
    expect(Object.keys(c.contexts).length).toBeGreaterThan(0);
    expect(c.failOn).toBe('error');
    expect(c.maxFileSize).toBeGreaterThan(0);
    expect(c.includeIgnored).toBe(false);
  });

  it('refuses to overwrite an existing config', async () => {
    const dir = folder({ '.leakproof.json': '{}' });
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`leakproof: ${path.join(dir, '.leakproof.json')} already exists; edit it, or remove it first to start over\n`);
    expect(existsSync(path.join(dir, '.leakproof.yml'))).toBe(false);
  });

  it('refuses a second init', async () => {
    const dir = folder();
    expect((await runCli(['init', dir])).code).toBe(0);
    writeFileSync(path.join(dir, '.leakproof.yml'), 'failOn: never\n');
    expect((await runCli(['init', dir])).code).toBe(2);
    expect(readFileSync(path.join(dir, '.leakproof.yml'), 'utf8')).toBe('failOn: never\n');
  });
});
