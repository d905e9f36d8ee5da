import { HELP_OPTION, parseOptions, UsageError, type CommandSpec } from '../options';
import type { Io } from '../run';
import { EXIT_FINDINGS, EXIT_OK, guarded, isScanInputError } from '../exit';
import { loadConfig, scanOptionsFromConfig } from '../../config';
import { contextOverrides } from '../../core/globs';
import { scan } from '../../engine/scan';
import { ruleSettings } from '../../engine/pipeline';
import type { FailOn, Finding } from '../../engine/types';
import type { Severity } from '../../core/types';
import { planFixes } from '../../fix/plan';
import { applyFixes, type ApplyResult } from '../../fix/apply';
import { FolderWorkspace } from '../../fix/workspace';
import { formatFixPlan } from '../../report/fix';
import { colorEnabled, palette } from '../../report/color';
import { printable } from '../../report/printable';

export const FIX_USAGE = `Usage: leakproof fix [path] [--write [--unsafe]] [--config FILE] [--fail-on LEVEL] [--no-git]
  Shows, as a diff with every secret redacted, how leakproof would fix the findings in
  path (default: the current folder), and the steps it cannot take; changes nothing.
  --write             apply the safe fixes (untrack and ignore dotenv files, placeholders in templates)
  --unsafe            with --write, also apply the fixes that change behaviour (read secrets from
                      the environment, drop insecure defaults, take tokens out of git URLs; a fresh
                      key goes into the ignored .env)
  --config FILE       the configuration, as for a scan
  --fail-on LEVEL     fix findings at least this severe: error (default, or the configuration's
                      failOn), warning or notice
  --no-git            treat the folder as plain even inside a git work tree
  Exit codes: 0 every finding has a fix, 1 some need a person, 2 usage or runtime error.

Examples
  leakproof fix                          the plan: a redacted diff and the manual steps
  leakproof fix --write                  untrack and ignore .env (keeps your copy), write .env.example
  leakproof fix ./api --write --unsafe   also SECRET_KEY = '…' → os.environ.get('SECRET_KEY'), and a fresh
                                         key in the ignored ./api/.env
`;

export interface FixCommand {
  path: string;
  write: boolean;
  unsafe: boolean;
  config?: string;
  failOn?: FailOn;
  noGit: boolean;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** `FIX_USAGE` describes these. */
export const FIX_SPEC: CommandSpec = {
  command: 'fix',
  options: [
    { name: '--config', value: 'FILE' },
    { name: '--fail-on', value: 'LEVEL', choices: FAIL_ON, example: 'warning' },
    { name: '--write' },
    { name: '--unsafe' },
    { name: '--no-git' },
    HELP_OPTION,
  ],
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export function parseFixArgs(argv: readonly string[]): FixCommand | 'help' {
  const p = parseOptions(FIX_SPEC, argv);
  if (p.has('--help')) return 'help';
  if (p.positionals.length > 1) {
    throw new UsageError(`fix takes one folder, got ${p.positionals.length}: ${p.positionals.join(' ')}; run leakproof fix once per folder`);
  }
  const cmd: FixCommand = { path: p.positionals[0] ?? '.', write: p.has('--write'), unsafe: p.has('--unsafe'), noGit: p.has('--no-git') };
  if (cmd.unsafe && !cmd.write) throw new UsageError('--unsafe applies only with --write (the dry run already shows the unsafe fixes): leakproof fix --write --unsafe');
  const config = p.value('--config');
  if (config !== undefined) {
    if (config === '') throw new UsageError('--config needs a file name');
    cmd.config = config;
  }
  const failOn = p.choice<FailOn>('--fail-on');
  if (failOn !== undefined) cmd.failOn = failOn;
  return cmd;
}

/** The findings `fix` acts on: not suppressed, and at least as severe as the fail-on level (`never`: all of them). */
export function findingsToFix(findings: readonly Finding[], failOn: FailOn): Finding[] {
  const floor = failOn === 'never' ? 1 : RANK[failOn];
  return findings.filter((f) => !f.suppressed && RANK[f.severity] >= floor);
}

/**
 * `leakproof fix`: scan, plan a fix per finding, print the plan (a
 * redacted diff, then what needs a person), and with `--write` apply it.
 * Exit 0 when every finding has a fix, 1 when some need a person (or a fix
 * could not be applied), 2 on bad input.
 */
export function runFix(argv: readonly string[], io: Io): Promise<number> {
  return guarded(io, async () => {
    const cmd = parseFixArgs(argv);
    if (cmd === 'help') {
      io.stdout.write(FIX_USAGE);
      return EXIT_OK;
    }
    const config = await loadConfig(cmd.path, cmd.config);
    const options = scanOptionsFromConfig(config);
    const result = await scan({ ...options, root: cmd.path, noGit: cmd.noGit });
    for (const err of result.errors) io.stderr.write(`leakproof: warning: ${printable(err.path)}: ${err.message}${err.path === '.' ? '' : '; skipped'}\n`);
    const failOn = cmd.failOn ?? config.failOn ?? 'error';
    const ws = new FolderWorkspace(result.root, result.mode);
    const plan = await planFixes(findingsToFix(result.findings, failOn), ws, {
      settings: ruleSettings(options, contextOverrides(options.contexts)),
      localKeys: true,
      found: result.secretValues,
    });
    let applied: ApplyResult | undefined;
    if (cmd.write) {
      const chosen = plan.fixes.filter((f) => f.applicability === 'safe' || cmd.unsafe);
      applied = await applyFixes(plan, chosen, ws);
    }
    io.stdout.write(formatFixPlan(plan, { colors: palette(colorEnabled(io.stdout, io.env)), write: cmd.write, unsafe: cmd.unsafe, ...(applied ? { applied } : {}) }));
    const unresolved = plan.manual.length + (applied ? applied.skipped.length + applied.notWritten.length : 0);
    return failOn !== 'never' && unresolved > 0 ? EXIT_FINDINGS : EXIT_OK;
  }, isScanInputError);
}
