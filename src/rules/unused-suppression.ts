import type { Rule } from './types';

/**
 * Reported by the suppression stage (src/engine/suppress.ts), which sees every
 * comment and every finding; the rule exists for its documentation and so the
 * configuration can re-grade or disable it.
 */
export const unusedSuppression: Rule = {
  meta: {
    id: 'unused-suppression',
    title: 'Suppression comment that suppresses nothing',
    severity: 'notice',
    policy: 'meta',
    why:
      'A `leakproof-ignore` comment that no longer matches a finding is a stale exception: the code it excused moved or ' +
      'changed, and the comment now hides nothing but may hide the next real finding on that line. Exceptions must stay ' +
      'visible and current to be trusted.',
    fix:
      'Remove the comment, or move it to the flagged line (`leakproof-ignore`) or the line before it ' +
      '(`leakproof-ignore-next-line`), and check the rule ids it names against `leakproof --list-rules`.',
    examples: [
      {
        file: 'settings.py',
        flagged: '# leakproof-ignore-next-line -- test fixture   (above a line with no finding)',
        clean: '# leakproof-ignore-next-line -- test fixture   (above the line it excuses)',
      },
    ],
    details: [
      'A `leakproof-ignore` or `leakproof-ignore-next-line` comment that suppresses no finding any more, or that ' +
        'names an unknown rule id: a stale exception that may hide the next real finding on that line.',
    ],
  },
};
