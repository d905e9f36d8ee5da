import { dirOf } from './idiom';

/** A path as a `.gitignore` pattern that matches exactly it, relative to the `.gitignore`'s folder. */
export function ignorePattern(gitignore: string, path: string): string {
  const base = dirOf(gitignore);
  const rel = base ? path.slice(base.length + 1) : path;
  // Wildcards and a leading `#` or `!` are taken literally when escaped; so are trailing spaces.
  return rel.replace(/[\\*?[]/g, '\\$&').replace(/^[#!]/, '\\$&').replace(/ +$/, (s) => s.replace(/ /g, '\\ '));
}

/** The `.gitignore` files that may hold a path's entry, nearest first, up to the root. */
export function gitignoreCandidates(path: string): string[] {
  const out: string[] = [];
  let dir = dirOf(path);
  for (;;) {
    out.push(dir ? `${dir}/.gitignore` : '.gitignore');
    if (dir === '') break;
    dir = dirOf(dir);
  }
  return out;
}

/** The text with lines appended: after a line ending if it lacks one, each line once, and none it already has. */
export function appendLines(before: string | null, lines: readonly string[], eol: string, header?: string): string {
  const text = before ?? '';
  const present = new Set(text.split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
  const add = [...new Set(lines)].filter((l) => !present.has(l));
  if (add.length === 0) return text;
  const sep = text === '' || /[\r\n]$/.test(text) ? '' : eol;
  const head = before === null && header ? header + eol : '';
  return text + sep + head + add.join(eol) + eol;
}
