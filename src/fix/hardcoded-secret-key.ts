import { refuse, type Draft, type Located, type NeededVariable } from './draft';
import { envNameFor, keyKindFor } from './env-name';
import { dirOf, idiomOf, type Idiom } from './idiom';
import { isAppsettings } from '../rules/lib/filetype';
import { addImportOs, isOverridableSetting } from './lang/python';
import { declarationGuard, jsStyle, requiredRead } from './lang/js';
import { quoteOf, replace, type LiteralBounds, type SourceView } from './source';
import type { TextEdit } from './types';

/**
 * `hardcoded-secret-key`: the literal becomes a read of the environment
 * that fails at start-up when the variable is missing, in the file's own
 * idiom. The old value is not carried anywhere: the local `.env` gets a
 * fresh key (see the plan), and the person rotates the old one.
 */
export function planHardcodedSecret(l: Located): Draft {
  const v = l.view;
  const idiom = idiomOf(v, l.exists);
  if (idiom === null && isAppsettings(v.path)) {
    // Emptied, the key would fail only when the app first signs with it, not at start-up: the steps move it out instead.
    return refuse('ASP.NET Core reads the key from this file and from the environment over it; leakproof does not edit it');
  }
  if (idiom === null) return refuse(`leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
  if (l.occurrence.commentedOut) return refuse('the assignment is commented out: delete the comment (the value stays in git history, so rotate it)');
  if (l.occurrence.through) {
    return refuse(`the key comes through \`${l.occurrence.through}\`: read it from the environment where \`${l.occurrence.through}\` is set`);
  }
  if (/fallbacks$/i.test(l.occurrence.name)) return refuse('an entry of `SECRET_KEY_FALLBACKS` is an old key kept for rotation: remove it once the sessions it signed have expired');
  // A YAML key's mapping names what it configures (`minio:` → `secretKey:`): a service's credential is named for it.
  const parent = idiom === 'spring-yaml' && !/[.:]/.test(l.occurrence.name) ? yamlParent(v, v.lineAt(l.start)) : null;
  let name = envNameFor(parent ? { ...l.occurrence, name: `${parent}.${l.occurrence.name}` } : l.occurrence, v.path);
  if (name === null) return refuse(`no environment variable name follows from \`${l.occurrence.name}\``);
  const lit = v.literal(l.start, l.end);
  if (lit === null) return refuse('the value is not a single literal that can be replaced as a whole');
  const following = v.text.slice(lit.end, lit.end + 400);
  const changed =
    valueChangedAround(v.before(lit.start), v.after(lit.end)) ??
    (idiom === 'python' ? joinedWithNext(v.before(lit.start), following) : null) ??
    (idiom === 'python' || idiom === 'ruby' ? continuedWithString(following) : null);
  if (changed) return refuse(`the literal is not the key as it is (${changed}): replacing it alone would change the key; rewrite the expression yourself`);
  if (readsVariable(v.text, name)) {
    // Another key of the file comes from that variable already: this one is a second key, not the same.
    const refresh = /refresh/i.test(v.lineText(v.lineAt(lit.start))) ? name.replace(/_(SECRET|KEY)$/, '_REFRESH_$1') : null;
    if (refresh === null || refresh === name || readsVariable(v.text, refresh)) {
      return refuse(`the file reads ${name} elsewhere already: read it the same way if this is the same key, or give this key a variable of its own`);
    }
    name = refresh;
  }
  const edits = rewrite(idiom, l, lit, name);
  if ('refused' in edits) return edits;
  const django = idiom === 'python' && (/(?:^|\/)settings(?:\/[^/]+)?\.py$/.test(v.path) || /\bdjango\b/.test(v.text));
  const kind = keyKindFor(name, { python: idiom === 'python', django, spring: idiom.startsWith('spring') || idiom === 'java' || idiom === 'kotlin' });
  const workflow = idiom === 'workflow';
  const needs: NeededVariable | undefined = workflow ? undefined : { name, kind, envDir: idiom === 'compose' ? dirOf(v.path) : '', minLength: l.occurrence.value.length };
  const followUp = [
    kind === 'fernet'
      ? `Rotate the old value of ${name}: it stays in git history, so treat it as compromised. It encrypts stored data: ` +
        'decrypt and encrypt that data again with the new key first (Airflow: set the new key, a comma and the old one, ' +
        "then run `airflow rotate-fernet-key`; Python's `MultiFernet([new, old]).rotate(token)`), or it cannot be read."
      : `Rotate the old value of ${name}: it stays in git history, so treat it as compromised.`,
    workflow
      ? `Add ${name} as an Actions secret of the repository (\`gh secret set ${name}\`, or Settings → Secrets and variables → Actions).`
      : `Set ${name} wherever the app runs, to a fresh key (\`leakproof keygen --for ${kind}\`).`,
  ];
  const lenient = edits.edits.some((e) => e.text.startsWith('os.environ.get('));
  const title = workflow
    ? `read ${name} from the repository secrets; the job needs it to start`
    : lenient
      ? `read ${name} from the environment (None when unset: the app fails where it uses the key)`
      : `read ${name} from the environment; the app needs it to start`;
  return { title, edits: edits.edits, ...(needs ? { needs } : {}), followUp };
}

/**
 * What makes the value used differ from the literal: a method that changes
 * it (`'1'.repeat(64)`), an index, an operator (`'ab' * 32`, `prefix + 'x'`).
 * Conversions that keep the key (`.encode()`, `.getBytes()`, `.freeze`) do
 * not. Null when the literal is the key as it is.
 */
function valueChangedAround(before: string, after: string): string | null {
  const method = /^\s*\??\.\s*([A-Za-z_$][\w$]*)/.exec(after);
  if (method && !KEEPS_THE_KEY.has(method[1]!)) return `\`.${method[1]}\` follows it`;
  if (/^\s*\[/.test(after)) return 'an index follows it';
  if (/^\s*(?:[*+%]|\.\.)(?!=)/.test(after) || /(?:[+*]|\.\.)\s*$/.test(before)) return 'it is part of an expression';
  return null;
}

/**
 * Python and Ruby join a string to the next one across a `\` at the line's end (`"…" \` / `"…"`): the key is both.
 * `following` starts right after the literal.
 */
function continuedWithString(following: string): string | null {
  return /^[ \t]*\\\r?\n[ \t]*[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}

/**
 * Python joins strings written side by side inside brackets, over lines (`SECRET = (` / `'…'` / `'…'` / `)`): the key
 * is all of them, so the first alone is not it. Only where the literal opens its line or follows a `(`, as such
 * strings are wrapped (a string after a statement's own value, a docstring, is a statement of its own). `before` is
 * the literal's line up to it, `following` the text right after it.
 */
function joinedWithNext(before: string, following: string): string | null {
  if (before.trim() !== '' && !before.trimEnd().endsWith('(')) return null;
  return /^[ \t]*(?:#[^\n]*)?(?:\r?\n[ \t]*(?:#[^\n]*)?)+[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}

/** Conversions after which the key is still the literal's value (bytes, a frozen or owned string). */
const KEEPS_THE_KEY = new Set(['encode', 'getBytes', 'toByteArray', 'freeze', 'as_bytes', 'to_string', 'to_owned', 'into', 'toString', 'b', 'bytes', 'utf8', 'ToArray']);

/** Whether the file reads environment variable `name` already (`process.env.NAME`, `os.environ["NAME"]`, `ENV.fetch("NAME")`…). */
function readsVariable(text: string, name: string): boolean {
  const quoted = `['"]${name}['"]`;
  return new RegExp(`process\\.env\\.${name}\\b|process\\.env\\[\\s*${quoted}|(?:requiredEnv|getenv|getEnv|GetEnvironmentVariable|env|fetch|get|getOrThrow|var)\\s*(?:<[^>]*>)?\\(\\s*${quoted}|environ\\[\\s*${quoted}|ENV\\[\\s*${quoted}`).test(text);
}

function rewrite(idiom: Idiom, l: Located, lit: LiteralBounds, name: string): { edits: TextEdit[] } | { refused: string } {
  const v = l.view;
  const q = quoteOf(lit);
  const whole = (text: string) => replace(lit.start, lit.end, text);
  const inner = (text: string) => replace(l.start, l.end, text);
  const before = v.before(lit.start);
  switch (idiom) {
    case 'python': {
      // A bytes literal (`b'…'`, `rb'…'`) stays bytes: `hmac.new` takes no `str`.
      const bytes = /^(?:[bB][rR]?|[rR][bB])['"]/.test(v.text.slice(lit.start, lit.start + 3)) ? '.encode()' : '';
      const read = bytes === '' && isOverridableSetting(v, v.lineAt(lit.start), before) ? `os.environ.get(${q}${name}${q})` : `os.environ[${q}${name}${q}]`;
      const edits = [whole(`${read}${bytes}`)];
      const imp = addImportOs(v);
      return { edits: imp ? [imp, ...edits] : edits };
    }
    case 'js':
      return jsRequired(l, lit, name);
    case 'ruby':
      return { edits: [whole(`ENV.fetch(${q}${name}${q})`)] };
    case 'rails-yaml':
      return { edits: [whole(`<%= ENV.fetch("${name}") %>`)] };
    case 'laravel':
      if (!/(['"])[\w.\-]+\1\s*=>\s*$/.test(before)) return { refused: "only `'key' => 'value'` entries of a Laravel config file are rewritten" };
      return { edits: [whole(`env(${q}${name}${q})`)] };
    case 'spring-properties':
    case 'spring-yaml':
      return { edits: [inner(`\${${name}}`)] };
    case 'compose':
      return { edits: [inner(`\${${name}:?${name} is not set}`)] };
    case 'workflow':
      if (name.startsWith('GITHUB_')) return { refused: 'GitHub does not allow secret names that start with GITHUB_' };
      return { edits: [inner(`\${{ secrets.${name} }}`)] };
    case 'shell':
      if (!/(?:^|[\s;])(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=$/.test(before)) return { refused: 'only shell assignments (`export NAME=value`) are rewritten' };
      return { edits: [whole(`"\${${name}:?}"`)] };
    case 'java':
      if (!/\b[\w<>\[\]]+\s+\w+\s*=\s*$/.test(before)) return { refused: 'only Java field and variable initialisers are rewritten' };
      return { edits: [whole(`java.util.Objects.requireNonNull(System.getenv("${name}"), "${name} is not set")`)] };
    case 'kotlin':
      if (!/\b(?:val|var)\s+\w+(?:\s*:\s*String\??)?\s*=\s*$/.test(before) || /\bconst\s+val\b/.test(before)) {
        return { refused: 'only Kotlin `val`/`var` initialisers are rewritten' };
      }
      return { edits: [whole(`(System.getenv("${name}") ?: error("${name} is not set"))`)] };
    case 'rust':
    case 'go':
      // A literal there is typed (`&str`, a `const`): a read from the environment is not a drop-in for it.
      return { refused: 'a literal in Rust or Go is rewritten only where it is a default (see secret-key-fallback)' };
  }
}

const DECLARATION = /^([ \t]*)(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)(\s*:\s*string)?\s*=\s*$/;

/**
 * JavaScript reads `process.env.NAME`, which is undefined when unset, so it
 * gets a check: beside a one-line declaration
 * (`const JWT_SECRET = process.env.JWT_SECRET;` then
 * `if (!JWT_SECRET) throw …`), else a read where the literal was,
 * `requiredEnv('JWT_SECRET')`, that fails there when the variable is missing.
 */
function jsRequired(l: Located, lit: LiteralBounds, name: string): { edits: TextEdit[] } | { refused: string } {
  const v = l.view;
  const style = jsStyle(v, quoteOf(lit, "'"));
  const line = v.lineAt(lit.start);
  const decl = DECLARATION.exec(v.before(lit.start));
  if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(v.after(lit.end))) {
    return { edits: [replace(lit.start, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[2]!, name, style)] };
  }
  const read = requiredRead(v, name, style);
  if ('refused' in read) return read;
  return { edits: [...read.edits, replace(lit.start, lit.end, read.call)] };
}

/** The key of the YAML mapping that the key on `line` sits in (`minio` for `  secretKey: …` below `minio:`), or null. */
function yamlParent(v: SourceView, line: number): string | null {
  const indent = /^[ \t]*/.exec(v.lineText(line))![0].length;
  if (indent === 0) return null;
  for (let n = line - 1; n >= 1; n--) {
    const text = v.lineText(n);
    if (/^[ \t]*(?:#.*)?$/.test(text)) continue;
    const own = /^[ \t]*/.exec(text)![0].length;
    if (own >= indent) continue;
    const m = /^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/.exec(text);
    return m ? m[1]! : null;
  }
  return null;
}
