import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { RULES } from '../../src/rules/index';
import { decode } from '../../src/core/text';
import { fileContext } from '../helpers/rule-tester';
import { mulberry32 } from '../helpers/fake-tokens';
import { lexCode, type Family } from '../../src/rules/lib/code-lexer';
import { TOKEN_FORMATS } from '../../src/rules/lib/token-formats';
import { overridingFile } from '../../src/rules/lib/settings-overrides';
import { guardLine } from '../../src/rules/lib/refused-defaults';

/**
 * Adversarial inputs for every content rule. The bound is loose on purpose:
 * it catches quadratic blow-ups (which take minutes on these sizes), not
 * small slowdowns. Each rule gets at most FACTOR times the time of touching
 * the same bytes of plain text, plus a fixed allowance for warm-up and GC.
 */
const FACTOR = 50;
const ALLOWANCE_MS = 400;
const BIG = 1 << 20;
const MEDIUM = 1 << 17;

const FILES = ['settings.py', 'app.ts', 'config.yml', '.env', 'Dockerfile', 'app.properties', 'main.tf', 'config.toml', 'build.sh', 'setup.cfg', 'lib.rs', 'db.go', 'app.rb', 'runtime.exs'];
const CONTENT_RULES = RULES.filter((r) => r.checkFile);

const prng = mulberry32;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function randomBytes(seed: number, size: number): Buffer {
  const next = prng(seed);
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buf[i] = Math.floor(next() * 256);
  return buf;
}

/** Random text drawn from the characters the analyzers care about, so every branch gets exercised. */
function randomSyntax(seed: number, size: number): string {
  const next = prng(seed);
  const pieces = ['SECRET_KEY', 'secret', 'jwt.sign(', 'session({', '${', ':-', '{{', '|', ' default ', "'", '"', '`', '\\', '=', ':', ',', '(', ')', '{', '}', '[', ']', '\n', ' ', '  ', 'os.getenv(', 'process.env.', '||', 'variable "', 'ENV ', 'export ', '- name: ', 'value: ', 'x', 'abc'];
  let out = '';
  while (out.length < size) out += pieces[Math.floor(next() * pieces.length)];
  return out.slice(0, size);
}

interface Input {
  label: string;
  bytes: Buffer;
}

function text(label: string, s: string): Input {
  return { label, bytes: Buffer.from(s, 'utf8') };
}

const FIXED_SEED = 0x5eed;
const RANDOM_SEED = Math.floor(Math.random() * 2 ** 31);

const INPUTS: Input[] = [
  // Ruby's and Elixir's branches on the environment around statements, on every line, and what they are read with.
  text('Ruby modifiers on every line', fill('SECRET_KEY = "abcdefgh12345678" if Rails.env.development? && (x if y) unless %w[development test].include?(Rails.env) ', BIG)),
  text('Ruby branches on every line', fill('if Rails.env.production?\n  SECRET_KEY = "abcdefgh12345678"\nelsif Rails.env.staging?\nelse\n  SECRET_KEY = "abcdefgh12345678"\n', BIG)),
  text('cases on the environment on every line', fill('case Rails.env\nwhen "development"\n  SECRET_KEY = "abcdefgh12345678"\ncase config_env() do\n  :dev ->\n    config :a, secret_key_base: "abcdefgh12345678"\n', BIG)),
  text('Elixir keyword branches on every line', fill('if config_env() == :dev, do: config(:a, secret_key_base: "abcdefgh12345678"), else: if config_env() in [:dev, ', BIG)),
  text('development-only headers', `${fill('# for local development only, not for production\n', 4000)}${fill('SECRET_KEY = "abcdefgh12345678"\n', BIG)}`),
  text('data source names on every line', fill('SECRET_KEY=pgsql:host=a;port=b;dbname=c;user=d;e=f;g=h;i=j;k=l;m=n;o=p;q=r\n', BIG)),
  text('base64 key marks across windows', fill(`KEY: LS0tLS1CRUdJTi${'QUJD'.repeat(1500)} `, BIG)),
  // Koa keys, jsonwebtoken imports that never close, Rust defaults and Go flags, each on every line.
  text('Koa keys on every line', `const Koa = require('koa');\n${fill("app.keys = ['k', 'l'", BIG)}`),
  text('jsonwebtoken imports that never close', `import { sign } from 'jsonwebtoken';\n${fill('import { sign, verify as ', BIG)}`),
  text('braces before a require of jsonwebtoken', fill(`{${'a'.repeat(599)}`, BIG)),
  text('Rust defaults on every line', fill('env::var("JWT_SECRET").ok().unwrap_or_else(move |_| { String::from("dev"', BIG)),
  text('Go flags on every line', fill('flag.StringVar(&s, "jwt-secret", flag.StringVar(&s, "jwt-secret", ', BIG)),
  // Option defaults: clap attributes that never close or span every line, urfave/cli flags that never close.
  text('clap defaults on one line', fill('#[arg(long, env = "JWT_SECRET", default_value = "abcdefgh12345678", ', BIG)),
  text('clap defaults on every line', fill('#[arg(\n  env = "JWT_SECRET",\n  default_value = "abcdefgh12345678",\n', BIG)),
  text('urfave/cli flags that never close', `import "github.com/urfave/cli/v2"\n${fill('&cli.StringFlag{Name: "jwt-secret", Value: "abcdefgh12345678", ', BIG)}`),
  text('urfave/cli values on every line', `import "github.com/urfave/cli/v2"\n${fill('&cli.StringFlag{\n  Value: "abcdefgh12345678",\n  EnvVars: []string{"JWT_SECRET"},\n', BIG)}`),
  // Fallback chains broken over lines: every line ends in an operator, or starts with one.
  text('reads ending in `??` on every line', fill("process.env.JWT_SECRET ??\n  // a comment\n\n", BIG)),
  text('operators starting every line', fill("process.env.JWT_SECRET\n  ?? process.env.SECRET_KEY\n  || ", BIG)),
  // Elixir's and Ruby's branching expressions assigned to a secret's name, opened and never closed.
  text('branching expressions that never end', `import Config\n${fill('secret_key_base =\n  if System.get_env("X") do\n    "abcdefgh12345678"\n  else\n', BIG)}`),
  text('long runs of spaces in branch conditions', fill(`secret_key_base = if config_env() in${' '.repeat(3000)}x do\nelsif Rails.env ==${' '.repeat(3000)}y\n`, BIG)),
  text('case clauses on every line', fill('config.secret_key_base = case ENV["X"]\nwhen nil\n  "abcdefgh12345678"\nnil -> "x"\n', BIG)),
  text('Koa options on every line', `const Koa = require('koa');\n${fill("new Koa({ keys: ['k', ", BIG)}`),
  text('Koa option keys on every line', `const Koa = require('koa');\nconst app = new Koa({\n${fill("  keys: [\n  keys: ['k',\n", BIG)}`),
  text('Rust comments and strings on every line', fill('let s = "a // b"; // #[arg(env = "JWT_SECRET", default_value = "x")]\n/* ', BIG)),
  // HOCON (read in setup.cfg below): blocks opened and never closed, keys overridden later, spaced openers.
  text('HOCON blocks that never close', `${fill('jwt {\n', BIG)}secret = "abcdefgh12345678"\n`),
  text('HOCON secrets each overridden later', fill('jwt {\n  secret = "abcdefgh12345678"\n  secret = ${?JWT_SECRET}\n}\n', BIG)),
  text('HOCON openers of spaces', fill(`a${' '.repeat(3000)}x {\n  secret = "abcdefgh12345678"\n`, BIG)),
  text('1 MB single line of an unclosed quote', `SECRET_KEY = '${fill('a', BIG)}`),
  text('1 MB single line of quotes', fill(`'"\``, BIG)),
  text('1 MB single line of backslashes', `SECRET_KEY = "${fill('\\', BIG)}`),
  text('1 MB single line of =', fill('=', BIG)),
  text('1 MB single line of SECRET_KEY', fill('SECRET_KEY', BIG)),
  text('1 MB single line of SECRET_KEY=', fill('SECRET_KEY=', BIG)),
  text('1 MB single line of ${', fill('${', BIG)),
  text('1 MB single line of ${SECRET_KEY:-', fill('${SECRET_KEY:-', BIG)),
  text('1 MB single line of secret: in a session', `session({${fill(' secret: x,', BIG)}`),
  text('1 MB single line of jwt.sign(', fill('jwt.sign(a, ', BIG)),
  text('lines of unbalanced quotes', fill(`SECRET_KEY = "abc\n'x\n`, MEDIUM)),
  // A signing call given a variable looks up through the lines above it for the assignment.
  text('1 MB single line of jwtVerify given TextEncoder bytes', fill("jwtVerify(t, new TextEncoder().encode('", BIG)),
  text('1 MB single line of .NET configuration reads with ??', fill('Configuration["Jwt:Key"] ?? ', BIG)),
  text('lines of signing calls given a variable', fill('  token = jwt.sign(payload, key)\n', MEDIUM)),
  text('signing calls under a line of names listed', `${fill('key, ', MEDIUM)}= f()\n${fill('jwt.sign(p, key)\n', MEDIUM)}`),
  text('signing calls under ever deeper lines that mention the name', fill('jwt.sign(p, key)\n key\n  key\n   key\n', MEDIUM)),
  text('lines of secret: with no opener', fill('secret: 1\n', MEDIUM)),
  text('lines of nested secret keys', fill('      secret: x\n', MEDIUM)),
  text('deep indentation', fill(`${' '.repeat(3000)}secret: x\n`, MEDIUM)),
  text('open fallback lists', fill('SECRET_KEY_FALLBACKS = [\n', MEDIUM)),
  text('open terraform variables', fill('variable "secret_key" {\n', MEDIUM)),
  text('name/value pairs', fill('- name: SECRET_KEY\n', MEDIUM)),
  text('1 MB single line of name/value openers', fill('{ name: SECRET_KEY, { key: JWT_SECRET, ', BIG)),
  text('name keys with siblings at every column', fill('  name: SECRET_KEY\n    other: 1\n      valueFrom: x\n', MEDIUM)),
  text('1 MB single line of comment marks and quotes', `secret_key = ${fill(`'" # ; // #'`, BIG)}`),
  text('open multi-line env calls', fill("SECRET_KEY = env(\n    'SECRET_KEY',\n", MEDIUM)),
  text('env call arguments on their own lines', fill("    'SECRET_KEY',\n    cast=str,\n", MEDIUM)),
  text('manifest documents', fill('---\nkind: SealedSecret\nencryptedData:\n  SECRET_KEY: x\n', MEDIUM)),
  text('env reads', fill("SECRET_KEY = os.getenv('SECRET_KEY', 'x')\n", MEDIUM)),
  text('dotenv lines', fill('SECRET_KEY=abcdefghijklmnopqrstuvwxyz0123456789\n', MEDIUM)),
  text('1 MB single line of one-command assignments', `RUN ${fill('A=1 SECRET_KEY=x ', BIG)}`),
  text('continued docker run lines', fill('docker run -e SECRET_KEY=dummy \\\n', MEDIUM)),
  text('continued RUN lines with a build command', fill('RUN SECRET_KEY=dummy python manage.py collectstatic && \\\n', MEDIUM)),
  text('open heredocs', fill('RUN <<EOF\nSECRET_KEY=x\n', MEDIUM)),
  text('YAML documents with profiles', fill('---\nspring:\n  profiles: dev\njwt:\n  secret: x\n', MEDIUM)),
  text('YAML nesting one column deeper each line', Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}build:\n${' '.repeat(i + 1)}args:\n${' '.repeat(i + 2)}- SECRET_KEY=x`).join('\n')),
  text('a profile value of spaces', fill(`spring:\n  profiles: a${' '.repeat(3000)}b\njwt:\n  secret: x\n`, MEDIUM)),
  text('table headers', fill('[tool.pytest_env]\nSECRET_KEY = "x"\n[testenv]\nsetenv = SECRET_KEY=y\nenv = ["JWT_SECRET=z"]\n', MEDIUM)),
  text('key paths and variable names as values', fill("SECRET_KEY = 'action_dispatch.secret_key_base'\nJWT_SECRET = 'JWT_SECRET'\n", MEDIUM)),
  text('phpunit environments', fill('<phpunit><php><env name="APP_KEY" value="x"/></php></phpunit>\n', MEDIUM)),
  // Values that name something: Helm defaults far right, escaped quotes, enum members, header-shaped values.
  text('Helm defaults after long indentation', fill(`${' '.repeat(3900)}key: {{ .Values.a.secretKey | default "A_KEY" }}\n`, MEDIUM)),
  text('1 MB single line of escaped quotes after a name', `echo "${fill('SECRET_KEY=\\"x ', BIG)}`),
  text('enum members with no enum', fill("  SecretKey = 'secretKey',\n  } {\n", MEDIUM)),
  text('header-shaped values', fill("X_SECRET = 'X-Api-Key-Token-Secret-A-B-C'\nheaders['X-Token-Secret'] = 'true'\n", MEDIUM)),
  // The code lexer: strings and comments that never close, holes nested as deep as the input allows.
  text('lines of unterminated quotes of every kind', fill(`SECRET_KEY = 'a\n"b\n\`c\n"""d\n'''e\n@"f\n`, MEDIUM)),
  text('1 MB single line of ${ in a template', `const SECRET_KEY = \`${fill('${`', BIG)}`),
  text('1 MB single line of /*', fill('/*', BIG)),
  text('1 MB single line of */ and /', fill('*/ / ', BIG)),
  text('1 MB single line of #{ in a string', `SECRET_KEY = "${fill('#{"', BIG)}`),
  // sed scripts: substitutions with every name in a pattern or a replacement, never closed, full of escapes.
  text('1 MB single line of sed substitutions', `sed -i "${fill('s|SECRET_KEY=.*|SECRET_KEY=abc|;', BIG)}" .env`),
  text('1 MB single line of an unclosed sed replacement', `sed -e 's/JWT_SECRET=.*/${fill('JWT_SECRET=\\/', BIG)}`),
  text('sed lines with names after every delimiter', fill(`sed -i "s/SECRET_KEY/SECRET_KEY=x/SECRET_KEY/SECRET_KEY=y" .env\n`, MEDIUM)),
  // Objects nested in examples.
  text('1 MB single line of example objects', `openapi = ${fill('{ example: { jwt_secret: "abc", ', BIG)}`),
  // Compose fragments merged by every service, names for this machine, objects of a stored secret's fields, lists of
  // keys as defaults, encrypted dotenv values, constants used as keys.
  text('compose fragments and their aliases', fill('x-e: &e\n  JWT_SECRET: x\n  NODE_ENV: development\nservices:\n  s:\n    <<: *e\n    environment: *e\n    hostname: a.localhost\n', MEDIUM)),
  text('1 MB single line of a dotted name for this machine', `hostname: ${fill('a.', BIG)}localhost.x`),
  text('1 MB single line of a stored secret\'s fields', `const o = {${fill(' name: SecretNames.X, secretKey: "apiKey", {', BIG)}`),
  text('1 MB single line of a list of keys as a default', `keys: env.array('APP_KEYS', [${fill("'a', ", BIG)}`),
  text('lines of encrypted dotenv values', fill('DOTENV_PUBLIC_KEY=03ab\nSECRET_KEY=encrypted:QUJDREVGR0hJSktMTU5PUFFSU1RV\nJWT_SECRET=ENC[AES256_GCM,data:YWJj,iv:ZGVm,tag:Z2hp,type:str]\n', MEDIUM)),
  text('constants named for their last words, used as keys', fill("  public const A_SECRET_KEY = 'secretKey';\n  public const A_CLIENT_ID = 'clientId';\n  $x[self::A_SECRET_KEY] = [self::A_CLIENT_ID => 1];\n", MEDIUM)),
  // PEM blocks of few lines under long lengths.
  text('PEM headers over short bodies', fill('-----BEGIN RSA PRIVATE KEY-----\nMIIJKAIBAAKCAgEA63J7t9dqyua5+Q+P6M3iHtLEKpF/AZcZNBHr1F2Oo8+Hfyvl\n', MEDIUM)),
  text('1 MB single line of {$ in a string', `$secretKey = "${fill('{$"', BIG)}`),
  text('1 MB single line of nested %w(', `SECRET_KEY = ${fill('%w(', BIG)}`),
  text('open heredocs on every line', fill("SECRET_KEY = <<~EOS\n<<<'X'\n", MEDIUM)),
  text('heredoc labels that almost close', fill('<<~EOSX\nEOS\n EOSX y\n', MEDIUM)),
  text('=begin on every line', fill('=begin\nSECRET_KEY = 1\n', MEDIUM)),
  text('1 MB single line of regex-looking slashes', fill("= /['\"`]/ /", BIG)),
  text('commented-out assignments', fill("# SECRET_KEY = os.getenv('SECRET_KEY', f(g(h('x'))))\n// const JWT_SECRET = 'x';\n", MEDIUM)),
  text('1 MB single line comment of an assignment with a long call', `# SECRET_KEY = f(${fill("'x', ", BIG)}`),
  // Provider tokens: every prefix, over and over, each almost a token.
  text('1 MB single line of token prefixes', fill(TOKEN_FORMATS.flatMap((f) => f.prefixes).join('a1B2') + 'eyJ', BIG)),
  text('lines of token prefixes with long tails', fill(TOKEN_FORMATS.flatMap((f) => f.prefixes.map((p) => `${p}${'aB3'.repeat(40)}\n`)).join(''), MEDIUM)),
  text('1 MB single line of DER key starts', fill(`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${'aB3/'.repeat(8)} MIIBPAIBAAJBA${'Qx9+'.repeat(8)} MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg${'z7Kp'.repeat(8)} -----BEGIN PRIVATE KEY----- `, BIG)),
  text('lines of DER key starts with long tails', fill(`k: MIIEowIBAAKCAQEA${'aB3/'.repeat(900)}\nMC4CAQAwBQYDK2VwBCIEI${'A'.repeat(19)}\n`, MEDIUM)),
  text('1 MB single line of URL userinfo', fill('https://a:b', BIG)),
  text('1 MB single line of URL userinfo with @', fill('s://u:p@h:', BIG)),
  text('lines of URL passwords', fill('url: postgres://app:Zx8kQ2mN7pL4vR9t@db.internal:5432/app\n', MEDIUM)),
  text('1 MB single line of MySQL DSN parts', fill('a:b:c@tcp(a:b@unix(', BIG)),
  text('lines of MySQL DSNs', fill('dsn := "app:Zx8kQ2mN7pL4vR9t@tcp(db.internal:3306)/app"\n', MEDIUM)),
  text('lines of iron-session options', fill("import 'iron-session';\nconst o = { password: 'x',\n cookieName: 'a', password: \"y\" };\n", MEDIUM)),
  text('assignments whose value is on the next line', fill('const JWT_SECRET =\n  "x";\nSECRET_KEY = (\n', MEDIUM)),
  text('development blocks closed by a brace and a run of spaces', fill(`const jwtSecret = 'x';\nif (isDev) {\n  a()\n}${' '.repeat(4000)}x\n`, MEDIUM)),
  text('environment guards before long runs of spaces', fill(`if (isProduction) {}\n${' '.repeat(4000)}x\nif (isDev) {\n${' '.repeat(4000)}jwtSecret = 'x'\nif DEBUG:\n${' '.repeat(4000)}SECRET_KEY = 'y'\n`, MEDIUM)),
  text('exits in production, each followed by the rest of the file', fill(`if (isProduction) throw e\nif (isProduction) {\n  throw e\n}\n  jwtSecret = 'x'\n`, MEDIUM)),
  text('environment guards, unclosed and nested', fill("if (process.env.NODE_ENV !== 'production' && ((a) {\nif (isDev) {\n  jwtSecret = 'x'; `${'`\nif DEBUG:\n  if DEBUG:\n    SECRET_KEY = 'y'\n", MEDIUM)),
  text('Rust test modules, nested braces and raw strings', fill('#[cfg(test)]\nmod tests {\n let a = r#"}"#; let c = \'{\'; { { /* } */ }\n', MEDIUM)),
  text('1 MB single line of provider names and key ids', fill('aws_secret_access_key=AKIAABCDEFGHIJKLMNOP telegram 12345678:discord MTaa.bbbbbb.twilio SK', BIG)),
  text('lines of provider names with base64 runs', fill(`TELEGRAM_TOKEN=${'A/b+'.repeat(30)}\nvault s.${'x'.repeat(200)}\n`, MEDIUM)),
  // A stand-in default of an access token secret has its prefix searched for in the file (another service's OAuth 1.0a
  // credentials): long prefixes, and long runs of their letters for the search to start inside.
  text('stand-in token secrets under long prefixes, beside runs of their letters', fill(`S = os.getenv('${'A'.repeat(4000)}_ACCESS_TOKEN_SECRET', 'changeme')\n${`# ${'A'.repeat(4000)}\n`.repeat(5)}`, BIG)),
  text('1 MB single line of docker auths', `{"auths": ${fill('{"auth": "dXNlcjpwYXNz', BIG)}`),
  text('1 MB single line of npm auth keys', fill(':_authToken=:_auth=', BIG)),
  { label: 'NUL bytes', bytes: Buffer.alloc(MEDIUM, 0) },
  { label: 'invalid UTF-8', bytes: Buffer.from(fill('\u00ff\u00fe\u00c3(SECRET_KEY=\u0080', MEDIUM), 'latin1') },
  { label: `random bytes, seed ${FIXED_SEED}`, bytes: randomBytes(FIXED_SEED, MEDIUM) },
  { label: `random bytes, seed ${RANDOM_SEED}`, bytes: randomBytes(RANDOM_SEED, MEDIUM) },
  text(`random syntax, seed ${FIXED_SEED}`, randomSyntax(FIXED_SEED, MEDIUM)),
  text(`random syntax, seed ${RANDOM_SEED}`, randomSyntax(RANDOM_SEED, MEDIUM)),
];

function elapsed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Touching every byte of plain text: decode, split into lines, lower-case, one regex pass. */
function baseline(size: number): number {
  const plain = Buffer.from(fill('the quick brown fox jumps over the lazy dog\n', size));
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    best = Math.min(
      best,
      elapsed(() => {
        const ctx = fileContext('notes.txt', decode(plain));
        let n = 0;
        for (const line of ctx.lines) n += line.text.toLowerCase().replace(/[aeiou]/g, '').length;
        if (n < 0) throw new Error('unreachable');
      }),
    );
  }
  return best;
}

/**
 * Times `run` (given the try's number) against the budget for `size` bytes: FACTOR times the plain-text baseline
 * of that size, plus the allowance. A machine busy with other work slows a measurement now and then,
 * so a run over the budget is timed again, the baseline too, up to three tries in all; a quadratic rule takes
 * minutes on these sizes and fails every try.
 */
const baselines = new Map<number, number>();
async function timed(size: number, run: (attempt: number) => unknown): Promise<{ ms: number; limit: number }> {
  let last = { ms: Infinity, limit: 0 };
  for (let attempt = 0; attempt < 3; attempt++) {
    // The baseline of each size is measured once, and again before each retry.
    if (attempt > 0 || !baselines.has(size)) baselines.set(size, baseline(size));
    const limit = FACTOR * baselines.get(size)! + ALLOWANCE_MS;
    const t0 = performance.now();
    await run(attempt);
    last = { ms: performance.now() - t0, limit };
    if (last.ms < limit) break;
  }
  return last;
}

describe(`linear time on adversarial input (random seed ${RANDOM_SEED})`, () => {
  it.each(INPUTS.map((input) => [input.label, input] as const))('%s', async (_, input) => {
    const content = decode(input.bytes);
    for (const file of FILES) {
      // One context per file, as the pipeline does: rules share its memo.
      const ctx = fileContext(file, content, { head: input.bytes.subarray(0, 8192) });
      for (const rule of CONTENT_RULES) {
        const { ms, limit } = await timed(input.bytes.length, (attempt) => {
          if (attempt > 0) ctx.memo.clear();
          rule.checkFile!(ctx);
        });
        expect(ms, `${rule.meta.id} on ${file} (${input.label}, seed ${RANDOM_SEED}) took ${ms.toFixed(0)} ms, limit ${limit.toFixed(0)} ms`).toBeLessThan(limit);
      }
    }
  });
});

/** The secret-file rule reads only files it knows by name (or by header): feed it its own formats. */
const SECRET_FILES = [
  '.netrc', '.pypirc', '.npmrc', '.htpasswd', '.pgpass', '.aws/credentials', '.docker/config.json', 'kubeconfig', 'credentials.xml',
  'config/master.key', 'terraform.tfstate', 'client.ovpn', 'id_rsa', 'dump.sql', 'app.jks', 'cert.p12', 'db.sqlite3',
  // A sample database's name read on (a name of many parts that is none).
  `chinook${'_a'.repeat(60)} (1).sql`,
];
const SQLITE_HEADER = Buffer.from('SQLite format 3\0\x10\x00\x01\x01\x00\x40\x20\x20', 'latin1');
const SECRET_FILE_INPUTS: Input[] = [
  ...INPUTS,
  text('netrc entries', fill('machine a login b password c\n', MEDIUM)),
  text('1 MB single line of netrc tokens', fill('machine password ', BIG)),
  text('1 MB single line of an unclosed netrc quote', `password "${fill('\\a', BIG)}`),
  text('COPY blocks with no end', fill('COPY public.users (id) FROM stdin;\n', MEDIUM)),
  text('INSERT lines with qualified names', fill('INSERT INTO `a`.`b`.`c` VALUES (1);\n', MEDIUM)),
  text('1 MB single line of an unclosed quoted table name', `INSERT INTO "${fill('a', BIG)}`),
  text('1 MB single line of role passwords', `ALTER ROLE ${fill("x PASSWORD '", BIG)}`),
  text('state nested one array deeper each level', `{"version":4,"resources":[{"type":"t","instances":[{"attributes":${'['.repeat(50_000)}${']'.repeat(50_000)}}]}]}`),
  text('state with many attributes', `{"version":4,"resources":[{"type":"t","instances":[{"attributes":{${Array.from({ length: 20_000 }, (_, i) => `"password_${i}":"x"`).join(',')}}}]}]}`),
  text('unclosed inline blocks', fill('<key>\n<tls-auth>\n', MEDIUM)),
  text('pgpass lines of escapes', fill('a\\:b\\:c:d:e:f\\\\\n', MEDIUM)),
  text('kubeconfig users', fill('users:\n- name: a\n  user:\n    token: abcdefghij\n', MEDIUM)),
  text('docker auths', `{"auths":{${Array.from({ length: 5000 }, (_, i) => `"r${i}":{"auth":"dTpw"}`).join(',')}}}`),
  { label: 'a SQLite header on random pages', bytes: Buffer.concat([SQLITE_HEADER, randomBytes(FIXED_SEED, BIG)]) },
  { label: 'a SQLite header on pages of leaf cells', bytes: Buffer.concat([SQLITE_HEADER, Buffer.alloc(84), fill('\x0d\xff\xff\x00\x08', BIG).split('').reduce((b, c, i) => ((b[i] = c.charCodeAt(0)), b), Buffer.alloc(BIG))]) },
  { label: 'a JKS header with many entries', bytes: Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0x0f, 0xff]), Buffer.alloc(BIG, 1)]) },
];

describe(`secret-file stays linear on its own formats (random seed ${RANDOM_SEED})`, () => {
  const secretFile = RULES.find((r) => r.meta.id === 'secret-file')!;
  it.each(SECRET_FILE_INPUTS.map((input) => [input.label, input] as const))('%s', async (_, input) => {
    const content = decode(input.bytes);
    for (const file of SECRET_FILES) {
      const ctx = fileContext(file, content, { bytes: input.bytes });
      const { ms, limit } = await timed(input.bytes.length, () => secretFile.checkFile!(ctx));
      expect(ms, `secret-file on ${file} (${input.label}) took ${ms.toFixed(0)} ms, limit ${limit.toFixed(0)} ms`).toBeLessThan(limit);
    }
  });
});

describe(`the code lexer stays linear in every family (random seed ${RANDOM_SEED})`, () => {
  const families: Family[] = ['python', 'js', 'ruby', 'php', 'go', 'jvm', 'csharp'];
  it.each(INPUTS.map((input) => [input.label, input] as const))('%s', async (_, input) => {
    const content = decode(input.bytes);
    for (const family of families) {
      const { ms, limit } = await timed(input.bytes.length, () => lexCode(content, family));
      expect(ms, `${family} (${input.label}) took ${ms.toFixed(0)} ms, limit ${limit.toFixed(0)} ms`).toBeLessThan(limit);
    }
  });
});

describe('git file parsers stay linear', () => {
  // Both once took quadratic time: a `config` of blank lines (multi-line `^\s*`), a `.gitmodules` line of spaces (`\s*(.+?)\s*$`).
  it('a 1 MiB git config of blank lines and a .gitmodules line of 1 MiB of spaces', async () => {
    const { isGitConfig, hasCoreSection, gitmodulePaths } = await import('../../src/rules/lib/git-files');
    const blank = '\n'.repeat(1 << 20);
    const spaces = `path = a${' '.repeat(1 << 20)}b`;
    const started = performance.now();
    expect(isGitConfig(blank)).toBe(false);
    expect(hasCoreSection(blank)).toBe(false);
    expect([...gitmodulePaths(spaces)]).toEqual([`a${' '.repeat(1 << 20)}b`]);
    // Linear work on 2 MiB takes milliseconds; the quadratic versions took minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the compose env_file reader stays linear', () => {
  // A trailing-comment pattern (`[ \t]+#.*$`) once took quadratic time on a line of spaces.
  it.each([
    ['a 1 MiB env_file: value of spaces', `services:\n  a:\n    env_file: x${' '.repeat(1 << 20)}y\n`],
    ['a 1 MiB env_file: list item of tabs and hashes', `services:\n  a:\n    env_file:\n      - ${'\t'.repeat(1 << 19)}${'#'.repeat(1 << 19)}\n`],
    ['env_file: keys over and over', fill('    env_file:\n      - a\n      - path: b\n        required: false\n', 1 << 20)],
  ])('%s', async (_, compose) => {
    const { dotenvFile } = await import('../../src/rules/dotenv-file');
    const { ruleSettings } = await import('../../src/engine/pipeline');
    const started = performance.now();
    await dotenvFile.checkTree!({ mode: 'git', settings: ruleSettings({}), entries: [{ path: 'docker-compose.yml', status: 'tracked', kind: 'file' }], readText: async () => compose });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the shipping-script reader stays linear', () => {
  // Trimming quotes and closing marks off a word with a pattern anchored only at its end once took quadratic time.
  it.each([
    ['words of closing parentheses', `${'cp ' + ')'.repeat(1900) + 'x variables.env.bak /tmp/\n'}`.repeat(512)],
    ['words of quotes', `${'cp "' + "'".repeat(1900) + ' variables.env /tmp/\n'}`.repeat(512)],
    ['commands over and over', 'cp a b; . ./c && curl -fsSLo d "$U/variables.env?x" | wget -qO e f\n'.repeat(1 << 14)],
  ])('%s', async (_, script) => {
    const { shippingScript } = await import('../../src/rules/lib/shipping-scripts');
    const { ruleSettings } = await import('../../src/engine/pipeline');
    const tree = {
      mode: 'git' as const,
      settings: ruleSettings({}),
      entries: [
        { path: 'deploy/build.sh', status: 'tracked' as const, kind: 'file' as const },
        { path: 'deploy/variables.env', status: 'tracked' as const, kind: 'file' as const },
      ],
      readText: async () => script,
    };
    const started = performance.now();
    await shippingScript(tree, 'deploy/variables.env');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/** Production settings read for a base file's finding (`settings-overrides.ts`): their own adversarial texts. */
const PRODUCTION_SETTINGS: Input[] = [
  text('blank lines', '\n'.repeat(BIG)),
  text('lines of spaces', fill(`${' '.repeat(4000)}\n`, BIG)),
  text('docstrings that never close', `${fill('"""a\n', BIG)}`),
  text('assignments in branches', fill('if a:\n    SECRET_KEY = f()\nelse:\n  try:\n      SECRET_KEY = g("SECRET_KEY")\n', BIG)),
  text('deep indentation before an assignment', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}if x:`).join('\n')}\n${' '.repeat(2000)}SECRET_KEY = f()\n`),
  text('config calls with modules on the next line', fill('config :app,\n  AppWeb.Endpoint,\n  # secret_key_base: x\n', BIG)),
  text('1 MB single line of quotes after a name', `SECRET_KEY = ${fill('"\\"', BIG)}`),
  text('Compose environments over and over', fill('services:\n  app:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:-x}\n', BIG)),
  text('Compose keys indented deeper and deeper', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`),
  text('a long word of nils before keywords read with no default', `config :app, AppWeb.Endpoint,\n  ${'nil'.repeat(Math.floor(BIG / 6))}\n${fill('  secret_key_base: System.get_env("X"),\n', BIG / 2)}`),
  text('nil filters opened on every line', fill('config :app, AppWeb.Endpoint,\n  filter_nil.(filter_nil.(Enum.filter(secret_key_base: System.get_env("X"),\n', BIG)),
];

describe('linear time on adversarial production settings', () => {
  it.each(PRODUCTION_SETTINGS.map((input) => [input.label, input] as const))('%s', async (_, input) => {
    const production = decode(input.bytes);
    const files: Record<string, string> = {
      // One that imports the base at its end (every line is read for the key), one that never does.
      'settings/production.py': `${production}\nfrom .base import *\n`,
      'settings/prod.py': production,
      'config/config.exs': `config :app, AppWeb.Endpoint,\n  secret_key_base: "x"\n`,
      'config/runtime.exs': production,
      'config/prod.exs': `${production}\nimport_config "prod.secret.exs"\n`,
      'config/prod.secret.exs': production,
      'compose.yaml': 'services:\n  app:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:-x}\n',
      'compose.prod.yaml': production,
    };
    const read = async (p: string) => files[p] ?? null;
    for (const [path, name, line] of [['settings/base.py', 'SECRET_KEY', 1], ['config/config.exs', 'secret_key_base', 2], ['compose.yaml', 'SECRET_KEY', 4]] as const) {
      const { ms, limit } = await timed(input.bytes.length, () => overridingFile(path, name, line, read));
      expect(ms, `${path} against ${input.label} took ${ms.toFixed(0)} ms, limit ${limit.toFixed(0)} ms`).toBeLessThan(limit);
    }
  });
});

/** Code searched for a guard of a placeholder (`refused-defaults.ts`): comparisons with it that refuse nothing, over and over. */
const GUARD_SEARCH: Input[] = [
  text('comparisons with no refusal', fill('if key == "CHANGE-ME-OR-FAIL":\n    pass\n', BIG)),
  text('comparisons in a tuple with no refusal', fill('if key in ("a", "b", "CHANGE-ME-OR-FAIL"):\n    pass\n', BIG)),
  text('1 MB single line of comparisons', fill('x == "CHANGE-ME-OR-FAIL" && ', BIG)),
  text('the literal alone on every line', fill('"CHANGE-ME-OR-FAIL"\n', BIG)),
  text('lines of equals calls without a close', fill('"CHANGE-ME-OR-FAIL".equals(\n', BIG)),
];

describe('linear time on adversarial code searched for a guard', () => {
  it.each(GUARD_SEARCH.map((input) => [input.label, input] as const))('%s', async (_, input) => {
    const code = decode(input.bytes);
    const { ms, limit } = await timed(input.bytes.length, () => guardLine(code, 'CHANGE-ME-OR-FAIL', ['key']));
    expect(ms, `${input.label} took ${ms.toFixed(0)} ms, limit ${limit.toFixed(0)} ms`).toBeLessThan(limit);
  });
});
