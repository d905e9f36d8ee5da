import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli, type CliRun } from '../helpers/cli';
import { GIT_ENV } from '../helpers/fixture';

/** Identity and settings passed on every call: tests must work with no global git config. */
const ENV = GIT_ENV;

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

export type CliResult = CliRun;

export const cli = (args: string[]): Promise<CliRun> => runCli(args);

export async function jsonScan(dir: string, ...args: string[]) {
  const r = await cli([dir, '--format', 'json', ...args]);
  if (r.code === 2) throw new Error(r.stderr);
  return { ...r, report: JSON.parse(r.stdout) };
}

export { ENV as GIT_ENV };
