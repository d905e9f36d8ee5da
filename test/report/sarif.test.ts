import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif';
import { RULES } from '../../src/rules';
import { scan } from '../../src/engine/scan';
import { finding } from './findings';
import { run } from '../../src/cli/run';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Log = { runs: { tool: { driver: { rules: any[] } }; results: any[] }[] };

describe('SARIF', () => {
  it('validates against the official 2.1.0 schema, odd paths and suppressions included', () => {
    const log = toSarif({
      findings: [
        finding(),
        finding({ path: 'dir with space/%41 #x.py', line: undefined, column: undefined, endLine: undefined, endColumn: undefined }),
        finding({ severity: 'notice', suppressed: { by: 'baseline', reason: 'accepted' } }),
      ],
    });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = (log as Log).runs[0]!.results;
    expect(results[1].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'dir%20with%20space/%2541%20%23x.py', uriBaseId: '%SRCROOT%' });
    expect(results[2]).toMatchObject({ level: 'note', suppressions: [{ kind: 'external', justification: 'accepted' }] });
  });

  it("keeps a finding's remedy, which only `leakproof fix` reads, out of JSON and SARIF", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-fixhint-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'app.js'), "process.loadEnvFile('.env.example');\n");
    writeFileSync(path.join(dir, '.env.example'), 'SESSION_SECRET=Your Session Secret goes here\n');
    const result = await scan({ root: dir, noGit: true });
    expect(result.findings.map((f) => f.remedy)).toContain('empty-value');
    const { formatJson } = await import('../../src/report/json');
    const json = formatJson(result, dir);
    expect(json).toContain('SESSION_SECRET');
    expect(json).not.toContain('remedy');
    expect(json).not.toContain('empty-value');
    expect(JSON.stringify(toSarif(result))).not.toContain('empty-value');
  });

  it('describes every rule for code scanning', () => {
    const rules = (toSarif({ findings: [] }) as Log).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of rules) {
      expect(r.shortDescription.text).toBeTruthy();
      expect(r.fullDescription.text).toBeTruthy();
      expect(r.help.markdown).toContain('How to fix');
      expect(r.properties.tags).toEqual(['security', 'secrets']);
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
    }
  });

  it('keeps fingerprints when a line moves, and relative URIs under a prefix', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'leakproof-sarif-'));
    dirs.push(root);
    const secret = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
    writeFileSync(path.join(root, 'settings.py'), `SECRET_KEY = "${secret}"\n`);
    const before = toSarif(await scan({ root, noGit: true }), { pathPrefix: 'svc/' }) as Log;
    writeFileSync(path.join(root, 'settings.py'), `import os\n\n# moved down\nSECRET_KEY = "${secret}"\n`);
    const after = toSarif(await scan({ root, noGit: true }), { pathPrefix: 'svc/' }) as Log;
    const [b] = before.runs[0]!.results;
    const [a] = after.runs[0]!.results;
    expect(b.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(a.locations[0].physicalLocation.region.startLine).toBe(4);
    expect(a.partialFingerprints[FINGERPRINT_KEY]).toBe(b.partialFingerprints[FINGERPRINT_KEY]);
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('svc/settings.py');
    expect(JSON.stringify(after)).not.toContain(secret);
    expect(validate(after)).toBe(true);
  });

  it('is what `leakproof --format sarif` prints', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'leakproof-sarif-'));
    dirs.push(root);
    writeFileSync(path.join(root, '.env'), 'DB_PASSWORD=hunter2-Zp9vL4qW8xR3tY6u\n');
    let out = '';
    const code = await run(['--format', 'sarif', '--no-git', root], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: {} });
    expect(code).toBe(1);
    const log = JSON.parse(out) as Log;
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(['dotenv-file']);
    expect(out).not.toContain('hunter2-Zp9vL4qW8xR3tY6u');
  });
});
