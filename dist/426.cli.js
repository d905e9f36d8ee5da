"use strict";
exports.id = 426;
exports.ids = [426];
exports.modules = {

/***/ 5426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KEYGEN_SPEC: () => (/* binding */ KEYGEN_SPEC),
/* harmony export */   KEYGEN_USAGE: () => (/* binding */ KEYGEN_USAGE),
/* harmony export */   parseKeygenArgs: () => (/* binding */ parseKeygenArgs),
/* harmony export */   runKeygen: () => (/* binding */ runKeygen)
/* harmony export */ });
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(776);
/* harmony import */ var _exit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7632);
/* harmony import */ var _fix_keygen__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1644);



const KEYGEN_USAGE = `Usage: leakproof keygen [--for ${_fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .KEY_KINDS */ .A3.join('|')}] [--bytes N]
  Prints one fresh key (node:crypto) and nothing else, e.g. SECRET_KEY="$(npx leakproof keygen --for django)"
${_fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .KEY_KINDS */ .A3.map((k) => `    --for ${k.padEnd(8)} ${_fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .KEY_SPECS */ .ZD[k].describe}`).join('\n')}
  Without --for: hex, 32 bytes. --bytes N sets the size where the format allows it.
`;
/** `KEYGEN_USAGE` describes these. */
const KEYGEN_SPEC = {
    command: 'keygen',
    options: [{ name: '--for', value: 'KIND', choices: _fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .KEY_KINDS */ .A3, example: 'django' }, { name: '--bytes', value: 'N' }, _options__WEBPACK_IMPORTED_MODULE_0__/* .HELP_OPTION */ .E4],
};
function parseKeygenArgs(argv) {
    const p = (0,_options__WEBPACK_IMPORTED_MODULE_0__/* .parseOptions */ .Ac)(KEYGEN_SPEC, argv);
    if (p.has('--help'))
        return 'help';
    if (p.positionals.length > 0)
        throw new _options__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`keygen takes no arguments (got "${p.positionals[0]}"); pick a format with --for, e.g. --for django`);
    const cmd = { kind: p.choice('--for') ?? 'hex' };
    const bytes = p.value('--bytes');
    if (bytes !== undefined) {
        if (!/^\d+$/.test(bytes))
            throw new _options__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--bytes takes a whole number of bytes (got "${bytes}"), e.g. --bytes 64`);
        cmd.bytes = Number(bytes);
    }
    return cmd;
}
/** `leakproof keygen`: one key on stdout, so `$(leakproof keygen --for django)` is the key. */
function runKeygen(argv, io) {
    return (0,_exit__WEBPACK_IMPORTED_MODULE_1__/* .guarded */ .Nj)(io, async () => {
        const cmd = parseKeygenArgs(argv);
        if (cmd === 'help') {
            io.stdout.write(KEYGEN_USAGE);
            return _exit__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
        }
        let key;
        try {
            key = (0,_fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .generateKey */ .rh)(cmd.kind, cmd.bytes);
        }
        catch (e) {
            if (e instanceof _fix_keygen__WEBPACK_IMPORTED_MODULE_2__/* .KeySizeError */ .ZW)
                throw new _options__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(e.message);
            throw e;
        }
        io.stdout.write(`${key}\n`);
        return _exit__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }, _exit__WEBPACK_IMPORTED_MODULE_1__/* .isScanInputError */ .ml);
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


/***/ }),

/***/ 8820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ isMask),
/* harmony export */   C$: () => (/* binding */ isBlankOrMarker),
/* harmony export */   IE: () => (/* binding */ isAngleMarker),
/* harmony export */   OC: () => (/* binding */ isMethodCall),
/* harmony export */   Rk: () => (/* binding */ skipSpaces),
/* harmony export */   Y7: () => (/* binding */ SOPS_VALUE),
/* harmony export */   Yv: () => (/* binding */ isBlankOrMask),
/* harmony export */   Zk: () => (/* binding */ isBareScalar),
/* harmony export */   aq: () => (/* binding */ isTokenPrefixOnly),
/* harmony export */   cl: () => (/* binding */ isInterpolated),
/* harmony export */   ft: () => (/* binding */ readBare),
/* harmony export */   mf: () => (/* binding */ runsBackticks),
/* harmony export */   rm: () => (/* binding */ isIdentifierCode),
/* harmony export */   zh: () => (/* binding */ isCiphertext),
/* harmony export */   zt: () => (/* binding */ readQuoted)
/* harmony export */ });
const QUOTES = new Set(['"', "'", '`']);
function skipSpaces(s, i) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
        i++;
    return i;
}
function isIdentChar(c) {
    return c !== undefined && isIdentifierCode(c.charCodeAt(0));
}
/** `[A-Za-z0-9_$]`, by character code. */
function isIdentifierCode(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
/**
 * Reads a quoted string starting at `i` (after optional Python prefixes and
 * Go's `[]byte(` wrapper). Returns null when there is none or it does not
 * close on this line.
 */
function readQuoted(s, i) {
    let fString = false;
    if (s.startsWith('[]byte(', i))
        i += 7;
    // Python string prefixes: r, b, u, f and their pairs.
    let p = i;
    while (p < s.length && p - i < 2 && /[rRbBuUfF]/.test(s[p]))
        p++;
    if (p > i && QUOTES.has(s[p] ?? '') && s[p] !== '`' && !isIdentChar(s[i - 1])) {
        fString = /[fF]/.test(s.slice(i, p));
        i = p;
    }
    const q = s[i];
    if (q === undefined || !QUOTES.has(q))
        return null;
    // A triple-quoted or otherwise multi-line string is not a one-line literal.
    if (s.startsWith(q.repeat(3), i))
        return null;
    let j = i + 1;
    while (j < s.length) {
        const c = s[j];
        if (c === '\\') {
            j += 2;
            continue;
        }
        if (c === q)
            break;
        j++;
    }
    if (j >= s.length)
        return null;
    return { value: s.slice(i + 1, j), start: i + 1, end: j, quoted: true, quote: q, fString, template: q === '`' };
}
/** Syntaxes whose single-quoted strings are taken as written: no `$VAR`, no `${\u2026}`. */
function singleQuotesAreRaw(lang) {
    return lang === 'php' || lang === 'shell' || lang === 'dockerfile' || lang === 'make';
}
/** Shells and the files that hand their values to one (compose, CI `run:` steps, systemd): `` `cmd` `` runs a command there. */
function isShellLike(lang) {
    return lang === 'shell' || lang === 'dockerfile' || lang === 'make' || lang === 'yaml' || lang === 'systemd';
}
/** Syntaxes where a backtick-quoted value is the output of a command (`` `openssl rand -hex 32` ``), not a string. */
function runsBackticks(lang) {
    return isShellLike(lang) || lang === 'ruby' || lang === 'php';
}
/** A value that is only a variable reference, `$SECRET_KEY` or `${SECRET_KEY}`, whatever quotes keep it for later. */
const VARIABLE_ONLY = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})$/;
/**
 * Lookups that configuration loaders resolve when they read the value:
 * dynaconf `@format {env[SECRET_KEY]}` / `@jinja \u2026` / `@get \u2026`, Azure App
 * Service `@Microsoft.KeyVault(SecretUri=\u2026)`, release-pipeline tokens
 * `__JWT_SECRET__`, markers a start-up script or the loader replaces with a
 * variable (`"secretKey": "env:AWS_SECRET_ACCESS_KEY"`, LiteLLM's
 * `os.environ/OPENAI_API_KEY`).
 */
const LOADER_LOOKUP = /^(?:@(?:format|jinja|get)\s|@Microsoft\.KeyVault\(|__[A-Za-z][A-Za-z0-9_]*__$|\$?env[:.][A-Za-z_][A-Za-z0-9_]*$|os\.environ\/[A-Za-z_][A-Za-z0-9_]*$)/;
/**
 * True when a value is built at run time rather than written out. `quote`
 * is the quote around the value, if any: single-quoted PHP and shell
 * strings do not interpolate, so a WordPress salt may hold `$X` as written.
 */
function isInterpolated(value, lang, quote) {
    if (VARIABLE_ONLY.test(value))
        return true;
    // Symfony container parameters, in YAML and in PHP's single quotes alike: `%env(APP_SECRET)%`, `%kernel.secret%`.
    if (/^%[A-Za-z_][\w.:()]*%$/.test(value))
        return true;
    // The Supabase CLI's `supabase/config.toml` reads a value from the environment with `"env(NAME)"` (`supabase init`
    // writes `s3_secret_key = "env(S3_SECRET_KEY)"`), in either quotes.
    if (/^env\([A-Za-z_]\w*\)$/.test(value))
        return true;
    // Hoppscotch's environment variables, which it substitutes when it sends a request: `"secretKey": "<<AWS_SECRET_KEY>>"`
    // in its collections (JSON). Elsewhere nothing substitutes it: a placeholder.
    if (lang === 'json' && /^<<[A-Za-z_][\w.-]{0,63}>>$/.test(value))
        return true;
    if (quote === "'" && singleQuotesAreRaw(lang))
        return false;
    if (LOADER_LOOKUP.test(value))
        return true;
    if (value.includes('${') || value.includes('{{') || value.includes('#{') || value.includes('<%') || value.includes('%{'))
        return true;
    // A string literal of a programming language substitutes nothing itself: `$(` and `%(` there are text
    // (Django's key alphabet holds both), unless the value reads as a command or a named format.
    if (lang !== null && PROGRAM_LITERALS.has(lang)) {
        if (COMMAND.test(value) || NAMED_FORMAT.test(value))
            return true;
    }
    else if (value.includes('%(') || value.includes('$(')) {
        return true;
    }
    // `printf 'SECRET_KEY_BASE=%s\n' "$(openssl rand -hex 64)"`, `fmt.Sprintf("JWT_SECRET=%v", key)`: a format's directive.
    if (PRINTF_DIRECTIVE.test(value))
        return true;
    // `$NAME` is a variable in shells, compose files, PHP, Kotlin and Groovy strings; Elixir interpolates `#{\u2026}` only.
    if (lang !== 'js' && lang !== 'python' && lang !== 'ruby' && lang !== 'go' && lang !== 'rust' && lang !== 'csharp' && lang !== 'elixir') {
        if (/\$[A-Za-z_{(]/.test(value))
            return true;
    }
    // `"SECRET=`pwgen -s 64 1`"`: command output.
    if (isShellLike(lang) && value.includes('`'))
        return true;
    return false;
}
/** Languages whose string literals are read as written (`$(`, `%(` included). */
const PROGRAM_LITERALS = new Set(['python', 'js', 'ruby', 'php', 'jvm', 'go', 'rust', 'csharp', 'elixir']);
/** `$(openssl rand -hex 32)`, `$(cat /run/secrets/key)`: a command, as a shell would run it. */
const COMMAND = /\$\([a-z][\w.-]*\s/i;
/** `%(secret)s`, `%(port)05d`: a named printf-style format (Python's `%`, ConfigParser). */
const NAMED_FORMAT = /%\([A-Za-z_]\w*\)[# +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]/;
/** A value that is one printf directive, possibly with the escaped line end after it: `%s`, `%v`, `%s\n`. */
const PRINTF_DIRECTIVE = /^%[-+ #0]?\d{0,3}(?:\.\d{1,3})?[sdvqx](?:\\[nrt])*$/;
/**
 * A mask or a fill-in mark: `***`, `xxxx`, `\u2026`, `??` (JeecgBoot's settings to fill in), `++++`, and one capital
 * letter four times or more, as `XXXX` is (pomerium's `cookie_secret: YYYYY`, `ZZZZZ` in docs).
 */
const MASK = /^(?:[*xX.\u2022\u2026\-_ ?+#]+|([A-Z])\1{3,})$/;
/**
 * Six stars or bullets in a row: what a tool that shows secrets partly
 * masked prints (`lr***********...`, `sk-\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022abcd`). A random key holds
 * six `*` in a row about once in 300 million (Django's alphabet has 50 characters).
 * Eight `x` in a row end a placeholder to fill in (`YourAPIkeysHere_xxxxxxxx`): a
 * random base-62 key holds them about once in 10\u00b9\u00b2 positions.
 */
const MASK_RUN = /\*{6}|\u2022{6}|\u25cf{6}|[xX]{8}/;
/**
 * A provider token's prefix and a mask for the rest: `sk_xxx`, `pk_test_XXXX`,
 * `ghp_***`, as SDK examples and docs write the shape of a key (Spree's
 * admin SDK examples set `secretKey: 'sk_xxx'`), with base64's padding after it (svix's `whsec_XXXXX=`). Only a token's prefix: a
 * value a program runs with (`dev-xxx`, `secret-xxx`) is a value.
 */
const PREFIXED_MASK = /^(?:sk|pk|rk|ghp|gho|ghu|ghs|ghr|github_pat|glpat|xox[abpe]|xapp|npm|whsec|pat|api|key|token)(?:[_-](?:live|test|proj|ant))?[_-](?:[xX]{3,}|\*{3,}|\.{3,}|\u2022{3,}|\u2026)={0,2}$/;
/**
 * A provider token's prefix alone, or with a few digits after it: `whsec` in a table of the prefixes an app gives its
 * own ids (papermark's), a mock's `whsec_123`. Every token of these formats has twenty random characters or more.
 */
const PREFIX_ONLY = /^(?:sk|pk|rk|ghp|gho|ghu|ghs|ghr|github_pat|glpat|xox[abpe]|xapp|npm|whsec)(?:[_-](?:live|test|proj|ant))?(?:[_-]\d{1,6})?$/;
/** Whether a value is a provider token's prefix alone, or with a few digits after it (`PREFIX_ONLY`): no key. */
function isTokenPrefixOnly(value) {
    return value.length <= 30 && PREFIX_ONLY.test(value);
}
/**
 * A bare value that is code calling a method: `os.getenv("SECRET_KEY")`,
 * `Deno.env.get('JWT_SECRET')`, `new TextEncoder().encode(JWT_SECRET)`, as a
 * Python or TypeScript file embedded in a compose `content: |` block or a
 * ConfigMap reads. At least one `.` before the last call: no random key
 * alphabet writes `.name(` (Django's has no `.`).
 */
function isMethodCall(value) {
    let v = value.trim();
    if (v.endsWith(';'))
        v = v.slice(0, -1).trimEnd();
    let i = 0;
    if (v.startsWith('new ')) {
        i = 4;
        while (v[i] === ' ')
            i++;
    }
    let dots = 0;
    for (;;) {
        if (!isIdentifierStart(v.charCodeAt(i)))
            return false;
        i++;
        while (i < v.length && isIdentifierCode(v.charCodeAt(i)))
            i++;
        let called = false;
        if (v[i] === '(') {
            const close = v.indexOf(')', i);
            if (close < 0 || v.lastIndexOf('(', close) !== i)
                return false;
            i = close + 1;
            called = true;
        }
        if (i === v.length)
            return called && dots > 0;
        if (v[i] !== '.')
            return false;
        dots++;
        i++;
    }
}
function isIdentifierStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}
/**
 * Values that are plainly not a secret anyone could use: empty, a mask such
 * as `***`, `xxxx` or `\u2026`, a value partly masked (`lr***********...`, `sk_xxx`),
 * or an angle-bracket template marker like `<your-key>`.
 */
function isBlankOrMarker(value) {
    return isBlankOrMask(value) || isAngleMarker(value);
}
/** Empty, a mask (`***`, `xxxx`, `sk_xxx`), or Airflow's no-key mark: what no one could sign with. */
function isBlankOrMask(value) {
    const v = value.trim();
    if (v.length === 0)
        return true;
    if (MASK.test(v) || MASK_RUN.test(v) || PREFIXED_MASK.test(v))
        return true;
    // Airflow 1's `fernet_key` when it has none (its `generate_fernet_key()` without `cryptography`): no key at all.
    return v === AIRFLOW_NO_KEY;
}
/**
 * An angle-bracket marker asking for a value (`<your-key>`): where it is the value, it says to fill it in; where
 * it is a default the environment's value replaces, the application runs with it as written.
 */
function isAngleMarker(value) {
    const v = value.trim();
    return v.startsWith('<') && v.endsWith('>') && !v.slice(1, -1).includes('<');
}
const AIRFLOW_NO_KEY = 'cryptography_not_found_storing_passwords_in_plain_text';
/**
 * A value encrypted in place, in one of the envelopes configuration tools decrypt when they load it: SOPS's
 * `ENC[AES256_GCM,data:\u2026,iv:\u2026,tag:\u2026,type:str]`, hiera-eyaml's `ENC[PKCS7,\u2026]` (or another of its encryption methods:
 * `ENC[GPG,\u2026]`, `ENC[KMS,\u2026]`; PKCS7's name may be left out), and Jasypt's `ENC(\u2026)` in Spring properties. It is how
 * the secret is meant to be stored: only the key that decrypts it, kept elsewhere, is a secret.
 */
function isCiphertext(value) {
    const v = value.trim();
    if (!v.startsWith('ENC'))
        return false;
    return SOPS_VALUE.test(v) || EYAML_VALUE.test(v) || JASYPT_VALUE.test(v);
}
/** SOPS's encrypted value. */
const SOPS_VALUE = /^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:\w{1,10}\]$/;
/** hiera-eyaml's: its method (upper case), then base64 of 16 characters or more. */
const EYAML_VALUE = /^ENC\[(?:[A-Z][A-Z0-9_]{1,15},)?[A-Za-z0-9+/]{16,}={0,2}\]$/;
/** Jasypt's default wrapping (`jasypt.encryptor.property.prefix`/`suffix`), around base64. */
const JASYPT_VALUE = /^ENC\([A-Za-z0-9+/]{16,}={0,2}\)$/;
/**
 * A value that is all mask (`---`, `***`, `xxx`): nobody's key where a value
 * is shown, but a key all the same where a program runs with it (a default
 * for when the variable is unset).
 */
function isMask(value) {
    const v = value.trim();
    return v.length > 0 && MASK.test(v);
}
const BARE_SCALARS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', '~', 'undefined']);
/** Bare values that are not strings: numbers, booleans, null. */
function isBareScalar(value) {
    const v = value.trim().toLowerCase();
    return BARE_SCALARS.has(v) || /^[-+]?\d+(\.\d+)?$/.test(v);
}
/** Whether `s[at]` sits inside a YAML flow collection opened earlier on the line (`{`, `[`), quoted text aside. */
function inFlowCollection(s, at) {
    let depth = 0;
    for (let k = 0; k < at; k++) {
        const c = s[k];
        if (c === '{' || c === '[')
            depth++;
        else if ((c === '}' || c === ']') && depth > 0)
            depth--;
        else if ((c === '"' || c === "'") && (k === 0 || ' \t[{,'.includes(s[k - 1]))) {
            // A quoted scalar (a quote inside a plain one, `it's`, is a letter): `\\` escapes in double quotes, `''` in
            // single ones.
            for (k++; k < at; k++) {
                if (c === '"' && s[k] === '\\')
                    k++;
                else if (s[k] === c) {
                    if (c === '"' || s[k + 1] !== "'")
                        break;
                    k++;
                }
            }
        }
        else if (c === '#' && (k === 0 || s[k - 1] === ' ' || s[k - 1] === '\t'))
            return false;
    }
    return depth > 0;
}
/**
 * Reads an unquoted value in a config syntax (YAML, INI, shell\u2026), up to the
 * end of the value for that syntax. `closer` is a quote that wraps the whole
 * `NAME=value` pair (compose `- "KEY=value"`, systemd `Environment="KEY=value"`).
 */
function readBare(s, i, lang, closer, restOfLine) {
    let end = s.length;
    if (closer) {
        const c = s.indexOf(closer, i);
        if (c >= 0)
            end = c;
    }
    let j = i;
    if (closer || restOfLine || lang === 'make') {
        // The whole rest: up to the wrapping quote, or the line's end (Dockerfile `ENV NAME value`).
        while (j < end && !(s[j] === '#' && (lang === 'make' || s[j - 1] === ' ')))
            j++;
    }
    else
        switch (lang) {
            case 'yaml': {
                // A comment starts at ` #`; inside a flow collection (`{ key: value }`) a plain value ends at `,` `}` `]`.
                const flow = inFlowCollection(s, i);
                while (j < end && !(s[j] === '#' && (s[j - 1] === ' ' || s[j - 1] === '\t')) && !(flow && (s[j] === ',' || s[j] === '}' || s[j] === ']')))
                    j++;
                break;
            }
            case 'shell':
            case 'dockerfile':
            case 'systemd': {
                // A shell word also ends at a control or redirection operator (`set JWT_SECRET=x&& node .`, `X=y|cat`).
                const operators = lang !== 'systemd';
                while (j < end && s[j] !== ' ' && s[j] !== '\t' && s[j] !== ';' && s[j] !== '"' && s[j] !== "'" && !(operators && (s[j] === '&' || s[j] === '|' || s[j] === '<' || s[j] === '>')))
                    j++;
                break;
            }
            case 'ini':
            case 'properties': {
                while (j < end && !((s[j] === ';' || s[j] === '#') && (s[j - 1] === ' ' || s[j - 1] === '\t')))
                    j++;
                break;
            }
            default:
                return null;
        }
    let k = j;
    while (k > i && (s[k - 1] === ' ' || s[k - 1] === '\t'))
        k--;
    if (k <= i)
        return null;
    return { value: s.slice(i, k), start: i, end: k, quoted: false };
}


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isEncodedRandomKey)
/* harmony export */ });
/**
 * What random key material looks like in the encodings key generators print. Kept apart from the rest of the value
 * checks, with nothing to import, so that `leakproof keygen` can draw keys the rules read as random without loading
 * the rules.
 */
/**
 * Whether a value reads as random bytes, 16 or more, as `openssl rand -hex 16` (32 hex digits or more) or
 * `openssl rand -base64 32` and `secrets.token_urlsafe(32)` print them (base64 of 16, 24 or 32 bytes: 22, 32 or
 * 43 characters before padding): digits and letters mixed, and as many distinct characters as such draws give.
 */
function isEncodedRandomKey(value, distinct = new Set(value).size) {
    // A version 4 UUID (`uuid.uuid4()`, `crypto.randomUUID()`) is 122 random bits; versions 1 and 6 to 8 hold a time,
    // 3 and 5 a hash of a name anyone can compute again.
    if (UUID_V4.test(value)) {
        const hex = value.replace(/-/g, '');
        return new Set(hex).size >= 10 && !WORDS_OR_RUNS.test(hex) && !ALTERNATING.test(hex);
    }
    // A random integer of 125 bits or more written in decimal (Flask-Security's `secrets.SystemRandom().getrandbits(128)`
    // for its password salt): 38 digits or more, with most of the ten digits.
    if (DECIMAL_KEY.test(value))
        return distinct >= 8 && !WORDS_OR_RUNS.test(value);
    if (HEX_KEY.test(value))
        return distinct >= 12 && /[0-9]/.test(value) && /[a-f]/i.test(value) && !WORDS_OR_RUNS.test(value) && !ALTERNATING.test(value);
    const body = value.endsWith('==') ? value.slice(0, -2) : value.endsWith('=') ? value.slice(0, -1) : value;
    // 16 bytes or more: 22 characters or more, never one past a multiple of four.
    if (body.length < 22 || body.length % 4 === 1 || !BASE64_KEY.test(body))
        return false;
    if (new Set(body).size < body.length * 0.6 || !/[0-9]/.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body) || WORDS_OR_RUNS.test(body))
        return false;
    // Base64 of a passphrase (`bXktc3VwZXItc2VjcmV0\u2026`) decodes to words; random bytes decode to no text at all, and
    // random text encoded again (pomerium's example `cookie_secret`) to text of no words.
    const bytes = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    let printable = 0;
    for (const b of bytes)
        if (b >= 0x20 && b < 0x7f)
            printable++;
    if (printable < bytes.length * 0.8)
        return true;
    const text = bytes.toString('latin1');
    return !WORDS_OR_RUNS.test(text) && !JOINED_WORDS.test(text) && new Set(text).size >= text.length * 0.5;
}
/** Words joined by a separator, as passphrases are written: `correct-horse`, `my super`. */
const JOINED_WORDS = /[a-z]{3,}[-_ .][a-z]{3,}/i;
/**
 * What random draws of these lengths hardly hold: the words of made-up keys, hex words (`deadbeef`, `cafe`), and
 * runs like `abcd` or `1234`.
 */
const WORDS_OR_RUNS = /secret|token|pass|this|test|key|jwt|dev|demo|example|sample|change|dead|beef|cafe|babe|face|fade|feed|c0ffee|abcd|bcde|cdef|1234|2345|3456|4567|5678|6789/i;
/** Letters and digits taking turns all the way (`a1b2c3d4\u2026`): typed, not drawn. */
const ALTERNATING = /^(?:[a-f][0-9])+[a-f]?$|^(?:[0-9][a-f])+[0-9]?$/i;
const HEX_KEY = /^[0-9a-fA-F]{32,}$/;
const DECIMAL_KEY = /^[1-9][0-9]{37,}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const BASE64_KEY = /^[A-Za-z0-9+/_-]+$/;


/***/ })

};
;