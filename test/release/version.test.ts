// package.json holds the version; everything else that states it must agree:
// the lockfile, `--version`, the reports, CHANGELOG.md, and the docs and workflows.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expected, findRefs } from '../../scripts/version-refs.mjs';
import { toSarif } from '../../src/report/sarif';
import { VERSION } from '../../src/version';
import { REPO } from '../helpers/build';
import { runCli } from '../helpers/cli';
import { Fixture } from '../helpers/fixture';

const read = (rel: string) => readFileSync(path.join(REPO, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string };
const version = pkg.version;

let dir: Fixture | undefined;
afterEach(() => dir?.cleanup());

describe('the version', () => {
  it('is X.Y.Z in package.json and the same in package-lock.json', () => {
    expect(version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual([version, version]);
  });

  it('is what --version, --help and the reports say', async () => {
    expect(VERSION).toBe(version);
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['--help'])).stdout.split('\n')[0]).toContain(`leakproof ${version}:`);
    const driver = (toSarif({ findings: [] }) as { runs: { tool: { driver: { version: string; semanticVersion: string } } }[] }).runs[0]!.tool.driver;
    expect([driver.version, driver.semanticVersion]).toEqual([version, version]);
    dir = new Fixture();
    dir.write('a.txt', 'hello\n');
    const json = await runCli([dir.root, '--no-git', '--format', 'json']);
    expect(JSON.parse(json.stdout).tool).toEqual({ name: 'leakproof', version });
  });

  it("is CHANGELOG.md's newest release, below an Unreleased section, every section linked", () => {
    const changelog = read('CHANGELOG.md');
    const headings = changelog.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    expect(headings[1]).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`));
    const released = headings.slice(1).map((h) => /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(h));
    expect(released.every(Boolean), headings.join('\n')).toBe(true);
    // Newest first: versions and dates go down.
    const key = (v: string) => v.split('.').map((n) => n.padStart(6, '0')).join('.');
    const versions = released.map((m) => m![1]!);
    expect([...new Set(versions)].sort((a, b) => key(b).localeCompare(key(a)))).toEqual(versions);
    const dates = released.map((m) => m![2]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const name of ['Unreleased', ...released.map((m) => m![1]!)]) {
      expect(changelog, name).toMatch(new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]: https://github\\.com/leakproof/leakproof/`, 'm'));
    }
  });

  it('is what the docs and workflows pin: the major tag, and full versions in examples', () => {
    const files = [
      'README.md',
      ...readdirSync(path.join(REPO, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`),
      ...readdirSync(path.join(REPO, '.github/workflows')).map((n) => `.github/workflows/${n}`),
    ];
    const refs = files.flatMap((file) => findRefs(file, read(file)));
    expect(refs.filter((r) => r.file === 'README.md' && r.kind === 'major').length).toBeGreaterThan(0);
    expect(refs.filter((r) => r.file === 'README.md' && r.kind === 'version').length).toBeGreaterThan(0);
    // The examples that moved to docs/: the Action's workflows, the pre-commit hook, the JSON report.
    for (const file of ['docs/action.md', 'docs/org.md']) expect(refs.filter((r) => r.file === file && r.kind === 'major').length, file).toBeGreaterThan(0);
    for (const file of ['docs/git.md', 'docs/output.md']) expect(refs.filter((r) => r.file === file && r.kind === 'version').length, file).toBeGreaterThan(0);
    expect(refs.filter((r) => r.file === '.github/workflows/org-audit.yml').length).toBeGreaterThan(0);
    expect(refs.filter((r) => r.value !== expected(r.kind, version)).map((r) => `${r.file}:${r.line}: ${r.value}`)).toEqual([]);
  });
});
