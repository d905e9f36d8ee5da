import type { Finding } from '../../src/engine/types';
import type { Severity } from '../../src/core/types';

export function finding(over: Partial<Finding> & { severity?: Severity } = {}): Finding {
  return {
    ruleId: 'hardcoded-secret-key',
    severity: 'error',
    path: 'app/settings.py',
    line: 4,
    column: 14,
    endLine: 4,
    endColumn: 50,
    message: '`SECRET_KEY` is set to a hardcoded string literal.',
    secret: 'q8Zr…(36 chars)',
    fingerprint: '0123456789abcdef0123456789abcdef',
    status: 'tracked',
    context: 'production',
    ...over,
  };
}

/** `n` findings spread over severities: a third of each, errors first in the list order only by chance. */
export function manyFindings(n: number): Finding[] {
  const sev: Severity[] = ['notice', 'warning', 'error'];
  return Array.from({ length: n }, (_, i) =>
    finding({ severity: sev[i % 3]!, path: `src/f${String(i).padStart(3, '0')}.py`, line: i + 1, fingerprint: `fp${i}` }),
  );
}
