// Packaging: what `npm pack` ships, and a real install of the tarball into an
// empty project. Slow (npm itself runs several times): expect about 20 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, REPO } from '../helpers/build';
import { Fixture } from '../helpers/fixture';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment without what `npm test` exports, so the inner npm sees only its own project. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
  return env;
}

function npm(cwd: string, args: string[]): string {
  return execFileSync(NPM, args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

let work: Fixture;

beforeAll(() => {
  ensureBuilt();
  work = new Fixture('leakproof-pack-');
});
afterAll(() => work?.cleanup());

describe('package (slow: npm pack and install, ~20 s)', () => {
  it('ships only the bundle and its chunks, its package.json, README, LICENSE and package.json', () => {
    const [info] = JSON.parse(npm(REPO, ['pack', '--dry-run', '--json'])) as { files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path).sort();
    const chunks = files.filter((f) => /^dist\/\d+\.cli\.js$/.test(f));
    expect(chunks.sort()).toEqual(readdirSync(path.join(REPO, 'dist')).filter((n) => /^\d+\.cli\.js$/.test(n)).map((n) => `dist/${n}`).sort());
    expect(chunks.length).toBeGreaterThan(0);
    expect(files.filter((f) => !chunks.includes(f))).toEqual(['LICENSE', 'README.md', 'dist/cli.js', 'dist/package.json', 'package.json']);
  });

  it('installs from the tarball into an empty project with no dev dependencies, and runs', () => {
    npm(REPO, ['pack', '--pack-destination', work.root, '--silent']);
    const tarball = readdirSync(work.root).find((n) => n.endsWith('.tgz'));
    expect(tarball).toBe(`leakproof-${VERSION}.tgz`);

    const project = work.abs('project');
    work.write('project/package.json', JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    npm(project, ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work.root, tarball!)]);
    // Nothing but leakproof itself: it has no runtime dependencies.
    expect(readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['leakproof']);

    const version = spawnSync(NPX, ['leakproof', '--version'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    expect(version.stdout).toBe(`${VERSION}\n`);
    expect(version.status).toBe(0);

    writeFileSync(path.join(project, '.env'), 'DATABASE_PASSWORD=hunter2\n');
    const scanned = spawnSync(NPX, ['leakproof', '.', '--format', 'json'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    expect(scanned.status).toBe(1);
    const report = JSON.parse(scanned.stdout) as { tool: { version: string }; findings: { ruleId: string; path: string }[] };
    expect(report.tool.version).toBe(VERSION);
    // node_modules is part of a plain folder too; the project's own .env is what matters here.
    expect(report.findings.filter((f) => f.path === '.env').map((f) => f.ruleId)).toEqual(['dotenv-file']);
    expect(scanned.stdout).not.toContain('hunter2');
  });
});
