"use strict";
exports.id = 769;
exports.ids = [769];
exports.modules = {

/***/ 1769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_MERGE_SPEC: () => (/* binding */ REPORT_MERGE_SPEC),
  REPORT_MERGE_USAGE: () => (/* binding */ REPORT_MERGE_USAGE),
  parseReportMergeArgs: () => (/* binding */ parseReportMergeArgs),
  runReportMerge: () => (/* binding */ runReportMerge)
});

// EXTERNAL MODULE: ./src/report/printable.ts
var printable = __webpack_require__(9073);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
;// CONCATENATED MODULE: ./src/org/parse-report.ts


/** A report that cannot be merged; the message names the problem, never a value from the file. */
class ReportInputError extends Error {
}
const STATUSES = ['tracked', 'untracked', 'ignored', 'plain'];
/** The engine's redacted form: up to four characters, an ellipsis, the length. */
const REDACTED = /^[^\n]{0,4}\u2026\(\d{1,9} chars?\)$/u;
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function optNumber(o, key, where) {
    const v = o[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        throw new ReportInputError(`${where}: \`${key}\` is not a whole number`);
    return v;
}
function reqString(o, key, where) {
    const v = o[key];
    if (typeof v !== 'string' || v === '')
        throw new ReportInputError(`${where}: \`${key}\` is missing or not a string`);
    return v;
}
/**
 * Reports only ever carry the redacted form. A `secret` that does not look
 * redacted (an edited or foreign report) is redacted again rather than trusted.
 */
function safeSecret(v) {
    if (typeof v !== 'string')
        return undefined;
    return REDACTED.test(v) ? v : (0,redact/* redact */.E)(v);
}
function parseCommit(v, where) {
    if (v === undefined)
        return undefined;
    if (!isObj(v) || typeof v.sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(v.sha)) {
        throw new ReportInputError(`${where}: \`commit.sha\` is missing or not a commit id`);
    }
    return { sha: v.sha.toLowerCase(), date: typeof v.date === 'string' ? v.date : '', deleted: v.deleted === true };
}
function parseSuppression(v) {
    if (!isObj(v))
        return undefined;
    const by = v.by === 'inline' || v.by === 'config' || v.by === 'baseline' ? v.by : 'config';
    return typeof v.reason === 'string' ? { by, reason: v.reason } : { by };
}
/** Copies the known fields one by one, in the JSON report's key order, so nothing unexpected travels on. */
function parseFinding(v, where) {
    if (!isObj(v))
        throw new ReportInputError(`${where} is not an object`);
    const severity = v.severity;
    if (!types/* SEVERITIES */.o.includes(severity))
        throw new ReportInputError(`${where}: \`severity\` is not one of ${types/* SEVERITIES */.o.join(', ')}`);
    const ruleId = reqString(v, 'ruleId', where);
    const path = reqString(v, 'path', where);
    const fingerprint = reqString(v, 'fingerprint', where);
    const out = { ruleId, severity, path };
    for (const key of ['line', 'column', 'endLine', 'endColumn']) {
        const n = optNumber(v, key, where);
        if (n !== undefined)
            out[key] = n;
    }
    out.message = typeof v.message === 'string' ? v.message : '';
    const secret = safeSecret(v.secret);
    if (secret !== undefined)
        out.secret = secret;
    out.fingerprint = fingerprint;
    out.status = STATUSES.includes(v.status) ? v.status : 'plain';
    // Reports from before contexts existed judged every finding as production.
    out.context = types/* CONTEXT_NAMES */.p.includes(v.context) ? v.context : 'production';
    if (typeof v.contextWhy === 'string' && v.contextWhy.length <= 300)
        out.contextWhy = v.contextWhy;
    const suppressed = parseSuppression(v.suppressed);
    if (suppressed)
        out.suppressed = suppressed;
    const commit = parseCommit(v.commit, where);
    if (commit)
        out.commit = commit;
    return out;
}
/** The name used when a report does not say which repository it describes. */
function nameFromSource(source) {
    const base = source.replace(/\\/g, '/').replace(/\.json$/i, '');
    return base.replace(/^(?:\.\/)+/, '') || source;
}
/**
 * Validates one per-repository JSON report. Throws ReportInputError naming the
 * first problem; the message never quotes the file's content, since a
 * corrupt file may hold anything.
 */
function parseRepoReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // JSON.parse's own message quotes the input; say where instead.
        throw new ReportInputError(text.trim() === '' ? 'the file is empty' : 'not valid JSON (truncated or corrupt)');
    }
    if (!isObj(data) || !isObj(data.tool) || data.tool.name !== 'leakproof') {
        throw new ReportInputError('not a leakproof JSON report (no `tool.name: "leakproof"`)');
    }
    if (!Array.isArray(data.findings))
        throw new ReportInputError('not a leakproof JSON report (no `findings` array)');
    const findings = data.findings.map((f, i) => parseFinding(f, `finding ${i + 1}`));
    let name = nameFromSource(source);
    let commit;
    if (data.repository !== undefined) {
        if (!isObj(data.repository) || typeof data.repository.name !== 'string' || data.repository.name === '') {
            throw new ReportInputError('`repository.name` is missing or not a string');
        }
        name = data.repository.name;
        const c = data.repository.commit;
        if (c !== undefined) {
            if (typeof c !== 'string' || !/^[0-9a-f]{7,64}$/i.test(c))
                throw new ReportInputError('`repository.commit` is not a commit id');
            commit = c.toLowerCase();
        }
    }
    const stats = isObj(data.stats) ? data.stats : {};
    const input = {
        source,
        name,
        mode: typeof data.mode === 'string' ? data.mode : 'unknown',
        findings,
        files: optNumber(stats, 'files', '`stats`') ?? 0,
        bytes: optNumber(stats, 'bytes', '`stats`') ?? 0,
        errors: Array.isArray(data.errors) ? data.errors.length : 0,
    };
    if (commit)
        input.commit = commit;
    return input;
}

;// CONCATENATED MODULE: ./src/org/read-inputs.ts



/** Every `*.json` below a folder, sorted, without following symbolic links. */
async function jsonFilesUnder(dir) {
    const out = [];
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await jsonFilesUnder(p)));
        else if (e.isFile() && e.name.toLowerCase().endsWith('.json'))
            out.push(p);
    }
    return out;
}
function describeIoError(e) {
    const code = e.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return `cannot be read (${code ?? 'unknown error'})`;
}
/**
 * Reads report files and folders of reports. A file that cannot be read or
 * parsed is recorded as skipped with the reason; the rest still merge.
 */
async function readInputs(args) {
    const files = [];
    const skipped = [];
    for (const arg of args) {
        try {
            const st = await (0,promises_.lstat)(arg);
            if (st.isSymbolicLink())
                skipped.push({ source: arg, reason: 'is a symbolic link; pass the report file itself' });
            else if (st.isDirectory())
                files.push(...(await jsonFilesUnder(arg)));
            else if (st.isFile())
                files.push(arg);
            else
                skipped.push({ source: arg, reason: 'is not a regular file' });
        }
        catch (e) {
            skipped.push({ source: arg, reason: describeIoError(e) });
        }
    }
    const inputs = [];
    for (const file of [...new Set(files)]) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (e) {
            skipped.push({ source: file, reason: describeIoError(e) });
            continue;
        }
        try {
            inputs.push(parseRepoReport(text, file));
        }
        catch (e) {
            if (!(e instanceof ReportInputError))
                throw e;
            skipped.push({ source: file, reason: e.message });
        }
    }
    return { inputs, skipped };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/org/merge.ts

const RANK = { error: 0, warning: 1, notice: 2 };
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function zero() {
    return { error: 0, warning: 0, notice: 0 };
}
/** Present at the scanned commit first, then history-only; each by path, position, rule. */
function compareFindings(a, b) {
    return (cmp(a.commit?.deleted ? 1 : 0, b.commit?.deleted ? 1 : 0) ||
        cmp(a.path, b.path) ||
        cmp(a.line ?? 0, b.line ?? 0) ||
        cmp(a.column ?? 0, b.column ?? 0) ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(RANK[a.severity], RANK[b.severity]) ||
        cmp(a.fingerprint, b.fingerprint) ||
        cmp(a.commit?.sha ?? '', b.commit?.sha ?? ''));
}
/** Errors first, then history-only findings (keys to rotate), warnings, notices; ties by name. */
function compareRisk(a, b) {
    return (b.current.error - a.current.error ||
        b.historyOnly - a.historyOnly ||
        b.current.warning - a.current.warning ||
        b.current.notice - a.current.notice ||
        cmp(a.name, b.name) ||
        cmp(a.commit ?? '', b.commit ?? ''));
}
/** A finding seen by two reports of the same repository (say a tree scan and a history scan) counts once. */
function findingKey(f) {
    return `${f.ruleId}\0${f.path}\0${f.fingerprint}`;
}
/**
 * Which of two reports of one finding to keep, whatever order the reports
 * came in: the one that knows its commit (a history scan says when it was
 * committed and whether it is gone), then the smaller serialisation.
 */
function preferred(a, b) {
    if (!!a.commit !== !!b.commit)
        return a.commit ? a : b;
    return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}
function summarise(name, parts) {
    const seen = new Map();
    for (const p of parts) {
        for (const f of p.findings) {
            const k = findingKey(f);
            const other = seen.get(k);
            seen.set(k, other ? preferred(other, f) : f);
        }
    }
    const findings = [...seen.values()].sort(compareFindings);
    const current = zero();
    let historyOnly = 0;
    let suppressed = 0;
    for (const f of findings) {
        if (f.suppressed)
            suppressed++;
        else if (f.commit?.deleted)
            historyOnly++;
        else
            current[f.severity]++;
    }
    // Two reports of one repository may name different commits; the smallest keeps the output stable.
    const commits = parts.map((p) => p.commit).filter((c) => !!c).sort();
    const head = commits.length > 0 ? { name, commit: commits[0] } : { name };
    return {
        ...head,
        mode: [...new Set(parts.map((p) => p.mode))].sort().join('+'),
        current,
        historyOnly,
        suppressed,
        files: Math.max(...parts.map((p) => p.files)),
        bytes: Math.max(...parts.map((p) => p.bytes)),
        errors: parts.reduce((a, p) => a + p.errors, 0),
        findings,
    };
}
function ruleTotals(repos) {
    const totals = new Map();
    for (const r of repos) {
        const inRepo = new Set();
        for (const f of r.findings) {
            if (f.suppressed)
                continue;
            const key = `${f.ruleId}\0${f.severity}`;
            let t = totals.get(key);
            if (!t)
                totals.set(key, (t = { ruleId: f.ruleId, severity: f.severity, findings: 0, repositories: 0 }));
            t.findings++;
            if (!inRepo.has(key)) {
                inRepo.add(key);
                t.repositories++;
            }
        }
    }
    return [...totals.values()].sort((a, b) => cmp(RANK[a.severity], RANK[b.severity]) || b.findings - a.findings || cmp(a.ruleId, b.ruleId));
}
/**
 * Merges per-repository reports into one organisation report. Pure and
 * order-independent: the same reports in any order give the same result.
 */
function mergeReports(inputs, skipped = []) {
    const byName = new Map();
    for (const input of inputs) {
        const list = byName.get(input.name);
        if (list)
            list.push(input);
        else
            byName.set(input.name, [input]);
    }
    const repositories = [...byName.entries()].map(([name, parts]) => summarise(name, parts)).sort(compareRisk);
    const bySeverity = zero();
    let historyOnly = 0;
    let suppressed = 0;
    let files = 0;
    for (const r of repositories) {
        for (const s of ['error', 'warning', 'notice'])
            bySeverity[s] += r.current[s];
        historyOnly += r.historyOnly;
        suppressed += r.suppressed;
        files += r.files;
    }
    return {
        tool: { name: version/* TOOL_NAME */.lH, version: version/* VERSION */.xv },
        kind: 'organisation',
        totals: {
            repositories: repositories.length,
            repositoriesWithFindings: repositories.filter((r) => activeCount(r) > 0).length,
            findings: bySeverity.error + bySeverity.warning + bySeverity.notice + historyOnly,
            bySeverity,
            historyOnly,
            suppressed,
            files,
            skippedReports: skipped.length,
        },
        byRule: ruleTotals(repositories),
        repositories,
        skipped: [...skipped].sort((a, b) => cmp(a.source, b.source) || cmp(a.reason, b.reason)),
    };
}
/** Active findings in a repository: present at the commit or only in history. */
function activeCount(r) {
    return r.current.error + r.current.warning + r.current.notice + r.historyOnly;
}

// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var rules = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/org/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function sarif_location(f) {
    const physical = { artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' } };
    if (f.line !== undefined) {
        const region = { startLine: f.line };
        if (f.column !== undefined)
            region.startColumn = f.column;
        if (f.endLine !== undefined)
            region.endLine = f.endLine;
        if (f.endColumn !== undefined)
            region.endColumn = f.endColumn;
        physical.region = region;
    }
    return { physicalLocation: physical };
}
function result(f) {
    const r = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        // Only the message and the redacted form: never anything raw.
        message: { text: f.secret ? `${f.message} (${f.secret})` : f.message },
        locations: [sarif_location(f)],
        partialFingerprints: { 'leakproof/v1': f.fingerprint },
    };
    if (f.commit)
        r.properties = { commit: { ...f.commit } };
    return r;
}
function ruleDescriptor(id) {
    const meta = (0,rules.findRule)(id)?.meta;
    if (!meta)
        return { id, name: id, shortDescription: { text: id } };
    return {
        id,
        name: meta.id,
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.why },
        help: { text: meta.fix },
        defaultConfiguration: { level: LEVEL[meta.severity] },
    };
}
/**
 * One repository's SARIF run. This is the seam for the shared SARIF formatter
 * (`src/report/sarif.ts`): once it exists, build the run from it and keep
 * only the provenance and `properties.repository` added here.
 */
function repositorySarifRun(repo, serverUrl) {
    const active = repo.findings.filter((f) => !f.suppressed);
    const ruleIds = [...new Set(active.map((f) => f.ruleId))].sort();
    const run = {
        tool: { driver: { name: version/* TOOL_NAME */.lH, version: version/* VERSION */.xv, informationUri: version/* HOMEPAGE */.py, rules: ruleIds.map(ruleDescriptor) } },
        results: active.map(result),
        properties: { repository: repo.name },
    };
    if (serverUrl && repo.commit) {
        run.versionControlProvenance = [{ repositoryUri: `${serverUrl.replace(/\/+$/, '')}/${repo.name}`, revisionId: repo.commit }];
    }
    return run;
}
function formatOrgSarif(report, serverUrl = '') {
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: report.repositories.map((r) => repositorySarifRun(r, serverUrl)),
    };
    return JSON.stringify(log, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Escaping for Markdown that GitHub renders (job summaries, organisation
 * reports): scanned names and messages must show as text, never as links,
 * images, HTML or table cells.
 */
/** Text with `code` spans shown as code; everything else escaped. */
function inlineCode(s) {
    return s
        .split('`')
        .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
        .join('');
}
/**
 * Makes untrusted text inert in GitHub Markdown: HTML and Markdown punctuation
 * become character references, control characters become visible escapes.
 */
function esc(s) {
    let out = '';
    for (const ch of s) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (MARKDOWN_SPECIAL.has(ch))
            out += `&#${code};`;
        else
            out += ch;
    }
    return out;
}
// Untrusted text never starts a line here, so line-start markers (#, -, +, 1.) need no escape.
const MARKDOWN_SPECIAL = new Set('\\`*_[]()<>|~&@'.split(''));

// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/report/org-markdown.ts



const ICON = { error: '\ud83d\udd34', warning: '\ud83d\udfe0', notice: '\ud83d\udd35' };
/** Text safe inside a table cell or list item: no line breaks, no pipes, no raw HTML. */
function escapeText(s) {
    return s
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
/** An inline code span that survives backticks in the content (file names can hold them). */
function code(s) {
    const flat = s.replace(/[\r\n\t]+/g, ' ');
    let longest = 0;
    for (const m of flat.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Engine messages use backticks for names; keep those, neutralise line breaks and HTML. */
/** A finding's message: its `code` spans as code, the rest escaped like every other scanned text. */
function message(s) {
    return inlineCode(s.replace(/[\r\n\t]+/g, ' '));
}
function isGitHubName(name) {
    return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name);
}
/** `\u2026/owner/repo/blob/<sha>/<path>#L<line>`, at the commit that still has the line. */
function blobUrl(serverUrl, repo, f) {
    const sha = f.commit?.sha ?? repo.commit;
    if (!serverUrl || !sha || !isGitHubName(repo.name))
        return undefined;
    const path = f.path.split('/').map(encodeURIComponent).join('/');
    const anchor = f.line !== undefined ? `#L${f.line}${f.endLine !== undefined && f.endLine !== f.line ? `-L${f.endLine}` : ''}` : '';
    return `${serverUrl.replace(/\/+$/, '')}/${repo.name}/blob/${sha}/${path}${anchor}`;
}
function repoLink(serverUrl, repo) {
    return serverUrl && isGitHubName(repo.name) ? `[${repo.name}](${serverUrl.replace(/\/+$/, '')}/${repo.name})` : escapeText(repo.name);
}
function headline(report) {
    const t = report.totals;
    if (t.findings === 0)
        return `\u2714 No findings in ${(0,stats/* plural */.LS)(t.repositories, 'repository', 'repositories')}.`;
    const parts = [
        (0,stats/* plural */.LS)(t.bySeverity.error, 'error'),
        (0,stats/* plural */.LS)(t.bySeverity.warning, 'warning'),
        (0,stats/* plural */.LS)(t.bySeverity.notice, 'notice'),
    ];
    let s = `**${(0,stats/* plural */.LS)(t.findings, 'finding')}** in ${t.repositoriesWithFindings} of ${(0,stats/* plural */.LS)(t.repositories, 'repository', 'repositories')}: ${parts.join(', ')}`;
    if (t.historyOnly > 0)
        s += `, and ${t.historyOnly} only in history (removed from HEAD but still in every clone: rotate those keys)`;
    return `${s}.`;
}
function skippedNote(report) {
    if (report.skipped.length === 0)
        return [];
    return [
        `> [!WARNING]`,
        `> ${(0,stats/* plural */.LS)(report.skipped.length, 'report')} could not be read and ${report.skipped.length === 1 ? 'was' : 'were'} skipped; the totals leave ${report.skipped.length === 1 ? 'it' : 'them'} out:`,
        ...report.skipped.map((s) => `> - ${code(s.source)}: ${escapeText(s.reason)}`),
        '',
    ];
}
function ruleTable(report) {
    if (report.byRule.length === 0)
        return [];
    return [
        '## By rule',
        '',
        '| Rule | Severity | Findings | Repositories |',
        '| --- | --- | ---: | ---: |',
        ...report.byRule.map((r) => `| ${code(r.ruleId)} | ${ICON[r.severity]} ${r.severity} | ${r.findings} | ${r.repositories} |`),
        '',
    ];
}
function repoTable(report, serverUrl) {
    const risky = report.repositories.filter((r) => activeCount(r) > 0);
    const clean = report.repositories.filter((r) => activeCount(r) === 0);
    const lines = [];
    if (risky.length > 0) {
        lines.push('## Repositories by risk', '', '| Repository | Commit | Errors | Only in history (rotate) | Warnings | Notices |', '| --- | --- | ---: | ---: | ---: | ---: |', ...risky.map((r) => `| ${repoLink(serverUrl, r)} | ${r.commit ? code(r.commit.slice(0, 7)) : ''} | ${r.current.error} | ${r.historyOnly} | ${r.current.warning} | ${r.current.notice} |`), '');
    }
    if (clean.length > 0) {
        lines.push(`<details><summary>${(0,stats/* plural */.LS)(clean.length, 'clean repository', 'clean repositories')}</summary>`, '', ...clean.map((r) => `- ${escapeText(r.name)}`), '', '</details>', '');
    }
    return lines;
}
function findingLine(repo, f, serverUrl) {
    const where = f.line !== undefined ? `${f.path}:${f.line}` : f.path;
    const url = blobUrl(serverUrl, repo, f);
    let s = `- ${ICON[f.severity]} ${code(f.ruleId)} ${url ? `[${code(where)}](${url})` : code(where)}`;
    if (f.secret)
        s += ` ${code(f.secret)}`;
    if (f.commit) {
        const when = f.commit.date ? ` on ${escapeText(f.commit.date.slice(0, 10))}` : '';
        s += f.commit.deleted
            ? ` \u2014 committed in ${code(f.commit.sha.slice(0, 7))}${when}, removed later: **rotate the key**`
            : ` \u2014 committed in ${code(f.commit.sha.slice(0, 7))}${when}`;
    }
    return `${s}\n  ${message(f.message)}`;
}
function repoSection(repo, serverUrl) {
    const active = repo.findings.filter((f) => !f.suppressed);
    const facts = [repo.commit ? `commit ${code(repo.commit.slice(0, 12))}` : '', `mode ${escapeText(repo.mode)}`, (0,stats/* plural */.LS)(repo.files, 'file') + ' scanned'];
    if (repo.suppressed > 0)
        facts.push(`${repo.suppressed} suppressed`);
    if (repo.errors > 0)
        facts.push(`${(0,stats/* plural */.LS)(repo.errors, 'file')} unreadable`);
    return [`### ${escapeText(repo.name)}`, '', facts.filter(Boolean).join(' \u00b7 '), '', ...active.map((f) => findingLine(repo, f, serverUrl)), '', ''].join('\n');
}
/** The organisation report as Markdown: headline, totals by rule, repositories by risk, then details. */
function formatOrgMarkdown(report, opts = {}) {
    const serverUrl = opts.serverUrl ?? '';
    const head = [
        '# leakproof organisation report',
        '',
        headline(report),
        '',
        ...skippedNote(report),
        ...ruleTable(report),
        ...repoTable(report, serverUrl),
    ].join('\n') + '\n';
    const sections = report.repositories.filter((r) => activeCount(r) > 0).map((r) => repoSection(r, serverUrl));
    if (sections.length === 0)
        return head;
    let out = head + '## Findings by repository\n\n';
    const limit = opts.maxBytes ?? Infinity;
    // Room for the truncation note, so adding it never crosses the limit.
    const reserve = 200;
    let used = Buffer.byteLength(out);
    for (let i = 0; i < sections.length; i++) {
        const size = Buffer.byteLength(sections[i]);
        if (used + size + reserve > limit) {
            const rest = sections.length - i;
            return `${out}> [!NOTE]\n> ${(0,stats/* plural */.LS)(rest, 'more repository', 'more repositories')} not shown here to stay under the size limit; the merged Markdown, JSON and SARIF files have everything.\n`;
        }
        out += sections[i];
        used += size;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/subcommands/report-merge.ts








const REPORT_MERGE_USAGE = `Usage: leakproof report merge <report.json|folder>... [--format markdown|json|sarif] [--output FILE]
                              [--max-bytes N] [--server-url URL]
`;
const FORMATS = ['markdown', 'json', 'sarif'];
/** `REPORT_MERGE_USAGE` describes these. */
const REPORT_MERGE_SPEC = {
    command: 'report merge',
    options: [
        { name: '--format', value: 'FORMAT', choices: FORMATS },
        { name: '--output', value: 'FILE' },
        { name: '--max-bytes', value: 'N' },
        { name: '--server-url', value: 'URL' },
        options/* HELP_OPTION */.E4,
    ],
};
function parseReportMergeArgs(argv, env) {
    const p = (0,options/* parseOptions */.Ac)(REPORT_MERGE_SPEC, argv);
    if (p.has('--help'))
        return 'help';
    if (p.positionals.length === 0)
        throw new options/* UsageError */.eb('report merge needs at least one JSON report or folder of reports');
    const cmd = {
        inputs: [...p.positionals],
        format: p.choice('--format') ?? 'markdown',
        serverUrl: p.value('--server-url') ?? env.GITHUB_SERVER_URL ?? 'https://github.com',
    };
    if (!/^https?:\/\/[^\s]+$/.test(cmd.serverUrl))
        throw new options/* UsageError */.eb(`--server-url must be an http(s) URL (got "${cmd.serverUrl}")`);
    const output = p.value('--output');
    if (output !== undefined) {
        if (output === '')
            throw new options/* UsageError */.eb('--output needs a file name');
        cmd.output = output;
    }
    const maxBytes = p.value('--max-bytes');
    if (maxBytes !== undefined) {
        if (!/^\d+$/.test(maxBytes) || Number(maxBytes) < 1024 || !Number.isSafeInteger(Number(maxBytes))) {
            throw new options/* UsageError */.eb(`--max-bytes takes a number of bytes, at least 1024 (got "${maxBytes}")`);
        }
        cmd.maxBytes = Number(maxBytes);
    }
    return cmd;
}
/**
 * `leakproof report merge`: per-repository JSON reports in, one organisation
 * report out. Exit 0 when every report merged, 3 when some were skipped (each
 * named on stderr), 2 on usage errors or when none could be read.
 */
function runReportMerge(argv, io) {
    return (0,exit/* guarded */.Nj)(io, async () => {
        const cmd = parseReportMergeArgs(argv, io.env);
        if (cmd === 'help') {
            io.stdout.write(REPORT_MERGE_USAGE);
            return exit/* EXIT_OK */.Ij;
        }
        const { inputs, skipped } = await readInputs(cmd.inputs);
        for (const s of skipped)
            io.stderr.write(`leakproof: skipped ${(0,printable/* printable */.g)(s.source)}: ${(0,printable/* printable */.g)(s.reason)}\n`);
        if (inputs.length === 0) {
            io.stderr.write('leakproof: no report could be read; nothing to merge. Pass the JSON files written by `leakproof --format json`.\n');
            return exit/* EXIT_USAGE */.Ri;
        }
        const report = mergeReports(inputs, skipped);
        const text = cmd.format === 'json'
            ? JSON.stringify(report, null, 2) + '\n'
            : cmd.format === 'sarif'
                ? formatOrgSarif(report, cmd.serverUrl)
                : formatOrgMarkdown(report, { serverUrl: cmd.serverUrl, maxBytes: cmd.maxBytes });
        if (cmd.output !== undefined) {
            try {
                await (0,promises_.writeFile)(cmd.output, text);
            }
            catch (e) {
                throw new options/* UsageError */.eb(`cannot write ${cmd.output}: ${e.code ?? String(e)}; pick a writable path for --output`);
            }
        }
        else
            io.stdout.write(text);
        return skipped.length > 0 ? exit/* EXIT_SKIPPED */._j : exit/* EXIT_OK */.Ij;
    }, () => true);
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   g: () => (/* binding */ redactKeyMaterial)
/* harmony export */ });
/**
 * The printable form of a secret: a short prefix (none for short values, so a
 * weak secret like "dev" is never spelled out), an ellipsis and the length.
 */
function redact(value) {
    const chars = Array.from(value);
    const n = chars.length;
    const shown = n >= 16 ? 4 : n >= 8 ? 2 : 0;
    return `${chars.slice(0, shown).join('')}\u2026(${n} ${n === 1 ? 'char' : 'chars'})`;
}
/** A run of key alphabet long enough to be key material: base64, base64url or hex. */
const KEY_RUN = /[A-Za-z0-9+/=_-]{32,}/g;
/**
 * Redacts, in a line shown to people (the context lines of a fix's diff),
 * every run that looks like key material whether or not a rule reported it:
 * the lines of a PEM body after the first, a token no rule knows. A run
 * counts when it mixes letters and digits and is as varied as random keys
 * are (3.5 bits a character, 3 for hex); identifiers and words seldom hold
 * digits throughout 32 characters.
 */
function redactKeyMaterial(line) {
    return line.replace(KEY_RUN, (run) => (looksLikeKeyMaterial(run) ? redact(run) : run));
}
function looksLikeKeyMaterial(run) {
    if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run))
        return false;
    const counts = new Map();
    for (const c of run)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / run.length) * Math.log2(n / run.length);
    return bits >= (/^[0-9a-fA-F]+$/.test(run) ? 3 : 3.5);
}


/***/ })

};
;