// What the link test needs to know about a Markdown file: its headings' anchors,
// as GitHub makes them, and its links, outside code.

/** The lines of a Markdown text with fenced code blocks blanked out (line numbers kept). */
function proseLines(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split('\n').map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) {
      fence = m[1]!;
      return '';
    }
    if (fence !== null) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = null;
      return '';
    }
    return line;
  });
}

/** A line without its code spans (`x`, ``x``), which hold no links. */
function withoutCode(line: string): string {
  return line.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/`/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor the headings of `markdown` get, duplicates numbered `-1`, `-2`… as GitHub does. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseLines(markdown)) {
    const m = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

export interface Link {
  line: number;
  target: string;
}

/** The targets of the inline links and images of `markdown` (`[text](target)`), outside code. */
export function links(markdown: string): Link[] {
  const out: Link[] = [];
  proseLines(markdown).forEach((raw, i) => {
    const line = withoutCode(raw);
    for (const m of line.matchAll(/\]\(\s*(?:<([^>]*)>|([^)\s]*))(?:\s+"[^"]*")?\s*\)/g)) out.push({ line: i + 1, target: m[1] ?? m[2]! });
  });
  return out;
}

/** The files and folders a link may point at, by path relative to the repository root. */
export interface Tree {
  /** The text of a file, or null when there is no such file. */
  read(path: string): string | null;
  isDir(path: string): boolean;
}

/**
 * Every relative link of the Markdown file `file` (a path relative to the
 * repository) that points at no file or folder, or at a `#anchor` that is
 * no heading of its Markdown file, one line each. Links with a scheme
 * (`https:`, `mailto:`) are not followed.
 */
export function brokenLinks(file: string, tree: Tree): string[] {
  const text = tree.read(file);
  if (text === null) return [`${file}: no such file`];
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const problems: string[] = [];
  for (const { line, target } of links(text)) {
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf('#');
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === '' ? file : normalize(dir + pathPart);
    if (resolved === null) {
      problems.push(`${file}:${line}: ${target} points outside the repository`);
      continue;
    }
    // A folder's page on GitHub is its README.
    const page = tree.isDir(resolved) ? (resolved === '' ? 'README.md' : `${resolved}/README.md`) : resolved;
    const content = tree.read(page);
    if (content === null && !tree.isDir(resolved)) {
      problems.push(`${file}:${line}: ${target}: no such file`);
    } else if (anchor && /\.md$/i.test(page) && !anchors(content ?? '').has(anchor)) {
      problems.push(`${file}:${line}: ${target}: no heading has the anchor #${anchor}`);
    }
  }
  return problems;
}

/** `a/b/../c/` → `a/c`; null when the path climbs above the root. */
function normalize(p: string): string | null {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
