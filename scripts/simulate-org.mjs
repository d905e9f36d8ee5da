// The organisation audit on one machine: builds 30 small git repositories with
// known findings, scans them in parallel (bounded) with the built CLI, merges
// the reports and checks the merged totals against what was planted.
// Exits 1 on any mismatch. Usage: npm run simulate:org
import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const REPOS = 30;
const PARALLEL = 4;
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'sim',
  GIT_AUTHOR_EMAIL: 'sim@example.invalid',
  GIT_COMMITTER_NAME: 'sim',
  GIT_COMMITTER_EMAIL: 'sim@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function hasMerge() {
  try {
    execFileSync(process.execPath, [CLI, 'report', 'merge'], { stdio: 'pipe' });
    return false;
  } catch (e) {
    return String(e.stderr).includes('report merge needs');
  }
}

/** Builds dist/cli.js when it is missing, older than the sources, or predates `report merge`. */
function ensureBuilt() {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src')) && hasMerge()) return;
  console.log('building dist/cli.js …');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

function git(dir, ...args) {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/** Random but realistic-looking values; they exist only in the repositories and in this process. */
function value() {
  return randomBytes(24).toString('base64url');
}

/** Which findings repository i gets; the same plan always, so runs are comparable. */
function plan(i) {
  return {
    'dotenv-file': i % 3 === 0 ? 1 : 0,
    'hardcoded-secret-key': i % 4 === 0 ? 1 : 0,
    'secret-key-fallback': i % 5 === 0 ? 1 : 0,
  };
}

function buildRepo(dir, i, raws) {
  mkdirSync(dir, { recursive: true });
  const p = plan(i);
  writeFileSync(join(dir, 'README.md'), `# service ${i}\n`);
  // Near misses every repository has: must stay clean.
  writeFileSync(join(dir, 'config.py'), "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
  writeFileSync(join(dir, '.env.example'), 'SECRET_KEY=\nDEBUG=false\n');
  if (p['dotenv-file']) {
    const v = value();
    raws.push(v);
    writeFileSync(join(dir, '.env'), `API_TOKEN=${v}\n`);
  }
  if (p['hardcoded-secret-key']) {
    const v = value();
    raws.push(v);
    writeFileSync(join(dir, 'settings.py'), `SECRET_KEY = '${v}'\n`);
  }
  if (p['secret-key-fallback']) {
    const v = value();
    raws.push(v);
    writeFileSync(join(dir, 'app.py'), `import os\nSECRET_KEY = os.getenv('SECRET_KEY', '${v}')\n`);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'initial');
  return git(dir, 'rev-parse', 'HEAD');
}

/** Runs jobs with at most `limit` at a time, like a matrix with max-parallel. */
async function bounded(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function cli(args) {
  try {
    const { stdout, stderr } = await execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

ensureBuilt();
const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'leakproof-sim-'));
const problems = [];
try {
  const raws = [];
  const repos = [];
  for (let i = 0; i < REPOS; i++) {
    const name = `sim-org/repo-${String(i).padStart(2, '0')}`;
    const dir = join(tmp, 'repos', name.split('/')[1]);
    repos.push({ name, dir, commit: buildRepo(dir, i, raws), plan: plan(i) });
  }
  const reportsDir = join(tmp, 'reports');
  mkdirSync(reportsDir);

  await bounded(repos, PARALLEL, async (r) => {
    const out = join(reportsDir, `${r.name.split('/')[1]}.json`);
    const res = await cli([r.dir, '--format', 'json', '--fail-on', 'never', '--output', out, '--repository', r.name, '--commit', r.commit]);
    if (res.code !== 0) problems.push(`scan of ${r.name} exited ${res.code}: ${res.stderr.trim()}`);
  });

  const merged = {};
  for (const format of ['json', 'markdown', 'sarif']) {
    const res = await cli(['report', 'merge', reportsDir, '--format', format]);
    if (res.code !== 0) problems.push(`report merge --format ${format} exited ${res.code}: ${res.stderr.trim()}`);
    merged[format] = res.stdout;
  }
  const report = JSON.parse(merged.json);

  const expectedByRule = {};
  for (const r of repos) for (const [rule, n] of Object.entries(r.plan)) if (n) expectedByRule[rule] = (expectedByRule[rule] ?? 0) + n;
  const gotByRule = Object.fromEntries(report.byRule.map((r) => [r.ruleId, r.findings]));
  const expectTotal = Object.values(expectedByRule).reduce((a, n) => a + n, 0);
  const withFindings = repos.filter((r) => Object.values(r.plan).some(Boolean)).length;

  const sorted = (o) => (o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort()) : o);
  const check = (what, got, want) => {
    if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) problems.push(`${what}: got ${JSON.stringify(got)}, planted ${JSON.stringify(want)}`);
  };
  check('repositories', report.totals.repositories, REPOS);
  check('findings', report.totals.findings, expectTotal);
  check('errors', report.totals.bySeverity.error, expectTotal);
  check('repositories with findings', report.totals.repositoriesWithFindings, withFindings);
  check('findings by rule', gotByRule, expectedByRule);
  for (const r of repos) {
    const got = report.repositories.find((x) => x.name === r.name);
    if (!got) {
      problems.push(`${r.name} missing from the merged report`);
      continue;
    }
    check(`${r.name} commit`, got.commit, r.commit);
    const byRule = {};
    for (const f of got.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    check(`${r.name} findings`, byRule, Object.fromEntries(Object.entries(r.plan).filter(([, n]) => n)));
  }
  check('SARIF runs', JSON.parse(merged.sarif).runs.length, REPOS);
  const everything = Object.values(merged).join('\n') + readdirSync(reportsDir).map((f) => readFileSync(join(reportsDir, f), 'utf8')).join('\n');
  const leaked = raws.filter((v) => everything.includes(v)).length;
  if (leaked > 0) problems.push(`${leaked} planted secret value(s) appear unredacted in a report`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`simulate:org: ${problems.length} mismatch(es):\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `simulate:org: ${REPOS} repositories scanned ${PARALLEL} at a time and merged in ${seconds}s; ` +
        `${expectTotal} planted findings in ${withFindings} repositories all found (${Object.entries(expectedByRule).map(([k, n]) => `${k} ${n}`).join(', ')}), no raw value in any output`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
