import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { scan } from '../../src/engine/scan';
import { RULES } from '../../src/rules';
import { fakeToken, FAKE_TOKEN_KINDS } from '../helpers/fake-tokens';
import { Fixture } from '../helpers/fixture';
import { buildAction, cleanup, runAction, visibleStdout } from '../action/harness';
import { cli } from './outputs';

/** One planted secret per content rule, plus every known token shape. */
const PLANTED = {
  'hardcoded-secret-key': 'PLANTED-hk-q8Zr4LmN2vX9tK7pW3sY6bH1',
  'secret-key-fallback': 'PLANTED-fb-Vb3nM8kL2pQ9wE4rT6yU1iO5',
  'dotenv-file': 'PLANTED-env-Zp9vL4qW8xR3tY6u7iO2',
  'dotenv-template-secret': 'PLANTEDtplZx8kQ2mN7pL4vR9tW3yB6cD1',
  'git-credentials': 'PLANTED-cred-Hj2KxN4bV6cX8zL0',
  'secret-file': 'PLANTED-netrc-Qz8Lk3Vb6Nw2Xc9M',
} as const;

function plant(f: Fixture): void {
  f.write('app/settings.py', `SECRET_KEY = "${PLANTED['hardcoded-secret-key']}"\n`);
  f.write('app/config.py', `import os\nSECRET_KEY = os.environ.get("SECRET_KEY", "${PLANTED['secret-key-fallback']}")\n`);
  f.write('.env', `DB_PASSWORD=${PLANTED['dotenv-file']}\nSTRIPE_SECRET_KEY=${PLANTED['dotenv-template-secret']}\n`);
  f.write('.env.example', `API_SECRET=${PLANTED['dotenv-template-secret']}\n`);
  f.write('.git-credentials', `https://octo:${PLANTED['git-credentials']}@github.com\n`);
  f.write('.netrc', `machine api.example.com login ops password ${PLANTED['secret-file']}\n`);
  f.write('deploy/tokens.yml', FAKE_TOKEN_KINDS.map((k, i) => `token_${i}: "${fakeToken(k, `redaction-${k}`)}"`).join('\n') + '\n');
}

let repo: Fixture;
let raw: string[];

beforeAll(async () => {
  repo = Fixture.repo();
  plant(repo);
  repo.git('add', '-A');
  repo.git('commit', '-qm', 'leaks');
  const result = await scan({ root: repo.root });
  raw = result.secretValues;
});
afterAll(() => repo.cleanup());

function assertClean(where: string, text: string): void {
  for (const s of [...raw, ...Object.values(PLANTED)]) expect(text.includes(s), `${where} holds a raw secret (${s.slice(0, 10)}…)`).toBe(false);
}

describe('redaction audit: no planted secret in any output', () => {
  it('every planted secret is found (so the audit covers every content rule)', async () => {
    // dotenv-file reports the file, not a value; its planted value is still checked against every output.
    for (const [rule, s] of Object.entries(PLANTED)) if (rule !== 'dotenv-file') expect(raw, s).toContain(s);
    const ids = new Set((await scan({ root: repo.root })).findings.map((f) => f.ruleId));
    for (const r of RULES.filter((r) => !['unused-suppression', 'git-embedded-repo', 'git-internals'].includes(r.meta.id))) expect(ids, r.meta.id).toContain(r.meta.id);
  });

  it('CLI text, JSON and SARIF, to stdout and to --output files', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli([repo.root, '--format', format, '--show-suppressed']);
      expect(r.code).toBe(1);
      assertClean(`${format} stdout`, r.stdout + r.stderr);
      const out = path.join(repo.root, `..${path.basename(repo.root)}.${format}`);
      const w = await cli([repo.root, '--format', format, '--output', out]);
      assertClean(`${format} file`, readFileSync(out, 'utf8') + w.stderr);
    }
  });

  it('--staged, --history and --since', async () => {
    repo.write('app/staged.py', `SECRET_KEY = "${PLANTED['hardcoded-secret-key']}-staged"\n`);
    repo.git('add', 'app/staged.py');
    for (const args of [['--staged'], ['--history'], ['--since', 'HEAD'], ['--history', '--format', 'json'], ['--staged', '--format', 'sarif']]) {
      const r = await cli([repo.root, ...args]);
      expect(r.stderr).not.toMatch(/\n.*\n.*\n/);
      assertClean(args.join(' '), r.stdout + r.stderr);
    }
  });

  it('baselines and report merge', async () => {
    const baseline = path.join(repo.root, '..', `${path.basename(repo.root)}-baseline.json`);
    const w = await cli([repo.root, '--write-baseline', baseline]);
    assertClean('--write-baseline', w.stdout + w.stderr + readFileSync(baseline, 'utf8'));
    const b = await cli([repo.root, '--baseline', baseline, '--show-suppressed']);
    assertClean('--baseline', b.stdout + b.stderr);
    const report = path.join(repo.root, '..', `${path.basename(repo.root)}-report.json`);
    await cli([repo.root, '--format', 'json', '--output', report]);
    for (const format of ['markdown', 'json', 'sarif']) {
      const m = await cli(['report', 'merge', report, '--format', format]);
      expect(m.code, m.stderr).not.toBe(2);
      assertClean(`report merge ${format}`, m.stdout + m.stderr);
    }
  });

  it('--explain and --list-rules print no planted value', async () => {
    for (const rule of RULES) assertClean(`--explain ${rule.meta.id}`, (await cli(['--explain', rule.meta.id])).stdout);
    assertClean('--list-rules', (await cli(['--list-rules'])).stdout);
  });

  it('error messages quote no file content: a config or baseline holding a secret', async () => {
    const f = new Fixture();
    try {
      f.write('.leakproof.yml', `secretNames: ["${PLANTED['hardcoded-secret-key']}!"]\n`);
      const c = await cli([f.root]);
      expect(c.code).toBe(2);
      // The value is quoted only as far as a config key is shown; the planted value must not pass through whole.
      expect(c.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      f.write('.leakproof.yml', `rules: [${PLANTED['dotenv-file']}\n`);
      const y = await cli([f.root]);
      expect(y.code).toBe(2);
      assertClean('YAML error', y.stderr);
      f.write('b.json', `{"version":1,"findings":[{"ruleId":"x","path":"p","fingerprint":"${PLANTED['dotenv-file']}"}]}`);
      const bl = await cli([f.root, '--baseline', path.join(f.root, 'b.json')]);
      expect(bl.code).toBe(2);
      assertClean('baseline error', bl.stderr);
    } finally {
      f.cleanup();
    }
  });
});

describe('redaction audit: the Action', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildAction();
  }, 240_000);
  afterAll(() => cleanup(dist));

  it('stdout (with RUNNER_DEBUG=1), summary, outputs, SARIF and JSON report hold no raw value, and every raw value is masked first', async () => {
    const r = await runAction({
      dist,
      workspace: repo.root,
      eventName: 'push',
      payload: {},
      inputs: { sarif: 'leakproof.sarif' },
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
    });
    expect(r.code).toBe(1);
    const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    for (const v of raw) expect(masks, v.slice(0, 10)).toContain(v);
    const firstOther = r.stdout.split('\n').findIndex((l) => !l.startsWith('::add-mask::') && l.trim() !== '');
    const lastMask = r.stdout.split('\n').map((l) => l.startsWith('::add-mask::')).lastIndexOf(true);
    expect(lastMask).toBeLessThan(r.stdout.split('\n').findIndex((l, i) => i > firstOther && /settings\.py/.test(l)));
    assertClean('stdout', visibleStdout(r.stdout));
    assertClean('stderr', r.stderr);
    assertClean('summary', r.summary);
    assertClean('outputs', JSON.stringify(r.outputs));
    assertClean('sarif', readFileSync(path.join(repo.root, 'leakproof.sarif'), 'utf8'));
    assertClean('report', readFileSync(r.outputs.report!, 'utf8'));
    for (const name of readdirSync(r.temp)) {
      if (name !== 'event.json') assertClean(`RUNNER_TEMP/${name}`, readFileSync(path.join(r.temp, name), 'utf8'));
    }
    writeFileSync(path.join(repo.root, 'leakproof.sarif'), '');
    cleanup(r.temp);
  });
});
