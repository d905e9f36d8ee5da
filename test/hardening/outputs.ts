import { runCli, type CliRun } from '../helpers/cli';

export type { CliRun };

/** Runs the CLI in-process and captures both streams. */
export const cli = runCli;

/** Every report format of one scan, concatenated with both streams: the text that must never hold a secret. */
export async function everyFormat(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ text: CliRun; json: CliRun; sarif: CliRun; all: string }> {
  const text = await cli([...argv, '--show-suppressed'], env);
  const json = await cli([...argv, '--format', 'json'], env);
  const sarif = await cli([...argv, '--format', 'sarif'], env);
  const all = [text, json, sarif].map((r) => r.stdout + r.stderr).join('\n');
  return { text, json, sarif, all };
}
