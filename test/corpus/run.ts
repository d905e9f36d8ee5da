/**
 * The labelled corpus: small realistic files with the findings they must
 * produce, scanned through the real engine. See test/corpus/README.md for the
 * case format.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scan } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import type { Severity } from '../../src/core/types';
import { FAKE_TOKEN_KINDS, fakeToken, pemMarker } from '../helpers/fake-tokens';

export interface Expectation {
  rule: string;
  path: string;
  /** Undefined for findings about a whole file or folder. */
  line?: number;
  severity?: Severity;
}

export interface CorpusCase {
  /** Path of the case file relative to the corpus folder, without `.case`. */
  name: string;
  files: { path: string; text: string }[];
  expect: Expectation[];
  /** Lines named as must-stay-clean (every line without an expected finding is checked anyway). */
  clean: { path: string; line: number }[];
}

export interface CaseResult {
  name: string;
  missed: Expectation[];
  unexpected: Finding[];
  expected: number;
  cleanLines: number;
}

export interface CorpusReport {
  cases: number;
  fileTypes: string[];
  expected: number;
  found: number;
  falsePositives: number;
  cleanLines: number;
  results: CaseResult[];
}

const HERE = path.dirname(new URL(import.meta.url).pathname);
export const CASES_DIR = path.join(HERE, 'cases');
export const PENDING_DIR = path.join(HERE, 'pending');

/** Every `.case` file below `dir`, parsed, in a stable order. */
export function loadCases(dir: string): CorpusCase[] {
  if (!fs.existsSync(dir)) return [];
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.case')).sort();
  return files.map((f) => parseCase(f.slice(0, -'.case'.length).split(path.sep).join('/'), fs.readFileSync(path.join(dir, f), 'utf8')));
}

/**
 * Header lines (`# comment`, `expect: <rule> <where> [severity]`,
 * `clean: <where>, …`) then one or more `=== <path>` sections holding the
 * files. `<where>` is a line of the first file, `path:line`, or a bare path
 * for a finding about a whole file or folder.
 */
export function parseCase(name: string, source: string): CorpusCase {
  const lines = source.split('\n');
  const files: { path: string; lines: string[] }[] = [];
  const headers: string[] = [];
  for (const line of lines) {
    const section = /^=== (\S+)\s*$/.exec(line);
    if (section) files.push({ path: section[1]!, lines: [] });
    else if (files.length > 0) files[files.length - 1]!.lines.push(line);
    else headers.push(line);
  }
  if (files.length === 0) throw new Error(`${name}: no \`=== <path>\` section`);
  let seq = 0;
  const expand = (text: string) =>
    text.replace(/\{\{([A-Za-z0-9-]+|BEGIN|END)(?::([^}]+))?\}\}/g, (whole: string, kind: string, arg: string | undefined) => {
      if (kind === 'BEGIN' || kind === 'END') return pemMarker(kind, arg ?? 'RSA PRIVATE KEY');
      // Template syntax of the file itself (CloudFormation `{{resolve:…}}`) stays as written.
      if (!FAKE_TOKEN_KINDS.includes(kind)) return whole;
      return fakeToken(kind, arg ?? `${name}#${seq++}`);
    });
  const first = files[0]!.path;
  const where = (w: string): { path: string; line?: number } => {
    if (/^\d+$/.test(w)) return { path: first, line: Number(w) };
    const m = /^(.+):(\d+)$/.exec(w);
    return m ? { path: m[1]!, line: Number(m[2]) } : { path: w === '-' ? first : w };
  };
  const expect: Expectation[] = [];
  const clean: { path: string; line: number }[] = [];
  for (const h of headers) {
    const t = h.trim();
    if (t === '' || t.startsWith('#')) continue;
    const e = /^expect:\s*(\S+)\s+(\S+)(?:\s+(error|warning|notice))?\s*$/.exec(t);
    if (e) {
      expect.push({ rule: e[1]!, ...where(e[2]!), ...(e[3] ? { severity: e[3] as Severity } : {}) });
      continue;
    }
    const c = /^clean:\s*(.+)$/.exec(t);
    if (c) {
      for (const w of c[1]!.split(',')) {
        const p = where(w.trim());
        if (p.line !== undefined) clean.push({ path: p.path, line: p.line });
      }
      continue;
    }
    throw new Error(`${name}: cannot read header line ${JSON.stringify(h)}`);
  }
  return {
    name,
    files: files.map((f) => {
      // The section runs to the next `===`; a trailing blank line only separates sections.
      const body = f.lines.join('\n').replace(/\n$/, '');
      return { path: f.path, text: expand(body) + '\n' };
    }),
    expect,
    clean,
  };
}

/** Scans one case in a fresh plain folder and compares what the engine reports with what the case expects. */
export async function runCase(c: CorpusCase): Promise<CaseResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leakproof-corpus-'));
  try {
    for (const f of c.files) {
      const abs = path.join(root, f.path);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, f.text);
    }
    const result = await scan({ root, noGit: true });
    const unexpected = [...result.findings];
    const missed: Expectation[] = [];
    for (const e of c.expect) {
      const i = unexpected.findIndex(
        (f) => f.ruleId === e.rule && f.path === e.path && f.line === e.line && (e.severity === undefined || f.severity === e.severity),
      );
      if (i < 0) missed.push(e);
      else unexpected.splice(i, 1);
    }
    const flaggedLines = new Set(c.expect.map((e) => `${e.path}:${e.line}`));
    let cleanLines = 0;
    for (const f of c.files) {
      const n = f.text.split('\n').length - 1;
      for (let line = 1; line <= n; line++) if (!flaggedLines.has(`${f.path}:${line}`)) cleanLines++;
    }
    return { name: c.name, missed, unexpected, expected: c.expect.length, cleanLines };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function fileType(p: string): string {
  const name = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  if (name.startsWith('.env') || name.endsWith('.env')) return '.env';
  if (name.startsWith('dockerfile')) return 'Dockerfile';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : name;
}

export async function runCorpus(dir: string): Promise<CorpusReport> {
  const cases = loadCases(dir);
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c));
  const expected = results.reduce((n, r) => n + r.expected, 0);
  const missed = results.reduce((n, r) => n + r.missed.length, 0);
  return {
    cases: cases.length,
    fileTypes: [...new Set(cases.flatMap((c) => c.files.map((f) => fileType(f.path))))].sort(),
    expected,
    found: expected - missed,
    falsePositives: results.reduce((n, r) => n + r.unexpected.length, 0),
    cleanLines: results.reduce((n, r) => n + r.cleanLines, 0),
    results,
  };
}

const where = (p: string, line?: number) => (line === undefined ? p : `${p}:${line}`);

/** The figures and every miss and false positive by name; never a secret (findings carry redacted values only). */
export function formatReport(title: string, r: CorpusReport): string {
  const recall = r.expected === 0 ? 100 : (100 * r.found) / r.expected;
  const out = [
    `${title}: ${r.cases} cases, ${r.fileTypes.length} file types, ${r.expected} expected findings, ${r.cleanLines} must-stay-clean lines`,
    `  recall ${recall.toFixed(1)}% (${r.found}/${r.expected}), false positives ${r.falsePositives}`,
  ];
  for (const res of r.results) {
    for (const m of res.missed) out.push(`  missed   ${res.name}: ${m.rule} at ${where(m.path, m.line)}${m.severity ? ` (${m.severity})` : ''}`);
    for (const f of res.unexpected) out.push(`  false +  ${res.name}: ${f.ruleId} ${f.severity} at ${where(f.path, f.line)}`);
  }
  return out.join('\n');
}
