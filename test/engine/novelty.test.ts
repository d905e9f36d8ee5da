import { describe, expect, it } from 'vitest';
import { BaseChanges, judgeAgainstBase } from '../../src/engine/novelty';
import type { Finding, ScanResult } from '../../src/engine/types';
import { emptyStats } from '../../src/engine/pipeline';

function finding(path: string, line?: number, extra: Partial<Finding> = {}): Finding {
  const f: Finding = { ruleId: 'hardcoded-secret-key', severity: 'error', path, message: 'm', fingerprint: `${path}:${line ?? '-'}`, status: 'tracked', context: 'production', ...extra };
  if (line !== undefined) f.line = line;
  return f;
}

// settings.py: lines 10–11 and 20 added; renamed.py has a new name and line 3 rewritten;
// created.py and backup/HEAD are new files; huge.py changed in lines the change does not list.
const changes = new BaseChanges([
  { path: 'settings.py', created: false, newPath: false, added: [10, 12, 20, 21] },
  { path: 'renamed.py', created: false, newPath: true, added: [3, 4] },
  { path: 'created.py', created: true, newPath: true, added: [1, 9] },
  { path: 'backup/HEAD', created: true, newPath: true, added: [1, 2] },
  { path: 'huge.py', created: false, newPath: false, added: null },
]);

function judge(findings: Finding[]) {
  const result: ScanResult = { root: '/r', mode: 'git', findings, stats: emptyStats(), errors: [], secretValues: [] };
  return judgeAgainstBase(result, changes);
}

describe('judgeAgainstBase', () => {
  it.each([
    ['a line the change adds', finding('settings.py', 11), true],
    ['a line just past an added range', finding('settings.py', 12), false],
    ['an untouched line of a touched file', finding('settings.py', 5), false],
    ['a multi-line statement whose secret line is the only changed one', finding('settings.py', 18, { endLine: 20 }), true],
    ['the rewritten line of a renamed file', finding('renamed.py', 3), true],
    ['an old line of a renamed file', finding('renamed.py', 40), false],
    ['any line of a created file', finding('created.py', 5), true],
    ['a line of a file whose changed lines are unknown', finding('huge.py', 7), true],
    ['a whole-file finding on a created path', finding('created.py'), true],
    ['a whole-file finding on a renamed path', finding('renamed.py'), true],
    ['a whole-file finding on an edited path', finding('settings.py'), false],
    ['a finding about a folder the change adds files to', finding('backup'), true],
    ['a path the change does not touch', finding('other.py', 3), false],
  ])('%s', (_, f, expected) => {
    expect(judge([f]).findings[0]!.new).toBe(expected);
  });

  it('lists a suppression whose comment the change adds, or that hides a new finding; never an old one over an old line', () => {
    const { addedSuppressions } = judge([
      finding('settings.py', 11, { suppressed: { by: 'inline', line: 10, reason: 'demo only' } }),
      finding('settings.py', 21, { suppressed: { by: 'inline', line: 20 } }),
      // An old comment over an old line: not listed.
      finding('settings.py', 6, { suppressed: { by: 'inline', line: 5 } }),
      // An old -next-line comment over a line the change inserts: listed, the secret is new.
      finding('settings.py', 10, { suppressed: { by: 'inline', line: 9 }, fingerprint: 'slipped' }),
      // Unknown changed lines: the finding counts as new, so it is listed too.
      finding('huge.py', 7, { suppressed: { by: 'inline', line: 6 } }),
      // An old comment in a renamed file, over an old line: not listed.
      finding('renamed.py', 21, { suppressed: { by: 'inline', line: 20 } }),
      finding('settings.py', 11, { suppressed: { by: 'config', reason: 'allowed' }, fingerprint: 'cfg' }),
      finding('settings.py', 20, { suppressed: { by: 'baseline' }, fingerprint: 'bl' }),
    ]);
    expect(addedSuppressions!.map((a) => `${a.path}:${a.line}<-${a.commentLine}${a.reason ? ` ${a.reason}` : ''}`)).toEqual([
      'settings.py:11<-10 demo only',
      'settings.py:21<-20',
      'settings.py:10<-9',
      'huge.py:7<-6',
    ]);
    expect(addedSuppressions![0]).toEqual({ ruleId: 'hardcoded-secret-key', severity: 'error', path: 'settings.py', line: 11, commentLine: 10, reason: 'demo only', context: 'production', fingerprint: 'settings.py:11' });
  });
});
