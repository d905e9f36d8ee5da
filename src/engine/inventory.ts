import fs from 'node:fs';
import * as path from 'node:path';
import { git, GitUnavailable, mayBeInWorkTree, refusal, splitZ } from './git';
import { readIndexEntries } from './git-sources/index-file';
import { onlyTracked } from './git-sources/only-tracked';
import { exited, spawnGit } from './git-sources/spawn';
import type { TreeEntry } from '../rules/types';

export interface Inventory {
  mode: 'git' | 'plain';
  entries: TreeEntry[];
  /** Submodule paths declared in the work tree's `.gitmodules`, relative to the scanned root (git mode with gitlinks only). */
  submodulePaths?: Set<string>;
  /** Why a folder that looks like a git work tree was walked as a plain folder. */
  gitProblem?: string;
}

/** Called with each part of the listing as it comes, so files can be read while git is still listing. */
export type OnEntries = (entries: readonly TreeEntry[]) => void;

/**
 * Lists what a scan covers. In a git work tree git itself classifies paths
 * (one `ls-files` call per class, never one process per file); elsewhere, or
 * with `noGit`, the folder is walked and everything counts.
 */
export async function inventory(root: string, opts: { noGit?: boolean; includeIgnored?: boolean }, onEntries?: OnEntries): Promise<Inventory> {
  // git is not asked first whether this is a work tree: its listing says so, and a git start-up
  // fewer before the first file is read is worth it. A listing git refuses says why.
  let state: 'no' | { problem: string } = 'no';
  if (!opts.noGit && mayBeInWorkTree(root)) {
    // The index read here when it can be (no git started for it); else git lists it.
    const tracked = readIndexEntries(root);
    // A work tree that holds only what it tracks (a fresh clone) has nothing for git to list.
    const listing = tracked !== null && onlyTracked(root, tracked) ? nothingElse() : startListing(root, !!opts.includeIgnored, tracked === null);
    try {
      const entries = await gitEntries(listing, onEntries, tracked ?? []);
      const inv: Inventory = { mode: 'git', entries };
      if (entries.some((e) => e.kind === 'gitlink')) {
        const declared = await declaredSubmodules(root);
        if (declared) inv.submodulePaths = declared;
      }
      return inv;
    } catch (e) {
      listing.cancel();
      if (!(e instanceof Refused)) throw e;
      state = refusal(e.why);
    }
  }
  const inv: Inventory = { mode: 'plain', entries: plainEntries(root, onEntries) };
  if (typeof state === 'object') inv.gitProblem = state.problem;
  return inv;
}

/** git would not list the folder at all (it listed nothing): `why` says why. */
class Refused extends Error {
  constructor(readonly why: unknown) {
    super('git refused the listing');
  }
}

/** Bytes per entry of git's index file, rounded up: a path of about 60 bytes, its stat data and object id. */
const INDEX_BYTES_PER_ENTRY = 128;

/**
 * About how many files git will list for `root` (at least), from the size of
 * its index, when `root` is the top of a work tree; 0 when it cannot tell.
 * Only the index's size is read, never its content.
 */
export function expectedEntries(root: string): number {
  try {
    if (!fs.lstatSync(path.join(root, '.git')).isDirectory()) return 0;
    const index = fs.lstatSync(path.join(root, '.git', 'index'));
    return index.isFile() ? Math.floor(index.size / INDEX_BYTES_PER_ENTRY) : 0;
  } catch {
    return 0;
  }
}

interface Listing {
  /** The tracked listing's output as it comes (read from the start: a child's unread output is lost at its exit). */
  chunks: AsyncIterable<Buffer>;
  listed: Promise<void>;
  othersAndIgnored: Promise<[Buffer, Buffer]>;
  cancel(): void;
}

const MAX_QUEUED_CHUNKS = 16;

/** Starts git's listings: tracked files (streamed) when `listTracked`, untracked and, when asked, ignored ones. */
function startListing(root: string, includeIgnored: boolean, listTracked: boolean): Listing {
  // Untracked (and ignored) files are listed at the same time; tracked ones are handed on as they come.
  const othersAndIgnored = Promise.all([
    git(root, ['ls-files', '-z', '--others', '--exclude-standard']),
    includeIgnored
      ? git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])
      : Promise.resolve(Buffer.alloc(0)),
  ]);
  othersAndIgnored.catch(() => undefined);
  if (!listTracked) return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored, cancel: () => undefined };
  const child = spawnGit(root, ['ls-files', '-z', '--stage']);
  const listed = exited(child, 'ls-files', false);
  listed.catch(() => undefined);
  const queue: Buffer[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  child.stdout.on('data', (c: Buffer) => {
    queue.push(c);
    // A listing read faster than its files are waits in the pipe, not here.
    if (queue.length >= MAX_QUEUED_CHUNKS) child.stdout.pause();
    signal();
  });
  child.stdout.on('close', () => {
    ended = true;
    signal();
  });
  const chunks = async function* (): AsyncGenerator<Buffer> {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length < MAX_QUEUED_CHUNKS / 2 && child.stdout.isPaused()) child.stdout.resume();
      }
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return {
    chunks: chunks(),
    listed,
    othersAndIgnored,
    cancel: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}

/** The listing of a work tree whose index was read and that holds nothing else: no git is started. */
function nothingElse(): Listing {
  const none = Buffer.alloc(0);
  return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored: Promise.resolve([none, none]), cancel: () => undefined };
}

/** A tracked listing that has nothing to give: the index was read instead. */
async function* noChunks(): AsyncGenerator<Buffer> {}

/** The work tree's entries: `fromIndex` (the index, read here), or git's listing of them, then the others. */
async function gitEntries(listing: Listing, onEntries: OnEntries | undefined, fromIndex: TreeEntry[]): Promise<TreeEntry[]> {
  const { chunks, listed, othersAndIgnored } = listing;
  const entries: TreeEntry[] = fromIndex;
  let emitted = 0;
  const emit = () => {
    if (onEntries && entries.length > emitted) onEntries(entries.slice(emitted));
    emitted = entries.length;
  };
  emit();
  // "<mode> <object> <stage>\t<path>\0", sorted by path: a conflicted path appears once per
  // stage, one after the other. The path is decoded on its own from the bytes (a slice of a
  // decoded chunk would keep the whole chunk alive), as latin1 when it is ASCII (faster).
  let previous = '';
  const addTracked = (buf: Buffer, from: number, end: number) => {
    for (let start = from; start < end; ) {
      let tab = start;
      while (tab < end && buf[tab] !== 9 && buf[tab] !== 0) tab++;
      let stop = tab;
      let ascii = true;
      while (stop < end && buf[stop] !== 0) if (buf[stop++]! > 0x7f) ascii = false;
      if (buf[tab] === 9 && tab + 1 < stop) {
        const path = buf.toString(ascii ? 'latin1' : 'utf8', tab + 1, stop);
        if (path !== previous) {
          previous = path;
          // "160000" is a gitlink, "120000" a symlink.
          const special = buf[start] === 49 && buf[start + 2] === 48 && buf[start + 3] === 48 && buf[start + 4] === 48 && buf[start + 5] === 48 && buf[start + 6] === 32;
          const kind = special && buf[start + 1] === 54 ? 'gitlink' : special && buf[start + 1] === 50 ? 'symlink' : 'file';
          entries.push({ path, status: 'tracked', kind });
        }
      }
      start = stop + 1;
    }
  };
  // A record cut between two chunks is put together on its own; the rest of a chunk is read in place.
  let carry: Buffer | null = null;
  for await (const chunk of chunks) {
    let from = 0;
    if (carry) {
      const nul = chunk.indexOf(0);
      if (nul < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const record = Buffer.concat([carry, chunk.subarray(0, nul + 1)]);
      addTracked(record, 0, record.length);
      carry = null;
      from = nul + 1;
    }
    const last = chunk.lastIndexOf(0);
    if (last >= from) addTracked(chunk, from, last + 1);
    // Copied: the stream may reuse its chunk.
    const rest = Math.max(from, last + 1);
    if (rest < chunk.length) carry = Buffer.from(chunk.subarray(rest));
    emit();
  }
  try {
    await listed;
  } catch (e) {
    // Refused before listing anything: the folder is then walked as a plain one.
    if (emitted === 0 && entries.length === 0) throw new Refused(e);
    throw e instanceof GitUnavailable ? e : new Error(`${(e as Error).message}; to scan without git, rerun with --no-git`);
  }
  if (carry) addTracked(carry, 0, carry.length);
  const [others, ignored] = await othersAndIgnored;
  // git lists no tracked path among the others; the set keeps the two listings of others apart,
  // and a nested repository where a tracked path is (rare) is looked up among the tracked ones.
  const seen = new Set<string>();
  let tracked: Set<string> | null = null;
  const addOthers = (buf: Buffer, status: 'untracked' | 'ignored') => {
    for (const path of splitZ(buf)) {
      if (path.endsWith('/')) {
        // git lists a nested repository as one directory entry and does not descend.
        const dir = path.slice(0, -1);
        tracked ??= new Set(entries.filter((e) => e.status === 'tracked').map((e) => e.path));
        if (!tracked.has(dir)) entries.push({ path: dir, status, kind: 'nested-repo' });
        continue;
      }
      if (seen.has(path)) continue;
      seen.add(path);
      entries.push({ path, status, kind: 'file' });
    }
  };
  addOthers(others, 'untracked');
  addOthers(ignored, 'ignored');
  emit();
  return entries;
}

/**
 * Every entry below a plain folder. A `.git` (directory or file) is listed
 * but never entered: one finding per git directory. Symlinks are listed as
 * such and never followed. Folders that cannot be read are passed over.
 *
 * A plain recursive read rather than a glob library: glob matchers skip names
 * holding a newline, and a hostile tree must not hide a `.env` that way.
 */
function plainEntries(root: string, onEntries?: OnEntries): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let emitted = 0;
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(rel === '' ? root : path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of dirents) {
      const p = rel === '' ? d.name : `${rel}/${d.name}`;
      if (d.name === '.git') entries.push({ path: p, status: 'plain', kind: 'gitdir' });
      else if (d.isSymbolicLink()) entries.push({ path: p, status: 'plain', kind: 'symlink' });
      else if (d.isDirectory()) pending.push(p);
      else entries.push({ path: p, status: 'plain', kind: 'file' });
    }
    if (onEntries && entries.length - emitted >= 256) {
      onEntries(entries.slice(emitted));
      emitted = entries.length;
    }
  }
  if (onEntries && entries.length > emitted) onEntries(entries.slice(emitted));
  return entries;
}

/**
 * Submodule paths that `.gitmodules` declares, relative to the scanned root.
 * It sits at the top of the work tree even when a subfolder is scanned, so
 * git reads it from the index (as it reads the index for the classification):
 * no file outside the root is opened, and a symlinked `.gitmodules` is not followed.
 */
async function declaredSubmodules(root: string): Promise<Set<string> | undefined> {
  const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
  let out: Buffer;
  try {
    out = await git(root, ['config', '-z', '--blob', ':.gitmodules', '--get-regexp', '^submodule\\..*\\.path$']);
  } catch {
    // Not in the index (or declares nothing): the rule reads a `.gitmodules` inside the root, if any.
    return undefined;
  }
  const paths = new Set<string>();
  for (const rec of splitZ(out)) {
    // "-z" records are "<key>\n<value>".
    const value = rec.slice(rec.indexOf('\n') + 1).replace(/\/+$/, '');
    if (value.startsWith(prefix)) paths.add(value.slice(prefix.length));
  }
  return paths;
}
