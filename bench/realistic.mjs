// Generates what a framework repository looks like to a secret scanner: large
// Ruby, Python and JavaScript files of real-looking code, of which 5–10% talk
// about signing secrets all the time (`secret_key_base`, `settings.SECRET_KEY`,
// `jwt.verify(token, secret)`) without leaking one. Two shapes:
//
//   generateTree(dir, spec)     a checkout of many mid-sized files, one commit
//   generateHistory(dir, spec)  a history of large files edited in small hunks
//                               (1–30 lines, 3–5 files a commit), with side
//                               branches merged back, built with git fast-import
//
// Both plant known findings and return where leakproof must report them. Every
// choice comes from one seeded generator, so a spec always builds the same
// repository (commit ids included: dates are fixed too).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: small, fast, seeded. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  'record', 'request', 'response', 'session', 'cookie', 'payload', 'attribute', 'column', 'association', 'callback',
  'cache', 'store', 'entry', 'header', 'params', 'route', 'controller', 'model', 'view', 'template', 'partial',
  'message', 'channel', 'job', 'queue', 'adapter', 'connection', 'pool', 'transaction', 'migration', 'schema',
  'scope', 'relation', 'reflection', 'serializer', 'renderer', 'format', 'locale', 'timezone', 'instrument',
  'event', 'subscriber', 'notification', 'middleware', 'engine', 'railtie', 'config', 'option', 'resolver',
  'path', 'url', 'host', 'port', 'stream', 'buffer', 'chunk', 'token', 'digest', 'encoder', 'decoder', 'value',
];
const VERBS = [
  'build', 'fetch', 'load', 'write', 'read', 'parse', 'render', 'resolve', 'dispatch', 'perform', 'process',
  'serialize', 'deserialize', 'normalize', 'validate', 'assign', 'compute', 'merge', 'expire', 'reset', 'clear',
  'initialize', 'register', 'subscribe', 'publish', 'instrument', 'compile', 'lookup', 'find', 'update', 'apply',
];
const SUBDIRS = ['core', 'internal', 'helpers', 'adapters', 'concerns', 'middleware', 'support', 'base'];
const ADJ = ['default', 'current', 'cached', 'pending', 'raw', 'local', 'remote', 'primary', 'nested', 'frozen', 'strict', 'previous'];

function words(rand) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const noun = () => pick(NOUNS);
  const verb = () => pick(VERBS);
  const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  const klass = () => camel(`_${pick(ADJ)}_${noun()}`).replace(/^./, (c) => c.toUpperCase());
  const snake = () => `${pick(ADJ)}_${noun()}`;
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const alnum = (n) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(rand() * 57)]).join('');
  const sentence = () => {
    const n = 5 + Math.floor(rand() * 9);
    const w = [];
    for (let i = 0; i < n; i++) w.push(rand() < 0.3 ? pick(VERBS) : rand() < 0.5 ? pick(NOUNS) : pick(['the', 'a', 'of', 'to', 'when', 'is', 'for', 'and', 'with', 'it']));
    const s = w.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  // `messages/` is where translations live: a scanner reads its values as labels, not secrets.
  const dir = () => {
    const n = noun();
    return n === 'message' ? 'mailer' : n;
  };
  return { pick, noun, dir, verb, camel, klass, snake, hex, alnum, sentence, int: (n) => Math.floor(rand() * n) };
}

// ---------------------------------------------------------------------------
// Code, one block (a method, a function, a comment paragraph) at a time. Each
// block is an array of lines, indented for where it goes.

/** Lines that mention the SECRET_KEY family the way framework code does, without a literal value. */
const FAMILY = {
  rb: (w, ind) => w.pick([
    [`${ind}key_generator.generate_key(secret_key_base, ${w.pick([32, 64])})`],
    [`${ind}secret = app.secret_key_base`],
    [`${ind}# The secret_key_base is used as the input secret to the application's key generator.`],
    [`${ind}raise ArgumentError, "Missing \`secret_key_base\` for '#{Rails.env}' environment, set this string with \`bin/rails credentials:edit\`"`],
    [`${ind}config.secret_key_base ||= ENV["SECRET_KEY_BASE"]`],
    [`${ind}@${w.noun()}_verifier = ActiveSupport::MessageVerifier.new(secret, digest: "SHA256", serializer: JSON)`],
    [`${ind}secrets.secret_key_base ||= generate_local_secret`],
    [`${ind}if secret_key_base.blank?`, `${ind}  raise ArgumentError, "secret_key_base must be a type of String"`, `${ind}end`],
    [`${ind}signed_cookie_salt: config.action_dispatch.signed_cookie_salt,`],
    [`${ind}encrypted_cookie_salt = request.encrypted_cookie_salt`],
    [`${ind}def secret_key_base`, `${ind}  @secret_key_base ||= credentials.secret_key_base || ENV["SECRET_KEY_BASE"]`, `${ind}end`],
    [`${ind}ActiveSupport::KeyGenerator.new(secret_key_base, iterations: 1000)`],
  ]),
  py: (w, ind) => w.pick([
    [`${ind}key = settings.SECRET_KEY`],
    [`${ind}signer = Signer(key=settings.SECRET_KEY, salt=self.salt)`],
    [`${ind}# Use the SECRET_KEY setting unless a secret is passed in explicitly.`],
    [`${ind}if secret is None:`, `${ind}    secret = settings.SECRET_KEY`],
    [`${ind}return salted_hmac(key_salt, value, secret=self.secret, algorithm=self.algorithm).hexdigest()`],
    [`${ind}SECRET_KEY = env("DJANGO_SECRET_KEY")`],
    [`${ind}fallbacks = [salted_hmac(self.key_salt, value, secret=key) for key in settings.SECRET_KEY_FALLBACKS]`],
    [`${ind}raise ImproperlyConfigured("The SECRET_KEY setting must not be empty.")`],
    [`${ind}self.secret_key = secret_key or settings.SECRET_KEY`],
  ]),
  js: (w, ind) => w.pick([
    [`${ind}const secret = process.env.JWT_SECRET;`],
    [`${ind}const decoded = jwt.verify(token, secret, { algorithms: ['HS256'] });`],
    [`${ind}// The session secret comes from the environment; never hardcode it.`],
    [`${ind}app.use(session({ secret: config.sessionSecret, resave: false, saveUninitialized: false }));`],
    [`${ind}if (!process.env.SESSION_SECRET) {`, `${ind}  throw new Error('SESSION_SECRET must be set');`, `${ind}}`],
    [`${ind}const signed = cookieSignature.sign(value, options.secret);`],
    [`${ind}this.jwtSecret = options.jwtSecret ?? process.env.JWT_SECRET;`],
    [`${ind}app.use(cookieParser(config.cookieSecret));`],
  ]),
};

const BLOCKS = {
  rb(w, ind, family) {
    const out = [];
    const m = `${w.verb()}_${w.noun()}`;
    if (w.int(3) === 0) out.push(`${ind}# ${w.sentence()}`, `${ind}#`, `${ind}#   ${w.noun()}.${m}(${w.noun()}: ${w.int(100)})`);
    const args = [w.noun(), `${w.noun()}: nil`].slice(0, 1 + w.int(2));
    out.push(`${ind}def ${m}(${args.join(', ')})`);
    const body = 2 + w.int(9);
    for (let i = 0; i < body; i++) {
      const r = w.int(12);
      if (family && w.int(4) === 0) out.push(...FAMILY.rb(w, `${ind}  `));
      else if (r < 3) out.push(`${ind}  @${w.noun()} ||= ${w.klass()}.new(${w.noun()}, ${w.snake()}: ${w.snake()})`);
      else if (r < 5) out.push(`${ind}  return if ${w.noun()}.nil? || ${w.noun()}.empty?`);
      else if (r < 7) out.push(`${ind}  ${w.noun()}.each do |${w.noun()[0]}|`, `${ind}    ${w.noun()}[${w.noun()[0]}.${w.noun()}] = ${w.noun()[0]}.${w.verb()}`, `${ind}  end`);
      else if (r < 8) out.push(`${ind}  raise ArgumentError, "${w.sentence()}" unless ${w.noun()}`);
      else if (r < 9) out.push(`${ind}  ${w.snake()} = { ${w.noun()}: ${w.int(1000)}, ${w.noun()}: "${w.noun()}", cache_key: "#{${w.noun()}}/#{${w.noun()}}" }`);
      else if (r < 10) out.push(`${ind}  ActiveSupport::Notifications.instrument("${w.verb()}.${w.noun()}", ${w.noun()}: ${w.noun()}) do`, `${ind}    yield ${w.noun()}`, `${ind}  end`);
      else out.push(`${ind}  ${w.noun()}.${w.verb()}(${w.noun()}, ${w.snake()}: true)`);
    }
    out.push(`${ind}end`, '');
    return out;
  },
  py(w, ind, family) {
    const out = [];
    const f = `${w.verb()}_${w.noun()}`;
    out.push(`${ind}def ${f}(self, ${w.noun()}, ${w.noun()}=None):`);
    if (w.int(2) === 0) out.push(`${ind}    """${w.sentence()}"""`);
    const body = 2 + w.int(9);
    for (let i = 0; i < body; i++) {
      const r = w.int(12);
      if (family && w.int(4) === 0) out.push(...FAMILY.py(w, `${ind}    `));
      else if (r < 3) out.push(`${ind}    ${w.noun()} = self.${w.noun()}.get("${w.noun()}", ${w.int(100)})`);
      else if (r < 5) out.push(`${ind}    if ${w.noun()} is None:`, `${ind}        return ${w.klass()}(${w.noun()}=${w.noun()})`);
      else if (r < 7) out.push(`${ind}    for ${w.noun()[0]} in self.${w.noun()}s:`, `${ind}        ${w.noun()[0]}.${w.verb()}(${w.noun()})`);
      else if (r < 8) out.push(`${ind}    raise ValueError("${w.sentence()}")`);
      else if (r < 9) out.push(`${ind}    cache_key = "%s:%s" % (self.${w.noun()}, ${w.noun()})`);
      else if (r < 10) out.push(`${ind}    ${w.noun()} = {`, `${ind}        "${w.noun()}": ${w.noun()},`, `${ind}        "${w.noun()}": self.${w.noun()},`, `${ind}    }`);
      else out.push(`${ind}    return self.${w.verb()}(${w.noun()}, ${w.snake()}=True)`);
    }
    out.push('');
    return out;
  },
  js(w, ind, family) {
    const out = [];
    const f = w.camel(`${w.verb()}_${w.noun()}`);
    // One line: edits cut and splice whole lines, and must not leave a block comment open.
    if (w.int(3) === 0) out.push(`${ind}/** ${w.sentence()} @param {${w.klass()}} ${w.noun()} */`);
    out.push(`${ind}${w.int(2) ? 'export ' : ''}${w.int(3) ? '' : 'async '}function ${f}(${w.noun()}, options = {}) {`);
    const body = 2 + w.int(9);
    for (let i = 0; i < body; i++) {
      const r = w.int(12);
      if (family && w.int(4) === 0) out.push(...FAMILY.js(w, `${ind}  `));
      else if (r < 3) out.push(`${ind}  const ${w.camel(w.snake())} = options.${w.noun()} ?? ${w.int(100)};`);
      else if (r < 5) out.push(`${ind}  if (${w.noun()} == null) {`, `${ind}    return ${w.noun()};`, `${ind}  }`);
      else if (r < 7) out.push(`${ind}  for (const ${w.noun()[0]} of ${w.noun()}s) {`, `${ind}    ${w.noun()[0]}.${w.camel(w.verb())}(${w.noun()});`, `${ind}  }`);
      else if (r < 8) out.push(`${ind}  throw new TypeError(\`${w.sentence()} (\${${w.noun()}})\`);`);
      else if (r < 9) out.push(`${ind}  const cacheKey = \`\${${w.noun()}.id}:${w.noun()}\`;`);
      else if (r < 10) out.push(`${ind}  const res = await fetch(\`/api/${w.noun()}/\${${w.noun()}}\`, { headers: { 'x-request-token': token } });`);
      else out.push(`${ind}  return ${w.noun()}.${w.camel(w.verb())}(${w.noun()}, { ${w.noun()}: true });`);
    }
    out.push(`${ind}}`, '');
    return out;
  },
};

/** A whole file of about `bytes` bytes in `ext` (rb, py, js), as lines. */
function sourceFile(w, ext, bytes, family) {
  const lines = [];
  let size = 0;
  const push = (ls) => {
    for (const l of ls) {
      lines.push(l);
      size += l.length + 1;
    }
  };
  if (ext === 'rb') {
    push(['# frozen_string_literal: true', '', `require "active_support/${w.noun()}"`, `require "${w.noun()}/${w.noun()}"`, '', `module ${w.klass()}`, `  class ${w.klass()} < ${w.klass()}`]);
    while (size < bytes) push(BLOCKS.rb(w, '    ', family));
    push(['  end', 'end']);
  } else if (ext === 'py') {
    push(['import logging', `from django.${w.noun()} import ${w.klass()}`, `from .${w.noun()}s import ${w.klass()}, ${w.klass()}`, '', 'logger = logging.getLogger(__name__)', '', '', `class ${w.klass()}(${w.klass()}):`]);
    while (size < bytes) push(BLOCKS.py(w, '    ', family));
  } else {
    push(["'use strict';", '', `import { ${w.camel(w.snake())} } from './${w.noun()}.js';`, `import ${w.klass()} from '${w.noun()}';`, '']);
    while (size < bytes) push(BLOCKS.js(w, '', family));
  }
  return lines;
}

/** One edit's new lines: a block or part of one, indented for the language. */
function editLines(w, ext, family, n) {
  const ind = ext === 'js' ? '' : '    ';
  const out = [];
  while (out.length < n) {
    if (family && w.int(3) === 0) out.push(...FAMILY[ext](w, ext === 'js' ? '  ' : '      '));
    else out.push(...BLOCKS[ext](w, ind, false));
  }
  return out.slice(0, n);
}

// ---------------------------------------------------------------------------
// Planted findings: what leakproof must report, at which line.

/**
 * A secret as lines to insert, `at` the one leakproof reports. A plant with
 * `before` is a statement written first without a secret; later only its
 * value line changes, and that line has no family word of its own.
 */
function planted(w, ext, multi = false) {
  const secret = w.alnum(40);
  if (multi) {
    return w.pick([
      {
        lines: ['SECRET_KEY = os.environ.get(', '    "DJANGO_SECRET_KEY",', `    "${secret}",`, ')'],
        before: ['SECRET_KEY = os.environ.get(', '    "DJANGO_SECRET_KEY",', '    None,', ')'],
        at: 2,
        rule: 'secret-key-fallback',
      },
      {
        lines: ['SECRET_KEY_FALLBACKS = [', '    env("OLD_SECRET_KEY"),', `    "${secret}",`, ']'],
        before: ['SECRET_KEY_FALLBACKS = [', '    env("OLD_SECRET_KEY"),', ']'],
        at: 2,
        rule: 'hardcoded-secret-key',
      },
    ]);
  }
  if (ext === 'py') return { lines: [`SECRET_KEY = '${secret}'`], at: 0, rule: 'hardcoded-secret-key' };
  if (ext === 'rb') {
    return w.pick([
      { lines: [`config.secret_key_base = "${w.hex(64)}"`], at: 0, rule: 'hardcoded-secret-key' },
      { lines: [`set :session_secret, "${secret}"`], at: 0, rule: 'hardcoded-secret-key' },
    ]);
  }
  return w.pick([
    { lines: [`const JWT_SECRET = '${secret}';`], at: 0, rule: 'hardcoded-secret-key' },
    { lines: [`const sessionSecret = process.env.SESSION_SECRET || '${secret}';`], at: 0, rule: 'secret-key-fallback' },
    { lines: [`const awsAccessKeyId = 'AKIA${w.alnum(16).toUpperCase().replace(/[^A-Z2-7]/g, 'Q')}';`], at: 0, rule: 'known-token' },
  ]);
}

// ---------------------------------------------------------------------------
// A checkout: many files, one commit.

function git(dir, args, input) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'core.fsync=none', ...args], {
    cwd: dir,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

/**
 * `files` source files of about `totalBytes` in all (sizes spread from a few
 * hundred bytes to 20 times the mean), `familyShare` of them framework code
 * that names signing secrets, and `planted` findings. Returns the findings
 * leakproof must report.
 */
export function generateTree(dir, { files = 5000, totalBytes = 25 * 1024 * 1024, familyShare = 0.08, planted: plants = 20, seed = 7 } = {}) {
  const rand = prng(seed);
  const w = words(rand);
  const mean = totalBytes / files;
  const expected = [];
  let written = 0;
  mkdirSync(dir, { recursive: true });
  const made = new Set();
  for (let i = 0; i < files; i++) {
    const ext = w.pick(['rb', 'rb', 'py', 'js']);
    const top = { rb: 'lib', py: 'django', js: 'packages' }[ext];
    // About five files a folder, as in a framework's source tree.
    const rel = `${top}/${w.dir()}s/${w.pick(SUBDIRS)}/${w.verb()}_${w.noun()}_${i}.${ext}`;
    // Exponential sizes: most files are small, a few are large.
    const bytes = Math.max(300, Math.min(mean * 20, -Math.log(1 - rand()) * mean));
    const lines = sourceFile(w, ext, bytes, rand() < familyShare);
    if (i % Math.floor(files / plants) === 0 && expected.length < plants) {
      const p = planted(w, ext);
      const at = Math.floor(lines.length / 2);
      lines.splice(at, 0, ...p.lines);
      expected.push({ path: rel, rule: p.rule, line: at + p.at + 1 });
    }
    const d = path.dirname(path.join(dir, rel));
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    const text = lines.join('\n') + '\n';
    writeFileSync(path.join(dir, rel), text);
    written += text.length;
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'generated tree']);
  return { expected, bytes: written, files };
}

// ---------------------------------------------------------------------------
// A history: large files edited in small hunks, side branches merged back.

/**
 * Builds the history with `git fast-import` in three steps: first which
 * commit touches which file and how (one generator), then each file's
 * versions in turn (a generator per file), then the commits. Writing a file's
 * versions one after another lets fast-import store each as a delta of the
 * one before, as a packed repository does, so no repack is needed.
 *
 * Every `plantEvery` commits one of these happens, in turn: a secret written
 * into a large file; a statement whose value line alone later changes to a
 * secret; a secret written and removed a few commits later; a file with a
 * secret renamed; a secret written on a side branch and merged; a `.env`
 * committed and deleted. Returns where each must be reported: path, rule,
 * line, the commit that introduced it and whether HEAD still has it.
 */
export async function generateHistory(
  dir,
  { commits = 5000, files = 400, minBytes = 20_000, maxBytes = 200_000, familyShare = 0.08, plantEvery = 97, seed = 11 } = {},
) {
  const rand = prng(seed);
  const w = words(rand);

  // 1. The plan.
  const all = [];
  for (let i = 0; i < files; i++) {
    const ext = w.pick(['rb', 'rb', 'py', 'js']);
    const top = { rb: 'activesupport/lib', py: 'django/core', js: 'packages/server' }[ext];
    all.push({
      path: `${top}/${w.dir()}s/${w.verb()}_${w.noun()}_${i}.${ext}`,
      ext,
      bytes: minBytes * Math.pow(maxBytes / minBytes, Math.pow(rand(), 3)),
      family: rand() < familyShare,
      seed: Math.floor(rand() * 2 ** 31),
      touches: [],
    });
  }
  const family = all.filter((f) => f.family);
  /** Commits in order: { side, parent, merge, changes: [{ file, op, … } | { inline, path, text } | { remove }] }. */
  const plan = [];
  const touch = (c, file, op, extra = {}) => {
    const t = { commit: c, file, op, ...extra };
    file.touches.push(t);
    plan[c].changes.push(t);
    return t;
  };
  const newCommit = (side, parent, merge) => plan.push({ side, parent, merge, changes: [] }) - 1;
  const locked = new Set();
  const scheduled = new Map();
  const later = (n, fn) => scheduled.set(n, [...(scheduled.get(n) ?? []), fn]);
  const kinds = ['inline', 'value-line', 'removed', 'rename', 'branch', 'dotenv'];
  let plants = 0;

  let main = newCommit(false, -1);
  for (const f of all) touch(main, f, 'create');
  for (let n = 1; n < commits; n++) {
    const jobs = scheduled.get(n) ?? [];
    scheduled.delete(n);
    const c = newCommit(false, main);
    main = c;
    const busy = (f) => locked.has(f) || plan[c].changes.some((t) => t.file === f);
    for (const job of jobs) job(c);
    if (n % plantEvery === 0) {
      const kind = kinds[plants++ % kinds.length];
      const ext = kind === 'value-line' ? 'py' : w.pick(['rb', 'py', 'js']);
      const f = w.pick(all.filter((g) => g.ext === ext && !busy(g) && !g.gone));
      if (kind === 'dotenv') {
        const p = `deploy/${w.dir()}-${n}/.env`;
        plan[c].changes.push({ inline: true, path: p, text: `DATABASE_URL=postgres://app:${w.alnum(20)}@db.internal/app\nSECRET_KEY_BASE=${w.hex(64)}\n`, expect: { path: p, rule: 'dotenv-file', deleted: true } });
        later(n + 5, (c2) => plan[c2].changes.push({ remove: true, path: p }));
      } else if (kind === 'value-line') {
        const t = touch(c, f, 'before');
        later(n + 3, (c2) => touch(c2, f, 'reveal', { plant: t }));
      } else if (kind === 'branch') {
        // Two commits on a side branch from the previous main commit, merged two commits later.
        const other = w.pick(all.filter((g) => g !== f && !busy(g) && !g.gone));
        locked.add(f).add(other);
        const b1 = newCommit(true, plan[c].parent);
        // The side commits come before this main commit in the stream: swap them in.
        plan.splice(c, 0, plan.pop());
        const moved = plan[c + 1];
        moved.parent = plan[c].parent;
        const b2 = newCommit(true, c);
        plan.splice(c + 1, 0, plan.pop());
        main = c + 2;
        plan[main].parent = plan[c].parent;
        // Indices moved: re-point what this commit already holds.
        for (const t of plan[main].changes) t.commit = main;
        plan[main].parent = plan[c].parent;
        touch(c, f, 'plant');
        touch(c + 1, other, 'edit');
        later(n + 2, (c2) => {
          plan[c2].merge = c + 1;
          touch(c2, f, 'merge-in');
          touch(c2, other, 'merge-in');
          locked.delete(f);
          locked.delete(other);
        });
      } else {
        const t = touch(c, f, 'plant');
        if (kind === 'removed') later(n + 4, (c2) => touch(c2, f, 'unplant', { plant: t }));
        if (kind === 'rename') later(n + 2, (c2) => touch(c2, f, 'rename', { to: f.path.replace(/(\.[a-z]+)$/, '_renamed$1') }));
      }
    }
    // Ordinary work: 3–5 files, one of them often framework code that names secrets.
    const want = 3 + w.int(3);
    for (let k = 0; plan[main].changes.length < want && k < 10; k++) {
      const pool = k === 0 && rand() < 0.35 ? family : all;
      const f = w.pick(pool);
      if (f.gone || busy(f) || plan[main].changes.some((t) => t.file === f)) continue;
      touch(main, f, 'edit', { hunks: rand() < 0.3 ? 2 : 1 });
    }
  }
  // Touches were added in plan order except around branches: each file's must be in commit order.
  for (const f of all) f.touches.sort((a, b) => a.commit - b.commit);

  // 2. Each file's versions, as blobs; a file's path may change on the way.
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q']);
  const child = spawn('git', ['fast-import', '--quiet', `--export-marks=${path.join(dir, '.git', 'bench-marks')}`], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
  let pending = [];
  let pendingBytes = 0;
  const flush = async () => {
    const chunk = pending.join('');
    pending = [];
    pendingBytes = 0;
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
  };
  const emit = async (s) => {
    pending.push(s);
    pendingBytes += s.length;
    if (pendingBytes > 1 << 20) await flush();
  };
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  let mark = 0;
  const expected = [];
  for (const f of all) {
    const fw = words(prng(f.seed));
    let lines = sourceFile(fw, f.ext, f.bytes, f.family);
    let protect = [];
    let filePath = f.path;
    /** The file's versions, written newest first once all are known (see below). */
    const versions = [];
    const version = async () => {
      versions.push(lines.join('\n') + '\n');
    };
    const insert = (at, add) => {
      lines.splice(at, 0, ...add);
      protect = protect.map((k) => (k >= at ? k + add.length : k));
    };
    const edit = () => {
      const n = 1 + Math.floor(Math.pow(fw.int(1000) / 1000, 2) * 30);
      for (let tries = 0; tries < 20; tries++) {
        const at = 10 + fw.int(Math.max(1, lines.length - 40));
        const span = fw.int(3) === 0 ? 0 : Math.min(n, lines.length - at - 5);
        if (protect.some((k) => k >= at - 6 && k <= at + span + 6)) continue;
        const add = fw.int(4) === 0 ? [] : editLines(fw, f.ext, f.family, n);
        if (span === 0 && add.length === 0) continue;
        lines.splice(at, span, ...add);
        protect = protect.map((k) => (k >= at + span ? k - span + add.length : k));
        return;
      }
    };
    const secretsOf = [];
    for (const t of f.touches) {
      if (t.op === 'create') {
        await version();
      } else if (t.op === 'edit') {
        for (let h = 0; h < (t.hunks ?? 1); h++) edit();
        await version();
      } else if (t.op === 'plant' || t.op === 'before') {
        const p = planted(fw, f.ext, t.op === 'before');
        const at = 20 + fw.int(lines.length - 40);
        insert(at, t.op === 'before' ? p.before : p.lines);
        protect.push(at);
        t.planted = { p, at };
        if (t.op === 'plant') {
          const e = { path: filePath, rule: p.rule, line: at + p.at + 1, commit: t.commit, lineText: p.lines[p.at] };
          expected.push(e);
          secretsOf.push(e);
        }
        await version();
      } else if (t.op === 'reveal') {
        const { p } = t.plant.planted;
        const at = protect.find((k) => lines[k] === p.before[0] && lines[k + 2] === p.before[2]);
        lines.splice(at, p.before.length, ...p.lines);
        protect = protect.map((k) => (k > at ? k - p.before.length + p.lines.length : k));
        const e = { path: filePath, rule: p.rule, line: at + p.at + 1, commit: t.commit, lineText: p.lines[p.at] };
        expected.push(e);
        secretsOf.push(e);
        await version();
      } else if (t.op === 'unplant') {
        const { p } = t.plant.planted;
        const k = lines.indexOf(p.lines[p.at]);
        lines.splice(k, 1);
        protect = protect.filter((x) => x !== k).map((x) => (x > k ? x - 1 : x));
        await version();
      } else if (t.op === 'rename') {
        t.from = filePath;
        filePath = t.to;
        // The new path is a new file: what it holds is found there again, at the rename.
        for (const e of secretsOf.filter((s) => s.path === t.from)) {
          const k = lines.indexOf(e.lineText);
          if (k >= 0) expected.push({ path: filePath, rule: e.rule, line: k + 1, commit: t.commit, lineText: e.lineText });
        }
      }
      // 'merge-in' and 'rename' take the version there is.
      t.version = versions.length - 1;
      t.path = filePath;
    }
    // Newest first, as git packs a repository: each older version is stored as a delta of the next newer
    // one, so recent versions read fast.
    const marks = [];
    for (let v = versions.length - 1; v >= 0; v--) {
      marks[v] = ++mark;
      await emit(`blob\nmark :${marks[v]}\n${data(versions[v])}`);
      versions[v] = null;
    }
    for (const t of f.touches) t.mark = marks[t.version];
    for (const e of expected) {
      if (e.deleted === undefined && secretsOf.includes(e)) e.deleted = e.path !== filePath || !lines.includes(e.lineText);
    }
    for (const e of expected.filter((x) => x.path !== f.path && x.deleted === undefined && x.lineText && lines.includes(x.lineText) && x.path === filePath)) e.deleted = false;
    lines = null;
  }

  // 3. The commits.
  let time = 1_600_000_000;
  const commitMark = (c) => mark + 1 + c;
  for (let c = 0; c < plan.length; c++) {
    const k = plan[c];
    time += 60 + Math.floor(rand() * 600);
    let out = `commit refs/heads/${k.side ? 'side' : 'main'}\nmark :${commitMark(c)}\ncommitter Bench <bench@example.invalid> ${time} +0000\n${data(k.merge !== undefined ? `Merge branch side (${c})` : `Change ${c}`)}`;
    if (k.parent >= 0) out += `from :${commitMark(k.parent)}\n`;
    if (k.merge !== undefined) out += `merge :${commitMark(k.merge)}\n`;
    for (const t of k.changes) {
      if (t.remove) out += `D ${t.path}\n`;
      else if (t.inline) {
        out += `M 100644 inline ${t.path}\n${data(t.text)}`;
        expected.push({ ...t.expect, commit: c });
      } else {
        if (t.op === 'rename') out += `D ${t.from}\n`;
        out += `M 100644 :${t.mark} ${t.path}\n`;
      }
    }
    await emit(out);
  }
  await flush();
  child.stdin.end();
  await done;
  git(dir, ['reset', '-q', '--hard', 'main']);
  git(dir, ['branch', '-q', '-D', 'side']);
  const marks = new Map(
    readFileSync(path.join(dir, '.git', 'bench-marks'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)]),
  );
  const out = expected.map(({ lineText: _text, ...e }) => ({ ...e, commit: marks.get(commitMark(e.commit)) }));
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { expected: out, commits: plan.length, blobs: mark };
}
