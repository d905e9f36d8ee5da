import { describe, expect, it } from 'vitest';
import { findSuppressionComments } from '../../src/engine/suppress';
import { splitLines } from '../../src/core/text';

const D = 'leakproof-ignore';
const N = `${D}-next-line`;

function parse(file: string, text: string, keepLine?: (n: number) => boolean) {
  return findSuppressionComments(file, splitLines(text).lines, keepLine).map(({ line, column, nextLine, rules, reason, reportable }) => ({
    line,
    column,
    nextLine,
    rules,
    ...(reason !== undefined ? { reason } : {}),
    ...(reportable ? {} : { reportable }),
  }));
}

describe('suppression comments: every comment syntax', () => {
  it.each([
    ['settings.py', `x = 1  # ${D}`, 8],
    ['app.js', `x = 1; // ${D}`, 8],
    ['app.js', `x = 1; /* ${D} */`, 8],
    ['app.js', `x = 1; /** ${D} */`, 8],
    ['index.html', `<meta name="k" content="v"> <!-- ${D} -->`, 29],
    ['php.ini', `secret = x ; ${D}`, 12],
    ['schema.sql', `SELECT 1; -- ${D}`, 11],
    ['app.lua', `x = 1 --${D}`, 7],
    ['settings.py', `#${D}`, 1],
    ['notes.md', `<!-- ${D} -->`, 1],
  ])('%s: %s', (file, text, column) => {
    expect(parse(file, text)).toEqual([{ line: 1, column, nextLine: false, rules: [] }]);
  });
});

describe('suppression comments: forms', () => {
  it('next-line form', () => {
    expect(parse('a.py', `# ${N}\nx = 1`)).toEqual([{ line: 1, column: 1, nextLine: true, rules: [] }]);
  });

  it('rule ids, space or comma separated', () => {
    expect(parse('a.py', `x  # ${D} hardcoded-secret-key, secret-key-fallback`)[0]!.rules).toEqual([
      'hardcoded-secret-key',
      'secret-key-fallback',
    ]);
  });

  it('a reason after --', () => {
    expect(parse('a.py', `x  # ${D} hardcoded-secret-key -- test fixture, never deployed`)[0]).toMatchObject({
      rules: ['hardcoded-secret-key'],
      reason: 'test fixture, never deployed',
    });
    expect(parse('a.py', `x  # ${D} -- only a reason`)[0]).toMatchObject({ rules: [], reason: 'only a reason' });
  });

  it('the block comment end is not part of the reason', () => {
    expect(parse('a.js', `x /* ${N} hardcoded-secret-key -- fixture */ y`)[0]).toMatchObject({
      nextLine: true,
      rules: ['hardcoded-secret-key'],
      reason: 'fixture',
    });
    expect(parse('a.html', `<!-- ${D} -- demo page -->`)[0]).toMatchObject({ rules: [], reason: 'demo page' });
    expect(parse('a.html', `<!--${D}-->`)[0]).toMatchObject({ rules: [] });
  });

  it('a SQL or Lua comment marker is not the reason separator', () => {
    expect(parse('a.sql', `x -- ${D} -- seed data`)[0]).toMatchObject({ rules: [], reason: 'seed data' });
  });

  it('reports the right line among many, with CRLF', () => {
    expect(parse('a.py', `a = 1\r\nb = 2\r\nc = 3  # ${D}\r\n`).map((c) => c.line)).toEqual([3]);
  });

  it('marks comments outside the lines a partial scan keeps as not reportable', () => {
    const text = `# ${N}\nx = 1\ny = 2  # ${D}`;
    expect(parse('a.py', text, (n) => n === 3).map((c) => c.reportable ?? true)).toEqual([false, true]);
    expect(parse('a.py', text, (n) => n <= 2).map((c) => c.reportable ?? true)).toEqual([true, false]);
  });
});

describe('suppression comments: near misses', () => {
  it.each([
    ['inside a string', 'app.js', `const s = "# ${D}";`],
    ['inside a single-quoted string', 'app.py', `s = '// ${D}'`],
    ['inside a template literal', 'app.js', 'const s = `# ' + D + '`;'],
    ['no comment marker', 'app.py', `x = 1  ${D}`],
    ['glued to a word', 'app.py', `x = a#${D}`],
    ['a longer word', 'app.py', `x = 1  # ${D}d`],
    ['another directive', 'app.py', `x = 1  # ${D}-file`],
    ['a URL', 'app.py', `# see https://${D}.example`],
    ['a hash in prose', 'README.md', `Write \`# ${D}\` after the value:`],
    ['a code sample in prose', 'README.md', `SECRET = "x"  # ${D}`],
    ['a mention in text', 'notes.txt', `// ${D} is how to silence a finding`],
  ])('%s', (_, file, text) => {
    expect(parse(file, text)).toEqual([]);
  });

  it('finds a comment that follows a string holding the word', () => {
    expect(parse('app.py', `x = "${D}"  # ${D}`)).toEqual([{ line: 1, column: 25, nextLine: false, rules: [] }]);
  });

  it('is linear on a long line full of the word', () => {
    const text = `x = "${`${D} `.repeat(20000)}"`;
    expect(parse('a.py', text)).toEqual([]);
  });
});
