import { run } from '../../src/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process and captures both streams. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    env,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Every report format of one scan, concatenated with both streams: the text that must never hold a secret. */
export async function everyFormat(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ text: CliRun; json: CliRun; sarif: CliRun; all: string }> {
  const text = await cli([...argv, '--show-suppressed'], env);
  const json = await cli([...argv, '--format', 'json'], env);
  const sarif = await cli([...argv, '--format', 'sarif'], env);
  const all = [text, json, sarif].map((r) => r.stdout + r.stderr).join('\n');
  return { text, json, sarif, all };
}
