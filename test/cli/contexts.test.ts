// Severity from context, end to end through the CLI: where a value sits decides how urgent it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { Fixture } from '../helpers/fixture';

interface JsonFinding {
  ruleId: string;
  severity: string;
  path: string;
  line?: number;
  message: string;
  context: string;
}

let repo: Fixture;

beforeAll(() => {
  repo = Fixture.repo();
  repo.write(
    '.github/workflows/tests.yml',
    [
      'name: tests',
      'on: [push, pull_request]',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      SECRET_KEY: wf-Hk4qZ8mT2xR7vN3pL9bW',
      '    steps:',
      '      - run: python manage.py test',
      '',
    ].join('\n'),
  );
  repo.write(
    'examples/session/index.js',
    ["var session = require('express-session');", 'app.use(session({', "  secret: 'ex-Tq7mW2xK9pR4vZ8n',", '  resave: false', '}));', ''].join('\n'),
  );
  repo.write(
    'Dockerfile',
    [
      'FROM python:3.12-slim',
      'WORKDIR /app',
      'COPY . .',
      'RUN SECRET_KEY=dummy-build-only python manage.py collectstatic --noinput',
      'ENV SECRET_KEY=img-Wm3xQ8rT2kN7vP5zL4bY',
      'CMD ["gunicorn", "mysite.wsgi"]',
      '',
    ].join('\n'),
  );
  repo.write('mysite/settings.py', ['import os', '', "SECRET_KEY = 'app-Rz6pK2wX9mT4vQ8nL3bH'", 'DEBUG = False', ''].join('\n'));
  repo.git('add', '.');
  repo.git('commit', '-qm', 'init');
});

afterAll(() => repo.cleanup());

async function findings(extra: string[] = []): Promise<JsonFinding[]> {
  const r = await runCli([repo.root, '--format', 'json', '--fail-on', 'never', ...extra]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

const summary = (fs: JsonFinding[]) => fs.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.severity} ${f.context}`);

describe('severity from context', () => {
  it('lowers a CI value, an example app and a build dummy to notices; the image and the app stay errors', async () => {
    const fs = await findings();
    expect(summary(fs)).toEqual([
      '.github/workflows/tests.yml:7 hardcoded-secret-key notice ci',
      'Dockerfile:4 hardcoded-secret-key notice build',
      'Dockerfile:5 hardcoded-secret-key error production',
      'examples/session/index.js:3 hardcoded-secret-key notice example',
      'mysite/settings.py:3 hardcoded-secret-key error production',
    ]);
    const byPath = new Map(fs.map((f) => [`${f.path}:${f.line}`, f.message]));
    expect(byPath.get('.github/workflows/tests.yml:7')).toMatch(/\(notice: CI workflow\)$/);
    expect(byPath.get('examples/session/index.js:3')).toMatch(/\(notice: example app\)$/);
    expect(byPath.get('mysite/settings.py:3')).not.toMatch(/\((?:notice|warning):/);
  });

  it('passes with the default --fail-on when only lowered findings remain, and fails on them with --fail-on notice', async () => {
    const only = Fixture.repo();
    try {
      only.write('.github/workflows/tests.yml', 'jobs:\n  t:\n    env:\n      SECRET_KEY: wf-Hk4qZ8mT2xR7vN3pL9bW\n');
      only.git('add', '.');
      only.git('commit', '-qm', 'ci');
      expect((await runCli([only.root])).code).toBe(0);
      expect((await runCli([only.root, '--fail-on', 'notice'])).code).toBe(1);
    } finally {
      only.cleanup();
    }
  });

  it('a contexts: override brings the workflow back to error', async () => {
    const cfg = new Fixture('leakproof-cfg-');
    try {
      cfg.write('leakproof.yml', 'contexts:\n  production: [".github/workflows/tests.yml"]\n');
      const fs = await findings(['--config', `${cfg.root}/leakproof.yml`]);
      const wf = fs.find((f) => f.path === '.github/workflows/tests.yml')!;
      expect(wf).toMatchObject({ severity: 'error', context: 'production' });
      expect(wf.message).not.toMatch(/\(notice:/);
    } finally {
      cfg.cleanup();
    }
  });

  it('an unknown context name is a configuration error (exit 2, naming the allowed ones)', async () => {
    const cfg = new Fixture('leakproof-cfg-');
    try {
      cfg.write('leakproof.yml', 'contexts:\n  staging: ["deploy/**"]\n');
      const r = await runCli([repo.root, '--config', `${cfg.root}/leakproof.yml`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/contexts\.staging: unknown context "staging"; allowed: production, development, test, ci, build, example, docs, vendored\n$/);
      expect(r.stderr.split('\n')).toHaveLength(2);
    } finally {
      cfg.cleanup();
    }
  });

  it('SARIF results carry the context in their properties', async () => {
    const r = await runCli([repo.root, '--format', 'sarif', '--fail-on', 'never']);
    const results = (JSON.parse(r.stdout) as { runs: { results: { properties: { context: string } }[] }[] }).runs[0]!.results;
    expect(results.map((x) => x.properties.context).sort()).toEqual(['build', 'ci', 'example', 'production', 'production']);
  });
});
