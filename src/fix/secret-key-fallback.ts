import { refuse, type Draft, type Located } from './draft';
import { keyKindFor } from './env-name';
import { dirOf, idiomOf, type Idiom } from './idiom';
import { addImportOs, isOverridableSetting } from './lang/python';
import { declarationGuard, guard, jsStyle, requiredRead } from './lang/js';
import { insert, quoteOf, replace, type LiteralBounds } from './source';
import type { TextEdit } from './types';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Rewrite {
  edits: TextEdit[];
  /** The read leaves the setting unset (`None`) rather than failing at once: see `isOverridableSetting`. */
  lenient?: boolean;
  /** The variable read, when it is an environment variable (a Spring property path is not). */
  variable?: string;
}

/**
 * `secret-key-fallback`: the default goes, and the read fails when the
 * variable is missing (`os.getenv('SECRET_KEY', 'dev')` →
 * `os.environ['SECRET_KEY']`, `process.env.JWT_SECRET || 'x'` → a checked
 * read, `${SECRET_KEY:-dev}` → `${SECRET_KEY:?…}`).
 */
export function planFallback(l: Located): Draft {
  const v = l.view;
  const idiom = idiomOf(v, l.exists);
  if (l.occurrence.commentedOut) return refuse('the line is commented out: delete it');
  if (l.occurrence.through) {
    return refuse(`the default is the constant \`${l.occurrence.through}\`: drop the fallback here, and the constant once nothing else uses it`);
  }
  const spring = springPlaceholder(l);
  const lit = spring ? null : v.literal(l.start, l.end);
  if (!spring && lit === null) return refuse('the default is not a single literal that can be removed as a whole');
  const out = spring ?? (idiom && lit ? rewrite(idiom, l, lit) : null);
  if (out === null) return refuse(idiom ? `this form of default (${l.occurrence.via}) is not rewritten automatically` : `leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
  const name = out.variable;
  const followUp = [
    name
      ? idiom === 'workflow'
        ? `Make sure the Actions secret ${name} is set; the job now fails without it.`
        : out.lenient
          ? `Set ${name} wherever the app runs; without it the setting is None, and the app fails where it uses the key.`
          : `Set ${name} wherever the app runs; it no longer starts without it.`
      : `Set \`${l.occurrence.name}\` wherever the app runs; it no longer starts without it.`,
    'If a deployment ever ran on the old default, rotate that key: the default is public in the repository.',
  ];
  const needs =
    name && idiom !== 'workflow' && ENV_NAME.test(name)
      ? {
          name,
          kind: keyKindFor(name, {
            python: idiom === 'python',
            django: idiom === 'python' && /\bdjango\b/.test(v.text),
            spring: idiom === 'java' || idiom === 'kotlin' || idiom?.startsWith('spring') === true,
          }),
          envDir: idiom === 'compose' ? dirOf(v.path) : '',
          minLength: l.occurrence.value.length,
        }
      : undefined;
  return {
    title: out.lenient
      ? `drop the default of ${name ?? l.occurrence.name} (None when unset: the app fails where it uses the key)`
      : `drop the default of ${name ?? l.occurrence.name}; ${idiom === 'workflow' ? 'the job' : 'the app'} fails at start-up when it is missing`,
    edits: out.edits,
    ...(needs ? { needs } : {}),
    followUp,
  };
}

/** Spring's `${jwt.secret:default}` in any file (properties, YAML, `@Value` in Java or Kotlin): `${jwt.secret}` fails when unset. */
function springPlaceholder(l: Located): Rewrite | null {
  const m = /\$\{([\w.\-\[\]]+):$/.exec(l.view.before(l.start));
  if (!m || l.view.text[l.end] !== '}') return null;
  return { edits: [replace(l.start - 1, l.end, '')], ...(ENV_NAME.test(m[1]!) ? { variable: m[1]! } : {}) };
}

function rewrite(idiom: Idiom, l: Located, lit: LiteralBounds): Rewrite | null {
  switch (idiom) {
    case 'python':
      return python(l, lit);
    case 'js':
      return js(l, lit);
    case 'ruby':
      return ruby(l, lit);
    case 'laravel':
      return removeSecondArgument(l, lit, /\benv\(\s*(['"])(\w+)\1\s*,\s*$/);
    case 'compose':
    case 'shell':
      return shellDefault(l, lit, idiom);
    case 'workflow': {
      const m = /secrets\.(\w+)\s*\|\|\s*$/.exec(l.view.before(lit.start));
      if (!m || !/^\s*\}\}/.test(l.view.after(lit.end))) return null;
      const from = lit.start - m[0].length + `secrets.${m[1]}`.length;
      return { edits: [replace(from, lit.end, '')], variable: m[1]! };
    }
    case 'rust':
      return rust(l, lit);
    case 'go':
      return go(l, lit);
    case 'kotlin': {
      const m = /System\.getenv\(\s*"(\w+)"\s*\)\s*\?:\s*$/.exec(l.view.before(lit.start));
      if (!m) return null;
      return { edits: [replace(lit.start, lit.end, `error("${m[1]} is not set")`)], variable: m[1]! };
    }
    case 'java': {
      const m = /System\.getenv\(\)\.getOrDefault\(\s*"(\w+)"\s*,\s*$/.exec(l.view.before(lit.start));
      const close = /^\s*\)/.exec(l.view.after(lit.end));
      if (!m || !close) return null;
      const from = lit.start - m[0].length;
      return {
        edits: [replace(from, lit.end + close[0].length, `java.util.Objects.requireNonNull(System.getenv("${m[1]}"), "${m[1]} is not set")`)],
        variable: m[1]!,
      };
    }
    default:
      return null;
  }
}

/** `f(…, <literal>)` → `f(…)`: the default is the call's last argument. */
function removeSecondArgument(l: Located, lit: LiteralBounds, call: RegExp): Rewrite | null {
  const before = l.view.before(lit.start);
  const m = call.exec(before);
  if (!m || !/^\s*\)/.test(l.view.after(lit.end))) return null;
  const comma = before.lastIndexOf(',');
  const from = lit.start - (before.length - comma);
  return { edits: [replace(from, lit.end, '')], variable: m[2]! };
}

const PY_READ = /((?:\bos\.)?(?:getenv|environ\.get))\s*\(\s*(['"])(\w+)\2\s*/;

function python(l: Located, lit: LiteralBounds): Rewrite | null {
  const v = l.view;
  const before = v.before(lit.start);
  const after = v.after(lit.end);
  const line = v.lineAt(lit.start);
  // A setting of a module that others import and override reads leniently (see `isOverridableSetting`): the call as
  // written, without its default.
  const lenient = (m: { index: number }) => isOverridableSetting(v, line, before.slice(0, m.index));
  const environ = (call: string, q: string, name: string, m: RegExpExecArray): { text: string; needsOs: boolean } =>
    lenient(m)
      ? { text: `${call}(${q}${name}${q})`, needsOs: false }
      : call === 'environ.get'
        ? { text: `environ[${q}${name}${q}]`, needsOs: false }
        : { text: `os.environ[${q}${name}${q}]`, needsOs: true };
  const withImport = (edits: TextEdit[], needsOs: boolean): TextEdit[] => {
    const imp = needsOs ? addImportOs(v) : null;
    return imp ? [imp, ...edits] : edits;
  };
  // os.getenv('X', 'dev'), os.environ.get('X', default='dev')
  let m = new RegExp(PY_READ.source + /,\s*(?:default\s*=\s*)?$/.source).exec(before);
  const close = /^\s*\)/.exec(after);
  if (m && close) {
    const r = environ(m[1]!, m[2]!, m[3]!, m);
    const from = lit.start - (before.length - m.index);
    return { edits: withImport([replace(from, lit.end + close[0].length, r.text)], r.needsOs), variable: m[3]!, lenient: lenient(m) };
  }
  // os.environ.get('X') or 'dev'
  m = new RegExp(PY_READ.source + /\)\s+or\s+$/.source).exec(before);
  if (m) {
    const r = environ(m[1]!, m[2]!, m[3]!, m);
    const from = lit.start - (before.length - m.index);
    return { edits: withImport([replace(from, lit.end, r.text)], r.needsOs), variable: m[3]!, lenient: lenient(m) };
  }
  // django-environ `env('X', default='dev')`, python-decouple `config('X', default='dev')`: both raise when unset, so an
  // overridable setting's default becomes `None` instead.
  const call = /\b(?:env(?:\.\w+)?|config)\s*\(\s*(['"])(\w+)\1/.exec(before);
  m = /,\s*default\s*=\s*$/.exec(before);
  if (call && m) {
    // python-decouple casts the default too (`cast=str` makes `None` the string 'None'): its default goes instead.
    if (lenient(call) && !/^\s*config\b/.test(before.slice(call.index)) && !/\bcast\s*=/.test(v.after(lit.end))) {
      return { edits: [replace(lit.start, lit.end, 'None')], variable: call[2]!, lenient: true };
    }
    return { edits: [replace(lit.start - m[0].length, lit.end, '')], variable: call[2]! };
  }
  // The same call over several lines: `    default='dev',` on a line of its own goes.
  if (/^\s*default\s*=\s*$/.test(before) && /^\s*,?\s*(?:#.*)?$/.test(after) && /\b(?:env(?:\.\w+)?|config)\s*\($/.test(v.lineText(line - 1).trim() + v.lineText(line - 2).trim())) {
    const opener = /(['"])(\w+)\1/.exec(v.lineText(line - 1)) ?? /(['"])(\w+)\1/.exec(v.lineText(line - 2));
    const variable = opener ? { variable: opener[2]! } : {};
    // The call opens on the line above or the one before it: `SECRET_KEY = env(`.
    const callLine = /\b(?:env(?:\.\w+)?|config)\s*\(/.test(v.lineText(line - 1)) ? line - 1 : line - 2;
    const call = /\b(?:env(?:\.\w+)?|config)\s*\(/.exec(v.lineText(callLine));
    const decouple = /^config\b/.test(call?.[0] ?? '') || /\bcast\s*=/.test(v.text.slice(v.lineStart(line), v.lineStart(Math.min(line + 3, v.lineCount))));
    if (call && !decouple && isOverridableSetting(v, callLine, v.lineText(callLine).slice(0, call.index))) {
      return { edits: [replace(lit.start, lit.end, 'None')], ...variable, lenient: true };
    }
    return { edits: [replace(v.lineStart(line), v.lineStart(line + 1), '')], ...variable };
  }
  return null;
}

const JS_READ = /process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([\w$]+)\2\s*\])/;

function js(l: Located, lit: LiteralBounds): Rewrite | null {
  const v = l.view;
  const style = jsStyle(v, quoteOf(lit, "'"));
  const before = v.before(lit.start);
  const after = v.after(lit.end);
  const line = v.lineAt(lit.start);
  const indent = /^[ \t]*/.exec(before)![0];
  // process.env.JWT_SECRET || 'x', process.env['JWT_SECRET'] ?? 'x'
  let m = new RegExp(JS_READ.source + /\s*(?:\|\||\?\?)\s*$/.source).exec(before);
  if (m) {
    const name = m[1] ?? m[3]!;
    const from = lit.start - (before.length - m.index);
    const decl = /^[ \t]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/.exec(before.slice(0, m.index));
    if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
      return { edits: [replace(from, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[1]!, name, style)], variable: name };
    }
    const read = requiredRead(v, name, style);
    if ('refused' in read) return null;
    return { edits: [...read.edits, replace(from, lit.end, read.call)], variable: name };
  }
  // process.env.JWT_SECRET ||= 'x' as a statement of its own.
  m = new RegExp(/^[ \t]*/.source + JS_READ.source + /\s*(?:\|\|=|\?\?=)\s*$/.source).exec(before);
  if (m && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
    const name = m[1] ?? m[3]!;
    return { edits: [replace(v.lineStart(line) + indent.length, v.lineEnd(line), guard(`process.env.${name}`, name, style))], variable: name };
  }
  // const { JWT_SECRET = 'dev' } = process.env
  const whole = v.lineText(line);
  m = /([A-Za-z_$][\w$]*)(?:\s*:\s*([A-Za-z_$][\w$]*))?\s*=\s*$/.exec(before);
  if (m && /^[ \t]*(?:const|let|var)\s*\{[^{}]*\}\s*=\s*process\.env\s*;?\s*(?:\/\/.*)?$/.test(whole)) {
    const name = m[1]!;
    const binding = m[2] ?? name;
    const from = lit.start - (before.length - m.index) + m[0].replace(/\s*=\s*$/, '').length;
    return { edits: [replace(from, lit.end, ''), insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`)], variable: name };
  }
  // NestJS config.get<string>('JWT_SECRET', 'x') → config.getOrThrow<string>('JWT_SECRET')
  m = /\.get(\s*<[^<>]*>)?\s*\(\s*(['"`])([\w.]+)\2\s*,\s*$/.exec(before);
  const close = /^\s*\)/.exec(after);
  if (m && close) {
    const get = lit.start - (before.length - m.index);
    const comma = before.lastIndexOf(',');
    return {
      edits: [replace(get, get + 4, '.getOrThrow'), replace(lit.start - (before.length - comma), lit.end, '')],
      ...(ENV_NAME.test(m[3]!) ? { variable: m[3]! } : {}),
    };
  }
  return null;
}

function ruby(l: Located, lit: LiteralBounds): Rewrite | null {
  const v = l.view;
  const before = v.before(lit.start);
  const after = v.after(lit.end);
  const fetchDefault = removeSecondArgument(l, lit, /ENV\.fetch\(\s*(['"])(\w+)\1\s*,\s*$/);
  if (fetchDefault) return fetchDefault;
  // ENV.fetch('X') { 'x' }
  let m = /(ENV\.fetch\(\s*(['"])(\w+)\2\s*\))\s*\{\s*$/.exec(before);
  const brace = /^\s*\}/.exec(after);
  if (m && brace) {
    const from = lit.start - (before.length - m.index) + m[1]!.length;
    return { edits: [replace(from, lit.end + brace[0].length, '')], variable: m[3]! };
  }
  // ENV['X'] || 'x'
  m = /ENV\[\s*(['"])(\w+)\1\s*\]\s*\|\|\s*$/.exec(before);
  if (m) {
    const from = lit.start - (before.length - m.index);
    return { edits: [replace(from, lit.end, `ENV.fetch(${m[1]}${m[2]}${m[1]})`)], variable: m[2]! };
  }
  return null;
}

/** `env::var("X")`, `std::env::var("X")`, `dotenvy::var("X")`, on the line or one of the two above (rustfmt's chains). */
const RUST_ENV_READ = /\b(?:std::)?(?:env|dotenvy|dotenv)::var(?:_os)?\(\s*"(\w+)"\s*\)/g;
/** A Rust default after a read, up to its literal: `.unwrap_or(`, `.unwrap_or_else(|_| `, a block, `String::from(`. */
const RUST_OR = /\.unwrap_or(?:_else)?\(\s*(?:\|[^|()]{0,20}\|\s*)?(?:\{\s*)?(?:String::from\(\s*)?$/;
/** What may follow the literal to the end of the default: a conversion, then the closers of what `RUST_OR` opened. */
const RUST_OR_END = /^(?:\.(?:to_string|to_owned|into)\(\))?\s*\)?\s*(?:\}\s*)?\)/;
/** A struct field's declaration: `pub jwt_secret: String,`. */
const RUST_FIELD = /^\s*(?:pub(?:\([\w:]+\))?\s+)?[A-Za-z_]\w*\s*:(?!:)/;
/** clap's default in an attribute, up to its literal: `default_value = `, `default_value_t = String::from(`. */
const CLAP_DEFAULT_BEFORE = /\bdefault_value(?:_t)?\s*=\s*(String::from\(\s*)?$/;

/**
 * Rust: clap's `default_value = "…"` goes from its attribute (a `String` field with no default is required: clap
 * stops with a usage error when neither the command line nor `env` gives it); `env::var("X").unwrap_or("…")` and
 * its `unwrap_or_else` forms become `.expect("X is not set")`.
 */
function rust(l: Located, lit: LiteralBounds): Rewrite | null {
  const v = l.view;
  const before = v.before(lit.start);
  const after = v.after(lit.end);
  const clap = CLAP_DEFAULT_BEFORE.exec(before);
  if (clap) {
    const close = clap[1] ? /^\s*\)/.exec(after) : /^/.exec(after);
    if (!close) return null;
    const line = v.lineAt(lit.start);
    // The field the attribute is on must be a plain `String`: an `Option<String>` would become `None` instead.
    let field = line + 1;
    while (field <= v.lineCount && field - line <= 8 && !RUST_FIELD.test(v.lineText(field))) field++;
    if (!/:\s*String\s*,?\s*(?:\/\/.*)?$/.test(v.lineText(field))) return null;
    const from = lit.start - clap[0].length;
    const to = lit.end + close[0].length;
    const head = v.text.slice(v.lineStart(line), from);
    const tail = v.text.slice(to, v.lineEnd(line));
    const variable = /\benv\s*=\s*"(\w+)"/.exec(v.lineText(line))?.[1];
    // Alone on its line (an attribute over several lines): the line goes.
    if (/^\s*$/.test(head) && /^\s*,?\s*$/.test(tail)) return { edits: [replace(v.lineStart(line), v.lineStart(line + 1), '')], ...(variable ? { variable } : {}) };
    // `, default_value = "…"` after another argument, or `default_value = "…", ` before one.
    const comma = /,\s*$/.exec(head);
    if (comma) return { edits: [replace(from - comma[0].length, to, '')], ...(variable ? { variable } : {}) };
    const next = /^\s*,\s*/.exec(tail);
    if (next) return { edits: [replace(from, to + next[0].length, '')], ...(variable ? { variable } : {}) };
    return null;
  }
  const or = RUST_OR.exec(before);
  const end = RUST_OR_END.exec(after);
  if (!or || !end) return null;
  // The read: on this line before the default, or on one of the two lines above (the chain broken by rustfmt).
  const line = v.lineAt(lit.start);
  const reads = [...(v.lineText(line - 2) + '\n' + v.lineText(line - 1) + '\n' + before.slice(0, or.index)).matchAll(RUST_ENV_READ)];
  const name = reads[reads.length - 1]?.[1];
  if (!name) return null;
  return { edits: [replace(lit.start - (before.length - or.index), lit.end + end[0].length, `.expect("${name} is not set")`)], variable: name };
}

/**
 * Go: urfave/cli's `Value: "…"` in a `cli.StringFlag` becomes `Required: true`, so the command stops with a usage
 * error when neither the command line nor the flag's variables give it.
 */
function go(l: Located, lit: LiteralBounds): Rewrite | null {
  const v = l.view;
  const before = v.before(lit.start);
  const m = /(?:^|[{,\s])(Value\s*:\s*)$/.exec(before);
  if (!m || !/StringFlag` `Value`$/.test(l.occurrence.via)) return null;
  const from = lit.start - m[1]!.length;
  const variable = ENV_NAME.test(l.occurrence.name) && /^[A-Z][A-Z0-9_]*$/.test(l.occurrence.name) ? l.occurrence.name : undefined;
  return { edits: [replace(from, lit.end, 'Required: true')], ...(variable ? { variable } : {}) };
}

/** `${X:-dev}`, `${X:=dev}`, `${X-dev}` → compose `${X:?X is not set}`, shell `${X:?}`. */
function shellDefault(l: Located, lit: LiteralBounds, idiom: 'compose' | 'shell'): Rewrite | null {
  const v = l.view;
  const before = v.before(lit.start);
  const m = /\$\{([A-Za-z_]\w*)(:?[-=])$/.exec(before);
  if (!m || lit.quote !== '' || v.text[lit.end] !== '}') return null;
  const name = m[1]!;
  const from = lit.start - m[2]!.length;
  return { edits: [replace(from, lit.end, idiom === 'compose' ? `:?${name} is not set` : ':?')], variable: name };
}
