import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(REPO, 'dist/cli.js');

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((n) => newestMtime(path.join(p, n))));
}

function stale(): boolean {
  try {
    const built = statSync(CLI).mtimeMs;
    return ['src', 'package.json', 'scripts/build.mjs', 'scripts/ascii-only.mjs'].some((p) => newestMtime(path.join(REPO, p)) > built);
  } catch {
    return true;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/cli.js when it is missing or older than the sources. Test files
 * run in parallel, so a lock folder makes sure only one of them builds.
 */
export function ensureBuilt(): void {
  if (!stale()) return;
  const lock = path.join(REPO, 'node_modules/.leakproof-build-lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`build lock ${lock} held for two minutes; remove it and rerun`);
      sleep(100);
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  } finally {
    rmdirSync(lock);
  }
}
