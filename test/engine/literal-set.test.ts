import { describe, expect, it } from 'vitest';
import { fingerprintOffset, LiteralGroup, LiteralSet, type Literal } from '../../src/core/literal-set';
import { simdScanner } from '../../src/core/simd-scan';
import { mulberry32 } from '../helpers/fake-tokens';
import { defaultLiteralSets } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';

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

/** More literals than buckets, two-byte ones among them, case-sensitive and not. */
const MANY: Literal[] = [
  ...['secret', 'salt', 'signing', 'jwt', 'app_key', 'hmac', 'cookieparser', 'signwith', 'memstore', 'logged_in_key'].map((text) => ({ text, caseless: true })),
  ...['AKIA', 'ghp_', 'github_pat_', 'xoxb-', 'sk_live_', 'AIza', 'npm_', '-----BEGIN '].map((text) => ({ text, caseless: false })),
  { text: 'qz', caseless: true },
  { text: 'Q!', caseless: false },
];

/** Well over a hundred literals of three bytes or more: every bucket is shared, and the fingerprint bitmap decides. */
const CROWD: Literal[] = [
  ...MANY.slice(0, 18),
  ...Array.from({ length: 120 }, (_, i) => {
    const rand = mulberry32(0xc0ffee + i);
    const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    return { text: pick('abcdefghijklmnopqrstuvwxyz', 3) + pick('_-.ABCXYZ0123', 1 + (i % 4)), caseless: i % 3 === 0 };
  }),
];

function referenceOf(literals: Literal[]) {
  return (bytes: Buffer): boolean => {
    const text = bytes.toString('latin1');
    return literals.some((l) => (l.caseless ? text.toLowerCase().includes(l.text.toLowerCase()) : text.includes(l.text)));
  };
}

describe('LiteralSet, vector search', () => {
  it('is available on this Node.js, so the tests below exercise it', () => {
    expect(simdScanner()).not.toBeNull();
  });

  it.each([
    ['six literals', LITERALS],
    ['twenty literals in eight buckets, two-byte ones included', MANY],
    ['a crowd of 138 literals in sixteen buckets', CROWD],
  ])('agrees with the plain search and with string search on seeded random inputs up to 400 bytes (%s)', (_, literals) => {
    const vector = new LiteralSet(literals, true);
    const plain = new LiteralSet(literals, false);
    const reference = referenceOf(literals);
    const rand = mulberry32(0x5eed);
    const words = literals.flatMap((l) => [l.text, l.text.toUpperCase(), l.text.slice(0, -1), l.text.slice(1)]);
    const filler = 'abcdefghijklmnopqrstuvwxyz_-= \n\0\x7f\xff@[`{';
    for (let n = 0; n < 4000; n++) {
      const len = Math.floor(rand() * 400);
      let s = '';
      while (s.length < len) {
        // Mostly filler, now and then a literal or a near miss, at any offset of a 16-byte step.
        s += rand() < 0.02 ? words[Math.floor(rand() * words.length)] : filler[Math.floor(rand() * filler.length)];
      }
      const buf = Buffer.from(s, 'latin1');
      const want = reference(buf);
      expect(plain.test(buf), JSON.stringify(s)).toBe(want);
      expect(vector.test(buf), JSON.stringify(s)).toBe(want);
    }
  });

  it('finds a literal at each offset of a long input, up to the last byte', () => {
    const set = new LiteralSet(MANY, true);
    for (const lit of ['SeCrEt', 'jwt', 'AKIA', '-----BEGIN ', 'qZ', 'Q!']) {
      for (let at = 0; at + lit.length <= 200; at++) {
        const buf = Buffer.alloc(200, 'x');
        buf.write(lit, at, 'latin1');
        expect(set.test(buf), `${lit} at ${at}`).toBe(true);
      }
    }
    const cut = Buffer.alloc(200, 'x');
    cut.write('secre', 195, 'latin1');
    expect(set.test(cut)).toBe(false);
  });

  it('does not see the bytes of an earlier, longer input past the end of a later one', () => {
    const set = new LiteralSet(MANY, true);
    const long = Buffer.alloc(300, ' ');
    long.write('secret', 100, 'latin1');
    expect(set.test(long)).toBe(true);
    expect(set.test(long.subarray(0, 103))).toBe(false);
    expect(set.test(Buffer.alloc(100, ' '))).toBe(false);
  });

  it('keeps each matcher apart when several take turns on one thread', () => {
    const a = new LiteralSet(CROWD.slice(0, 40), true);
    const b = new LiteralSet(CROWD.slice(40), true);
    const c = new LiteralSet(MANY, true);
    const refs = [referenceOf(CROWD.slice(0, 40)), referenceOf(CROWD.slice(40)), referenceOf(MANY)];
    const rand = mulberry32(0xabba);
    const words = CROWD.map((l) => l.text);
    for (let n = 0; n < 600; n++) {
      let s = '';
      while (s.length < 200) s += rand() < 0.03 ? words[Math.floor(rand() * words.length)] : 'abcdefghijklmnopqrstuvwxyz_-. \n'[Math.floor(rand() * 31)];
      const buf = Buffer.from(s, 'latin1');
      [a, b, c].forEach((set, i) => expect(set.test(buf), `${i}: ${JSON.stringify(s)}`).toBe(refs[i]!(buf)));
    }
  });

  it('grows its memory for an input larger than it has seen', () => {
    const set = new LiteralSet(MANY, true);
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    expect(set.test(big)).toBe(false);
    big.write('github_pat_', big.length - 11, 'latin1');
    expect(set.test(big)).toBe(true);
  });
});

describe('LiteralGroup', () => {
  const words = new LiteralSet([{ text: 'secret', caseless: true }, { text: 'jwt', caseless: true }]);
  const tokens = new LiteralSet([{ text: 'ghp_', caseless: false }, { text: 'AKIA', caseless: false }]);
  const mark = new LiteralSet([{ text: 'leakproof-ignore', caseless: false }]);
  const other = new LiteralSet([{ text: 'elsewhere', caseless: true }]);

  it.each([true, false])('says which sets occur, in one pass (vector search: %s)', (vector) => {
    const group = new LiteralGroup([words, tokens, mark], vector);
    const find = (s: string) => group.find(Buffer.from(s.padEnd(100, ' '), 'latin1'));
    expect(find('nothing here')).toBe(0);
    expect(find('JWT_SECRET = 1')).toBe(group.bit(words));
    expect(find('token ghp_x and a Secret')).toBe(group.bit(words) | group.bit(tokens));
    // Built from two pieces, so this test file does not itself hold a suppression comment.
    expect(find(`x = AKIA # ${'leakproof'}-ignore known-token`)).toBe(group.bit(tokens) | group.bit(mark));
    expect(group.bit(other)).toBe(0);
  });

  it.each([true, false])('agrees with each set on its own on seeded random inputs (vector search: %s)', (vector) => {
    const sets = [new LiteralSet(MANY.slice(0, 10)), new LiteralSet(MANY.slice(10)), mark];
    const group = new LiteralGroup(sets, vector);
    const rand = mulberry32(0x600d);
    const words = [...MANY.map((l) => l.text), 'leakproof-ignore', 'leakproof'];
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rand() * 300);
      while (s.length < len) s += rand() < 0.01 ? words[Math.floor(rand() * words.length)] : 'abc xyz_=-\n'[Math.floor(rand() * 11)];
      const buf = Buffer.from(s, 'latin1');
      const want = sets.reduce((bits, set) => bits | (set.test(buf) ? group.bit(set) : 0), 0);
      expect(group.find(buf), JSON.stringify(s)).toBe(want);
    }
  });
});

describe('the fingerprint of a literal', () => {
  const window = (text: string): string => {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const at = fingerprintOffset(bytes);
    return text.slice(at, at + 4);
  };

  // A space is the most common byte of text: "the format for" holds `e fo` and `t fo`.
  it.each(['sqlite format 3', '-----BEGIN ', 'BEGIN RSA PRIVATE KEY', 'x-api-key: '])('holds no space where a window without one exists: %s', (text) => {
    expect(window(text)).toHaveLength(4);
    expect(window(text)).not.toContain(' ');
  });

  it('may hold a space when every window does', () => {
    expect(['a b ', ' b c', 'b c ', ' c d', 'c d ', ' d e']).toContain(window('a b c d e'));
  });

  it('is a window of the literal, however short', () => {
    expect(window('jwt')).toBe('jwt');
    expect(window('secret')).toHaveLength(4);
    expect('secret').toContain(window('secret'));
  });

  // Made of triples rare in general text, and common in web code: `cookie`, a snake-case `_key`, `logged`.
  it.each([
    ['cookieparser', ['cook', 'ooki', 'okie']],
    ['securecookie', ['cook', 'ooki', 'okie', 'secu', 'ecur', 'cure']],
    ['nonce_key', ['e_ke', '_key']],
    ['loggedinkey', ['logg', 'ogge', 'gged']],
  ])('is no window common in application code: %s', (text, common) => {
    expect(common).not.toContain(window(text));
  });
});

describe('a list of the default words and others', () => {
  const defaults = defaultLiteralSets(RULES);
  const extra = new LiteralSet([{ text: 'Q7zq_signer', caseless: true }]);
  const group = new LiteralGroup([...defaults, extra], true);
  const filler = 'const x = 1; // nothing to see here\n'.repeat(40);

  it('finds the other words, laid out around the kept ones, at any offset', () => {
    for (let at = 0; at < 48; at++) {
      const buf = Buffer.from(filler.slice(0, 600 + at) + 'q7ZQ_SIGNER' + filler, 'latin1');
      expect(group.find(buf) & group.bit(extra), `at ${600 + at}`).not.toBe(0);
    }
    expect(group.find(Buffer.from(filler + 'q7zq_signe' + filler, 'latin1')) & group.bit(extra)).toBe(0);
  });

  it('still finds each default word', () => {
    for (const set of defaults) {
      const word = set.literals[0]!.text;
      expect(group.find(Buffer.from(filler + word + filler, 'latin1')) & group.bit(set), word).not.toBe(0);
    }
  });
});
