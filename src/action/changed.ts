import { git, isWorkTree } from '../engine/git';
import { PR_EVENTS, type EventInfo } from './event';
import { addedRanges } from './hunks';
import { BaseChanges, type ChangedLines } from '../engine/novelty';
import { changedFiles as engineChangedFiles } from '../engine/git-sources/changes';
import type { PullFile, PullRef } from './rest';

/** Files a change added or modified, relative to the scanned root. */
export interface ChangedSet {
  paths: string[];
  /** What the change did to each path: created, renamed, and which lines it added. */
  files: ChangedLines[];
  /** Where the list came from, for the log and summary. */
  source: string;
}

export type ScopeDecision = { kind: 'all'; reason?: string } | { kind: 'changed'; set: ChangedSet };

export interface ScopeRequest {
  root: string;
  event: EventInfo;
  /** The scanned root relative to the repository root (POSIX, '' or ending in '/'), when git cannot tell. */
  fallbackPrefix: string;
  rest?: Omit<PullRef, 'number'>;
  listPullFiles: (ref: PullRef) => Promise<PullFile[]>;
  log: (line: string) => void;
}

/**
 * Works out which files a pull request (or push) changed: with git when the
 * base commit is here or can be fetched alone, else through the REST API. When
 * neither works the answer is "scan everything" with the reason, never an
 * empty list.
 */
export async function changedFiles(req: ScopeRequest): Promise<ScopeDecision> {
  const { event } = req;
  const base = event.pull?.baseSha ?? event.pushBefore;
  if (!base) {
    const why = PR_EVENTS.includes(event.name)
      ? 'the event payload has no pull request base commit'
      : event.name === 'push'
        ? 'the push has no previous commit to compare with'
        : `the ${event.name} event has no base commit to compare with`;
    return { kind: 'all', reason: why };
  }
  let gitProblem = 'the scanned folder is not a git work tree';
  if (await isWorkTree(req.root)) {
    try {
      if (await ensureCommit(req.root, base, req.log)) return { kind: 'changed', set: await gitDiff(req.root, base) };
      gitProblem = 'the base commit is not in the local history and could not be fetched';
    } catch (e) {
      gitProblem = `git could not compare with the base commit (${e instanceof Error ? e.message : String(e)})`;
    }
  }
  if (!event.pull) return { kind: 'all', reason: gitProblem };
  if (!req.rest || !req.rest.token) return { kind: 'all', reason: `${gitProblem}, and no token was given to ask the GitHub API` };
  req.log(`${cap(gitProblem)}; listing the pull request's files through the GitHub API.`);
  try {
    const files = await req.listPullFiles({ ...req.rest, number: event.pull.number });
    return { kind: 'changed', set: fromPullFiles(files, await prefixOf(req.root, req.fallbackPrefix)) };
  } catch (e) {
    const status = (e as { status?: number }).status;
    return {
      kind: 'all',
      reason: `${gitProblem}, and the GitHub API did not list the pull request's files (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)})`,
    };
  }
}

/**
 * True when `sha` is in the local history, fetching that one commit from
 * origin first when it is not (a shallow checkout). Never throws for a
 * missing commit; the caller decides what to do without it.
 */
export async function ensureCommit(root: string, sha: string, log: (line: string) => void): Promise<boolean> {
  if (await hasCommit(root, sha)) return true;
  log(`Base commit ${sha} is not in the local history; fetching it alone.`);
  await git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { allowFailure: true });
  return hasCommit(root, sha);
}

async function hasCommit(root: string, sha: string): Promise<boolean> {
  const out = await git(root, ['cat-file', '-t', sha], { allowFailure: true });
  return out.toString('utf8').trim() === 'commit';
}

async function gitDiff(root: string, base: string): Promise<ChangedSet> {
  // Compare from the merge base when the history has it, so changes made on the base branch meanwhile are not counted.
  const mb = (await git(root, ['merge-base', base, 'HEAD'], { allowFailure: true })).toString('utf8').trim();
  const from = /^[0-9a-f]+$/.test(mb) ? mb : base;
  // The same diff reading as `leakproof --since`: one raw listing and one patch, paths relative to the root.
  const files = await engineChangedFiles({ cwd: root, against: [from, 'HEAD'], relative: true, untracked: [] });
  return {
    paths: files.map((f) => f.path).sort(),
    files: files.map((f) => ({ path: f.path, created: f.isNew, newPath: f.newPath, added: f.added })),
    source: `git diff ${from.slice(0, 12)}..HEAD`,
  };
}

/** The scanned root relative to the repository root, as `git rev-parse --show-prefix` prints it. */
async function prefixOf(root: string, fallback: string): Promise<string> {
  if (!(await isWorkTree(root))) return fallback;
  return (await git(root, ['rev-parse', '--show-prefix'], { allowFailure: true })).toString('utf8').replace(/\n$/, '');
}

export function fromPullFiles(files: readonly PullFile[], prefix: string): ChangedSet {
  const paths: string[] = [];
  const changed: ChangedLines[] = [];
  for (const f of files) {
    if (f.status === 'removed' || !f.filename.startsWith(prefix)) continue;
    const path = f.filename.slice(prefix.length);
    paths.push(path);
    changed.push({
      path,
      created: f.status === 'added',
      newPath: f.status === 'added' || f.status === 'renamed' || f.status === 'copied',
      // No patch: the API leaves it out for large and binary diffs, so which lines changed is unknown.
      added: f.patch === undefined ? null : addedRanges(f.patch),
    });
  }
  return { paths: paths.sort(), files: changed, source: 'the GitHub API' };
}

/** True when a finding sits on a line the change may have touched (or anywhere in a changed file, for file-level findings). */
export function onChangedLine(set: ChangedSet): (path: string, line: number | undefined) => boolean {
  const changes = new BaseChanges(set.files);
  const paths = new Set(set.paths);
  return (path, line) => paths.has(path) && (line === undefined || changes.mayTouchLine(path, line));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
