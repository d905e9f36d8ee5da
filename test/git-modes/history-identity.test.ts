import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { scanHistory, type HistoryOptions } from '../../src/engine/git-sources/history';
import { scanHistoryWhole } from './history-reference';
import { generateHistory } from './history-gen';
import type { ScanResult } from '../../src/engine/types';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(seed: number, commits: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-history-identity-'));
  dirs.push(dir);
  return { dir, ...generateHistory(dir, seed, commits) };
}

/** What the report holds, but the time it took. */
function comparable(r: ScanResult) {
  const { durationMs: _ms, ...stats } = r.stats;
  return { findings: r.findings, stats, history: r.history, secretValues: r.secretValues, errors: r.errors };
}

async function both(options: HistoryOptions) {
  const [fast, whole] = [await scanHistory(options), await scanHistoryWhole(options)];
  return { fast: comparable(fast), whole: comparable(whole) };
}

describe('--history reads what changed and reports what reading every file whole did', () => {
  // Seeds picked so that between them every kind of change below occurs many times.
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seeded history ${seed}: the same findings, counts and commits, also for --max-commits and --since`, async () => {
      const { dir, main } = repo(seed, 90);
      const all = await both({ root: dir });
      expect(all.fast).toEqual(all.whole);
      // The histories must exercise what the comparison is about.
      const findings = all.whole.findings;
      expect(findings.length).toBeGreaterThan(5);
      expect(findings.some((f) => f.commit!.deleted)).toBe(true);
      expect(findings.some((f) => !f.commit!.deleted)).toBe(true);

      const recent = await both({ root: dir, maxCommits: 17 });
      expect(recent.fast).toEqual(recent.whole);
      const since = await both({ root: dir, since: main[Math.floor(main.length / 3)]! });
      expect(since.fast).toEqual(since.whole);
    });
  }

  it('between them, the histories hold the cases that need context: value lines, guarded lines, branches, renames', async () => {
    const seen = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const { dir, main } = repo(seed, 90);
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      // A line under an added comment is first reported there only when the scan starts after the line was added.
      const findings = [...(await scanHistory({ root: dir })).findings, ...(await scanHistory({ root: dir, since: main[45]! })).findings];
      for (const f of findings) {
        const sha = f.commit!.sha;
        if (!main.includes(sha)) seen.add('found on a side branch');
        if (/_\d+\.[a-z]+$/.test(f.path)) seen.add('renamed path');
        if (f.ruleId === 'dotenv-file') seen.add('dotenv file');
        if (f.ruleId === 'known-token') seen.add('token');
        if (f.line === undefined) continue;
        const text = git('show', `${sha}:${f.path}`).split(/\r?\n/)[f.line - 1] ?? '';
        if (!/secret|salt|jwt|key|session|cookie/i.test(text)) seen.add('value line without a family word');
        // A line the commit did not add is reported because a comment added above it names it.
        const parent = git('rev-list', '--parents', '-n', '1', sha).trim().split(' ')[1];
        if (parent) {
          const hunks = [...git('diff', '-U0', parent, sha, '--', f.path).matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)];
          const added = hunks.some((h) => f.line! >= Number(h[1]) && f.line! < Number(h[1]) + Number(h[2] ?? 1));
          if (!added && hunks.length > 0) seen.add('line under an added suppression comment');
        }
      }
    }
    expect([...seen].sort()).toEqual(
      ['dotenv file', 'found on a side branch', 'line under an added suppression comment', 'renamed path', 'token', 'value line without a family word'].sort(),
    );
  });
});
