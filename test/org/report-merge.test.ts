import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { redact } from '../../src/engine/redact';
import type { Finding } from '../../src/engine/types';
import type { Severity } from '../../src/core/types';
import type { OrgReport } from '../../src/org/types';
import { captureIo, jsonReport, sha, tempDir } from './helpers';

const REPOS = 50;

interface Planted {
  name: string;
  errors: number;
  warnings: number;
  historyOnly: number;
  suppressed: number;
}

/** Raw values live only here, in the test's bookkeeping; the reports get their redacted form. */
const rawSecrets: string[] = [];
const planted: Planted[] = [];
let files: string[] = [];
const tmp = tempDir('leakproof-merge-');

function finding(repo: number, n: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const raw = `k${repo}x${n}-${(repo * 7919 + n * 104729).toString(36)}-Zq9!`;
  rawSecrets.push(raw);
  const ruleId = severity === 'error' ? 'hardcoded-secret-key' : 'dotenv-template-secret';
  return {
    ruleId,
    severity,
    path: severity === 'error' ? `app/settings_${n}.py` : '.env.example',
    line: n + 1,
    column: 14,
    message: 'A hardcoded value; read it from the environment.',
    secret: redact(raw),
    fingerprint: `${repo.toString(16).padStart(4, '0')}${n.toString(16).padStart(4, '0')}`.padEnd(32, 'f'),
    status: 'tracked',
    context: 'production',
    ...extra,
  };
}

beforeAll(() => {
  for (let i = 0; i < REPOS; i++) {
    const p: Planted = { name: `acme/repo-${String(i).padStart(2, '0')}`, errors: i % 4, warnings: i % 3, historyOnly: i % 5 === 0 ? 1 : 0, suppressed: i % 7 === 0 ? 1 : 0 };
    planted.push(p);
    const fs: Finding[] = [];
    let n = 0;
    for (let k = 0; k < p.errors; k++) fs.push(finding(i, n++, 'error'));
    for (let k = 0; k < p.warnings; k++) fs.push(finding(i, n++, 'warning'));
    for (let k = 0; k < p.historyOnly; k++) fs.push(finding(i, n++, 'error', { path: '.env', commit: { sha: sha(i + 1000), date: '2025-03-02T10:00:00Z', deleted: true } }));
    for (let k = 0; k < p.suppressed; k++) fs.push(finding(i, n++, 'error', { suppressed: { by: 'inline', reason: 'test fixture' } }));
    const file = join(tmp.dir, `r${i}.json`);
    writeFileSync(file, jsonReport(fs, { name: p.name, commit: sha(i) }));
    files.push(file);
  }
});
afterAll(() => tmp.cleanup());

async function merge(args: string[]) {
  const c = captureIo({});
  const code = await run(['report', 'merge', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

function shuffled<T>(xs: T[]): T[] {
  // A fixed permutation: reversed, then odd positions first.
  const r = [...xs].reverse();
  return [...r.filter((_, i) => i % 2 === 1), ...r.filter((_, i) => i % 2 === 0)];
}

describe('report merge over 50 reports', () => {
  it('totals match what the reports hold', async () => {
    const { code, out, err } = await merge([...files, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as OrgReport;
    const sum = (f: (p: Planted) => number) => planted.reduce((a, p) => a + f(p), 0);
    expect(report.totals.repositories).toBe(REPOS);
    expect(report.totals.bySeverity).toEqual({ error: sum((p) => p.errors), warning: sum((p) => p.warnings), notice: 0 });
    expect(report.totals.historyOnly).toBe(sum((p) => p.historyOnly));
    expect(report.totals.suppressed).toBe(sum((p) => p.suppressed));
    expect(report.totals.findings).toBe(sum((p) => p.errors + p.warnings + p.historyOnly));
    expect(report.totals.repositoriesWithFindings).toBe(planted.filter((p) => p.errors + p.warnings + p.historyOnly > 0).length);
    expect(report.totals.files).toBe(REPOS * 10);
    const byRule = Object.fromEntries(report.byRule.map((r) => [r.ruleId, r.findings]));
    // History-only findings count under their rule too.
    expect(byRule).toEqual({ 'hardcoded-secret-key': sum((p) => p.errors + p.historyOnly), 'dotenv-template-secret': sum((p) => p.warnings) });
    for (const p of planted) {
      const r = report.repositories.find((x) => x.name === p.name)!;
      expect(r.current.error).toBe(p.errors);
      expect(r.current.warning).toBe(p.warnings);
      expect(r.historyOnly).toBe(p.historyOnly);
      expect(r.suppressed).toBe(p.suppressed);
    }
  });

  it('sorts repositories by risk: errors, then history-only, warnings, then name', async () => {
    const report = JSON.parse((await merge([...files, '--format', 'json'])).out) as OrgReport;
    const key = (r: OrgReport['repositories'][number]) => [-r.current.error, -r.historyOnly, -r.current.warning, -r.current.notice];
    for (let i = 1; i < report.repositories.length; i++) {
      const a = key(report.repositories[i - 1]!);
      const b = key(report.repositories[i]!);
      const diff = a.map((x, j) => x - b[j]!).find((d) => d !== 0) ?? 0;
      expect(diff).toBeLessThanOrEqual(0);
      if (diff === 0) expect(report.repositories[i - 1]!.name < report.repositories[i]!.name).toBe(true);
    }
    // 3 errors, a history-only finding and 2 warnings; then 3 errors and a history-only finding.
    expect(report.repositories.slice(0, 2).map((r) => r.name)).toEqual(['acme/repo-35', 'acme/repo-15']);
  });

  it('gives the same bytes whatever the order of the inputs, in every format', async () => {
    for (const format of ['markdown', 'json', 'sarif']) {
      const a = await merge([...files, '--format', format]);
      const b = await merge([...shuffled(files), '--format', format]);
      expect(a.out).toBe(b.out);
      expect(a.out.length).toBeGreaterThan(100);
    }
  });

  it('takes a folder of reports like the list of files', async () => {
    const a = await merge([...files, '--format', 'json']);
    const b = await merge([tmp.dir, '--format', 'json']);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out).totals).toEqual(JSON.parse(a.out).totals);
  });

  it('names a corrupt and a truncated report, skips them, merges the rest and exits 3', async () => {
    const truncated = join(tmp.dir, 'bad', 'truncated.json');
    const corrupt = join(tmp.dir, 'bad', 'corrupt.json');
    const notOurs = join(tmp.dir, 'bad', 'other-tool.json');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(tmp.dir, 'bad'), { recursive: true });
    const whole = readFileSync(files[3]!, 'utf8');
    writeFileSync(truncated, whole.slice(0, Math.floor(whole.length / 2)));
    writeFileSync(corrupt, '\u0000\u0001garbage');
    writeFileSync(notOurs, JSON.stringify({ version: '2.1.0', runs: [] }));
    const { code, out, err } = await merge([...files, truncated, corrupt, notOurs, join(tmp.dir, 'missing.json'), '--format', 'json']);
    expect(code).toBe(3);
    expect(err).toContain(`skipped ${truncated}: not valid JSON (truncated or corrupt)`);
    expect(err).toContain(`skipped ${corrupt}: not valid JSON`);
    expect(err).toContain(`skipped ${notOurs}: not a leakproof JSON report`);
    expect(err).toContain('missing.json: no such file');
    expect(err.split('\n').filter(Boolean)).toHaveLength(4);
    const report = JSON.parse(out) as OrgReport;
    expect(report.totals.repositories).toBe(REPOS);
    expect(report.totals.skippedReports).toBe(4);
    expect(report.skipped.map((s) => s.source)).toContain(truncated);
    const md = await merge([...files, truncated, '--format', 'markdown']);
    expect(md.code).toBe(3);
    expect(md.out).toContain('1 report could not be read and was skipped');
  });

  it('exits 2 when no report can be read', async () => {
    const { code, err } = await merge([join(tmp.dir, 'nothing-here.json')]);
    expect(code).toBe(2);
    expect(err).toContain('no report could be read');
  });

  it('never prints a raw secret, in any format or message', async () => {
    const outputs: string[] = [];
    for (const format of ['markdown', 'json', 'sarif']) {
      const r = await merge([...files, '--format', format]);
      outputs.push(r.out, r.err);
    }
    const all = outputs.join('\n');
    expect(rawSecrets.length).toBeGreaterThan(100);
    for (const raw of rawSecrets) expect(all.includes(raw)).toBe(false);
    // The redacted form is what shows.
    expect(all).toContain(redact(rawSecrets[0]!));
  });

  it('writes the Markdown with risk table, rule table and blob links', async () => {
    const { out } = await merge([...files, '--server-url', 'https://github.example.com']);
    expect(out).toMatch(/^# leakproof organisation report\n/);
    expect(out).toContain('## By rule');
    expect(out).toContain('## Repositories by risk');
    expect(out).toContain(`https://github.example.com/acme/repo-15/blob/${sha(15)}/app/settings_0.py#L1`);
    // History-only findings link to the commit that still has the file.
    expect(out).toContain(`https://github.example.com/acme/repo-15/blob/${sha(1015)}/.env#L`);
    expect(out).toContain('removed later: **rotate the key**');
    expect(out).toContain('clean repositor');
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('stays under --max-bytes and says what it left out', async () => {
    const { out } = await merge([...files, '--max-bytes', '8000']);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(8000);
    expect(out).toMatch(/\d+ more repositories not shown here/);
  });

  it('writes one SARIF 2.1.0 run per repository', async () => {
    const log = JSON.parse((await merge([...files, '--format', 'sarif'])).out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(REPOS);
    const run15 = log.runs.find((r: { properties: { repository: string } }) => r.properties.repository === 'acme/repo-15');
    expect(run15.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/repo-15', revisionId: sha(15) }]);
    expect(run15.results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'error', 'error']);
    expect(run15.results[3].locations[0].physicalLocation.artifactLocation).toEqual({ uri: '.env', uriBaseId: '%SRCROOT%' });
    expect(run15.results[3].properties.commit).toEqual({ sha: sha(1015), date: '2025-03-02T10:00:00Z', deleted: true });
    expect(run15.results[0].partialFingerprints['leakproof/v1']).toMatch(/^[0-9a-f]{32}$/);
    for (const run of log.runs) {
      for (const r of run.results) expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(r.ruleId);
    }
  });

  it('writes to --output and rejects bad options with exit 2', async () => {
    const target = join(tmp.dir, 'merged.md');
    const ok = await merge([...files, '--output', target]);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('');
    expect(readFileSync(target, 'utf8')).toContain('# leakproof organisation report');
    expect((await merge([...files, '--format', 'html'])).code).toBe(2);
    expect((await merge(['--format', 'json'])).err).toContain('needs at least one JSON report');
    expect((await merge([...files, '--max-bytes', '10'])).code).toBe(2);
    expect((await merge([...files, '--bogus'])).err).toContain('unknown option --bogus');
  });
});
