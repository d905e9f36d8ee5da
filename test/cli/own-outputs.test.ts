import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules';
import { formatSarif } from '../../src/report/sarif';
import { runCli } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("leakproof's own texts scan clean", () => {
  it('--explain for every rule, --list-rules, the README, every page of docs/ and the SARIF rule help raise nothing, not even a notice', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-own-'));
    dirs.push(dir);
    for (const rule of RULES) {
      const r = await runCli(['--explain', rule.meta.id]);
      expect(r.code).toBe(0);
      // Markdown, and also plain text, where fewer placeholders go unreported than in documentation.
      writeFileSync(path.join(dir, `explain-${rule.meta.id}.md`), r.stdout);
      writeFileSync(path.join(dir, `explain-${rule.meta.id}.txt`), r.stdout);
    }
    writeFileSync(path.join(dir, 'rules.txt'), (await runCli(['--list-rules'])).stdout);
    writeFileSync(path.join(dir, 'rules.sarif'), formatSarif({ findings: [] }));
    copyFileSync(path.join(REPO, 'README.md'), path.join(dir, 'README.md'));
    cpSync(path.join(REPO, 'docs'), path.join(dir, 'docs'), { recursive: true });
    expect(readdirSync(path.join(dir, 'docs/rules')).length).toBe(RULES.length + 1);
    const scan = await runCli([dir, '--no-git', '--fail-on', 'notice']);
    expect(scan.stdout).toContain('No findings.');
    expect(scan.code).toBe(0);
  });
});
