import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan';
import { FindingCollector, emptyStats, ruleSettings } from '../../src/engine/pipeline';
import { settle } from '../../src/engine/suppress';
import { RULES } from '../../src/rules';
import { runCli, secretLine, tempFolders } from '../config/fixture';

const folder = tempFolders();
const D = 'leakproof-ignore';
const N = `${D}-next-line`;

async function scanFiles(files: Record<string, string>, opts: Parameters<typeof scan>[0] extends infer O ? Partial<O> : never = {}) {
  const r = await scan({ root: folder(files), noGit: true, ...opts });
  return r.findings.map((f) => ({
    rule: f.ruleId,
    where: `${f.path}:${f.line ?? 0}`,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  }));
}

describe('inline suppression', () => {
  it.each([
    ['settings.py', (c: string) => secretLine(undefined, undefined, `# ${c}`)],
    ['settings.rb', (c: string) => `${secretLine()}  # ${c}`],
    ['app.js', (c: string) => `const ${secretLine()}; // ${c}`],
    ['app.ts', (c: string) => `const ${secretLine()}; /* ${c} */`],
    ['config.php', (c: string) => `<?php $${secretLine()}; // ${c}`],
  ])('same line in %s', async (file, line) => {
    expect(await scanFiles({ [file]: `${line(D)}\n` })).toEqual([
      { rule: 'hardcoded-secret-key', where: `${file}:1`, suppressed: { by: 'inline', line: 1 } },
    ]);
  });

  it.each([
    ['settings.py', `# ${N}`],
    ['app.js', `// ${N}`],
    ['app.js', `/* ${N} */`],
    ['settings.ini', `; ${N}`],
    ['app.lua.py', `-- ${N}`],
    ['config.xml.py', `<!-- ${N} -->`],
  ])('next line in %s: %s', async (file, comment) => {
    expect(await scanFiles({ [file]: `${comment}\n${secretLine()}\n` })).toEqual([
      { rule: 'hardcoded-secret-key', where: `${file}:2`, suppressed: { by: 'inline', line: 1 } },
    ]);
  });

  it('a dotenv template, with #', async () => {
    const value = 'q8Zr2' + 'vLm9XbT4kWp7NcYd3Hs6Fj1';
    expect(await scanFiles({ '.env.example': `# ${N} -- documented test key\nSTRIPE_SECRET_KEY=${value}\n` })).toEqual([
      { rule: 'dotenv-template-secret', where: '.env.example:2', suppressed: { by: 'inline', reason: 'documented test key', line: 1 } },
    ]);
  });

  it('carries the reason', async () => {
    expect(await scanFiles({ 'settings.py': `${secretLine(undefined, undefined, `# ${D} -- local development only`)}\n` })).toEqual([
      { rule: 'hardcoded-secret-key', where: 'settings.py:1', suppressed: { by: 'inline', reason: 'local development only', line: 1 } },
    ]);
  });

  it('a reason that repeats the secret shows it redacted, even when it does not look random', async () => {
    const value = 'correct-horse-battery-staple-2024';
    const r = await scanFiles({ 'settings.py': `SECRET_KEY = '${value}'  # ${D} -- ${value} is only for local runs\n` });
    expect(r).toEqual([
      { rule: 'hardcoded-secret-key', where: 'settings.py:1', suppressed: { by: 'inline', reason: 'corr…(33 chars) is only for local runs', line: 1 } },
    ]);
  });

  it('a long reason is scrubbed before it is cut, so no secret is left half shown', async () => {
    const token = 'Zq4vN8mT2xK6pL0rW3sY7bH1cJ5dF9gA';
    const reason = `${'x'.repeat(190)} ${token}`;
    const [f] = await scanFiles({ 'settings.py': `SECRET_KEY = 'k3J9xQ2mQz7Lp0Rv8Tn4Wc6Yb1Hd5Fg'  # ${D} -- ${reason}\n` });
    expect(f!.suppressed!.reason).not.toContain(token.slice(0, 6));
    expect(f!.suppressed!.reason!.length).toBeLessThanOrEqual(200);
  });

  it('a comment naming the rule suppresses it', async () => {
    const text = `${secretLine(undefined, undefined, `# ${D} hardcoded-secret-key -- fixture`)}\n`;
    expect(await scanFiles({ 'settings.py': text })).toEqual([
      { rule: 'hardcoded-secret-key', where: 'settings.py:1', suppressed: { by: 'inline', reason: 'fixture', line: 1 } },
    ]);
  });

  it('a comment naming another rule does not, and is reported as unused', async () => {
    const text = `${secretLine(undefined, undefined, `# ${D} secret-key-fallback`)}\n`;
    expect(await scanFiles({ 'settings.py': text })).toEqual([
      { rule: 'hardcoded-secret-key', where: 'settings.py:1' },
      { rule: 'unused-suppression', where: 'settings.py:1' },
    ]);
  });

  it('the next-line form does not reach two lines down, nor its own line', async () => {
    expect(await scanFiles({ 'settings.py': `# ${N}\n\n${secretLine()}\n` })).toEqual([
      { rule: 'unused-suppression', where: 'settings.py:1' },
      { rule: 'hardcoded-secret-key', where: 'settings.py:3' },
    ]);
    expect(await scanFiles({ 'settings.py': `${secretLine(undefined, undefined, `# ${N}`)}\n` })).toEqual([
      { rule: 'hardcoded-secret-key', where: 'settings.py:1' },
      { rule: 'unused-suppression', where: 'settings.py:1' },
    ]);
  });

  it('the same-line form does not reach the next line', async () => {
    expect(await scanFiles({ 'settings.py': `# ${D}\n${secretLine()}\n` })).toEqual([
      { rule: 'unused-suppression', where: 'settings.py:1' },
      { rule: 'hardcoded-secret-key', where: 'settings.py:2' },
    ]);
  });

  it('a string holding the word suppresses nothing', async () => {
    expect(await scanFiles({ 'app.py': `${secretLine(undefined, 'django-insecure-' + `${D}q7Zr4Mv2`)}\n` })).toEqual([
      { rule: 'hardcoded-secret-key', where: 'app.py:1' },
    ]);
  });
});

describe('unused-suppression', () => {
  it('is a notice with a clear message', async () => {
    const r = await scan({ root: folder({ 'app.py': `import os  # ${D} -- was a key\n` }), noGit: true });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'unused-suppression', severity: 'notice', path: 'app.py', line: 1, column: 12 });
    expect(f.message).toBe(`This \`${D}\` comment suppresses nothing: no finding on its line. Remove it so stale exceptions do not pile up.`);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names the rule it expected', async () => {
    const r = await scan({ root: folder({ 'app.py': `# ${N} hardcoded-secret-key\nimport os\n` }), noGit: true });
    expect(r.findings[0]!.message).toBe(
      `This \`${N}\` comment suppresses nothing: no finding of rule \`hardcoded-secret-key\` on the next line. Remove it so stale exceptions do not pile up.`,
    );
  });

  it('reports unknown rule ids, even when the comment works otherwise', async () => {
    const text = `${secretLine(undefined, undefined, `# ${D} hardcoded-secret-key because tests`)}\n`;
    const r = await scan({ root: folder({ 'settings.py': text }), noGit: true });
    expect(r.findings.map((f) => [f.ruleId, !!f.suppressed])).toEqual([
      ['hardcoded-secret-key', true],
      ['unused-suppression', false],
    ]);
    expect(r.findings[1]!.message).toContain('It names unknown rule `because`, `tests`');
    expect(r.findings[1]!.message).toContain('a reason goes after ` -- `');
  });

  it('never echoes a value-like token', async () => {
    const token = 'AKIA' + 'IOSFODNN7EXAMPLE';
    const r = await scan({ root: folder({ 'app.py': `import os  # ${D} ${token}\n` }), noGit: true });
    expect(r.findings[0]!.message).not.toContain(token);
    expect(r.findings[0]!.message).toContain('an unknown rule');
  });

  it('can be turned off or re-graded like any rule', async () => {
    const files = { 'app.py': `import os  # ${D}\n` };
    expect(await scanFiles(files, { rules: { 'unused-suppression': 'off' } })).toEqual([]);
    const r = await scan({ root: folder(files), noGit: true, rules: { 'unused-suppression': 'warning' } });
    expect(r.findings[0]!.severity).toBe('warning');
  });

  it('is not reported outside the lines a partial scan keeps', () => {
    const stats = emptyStats();
    const c = new FindingCollector(RULES, ruleSettings({}), stats);
    const text = Buffer.from(`import os  # ${D}\nimport sys  # ${D}\n`);
    c.addFile({ path: 'a.py', status: 'tracked', head: text, body: text, size: text.length }, (n) => n === 2);
    const done = c.finish();
    expect(settle(done.findings, done.comments).findings.map((f) => f.line)).toEqual([2]);
  });
});

describe('suppressed findings in reports and exit codes', () => {
  const files = () => ({ 'settings.py': `${secretLine(undefined, undefined, `# ${D} -- fixture`)}\n`, 'b.py': `${secretLine()}\n` });

  it('JSON carries suppressed: { by, reason, line }', async () => {
    const dir = folder(files());
    const r = await runCli([dir, '--no-git', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { path: string; suppressed?: unknown }) => [f.path, f.suppressed ?? null])).toEqual([
      ['b.py', null],
      ['settings.py', { by: 'inline', reason: 'fixture', line: 1 }],
    ]);
  });

  it('text output counts suppressed findings, and --show-suppressed lists them', async () => {
    const dir = folder(files());
    const plain = await runCli([dir, '--no-git']);
    expect(plain.stdout).toContain('1 finding suppressed (--show-suppressed lists them)');
    expect(plain.stdout).not.toContain('settings.py');
    const shown = await runCli([dir, '--no-git', '--show-suppressed']);
    expect(shown.stdout).toMatch(/settings\.py:1:\d+ .*\(suppressed by inline: fixture\)/);
  });

  it('suppressed findings never fail the run', async () => {
    const dir = folder({ 'settings.py': `${secretLine(undefined, undefined, `# ${D}`)}\n` });
    const r = await runCli([dir, '--no-git', '--fail-on', 'notice']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings.');
  });

  it('an unused comment does not fail the default run, only --fail-on notice', async () => {
    const dir = folder({ 'app.py': `import os  # ${D}\n` });
    expect((await runCli([dir, '--no-git'])).code).toBe(0);
    expect((await runCli([dir, '--no-git', '--fail-on', 'notice'])).code).toBe(1);
  });

  it('allow entries from the config are reported as suppressed by config', async () => {
    const dir = folder({
      'tests/settings.py': `${secretLine()}\n`,
      '.leakproof.yml': 'allow:\n  - rule: hardcoded-secret-key\n    paths: ["tests/**"]\n    reason: throwaway keys for the tests\n',
    });
    const r = await runCli([dir, '--no-git', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings[0].suppressed).toEqual({ by: 'config', reason: 'throwaway keys for the tests' });
  });
});
