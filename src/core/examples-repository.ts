/**
 * Whether a whole repository is a collection of examples, by what it says of itself at its root: the README's title
 * ("Koa Examples", "Gin Examples"), its first sentence when it has no title ("Samples for
 * https://github.com/spring-projects/spring-security"; "A repository containing small examples to illustrate …"),
 * or the root package's name (`koa-examples`). Each folder there is a small program that shows one thing, run on a
 * reader's machine; a key written in one is the example's, as it would be under an `examples/` folder.
 *
 * A single application that calls itself an example (`RealWorld Example App`, `Spring PetClinic Sample
 * Application`, `Wagtail demo project`) is not a collection: people clone such an application to start their own and
 * deploy it, keys included.
 */

/** The names a README at the root goes by, most common first. */
export const README_NAMES: readonly string[] = ['README.md', 'Readme.md', 'readme.md', 'README.adoc', 'README.rst', 'README.markdown', 'README.txt', 'README'];

/** Why the repository is a collection of examples (for a finding's message), or null when it says nothing of the kind. */
export function examplesRepository(readme: string | null, manifest: string | null, readmeName = 'README.md'): string | null {
  const name = manifest === null ? null : packageName(manifest);
  if (name !== null && COLLECTION_NAME.test(name)) return `the repository is a collection of examples: its package is named \`${name}\``;
  if (readme === null) return null;
  const opening = readmeOpening(readme, /\.rst$/i.test(readmeName));
  if (opening === null) return null;
  // Inline HTML in the title is markup, not words (`# <span>Keycloak</span> Quickstarts`).
  const title = opening.title ? opening.text.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim() : '';
  if (opening.title && COLLECTION_TITLE.test(title)) return `the repository is a collection of examples: its README is titled "${title}"`;
  // With no title, a first sentence that says so ("Samples for https://github.com/spring-projects/spring-security");
  // after a title, only one whose subject is the repository ("A repository containing small examples …").
  if (!opening.title && (EXAMPLES_FOR.test(opening.text) || REPOSITORY_OF_EXAMPLES.test(opening.text))) return 'the repository is a collection of examples, as its README opens by saying';
  if (opening.title && opening.next !== null && REPOSITORY_OF_EXAMPLES.test(opening.next)) return 'the repository is a collection of examples, as its README opens by saying';
  return null;
}

/** An inline HTML tag: `<span>`, `</span>`, `<img src="…">`. */
const INLINE_TAG = /<\/?[A-Za-z][^<>]{0,200}>/g;
/** A package named as a collection: `koa-examples`, `@acme/examples`, `examples` (not `drum-samples`: sounds). */
const COLLECTION_NAME = /^(?:@[\w.-]+\/)?(?:[\w.-]+[-_.])?(?:examples|quickstarts)$/i;
/**
 * A title whose last word is `Examples`, `Samples` or `Quickstarts`, in a few words: "Koa Examples", "Spring Security
 * Samples", "Keycloak Quickstarts".
 */
const COLLECTION_TITLE = /^(?:[\w.@+#-]+ ){0,4}(?:examples|samples|quickstarts)$/i;
/** A first sentence, with no title before it, that says what follows is examples: "Samples for …". */
const EXAMPLES_FOR = /^(?:examples|samples) (?:for|of|using|showing)\b/i;
/** A sentence whose subject is the repository and says it holds examples: "A repository containing small examples …". */
const REPOSITORY_OF_EXAMPLES =
  /^(?:a |this )?(?:repository|repo|collection|set) (?:containing|of|with|that (?:contains|holds)) (?:a few |some |many |small |simple |various |runnable |minimal )*(?:examples|samples)\b/i;

function packageName(manifest: string): string | null {
  try {
    const parsed: unknown = JSON.parse(manifest);
    if (parsed !== null && typeof parsed === 'object' && typeof (parsed as { name?: unknown }).name === 'string') return (parsed as { name: string }).name;
  } catch {
    // Not JSON: no name.
  }
  return null;
}

interface Opening {
  /** The title, or the first line of prose when there is no title before it. */
  text: string;
  title: boolean;
  /** With a title, the first line of prose after it. */
  next: string | null;
}

/** How many lines of a README are read for its title and first sentence (badges and images come first). */
const OPENING_LINES = 40;
/** Longer lines are read no further than whether they are decoration (a row of badges): no title or sentence is so long. */
const MAX_LINE = 300;

/**
 * The README's title (its first heading: a Markdown `#` one, a line underlined with `=`, an AsciiDoc `=` one) or,
 * before any, its first line of prose; badges, images, HTML and attributes skipped. Null when the first heading is
 * another kind (`##`, HTML's `<h1>`: what the README is titled is not known) or nothing is found.
 */
function readmeOpening(readme: string, rst: boolean): Opening | null {
  let title: string | null = null;
  let from = 0;
  let next = readme.indexOf('\n');
  const lineAt = (start: number, end: number) => readme.slice(start, end < 0 ? readme.length : end).replace(/\r$/, '').trim();
  for (let n = 0; n < OPENING_LINES && from <= readme.length; n++) {
    const line = lineAt(from, next);
    const after = next < 0 ? readme.length + 1 : next + 1;
    const following = after > readme.length ? '' : lineAt(after, readme.indexOf('\n', after));
    from = after;
    next = from > readme.length ? -1 : readme.indexOf('\n', from);
    if (line === '') continue;
    if (line.startsWith('<')) {
      if (/^<h[1-6]\b/i.test(line) || line.toLowerCase().includes('<h1')) return title === null ? null : { text: title, title: true, next: null };
      continue;
    }
    if (DECORATION.test(line.slice(0, 16))) continue;
    // A long line is read by its first characters: a sentence's subject and verb come first.
    if (line.length > MAX_LINE) {
      if (headingLevel(line) > 0) return title === null ? null : { text: title, title: true, next: null };
      const start = plain(line.slice(0, MAX_LINE));
      return title === null ? { text: start, title: false, next: null } : { text: title, title: true, next: start };
    }
    let text: string | null = null;
    let isTitle = false;
    const level = headingLevel(line);
    if (level > 0) {
      // The first heading is the title only when it is a first-level one.
      if (title === null && level > 1) return null;
      text = plain(line.slice(level).replace(TRAILING_MARKS, ''));
      isTitle = level === 1;
    } else if (/^={3,}$/.test(following) && following.length >= line.length) {
      text = plain(line);
      isTitle = true;
      from = after + following.length + 1;
      next = from > readme.length ? -1 : readme.indexOf('\n', from);
      n++;
    } else if (/^-{3,}$/.test(following) && following.length >= line.length) {
      // Underlined with `-`: reStructuredText's first level when it is its first underline; Markdown's second.
      if (title === null && !rst) return null;
      text = plain(line);
      isTitle = title === null;
      from = after + following.length + 1;
      next = from > readme.length ? -1 : readme.indexOf('\n', from);
      n++;
    } else if (!UNDERLINE.test(line)) {
      text = plain(line);
    }
    if (text === null || text === '') continue;
    if (title !== null) return { text: title, title: true, next: isTitle || level > 0 ? null : text };
    if (!isTitle) return { text, title: false, next: null };
    title = text;
  }
  return title === null ? null : { text: title, title: true, next: null };
}

/** How deep a Markdown (`#`) or AsciiDoc (`=`) heading is, or 0 for a line that is none. */
function headingLevel(line: string): number {
  const mark = line[0];
  if (mark !== '#' && mark !== '=') return 0;
  let i = 0;
  while (i < line.length && line[i] === mark) i++;
  return i <= 6 && (line[i] === ' ' || line[i] === '\t') ? i : 0;
}

/** A heading's closing marks (`# Title #`) and the spaces around them. */
const TRAILING_MARKS = /[ \t]+[#=]*[ \t]*$|[ \t]*$/;
/** Lines that are no prose, by how they start: badges, images, AsciiDoc attributes and blocks, comments, rules, tables. */
const DECORATION = /^(?:\[!\[|!\[|image::?|:[\w-]+:|\/\/|\.\.|\[[\w#.-]*\]$|-{3,}$|\*{3,}$|_{3,}$|\|)/;
const UNDERLINE = /^(?:={3,}|-{3,}|~{3,}|\*{3,}|#{3,})$/;

/** A line's words as read: links and emphasis unwrapped, images and badges dropped, spaces collapsed. */
function plain(text: string): string {
  return text
    .replace(/!\[[^\]]{0,300}\]\([^)]{0,300}\)/g, '')
    .replace(/\[([^\]]{0,300})\]\([^)]{0,300}\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!]$/, '');
}
