// What every CLI start compiles: the modules src/cli/run.ts reaches by static imports. The
// rules and the file checking are loaded with `import()` once a scan has something to check
// (src/engine/scan.ts), so that a scan with nothing to check, `--help` or a usage error stays cheap.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO } from '../helpers/build';

/** What a file imports for its values (not `import type`, not `import()`): repository paths, and Node's modules as named. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(REPO, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const s of source.statements) {
    const spec = ts.isImportDeclaration(s)
      ? !s.importClause?.isTypeOnly && s.moduleSpecifier
      : ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    if (spec.text.startsWith('node:')) out.push(spec.text);
    if (!spec.text.startsWith('.')) continue;
    const base = path.posix.join(path.posix.dirname(file), spec.text);
    const found = [`${base}.ts`, `${base}/index.ts`].find((p) => existsSync(path.join(REPO, p)));
    if (found) out.push(found);
  }
  return out;
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>([from]);
  const todo = [from];
  while (todo.length > 0) {
    for (const d of staticImports(todo.pop()!)) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (!d.startsWith('node:')) todo.push(d);
    }
  }
  return seen;
}

describe('the CLI start', () => {
  const start = reachable('src/cli/run.ts');

  it('reaches the folder scan, the configuration and the text report', () => {
    for (const m of ['src/engine/scan.ts', 'src/engine/inventory.ts', 'src/config/load.ts', 'src/report/text.ts']) expect(start).toContain(m);
  });

  it('does not reach the rules or the file checking', () => {
    const heavy = [...start].filter((m) => /^src\/rules\/(?!ids\.ts$|types\.ts$)/.test(m) || /^src\/engine\/(pipeline|parallel|check|suppress)\.ts$/.test(m));
    expect(heavy).toEqual([]);
  });

  it("does not import Node's promise-based file system or v8 modules (each costs a start milliseconds)", () => {
    expect([...start].filter((m) => m === 'node:fs/promises' || m === 'node:v8')).toEqual([]);
  });
});
