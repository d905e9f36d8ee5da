import type { Finding } from '../engine/types';

/**
 * Ruff's applicability: a `safe` fix keeps what the code does (untracking a
 * dotenv file, a placeholder in a template); an `unsafe` one changes it (the
 * app now needs a variable to start).
 */
export type Applicability = 'safe' | 'unsafe';

/** Replace `[start, end)` of a file's text, as it was read when the fix was planned. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A line to add to the `.gitignore` chosen for a path (the nearest one at or above it, inside the root). */
export interface IgnoreEntry {
  gitignore: string;
  /** The pattern, relative to the `.gitignore`'s folder. */
  pattern: string;
  /** The path it must ignore. */
  path: string;
}

/** A value for the local, git-ignored dotenv file, so the app keeps running on this machine. */
export interface LocalValue {
  /** The dotenv file, relative to the root. */
  file: string;
  name: string;
  value: string;
}

/** What one finding's fix does. Several fixes may touch one file; `materialize` combines them. */
export interface Fix {
  ruleId: string;
  finding: Pick<Finding, 'path' | 'line' | 'column' | 'fingerprint'>;
  applicability: Applicability;
  /** One line, e.g. "read SECRET_KEY from the environment; the app needs it to start". */
  title: string;
  /** Edits of existing files, against the text they had when planned. */
  edits: { path: string; edits: TextEdit[] }[];
  /** Paths to stop tracking (`git rm --cached`); the local copy stays. */
  untrack: string[];
  ignore: IgnoreEntry[];
  /** Keys to list, each with a placeholder, in a dotenv template such as `.env.example`. */
  example: { file: string; entries: { key: string; value: string }[] }[];
  local: LocalValue[];
  /** What a person still has to do once it is applied (rotate the old key, set the variable where the app runs). */
  followUp: string[];
  /** Raw values this fix touches (the old secret, values of a dotenv file it read): every rendering shows them redacted. */
  secrets: string[];
  /** Keys generated for the local `.env`: renderings show only their length. */
  freshKeys: string[];
}

/** A finding no edit can fix: the exact steps a person has to take. */
export interface ManualFix {
  ruleId: string;
  finding: Pick<Finding, 'path' | 'line' | 'column' | 'fingerprint' | 'secret'>;
  steps: string[];
  /** Why there is no automatic fix for this one, when the rule usually has one (a symlink, an idiom not handled). */
  reason?: string;
}

/** Everything `fix` would do, and the text of every file it read to plan it. */
export interface FixPlan {
  /** Absolute path of the scanned root. */
  root: string;
  fixes: Fix[];
  manual: ManualFix[];
  /** Each file read or written by a fix, as it was when planned: null when it did not exist. */
  snapshot: Map<string, string | null>;
  /** Paths that are tracked by git, for files the plan reads or writes (decides what is local). */
  tracked: ReadonlySet<string>;
}

/** One file as a set of fixes leaves it. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string;
  /** Ignored and untracked: it stays on this machine (the local `.env`). */
  local: boolean;
}
