"use strict";
exports.id = 408;
exports.ids = [408];
exports.modules = {

/***/ 8408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanSince: () => (/* binding */ scanSince)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9552);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2434);
/* harmony import */ var _read__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5404);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3171);
/* harmony import */ var _changes__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6064);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5376);
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3124);









/**
 * Scans the files that differ between REF and the work tree (and untracked
 * files that are not ignored): content rules on the added lines only.
 */
async function scanSince(options, rules = _rules__WEBPACK_IMPORTED_MODULE_1__.RULES) {
    const started = (0,_clock__WEBPACK_IMPORTED_MODULE_7__/* .clockStart */ .v)();
    const root = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(options.root);
    await (0,_repo__WEBPACK_IMPORTED_MODULE_6__/* .repoInfo */ .Lt)(root, '--since');
    const [commit, others] = await Promise.all([(0,_repo__WEBPACK_IMPORTED_MODULE_6__/* .resolveRef */ .qE)(root, options.since), (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(root, ['ls-files', '-z', '--others', '--exclude-standard'])]);
    const untracked = (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .splitZ */ .fs)(others);
    const files = await (0,_changes__WEBPACK_IMPORTED_MODULE_5__/* .changedFiles */ .Y)({ cwd: root, against: [commit], relative: true, untracked: untracked.filter((p) => !p.endsWith('/')) });
    const reader = new _read__WEBPACK_IMPORTED_MODULE_3__/* .SafeReader */ .H(root);
    const source = {
        async read(file, maxSize) {
            const out = await reader.read(file.path, maxSize);
            if (out.kind === 'ok')
                return { head: out.head, body: out.body, size: out.size, type: 'blob' };
            if (out.kind === 'unreadable')
                return { skipped: 'unreadable', message: out.message };
            return { skipped: out.kind };
        },
        async readText(p) {
            const out = reader.readSync(p, options.maxFileSize ?? _types__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_MAX_FILE_SIZE */ .S);
            return out.kind === 'ok' ? (0,_core_text__WEBPACK_IMPORTED_MODULE_4__/* .textOf */ .b6)(out) : null;
        },
    };
    return { ...(await (0,_changes__WEBPACK_IMPORTED_MODULE_5__/* .scanChanges */ .V)(root, files, source, options, rules, started)), changes: `changes since ${options.since}` };
}


/***/ })

};
;