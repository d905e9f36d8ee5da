import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRepoReport, ReportInputError } from './parse-report';
import type { RepoReportInput, SkippedReport } from './types';

export interface ReadInputsResult {
  inputs: RepoReportInput[];
  skipped: SkippedReport[];
}

/** Every `*.json` below a folder, sorted, without following symbolic links. */
async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await jsonFilesUnder(p)));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) out.push(p);
  }
  return out;
}

function describeIoError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/**
 * Reads report files and folders of reports. A file that cannot be read or
 * parsed is recorded as skipped with the reason; the rest still merge.
 */
export async function readInputs(args: readonly string[]): Promise<ReadInputsResult> {
  const files: string[] = [];
  const skipped: SkippedReport[] = [];
  for (const arg of args) {
    try {
      const st = await lstat(arg);
      if (st.isSymbolicLink()) skipped.push({ source: arg, reason: 'is a symbolic link; pass the report file itself' });
      else if (st.isDirectory()) files.push(...(await jsonFilesUnder(arg)));
      else if (st.isFile()) files.push(arg);
      else skipped.push({ source: arg, reason: 'is not a regular file' });
    } catch (e) {
      skipped.push({ source: arg, reason: describeIoError(e) });
    }
  }
  const inputs: RepoReportInput[] = [];
  for (const file of [...new Set(files)]) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      skipped.push({ source: file, reason: describeIoError(e) });
      continue;
    }
    try {
      inputs.push(parseRepoReport(text, file));
    } catch (e) {
      if (!(e instanceof ReportInputError)) throw e;
      skipped.push({ source: file, reason: e.message });
    }
  }
  return { inputs, skipped };
}
