// Benchmark: leakproof against ripgrep (the I/O reference), `git ls-files`
// and secretlint 13, run alternately in one session on the same trees.
//
//   npm run bench                     generated 10k- and 100k-file trees
//   npm run bench -- /path/to/repo    also a real checkout
//   npm run bench -- --runs 5 --skip-secretlint --small-only
//
// Installs ripgrep (apt-get) and secretlint 13 (npm, under .bench/) itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(repo, '.bench');
mkdirSync(work, { recursive: true });

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(option('--runs', '3'));
const extraTrees = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--runs', '--secretlint-timeout'].includes(args[i - 1])));
const secretlintTimeout = Number(option('--secretlint-timeout', '900'));

function ensureRipgrep() {
  if (spawnSync('rg', ['--version']).status === 0) return;
  process.stderr.write('installing ripgrep with apt-get…\n');
  execFileSync('sh', ['-c', 'apt-get update -qq >/dev/null && apt-get install -y -qq ripgrep >/dev/null'], { stdio: 'inherit' });
}

function ensureSecretlint() {
  const dir = path.join(work, 'secretlint');
  const bin = path.join(dir, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    process.stderr.write('installing secretlint 13 under .bench/secretlint…\n');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', 'secretlint@13', '@secretlint/secretlint-rule-preset-recommend@13'], { cwd: dir, stdio: 'inherit' });
  }
  const rc = path.join(dir, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  return { bin, rc, version };
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MiB. */
function measure(cmd, cmdArgs, cwd, timeoutSec = 0) {
  const timeFile = path.join(os.tmpdir(), `leakproof-bench-${process.pid}.time`);
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...cmdArgs], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutSec > 0 ? timeoutSec * 1000 : undefined,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error || r.signal) return { seconds, rssMiB: NaN, timedOut: true };
  const kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { seconds, rssMiB: kib / 1024, status: r.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const RG_PATTERN =
  '(?i)(secret_?key(_base)?|jwt_?secret|session_?secret|cookie_?secret|app_?secret|app_key|signing_?key)["\']?\\s*[:=]';

function commandsFor(dir, tools) {
  const report = path.join(os.tmpdir(), `leakproof-bench-${process.pid}.json`);
  return {
    leakproof: () => measure(process.execPath, [path.join(repo, 'dist', 'cli.js'), dir, '--format', 'json', '--output', report, '--fail-on', 'never'], dir),
    rg: () => {
      const a = measure('rg', ['--hidden', '-n', '-e', RG_PATTERN, '.'], dir);
      const b = measure('rg', ['--hidden', '--files', '-g', '.env*', '-g', '*.env', '-g', '.envrc', '.'], dir);
      return { seconds: a.seconds + b.seconds, rssMiB: Math.max(a.rssMiB, b.rssMiB) };
    },
    'git ls-files': () => measure('git', ['ls-files', '-z', '--stage'], dir),
    secretlint: tools.secretlint
      ? () => measure(tools.secretlint.bin, ['--secretlintrc', tools.secretlint.rc, '--maskSecrets', '**/*'], dir, secretlintTimeout)
      : null,
    reportPath: report,
  };
}

function checkPlanted(reportPath, expected) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const missing = expected.filter(
    (e) => !report.findings.some((f) => f.path === e.path && f.ruleId === e.rule && (e.line === undefined || f.line === e.line)),
  );
  const unexpected = report.findings.filter((f) => !expected.some((e) => e.path === f.path && e.rule === f.ruleId));
  return { found: expected.length - missing.length, total: expected.length, missing, unexpected };
}

async function benchTree(label, dir, expected, tools) {
  const cmds = commandsFor(dir, tools);
  const results = { leakproof: [], rg: [], 'git ls-files': [], secretlint: [] };
  // Warm the page cache so every tool reads from memory: a pattern that matches nothing makes rg read every file.
  measure('rg', ['--hidden', '-e', 'no-such-text-q7Zx3', '.'], dir);
  for (let r = 0; r < runs; r++) {
    for (const name of ['leakproof', 'rg', 'git ls-files']) results[name].push(cmds[name]());
  }
  if (cmds.secretlint) results.secretlint.push(cmds.secretlint());
  const row = (name) => {
    const rs = results[name];
    if (rs.length === 0) return null;
    if (rs.some((r) => r.timedOut)) return { name, seconds: Infinity, rssMiB: NaN, timedOut: true };
    return { name, seconds: median(rs.map((r) => r.seconds)), rssMiB: Math.max(...rs.map((r) => r.rssMiB)) };
  };
  const rows = ['leakproof', 'rg', 'git ls-files', 'secretlint'].map(row).filter(Boolean);
  const by = Object.fromEntries(rows.map((r) => [r.name, r]));
  console.log(`\n## ${label}`);
  console.log('| tool | median wall time | peak RSS |');
  console.log('| --- | ---: | ---: |');
  for (const r of rows) {
    const t = r.timedOut ? `> ${secretlintTimeout} s (timed out)` : `${r.seconds.toFixed(3)} s`;
    console.log(`| ${r.name} | ${t} | ${Number.isNaN(r.rssMiB) ? '–' : `${r.rssMiB.toFixed(0)} MiB`} |`);
  }
  console.log(`\nleakproof / rg: ${(by.leakproof.seconds / by.rg.seconds).toFixed(2)}×`);
  console.log(`leakproof / git ls-files: ${(by.leakproof.seconds / by['git ls-files'].seconds).toFixed(2)}×`);
  if (by.secretlint) {
    const ratio = by.secretlint.seconds / by.leakproof.seconds;
    console.log(`secretlint / leakproof: ${by.secretlint.timedOut ? `> ${(secretlintTimeout / by.leakproof.seconds).toFixed(0)}` : ratio.toFixed(1)}×`);
  }
  if (expected) {
    const c = checkPlanted(cmds.reportPath, expected);
    console.log(`planted findings found: ${c.found}/${c.total}`);
    for (const m of c.missing.slice(0, 10)) console.log(`  missing: ${m.rule} ${m.path}${m.line ? `:${m.line}` : ''}`);
    console.log(`unexpected findings (false positives): ${c.unexpected.length}`);
    for (const u of c.unexpected.slice(0, 10)) console.log(`  unexpected: ${u.ruleId} ${u.path}${u.line ? `:${u.line}` : ''}`);
    if (c.missing.length > 0 || c.unexpected.length > 0) process.exitCode = 1;
  }
  return by;
}

async function main() {
  if (!existsSync(path.join(repo, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  ensureRipgrep();
  const tools = { secretlint: flag('--skip-secretlint') ? null : ensureSecretlint() };
  console.log(`# leakproof benchmark (${os.cpus().length} cores, node ${process.version}, ${execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0]}${tools.secretlint ? `, secretlint ${tools.secretlint.version}` : ''})`);
  console.log(`${runs} alternating runs per tool, warm cache; secretlint runs once per tree.`);
  const small = await ensureTree(work, 'tree-10k', { files: 10_000, totalBytes: 100 * 1024 * 1024, planted: 50 });
  const smallBy = await benchTree('generated tree: 10,000 files, ~100 MiB', small.dir, small.expected, tools);
  if (!flag('--small-only')) {
    const large = await ensureTree(work, 'tree-100k', { files: 100_000, totalBytes: 1024 * 1024 * 1024, planted: 300 });
    const largeBy = await benchTree('generated tree: 100,000 files, ~1 GiB', large.dir, large.expected, tools);
    console.log(`\npeak RSS 100k / 10k tree: ${(largeBy.leakproof.rssMiB / smallBy.leakproof.rssMiB).toFixed(2)}×`);
  }
  for (const t of extraTrees) await benchTree(`checkout: ${t}`, path.resolve(t), null, tools);
  // Start-up and an empty folder.
  const empty = path.join(work, 'empty');
  mkdirSync(empty, { recursive: true });
  const ver = [];
  const emp = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    ver.push(measure(process.execPath, [path.join(repo, 'dist', 'cli.js'), '--version'], repo).seconds);
    emp.push(measure(process.execPath, [path.join(repo, 'dist', 'cli.js'), empty], repo).seconds);
  }
  console.log(`\nstart-up (leakproof --version): ${(median(ver) * 1000).toFixed(0)} ms; empty folder scan: ${(median(emp) * 1000).toFixed(0)} ms`);
}

await main();
