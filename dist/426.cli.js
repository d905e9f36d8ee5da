export const id = 426;
export const ids = [426];
export const modules = {

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


/** The key formats `leakproof keygen --for` knows, and the one `fix` picks for each framework. */
const KEY_KINDS = ['django', 'flask', 'rails', 'laravel', 'jwt', 'hex', 'base64'];
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
