import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan';
import { LINE_CAP, WINDOW_OVERLAP } from '../../src/core/text';
import { Fixture } from '../helpers/fixture';

// The timing fuzz over adversarial lines for every content rule lives in test/fuzz/linear-time.test.ts.
const SECRET = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const ASSIGN = `var SECRET_KEY="${SECRET}";`;

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length) fixtures.pop()!.cleanup();
});

/** One minified line of about `size` chars with ASSIGN starting at `at` (0-based). */
function minified(size: number, at: number): string {
  const filler = 'e.x=1;';
  const before = filler.repeat(Math.ceil(at / filler.length)).slice(0, at);
  return before + ASSIGN + filler.repeat(Math.ceil((size - at) / filler.length)).slice(0, size - at - ASSIGN.length);
}

describe('lines longer than the cap are scanned in windows, not skipped', () => {
  it('a finding far past the first window of a 1 MB minified line is found at the right column', async () => {
    const f = new Fixture();
    fixtures.push(f);
    const short = `${ASSIGN}\n`;
    const step = LINE_CAP - WINDOW_OVERLAP;
    // Well inside a later window, straddling a window start, and at the very end of the line.
    const offsets = [700_000, step * 97 - 10, (1 << 20) - ASSIGN.length];
    f.write('short.js', short);
    offsets.forEach((at, i) => f.write(`long${i}.js`, `${minified(1 << 20, at)}\n`));
    const r = await scan({ root: f.root, noGit: true, maxFileSize: 2 << 20 });
    const base = r.findings.find((x) => x.path === 'short.js')!;
    expect(base).toBeDefined();
    offsets.forEach((at, i) => {
      const found = r.findings.filter((x) => x.path === `long${i}.js`);
      expect(found.map((x) => [x.ruleId, x.line, x.column]), `offset ${at}`).toEqual([[base.ruleId, 1, base.column! + at]]);
      expect(found[0]!.secret).toBe(base.secret);
    });
    expect(r.stats.longLines).toBe(offsets.length);
  });

  it('a token cut by the edge of the first window is reported whole, once', async () => {
    const f = new Fixture();
    fixtures.push(f);
    // 98 characters: the first window (4,096 chars) ends 60 characters into it; the next window holds it whole.
    const token = ['sk', 'live', ''].join('_') + 'Zq8rT2vLm9XbT4kWp7NcYd3Hs6Fj1aB5'.repeat(3).slice(0, 90);
    const at = LINE_CAP - 60;
    f.write('bundle.js', `${'x'.repeat(at - 5)}t = "${token}";${'y'.repeat(6000)}\n`);
    const r = await scan({ root: f.root, noGit: true });
    const found = r.findings.filter((x) => x.ruleId === 'known-token');
    expect(found.map((x) => [x.column, x.endColumn, x.secret])).toEqual([[at + 1, at + 1 + token.length, `sk_l…(${token.length} chars)`]]);
    expect(r.secretValues).toEqual([token]);
  });

  it('counts long lines without findings too', async () => {
    const f = new Fixture();
    fixtures.push(f);
    // Lines are split when a rule reads them: these mention a secret name, so they are.
    f.write('a.min.js', `SECRET_KEY${'x'.repeat(LINE_CAP + 1)}\nshort\n${'y'.repeat(LINE_CAP * 3)}\n`);
    f.write('b.js', `SECRET_KEY${'z'.repeat(LINE_CAP - 10)}\n`);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.stats.longLines).toBe(2);
    expect(r.findings).toEqual([]);
  });
});
