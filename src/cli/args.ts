import type { FailOn } from '../engine/types';

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  kind: 'scan';
  path: string;
  format: OutputFormat;
  output?: string;
  /** Unset unless given, so the configuration's `failOn` applies. */
  failOn?: FailOn;
  noGit: boolean;
  includeIgnored: boolean;
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

/** Options that take a value, and the name of that value for messages. */
const VALUE_OPTIONS: Record<string, string> = {
  '--format': 'FORMAT',
  '--output': 'FILE',
  '--fail-on': 'LEVEL',
  '--max-file-size': 'BYTES',
  '--explain': 'RULE',
  '--config': 'FILE',
  '--baseline': 'FILE',
  '--write-baseline': 'FILE',
  '--since': 'REF',
  '--max-commits': 'N',
  '--repository': 'NAME',
  '--commit': 'SHA',
};
const FLAGS = new Set([
  '--no-git',
  '--include-ignored',
  '--list-rules',
  '--version',
  '--help',
  '--prune-baseline',
  '--show-suppressed',
  '--staged',
  '--history',
]);

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}"), e.g. ${option} ${allowed[0]}`);
}

/** Edit distance, for "did you mean" hints on short option and rule names. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate when it is close enough to be a typo, or a prefix of it. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 3 ? 0 : distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function unknownOption(name: string): UsageError {
  const hint = closest(name, [...Object.keys(VALUE_OPTIONS), ...FLAGS]);
  return new UsageError(
    `unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}; run \`leakproof --help\` for the options`,
  );
}

/** Parses argv (without node and the script) into one command; throws UsageError on bad input. */
export function parseArgs(argv: readonly string[]): Command {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.add('--help');
      continue;
    }
    if (arg === '-v' || arg === '-V') {
      flags.add('--version');
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (name in VALUE_OPTIONS) {
        let value: string | undefined;
        if (eq >= 0) value = arg.slice(eq + 1);
        else {
          value = argv[i + 1];
          if (value === undefined || (value.startsWith('--') && value.length > 2)) {
            throw new UsageError(`${name} needs a value, e.g. ${name} ${VALUE_OPTIONS[name]}`);
          }
          i++;
        }
        values.set(name, value);
        continue;
      }
      if (FLAGS.has(name) && eq < 0) {
        flags.add(name);
        continue;
      }
      if (FLAGS.has(name)) throw new UsageError(`${name} takes no value; write it alone, e.g. leakproof . ${name}`);
      throw unknownOption(name);
    }
    if (arg.startsWith('-') && arg.length > 1) throw unknownOption(arg);
    positionals.push(arg);
  }

  if (flags.has('--help')) return { kind: 'help' };
  if (flags.has('--version')) return { kind: 'version' };
  const format = oneOf('--format', values.get('--format') ?? 'text', FORMATS);
  if (flags.has('--list-rules')) {
    if (format === 'sarif') throw new UsageError('--list-rules prints text or json; use --format json');
    return { kind: 'list-rules', format };
  }
  const explain = values.get('--explain');
  if (explain !== undefined) return { kind: 'explain', rule: explain };

  if (positionals[0] === 'init') {
    if (positionals.length > 2) throw new UsageError(`init takes at most one folder, got ${positionals.length - 1}`);
    return { kind: 'init', path: positionals[1] ?? '.' };
  }
  if (positionals[0] === 'install-hook') {
    if (positionals.length > 2) throw new UsageError(`install-hook takes at most one folder, got ${positionals.length - 1}`);
    return { kind: 'install-hook', path: positionals[1] ?? '.' };
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one folder to scan, got ${positionals.length}: ${positionals.join(' ')}; run leakproof once per folder`,
    );
  }
  const cmd: ScanCommand = {
    kind: 'scan',
    path: positionals[0] ?? '.',
    format,
    noGit: flags.has('--no-git'),
    includeIgnored: flags.has('--include-ignored'),
    staged: false,
    history: false,
  };
  const failOn = values.get('--fail-on');
  if (failOn !== undefined) cmd.failOn = oneOf('--fail-on', failOn, FAIL_ON);
  for (const [option, key] of [
    ['--config', 'config'],
    ['--baseline', 'baseline'],
    ['--write-baseline', 'writeBaseline'],
  ] as const) {
    const v = values.get(option);
    if (v === undefined) continue;
    if (v === '') throw new UsageError(`${option} needs a file name`);
    cmd[key] = v;
  }
  if (flags.has('--prune-baseline')) {
    if (cmd.baseline === undefined) throw new UsageError('--prune-baseline needs --baseline FILE: the baseline to prune');
    cmd.pruneBaseline = true;
  }
  if (flags.has('--show-suppressed')) cmd.showSuppressed = true;
  const output = values.get('--output');
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name, e.g. --output leakproof.json');
    cmd.output = output;
  }
  const repository = values.get('--repository');
  if (repository !== undefined) {
    if (!/^[^\s/]+(?:\/[^\s/]+)+$/.test(repository)) throw new UsageError(`--repository takes a name such as owner/repo (got "${repository}")`);
    cmd.repository = repository;
  }
  const commit = values.get('--commit');
  if (commit !== undefined) {
    if (!/^[0-9a-f]{7,64}$/i.test(commit)) throw new UsageError(`--commit takes a hexadecimal commit id (got "${commit}")`);
    cmd.commit = commit.toLowerCase();
  }
  const size = values.get('--max-file-size');
  if (size !== undefined) {
    if (!/^\d+$/.test(size) || Number(size) <= 0 || !Number.isSafeInteger(Number(size))) {
      throw new UsageError(`--max-file-size takes a positive whole number of bytes (got "${size}"), e.g. --max-file-size 1048576`);
    }
    cmd.maxFileSize = Number(size);
  }
  applyGitScope(cmd, flags, values);
  return cmd;
}

/** `--staged`, `--since REF`, `--history [--since REF] [--max-commits N]`, and the combinations that make no sense. */
function applyGitScope(cmd: ScanCommand, flags: Set<string>, values: Map<string, string>): void {
  cmd.staged = flags.has('--staged');
  cmd.history = flags.has('--history');
  const since = values.get('--since');
  const max = values.get('--max-commits');
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
  if (scoped && cmd.noGit) throw new UsageError('--no-git cannot be combined with --staged, --since or --history, which read git');
  if (scoped && cmd.includeIgnored) throw new UsageError('--include-ignored cannot be combined with --staged, --since or --history');
}
