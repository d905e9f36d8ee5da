// Throughput of `leakproof --history` next to `git log -p` on generated
// repositories, with peak memory. Builds the repositories with
// `git fast-import` in a temporary folder. Usage:
//   npm run build && npm run bench:history [-- 5000 20000]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const COMMITS = sizes.length > 0 ? sizes : [5000, 20000];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };

/** Deterministic pseudo-random numbers, so every run builds the same repository. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A fast-import stream: 60 source files edited a few lines at a time, a leaked key now and then. */
function* importStream(commits) {
  const rand = rng(42);
  const files = Array.from({ length: 60 }, (_, i) => ({
    path: `src/${['api', 'core', 'web'][i % 3]}/module${i}.${['py', 'ts', 'rb'][i % 3]}`,
    lines: Array.from({ length: 80 }, (_, j) => `value_${i}_${j} = compute(${j}, "${(rand() * 1e9).toString(36)}")`),
  }));
  const token = () => Array.from({ length: 40 }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789'[Math.floor(rand() * 46)]).join('');
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= commits; i++) {
    const when = 1_600_000_000 + i * 600;
    let out = `commit refs/heads/main\nmark :${i}\nauthor Bench <bench@example.invalid> ${when} +0000\ncommitter Bench <bench@example.invalid> ${when} +0000\n${data(`change ${i}`)}`;
    if (i > 1) out += `from :${i - 1}\n`;
    const touched = 1 + Math.floor(rand() * 3);
    for (let t = 0; t < touched; t++) {
      const f = files[Math.floor(rand() * files.length)];
      const at = Math.floor(rand() * f.lines.length);
      f.lines[at] = `value_${i}_${t} = compute(${at}, "${(rand() * 1e9).toString(36)}")`;
      if (rand() < 0.3) f.lines.splice(at, 0, `extra_${i} = ${Math.floor(rand() * 1000)}`);
      if (f.lines.length > 200) f.lines.splice(0, 50);
      if (i % 250 === 0 && t === 0) f.lines.splice(at, 0, f.path.endsWith('.ts') ? `const JWT_SECRET = '${token()}'` : `SECRET_KEY = '${token()}'`);
      out += `M 100644 inline ${f.path}\n${data(f.lines.join('\n') + '\n')}`;
    }
    if (i % 1000 === 1) out += `M 100644 inline deploy/.env\n${data(`DATABASE_URL=postgres://app:${token()}@db/app\n`)}`;
    if (i % 1000 === 3) out += 'D deploy/.env\n';
    yield out;
  }
}

function buildRepo(dir, commits) {
  spawnSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', dir], { env });
  const started = performance.now();
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exit ${code}`)))));
  return (async () => {
    for (const chunk of importStream(commits)) {
      if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
    }
    child.stdin.end();
    await done;
    spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, env });
    return (performance.now() - started) / 1000;
  })();
}

/**
 * Runs the CLI in a Node process that reports its own peak RSS on exit:
 * /usr/bin/time would report the largest process of the tree, which may be git.
 */
const SELF_RSS = `process.on('exit', () => process.stderr.write('SELFRSS ' + process.resourceUsage().maxRSS + '\\n'));` +
  `await import(process.argv[1]);`;

/** Runs a command with stdout to /dev/null; returns seconds and peak RSS in MiB (when /usr/bin/time is there). */
function measure(cmd, args, cwd) {
  const devnull = openSync('/dev/null', 'w');
  const started = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'MAXRSS %M', cmd, ...args], { cwd, env, stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd, env, stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  const self = /SELFRSS (\d+)/.exec(r.stderr ?? '');
  return { seconds, rssMiB: m ? Number(m[1]) / 1024 : null, selfMiB: self ? Number(self[1]) / 1024 : null, status: r.status };
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [];
for (const commits of COMMITS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-bench-history-'));
  try {
    const built = await buildRepo(dir, commits);
    const gitLog = measure('git', ['log', '-p', 'HEAD'], dir);
    const lp = measure(process.execPath, ['--input-type=module', '-e', SELF_RSS, '--', cli, '--history', '--format', 'json', '--fail-on', 'never', '.'], dir);
    if (lp.status !== 0) throw new Error(`leakproof exited ${lp.status}`);
    const json = spawnSync(process.execPath, [cli, '--history', '--format', 'json', '--fail-on', 'never', '.'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const findings = JSON.parse(json.stdout).findings.length;
    rows.push({ commits, built, gitLog, lp, findings });
    console.log(
      `${fmt(commits)} commits (built in ${fmt(built, 1)} s): git log -p ${fmt(commits / gitLog.seconds)} commits/s` +
        `${gitLog.rssMiB !== null ? ` (peak ${fmt(gitLog.rssMiB, 1)} MiB)` : ''}; leakproof --history ${fmt(commits / lp.seconds)} commits/s` +
        ` (Node peak ${fmt(lp.selfMiB, 1)} MiB${lp.rssMiB !== null ? `, largest process incl. git ${fmt(lp.rssMiB, 1)} MiB` : ''}); ratio ${fmt(lp.seconds / gitLog.seconds, 1)}x the time of git log -p; ${findings} findings`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('\n| commits | `git log -p` commits/s | `leakproof --history` commits/s | time ratio | leakproof (Node) peak RSS | `git log -p` peak RSS |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${fmt(r.commits)} | ${fmt(r.commits / r.gitLog.seconds)} | ${fmt(r.commits / r.lp.seconds)} | ${fmt(r.lp.seconds / r.gitLog.seconds, 1)}× | ${fmt(r.lp.selfMiB, 1)} MiB | ${r.gitLog.rssMiB !== null ? `${fmt(r.gitLog.rssMiB, 1)} MiB` : 'n/a'} |`,
  );
}
