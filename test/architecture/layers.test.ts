// Imports under src/ run one way: from the entry points down to the shared
// primitives, never back up. Each top-level folder of src/ (or file, such as
// version.ts) belongs to one layer; a module may import from its own folder
// and from lower layers, not from a higher layer nor from another folder of
// its own layer.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO } from '../helpers/build';

/** The layers of src/, lowest first. */
const LAYERS: readonly (readonly string[])[] = [
  // Shared primitives: types, text decoding, the literal search, globs, the context classification.
  ['core', 'version'],
  // Detection: one file per rule and the helpers they share.
  ['rules'],
  // Walking, reading, running the rules, placing and suppressing findings.
  ['engine'],
  // Loading the configuration; planning fixes; merging an organisation's reports.
  ['config', 'fix', 'org'],
  // Rendering findings, fixes and merged reports.
  ['report'],
  // Entry points.
  ['cli', 'action'],
];

interface SourceFile {
  /** POSIX path relative to the repository, e.g. `src/engine/scan.ts`. */
  path: string;
  text: string;
}

/** The part of src/ a path belongs to: its top-level folder, or its file name without the extension. */
function unitOf(srcPath: string): string | null {
  const parts = srcPath.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return null;
  return parts.length === 2 ? parts[1]!.replace(/\.(?:ts|js|mjs|cjs|json)$/, '') : parts[1]!;
}

/** Every module specifier of a file: static imports, `export … from`, dynamic `import('…')` and `import('…')` types. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** What breaks the layering, one line per offending import; empty when all is well. */
function layerViolations(files: readonly SourceFile[], layers: readonly (readonly string[])[] = LAYERS): string[] {
  const rank = new Map<string, number>();
  layers.forEach((units, i) => units.forEach((u) => rank.set(u, i)));
  const names = (i: number) => layers[i]!.join(', ');
  const problems: string[] = [];
  const unlisted = new Set<string>();
  for (const file of files) {
    const from = unitOf(file.path);
    if (from === null) continue;
    const fromRank = rank.get(from);
    if (fromRank === undefined) {
      if (!unlisted.has(from)) problems.push(`${file.path}: src/${from} is in no layer; add it to LAYERS`);
      unlisted.add(from);
      continue;
    }
    for (const spec of specifiers(file.text)) {
      if (!spec.startsWith('.')) continue;
      const to = unitOf(path.posix.normalize(path.posix.join(path.posix.dirname(file.path), spec)));
      if (to === null || to === from) continue;
      const toRank = rank.get(to);
      const where = `${file.path}: import '${spec}'`;
      if (toRank === undefined) problems.push(`${where} reaches src/${to}, which is in no layer`);
      else if (toRank > fromRank) problems.push(`${where} reaches ${to}, a higher layer than ${from} (${names(toRank)} above ${names(fromRank)})`);
      else if (toRank === fromRank) problems.push(`${where} reaches ${to}, in the same layer as ${from} (${names(fromRank)} do not import each other)`);
    }
  }
  return problems;
}

/** Every .ts file under src/, relative to the repository. */
function sourceFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts')) out.push({ path: rel, text: readFileSync(path.join(REPO, rel), 'utf8') });
    }
  };
  walk('src');
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe('layers of src/', () => {
  it('no import runs from a lower layer to a higher one, nor across a layer', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(layerViolations(files)).toEqual([]);
  });

  it('every layer names a folder or file that exists under src/', () => {
    const present = new Set(sourceFiles().map((f) => unitOf(f.path)));
    expect(LAYERS.flat().filter((u) => !present.has(u))).toEqual([]);
  });
});

describe('the layer check itself', () => {
  const file = (p: string, ...lines: string[]): SourceFile => ({ path: p, text: lines.join('\n') + '\n' });

  it('passes imports that go down, stay in their folder, leave src/ or name a package', () => {
    const files = [
      file('src/core/text.ts', "import { Buffer } from 'node:buffer';"),
      file('src/rules/a.ts', "import type { Line } from '../core/text';", "import { b } from './lib/b';"),
      file('src/rules/lib/b.ts', "export { Line } from '../../core/text';"),
      file('src/engine/scan.ts', "import { RULES } from '../rules';", "import { Minimatch } from 'minimatch';"),
      file('src/report/json.ts', "import { VERSION } from '../version';", "import type { Finding } from '../engine/types';"),
      file('src/version.ts', "import pkg from '../package.json';"),
      file('src/cli/main.ts', "const { scan } = await import('../engine/scan');", "import { render } from '../report/json';"),
    ];
    expect(layerViolations(files)).toEqual([]);
  });

  it('names the file and the import that goes up, statically or dynamically', () => {
    const files = [
      file('src/report/text.ts', "import { color } from '../cli/progress';"),
      file('src/engine/scan.ts', '// a comment', "export { loadConfig } from '../config';"),
      file('src/rules/lib/x.ts', "type T = typeof import('../../engine/types').Finding;"),
      file('src/core/globs.ts', "const m = await import('../rules/lib/y.ts');"),
    ];
    expect(layerViolations(files)).toEqual([
      "src/report/text.ts: import '../cli/progress' reaches cli, a higher layer than report (cli, action above report)",
      "src/engine/scan.ts: import '../config' reaches config, a higher layer than engine (config, fix, org above engine)",
      "src/rules/lib/x.ts: import '../../engine/types' reaches engine, a higher layer than rules (engine above rules)",
      "src/core/globs.ts: import '../rules/lib/y.ts' reaches rules, a higher layer than core (rules above core, version)",
    ]);
  });

  it('rejects imports between folders of one layer and folders in no layer', () => {
    const files = [
      file('src/fix/plan.ts', "import type { LeakproofConfig } from '../config/schema';"),
      file('src/cli/run.ts', "import { runAction } from '../action/run';"),
      file('src/util/x.ts', "import { y } from '../core/text';"),
      file('src/core/y.ts', "import { x } from '../util/x';"),
    ];
    expect(layerViolations(files)).toEqual([
      "src/fix/plan.ts: import '../config/schema' reaches config, in the same layer as fix (config, fix, org do not import each other)",
      "src/cli/run.ts: import '../action/run' reaches action, in the same layer as cli (cli, action do not import each other)",
      'src/util/x.ts: src/util is in no layer; add it to LAYERS',
      "src/core/y.ts: import '../util/x' reaches src/util, which is in no layer",
    ]);
  });

  it('ignores what only looks like an import: comments and strings', () => {
    const files = [
      file('src/core/z.ts', "// import { scan } from '../engine/scan';", "const s = \"import('../cli/main')\";", "/* export * from '../report/json'; */"),
    ];
    expect(layerViolations(files)).toEqual([]);
  });
});
