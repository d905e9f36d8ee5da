import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach } from 'vitest';

/** Temp folders for one test file, removed after each test. */
export function tempFolders(): (files?: Record<string, string>) => string {
  const made: string[] = [];
  afterEach(() => {
    while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-config-'));
    made.push(dir);
    writeFiles(dir, files);
    return dir;
  };
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

const FAKE_KEY = ['django', 'insecure', 'q7w8e9r0t1y2u3i4'].join('-');

/**
 * A line assigning a hardcoded signing secret, built at run time so this
 * test file itself holds no such assignment.
 */
export function secretLine(name = 'SECRET_KEY', value = FAKE_KEY, comment = ''): string {
  return `${name} = '${value}'${comment ? `  ${comment}` : ''}`;
}

export { runCli } from '../helpers/cli';
