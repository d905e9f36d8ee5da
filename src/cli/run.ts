import { writeFile } from 'node:fs/promises';
import { parseArgs, UsageError, type ScanCommand } from './args';
import { HELP } from './help';
import { scan, ScanInputError } from '../engine/scan';
import type { FailOn, ScanResult, Severity } from '../engine/types';
import { RULES, findRule } from '../rules';
import { colorEnabled, palette } from '../report/color';
import { formatText } from '../report/text';
import { formatJson, resolveRepository } from '../report/json';
import { runReportMerge } from './subcommands/report-merge';
import { runOrgList } from './subcommands/org-list';
import { ruleText } from '../report/rule-docs';
import { VERSION } from '../version';
import { Progress } from './progress';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** True when an active finding is at least as severe as `failOn`. */
export function reachesFailOn(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}

/** Runs the CLI and returns its exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Subcommands have their own options; a folder named `report` or `org` is still scannable.
  if (argv[0] === 'report' && argv[1] === 'merge') return runReportMerge(argv.slice(2), io);
  if (argv[0] === 'org' && argv[1] === 'list') return runOrgList(argv.slice(2), io);
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help':
        io.stdout.write(HELP);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'list-rules':
        io.stdout.write(listRules(cmd.format));
        return EXIT_OK;
      case 'explain': {
        const rule = findRule(cmd.rule);
        if (!rule) throw new UsageError(`unknown rule "${cmd.rule}"; rules: ${RULES.map((r) => r.meta.id).join(', ')}`);
        io.stdout.write(ruleText(rule));
        return EXIT_OK;
      }
      case 'scan':
        return await runScan(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ScanInputError) {
      io.stderr.write(`leakproof: ${e.message}\nRun \`leakproof --help\` for usage.\n`);
      return EXIT_USAGE;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr.write(`leakproof: ${msg}\n`);
    if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}

async function runScan(cmd: ScanCommand, io: Io): Promise<number> {
  const showProgress = cmd.format === 'text' && !!io.stderr.isTTY && !io.env.CI;
  const progress = showProgress ? new Progress(io.stderr) : null;
  let result: ScanResult;
  try {
    result = await scan({
      root: cmd.path,
      noGit: cmd.noGit,
      includeIgnored: cmd.includeIgnored,
      maxFileSize: cmd.maxFileSize,
      onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
    });
  } finally {
    progress?.clear();
  }
  for (const err of result.errors) io.stderr.write(`leakproof: warning: ${err.path}: ${err.message}; skipped\n`);
  const toFile = cmd.output !== undefined;
  const report =
    cmd.format === 'json'
      ? formatJson(result, cmd.path, resolveRepository(cmd, io.env))
      : formatText(result, { colors: palette(!toFile && colorEnabled(io.stdout, io.env)) });
  if (toFile) {
    try {
      await writeFile(cmd.output!, report);
    } catch (e) {
      throw new UsageError(`cannot write ${cmd.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; pick a writable path for --output`);
    }
  } else io.stdout.write(report);
  return reachesFailOn(result, cmd.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function listRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    return JSON.stringify(RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, title: r.meta.title })), null, 2) + '\n';
  }
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.title}`).join('\n') + '\n';
}
