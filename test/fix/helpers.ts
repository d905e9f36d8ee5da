import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Fixture } from '../helpers/fixture';
import { runCli, type CliRun } from '../helpers/cli';

/** A git repository with these files committed (ignored ones too: a tracked file stays tracked when a pattern matches it). */
export function committedRepo(files: Record<string, string>): Fixture {
  const f = Fixture.repo();
  for (const [rel, text] of Object.entries(files)) f.write(rel, text);
  f.git('add', '-A', '-f');
  f.git('commit', '-q', '-m', 'init');
  return f;
}

export function fix(root: string, ...args: string[]): Promise<CliRun> {
  return runCli(['fix', root, ...args]);
}

export interface JsonFinding {
  ruleId: string;
  path: string;
  line?: number;
  severity: string;
}

/** The active findings of a scan, every severity. */
export async function findings(root: string): Promise<JsonFinding[]> {
  const r = await runCli([root, '--format', 'json', '--fail-on', 'never']);
  return (JSON.parse(r.stdout) as { findings: (JsonFinding & { suppressed?: unknown })[] }).findings.filter((f) => !f.suppressed);
}

/** Whether a program is on this machine. */
export function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Throws with the parser's message when the file does not parse. */
export function check(cmd: string, args: string[], cwd: string): void {
  execFileSync(cmd, args, { cwd, stdio: 'pipe' });
}

export function read(f: Fixture, rel: string): string {
  return readFileSync(f.abs(rel), 'utf8');
}
