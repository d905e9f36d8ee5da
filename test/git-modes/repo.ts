import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/run';

/** Identity and settings passed on every call: tests must work with no global git config. */
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export const SECRET = 'k3J9xQ2mQz7Lp0Rv8Tn4Wc6Yb1Hd5Fg';
export const SECRET_LINE = `SECRET_KEY = '${SECRET}'`;

export class TempRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(path.join(tmpdir(), 'leakproof-git-'));
    if (!dir) this.git('-c', 'init.defaultBranch=main', 'init', '-q');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env: this.dateEnv(), encoding: 'utf8' });
  }

  /** Distinct, increasing author dates, so "the commit that introduced it" is well defined. */
  private dateEnv(): NodeJS.ProcessEnv {
    const d = `2025-03-${String(1 + (this.tick % 27)).padStart(2, '0')}T10:00:${String(this.tick % 60).padStart(2, '0')}Z`;
    return { ...ENV, GIT_AUTHOR_DATE: d, GIT_COMMITTER_DATE: d };
  }

  write(file: string, text: string): this {
    const p = path.join(this.dir, file);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
    return this;
  }

  remove(file: string): this {
    unlinkSync(path.join(this.dir, file));
    return this;
  }

  commit(message: string, ...files: string[]): string {
    this.git('add', '-A', ...(files.length ? ['--', ...files] : []));
    this.tick++;
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

export async function jsonScan(dir: string, ...args: string[]) {
  const r = await cli([dir, '--format', 'json', ...args]);
  if (r.code === 2) throw new Error(r.stderr);
  return { ...r, report: JSON.parse(r.stdout) };
}

export { ENV as GIT_ENV };
