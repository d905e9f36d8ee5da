import { describe, expect, it } from 'vitest';
import { isCommentedAssignment, isLoneAssignment, lexCode, type Family, type Region } from '../../src/rules/lib/code-lexer';
import { splitLines } from '../../src/core/text';
import { mulberry32 } from '../helpers/fake-tokens';

/**
 * One source and what stands where in it: each probe is a piece of the
 * source (its first occurrence, or the `nth`, 1-based) and the region its
 * first character is in.
 */
interface LexCase {
  name: string;
  src: string;
  at: [probe: string, region: Region, nth?: number][];
}

function offsetOf(src: string, probe: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = src.indexOf(probe, at + 1);
    if (at < 0) throw new Error(`probe ${JSON.stringify(probe)} (#${nth}) is not in the source`);
  }
  return at;
}

function table(family: Family, cases: LexCase[]): void {
  describe(`code lexer: ${family}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const map = lexCode(c.src, family);
      const lines = splitLines(c.src).lines;
      for (const [probe, region, nth] of c.at) {
        const at = offsetOf(c.src, probe, nth);
        // The same answer by offset and by line and column, as the analysis asks.
        let line = 0;
        while (line + 1 < lines.length && map.lineStart(line + 1) <= at) line++;
        const col = at - map.lineStart(line);
        expect(map.regionAt(line, col), `${JSON.stringify(probe)} at line ${line + 1}, column ${col + 1}`).toBe(region);
        expect(map.spanAt(at)?.kind ?? 'code').toBe(region);
      }
    });
  });
}

table('python', [
  { name: 'a comment after code', src: "x = 1  # SECRET_KEY = 'a'", at: [['x = 1', 'code'], ['# SECRET', 'line-comment'], ['SECRET_KEY', 'line-comment']] },
  {
    name: 'a module docstring over several lines',
    src: `"""Settings.\n\nSECRET_KEY = 'development key'\n"""\nDEBUG = True`,
    at: [['Settings', 'docstring'], ['SECRET_KEY', 'docstring'], ['DEBUG', 'code']],
  },
  {
    name: 'a function docstring, then code',
    src: `def f():\n    '''Call it.\n\n    app.secret_key = "dev"\n    '''\n    return 1`,
    at: [['def', 'code'], ['app.secret_key', 'docstring'], ['return', 'code']],
  },
  { name: 'a string inside brackets is no docstring', src: 'x = (\n    "abc def"\n)', at: [['abc', 'string'], [')', 'code']] },
  { name: 'an assigned triple-quoted string is a string', src: 'T = """\nSECRET_KEY = 1\n"""\nY = 2', at: [['SECRET_KEY', 'string'], ['Y = 2', 'code']] },
  { name: 'prefixes', src: `a = rb'\\d' + f"{b}" + B"x" + br"""y\nz""" + c`, at: [["rb'", 'string'], ['f"', 'string'], ['b}', 'string'], ['B"', 'string'], ['z', 'string'], ['c', 'code']] },
  { name: 'an escaped quote', src: "s = 'it\\'s # not a comment'  # real", at: [['# not', 'string'], ['# real', 'line-comment']] },
  { name: 'a # inside a URL', src: 'u = "http://x.org/#frag"  # c\nv = 1', at: [['#frag', 'string'], ['# c', 'line-comment'], ['v', 'code']] },
  { name: 'an unterminated string ends with its line', src: "s = 'open\nSECRET_KEY = 1", at: [['open', 'string'], ['SECRET_KEY', 'code']] },
  { name: 'a backslash continues a string on the next line', src: "s = 'a\\\nb' + c", at: [['b', 'string'], ['c', 'code']] },
  { name: 'quotes inside triple quotes', src: `x = '''a "b" 'c' '''; y = 1`, at: [['"b"', 'string'], ["'c'", 'string'], ['y', 'code']] },
  { name: 'an unterminated triple-quoted string runs to the end', src: 'x = """abc\n\nSECRET_KEY = 1\n', at: [['SECRET_KEY', 'string']] },
  { name: 'a continued line does not make a docstring', src: 'x = \\\n    "abc"', at: [['abc', 'string']] },
]);

table('js', [
  { name: '// inside a string and a URL', src: "const u = 'http://example.com'; // c", at: [['//example', 'string'], ['// c', 'line-comment']] },
  {
    name: 'a JSDoc block with an example',
    src: "/**\n * Create a session.\n * @example\n * app.use(session({ secret: 'keyboard cat' }))\n */\nconst x = 1;",
    at: [['@example', 'doc-comment'], ['secret', 'doc-comment'], ['const', 'code']],
  },
  { name: 'a block comment and an empty one', src: '/* a */ x = 1; /**/ y = 2', at: [['a', 'block-comment'], ['x', 'code'], ['/**/', 'block-comment'], ['y', 'code']] },
  {
    name: 'a template over lines with nested templates in its holes',
    src: "const t = `a ${ b ? `c ${d}` : '}' } e\nSECRET_KEY = 'x'`; const y = 1",
    at: [['a ', 'string'], ['b ?', 'code'], ['c ', 'string'], ['d}', 'code'], ["'}'", 'string'], [' e', 'string'], ['SECRET_KEY', 'string'], ['const y', 'code']],
  },
  { name: 'braces of an object inside a hole', src: '`${ {a: 1}.a }tail`; z', at: [['a:', 'code'], ['tail', 'string'], ['z', 'code']] },
  { name: 'escaped backtick and hole', src: '`a \\` \\${x} b`; z', at: [['x', 'string'], ['b', 'string'], ['z', 'code']] },
  { name: 'a regex holding quotes', src: "const r = /['\"`]/g; const s = 'x'", at: [['[', 'regex'], ["'x'", 'string'], ['const s', 'code']] },
  { name: 'divisions', src: 'const r = a / 2 / 3; const q = (b) / c / d', at: [['2', 'code'], ['3', 'code'], ['c', 'code', 2]] },
  { name: 'a regex after return, with an escaped slash and a class', src: "return /a\\/b[/]c/.test(x) // 'z", at: [['a\\/', 'regex'], ['test', 'code'], ["// 'z", 'line-comment']] },
  { name: 'an unterminated string ends with its line', src: "const s = 'abc\nconst k = 1", at: [['abc', 'string'], ['const k', 'code']] },
  { name: 'a hashbang', src: '#!/usr/bin/env node\nconst a = 1', at: [['#!', 'line-comment'], ['const', 'code']] },
  { name: 'an unclosed block comment runs to the end', src: 'x = 1 /* a\n\nSECRET = 2', at: [['x', 'code'], ['SECRET', 'block-comment']] },
]);

table('ruby', [
  { name: '# and interpolation', src: `x = "a #{h["k"]} b" # c\ny = '#{z}'`, at: [['a ', 'string'], ['h[', 'code'], ['"k"', 'string'], [' b', 'string'], ['# c', 'line-comment'], ['#{z}', 'string']] },
  { name: '=begin … =end', src: '=begin\nconfig.secret_key_base = "x"\n=end\nx = 1', at: [['config', 'block-comment'], ['=end', 'block-comment'], ['x = 1', 'code']] },
  { name: '=begin must open its line', src: ' =begin\nx = 1', at: [['=begin', 'code'], ['x', 'code']] },
  {
    name: 'heredocs <<~, <<- and <<',
    src: "a = <<~EOS.strip + 'q'\n  SECRET = 'x'\n  EOS\nb = <<-'RAW'\n  #{y}\n  RAW\nc = <<TXT\nbody\nTXT\nd = 1",
    at: [['.strip', 'code'], ["'q'", 'string'], ['SECRET', 'string'], ['#{y}', 'string'], ['body', 'string'], ['d = 1', 'code']],
  },
  { name: 'two heredocs on one line', src: 'foo(<<~A, <<~B)\n  one\nA\n  two\nB\nx', at: [['one', 'string'], ['two', 'string'], ['x', 'code']] },
  { name: 'an indented terminator needs <<~ or <<-', src: 'a = <<EOS\n  EOS\nstill\nEOS\nx', at: [['still', 'string'], ['x', 'code']] },
  { name: 'an unterminated heredoc runs to the end', src: 'a = <<~EOS\nSECRET = 1\n', at: [['SECRET', 'string']] },
  { name: 'percent literals with nested brackets', src: "a = %w(x (y) z) + %q{it's} + 1\nb = 2", at: [['y)', 'string'], ["it's", 'string'], ['1', 'code'], ['b', 'code']] },
  { name: "$' and ?' are no quotes", src: "x = $' + ?' + 1\ny = 2", at: [['1', 'code'], ['y', 'code']] },
  { name: 'a regex and a division', src: "a = b / 2\nc = x =~ /'/ ? 1 : 0", at: [['2', 'code'], ["'", 'regex'], ['1', 'code']] },
  { name: 'strings run on over lines', src: 'a = "one\ntwo" + x', at: [['two', 'string'], ['x', 'code']] },
  { name: '__END__ starts data', src: 'x = 1\n__END__\nSECRET = 2', at: [['x', 'code'], ['SECRET', 'block-comment']] },
]);

table('php', [
  { name: '#[ is an attribute, # a comment', src: "#[Route('/x')]\n# c\nfunction f() {}", at: [['Route', 'code'], ["'/x'", 'string'], ['# c', 'line-comment'], ['function', 'code']] },
  { name: 'comments', src: "// a\n/* b */ $x = 1; /** c */\n$y = 'd';", at: [['a', 'line-comment'], ['b', 'block-comment'], ['$x', 'code'], ['c */', 'doc-comment'], ["'d'", 'string']] },
  { name: 'escaped quotes', src: "$a = 'it\\'s'; $b = \"say \\\"hi\\\"\"; $c = 1;", at: [["s'", 'string'], ['hi', 'string'], ['$c', 'code']] },
  { name: 'interpolation with quotes inside', src: '$a = "x {$b["k"]} y"; $z = 1;', at: [['x ', 'string'], ['$b', 'code'], ['"k"', 'string'], [' y', 'string'], ['$z', 'code']] },
  {
    name: 'heredoc and nowdoc',
    src: "$h = <<<EOT\n  'key' => 'x',\n  EOT;\n$n = <<<'NOW'\nq {$r}\nNOW . 's';\n$z = 1;",
    at: [["'key'", 'string'], [';', 'code', 1], ['{$r}', 'string'], ["'s'", 'string'], ['$z', 'code']],
  },
  { name: '?> ends a one-line comment; inline HTML opens no string', src: "<?php // c ?><p>Don't</p><?php $x = 'y';\n$z = 1;", at: [['c', 'line-comment'], ["Don't", 'code'], ['$x', 'code'], ["'y'", 'string'], ['$z', 'code']] },
  { name: 'strings run on over lines', src: "$sql = 'SELECT 1\nFROM t';\n$x = 1;", at: [['FROM', 'string'], ['$x', 'code']] },
  { name: 'a commented-out array entry', src: "    // 'key' => 'base64:abc',\n    'cipher' => 'AES-256-CBC',", at: [["'key'", 'line-comment'], ["'cipher'", 'string']] },
]);

table('go', [
  { name: 'a raw string over lines with // inside', src: 'x := `raw // no\n"q`\ny := 1 // c', at: [['raw', 'string'], ['q`', 'string'], ['y', 'code'], ['// c', 'line-comment']] },
  { name: 'a URL in a string and a rune', src: 'u := "http://x.io" + string(\'"\') // c', at: [['//x', 'string'], ["'\"'", 'string'], ['// c', 'line-comment']] },
  {
    name: 'a block comment with an example',
    src: '/*\nPackage auth signs tokens.\n\n\tvar jwtKey = []byte("my_secret_key")\n*/\npackage auth',
    at: [['var jwtKey', 'block-comment'], ['package auth', 'code']],
  },
]);

table('jvm', [
  { name: 'a text block over lines', src: 'String t = """\n  a "b" \\"""\n  """; // x\nint y;', at: [['a "b"', 'string'], ['; // x', 'code'], ['// x', 'line-comment'], ['int', 'code']] },
  { name: "a char literal holding a quote", src: "char c = '\"'; String s = \"x\";", at: [["'\"'", 'string'], ['String', 'code'], ['"x"', 'string']] },
  {
    name: 'a javadoc',
    src: '/**\n * <pre>\n *   private static final String SECRET_KEY = "mySecretKey";\n * </pre>\n */\npublic class JwtUtil {}',
    at: [['SECRET_KEY', 'doc-comment'], ['public', 'code']],
  },
  { name: "Groovy's triple single quotes", src: "def s = '''a\nb'''\ndef t = 1", at: [['b', 'string'], ['def t', 'code']] },
]);

table('csharp', [
  { name: '/// is a doc comment, // a comment', src: '/// <summary>Doc</summary>\n// c\nvar x = 1;', at: [['<summary>', 'doc-comment'], ['c', 'line-comment', 2], ['var', 'code']] },
  { name: 'a verbatim string over lines with doubled quotes', src: 'var v = @"a ""q"" \\\nb"; var w = 1;', at: [['q', 'string'], ['b"', 'string'], ['var w', 'code']] },
  { name: 'interpolated strings', src: 'var i = $"{x}"; var j = $@"{y}\nz"; var k = 1;', at: [['{x}', 'string'], ['z', 'string'], ['var k', 'code']] },
  { name: 'raw strings with more quotes than inside', src: 'var r = """"\n a """ b\n """"; var k = 1;', at: [['a ', 'string'], ['var k', 'code']] },
  { name: 'an empty string', src: 'var e = ""; var k = 1;', at: [['""', 'string'], ['var k', 'code']] },
]);

describe('code lexer: lines and spans', () => {
  const families: Family[] = ['python', 'js', 'ruby', 'php', 'go', 'jvm', 'csharp'];
  const pieces = ['"', "'", '`', '"""', "'''", '#', '//', '/*', '*/', '/**', '${', '#{', '{$', '}', '{', '\\', '<<~EOS', 'EOS', '<<<X', 'X;', '=begin', '=end', '?>', '<?php', '%w(', ')', '@"', '$"', '/', ' ', 'a', '\n', '\r\n', '\r', 'SECRET_KEY = '];

  it.each(families)('%s: spans are in order, apart and inside the text; lines split as the engine splits them', (family) => {
    const next = mulberry32(family.length * 7919);
    for (let round = 0; round < 40; round++) {
      let src = '';
      while (src.length < 400) src += pieces[Math.floor(next() * pieces.length)];
      const map = lexCode(src, family);
      let last = 0;
      for (const span of map.spans) {
        expect(span.start).toBeGreaterThanOrEqual(last);
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(src.length);
        expect(span.bodyStart).toBeGreaterThanOrEqual(span.start);
        expect(span.bodyEnd).toBeLessThanOrEqual(span.end);
        last = span.end;
      }
      // Every line the engine makes starts where the lexer says (the engine drops a last empty line).
      let start = 0;
      splitLines(src).lines.forEach((line, k) => {
        if (line.offset === 0) expect(map.lineStart(k), `line ${k + 1} of ${JSON.stringify(src)}`).toBe(start);
        start += line.text.length + (src[start + line.text.length] === '\r' && src[start + line.text.length + 1] === '\n' ? 2 : 1);
      });
    }
  });

  it('cuts a line into ranges', () => {
    const map = lexCode("x = 'a' # b", 'python');
    expect(map.ranges(0)).toEqual([
      { start: 0, end: 4, region: 'code' },
      { start: 4, end: 7, region: 'string' },
      { start: 7, end: 8, region: 'code' },
      { start: 8, end: 11, region: 'line-comment' },
    ]);
  });

  it('tells text from a quoted word', () => {
    const src = `a = 'SECRET_KEY'; b = "JWT_SECRET=x"; c = 'Set SECRET_KEY first'; d = 'keyboard cat'`;
    const map = lexCode(src, 'python');
    expect(map.inText(src.indexOf('SECRET_KEY'))).toBe(false);
    expect(map.inText(src.indexOf('JWT_SECRET'))).toBe(false);
    expect(map.inText(src.indexOf('SECRET_KEY first'))).toBe(true);
    expect(map.inText(src.indexOf('keyboard'), true)).toBe(false);
    expect(map.inText(src.indexOf('cat'), true)).toBe(true);
  });
});

describe('commented-out assignments', () => {
  const code: string[] = [
    " SECRET_KEY = 'django-insecure-abc'",
    "SECRET_KEY='abc'",
    ' const JWT_SECRET = "x";',
    " export const JWT_SECRET: string = 'x'",
    " 'key' => 'base64:abc',",
    '   config.secret_key_base = "abc"',
    " app.config['SECRET_KEY'] = 'x'",
    " $secretKey = 'x';",
    " secret: 'keyboard cat',",
    " SECRET_KEY: str = 'x'",
    ' private static final String SECRET_KEY = "x";',
    ' jwtKey := []byte("x")',
    " SECRET_KEY = 'x'  # the old one",
    " SECRET_KEY = os.getenv('SECRET_KEY', 'dev')",
    " SECRET_KEY = env('DJANGO_SECRET_KEY', default='dev')",
    " secret: process.env.SESSION_SECRET || 'keyboard cat',",
    ' String s = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("dev");',
    "# SECRET_KEY = 'x'",
  ];
  const prose: string[] = [
    " Set SECRET_KEY = 'x' in production",
    " Example: SECRET_KEY = 'x'",
    " e.g. SECRET_KEY = 'x'",
    " app.use(session({ secret: 'keyboard cat' }))",
    " SECRET_KEY == 'x'",
    " SECRET_KEY = 'x' and then restart",
    ' -*- coding: utf-8 -*-',
    ' TODO: rotate the key',
    " SECRET_KEY = 'unterminated",
    ' SECRET_KEY',
  ];
  it.each(code)('%s is code', (text) => expect(isLoneAssignment(text)).toBe(true));
  it.each(prose)('%s is prose', (text) => expect(isLoneAssignment(text)).toBe(false));

  const lines: [Family, string, boolean][] = [
    ['python', "    # SECRET_KEY = 'abc'", true],
    ['python', "x = 1  # SECRET_KEY = 'abc'", false],
    ['python', "'''\n# SECRET_KEY = 'abc'\n'''", false],
    ['js', "// const JWT_SECRET = 'abc';", true],
    ['js', "/* const JWT_SECRET = 'abc'; */", false],
    ['js', "/**\n// const JWT_SECRET = 'abc';\n*/", false],
    ['csharp', '/// var secret = "abc";', false],
    ['ruby', '#   config.secret_key_base = "abc"', true],
  ];
  it.each(lines)('%s: %s', (family, src, expected) => {
    const map = lexCode(src, family);
    const k = src.split('\n').findIndex((l) => /SECRET|secret/.test(l));
    expect(isCommentedAssignment(map, src.split('\n')[k]!, map.lineStart(k))).toBe(expected);
  });
});
