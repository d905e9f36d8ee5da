"use strict";
exports.id = 335;
exports.ids = [335];
exports.modules = {

/***/ 5335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installHook: () => (/* binding */ installHook)
/* harmony export */ });
/* unused harmony export HOOK_BLOCK */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2434);
/* harmony import */ var _engine_scan__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2414);




const BEGIN = '# >>> leakproof >>>';
const END = '# <<< leakproof <<<';
const HOOK_BLOCK = [
    BEGIN,
    '# Blocks commits that add dotenv files, hardcoded signing secrets or git credentials.',
    'if command -v leakproof >/dev/null 2>&1; then leakproof --staged || exit $?',
    'else npx --no-install leakproof --staged || exit $?; fi',
    END,
].join('\n');
const SH_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?(?:\S*\/)?(?:sh|bash|dash|zsh|ksh)\b/;
/**
 * Puts `leakproof --staged` into the repository's pre-commit hook (in
 * core.hooksPath when set). An existing shell hook keeps its content: the
 * block goes right after its shebang, so an `exit` or `exec` further down
 * cannot skip it. Running it again changes nothing.
 */
async function installHook(dir) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(dir).catch(() => null);
    if (!st?.isDirectory())
        throw new _engine_scan__WEBPACK_IMPORTED_MODULE_3__/* .ScanInputError */ .o(`${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir)} is not a folder: pass the repository folder, e.g. \`leakproof install-hook .\``);
    const inside = (await (0,_engine_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).toString('utf8').trim();
    if (inside !== 'true')
        throw new _engine_scan__WEBPACK_IMPORTED_MODULE_3__/* .ScanInputError */ .o(`${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir)} is not in a git work tree: run install-hook inside the repository`);
    const hooksDir = await hooksDirectory(dir);
    if (/(^|[\\/])\.husky([\\/]|$)/.test(hooksDir)) {
        throw new _engine_scan__WEBPACK_IMPORTED_MODULE_3__/* .ScanInputError */ .o(`hooks are managed by husky (core.hooksPath=${hooksDir}): add \`leakproof --staged\` to .husky/pre-commit instead`);
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(hooksDir, 'pre-commit');
    let existing = null;
    try {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(file);
        if (!st.isFile())
            throw new _engine_scan__WEBPACK_IMPORTED_MODULE_3__/* .ScanInputError */ .o(`${file} is not a regular file (a symlink?): add \`leakproof --staged\` to the hook it points to by hand`);
        existing = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    if (existing !== null && existing.includes(BEGIN)) {
        await ensureExecutable(file);
        return { file, action: 'unchanged' };
    }
    let text;
    if (existing === null || existing.trim() === '') {
        text = `#!/bin/sh\n${HOOK_BLOCK}\n`;
    }
    else {
        const nl = existing.indexOf('\n');
        const firstLine = nl < 0 ? existing : existing.slice(0, nl);
        if (firstLine.startsWith('#!') && !SH_SHEBANG.test(firstLine)) {
            throw new _engine_scan__WEBPACK_IMPORTED_MODULE_3__/* .ScanInputError */ .o(`${file} is not a shell script (${firstLine}): add a call to \`leakproof --staged\` to it by hand`);
        }
        text = firstLine.startsWith('#!')
            ? `${firstLine}\n${HOOK_BLOCK}\n${nl < 0 ? '' : existing.slice(nl + 1)}`
            : `${HOOK_BLOCK}\n${existing}`;
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(hooksDir, { recursive: true });
    // Write next to the hook and rename, so a crash never leaves half a hook.
    const tmp = `${file}.leakproof-${process.pid}`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, text, { mode: 0o755, flag: 'wx' });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
    await ensureExecutable(file);
    return { file, action: existing === null ? 'created' : 'added' };
}
async function hooksDirectory(dir) {
    const configured = (await (0,_engine_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(dir, ['config', '--get', 'core.hooksPath'], { allowFailure: true })).toString('utf8').trim();
    if (configured) {
        // A relative core.hooksPath is relative to the top of the work tree, where hooks run.
        const top = (await (0,_engine_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(top, configured.replace(/^~(?=\/|$)/, process.env.HOME ?? '~'));
    }
    const p = (await (0,_engine_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(dir, ['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim();
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, p);
}
async function ensureExecutable(file) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file);
    if ((st.mode & 0o111) !== 0o111)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(file, st.mode | 0o111);
}


/***/ })

};
;