import { closest, UsageError } from '../args';
import type { Io } from '../run';
import { ConfigError } from '../../config';
import { BaselineError } from '../../engine/baseline';
import { ScanInputError } from '../../engine/scan';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
/** `report merge`: a report could not be read and was skipped; the merge went on without it. */
export const EXIT_SKIPPED = 3;

export interface ParsedOptions {
  values: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

/** The subcommands' small option grammar: `--name value`, `--name=value`, flags, `--`, positionals. */
export function parseOptions(argv: readonly string[], valueNames: Record<string, string>, flagNames: readonly string[]): ParsedOptions {
  const out: ParsedOptions = { values: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      out.flags.add('--help');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name in valueNames) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        value = argv[++i];
        if (value === undefined || (value.startsWith('--') && value.length > 2)) {
          throw new UsageError(`${name} needs a value: ${name} ${valueNames[name]}`);
        }
      }
      const list = out.values.get(name) ?? [];
      list.push(value);
      out.values.set(name, list);
      continue;
    }
    if ((flagNames.includes(name) || name === '--help') && eq < 0) {
      out.flags.add(name);
      continue;
    }
    const hint = closest(name, [...Object.keys(valueNames), ...flagNames, '--help']);
    throw new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`);
  }
  return out;
}

/** The last value given for an option (later ones win, as in most CLIs). */
export function last(p: ParsedOptions, name: string): string | undefined {
  const list = p.values.get(name);
  return list?.[list.length - 1];
}

/** Runs a subcommand body with the CLI's error conventions: one line, exit 2, no stack trace. */
export async function guarded(io: Io, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`leakproof: ${e.message}\n${usage}`);
      return EXIT_USAGE;
    }
    io.stderr.write(`leakproof: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}

/** As `guarded`, with the one-line error of the main command: what went wrong, and where the options are listed. */
export async function guardedLine(io: Io, command: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`leakproof: ${e.message}${/^unknown option/.test(e.message) ? `; run \`leakproof ${command} --help\` for the options` : ''}\n`);
      return EXIT_USAGE;
    }
    const msg = e instanceof Error ? e.message : String(e);
    const known = e instanceof ConfigError || e instanceof BaselineError || e instanceof ScanInputError;
    io.stderr.write(`leakproof: ${msg}${known || io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)'}\n`);
    if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}
