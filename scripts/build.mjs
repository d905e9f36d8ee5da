// Bundles the CLI (and the Action, when present) with ncc into dist/ (or --out-dir DIR).
// The bundles are ES modules that need nothing outside their folder at run time.
import ncc from '@vercel/ncc';
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
const targets = [
  { entry: 'src/cli/main.ts', out: 'cli.js', chunk: 'cli', shebang: true },
  { entry: 'src/action/main.ts', out: 'index.js', chunk: 'index', shebang: false },
];

await mkdir(outDir, { recursive: true });
for (const t of targets) {
  const entry = path.join(repo, t.entry);
  if (!existsSync(entry) || (only && t.out !== only)) continue;
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const chunks = [];
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    if (!/^\d+\.index\.js$/.test(name)) {
      throw new Error(`${t.entry}: the bundle needs ${name} at run time; it must be self-contained`);
    }
    chunks.push([name.replace(/\.index\.js$/, `.${t.chunk}.js`), asset.source]);
  }
  // The loader names chunk files in one place: `return "" + chunkId + ".index.js";`.
  const chunkName = /(return "" \+ chunkId \+ ")\.index\.js(";)/;
  if (chunks.length > 0 && !chunkName.test(code)) throw new Error(`${t.entry}: cannot find where the bundle names its chunks`);
  const body = code.replace(/^#!.*\n/, '').replace(chunkName, `$1.${t.chunk}.js$2`);
  // Lazily imported modules become chunk files (`<id>.cli.js`). The chunks are written before the
  // entry that loads them, so a fresh entry never misses one; then this bundle's stale chunks go.
  for (const [name, source] of chunks) await writeFile(path.join(outDir, name), source);
  await writeFile(path.join(outDir, t.out), (t.shebang ? '#!/usr/bin/env node\n' : '') + body, { mode: 0o755 });
  const fresh = new Set(chunks.map(([name]) => name));
  for (const name of await readdir(outDir)) {
    if (new RegExp(`^\\d+\\.${t.chunk}\\.js$`).test(name) && !fresh.has(name)) await rm(path.join(outDir, name));
  }
}
// The bundles are ES modules; this marks them so for Node wherever the folder is copied.
await writeFile(path.join(outDir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
await rm(path.join(outDir, 'cli'), { recursive: true, force: true });
