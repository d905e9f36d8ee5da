import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules';
import { RULE_IDS } from '../../src/rules/ids';

describe('RULE_IDS', () => {
  it('names every rule, in the order of RULES', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.meta.id));
  });
});
