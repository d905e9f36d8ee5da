import { parseDotenv } from '../rules/lib/dotenv-names';
import { appendLines } from './gitignore';
import type { FileChange, Fix, FixPlan, TextEdit } from './types';

/** The first line of a template written for a dotenv file: `.env.example` for `.env`, `mysql.env.example` for `mysql.env`. */
function templateHeader(file: string): string {
  const copy = file.slice(file.lastIndexOf('/') + 1).replace(/\.example$/, '');
  return `# Copy to ${copy} and set the real values there; ${copy} stays out of git.`;
}
const LOCAL_HEADER = '# Settings for this machine only: ignored by git, never commit this file.';

export interface Materialized {
  changes: FileChange[];
  untrack: string[];
}

/**
 * What a set of fixes does to the files, combined: every rendering (the
 * dry run's diff, `--write`, a pull request's suggested changes) and the
 * applier use this one function, so they always agree.
 */
export function materialize(plan: Pick<FixPlan, 'snapshot'>, fixes: readonly Fix[]): Materialized {
  const after = new Map<string, string>();
  const local = new Set<string>();
  const current = (path: string) => after.get(path) ?? plan.snapshot.get(path) ?? null;
  const eolOf = (path: string) => (/\r\n/.test(plan.snapshot.get(path) ?? '') ? '\r\n' : '\n');

  const edits = new Map<string, { edit: TextEdit; order: number }[]>();
  fixes.forEach((fix, order) => {
    for (const { path, edits: list } of fix.edits) {
      const all = edits.get(path) ?? [];
      for (const edit of list) {
        if (!all.some((x) => x.edit.start === edit.start && x.edit.end === edit.end && x.edit.text === edit.text)) all.push({ edit, order });
      }
      edits.set(path, all);
    }
  });
  for (const [path, list] of edits) {
    const before = plan.snapshot.get(path);
    if (typeof before !== 'string') continue;
    after.set(path, applyEdits(before, list));
  }

  const examples = new Map<string, string[]>();
  for (const fix of fixes) {
    for (const ex of fix.example) {
      const lines = examples.get(ex.file) ?? [];
      const have = new Set(lines.map((l) => l.slice(0, l.indexOf('='))));
      for (const e of ex.entries) if (!have.has(e.key)) lines.push(`${e.key}=${e.value}`);
      examples.set(ex.file, lines);
    }
  }
  for (const [file, lines] of examples) after.set(file, appendLines(current(file), lines, eolOf(file), templateHeader(file)));

  const ignores = new Map<string, string[]>();
  for (const fix of fixes) for (const e of fix.ignore) ignores.set(e.gitignore, [...(ignores.get(e.gitignore) ?? []), e.pattern]);
  for (const [file, patterns] of ignores) after.set(file, appendLines(current(file), patterns, eolOf(file)));

  const values = new Map<string, Map<string, string>>();
  for (const fix of fixes) {
    for (const l of fix.local) {
      const m = values.get(l.file) ?? new Map<string, string>();
      if (!m.has(l.name)) m.set(l.name, l.value);
      values.set(l.file, m);
    }
  }
  for (const [file, m] of values) {
    after.set(file, setDotenvValues(current(file), m, eolOf(file)));
    local.add(file);
  }

  const changes: FileChange[] = [];
  for (const [path, text] of after) {
    const before = plan.snapshot.get(path) ?? null;
    if (text !== (before ?? '') || (before === null && text !== '')) changes.push({ path, before, after: text, local: local.has(path) });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { changes, untrack: [...new Set(fixes.flatMap((f) => f.untrack))].sort() };
}

/** Applies non-overlapping edits; insertions at one place keep the order of their fixes. */
export function applyEdits(text: string, list: readonly { edit: TextEdit; order: number }[]): string {
  const sorted = [...list].sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  let out = '';
  let at = 0;
  for (const { edit } of sorted) {
    if (edit.start < at) throw new Error('overlapping edits');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** A dotenv value as the file must hold it: single quotes (no expansion) unless it is one plain word. */
export function dotenvValue(value: string): string {
  return /^[A-Za-z0-9_.:/+=\-]*$/.test(value) ? value : `'${value}'`;
}

/** Sets `NAME=value` lines: a line that sets the name already gets the new value, others are appended. */
export function setDotenvValues(before: string | null, values: ReadonlyMap<string, string>, eol: string): string {
  let text = before ?? '';
  const append: string[] = [];
  const entries = parseDotenv(text);
  for (const [name, value] of values) {
    const e = entries.find((x) => x.key === name);
    if (!e) {
      append.push(`${name}=${dotenvValue(value)}`);
      continue;
    }
    // Replace from the value's start to the end of its line (a quoted value: its quotes too).
    const lines = text.split(/(?<=\r\n|\r|\n)/);
    const line = lines[e.line - 1]!;
    const body = line.replace(/[\r\n]+$/, '');
    const ending = line.slice(body.length);
    const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)/.exec(body)!;
    lines[e.line - 1] = m[1] + dotenvValue(value) + ending;
    text = lines.join('');
  }
  if (append.length === 0) return text;
  return appendLines(before === null ? null : text, append, eol, LOCAL_HEADER);
}
