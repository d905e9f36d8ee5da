// Prepares a release: npm run release -- 1.2.3
// Sets the version in package.json and package-lock.json, moves CHANGELOG.md's Unreleased
// changes into "## [1.2.3] - today", points the docs' and workflows' version references at
// it, rebuilds dist/ (it bakes in the version), runs the tests on the result, commits and
// tags v1.2.3. Pushing the tag runs .github/workflows/release.yml.
// It changes nothing when the work tree is dirty, or when the build or the tests fail.
//
// LEAKPROOF_RELEASE_BUILD_COMMAND and LEAKPROOF_RELEASE_TEST_COMMAND replace the build and
// test commands (shell commands run at the repository root).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareVersions, release, repositoryUrl, SEMVER } from './changelog.mjs';
import { setRefs } from './version-refs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUILD = process.env.LEAKPROOF_RELEASE_BUILD_COMMAND || 'npm run build';
const TEST = process.env.LEAKPROOF_RELEASE_TEST_COMMAND || 'npm run lint && npm test';

function fail(message, code = 1) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(code);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const sh = (command) => spawnSync(command, { cwd: root, shell: true, stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
const read = (name) => readFileSync(`${root}${name}`, 'utf8');
const json = (value) => JSON.stringify(value, null, 2) + '\n';
/** Paths git status lists: changed, staged or untracked. */
const dirty = () =>
  execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));

const args = process.argv.slice(2);
const version = args[0] ?? '';
if (args.length !== 1 || !SEMVER.test(version)) {
  fail(`give the new version as X.Y.Z, e.g. npm run release -- 1.2.3 (got ${args.length === 0 ? 'none' : JSON.stringify(args.join(' '))})`, 2);
}
const pkg = JSON.parse(read('package.json'));
if (compareVersions(version, pkg.version) <= 0) fail(`the new version must be greater than the current ${pkg.version} (got ${version})`, 2);
if (dirty().length > 0) fail('the work tree has uncommitted changes; commit or stash them first. Nothing was changed');
if (git('tag', '--list', `v${version}`)) fail(`the tag v${version} already exists. Nothing was changed`);

const date = new Date().toISOString().slice(0, 10);
let changelog;
try {
  changelog = release(read('CHANGELOG.md'), version, date, repositoryUrl(pkg));
} catch (e) {
  fail(`${e.message}. Nothing was changed`);
}

/** Puts the tree back as it was: it was clean, so HEAD is exactly what was there. */
function undo() {
  git('checkout', '--', '.');
  git('clean', '-fdq');
}

const lock = JSON.parse(read('package-lock.json'));
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeFileSync(`${root}package.json`, json({ ...pkg, version }));
writeFileSync(`${root}package-lock.json`, json(lock));
writeFileSync(`${root}CHANGELOG.md`, changelog);
const docs = [
  'README.md',
  ...(existsSync(`${root}docs`) ? readdirSync(`${root}docs`).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`) : []),
  ...readdirSync(`${root}.github/workflows`).map((n) => `.github/workflows/${n}`),
];
for (const file of docs) {
  const text = read(file);
  const updated = setRefs(file, text, version);
  if (updated !== text) writeFileSync(`${root}${file}`, updated);
}

process.stderr.write(`release: building: ${BUILD}\n`);
if (!sh(BUILD)) {
  undo();
  fail('the build failed; everything is put back. Nothing was changed');
}
process.stderr.write(`release: running the tests: ${TEST}\n`);
if (!sh(TEST)) {
  undo();
  fail('the tests failed; everything is put back. Nothing was changed');
}
const strays = dirty().filter((p) => !['package.json', 'package-lock.json', 'CHANGELOG.md', ...docs].includes(p) && !p.startsWith('dist/'));
if (strays.length > 0) {
  undo();
  fail(`the build or the tests left files behind (${strays.join(', ')}); make them leave the tree clean. Nothing was changed`);
}
git('add', '-A');
git('commit', '-q', '-m', `Release ${version}`);
git('tag', '-a', `v${version}`, '-m', `leakproof ${version}`);
process.stdout.write(`Committed and tagged v${version}. Publish it with: git push origin HEAD v${version}\n`);
