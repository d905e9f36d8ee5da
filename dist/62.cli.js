"use strict";
exports.id = 62;
exports.ids = [62];
exports.modules = {

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


/***/ })

};
;