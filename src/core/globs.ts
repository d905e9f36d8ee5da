import { CONTEXT_NAMES, type ContextName } from './types';
import type { ContextOverride } from './context';

type MinimatchClass = typeof import('minimatch').Minimatch;
let Minimatch: MinimatchClass | undefined;

/**
 * Loads the glob library if any of these lists holds a glob: a scan whose
 * configuration has none never parses it. Call before `pathMatcher` and
 * `contextOverrides` are given globs.
 */
export async function loadGlobs(...lists: (readonly string[] | undefined)[]): Promise<void> {
  if (Minimatch || !lists.some((l) => (l?.length ?? 0) > 0)) return;
  Minimatch = (await import('minimatch')).Minimatch;
}

/** Every glob list of a scan's options, for `loadGlobs`. */
export function globLists(opts: {
  ignore?: readonly string[];
  contexts?: Partial<Record<ContextName, readonly string[]>>;
  allow?: readonly { paths: readonly string[] }[];
}): (readonly string[] | undefined)[] {
  return [opts.ignore, ...Object.values(opts.contexts ?? {}), ...(opts.allow ?? []).map((a) => a.paths)];
}

/**
 * Why a glob cannot be used, or null when it can. minimatch takes almost any
 * string literally, so the mistakes that would silently match nothing are
 * caught here instead.
 */
export function globProblem(glob: string): string | null {
  if (glob.trim() === '') return 'is empty';
  if (glob.includes('\\')) return 'uses a backslash; write paths with / (POSIX), relative to the scanned root';
  if (glob.startsWith('/')) return 'is absolute; write it relative to the scanned root, e.g. "vendor/**"';
  if (glob.startsWith('!')) return 'is a negation; list only the paths to match';
  if (normalizeGlob(glob).split('/').includes('..')) return 'leaves the scanned root with ".."';
  if (!balanced(glob, '[', ']')) return 'has an unclosed "["';
  if (!balanced(glob, '{', '}')) return 'has an unclosed "{"';
  return null;
}

function balanced(glob: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of glob) {
    if (ch === open) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth === 0;
}

/** `./a/b/` and `a/b` mean the same folder. */
function normalizeGlob(glob: string): string {
  let g = glob.trim();
  while (g.startsWith('./')) g = g.slice(2);
  while (g.length > 1 && g.endsWith('/')) g = g.slice(0, -1);
  return g;
}

/**
 * A predicate over POSIX relative paths: true when a glob matches the path
 * or one of the folders it is in, so `vendor` and `vendor/**` both cover
 * `vendor/x/y.js`.
 */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  if (!Minimatch) throw new Error('pathMatcher: the glob library is not loaded (call loadGlobs first)');
  const Glob = Minimatch;
  const matchers = globs.map((g) => new Glob(normalizeGlob(g), { dot: true }));
  const test = (p: string) => matchers.some((m) => m.match(p));
  return (p: string) => {
    if (test(p)) return true;
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
      if (test(p.slice(0, i))) return true;
    }
    return false;
  };
}

/** The configuration's `contexts:`, compiled in the order contexts are listed, for `ContextClassifier`. */
export function contextOverrides(contexts: Partial<Record<ContextName, readonly string[]>> | undefined): ContextOverride[] {
  if (!contexts) return [];
  return CONTEXT_NAMES.filter((c) => (contexts[c]?.length ?? 0) > 0).map((c) => ({ context: c, matches: pathMatcher(contexts[c]!) }));
}
