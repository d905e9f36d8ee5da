import { describe, expect, it } from 'vitest';
import { hunkRanges, inRanges } from '../../src/action/hunks';
import { fromPullFiles, onChangedLine } from '../../src/action/changed';
import { parseEvent } from '../../src/action/event';

const SHA = 'a'.repeat(40);

describe('diff hunks', () => {
  it('reads new-side ranges from hunk headers, skipping pure deletions', () => {
    expect(hunkRanges('@@ -1,2 +1,3 @@ def f\n+x\n@@ -10 +11 @@\n@@ -20,4 +22,0 @@\n')).toEqual([
      { start: 1, end: 3 },
      { start: 11, end: 11 },
    ]);
    expect(hunkRanges('+@@ -1 +1 @@ not a header')).toEqual([]);
  });

  it('tells whether a line falls in an inclusive range', () => {
    expect(inRanges([{ start: 2, end: 4 }], 4)).toBe(true);
    expect(inRanges([{ start: 2, end: 4 }], 5)).toBe(false);
  });
});

// Changed files and lines from a local git diff come from the engine's reader (test/git-modes covers it).
describe('changed files from the REST API', () => {
  it('keeps added and modified files under the scanned folder, with their changed lines', () => {
    const set = fromPullFiles(
      [
        { filename: 'svc/app.py', status: 'modified', patch: '@@ -1 +1,2 @@' },
        { filename: 'svc/big.bin', status: 'added' },
        { filename: 'svc/old.py', status: 'removed' },
        { filename: 'other/x.py', status: 'added', patch: '@@ -0,0 +1 @@' },
      ],
      'svc/',
    );
    expect(set.paths).toEqual(['app.py', 'big.bin']);
    const on = onChangedLine(set);
    expect(on('app.py', 2)).toBe(true);
    expect(on('app.py', 3)).toBe(false);
    expect(on('app.py', undefined)).toBe(true);
    expect(on('big.bin', 99)).toBe(true);
    expect(on('old.py', 1)).toBe(false);
    // Added paths are new as a whole; a modified one is new only on its changed lines.
    expect([...set.newPaths]).toEqual(['big.bin']);
  });

  it('counts a renamed or copied file as a new path', () => {
    const set = fromPullFiles(
      [
        { filename: 'moved.py', status: 'renamed', patch: '@@ -3 +3 @@' },
        { filename: 'copy.py', status: 'copied' },
        { filename: 'kept.py', status: 'changed' },
      ],
      '',
    );
    expect([...set.newPaths].sort()).toEqual(['copy.py', 'moved.py']);
  });
});

describe('parseEvent', () => {
  it('reads the pull request base and the push before commit', () => {
    expect(parseEvent('pull_request', { pull_request: { number: 3, base: { sha: SHA }, head: { sha: SHA } } }).pull).toEqual({ number: 3, baseSha: SHA, headSha: SHA });
    expect(parseEvent('push', { before: SHA }).pushBefore).toBe(SHA);
  });

  it('ignores payloads it cannot trust', () => {
    expect(parseEvent('pull_request', { pull_request: { number: 3, base: { sha: 'HEAD~1; rm -rf /' } } }).pull).toBeUndefined();
    expect(parseEvent('push', { before: '0'.repeat(40) }).pushBefore).toBeUndefined();
    expect(parseEvent('push', null)).toEqual({ name: 'push' });
  });
});
