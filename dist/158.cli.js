"use strict";
exports.id = 158;
exports.ids = [158,62];
exports.modules = {

/***/ 3158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIX_SPEC: () => (/* binding */ FIX_SPEC),
  FIX_USAGE: () => (/* binding */ FIX_USAGE),
  findingsToFix: () => (/* binding */ findingsToFix),
  parseFixArgs: () => (/* binding */ parseFixArgs),
  runFix: () => (/* binding */ runFix)
});

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/options.ts
var config_options = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/config/init.ts
var init = __webpack_require__(6062);
;// CONCATENATED MODULE: ./src/config/index.ts





// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/engine/scan.ts + 3 modules
var scan = __webpack_require__(2414);
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5483);
// EXTERNAL MODULE: ./src/rules/lib/dotenv-names.ts
var dotenv_names = __webpack_require__(2120);
// EXTERNAL MODULE: ./src/rules/dotenv-file.ts + 1 modules
var dotenv_file = __webpack_require__(7491);
// EXTERNAL MODULE: ./src/rules/lib/env-keys.ts
var env_keys = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(178);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/rules/lib/secret-assignments.ts + 1 modules
var secret_assignments = __webpack_require__(899);
// EXTERNAL MODULE: ./src/rules/lib/git-files.ts
var git_files = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/fix/locate.ts






/** A file as the rules see it, built from text read for fixing (the scan's own view is gone by then). */
function textFileContext(path, text, settings) {
    const body = Buffer.from(text, 'utf8');
    let lines;
    return {
        path,
        name: path.slice(path.lastIndexOf('/') + 1),
        status: 'tracked',
        get context() {
            return settings.contexts.of(path).context;
        },
        head: body.subarray(0, 8192),
        body,
        bytes: body,
        size: body.length,
        text,
        get lines() {
            return (lines ??= (0,core_text/* splitLines */.uz)(text).lines);
        },
        contains: (set) => set.test(body),
        memo: new Map(),
        settings,
    };
}
/**
 * Whether a value found again at a finding's place is the one the scan
 * reported: same redacted form, and the finding's fingerprint is one this
 * key and value give (the occurrence number is tried, as the scan counted
 * equal values in the file).
 */
function sameSecret(f, key, value) {
    if (f.secret !== undefined && f.secret !== (0,redact/* redact */.E)(value))
        return false;
    const context = `${key}\0${(0,fingerprint/* hashSecret */.D)(value)}`;
    for (let n = 0; n < 64; n++)
        if ((0,fingerprint/* fingerprint */.R)(f.ruleId, f.path, context, n) === f.fingerprint)
            return true;
    return false;
}
/** The occurrence the finding reports, found again by the rules' own analysis of the current text. */
function findOccurrence(f, text, settings, kind) {
    const ctx = textFileContext(f.path, text, settings);
    const hit = (0,secret_assignments/* secretOccurrences */.J2)(ctx).find((o) => o.kind === kind && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
    return hit && sameSecret(f, hit.name, hit.value) ? hit : null;
}
/** The template entry a `dotenv-template-secret` finding reports, read again as the rule reads it. */
function findTemplateValue(f, text) {
    for (const e of (0,dotenv_names/* parseDotenv */.qd)(text)) {
        if (e.line !== f.line)
            continue;
        const cred = (0,git_files/* urlCredentials */.O4)(e.value)[0];
        const value = cred ? cred.value : e.value;
        const column = e.column + (cred ? cred.start : 0);
        if (column !== f.column || !sameSecret(f, e.key, value))
            continue;
        return { key: e.key, value, line: e.line, column, inUrl: cred !== undefined };
    }
    return null;
}
/** Offset in `text` of the 1-based line `line` (LF, CRLF or CR endings, as `splitLines` counts them). */
function lineOffsets(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
        else if (c === 10)
            starts.push(i + 1);
    }
    return starts;
}

// EXTERNAL MODULE: ./src/rules/lib/code-lexer.ts
var code_lexer = __webpack_require__(2437);
// EXTERNAL MODULE: ./src/rules/lib/filetype.ts
var filetype = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/fix/source.ts



/**
 * One file's text as the planners read it: lines, line endings, and the
 * lexer's map of strings and comments (built on first use) for code.
 */
class SourceView {
    path;
    text;
    lang;
    family;
    eol;
    starts;
    map;
    constructor(path, text) {
        this.path = path;
        this.text = text;
        const name = path.slice(path.lastIndexOf('/') + 1);
        this.lang = (0,filetype/* langOf */.Ex)(name);
        this.family = this.lang ? (0,code_lexer/* familyOf */.Ap)(this.lang, name) : null;
        this.starts = lineOffsets(text);
        const crlf = text.indexOf('\r\n');
        this.eol = crlf >= 0 && crlf <= text.indexOf('\n') ? '\r\n' : '\n';
    }
    get lineCount() {
        return this.starts.length;
    }
    /** Offset of the first character of the 1-based line `n`. */
    lineStart(n) {
        return this.starts[n - 1] ?? this.text.length;
    }
    /** Offset just past the last character of line `n`, before its line ending. */
    lineEnd(n) {
        let end = n < this.starts.length ? this.starts[n] : this.text.length;
        while (end > this.lineStart(n) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return end;
    }
    lineText(n) {
        return this.text.slice(this.lineStart(n), this.lineEnd(n));
    }
    /** 1-based line holding offset `at`. */
    lineAt(at) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** The line's text before `at`. */
    before(at) {
        return this.text.slice(this.lineStart(this.lineAt(at)), at);
    }
    /** The line's text from `at` to its end. */
    after(at) {
        return this.text.slice(at, this.lineEnd(this.lineAt(at)));
    }
    get code() {
        if (this.map === undefined)
            this.map = this.family ? (0,code_lexer/* lexCode */.tL)(this.text, this.family) : null;
        return this.map;
    }
    /**
     * The literal whose body is exactly `[start, end)`: for code, the
     * lexer's string (with its prefix, such as Python's `b`, and quotes),
     * on one line and with nothing glued to it (`'a' 'b'`, `'a' + x`), so
     * replacing it replaces the whole value. For configuration syntaxes, the
     * value with the quotes around it, if any. Null when the value is not
     * such a literal.
     */
    literal(start, end) {
        let bounds;
        if (this.family !== null) {
            const span = this.code?.spanAt(start);
            if (!span || span.kind !== 'string' || span.bodyStart !== start || span.bodyEnd !== end)
                return null;
            if (this.lineAt(span.start) !== this.lineAt(span.end))
                return null;
            const quote = this.text[span.bodyStart - 1];
            if (quote !== '"' && quote !== "'" && quote !== '`')
                return null;
            if (quote === '`' && this.text.slice(start, end).includes('${'))
                return null;
            bounds = { start: span.start, end: span.end, quote };
        }
        else {
            const q = this.text[start - 1];
            bounds = (q === '"' || q === "'") && this.text[end] === q ? { start: start - 1, end: end + 1, quote: q } : { start, end, quote: '' };
        }
        if (this.family === null)
            return bounds;
        const next = this.after(bounds.end).trimStart()[0];
        const prev = this.before(bounds.start).trimEnd().slice(-1);
        // A literal glued to another (`'a' 'b'`) or joined with `+`, `%`, `*`: replacing one part would leave the rest.
        if (next !== undefined && /['"`+%*]/.test(next))
            return null;
        if (prev !== '' && /['"`+%*]/.test(prev))
            return null;
        return bounds;
    }
}
/** The quote a replacement should use: the literal's own, else a double quote. */
function quoteOf(b, fallback = '"') {
    return b.quote === '"' || b.quote === "'" ? b.quote : fallback;
}
function replace(start, end, text) {
    return { start, end, text };
}
function insert(at, text) {
    return { start: at, end: at, text };
}

;// CONCATENATED MODULE: ./src/fix/draft.ts
function refuse(why) {
    return { refused: why };
}

;// CONCATENATED MODULE: ./src/fix/env-name.ts
/** A variable name a shell, compose, GitHub and every framework accept. */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Last parts of a setting name that say nothing on their own: `jwt.secret` is JWT_SECRET, not SECRET. */
const GENERIC = new Set(['secret', 'key', 'token', 'salt']);
/** A service's credential by a name that does not say which service. */
const SERVICE_CREDENTIAL = new Set(['SECRET_KEY', 'ACCESS_KEY', 'SECRET_ACCESS_KEY', 'ACCESS_KEY_SECRET', 'APP_SECRET', 'CLIENT_SECRET', 'SECRET_ID']);
/** Objects that hold an app's own settings, not a service's: their name is no prefix. */
const CONTAINER = new Set(['app', 'application', 'settings', 'config', 'conf', 'cfg', 'configuration', 'self', 'this', 'options', 'opts', 'env', 'environ', 'os', 'process', 'params', 'parameters', 'flask', 'django', 'spring']);
/** An application object's name (`app`, `flask_app`, Dash's `server`): its `secret_key` is the app's own. */
const APP_OBJECT = /^(?:[a-z]{1,20}_)?app$|^(?:application|server)$/;
/** Names a framework gives the variable by convention, by the setting's normalised name. */
const CONVENTIONAL = {
    secretorkey: 'JWT_SECRET', // passport-jwt's `secretOrKey`
    frameworksecret: 'APP_SECRET', // Symfony
    parameterssecret: 'APP_SECRET',
};
/** Signing calls whose key argument is the finding: the variable the key comes from. */
const CALL_NAMES = [
    [/jwt|jws|jose/i, 'JWT_SECRET'],
    [/cookieparser/i, 'COOKIE_SECRET'],
    [/session|cookiestore|filesystemstore|securecookie/i, 'SESSION_SECRET'],
    [/hmac/i, 'HMAC_SECRET'],
    [/fernet/i, 'FERNET_KEY'],
];
/**
 * The environment variable a setting should be read from: the name as an
 * environment variable (`SECRET_KEY`, `app.secret_key` \u2192 SECRET_KEY,
 * `jwtSecret` \u2192 JWT_SECRET, `jwt.secret` \u2192 JWT_SECRET), the framework's
 * convention (Laravel `config/app.php` `'key'` \u2192 APP_KEY), or what the
 * signing call is about (`jwt.sign(p, 'x')` \u2192 JWT_SECRET). Null when no
 * sensible name follows.
 */
function envNameFor(o, path) {
    if (/(?:^|\/)config\/app\.php$/.test(path) && o.name === 'key')
        return 'APP_KEY';
    if (/(?:^|\/)config\/jwt\.php$/.test(path) && o.name === 'secret')
        return 'JWT_SECRET';
    if (/(?:^|\/)config\/broadcasting\.php$/.test(path) && o.name === 'secret')
        return 'PUSHER_APP_SECRET';
    if (o.subject !== undefined) {
        // The subject names the call or option: "`jwt.sign()` key", "`secret` option of `session`".
        const about = `${o.subject} ${o.name}`;
        if (/SessionMiddleware/.test(about))
            return 'SECRET_KEY';
        for (const [re, name] of CALL_NAMES)
            if (re.test(about))
                return name;
        return null;
    }
    const parts = o.name
        .replace(/^\$/, '')
        .split(/\.|->|::|\[|\]|'|"|:/)
        .filter((p) => p !== '');
    if (parts.length === 0)
        return null;
    const joined = parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const [norm, name] of Object.entries(CONVENTIONAL))
        if (joined.endsWith(norm))
            return name;
    let last = parts[parts.length - 1];
    const parent = parts.length > 1 ? parts[parts.length - 2] : null;
    // `jwt.secret` is JWT_SECRET; a service's credential under the service's name (`minio.secretKey`, `wx.app-secret`)
    // is MINIO_SECRET_KEY, not the SECRET_KEY an app's own key is read from. An app's or settings object's name
    // (`app.secret_key`, `settings.SECRET_KEY`) says nothing more.
    if (parent !== null && (GENERIC.has(last.toLowerCase()) || (SERVICE_CREDENTIAL.has(snake(last)) && !CONTAINER.has(parent.toLowerCase()) && !APP_OBJECT.test(parent)))) {
        last = `${parent}_${last}`;
    }
    const name = snake(last);
    return ENV_NAME.test(name) ? name : null;
}
/** `jwtSecret` \u2192 JWT_SECRET, `secret-key` \u2192 SECRET_KEY, `SECRET_KEY` stays. */
function snake(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase();
}
/** The kind of key a variable needs, from its name and the code that reads it. */
function keyKindFor(name, hints) {
    if (name === 'SECRET_KEY_BASE')
        return 'rails';
    if (name === 'APP_KEY')
        return 'laravel';
    if (/FERNET/.test(name))
        return 'fernet';
    // JJWT's `Decoders.BASE64.decode(secret)` is the usual way Spring apps read the key: plain base64 suits it.
    if (hints.spring)
        return 'base64';
    if (/JWT/.test(name))
        return 'jwt';
    if (hints.django)
        return 'django';
    if (hints.python)
        return 'flask';
    return 'hex';
}

;// CONCATENATED MODULE: ./src/fix/idiom.ts
const JS_EXTENSIONS = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/i;
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const SPRING = /(?:^|\/)(?:application|bootstrap)(?:-[^/.]+)?\.(properties|ya?ml)$/i;
const RAILS_YAML = /(?:^|\/)config\/([^/]+)\.yml$/i;
const LARAVEL_CONFIG = /(?:^|\/)config\/[^/]+\.php$/i;
/** The idiom of a file, or null when leakproof has no automatic fix in its syntax. */
function idiomOf(v, exists) {
    const path = v.path;
    if (/\.(?:j2|jinja2?|tpl|tmpl|gotmpl)$/i.test(path))
        return null;
    switch (v.lang) {
        case 'python':
            return /\.pyi$/i.test(path) ? null : 'python';
        case 'js':
            return JS_EXTENSIONS.test(path) ? 'js' : null;
        case 'ruby':
            return 'ruby';
        case 'php':
            return LARAVEL_CONFIG.test(path) ? 'laravel' : null;
        case 'rust':
            return /\.rs$/i.test(path) ? 'rust' : null;
        case 'go':
            return /\.go$/i.test(path) ? 'go' : null;
        case 'jvm':
            if (/\.java$/i.test(path))
                return 'java';
            if (/\.kts?$/i.test(path))
                return 'kotlin';
            return null;
        case 'shell':
            return /\.(?:sh|bash|zsh|ksh)$/i.test(path) ? 'shell' : null;
        case 'properties':
            return SPRING.test(path) ? 'spring-properties' : null;
        case 'yaml': {
            if (WORKFLOW.test(path))
                return 'workflow';
            if (COMPOSE.test(path))
                return 'compose';
            if (SPRING.test(path))
                return 'spring-yaml';
            const rails = RAILS_YAML.exec(path);
            if (rails) {
                const configDir = path.slice(0, rails.index + (path[rails.index] === '/' ? 1 : 0)) + 'config/';
                if (/^(?:secrets|credentials.*)$/i.test(rails[1]) || exists(`${configDir}application.rb`))
                    return 'rails-yaml';
            }
            return null;
        }
        default:
            return null;
    }
}
/** The folder of a path ('' at the root). */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/fix/lang/python.ts

/** A top-level `import os` (or `import os.path`, which binds `os` too), not under another name. */
function importsOs(text) {
    for (const m of text.matchAll(/^import[ \t]+([^#\r\n;]+)/gm)) {
        for (const item of m[1].split(',')) {
            const words = item.trim().split(/\s+/);
            if (words.length === 1 && /^os(?:\.\w+)*$/.test(words[0]))
                return true;
        }
    }
    return false;
}
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;
/**
 * The edit that adds `import os` where Python wants it: after the module
 * docstring and any `from __future__` imports (which must come first),
 * before the first other import, or above the first statement with a blank
 * line. None when the module already imports `os`.
 */
function addImportOs(v) {
    if (importsOs(v.text))
        return null;
    let n = 1;
    const skipBlank = () => {
        while (n <= v.lineCount && BLANK_OR_COMMENT.test(v.lineText(n)))
            n++;
    };
    skipBlank();
    if (n <= v.lineCount) {
        const span = v.code?.spanAt(v.lineStart(n) + (v.lineText(n).length - v.lineText(n).trimStart().length));
        if (span?.kind === 'docstring') {
            n = v.lineAt(span.end) + 1;
            skipBlank();
        }
    }
    while (n <= v.lineCount && /^from[ \t]+__future__[ \t]+import\b/.test(v.lineText(n))) {
        // A parenthesised list runs to its closing parenthesis.
        if (v.lineText(n).includes('(') && !v.lineText(n).includes(')')) {
            while (n <= v.lineCount && !v.lineText(n).includes(')'))
                n++;
        }
        n++;
        skipBlank();
    }
    if (n > v.lineCount) {
        const end = v.text.length;
        const sep = end === 0 || /[\r\n]$/.test(v.text) ? '' : v.eol;
        return insert(end, `${sep}import os${v.eol}`);
    }
    const line = v.lineText(n);
    const isImport = /^(?:import|from)[ \t]/.test(line);
    return insert(v.lineStart(n), isImport ? `import os${v.eol}` : `import os${v.eol}${v.eol}`);
}
/**
 * Whether a key set on `line` (its text up to the value: `before`) is the `SECRET_KEY` (or Flask-JWT-Extended's
 * `JWT_SECRET_KEY`) of a settings module or a config class, read when the module is imported: such a module is often
 * imported and then overridden (Django's `from .base import *` then `production.py`'s own key; Flask's
 * `from_object(default_settings)` then `from_pyfile(\u2026)`), so a read that raises when the variable is unset would stop
 * every import of it, tests and deployments configured another way included. `os.environ.get` leaves the setting
 * `None` there, which Django, Flask and Flask-JWT-Extended refuse once a key is needed. Other names stay strict: an
 * application's own check of a `None` secret may let a request through (`None == None` for a missing header).
 *
 * A settings module by its path (`settings.py`, `default_settings.py`, a module of a `settings/` package), the
 * assignment at its top level; a config class by its name (`class ProductionConfig(Config):`, at the top level), the
 * assignment one level into it.
 */
function isOverridableSetting(v, line, before) {
    const m = /^([ \t]*)(?:SECRET_KEY|JWT_SECRET_KEY)[ \t]*=[ \t]*$/.exec(before);
    if (!m)
        return false;
    const indent = m[1];
    if (indent === '')
        return SETTINGS_MODULE.test(v.path);
    // A class attribute: the nearest line above that is less indented opens a config class at the top level, and every
    // line between is the class's own (as indented as this one, or more).
    for (let n = line - 1; n >= 1; n--) {
        const text = v.lineText(n);
        if (text.trim() === '')
            continue;
        const own = /^[ \t]*/.exec(text)[0];
        if (own.length >= indent.length)
            continue;
        const cls = /^class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\([^)]*\))?[ \t]*:/.exec(text);
        return cls !== null && own === '' && CONFIG_CLASS.test(cls[1]);
    }
    return false;
}
/** A settings module by its path: `settings.py`, `default_settings.py`, `settings/base.py` (not any `config.py`). */
const SETTINGS_MODULE = /(?:^|\/)(?:settings\/[^/]+|[\w-]*settings)\.py$/;
/** A config class by its name: `Config`, `ProductionConfig`, `Settings`, `DevSettings`, `BaseConfiguration`. */
const CONFIG_CLASS = /(?:Config|Settings|Configuration)$/;

;// CONCATENATED MODULE: ./src/fix/lang/js.ts

const IMPORT_START = /^import[\s{*'"]/;
const REQUIRE_LINE = /^(?:const|let|var)\s+[^=]+=\s*require\(\s*['"][^'"]+['"]\s*\)[\w.]*\s*;?\s*(?:\/\/.*)?$/;
/** The file's own style, judged by its import lines (else by its first lines). */
function jsStyle(v, quote = "'") {
    const sample = [];
    for (let n = 1; n <= Math.min(v.lineCount, 200) && sample.length < 20; n++) {
        const t = v.lineText(n).trim();
        if (IMPORT_START.test(t) || REQUIRE_LINE.test(t) || /^(?:export\s+)?(?:const|let|var)\s/.test(t))
            sample.push(t);
    }
    const semis = sample.filter((t) => t.endsWith(';')).length;
    const singles = sample.join('').split("'").length;
    const doubles = sample.join('').split('"').length;
    return { semi: sample.length > 0 && semis * 2 < sample.length ? '' : ';', quote: doubles > singles ? '"' : singles > doubles ? "'" : quote };
}
/** `if (!X) throw new Error('NAME is not set');` in the file's style. */
function guard(binding, name, style) {
    return `if (!${binding}) throw new Error(${style.quote}${name} is not set${style.quote})${style.semi}`;
}
/**
 * Whether `name` is already an identifier in the file (declared or used
 * bare, outside strings and `process.env.NAME`): a new top-level const of
 * that name would clash.
 */
function usesIdentifier(v, name) {
    const re = new RegExp(`(?<![\\w$.'"\`])${name.replace(/\$/g, '\\$')}(?![\\w$'"\`])`, 'g');
    for (const m of v.text.matchAll(re)) {
        const span = v.code?.spanAt(m.index);
        if (!span)
            return true;
    }
    return false;
}
/**
 * Where a module-level declaration goes: after the imports and
 * `require()` lines at the top (after a shebang, comments and a
 * `'use strict'` directive when there are none).
 */
function afterImports(v) {
    let n = 1;
    let lastImport = 0;
    let firstCode = 0;
    while (n <= v.lineCount) {
        const t = v.lineText(n).trim();
        if (t === '' || t.startsWith('//') || (n === 1 && t.startsWith('#!'))) {
            n++;
            continue;
        }
        if (t.startsWith('/*')) {
            while (n <= v.lineCount && !v.lineText(n).includes('*/'))
                n++;
            n++;
            continue;
        }
        if (/^['"]use strict['"];?$/.test(t)) {
            firstCode = n;
            n++;
            continue;
        }
        if (IMPORT_START.test(t)) {
            // A multi-line import runs to the line naming its module.
            while (n <= v.lineCount && !/(?:from\s*['"][^'"]+['"]|^import\s*['"][^'"]+['"])\s*;?\s*(?:\/\/.*)?$/.test(v.lineText(n).trim()))
                n++;
            lastImport = n;
            n++;
            continue;
        }
        if (REQUIRE_LINE.test(t)) {
            lastImport = n;
            n++;
            continue;
        }
        break;
    }
    if (lastImport > 0)
        return { at: v.lineStart(lastImport + 1), hasImports: true };
    if (firstCode > 0)
        return { at: v.lineStart(firstCode + 1), hasImports: false };
    // Before the first statement, after a shebang and leading comments.
    let k = 1;
    while (k <= v.lineCount && (v.lineText(k).trim() === '' || v.lineText(k).trim().startsWith('//') || (k === 1 && v.lineText(k).startsWith('#!'))))
        k++;
    return { at: v.lineStart(Math.min(k, v.lineCount + 1)), hasImports: false };
}
/** TypeScript: its checker narrows `process.env.NAME` after a check, so the check comes first and the constant is a string. */
function isTypeScript(path) {
    return /\.(?:ts|tsx|mts|cts)$/i.test(path);
}
/**
 * The check that goes with a declaration on line `line` that now reads
 * `process.env.NAME`: after it on the declared name in JavaScript
 * (`if (!secret) throw \u2026`), before it on `process.env.NAME` in TypeScript,
 * so the declared constant is a `string` everywhere, functions included.
 */
function declarationGuard(v, line, binding, name, style) {
    const indent = /^[ \t]*/.exec(v.lineText(line))[0];
    if (isTypeScript(v.path))
        return insert(v.lineStart(line), `${indent}${guard(`process.env.${name}`, name, style)}${v.eol}`);
    return insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`);
}
/** The function a required read calls (`requiredRead`). */
const REQUIRED_ENV = 'requiredEnv';
/**
 * The read that takes the place of a literal outside a one-line declaration:
 * `requiredEnv('JWT_SECRET')`, with that function declared once after the
 * imports. The variable is read where the value is used, each time: a read
 * at module level would run as the module loads, before an ES module app's
 * entry has loaded its `.env` (its imports run first), and would fail every
 * test that imports the module. A file that uses the name for something
 * else is refused; one that declares it already (an earlier fix) keeps its own.
 */
function requiredRead(v, name, style) {
    const call = `${REQUIRED_ENV}(${style.quote}${name}${style.quote})`;
    if (new RegExp(`^[ \\t]*function\\s+${REQUIRED_ENV}\\s*\\(`, 'm').test(v.text))
        return { edits: [], call };
    if (usesIdentifier(v, REQUIRED_ENV))
        return { refused: `the file already uses the name \`${REQUIRED_ENV}\` for something else` };
    const { at, hasImports } = afterImports(v);
    const unit = indentUnit(v);
    const ts = isTypeScript(v.path);
    const lines = [
        `function ${REQUIRED_ENV}(name${ts ? ': string' : ''})${ts ? ': string' : ''} {`,
        `${unit}const value = process.env[name]${style.semi}`,
        `${unit}if (!value) throw new Error(\`\${name} is not set\`)${style.semi}`,
        `${unit}return value${style.semi}`,
        '}',
    ];
    const block = lines.map((l) => l + v.eol).join('');
    const atEnd = at >= v.text.length && v.text.length > 0 && !/[\r\n]$/.test(v.text);
    return { edits: [insert(at, (atEnd ? v.eol : '') + (hasImports ? v.eol + block : block + v.eol))], call };
}
/** The file's indentation step: a tab, or the smallest run of leading spaces (2 when nothing tells). */
function indentUnit(v) {
    let spaces = 0;
    for (let n = 1; n <= Math.min(v.lineCount, 400); n++) {
        const lead = /^[ \t]*/.exec(v.lineText(n))[0];
        if (lead.length === 0 || v.lineText(n).trim() === '' || /^\s*\*/.test(v.lineText(n)))
            continue;
        if (lead.startsWith('\t'))
            return '\t';
        if (spaces === 0 || lead.length < spaces)
            spaces = lead.length;
    }
    return ' '.repeat(spaces === 0 || spaces > 8 ? 2 : spaces);
}

;// CONCATENATED MODULE: ./src/fix/hardcoded-secret-key.ts







/**
 * `hardcoded-secret-key`: the literal becomes a read of the environment
 * that fails at start-up when the variable is missing, in the file's own
 * idiom. The old value is not carried anywhere: the local `.env` gets a
 * fresh key (see the plan), and the person rotates the old one.
 */
function planHardcodedSecret(l) {
    const v = l.view;
    const idiom = idiomOf(v, l.exists);
    if (idiom === null && (0,filetype/* isAppsettings */.bd)(v.path)) {
        // Emptied, the key would fail only when the app first signs with it, not at start-up: the steps move it out instead.
        return refuse('ASP.NET Core reads the key from this file and from the environment over it; leakproof does not edit it');
    }
    if (idiom === null)
        return refuse(`leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
    if (l.occurrence.commentedOut)
        return refuse('the assignment is commented out: delete the comment (the value stays in git history, so rotate it)');
    if (l.occurrence.through) {
        return refuse(`the key comes through \`${l.occurrence.through}\`: read it from the environment where \`${l.occurrence.through}\` is set`);
    }
    if (/fallbacks$/i.test(l.occurrence.name))
        return refuse('an entry of `SECRET_KEY_FALLBACKS` is an old key kept for rotation: remove it once the sessions it signed have expired');
    // A YAML key's mapping names what it configures (`minio:` \u2192 `secretKey:`): a service's credential is named for it.
    const parent = idiom === 'spring-yaml' && !/[.:]/.test(l.occurrence.name) ? yamlParent(v, v.lineAt(l.start)) : null;
    let name = envNameFor(parent ? { ...l.occurrence, name: `${parent}.${l.occurrence.name}` } : l.occurrence, v.path);
    if (name === null)
        return refuse(`no environment variable name follows from \`${l.occurrence.name}\``);
    const lit = v.literal(l.start, l.end);
    if (lit === null)
        return refuse('the value is not a single literal that can be replaced as a whole');
    const following = v.text.slice(lit.end, lit.end + 400);
    const changed = valueChangedAround(v.before(lit.start), v.after(lit.end)) ??
        (idiom === 'python' ? joinedWithNext(v.before(lit.start), following) : null) ??
        (idiom === 'python' || idiom === 'ruby' ? continuedWithString(following) : null);
    if (changed)
        return refuse(`the literal is not the key as it is (${changed}): replacing it alone would change the key; rewrite the expression yourself`);
    if (readsVariable(v.text, name)) {
        // Another key of the file comes from that variable already: this one is a second key, not the same.
        const refresh = /refresh/i.test(v.lineText(v.lineAt(lit.start))) ? name.replace(/_(SECRET|KEY)$/, '_REFRESH_$1') : null;
        if (refresh === null || refresh === name || readsVariable(v.text, refresh)) {
            return refuse(`the file reads ${name} elsewhere already: read it the same way if this is the same key, or give this key a variable of its own`);
        }
        name = refresh;
    }
    const edits = rewrite(idiom, l, lit, name);
    if ('refused' in edits)
        return edits;
    const django = idiom === 'python' && (/(?:^|\/)settings(?:\/[^/]+)?\.py$/.test(v.path) || /\bdjango\b/.test(v.text));
    const kind = keyKindFor(name, { python: idiom === 'python', django, spring: idiom.startsWith('spring') || idiom === 'java' || idiom === 'kotlin' });
    const workflow = idiom === 'workflow';
    const needs = workflow ? undefined : { name, kind, envDir: idiom === 'compose' ? dirOf(v.path) : '', minLength: l.occurrence.value.length };
    const followUp = [
        kind === 'fernet'
            ? `Rotate the old value of ${name}: it stays in git history, so treat it as compromised. It encrypts stored data: ` +
                'decrypt and encrypt that data again with the new key first (Airflow: set the new key, a comma and the old one, ' +
                "then run `airflow rotate-fernet-key`; Python's `MultiFernet([new, old]).rotate(token)`), or it cannot be read."
            : `Rotate the old value of ${name}: it stays in git history, so treat it as compromised.`,
        workflow
            ? `Add ${name} as an Actions secret of the repository (\`gh secret set ${name}\`, or Settings \u2192 Secrets and variables \u2192 Actions).`
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
function valueChangedAround(before, after) {
    const method = /^\s*\??\.\s*([A-Za-z_$][\w$]*)/.exec(after);
    if (method && !KEEPS_THE_KEY.has(method[1]))
        return `\`.${method[1]}\` follows it`;
    if (/^\s*\[/.test(after))
        return 'an index follows it';
    if (/^\s*(?:[*+%]|\.\.)(?!=)/.test(after) || /(?:[+*]|\.\.)\s*$/.test(before))
        return 'it is part of an expression';
    return null;
}
/**
 * Python and Ruby join a string to the next one across a `\` at the line's end (`"\u2026" \` / `"\u2026"`): the key is both.
 * `following` starts right after the literal.
 */
function continuedWithString(following) {
    return /^[ \t]*\\\r?\n[ \t]*[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}
/**
 * Python joins strings written side by side inside brackets, over lines (`SECRET = (` / `'\u2026'` / `'\u2026'` / `)`): the key
 * is all of them, so the first alone is not it. Only where the literal opens its line or follows a `(`, as such
 * strings are wrapped (a string after a statement's own value, a docstring, is a statement of its own). `before` is
 * the literal's line up to it, `following` the text right after it.
 */
function joinedWithNext(before, following) {
    if (before.trim() !== '' && !before.trimEnd().endsWith('('))
        return null;
    return /^[ \t]*(?:#[^\n]*)?(?:\r?\n[ \t]*(?:#[^\n]*)?)+[rRbBuUfF]{0,2}["']/.test(following) ? 'another string follows it, and the key is them joined' : null;
}
/** Conversions after which the key is still the literal's value (bytes, a frozen or owned string). */
const KEEPS_THE_KEY = new Set(['encode', 'getBytes', 'toByteArray', 'freeze', 'as_bytes', 'to_string', 'to_owned', 'into', 'toString', 'b', 'bytes', 'utf8', 'ToArray']);
/** Whether the file reads environment variable `name` already (`process.env.NAME`, `os.environ["NAME"]`, `ENV.fetch("NAME")`\u2026). */
function readsVariable(text, name) {
    const quoted = `['"]${name}['"]`;
    return new RegExp(`process\\.env\\.${name}\\b|process\\.env\\[\\s*${quoted}|(?:requiredEnv|getenv|getEnv|GetEnvironmentVariable|env|fetch|get|getOrThrow|var)\\s*(?:<[^>]*>)?\\(\\s*${quoted}|environ\\[\\s*${quoted}|ENV\\[\\s*${quoted}`).test(text);
}
function rewrite(idiom, l, lit, name) {
    const v = l.view;
    const q = quoteOf(lit);
    const whole = (text) => replace(lit.start, lit.end, text);
    const inner = (text) => replace(l.start, l.end, text);
    const before = v.before(lit.start);
    switch (idiom) {
        case 'python': {
            // A bytes literal (`b'\u2026'`, `rb'\u2026'`) stays bytes: `hmac.new` takes no `str`.
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
            if (!/(['"])[\w.\-]+\1\s*=>\s*$/.test(before))
                return { refused: "only `'key' => 'value'` entries of a Laravel config file are rewritten" };
            return { edits: [whole(`env(${q}${name}${q})`)] };
        case 'spring-properties':
        case 'spring-yaml':
            return { edits: [inner(`\${${name}}`)] };
        case 'compose':
            return { edits: [inner(`\${${name}:?${name} is not set}`)] };
        case 'workflow':
            if (name.startsWith('GITHUB_'))
                return { refused: 'GitHub does not allow secret names that start with GITHUB_' };
            return { edits: [inner(`\${{ secrets.${name} }}`)] };
        case 'shell':
            if (!/(?:^|[\s;])(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=$/.test(before))
                return { refused: 'only shell assignments (`export NAME=value`) are rewritten' };
            return { edits: [whole(`"\${${name}:?}"`)] };
        case 'java':
            if (!/\b[\w<>\[\]]+\s+\w+\s*=\s*$/.test(before))
                return { refused: 'only Java field and variable initialisers are rewritten' };
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
 * `if (!JWT_SECRET) throw \u2026`), else a read where the literal was,
 * `requiredEnv('JWT_SECRET')`, that fails there when the variable is missing.
 */
function jsRequired(l, lit, name) {
    const v = l.view;
    const style = jsStyle(v, quoteOf(lit, "'"));
    const line = v.lineAt(lit.start);
    const decl = DECLARATION.exec(v.before(lit.start));
    if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(v.after(lit.end))) {
        return { edits: [replace(lit.start, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[2], name, style)] };
    }
    const read = requiredRead(v, name, style);
    if ('refused' in read)
        return read;
    return { edits: [...read.edits, replace(lit.start, lit.end, read.call)] };
}
/** The key of the YAML mapping that the key on `line` sits in (`minio` for `  secretKey: \u2026` below `minio:`), or null. */
function yamlParent(v, line) {
    const indent = /^[ \t]*/.exec(v.lineText(line))[0].length;
    if (indent === 0)
        return null;
    for (let n = line - 1; n >= 1; n--) {
        const text = v.lineText(n);
        if (/^[ \t]*(?:#.*)?$/.test(text))
            continue;
        const own = /^[ \t]*/.exec(text)[0].length;
        if (own >= indent)
            continue;
        const m = /^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/.exec(text);
        return m ? m[1] : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/fix/secret-key-fallback.ts






const secret_key_fallback_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * `secret-key-fallback`: the default goes, and the read fails when the
 * variable is missing (`os.getenv('SECRET_KEY', 'dev')` \u2192
 * `os.environ['SECRET_KEY']`, `process.env.JWT_SECRET || 'x'` \u2192 a checked
 * read, `${SECRET_KEY:-dev}` \u2192 `${SECRET_KEY:?\u2026}`).
 */
function planFallback(l) {
    const v = l.view;
    const idiom = idiomOf(v, l.exists);
    if (l.occurrence.commentedOut)
        return refuse('the line is commented out: delete it');
    if (l.occurrence.through) {
        return refuse(`the default is the constant \`${l.occurrence.through}\`: drop the fallback here, and the constant once nothing else uses it`);
    }
    const spring = springPlaceholder(l);
    const lit = spring ? null : v.literal(l.start, l.end);
    if (!spring && lit === null)
        return refuse('the default is not a single literal that can be removed as a whole');
    const out = spring ?? (idiom && lit ? secret_key_fallback_rewrite(idiom, l, lit) : null);
    if (out === null)
        return refuse(idiom ? `this form of default (${l.occurrence.via}) is not rewritten automatically` : `leakproof has no automatic fix for this syntax (\`${v.path}\`)`);
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
    const needs = name && idiom !== 'workflow' && secret_key_fallback_ENV_NAME.test(name)
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
function springPlaceholder(l) {
    const m = /\$\{([\w.\-\[\]]+):$/.exec(l.view.before(l.start));
    if (!m || l.view.text[l.end] !== '}')
        return null;
    return { edits: [replace(l.start - 1, l.end, '')], ...(secret_key_fallback_ENV_NAME.test(m[1]) ? { variable: m[1] } : {}) };
}
function secret_key_fallback_rewrite(idiom, l, lit) {
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
            if (!m || !/^\s*\}\}/.test(l.view.after(lit.end)))
                return null;
            const from = lit.start - m[0].length + `secrets.${m[1]}`.length;
            return { edits: [replace(from, lit.end, '')], variable: m[1] };
        }
        case 'rust':
            return rust(l, lit);
        case 'go':
            return go(l, lit);
        case 'kotlin': {
            const m = /System\.getenv\(\s*"(\w+)"\s*\)\s*\?:\s*$/.exec(l.view.before(lit.start));
            if (!m)
                return null;
            return { edits: [replace(lit.start, lit.end, `error("${m[1]} is not set")`)], variable: m[1] };
        }
        case 'java': {
            const m = /System\.getenv\(\)\.getOrDefault\(\s*"(\w+)"\s*,\s*$/.exec(l.view.before(lit.start));
            const close = /^\s*\)/.exec(l.view.after(lit.end));
            if (!m || !close)
                return null;
            const from = lit.start - m[0].length;
            return {
                edits: [replace(from, lit.end + close[0].length, `java.util.Objects.requireNonNull(System.getenv("${m[1]}"), "${m[1]} is not set")`)],
                variable: m[1],
            };
        }
        default:
            return null;
    }
}
/** `f(\u2026, <literal>)` \u2192 `f(\u2026)`: the default is the call's last argument. */
function removeSecondArgument(l, lit, call) {
    const before = l.view.before(lit.start);
    const m = call.exec(before);
    if (!m || !/^\s*\)/.test(l.view.after(lit.end)))
        return null;
    const comma = before.lastIndexOf(',');
    const from = lit.start - (before.length - comma);
    return { edits: [replace(from, lit.end, '')], variable: m[2] };
}
const PY_READ = /((?:\bos\.)?(?:getenv|environ\.get))\s*\(\s*(['"])(\w+)\2\s*/;
function python(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const line = v.lineAt(lit.start);
    // A setting of a module that others import and override reads leniently (see `isOverridableSetting`): the call as
    // written, without its default.
    const lenient = (m) => isOverridableSetting(v, line, before.slice(0, m.index));
    const environ = (call, q, name, m) => lenient(m)
        ? { text: `${call}(${q}${name}${q})`, needsOs: false }
        : call === 'environ.get'
            ? { text: `environ[${q}${name}${q}]`, needsOs: false }
            : { text: `os.environ[${q}${name}${q}]`, needsOs: true };
    const withImport = (edits, needsOs) => {
        const imp = needsOs ? addImportOs(v) : null;
        return imp ? [imp, ...edits] : edits;
    };
    // os.getenv('X', 'dev'), os.environ.get('X', default='dev')
    let m = new RegExp(PY_READ.source + /,\s*(?:default\s*=\s*)?$/.source).exec(before);
    const close = /^\s*\)/.exec(after);
    if (m && close) {
        const r = environ(m[1], m[2], m[3], m);
        const from = lit.start - (before.length - m.index);
        return { edits: withImport([replace(from, lit.end + close[0].length, r.text)], r.needsOs), variable: m[3], lenient: lenient(m) };
    }
    // os.environ.get('X') or 'dev'
    m = new RegExp(PY_READ.source + /\)\s+or\s+$/.source).exec(before);
    if (m) {
        const r = environ(m[1], m[2], m[3], m);
        const from = lit.start - (before.length - m.index);
        return { edits: withImport([replace(from, lit.end, r.text)], r.needsOs), variable: m[3], lenient: lenient(m) };
    }
    // django-environ `env('X', default='dev')`, python-decouple `config('X', default='dev')`: both raise when unset, so an
    // overridable setting's default becomes `None` instead.
    const call = /\b(?:env(?:\.\w+)?|config)\s*\(\s*(['"])(\w+)\1/.exec(before);
    m = /,\s*default\s*=\s*$/.exec(before);
    if (call && m) {
        // python-decouple casts the default too (`cast=str` makes `None` the string 'None'): its default goes instead.
        if (lenient(call) && !/^\s*config\b/.test(before.slice(call.index)) && !/\bcast\s*=/.test(v.after(lit.end))) {
            return { edits: [replace(lit.start, lit.end, 'None')], variable: call[2], lenient: true };
        }
        return { edits: [replace(lit.start - m[0].length, lit.end, '')], variable: call[2] };
    }
    // The same call over several lines: `    default='dev',` on a line of its own goes.
    if (/^\s*default\s*=\s*$/.test(before) && /^\s*,?\s*(?:#.*)?$/.test(after) && /\b(?:env(?:\.\w+)?|config)\s*\($/.test(v.lineText(line - 1).trim() + v.lineText(line - 2).trim())) {
        const opener = /(['"])(\w+)\1/.exec(v.lineText(line - 1)) ?? /(['"])(\w+)\1/.exec(v.lineText(line - 2));
        const variable = opener ? { variable: opener[2] } : {};
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
function js(l, lit) {
    const v = l.view;
    const style = jsStyle(v, quoteOf(lit, "'"));
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const line = v.lineAt(lit.start);
    const indent = /^[ \t]*/.exec(before)[0];
    // process.env.JWT_SECRET || 'x', process.env['JWT_SECRET'] ?? 'x'
    let m = new RegExp(JS_READ.source + /\s*(?:\|\||\?\?)\s*$/.source).exec(before);
    if (m) {
        const name = m[1] ?? m[3];
        const from = lit.start - (before.length - m.index);
        const decl = /^[ \t]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/.exec(before.slice(0, m.index));
        if (decl && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
            return { edits: [replace(from, lit.end, `process.env.${name}`), declarationGuard(v, line, decl[1], name, style)], variable: name };
        }
        const read = requiredRead(v, name, style);
        if ('refused' in read)
            return null;
        return { edits: [...read.edits, replace(from, lit.end, read.call)], variable: name };
    }
    // process.env.JWT_SECRET ||= 'x' as a statement of its own.
    m = new RegExp(/^[ \t]*/.source + JS_READ.source + /\s*(?:\|\|=|\?\?=)\s*$/.source).exec(before);
    if (m && /^\s*;?\s*(?:\/\/.*)?$/.test(after)) {
        const name = m[1] ?? m[3];
        return { edits: [replace(v.lineStart(line) + indent.length, v.lineEnd(line), guard(`process.env.${name}`, name, style))], variable: name };
    }
    // const { JWT_SECRET = 'dev' } = process.env
    const whole = v.lineText(line);
    m = /([A-Za-z_$][\w$]*)(?:\s*:\s*([A-Za-z_$][\w$]*))?\s*=\s*$/.exec(before);
    if (m && /^[ \t]*(?:const|let|var)\s*\{[^{}]*\}\s*=\s*process\.env\s*;?\s*(?:\/\/.*)?$/.test(whole)) {
        const name = m[1];
        const binding = m[2] ?? name;
        const from = lit.start - (before.length - m.index) + m[0].replace(/\s*=\s*$/, '').length;
        return { edits: [replace(from, lit.end, ''), insert(v.lineEnd(line), `${v.eol}${indent}${guard(binding, name, style)}`)], variable: name };
    }
    // NestJS config.get<string>('JWT_SECRET', 'x') \u2192 config.getOrThrow<string>('JWT_SECRET')
    m = /\.get(\s*<[^<>]*>)?\s*\(\s*(['"`])([\w.]+)\2\s*,\s*$/.exec(before);
    const close = /^\s*\)/.exec(after);
    if (m && close) {
        const get = lit.start - (before.length - m.index);
        const comma = before.lastIndexOf(',');
        return {
            edits: [replace(get, get + 4, '.getOrThrow'), replace(lit.start - (before.length - comma), lit.end, '')],
            ...(secret_key_fallback_ENV_NAME.test(m[3]) ? { variable: m[3] } : {}),
        };
    }
    return null;
}
function ruby(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const fetchDefault = removeSecondArgument(l, lit, /ENV\.fetch\(\s*(['"])(\w+)\1\s*,\s*$/);
    if (fetchDefault)
        return fetchDefault;
    // ENV.fetch('X') { 'x' }
    let m = /(ENV\.fetch\(\s*(['"])(\w+)\2\s*\))\s*\{\s*$/.exec(before);
    const brace = /^\s*\}/.exec(after);
    if (m && brace) {
        const from = lit.start - (before.length - m.index) + m[1].length;
        return { edits: [replace(from, lit.end + brace[0].length, '')], variable: m[3] };
    }
    // ENV['X'] || 'x'
    m = /ENV\[\s*(['"])(\w+)\1\s*\]\s*\|\|\s*$/.exec(before);
    if (m) {
        const from = lit.start - (before.length - m.index);
        return { edits: [replace(from, lit.end, `ENV.fetch(${m[1]}${m[2]}${m[1]})`)], variable: m[2] };
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
 * Rust: clap's `default_value = "\u2026"` goes from its attribute (a `String` field with no default is required: clap
 * stops with a usage error when neither the command line nor `env` gives it); `env::var("X").unwrap_or("\u2026")` and
 * its `unwrap_or_else` forms become `.expect("X is not set")`.
 */
function rust(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const after = v.after(lit.end);
    const clap = CLAP_DEFAULT_BEFORE.exec(before);
    if (clap) {
        const close = clap[1] ? /^\s*\)/.exec(after) : /^/.exec(after);
        if (!close)
            return null;
        const line = v.lineAt(lit.start);
        // The field the attribute is on must be a plain `String`: an `Option<String>` would become `None` instead.
        let field = line + 1;
        while (field <= v.lineCount && field - line <= 8 && !RUST_FIELD.test(v.lineText(field)))
            field++;
        if (!/:\s*String\s*,?\s*(?:\/\/.*)?$/.test(v.lineText(field)))
            return null;
        const from = lit.start - clap[0].length;
        const to = lit.end + close[0].length;
        const head = v.text.slice(v.lineStart(line), from);
        const tail = v.text.slice(to, v.lineEnd(line));
        const variable = /\benv\s*=\s*"(\w+)"/.exec(v.lineText(line))?.[1];
        // Alone on its line (an attribute over several lines): the line goes.
        if (/^\s*$/.test(head) && /^\s*,?\s*$/.test(tail))
            return { edits: [replace(v.lineStart(line), v.lineStart(line + 1), '')], ...(variable ? { variable } : {}) };
        // `, default_value = "\u2026"` after another argument, or `default_value = "\u2026", ` before one.
        const comma = /,\s*$/.exec(head);
        if (comma)
            return { edits: [replace(from - comma[0].length, to, '')], ...(variable ? { variable } : {}) };
        const next = /^\s*,\s*/.exec(tail);
        if (next)
            return { edits: [replace(from, to + next[0].length, '')], ...(variable ? { variable } : {}) };
        return null;
    }
    const or = RUST_OR.exec(before);
    const end = RUST_OR_END.exec(after);
    if (!or || !end)
        return null;
    // The read: on this line before the default, or on one of the two lines above (the chain broken by rustfmt).
    const line = v.lineAt(lit.start);
    const reads = [...(v.lineText(line - 2) + '\n' + v.lineText(line - 1) + '\n' + before.slice(0, or.index)).matchAll(RUST_ENV_READ)];
    const name = reads[reads.length - 1]?.[1];
    if (!name)
        return null;
    return { edits: [replace(lit.start - (before.length - or.index), lit.end + end[0].length, `.expect("${name} is not set")`)], variable: name };
}
/**
 * Go: urfave/cli's `Value: "\u2026"` in a `cli.StringFlag` becomes `Required: true`, so the command stops with a usage
 * error when neither the command line nor the flag's variables give it.
 */
function go(l, lit) {
    const v = l.view;
    const before = v.before(lit.start);
    const m = /(?:^|[{,\s])(Value\s*:\s*)$/.exec(before);
    if (!m || !/StringFlag` `Value`$/.test(l.occurrence.via))
        return null;
    const from = lit.start - m[1].length;
    const variable = secret_key_fallback_ENV_NAME.test(l.occurrence.name) && /^[A-Z][A-Z0-9_]*$/.test(l.occurrence.name) ? l.occurrence.name : undefined;
    return { edits: [replace(from, lit.end, 'Required: true')], ...(variable ? { variable } : {}) };
}
/** `${X:-dev}`, `${X:=dev}`, `${X-dev}` \u2192 compose `${X:?X is not set}`, shell `${X:?}`. */
function shellDefault(l, lit, idiom) {
    const v = l.view;
    const before = v.before(lit.start);
    const m = /\$\{([A-Za-z_]\w*)(:?[-=])$/.exec(before);
    if (!m || lit.quote !== '' || v.text[lit.end] !== '}')
        return null;
    const name = m[1];
    const from = lit.start - m[2].length;
    return { edits: [replace(from, lit.end, idiom === 'compose' ? `:?${name} is not set` : ':?')], variable: name };
}

;// CONCATENATED MODULE: ./src/fix/dotenv-template-secret.ts

/** What a template shows instead of a secret: obviously not one, and leakproof's own rules take it for a placeholder. */
const PLACEHOLDER = 'change-me';
/**
 * `dotenv-template-secret`: the real-looking value (or a URL's password)
 * becomes a placeholder. Safe: a template is documentation, nothing reads it.
 */
function planPlaceholder(text, lineStart, t, remedy) {
    const start = lineStart + t.column - 1;
    if (text.slice(start, start + t.value.length) !== t.value)
        return { refused: 'the value is not where the scan found it' };
    if (remedy === 'empty-value') {
        // The application loads this file for its defaults: a placeholder would be the value it runs on. Emptied, the
        // setting is unset wherever the environment does not set it, which the application's own check can refuse.
        return {
            title: `empty the value of ${t.key}${t.inUrl ? "'s password" : ''}: the app loads this file at run time, so a placeholder would be the value it runs on`,
            edits: [replace(start, start + t.value.length, '')],
            followUp: [
                `Set ${t.key} wherever the app runs; this file no longer gives it a value.`,
                `If a deployment ever ran on the value of ${t.key} in this file, rotate it: it is public in the repository.`,
            ],
        };
    }
    return {
        title: `put a placeholder in place of the value of ${t.key}${t.inUrl ? "'s password" : ''}`,
        edits: [replace(start, start + t.value.length, PLACEHOLDER)],
        followUp: [`If the value of ${t.key} was a real ${t.inUrl ? 'password' : 'key'}, rotate it: it stays in git history.`],
    };
}

;// CONCATENATED MODULE: ./src/fix/git-credentials.ts



/**
 * `git-credentials` in a git file's URL (`.gitmodules`, `.gitconfig`, a
 * copied git `config`): `https://user:token@host/org/repo.git` becomes
 * `https://host/org/repo.git`. Git then asks its credential helper, SSH or
 * the CI's token for that host, as it does for every other URL. Unsafe: a
 * fetch that relied on the embedded token now needs one of those.
 *
 * An `extraheader` line is left to a person, with the reason. Null when
 * the credential is no longer where the scan found it.
 */
function findUrlCredential(view, line, column, secret) {
    if (line < 1 || line > view.lineCount)
        return null;
    const text = view.lineText(line);
    const here = (u) => u.start + 1 === column && (secret === undefined || (0,redact/* redact */.E)(u.value) === secret);
    const header = (0,git_files/* authHeader */.eT)(text);
    if (header && here(header)) {
        return { values: [header.value], draft: { refused: 'the token is in an `extraheader` line: delete the line, and let the checkout pass its token at run time' } };
    }
    const c = (0,git_files/* urlCredentials */.O4)(text).find(here);
    if (!c || text[c.end] !== '@')
        return null;
    // The user part starts right after the scheme's `://`: the user name goes with the token.
    const userinfo = text.lastIndexOf('://', c.start) + 3;
    const base = view.lineStart(line);
    const name = view.path.slice(view.path.lastIndexOf('/') + 1);
    const followUp = [`Revoke the token for ${c.host}: it stays in git history, in every clone.`];
    if (name === '.gitmodules')
        followUp.push('Run `git submodule sync` so each clone\'s `.git/config` takes the URL without the token.');
    followUp.push('Let git find the credential elsewhere: a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.');
    const user = text.slice(userinfo, c.start).replace(/:$/, '');
    return {
        values: [c.value, text.slice(userinfo, c.end), ...(user.length >= 8 ? [user] : [])],
        draft: {
            title: `remove the credential from the ${c.host} URL in \`${view.path}\``,
            edits: [replace(base + userinfo, base + c.end + 1, '')],
            followUp,
        },
    };
}

// EXTERNAL MODULE: ./src/rules/lib/file-fix.ts
var file_fix = __webpack_require__(8715);
;// CONCATENATED MODULE: ./src/fix/untrack-and-ignore.ts







const UNTRACK_AND_IGNORE = {
    'dotenv-file': { template: dotenvTemplate, keep: dotenvStays },
    // Key files, credential stores, state and databases leave the index as they are; no template stands in for them.
    'secret-file': { keepByName: projectSettings },
    // A `.git-credentials` file is a credential store as a whole; a URL in `.gitmodules` loses only its token (git-credentials.ts).
    'git-credentials': { appliesTo: (path) => path === '.git-credentials' || path.endsWith('/.git-credentials') },
};
/**
 * A project's `.npmrc` and `gradle.properties` hold settings the repository needs: the secret is edited out, not the
 * file untracked.
 */
function projectSettings(path) {
    if ((0,file_fix/* fileFixOf */.v)({ ruleId: 'secret-file', path }) !== 'edit')
        return null;
    return path.toLowerCase().endsWith('gradle.properties')
        ? "a project's `gradle.properties` carries build settings the repository needs: move the signing passwords to `~/.gradle/gradle.properties`, or to the CI's secrets as `ORG_GRADLE_PROJECT_<name>` variables"
        : 'a project `.npmrc` carries settings the repository needs: replace the token with `${NPM_TOKEN}` and set that variable in CI and locally';
}
/**
 * `.env`, `.env.local`, `.env.production` \u2192 `.env.example` beside them;
 * `prod.env` \u2192 `prod.env.example`. `.envrc` and `.flaskenv` have no template.
 */
function dotenvTemplate(path, text) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dir = dirOf(path);
    const lower = name.toLowerCase();
    let template;
    if (lower === '.env' || lower.startsWith('.env.'))
        template = '.env.example';
    else if (/^[^.].*\.env$/i.test(name))
        template = `${name}.example`;
    else
        return null;
    if ((0,dotenv_names/* dotenvKind */.Fi)(template) !== 'template')
        return null;
    const seen = new Set();
    const entries = [];
    for (const e of (0,dotenv_names/* parseDotenv */.qd)(text)) {
        if (seen.has(e.key))
            continue;
        seen.add(e.key);
        entries.push({ key: e.key, value: placeholderFor(e.key, e.value) });
    }
    return { file: dir ? `${dir}/${template}` : template, entries };
}
/**
 * A placeholder that says what belongs there without any of the file's
 * values: `change-me` for secrets, the shape of a URL with credentials
 * (its scheme only), empty for the rest. A value that says nothing but a
 * setting (`5432`, `true`, `localhost`, `development`, `info`) is kept, so
 * a copy of the template runs with typed settings; an empty one stays empty.
 */
function placeholderFor(key, value) {
    const v = value.trim();
    if (v === '')
        return '';
    const url = /^([a-z][a-z0-9+.\-]*):\/\/[^/@\s]*:[^/@\s]*@/i.exec(v);
    if (url)
        return `${url[1].toLowerCase()}://user:${PLACEHOLDER}@localhost/`;
    if ((0,env_keys/* isSecretKeyName */.NN)(key) || (0,env_keys/* isPasswordKeyName */.wX)(key))
        return PLACEHOLDER;
    return PLAIN_SETTING.test(v) ? v : '';
}
/** Values that hold no secret whatever their key: a port or count, a flag, a local host, an environment's or log level's name. */
const PLAIN_SETTING = /^(?:\d{1,6}|true|false|yes|no|on|off|localhost|127\.0\.0\.1|0\.0\.0\.0|development|production|staging|test|testing|local|dev|prod|debug|info|warn|warning|error)$/i;
/**
 * A dotenv file that stays tracked: one that holds nothing secret (untracking it would only break what loads
 * it: a compose `env_file`, a test setup, Vite's mode files), and Symfony's own `.env`, committed by design, whose
 * fix is to move real values to `.env.local`, by hand. Symfony is told by the file's own markers, or by the
 * project's `composer.json` requiring the component that loads it (`Dotenv::loadEnv` fails without the file).
 */
function dotenvStays(path, text, read) {
    if (!(0,dotenv_file/* holdsAnySecret */.lI)(text, env_keys/* PUBLIC_ENV_PREFIXES */.tW))
        return 'nothing in it looks secret, so it stays tracked: keep real values out of it';
    if (/\.local$/i.test(path))
        return null;
    // A file of another name is one a compose file loads with `env_file:` (dotenv-file's tree check): untracking it
    // breaks `docker compose up` in a fresh clone.
    if ((0,dotenv_names/* dotenvKind */.Fi)(path.slice(path.lastIndexOf('/') + 1)) === null) {
        return 'a compose file loads it with `env_file:`, so untracking it breaks `docker compose up` in a fresh clone: move the real values to an ignored file listed after it (`- path: \u2026` with `required: false`), leave placeholders here, and rotate them';
    }
    // React Native versions `ios/.xcode.env` for Xcode's build phases; `.xcode.env.local` beside it is the private one.
    if (path === '.xcode.env' || path.endsWith('/.xcode.env'))
        return 'React Native versions `.xcode.env` for Xcode: move the secret to `.xcode.env.local` beside it (ignored), which Xcode sources after it, and rotate it';
    const name = path.slice(path.lastIndexOf('/') + 1);
    const framework = (0,dotenv_file/* modeFileFramework */.cl)(name, text);
    if (framework !== null && !(0,dotenv_file/* isSymfonyDotenv */.Ml)(name, text)) {
        return `${framework} commits this file for its defaults: move the real values to \`${name}.local\` (ignored), which it reads over this one, leave placeholders here, and rotate them`;
    }
    if (!(0,dotenv_file/* isSymfonyDotenv */.Ml)(name, text) && !symfonyProject(path, read))
        return null;
    return 'Symfony commits this file for its defaults: move the real values to `.env.local` (ignored) or `bin/console secrets:set`, leave placeholders here, and rotate them';
}
/** Whether the `composer.json` beside the file (or at the root) requires what makes Symfony load `.env`. */
function symfonyProject(path, read) {
    const dir = dirOf(path);
    for (const c of dir ? [`${dir}/composer.json`, 'composer.json'] : ['composer.json']) {
        const text = read(c);
        if (typeof text === 'string')
            return /"symfony\/(?:dotenv|runtime|framework-bundle)"\s*:/.test(text);
    }
    return false;
}
/** Keys a dotenv template already lists. */
function templateKeys(text) {
    return new Set((0,dotenv_names/* parseDotenv */.qd)(text).map((e) => e.key));
}

// EXTERNAL MODULE: ./src/rules/lib/token-formats.ts + 1 modules
var token_formats = __webpack_require__(5884);
// EXTERNAL MODULE: ./src/rules/known-token.ts + 3 modules
var known_token = __webpack_require__(6258);
// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var rules = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/fix/manual-steps.ts





/** Where each provider's tokens are revoked, by token format id. */
const REVOKE_AT = {
    'aws-access-key-id': 'the AWS IAM console (Users \u2192 Security credentials: deactivate, then delete the access key)',
    'github-token': 'https://github.com/settings/tokens (or the GitHub App / OAuth app that issued it)',
    'github-fine-grained-pat': 'https://github.com/settings/personal-access-tokens',
    'gitlab-pat': 'GitLab \u2192 User settings \u2192 Access tokens',
    'slack-token': 'https://api.slack.com/apps (the app that owns it: reinstall or rotate its tokens)',
    'stripe-live-key': 'https://dashboard.stripe.com/apikeys (roll the key)',
    'google-api-key': 'Google Cloud console \u2192 APIs & Services \u2192 Credentials (regenerate or delete the key)',
    'npm-token': 'https://www.npmjs.com/settings/~/tokens (or `npm token revoke`)',
    'pem-private-key': 'every place that trusts the matching public key (replace the key pair)',
};
/** What stands before a JSON Web Key's private member value: `"d": "`, `k: '`, .NET's `"D":"`. */
const JWK_MEMBER_BEFORE = /["']?\b[dDkK]["']?[ \t]*:[ \t]*["']$/;
/** `path`, or `path:line` when the finding has a line. */
function where(f) {
    return f.line !== undefined ? `${f.path}:${f.line}` : f.path;
}
/** A pretty-printed JSON member's name at the start of a line, and whether it opens an object there. */
const JSON_MEMBER = /^([ \t]*)"([^"\\]+)"[ \t]*:[ \t]*(\{?)/;
/**
 * The configuration key of a member on line `line` (1-based) of an
 * appsettings file, as ASP.NET Core names it: the names of the objects it
 * sits in and its own, joined by `:` (`JwtSettings:Secret`). The member is
 * the one whose value starts at `column` (1-based), else the line's first.
 * The objects are read from the line itself (`"JwtSettings": { "Secret": \u2026 }`)
 * and from the indentation above it, as `dotnet new` and editors write these
 * files; null when the lines do not read so.
 */
function appsettingsKey(text, line, column) {
    const lines = text.split(/\r?\n|\r/);
    const t = lines[line - 1] ?? '';
    const first = JSON_MEMBER.exec(t);
    let name;
    let quote;
    if (column === undefined) {
        if (first === null)
            return null;
        name = first[2];
        quote = first[1].length;
    }
    else {
        const m = MEMBER_BEFORE_VALUE.exec(t.slice(0, column - 1));
        if (m === null)
            return null;
        name = m[1];
        quote = m.index;
    }
    const inline = (0,secret_assignments/* jsonOpenOnLine */.k9)(t, quote);
    if (inline === null)
        return null;
    // The whole document on one line: its first `{` is the root, which has no name.
    const root = first === null && t.trimStart().startsWith('{') && lines.slice(0, line - 1).every((l) => l.trim() === '');
    if (root)
        inline.shift();
    if (inline.some((n) => n === null))
        return null;
    const names = [...inline, name];
    if (root)
        return names.join(':');
    // Otherwise the line's first member stands where its object's members do: the objects around it are above.
    if (first === null)
        return null;
    let indent = first[1].length;
    for (let k = line - 2; k >= 0 && indent > 0; k--) {
        const above = lines[k];
        const lead = above.length - above.trimStart().length;
        if (above.trim() === '' || lead >= indent)
            continue;
        if (lead === 0 && above.trim() === '{')
            return names.join(':');
        const m = JSON_MEMBER.exec(above);
        // Anything else above it (an array, a line that closes an object) means the lines are not what they seem.
        if (m === null || m[3] !== '{' || m[0].length < above.trimEnd().length)
            return null;
        names.unshift(m[2]);
        indent = lead;
    }
    return names.join(':');
}
/** The member name a value follows: `"Secret": "` before the value's first character. */
const MEMBER_BEFORE_VALUE = /"([^"\\]+)"[ \t]*:[ \t]*"?$/;
/**
 * The steps for a finding no edit can fix, as exact as the finding allows:
 * the provider to revoke a token at, the `git rm --cached` to run, the
 * credential helper to use. `lineText` is the finding's line, when it has
 * one; `fileText` the whole file's, when it is at hand.
 */
function manualSteps(f, lineText, mode, fileText = null) {
    const at = where(f);
    switch (f.ruleId) {
        case 'hardcoded-secret-key':
        case 'secret-key-fallback': {
            // ASP.NET Core layers its configuration: what the environment gives overrides the file's value.
            const key = fileText !== null && f.line !== undefined && (0,filetype/* isAppsettings */.bd)(f.path) ? appsettingsKey(fileText, f.line, f.column) : null;
            if (key === null)
                return secretKeySteps(f, at);
            return [
                `Empty \`${key}\` in ${at} (\`""\`) and give the key to the app from outside the repository: the environment variable \`${key.replaceAll(':', '__')}\` where it runs (ASP.NET Core reads \`__\` as \`:\`), or a key vault; in development, \`dotnet user-secrets set "${key}" "<new key>"\`.`,
                `Rotate the key: the committed value stays in git history (\`leakproof keygen --for jwt\` prints a fresh one).`,
            ];
        }
        case 'known-token': {
            const match = lineText !== null && f.column !== undefined ? (0,token_formats/* findTokens */.GY)(lineText).find((t) => t.start === f.column - 1) : undefined;
            // A JSON Web Key's private member (`"d": "\u2026"`, `"k": "\u2026"`): a key pair or a shared key, not a provider's token.
            if (!match && lineText !== null && f.column !== undefined && JWK_MEMBER_BEFORE.test(lineText.slice(0, f.column - 1))) {
                return [
                    `Replace the key: whoever reads ${f.path} can sign tokens that everything trusting it accepts (its public half in a JWKS, or the shared key itself). Publish the new key and retire this one there.`,
                    mode === 'git' && /\.(?:jwk|rsa|json)$/.test(f.path)
                        ? `If ${f.path} holds only the key (IdentityServer's \`tempkey.jwk\`), stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, and load the signing key from a secret store or key vault.`
                        : `Remove it from ${at} and load the key from a secret store or key vault.`,
                ];
            }
            // A key that may have been made for its use (a test's, a CI job's, an example's: the finding says so): nothing to
            // revoke unless something else trusts it.
            if (f.message.includes(known_token/* KEY_MADE_FOR_USE */.Ux)) {
                return [
                    `If the key at ${at} was made for this use, it can stay: make sure nothing else trusts it, or generate it where it is used.`,
                    'If it is a real key, or a script copies it into a deployment, make a new key pair where it is used, revoke what trusts this one (its certificate, a published public key) and keep the new key in a secret store.',
                ];
            }
            // Another S3-compatible store's key (the finding says so): changed where that store sets it, not at AWS.
            if (f.message.startsWith(known_token/* S3_COMPATIBLE_SECRET */.l3)) {
                const change = `change the key where the store sets it (the MinIO or other server's credentials, or the provider's console)${mode === 'git' ? ': it is in git history, so removing it is not enough' : ''}.`;
                const remove = `remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`;
                // Where the finding says it may be made up for its use (a test's, an example's MinIO), so do the steps.
                if (f.message.includes('If it is made up for this use')) {
                    return [`If the key at ${at} was made up for this use (a local MinIO's), it can stay.`, `If it is a real key, ${change.slice(0, -1)}; then ${remove}`];
                }
                return [change[0].toUpperCase() + change.slice(1), remove[0].toUpperCase() + remove.slice(1)];
            }
            const label = match?.format.label ?? 'the token';
            const revoke = match ? REVOKE_AT[match.format.id] : undefined;
            return [
                `Revoke ${label} at ${revoke ?? 'the provider that issued it'}: it is in git history, so removing it is not enough.`,
                `Remove it from ${at} and read it from the environment or a secret store (\`\${{ secrets.NAME }}\` in workflows).`,
            ];
        }
        case 'git-credentials':
            if (f.path.endsWith('.git-credentials') && f.line === undefined) {
                return [
                    mode === 'git' ? `Stop tracking it and delete it: \`git rm --cached ${f.path}\`, then \`rm ${f.path}\`.` : `Delete ${f.path}.`,
                    'Revoke every token it held, at each host it lists.',
                    'Let git keep credentials outside the tree: `git config --global credential.helper cache` (or `manager`, `osxkeychain`).',
                ];
            }
            return [
                `Remove the credential from the URL in ${at} (keep \`https://host/owner/repo.git\`)${/\.gitmodules$/.test(f.path) ? ', then run `git submodule sync`' : ''}.`,
                'Revoke the token at the host: it is in git history.',
                'Authenticate with a credential helper (`git config --global credential.helper cache`), SSH keys, or `${{ secrets.* }}` in CI.',
            ];
        case 'git-internals':
            return mode === 'git'
                ? [`Stop tracking it: \`git rm -r --cached ${f.path}\`, then delete it.`, 'Rotate any secret its history holds: every clone of this repository has a copy.']
                : [`Leave \`${f.path}\` out of what you ship (e.g. list \`.git\` in .dockerignore), or delete it.`];
        case 'git-embedded-repo':
            return f.status === 'tracked'
                ? [
                    `Remove the gitlink: \`git rm --cached ${f.path}\`.`,
                    `Then either add it as a submodule (\`git submodule add <url> ${f.path}\`) or add \`${f.path}/\` to .gitignore.`,
                ]
                : [`Add \`${f.path}/\` to .gitignore, or add it as a submodule: \`git submodule add <url> ${f.path}\`.`];
        case 'dotenv-file':
            if (f.severity === 'notice' && f.message.includes('nothing in it looks secret')) {
                return [`Keep real values out of ${f.path}: an ignored file (\`.env.local\`) or the environment is the place for them.`];
            }
            return mode === 'git' && f.status === 'tracked'
                ? [`Stop tracking it: \`git rm --cached ${f.path}\`, list it in .gitignore, rotate every secret it held, and commit a template with the same keys and placeholder values instead.`]
                : [`Keep ${f.path} out of git and out of what you ship (list it in .gitignore and .dockerignore), and pass the values as environment variables.`];
        case 'unused-suppression':
            return [`Delete the \`leakproof-ignore\` comment at ${at}: it suppresses nothing.`];
        default:
            return defaultSteps(f, at);
    }
}
/**
 * A key's steps: the finding's own advice (the message after what it found: a chart's `required`, a Heroku generator,
 * a Dockerfile's `ENV` moved out), then how this file's language reads the environment, then the rotation.
 */
function secretKeySteps(f, at) {
    // The severity's reason the policy appends (` (notice: test folder)`), cut at its opening, found from the end.
    const reason = Math.max(f.message.lastIndexOf(' (notice: '), f.message.lastIndexOf(' (warning: '), f.message.lastIndexOf(' (error: '));
    const message = reason > 0 && f.message.endsWith(')') ? f.message.slice(0, reason) : f.message;
    const found = message.search(/\.\s/);
    const advice = found < 0 ? '' : message.slice(found + 2).trim();
    const idiom = readIdiom(f.path);
    const steps = [advice !== '' ? `${at}: ${advice}` : defaultSteps(f, at)[0]];
    if (idiom !== null)
        steps.push(`In this file's language, read it with ${idiom}, and stop when it is missing.`);
    if (!/\brotate\b/i.test(advice))
        steps.push('If the value was ever a real key, rotate it: it stays in git history.');
    return steps;
}
/** How code in a file's language reads an environment variable, by its extension (`NAME` stands for the variable). */
function readIdiom(path) {
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    switch (ext) {
        case 'py':
            return "`os.environ['NAME']`";
        case 'js':
        case 'mjs':
        case 'cjs':
        case 'ts':
        case 'mts':
        case 'cts':
        case 'jsx':
        case 'tsx':
            return '`process.env.NAME`';
        case 'rb':
            return "`ENV.fetch('NAME')`";
        case 'php':
            return /(?:^|\/)config\/[^/]+\.php$/.test(path) ? "`env('NAME')` (Laravel's config files)" : "`getenv('NAME')`";
        case 'go':
            return '`os.Getenv("NAME")` (or `os.LookupEnv`)';
        case 'java':
        case 'kt':
        case 'kts':
        case 'scala':
        case 'groovy':
            return '`System.getenv("NAME")`';
        case 'cs':
            return '`Environment.GetEnvironmentVariable("NAME")` (or the configuration, which reads it)';
        case 'ex':
        case 'exs':
            return '`System.fetch_env!("NAME")` (in `config/runtime.exs`)';
        case 'rs':
            return '`std::env::var("NAME")`';
        case 'swift':
            return '`ProcessInfo.processInfo.environment["NAME"]`';
        default:
            return null;
    }
}
/** The rule's own advice, at the finding's place. */
function defaultSteps(f, at) {
    const fix = (0,rules.findRule)(f.ruleId)?.meta.fix;
    return [fix ? `${at}: ${fix}` : `Fix ${at} by hand.`];
}

;// CONCATENATED MODULE: ./src/fix/gitignore.ts

/** A path as a `.gitignore` pattern that matches exactly it, relative to the `.gitignore`'s folder. */
function ignorePattern(gitignore, path) {
    const base = dirOf(gitignore);
    const rel = base ? path.slice(base.length + 1) : path;
    // Wildcards and a leading `#` or `!` are taken literally when escaped; so are trailing spaces.
    return rel.replace(/[\\*?[]/g, '\\$&').replace(/^[#!]/, '\\$&').replace(/ +$/, (s) => s.replace(/ /g, '\\ '));
}
/** The `.gitignore` files that may hold a path's entry, nearest first, up to the root. */
function gitignoreCandidates(path) {
    const out = [];
    let dir = dirOf(path);
    for (;;) {
        out.push(dir ? `${dir}/.gitignore` : '.gitignore');
        if (dir === '')
            break;
        dir = dirOf(dir);
    }
    return out;
}
/** The text with lines appended: after a line ending if it lacks one, each line once, and none it already has. */
function appendLines(before, lines, eol, header) {
    const text = before ?? '';
    const present = new Set(text.split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
    const add = [...new Set(lines)].filter((l) => !present.has(l));
    if (add.length === 0)
        return text;
    const sep = text === '' || /[\r\n]$/.test(text) ? '' : eol;
    const head = before === null && header ? header + eol : '';
    return text + sep + head + add.join(eol) + eol;
}

// EXTERNAL MODULE: ./src/fix/keygen.ts
var keygen = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/fix/dotenv-loaders.ts
/**
 * Whether something in the project loads a local `.env` into the app's
 * environment: a dotenv library among its dependencies, a framework that
 * reads `.env` itself (Next.js, Vite, Nuxt, NestJS's config module, Laravel,
 * Symfony), a script run with `node --env-file`, or a compose file's
 * `env_file:`. Only the manifests at the root and in `dir` are read. When
 * nothing does, the fresh key a fix writes into `.env` is not seen by the
 * app until the person loads the file, and the fix says so.
 */
function loadsDotenv(dir, read) {
    const folders = dir === '' ? [''] : [dir, ''];
    for (const folder of folders) {
        const at = (name) => (folder === '' ? name : `${folder}/${name}`);
        for (const [name, loader] of LOADERS) {
            const text = read(at(name));
            if (typeof text === 'string' && loader.test(text))
                return true;
        }
    }
    return false;
}
/** The names compose looks for, in its order of preference. */
const COMPOSE_FILES = ['compose.yml', 'compose.yaml', 'docker-compose.yml', 'docker-compose.yaml'];
/** A compose file's `env_file:` that names `.env` (inline or as the first list item). */
const COMPOSE_ENV_FILE = /env_file:[^\n]*\.env\b|env_file:\s*\n\s*-\s*\.?\/?\.env\b/;
/** Manifests and what in them says `.env` is loaded. */
const LOADERS = [
    ['package.json', /"(?:dotenv|dotenv-flow|dotenv-cli|env-cmd|@dotenvx\/dotenvx|next|vite|nuxt|@nestjs\/config|@remix-run\/dev|astro|@sveltejs\/kit)"\s*:|--env-file[= ]/],
    ['requirements.txt', /^(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/im],
    ['requirements-dev.txt', /^(?:python-dotenv|django-environ|environs|python-decouple)\b/im],
    ['pyproject.toml', /["']?(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/i],
    ['Pipfile', /^(?:python-dotenv|django-environ|environs|python-decouple)\s*=/im],
    ['Gemfile', /gem\s+["']dotenv(?:-rails)?["']/],
    ['composer.json', /"(?:vlucas\/phpdotenv|laravel\/framework|symfony\/dotenv)"\s*:/],
    ['go.mod', /\b(?:github\.com\/joho\/godotenv|github\.com\/subosito\/gotenv)\b/],
    ['Cargo.toml', /^\s*(?:dotenv|dotenvy)\s*=/m],
    ['mix.exs', /\{:(?:dotenvy|dotenv)\b/],
    ['pom.xml', /<artifactId>(?:dotenv-java|java-dotenv|spring-dotenv)<\/artifactId>/],
    ['build.gradle', /dotenv/],
    ['build.gradle.kts', /dotenv/],
    ...COMPOSE_FILES.map((name) => [name, COMPOSE_ENV_FILE]),
];

// EXTERNAL MODULE: ./src/rules/lib/service-credentials.ts
var service_credentials = __webpack_require__(9567);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/read.ts
var read = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/engine/git.ts
var git = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/engine/git-sources/quote.ts
var quote = __webpack_require__(2706);
;// CONCATENATED MODULE: ./src/fix/workspace.ts







/** The largest file fix reads or writes: fixes are for source and configuration files. */
const MAX_BYTES = 4 * 1024 * 1024;
/**
 * A path below the root, POSIX, with no `..`, `.`, empty or absolute part:
 * anything else is refused before any file is touched.
 */
function isInsideRoot(rel) {
    if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0') || /^[A-Za-z]:/.test(rel))
        return false;
    return rel.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}
class RefusedWrite extends Error {
}
/** The workspace of a real folder: reads never follow symlinks, writes never leave the root. */
class FolderWorkspace {
    root;
    mode;
    reader;
    /** Files read with a UTF-8 byte order mark, which a write keeps. */
    boms = new Set();
    constructor(root, mode) {
        this.root = root;
        this.mode = mode;
        this.reader = new read/* SafeReader */.H(root);
    }
    read(rel) {
        if (!isInsideRoot(rel))
            return { kind: 'refused', why: `\`${rel}\` is not a path inside the scanned folder` };
        const out = this.reader.readSync(rel, MAX_BYTES);
        switch (out.kind) {
            case 'ok':
                if (out.body === null)
                    return { kind: 'refused', why: `\`${rel}\` is larger than ${MAX_BYTES} bytes` };
                if ((0,core_text/* isBinary */.Go)(out.head))
                    return { kind: 'refused', why: `\`${rel}\` is binary` };
                if ((0,core_text/* hasUtf16Bom */.Vt)(out.body))
                    return { kind: 'refused', why: `\`${rel}\` is UTF-16, which leakproof does not edit` };
                if (out.body[0] === 0xef && out.body[1] === 0xbb && out.body[2] === 0xbf)
                    this.boms.add(rel);
                return { kind: 'text', text: (0,core_text/* decode */.D4)(out.body) };
            case 'missing':
                return { kind: 'missing' };
            case 'symlink':
                return { kind: 'refused', why: `\`${rel}\` is a symlink (or inside one); leakproof never edits through a symlink` };
            case 'special':
                return { kind: 'refused', why: `\`${rel}\` is not a regular file` };
            case 'unreadable':
                return { kind: 'refused', why: `\`${rel}\` ${out.message}` };
        }
    }
    async ignored(rels) {
        if (this.mode !== 'git' || rels.length === 0)
            return new Set();
        // One path per line, C-quoted when it holds special characters (`-z` needs `--stdin`).
        const out = await (0,git/* git */.$Y)(this.root, ['check-ignore', '--no-index', '--', ...rels], { allowFailure: true });
        return new Set(out.toString('utf8').split('\n').filter((l) => l !== '').map(quote/* unquoteWhole */.x));
    }
    async tracked(rels) {
        if (this.mode !== 'git' || rels.length === 0)
            return new Set();
        const out = await (0,git/* git */.$Y)(this.root, ['--literal-pathspecs', 'ls-files', '-z', '--', ...rels], { allowFailure: true });
        return new Set((0,git/* splitZ */.fs)(out));
    }
    async untrack(rel) {
        if (!isInsideRoot(rel))
            throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
        await (0,git/* git */.$Y)(this.root, ['--literal-pathspecs', 'rm', '--cached', '-q', '--', rel]);
    }
    write(rel, text, opts) {
        if (!isInsideRoot(rel))
            throw new RefusedWrite(`\`${rel}\` is not a path inside the scanned folder`);
        if (this.boms.has(rel))
            text = '\uFEFF' + text;
        const parts = rel.split('/');
        let dir = this.root;
        for (const part of parts.slice(0, -1)) {
            dir = external_node_path_.join(dir, part);
            const st = external_node_fs_default().lstatSync(dir, { throwIfNoEntry: false });
            if (!st || !st.isDirectory())
                throw new RefusedWrite(`\`${external_node_path_.relative(this.root, dir)}\` is ${st?.isSymbolicLink() ? 'a symlink' : 'not a folder'}; leakproof never writes through one`);
        }
        const file = external_node_path_.join(this.root, ...parts);
        const st = external_node_fs_default().lstatSync(file, { throwIfNoEntry: false });
        if (st && !st.isFile())
            throw new RefusedWrite(`\`${rel}\` is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; leakproof never writes through one`);
        if (opts.create) {
            if (st)
                throw new RefusedWrite(`\`${rel}\` appeared since the scan`);
            const fd = external_node_fs_default().openSync(file, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0), opts.private ? 0o600 : 0o644);
            try {
                external_node_fs_default().writeFileSync(fd, text);
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
            return;
        }
        if (!st)
            throw new RefusedWrite(`\`${rel}\` is gone since the scan`);
        // A new file beside it, renamed over it: a reader never sees half a file, and a symlink put there meanwhile is replaced, not followed.
        const tmp = external_node_path_.join(external_node_path_.dirname(file), `.${parts[parts.length - 1]}.leakproof-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        const fd = external_node_fs_default().openSync(tmp, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0), st.mode & 0o7777);
        try {
            external_node_fs_default().writeFileSync(fd, text);
            external_node_fs_default().fchmodSync(fd, st.mode & 0o7777);
        }
        catch (e) {
            external_node_fs_default().closeSync(fd);
            external_node_fs_default().rmSync(tmp, { force: true });
            throw e;
        }
        external_node_fs_default().closeSync(fd);
        external_node_fs_default().renameSync(tmp, file);
    }
}

;// CONCATENATED MODULE: ./src/fix/plan.ts



















/** The rules whose findings a planner fixes by editing the file where they were found. */
const EDITED = new Set(['hardcoded-secret-key', 'secret-key-fallback', 'dotenv-template-secret', 'git-credentials']);
/**
 * Plans a fix for each finding, from the files as they are now: pure
 * planners (one per kind of fix) return edits; this gathers what they read,
 * adds the `.gitignore`, template and local `.env` entries, and turns every
 * finding without a fix into the steps a person has to take.
 */
async function planFixes(findings, ws, opts) {
    const snapshot = new Map();
    const refused = new Map();
    const read = (rel) => {
        if (snapshot.has(rel))
            return snapshot.get(rel);
        if (refused.has(rel))
            return undefined;
        const r = ws.read(rel);
        if (r.kind === 'refused') {
            refused.set(rel, r.why);
            return undefined;
        }
        const text = r.kind === 'text' ? r.text : null;
        snapshot.set(rel, text);
        return text;
    };
    const exists = (rel) => isInsideRoot(rel) && typeof read(rel) === 'string';
    const views = new Map();
    const viewOf = (rel, text) => {
        let v = views.get(rel);
        if (!v)
            views.set(rel, (v = new SourceView(rel, text)));
        return v;
    };
    const fixes = [];
    /** The raw values of the findings located in each file, for redaction. */
    const rawValues = new Map();
    const manual = [];
    const needs = new Map();
    const textOf = (f) => {
        const text = isInsideRoot(f.path) ? read(f.path) : undefined;
        return typeof text === 'string' ? text : null;
    };
    const lineOf = (f) => {
        const text = textOf(f);
        return text !== null && f.line !== undefined ? viewOf(f.path, text).lineText(f.line) : null;
    };
    const toManual = (f, reason) => manual.push({
        ruleId: f.ruleId,
        finding: pick(f),
        steps: manualSteps(f, reason ? null : lineOf(f), ws.mode, textOf(f)),
        ...(reason ? { reason } : {}),
    });
    const untrackPlanned = new Set();
    for (const f of findings) {
        if (!isInsideRoot(f.path)) {
            toManual(f, `\`${f.path}\` is not a path inside the scanned folder`);
            continue;
        }
        // A dependency's code: an edit is lost at its next update, and its values are its authors' to change.
        if (f.context === 'vendored' && !f.ruleId.startsWith('git-')) {
            toManual(f, `\`${f.path}\` is vendored third-party code: an edit there is lost at the dependency's next update; update the dependency, or tell its maintainers if the value is real`);
            continue;
        }
        const untrack = UNTRACK_AND_IGNORE[f.ruleId];
        if (untrack && (untrack.appliesTo?.(f.path) ?? true)) {
            // One file, one fix: a `.git-credentials` file gives a finding per line it holds.
            if (untrackPlanned.has(f.path))
                continue;
            untrackPlanned.add(f.path);
            const out = await planUntrack(f, untrack, ws, read, refused);
            if (typeof out === 'string')
                toManual(f, out);
            // A file that stays tracked (Symfony's `.env`, React Native's `.xcode.env`, a project's `.npmrc`): no step untracks it,
            // its reason says what to do instead.
            else if ('stays' in out) {
                const steps = manualSteps(f, null, ws.mode, textOf(f));
                const untracks = steps.some((step) => step.includes('git rm --cached') || step.includes('.gitignore'));
                manual.push({ ruleId: f.ruleId, finding: pick(f), steps: untracks ? [`${out.stays.charAt(0).toUpperCase()}${out.stays.slice(1)}.`] : steps, reason: out.stays });
            }
            else
                fixes.push(out);
            continue;
        }
        if (!EDITED.has(f.ruleId)) {
            toManual(f);
            continue;
        }
        // A git directory's own `config` (`x/.git/config` in a shipped folder) goes with the directory.
        if (f.ruleId === 'git-credentials' && /(?:^|\/)\.git\//.test(f.path)) {
            toManual(f, `\`${f.path}\` belongs to a git directory: leave the directory out of what you ship`);
            continue;
        }
        // A key in a test is often the test's subject (a wrong or short key on purpose) or a fixture it needs as it is.
        if ((f.ruleId === 'hardcoded-secret-key' || f.ruleId === 'secret-key-fallback') && f.context === 'test') {
            toManual(f, 'a key in a test is often what the test is about (a wrong or short key on purpose) or a fixture it needs as it is, so it is not rewritten; if it is a real key, put a made-up one in its place');
            continue;
        }
        const text = read(f.path);
        if (text === undefined) {
            toManual(f, refused.get(f.path));
            continue;
        }
        if (text === null || f.line === undefined || f.column === undefined) {
            toManual(f, `\`${f.path}\` is gone since the scan`);
            continue;
        }
        const view = viewOf(f.path, text);
        let draft;
        let secret;
        const remember = (value) => {
            const values = rawValues.get(f.path) ?? [];
            values.push(value);
            rawValues.set(f.path, values);
        };
        if (f.ruleId === 'git-credentials') {
            const c = findUrlCredential(view, f.line, f.column, f.secret);
            if (!c) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            draft = c.draft;
            secret = c.values[0];
            for (const v of c.values)
                remember(v);
        }
        else if (f.ruleId === 'dotenv-template-secret' || f.remedy === 'empty-value') {
            // A template's value, or a default in a dotenv file the app loads at run time (`.env.example` read for defaults).
            const t = findTemplateValue(f, text);
            if (!t) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            draft = planPlaceholder(text, view.lineStart(t.line), t, f.remedy);
            // An app's own key that the file no longer gives goes into the local `.env` beside it, so the app keeps running
            // here; a provider's credential is issued by the provider, not made up.
            if (f.remedy === 'empty-value' && !('refused' in draft) && !t.inUrl && opts.settings.secretNames.matches(t.key) && !(0,service_credentials/* isServiceCredential */.h8)(t.key, (0,dotenv_names/* parseDotenv */.qd)(text).map((e) => e.key))) {
                draft.needs = { name: t.key, kind: keyKindFor(t.key, {}), envDir: dirOf(f.path), minLength: t.value.length };
            }
            secret = t.value;
            remember(secret);
        }
        else {
            const kind = f.ruleId === 'hardcoded-secret-key' ? 'hardcoded' : 'fallback';
            const o = findOccurrence(f, text, opts.settings, kind);
            if (!o) {
                toManual(f, `\`${where(f)}\` changed since the scan`);
                continue;
            }
            const start = view.lineStart(o.line) + o.column - 1;
            const located = { view, occurrence: o, start, end: start + (o.endColumn - o.column), exists };
            draft = kind === 'hardcoded' ? planHardcodedSecret(located) : planFallback(located);
            secret = o.value;
            remember(secret);
        }
        if ('refused' in draft) {
            toManual(f, draft.refused);
            continue;
        }
        if (draft.needs && (f.remedy === 'provider-issued' || (0,service_credentials/* isServiceCredential */.h8)(draft.needs.name, []))) {
            // A random key is no credential the service accepts: the person gets new ones from the service.
            const name = draft.needs.name;
            delete draft.needs;
            draft.followUp = [
                `Revoke the old value of ${name} where it was issued, with what the service issued beside it: it stays in git history.`,
                `Set ${name} to credentials the service issues for this application, wherever the app runs and in your ignored \`.env\`; leakproof makes none, since a made-up key is no credential the service accepts.`,
            ];
        }
        const fix = {
            ruleId: f.ruleId,
            finding: pick(f),
            // A placeholder in a template changes nothing that runs; emptying a value the app loads does.
            applicability: f.ruleId === 'dotenv-template-secret' && f.remedy !== 'empty-value' ? 'safe' : 'unsafe',
            title: draft.title,
            edits: [{ path: f.path, edits: draft.edits }],
            untrack: [],
            ignore: [],
            example: [],
            local: [],
            followUp: draft.followUp,
            secrets: [secret],
            freshKeys: [],
        };
        if (draft.needs)
            needs.set(fix, draft.needs);
        fixes.push(fix);
    }
    // A diff shows whole lines: every value found in a file is redacted in its diff, not only the fix's own.
    for (const fix of fixes) {
        const hidden = new Set(fix.secrets);
        for (const { path } of fix.edits)
            for (const v of rawValues.get(path) ?? [])
                hidden.add(v);
        for (const v of opts.found ?? [])
            hidden.add(v);
        fix.secrets = [...hidden];
    }
    dropOverlaps(fixes, manual);
    if (opts.localKeys)
        await planLocalKeys(fixes, needs, ws, read, refused);
    else
        for (const [fix, need] of needs)
            fix.followUp.push(`For local runs, put ${need.name} in your ignored \`.env\` (\`leakproof fix --write --unsafe\` writes a fresh one).`);
    const touched = new Set();
    for (const fix of fixes)
        for (const p of [...fix.untrack, ...fix.local.map((l) => l.file)])
            touched.add(p);
    return { root: ws.root, fixes, manual, snapshot, tracked: await ws.tracked([...touched]) };
}
function pick(f) {
    return {
        path: f.path,
        fingerprint: f.fingerprint,
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
        ...(f.secret !== undefined ? { secret: f.secret } : {}),
    };
}
/** The nearest `.gitignore` at or above a path (or the root's, to be created); a string when one is a symlink. */
function nearestGitignore(path, read, refused) {
    const candidates = gitignoreCandidates(path);
    for (const c of candidates) {
        const text = read(c);
        if (text === undefined)
            return { refused: refused.get(c) };
        if (text !== null)
            return c;
    }
    return candidates[candidates.length - 1];
}
/** The generic "stop tracking, ignore, keep a template" fix, for the rules listed in `UNTRACK_AND_IGNORE`. */
async function planUntrack(f, spec, ws, read, refused) {
    if (ws.mode !== 'git' || (f.status !== 'tracked' && f.status !== 'untracked')) {
        return 'outside a git work tree there is nothing to untrack: leave the file out of what you ship';
    }
    const stays = spec.keepByName?.(f.path);
    if (stays)
        return { stays };
    // The rule found what needs the file (`env_file:` in a compose file, a script that ships it): untracked, a fresh
    // clone's `docker compose up` or that script fails. Its finding says how to move the real values out instead.
    if (f.remedy === 'keep-file' && f.ruleId === 'secret-file') {
        return { stays: `every installation starts from \`${f.path}\` (an install script): keep it tracked, keep real accounts out of it, and make each installation change the passwords of the accounts it ships (at install or at the first login)` };
    }
    if (f.remedy === 'keep-file') {
        return {
            stays: f.message.includes('env_file')
                ? `a compose file loads \`${f.path}\` with \`env_file:\`, so a fresh clone needs it: keep it tracked, move its real values to an ignored file listed after it in \`env_file:\` (with \`required: false\`), leave placeholders here, and rotate the real ones`
                : `a script in the repository ships or copies \`${f.path}\`: keep it tracked, leave placeholders here, have each installation make values of its own, and rotate the real ones`,
        };
    }
    // The file's text is read only when a template or a reason to keep it needs it: untracking never opens the file.
    let text = null;
    if (spec.template || spec.keep) {
        const current = read(f.path);
        if (current === undefined)
            return refused.get(f.path);
        if (current === null)
            return `\`${f.path}\` is gone since the scan`;
        text = current;
        const keep = spec.keep?.(f.path, text, read);
        if (keep)
            return { stays: keep };
    }
    const fix = {
        ruleId: f.ruleId,
        finding: pick(f),
        applicability: 'safe',
        title: '',
        edits: [],
        untrack: f.status === 'tracked' ? [f.path] : [],
        ignore: [],
        example: [],
        local: [],
        followUp: [],
        secrets: text === null ? [] : dotenvValues(text),
        freshKeys: [],
    };
    const ignored = await ws.ignored([f.path]);
    if (!ignored.has(f.path)) {
        const gi = nearestGitignore(f.path, read, refused);
        if (typeof gi !== 'string')
            return gi.refused;
        fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, f.path), path: f.path });
    }
    const template = text === null ? null : spec.template?.(f.path, text);
    let templateNote = '';
    if (template) {
        const existing = read(template.file);
        if (existing === undefined) {
            fix.followUp.push(`List the keys of \`${f.path}\` in a template by hand: ${refused.get(template.file)}.`);
        }
        else {
            const have = existing === null ? new Set() : templateKeys(existing);
            const entries = template.entries.filter((e) => !have.has(e.key));
            if (entries.length > 0) {
                fix.example.push({ file: template.file, entries });
                templateNote = existing === null ? `, and write \`${template.file}\` with its keys` : `, and add its missing keys to \`${template.file}\``;
                if ((await ws.ignored([template.file])).has(template.file)) {
                    const gi = nearestGitignore(template.file, read, refused);
                    if (typeof gi === 'string')
                        fix.ignore.push({ gitignore: gi, pattern: `!${ignorePattern(gi, template.file)}`, path: template.file });
                }
            }
        }
    }
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    const ignoring = fix.ignore.some((e) => e.path === f.path);
    fix.title =
        (f.status === 'tracked'
            ? `stop tracking \`${f.path}\` (the local copy stays${ignoring ? '' : '; .gitignore already covers it'})`
            : `keep \`${f.path}\` out of the next commit`) +
            (ignoring ? ', ignore it' : '') +
            templateNote;
    if (f.status === 'tracked' && f.severity === 'error')
        fix.followUp.push(`Rotate the secrets \`${name}\` held: they stay in git history, in every clone.`);
    const loader = f.ruleId === 'dotenv-file' && f.status === 'tracked' ? composeReading(f.path, read) : null;
    if (loader) {
        const copy = template ? `copy \`${template.file}\` to \`${f.path}\` and set the values` : `create \`${f.path}\``;
        fix.followUp.push(`\`${loader}\` reads \`${name}\` (\`env_file:\`): in a fresh clone, ${copy} before \`docker compose up\`, or mark the entry \`required: false\`.`);
    }
    return fix;
}
/** The compose file beside a dotenv file (or at the root) whose `env_file:` names it, if any. */
function composeReading(path, read) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const name = path.slice(path.lastIndexOf('/') + 1);
    for (const folder of dir === '' ? [''] : [dir, '']) {
        for (const c of COMPOSE_FILES) {
            const file = folder === '' ? c : `${folder}/${c}`;
            const text = read(file);
            if (typeof text !== 'string' || !text.includes('env_file'))
                continue;
            const rel = folder === dir ? name : path;
            // `env_file: .env`, `env_file: [./.env]`, a list item `- .env`, or `path: ./.env` (compose 2.24).
            const mention = new RegExp(`(?:env_file:|^[ \\t]*-|path:)[^\\n]*?(?:^|[\\s\\[,'"])(?:\\./)?${(0,core_text/* escapeRegExp */.Nt)(rel)}(?=[\\s\\],'"]|$)`, 'm');
            if (mention.test(text))
                return file;
        }
    }
    return null;
}
/**
 * The values of a dotenv file that are redacted wherever a fix shows them: those the rule takes for secrets or
 * their stand-ins. The file's other values (`NODE_ENV=development`, `COMPOSE_PROJECT_NAME=shop`) are no secret,
 * and redacting them would hide the same words in a diff's code and `.gitignore` lines.
 */
function dotenvValues(text) {
    return (0,dotenv_file/* secretValues */.VX)(text, env_keys/* PUBLIC_ENV_PREFIXES */.tW).filter((v) => v.length >= 4);
}
/**
 * One fresh key per variable a fix makes the app need, in the local `.env`
 * it reads (the root's; a compose file's own folder's), so the app keeps
 * running on this machine. The file must stay out of git: it gets an
 * ignore entry when it has none, and a tracked one is written only when a
 * fix in this plan untracks it (the applier checks again before writing).
 */
async function planLocalKeys(fixes, needs, ws, read, refused) {
    const files = [...new Set([...needs.values()].map((n) => (n.envDir ? `${n.envDir}/.env` : '.env')))];
    const tracked = await ws.tracked(files);
    const ignored = await ws.ignored(files);
    const untracked = new Set(fixes.flatMap((f) => f.untrack));
    const ignoring = new Set(fixes.flatMap((f) => f.ignore.map((e) => e.path)));
    const generated = new Map();
    for (const [fix, need] of needs) {
        const file = need.envDir ? `${need.envDir}/.env` : '.env';
        const text = read(file);
        const setIt = `Set ${need.name} in your environment for local runs (\`leakproof keygen --for ${need.kind}\`)`;
        if (text === undefined) {
            fix.followUp.push(`${setIt}: ${refused.get(file)}.`);
            continue;
        }
        if (tracked.has(file) && !untracked.has(file)) {
            fix.followUp.push(`${setIt}: \`${file}\` is tracked by git, so leakproof writes no key into it.`);
            continue;
        }
        const existing = text === null ? undefined : (0,dotenv_names/* parseDotenv */.qd)(text).find((e) => e.key === need.name);
        // A value that was committed (the file is tracked now) or that is the old secret itself is compromised: it is replaced.
        // An empty one (`SECRET_KEY=` as `cp .env.example .env` leaves it) sets nothing: it is filled.
        if (existing && existing.value.trim() !== '' && !tracked.has(file) && !fix.secrets.includes(existing.value)) {
            fix.followUp.push(`\`${file}\` already sets ${need.name}; keep it only if that value was never committed.`);
            continue;
        }
        const id = `${file}\0${need.name}`;
        let value = generated.get(id);
        if (value === undefined)
            generated.set(id, (value = (0,keygen/* generateKey */.rh)(need.kind, bytesFor(need))));
        fix.local.push({ file, name: need.name, value });
        fix.freshKeys.push(value);
        if (text !== null)
            fix.secrets.push(...dotenvValues(text));
        if (!ignored.has(file) && !ignoring.has(file)) {
            const gi = nearestGitignore(file, read, refused);
            if (typeof gi !== 'string') {
                fix.local.pop();
                fix.followUp.push(`${setIt}: ${gi.refused}.`);
                continue;
            }
            fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, file), path: file });
            ignoring.add(file);
        }
        fix.followUp.unshift(loadsDotenv(need.envDir, read)
            ? `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, so the app keeps running here; load it as you load the rest of your local settings.`
            : `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, but nothing in this project seems to load \`${file}\`: load it before local runs (\`set -a; . ./${file}; set +a\`, \`node --env-file=${file}\`, python-dotenv, dotenv-rails), or the app stops at start-up without ${need.name}.`);
    }
}
/**
 * The random bytes a fresh key needs to be at least as long as the value it replaces, when the format's default
 * is shorter; undefined for the default (and for formats of a fixed size: Django, Laravel).
 */
function bytesFor(need) {
    const spec = keygen/* KEY_SPECS */.ZD[need.kind];
    if (spec.defaultBytes === null || need.minLength === undefined)
        return undefined;
    const perByte = need.kind === 'jwt' || need.kind === 'base64' ? 4 / 3 : 2;
    const bytes = Math.ceil(need.minLength / perByte);
    return bytes > spec.defaultBytes ? Math.min(bytes, keygen/* MAX_KEY_BYTES */.Xd) : undefined;
}
/**
 * Two fixes that edit the same text cannot both apply: the later one is
 * left for a second run (identical edits, such as the same `import os`,
 * are one edit, and insertions at one place go one after the other).
 */
function dropOverlaps(fixes, manual) {
    const taken = new Map();
    for (let i = 0; i < fixes.length; i++) {
        const fix = fixes[i];
        const clash = fix.edits.some(({ path, edits }) => edits.some((e) => (taken.get(path) ?? []).some((t) => {
            if (t.start === e.start && t.end === e.end && t.text === e.text)
                return false;
            if (t.start === t.end && e.start === e.end)
                return false;
            return e.start < t.end && t.start < e.end ? true : (e.start === e.end && e.start > t.start && e.start < t.end) || (t.start === t.end && t.start > e.start && t.start < e.end);
        })));
        if (clash) {
            manual.push({
                ruleId: fix.ruleId,
                finding: fix.finding,
                steps: ['Run `leakproof fix` again once the other fixes are applied: this one edits the same text.'],
                reason: 'it overlaps another fix in the same file',
            });
            fixes.splice(i--, 1);
            continue;
        }
        for (const { path, edits } of fix.edits)
            taken.set(path, [...(taken.get(path) ?? []), ...edits]);
    }
}

;// CONCATENATED MODULE: ./src/fix/materialize.ts


/** The first line of a template written for a dotenv file: `.env.example` for `.env`, `mysql.env.example` for `mysql.env`. */
function templateHeader(file) {
    const copy = file.slice(file.lastIndexOf('/') + 1).replace(/\.example$/, '');
    return `# Copy to ${copy} and set the real values there; ${copy} stays out of git.`;
}
const LOCAL_HEADER = '# Settings for this machine only: ignored by git, never commit this file.';
/**
 * What a set of fixes does to the files, combined: every rendering (the
 * dry run's diff, `--write`, a pull request's suggested changes) and the
 * applier use this one function, so they always agree.
 */
function materialize(plan, fixes) {
    const after = new Map();
    const local = new Set();
    const current = (path) => after.get(path) ?? plan.snapshot.get(path) ?? null;
    const eolOf = (path) => (/\r\n/.test(plan.snapshot.get(path) ?? '') ? '\r\n' : '\n');
    const edits = new Map();
    fixes.forEach((fix, order) => {
        for (const { path, edits: list } of fix.edits) {
            const all = edits.get(path) ?? [];
            for (const edit of list) {
                if (!all.some((x) => x.edit.start === edit.start && x.edit.end === edit.end && x.edit.text === edit.text))
                    all.push({ edit, order });
            }
            edits.set(path, all);
        }
    });
    for (const [path, list] of edits) {
        const before = plan.snapshot.get(path);
        if (typeof before !== 'string')
            continue;
        after.set(path, applyEdits(before, list));
    }
    const examples = new Map();
    for (const fix of fixes) {
        for (const ex of fix.example) {
            const lines = examples.get(ex.file) ?? [];
            const have = new Set(lines.map((l) => l.slice(0, l.indexOf('='))));
            for (const e of ex.entries)
                if (!have.has(e.key))
                    lines.push(`${e.key}=${e.value}`);
            examples.set(ex.file, lines);
        }
    }
    for (const [file, lines] of examples)
        after.set(file, appendLines(current(file), lines, eolOf(file), templateHeader(file)));
    const ignores = new Map();
    for (const fix of fixes)
        for (const e of fix.ignore)
            ignores.set(e.gitignore, [...(ignores.get(e.gitignore) ?? []), e.pattern]);
    for (const [file, patterns] of ignores)
        after.set(file, appendLines(current(file), patterns, eolOf(file)));
    const values = new Map();
    for (const fix of fixes) {
        for (const l of fix.local) {
            const m = values.get(l.file) ?? new Map();
            if (!m.has(l.name))
                m.set(l.name, l.value);
            values.set(l.file, m);
        }
    }
    for (const [file, m] of values) {
        after.set(file, setDotenvValues(current(file), m, eolOf(file)));
        local.add(file);
    }
    const changes = [];
    for (const [path, text] of after) {
        const before = plan.snapshot.get(path) ?? null;
        if (text !== (before ?? '') || (before === null && text !== ''))
            changes.push({ path, before, after: text, local: local.has(path) });
    }
    changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { changes, untrack: [...new Set(fixes.flatMap((f) => f.untrack))].sort() };
}
/** Applies non-overlapping edits; insertions at one place keep the order of their fixes. */
function applyEdits(text, list) {
    const sorted = [...list].sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
    let out = '';
    let at = 0;
    for (const { edit } of sorted) {
        if (edit.start < at)
            throw new Error('overlapping edits');
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
/** A dotenv value as the file must hold it: single quotes (no expansion) unless it is one plain word. */
function dotenvValue(value) {
    return /^[A-Za-z0-9_.:/+=\-]*$/.test(value) ? value : `'${value}'`;
}
/** Sets `NAME=value` lines: a line that sets the name already gets the new value, others are appended. */
function setDotenvValues(before, values, eol) {
    let text = before ?? '';
    const append = [];
    const entries = (0,dotenv_names/* parseDotenv */.qd)(text);
    for (const [name, value] of values) {
        const e = entries.find((x) => x.key === name);
        if (!e) {
            append.push(`${name}=${dotenvValue(value)}`);
            continue;
        }
        // Replace from the value's start to the end of its line (a quoted value: its quotes too).
        const lines = text.split(/(?<=\r\n|\r|\n)/);
        const line = lines[e.line - 1];
        const body = line.replace(/[\r\n]+$/, '');
        const ending = line.slice(body.length);
        const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)/.exec(body);
        lines[e.line - 1] = m[1] + dotenvValue(value) + ending;
        text = lines.join('');
    }
    if (append.length === 0)
        return text;
    return appendLines(before === null ? null : text, append, eol, LOCAL_HEADER);
}

;// CONCATENATED MODULE: ./src/fix/apply.ts

/** Every file a fix reads or writes: it is applied only if none of them changed since it was planned. */
function filesOf(fix) {
    return [
        fix.finding.path,
        ...fix.edits.map((e) => e.path),
        ...fix.untrack,
        ...fix.ignore.map((e) => e.gitignore),
        ...fix.example.map((e) => e.file),
        ...fix.local.map((l) => l.file),
    ];
}
/**
 * Applies the chosen fixes. Each file is read again first: a fix whose
 * files changed since it was planned is skipped (the rest still apply, and
 * the next run plans it again). Untracking comes first, then the edits, and
 * the local `.env` last, written only when git says it is untracked and
 * ignored, so a fresh key never lands in a commit.
 */
async function applyFixes(plan, chosen, ws) {
    const result = { applied: [], skipped: [], written: [], untracked: [], notWritten: [] };
    const changed = new Map();
    const check = (rel) => {
        if (changed.has(rel))
            return changed.get(rel);
        const r = ws.read(rel);
        const now = r.kind === 'text' ? r.text : r.kind === 'missing' ? null : undefined;
        const why = r.kind === 'refused' ? r.why : now !== (plan.snapshot.get(rel) ?? null) ? `\`${rel}\` changed since the scan` : null;
        if (why)
            changed.set(rel, why);
        return why;
    };
    let live = [];
    for (const fix of chosen) {
        const why = [...new Set(filesOf(fix))].filter((p) => plan.snapshot.has(p)).map(check).find((w) => w !== null);
        if (why)
            result.skipped.push({ fix, why });
        else
            live.push(fix);
    }
    // A file another fix untracks may have been untracked meanwhile: git tells.
    const toUntrack = [...new Set(live.flatMap((f) => f.untrack))];
    const stillTracked = await ws.tracked(toUntrack);
    const failed = new Map();
    for (const rel of toUntrack) {
        if (!stillTracked.has(rel)) {
            failed.set(rel, `\`${rel}\` is no longer tracked`);
            continue;
        }
        try {
            await ws.untrack(rel);
            result.untracked.push(rel);
        }
        catch (e) {
            failed.set(rel, `git could not untrack \`${rel}\` (${e instanceof Error ? e.message : String(e)})`);
        }
    }
    live = live.filter((fix) => {
        const why = fix.untrack.map((p) => failed.get(p)).find((w) => w !== undefined);
        if (why)
            result.skipped.push({ fix, why });
        return !why;
    });
    const { changes } = materialize(plan, live);
    const write = (c, opts) => {
        try {
            ws.write(c.path, c.after, opts);
            result.written.push(c.path);
        }
        catch (e) {
            result.notWritten.push({ path: c.path, why: e instanceof Error ? e.message : String(e) });
        }
    };
    for (const c of changes.filter((c) => !c.local))
        write(c, { create: c.before === null });
    const locals = changes.filter((c) => c.local);
    if (locals.length > 0) {
        const paths = locals.map((c) => c.path);
        const tracked = await ws.tracked(paths);
        const ignored = await ws.ignored(paths);
        for (const c of locals) {
            const why = tracked.has(c.path) ? 'it is still tracked by git' : !ignored.has(c.path) ? 'git does not ignore it' : null;
            if (why)
                result.notWritten.push({ path: c.path, why: `${why}, so no key is written into it` });
            else
                write(c, { create: c.before === null, private: true });
        }
    }
    result.applied = live;
    result.written.sort();
    return result;
}

;// CONCATENATED MODULE: ./src/report/diff.ts
/** Splits text into lines without their endings; a missing final line ending is not an empty line. */
function toLines(text) {
    if (text === null || text === '')
        return [];
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Edit distance beyond which the diff shows the whole file replaced, so a pathological input cannot stall it. */
const MAX_D = 2000;
/**
 * Myers' O(ND) difference of two line lists, as the edit script of kept,
 * removed and added lines. Fixes change a handful of lines, so D is small.
 */
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const core = script(a.slice(start, endA), b.slice(start, endB));
    const ops = [...Array(start).fill(' '), ...core, ...Array(a.length - endA).fill(' ')];
    const out = [];
    let i = 0;
    let j = 0;
    for (const op of ops) {
        if (op === ' ')
            out.push({ op, text: a[i], oldLine: ++i, newLine: ++j });
        else if (op === '-')
            out.push({ op, text: a[i], oldLine: ++i, newLine: j });
        else
            out.push({ op, text: b[j], oldLine: i, newLine: ++j });
    }
    return out;
}
function script(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return Array(m).fill('+');
    if (m === 0)
        return Array(n).fill('-');
    const max = Math.min(n + m, MAX_D);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, offset, n, m, d);
        }
    }
    return [...Array(n).fill('-'), ...Array(m).fill('+')];
}
function backtrack(trace, offset, n, m, dEnd) {
    const ops = [];
    let x = n;
    let y = m;
    for (let d = dEnd; d > 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push(' ');
            x--;
            y--;
        }
        if (down) {
            ops.push('+');
            y--;
        }
        else {
            ops.push('-');
            x--;
        }
    }
    while (x > 0 && y > 0) {
        ops.push(' ');
        x--;
        y--;
    }
    return ops.reverse();
}
/** The changed lines grouped into hunks with `context` kept lines around each. */
function hunks(lines, context) {
    const out = [];
    const changed = lines.map((l, i) => (l.op === ' ' ? -1 : i)).filter((i) => i >= 0);
    let k = 0;
    while (k < changed.length) {
        let from = Math.max(0, changed[k] - context);
        let to = Math.min(lines.length - 1, changed[k] + context);
        while (k + 1 < changed.length && changed[k + 1] - context <= to + 1) {
            k++;
            to = Math.min(lines.length - 1, changed[k] + context);
        }
        k++;
        const slice = lines.slice(from, to + 1);
        const first = lines[from];
        const oldCount = slice.filter((l) => l.op !== '+').length;
        const newCount = slice.filter((l) => l.op !== '-').length;
        out.push({
            oldStart: first.op === '+' ? first.oldLine + (oldCount === 0 ? 0 : 1) : first.oldLine,
            oldCount,
            newStart: first.op === '-' ? first.newLine + (newCount === 0 ? 0 : 1) : first.newLine,
            newCount,
            lines: slice,
        });
        from = to + 1;
    }
    return out;
}
/** `git diff`-style text of one file's change; `render` turns each line's text into what is printed (e.g. redacted). */
function unifiedDiff(path, before, after, opts = {}) {
    const render = opts.render ?? ((s) => s);
    const lines = diffLines(toLines(before), toLines(after));
    const out = [before === null ? '--- /dev/null' : `--- a/${path}`, `+++ b/${path}`];
    for (const h of hunks(lines, opts.context ?? 3)) {
        out.push(`@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@`);
        for (const l of h.lines)
            out.push(l.op + render(l.text));
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/printable.ts
var printable = __webpack_require__(9073);
// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/report/fix.ts






/**
 * Replaces every secret in a line with its redacted form. Short values are
 * replaced only where a value stands (inside quotes, or after `=` or `:`),
 * so `dev` does not eat `development`, nor `secret` the option name in
 * `secret: 'secret'`, nor `test` a `.gitignore` line's folder.
 */
function redactor(secrets, fresh = []) {
    const freshKeys = new Set(fresh);
    const values = [...new Set([...secrets, ...freshKeys].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    // What no rule reported may still be a key on a line the diff shows (a PEM body's other lines): it goes too.
    if (values.length === 0)
        return redact/* redactKeyMaterial */.g;
    const pattern = values.map((v) => (v.length < 8 ? `(?<=['"\`]|[=:][ \\t]*)${(0,core_text/* escapeRegExp */.Nt)(v)}(?=['"\`]|[ \\t]*(?:$|[,;)#]))` : (0,core_text/* escapeRegExp */.Nt)(v))).join('|');
    const re = new RegExp(pattern, 'g');
    // A generated key is new: nothing of it is shown, not even the first characters.
    return (line) => (0,redact/* redactKeyMaterial */.g)(line.replace(re, (m) => (freshKeys.has(m) ? `<fresh key, ${m.length} chars>` : (0,redact/* redact */.E)(m))));
}
/** The redactor for everything a plan touches: the old secrets, the values of dotenv files read, the generated keys. */
function planRedactor(plan) {
    return redactor(plan.fixes.flatMap((f) => f.secrets), plan.fixes.flatMap((f) => f.freshKeys));
}
function fix_where(f) {
    return f.line === undefined ? f.path : `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}
/** The diff of one set of fixes on top of another, file by file; local files show only their changed lines. */
function fixDiff(plan, base, more, redactLine) {
    const from = materialize(plan, base);
    const to = materialize(plan, [...base, ...more]);
    const before = new Map(from.changes.map((c) => [c.path, c.after]));
    const out = [];
    for (const path of to.untrack.filter((p) => !from.untrack.includes(p)))
        out.push(`$ git rm --cached -- ${path}`);
    for (const c of to.changes) {
        const prev = before.has(c.path) ? before.get(c.path) : c.before;
        if (prev === c.after)
            continue;
        out.push(diffOf(c, prev, redactLine));
    }
    return out;
}
function diffOf(c, prev, redactLine) {
    const render = c.local ? (l) => (0,printable/* printable */.g)(localLine(l, redactLine), true) : (l) => (0,printable/* printable */.g)(redactLine(l), true);
    const text = unifiedDiff(c.path, prev, c.after, { context: c.local ? 0 : 3, render });
    return c.local ? text.replace(/^\+\+\+ (.*)$/m, '+++ $1  (local, ignored by git: never committed)') : text;
}
/** A line of the local `.env`: every value is shown redacted, however short (a fresh key by its length only). */
function localLine(line, redactLine) {
    const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]\s*)(['"]?)(.*?)\2\s*$/.exec(line);
    if (!m || m[3] === '')
        return redactLine(line);
    const shown = redactLine(m[3]);
    return `${m[1]}${m[2]}${shown !== m[3] ? shown : (0,redact/* redact */.E)(m[3])}${m[2]}`;
}
/**
 * The text `leakproof fix` prints: the safe fixes and their diff, the
 * unsafe ones and theirs, the steps a person has to take, what to do after,
 * and one line that says what happened. Every secret is redacted.
 */
function formatFixPlan(plan, opts) {
    const c = opts.colors;
    const redactLine = planRedactor(plan);
    const safe = plan.fixes.filter((f) => f.applicability === 'safe');
    const unsafe = plan.fixes.filter((f) => f.applicability === 'unsafe');
    const out = [];
    const color = (line) => (line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line);
    const section = (title, fixes, base) => {
        if (fixes.length === 0)
            return;
        out.push(c.bold(title), '');
        for (const f of fixes)
            out.push(`  ${fix_where(f.finding)}  ${f.ruleId}  ${(0,printable/* printable */.g)(f.title)}`);
        out.push('');
        for (const d of fixDiff(plan, base, fixes, redactLine))
            out.push(...d.replace(/\n$/, '').split('\n').map(color), '');
    };
    section('Safe fixes (--write applies them)', safe, []);
    section('Unsafe fixes: they change what the code does (--write --unsafe applies them)', unsafe, safe);
    if (plan.manual.length > 0) {
        out.push(c.bold('Needs a person'), '');
        for (const m of plan.manual)
            out.push(...manualLines(m));
    }
    const followUp = orderFollowUp(plan.fixes.flatMap((f) => f.followUp));
    if (followUp.length > 0) {
        out.push(c.bold('After fixing'), '');
        for (const line of followUp)
            out.push(`  - ${(0,printable/* printable */.g)(redactLine(line))}`);
        out.push('');
    }
    out.push(summaryLine(plan, opts));
    return out.join('\n') + '\n';
}
/** Rotating comes first, then setting the variables where the app runs, then notes about this machine. */
function orderFollowUp(lines) {
    const rank = (l) => (/^Rotate\b|^If\b/.test(l) ? 0 : /^(?:Set|Make sure|Add)\b/.test(l) ? 1 : 2);
    // One "Set X wherever the app runs" per variable, though a literal's fix and a default's word it differently.
    const setting = new Set();
    const once = [...new Set(lines)].filter((l) => {
        const name = /^Set ([A-Za-z_][A-Za-z0-9_]*) wherever the app runs\b/.exec(l)?.[1];
        if (name === undefined)
            return true;
        if (setting.has(name))
            return false;
        setting.add(name);
        return true;
    });
    return once.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l);
}
function manualLines(m) {
    const lines = [`  ${fix_where(m.finding)}  ${m.ruleId}${m.finding.secret ? `  [${m.finding.secret}]` : ''}${m.reason ? `: no automatic fix, ${(0,printable/* printable */.g)(m.reason)}` : ''}`];
    m.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${(0,printable/* printable */.g)(s)}`));
    lines.push('');
    return lines;
}
function summaryLine(plan, opts) {
    const c = opts.colors;
    const safe = plan.fixes.filter((f) => f.applicability === 'safe').length;
    const unsafe = plan.fixes.length - safe;
    const people = plan.manual.length;
    if (plan.fixes.length === 0 && people === 0)
        return `${c.green('\u2714')} Nothing to fix.`;
    const found = `${(0,stats/* plural */.LS)(plan.fixes.length, 'fix', 'fixes')} (${safe} safe, ${unsafe} unsafe)${people > 0 ? `; ${(0,stats/* plural */.LS)(people, 'finding')} ${people === 1 ? 'needs' : 'need'} a person` : ''}`;
    if (!opts.write) {
        const next = safe + unsafe === 0 ? '' : unsafe > 0 ? ' Apply with `leakproof fix --write` (safe fixes) or `--write --unsafe` (all).' : ' Apply with `leakproof fix --write`.';
        return `${found}. Dry run: nothing was changed.${next}`;
    }
    const r = opts.applied;
    const parts = [`applied ${(0,stats/* plural */.LS)(r.applied.length, 'fix', 'fixes')}`];
    if (r.untracked.length > 0)
        parts.push(`untracked ${r.untracked.join(', ')}`);
    if (r.written.length > 0)
        parts.push(`wrote ${r.written.join(', ')}`);
    // A check mark only when nothing is left: findings that need a person (exit code 1) get a warning sign.
    const mark = people > 0 || r.skipped.length > 0 || r.notWritten.length > 0 ? c.yellow('!') : c.green('\u2714');
    const lines = [`${mark} ${found}: ${parts.join('; ')}.`];
    for (const s of r.skipped)
        lines.push(`${c.yellow('!')} skipped ${fix_where(s.fix.finding)} (${s.fix.ruleId}): ${(0,printable/* printable */.g)(s.why)}; run \`leakproof fix\` again.`);
    for (const n of r.notWritten)
        lines.push(`${c.yellow('!')} did not write ${n.path}: ${(0,printable/* printable */.g)(n.why)}.`);
    if (!opts.unsafe && unsafe > 0)
        lines.push(`${(0,stats/* plural */.LS)(unsafe, 'unsafe fix', 'unsafe fixes')} left as they are: review the diff above, then run \`leakproof fix --write --unsafe\`.`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/color.ts
var color = __webpack_require__(2105);
;// CONCATENATED MODULE: ./src/cli/subcommands/fix.ts












const FIX_USAGE = `Usage: leakproof fix [path] [--write [--unsafe]] [--config FILE] [--fail-on LEVEL] [--no-git]
  Shows, as a diff with every secret redacted, how leakproof would fix the findings in
  path (default: the current folder), and the steps it cannot take; changes nothing.
  --write             apply the safe fixes (untrack and ignore dotenv files, placeholders in templates)
  --unsafe            with --write, also apply the fixes that change behaviour (read secrets from
                      the environment, drop insecure defaults, take tokens out of git URLs; a fresh
                      key goes into the ignored .env)
  --config FILE       the configuration, as for a scan
  --fail-on LEVEL     fix findings at least this severe: error (default, or the configuration's
                      failOn), warning or notice
  --no-git            treat the folder as plain even inside a git work tree
  Exit codes: 0 every finding has a fix, 1 some need a person, 2 usage or runtime error.

Examples
  leakproof fix                          the plan: a redacted diff and the manual steps
  leakproof fix --write                  untrack and ignore .env (keeps your copy), write .env.example
  leakproof fix ./api --write --unsafe   also SECRET_KEY = '\u2026' \u2192 os.environ.get('SECRET_KEY'), and a fresh
                                         key in the ignored ./api/.env
`;
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** `FIX_USAGE` describes these. */
const FIX_SPEC = {
    command: 'fix',
    options: [
        { name: '--config', value: 'FILE' },
        { name: '--fail-on', value: 'LEVEL', choices: FAIL_ON, example: 'warning' },
        { name: '--write' },
        { name: '--unsafe' },
        { name: '--no-git' },
        options/* HELP_OPTION */.E4,
    ],
};
const RANK = { error: 3, warning: 2, notice: 1 };
function parseFixArgs(argv) {
    const p = (0,options/* parseOptions */.Ac)(FIX_SPEC, argv);
    if (p.has('--help'))
        return 'help';
    if (p.positionals.length > 1) {
        throw new options/* UsageError */.eb(`fix takes one folder, got ${p.positionals.length}: ${p.positionals.join(' ')}; run leakproof fix once per folder`);
    }
    const cmd = { path: p.positionals[0] ?? '.', write: p.has('--write'), unsafe: p.has('--unsafe'), noGit: p.has('--no-git') };
    if (cmd.unsafe && !cmd.write)
        throw new options/* UsageError */.eb('--unsafe applies only with --write (the dry run already shows the unsafe fixes): leakproof fix --write --unsafe');
    const config = p.value('--config');
    if (config !== undefined) {
        if (config === '')
            throw new options/* UsageError */.eb('--config needs a file name');
        cmd.config = config;
    }
    const failOn = p.choice('--fail-on');
    if (failOn !== undefined)
        cmd.failOn = failOn;
    return cmd;
}
/** The findings `fix` acts on: not suppressed, and at least as severe as the fail-on level (`never`: all of them). */
function findingsToFix(findings, failOn) {
    const floor = failOn === 'never' ? 1 : RANK[failOn];
    return findings.filter((f) => !f.suppressed && RANK[f.severity] >= floor);
}
/**
 * `leakproof fix`: scan, plan a fix per finding, print the plan (a
 * redacted diff, then what needs a person), and with `--write` apply it.
 * Exit 0 when every finding has a fix, 1 when some need a person (or a fix
 * could not be applied), 2 on bad input.
 */
function runFix(argv, io) {
    return (0,exit/* guarded */.Nj)(io, async () => {
        const cmd = parseFixArgs(argv);
        if (cmd === 'help') {
            io.stdout.write(FIX_USAGE);
            return exit/* EXIT_OK */.Ij;
        }
        const config = await (0,load/* loadConfig */.Z9)(cmd.path, cmd.config);
        const options = (0,config_options/* scanOptionsFromConfig */.I)(config);
        const result = await (0,scan/* scan */.S)({ ...options, root: cmd.path, noGit: cmd.noGit });
        for (const err of result.errors)
            io.stderr.write(`leakproof: warning: ${(0,printable/* printable */.g)(err.path)}: ${err.message}${err.path === '.' ? '' : '; skipped'}\n`);
        const failOn = cmd.failOn ?? config.failOn ?? 'error';
        const ws = new FolderWorkspace(result.root, result.mode);
        const plan = await planFixes(findingsToFix(result.findings, failOn), ws, {
            settings: (0,pipeline/* ruleSettings */.I8)(options, (0,globs/* contextOverrides */.Tl)(options.contexts)),
            localKeys: true,
            found: result.secretValues,
        });
        let applied;
        if (cmd.write) {
            const chosen = plan.fixes.filter((f) => f.applicability === 'safe' || cmd.unsafe);
            applied = await applyFixes(plan, chosen, ws);
        }
        io.stdout.write(formatFixPlan(plan, { colors: (0,color/* palette */.M)((0,color/* colorEnabled */.X)(io.stdout, io.env)), write: cmd.write, unsafe: cmd.unsafe, ...(applied ? { applied } : {}) }));
        const unresolved = plan.manual.length + (applied ? applied.skipped.length + applied.notWritten.length : 0);
        return failOn !== 'never' && unresolved > 0 ? exit/* EXIT_FINDINGS */.cB : exit/* EXIT_OK */.Ij;
    }, exit/* isScanInputError */.ml);
}


/***/ }),

/***/ 6062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeStarterConfig: () => (/* binding */ writeStarterConfig)
/* harmony export */ });
/* unused harmony export STARTER_CONFIG */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1036);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(131);




/** The file `leakproof init` writes: every key, commented out, with what it does. */
const STARTER_CONFIG = `# leakproof configuration. Every key is optional; unknown keys and bad values are
# errors, so a typo never turns a check off silently. The command line wins over
# maxFileSize, failOn and includeIgnored.

# Paths never scanned: globs relative to this folder (a glob matching a folder
# covers everything inside it).
# ignore:
#   - vendor/**
#   - "**/testdata"

# Turn a rule off, or change its severity: off, notice, warning or error.
# \`leakproof --list-rules\` lists the rule ids.
# rules:
#   dotenv-template-secret: error
#   unused-suppression: off

# Accepted findings of one rule on some paths, each with the reason. They are
# still reported as suppressed (JSON, --show-suppressed), never hidden.
# allow:
#   - rule: hardcoded-secret-key
#     paths: ["tests/fixtures/**"]
#     reason: Throwaway keys for the test suite, never used outside it.

# More names that hold a signing secret, like SECRET_KEY.
# secretNames: [MAC_KEY, LICENSE_SIGNER]

# More dotenv key prefixes that are public by convention (like VITE_).
# publicEnvPrefixes: [MYAPP_PUBLIC_]

# Where paths live, when the built-in classification gets it wrong. Findings in
# development settings are at most warnings; in test, ci, build, example and docs
# contexts they are notices (live provider tokens stay errors everywhere).
# The seven contexts are production, development, test, ci, build, example and docs.
# contexts:
#   production: [".github/workflows/deploy.yml"]
#   test: ["qa/**"]

# Skip content checks on files larger than this many bytes (default 1048576).
# maxFileSize: 1048576

# Fail (exit 1) on findings at least this severe: error, warning, notice or never.
# failOn: error

# Also scan files that .gitignore hides.
# includeIgnored: false
`;
/**
 * Writes the starter configuration into `folder`; refuses when a
 * configuration file is already there. Returns the path written.
 */
async function writeStarterConfig(folder) {
    for (const name of _load__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_NAMES */ .We) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_0__.join(folder, name);
        const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p).then(() => true, () => false);
        if (exists)
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${p} already exists; edit it, or remove it first to start over`);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_0__.join(folder, _load__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_NAMES */ .We[0]);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, STARTER_CONFIG, { flag: 'wx' });
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${target} already exists; edit it, or remove it first to start over`);
        throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`cannot write ${target} (${code ?? 'error'}); run \`leakproof init\` in a folder you can write to`);
    }
    return target;
}


/***/ }),

/***/ 2706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readGitPath),
/* harmony export */   x: () => (/* binding */ unquoteWhole)
/* harmony export */ });
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * Reads a path as git prints it in patch headers: as is, or C-quoted
 * (`"a\tb"`, octal bytes) when it holds special characters. Returns the
 * path and where the token ended.
 */
function readGitPath(s, from) {
    if (s[from] !== '"') {
        const sp = s.indexOf(' ', from);
        const end = sp < 0 ? s.length : sp;
        return { path: s.slice(from, end), end };
    }
    const bytes = [];
    let i = from + 1;
    while (i < s.length && s[i] !== '"') {
        const c = s[i];
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            i++;
            continue;
        }
        const n = s[i + 1] ?? '';
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
            i += 4;
        }
        else {
            bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
            i += 2;
        }
    }
    return { path: Buffer.from(bytes).toString('utf8'), end: i + 1 };
}
/** A whole header value that is one path, quoted or not (`rename to \u2026`, `+++ b/\u2026`). */
function unquoteWhole(s) {
    return s.startsWith('"') ? readGitPath(s, 0).path : s;
}


/***/ }),

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ KEY_KINDS),
/* harmony export */   Xd: () => (/* binding */ MAX_KEY_BYTES),
/* harmony export */   ZD: () => (/* binding */ KEY_SPECS),
/* harmony export */   ZW: () => (/* binding */ KeySizeError),
/* harmony export */   rh: () => (/* binding */ generateKey)
/* harmony export */ });
/* unused harmony exports DJANGO_ALPHABET, randomFromAlphabet */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_lib_literal__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8820);
/* harmony import */ var _rules_lib_random_key__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3210);



/** The key formats `leakproof keygen --for` knows, and the one `fix` picks for each framework. */
const KEY_KINDS = ['django', 'flask', 'rails', 'laravel', 'jwt', 'fernet', 'hex', 'base64'];
/** Django's own alphabet for `get_random_secret_key()` (django/core/management/utils.py). */
const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const DJANGO_LENGTH = 50;
const KEY_SPECS = {
    django: { defaultBytes: null, minBytes: 0, describe: "50 characters from Django's get_random_secret_key() alphabet" },
    // Flask's docs: `python -c 'import secrets; print(secrets.token_hex())'`, 32 bytes.
    flask: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes (as secrets.token_hex())' },
    // `bin/rails secret`: SecureRandom.hex(64).
    rails: { defaultBytes: 64, minBytes: 64, describe: 'hex, 64 bytes: 128 characters (as bin/rails secret)' },
    // `php artisan key:generate` for the default AES-256-CBC cipher.
    laravel: { defaultBytes: null, minBytes: 0, describe: 'base64: and 32 random bytes (as php artisan key:generate)' },
    // HS256 needs a key of at least 256 bits (RFC 7518 \u00a73.2).
    jwt: { defaultBytes: 48, minBytes: 32, describe: 'base64url, 48 bytes (HS256 needs at least 32)' },
    // `Fernet.generate_key()`: url-safe base64 of 32 bytes, padded; Fernet refuses any other size.
    fernet: { defaultBytes: null, minBytes: 0, describe: 'url-safe base64 of 32 bytes (as Fernet.generate_key())' },
    hex: { defaultBytes: 32, minBytes: 16, describe: 'hex, 32 bytes' },
    base64: { defaultBytes: 48, minBytes: 16, describe: 'base64, 48 bytes' },
};
const MAX_KEY_BYTES = 1024;
/** A bad `--bytes` for a kind; the message says what is allowed. */
class KeySizeError extends Error {
}
/**
 * One fresh key from the operating system's CSPRNG, in the format the
 * framework expects. `bytes` overrides the size where the format allows it.
 */
function generateKey(kind, bytes) {
    const spec = KEY_SPECS[kind];
    if (bytes !== undefined) {
        if (spec.defaultBytes === null)
            throw new KeySizeError(`--bytes does not apply to --for ${kind}: its keys have a fixed size (${spec.describe})`);
        if (!Number.isSafeInteger(bytes) || bytes < spec.minBytes || bytes > MAX_KEY_BYTES) {
            throw new KeySizeError(`--bytes for --for ${kind} takes a whole number from ${spec.minBytes} to ${MAX_KEY_BYTES} (got ${bytes})`);
        }
    }
    const n = bytes ?? spec.defaultBytes ?? 0;
    switch (kind) {
        case 'django': {
            // Django's alphabet can spell a named format (`%(x)s`), which a reader of settings.py takes for a
            // template: such a key would not be recognised as one if it were ever committed. Draw again.
            let key;
            do
                key = randomFromAlphabet(DJANGO_ALPHABET, DJANGO_LENGTH);
            while ((0,_rules_lib_literal__WEBPACK_IMPORTED_MODULE_1__/* .isInterpolated */ .cl)(key, 'python', "'"));
            return key;
        }
        case 'laravel':
            return `base64:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64')}`;
        case 'jwt':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(n).toString('base64url');
        case 'fernet': {
            // 44 characters: about one draw in a hundred holds a run or a word by chance (`key`, `1234`), which the rules
            // would call a weak key if it were ever committed. Draw again.
            let key;
            do
                key = `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url')}=`;
            while (!(0,_rules_lib_random_key__WEBPACK_IMPORTED_MODULE_2__/* .isEncodedRandomKey */ .$)(key));
            return key;
        }
        case 'base64':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(n).toString('base64');
        case 'flask':
        case 'rails':
        case 'hex':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(n).toString('hex');
    }
}
/**
 * `length` characters drawn uniformly from `alphabet`: bytes at or above the
 * largest multiple of the alphabet's size are thrown away (rejection
 * sampling), so no character is more likely than another.
 */
function randomFromAlphabet(alphabet, length) {
    const size = alphabet.length;
    if (size < 2 || size > 256)
        throw new RangeError('alphabet must have 2 to 256 characters');
    const limit = 256 - (256 % size);
    let out = '';
    while (out.length < length) {
        for (const b of (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(Math.max(16, (length - out.length) * 2))) {
            if (b >= limit)
                continue;
            out += alphabet[b % size];
            if (out.length === length)
                break;
        }
    }
    return out;
}


/***/ })

};
;