// Synchronous file calls: a few small files, and `node:fs/promises` would cost every start-up its loading.
import { lstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ScanCommand } from './args';
import { closest, UsageError } from './options';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit';
import { HELP } from './help';
import { scan, ScanInputError } from '../engine/scan';
import type { Baseline, FailOn, ScanOptions, ScanResult } from '../engine/types';
import type { Severity } from '../core/types';
import { BaselineError, baselineFrom, formatBaseline, parseBaseline, pruneBaseline } from '../engine/baseline';
import { loadConfig } from '../config/load';
import { ConfigError } from '../config/schema';
import { scanOptionsFromConfig } from '../config/options';
import { RULE_IDS } from '../rules/ids';
import type { Rule } from '../rules/types';
import { colorEnabled, palette } from '../report/color';
import { formatText } from '../report/text';
import { countBySeverity, plural } from '../report/stats';
import { printable } from '../report/printable';
import { VERSION } from '../version';
import { Progress } from './progress';
import { keepCompiledCode } from './code-cache';
import { workerEntry } from '../engine/worker-entry';
import { openScanCache } from './scan-cache';

// What a plain scan does not need is loaded when a command asks for it (`import()` below): other
// report formats, the subcommands, the git modes, the rule documentation. Start-up then reads and
// compiles only the folder scan and the text report; the rules themselves once the scan has
// something to check (engine/scan.ts).

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** True when an active finding is at least as severe as `failOn`. */
export function reachesFailOn(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}

/** Runs the CLI and returns its exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Subcommands have their own options; a folder named `report` or `org` is still scannable.
  if (argv[0] === 'report' && argv[1] === 'merge') return (await import('./subcommands/report-merge')).runReportMerge(argv.slice(2), io);
  if (argv[0] === 'org' && argv[1] === 'list') return (await import('./subcommands/org-list')).runOrgList(argv.slice(2), io);
  if (argv[0] === 'fix') return (await import('./subcommands/fix')).runFix(argv.slice(1), io);
  if (argv[0] === 'keygen') return (await import('./subcommands/keygen')).runKeygen(argv.slice(1), io);
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
        io.stdout.write(listRules((await import('../rules')).RULES, cmd.format));
        return EXIT_OK;
      case 'explain': {
        const rule = (await import('../rules')).findRule(cmd.rule);
        if (!rule) throw unknownRule(cmd.rule);
        const { rulePage } = await import('../report/rule-docs');
        io.stdout.write(rulePage(rule));
        return EXIT_OK;
      }
      case 'init': {
        const { writeStarterConfig } = await import('../config/init');
        const written = await writeStarterConfig(cmd.path);
        io.stdout.write(`Wrote ${written}: every key is commented out; uncomment what you need.\n`);
        return EXIT_OK;
      }
      case 'scan':
        return await runScan(cmd, io);
      case 'install-hook': {
        const { installHook } = await import('./hook');
        const out = await installHook(cmd.path);
        const what = { created: 'created', added: 'added leakproof to', unchanged: 'leakproof is already in' }[out.action];
        io.stdout.write(`${what} ${out.file}: commits now run \`leakproof --staged\`\n`);
        return EXIT_OK;
      }
    }
  } catch (e) {
    if (e instanceof ConfigError || e instanceof BaselineError) {
      io.stderr.write(`leakproof: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof UsageError || e instanceof ScanInputError) {
      io.stderr.write(`leakproof: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr.write(`leakproof: ${msg}${io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)'}\n`);
    if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}

async function runScan(cmd: ScanCommand, io: Io): Promise<number> {
  limitToTargets(cmd);
  const showProgress = cmd.format === 'text' && !!io.stderr.isTTY && !io.env.CI;
  const progress = showProgress ? new Progress(io.stderr) : null;
  const config = await loadConfig(cmd.path, cmd.config);
  const baseline = cmd.baseline !== undefined ? await readBaseline(cmd.baseline) : undefined;
  let result: ScanResult;
  try {
    result = await scanFor(cmd, progress, {
      ...scanOptionsFromConfig(config),
      includeIgnored: cmd.includeIgnored || config.includeIgnored === true,
      maxFileSize: cmd.maxFileSize ?? config.maxFileSize,
      baseline,
    }, io.env);
  } finally {
    progress?.clear();
  }
  if (result.stats.files > 0) keepCompiledCode(result.stats.files);
  if (result.history?.shallow) {
    io.stderr.write(
      'leakproof: warning: this is a shallow clone, so older commits were not scanned; fetch the whole history first (actions/checkout: `fetch-depth: 0`, or `git fetch --unshallow`)\n',
    );
  }
  for (const p of result.unmatched ?? []) {
    io.stderr.write(
      `leakproof: warning: ${printable(p)}: nothing scanned there: git ignores it (pass --include-ignored to scan it anyway), the configuration's \`ignore\` does, or it holds no file\n`,
    );
  }
  for (const err of result.errors) {
    // An error about the folder itself ('.') is not about one skipped file.
    io.stderr.write(`leakproof: warning: ${printable(err.path)}: ${err.message}${err.path === '.' ? '' : '; skipped'}\n`);
  }
  if (cmd.pruneBaseline && baseline) {
    const kept = pruneBaseline(baseline, result.findings);
    await writeOut(cmd.baseline!, formatBaseline(kept), '--baseline');
    const removed = baseline.entries.length - kept.entries.length;
    io.stderr.write(`leakproof: pruned ${cmd.baseline}: removed ${removed} stale ${removed === 1 ? 'entry' : 'entries'}, kept ${kept.entries.length}\n`);
    result.stats.baseline = { entries: kept.entries.length, matched: kept.entries.length, stale: 0 };
  }
  const toFile = cmd.output !== undefined;
  const report = await formatReport(cmd, result, io, toFile);
  if (toFile) {
    try {
      writeFileSync(cmd.output!, report);
    } catch (e) {
      throw new UsageError(`cannot write ${cmd.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; pick a writable path for --output`);
    }
    io.stderr.write(`leakproof: ${summary(result)}; report written to ${cmd.output}\n`);
  } else io.stdout.write(report);
  if (cmd.writeBaseline !== undefined) {
    const written = baselineFrom(result.findings);
    await writeOut(cmd.writeBaseline, formatBaseline(written), '--write-baseline');
    const n = written.entries.length;
    io.stderr.write(`leakproof: wrote ${n} ${n === 1 ? 'finding' : 'findings'} to ${cmd.writeBaseline}; scan with --baseline ${cmd.writeBaseline} to fail only on new ones\n`);
    // Recording today's findings is the point of the command, so they do not fail it.
    return EXIT_OK;
  }
  return reachesFailOn(result, cmd.failOn ?? config.failOn ?? 'error') ? EXIT_FINDINGS : EXIT_OK;
}

async function formatReport(cmd: ScanCommand, result: ScanResult, io: Io, toFile: boolean): Promise<string> {
  if (cmd.format === 'json') {
    const { formatJson, resolveRepository } = await import('../report/json');
    return formatJson(result, cmd.path, resolveRepository(cmd, io.env));
  }
  if (cmd.format === 'sarif') return (await import('../report/sarif')).formatSarif(result);
  return formatText(result, { colors: palette(!toFile && colorEnabled(io.stdout, io.env)), showSuppressed: cmd.showSuppressed });
}

async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `${file}: baseline not found; create it with \`leakproof --write-baseline ${file}\``
        : `${file}: cannot read the baseline (${code ?? 'error'}); check the path and its permissions`,
    );
  }
  return parseBaseline(text, file);
}

async function writeOut(file: string, text: string, option: string): Promise<void> {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; pick a writable path for ${option}`);
  }
}

function summary(result: ScanResult): string {
  const c = countBySeverity(result.findings);
  return `${plural(c.error + c.warning + c.notice, 'finding')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')})`;
}

function unknownRule(id: string): UsageError {
  const ids = [...RULE_IDS];
  const hint = closest(id, ids);
  return new UsageError(
    `unknown rule "${id}"${hint ? ` (did you mean ${hint}?)` : ''}; the rules are ${ids.join(', ')} (see \`leakproof --list-rules\`)`,
  );
}

/**
 * One folder given is the folder scanned. Files given, or several paths,
 * are scanned within the current folder, as git would name them from there:
 * the scan is limited to them (`only`), and every one must be inside it.
 */
function limitToTargets(cmd: ScanCommand): void {
  const targets = cmd.targets ?? [];
  if (targets.length === 0) return;
  if (targets.length === 1 && isFolder(targets[0]!)) return;
  if (cmd.staged || cmd.history || cmd.since !== undefined) {
    throw new UsageError(`${targets[0]} is not a folder: --staged, --since and --history scan a repository; pass its folder or nothing`);
  }
  const cwd = process.cwd();
  const only: string[] = [];
  let whole = false;
  for (const t of targets) {
    if (lstatSync(t, { throwIfNoEntry: false }) === undefined) throw new UsageError(`${t} does not exist: pass files or folders inside the current folder`);
    const rel = path.relative(cwd, path.resolve(cwd, t));
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
      throw new UsageError(`${t} is outside the current folder: run leakproof from a folder that holds every path you pass, e.g. the repository's top`);
    }
    // The current folder itself: everything in it.
    if (rel === '') whole = true;
    else only.push(rel.split(path.sep).join('/'));
  }
  cmd.path = '.';
  if (!whole) cmd.only = only;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The working-tree scan, or the git-aware scope the command asks for. */
async function scanFor(cmd: ScanCommand, progress: Progress | null, settings: Omit<ScanOptions, 'root'>, env: NodeJS.ProcessEnv): Promise<ScanResult> {
  const common: ScanOptions = { ...settings, root: cmd.path };
  if (cmd.history) {
    const { scanHistory } = await import('../engine/git-sources/history');
    return scanHistory({
      ...common,
      since: cmd.since,
      maxCommits: cmd.maxCommits,
      onCommit: progress ? (done) => progress.commits(done) : undefined,
    });
  }
  if (cmd.staged) return (await import('../engine/git-sources/staged')).scanStaged(common);
  if (cmd.since !== undefined) return (await import('../engine/git-sources/since')).scanSince({ ...common, since: cmd.since });
  return scan({
    ...common,
    noGit: cmd.noGit,
    ...(cmd.only ? { paths: cmd.only } : {}),
    cache: cmd.noCache ? undefined : openScanCache(cmd.path, env, workerEntry()),
    onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
  });
}

function listRules(rules: readonly Rule[], format: 'text' | 'json'): string {
  if (format === 'json') {
    return JSON.stringify(rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, title: r.meta.title })), null, 2) + '\n';
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.title}`).join('\n') + '\n';
}
