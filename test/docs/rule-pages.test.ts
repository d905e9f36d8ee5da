// docs/rules/ is generated from the rules' metadata by `npm run docs`: one page per
// rule, which is what `leakproof --explain RULE` prints, and an index with the
// severity policy. These tests fail when the files on disk are stale.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../src/rules';
import { generatedHeader, ruleDocFiles } from '../../src/report/rule-pages';
import { rulePage } from '../../src/report/rule-docs';
import { REPO } from '../helpers/build';
import { runCli } from '../helpers/cli';

const DIR = path.join(REPO, 'docs/rules');
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The names of the files that differ between what is generated and `dir`. */
function staleIn(dir: string): string[] {
  const files = ruleDocFiles();
  const differ = [...files].filter(([name, content]) => read(path.join(dir, name)) !== content).map(([name]) => `${name} differs`);
  const extra = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !files.has(name))
    .map((name) => `${name} belongs to no rule`);
  return [...differ, ...extra];
}

describe('docs/rules', () => {
  it('holds what npm run docs generates from the rules', () => {
    expect(staleIn(DIR), 'docs/rules is stale: run npm run docs').toEqual([]);
  });

  it('has one page per rule, named after it and generated from its source file', () => {
    const pages = readdirSync(DIR).filter((n) => n !== 'README.md');
    expect(pages.sort()).toEqual(RULES.map((r) => `${r.meta.id}.md`).sort());
    for (const rule of RULES) {
      expect(existsSync(path.join(REPO, `src/rules/${rule.meta.id}.ts`)), rule.meta.id).toBe(true);
      expect(read(path.join(DIR, `${rule.meta.id}.md`))!.startsWith(generatedHeader(`the meta of src/rules/${rule.meta.id}.ts`))).toBe(true);
    }
  });

  it('--explain RULE prints the page of the rule, without the generated-file comment', async () => {
    for (const rule of RULES) {
      const r = await runCli(['--explain', rule.meta.id], { NO_COLOR: '1' });
      expect(r.code).toBe(0);
      const page = read(path.join(DIR, `${rule.meta.id}.md`))!;
      expect(page.slice(page.indexOf('-->\n\n') + 5), rule.meta.id).toBe(r.stdout);
      expect(r.stdout).toBe(rulePage(rule));
    }
  });

  it('each page has the sections the issue asks for: why, fix, examples, never flagged, severity by context', () => {
    for (const rule of RULES) {
      const page = rulePage(rule);
      for (const heading of ['## Why it matters', '## How to fix', '## Examples', '## Severity by context', '## Exceptions']) {
        expect(page, `${rule.meta.id}: ${heading}`).toContain(`\n${heading}\n`);
      }
      expect(page.startsWith(`# ${rule.meta.id}\n\n**${rule.meta.title}** (default severity: \`${rule.meta.severity}\`)\n`)).toBe(true);
      for (const ex of rule.meta.examples) expect(page).toContain(ex.file);
    }
    // Every rule that can be mistaken says what it never flags.
    const without = RULES.filter((r) => r.meta.id !== 'unused-suppression' && !(r.meta.neverFlags?.length));
    expect(without.map((r) => r.meta.id)).toEqual([]);
  });

  it('npm run docs writes the same files (into a folder of its own here)', { timeout: 60_000 }, () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'leakproof-docs-'));
    dirs.push(out);
    const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/docs.mjs'), '--out-dir', out], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`: ${RULES.length + 1} files, ${RULES.length + 1} changed\\n$`));
    expect(staleIn(out)).toEqual([]);
    // Run again: nothing changes.
    const again = spawnSync(process.execPath, [path.join(REPO, 'scripts/docs.mjs'), '--out-dir', out], { cwd: REPO, encoding: 'utf8' });
    expect(again.stdout).toMatch(/ 0 changed\n$/);
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('stays under 15 KB', () => {
    expect(statSync(path.join(REPO, 'README.md')).size).toBeLessThan(15_000);
  });

  it('opens with the two commands that install and scan, and run the tests', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.split('\n').filter(Boolean);
    expect(first.map((l) => l.split('#')[0]!.trim())).toEqual(['npm ci && node dist/cli.js .', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
  });

  it('lists every rule with its title and default severity, linked to its page', () => {
    for (const rule of RULES) {
      const m = rule.meta;
      expect(readme, m.id).toContain(`| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.title} | \`${m.severity}\` |`);
    }
  });
});
