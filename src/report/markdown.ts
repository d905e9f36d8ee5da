/**
 * Escaping for Markdown that GitHub renders (job summaries, organisation
 * reports): scanned names and messages must show as text, never as links,
 * images, HTML or table cells.
 */

/** Text with `code` spans shown as code; everything else escaped. */
export function inlineCode(s: string): string {
  return s
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
    .join('');
}

/**
 * Makes untrusted text inert in GitHub Markdown: HTML and Markdown punctuation
 * become character references, control characters become visible escapes.
 */
export function esc(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (MARKDOWN_SPECIAL.has(ch)) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

// Untrusted text never starts a line here, so line-start markers (#, -, +, 1.) need no escape.
const MARKDOWN_SPECIAL = new Set('\\`*_[]()<>|~&@'.split(''));
