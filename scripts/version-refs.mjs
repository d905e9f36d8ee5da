// The places where the docs and workflows name leakproof's own version: the major
// tag users pin (`leakproof/leakproof@v1`, the org audit's `leakproof-version`) and
// full versions in examples. `npm run release` rewrites them; a test holds them to
// package.json's version.

/** Files that may hold such references, relative to the repository root. */
export const FILES = /^(README\.md|docs\/[^/]+\.md|\.github\/workflows\/[^/]+\.ya?ml)$/;
/** The README and the hand-written pages of docs/ (docs/rules/ is generated from the code). */
const DOCS = /^(README\.md|docs\/[^/]+\.md)$/;

const PLACES = [
  // uses: leakproof/leakproof@v1, leakproof/leakproof/.github/workflows/org-audit.yml@v1
  { files: FILES, kind: 'major', pattern: /leakproof\/leakproof(?:\/[\w./-]+)?@v(\d+)(?![\w.])/dg },
  // uses: leakproof/leakproof@<commit>  # v1.2.3
  { files: FILES, kind: 'version', pattern: /leakproof\/leakproof@\S+[ \t]+#[ \t]*v(\d+\.\d+\.\d+)/dg },
  // "tool": { "name": "leakproof", "version": "1.2.3" } in a report example
  { files: DOCS, kind: 'version', pattern: /"name": "leakproof", "version": "(\d+\.\d+\.\d+)"/dg },
  // rev: v1.2.3 in the pre-commit example
  { files: DOCS, kind: 'version', pattern: /^[ \t]*rev: v(\d+\.\d+\.\d+)[ \t]*$/dgm },
  // npx leakproof@1, npx leakproof@1.2.3
  { files: DOCS, kind: 'major', pattern: /(?<![\w/-])leakproof@(\d+)(?![\w.])/dg },
  { files: DOCS, kind: 'version', pattern: /(?<![\w/-])leakproof@(\d+\.\d+\.\d+)(?![\w.])/dg },
  // the org audit's default CLI version range
  { files: /^\.github\/workflows\/org-audit\.yml$/, kind: 'major', pattern: /leakproof-version:\n(?:[ \t]+[^\n]*\n)*?[ \t]+default: '(\d+)'/dg },
];

/** What a reference of `kind` must say for `version`. */
export function expected(kind, version) {
  return kind === 'major' ? version.split('.')[0] : version;
}

/** Every version reference in `text` (the file at `file`), with its line. */
export function findRefs(file, text) {
  const refs = [];
  for (const place of PLACES) {
    if (!place.files.test(file)) continue;
    for (const m of text.matchAll(place.pattern)) {
      const [start, end] = m.indices[1];
      refs.push({ file, line: text.slice(0, start).split('\n').length, kind: place.kind, value: m[1], start, end });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** `text` with every version reference set for `version`. */
export function setRefs(file, text, version) {
  let out = text;
  for (const ref of findRefs(file, text).reverse()) out = out.slice(0, ref.start) + expected(ref.kind, version) + out.slice(ref.end);
  return out;
}
