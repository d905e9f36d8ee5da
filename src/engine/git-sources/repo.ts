import { promises as fsp } from 'node:fs';
import { git, GitUnavailable } from '../git';
import { ScanInputError } from '../scan';

export interface RepoInfo {
  /** Path of the scanned folder below the top of the work tree, with a trailing slash ('' at the top). */
  prefix: string;
}

/** Checks that `root` is in a git work tree; git modes make no sense elsewhere. */
export async function repoInfo(root: string, option: string): Promise<RepoInfo> {
  const st = await fsp.stat(root).catch(() => null);
  if (!st?.isDirectory()) throw new ScanInputError(`${root} is not a folder: pass the repository folder to scan, e.g. \`leakproof ${option}\``);
  let where: string[];
  try {
    where = (await git(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], { allowFailure: true })).toString('utf8').split('\n');
  } catch (e) {
    if (e instanceof GitUnavailable) throw new ScanInputError(`${option} needs git, which is not installed or not on PATH`);
    throw e;
  }
  if (where[0]!.trim() !== 'true') throw new ScanInputError(`${option} needs a git work tree, and ${root} is not in one: run it inside a repository`);
  return { prefix: (where[1] ?? '').trim() };
}

/** True when HEAD names a commit (false before the first commit). */
export async function hasCommit(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allowFailure: true })).length > 0;
}

/** Resolves REF to a commit id, or fails with a line that says what to do. */
export async function resolveRef(root: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new ScanInputError(`--since takes a branch, tag or commit, not "${ref}"`);
  const out = (await git(root, ['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true }))
    .toString('utf8')
    .trim();
  if (!out) {
    throw new ScanInputError(
      `--since: "${ref}" is not a commit in this repository; pass a branch, tag or commit id that exists here (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`,
    );
  }
  return out;
}
