import { describe, expect, it } from 'vitest';
import { addedRanges } from '../../src/action/hunks';
import { fromPullFiles, onChangedLine } from '../../src/action/changed';
import { parseEvent } from '../../src/action/event';

const SHA = 'a'.repeat(40);

describe('lines a patch adds', () => {
  it('counts only + lines, not the context the API puts around them', () => {
    // Line 5 rewritten, with three lines of context either side; a line added at 11.
    const patch = [
      '@@ -2,7 +2,7 @@ import os',
      ' DEBUG = False',
      ' SECRET_KEY = "x"',
      ' ALLOWED_HOSTS = []',
      '-TIME_ZONE = "UTC"',
      '+TIME_ZONE = "Europe/Paris"',
      ' USE_TZ = True',
      ' A = 1',
      ' B = 2',
      '@@ -10,0 +11,2 @@',
      '+C = 3',
      '+D = 4',
      '\\ No newline at end of file',
    ].join('\n');
    expect(addedRanges(patch)).toEqual([5, 6, 11, 13]);
  });

  it('a pure deletion or an empty patch adds nothing, and a + line outside a hunk is not one', () => {
    expect(addedRanges('@@ -20,4 +19,0 @@\n-a\n-b\n-c\n-d')).toEqual([]);
    expect(addedRanges('')).toEqual([]);
    expect(addedRanges('+@@ -1 +1 @@ not a header')).toEqual([]);
  });
});

// Changed files and lines from a local git diff come from the engine's reader (test/git-modes covers it).
describe('changed files from the REST API', () => {
  it('keeps added and modified files under the scanned folder, with their added lines', () => {
    const set = fromPullFiles(
      [
        { filename: 'svc/app.py', status: 'modified', patch: '@@ -1 +1,2 @@\n line one\n+line two' },
        { filename: 'svc/big.bin', status: 'added' },
        { filename: 'svc/old.py', status: 'removed' },
        { filename: 'other/x.py', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      ],
      'svc/',
    );
    expect(set.paths).toEqual(['app.py', 'big.bin']);
    const on = onChangedLine(set);
    expect(on('app.py', 1)).toBe(false);
    expect(on('app.py', 2)).toBe(true);
    expect(on('app.py', 3)).toBe(false);
    expect(on('app.py', undefined)).toBe(true);
    expect(on('big.bin', 99)).toBe(true);
    expect(on('old.py', 1)).toBe(false);
  });

  it('tells created, renamed and copied paths apart, and a missing patch from an empty one', () => {
    const set = fromPullFiles(
      [
        { filename: 'moved.py', status: 'renamed', patch: '' },
        { filename: 'copy.py', status: 'copied', patch: '@@ -3 +3 @@\n-a\n+b' },
        { filename: 'huge.py', status: 'modified' },
        { filename: 'new.py', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      ],
      '',
    );
    expect(set.files).toEqual([
      { path: 'moved.py', created: false, newPath: true, added: [] },
      { path: 'copy.py', created: false, newPath: true, added: [3, 4] },
      { path: 'huge.py', created: false, newPath: false, added: null },
      { path: 'new.py', created: true, newPath: true, added: [1, 2] },
    ]);
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
