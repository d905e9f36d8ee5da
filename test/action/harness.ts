import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the Action into a fresh folder that holds nothing but the bundle, as on a runner. */
export function buildAction(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'leakproof-dist-'));
  execFileSync(process.execPath, [path.join(REPO, 'scripts/build.mjs'), '--out-dir', dist, '--only', 'index.js'], {
    cwd: REPO,
    stdio: 'pipe',
  });
  return dist;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
  }).trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `leakproof-${prefix}-`));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  temp: string;
}

export interface RunOptions {
  dist: string;
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Runs `node dist/index.js` the way the runner does: inputs and context in the environment, files for outputs. */
export function runAction(opts: RunOptions): Promise<RunResult> {
  const temp = tempDir('runner');
  const eventPath = path.join(temp, 'event.json');
  const summaryPath = path.join(temp, 'summary.md');
  const outputPath = path.join(temp, 'output');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    ...GIT_ENV,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: temp,
    ...opts.env,
  };
  const defaults: Record<string, string> = {
    path: '.',
    config: '',
    baseline: '',
    'fail-on': 'error',
    scope: 'auto',
    annotations: 'true',
    summary: 'true',
    sarif: '',
    'max-annotations': '50',
    'fail-on-existing': 'false',
    'pr-suppressions': 'report',
    token: 'test-token-not-secret',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...opts.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(opts.dist, 'index.js')], { cwd: opts.workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        summary: readFileSync(summaryPath, 'utf8'),
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        temp,
      });
    });
  });
}

/** Parses the `name<<delimiter` blocks that core.setOutput appends to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** stdout without the `::add-mask::` commands, which the runner consumes and never shows. */
export function visibleStdout(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

export function cleanup(...dirs: string[]): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
