import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { git } from '../engine/git';
import { ScanInputError } from '../engine/scan';

const BEGIN = '# >>> leakproof >>>';
const END = '# <<< leakproof <<<';
export const HOOK_BLOCK = [
  BEGIN,
  '# Blocks commits that add dotenv files, hardcoded signing secrets or git credentials.',
  'if command -v leakproof >/dev/null 2>&1; then leakproof --staged || exit $?',
  'else npx --no-install leakproof --staged || exit $?; fi',
  END,
].join('\n');

const SH_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?(?:\S*\/)?(?:sh|bash|dash|zsh|ksh)\b/;

export interface HookOutcome {
  file: string;
  action: 'created' | 'added' | 'unchanged';
}

/**
 * Puts `leakproof --staged` into the repository's pre-commit hook (in
 * core.hooksPath when set). An existing shell hook keeps its content: the
 * block goes right after its shebang, so an `exit` or `exec` further down
 * cannot skip it. Running it again changes nothing.
 */
export async function installHook(dir: string): Promise<HookOutcome> {
  const st = await fsp.stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new ScanInputError(`${path.resolve(dir)} is not a folder: pass the repository folder, e.g. \`leakproof install-hook .\``);
  const inside = (await git(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).toString('utf8').trim();
  if (inside !== 'true') throw new ScanInputError(`${path.resolve(dir)} is not in a git work tree: run install-hook inside the repository`);
  const hooksDir = await hooksDirectory(dir);
  if (/(^|[\\/])\.husky([\\/]|$)/.test(hooksDir)) {
    throw new ScanInputError(
      `hooks are managed by husky (core.hooksPath=${hooksDir}): add \`leakproof --staged\` to .husky/pre-commit instead`,
    );
  }
  const file = path.join(hooksDir, 'pre-commit');
  let existing: string | null = null;
  try {
    const st = await fsp.lstat(file);
    if (!st.isFile()) throw new ScanInputError(`${file} is not a regular file (a symlink?): add \`leakproof --staged\` to the hook it points to by hand`);
    existing = await fsp.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing !== null && existing.includes(BEGIN)) {
    await ensureExecutable(file);
    return { file, action: 'unchanged' };
  }
  let text: string;
  if (existing === null || existing.trim() === '') {
    text = `#!/bin/sh\n${HOOK_BLOCK}\n`;
  } else {
    const nl = existing.indexOf('\n');
    const firstLine = nl < 0 ? existing : existing.slice(0, nl);
    if (firstLine.startsWith('#!') && !SH_SHEBANG.test(firstLine)) {
      throw new ScanInputError(`${file} is not a shell script (${firstLine}): add a call to \`leakproof --staged\` to it by hand`);
    }
    text = firstLine.startsWith('#!')
      ? `${firstLine}\n${HOOK_BLOCK}\n${nl < 0 ? '' : existing.slice(nl + 1)}`
      : `${HOOK_BLOCK}\n${existing}`;
  }
  await fsp.mkdir(hooksDir, { recursive: true });
  // Write next to the hook and rename, so a crash never leaves half a hook.
  const tmp = `${file}.leakproof-${process.pid}`;
  await fsp.writeFile(tmp, text, { mode: 0o755, flag: 'wx' });
  await fsp.rename(tmp, file);
  await ensureExecutable(file);
  return { file, action: existing === null ? 'created' : 'added' };
}

async function hooksDirectory(dir: string): Promise<string> {
  const configured = (await git(dir, ['config', '--get', 'core.hooksPath'], { allowFailure: true })).toString('utf8').trim();
  if (configured) {
    // A relative core.hooksPath is relative to the top of the work tree, where hooks run.
    const top = (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    return path.resolve(top, configured.replace(/^~(?=\/|$)/, process.env.HOME ?? '~'));
  }
  const p = (await git(dir, ['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim();
  return path.resolve(dir, p);
}

async function ensureExecutable(file: string): Promise<void> {
  const st = await fsp.stat(file);
  if ((st.mode & 0o111) !== 0o111) await fsp.chmod(file, st.mode | 0o111);
}
