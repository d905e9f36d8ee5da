import type { ContextName, FileStatus, Remedy, Severity } from '../core/types';
import type { Line } from '../core/text';
import type { SecretNames } from './lib/secret-names';
import type { LiteralSet } from '../core/literal-set';
import type { ContextClassifier, PolicyClass } from '../core/context';

/** What the scan's configuration tells the rules. */
export interface RuleSettings {
  secretNames: SecretNames;
  /** Dotenv key prefixes that frameworks publish to the browser by design. */
  publicEnvPrefixes: readonly string[];
  /** Where each path lives: the built-in classification under the configuration's `contexts:`. */
  contexts: ContextClassifier;
}

export interface RuleExample {
  /** File name the example lives in, e.g. `settings.py`. */
  file: string;
  flagged: string;
  clean: string;
}

export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  /** Which row of the severity policy (see `SEVERITY_CAPS`) caps its findings by context. */
  policy: PolicyClass;
  /** Why this matters, in a sentence or two. */
  why: string;
  /** What to do about a finding. */
  fix: string;
  examples: RuleExample[];
  /** What the rule recognises, one line each (the providers of the token rule), for `--explain` and SARIF help. */
  covers?: readonly string[];
  /*
   * The rest is the rule's reference page (docs/rules/<id>.md, printed by
   * `--explain`), written in Markdown whose links are relative to docs/rules/.
   */
  /** What the rule looks at and how it judges it (names, forms, tables), one Markdown line each. */
  details?: readonly string[];
  /** What the rule never flags, one Markdown item each. */
  neverFlags?: readonly string[];
  /** What the rule does not catch yet, one Markdown item each. */
  limits?: readonly string[];
  /** Findings of the rule that take another row of the severity policy than `policy`. */
  otherPolicies?: readonly { findings: string; policy: PolicyClass }[];
  /** A line of the text report for a typical finding. */
  sample?: string;
}

/** What a rule reports; the engine adds path, status, redaction and fingerprint. */
export interface RawFinding {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /**
   * The message where a chosen value is made up for the occasion (see
   * `MADE_UP` in core/context.ts), when the advice differs there: a value
   * written for a test or an example needs no rotating unless it is a real one.
   * A private key's is used only where the policy lowers a key's severity (a test, a CI job, an example, a
   * development setup): elsewhere what trusts it may be live.
   */
  madeUpMessage?: string;
  /** The raw matched value; the engine redacts it before it leaves the engine. */
  secret?: string;
  /** Overrides the rule's default severity (before the context policy caps it). */
  severity?: Severity;
  /**
   * The context of the section the finding sits in, when it differs from the
   * file's: the `development:` block of `secrets.yml`, a Dockerfile `RUN`
   * that sets a dummy for one build command, a `[tool.pytest_env]` table.
   */
  context?: ContextName;
  /** Why the section has that context, for the message (e.g. `build-only value`). */
  contextWhy?: string;
  /** Overrides the rule's policy row, e.g. `private-key` for a PEM key found by the token rule. */
  policy?: PolicyClass;
  /** Stable context for the fingerprint (e.g. the key name); never the secret in clear. */
  key?: string;
  /**
   * How the fix differs from the rule's usual one: `empty-value`, a value in a dotenv file the application loads at
   * run time for its defaults, which a placeholder would replace as the value every deployment runs on (the fix
   * empties it instead).
   */
  remedy?: Remedy;
  /**
   * The finding is about a whole directory: the same rule's findings on
   * paths inside it are dropped, so a copied git directory is one finding.
   */
  directory?: boolean;
  /**
   * The file itself is the secret (an SSH private key, an OpenVPN profile
   * with its key): another rule's findings in the same file, no more severe,
   * point at that same secret and are dropped, so the file is one finding.
   */
  wholeFile?: boolean;
}

export interface PathFinding extends RawFinding {
  path: string;
  status: FileStatus;
}

export interface FileContext {
  /** POSIX path relative to the scanned root. */
  path: string;
  /** Last path segment. */
  name: string;
  status: FileStatus;
  /** Where the file lives (`production` unless its path says otherwise); a finding may name its section's instead. */
  readonly context: ContextName;
  /** The first bytes of the file (8 KiB; more of a SQLite database over the size limit), for header checks. */
  head: Buffer;
  /** The raw content, or null when the file is binary or too large: for cheap byte-level prefilters. */
  body: Buffer | null;
  /**
   * The bytes as read, binary or not: the whole file, or its head when it is
   * over the size limit. For rules that recognise a binary format by name or
   * header and read a bounded part of it (a SQLite schema, a keystore's entries).
   */
  bytes: Buffer;
  /** The file's size in bytes: more than `bytes` holds when the file is over the size limit. */
  size: number;
  /** Decoded text (computed on first use), or null when the file is binary or too large. */
  readonly text: string | null;
  /** The text's lines (computed on first use; long lines come as several windows); empty when `text` is null. */
  readonly lines: Line[];
  /**
   * Whether a literal of `set` occurs in the content (false when `body` is
   * null), searched in the raw bytes so most files are never decoded. The
   * sets the rules declare in `literals` are all answered by one pass.
   */
  contains(set: LiteralSet): boolean;
  /** Per-file memo shared by the rules, so a shared analysis runs once. */
  memo: Map<string, unknown>;
  settings: RuleSettings;
  /**
   * Set when only findings on some lines will be kept (the lines a commit
   * adds): a rule may skip the work whose findings could only land on other
   * lines. Findings elsewhere are dropped by the engine either way.
   */
  readonly focus?: LineFocus;
}

export interface LineFocus {
  /** Whether a finding on some line from `from` to `to` (both included) would be kept. */
  touches(from: number, to: number): boolean;
}

export type EntryKind = 'file' | 'symlink' | 'gitlink' | 'gitdir' | 'nested-repo';

export interface TreeEntry {
  path: string;
  status: FileStatus;
  kind: EntryKind;
  /** Set by the listing when every folder on the way was listed by its parent as a real folder during this scan. */
  foldersSeen?: boolean;
}

export interface TreeContext {
  mode: 'git' | 'plain';
  settings: RuleSettings;
  entries: readonly TreeEntry[];
  /** Submodule paths git says `.gitmodules` declares, when git knows them (relative to the root). */
  submodulePaths?: ReadonlySet<string>;
  /** Reads a small text file below the root without following symlinks; null if it cannot. */
  readText(path: string): Promise<string | null>;
  /** `entries` are the files a change touched, not the whole tree (`--staged`, `--since`, history). */
  changedOnly?: true;
}

export interface Rule {
  meta: RuleMeta;
  /** Runs once per readable file. */
  checkFile?(file: FileContext): RawFinding[];
  /**
   * The sets `checkFile` asks `file.contains` about, so that one pass over a
   * file's bytes answers every rule. A rule that declares them reports
   * nothing on a file that holds none of their literals and no NUL byte,
   * unless `readsAnyway` says otherwise for its path: the history scan then
   * need not read the file at all.
   */
  literals?(settings: RuleSettings): readonly LiteralSet[];
  /**
   * Paths whose files this rule may report on whatever they hold: a file it
   * judges by its name (`.env`), or whose name makes a plain key a secret.
   * A rule without `literals` is taken to read every file.
   */
  readsAnyway?(path: string, name: string, settings: RuleSettings): boolean;
  /** Runs once per scan over the whole list of entries. */
  checkTree?(tree: TreeContext): Promise<PathFinding[]>;
  /**
   * Runs once per working-tree scan, after every file: may give the rule's
   * own findings what another file decides: the context (a base settings
   * file whose value the production settings replace), what a key is
   * worth by what it opens (a Rails master key's credentials: its message
   * and policy row), or what a file is by what loads it (a template the
   * application loads: its message and severity). Where, what and how it
   * is fingerprinted never change.
   */
  reviseWithTree?(found: readonly PathFinding[], tree: TreeContext): Promise<void>;
}
