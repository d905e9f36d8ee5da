import type { FailOn } from '../engine/types';
import { HELP_OPTION, parseOptions, UsageError, type CommandSpec, type ParsedOptions } from './options';

export { UsageError } from './options';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  kind: 'scan';
  /** The folder scanned: the one folder given, or the current one (see `targets`). */
  path: string;
  /**
   * The paths given. One folder is the folder scanned; files, or several
   * paths, are scanned within the current folder (`only`, set by run.ts).
   */
  targets?: string[];
  /** The paths within `path` the scan is limited to (POSIX, relative). */
  only?: string[];
  format: OutputFormat;
  output?: string;
  /** Unset unless given, so the configuration's `failOn` applies. */
  failOn?: FailOn;
  noGit: boolean;
  includeIgnored: boolean;
  /** Read every file, remembering nothing between scans. */
  noCache: boolean;
  maxFileSize?: number;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  showSuppressed?: boolean;
  /** Git-aware scope: what is staged, what changed since a ref, or the whole history. */
  staged: boolean;
  since?: string;
  history: boolean;
  maxCommits?: number;
  /** Recorded in the JSON report (`repository`), for organisation reports. */
  repository?: string;
  commit?: string;
}

export type Command =
  | ScanCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list-rules'; format: 'text' | 'json' }
  | { kind: 'explain'; rule: string }
  | { kind: 'init'; path: string }
  | { kind: 'install-hook'; path: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** The scan's options (and `--list-rules`, `--explain`, `--version`, `--help`); `leakproof --help` describes them. */
export const SCAN_SPEC: CommandSpec = {
  command: '',
  options: [
    { name: '--format', value: 'FORMAT', choices: FORMATS, example: 'text' },
    { name: '--output', value: 'FILE' },
    { name: '--fail-on', value: 'LEVEL', choices: FAIL_ON, example: 'error' },
    { name: '--max-file-size', value: 'BYTES' },
    { name: '--explain', value: 'RULE' },
    { name: '--config', value: 'FILE' },
    { name: '--baseline', value: 'FILE' },
    { name: '--write-baseline', value: 'FILE' },
    { name: '--since', value: 'REF' },
    { name: '--max-commits', value: 'N' },
    { name: '--repository', value: 'NAME' },
    { name: '--commit', value: 'SHA' },
    { name: '--no-git' },
    { name: '--no-cache' },
    { name: '--include-ignored' },
    { name: '--list-rules' },
    { name: '--version', aliases: ['-v', '-V'] },
    HELP_OPTION,
    { name: '--prune-baseline' },
    { name: '--show-suppressed' },
    { name: '--staged' },
    { name: '--history' },
  ],
};

/** Parses argv (without node and the script) into one command; throws UsageError on bad input. */
export function parseArgs(argv: readonly string[]): Command {
  const p = parseOptions(SCAN_SPEC, argv);
  const positionals = p.positionals;
  if (p.has('--help')) return { kind: 'help' };
  if (p.has('--version')) return { kind: 'version' };
  const format = p.choice<OutputFormat>('--format') ?? 'text';
  if (p.has('--list-rules')) {
    if (format === 'sarif') throw new UsageError('--list-rules prints text or json; use --format json');
    return { kind: 'list-rules', format };
  }
  const explain = p.value('--explain');
  if (explain !== undefined) return { kind: 'explain', rule: explain };

  if (positionals[0] === 'init') {
    if (positionals.length > 2) throw new UsageError(`init takes at most one folder, got ${positionals.length - 1}`);
    return { kind: 'init', path: positionals[1] ?? '.' };
  }
  if (positionals[0] === 'install-hook') {
    if (positionals.length > 2) throw new UsageError(`install-hook takes at most one folder, got ${positionals.length - 1}`);
    return { kind: 'install-hook', path: positionals[1] ?? '.' };
  }
  const cmd: ScanCommand = {
    kind: 'scan',
    path: positionals.length === 1 ? positionals[0]! : '.',
    ...(positionals.length > 0 ? { targets: [...positionals] } : {}),
    format,
    noGit: p.has('--no-git'),
    includeIgnored: p.has('--include-ignored'),
    noCache: p.has('--no-cache'),
    staged: false,
    history: false,
  };
  const failOn = p.choice<FailOn>('--fail-on');
  if (failOn !== undefined) cmd.failOn = failOn;
  for (const [option, key] of [
    ['--config', 'config'],
    ['--baseline', 'baseline'],
    ['--write-baseline', 'writeBaseline'],
  ] as const) {
    const v = p.value(option);
    if (v === undefined) continue;
    if (v === '') throw new UsageError(`${option} needs a file name`);
    cmd[key] = v;
  }
  if (p.has('--prune-baseline')) {
    if (cmd.baseline === undefined) throw new UsageError('--prune-baseline needs --baseline FILE: the baseline to prune');
    cmd.pruneBaseline = true;
  }
  if (p.has('--show-suppressed')) cmd.showSuppressed = true;
  const output = p.value('--output');
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name, e.g. --output leakproof.json');
    cmd.output = output;
  }
  const repository = p.value('--repository');
  if (repository !== undefined) {
    if (!/^[^\s/]+(?:\/[^\s/]+)+$/.test(repository)) throw new UsageError(`--repository takes a name such as owner/repo (got "${repository}")`);
    cmd.repository = repository;
  }
  const commit = p.value('--commit');
  if (commit !== undefined) {
    if (!/^[0-9a-f]{7,64}$/i.test(commit)) throw new UsageError(`--commit takes a hexadecimal commit id (got "${commit}")`);
    cmd.commit = commit.toLowerCase();
  }
  const size = p.value('--max-file-size');
  if (size !== undefined) {
    if (!/^\d+$/.test(size) || Number(size) <= 0 || !Number.isSafeInteger(Number(size))) {
      throw new UsageError(`--max-file-size takes a positive whole number of bytes (got "${size}"), e.g. --max-file-size 1048576`);
    }
    cmd.maxFileSize = Number(size);
  }
  applyGitScope(cmd, p);
  return cmd;
}

/** `--staged`, `--since REF`, `--history [--since REF] [--max-commits N]`, and the combinations that make no sense. */
function applyGitScope(cmd: ScanCommand, p: ParsedOptions): void {
  cmd.staged = p.has('--staged');
  cmd.history = p.has('--history');
  const since = p.value('--since');
  const max = p.value('--max-commits');
  if (cmd.staged && cmd.history) throw new UsageError('--staged and --history cannot be combined: pick one');
  if (cmd.staged && since !== undefined) throw new UsageError('--staged and --since cannot be combined: --staged scans the index, --since REF the changes since REF');
  if (since !== undefined) {
    if (since === '') throw new UsageError('--since needs a branch, tag or commit, e.g. --since origin/main');
    cmd.since = since;
  }
  if (max !== undefined) {
    if (!cmd.history) throw new UsageError('--max-commits only applies to --history');
    if (!/^\d+$/.test(max) || Number(max) <= 0 || !Number.isSafeInteger(Number(max))) {
      throw new UsageError(`--max-commits takes a positive number (got "${max}")`);
    }
    cmd.maxCommits = Number(max);
  }
  const scoped = cmd.staged || cmd.history || since !== undefined;
  if (scoped && (cmd.targets?.length ?? 0) > 1) {
    throw new UsageError('--staged, --since and --history take one folder, the repository, not several paths: pass the folder or nothing');
  }
  if (scoped && cmd.noGit) throw new UsageError('--no-git cannot be combined with --staged, --since or --history, which read git');
  if (scoped && cmd.includeIgnored) throw new UsageError('--include-ignored cannot be combined with --staged, --since or --history');
}
