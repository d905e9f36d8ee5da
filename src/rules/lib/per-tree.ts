import type { TreeContext } from '../types';

/**
 * `compute`, worked out once per tree: the rules that ask for the same fact of a tree (which templates the
 * application loads, which files compose loads) share one answer, and a scan's tree is forgotten with the scan.
 */
export function perTree<T>(compute: (tree: TreeContext) => Promise<T>): (tree: TreeContext) => Promise<T> {
  const memo = new WeakMap<TreeContext, Promise<T>>();
  return (tree) => {
    let found = memo.get(tree);
    if (found === undefined) memo.set(tree, (found = compute(tree)));
    return found;
  };
}
