// Every relative link in README.md and docs/ points at a file or folder of the
// repository, and every #anchor at a heading of its page. Links to other sites
// are not fetched.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { anchors, brokenLinks, links, slug, type Tree } from '../helpers/markdown';
import { REPO } from '../helpers/build';

const repoTree: Tree = {
  read: (p) => {
    const abs = path.join(REPO, p);
    return existsSync(abs) && statSync(abs).isFile() ? readFileSync(abs, 'utf8') : null;
  },
  isDir: (p) => existsSync(path.join(REPO, p)) && statSync(path.join(REPO, p)).isDirectory(),
};

/** README.md and every Markdown file under docs/, relative to the repository. */
function docFiles(): string[] {
  const out = ['README.md'];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out.sort();
}

/** A tree of the given files, for the checker's own tests. */
function fakeTree(files: Record<string, string>): Tree {
  return {
    read: (p) => files[p] ?? null,
    isDir: (p) => p === '' || Object.keys(files).some((f) => f.startsWith(`${p}/`)),
  };
}

describe('links in README.md and docs/', () => {
  const files = docFiles();

  it('cover the README and every page under docs/, the rule pages among them', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/action.md', 'docs/rules/README.md', 'docs/rules/known-token.md']));
  });

  it.each(files)('%s: every relative link and anchor resolves', (file) => {
    expect(brokenLinks(file, repoTree)).toEqual([]);
  });

  it('the README reaches every page under docs/, directly or through the rules index', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const dir = path.posix.dirname(file);
      for (const { target } of links(repoTree.read(file) ?? '')) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const p = path.posix.normalize(path.posix.join(dir, target.split('#')[0]!));
        const page = repoTree.isDir(p) ? path.posix.join(p, 'README.md') : p;
        if (page.endsWith('.md') && page.startsWith('docs/')) visit(page);
      }
    };
    visit('README.md');
    expect(files.filter((f) => !reached.has(f))).toEqual([]);
  });
});

describe('the link checker', () => {
  it('makes anchors as GitHub does', () => {
    expect(slug('Severity policy: where a finding is')).toBe('severity-policy-where-a-finding-is');
    expect(slug('Code scanning (SARIF)')).toBe('code-scanning-sarif');
    expect(slug('`pull_request_target`')).toBe('pull_request_target');
    expect(slug('Git-aware scans and hooks')).toBe('git-aware-scans-and-hooks');
    expect(slug('What is `--explain`? A [page](x.md)')).toBe('what-is---explain-a-page');
    expect([...anchors('# A\n\n## Usage\n\n```sh\n# not a heading\n```\n\n### Usage\n\n## Usage ##\n')]).toEqual(['a', 'usage', 'usage-1', 'usage-2']);
  });

  it('reads links outside code only', () => {
    const md = 'See [a](a.md) and `[b](b.md)`.\n\n```md\n[c](c.md)\n```\n\n![d](img/d.png "title") [e](<e f.md>)\n';
    expect(links(md).map((l) => [l.line, l.target])).toEqual([
      [1, 'a.md'],
      [7, 'img/d.png'],
      [7, 'e f.md'],
    ]);
  });

  it('names each broken link with its line: a missing file, a missing anchor, a path out of the repository', () => {
    const tree = fakeTree({
      'README.md': '# Top\n\n[ok](docs/a.md#usage) [dir](docs/) [same](#top) [web](https://example.com/x#y)\n[gone](docs/b.md)\n[anchor](docs/a.md#nope)\n[self](#nowhere)\n[up](../x.md)\n',
      'docs/a.md': '# A\n\n## Usage\n',
      'docs/README.md': '# Docs\n',
    });
    expect(brokenLinks('README.md', tree)).toEqual([
      'README.md:4: docs/b.md: no such file',
      'README.md:5: docs/a.md#nope: no heading has the anchor #nope',
      'README.md:6: #nowhere: no heading has the anchor #nowhere',
      'README.md:7: ../x.md points outside the repository',
    ]);
    expect(brokenLinks('docs/a.md', tree)).toEqual([]);
    expect(brokenLinks('docs/a.md', fakeTree({ 'docs/a.md': '[back](../README.md#top) [sib](./c.md)' }))).toEqual([
      'docs/a.md:1: ../README.md#top: no such file',
      'docs/a.md:1: ./c.md: no such file',
    ]);
  });
});
