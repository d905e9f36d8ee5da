/**
 * A rule that declares `literals` promises to report nothing on a file whose
 * bytes hold none of them and no NUL byte, unless `readsAnyway` claims the
 * file's path: the history scan trusts that promise and never reads such a
 * blob, and no scan runs the rules on such a file. Every finding of the
 * labelled corpus must keep it, found with every rule run on every file.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CASES_DIR, loadCases } from '../corpus/run';
import { scan } from '../../src/engine/scan';
import { ruleSettings } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';
import type { Rule } from '../../src/rules/types';

/** The rules without their promise: each runs on every file, whatever its bytes hold. */
const UNSCREENED: Rule[] = RULES.map((r) => ({ ...r, literals: undefined, readsAnyway: undefined }));

/**
 * Files the rules judge by name, whose bytes need hold no rule's word: npm
 * credentials under `_auth`/`_password`, a password file, a Rails key.
 */
const BY_NAME: { name: string; files: { path: string; text: string }[]; rules: string[] }[] = [
  {
    name: 'npm basic auth',
    files: [{ path: '.npmrc', text: `//npm.pkg.example.org/:_auth=${Buffer.from('deploy:Vq3xR8tLw2Zp9cKm').toString('base64')}\n` }],
    rules: ['known-token'],
  },
  { name: 'htpasswd', files: [{ path: 'deploy/.htpasswd', text: 'admin:$apr1$Zq8sT2vB$Jw5yKp0cXr7LmN3dFh9Qe1\n' }], rules: ['secret-file'] },
  { name: 'rails master key', files: [{ path: 'config/master.key', text: '9f3b2c7e1d8a4f6b0c5e2d9a7b3f1e84\n' }], rules: ['secret-file'] },
];

describe('rules that declare literals report only on files that hold one', () => {
  it('holds for every finding of the labelled corpus and of files judged by name', async () => {
    const cases = [...loadCases(CASES_DIR), ...BY_NAME.map((b) => ({ ...b, expect: [], clean: [] }))];
    const seen = new Set<string>();
    const settings = ruleSettings({});
    const broken: string[] = [];
    let checked = 0;
    const byRule = new Map<string, number>();
    for (const c of cases) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leakproof-literals-'));
      try {
        for (const f of c.files) {
          const abs = path.join(root, f.path);
          fs.mkdirSync(path.dirname(abs), { recursive: true });
          fs.writeFileSync(abs, f.text);
        }
        const result = await scan({ root, noGit: true }, UNSCREENED);
        // What a scan that trusts the promise finds: the same.
        const screened = await scan({ root, noGit: true });
        expect(screened.findings, c.name).toEqual(result.findings);
        for (const finding of result.findings) {
          const rule = RULES.find((r) => r.meta.id === finding.ruleId);
          if (!rule?.checkFile || !rule.literals) continue;
          const file = c.files.find((f) => f.path === finding.path);
          if (!file) continue;
          const bytes = Buffer.from(file.text);
          const name = file.path.slice(file.path.lastIndexOf('/') + 1);
          checked++;
          seen.add(`${c.name} ${rule.meta.id}`);
          byRule.set(rule.meta.id, (byRule.get(rule.meta.id) ?? 0) + 1);
          const holds = bytes.includes(0) || rule.literals(settings).some((set) => set.test(bytes));
          if (!holds && rule.readsAnyway?.(file.path, name, settings) !== true) broken.push(`${c.name}: ${rule.meta.id} on ${file.path}:${finding.line ?? '-'}`);
        }
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    }
    expect(broken).toEqual([]);
    for (const b of BY_NAME) for (const id of b.rules) expect(seen.has(`${b.name} ${id}`), `${b.name}: ${id}`).toBe(true);
    // The corpus exercises the promise for every rule that makes it.
    expect(checked).toBeGreaterThan(300);
    for (const rule of RULES.filter((r) => r.checkFile && r.literals)) expect(byRule.get(rule.meta.id) ?? 0, rule.meta.id).toBeGreaterThan(0);
  });
});
