import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/run';
import type { Finding } from '../../src/engine/types';

export interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

export function captureIo(env: NodeJS.ProcessEnv = {}): Captured {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env },
    out: () => out,
    err: () => err,
  };
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A per-repository JSON report in the shape `leakproof --format json` writes. */
export function jsonReport(findings: Finding[], repository?: { name: string; commit?: string }): string {
  const report: Record<string, unknown> = {
    tool: { name: 'leakproof', version: '0.1.0' },
    root: '.',
    mode: 'git',
    findings,
    stats: { files: 10, bytes: 1000, skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 }, longLines: 0, durationMs: 17 },
    errors: [],
  };
  if (repository) report.repository = repository;
  return JSON.stringify(report, null, 2) + '\n';
}

/** A deterministic 40-hex commit id from a number. */
export function sha(n: number): string {
  return (n.toString(16).padStart(8, '0') + 'a'.repeat(32)).slice(0, 40);
}
