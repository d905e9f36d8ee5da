// action.yml, the Inputs and Outputs tables of docs/action.md, and the Action's own lists of
// what it reads and sets must name the same inputs and outputs, with the same defaults.
// Everything is read from those three places, so a new input needs only its
// action.yml entry, its row in docs/action.md and its entry in the reader.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES, readInputs } from '../../src/action/inputs';
import { OUTPUT_NAMES } from '../../src/action/outputs';
import { REPO } from '../helpers/build';

interface ActionYml {
  inputs: Record<string, { description?: string; default?: unknown }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actionText = readFileSync(path.join(REPO, 'action.yml'), 'utf8');
const docText = readFileSync(path.join(REPO, 'docs/action.md'), 'utf8');

/** The rows of the Markdown table whose first header cell is `first`, as arrays of cells. */
function table(markdown: string, first: string): string[][] {
  const lines = markdown.split('\n');
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
  const start = lines.findIndex((l, i) => l.startsWith('|') && cells(l)[0] === first && /^\|[\s|:-]+\|$/.test(lines[i + 1] ?? ''));
  if (start < 0) throw new Error(`docs/action.md has no table headed "| ${first} |"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The names a first cell documents: `errors`, `warnings`, `notices` → three names. */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** A default cell of docs/action.md as the value action.yml would hold. */
function docDefault(cell: string): string {
  if (cell === '*(empty)*') return '';
  const m = /^`([^`]*)`$/.exec(cell);
  if (!m) throw new Error(`docs/action.md default "${cell}" must be \`value\` or *(empty)*`);
  return m[1]!;
}

/** Every disagreement between action.yml and docs/action.md, one line each. */
function disagreements(actionYml: string, doc: string): string[] {
  const action = parse(actionYml) as ActionYml;
  const problems: string[] = [];
  const documented = new Map<string, string>();
  for (const row of table(doc, 'Input')) {
    for (const name of names(row[0]!)) documented.set(name, docDefault(row[1] ?? ''));
  }
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (!documented.has(name)) problems.push(`input ${name} is not in the Inputs table of docs/action.md`);
    else if (documented.get(name) !== String(spec.default ?? '')) {
      problems.push(`input ${name}: docs/action.md default "${documented.get(name)}", action.yml default "${String(spec.default ?? '')}"`);
    }
  }
  for (const name of documented.keys()) if (!(name in action.inputs)) problems.push(`docs/action.md documents input ${name}, which action.yml does not declare`);
  const outputs = new Set(table(doc, 'Output').flatMap((row) => names(row[0]!)));
  for (const name of Object.keys(action.outputs)) if (!outputs.has(name)) problems.push(`output ${name} is not in the Outputs table of docs/action.md`);
  for (const name of outputs) if (!(name in action.outputs)) problems.push(`docs/action.md documents output ${name}, which action.yml does not declare`);
  return problems;
}

const action = parse(actionText) as ActionYml;

describe('action.yml and docs/action.md', () => {
  it('document the same inputs with the same defaults, and the same outputs', () => {
    expect(Object.keys(action.inputs).length).toBeGreaterThan(0);
    expect(disagreements(actionText, docText)).toEqual([]);
  });

  it('are caught disagreeing: a missing row, a changed default, an undeclared output', () => {
    const rows = table(docText, 'Input');
    const scope = rows.find((r) => names(r[0]!).includes('scope'))!;
    const sarif = rows.find((r) => names(r[0]!).includes('sarif'))!;
    const report = table(docText, 'Output').find((r) => names(r[0]!).includes('report'))!;
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    for (const r of [scope, sarif, report]) expect(docText.split(row(r)).length, row(r)).toBe(2);
    const doctored = docText
      .replace(`${row(scope)}\n`, '')
      .replace(row(sarif), row([sarif[0]!, '`out.sarif`', sarif[2]!]))
      .replace(row(report), row(['`report`, `elapsed`', ...report.slice(1)]));
    expect(disagreements(actionText, doctored)).toEqual([
      'input scope is not in the Inputs table of docs/action.md',
      'input sarif: docs/action.md default "out.sarif", action.yml default ""',
      'docs/action.md documents output elapsed, which action.yml does not declare',
    ]);
  });

  it('give every input and output a description', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(spec.description?.trim(), name).toBeTruthy();
    }
  });

  it('run the bundle on node24', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('action.yml and the Action', () => {
  it('declares exactly the inputs the reader knows', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('the reader reads every input it knows, and no other', () => {
    const read = new Set<string>();
    readInputs((name) => {
      read.add(name);
      return '';
    });
    expect([...read].sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('declares exactly the outputs the Action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });
});
