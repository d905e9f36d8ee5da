import type { ScanStats } from './types';

// What every scan's result starts from, and the order of its paths: kept apart from the
// rules (pipeline.ts), so that a scan with nothing to check never loads them (scan.ts).

export function emptyStats(): ScanStats {
  return {
    files: 0,
    bytes: 0,
    skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 },
    longLines: 0,
    durationMs: 0,
  };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
