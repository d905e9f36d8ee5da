// The bundles are written in ASCII alone (scripts/ascii-only.mjs): what each
// kind of literal becomes, that it still means the same, and where escaping
// must refuse.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { asciiOnly } from '../../scripts/ascii-only.mjs';
import { ensureBuilt, REPO } from '../helpers/build';

const ASCII = /^[\x00-\x7f]*$/;

/** The value of a JavaScript expression, evaluated as a bundle would run it. */
function evaluate(expr: string): unknown {
  return new Function(`'use strict'; return (${expr});`)();
}

describe('asciiOnly: literals keep their values', () => {
  const cases: { name: string; expr: string }[] = [
    { name: 'a string', expr: `'before \u2026 after'` },
    { name: 'a double-quoted string with an escaped quote', expr: `"say \\"\u2192\\" here"` },
    { name: 'an identity escape of a non-ASCII character', expr: `'\\\u2026'` },
    { name: 'an escaped backslash before a non-ASCII character', expr: `'\\\\\u2026'` },
    { name: 'a character beyond the BMP', expr: `'\u{1F534} red'` },
    { name: 'Chinese text', expr: `'\u8bf7\u586b\u5199'` },
    { name: 'a template without substitutions', expr: '`\u2714 done`' },
    { name: 'a template with substitutions', expr: '`\u2022 ${1 + 1} \u2013 ${"x"} \u2026`' },
  ];
  it.each(cases)('$name', ({ expr }) => {
    const out = asciiOnly('x.js', `const v = ${expr};\n`);
    expect(out).toMatch(ASCII);
    const escaped = out.slice('const v = '.length, -2);
    expect(evaluate(escaped)).toBe(evaluate(expr));
  });

  const regexes: { name: string; expr: string; match: string[]; miss: string[] }[] = [
    { name: 'a class of dashes', expr: '/^[\u2013\u2014-]+$/', match: ['\u2013\u2014', '-'], miss: ['x', '\u2026'] },
    { name: 'an identity escape', expr: '/a\\\u2026b/', match: ['a\u2026b'], miss: ['a\\\u2026b', 'ab'] },
    { name: 'a character beyond the BMP, u flag', expr: '/^[\u{1F534}\u{1F7E0}]$/u', match: ['\u{1F534}', '\u{1F7E0}'], miss: ['\uD83D', 'x'] },
    { name: 'a character beyond the BMP, no flag', expr: '/^\u{1F534}$/', match: ['\u{1F534}'], miss: ['\uD83D'] },
    { name: 'a quantifier after a non-ASCII character', expr: '/^\u2026{2}$/', match: ['\u2026\u2026'], miss: ['\u2026'] },
  ];
  it.each(regexes)('regular expression: $name', ({ expr, match, miss }) => {
    const out = asciiOnly('x.js', `const r = ${expr};\n`);
    expect(out).toMatch(ASCII);
    const re = evaluate(out.slice('const r = '.length, -2)) as RegExp;
    for (const s of match) expect(re.test(s), s).toBe(true);
    for (const s of miss) expect(re.test(s), s).toBe(false);
  });
});

describe('asciiOnly: comments', () => {
  it.each([
    ['a line comment', 'const a = 1; // \u2192 one\n'],
    ['a comment on its own line', '// \u2014 heading\nconst a = 1;\n'],
    ['a block comment', '/* \u00a7 2 */ const a = 1;\n'],
    ['JSDoc naming a module type', "/** @param {import('node:stream').Duplex} s \u2026 */\nfunction f(s) { return s; }\n"],
    ['a comment at the end of the file', 'const a = 1;\n// \u2714'],
  ])('%s', (_name, source) => {
    const out = asciiOnly('x.js', source);
    expect(out).toMatch(ASCII);
    // Only the comment changed: the code around it is as it was.
    expect(out.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')).toBe(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''));
  });
});

describe('asciiOnly: where it refuses', () => {
  it('leaves an ASCII source as it is', () => {
    const source = "const a = 'x'; // plain\n";
    expect(asciiOnly('x.js', source)).toBe(source);
  });

  it('refuses a tagged template, whose tag may read the raw text', () => {
    expect(() => asciiOnly('x.js', 'const a = String.raw`\u2026`;\n')).toThrow(/x\.js:1:\d+: a tagged template/);
  });

  it('refuses a non-ASCII identifier, naming its place', () => {
    expect(() => asciiOnly('x.js', 'const a = 1;\nconst caf\u00e9 = 2;\n')).toThrow(/x\.js:2:10: a non-ASCII character outside any literal or comment/);
  });
});

describe('the bundles', () => {
  it('are ASCII, every file of them', () => {
    ensureBuilt();
    const dist = path.join(REPO, 'dist');
    const files = readdirSync(dist).filter((n) => n.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const n of files) {
      const text = readFileSync(path.join(dist, n), 'latin1');
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `${n} has a non-ASCII byte at offset ${at}`).toBe(-1);
    }
  });
});
