import type { PathFinding, Rule, TreeContext, TreeEntry } from './types';
import { hasCoreSection, isGitHead } from './lib/git-files';
import { LiteralSet } from '../core/literal-set';

const BUNDLE_HEADERS = new LiteralSet(['# v2 git bundle', '# v3 git bundle'].map((text) => ({ text, caseless: false })));

function bundleOrPack(head: Buffer): string | null {
  const start = head.subarray(0, 16).toString('latin1');
  if (start.startsWith('# v2 git bundle\n') || start.startsWith('# v3 git bundle\n')) return 'a git bundle';
  if (start.startsWith('PACK') && head.length >= 8 && head[4] === 0 && head[5] === 0 && head[6] === 0 && (head[7] === 2 || head[7] === 3)) {
    return 'a git pack file';
  }
  return null;
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** Folders holding a copy of a git directory under another name: `HEAD` plus `config` with `[core]`, or `objects/` / `refs/`. */
async function copiedGitDirs(tree: TreeContext): Promise<PathFinding[]> {
  const heads = tree.entries.filter((e) => e.kind === 'file' && (e.path === 'HEAD' || e.path.endsWith('/HEAD')));
  if (heads.length === 0) return [];
  const byPath = new Map<string, TreeEntry>(tree.entries.map((e) => [e.path, e]));
  const dirsWithGitChildren = new Set<string>();
  for (const e of tree.entries) {
    for (const marker of ['/objects/', '/refs/']) {
      const at = e.path.indexOf(marker);
      if (at > 0) dirsWithGitChildren.add(e.path.slice(0, at));
      if (e.path.startsWith(marker.slice(1))) dirsWithGitChildren.add('');
    }
  }
  const found: PathFinding[] = [];
  for (const head of heads) {
    const dir = parentOf(head.path);
    if (dir === '') continue; // the scanned folder itself
    const headText = await tree.readText(head.path);
    if (headText === null || !isGitHead(headText)) continue;
    const config = byPath.get(`${dir}/config`);
    const configText = config ? await tree.readText(config.path) : null;
    const hasCore = configText !== null && hasCoreSection(configText);
    if (!hasCore && !dirsWithGitChildren.has(dir)) continue;
    found.push({
      path: dir,
      status: head.status,
      directory: true,
      message:
        `\`${dir}/\` is a copy of a git directory (HEAD, ${hasCore ? 'config' : 'objects/refs'}). It carries the full ` +
        'history of another repository, with every secret ever committed to it. Delete it from the tree.',
      key: 'copied-git-dir',
    });
  }
  return found;
}

export const gitInternals: Rule = {
  meta: {
    id: 'git-internals',
    title: 'Git metadata in the tree',
    severity: 'error',
    policy: 'git-artifact',
    why:
      'A `.git` directory, a copied git directory, a bundle or a pack file holds a whole repository: every file and every ' +
      'secret ever committed, including ones deleted long ago. Shipped in a deployment folder or image, or committed ' +
      'into another repository, it publishes all of that.',
    fix:
      'Delete it from the tree or the build context; for Docker add `.git` to `.dockerignore`, for deployments copy only ' +
      'the build output. If it was committed, remove it with `git rm -r --cached <path>` and rotate any secret in its history.',
    examples: [
      { file: 'dist/.git/', flagged: 'a .git directory inside a deployment folder', clean: '.dockerignore listing .git' },
      { file: 'backup/repo.bundle', flagged: '# v2 git bundle', clean: 'notes about git bundles in README.md' },
    ],
    details: [
      'Git metadata in the tree: any `.git` directory in a plain folder (outside a git work tree, or with ' +
        '`--no-git`); a copy of a git directory under any name (a folder with a real `HEAD` plus a `config` with ' +
        '`[core]`, or `objects/` / `refs/`), e.g. `cp -r .git backup-git` committed; git bundles (`# v2 git bundle` ' +
        'header) and pack files (`PACK` header), whatever their name and size. One finding per git directory, not one ' +
        'per file inside it.',
    ],
    neverFlags: [
      'A `HEAD` file that is not a git `HEAD`, and documents that talk about bundles.',
      "The work tree's own `.git/`, which a scan of a git work tree never reads.",
    ],
    sample:
      'backup-git  error    git-internals  `backup-git/` is a copy of a git directory (HEAD, config). It carries the ' +
        'full history of another repository, with every secret ever committed to it. Delete it from the tree.',
  },
  // A pack file's header holds NUL bytes; a bundle's starts with one of these.
  literals: () => [BUNDLE_HEADERS],
  checkFile(file) {
    const what = bundleOrPack(file.head);
    if (!what) return [];
    return [
      {
        message: `\`${file.name}\` is ${what}: it holds a whole repository's objects and history. Delete it from the tree.`,
        key: what,
      },
    ];
  },
  async checkTree(tree) {
    const found: PathFinding[] = [];
    for (const e of tree.entries) {
      if (e.kind !== 'gitdir') continue;
      found.push({
        path: e.path,
        status: e.status,
        directory: true,
        message:
          e.path === '.git'
            ? 'The folder contains its own `.git` directory: shipped as it is (a deployment folder, a Docker build context), it publishes the full history. Exclude `.git` from what you ship.'
            : `\`${e.path}\` is git metadata inside the folder: it ships a repository's full history. Exclude it from what you ship.`,
        key: 'git-dir',
      });
    }
    found.push(...(await copiedGitDirs(tree)));
    return found;
  },
};
