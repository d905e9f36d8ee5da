import { SafeReader } from '../engine/read';
import { git, isWorkTree } from '../engine/git';
import { CONFIG_NAMES, ConfigError, emptyConfig, parseConfig, type LeakproofConfig } from '../config';
import { BaselineError, parseBaseline } from '../engine/baseline';
import type { Baseline } from '../engine/types';
import { PR_EVENTS, type EventInfo } from './event';
import { ensureCommit } from './changed';
import type { FileRef } from './rest';

/** A configuration is a few lines; anything this big is the wrong file. */
const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The configuration and baseline a scan runs with, and where they came from. */
export interface Settings {
  config: LeakproofConfig;
  baseline?: Baseline;
  /** For the log and the job summary: which files were not taken from the checkout, and why. */
  notes: string[];
}

export interface SettingsRequest {
  workspace: string;
  /** The scanned root relative to the workspace: '' or ending in '/'. */
  rootPrefix: string;
  configInput?: string;
  baselineInput?: string;
  event: EventInfo;
  rest?: Omit<FileRef, 'path' | 'ref'>;
  getFileAt: (ref: FileRef) => Promise<string | null>;
  log: (line: string) => void;
}

interface Found {
  rel: string;
  text: string;
}

/** Reads a workspace-relative file from one place; null when it is absent there. */
type Source = (rel: string, maxBytes: number) => Promise<string | null>;

/**
 * Loads the configuration and baseline. On pull requests both come from
 * people who may want their own findings hidden, so when the pull request's
 * version differs from the base commit's, the base commit's is used; when the
 * base cannot be read, neither file is applied (a stricter scan, said so).
 */
export async function loadSettings(req: SettingsRequest): Promise<Settings> {
  const configFiles = req.configInput ? [req.configInput] : CONFIG_NAMES.map((n) => req.rootPrefix + n);
  const baselineFiles = req.baselineInput ? [req.baselineInput] : [];
  const head = headSource(req.workspace);
  const headConfig = await readAll(head, configFiles, MAX_CONFIG_BYTES, configError);
  const headBaseline = await readAll(head, baselineFiles, MAX_BASELINE_BYTES, baselineError);

  const trusted = { config: headConfig, baseline: headBaseline };
  const where = { config: '', baseline: '' };
  const notes: string[] = [];
  if (PR_EVENTS.includes(req.event.name)) {
    const base = await baseSource(req);
    const names = (found: Found[]) => found.map((f) => f.rel);
    if ('problem' in base) {
      const present = [...names(headConfig), ...names(headBaseline)];
      if (present.length > 0) {
        notes.push(
          `${list(present)} from the pull request ${present.length === 1 ? 'is' : 'are'} not applied, because ${base.problem}; built-in defaults are used so that a pull request cannot hide its own findings`,
        );
      }
      trusted.config = [];
      trusted.baseline = [];
      where.config = where.baseline = ' (not applied)';
    } else {
      const at = `base commit ${base.sha.slice(0, 12)}`;
      const baseConfig = await readAll(base.read, configFiles, MAX_CONFIG_BYTES, configError, ` at the ${at}`);
      const baseBaseline = await readAll(base.read, baselineFiles, MAX_BASELINE_BYTES, baselineError, ` at the ${at}`);
      for (const [what, mine, theirs, key] of [
        ['configuration', headConfig, baseConfig, 'config'],
        ['baseline', headBaseline, baseBaseline, 'baseline'],
      ] as const) {
        if (same(mine, theirs)) continue;
        const changed = [...new Set([...names(mine), ...names(theirs)])];
        const used = theirs.length > 0 ? `the ${at}'s version is used` : `the ${at} has none, so no ${what} is used`;
        notes.push(`the pull request changes ${list(changed)}; ${used}, so that a pull request cannot hide its own findings`);
        trusted[key] = theirs;
        where[key] = ` at the ${at}`;
      }
    }
  }

  // A file named in an input must exist, unless the base commit's version (or none) stands in for it.
  if (req.configInput && headConfig.length === 0 && where.config === '') {
    throw new ConfigError(`${req.configInput}: cannot read the configuration file (not found); check the path in input "config"`);
  }
  if (req.baselineInput && headBaseline.length === 0 && where.baseline === '') {
    throw new BaselineError(`${req.baselineInput}: baseline not found; create it with \`leakproof --write-baseline ${req.baselineInput}\` and commit it, or check the path in input "baseline"`);
  }
  const config = trusted.config;
  if (config.length > 1) throw new ConfigError(`found ${list(config.map((f) => f.rel))}; keep only one configuration file`);
  const settings: Settings = {
    config: config[0] ? await parseConfig(config[0].text, config[0].rel + where.config) : emptyConfig(),
    notes,
  };
  const baseline = trusted.baseline[0];
  if (baseline) settings.baseline = parseBaseline(baseline.text, baseline.rel + where.baseline);
  return settings;
}

function same(a: readonly Found[], b: readonly Found[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rel === b[i]!.rel && f.text === b[i]!.text);
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const configError = (m: string) => new ConfigError(m);
const baselineError = (m: string) => new BaselineError(m);

async function readAll(source: Source, files: readonly string[], maxBytes: number, error: (m: string) => Error, where = ''): Promise<Found[]> {
  const out: Found[] = [];
  for (const rel of files) {
    let text: string | null;
    try {
      text = await source(rel, maxBytes);
    } catch (e) {
      if (e instanceof TooLarge) throw error(`${rel}${where}: is ${e.size} bytes; the most leakproof reads is ${maxBytes}`);
      if (e instanceof NotRegular) throw error(`${rel}${where}: ${e.message}`);
      throw e;
    }
    if (text !== null) out.push({ rel, text });
  }
  return out;
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}
class NotRegular extends Error {}

/** The checkout, read like every scanned file: never through a symlink, never outside the workspace. */
function headSource(workspace: string): Source {
  const reader = new SafeReader(workspace);
  return async (rel, maxBytes) => {
    const out = await reader.read(rel, maxBytes);
    switch (out.kind) {
      case 'missing':
        return null;
      case 'symlink':
        throw new NotRegular('is a symlink (or inside one); leakproof does not follow symlinks, so make it a regular file');
      case 'ok':
        if (out.body === null) throw new TooLarge(out.size);
        return out.body.toString('utf8');
      default:
        throw new NotRegular('cannot be read; make it a readable regular file');
    }
  };
}

/** Reads files at the pull request's base commit: with git when it is here or can be fetched, else through the API. */
async function baseSource(req: SettingsRequest): Promise<{ sha: string; read: Source } | { problem: string }> {
  const sha = req.event.pull?.baseSha;
  if (!sha) return { problem: 'the event payload has no pull request base commit to read them from' };
  const inGit = await isWorkTree(req.workspace);
  if (inGit && (await ensureCommit(req.workspace, sha, req.log))) {
    return { sha, read: (rel, maxBytes) => gitBlob(req.workspace, sha, rel, maxBytes) };
  }
  const gitProblem = inGit ? 'the base commit is not in the local history and could not be fetched' : 'the workspace is not a git work tree';
  if (!req.rest?.token) return { problem: `${gitProblem}, and no token was given to ask the GitHub API` };
  const prefix = inGit ? (await git(req.workspace, ['rev-parse', '--show-prefix'], { allowFailure: true })).toString('utf8').trim() : '';
  const rest = req.rest;
  const cache = new Map<string, string | null>();
  // Ask for every file up front, so an API that refuses (a fork's token) is known before anything is trusted.
  try {
    for (const rel of [...(req.configInput ? [req.configInput] : CONFIG_NAMES.map((n) => req.rootPrefix + n)), ...(req.baselineInput ? [req.baselineInput] : [])]) {
      cache.set(rel, await req.getFileAt({ ...rest, path: prefix + rel, ref: sha }));
    }
  } catch (e) {
    const status = (e as { status?: number }).status;
    return { problem: `${gitProblem}, and the GitHub API did not return them (${status ? `HTTP ${status}` : e instanceof Error ? e.message : String(e)})` };
  }
  req.log('Read the configuration and baseline at the base commit through the GitHub API.');
  return {
    sha,
    read: async (rel, maxBytes) => {
      const text = cache.get(rel) ?? null;
      if (text !== null && Buffer.byteLength(text) > maxBytes) throw new TooLarge(Buffer.byteLength(text));
      return text;
    },
  };
}

/** A blob at a commit, by path relative to the workspace; null when that path is not a file there. */
async function gitBlob(workspace: string, sha: string, rel: string, maxBytes: number): Promise<string | null> {
  const spec = `${sha}:./${rel}`;
  const type = (await git(workspace, ['cat-file', '-t', spec], { allowFailure: true })).toString('utf8').trim();
  if (type !== 'blob') return null;
  const size = Number((await git(workspace, ['cat-file', '-s', spec])).toString('utf8').trim());
  if (size > maxBytes) throw new TooLarge(size);
  // cat-file blob applies no filters or textconv: the bytes as committed.
  return (await git(workspace, ['cat-file', 'blob', spec])).toString('utf8');
}
