import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tuneTiering } from '../../src/cli/tiering';

describe("V8's tiering for a scan", () => {
  it.each([
    ['11.3.244.8-node.33', true], // Node 20
    ['11.8.172.17-node.20', true], // Node 21
    ['12.4.254.21-node.33', false], // Node 22: not measured
    ['13.6.233.10-node.27', false], // Node 24: tiers by invocation counts
    ['10.2.154.26-node.26', false], // Node 18: not measured
  ])('V8 %s: sets the budget: %s', (version, sets) => {
    const flags: string[] = [];
    expect(tuneTiering({ setFlagsFromString: (f) => flags.push(f) }, version)).toBe(sets);
    expect(flags).toEqual(sets ? [`--interrupt-budget=${INTERRUPT_BUDGET}`] : []);
  });
});
