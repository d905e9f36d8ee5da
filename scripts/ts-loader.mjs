// A module loader hook that lets a script import the TypeScript sources directly:
// `register('./ts-loader.mjs', import.meta.url)`, then `await import('../src/….ts')`.
// Each file is transpiled on its own with the project's TypeScript (types are not
// checked: `npm run lint` does that), and extensionless relative imports resolve
// as the bundler resolves them (`./x` → `./x.ts` or `./x/index.ts`).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const OPTIONS = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  verbatimModuleSyntax: true,
  sourceMap: false,
};

export async function resolve(specifier, context, next) {
  const parent = context.parentURL;
  if (parent?.endsWith('.ts') && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier)) {
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      const url = new URL(candidate, parent);
      if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: OPTIONS, fileName: fileURLToPath(url) });
  return { format: 'module', source: outputText, shortCircuit: true };
}
