import { describe, expect, it } from 'vitest';
import { scrubReason } from '../../src/engine/suppress-comments';
import { parseConfig } from '../../src/config';

describe('suppression reasons', () => {
  it('keep ordinary words and redact anything that looks like a secret', () => {
    const key = ['sk', 'live', 'Zq8rT2vLm9XbT4kWp7NcYd3Hs6Fj1aB5'].join('_');
    expect(scrubReason(`old key was ${key}, rotated in March`)).toBe(`old key was sk_l…(${key.length} chars), rotated in March`);
    expect(scrubReason('documented test key for the migration')).toBe('documented test key for the migration');
  });
});

describe('configuration that yaml refuses after parsing', () => {
  it('an alias bomb is a config error naming the file, not a crash', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    await expect(parseConfig(bomb, '.leakproof.yml')).rejects.toThrow(/^\.leakproof\.yml: invalid YAML: too many aliases/);
  });
});
