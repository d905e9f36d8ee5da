"use strict";
exports.id = 643;
exports.ids = [643,212];
exports.modules = {

/***/ 3212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   ki: () => (/* binding */ ruleMarkdown),
/* harmony export */   rulePage: () => (/* binding */ rulePage)
/* harmony export */ });
/* unused harmony exports POLICY_LINK, capText, POLICY_NAMES */
/* harmony import */ var _core_types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/* harmony import */ var _core_context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8480);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);



/** Where a rule's reference page is published: docs/rules/<id>.md on the default branch. */
function ruleDocUrl(id) {
    return `${_version__WEBPACK_IMPORTED_MODULE_1__/* .HOMEPAGE */ .py}/blob/main/docs/rules/${id}.md`;
}
/** The anchor of the severity policy on the rules' index page (docs/rules/README.md). */
const POLICY_LINK = 'README.md#severity-policy-where-a-finding-is';
/** A cap of the severity policy as the docs write it. */
function capText(cap) {
    return cap === null ? 'as the rule' : cap === 'warning' ? 'at most `warning`' : `\`${cap}\``;
}
/** What each row of the severity policy covers, as a column heading. */
const POLICY_NAMES = {
    secret: 'Signing secrets, fallbacks, dotenv files and templates, git credentials, URL passwords',
    token: 'Provider tokens',
    'private-key': 'Private keys and secret files',
    'login-key': 'SSH, OpenPGP and provider-issued keys, and files that log in or open other secrets',
    'git-artifact': 'Git artifacts',
    data: 'Database copies (SQLite files, SQL dumps)',
    meta: "leakproof's own comments and configuration",
};
/**
 * A rule's reference, in Markdown: what `leakproof --explain RULE` prints and
 * docs/rules/<id>.md holds (after a comment saying it is generated).
 */
function rulePage(rule) {
    const m = rule.meta;
    const out = [`# ${m.id}`, '', `**${m.title}** (default severity: \`${m.severity}\`)`, '', '## Why it matters', '', m.why];
    out.push('', '## How to fix', '', m.fix);
    if (m.examples.length > 0) {
        out.push('', '## Examples', '', '| File | Flagged | Clean |', '| --- | --- | --- |');
        for (const ex of m.examples)
            out.push(`| ${code(ex.file)} | ${code(ex.flagged)} | ${code(ex.clean)} |`);
    }
    if (m.details && m.details.length > 0)
        out.push('', '## What it reports', '', ...m.details);
    if (m.covers && m.covers.length > 0)
        out.push('', '## What it recognises', '', ...m.covers.map((c) => `- ${c}`));
    if (m.neverFlags && m.neverFlags.length > 0)
        out.push('', '## What it never flags', '', ...m.neverFlags.map((c) => `- ${c}`));
    if (m.limits && m.limits.length > 0)
        out.push('', '## Not caught yet', '', ...m.limits.map((c) => `- ${c}`));
    out.push('', '## Severity by context', '', ...contextTable(rule));
    if (m.sample)
        out.push('', '## In the report', '', '```text', m.sample, '```');
    // Comments cannot suppress findings about comments (policy `meta`).
    const inline = m.policy === 'meta'
        ? ''
        : `; a \`leakproof-ignore ${m.id} -- <reason>\` comment accepts one finding on its line (\`leakproof-ignore-next-line\` on ` +
            'the line before it)';
    out.push('', '## Exceptions', '', `To accept findings rather than fix them: an \`allow\` entry in \`.leakproof.yml\` names this rule, the paths and why${inline}; ` +
        `a baseline accepts the findings a repository has today. \`rules: { ${m.id}: off }\` turns the rule off, and \`error\`, ` +
        '`warning` or `notice` in place of `off` sets its severity. See [configuration and suppressions](../configuration.md) and ' +
        '[baselines](../baselines.md).');
    return out.join('\n') + '\n';
}
function contextTable(rule) {
    const m = rule.meta;
    const columns = [
        { name: m.otherPolicies?.length ? POLICY_NAMES[m.policy] : 'Severity', policy: m.policy },
        ...(m.otherPolicies ?? []).map((o) => ({ name: o.findings, policy: o.policy })),
    ];
    return [
        `Where a finding sits caps its severity, as the [severity policy](${POLICY_LINK}) sets; \`contexts:\` in the ` +
            'configuration can place paths in another context.',
        '',
        `| Context | ${columns.map((c) => c.name).join(' | ')} |`,
        `| --- | ${columns.map(() => '---').join(' | ')} |`,
        ..._core_types__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_NAMES */ .p.map((ctx) => `| \`${ctx}\` | ${columns.map((c) => capText(_core_context__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_CAPS */ ["in"][c.policy][ctx])).join(' | ')} |`),
    ];
}
/** A table cell's text as inline code, whatever backticks and pipes it holds. */
function code(s) {
    const text = s.replace(/\|/g, '\\|');
    const runs = text.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
    const pad = runs.length > 0 ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** Markdown explanation of a rule, for SARIF `help.markdown` and the job summary. */
function ruleMarkdown(rule) {
    const m = rule.meta;
    const parts = [`**${m.title}** (\`${m.id}\`, ${m.severity})`, '', m.why, '', `**How to fix:** ${m.fix}`];
    if (m.covers && m.covers.length > 0)
        parts.push('', '**What it recognises:**', '', ...m.covers.map((c) => `- ${c}`));
    if (m.examples.length > 0) {
        parts.push('', '| File | Flagged | Clean |', '| --- | --- | --- |');
        for (const ex of m.examples)
            parts.push(`| \`${cell(ex.file)}\` | \`${cell(ex.flagged)}\` | \`${cell(ex.clean)}\` |`);
    }
    return parts.join('\n');
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FINGERPRINT_KEY: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3212);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * GitHub code scanning reads this as a CVSS-like score: 7.0\u20138.9 shows as
 * "high", 4.0\u20136.9 as "medium", below 4.0 as "low".
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.5', notice: '2.0' };
/** The key under which code scanning tracks a finding across commits. */
const FINGERPRINT_KEY = 'leakproofFingerprint/v1';
/** A SARIF 2.1.0 log with one run: every rule in the driver, every finding as a result. */
function toSarif(result, opts = {}) {
    const rules = opts.rules ?? _rules__WEBPACK_IMPORTED_MODULE_0__.RULES;
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _version__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH,
                        version: _version__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv,
                        semanticVersion: _version__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv,
                        informationUri: _version__WEBPACK_IMPORTED_MODULE_2__/* .HOMEPAGE */ .py,
                        rules: rules.map(sarifRule),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
                results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId), opts.pathPrefix ?? '')),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
}
function formatSarif(result, opts = {}) {
    return JSON.stringify(toSarif(result, opts), null, 2) + '\n';
}
function sarifRule(rule) {
    const m = rule.meta;
    return {
        id: m.id,
        name: pascal(m.id),
        shortDescription: { text: m.title },
        fullDescription: { text: m.why },
        help: { text: `${m.why}\n\nHow to fix: ${m.fix}`, markdown: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_1__/* .ruleMarkdown */ .ki)(rule) },
        helpUri: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocUrl */ .Cg)(m.id),
        defaultConfiguration: { level: LEVEL[m.severity] },
        properties: {
            tags: ['security', 'secrets'],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[m.severity],
        },
    };
}
function sarifResult(f, ruleIndex, prefix) {
    const region = {};
    if (f.line !== undefined) {
        region.startLine = f.line;
        if (f.endLine !== undefined)
            region.endLine = f.endLine;
        if (f.column !== undefined)
            region.startColumn = f.column;
        if (f.endColumn !== undefined)
            region.endColumn = f.endColumn;
    }
    const text = f.secret !== undefined ? `${f.message} (secret: ${f.secret})` : f.message;
    const physicalLocation = {
        artifactLocation: { uri: encodeUri(prefix + f.path), uriBaseId: '%SRCROOT%' },
    };
    if (f.line !== undefined)
        physicalLocation.region = region;
    const out = {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { gitStatus: f.status, context: f.context, ...(f.contextWhy !== undefined ? { contextWhy: f.contextWhy } : {}) },
    };
    // Against a base, SARIF's own vocabulary says whether the change brought the result in.
    if (f.new !== undefined)
        out.baselineState = f.new ? 'new' : 'unchanged';
    if (f.suppressed) {
        out.suppressions = [
            {
                kind: f.suppressed.by === 'inline' ? 'inSource' : 'external',
                ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
            },
        ];
    }
    return out;
}
/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(p) {
    return p.split('/').map(encodeURIComponent).join('/');
}
function pascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}


/***/ })

};
;