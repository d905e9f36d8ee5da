/**
 * Seeded random histories for comparing history scans: files in the
 * syntaxes the rules read, edited a few lines at a time, where secrets come
 * and go in the ways that need context to judge (a statement over several
 * lines whose value line alone changes, a `*_FALLBACKS` list that grows, a
 * `name:`/`value:` pair, a suppression comment added above an old secret),
 * plus renames, deletions, side branches merged back (some merges write
 * content of their own), a binary file, CRLF and UTF-16 files and long lines.
 * Built with one `git fast-import`, so a history of a hundred commits takes
 * well under a second.
 */
import { execFileSync } from 'node:child_process';
import { GIT_ENV } from '../helpers/fixture';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Encoding = 'utf8' | 'crlf' | 'utf16' | 'binary';

interface FileState {
  lines: string[];
  encoding: Encoding;
}

/** Snippets per syntax: plain code, lines that name a secret without one, and secrets. */
const POOLS: Record<string, { plain: string[]; near: string[]; secret: string[] }> = {
  py: {
    plain: ['def handler(request):', '    return render(request, "index.html")', 'DEBUG = False', '# cache the token lookups', 'cache_key = "%s:%s" % (a, b)', 'ALLOWED_HOSTS = ["example.com"]'],
    near: ['SECRET_KEY = os.environ["SECRET_KEY"]', 'key = settings.SECRET_KEY', 'signer = Signer(key=settings.SECRET_KEY)', '# rotate the SECRET_KEY every quarter'],
    secret: ["SECRET_KEY = '$S'", 'JWT_SECRET = "$S"', 'SESSION_SECRET = os.getenv("SESSION_SECRET", "$S")', "AWS_KEY = 'AKIA$A'"],
  },
  js: {
    plain: ['export function load(id) {', '  return db.find(id);', '}', "const cacheKey = `${id}:user`;", "import express from 'express';", "const token = req.headers['x-token'];"],
    near: ['const secret = process.env.JWT_SECRET;', "jwt.verify(token, secret, { algorithms: ['HS256'] });", 'app.use(session({ secret: config.sessionSecret }));'],
    secret: ["const JWT_SECRET = '$S';", "const secret = process.env.SESSION_SECRET || '$S';", "const token = jwt.sign(payload, '$S');", "app.use(cookieParser('$S'));"],
  },
  rb: {
    plain: ['def show', '  @record = Record.find(params[:id])', 'end', '# keys are cached per request', 'cache_key = "#{id}/#{version}"'],
    near: ['config.secret_key_base = ENV["SECRET_KEY_BASE"]', 'key_generator.generate_key(secret_key_base)', 'secret = app.secret_key_base'],
    secret: ['config.secret_key_base = "$H"', 'set :session_secret, "$S"'],
  },
  yml: {
    plain: ['  replicas: 2', '  image: app:latest', '- name: LOG_LEVEL', '  value: info'],
    near: ['- name: SECRET_KEY', '  valueFrom: { secretKeyRef: { name: app, key: secret-key } }'],
    secret: ['  SECRET_KEY: $S', '  jwt_secret: "$S"'],
  },
  php: {
    plain: ["    'name' => env('APP_NAME', 'Laravel'),", "    'debug' => (bool) env('APP_DEBUG', false),", "    'timezone' => 'UTC',"],
    near: ["    'key' => env('APP_KEY'),", "    'cipher' => 'AES-256-CBC',"],
    secret: ["    'key' => 'base64:$B',", "    'key' => env('APP_KEY', 'base64:$B'),"],
  },
  env: {
    plain: ['APP_ENV=production', 'LOG_LEVEL=info', 'PORT=8080'],
    near: ['SECRET_KEY=', 'JWT_SECRET=${JWT_SECRET}'],
    secret: ['API_TOKEN=$S', 'SECRET_KEY=$S', 'DATABASE_URL=postgres://app:$S@db/app'],
  },
};

/** Statements over several lines: written first with a harmless value, later only `at` changes to `to`. */
const MULTI: Record<string, { lines: string[]; at: number; to: string }[]> = {
  py: [
    { lines: ['SECRET_KEY = os.environ.get(', '    "DJANGO_SECRET_KEY",', '    None,', ')'], at: 2, to: '    "$S",' },
    { lines: ['SECRET_KEY_FALLBACKS = [', '    env("OLD_SECRET_KEY"),', '    env("OLDER_SECRET_KEY"),', ']'], at: 2, to: '    "$S",' },
  ],
  yml: [{ lines: ['- name: JWT_SECRET', '  value: change-me'], at: 1, to: '  value: $S' }],
  js: [{ lines: ['app.use(session({', '  resave: false,', '  secret: process.env.SESSION_SECRET,', '}));'], at: 2, to: "  secret: '$S'," }],
};

export interface GeneratedHistory {
  /** Commit ids, oldest first, of the main line. */
  main: string[];
}

/**
 * Builds a history of `commits` commits on `main` (plus side branches) in the
 * empty repository at `dir`.
 */
export function generateHistory(dir: string, seed: number, commits: number): GeneratedHistory {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(a: readonly T[]): T => a[int(a.length)]!;
  const alnum = (n: number) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[int(57)]).join('');
  const fill = (s: string) =>
    s
      .replace('$S', alnum(32))
      .replace('$H', Array.from({ length: 64 }, () => '0123456789abcdef'[int(16)]).join(''))
      .replace('$B', Buffer.from(alnum(32)).toString('base64'))
      .replace('$A', Array.from({ length: 16 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[int(32)]).join(''));

  const kindOf = (p: string) => (p.endsWith('.env') || p.includes('.env') ? 'env' : p.slice(p.lastIndexOf('.') + 1));
  const initial: [string, Encoding][] = [
    ['app/settings.py', 'utf8'],
    ['app/views.py', 'utf8'],
    ['lib/auth.js', 'utf8'],
    ['lib/server.js', 'utf8'],
    ['config/initializers/session.rb', 'utf8'],
    ['config/app.php', 'utf8'],
    ['deploy/k8s.yml', 'utf8'],
    ['deploy/.env', 'utf8'],
    ['win/legacy.py', 'crlf'],
    ['win/wide.py', 'utf16'],
    ['assets/blob.py', 'binary'],
  ];
  const files = new Map<string, FileState>();
  for (const [p, encoding] of initial) {
    const pool = POOLS[kindOf(p)]!;
    const lines = Array.from({ length: 20 + int(60) }, () => (rand() < 0.15 ? pick(pool.near) : pick(pool.plain)));
    if (kindOf(p) === 'js' && rand() < 0.5) lines.push(`const bundle = '${'x'.repeat(5000)}';`);
    files.set(p, { lines, encoding });
  }
  const pending: { path: string; line: string; to: string }[] = [];

  const content = (f: FileState): Buffer => {
    const text = f.lines.join(f.encoding === 'crlf' ? '\r\n' : '\n') + (f.encoding === 'crlf' ? '\r\n' : '\n');
    if (f.encoding === 'utf16') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    if (f.encoding === 'binary') return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]), Buffer.from(text)]);
    return Buffer.from(text);
  };

  /** One random change to one file; returns false when the file is gone. */
  const edit = (p: string, state: Map<string, FileState>) => {
    const f = state.get(p);
    if (!f) return;
    const kind = kindOf(p);
    const pool = POOLS[kind]!;
    const at = int(f.lines.length + 1);
    const r = rand();
    const due = pending.findIndex((m) => m.path === p && f.lines.includes(m.line));
    if (due >= 0 && r < 0.5) {
      // Only the value line of an earlier statement changes.
      const m = pending.splice(due, 1)[0]!;
      f.lines[f.lines.indexOf(m.line)] = fill(m.to);
    } else if (r < 0.3) f.lines.splice(at, int(4), ...Array.from({ length: 1 + int(4) }, () => pick(pool.plain)));
    else if (r < 0.45) f.lines.splice(at, 0, pick(pool.near));
    else if (r < 0.6) f.lines.splice(at, 0, fill(pick(pool.secret)));
    else if (r < 0.7 && MULTI[kind]) {
      const m = pick(MULTI[kind]!);
      const marked = m.lines.map((l, i) => (i === m.at ? `${l}${' '.repeat(1 + int(3))}` : l));
      f.lines.splice(at, 0, ...marked);
      pending.push({ path: p, line: marked[m.at]!, to: m.to });
    } else if (r < 0.8) {
      // A secret written earlier goes away.
      const k = f.lines.findIndex((l) => pool.secret.some((s) => l.startsWith(s.slice(0, 12))));
      if (k >= 0) f.lines.splice(k, 1);
    } else if (r < 0.87) {
      // A suppression comment above an old line (often a secret), which then counts as changed.
      const secretAt = f.lines.findIndex((l) => pool.secret.some((s) => l.startsWith(s.slice(0, 12))));
      const k = secretAt >= 0 && rand() < 0.7 ? secretAt : int(f.lines.length);
      const mark = kind === 'js' || kind === 'php' ? '//' : '#';
      f.lines.splice(k, 0, `${mark} leakproof-ignore-next-line -- fixture`);
    } else f.lines.splice(at, 2);
  };

  let stream = '';
  let mark = 0;
  let time = 1_700_000_000;
  const data = (b: Buffer) => `data ${b.length}\n${b.toString('latin1')}\n`;
  const commit = (branch: string, from: number, merge: number, changes: [string, FileState | null][]) => {
    mark++;
    time += 100 + int(1000);
    stream += `commit refs/heads/${branch}\nmark :${mark}\ncommitter T <t@example.invalid> ${time} +0000\ndata 7\nchange\n`;
    if (from) stream += `from :${from}\n`;
    if (merge) stream += `merge :${merge}\n`;
    for (const [p, f] of changes) stream += f ? `M 100644 inline ${p}\n${data(content(f))}` : `D ${p}\n`;
    return mark;
  };

  let head = commit('main', 0, 0, [...files].map(([p, f]) => [p, f]));
  const mains = [head];
  for (let c = 1; c < commits; c++) {
    const r = rand();
    const paths = [...files.keys()];
    if (r < 0.08) {
      // A rename: same content, new path.
      const p = pick(paths.filter((q) => !q.startsWith('assets/')));
      const to = p.replace(/(\.[a-z]+)$/, `_${c}$1`);
      files.set(to, files.get(p)!);
      files.delete(p);
      for (const m of pending) if (m.path === p) m.path = to;
      head = commit('main', head, 0, [[p, null], [to, files.get(to)!]]);
    } else if (r < 0.18) {
      // A side branch of two commits, merged; a third of the merges write content of their own.
      const side = new Map([...files].map(([p, f]) => [p, { ...f, lines: [...f.lines] }]));
      const a = pick(paths);
      edit(a, side);
      const s1 = commit('side', head, 0, [[a, side.get(a)!]]);
      const b = pick(paths);
      edit(b, side);
      const s2 = commit('side', s1, 0, [[b, side.get(b)!]]);
      const onMain = pick(paths.filter((q) => q !== a && q !== b));
      edit(onMain, files);
      head = commit('main', head, 0, [[onMain, files.get(onMain)!]]);
      mains.push(head);
      files.set(a, side.get(a)!);
      files.set(b, side.get(b)!);
      const changes: [string, FileState | null][] = [[a, files.get(a)!], [b, files.get(b)!]];
      if (rand() < 0.33) {
        const evil = pick(paths);
        edit(evil, files);
        changes.push([evil, files.get(evil)!]);
      }
      head = commit('main', head, s2, changes);
    } else if (r < 0.21) {
      const p = pick(paths.filter((q) => q.endsWith('.env')).concat(paths));
      files.delete(p);
      head = commit('main', head, 0, [[p, null]]);
    } else if (r < 0.24) {
      const p = `deploy/.env.${c}`;
      files.set(p, { lines: [fill(pick(POOLS.env!.secret)), pick(POOLS.env!.plain)], encoding: 'utf8' });
      head = commit('main', head, 0, [[p, files.get(p)!]]);
    } else {
      const touched = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(paths)))];
      for (const p of touched) edit(p, files);
      head = commit('main', head, 0, touched.map((p) => [p, files.get(p) ?? null]));
    }
    mains.push(head);
  }
  stream += 'done\n';
  const env = { ...GIT_ENV, GIT_CONFIG_NOSYSTEM: '1' };
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: dir, env });
  const marks = `${dir}/.git/test-marks`;
  execFileSync('git', ['fast-import', '--quiet', '--done', `--export-marks=${marks}`], { cwd: dir, env, input: Buffer.from(stream, 'latin1') });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, env });
  const byMark = new Map(
    execFileSync('cat', [marks], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)] as const),
  );
  return { main: [...new Set(mains)].map((m) => byMark.get(m)!) };
}
