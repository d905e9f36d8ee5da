// Benchmark: leakproof against ripgrep (the I/O reference), `git log -p`,
// `git ls-files` and secretlint 13, run alternately in one session.
//
//   npm run bench                     everything below
//   npm run bench -- --realistic-only the framework-shaped checkout and history,
//                                     start-up and the empty folder
//   npm run bench -- /path/to/repo    also a real checkout
//   npm run bench -- --runs 5 --skip-secretlint --small-only --skip-memory
//
// The realistic shapes (bench/realistic.mjs) are what users run most: a
// 5,000-file checkout of framework code that names signing secrets all the
// time, and a history of large files edited in small hunks, with merges.
//
// Installs ripgrep (apt-get) and secretlint 13 (npm, under .bench/) itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';
import { generateHistory, generateTree } from './realistic.mjs';

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
const cli = path.join(repo, 'dist', 'cli.js');
// Every scan below reads every file, as a first scan does: a local scan otherwise remembers the files it
// found clean and reads only what changed since, which the checkout measures on its own ("again").
process.env.LEAKPROOF_NO_CACHE = '1';
const scanCacheDir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-bench-cache-'));
process.on('exit', () => execFileSync('rm', ['-rf', scanCacheDir]));
const withScanCache = { ...process.env, LEAKPROOF_NO_CACHE: '', CI: '', LEAKPROOF_CACHE_DIR: scanCacheDir };
// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any code runs (tens of milliseconds
// for a system bundle), though a scan opens no connection. Where it is set, the checkout and `node -e 0` are also
// measured without it, as GitHub's runners and most machines run them.
const extraCerts = process.env.NODE_EXTRA_CA_CERTS ? process.env.NODE_EXTRA_CA_CERTS : null;
const withoutExtraCerts = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
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
function measure(cmd, cmdArgs, cwd, timeoutSec = 0, env = process.env) {
  const timeFile = path.join(os.tmpdir(), `leakproof-bench-${process.pid}.time`);
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...cmdArgs], {
    cwd,
    env,
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

/** A generated repository, kept under .bench/ with what it must report; rebuilt when the generator changes. */
async function ensureGenerated(name, build) {
  const dir = path.join(work, name);
  const meta = path.join(work, `${name}.json`);
  const stamp = readFileSync(path.join(repo, 'bench', 'realistic.mjs'), 'utf8').length;
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    if (m.stamp === stamp && existsSync(dir)) return { dir, ...m };
  }
  execFileSync('rm', ['-rf', dir]);
  const started = Date.now();
  const result = await build(dir);
  writeFileSync(meta, JSON.stringify({ ...result, stamp }));
  process.stderr.write(`generated ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { dir, ...result, stamp };
}

function table(rows) {
  console.log('| tool | median wall time | peak RSS |');
  console.log('| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name} | ${r.seconds.toFixed(3)} s | ${Number.isNaN(r.rssMiB) ? '–' : `${r.rssMiB.toFixed(0)} MiB`} |`);
}

/** Runs each command `runs` times, alternating; the median time and the peak memory of each. */
function alternate(cmds, n = runs) {
  const out = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let r = 0; r < n; r++) for (const [k, run] of Object.entries(cmds)) out[k].push(run());
  return Object.fromEntries(
    Object.entries(out).map(([k, rs]) => [k, { name: k, seconds: median(rs.map((x) => x.seconds)), rssMiB: Math.max(...rs.map((x) => x.rssMiB)) }]),
  );
}

/** Checks the history report against what the generator planted: every finding, its commit and whether it was deleted. */
function checkHistory(reportPath, expected) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const missing = expected.filter(
    (e) =>
      !report.findings.some(
        (f) => f.path === e.path && f.ruleId === e.rule && (e.line === undefined || f.line === e.line) && f.commit?.sha === e.commit && f.commit?.deleted === e.deleted,
      ),
  );
  const unexpected = report.findings.filter((f) => !expected.some((e) => e.path === f.path && e.rule === f.ruleId));
  return { found: expected.length - missing.length, total: expected.length, missing, unexpected };
}

async function benchRealistic() {
  // The checkout.
  const tree = await ensureGenerated('realistic-tree-5k', async (dir) => generateTree(dir, { files: 5000 }));
  const report = path.join(os.tmpdir(), `leakproof-bench-${process.pid}.json`);
  measure('rg', ['--hidden', '-e', 'no-such-text-q7Zx3', '.'], tree.dir);
  // A scan that remembers what it found clean, for the runs "again": files changed in the last two
  // seconds are not remembered, so a tree just generated settles first.
  const again = path.join(os.tmpdir(), `leakproof-bench-${process.pid}-again.json`);
  const cachedArgs = [cli, tree.dir, '--format', 'json', '--output', again, '--fail-on', 'never'];
  await new Promise((resolve) => setTimeout(resolve, 2100));
  measure(process.execPath, cachedArgs, tree.dir, 0, withScanCache);
  const t = alternate({
    leakproof: () => measure(process.execPath, [cli, tree.dir, '--format', 'json', '--output', report, '--fail-on', 'never'], tree.dir),
    rg: () => measure('rg', ['--hidden', '-n', '-e', RG_PATTERN, '.'], tree.dir),
    'leakproof, one thread': () =>
      measure(process.execPath, [cli, tree.dir, '--fail-on', 'never', '--format', 'json', '--output', report], tree.dir, 0, { ...process.env, LEAKPROOF_THREADS: '1' }),
    'leakproof again (no file changed since the last scan)': () => measure(process.execPath, cachedArgs, tree.dir, 0, withScanCache),
    ...(extraCerts
      ? { 'leakproof, without NODE_EXTRA_CA_CERTS': () => measure(process.execPath, [cli, tree.dir, '--format', 'json', '--output', report, '--fail-on', 'never'], tree.dir, 0, withoutExtraCerts) }
      : {}),
  });
  console.log(`\n## framework-shaped checkout: ${tree.files.toLocaleString('en')} files, ${(tree.bytes / 1024 / 1024).toFixed(0)} MiB, family words in 8% of files`);
  table(Object.values(t));
  console.log(`\nleakproof / rg: ${(t.leakproof.seconds / t.rg.seconds).toFixed(2)}× (every file read)`);
  console.log(`leakproof again / rg: ${(t['leakproof again (no file changed since the last scan)'].seconds / t.rg.seconds).toFixed(2)}× (only the files with findings read)`);
  if (extraCerts) {
    const without = t['leakproof, without NODE_EXTRA_CA_CERTS'].seconds;
    console.log(`leakproof without NODE_EXTRA_CA_CERTS / rg: ${(without / t.rg.seconds).toFixed(2)}× (Node reads NODE_EXTRA_CA_CERTS=${extraCerts} at every start: see start-up)`);
  }
  for (const [which, file] of [['every file read', report], ['again', again]]) {
    const c = checkPlanted(file, tree.expected);
    console.log(`planted findings found (${which}): ${c.found}/${c.total}; unexpected: ${c.unexpected.length}`);
    if (c.missing.length > 0 || c.unexpected.length > 0) process.exitCode = 1;
  }
  const strip = (f) => {
    const r = JSON.parse(readFileSync(f, 'utf8'));
    delete r.stats.durationMs;
    return JSON.stringify(r);
  };
  console.log(`JSON report again, duration aside: ${strip(again) === strip(report) ? 'identical' : 'DIFFERENT'} to the one with every file read`);
  if (strip(again) !== strip(report)) process.exitCode = 1;

  // Start-up, an empty folder outside any repository and an empty repository, against node itself.
  const empty = mkdtempSync(path.join(os.tmpdir(), 'leakproof-bench-empty-'));
  const emptyRepo = mkdtempSync(path.join(os.tmpdir(), 'leakproof-bench-repo-'));
  execFileSync('git', ['init', '-q', emptyRepo]);
  // As users run it: with the scan cache.
  const s = alternate(
    {
      'node -e 0': () => measure(process.execPath, ['-e', '0'], empty),
      ...(extraCerts ? { 'node -e 0, without NODE_EXTRA_CA_CERTS': () => measure(process.execPath, ['-e', '0'], empty, 0, withoutExtraCerts) } : {}),
      'leakproof --version': () => measure(process.execPath, [cli, '--version'], empty, 0, withScanCache),
      'leakproof (empty folder)': () => measure(process.execPath, [cli, empty], empty, 0, withScanCache),
      'leakproof (empty git repository)': () => measure(process.execPath, [cli, emptyRepo], emptyRepo, 0, withScanCache),
    },
    Math.max(21, runs),
  );
  console.log('\n## start-up');
  table(Object.values(s));
  const over = (name) => ((s[name].seconds - s['node -e 0'].seconds) * 1000).toFixed(0);
  console.log(`\nover node -e 0: empty folder ${over('leakproof (empty folder)')} ms, empty git repository ${over('leakproof (empty git repository)')} ms`);
  if (extraCerts) console.log(`NODE_EXTRA_CA_CERTS costs node -e 0 ${((s['node -e 0'].seconds - s['node -e 0, without NODE_EXTRA_CA_CERTS'].seconds) * 1000).toFixed(0)} ms`);
  execFileSync('rm', ['-rf', empty, emptyRepo]);

  // The history.
  const hist = await ensureGenerated('realistic-history-5k', async (dir) => generateHistory(dir, { commits: 5000 }));
  for (const n of [500, 5000]) {
    const h = alternate({
      'leakproof --history': () => measure(process.execPath, [cli, hist.dir, '--history', '--max-commits', String(n), '--format', 'json', '--output', report, '--fail-on', 'never'], hist.dir),
      'git log -p': () => measure('git', ['log', '-p', `--max-count=${n}`, 'HEAD'], hist.dir),
    });
    console.log(`\n## history: last ${n.toLocaleString('en')} of ${hist.commits.toLocaleString('en')} commits (files of 20–200 KB, 3–5 edited a commit, merges)`);
    table(Object.values(h));
    console.log(`\nleakproof --history / git log -p: ${(h['leakproof --history'].seconds / h['git log -p'].seconds).toFixed(2)}×`);
  }
  // Every planted finding, over the whole history: path, line, the commit that added it, and whether a later one deleted it.
  measure(process.execPath, [cli, hist.dir, '--history', '--format', 'json', '--output', report, '--fail-on', 'never'], hist.dir);
  const k = checkHistory(report, hist.expected);
  console.log(`\nplanted findings found over all ${hist.commits.toLocaleString('en')} commits (path, line, commit, deleted): ${k.found}/${k.total}; unexpected: ${k.unexpected.length}`);
  for (const m of k.missing.slice(0, 10)) console.log(`  missing: ${m.rule} ${m.path}:${m.line ?? '-'} ${m.commit.slice(0, 10)} deleted=${m.deleted}`);
  for (const u of k.unexpected.slice(0, 10)) console.log(`  unexpected: ${u.ruleId} ${u.path}:${u.line ?? '-'}`);
  if (k.missing.length > 0 || k.unexpected.length > 0) process.exitCode = 1;
  if (!flag('--skip-memory')) {
    const big = await ensureGenerated('realistic-history-20k', async (dir) => generateHistory(dir, { commits: 20000, seed: 12 }));
    const mem = {};
    for (const n of [1000, 20000]) {
      mem[n] = measure(process.execPath, [cli, big.dir, '--history', '--max-commits', String(n), '--format', 'json', '--output', report, '--fail-on', 'never'], big.dir);
      const g = measure('git', ['log', '-p', `--max-count=${n}`, 'HEAD'], big.dir);
      console.log(`\nhistory, ${n.toLocaleString('en')} commits: ${mem[n].seconds.toFixed(2)} s (git log -p ${g.seconds.toFixed(2)} s, ${(mem[n].seconds / g.seconds).toFixed(2)}×), peak RSS ${mem[n].rssMiB.toFixed(0)} MiB`);
    }
    console.log(`peak RSS 20,000 / 1,000 commits: ${(mem[20000].rssMiB / mem[1000].rssMiB).toFixed(2)}×`);
  }
}

async function main() {
  if (!existsSync(path.join(repo, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  ensureRipgrep();
  const realisticOnly = flag('--realistic-only');
  const tools = { secretlint: flag('--skip-secretlint') || realisticOnly ? null : ensureSecretlint() };
  console.log(`# leakproof benchmark (${os.cpus().length} cores, node ${process.version}, ${execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0]}, ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}${tools.secretlint ? `, secretlint ${tools.secretlint.version}` : ''})`);
  console.log(`${runs} alternating runs per tool, warm cache; secretlint runs once per tree.`);
  await benchRealistic();
  if (realisticOnly) return;
  const small = await ensureTree(work, 'tree-10k', { files: 10_000, totalBytes: 100 * 1024 * 1024, planted: 50 });
  const smallBy = await benchTree('generated tree: 10,000 files, ~100 MiB', small.dir, small.expected, tools);
  if (!flag('--small-only')) {
    const large = await ensureTree(work, 'tree-100k', { files: 100_000, totalBytes: 1024 * 1024 * 1024, planted: 300 });
    const largeBy = await benchTree('generated tree: 100,000 files, ~1 GiB', large.dir, large.expected, tools);
    console.log(`\npeak RSS 100k / 10k tree: ${(largeBy.leakproof.rssMiB / smallBy.leakproof.rssMiB).toFixed(2)}×`);
  }
  for (const t of extraTrees) await benchTree(`checkout: ${t}`, path.resolve(t), null, tools);
}

await main();
