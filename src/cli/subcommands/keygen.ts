import { HELP_OPTION, parseOptions, UsageError, type CommandSpec } from '../options';
import type { Io } from '../run';
import { EXIT_OK, guarded, isScanInputError } from '../exit';
import { generateKey, KEY_KINDS, KEY_SPECS, KeySizeError, type KeyKind } from '../../fix/keygen';

export const KEYGEN_USAGE = `Usage: leakproof keygen [--for ${KEY_KINDS.join('|')}] [--bytes N]
  Prints one fresh key (node:crypto) and nothing else, e.g. SECRET_KEY="$(npx leakproof keygen --for django)"
${KEY_KINDS.map((k) => `    --for ${k.padEnd(8)} ${KEY_SPECS[k].describe}`).join('\n')}
  Without --for: hex, 32 bytes. --bytes N sets the size where the format allows it.
`;

/** `KEYGEN_USAGE` describes these. */
export const KEYGEN_SPEC: CommandSpec = {
  command: 'keygen',
  options: [{ name: '--for', value: 'KIND', choices: KEY_KINDS, example: 'django' }, { name: '--bytes', value: 'N' }, HELP_OPTION],
};

export interface KeygenCommand {
  kind: KeyKind;
  bytes?: number;
}

export function parseKeygenArgs(argv: readonly string[]): KeygenCommand | 'help' {
  const p = parseOptions(KEYGEN_SPEC, argv);
  if (p.has('--help')) return 'help';
  if (p.positionals.length > 0) throw new UsageError(`keygen takes no arguments (got "${p.positionals[0]}"); pick a format with --for, e.g. --for django`);
  const cmd: KeygenCommand = { kind: p.choice<KeyKind>('--for') ?? 'hex' };
  const bytes = p.value('--bytes');
  if (bytes !== undefined) {
    if (!/^\d+$/.test(bytes)) throw new UsageError(`--bytes takes a whole number of bytes (got "${bytes}"), e.g. --bytes 64`);
    cmd.bytes = Number(bytes);
  }
  return cmd;
}

/** `leakproof keygen`: one key on stdout, so `$(leakproof keygen --for django)` is the key. */
export function runKeygen(argv: readonly string[], io: Io): Promise<number> {
  return guarded(io, async () => {
    const cmd = parseKeygenArgs(argv);
    if (cmd === 'help') {
      io.stdout.write(KEYGEN_USAGE);
      return EXIT_OK;
    }
    let key: string;
    try {
      key = generateKey(cmd.kind, cmd.bytes);
    } catch (e) {
      if (e instanceof KeySizeError) throw new UsageError(e.message);
      throw e;
    }
    io.stdout.write(`${key}\n`);
    return EXIT_OK;
  }, isScanInputError);
}
