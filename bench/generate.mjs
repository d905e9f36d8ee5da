// Generates a large, realistic tree for the benchmark: source files, minified
// bundles, lockfiles, binaries, and a few hundred planted findings whose
// positions are written to `expected.json` beside the tree.
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** Small seeded PRNG (mulberry32): the same seed gives the same tree. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'user', 'order', 'invoice', 'cache', 'session', 'handler', 'config', 'request', 'response', 'client', 'server',
  'value', 'public', 'private', 'account', 'payment', 'router', 'model', 'view', 'store', 'queue', 'item', 'index',
];

/** Lines that mention secrets without leaking one: about one file in thirty gets one. */
const NEAR_MISSES = {
  py: ["SECRET_KEY = os.environ['SECRET_KEY']", "JWT_SECRET = env('JWT_SECRET')", '# rotate the secret key every 90 days', "api_key = settings.get('api_key')"],
  js: ['const secret = process.env.JWT_SECRET;', "const apiKey = config.get('apiKey');", '// the session secret comes from the vault', 'if (!process.env.SESSION_SECRET) throw new Error("missing");'],
  go: ['	secretKey := os.Getenv("SECRET_KEY")', '	key := []byte(cfg.SigningKey)', '	// token secret is injected at deploy time'],
  yml: ['  SECRET_KEY: ${{ secrets.SECRET_KEY }}', '  secretKeyRef: { name: app, key: secret-key }', '  JWT_SECRET: ${JWT_SECRET}'],
};

function makeGen(rand) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const ident = () => `${pick(WORDS)}${pick(WORDS).replace(/^./, (c) => c.toUpperCase())}`;
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const lines = {
    py: () => pick([
      `def ${ident()}(${ident()}, ${ident()}=None):`,
      `    ${ident()} = ${ident()}.get('${pick(WORDS)}')`,
      `    return {'${pick(WORDS)}': ${ident()}, 'cache_key': f"{${ident()}}:${pick(WORDS)}"}`,
      `${ident().toUpperCase()} = os.environ.get('${ident().toUpperCase()}', 'default')`,
      `# ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}: see the docs for the api key rotation`,
      `class ${ident()}(BaseModel):`,
    ]),
    js: () => pick([
      `export function ${ident()}(${ident()}, ${ident()}) {`,
      `  const ${ident()} = await fetch(\`/api/${pick(WORDS)}/\${${ident()}}\`);`,
      `  if (${ident()}.${ident()} === '${pick(WORDS)}') return null;`,
      `  const token = req.headers['x-${pick(WORDS)}-token'];`,
      `}`,
      `import { ${ident()} } from './${pick(WORDS)}';`,
    ]),
    go: () => pick([
      `func (s *${ident()}) ${ident()}(ctx context.Context, key string) error {`,
      `\t${ident()}, err := s.${ident()}(ctx, key)`,
      `\tif err != nil { return fmt.Errorf("${pick(WORDS)}: %w", err) }`,
      `}`,
    ]),
    yml: () => pick([
      `${pick(WORDS)}:`,
      `  ${pick(WORDS)}: ${pick(WORDS)}-${hex(6)}`,
      `  - name: ${ident()}`,
    ]),
  };
  const minified = (bytes) => {
    let s = '';
    while (s.length < bytes) s += `var ${ident()}=function(${ident()}){return ${ident()}.${ident()}("${pick(WORDS)}")};`;
    return s;
  };
  const lockfile = (entries) => {
    const deps = {};
    for (let i = 0; i < entries; i++) deps[`node_modules/${pick(WORDS)}-${hex(4)}`] = { version: '1.2.3', resolved: `https://registry.example/${hex(8)}.tgz`, integrity: `sha512-${hex(86)}` };
    return JSON.stringify({ name: 'app', lockfileVersion: 3, packages: deps }, null, 2);
  };
  const binary = (bytes) => {
    const b = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) b[i] = Math.floor(rand() * 256);
    b[10] = 0;
    return b;
  };
  return { pick, ident, hex, lines, minified, lockfile, binary };
}

/** The planted findings: file name, content, and what leakproof must report. */
function plant(i, g) {
  const secret = `${g.hex(24)}${g.hex(26)}`;
  switch (i % 5) {
    case 0:
      return { name: 'settings.py', text: `import os\n\nDEBUG = False\nSECRET_KEY = '${secret}'\n`, rule: 'hardcoded-secret-key', line: 4 };
    case 1:
      return { name: 'auth.ts', text: `import jwt from 'jsonwebtoken';\n\nconst secret = process.env.JWT_SECRET || '${secret}';\n`, rule: 'secret-key-fallback', line: 3 };
    case 2:
      return { name: '.env', text: `DATABASE_URL=postgres://app:${g.hex(12)}@db/app\nAPI_TOKEN=${secret}\n`, rule: 'dotenv-file' };
    case 3:
      return { name: 'docker-compose.yml', text: `services:\n  web:\n    environment:\n      - SECRET_KEY=\${SECRET_KEY:-${secret}}\n`, rule: 'secret-key-fallback', line: 4 };
    default:
      return { name: 'config/secrets.yml', text: `production:\n  secret_key_base: ${secret}\n`, rule: 'hardcoded-secret-key', line: 2 };
  }
}

/**
 * Writes `files` files of about `totalBytes` under `dir` and commits them to
 * a git repository there. Returns the planted findings.
 */
export async function generate(dir, { files, totalBytes, planted, seed = 42 }) {
  const rand = prng(seed);
  const g = makeGen(rand);
  const expected = [];
  const avg = totalBytes / files;
  const plantEvery = Math.floor(files / planted);
  let written = 0;
  const dirs = new Set();
  for (let i = 0; i < files; i++) {
    const d = `pkg${Math.floor(i / 2000)}/mod${Math.floor(i / 100) % 20}`;
    if (!dirs.has(d)) {
      await mkdir(path.join(dir, d), { recursive: true });
      dirs.add(d);
    }
    let rel;
    let body;
    if (i % plantEvery === 0 && expected.length < planted) {
      const p = plant(expected.length, g);
      rel = `${d}/planted${i}/${p.name}`;
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      body = p.text;
      expected.push({ path: rel, rule: p.rule, line: p.line });
    } else {
      const kind = rand();
      if (kind < 0.005) {
        rel = `${d}/bundle${i}.min.js`;
        body = g.minified(Math.floor(avg * 20));
      } else if (kind < 0.01) {
        rel = `${d}/package-lock${i}.json`;
        body = g.lockfile(Math.floor(avg / 30));
      } else if (kind < 0.05) {
        rel = `${d}/image${i}.png`;
        body = g.binary(Math.floor(avg * 2));
      } else {
        const ext = g.pick(['py', 'js', 'go', 'yml']);
        rel = `${d}/${g.ident()}${i}.${ext}`;
        const target = avg * (0.2 + rand() * 1.6);
        const out = [];
        if (rand() < 1 / 30) out.push(g.pick(NEAR_MISSES[ext]));
        let n = 0;
        while (n < target) {
          const l = g.lines[ext]();
          out.push(l);
          n += l.length + 1;
        }
        body = out.join('\n') + '\n';
      }
    }
    await writeFile(path.join(dir, rel), body);
    written += typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  }
  await writeFile(path.join(dir, '.gitignore'), 'node_modules/\n');
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'core.fsync=none', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated tree');
  return { expected, bytes: written };
}

export async function ensureTree(base, name, spec) {
  const dir = path.join(base, name);
  const meta = path.join(base, `${name}.json`);
  if (existsSync(meta)) {
    const { readFile } = await import('node:fs/promises');
    return { dir, ...JSON.parse(await readFile(meta, 'utf8')) };
  }
  await mkdir(dir, { recursive: true });
  const started = Date.now();
  const result = await generate(dir, spec);
  await writeFile(meta, JSON.stringify(result));
  process.stderr.write(`generated ${name}: ${spec.files} files, ${(result.bytes / 1024 / 1024).toFixed(0)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { dir, ...result };
}
