import { describe, expect, it } from 'vitest';
import { HELP_OPTION, parseOptions, UsageError, type CommandSpec } from '../../src/cli/options';
import { parseArgs, SCAN_SPEC } from '../../src/cli/args';
import { HELP } from '../../src/cli/help';
import { FIX_SPEC, FIX_USAGE, parseFixArgs } from '../../src/cli/subcommands/fix';
import { KEYGEN_SPEC, KEYGEN_USAGE, parseKeygenArgs } from '../../src/cli/subcommands/keygen';
import { ORG_LIST_SPEC, ORG_LIST_USAGE, parseOrgListArgs } from '../../src/cli/subcommands/org-list';
import { parseReportMergeArgs, REPORT_MERGE_SPEC, REPORT_MERGE_USAGE } from '../../src/cli/subcommands/report-merge';
import { runCli } from '../helpers/cli';

/** Node's own wording, which must never reach the user. */
const NODE_WORDING = /ERR_PARSE_ARGS|Unknown option '|argument is ambiguous|argument missing|does not take an argument|To specify/;

const SPEC: CommandSpec = {
  command: 'demo',
  options: [
    { name: '--mode', value: 'MODE', choices: ['fast', 'slow'], example: 'slow' },
    { name: '--kind', value: 'KIND', choices: ['a', 'b'] },
    { name: '--file', value: 'FILE' },
    { name: '--tag', value: 'TAG', repeatable: true },
    { name: '--dry-run' },
    HELP_OPTION,
  ],
};

function error(argv: string[], spec: CommandSpec = SPEC): string {
  try {
    parseOptions(spec, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`${JSON.stringify(argv)} parsed`);
}

describe('the shared option parser', () => {
  it.each([
    [['--mode', 'fast'], 'fast'],
    [['--mode=fast'], 'fast'],
    [['--mode=slow', '--mode', 'fast'], 'fast'],
    [['--file=a=b', '--mode=fast'], 'fast'],
  ])('%j: --name value and --name=value, the last one counts', (argv, mode) => {
    expect(parseOptions(SPEC, argv).choice('--mode')).toBe(mode);
  });

  it('keeps a value after `=` as it is, even an empty one or one with `=`', () => {
    expect(parseOptions(SPEC, ['--file=a=b']).value('--file')).toBe('a=b');
    expect(parseOptions(SPEC, ['--file=']).value('--file')).toBe('');
    expect(parseOptions(SPEC, ['--file=--dry-run']).value('--file')).toBe('--dry-run');
  });

  it('takes a next argument with one dash as a value, not one with two', () => {
    expect(parseOptions(SPEC, ['--file', '-']).value('--file')).toBe('-');
    expect(parseOptions(SPEC, ['--file', '-x']).value('--file')).toBe('-x');
    expect(parseOptions(SPEC, ['--file', '-h']).has('--help')).toBe(false);
    expect(parseOptions(SPEC, ['--file', '--']).value('--file')).toBe('--');
    expect(error(['--file', '--dry-run'])).toBe('--file needs a value: --file FILE');
  });

  it('keeps every value of a repeatable option, in order', () => {
    const p = parseOptions(SPEC, ['--tag', 'x', '--file', 'f1', '--tag=y', '--file', 'f2', '--tag', 'z']);
    expect(p.values('--tag')).toEqual(['x', 'y', 'z']);
    expect(p.value('--tag')).toBe('z');
    expect(p.values('--file')).toEqual(['f2']);
    expect(p.values('--mode')).toEqual([]);
  });

  it('ends options at `--`', () => {
    const p = parseOptions(SPEC, ['a', '--dry-run', '--', '--mode', '-h', '--']);
    expect(p.positionals).toEqual(['a', '--mode', '-h', '--']);
    expect(p.has('--dry-run')).toBe(true);
    expect(p.value('--mode')).toBeUndefined();
    expect(p.has('--help')).toBe(false);
  });

  it('reads -h and --help as help, and a lone - as a positional', () => {
    expect(parseOptions(SPEC, ['-h']).has('--help')).toBe(true);
    expect(parseOptions(SPEC, ['--help']).has('--help')).toBe(true);
    expect(parseOptions(SPEC, ['-']).positionals).toEqual(['-']);
  });

  it('refuses to read an option the command does not declare: a mistake in the command', () => {
    expect(() => parseOptions(SPEC, []).value('--colour')).toThrow(/--colour is not an option/);
    expect(() => parseOptions(SPEC, []).value('--colour')).not.toThrow(UsageError);
  });

  it('leaves values to the command, so help answers whatever else is wrong', () => {
    const p = parseOptions(SPEC, ['--help', '--mode', 'nope']);
    expect(p.has('--help')).toBe(true);
    expect(() => p.choice('--mode')).toThrow(UsageError);
  });

  it.each([
    [['--colour'], 'unknown option --colour; run `leakproof demo --help` for the options'],
    [['--mdoe', 'fast'], 'unknown option --mdoe (did you mean --mode?); run `leakproof demo --help` for the options'],
    [['--dry'], 'unknown option --dry (did you mean --dry-run?); run `leakproof demo --help` for the options'],
    [['--colour=1'], 'unknown option --colour; run `leakproof demo --help` for the options'],
    [['-x'], 'unknown option -x; run `leakproof demo --help` for the options'],
    [['-hx'], 'unknown option -hx; run `leakproof demo --help` for the options'],
    [['---mode'], 'unknown option ---mode (did you mean --mode?); run `leakproof demo --help` for the options'],
    [['--mode'], '--mode needs a value: --mode MODE'],
    [['--mode', '--dry-run'], '--mode needs a value: --mode MODE'],
    [['--dry-run=yes'], '--dry-run takes no value; write it alone, e.g. leakproof demo --dry-run'],
    [['--help=1'], '--help takes no value; write it alone, e.g. leakproof demo --help'],
    // The first problem in the order given.
    [['--colour', '--mode'], 'unknown option --colour; run `leakproof demo --help` for the options'],
    [['--mode', '--colour'], '--mode needs a value: --mode MODE'],
    [['--dry-run=1', '--colour'], '--dry-run takes no value; write it alone, e.g. leakproof demo --dry-run'],
  ])('%j: %s', (argv, message) => {
    expect(error(argv)).toBe(message);
    expect(message).not.toMatch(NODE_WORDING);
  });

  it.each([
    ['--mode', 'nope', '--mode must be one of fast, slow (got "nope"), e.g. --mode slow'],
    ['--mode', '', '--mode must be one of fast, slow (got ""), e.g. --mode slow'],
    ['--kind', 'c', '--kind must be one of a, b (got "c")'],
  ])('%s %j: lists the allowed values', (name, value, message) => {
    expect(() => parseOptions(SPEC, [`${name}=${value}`]).choice(name)).toThrow(message);
  });

  it('uses the scan wording for a missing value of the main command', () => {
    const scan: CommandSpec = { command: '', options: [{ name: '--file', value: 'FILE' }, { name: '--dry-run' }] };
    expect(error(['--file'], scan)).toBe('--file needs a value, e.g. --file FILE');
    expect(error(['--dry-run=1'], scan)).toBe('--dry-run takes no value; write it alone, e.g. leakproof . --dry-run');
    expect(error(['--colour'], scan)).toBe('unknown option --colour; run `leakproof --help` for the options');
  });
});

/** Each command: how it is typed, its options, its help text, and how it is parsed. */
const COMMANDS = [
  { words: [], spec: SCAN_SPEC, help: HELP },
  { words: ['fix'], spec: FIX_SPEC, help: FIX_USAGE },
  { words: ['keygen'], spec: KEYGEN_SPEC, help: KEYGEN_USAGE },
  { words: ['report', 'merge'], spec: REPORT_MERGE_SPEC, help: REPORT_MERGE_USAGE },
  { words: ['org', 'list'], spec: ORG_LIST_SPEC, help: ORG_LIST_USAGE },
];

describe('every command parses with the shared parser', () => {
  const usage: [string[], string][] = [
    // The scan.
    [['--nope'], 'unknown option --nope; run `leakproof --help` for the options'],
    [['--fail-of', 'error'], 'unknown option --fail-of (did you mean --fail-on?); run `leakproof --help` for the options'],
    [['--format'], '--format needs a value, e.g. --format FORMAT'],
    [['--format', '--json'], '--format needs a value, e.g. --format FORMAT'],
    [['--format', 'bad'], '--format must be one of text, json, sarif (got "bad"), e.g. --format text'],
    [['--format=bad'], '--format must be one of text, json, sarif (got "bad"), e.g. --format text'],
    [['--fail-on', 'high'], '--fail-on must be one of error, warning, notice, never (got "high"), e.g. --fail-on error'],
    [['--no-git=yes'], '--no-git takes no value; write it alone, e.g. leakproof . --no-git'],
    [['-hv'], 'unknown option -hv; run `leakproof --help` for the options'],
    // fix
    [['fix', '--nope'], 'unknown option --nope; run `leakproof fix --help` for the options'],
    [['fix', '--wrte'], 'unknown option --wrte (did you mean --write?); run `leakproof fix --help` for the options'],
    [['fix', '--config'], '--config needs a value: --config FILE'],
    [['fix', '--fail-on', 'critical'], '--fail-on must be one of error, warning, notice, never (got "critical"), e.g. --fail-on warning'],
    [['fix', '--write=yes'], '--write takes no value; write it alone, e.g. leakproof fix --write'],
    // keygen
    [['keygen', '--nope'], 'unknown option --nope; run `leakproof keygen --help` for the options'],
    [['keygen', '--fro', 'django'], 'unknown option --fro (did you mean --for?); run `leakproof keygen --help` for the options'],
    [['keygen', '--for'], '--for needs a value: --for KIND'],
    [['keygen', '--for', 'nope'], '--for must be one of django, flask, rails, laravel, jwt, fernet, hex, base64 (got "nope"), e.g. --for django'],
    [['keygen', '--bytes', '-5'], '--bytes takes a whole number of bytes (got "-5"), e.g. --bytes 64'],
    // report merge
    [['report', 'merge', '--nope'], 'unknown option --nope; run `leakproof report merge --help` for the options'],
    [['report', 'merge', 'a.json', '--fromat', 'json'], 'unknown option --fromat (did you mean --format?); run `leakproof report merge --help` for the options'],
    [['report', 'merge', 'a.json', '--format'], '--format needs a value: --format FORMAT'],
    [['report', 'merge', 'a.json', '--format', 'html'], '--format must be one of markdown, json, sarif (got "html")'],
    [['report', 'merge', '--format', 'json'], 'report merge needs at least one JSON report or folder of reports'],
    // org list
    [['org', 'list', '--nope'], 'unknown option --nope; run `leakproof org list --help` for the options'],
    [['org', 'list', '--topc', 'x'], 'unknown option --topc (did you mean --topic?); run `leakproof org list --help` for the options'],
    [['org', 'list', '--org'], '--org needs a value: --org NAME'],
    [['org', 'list', '--org', 'acme', '--include-forks=1'], '--include-forks takes no value; write it alone, e.g. leakproof org list --include-forks'],
    [['org', 'list'], 'org list needs --org NAME'],
  ];
  it.each(usage)('%j: one line, exit 2', async (argv, message) => {
    const r = await runCli(argv);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `leakproof: ${message}\n` });
    expect(r.stderr).not.toMatch(NODE_WORDING);
  });

  it.each(COMMANDS.flatMap((c) => [[[...c.words, '--help'], c.help] as const, [[...c.words, '-h'], c.help] as const]))(
    '%j prints the help and exits 0',
    async (argv, help) => {
      expect(await runCli([...argv])).toEqual({ code: 0, stdout: help, stderr: '' });
    },
  );

  it('reads --name=value, --name value and `--` alike in every command', () => {
    expect(parseArgs(['--format=json', '--output', 'r.json', '--', '--dir'])).toMatchObject({ kind: 'scan', format: 'json', output: 'r.json', path: '--dir' });
    expect(parseFixArgs(['--fail-on=warning', '--config', 'c.yml', '--write', '--', '--dir'])).toMatchObject({ failOn: 'warning', config: 'c.yml', write: true, path: '--dir' });
    expect(parseKeygenArgs(['--for=jwt', '--bytes', '48'])).toEqual({ kind: 'jwt', bytes: 48 });
    expect(parseReportMergeArgs(['--format=json', '--output', 'o.json', '--', '--r.json'], {})).toMatchObject({ format: 'json', output: 'o.json', inputs: ['--r.json'] });
    expect(parseOrgListArgs(['--org=acme', '--chunk', '10', '--include-forks'], {})).toMatchObject({ org: 'acme', chunkSize: 10, includeForks: true });
  });

  it('lets the last of a repeated option count in every command', () => {
    expect(parseArgs(['--format', 'bad', '--format', 'json'])).toMatchObject({ format: 'json' });
    expect(parseFixArgs(['--fail-on', 'error', '--fail-on=notice'])).toMatchObject({ failOn: 'notice' });
    expect(parseKeygenArgs(['--for', 'nope', '--for', 'flask'])).toEqual({ kind: 'flask' });
    expect(parseReportMergeArgs(['r.json', '--format', 'json', '--format', 'sarif'], {})).toMatchObject({ format: 'sarif' });
    expect(parseOrgListArgs(['--org', 'one', '--org', 'two'], {})).toMatchObject({ org: 'two' });
  });

  it('keeps -v and -V as --version for the scan only', async () => {
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
    expect((await runCli(['keygen', '-v'])).stderr).toBe('leakproof: unknown option -v; run `leakproof keygen --help` for the options\n');
  });

  it.each(COMMANDS.map((c) => [c.words.join(' ') || 'the scan', c] as const))('%s: its help names each of its options', (_label, c) => {
    for (const o of c.spec.options) if (o !== HELP_OPTION) expect(c.help, o.name).toContain(o.name);
  });

  it("every option a subcommand's help names is one it takes; every one in `leakproof --help` is some command's", () => {
    const named = (text: string) => new Set(text.match(/--[a-z][a-z-]*/g));
    const taken = (spec: CommandSpec) => spec.options.map((o) => o.name);
    for (const c of COMMANDS.slice(1)) expect([...named(c.help)].filter((n) => !taken(c.spec).includes(n)), c.words.join(' ')).toEqual([]);
    const all = COMMANDS.flatMap((c) => taken(c.spec));
    expect([...named(HELP)].filter((n) => !all.includes(n))).toEqual([]);
  });
});
