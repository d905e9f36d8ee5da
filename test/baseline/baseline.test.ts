import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineFrom, formatBaseline, parseBaseline, pruneBaseline } from '../../src/engine/baseline';
import type { Finding } from '../../src/engine/types';
import { runCli, secretLine, tempFolders } from '../config/fixture';

const folder = tempFolders();
const SECRET = 'django-insecure-' + 'q7w8e9r0t1y2u3i4';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'hardcoded-secret-key', severity: 'error', path: 'a.py', message: 'm', fingerprint: 'a'.repeat(32), status: 'tracked', context: 'production', ...over };
}

async function json(argv: string[]) {
  const r = await runCli([...argv, '--format', 'json']);
  return { ...r, report: JSON.parse(r.stdout) as { findings: Finding[]; stats: { baseline?: { entries: number; matched: number; stale: number } } } };
}

describe('baseline round trip', () => {
  it('write → insert lines above → still matches → change the secret → no longer matches', async () => {
    const dir = folder({ 'settings.py': `import os\n${secretLine('SECRET_KEY', SECRET)}\n`, '.env': 'A=1\n' });
    const file = path.join(dir, '.leakproof-baseline.json');

    const before = await runCli([dir, '--no-git']);
    expect(before.code).toBe(1);
    const written = await runCli([dir, '--no-git', '--write-baseline', file]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`wrote 2 findings to ${file}`);

    const accepted = await json([dir, '--no-git', '--baseline', file]);
    expect(accepted.code).toBe(0);
    expect(accepted.report.findings.map((f) => f.suppressed)).toEqual([{ by: 'baseline' }, { by: 'baseline' }]);
    expect(accepted.report.stats.baseline).toEqual({ entries: 2, matched: 2, stale: 0 });

    writeFileSync(path.join(dir, 'settings.py'), `import os\nimport sys\n\n# settings\n${secretLine('SECRET_KEY', SECRET)}\n`);
    const moved = await json([dir, '--no-git', '--baseline', file]);
    expect(moved.code).toBe(0);
    const key = moved.report.findings.find((f) => f.ruleId === 'hardcoded-secret-key')!;
    expect(key.line).toBe(5);
    expect(key.suppressed).toEqual({ by: 'baseline' });

    writeFileSync(path.join(dir, 'settings.py'), `import os\n${secretLine('SECRET_KEY', `${SECRET}x`)}\n`);
    const changed = await json([dir, '--no-git', '--baseline', file]);
    expect(changed.code).toBe(1);
    const now = changed.report.findings.find((f) => f.ruleId === 'hardcoded-secret-key')!;
    expect(now.suppressed).toBeUndefined();
    expect(changed.report.stats.baseline).toEqual({ entries: 2, matched: 1, stale: 1 });
  });

  it('a new finding next to baselined ones fails the run', async () => {
    const dir = folder({ 'settings.py': `${secretLine('SECRET_KEY', SECRET)}\n` });
    const file = path.join(dir, 'baseline.json');
    await runCli([dir, '--no-git', '--write-baseline', file]);
    writeFileSync(path.join(dir, 'other.py'), `${secretLine('JWT_SECRET', 'another-hardcoded-value-123')}\n`);
    const r = await json([dir, '--no-git', '--baseline', file]);
    expect(r.code).toBe(1);
    expect(r.report.findings.map((f) => [f.path, f.suppressed?.by ?? null])).toEqual([
      ['other.py', null],
      ['settings.py', 'baseline'],
    ]);
  });

  it('the file is sorted, stable, and holds no secret in clear', async () => {
    const dir = folder({ 'b.py': `${secretLine('SECRET_KEY', SECRET)}\n`, 'a.py': `${secretLine('JWT_SECRET', SECRET)}\n` });
    const file = path.join(dir, 'baseline.json');
    await runCli([dir, '--no-git', '--write-baseline', file]);
    const first = readFileSync(file, 'utf8');
    await runCli([dir, '--no-git', '--write-baseline', file, '--baseline', file]);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(first).not.toContain(SECRET);
    expect(first).not.toContain(SECRET.slice(0, 8));
    const doc = JSON.parse(first);
    expect(doc.version).toBe(1);
    expect(doc.findings.map((e: { path: string }) => e.path)).toEqual(['a.py', 'b.py']);
    expect(Object.keys(doc.findings[0])).toEqual(['ruleId', 'path', 'fingerprint']);
    expect(first.endsWith('}\n')).toBe(true);
  });

  it('text output reports stale entries, and --prune-baseline removes them', async () => {
    const dir = folder({ 'a.py': `${secretLine('SECRET_KEY', SECRET)}\n`, 'b.py': `${secretLine('JWT_SECRET', SECRET)}\n` });
    const file = path.join(dir, 'baseline.json');
    await runCli([dir, '--no-git', '--write-baseline', file]);
    writeFileSync(path.join(dir, 'b.py'), 'import os\n');
    const text = await runCli([dir, '--no-git', '--baseline', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1 baseline entry no longer matches a finding (--prune-baseline removes them)');
    const pruned = await runCli([dir, '--no-git', '--baseline', file, '--prune-baseline']);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('removed 1 stale entry, kept 1');
    expect(pruned.stdout).not.toContain('baseline entr');
    expect(JSON.parse(readFileSync(file, 'utf8')).findings.map((e: { path: string }) => e.path)).toEqual(['a.py']);
    const after = await json([dir, '--no-git', '--baseline', file]);
    expect(after.report.stats.baseline).toEqual({ entries: 1, matched: 1, stale: 0 });
  });

  it('inline and config suppressions are not written to the baseline', async () => {
    const dir = folder({ 'a.py': `${secretLine('SECRET_KEY', SECRET, '# leakproof' + '-ignore -- fixture')}\n`, 'b.py': `${secretLine()}\n` });
    const file = path.join(dir, 'baseline.json');
    await runCli([dir, '--no-git', '--write-baseline', file]);
    expect(JSON.parse(readFileSync(file, 'utf8')).findings.map((e: { path: string }) => e.path)).toEqual(['b.py']);
  });
});

describe('baseline errors exit 2 with one line', () => {
  it.each([
    ['not JSON', '{', 'is not valid JSON'],
    ['wrong version', '{"version": 2, "findings": []}', 'version must be 1'],
    ['findings not a list', '{"version": 1, "findings": {}}', 'findings must be a list'],
    ['bad fingerprint', '{"version": 1, "findings": [{"ruleId": "x", "path": "a", "fingerprint": "zz"}]}', 'findings[0].fingerprint must be 32 hex digits'],
  ])('%s', async (_, text, problem) => {
    const dir = folder({ 'baseline.json': text });
    const file = path.join(dir, 'baseline.json');
    const r = await runCli([dir, '--no-git', '--baseline', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`leakproof: ${file}: ${problem}; write it with \`leakproof --write-baseline ${file}\`\n`);
  });

  it('a missing baseline', async () => {
    const dir = folder();
    const r = await runCli([dir, '--no-git', '--baseline', path.join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json: baseline not found; create it with `leakproof --write-baseline');
  });

  it('--prune-baseline without --baseline', async () => {
    const r = await runCli(['.', '--prune-baseline']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--prune-baseline needs --baseline FILE');
  });
});

describe('baseline functions', () => {
  it('matches on rule, path and fingerprint together', () => {
    const fp = 'b'.repeat(32);
    const base = { entries: [{ ruleId: 'hardcoded-secret-key', path: 'a.py', fingerprint: fp }] };
    const fs = [finding({ fingerprint: fp }), finding({ fingerprint: fp, path: 'b.py' }), finding({ fingerprint: fp, ruleId: 'dotenv-file' })];
    expect(applyBaseline(fs, base)).toEqual({ entries: 1, matched: 1, stale: 0 });
    expect(fs.map((f) => f.suppressed?.by ?? null)).toEqual(['baseline', null, null]);
  });

  it('keeps an earlier suppression and still counts the entry as matched', () => {
    const f = finding({ suppressed: { by: 'inline', reason: 'r' } });
    expect(applyBaseline([f], baselineFrom([finding({})]))).toEqual({ entries: 1, matched: 1, stale: 0 });
    expect(f.suppressed).toEqual({ by: 'inline', reason: 'r' });
  });

  it('formats, parses and prunes', () => {
    const b = baselineFrom([finding({ path: 'z.py' }), finding({ path: 'a.py' }), finding({ path: 'a.py' })]);
    expect(b.entries.map((e) => e.path)).toEqual(['a.py', 'z.py']);
    expect(parseBaseline(formatBaseline(b), 'b.json')).toEqual(b);
    expect(pruneBaseline(b, [finding({ path: 'z.py' })]).entries.map((e) => e.path)).toEqual(['z.py']);
  });
});
