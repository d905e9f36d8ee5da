import { describe, expect, it } from 'vitest';
import { applyPathContext, pathContext } from '../../src/engine/context';
import { emptyStats, FindingCollector, ruleSettings } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';
import type { PathFinding } from '../../src/rules/types';
import { fakeToken } from '../helpers/fake-tokens';

describe('pathContext', () => {
  it.each([
    ['test/settings.py', 'test fixture path'],
    ['tests/fixtures/.env', 'test fixture path'],
    ['src/test/resources/application.yml', 'test fixture path'],
    ['spec/support/keys.rb', 'test fixture path'],
    ['app/__tests__/auth.js', 'test fixture path'],
    ['pkg/testdata/config.yaml', 'test fixture path'],
    ['fixtures/app.py', 'test fixture path'],
    ['auth/jwt_test.go', 'test fixture path'],
    ['src/auth.test.ts', 'test fixture path'],
    ['src/auth.spec.js', 'test fixture path'],
    ['app/test_settings.py', 'test fixture path'],
    ['spec/models/user_spec.rb', 'test fixture path'],
    ['tests/README.md', 'test fixture path'],
    ['README.md', 'documentation'],
    ['docs/deploy.yml', 'documentation'],
    ['doc/setup.sh', 'documentation'],
    ['guide/intro.mdx', 'documentation'],
    ['index.rst', 'documentation'],
    ['manual.adoc', 'documentation'],
    ['README.txt', 'documentation'],
    ['CHANGELOG.txt', 'documentation'],
  ])('%s → %s', (path, expected) => {
    expect(pathContext(path)).toBe(expected);
  });

  it.each([
    'settings.py',
    'src/app/config.ts',
    'testing.py', // a name that merely starts with "test"
    'latest/app.py',
    'contest/settings.py',
    'attest.go',
    'credentials.txt',
    'keys.txt',
    'requirements.txt',
    'docker/docs.py', // only folders named docs count, not files
    'spec.yaml',
    'protest_test_data.json',
  ])('%s is ordinary code or config', (path) => {
    expect(pathContext(path)).toBeNull();
  });
});

const finding = (path: string, over: Partial<PathFinding> = {}): PathFinding => ({
  path,
  status: 'tracked',
  line: 1,
  message: '`SECRET_KEY` is set to a hardcoded string literal.',
  secret: 'k3#9vQ!xT2@pLm8$wRz5^nB7&cYd4*hJ',
  ...over,
});

describe('applyPathContext', () => {
  it('leaves findings in ordinary paths alone', () => {
    const f = finding('app/settings.py');
    expect(applyPathContext(f, 'error')).toBe(f);
  });

  it('lowers findings in tests to notice and says why', () => {
    const out = applyPathContext(finding('tests/settings.py'), 'error')!;
    expect(out.severity).toBe('notice');
    expect(out.message).toMatch(/\(lowered to notice: test fixture path\)$/);
  });

  it('lowers findings in documentation to notice and says why', () => {
    const out = applyPathContext(finding('docs/deploy.md'), 'warning')!;
    expect(out.severity).toBe('notice');
    expect(out.message).toMatch(/\(lowered to notice: documentation\)$/);
  });

  it('lowers findings without a value (a dotenv file in a fixture folder)', () => {
    const out = applyPathContext({ path: 'test/fixtures/.env', status: 'tracked', message: '`.env` is tracked.' }, 'error')!;
    expect(out.severity).toBe('notice');
  });

  it('drops placeholders in documentation', () => {
    expect(applyPathContext(finding('README.md', { secret: 'changeme' }), 'error')).toBeNull();
    expect(applyPathContext(finding('docs/setup.md', { secret: 'your-secret-key-here' }), 'error')).toBeNull();
    expect(applyPathContext(finding('README.md', { secret: 'AKIA' + 'IOSFODNN7EXAMPLE' }), 'error')).toBeNull();
    expect(applyPathContext(finding('README.md', { secret: 'gh' + 'p_' + 'x'.repeat(36) }), 'error')).toBeNull();
  });

  it('keeps placeholders in tests, as notices', () => {
    expect(applyPathContext(finding('tests/conftest.py', { secret: 'changeme' }), 'error')!.severity).toBe('notice');
  });

  it('leaves a finding that is already a notice as it is', () => {
    const f = finding('tests/a.py', { severity: 'notice' });
    expect(applyPathContext(f, 'error')).toBe(f);
  });
});

describe('FindingCollector applies the path context to every rule', () => {
  const collect = (files: Record<string, string>) => {
    const c = new FindingCollector(RULES, ruleSettings({}), emptyStats());
    for (const [path, text] of Object.entries(files)) {
      const body = Buffer.from(text);
      c.addFile({ path, status: 'plain', head: body.subarray(0, 8192), body, size: body.length });
    }
    return c.finish().findings;
  };

  it('errors in code, notices in tests and docs, nothing for doc placeholders', () => {
    const token = fakeToken('npm', 'context');
    const findings = collect({
      'app/settings.py': "SECRET_KEY = 'k3#9vQ!xT2@pLm8$wRz5^nB7&cYd4*hJ'",
      'tests/settings.py': "SECRET_KEY = 'k3#9vQ!xT2@pLm8$wRz5^nB7&cYd4*hJ'",
      'tests/fixtures/.env': 'SECRET_KEY=abc',
      'docs/install.md': `Set NPM_TOKEN to a token such as ${token}.`,
      'README.md': 'AWS_ACCESS_KEY_ID=' + 'AKIA' + 'IOSFODNN7EXAMPLE',
    });
    const summary = findings.map((f) => `${f.path} ${f.ruleId} ${f.severity}`);
    expect(summary).toEqual([
      'app/settings.py hardcoded-secret-key error',
      'docs/install.md known-token notice',
      'tests/fixtures/.env dotenv-file notice',
      'tests/settings.py hardcoded-secret-key notice',
    ]);
    for (const f of findings) expect(f.message).not.toContain(token);
  });
});
