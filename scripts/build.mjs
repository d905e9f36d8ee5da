// Bundles the CLI (and the Action, when present) with ncc into dist/.
import ncc from '@vercel/ncc';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';

const targets = [
  { entry: 'src/cli/main.ts', out: 'dist/cli.js', shebang: true },
  { entry: 'src/action/main.ts', out: 'dist/index.js', shebang: false },
];

await mkdir('dist', { recursive: true });
for (const t of targets) {
  if (!existsSync(t.entry)) continue;
  const { code, assets } = await ncc(new URL(`../${t.entry}`, import.meta.url).pathname, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const extra = Object.keys(assets ?? {}).filter((name) => name !== 'package.json');
  if (extra.length > 0) {
    throw new Error(`${t.entry}: the bundle needs extra files at run time (${extra.join(', ')}); it must be self-contained`);
  }
  const body = code.replace(/^#!.*\n/, '');
  await writeFile(t.out, (t.shebang ? '#!/usr/bin/env node\n' : '') + body, { mode: 0o755 });
}
// The bundles are ES modules; this marks them so for Node wherever dist/ is copied.
await writeFile('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
await rm('dist/cli', { recursive: true, force: true });
