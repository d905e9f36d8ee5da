import type { FailOn } from '../engine/types';

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json';

export interface ScanCommand {
  kind: 'scan';
  path: string;
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  noGit: boolean;
  includeIgnored: boolean;
  maxFileSize?: number;
  /** Recorded in the JSON report (`repository`), for organisation reports. */
  repository?: string;
  commit?: string;
}

export type Command =
  | ScanCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list-rules'; format: OutputFormat }
  | { kind: 'explain'; rule: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** Options that take a value, and the name of that value for messages. */
const VALUE_OPTIONS: Record<string, string> = {
  '--format': 'FORMAT',
  '--output': 'FILE',
  '--fail-on': 'LEVEL',
  '--max-file-size': 'BYTES',
  '--explain': 'RULE',
  '--repository': 'NAME',
  '--commit': 'SHA',
};
const FLAGS = new Set(['--no-git', '--include-ignored', '--list-rules', '--version', '--help']);

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
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
            throw new UsageError(`${name} needs a value: ${name} ${VALUE_OPTIONS[name]}`);
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
      throw new UsageError(`unknown option ${name}`);
    }
    if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}`);
    positionals.push(arg);
  }

  if (flags.has('--help')) return { kind: 'help' };
  if (flags.has('--version')) return { kind: 'version' };
  const format = oneOf('--format', values.get('--format') ?? 'text', FORMATS);
  if (flags.has('--list-rules')) return { kind: 'list-rules', format };
  const explain = values.get('--explain');
  if (explain !== undefined) return { kind: 'explain', rule: explain };

  if (positionals.length > 1) {
    throw new UsageError(`expected one folder to scan, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const cmd: ScanCommand = {
    kind: 'scan',
    path: positionals[0] ?? '.',
    format,
    failOn: oneOf('--fail-on', values.get('--fail-on') ?? 'error', FAIL_ON),
    noGit: flags.has('--no-git'),
    includeIgnored: flags.has('--include-ignored'),
  };
  const output = values.get('--output');
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name');
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
      throw new UsageError(`--max-file-size takes a positive number of bytes (got "${size}")`);
    }
    cmd.maxFileSize = Number(size);
  }
  return cmd;
}
