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
export function examplesRepository(readme: string | null, manifest: string | null): string | null {
  const name = manifest === null ? null : packageName(manifest);
  if (name !== null && COLLECTION_NAME.test(name)) return `the repository is a collection of examples: its package is named \`${name}\``;
  if (readme === null) return null;
  const opening = readmeOpening(readme);
  if (opening === null) return null;
  if (opening.title && COLLECTION_TITLE.test(opening.text)) return `the repository is a collection of examples: its README is titled "${opening.text}"`;
  if (!opening.title && COLLECTION_SENTENCE.test(opening.text)) return 'the repository is a collection of examples, as its README opens by saying';
  // A title that names the project, then a first sentence that says what it is ("# Koa Examples" aside, a title such
  // as "# koa" followed by "A repository containing small examples …").
  if (opening.title && opening.next !== null && COLLECTION_SENTENCE.test(opening.next)) return 'the repository is a collection of examples, as its README opens by saying';
  return null;
}

/** A package named as a collection: `koa-examples`, `@acme/samples`, `examples`. */
const COLLECTION_NAME = /^(?:@[\w.-]+\/)?(?:[\w.-]+[-_.])?(?:examples|samples)$/i;
/** A title whose last word is `Examples` or `Samples`, in a few words: "Koa Examples", "Spring Security Samples". */
const COLLECTION_TITLE = /^(?:[\w.@+#-]+ ){0,4}(?:examples|samples)$/i;
/** A first sentence that says the repository holds examples: "Samples for …", "A repository containing small examples …". */
const COLLECTION_SENTENCE =
  /^(?:(?:examples|samples) (?:for|of|using|showing|that)\b|(?:a |this )?(?:repository|repo|collection|set) (?:containing|of|with|that (?:contains|holds)) (?:a few |some |many |small |simple |various |runnable |minimal )*(?:examples|samples)\b)/i;

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

/**
 * The README's title (a Markdown `#` or `##` heading, an AsciiDoc `=` one, a reStructuredText line underlined) or,
 * before any, its first line of prose; badges, images, HTML and attributes skipped.
 */
function readmeOpening(readme: string): Opening | null {
  const lines = readme.split('\n', OPENING_LINES + 1).map((l) => l.replace(/\r$/, ''));
  let title: string | null = null;
  for (let i = 0; i < lines.length && i < OPENING_LINES; i++) {
    const line = lines[i]!.trim();
    if (line === '' || DECORATION.test(line)) continue;
    const heading = HEADING.exec(line);
    let text: string | null = null;
    let isTitle = false;
    if (heading !== null) {
      text = plain(heading[1]!);
      isTitle = true;
    } else if (i + 1 < lines.length && RST_UNDERLINE.test(lines[i + 1]!.trim()) && lines[i + 1]!.trim().length >= line.length) {
      text = plain(line);
      isTitle = true;
      i++;
    } else if (!RST_UNDERLINE.test(line)) {
      text = plain(line);
    }
    if (text === null || text === '') continue;
    if (title !== null) return { text: title, title: true, next: isTitle ? null : text };
    if (!isTitle) return { text, title: false, next: null };
    title = text;
  }
  return title === null ? null : { text: title, title: true, next: null };
}

/** Lines that are no prose: badges, images, HTML, AsciiDoc attributes and blocks, comments, rules. */
const DECORATION = /^(?:\[!\[|!\[|image::?|<|:[\w-]+:|\/\/|\.\.|\[[\w#.-]*\]$|-{3,}$|\*{3,}$|_{3,}$|\|)/;
const HEADING = /^(?:#{1,2}|={1,2})[ \t]+(.+?)[ \t#=]*$/;
const RST_UNDERLINE = /^(?:={3,}|-{3,}|~{3,}|\*{3,}|#{3,})$/;

/** A line's words as read: links and emphasis unwrapped, images and badges dropped, spaces collapsed. */
function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!]$/, '');
}
