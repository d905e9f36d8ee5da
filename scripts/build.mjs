// Bundles the CLI (and the Action, when present) with ncc into dist/ (or --out-dir DIR).
// The bundles are CommonJS scripts that need nothing outside their folder at run time, written in
// ASCII alone (scripts/ascii-only.mjs). CommonJS rather than ES modules: Node's module loader for
// an ES module entry costs every start about 10 ms more on Node 20, and chunks are then plain
// `require`s, which Node 22's compile cache covers as it does the entry.
import ncc from '@vercel/ncc';
import ts from 'typescript';
import { asciiOnly } from './ascii-only.mjs';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out-dir');
const outDir = path.resolve(outIndex >= 0 ? argv[outIndex + 1] : path.join(repo, 'dist'));
// `--only index.js` builds one bundle (the tests build the Action alone).
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;

// `chunk` names the lazily loaded parts of each bundle, so the two bundles' parts never collide.
// `codeCache`: the bundle's chunks may be compiled with the CLI's own code cache (src/cli/code-cache.ts).
const targets = [
  { entry: 'src/cli/main.ts', out: 'cli.js', chunk: 'cli', shebang: true, codeCache: true },
  { entry: 'src/action/main.ts', out: 'index.js', chunk: 'index', shebang: false, codeCache: false },
];

// The chunk loader requires each chunk here; with a code cache it first asks the hook
// `installCodeCache` sets, and requires the chunk only when the hook gives nothing.
const chunkRequire = 'installChunk(require("./" + __nccwpck_require__.u(chunkId)));';
const cachedChunkRequire =
  'installChunk(globalThis[Symbol.for("leakproof.loadChunk")]?.(__nccwpck_require__.u(chunkId)) ?? require("./" + __nccwpck_require__.u(chunkId)));';

/**
 * What the code cache needs of a chunk: the form `loadChunk` compiles as a
 * function of `exports` alone, so nothing of a module's own scope (`require`,
 * `__filename`, `__dirname`, `import.meta`, `import()`). The modules inside
 * take webpack's `module` and `exports` as parameters.
 */
function checkScriptable(name, source) {
  const header = /^"use strict";\nexports\.id = \d+;\nexports\.ids = \[[\d, ]*\];\nexports\.modules = /;
  if (!header.test(source)) throw new Error(`${name}: not of the form the code cache reads ("use strict"; exports.id, ids, modules)`);
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) throw new Error(`${name}: uses import.meta, which the code cache cannot give`);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) throw new Error(`${name}: uses import(), which the code cache cannot give`);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') throw new Error(`${name}: calls require, which the code cache does not give a chunk`);
    if (ts.isIdentifier(node) && (node.text === '__filename' || node.text === '__dirname') && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      throw new Error(`${name}: uses ${node.text}, which the code cache does not give a chunk`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

await mkdir(outDir, { recursive: true });
for (const t of targets) {
  const entry = path.join(repo, t.entry);
  if (!existsSync(entry) || (only && t.out !== only)) continue;
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    esm: false,
    // No webpack cache: ncc keeps one per working directory under ~/.cache/ncc, keyed by neither
    // the options nor the installed packages, and a build read from a stale one differs from a
    // fresh build of the same sources. Building without it takes as long here (38 s either way).
    cache: false,
    // `npm run lint` (tsc --noEmit) checks the types; ncc only transpiles, which gives the same
    // bundles in two thirds of the time.
    transpileOnly: true,
  });
  const chunks = [];
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    if (!/^\d+\.index\.js$/.test(name)) {
      throw new Error(`${t.entry}: the bundle needs ${name} at run time; it must be self-contained`);
    }
    const chunk = name.replace(/\.index\.js$/, `.${t.chunk}.js`);
    chunks.push([chunk, asciiOnly(chunk, String(asset.source))]);
  }
  // The loader names chunk files in one place: `return "" + chunkId + ".index.js";`.
  const chunkName = /(return "" \+ chunkId \+ ")\.index\.js(";)/;
  if (chunks.length > 0 && !chunkName.test(code)) throw new Error(`${t.entry}: cannot find where the bundle names its chunks`);
  let body = asciiOnly(t.out, code.replace(/^#!.*\n/, '')).replace(chunkName, `$1.${t.chunk}.js$2`);
  if (t.codeCache && chunks.length > 0) {
    if (body.split(chunkRequire).length !== 2) throw new Error(`${t.entry}: cannot find where the bundle requires its chunks`);
    body = body.replace(chunkRequire, cachedChunkRequire);
    for (const [name, source] of chunks) checkScriptable(name, String(source));
  }
  // Lazily imported modules become chunk files (`<id>.cli.js`). The chunks are written before the
  // entry that loads them, so a fresh entry never misses one; then this bundle's stale chunks go.
  for (const [name, source] of chunks) await writeFile(path.join(outDir, name), source);
  await writeFile(path.join(outDir, t.out), (t.shebang ? '#!/usr/bin/env node\n' : '') + body, { mode: 0o755 });
  const fresh = new Set(chunks.map(([name]) => name));
  for (const name of await readdir(outDir)) {
    if (new RegExp(`^\\d+\\.${t.chunk}\\.js$`).test(name) && !fresh.has(name)) await rm(path.join(outDir, name));
  }
}
// The bundles are CommonJS; this marks them so for Node wherever the folder is copied (the
// repository's own package.json says `module`, for the sources and scripts).
await writeFile(path.join(outDir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
await rm(path.join(outDir, 'cli'), { recursive: true, force: true });
