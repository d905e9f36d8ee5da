import type { Severity } from './types';
import type { PathFinding } from '../rules/types';
import { isPlaceholder } from '../rules/lib/secret-value';
import { isExampleToken } from '../rules/lib/token-formats';

/** Why a path makes findings less urgent, or null for ordinary code and config. */
export type PathContext = 'test fixture path' | 'documentation';

const TEST_DIRS = new Set(['test', 'tests', 'spec', 'specs', '__tests__', '__fixtures__', '__mocks__', 'fixtures', 'testdata', 'test-data']);
const DOC_DIRS = new Set(['docs', 'doc', 'documentation']);
const DOC_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'rst', 'adoc', 'asciidoc']);
/**
 * `.txt` counts as documentation only under these names: a `keys.txt` or
 * `credentials.txt` is exactly where real secrets end up.
 */
const TEXT_DOC_NAMES = /^(?:readme|changelog|changes|history|news|contributing|install|installation|usage|notes|authors|todo|faq)(?:[._-].*)?\.txt$/;

/** Test files by name: `*_test.go`, `*.test.ts`, `*.spec.js`, `test_*.py`, `*_spec.rb`, `conftest.py`. */
function isTestFileName(name: string): boolean {
  if (/^test_[^/]*\.py$/.test(name) || name === 'conftest.py') return true;
  return /[._]test\.[a-z0-9]+$/.test(name) || /\.spec\.[a-z0-9]+$/.test(name) || /_spec\.rb$/.test(name);
}

interface PathKinds {
  test: boolean;
  docs: boolean;
}

function kinds(path: string): PathKinds {
  const segments = path.toLowerCase().split('/');
  const name = segments.pop() ?? '';
  return { test: segments.some((s) => TEST_DIRS.has(s)) || isTestFileName(name), docs: isDocumentation(segments, name) };
}

export function pathContext(path: string): PathContext | null {
  const k = kinds(path);
  return k.test ? 'test fixture path' : k.docs ? 'documentation' : null;
}

function isDocumentation(dirs: readonly string[], name: string): boolean {
  if (dirs.some((s) => DOC_DIRS.has(s))) return true;
  const dot = name.lastIndexOf('.');
  if (dot > 0 && DOC_EXTENSIONS.has(name.slice(dot + 1))) return true;
  return TEXT_DOC_NAMES.test(name);
}

/**
 * Adjusts one finding for where it was found: placeholders in documentation
 * are dropped (null), findings in tests, fixtures and documentation are
 * lowered to notice with the reason appended to the message.
 */
export function applyPathContext(f: PathFinding, ruleSeverity: Severity): PathFinding | null {
  const k = kinds(f.path);
  if (!k.test && !k.docs) return f;
  if (k.docs && f.secret !== undefined && isDocPlaceholder(f.secret)) return null;
  const context: PathContext = k.test ? 'test fixture path' : 'documentation';
  if ((f.severity ?? ruleSeverity) === 'notice') return f;
  return { ...f, severity: 'notice', message: `${f.message} (lowered to notice: ${context})` };
}

function isDocPlaceholder(value: string): boolean {
  return isPlaceholder(value) || isExampleToken(value.replace(/^(?:AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abpr]-|[sr]k_live_|AIza|npm_)/, ''));
}
