import { describe, expect, it } from 'vitest';
import { baseChanges, judgeAgainstBase } from '../../src/engine/novelty';
import type { Finding, ScanResult } from '../../src/engine/types';
import { emptyStats } from '../../src/engine/pipeline';

function finding(path: string, line?: number, extra: Partial<Finding> = {}): Finding {
  const f: Finding = { ruleId: 'hardcoded-secret-key', severity: 'error', path, message: 'm', fingerprint: `${path}:${line ?? '-'}`, status: 'tracked', context: 'production', ...extra };
  if (line !== undefined) f.line = line;
  return f;
}

function judge(findings: Finding[]) {
  const result: ScanResult = { root: '/r', mode: 'git', findings, stats: emptyStats(), errors: [], secretValues: [] };
  // settings.py: lines 10–11 and 20 added; renamed.py is a new name; created.py is new.
  const changes = baseChanges([
    { path: 'settings.py', newPath: false, added: [10, 12, 20, 21] },
    { path: 'renamed.py', newPath: true, added: [3, 4] },
    { path: 'created.py', newPath: true, added: null },
  ]);
  return judgeAgainstBase(result, changes);
}

describe('judgeAgainstBase', () => {
  it.each([
    ['a line the change adds', finding('settings.py', 11), true],
    ['a line just past an added range', finding('settings.py', 12), false],
    ['an untouched line of a touched file', finding('settings.py', 5), false],
    ['a multi-line statement whose secret line is the only changed one', finding('settings.py', 18, { endLine: 20 }), true],
    ['any line of a file with a new name', finding('renamed.py', 40), true],
    ['a whole-file finding on a new path', finding('created.py'), true],
    ['a whole-file finding on an edited path', finding('settings.py'), false],
    ['a path the change does not touch', finding('other.py', 3), false],
  ])('%s', (_, f, expected) => {
    expect(judge([f]).findings[0]!.new).toBe(expected);
  });

  it('lists a suppression when its comment is on an added line, with the reason, and never one already there', () => {
    const { addedSuppressions } = judge([
      finding('settings.py', 11, { suppressed: { by: 'inline', line: 10, reason: 'demo only' } }),
      finding('settings.py', 21, { suppressed: { by: 'inline', line: 20 } }),
      finding('settings.py', 6, { suppressed: { by: 'inline', line: 5 } }),
      finding('settings.py', 11, { suppressed: { by: 'config', reason: 'allowed' }, fingerprint: 'cfg' }),
      finding('settings.py', 20, { suppressed: { by: 'baseline' }, fingerprint: 'bl' }),
    ]);
    expect(addedSuppressions).toEqual([
      { ruleId: 'hardcoded-secret-key', severity: 'error', path: 'settings.py', line: 11, commentLine: 10, reason: 'demo only', context: 'production', fingerprint: 'settings.py:11' },
      { ruleId: 'hardcoded-secret-key', severity: 'error', path: 'settings.py', line: 21, commentLine: 20, context: 'production', fingerprint: 'settings.py:21' },
    ]);
  });
});
