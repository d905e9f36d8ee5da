import * as core from '@actions/core';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { scan, ScanInputError } from '../engine/scan';
import type { FailOn, Finding } from '../engine/types';
import type { Severity } from '../core/types';
import { annotationCommand, planAnnotations } from '../report/annotations';
import { formatJson } from '../report/json';
import { formatSarif } from '../report/sarif';
import { countBySeverity, plural } from '../report/stats';
import { formatSummary, type ScopeInfo } from '../report/summary';
import { palette } from '../report/color';
import { formatText } from '../report/text';
import { changedFiles, onChangedLine, type ScopeDecision } from './changed';
import { parseEvent, PR_EVENTS, type EventInfo } from './event';
import { InputError, readInputs, type ActionInputs } from './inputs';
import type { OutputName } from './outputs';
import { inert, maskable, printable } from './log';
import { judge } from './verdict';
import { BaseChanges, judgeAgainstBase } from '../engine/novelty';
import { getFileAt, listPullFiles } from './rest';
import { loadSettings } from './settings';
import { ConfigError, scanOptionsFromConfig } from '../config';
import { BaselineError } from '../engine/baseline';
import { ruleSettings } from '../engine/pipeline';
import { contextOverrides } from '../core/globs';
import { suggestFixes } from './suggestions';

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Exit code for bad input, as the CLI uses. */
const EXIT_USAGE = 2;

/** The Action: inputs → scope → scan → reports → outputs → pass or fail. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    await runWith(inputs, env);
  } catch (e) {
    if (e instanceof InputError || e instanceof ScanInputError || e instanceof ConfigError || e instanceof BaselineError) {
      core.setFailed(`leakproof: ${e.message}`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    core.setFailed(`leakproof: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof Error && e.stack) core.debug(e.stack);
  }
}

async function runWith(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = await scanRoot(workspace, inputs.path, env);
  const rel = path.relative(workspace, root).split(path.sep).join('/');
  const pathPrefix = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? `${rel}/` : '';
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const event = parseEvent(env.GITHUB_EVENT_NAME ?? '', payload);
  const rest = restRepo(inputs, env);
  const settings = await loadSettings({
    workspace,
    rootPrefix: pathPrefix,
    ...(inputs.config ? { configInput: inputs.config } : {}),
    ...(inputs.baseline ? { baselineInput: inputs.baseline } : {}),
    event,
    ...(rest ? { rest } : {}),
    getFileAt,
    log: (line) => core.info(printable(line)),
  });
  for (const note of settings.notes) core.notice(`leakproof: ${printable(note)}.`);
  if (settings.config.file) core.info(`Configuration: ${printable(settings.config.file)}`);
  const decision = await decideScope(inputs, event, root, pathPrefix, env);
  const scopeInfo: ScopeInfo =
    decision.kind === 'changed' ? { kind: 'changed', files: decision.set.paths.length, source: decision.set.source } : decision;
  if (decision.kind === 'changed') {
    core.info(`Scope: ${plural(decision.set.paths.length, 'changed file')} (from ${decision.set.source}).`);
  } else if (decision.reason) {
    core.notice(`leakproof scans every file: ${printable(decision.reason)}.`);
  } else core.info('Scope: all files.');

  const scanned = await scan({
    root,
    ...scanOptionsFromConfig(settings.config),
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(decision.kind === 'changed' ? { paths: decision.set.paths } : {}),
  });
  mask(scanned.secretValues);
  // Against a base, each finding is new or was already there, and suppressions the change adds are named.
  // Only a pull request is judged this way; a push with scope: changed still answers for every changed file.
  const result = decision.kind === 'changed' && event.pull ? judgeAgainstBase(scanned, new BaseChanges(decision.set.files)) : scanned;
  const verdict = judge(result, { failOnExisting: inputs.failOnExisting, prSuppressions: inputs.prSuppressions });

  // The text report shows names with visible escapes, and the whole log is inert, so no scanned name can act as a command.
  core.info(inert(formatText(result, { colors: palette(false) })));
  for (const err of result.errors) core.info(`leakproof: could not read ${printable(err.path)}: ${printable(err.message)}; skipped`);

  const repoFindings = result.findings.map((f): Finding => ({ ...f, path: pathPrefix + f.path }));
  let notAnnotated = 0;
  if (inputs.annotations) {
    const changed = decision.kind === 'changed' ? onChangedLine(decision.set) : undefined;
    const plan = planAnnotations(verdict.annotate, {
      max: inputs.maxAnnotations,
      ...(changed ? { changedLines: changed } : {}),
    });
    for (const a of plan.annotations) process.stdout.write(annotationCommand({ ...a, file: pathPrefix + a.file }) + os.EOL);
    notAnnotated = plan.omitted;
    if (notAnnotated > 0) core.info(`${plural(notAnnotated, 'more finding')} not annotated (GitHub limits annotations per step); see the job summary.`);
  }

  const tmp = env.RUNNER_TEMP || os.tmpdir();
  await mkdir(tmp, { recursive: true });
  const reportFile = path.join(tmp, 'leakproof-report.json');
  await writeFile(reportFile, formatJson(result, inputs.path));

  let sarifFile = '';
  if (inputs.sarif) {
    sarifFile = path.resolve(workspace, inputs.sarif);
    await mkdir(path.dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, formatSarif({ findings: repoFindings }));
    core.info(`SARIF written to ${printable(sarifFile)}`);
  }

  if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
    const md = formatSummary({
      result,
      scope: scopeInfo,
      pathPrefix,
      notAnnotated,
      notes: settings.notes,
      ...(verdict.base ? { base: verdict.base } : {}),
      ...(sarifFile ? { sarifFile } : {}),
      ...(env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && (event.pull?.headSha ?? env.GITHUB_SHA)
        ? { link: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: (event.pull?.headSha ?? env.GITHUB_SHA)! } }
        : {}),
    });
    await core.summary.addRaw(md, true).write();
  }

  if (inputs.suggestions) {
    const changed = decision.kind === 'changed' ? onChangedLine(decision.set) : undefined;
    const options = scanOptionsFromConfig(settings.config);
    await suggestFixes({
      result,
      pathPrefix,
      event,
      payload,
      ...(rest ? { rest } : {}),
      ...(changed ? { onDiff: (p: string, line: number) => changed(p, line) } : {}),
      settings: ruleSettings(options, contextOverrides(options.contexts)),
      summary: inputs.summary,
    });
  }

  const counts = countBySeverity(result.findings);
  const outputs: Record<OutputName, string | number> = {
    findings: counts.error + counts.warning + counts.notice,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    'sarif-file': sarifFile,
    report: reportFile,
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  const failOn = inputs.failOn ?? settings.config.failOn ?? 'error';
  const failing = countAtLeast(verdict.counted, failOn);
  if (failing > 0) {
    const from = inputs.failOn ? 'input fail-on' : settings.config.failOn ? `failOn in ${printable(settings.config.file ?? 'the configuration')}` : 'the default fail-on';
    core.setFailed(`leakproof: ${plural(failing, 'finding')} at or above "${failOn}" (${from})`);
  }
}

async function decideScope(
  inputs: ActionInputs,
  event: EventInfo,
  root: string,
  pathPrefix: string,
  env: NodeJS.ProcessEnv,
): Promise<ScopeDecision> {
  const wantChanged = inputs.scope === 'changed' || (inputs.scope === 'auto' && PR_EVENTS.includes(event.name));
  if (!wantChanged) return { kind: 'all' };
  const rest = restRepo(inputs, env);
  return changedFiles({
    root,
    event,
    fallbackPrefix: pathPrefix,
    ...(rest ? { rest } : {}),
    listPullFiles,
    log: (line) => core.info(printable(line)),
  });
}

function restRepo(inputs: ActionInputs, env: NodeJS.ProcessEnv): { token: string; apiUrl: string; owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { token: inputs.token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', owner, repo } : undefined;
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    core.warning(`leakproof: could not read the event payload at ${printable(file)}`);
    return {};
  }
}

/** Registers raw values with the runner's log masking (see `maskable` for which). */
function mask(values: readonly string[]): void {
  for (const v of maskable(values)) core.setSecret(v);
}

function countAtLeast(findings: readonly Finding[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
}

/**
 * The scanned folder: `path` resolved against the workspace, which must land
 * inside the workspace or the runner's temporary folder (symbolic links
 * resolved), so the input cannot point a scan at the runner's own files.
 */
async function scanRoot(workspace: string, input: string, env: NodeJS.ProcessEnv): Promise<string> {
  const root = path.resolve(workspace, input);
  const allowed = [workspace, ...(env.RUNNER_TEMP ? [path.resolve(env.RUNNER_TEMP)] : [])];
  const real = await realpath(root).catch(() => root);
  const realAllowed = await Promise.all(allowed.map((a) => realpath(a).catch(() => a)));
  const inside = (p: string, dirs: readonly string[]) => dirs.some((d) => p === d || p.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
  if (!inside(root, allowed) || !inside(real, realAllowed)) {
    throw new InputError(
      `input "path" must be a folder inside the workspace${env.RUNNER_TEMP ? ' or RUNNER_TEMP' : ''} (got "${printable(input)}", which resolves to ${printable(real)})`,
    );
  }
  return root;
}
