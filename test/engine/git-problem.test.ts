import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan';
import { RUNNING_AS_ROOT } from '../helpers/fixture';

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, -1);
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) chownTree(p, uid);
    else chownSync(p, uid, -1);
  }
}

describe('a work tree git refuses to read', () => {
  // Only root can hand a folder to another user to make git see "dubious ownership".
  it.skipIf(!RUNNING_AS_ROOT)('is scanned as a plain folder, and the scan says why and what to do', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-dubious-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      writeFileSync(path.join(dir, '.env'), 'API_TOKEN=abc\n');
      chownTree(dir, 65534);
      const r = await scan({ root: dir });
      expect(r.mode).toBe('plain');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.path).toBe('.');
      expect(r.errors[0]!.message).toMatch(/^git would not read this work tree \(detected dubious ownership.*safe\.directory.*--no-git/);
      expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['dotenv-file', 'git-internals']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
