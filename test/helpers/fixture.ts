import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Identity and defaults so git works on a machine with no global configuration. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const GIT_FLAGS = ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'];

/** A folder under the OS temp dir with small helpers to fill it; `cleanup()` removes it. */
export class Fixture {
  readonly root: string;

  constructor(prefix = 'leakproof-test-') {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
  }

  /** A fixture that is a fresh git work tree. */
  static repo(): Fixture {
    const f = new Fixture();
    f.git('init', '-q');
    return f;
  }

  abs(rel: string): string {
    return path.join(this.root, rel);
  }

  write(rel: string, content: string | Buffer): this {
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true });
    writeFileSync(this.abs(rel), content);
    return this;
  }

  mkdir(rel: string): this {
    mkdirSync(this.abs(rel), { recursive: true });
    return this;
  }

  symlink(target: string, rel: string): this {
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true });
    symlinkSync(target, this.abs(rel));
    return this;
  }

  chmod(rel: string, mode: number): this {
    chmodSync(this.abs(rel), mode);
    return this;
  }

  /** Runs git in `cwd` (relative to the fixture) and returns its trimmed stdout. */
  gitIn(cwd: string, ...args: string[]): string {
    return execFileSync('git', [...GIT_FLAGS, ...args], { cwd: this.abs(cwd), env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  git(...args: string[]): string {
    return this.gitIn('.', ...args);
  }

  /** Creates a repository at `rel` with one commit and returns the commit id. */
  innerRepo(rel: string, files: Record<string, string> = { 'README.md': 'inner\n' }): string {
    this.mkdir(rel);
    this.gitIn(rel, 'init', '-q');
    for (const [name, text] of Object.entries(files)) this.write(`${rel}/${name}`, text);
    this.gitIn(rel, 'add', '-A');
    this.gitIn(rel, 'commit', '-q', '-m', 'inner');
    return this.gitIn(rel, 'rev-parse', 'HEAD');
  }

  /** Records a gitlink (mode 160000) at `rel` pointing at `sha`, as `git add` of an inner repository does. */
  gitlink(rel: string, sha: string): this {
    this.git('update-index', '--add', '--cacheinfo', `160000,${sha},${rel}`);
    return this;
  }

  cleanup(): void {
    // Restore permissions a test took away so the folder can be removed.
    try {
      execFileSync('chmod', ['-R', 'u+rwX', this.root], { stdio: 'ignore' });
    } catch {
      /* best effort */
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** True when the tests run as root, who can read a file whatever its mode. */
export const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
