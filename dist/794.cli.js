"use strict";
exports.id = 794;
exports.ids = [794];
exports.modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJson: () => (/* binding */ formatJson),
/* harmony export */   resolveRepository: () => (/* binding */ resolveRepository)
/* harmony export */ });
/* unused harmony export toJsonReport */
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);

function toJsonReport(result, displayRoot, repository) {
    const report = {
        tool: { name: _version__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH, version: _version__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .xv },
        root: displayRoot,
        mode: result.mode,
        findings: result.findings.map(copyFinding),
        stats: result.stats,
        errors: result.errors,
        ...(result.addedSuppressions ? { addedSuppressions: result.addedSuppressions.map(copySuppression) } : {}),
        ...(result.history ? { history: { ...result.history } } : {}),
    };
    if (repository)
        report.repository = repository.commit ? { name: repository.name, commit: repository.commit } : { name: repository.name };
    return report;
}
/**
 * The repository a report describes: explicit options first, then
 * LEAKPROOF_REPOSITORY/LEAKPROOF_COMMIT (for workflows that scan a checkout of
 * another repository, where GITHUB_REPOSITORY names the wrong one), then the
 * runner's GITHUB_REPOSITORY/GITHUB_SHA. Nothing else, so the output stays deterministic.
 */
function resolveRepository(opts, env) {
    const name = opts.repository || env.LEAKPROOF_REPOSITORY || env.GITHUB_REPOSITORY;
    if (!name)
        return undefined;
    const fromOptions = !!opts.repository;
    const commit = opts.commit || (fromOptions ? undefined : env.LEAKPROOF_REPOSITORY ? env.LEAKPROOF_COMMIT : env.GITHUB_SHA);
    return commit ? { name, commit } : { name };
}
const ORDER = [
    'ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'secret', 'fingerprint', 'status', 'context', 'contextWhy', 'new', 'suppressed', 'commit',
];
const SUPPRESSION_ORDER = ['ruleId', 'severity', 'path', 'line', 'commentLine', 'reason', 'context', 'fingerprint'];
function copySuppression(a) {
    const o = {};
    for (const k of SUPPRESSION_ORDER)
        if (a[k] !== undefined)
            o[k] = a[k];
    return o;
}
/** A copy with a fixed key order, so the output is byte-stable. */
function copyFinding(f) {
    const o = {};
    for (const k of ORDER) {
        const v = f[k];
        if (v !== undefined)
            o[k] = typeof v === 'object' ? { ...v } : v;
    }
    return o;
}
function formatJson(result, displayRoot, repository) {
    return JSON.stringify(toJsonReport(result, displayRoot, repository), null, 2) + '\n';
}


/***/ })

};
;