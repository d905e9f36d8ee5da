// Writes docs/rules/ (npm run docs): one page per rule and the index with the
// severity policy, rendered from the rules' metadata by src/report/rule-pages.ts,
// whose pages are what `leakproof --explain RULE` prints. Pages of rules that no
// longer exist are removed. `npm test` fails when docs/rules/ is stale.
//
//   node scripts/docs.mjs [--out-dir DIR]     (default: docs/rules)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

register('./ts-loader.mjs', import.meta.url);
const { ruleDocFiles } = await import('../src/report/rule-pages.ts');

const repo = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out-dir');
const outDir = path.resolve(outIndex >= 0 ? argv[outIndex + 1] : path.join(repo, 'docs/rules'));

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

mkdirSync(outDir, { recursive: true });
const files = ruleDocFiles();
let changed = 0;
for (const [name, content] of files) {
  const file = path.join(outDir, name);
  if (read(file) === content) continue;
  writeFileSync(file, content);
  changed++;
}
for (const name of readdirSync(outDir)) {
  if (name.endsWith('.md') && !files.has(name)) {
    rmSync(path.join(outDir, name));
    changed++;
  }
}
process.stdout.write(`${path.relative(process.cwd(), outDir) || '.'}: ${files.size} files, ${changed} changed\n`);
