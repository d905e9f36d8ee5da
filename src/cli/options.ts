import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';

/** Bad input on the command line: one line for the user, exit code 2. */
export class UsageError extends Error {}

/** One option of a command, described once for parsing and for its messages. */
export interface OptionSpec {
  /** The long name, with its dashes: `--format`; two letters at least (node:util reads `-x` as `--x`). */
  name: string;
  /** What the value stands for in messages (`FILE`); an option without one is a flag. */
  value?: string;
  /** The values it accepts, in the order messages list them (checked by `choice`). */
  choices?: readonly string[];
  /** The value a "must be one of" message suggests, if any. */
  example?: string;
  /** Other spellings, taken only as whole arguments: `-h`. */
  aliases?: readonly string[];
  /** Every value given is kept, in order; otherwise the last one counts. */
  repeatable?: boolean;
}

/** A command's options. */
export interface CommandSpec {
  /** The words after `leakproof` that name the command: '' for the scan, `fix`, `report merge`. */
  command: string;
  /** In the order "did you mean" prefers them when two are equally close. */
  options: readonly OptionSpec[];
}

/** The `--help` option every command has. */
export const HELP_OPTION: OptionSpec = { name: '--help', aliases: ['-h'] };

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

/** `leakproof --help`, `leakproof fix --help`: where a command's options are listed. */
function helpCommand(spec: CommandSpec): string {
  return `leakproof ${spec.command ? `${spec.command} ` : ''}--help`;
}

function unknownOption(spec: CommandSpec, name: string): UsageError {
  const hint = closest(name, spec.options.map((o) => o.name));
  return new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}; run \`${helpCommand(spec)}\` for the options`);
}

function missingValue(spec: CommandSpec, option: OptionSpec): UsageError {
  // The scan's wording came first; the subcommands always said it their own way.
  const how = spec.command ? `: ${option.name} ${option.value}` : `, e.g. ${option.name} ${option.value}`;
  return new UsageError(`${option.name} needs a value${how}`);
}

function unexpectedValue(spec: CommandSpec, option: OptionSpec): UsageError {
  return new UsageError(`${option.name} takes no value; write it alone, e.g. leakproof ${spec.command || '.'} ${option.name}`);
}

/** What a command line said, option by option. */
export class ParsedOptions {
  constructor(
    private readonly spec: CommandSpec,
    private readonly given: ReadonlyMap<string, readonly string[] | true>,
    /** The arguments that are not options, with everything after `--`. */
    readonly positionals: readonly string[],
  ) {}

  /** True when the flag was given. */
  has(name: string): boolean {
    return this.get(name) === true;
  }

  /** The value given for an option: the last one when it was given more than once. */
  value(name: string): string | undefined {
    const v = this.get(name);
    return Array.isArray(v) ? v[v.length - 1] : undefined;
  }

  /** Every value given for an option, in order. */
  values(name: string): readonly string[] {
    const v = this.get(name);
    return Array.isArray(v) ? v : [];
  }

  /** As `value`, checked against the option's `choices`. */
  choice<T extends string>(name: string): T | undefined {
    const v = this.value(name);
    const { choices, example } = this.option(name);
    if (v === undefined || !choices || choices.includes(v)) return v as T | undefined;
    throw new UsageError(`${name} must be one of ${choices.join(', ')} (got "${v}")${example === undefined ? '' : `, e.g. ${name} ${example}`}`);
  }

  private get(name: string): readonly string[] | true | undefined {
    this.option(name);
    return this.given.get(name);
  }

  /** A name the command does not declare is a mistake in the command, not in its input. */
  private option(name: string): OptionSpec {
    const option = this.spec.options.find((o) => o.name === name);
    if (!option) throw new Error(`${name} is not an option of \`${helpCommand(this.spec)}\``);
    return option;
  }
}

/** Node's names are the long names without their dashes. */
const bare = (name: string): string => name.replace(/^--/, '');

/**
 * Rewrites argv for node:util's parseArgs: an alias becomes its long name, and
 * `--name value` becomes `--name=value` when the value may be one. A value may
 * start with one dash (`--output -`, `--bytes -5`) but not two: `--format --json`
 * means a value is missing. A missing value stays missing, for parseArgs to refuse
 * in order with the rest. Nothing after `--` is touched.
 */
function normalise(spec: CommandSpec, argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const option = spec.options.find((o) => o.name === arg || o.aliases?.includes(arg));
    if (option?.value !== undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
        out.push(`${option.name}=${next}`);
        i++;
        continue;
      }
    }
    out.push(option?.name ?? arg);
  }
  return out;
}

/** parseArgs refused the command line: the first argument at fault, in our words. */
function explain(spec: CommandSpec, args: string[], config: ParseArgsConfig): UsageError {
  const { tokens } = nodeParseArgs({ ...config, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = spec.options.find((o) => bare(o.name) === token.name && token.rawName === o.name);
    if (!option) {
      const arg = args[token.index]!;
      return unknownOption(spec, arg.startsWith('--') ? arg.split('=')[0]! : arg);
    }
    if (option.value !== undefined && !token.inlineValue) return missingValue(spec, option);
    if (option.value === undefined && token.value !== undefined) return unexpectedValue(spec, option);
  }
  return new UsageError(`cannot read the options; run \`${helpCommand(spec)}\` for the options`);
}

/**
 * Parses a command's argv with node:util's parseArgs in strict mode, so that
 * unknown options, missing values and values given to flags are refused, each
 * with one line that says what to do instead. Option values are checked by the
 * command (`choice` for the listed ones), so `--help` answers whatever else is wrong.
 */
export function parseOptions(spec: CommandSpec, argv: readonly string[]): ParsedOptions {
  const args = normalise(spec, argv);
  const options: NonNullable<ParseArgsConfig['options']> = {};
  // Node keeps every value given; `given` keeps the last one of an option that is not repeatable.
  for (const o of spec.options) options[bare(o.name)] = o.value === undefined ? { type: 'boolean' } : { type: 'string', multiple: true };
  const config: ParseArgsConfig = { args, options, strict: true, allowPositionals: true };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = nodeParseArgs(config);
  } catch (e) {
    // ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ...: Node's wording never reaches the user.
    if (String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw explain(spec, args, config);
    throw e;
  }
  const given = new Map<string, readonly string[] | true>();
  for (const o of spec.options) {
    const v = parsed.values[bare(o.name)];
    if (v === true) given.set(o.name, true);
    else if (Array.isArray(v)) given.set(o.name, o.repeatable ? (v as string[]) : (v as string[]).slice(-1));
  }
  return new ParsedOptions(spec, given, parsed.positionals);
}
