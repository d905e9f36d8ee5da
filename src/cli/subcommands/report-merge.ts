import { printable } from '../../report/printable';
import { writeFile } from 'node:fs/promises';
import { HELP_OPTION, parseOptions, UsageError, type CommandSpec } from '../options';
import type { Io } from '../run';
import { EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, guarded } from '../exit';
import { readInputs } from '../../org/read-inputs';
import { mergeReports } from '../../org/merge';
import { formatOrgSarif } from '../../org/sarif';
import { formatOrgMarkdown } from '../../report/org-markdown';

export const REPORT_MERGE_USAGE = `Usage: leakproof report merge <report.json|folder>... [--format markdown|json|sarif] [--output FILE]
                              [--max-bytes N] [--server-url URL]
`;

const FORMATS = ['markdown', 'json', 'sarif'] as const;
type MergeFormat = (typeof FORMATS)[number];

/** `REPORT_MERGE_USAGE` describes these. */
export const REPORT_MERGE_SPEC: CommandSpec = {
  command: 'report merge',
  options: [
    { name: '--format', value: 'FORMAT', choices: FORMATS },
    { name: '--output', value: 'FILE' },
    { name: '--max-bytes', value: 'N' },
    { name: '--server-url', value: 'URL' },
    HELP_OPTION,
  ],
};

export interface ReportMergeCommand {
  inputs: string[];
  format: MergeFormat;
  output?: string;
  maxBytes?: number;
  serverUrl: string;
}

export function parseReportMergeArgs(argv: readonly string[], env: Record<string, string | undefined>): ReportMergeCommand | 'help' {
  const p = parseOptions(REPORT_MERGE_SPEC, argv);
  if (p.has('--help')) return 'help';
  if (p.positionals.length === 0) throw new UsageError('report merge needs at least one JSON report or folder of reports');
  const cmd: ReportMergeCommand = {
    inputs: [...p.positionals],
    format: p.choice<MergeFormat>('--format') ?? 'markdown',
    serverUrl: p.value('--server-url') ?? env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
  if (!/^https?:\/\/[^\s]+$/.test(cmd.serverUrl)) throw new UsageError(`--server-url must be an http(s) URL (got "${cmd.serverUrl}")`);
  const output = p.value('--output');
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name');
    cmd.output = output;
  }
  const maxBytes = p.value('--max-bytes');
  if (maxBytes !== undefined) {
    if (!/^\d+$/.test(maxBytes) || Number(maxBytes) < 1024 || !Number.isSafeInteger(Number(maxBytes))) {
      throw new UsageError(`--max-bytes takes a number of bytes, at least 1024 (got "${maxBytes}")`);
    }
    cmd.maxBytes = Number(maxBytes);
  }
  return cmd;
}

/**
 * `leakproof report merge`: per-repository JSON reports in, one organisation
 * report out. Exit 0 when every report merged, 3 when some were skipped (each
 * named on stderr), 2 on usage errors or when none could be read.
 */
export function runReportMerge(argv: readonly string[], io: Io): Promise<number> {
  return guarded(io, async () => {
    const cmd = parseReportMergeArgs(argv, io.env);
    if (cmd === 'help') {
      io.stdout.write(REPORT_MERGE_USAGE);
      return EXIT_OK;
    }
    const { inputs, skipped } = await readInputs(cmd.inputs);
    for (const s of skipped) io.stderr.write(`leakproof: skipped ${printable(s.source)}: ${printable(s.reason)}\n`);
    if (inputs.length === 0) {
      io.stderr.write('leakproof: no report could be read; nothing to merge. Pass the JSON files written by `leakproof --format json`.\n');
      return EXIT_USAGE;
    }
    const report = mergeReports(inputs, skipped);
    const text =
      cmd.format === 'json'
        ? JSON.stringify(report, null, 2) + '\n'
        : cmd.format === 'sarif'
          ? formatOrgSarif(report, cmd.serverUrl)
          : formatOrgMarkdown(report, { serverUrl: cmd.serverUrl, maxBytes: cmd.maxBytes });
    if (cmd.output !== undefined) {
      try {
        await writeFile(cmd.output, text);
      } catch (e) {
        throw new UsageError(`cannot write ${cmd.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; pick a writable path for --output`);
      }
    } else io.stdout.write(text);
    return skipped.length > 0 ? EXIT_SKIPPED : EXIT_OK;
  }, () => true);
}
