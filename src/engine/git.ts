import { childProcess } from '../core/builtin';
import { lstatSync } from 'node:fs';
import * as path from 'node:path';

export class GitUnavailable extends Error {}

/** No fsmonitor hook (a repository's config must not run a command), no pager, unquoted paths. */
export const GIT_HARDENING = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager'];

/** No prompts, no optional locks, messages in one language. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

/**
 * Runs git with hardening flags: no pager, no fsmonitor hook, no prompts.
 * Resolves with stdout as a Buffer.
 */
export function git(cwd: string, args: string[], opts: { allowFailure?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      [...GIT_HARDENING, ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 1024 * 1024 * 1024,
        env: gitEnv(),
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        if (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
            reject(new GitUnavailable('git is not installed or not on PATH'));
            return;
          }
          if (opts.allowFailure) {
            resolve(Buffer.alloc(0));
            return;
          }
          const msg = stderr.toString('utf8').trim().split('\n')[0] || err.message;
          reject(new Error(`git ${args[0]} failed: ${msg}; to scan without git, rerun with --no-git`));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

/** Splits NUL-separated git output. */
export function splitZ(buf: Buffer): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      if (i > start) out.push(buf.toString('utf8', start, i));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.toString('utf8', start));
  return out;
}

/**
 * Whether `dir` is inside a git work tree: `yes`, `no` (not a repository, or
 * no git installed), or the reason git refused to say (a repository owned by
 * another user, a corrupt one), so the caller can tell the user.
 */
export async function workTreeState(dir: string): Promise<'yes' | 'no' | { problem: string }> {
  if (!mayBeInWorkTree(dir)) return 'no';
  try {
    const out = await git(dir, ['rev-parse', '--is-inside-work-tree']);
    return out.toString('utf8').trim() === 'true' ? 'yes' : 'no';
  } catch (e) {
    return refusal(e);
  }
}

/**
 * What a git command's failure in `dir` says of it: `no` work tree there (not
 * a repository, inside a `.git` or a bare repository, no git installed), or
 * the reason git refused to read one.
 */
export function refusal(e: unknown): 'no' | { problem: string } {
  if (e instanceof GitUnavailable) return 'no';
  const message = e instanceof Error ? e.message : String(e);
  if (/not a git repository|must be run in a work tree/i.test(message)) return 'no';
  return { problem: message.replace(/^git [a-z-]+ failed: (?:fatal: )?/, '').replace(/;.*$/, '') };
}

/**
 * Whether git could find a work tree from `dir`: false when neither `dir`
 * nor any folder above it holds a `.git` and no environment variable points
 * git elsewhere, so a plain folder is not worth starting git for; false too
 * when git would first find a git directory itself (`dir` is inside a
 * `.git`, or a bare repository), as git looks for one on its way up.
 */
export function mayBeInWorkTree(dir: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined || process.env.GIT_COMMON_DIR !== undefined) return true;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsWithoutFollowing(path.join(d, '.git'))) return true;
    if (isGitDirectory(d)) return false;
    if (path.dirname(d) === d) return false;
  }
}

/** What git takes for a git directory: a `HEAD` beside `objects` and `refs` folders. */
function isGitDirectory(d: string): boolean {
  const kind = (name: string) => lstatSync(path.join(d, name), { throwIfNoEntry: false });
  const head = kind('HEAD');
  return !!head && (head.isFile() || head.isSymbolicLink()) && !!kind('objects')?.isDirectory() && !!kind('refs')?.isDirectory();
}

function existsWithoutFollowing(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** True when `dir` is inside a git work tree that git agrees to read. */
export async function isWorkTree(dir: string): Promise<boolean> {
  return (await workTreeState(dir)) === 'yes';
}
