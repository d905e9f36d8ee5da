import { describe, expect, it } from 'vitest';
import { LiteralSet, type Literal } from '../../src/engine/literal-set';

const LITERALS: Literal[] = [
  { text: 'secret', caseless: true },
  { text: 'jwt', caseless: true },
  { text: 'app_key', caseless: true },
  { text: 'AKIA', caseless: false },
  { text: 'ghp_', caseless: false },
  { text: '-----BEGIN ', caseless: false },
];

/** The reference: plain string search, one literal at a time. */
function reference(text: string): boolean {
  return LITERALS.some((l) => (l.caseless ? text.toLowerCase().includes(l.text.toLowerCase()) : text.includes(l.text)));
}

const set = new LiteralSet(LITERALS);
const test = (s: string) => set.test(Buffer.from(s, 'latin1'));

describe('LiteralSet', () => {
  it.each([
    ['SECRET_KEY = 1', true],
    ['jwtSecret', true],
    ['const Jwt = 1', true],
    ['APP_KEY=x', true],
    ['AKIA at the very end: xAKIA', true],
    ['akia in lower case does not count', false],
    ['gHp_ and GHP_ are other words', false],
    ['-----BEGIN RSA PRIVATE KEY-----', true],
    ['-----begin lower', false],
    ['secre', false],
    ['', false],
    ['s', false],
    ['a secreT at the end secreT', true],
  ])('%s → %s', (s, want) => {
    expect(test(s)).toBe(want);
  });

  it('agrees with plain string search on 20,000 seeded random inputs', () => {
    let seed = 0x9e3779b9;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pieces = ['sec', 'ret', 'SEC', 'RET', 'j', 'w', 't', 'JW', 'app', '_', 'key', 'AK', 'IA', 'gh', 'p_', '-----', 'BEGIN ', ' ', 'x'];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const len = Math.floor(rand() * 12);
      for (let k = 0; k < len; k++) s += pieces[Math.floor(rand() * pieces.length)];
      expect(test(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('refuses literals it cannot index', () => {
    expect(() => new LiteralSet([{ text: 'x', caseless: true }])).toThrow(/two or more printable ASCII/);
    expect(() => new LiteralSet([{ text: 'sécret', caseless: true }])).toThrow(/two or more printable ASCII/);
  });
});
