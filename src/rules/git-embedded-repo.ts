import type { PathFinding, Rule } from './types';
import { gitmodulePaths } from './lib/git-files';
import { classifyPath } from '../core/context';

export const gitEmbeddedRepo: Rule = {
  meta: {
    id: 'git-embedded-repo',
    title: 'Embedded git repository',
    severity: 'error',
    policy: 'git-artifact',
    why:
      'Running `git add` on a folder that is itself a git repository records only a pointer (a gitlink) with no ' +
      '`.gitmodules` entry: clones get an empty folder, CI builds break, and the inner repository (often with its own ' +
      '`.env` and history) was usually never meant to be there.',
    fix:
      'If it should be a submodule: `git rm --cached <path>` then `git submodule add <url> <path>`. If not: ' +
      '`git rm --cached <path>` and add the folder to `.gitignore`.',
    examples: [{ file: 'vendor/lib', flagged: 'gitlink (mode 160000) without a .gitmodules entry', clean: 'a submodule listed in .gitmodules' }],
    details: [
      'A gitlink (mode 160000, what `git add` records for a folder that is itself a repository) with no matching ' +
        '`path` in `.gitmodules`: clones get an empty folder. An untracked, not ignored repository inside the work ' +
        'tree is a **warning**: `git add .` would embed it. Either is placed as the files in its folder would be: a ' +
        'repository at `TestData` or `spec/fixtures/repo` is test data, as `TestData/settings.py` is.',
    ],
    neverFlags: [
      'A submodule whose path `.gitmodules` declares.',
    ],
    sample:
      'vendor/lib  error    git-embedded-repo  `vendor/lib` is committed as a gitlink (an embedded repository) with ' +
        'no entry in `.gitmodules`. Make it a real submodule or remove it with `git rm --cached vendor/lib`.',
  },
  async checkTree(tree) {
    const links = tree.entries.filter((e) => e.kind === 'gitlink' || (e.kind === 'nested-repo' && e.status === 'untracked'));
    if (links.length === 0) return [];
    let declared = tree.submodulePaths;
    if (!declared) {
      const modulesText = await tree.readText('.gitmodules');
      declared = modulesText === null ? new Set<string>() : gitmodulePaths(modulesText);
    }
    const found: PathFinding[] = [];
    for (const e of links) {
      if (e.kind === 'gitlink') {
        if (declared.has(e.path)) continue;
        found.push({
          path: e.path,
          status: e.status,
          message: `\`${e.path}\` is committed as a gitlink (an embedded repository) with no entry in \`.gitmodules\`. Make it a real submodule or remove it with \`git rm --cached ${e.path}\`.`,
          key: 'gitlink',
          ...folderContext(e.path),
        });
      } else {
        found.push({
          path: e.path,
          status: e.status,
          severity: 'warning',
          message: `\`${e.path}\` is a git repository inside this one and is not ignored: \`git add .\` would commit it as an embedded repository. Ignore it or add it as a submodule.`,
          key: 'nested-repo',
          ...folderContext(e.path),
        });
      }
    }
    return found;
  },
};

/**
 * The context of a folder, as the files in it have it (a repository at `TestData` or `spec/fixtures/repo` is test
 * data, as `TestData/settings.py` is): its own path names no folder, only a file, to the classifier. Empty when the
 * files in it would be production's, where the path's own context stands.
 */
function folderContext(path: string): Pick<PathFinding, 'context' | 'contextWhy'> {
  const inside = classifyPath(`${path}/x`);
  return inside.context === 'production' ? {} : { context: inside.context, contextWhy: inside.why };
}
