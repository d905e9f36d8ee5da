// scripts/release.mjs (npm run release -- X.Y.Z) and scripts/release-check.mjs (the
// release workflow's first step), each run as a process on a copy of this repository's
// package.json, package-lock.json and CHANGELOG.md in a temporary git repository.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { expected, findRefs } from '../../scripts/version-refs.mjs';
import { REPO } from '../helpers/build';
import { Fixture, GIT_ENV } from '../helpers/fixture';

const WORKFLOWS = readdirSync(path.join(REPO, '.github/workflows')).map((n) => `.github/workflows/${n}`);
const PAGES = readdirSync(path.join(REPO, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`);
const DOCS = ['README.md', ...PAGES, ...WORKFLOWS];
const FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md', ...DOCS, ...['changelog', 'release', 'release-check', 'version-refs'].map((n) => `scripts/${n}.mjs`)];
const CURRENT = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const NEXT = CURRENT.replace(/\.(\d+)\.\d+$/, (_, minor: string) => `.${Number(minor) + 1}.0`);
const UNRELEASED = '### Fixed\n\n- The scanner no longer trips over things.';
// Writes dist/version.txt from package.json, as the real build bakes the version into dist/.
const STUB_BUILD = `node -e "const fs = require('fs'); fs.mkdirSync('dist', { recursive: true }); fs.writeFileSync('dist/version.txt', JSON.parse(fs.readFileSync('package.json', 'utf8')).version)"`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let repo: Fixture;
afterEach(() => repo?.cleanup());

/** A git repository holding copies of the release files, with only `unreleased` under Unreleased, committed. */
function releaseRepo(unreleased = UNRELEASED): Fixture {
  const f = Fixture.repo();
  for (const rel of FILES) {
    mkdirSync(path.dirname(f.abs(rel)), { recursive: true });
    copyFileSync(path.join(REPO, rel), f.abs(rel));
  }
  // Whatever this repository has under Unreleased gives way to `unreleased`.
  const changelog = readFileSync(f.abs('CHANGELOG.md'), 'utf8');
  const start = changelog.indexOf('## [Unreleased]\n');
  const end = changelog.indexOf('\n## [', start);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  f.write('CHANGELOG.md', `${changelog.slice(0, start)}## [Unreleased]\n\n${unreleased}\n${changelog.slice(end)}`);
  f.git('add', '-A');
  f.git('commit', '-q', '-m', 'start');
  return f;
}

function node(cwd: string, script: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [path.join(cwd, script), ...args], { cwd, env: { ...GIT_ENV, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const release = (args: string[], env: Record<string, string> = {}) =>
  node(repo.root, 'scripts/release.mjs', args, { LEAKPROOF_RELEASE_TEST_COMMAND: 'exit 0', LEAKPROOF_RELEASE_BUILD_COMMAND: STUB_BUILD, ...env });
const check = (cwd: string, args: string[]) => node(cwd, 'scripts/release-check.mjs', args);

/** One line on stderr (the progress lines the script prints before it gives up aside). */
function lastLine(r: Run): string {
  const lines = r.stderr.trimEnd().split('\n');
  return lines[lines.length - 1]!;
}

/** What must not change when the script refuses. */
function snapshot(f: Fixture) {
  return {
    head: f.git('rev-parse', 'HEAD'),
    tags: f.git('tag', '--list'),
    status: f.git('status', '--porcelain', '--untracked-files=all'),
    files: Object.fromEntries(['package.json', 'package-lock.json', 'CHANGELOG.md', 'README.md'].map((n) => [n, readFileSync(f.abs(n), 'utf8')])),
  };
}

/** Version references in the docs and workflows that do not match `version`. */
function staleRefs(root: string, version: string): string[] {
  return DOCS.flatMap((file) => findRefs(file, readFileSync(path.join(root, file), 'utf8')))
    .filter((r) => r.value !== expected(r.kind, version))
    .map((r) => `${r.file}:${r.line}: ${r.value}`);
}

describe('release-check (the release workflow checks its tag)', () => {
  it("passes this repository's own tag and prints that version's changelog section", () => {
    const r = check(REPO, [`v${CURRENT}`]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const changelog = readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8');
    const section = changelog.split(`## [${CURRENT}] - `)[1]!.split(/\n## \[|\n\[/)[0]!;
    expect(r.stdout).toBe(section.slice(section.indexOf('\n')).trim() + '\n');
    expect(r.stdout).not.toMatch(/^## |^\[Unreleased\]/m);
  });

  it('refuses a tag that is not package.json\'s version, with one line naming both', () => {
    const r = check(REPO, [`v${NEXT}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`release-check: tag v${NEXT} does not match package.json's version ${CURRENT}; tag the commit that sets version ${NEXT} (npm run release -- ${NEXT} makes it)\n`);
  });

  it.each([[[`${CURRENT}`]], [['v1.0']], [['v1.0.0-rc.1']], [['v01.0.0']], [[]], [['v1.0.0', 'v1.0.1']]])('refuses %j as a tag with exit 2', (args) => {
    const r = check(REPO, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^release-check: give one tag of the form vX\.Y\.Z, e\.g\. v1\.2\.3 \(got .*\)\n$/);
  });

  it('refuses a version with no changelog section, or an empty one', () => {
    repo = releaseRepo();
    const pkg = JSON.parse(readFileSync(repo.abs('package.json'), 'utf8'));
    repo.write('package.json', JSON.stringify({ ...pkg, version: NEXT }, null, 2) + '\n');
    const none = check(repo.root, [`v${NEXT}`]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`release-check: CHANGELOG.md has no "## [${NEXT}] - YYYY-MM-DD" section; npm run release -- ${NEXT} moves Unreleased into one\n`);

    const changelog = readFileSync(repo.abs('CHANGELOG.md'), 'utf8');
    repo.write('CHANGELOG.md', changelog.replace(`## [${CURRENT}]`, `## [${NEXT}] - 2030-01-01\n\n## [${CURRENT}]`));
    const empty = check(repo.root, [`v${NEXT}`]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(`release-check: CHANGELOG.md's section for ${NEXT} is empty; say what the release changes\n`);
  });
});

describe('release (npm run release -- X.Y.Z)', () => {
  it('bumps the version, dates the Unreleased changes, updates the docs, rebuilds, tests the result, commits and tags', () => {
    repo = releaseRepo();
    const before = readFileSync(repo.abs('CHANGELOG.md'), 'utf8');
    const today = () => new Date().toISOString().slice(0, 10);
    const dayBefore = today();
    // The tests run on the new version, after the build.
    const tests = `node -e "const fs = require('fs'); process.exit(JSON.parse(fs.readFileSync('package.json', 'utf8')).version === '${NEXT}' && fs.readFileSync('dist/version.txt', 'utf8') === '${NEXT}' ? 0 : 1)"`;
    const r = release([NEXT], { LEAKPROOF_RELEASE_TEST_COMMAND: tests });
    const days = [dayBefore, today()];
    expect(r.stdout).toBe(`Committed and tagged v${NEXT}. Publish it with: git push origin HEAD v${NEXT}\n`);
    expect(r.code).toBe(0);

    const pkg = JSON.parse(readFileSync(repo.abs('package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(repo.abs('package-lock.json'), 'utf8'));
    expect([pkg.version, lock.version, lock.packages[''].version]).toEqual([NEXT, NEXT, NEXT]);
    // Nothing else in package.json moves, not even its layout.
    expect(readFileSync(repo.abs('package.json'), 'utf8')).toBe(readFileSync(path.join(REPO, 'package.json'), 'utf8').replace(`"version": "${CURRENT}"`, `"version": "${NEXT}"`));

    const changelog = readFileSync(repo.abs('CHANGELOG.md'), 'utf8');
    const date = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog)!;
    expect(date[1]).toBe(NEXT);
    expect(days).toContain(date[2]);
    expect(changelog).toContain(`## [Unreleased]\n\n## [${NEXT}] - ${date[2]}\n\n${UNRELEASED}\n\n## [${CURRENT}] - `);
    expect(changelog).toContain(`[Unreleased]: https://github.com/leakproof/leakproof/compare/v${NEXT}...HEAD\n[${NEXT}]: https://github.com/leakproof/leakproof/compare/v${CURRENT}...v${NEXT}\n`);
    // The older sections are as they were.
    const older = (text: string) => text.slice(text.indexOf(`## [${CURRENT}] - `), text.indexOf('\n[Unreleased]:'));
    expect(older(changelog)).toBe(older(before));

    // The full versions in the README and docs/ follow; the major tag stays.
    expect(staleRefs(REPO, CURRENT)).toEqual([]);
    expect(staleRefs(repo.root, NEXT)).toEqual([]);
    expect(readFileSync(repo.abs('README.md'), 'utf8')).toContain(`leakproof/leakproof@v${CURRENT.split('.')[0]}`);

    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('log', '-1', '--format=%s')).toBe(`Release ${NEXT}`);
    // The pages that show a full version: the pre-commit hook (docs/git.md) and the JSON report (docs/output.md).
    const withVersions = DOCS.filter((f) => findRefs(f, readFileSync(path.join(REPO, f), 'utf8')).some((r) => r.kind === 'version'));
    expect(withVersions).toEqual(expect.arrayContaining(['README.md', 'docs/git.md', 'docs/output.md']));
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(
      ['CHANGELOG.md', 'dist/version.txt', 'package-lock.json', 'package.json', ...withVersions].sort(),
    );
    expect(repo.git('show', 'HEAD:dist/version.txt')).toBe(NEXT);
    expect(repo.git('cat-file', '-t', `v${NEXT}`)).toBe('tag');
    expect(repo.git('rev-parse', `v${NEXT}^{commit}`)).toBe(repo.git('rev-parse', 'HEAD'));

    // What the release workflow then checks passes, and its notes are the moved changes.
    expect(check(repo.root, [`v${NEXT}`])).toEqual({ code: 0, stdout: `${UNRELEASED}\n`, stderr: '' });
  });

  it('moves every major reference on a major release', () => {
    repo = releaseRepo();
    const major = `${Number(CURRENT.split('.')[0]) + 1}.0.0`;
    expect(staleRefs(repo.root, major).length).toBeGreaterThan(5);
    expect(release([major]).code).toBe(0);
    expect(staleRefs(repo.root, major)).toEqual([]);
    const audit = readFileSync(repo.abs('.github/workflows/org-audit.yml'), 'utf8');
    expect(audit).toContain(`uses: leakproof/leakproof@v${major.split('.')[0]}\n`);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain('.github/workflows/org-audit.yml');
  });

  it('changes nothing when the work tree is dirty', () => {
    repo = releaseRepo();
    repo.write('notes.txt', 'half done\n');
    const was = snapshot(repo);
    const r = release([NEXT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release: the work tree has uncommitted changes; commit or stash them first. Nothing was changed\n');
    expect(snapshot(repo)).toEqual(was);
  });

  it('changes nothing when the tests fail', () => {
    repo = releaseRepo();
    const was = snapshot(repo);
    const r = release([NEXT], { LEAKPROOF_RELEASE_TEST_COMMAND: 'exit 1' });
    expect(r.code).toBe(1);
    expect(lastLine(r)).toBe('release: the tests failed; everything is put back. Nothing was changed');
    expect(snapshot(repo)).toEqual(was);
    expect(existsSync(repo.abs('dist/version.txt'))).toBe(false);
  });

  it('changes nothing when the build fails', () => {
    repo = releaseRepo();
    const was = snapshot(repo);
    const r = release([NEXT], { LEAKPROOF_RELEASE_BUILD_COMMAND: `${STUB_BUILD} && exit 3` });
    expect(r.code).toBe(1);
    expect(lastLine(r)).toBe('release: the build failed; everything is put back. Nothing was changed');
    expect(snapshot(repo)).toEqual(was);
  });

  it('changes nothing when the tests leave files behind', () => {
    repo = releaseRepo();
    const was = snapshot(repo);
    const r = release([NEXT], { LEAKPROOF_RELEASE_TEST_COMMAND: 'echo x > junk.txt' });
    expect(r.code).toBe(1);
    expect(lastLine(r)).toBe('release: the build or the tests left files behind (junk.txt); make them leave the tree clean. Nothing was changed');
    expect(snapshot(repo)).toEqual(was);
  });

  it('refuses when there is nothing under Unreleased', () => {
    repo = releaseRepo('');
    const was = snapshot(repo);
    const r = release([NEXT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release: CHANGELOG.md has nothing under "## [Unreleased]"; list the changes in this release there first. Nothing was changed\n');
    expect(snapshot(repo)).toEqual(was);
  });

  it('refuses a version that is already tagged', () => {
    repo = releaseRepo();
    repo.git('tag', `v${NEXT}`);
    const was = snapshot(repo);
    const r = release([NEXT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`release: the tag v${NEXT} already exists. Nothing was changed\n`);
    expect(snapshot(repo)).toEqual(was);
  });

  it.each([['v1.1.0'], ['1.1'], ['banana'], ['1.1.0.0'], ['01.1.0']])('refuses the version %j with one line and exit 2', (version) => {
    repo = releaseRepo();
    const was = snapshot(repo);
    const r = release([version]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`release: give the new version as X.Y.Z, e.g. npm run release -- 1.2.3 (got "${version}")\n`);
    expect(snapshot(repo)).toEqual(was);
  });

  it('refuses no version, and one that is not newer', () => {
    repo = releaseRepo();
    expect(release([])).toEqual({ code: 2, stdout: '', stderr: 'release: give the new version as X.Y.Z, e.g. npm run release -- 1.2.3 (got none)\n' });
    expect(release([CURRENT])).toEqual({ code: 2, stdout: '', stderr: `release: the new version must be greater than the current ${CURRENT} (got ${CURRENT})\n` });
  });
});

describe('the release workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, unknown>;
  }
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions?: Record<string, string>;
    steps: Step[];
  }
  const wf = parse(readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: unknown;
    jobs: Record<string, Job>;
  };
  const jobs = Object.entries(wf.jobs);

  it('runs on vX.Y.Z tags and checks the tag with release-check before anything else', () => {
    expect(wf.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const steps = wf.jobs.check!.steps;
    const first = steps.findIndex((s) => s.run?.includes('scripts/release-check.mjs'));
    expect(first).toBeGreaterThan(-1);
    expect(steps[first]!.env).toEqual({ TAG: '${{ github.ref_name }}' });
    expect(steps.findIndex((s) => s.run?.includes('npm ci'))).toBeGreaterThan(first);
    for (const command of ['npm run lint', 'npm run build', 'git status --porcelain -- dist', 'npm test']) {
      expect(steps.some((s) => s.run?.includes(command)), command).toBe(true);
    }
  });

  it('grants nothing by default, and write access only to the jobs that publish', () => {
    expect(wf.permissions).toEqual({});
    const writes = jobs.flatMap(([name, job]) => Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write').map(([scope]) => `${name}: ${scope}`));
    expect(writes.sort()).toEqual(['github: contents', 'npm: id-token']);
    for (const [name, job] of jobs) expect(job.permissions, name).toBeDefined();
    for (const [name, job] of jobs) if (name !== 'check') expect(job.needs, name).toBe('check');
  });

  it('publishes the GitHub release with the changelog section, and to npm only from upstream with provenance', () => {
    const github = wf.jobs.github!.steps.map((s) => s.run ?? '').join('\n');
    expect(github).toMatch(/release-check\.mjs "\$TAG" > "\$RUNNER_TEMP\/notes\.md"[\s\S]*gh release create "\$TAG" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    expect(github).toContain('git/refs/tags/$major');
    const npm = wf.jobs.npm!;
    expect(npm.if).toBe("github.repository == 'leakproof/leakproof'");
    expect(npm.steps.some((s) => s.run === 'npm publish --provenance --access public')).toBe(true);
  });
});
