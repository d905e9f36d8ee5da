#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _engine_parallel__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6);
/* harmony import */ var _run__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2608);


// A scan worker runs this same bundle: it serves its share of files instead of the command line.
if ((0,_engine_parallel__WEBPACK_IMPORTED_MODULE_0__/* .isScanWorker */ .WJ)())
    (0,_engine_parallel__WEBPACK_IMPORTED_MODULE_0__/* .serveWorker */ .sc)();
else {
    process.exitCode = await (0,_run__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2608:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, reachesFailOn

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/cli/args.ts
class UsageError extends Error {
}
const FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** Options that take a value, and the name of that value for messages. */
const VALUE_OPTIONS = {
    '--format': 'FORMAT',
    '--output': 'FILE',
    '--fail-on': 'LEVEL',
    '--max-file-size': 'BYTES',
    '--explain': 'RULE',
    '--config': 'FILE',
    '--baseline': 'FILE',
    '--write-baseline': 'FILE',
    '--since': 'REF',
    '--max-commits': 'N',
    '--repository': 'NAME',
    '--commit': 'SHA',
};
const FLAGS = new Set([
    '--no-git',
    '--include-ignored',
    '--list-rules',
    '--version',
    '--help',
    '--prune-baseline',
    '--show-suppressed',
    '--staged',
    '--history',
]);
function oneOf(option, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}"), e.g. ${option} ${allowed[0]}`);
}
/** Edit distance, for "did you mean" hints on short option and rule names. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}
/** The closest candidate when it is close enough to be a typo, or a prefix of it. */
function closest(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = c.startsWith(word) && word.length >= 3 ? 0 : distance(word, c);
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}
function unknownOption(name) {
    const hint = closest(name, [...Object.keys(VALUE_OPTIONS), ...FLAGS]);
    return new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}; run \`leakproof --help\` for the options`);
}
/** Parses argv (without node and the script) into one command; throws UsageError on bad input. */
function parseArgs(argv) {
    const values = new Map();
    const flags = new Set();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '-h') {
            flags.add('--help');
            continue;
        }
        if (arg === '-v' || arg === '-V') {
            flags.add('--version');
            continue;
        }
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq >= 0 ? arg.slice(0, eq) : arg;
            if (name in VALUE_OPTIONS) {
                let value;
                if (eq >= 0)
                    value = arg.slice(eq + 1);
                else {
                    value = argv[i + 1];
                    if (value === undefined || (value.startsWith('--') && value.length > 2)) {
                        throw new UsageError(`${name} needs a value, e.g. ${name} ${VALUE_OPTIONS[name]}`);
                    }
                    i++;
                }
                values.set(name, value);
                continue;
            }
            if (FLAGS.has(name) && eq < 0) {
                flags.add(name);
                continue;
            }
            if (FLAGS.has(name))
                throw new UsageError(`${name} takes no value; write it alone, e.g. leakproof . ${name}`);
            throw unknownOption(name);
        }
        if (arg.startsWith('-') && arg.length > 1)
            throw unknownOption(arg);
        positionals.push(arg);
    }
    if (flags.has('--help'))
        return { kind: 'help' };
    if (flags.has('--version'))
        return { kind: 'version' };
    const format = oneOf('--format', values.get('--format') ?? 'text', FORMATS);
    if (flags.has('--list-rules')) {
        if (format === 'sarif')
            throw new UsageError('--list-rules prints text or json; use --format json');
        return { kind: 'list-rules', format };
    }
    const explain = values.get('--explain');
    if (explain !== undefined)
        return { kind: 'explain', rule: explain };
    if (positionals[0] === 'init') {
        if (positionals.length > 2)
            throw new UsageError(`init takes at most one folder, got ${positionals.length - 1}`);
        return { kind: 'init', path: positionals[1] ?? '.' };
    }
    if (positionals[0] === 'install-hook') {
        if (positionals.length > 2)
            throw new UsageError(`install-hook takes at most one folder, got ${positionals.length - 1}`);
        return { kind: 'install-hook', path: positionals[1] ?? '.' };
    }
    if (positionals.length > 1) {
        throw new UsageError(`expected one folder to scan, got ${positionals.length}: ${positionals.join(' ')}; run leakproof once per folder`);
    }
    const cmd = {
        kind: 'scan',
        path: positionals[0] ?? '.',
        format,
        noGit: flags.has('--no-git'),
        includeIgnored: flags.has('--include-ignored'),
        staged: false,
        history: false,
    };
    const failOn = values.get('--fail-on');
    if (failOn !== undefined)
        cmd.failOn = oneOf('--fail-on', failOn, FAIL_ON);
    for (const [option, key] of [
        ['--config', 'config'],
        ['--baseline', 'baseline'],
        ['--write-baseline', 'writeBaseline'],
    ]) {
        const v = values.get(option);
        if (v === undefined)
            continue;
        if (v === '')
            throw new UsageError(`${option} needs a file name`);
        cmd[key] = v;
    }
    if (flags.has('--prune-baseline')) {
        if (cmd.baseline === undefined)
            throw new UsageError('--prune-baseline needs --baseline FILE: the baseline to prune');
        cmd.pruneBaseline = true;
    }
    if (flags.has('--show-suppressed'))
        cmd.showSuppressed = true;
    const output = values.get('--output');
    if (output !== undefined) {
        if (output === '')
            throw new UsageError('--output needs a file name, e.g. --output leakproof.json');
        cmd.output = output;
    }
    const repository = values.get('--repository');
    if (repository !== undefined) {
        if (!/^[^\s/]+(?:\/[^\s/]+)+$/.test(repository))
            throw new UsageError(`--repository takes a name such as owner/repo (got "${repository}")`);
        cmd.repository = repository;
    }
    const commit = values.get('--commit');
    if (commit !== undefined) {
        if (!/^[0-9a-f]{7,64}$/i.test(commit))
            throw new UsageError(`--commit takes a hexadecimal commit id (got "${commit}")`);
        cmd.commit = commit.toLowerCase();
    }
    const size = values.get('--max-file-size');
    if (size !== undefined) {
        if (!/^\d+$/.test(size) || Number(size) <= 0 || !Number.isSafeInteger(Number(size))) {
            throw new UsageError(`--max-file-size takes a positive whole number of bytes (got "${size}"), e.g. --max-file-size 1048576`);
        }
        cmd.maxFileSize = Number(size);
    }
    applyGitScope(cmd, flags, values);
    return cmd;
}
/** `--staged`, `--since REF`, `--history [--since REF] [--max-commits N]`, and the combinations that make no sense. */
function applyGitScope(cmd, flags, values) {
    cmd.staged = flags.has('--staged');
    cmd.history = flags.has('--history');
    const since = values.get('--since');
    const max = values.get('--max-commits');
    if (cmd.staged && cmd.history)
        throw new UsageError('--staged and --history cannot be combined: pick one');
    if (cmd.staged && since !== undefined)
        throw new UsageError('--staged and --since cannot be combined: --staged scans the index, --since REF the changes since REF');
    if (since !== undefined) {
        if (since === '')
            throw new UsageError('--since needs a branch, tag or commit, e.g. --since origin/main');
        cmd.since = since;
    }
    if (max !== undefined) {
        if (!cmd.history)
            throw new UsageError('--max-commits only applies to --history');
        if (!/^\d+$/.test(max) || Number(max) <= 0 || !Number.isSafeInteger(Number(max))) {
            throw new UsageError(`--max-commits takes a positive number (got "${max}")`);
        }
        cmd.maxCommits = Number(max);
    }
    const scoped = cmd.staged || cmd.history || since !== undefined;
    if (scoped && cmd.noGit)
        throw new UsageError('--no-git cannot be combined with --staged, --since or --history, which read git');
    if (scoped && cmd.includeIgnored)
        throw new UsageError('--include-ignored cannot be combined with --staged, --since or --history');
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_NAME = 'leakproof';
const VERSION = package_namespaceObject.rE;
const HOMEPAGE = 'https://github.com/leakproof/leakproof';

;// CONCATENATED MODULE: ./src/cli/help.ts

const HELP = `leakproof ${VERSION}: finds dotenv files, hardcoded signing secrets and git internals
that must never be committed or shipped.

Usage
  leakproof [path] [options]        scan a folder (default: the current one)
  leakproof --list-rules            list the rules
  leakproof --explain RULE          why a rule matters and how to fix its findings
  leakproof init [path]             write a commented starter .leakproof.yml
  leakproof install-hook [path]     run \`leakproof --staged\` before every commit (git pre-commit hook)
  leakproof report merge <report.json|folder>... [--format markdown|json|sarif] [--output FILE]
                                    merge per-repository JSON reports into one organisation
                                    report (--max-bytes N caps the Markdown, e.g. for a job summary)
  leakproof org list --org NAME [--topic T] [--include-archived] [--include-forks] [--chunk N]
                                    list an organisation's repositories as JSON chunks of at
                                    most 256 for strategy.matrix (GITHUB_TOKEN, GITHUB_API_URL)

Options
  --format FORMAT         text (default), json, or sarif (SARIF 2.1.0 for code scanning)
  --output FILE           write the report to FILE instead of stdout
  --fail-on LEVEL         exit 1 when a finding is at least LEVEL:
                          error (default), warning, notice, or never
  --no-git                treat the folder as plain even inside a git work tree
                          (for deployment folders and Docker build contexts)
  --include-ignored       also scan files that .gitignore hides
  --max-file-size BYTES   skip content checks on larger files (default: 1048576)
  --config FILE           read the configuration from FILE instead of the
                          .leakproof.yml, .leakproof.yaml or .leakproof.json at the root
  --baseline FILE         accept the findings recorded in FILE (suppressed by baseline)
  --write-baseline FILE   record the current findings in FILE and exit 0
  --prune-baseline        drop entries of --baseline FILE that match nothing any more
  --show-suppressed       list suppressed findings too (they are always counted)

Git-aware scans (content rules report only added lines)
  --staged                what is staged, as it will be committed (for pre-commit hooks)
  --since REF             files changed between REF and the work tree (for CI on branches)
  --history               every commit reachable from HEAD; with --since REF, only REF..HEAD;
                          findings name the commit that introduced them
  --max-commits N         with --history: only the N most recent commits

Reports for organisation audits
  --repository NAME       record the repository (owner/name) in the JSON report
                          (default: LEAKPROOF_REPOSITORY, else GITHUB_REPOSITORY)
  --commit SHA            record the commit scanned (default: LEAKPROOF_COMMIT or GITHUB_SHA,
                          whichever goes with the repository name; none with --repository)

  --version               print the version
  --help                  print this help

Examples
  npx leakproof                          scan this repository
  npx leakproof ./build --no-git         check a deployment folder before shipping it
  npx leakproof --format json --output leakproof.json
  npx leakproof --fail-on warning        also fail on warnings
  npx leakproof --explain secret-key-fallback
  npx leakproof --write-baseline .leakproof-baseline.json    accept today's findings
  npx leakproof --baseline .leakproof-baseline.json          then fail only on new ones
  npx leakproof --staged                 what the next commit would add
  npx leakproof --since origin/main      what this branch changes
  npx leakproof --history                secrets anywhere in history, even if deleted since

Exit codes
  0  nothing reached --fail-on
  1  at least one finding reached --fail-on
  2  usage, configuration or runtime error
  3  report merge: a report could not be read and was skipped (named on stderr);
     the merge went on without it

In a git work tree, tracked files and untracked files that are not ignored are
scanned; ignored files are not (use --include-ignored). Secrets are never printed:
findings show a redacted form such as "djan…(50 chars)".

A comment "leakproof-ignore [rule-id …] [-- reason]" on a flagged line, or
"leakproof-ignore-next-line …" on the line before it, suppresses a finding. Suppressed
findings never fail the run; they are counted, and listed in JSON and with
--show-suppressed. A suppression comment that suppresses nothing is a notice.
`;

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/engine/git.ts

class GitUnavailable extends Error {
}
/** No fsmonitor hook (a repository's config must not run a command), no pager, unquoted paths. */
const GIT_HARDENING = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager'];
/** No prompts, no optional locks, messages in one language. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/**
 * Runs git with hardening flags: no pager, no fsmonitor hook, no prompts.
 * Resolves with stdout as a Buffer.
 */
function git(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', [...GIT_HARDENING, ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: 1024 * 1024 * 1024,
            env: gitEnv(),
            windowsHide: true,
        }, (err, stdout, stderr) => {
            if (err) {
                if (err.code === 'ENOENT') {
                    reject(new GitUnavailable('git is not installed or not on PATH'));
                    return;
                }
                if (opts.allowFailure) {
                    resolve(Buffer.alloc(0));
                    return;
                }
                const msg = stderr.toString('utf8').trim().split('\n')[0] || err.message;
                reject(new Error(`git ${args[0]} failed: ${msg}; to scan without git, rerun with --no-git`));
                return;
            }
            resolve(stdout);
        });
    });
}
/** Splits NUL-separated git output. */
function splitZ(buf) {
    const out = [];
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] === 0) {
            if (i > start)
                out.push(buf.toString('utf8', start, i));
            start = i + 1;
        }
    }
    if (start < buf.length)
        out.push(buf.toString('utf8', start));
    return out;
}
/**
 * Whether `dir` is inside a git work tree: `yes`, `no` (not a repository, or
 * no git installed), or the reason git refused to say (a repository owned by
 * another user, a corrupt one), so the caller can tell the user.
 */
async function workTreeState(dir) {
    try {
        const out = await git(dir, ['rev-parse', '--is-inside-work-tree']);
        return out.toString('utf8').trim() === 'true' ? 'yes' : 'no';
    }
    catch (e) {
        if (e instanceof GitUnavailable)
            return 'no';
        const message = e instanceof Error ? e.message : String(e);
        if (/not a git repository/i.test(message))
            return 'no';
        return { problem: message.replace(/^git rev-parse failed: (?:fatal: )?/, '').replace(/;.*$/, '') };
    }
}
/** True when `dir` is inside a git work tree that git agrees to read. */
async function isWorkTree(dir) {
    return (await workTreeState(dir)) === 'yes';
}

;// CONCATENATED MODULE: ./src/engine/inventory.ts



/**
 * Lists what a scan covers. In a git work tree git itself classifies paths
 * (one `ls-files` call per class, never one process per file); elsewhere, or
 * with `noGit`, the folder is walked and everything counts.
 */
async function inventory(root, opts) {
    const state = opts.noGit ? 'no' : await workTreeState(root);
    if (state === 'yes') {
        const entries = await gitEntries(root, !!opts.includeIgnored);
        const inv = { mode: 'git', entries };
        if (entries.some((e) => e.kind === 'gitlink')) {
            const declared = await declaredSubmodules(root);
            if (declared)
                inv.submodulePaths = declared;
        }
        return inv;
    }
    const inv = { mode: 'plain', entries: await plainEntries(root) };
    if (typeof state === 'object')
        inv.gitProblem = state.problem;
    return inv;
}
async function gitEntries(root, includeIgnored) {
    const [staged, others, ignored] = await Promise.all([
        git(root, ['ls-files', '-z', '--stage']),
        git(root, ['ls-files', '-z', '--others', '--exclude-standard']),
        includeIgnored
            ? git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])
            : Promise.resolve(Buffer.alloc(0)),
    ]);
    const entries = [];
    const seen = new Set();
    // "<mode> <object> <stage>\t<path>\0"; conflicted paths appear once per stage. The path is decoded on
    // its own from the bytes: a slice of the decoded record would keep the whole record alive.
    for (let start = 0; start < staged.length;) {
        let end = staged.indexOf(0, start);
        if (end < 0)
            end = staged.length;
        const tab = staged.indexOf(9, start);
        if (tab >= 0 && tab < end) {
            const path = staged.toString('utf8', tab + 1, end);
            if (!seen.has(path)) {
                seen.add(path);
                const mode = staged.toString('latin1', start, staged.indexOf(32, start));
                const kind = mode === '160000' ? 'gitlink' : mode === '120000' ? 'symlink' : 'file';
                entries.push({ path, status: 'tracked', kind });
            }
        }
        start = end + 1;
    }
    const addOthers = (buf, status) => {
        for (const path of splitZ(buf)) {
            if (path.endsWith('/')) {
                // git lists a nested repository as one directory entry and does not descend.
                const dir = path.slice(0, -1);
                if (!seen.has(dir))
                    entries.push({ path: dir, status, kind: 'nested-repo' });
                continue;
            }
            if (seen.has(path))
                continue;
            seen.add(path);
            entries.push({ path, status, kind: 'file' });
        }
    };
    addOthers(others, 'untracked');
    addOthers(ignored, 'ignored');
    return entries;
}
/**
 * Every entry below a plain folder. A `.git` (directory or file) is listed
 * but never entered: one finding per git directory. Symlinks are listed as
 * such and never followed. Folders that cannot be read are passed over.
 *
 * A plain recursive read rather than a glob library: glob matchers skip names
 * holding a newline, and a hostile tree must not hide a `.env` that way.
 */
async function plainEntries(root) {
    const entries = [];
    const pending = [''];
    while (pending.length > 0) {
        const rel = pending.pop();
        let dirents;
        try {
            dirents = external_node_fs_default().readdirSync(rel === '' ? root : external_node_path_.join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const d of dirents) {
            const p = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.name === '.git')
                entries.push({ path: p, status: 'plain', kind: 'gitdir' });
            else if (d.isSymbolicLink())
                entries.push({ path: p, status: 'plain', kind: 'symlink' });
            else if (d.isDirectory())
                pending.push(p);
            else
                entries.push({ path: p, status: 'plain', kind: 'file' });
        }
    }
    return entries;
}
/**
 * Submodule paths that `.gitmodules` declares, relative to the scanned root.
 * It sits at the top of the work tree even when a subfolder is scanned, so
 * git reads it from the index (as it reads the index for the classification):
 * no file outside the root is opened, and a symlinked `.gitmodules` is not followed.
 */
async function declaredSubmodules(root) {
    const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
    let out;
    try {
        out = await git(root, ['config', '-z', '--blob', ':.gitmodules', '--get-regexp', '^submodule\\..*\\.path$']);
    }
    catch {
        // Not in the index (or declares nothing): the rule reads a `.gitmodules` inside the root, if any.
        return undefined;
    }
    const paths = new Set();
    for (const rec of splitZ(out)) {
        // "-z" records are "<key>\n<value>".
        const value = rec.slice(rec.indexOf('\n') + 1).replace(/\/+$/, '');
        if (value.startsWith(prefix))
            paths.add(value.slice(prefix.length));
    }
    return paths;
}

// EXTERNAL MODULE: ./src/engine/read.ts
var engine_read = __nccwpck_require__(5404);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __nccwpck_require__(1655);
;// CONCATENATED MODULE: ./src/engine/types.ts
const SEVERITIES = ['error', 'warning', 'notice'];
const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var src_rules = __nccwpck_require__(3779);
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __nccwpck_require__(9598);
// EXTERNAL MODULE: ./src/engine/read-files.ts
var read_files = __nccwpck_require__(4014);
// EXTERNAL MODULE: ./src/engine/parallel.ts + 3 modules
var parallel = __nccwpck_require__(6);
// EXTERNAL MODULE: ./src/engine/suppress-comments.ts
var suppress_comments = __nccwpck_require__(410);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts + 1 modules
var fingerprint = __nccwpck_require__(7394);
;// CONCATENATED MODULE: ./src/engine/baseline.ts

/** A baseline file that cannot be used; the message names the file and the fix. */
class BaselineError extends Error {
}
const BASELINE_VERSION = 1;
const FINGERPRINT = /^[0-9a-f]{32}$/;
function keyOf(e) {
    return `${e.ruleId}\0${e.path}\0${e.fingerprint}`;
}
function compareEntries(a, b) {
    return (0,pipeline/* compareStrings */.Kt)(a.path, b.path) || (0,pipeline/* compareStrings */.Kt)(a.ruleId, b.ruleId) || (0,pipeline/* compareStrings */.Kt)(a.fingerprint, b.fingerprint);
}
/**
 * Marks the findings a baseline accepts as suppressed by it (in place) and
 * counts the entries that no longer match anything. An entry matches a
 * finding whether or not something else suppressed it first.
 */
function applyBaseline(findings, baseline) {
    const entries = new Set(baseline.entries.map(keyOf));
    const matched = new Set();
    for (const f of findings) {
        const k = keyOf(f);
        if (!entries.has(k))
            continue;
        matched.add(k);
        if (!f.suppressed)
            f.suppressed = { by: 'baseline' };
    }
    return { entries: entries.size, matched: matched.size, stale: entries.size - matched.size };
}
/**
 * The entries to record for a scan: every finding that nothing but the
 * baseline suppresses (inline and config exceptions already carry their own
 * reason), sorted and unique so the file diffs well.
 */
function baselineFrom(findings) {
    const byKey = new Map();
    for (const f of findings) {
        if (f.suppressed && f.suppressed.by !== 'baseline')
            continue;
        byKey.set(keyOf(f), { ruleId: f.ruleId, path: f.path, fingerprint: f.fingerprint });
    }
    return { entries: [...byKey.values()].sort(compareEntries) };
}
/** The entries of `baseline` that still match a finding. */
function pruneBaseline(baseline, findings) {
    const live = new Set(findings.map(keyOf));
    const kept = new Map();
    for (const e of baseline.entries)
        if (live.has(keyOf(e)))
            kept.set(keyOf(e), e);
    return { entries: [...kept.values()].sort(compareEntries) };
}
/** Pretty, stable JSON: fixed key order, sorted entries, trailing newline. */
function formatBaseline(baseline) {
    const findings = [...baseline.entries]
        .sort(compareEntries)
        .map((e) => ({ ruleId: e.ruleId, path: e.path, fingerprint: e.fingerprint }));
    return JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2) + '\n';
}
/** Parses a baseline file; throws BaselineError naming the file and the problem. */
function parseBaseline(text, file) {
    const fail = (problem) => {
        throw new BaselineError(`${file}: ${problem}; write it with \`leakproof --write-baseline ${file}\``);
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return fail('is not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return fail('must be a JSON object with "version" and "findings"');
    const { version, findings } = doc;
    if (version !== BASELINE_VERSION)
        return fail(`version must be ${BASELINE_VERSION}`);
    if (!Array.isArray(findings))
        return fail('findings must be a list');
    const entries = findings.map((e, i) => {
        if (typeof e !== 'object' || e === null)
            return fail(`findings[${i}] must be an object with ruleId, path and fingerprint`);
        const { ruleId, path, fingerprint } = e;
        if (typeof ruleId !== 'string' || ruleId === '')
            return fail(`findings[${i}].ruleId must be a rule id`);
        if (typeof path !== 'string' || path === '')
            return fail(`findings[${i}].path must be a path`);
        if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint))
            return fail(`findings[${i}].fingerprint must be 32 hex digits`);
        return { ruleId, path, fingerprint };
    });
    return { entries };
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/config/globs.ts

/**
 * Why a glob cannot be used, or null when it can. minimatch takes almost any
 * string literally, so the mistakes that would silently match nothing are
 * caught here instead.
 */
function globProblem(glob) {
    if (glob.trim() === '')
        return 'is empty';
    if (glob.includes('\\'))
        return 'uses a backslash; write paths with / (POSIX), relative to the scanned root';
    if (glob.startsWith('/'))
        return 'is absolute; write it relative to the scanned root, e.g. "vendor/**"';
    if (glob.startsWith('!'))
        return 'is a negation; list only the paths to match';
    if (normalizeGlob(glob).split('/').includes('..'))
        return 'leaves the scanned root with ".."';
    if (!globs_balanced(glob, '[', ']'))
        return 'has an unclosed "["';
    if (!globs_balanced(glob, '{', '}'))
        return 'has an unclosed "{"';
    return null;
}
function globs_balanced(glob, open, close) {
    let depth = 0;
    for (const ch of glob) {
        if (ch === open)
            depth++;
        else if (ch === close && depth > 0)
            depth--;
    }
    return depth === 0;
}
/** `./a/b/` and `a/b` mean the same folder. */
function normalizeGlob(glob) {
    let g = glob.trim();
    while (g.startsWith('./'))
        g = g.slice(2);
    while (g.length > 1 && g.endsWith('/'))
        g = g.slice(0, -1);
    return g;
}
/**
 * A predicate over POSIX relative paths: true when a glob matches the path
 * or one of the folders it is in, so `vendor` and `vendor/**` both cover
 * `vendor/x/y.js`.
 */
function pathMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const matchers = globs.map((g) => new Minimatch(normalizeGlob(g), { dot: true }));
    const test = (p) => matchers.some((m) => m.match(p));
    return (p) => {
        if (test(p))
            return true;
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
            if (test(p.slice(0, i)))
                return true;
        }
        return false;
    };
}

// EXTERNAL MODULE: ./src/rules/unused-suppression.ts
var unused_suppression = __nccwpck_require__(7991);
;// CONCATENATED MODULE: ./src/engine/suppress.ts







/**
 * Applies the configuration and the exceptions to finished findings: rule
 * levels, inline comments, `allow` entries, then the baseline. Suppressed
 * findings stay in the list, marked with who suppressed them and why; a
 * comment that suppresses nothing becomes an `unused-suppression` notice.
 */
function settle(findings, files, opts = {}) {
    const levels = opts.rules ?? {};
    const regrade = (f) => {
        const level = levels[f.ruleId];
        if (level === 'off')
            return null;
        return level ? { ...f, severity: level } : { ...f };
    };
    const allowed = (opts.allow ?? []).map((a) => ({ ...a, match: pathMatcher(a.paths) }));
    const allow = (f) => {
        if (f.suppressed)
            return;
        const a = allowed.find((e) => e.rule === f.ruleId && e.match(f.path));
        if (a)
            f.suppressed = { by: 'config', reason: a.reason };
    };
    // path → target line → comments aimed at it
    const targets = new Map();
    for (const file of files) {
        const byLine = new Map();
        for (const c of file.comments) {
            const t = c.nextLine ? c.line + 1 : c.line;
            byLine.set(t, [...(byLine.get(t) ?? []), c]);
        }
        targets.set(file.path, byLine);
    }
    const used = new Set();
    const out = [];
    for (const raw of findings) {
        const f = regrade(raw);
        if (!f)
            continue;
        if (f.line !== undefined) {
            const c = targets.get(f.path)?.get(f.line)?.find((x) => x.rules.length === 0 || x.rules.includes(f.ruleId));
            if (c) {
                used.add(c);
                f.suppressed = c.reason ? { by: 'inline', reason: c.reason } : { by: 'inline' };
            }
        }
        allow(f);
        out.push(f);
    }
    for (const n of unusedNotices(files, used)) {
        const f = regrade(n);
        if (!f)
            continue;
        allow(f);
        out.push(f);
    }
    const based = opts.baseline ? applyBaseline(out, opts.baseline) : null;
    out.sort(pipeline/* compareFindings */.Eg);
    return based ? { findings: out, baseline: based } : { findings: out };
}
const KNOWN = new Set(src_rules/* RULES */.y.map((r) => r.meta.id));
/** Only id-shaped words are echoed back, so a stray value in a comment never reaches a report. */
const ID_SHAPED = /^[a-z0-9][a-z0-9-]{0,39}$/;
function unusedNotices(files, used) {
    const out = [];
    for (const file of files) {
        const seen = new Map();
        for (const c of file.comments) {
            const unknown = c.rules.filter((id) => !KNOWN.has(id));
            if (!c.reportable || (used.has(c) && unknown.length === 0))
                continue;
            const form = c.nextLine ? `${suppress_comments/* DIRECTIVE */.Eq}${suppress_comments/* NEXT_LINE */.zc}` : suppress_comments/* DIRECTIVE */.Eq;
            const named = unknown.filter((id) => ID_SHAPED.test(id)).map((id) => `\`${id}\``);
            const unknownText = unknown.length === 0
                ? ''
                : ` It names ${named.length > 0 ? `unknown rule ${named.join(', ')}` : 'an unknown rule'}: ` +
                    '`leakproof --list-rules` lists the ids, and a reason goes after ` -- `.';
            const message = used.has(c)
                ? `This \`${form}\` comment suppresses a finding.${unknownText}`
                : `This \`${form}\` comment suppresses nothing: no ${ofRules(c.rules)} on ${c.nextLine ? 'the next line' : 'its line'}.${unknownText} Remove it so stale exceptions do not pile up.`;
            const context = `${form}\0${c.rules.join(',')}`;
            const n = seen.get(context) ?? 0;
            seen.set(context, n + 1);
            out.push({
                ruleId: unused_suppression/* unusedSuppression */.s.meta.id,
                severity: unused_suppression/* unusedSuppression */.s.meta.severity,
                path: file.path,
                line: c.line,
                column: c.column,
                endLine: c.line,
                message,
                fingerprint: (0,fingerprint/* fingerprint */.R)(unused_suppression/* unusedSuppression */.s.meta.id, file.path, context, n),
                status: file.status,
            });
        }
    }
    return out;
}

function ofRules(ids) {
    if (ids.length === 0)
        return 'finding';
    if (!ids.every((id) => ID_SHAPED.test(id)))
        return 'finding of the rules it names';
    return `${ids.length === 1 ? 'finding of rule' : 'finding of rules'} ${ids.map((id) => `\`${id}\``).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/engine/scan.ts












class ScanInputError extends Error {
}
/**
 * Scans one folder: inventory → read each file once → content rules → tree
 * rules → redacted, fingerprinted findings sorted by path and position.
 */
async function scan(options, rules = src_rules/* RULES */.y) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    await assertFolder(root);
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const inv = await inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored });
    const ignored = pathMatcher(options.ignore ?? []);
    const entries = (options.paths ? restrict(inv.entries, options.paths) : inv.entries).filter((e) => !ignored(e.path));
    const stats = (0,pipeline/* emptyStats */.bD)();
    const errors = [];
    const reader = new engine_read/* SafeReader */.H(root);
    const collector = new pipeline/* FindingCollector */.xe((0,pipeline/* enabledRules */.nb)(rules, options.rules), (0,pipeline/* ruleSettings */.I8)(options), stats);
    const files = entries.filter((e) => e.kind === 'file');
    // git already knows a tracked symlink for what it is; it is never opened.
    stats.skipped.symlink += entries.filter((e) => e.kind === 'symlink').length;
    const progress = options.onProgress && ((done) => done % 256 === 0 && options.onProgress(done, files.length));
    const threads = (0,parallel/* threadCount */.Cc)(files.length);
    const read = threads > 1
        ? await (0,parallel/* readFilesInWorkers */.w8)(threads, { root, files, maxFileSize, options }, collector, stats, progress)
        : (0,read_files/* readFiles */.U)(root, files, maxFileSize, collector, stats, progress);
    errors.push(...read.errors);
    if (inv.gitProblem) {
        errors.push({
            path: '.',
            message: `git would not read this work tree (${inv.gitProblem}), so it was scanned as a plain folder, ignored files included; fix that (e.g. \`git config --global --add safe.directory <path>\`) or pass --no-git to scan it as a folder on purpose`,
        });
    }
    if (read.symlinks.length > 0) {
        const links = new Set(read.symlinks);
        for (const e of files)
            if (links.has(e.path))
                e.kind = 'symlink';
    }
    const tree = {
        mode: inv.mode,
        settings: collector.settings,
        entries,
        ...(inv.submodulePaths ? { submodulePaths: inv.submodulePaths } : {}),
        readText: async (rel) => {
            const out = reader.readSync(rel, maxFileSize);
            return out.kind === 'ok' ? (0,engine_text/* textOf */.b6)(out) : null;
        },
    };
    await collector.addTree(tree);
    const finished = collector.finish();
    const { findings, baseline } = settle(finished.findings, finished.comments, options);
    if (baseline)
        stats.baseline = baseline;
    const secretValues = finished.secretValues;
    errors.sort((a, b) => (0,pipeline/* compareStrings */.Kt)(a.path, b.path));
    stats.durationMs = Math.round(performance.now() - started);
    return { root, mode: inv.mode, findings, stats, errors, secretValues };
}
/** Keeps the entries at the given paths, and those inside given folders. */
function restrict(entries, paths) {
    const wanted = new Set(paths.map((p) => p.replace(/\/+$/, '')));
    return entries.filter((e) => {
        if (wanted.has(e.path))
            return true;
        for (let i = e.path.indexOf('/'); i >= 0; i = e.path.indexOf('/', i + 1)) {
            if (wanted.has(e.path.slice(0, i)))
                return true;
        }
        return false;
    });
}
async function assertFolder(root) {
    let st;
    try {
        st = await external_node_fs_.promises.stat(root);
    }
    catch {
        throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
    }
    if (!st.isDirectory())
        throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/schema.ts


/** Bad configuration: the message names the file, the key path and what is allowed. */
class ConfigError extends Error {
}
const CONFIG_KEYS = [
    'ignore',
    'rules',
    'allow',
    'secretNames',
    'publicEnvPrefixes',
    'maxFileSize',
    'failOn',
    'includeIgnored',
];
const ALLOW_KEYS = ['rule', 'paths', 'reason'];
const RULE_LEVELS = ['off', 'notice', 'warning', 'error'];
const schema_FAIL_ON = ['error', 'warning', 'notice', 'never'];
function emptyConfig(file = null) {
    return { file, ignore: [], rules: {}, allow: [], secretNames: [], publicEnvPrefixes: [] };
}
function ruleIds() {
    return src_rules/* RULES */.y.map((r) => r.meta.id);
}
/** A value from the file, quoted and cut, so an error line stays one short line. */
function quoteCut(v) {
    return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the string ${quoteCut(v)}`;
    return `${typeof v} ${String(v)}`;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Checks the parsed document against the schema; throws ConfigError at the first problem. */
function validateConfig(doc, file) {
    const fail = (key, problem) => {
        throw new ConfigError(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    };
    const config = emptyConfig(file);
    if (doc === null || doc === undefined)
        return config;
    if (!isPlainObject(doc))
        return fail('', `the top level must be a mapping of keys (${CONFIG_KEYS.join(', ')}), got ${typeName(doc)}`);
    const stringList = (key, v, what, one, check) => {
        if (!Array.isArray(v))
            return fail(key, `must be a list of ${what}, got ${typeName(v)}`);
        return v.map((item, i) => {
            if (typeof item !== 'string')
                return fail(`${key}[${i}]`, `must be ${one}, got ${typeName(item)}`);
            const problem = check?.(item);
            if (problem)
                return fail(`${key}[${i}]`, `${quoteCut(item)} ${problem}`);
            return item;
        });
    };
    const globs = (key, v) => stringList(key, v, 'globs', 'a glob', globProblem);
    for (const [key, v] of Object.entries(doc)) {
        switch (key) {
            case 'ignore':
                config.ignore = globs(key, v);
                break;
            case 'rules': {
                if (!isPlainObject(v))
                    return fail(key, `must be a mapping of rule id to ${RULE_LEVELS.join(' | ')}, got ${typeName(v)}`);
                for (const [id, level] of Object.entries(v)) {
                    if (!ruleIds().includes(id))
                        return fail(`rules.${quoteCut(id).slice(1, -1)}`, `unknown rule id ${quoteCut(id)}; allowed: ${ruleIds().join(', ')}`);
                    if (typeof level !== 'string' || !RULE_LEVELS.includes(level)) {
                        return fail(`rules.${id}`, `must be one of ${RULE_LEVELS.join(', ')}, got ${typeName(level)}`);
                    }
                    config.rules[id] = level;
                }
                break;
            }
            case 'allow': {
                if (!Array.isArray(v))
                    return fail(key, `must be a list of { rule, paths, reason }, got ${typeName(v)}`);
                config.allow = v.map((entry, i) => {
                    const at = `allow[${i}]`;
                    if (!isPlainObject(entry))
                        return fail(at, `must be a mapping with rule, paths and reason, got ${typeName(entry)}`);
                    for (const k of Object.keys(entry)) {
                        if (!ALLOW_KEYS.includes(k))
                            return fail(`${at}.${k}`, `unknown key; allowed: ${ALLOW_KEYS.join(', ')}`);
                    }
                    const { rule, paths, reason } = entry;
                    if (rule === undefined)
                        return fail(`${at}.rule`, `is required; allowed: ${ruleIds().join(', ')}`);
                    if (typeof rule !== 'string' || !ruleIds().includes(rule)) {
                        return fail(`${at}.rule`, `unknown rule id ${typeName(rule)}; allowed: ${ruleIds().join(', ')}`);
                    }
                    if (paths === undefined)
                        return fail(`${at}.paths`, 'is required: a list of globs the exception covers');
                    const pathList = globs(`${at}.paths`, paths);
                    if (pathList.length === 0)
                        return fail(`${at}.paths`, 'must list at least one glob');
                    if (reason === undefined)
                        return fail(`${at}.reason`, 'is required: say why these findings are acceptable');
                    if (typeof reason !== 'string' || reason.trim() === '') {
                        return fail(`${at}.reason`, `must be a non-empty string saying why these findings are acceptable, got ${typeName(reason)}`);
                    }
                    return { rule, paths: pathList, reason: reason.trim() };
                });
                break;
            }
            case 'secretNames':
                config.secretNames = stringList(key, v, 'names', 'a name', (s) => /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) ? null : 'is not a variable or key name (letters, digits, _ . -)');
                break;
            case 'publicEnvPrefixes':
                config.publicEnvPrefixes = stringList(key, v, 'prefixes', 'a prefix', (s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? null : 'is not a dotenv key prefix (letters, digits, _), e.g. "MYAPP_PUBLIC_"');
                break;
            case 'maxFileSize':
                if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
                    return fail(key, `must be a positive number of bytes, got ${typeName(v)}`);
                config.maxFileSize = v;
                break;
            case 'failOn':
                if (typeof v !== 'string' || !schema_FAIL_ON.includes(v)) {
                    return fail(key, `must be one of ${schema_FAIL_ON.join(', ')}, got ${typeName(v)}`);
                }
                config.failOn = v;
                break;
            case 'includeIgnored':
                if (typeof v !== 'boolean')
                    return fail(key, `must be true or false, got ${typeName(v)}`);
                config.includeIgnored = v;
                break;
            default:
                return fail('', `unknown key ${JSON.stringify(key)}; allowed keys: ${CONFIG_KEYS.join(', ')}`);
        }
    }
    return config;
}

;// CONCATENATED MODULE: ./src/config/load.ts





/** Names looked for at the scanned root, in this order. */
const CONFIG_NAMES = ['.leakproof.yml', '.leakproof.yaml', '.leakproof.json'];
/** A configuration is a few lines; anything this big is the wrong file. */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * Loads the configuration: `explicitPath` when given (resolved against the
 * working directory), else the one config file at `root`, else defaults.
 * Throws ConfigError naming the file, the key path and the allowed values.
 */
async function loadConfig(root, explicitPath) {
    if (explicitPath !== undefined) {
        const display = explicitPath;
        let text;
        try {
            const buf = await (0,promises_namespaceObject.readFile)(external_node_path_.resolve(explicitPath));
            if (buf.length > MAX_CONFIG_BYTES)
                throw new ConfigError(`${display}: is ${buf.length} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
            text = buf.toString('utf8');
        }
        catch (e) {
            if (e instanceof ConfigError)
                throw e;
            const code = e.code;
            throw new ConfigError(`${display}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : (code ?? 'error')}); check the path`);
        }
        return parseConfig(text, display);
    }
    const reader = new engine_read/* SafeReader */.H(external_node_path_.resolve(root));
    const found = [];
    for (const name of CONFIG_NAMES) {
        const out = await reader.read(name, MAX_CONFIG_BYTES);
        const display = displayPath(root, name);
        if (out.kind === 'missing')
            continue;
        if (out.kind === 'symlink')
            throw new ConfigError(`${display}: is a symlink; leakproof does not follow symlinks, so make it a regular file or pass --config`);
        if (out.kind !== 'ok')
            throw new ConfigError(`${display}: cannot read the configuration file; make it a readable regular file`);
        if (out.body === null)
            throw new ConfigError(`${display}: is ${out.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
        found.push({ name: display, text: out.body.toString('utf8') });
    }
    if (found.length > 1)
        throw new ConfigError(`found ${found.map((f) => f.name).join(' and ')}; keep only one configuration file`);
    if (found.length === 0)
        return emptyConfig();
    return parseConfig(found[0].text, found[0].name);
}
/** Parses YAML or JSON (YAML 1.2 reads JSON as is) and validates it. */
function parseConfig(text, file) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const doc = (0,dist/* parseDocument */.Tp)(body, { prettyErrors: true, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const where = pos ? `:${pos.line}:${pos.col}` : '';
        const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new ConfigError(`${file}${where}: invalid YAML: ${message}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // The yaml library refuses alias bombs (and similar) here, after parsing succeeded.
        throw new ConfigError(`${file}: invalid YAML: too many aliases or a structure that cannot be read; write the configuration out plainly`);
    }
    return validateConfig(value, file);
}
function displayPath(root, name) {
    return root === '.' || root === '' ? name : external_node_path_.join(root, name);
}

;// CONCATENATED MODULE: ./src/config/options.ts
/**
 * The scan options a configuration sets. `maxFileSize` and `includeIgnored`
 * are defaults here: the caller lets its own options (the CLI's flags, the
 * Action's inputs) win by spreading them over this.
 */
function scanOptionsFromConfig(config) {
    const opts = {
        ignore: config.ignore,
        rules: config.rules,
        allow: config.allow,
        secretNames: config.secretNames,
        publicEnvPrefixes: config.publicEnvPrefixes,
    };
    if (config.maxFileSize !== undefined)
        opts.maxFileSize = config.maxFileSize;
    if (config.includeIgnored !== undefined)
        opts.includeIgnored = config.includeIgnored;
    return opts;
}

;// CONCATENATED MODULE: ./src/config/init.ts




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
# secretNames: [HMAC_KEY, TOKEN_SIGNING_SECRET]

# More dotenv key prefixes that are public by convention (like VITE_).
# publicEnvPrefixes: [MYAPP_PUBLIC_]

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
    for (const name of CONFIG_NAMES) {
        const p = external_node_path_.join(folder, name);
        const exists = await (0,promises_namespaceObject.lstat)(p).then(() => true, () => false);
        if (exists)
            throw new ConfigError(`${p} already exists; edit it, or remove it first to start over`);
    }
    const target = external_node_path_.join(folder, CONFIG_NAMES[0]);
    try {
        await (0,promises_namespaceObject.writeFile)(target, STARTER_CONFIG, { flag: 'wx' });
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            throw new ConfigError(`${target} already exists; edit it, or remove it first to start over`);
        throw new ConfigError(`cannot write ${target} (${code ?? 'error'}); run \`leakproof init\` in a folder you can write to`);
    }
    return target;
}

;// CONCATENATED MODULE: ./src/config/index.ts






;// CONCATENATED MODULE: ./src/report/color.ts
/**
 * Colour only for a terminal, as the NO_COLOR and FORCE_COLOR conventions
 * ask: FORCE_COLOR (other than 0) forces it on, NO_COLOR (non-empty) off.
 */
function colorEnabled(stream, env = process.env) {
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return !!stream.isTTY && env.TERM !== 'dumb';
}
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function palette(enabled) {
    if (!enabled) {
        const id = (s) => s;
        return { red: id, yellow: id, cyan: id, green: id, dim: id, bold: id };
    }
    return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

;// CONCATENATED MODULE: ./src/report/printable.ts
/**
 * Control characters shown as visible escapes, so a scanned name or a message
 * quoting one cannot start a new line in a terminal or a CI log (where a line
 * starting with `::` is a workflow command).
 */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/stats.ts
/** Counts of active (not suppressed) findings by severity. */
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        if (!f.suppressed)
            counts[f.severity]++;
    return counts;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
const SKIP_LABELS = {
    binary: ['binary', 'binary'],
    tooLarge: ['too large', 'too large'],
    symlink: ['symlink', 'symlinks'],
    special: ['special file', 'special files'],
    unreadable: ['unreadable', 'unreadable'],
    missing: ['missing', 'missing'],
};
/** "412 files scanned (3.1 MiB), 5 skipped (2 binary, 3 symlinks)". */
function describeStats(stats) {
    const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0);
    const total = skipped.reduce((a, [, n]) => a + n, 0);
    let s = `${plural(stats.files, 'file')} scanned (${formatBytes(stats.bytes)})`;
    if (total > 0) {
        s += `, ${total} skipped (${skipped.map(([k, n]) => `${n} ${SKIP_LABELS[k][n === 1 ? 0 : 1]}`).join(', ')})`;
    }
    if (stats.longLines > 0)
        s += `, ${plural(stats.longLines, 'long line')} scanned in windows`;
    return s;
}
function locationOf(f) {
    if (f.line === undefined)
        return f.path;
    return `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts


function paint(c, sev, s) {
    return sev === 'error' ? c.red(s) : sev === 'warning' ? c.yellow(s) : c.cyan(s);
}
/**
 * Human output: findings grouped by file, one `path:line:col  severity  rule
 * message` line each (editors and terminals make these clickable), then totals.
 */
function formatText(result, opts) {
    const c = opts.colors;
    const shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
    const lines = [];
    let lastPath = null;
    for (const f of shown) {
        if (lastPath !== null && f.path !== lastPath)
            lines.push('');
        lastPath = f.path;
        lines.push(findingLine(f, c));
    }
    if (shown.length > 0)
        lines.push('');
    const counts = countBySeverity(result.findings);
    const active = counts.error + counts.warning + counts.notice;
    const suppressed = result.findings.length - active;
    const statsLine = `${describeStats(result.stats)} in ${result.stats.durationMs} ms (${scopeOf(result)})`;
    if (active === 0) {
        lines.push(`${c.green('✔')} ${c.bold('No findings.')} ${c.dim(statsLine)}`);
    }
    else {
        lines.push(`${c.red('✖')} ${c.bold(plural(active, 'finding'))}: ` +
            [
                paint(c, 'error', plural(counts.error, 'error')),
                paint(c, 'warning', plural(counts.warning, 'warning')),
                paint(c, 'notice', plural(counts.notice, 'notice')),
            ].join(', '));
        lines.push(c.dim(`  ${statsLine}`));
    }
    if (suppressed > 0) {
        lines.push(c.dim(`  ${plural(suppressed, 'finding')} suppressed${opts.showSuppressed ? '' : ' (--show-suppressed lists them)'}`));
    }
    const stale = result.stats.baseline?.stale ?? 0;
    if (stale > 0) {
        lines.push(c.yellow(`  ${plural(stale, 'baseline entry', 'baseline entries')} no longer ${stale === 1 ? 'matches' : 'match'} a finding (--prune-baseline removes them)`));
    }
    if (result.errors.length > 0)
        lines.push(c.yellow(`  ${plural(result.errors.length, 'file')} could not be read (listed on stderr)`));
    if (result.history?.shallow)
        lines.push(c.yellow('  Shallow clone: older commits were not scanned (fetch the whole history, e.g. `fetch-depth: 0`).'));
    if (active > 0)
        lines.push(c.dim('  Run `leakproof --explain <rule>` for why a rule matters and how to fix it.'));
    return lines.join('\n') + '\n';
}
function findingLine(f, c) {
    // Paths, messages and redacted values come from scanned files: control characters are shown, never obeyed.
    const parts = [c.bold(lineSafe(printable(locationOf(f)))), paint(c, f.severity, f.severity.padEnd(7)), c.dim(f.ruleId), printable(f.message)];
    let s = parts.join('  ');
    if (f.secret)
        s += c.dim(` [${printable(f.secret)}]`);
    if (f.commit)
        s += commitNote(f.commit, c);
    if (f.suppressed)
        s += c.dim(` (suppressed by ${f.suppressed.by}${f.suppressed.reason ? `: ${printable(f.suppressed.reason)}` : ''})`);
    return s;
}
/**
 * CI runners treat a line starting with `::` (after blanks) as a workflow
 * command, so a path like `::add-mask::x` is shown as `./::add-mask::x`.
 */
function lineSafe(location) {
    return /^\s*::/.test(location) ? `./${location}` : location;
}
function scopeOf(result) {
    if (result.history) {
        const h = result.history;
        return `${plural(h.commits, 'commit')} of history${h.since !== undefined ? ` since ${h.since}` : ''}`;
    }
    if (result.changes)
        return result.changes;
    return result.mode === 'git' ? 'git work tree' : 'plain folder';
}
/** "committed in abc1234 on 2025-03-02, removed later — rotate the key". */
function commitNote(commit, c) {
    const when = ` committed in ${commit.sha.slice(0, 7)} on ${commit.date.slice(0, 10)}`;
    return commit.deleted ? c.yellow(`${when}, removed later — rotate the key`) : c.dim(`${when}, still in HEAD`);
}

;// CONCATENATED MODULE: ./src/report/json.ts

function toJsonReport(result, displayRoot, repository) {
    const report = {
        tool: { name: TOOL_NAME, version: VERSION },
        root: displayRoot,
        mode: result.mode,
        findings: result.findings.map(copyFinding),
        stats: result.stats,
        errors: result.errors,
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
    'ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'secret', 'fingerprint', 'status', 'suppressed', 'commit',
];
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

;// CONCATENATED MODULE: ./src/report/rule-docs.ts
/** Plain-text explanation of a rule, for `leakproof --explain`. */
function ruleText(rule) {
    const m = rule.meta;
    const lines = [`${m.id} (${m.severity}): ${m.title}`, '', 'Why it matters', `  ${m.why}`, '', 'How to fix', `  ${m.fix}`];
    if (m.examples.length > 0) {
        lines.push('', 'Examples');
        for (const ex of m.examples) {
            lines.push(`  ${ex.file}`, `    flagged: ${ex.flagged}`, `    clean:   ${ex.clean}`);
        }
    }
    return lines.join('\n') + '\n';
}
/** Markdown explanation of a rule, for SARIF `help.markdown` and the job summary. */
function ruleMarkdown(rule) {
    const m = rule.meta;
    const parts = [`**${m.title}** (\`${m.id}\`, ${m.severity})`, '', m.why, '', `**How to fix:** ${m.fix}`];
    if (m.examples.length > 0) {
        parts.push('', '| File | Flagged | Clean |', '| --- | --- | --- |');
        for (const ex of m.examples)
            parts.push(`| \`${ex.file}\` | \`${cell(ex.flagged)}\` | \`${cell(ex.clean)}\` |`);
    }
    return parts.join('\n');
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * GitHub code scanning reads this as a CVSS-like score: 7.0–8.9 shows as
 * "high", 4.0–6.9 as "medium", below 4.0 as "low".
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.5', notice: '2.0' };
/** The key under which code scanning tracks a finding across commits. */
const FINGERPRINT_KEY = 'leakproofFingerprint/v1';
/** A SARIF 2.1.0 log with one run: every rule in the driver, every finding as a result. */
function toSarif(result, opts = {}) {
    const rules = opts.rules ?? src_rules/* RULES */.y;
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: HOMEPAGE,
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
        help: { text: `${m.why}\n\nHow to fix: ${m.fix}`, markdown: ruleMarkdown(rule) },
        helpUri: `${HOMEPAGE}#rules`,
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
        properties: { gitStatus: f.status },
    };
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

;// CONCATENATED MODULE: ./src/cli/subcommands/options.ts

const EXIT_OK = 0;
const EXIT_USAGE = 2;
/** `report merge`: a report could not be read and was skipped; the merge went on without it. */
const EXIT_SKIPPED = 3;
/** The subcommands' small option grammar: `--name value`, `--name=value`, flags, `--`, positionals. */
function parseOptions(argv, valueNames, flagNames) {
    const out = { values: new Map(), flags: new Set(), positionals: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '-h') {
            out.flags.add('--help');
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            out.positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq >= 0 ? arg.slice(0, eq) : arg;
        if (name in valueNames) {
            let value;
            if (eq >= 0)
                value = arg.slice(eq + 1);
            else {
                value = argv[++i];
                if (value === undefined || (value.startsWith('--') && value.length > 2)) {
                    throw new UsageError(`${name} needs a value: ${name} ${valueNames[name]}`);
                }
            }
            const list = out.values.get(name) ?? [];
            list.push(value);
            out.values.set(name, list);
            continue;
        }
        if ((flagNames.includes(name) || name === '--help') && eq < 0) {
            out.flags.add(name);
            continue;
        }
        throw new UsageError(`unknown option ${name}`);
    }
    return out;
}
/** The last value given for an option (later ones win, as in most CLIs). */
function last(p, name) {
    const list = p.values.get(name);
    return list?.[list.length - 1];
}
/** Runs a subcommand body with the CLI's error conventions: one line, exit 2, no stack trace. */
async function guarded(io, usage, body) {
    try {
        return await body();
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr.write(`leakproof: ${e.message}\n${usage}`);
            return EXIT_USAGE;
        }
        io.stderr.write(`leakproof: ${e instanceof Error ? e.message : String(e)}\n`);
        if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack)
            io.stderr.write(`${e.stack}\n`);
        return EXIT_USAGE;
    }
}

// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __nccwpck_require__(2393);
;// CONCATENATED MODULE: ./src/org/parse-report.ts


/** A report that cannot be merged; the message names the problem, never a value from the file. */
class ReportInputError extends Error {
}
const STATUSES = ['tracked', 'untracked', 'ignored', 'plain'];
/** The engine's redacted form: up to four characters, an ellipsis, the length. */
const REDACTED = /^[^\n]{0,4}…\(\d{1,9} chars\)$/u;
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
    if (!SEVERITIES.includes(severity))
        throw new ReportInputError(`${where}: \`severity\` is not one of ${SEVERITIES.join(', ')}`);
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
    const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
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
            const st = await (0,promises_namespaceObject.lstat)(arg);
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
            text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
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
        tool: { name: TOOL_NAME, version: VERSION },
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

;// CONCATENATED MODULE: ./src/org/sarif.ts


const sarif_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
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
        level: sarif_LEVEL[f.severity],
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
    const meta = (0,src_rules/* findRule */.I)(id)?.meta;
    if (!meta)
        return { id, name: id, shortDescription: { text: id } };
    return {
        id,
        name: meta.id,
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.why },
        help: { text: meta.fix },
        defaultConfiguration: { level: sarif_LEVEL[meta.severity] },
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
        tool: { driver: { name: TOOL_NAME, version: VERSION, informationUri: HOMEPAGE, rules: ruleIds.map(ruleDescriptor) } },
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

;// CONCATENATED MODULE: ./src/report/org-markdown.ts



const ICON = { error: '🔴', warning: '🟠', notice: '🔵' };
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
/** `…/owner/repo/blob/<sha>/<path>#L<line>`, at the commit that still has the line. */
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
        return `✔ No findings in ${plural(t.repositories, 'repository', 'repositories')}.`;
    const parts = [
        plural(t.bySeverity.error, 'error'),
        plural(t.bySeverity.warning, 'warning'),
        plural(t.bySeverity.notice, 'notice'),
    ];
    let s = `**${plural(t.findings, 'finding')}** in ${t.repositoriesWithFindings} of ${plural(t.repositories, 'repository', 'repositories')}: ${parts.join(', ')}`;
    if (t.historyOnly > 0)
        s += `, and ${t.historyOnly} only in history (removed from HEAD but still in every clone: rotate those keys)`;
    return `${s}.`;
}
function skippedNote(report) {
    if (report.skipped.length === 0)
        return [];
    return [
        `> [!WARNING]`,
        `> ${plural(report.skipped.length, 'report')} could not be read and ${report.skipped.length === 1 ? 'was' : 'were'} skipped; the totals leave ${report.skipped.length === 1 ? 'it' : 'them'} out:`,
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
        lines.push(`<details><summary>${plural(clean.length, 'clean repository', 'clean repositories')}</summary>`, '', ...clean.map((r) => `- ${escapeText(r.name)}`), '', '</details>', '');
    }
    return lines;
}
function org_markdown_findingLine(repo, f, serverUrl) {
    const where = f.line !== undefined ? `${f.path}:${f.line}` : f.path;
    const url = blobUrl(serverUrl, repo, f);
    let s = `- ${ICON[f.severity]} ${code(f.ruleId)} ${url ? `[${code(where)}](${url})` : code(where)}`;
    if (f.secret)
        s += ` ${code(f.secret)}`;
    if (f.commit) {
        const when = f.commit.date ? ` on ${escapeText(f.commit.date.slice(0, 10))}` : '';
        s += f.commit.deleted
            ? ` — committed in ${code(f.commit.sha.slice(0, 7))}${when}, removed later: **rotate the key**`
            : ` — committed in ${code(f.commit.sha.slice(0, 7))}${when}`;
    }
    return `${s}\n  ${message(f.message)}`;
}
function repoSection(repo, serverUrl) {
    const active = repo.findings.filter((f) => !f.suppressed);
    const facts = [repo.commit ? `commit ${code(repo.commit.slice(0, 12))}` : '', `mode ${escapeText(repo.mode)}`, plural(repo.files, 'file') + ' scanned'];
    if (repo.suppressed > 0)
        facts.push(`${repo.suppressed} suppressed`);
    if (repo.errors > 0)
        facts.push(`${plural(repo.errors, 'file')} unreadable`);
    return [`### ${escapeText(repo.name)}`, '', facts.filter(Boolean).join(' · '), '', ...active.map((f) => org_markdown_findingLine(repo, f, serverUrl)), '', ''].join('\n');
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
            return `${out}> [!NOTE]\n> ${plural(rest, 'more repository', 'more repositories')} not shown here to stay under the size limit; the merged Markdown, JSON and SARIF files have everything.\n`;
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
const report_merge_FORMATS = ['markdown', 'json', 'sarif'];
function parseReportMergeArgs(argv, env) {
    const p = parseOptions(argv, { '--format': 'FORMAT', '--output': 'FILE', '--max-bytes': 'N', '--server-url': 'URL' }, []);
    if (p.flags.has('--help'))
        return 'help';
    if (p.positionals.length === 0)
        throw new UsageError('report merge needs at least one JSON report or folder of reports');
    const format = last(p, '--format') ?? 'markdown';
    if (!report_merge_FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${report_merge_FORMATS.join(', ')} (got "${format}")`);
    const cmd = {
        inputs: p.positionals,
        format: format,
        serverUrl: last(p, '--server-url') ?? env.GITHUB_SERVER_URL ?? 'https://github.com',
    };
    if (!/^https?:\/\/[^\s]+$/.test(cmd.serverUrl))
        throw new UsageError(`--server-url must be an http(s) URL (got "${cmd.serverUrl}")`);
    const output = last(p, '--output');
    if (output !== undefined) {
        if (output === '')
            throw new UsageError('--output needs a file name');
        cmd.output = output;
    }
    const maxBytes = last(p, '--max-bytes');
    if (maxBytes !== undefined) {
        if (!/^\d+$/.test(maxBytes) || Number(maxBytes) < 1024 || !Number.isSafeInteger(Number(maxBytes))) {
            throw new UsageError(`--max-bytes takes a number of bytes, at least 1024 (got "${maxBytes}")`);
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
    return guarded(io, REPORT_MERGE_USAGE, async () => {
        const cmd = parseReportMergeArgs(argv, io.env);
        if (cmd === 'help') {
            io.stdout.write(REPORT_MERGE_USAGE);
            return EXIT_OK;
        }
        const { inputs, skipped } = await readInputs(cmd.inputs);
        for (const s of skipped)
            io.stderr.write(`leakproof: skipped ${printable(s.source)}: ${printable(s.reason)}\n`);
        if (inputs.length === 0) {
            io.stderr.write('leakproof: no report could be read; nothing to merge. Pass the JSON files written by `leakproof --format json`.\n');
            return EXIT_USAGE;
        }
        const report = mergeReports(inputs, skipped);
        const text = cmd.format === 'json'
            ? JSON.stringify(report, null, 2) + '\n'
            : cmd.format === 'sarif'
                ? formatOrgSarif(report, cmd.serverUrl)
                : formatOrgMarkdown(report, { serverUrl: cmd.serverUrl, maxBytes: cmd.maxBytes });
        if (cmd.output !== undefined) {
            try {
                await (0,promises_namespaceObject.writeFile)(cmd.output, text);
            }
            catch (e) {
                throw new UsageError(`cannot write ${cmd.output}: ${e.code ?? String(e)}; pick a writable path for --output`);
            }
        }
        else
            io.stdout.write(text);
        return skipped.length > 0 ? EXIT_SKIPPED : EXIT_OK;
    });
}

;// CONCATENATED MODULE: ./src/org/github-rest.ts
/**
 * A small paginated GitHub REST client on Node's global fetch. The CLI bundle
 * must start fast, and Octokit costs tens of milliseconds at import for the
 * two dozen lines actually needed here.
 */

class GitHubApiError extends Error {
}
const DEFAULT_MAX_WAIT_MS = 60_000;
const MAX_RATE_LIMIT_RETRIES = 3;
/** The URL behind `rel="next"` in a Link header, if any. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /^\s*<([^>]*)>(.*)$/.exec(part);
        const rel = m ? /;\s*rel="?([^";]*)/.exec(m[2]) : null;
        if (rel && rel[1].trim().split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
function hhmmUtc(ms) {
    const d = new Date(ms);
    return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
/**
 * When a response says "rate limited", the moment it lifts (epoch ms).
 * Primary limits answer 403/429 with X-RateLimit-Remaining: 0 and a reset
 * time; secondary limits answer with Retry-After in seconds.
 */
function rateLimitedUntil(status, headers, now, bodyMessage = '') {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = headers.get('retry-after');
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
        return now + Number(retryAfter.trim()) * 1000;
    const reset = headers.get('x-ratelimit-reset');
    if (headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset.trim())) {
        return Math.max(now, Number(reset.trim()) * 1000);
    }
    if (status === 429 || /rate limit/i.test(bodyMessage))
        return now + 60_000;
    return undefined;
}
function rateLimitMessage(until) {
    return `GitHub API rate limit reached: rate limited until ${hhmmUtc(until)} UTC; retry then or use a token with more quota`;
}
async function bodyMessage(res) {
    try {
        const data = (await res.json());
        return typeof data.message === 'string' ? data.message.replace(/[\r\n]+/g, ' ').slice(0, 200) : '';
    }
    catch {
        return '';
    }
}
function explain(status, message, opts) {
    const what = opts.what ?? 'the resource';
    const says = message ? ` (GitHub says: "${message}")` : '';
    if (status === 401)
        return `the GitHub token was rejected (401)${says}; check GITHUB_TOKEN or --token`;
    if (status === 403) {
        return `access to ${what} was denied (403)${says}; the token needs read access to it (fine-grained: Metadata read-only on the organisation's repositories; classic: repo), and if the organisation enforces SAML single sign-on the token must be authorised for it`;
    }
    if (status === 404) {
        return `${what} was not found (404)${says}; check the name, and that the token can see it (private organisations and repositories look absent to tokens without access)`;
    }
    return `the GitHub API answered HTTP ${status} for ${what}${says}`;
}
/** Yields each page of a paginated list endpoint, following `Link: rel="next"` on the same origin only. */
async function* paginate(path, opts) {
    const doFetch = opts.fetch ?? globalThis.fetch;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const maxWait = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const base = opts.apiUrl.replace(/\/+$/, '');
    const origin = new URL(base).origin;
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': `leakproof/${VERSION}`,
    };
    if (opts.token)
        headers.authorization = `Bearer ${opts.token}`;
    const waitOrFail = async (until) => {
        const ms = until - now();
        if (ms > maxWait)
            throw new GitHubApiError(rateLimitMessage(until));
        if (ms > 0)
            await sleep(ms);
    };
    let url = `${base}${path}`;
    while (url) {
        let res;
        for (let attempt = 0;; attempt++) {
            try {
                res = await doFetch(url, { headers, redirect: 'error' });
            }
            catch (e) {
                const cause = e.cause?.code;
                throw new GitHubApiError(`cannot reach the GitHub API at ${origin}${cause ? ` (${cause})` : ''}; check GITHUB_API_URL and the network`);
            }
            if (res.ok)
                break;
            const message = await bodyMessage(res);
            const until = rateLimitedUntil(res.status, res.headers, now(), message);
            if (until === undefined)
                throw new GitHubApiError(explain(res.status, message, opts));
            if (attempt >= MAX_RATE_LIMIT_RETRIES)
                throw new GitHubApiError(rateLimitMessage(until));
            await waitOrFail(until);
        }
        const data = await res.json().catch(() => undefined);
        if (!Array.isArray(data))
            throw new GitHubApiError(`the GitHub API did not answer with a list for ${opts.what ?? path}; check GITHUB_API_URL`);
        yield data;
        const next = nextLink(res.headers.get('link'));
        if (next !== undefined && new URL(next, url).origin !== origin) {
            // The token must never travel to another host.
            throw new GitHubApiError(`the GitHub API pointed the next page to another host (${new URL(next, url).origin}); refusing to follow it`);
        }
        url = next === undefined ? undefined : new URL(next, url).href;
        // Quota spent with pages still to fetch: wait for the reset (briefly) or say when to retry.
        if (url && res.headers.get('x-ratelimit-remaining') === '0') {
            const reset = res.headers.get('x-ratelimit-reset');
            if (reset !== null && /^\d+$/.test(reset))
                await waitOrFail(Number(reset) * 1000);
        }
    }
}

;// CONCATENATED MODULE: ./src/org/list-repos.ts

/** GitHub refuses a matrix of more than 256 jobs. */
const MAX_MATRIX_JOBS = 256;
/** Applies the filters to one page of answers; pure, so the rules are testable without a server. */
function selectRepos(repos, filter, into) {
    const topic = filter.topic?.toLowerCase();
    for (const r of repos) {
        if (typeof r.full_name !== 'string')
            continue;
        // Disabled repositories cannot be cloned; they would only fail the matrix job.
        if (r.disabled === true)
            into.excluded.disabled++;
        else if (r.archived === true && !filter.includeArchived)
            into.excluded.archived++;
        else if (r.fork === true && !filter.includeForks)
            into.excluded.forks++;
        else if (topic !== undefined && !(Array.isArray(r.topics) && r.topics.some((t) => typeof t === 'string' && t.toLowerCase() === topic))) {
            into.excluded.topic++;
        }
        else
            into.repositories.push(r.full_name);
    }
}
/** Lists an organisation's repositories through `GET /orgs/{org}/repos`, every page. */
async function listOrgRepos(org, filter, rest) {
    const listing = { repositories: [], excluded: { archived: 0, forks: 0, topic: 0, disabled: 0 } };
    const path = `/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`;
    for await (const page of paginate(path, { what: `organisation ${org}`, ...rest }))
        selectRepos(page, filter, listing);
    listing.repositories = [...new Set(listing.repositories)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return listing;
}
/** Splits a list into chunks of at most `size`, each small enough for one `strategy.matrix`. */
function chunk(items, size = MAX_MATRIX_JOBS) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_MATRIX_JOBS)
        throw new RangeError(`chunk size must be 1..${MAX_MATRIX_JOBS}`);
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/cli/subcommands/org-list.ts




const ORG_LIST_USAGE = `Usage: leakproof org list --org NAME [--topic T] [--include-archived] [--include-forks] [--chunk N]
                         [--token TOKEN]
Prints a JSON array of chunks of "owner/name" strings, each at most ${MAX_MATRIX_JOBS} long (one matrix each).
The token comes from --token or GITHUB_TOKEN; GITHUB_API_URL selects GitHub Enterprise Server.
`;
function parseOrgListArgs(argv, env) {
    const p = parseOptions(argv, { '--org': 'NAME', '--topic': 'TOPIC', '--chunk': 'N', '--token': 'TOKEN' }, ['--include-archived', '--include-forks']);
    if (p.flags.has('--help'))
        return 'help';
    if (p.positionals.length > 0)
        throw new UsageError(`org list takes no positional arguments (got ${p.positionals.join(' ')})`);
    const org = last(p, '--org');
    if (!org)
        throw new UsageError('org list needs --org NAME');
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})$/.test(org))
        throw new UsageError(`--org takes an organisation login such as my-org (got "${org}")`);
    const size = last(p, '--chunk') ?? String(MAX_MATRIX_JOBS);
    if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_MATRIX_JOBS) {
        throw new UsageError(`--chunk takes a number of repositories per matrix from 1 to ${MAX_MATRIX_JOBS} (got "${size}")`);
    }
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    if (!/^https?:\/\/[^\s]+$/.test(apiUrl))
        throw new UsageError(`GITHUB_API_URL must be an http(s) URL (got "${apiUrl}")`);
    const cmd = {
        org,
        includeArchived: p.flags.has('--include-archived'),
        includeForks: p.flags.has('--include-forks'),
        chunkSize: Number(size),
        apiUrl,
    };
    const topic = last(p, '--topic');
    if (topic !== undefined) {
        if (topic === '')
            throw new UsageError('--topic needs a topic name');
        cmd.topic = topic;
    }
    const token = last(p, '--token') || env.GITHUB_TOKEN;
    if (token)
        cmd.token = token;
    return cmd;
}
/** `leakproof org list`: the organisation's repositories as matrix-sized chunks on stdout, a summary on stderr. */
function runOrgList(argv, io) {
    return guarded(io, ORG_LIST_USAGE, async () => {
        const cmd = parseOrgListArgs(argv, io.env);
        if (cmd === 'help') {
            io.stdout.write(ORG_LIST_USAGE);
            return EXIT_OK;
        }
        const listing = await listOrgRepos(cmd.org, { topic: cmd.topic, includeArchived: cmd.includeArchived, includeForks: cmd.includeForks }, { apiUrl: cmd.apiUrl, token: cmd.token });
        const chunks = chunk(listing.repositories, cmd.chunkSize);
        const ex = listing.excluded;
        const left = [
            ex.archived ? `${ex.archived} archived` : '',
            ex.forks ? plural(ex.forks, 'fork') : '',
            ex.topic ? `${ex.topic} without topic ${cmd.topic}` : '',
            ex.disabled ? `${ex.disabled} disabled` : '',
        ].filter(Boolean);
        io.stderr.write(`leakproof: ${plural(listing.repositories.length, 'repository', 'repositories')} in ${cmd.org}` +
            `${left.length ? ` (left out: ${left.join(', ')})` : ''}, ${plural(chunks.length, 'chunk')} of at most ${cmd.chunkSize}\n`);
        // One line, so it fits a GITHUB_OUTPUT `name=value` entry.
        io.stdout.write(JSON.stringify(chunks) + '\n');
        return EXIT_OK;
    });
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * A one-line progress counter on a terminal's stderr, shown only once a scan
 * has run for a second, redrawn at most ten times a second, and erased at the end.
 */
class Progress {
    out;
    started = Date.now();
    lastDraw = 0;
    drawn = false;
    constructor(out) {
        this.out = out;
    }
    update(done, total) {
        this.draw(`scanning ${done}/${total} files…`);
    }
    /** For a history scan, whose length is not known up front. */
    commits(done) {
        this.draw(`scanning history: ${done} commits…`);
    }
    draw(text) {
        const now = Date.now();
        if (now - this.started < 1000 || now - this.lastDraw < 100)
            return;
        this.lastDraw = now;
        this.drawn = true;
        this.out.write(`\r\u001b[2Kleakproof: ${text}`);
    }
    clear() {
        if (this.drawn)
            this.out.write('\r\u001b[2K');
    }
}

;// CONCATENATED MODULE: ./src/engine/git-sources/spawn.ts


/** Starts a long-running git process whose output is read as a stream. */
function spawnGit(cwd, args) {
    return (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_HARDENING, ...args], {
        cwd,
        env: gitEnv(),
        windowsHide: true,
    });
}
/** Resolves when the process exits; rejects with git's first stderr line on failure. */
function exited(child, what) {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
        if (stderr.length < 4096)
            stderr += s;
    });
    return new Promise((resolve, reject) => {
        child.on('error', (err) => {
            reject(err.code === 'ENOENT' ? new GitUnavailable('git is not installed or not on PATH') : err);
        });
        child.on('close', (code, signal) => {
            if (code === 0 || signal === 'SIGTERM')
                resolve();
            else
                reject(new Error(`git ${what} failed: ${stderr.trim().split('\n')[0] || `exit code ${code}`}`));
        });
    });
}
/** Longest header line kept; content lines are only looked at for their first bytes. */
const MAX_KEPT_LINE = 64 * 1024;
/**
 * Splits a byte stream into lines without ever holding a whole long line:
 * each line yields at most MAX_KEPT_LINE bytes (the rest is dropped), so a
 * minified file in a patch costs no more memory than a short one.
 */
async function* lines(stream) {
    let parts = [];
    let kept = 0;
    for await (const chunk of stream) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            const end = nl < 0 ? chunk.length : nl;
            if (kept < MAX_KEPT_LINE && end > start) {
                const piece = chunk.subarray(start, Math.min(end, start + MAX_KEPT_LINE - kept));
                // Copy: the chunk may be reused by the stream.
                parts.push(Buffer.from(piece));
                kept += piece.length;
            }
            if (nl < 0)
                break;
            yield parts.length === 1 ? parts[0] : Buffer.concat(parts);
            parts = [];
            kept = 0;
            start = nl + 1;
        }
    }
    if (kept > 0)
        yield Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/engine/git-sources/cat-file.ts


/**
 * One `git cat-file --batch` process for all the objects a scan reads: names
 * (`:path`, `<sha>`, `HEAD:path`) go in on stdin, objects come back in order.
 * Blobs over the size limit are not kept, only their first bytes.
 */
class CatFile {
    child;
    done;
    queue = [];
    buf = Buffer.alloc(0);
    /** The object being received: its header is parsed, its bytes are still arriving. */
    current = null;
    failure = null;
    constructor(cwd) {
        this.child = spawnGit(cwd, ['cat-file', '--batch']);
        this.done = exited(this.child, 'cat-file');
        this.done.catch((e) => this.fail(e));
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.stdin.on('error', () => {
            // git exited early; the exit handler reports why.
        });
    }
    read(name, maxSize) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (name.includes('\n'))
            return Promise.resolve(null);
        return new Promise((resolve, reject) => {
            this.queue.push({ maxSize, resolve, reject });
            this.child.stdin.write(`${name}\n`);
        });
    }
    async close() {
        this.child.stdin.end();
        await this.done.catch(() => undefined);
    }
    fail(e) {
        this.failure = e;
        for (const p of this.queue.splice(0))
            p.reject(e);
    }
    receive(chunk) {
        this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
        for (;;) {
            if (this.current) {
                const c = this.current;
                const want = c.size - c.got;
                const take = Math.min(want, this.buf.length);
                if (take > 0) {
                    const piece = this.buf.subarray(0, take);
                    const pending = this.queue[0];
                    if (c.size <= pending.maxSize)
                        c.parts.push(piece);
                    else if (c.got < engine_text/* SNIFF_BYTES */.dD)
                        c.parts.push(piece.subarray(0, engine_text/* SNIFF_BYTES */.dD - c.got));
                    c.got += take;
                    this.buf = this.buf.subarray(take);
                }
                if (c.got < c.size || this.buf.length < 1)
                    return;
                // Each object is followed by one LF.
                this.buf = this.buf.subarray(1);
                const pending = this.queue.shift();
                const all = Buffer.concat(c.parts);
                const body = c.size <= pending.maxSize ? all : null;
                this.current = null;
                pending.resolve({ head: all.subarray(0, engine_text/* SNIFF_BYTES */.dD), body, size: c.size, type: c.type });
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.toString('utf8', 0, nl);
            this.buf = this.buf.subarray(nl + 1);
            // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
            const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
            if (!m) {
                this.queue.shift()?.resolve(null);
                continue;
            }
            this.current = { type: m[1], size: Number(m[2]), parts: [], got: 0, head: null };
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/git-sources/quote.ts
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
/** A whole header value that is one path, quoted or not (`rename to …`, `+++ b/…`). */
function unquoteWhole(s) {
    return s.startsWith('"') ? readGitPath(s, 0).path : s;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/patch.ts

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * Reads `git diff`/`git log -p` output (unified, `-U0`) line by line and
 * reports each file's header facts and added line ranges. Content lines are
 * only classified by their first byte, never kept.
 */
class PatchReader {
    events;
    file = null;
    inHunks = false;
    constructor(events) {
        this.events = events;
    }
    line(buf) {
        const first = buf.length > 0 ? buf[0] : -1;
        if (this.inHunks && (first === 43 /* + */ || first === 45 /* - */ || first === 32 /* space */ || first === 92 /* \ */))
            return;
        if (first === 0) {
            this.flush();
            this.events.onCommit?.(buf.toString('utf8', 1));
            return;
        }
        const s = buf.toString('utf8');
        if (s.startsWith('diff --git ')) {
            this.flush();
            this.file = { path: headerPath(s.slice(11)), mode: null, oid: null, isNew: false, isDeleted: false, binary: false, added: [] };
            return;
        }
        const f = this.file;
        if (!f)
            return;
        if (s.startsWith('@@ ')) {
            this.inHunks = true;
            const m = HUNK.exec(s);
            if (!m)
                return;
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0) {
                const last = f.added.length;
                // -U0 hunks that touch are merged into one range.
                if (last > 0 && f.added[last - 1] === start)
                    f.added[last - 1] = start + count;
                else
                    f.added.push(start, start + count);
            }
            return;
        }
        if (this.inHunks)
            return;
        if (s.startsWith('+++ ')) {
            const p = unquoteWhole(s.slice(4));
            if (p.startsWith('b/'))
                f.path = p.slice(2);
        }
        else if (s.startsWith('new file mode ')) {
            f.isNew = true;
            f.mode = s.slice(14).trim();
        }
        else if (s.startsWith('deleted file mode ')) {
            f.isDeleted = true;
        }
        else if (s.startsWith('new mode ')) {
            f.mode = s.slice(9).trim();
        }
        else if (s.startsWith('index ')) {
            const m = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(s);
            if (m) {
                f.oid = m[1];
                if (m[2])
                    f.mode = m[2];
            }
        }
        else if (s.startsWith('rename to ') || s.startsWith('copy to ')) {
            f.path = unquoteWhole(s.slice(s.indexOf(' to ') + 4));
        }
        else if (s.startsWith('Binary files ') || s === 'GIT binary patch') {
            f.binary = true;
        }
    }
    /** Reports the last file; call once the stream has ended. */
    end() {
        this.flush();
    }
    flush() {
        if (this.file)
            this.events.onFile(this.file);
        this.file = null;
        this.inHunks = false;
    }
}
/** The new-side path from `a/<p> b/<p>` (quoted or not); renames are read from later header lines. */
function headerPath(rest) {
    if (rest.startsWith('"')) {
        const a = readGitPath(rest, 0);
        const b = readGitPath(rest, a.end + 1).path;
        return b.startsWith('b/') ? b.slice(2) : b;
    }
    // Without a rename both sides are the same path: "a/P b/P".
    const n = (rest.length - 5) / 2;
    if (Number.isInteger(n) && n > 0 && rest.slice(2, 2 + n) === rest.slice(5 + n))
        return rest.slice(2, 2 + n);
    const b = rest.lastIndexOf(' b/');
    return b >= 0 ? rest.slice(b + 3) : rest;
}
/** A predicate for "this line number was added", from [start, end) pairs. */
function addedLines(ranges) {
    return (line) => {
        let lo = 0;
        let hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (line < ranges[2 * mid])
                hi = mid - 1;
            else if (line >= ranges[2 * mid + 1])
                lo = mid + 1;
            else
                return true;
        }
        return false;
    };
}

;// CONCATENATED MODULE: ./src/engine/git-sources/raw.ts

/** Parses `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`. */
function parseRaw(buf) {
    const fields = splitZ(buf);
    const out = [];
    for (let i = 0; i < fields.length; i++) {
        const meta = fields[i];
        if (!meta.startsWith(':'))
            continue;
        const [, newMode, , newOid, status] = meta.slice(1).split(' ');
        if (!newMode || !newOid || !status)
            continue;
        const letter = status[0];
        if (letter === 'R' || letter === 'C') {
            out.push({ status: letter, oldPath: fields[i + 1], path: fields[i + 2], mode: newMode, oid: newOid });
            i += 2;
        }
        else {
            out.push({ status: letter, oldPath: null, path: fields[i + 1], mode: newMode, oid: newOid });
            i += 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/diff-args.ts
/**
 * Flags that make patch output the same whatever the user's git config:
 * no colour, no external diff or textconv, standard prefixes, line ranges only.
 */
const PATCH_FLAGS = [
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--full-index',
];
/** Deleted files add nothing; leaving them out keeps the stream small. */
const NOT_DELETED = '--diff-filter=ACMRT';

;// CONCATENATED MODULE: ./src/engine/git-sources/changes.ts








/** Files read at once: requests stay pipelined, memory stays bounded. */
const READ_BATCH = 64;
/** The files a diff touches, with their added line ranges: two git calls, whatever the size of the tree. */
async function changedFiles(opts) {
    const common = ['-M', NOT_DELETED, '--ignore-submodules=dirty', ...(opts.relative ? ['--relative'] : [])];
    const [raw, patch] = await Promise.all([
        git(opts.cwd, ['diff', ...opts.against, '--raw', '-z', '--no-abbrev', ...common, '--']),
        git(opts.cwd, ['diff', ...opts.against, ...PATCH_FLAGS, ...common, '--']),
    ]);
    const ranges = new Map();
    const reader = new PatchReader({ onFile: (f) => ranges.set(f.path, f.added) });
    let start = 0;
    for (let i = 0; i <= patch.length; i++) {
        if (i === patch.length || patch[i] === 10) {
            reader.line(patch.subarray(start, i));
            start = i + 1;
        }
    }
    reader.end();
    const files = parseRaw(raw).map((c) => ({
        path: c.path,
        status: 'tracked',
        isNew: c.status === 'A',
        mode: c.mode,
        oid: c.oid,
        added: ranges.get(c.path) ?? [],
    }));
    for (const path of opts.untracked) {
        files.push({ path, status: 'untracked', isNew: true, mode: '100644', oid: '', added: [] });
    }
    return files;
}
/** Runs the rules over changed files: content rules on added lines, path rules on every changed path. */
async function scanChanges(root, files, source, opts, rules, started) {
    const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const stats = (0,pipeline/* emptyStats */.bD)();
    const errors = [];
    const collector = new pipeline/* FindingCollector */.xe((0,pipeline/* enabledRules */.nb)(rules, opts.rules), (0,pipeline/* ruleSettings */.I8)(opts), stats);
    const ignored = pathMatcher(opts.ignore ?? []);
    files = files.filter((f) => !ignored(f.path));
    const entries = [];
    const readable = files.filter((f) => f.mode !== '160000' && f.mode !== '120000');
    for (const f of files) {
        if (f.mode === '160000')
            entries.push({ path: f.path, status: f.status, kind: 'gitlink' });
        if (f.mode === '120000') {
            entries.push({ path: f.path, status: f.status, kind: 'symlink' });
            stats.skipped.symlink++;
        }
    }
    for (let b = 0; b < readable.length; b += READ_BATCH) {
        const batch = readable.slice(b, b + READ_BATCH);
        const contents = await Promise.all(batch.map((f) => source.read(f, maxFileSize)));
        batch.forEach((f, i) => {
            const got = contents[i];
            if ('skipped' in got) {
                stats.skipped[got.skipped]++;
                if (got.skipped === 'symlink')
                    entries.push({ path: f.path, status: f.status, kind: 'symlink' });
                if (got.message)
                    errors.push({ path: f.path, message: got.message });
                return;
            }
            entries.push({ path: f.path, status: f.status, kind: 'file' });
            collector.addFile({ path: f.path, status: f.status, head: got.head, body: got.body, size: got.size }, f.isNew ? undefined : addedLines(f.added));
        });
    }
    await collector.addTree({ mode: 'git', settings: collector.settings, entries, readText: (p) => source.readText(p) });
    const finished = collector.finish();
    const { findings, baseline } = settle(finished.findings, finished.comments, opts);
    if (baseline)
        stats.baseline = baseline;
    const secretValues = finished.secretValues;
    stats.durationMs = Math.round(performance.now() - started);
    return { root, mode: 'git', findings, stats, errors, secretValues };
}

;// CONCATENATED MODULE: ./src/engine/git-sources/repo.ts



/** Checks that `root` is in a git work tree; git modes make no sense elsewhere. */
async function repoInfo(root, option) {
    const st = await external_node_fs_.promises.stat(root).catch(() => null);
    if (!st?.isDirectory())
        throw new ScanInputError(`${root} is not a folder: pass the repository folder to scan, e.g. \`leakproof ${option}\``);
    // Two git calls at once (each spawn costs more than the work): where we are, and whether there is a commit.
    let where;
    let head;
    try {
        const [w, h] = await Promise.all([
            git(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], { allowFailure: true }),
            git(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allowFailure: true }),
        ]);
        where = w.toString('utf8').split('\n');
        head = h;
    }
    catch (e) {
        if (e instanceof GitUnavailable)
            throw new ScanInputError(`${option} needs git, which is not installed or not on PATH`);
        throw e;
    }
    if (where[0].trim() !== 'true')
        throw new ScanInputError(`${option} needs a git work tree, and ${root} is not in one: run it inside a repository`);
    const prefix = (where[1] ?? '').trim();
    return { prefix, hasHead: head.length > 0 };
}
/** Resolves REF to a commit id, or fails with a line that says what to do. */
async function resolveRef(root, ref) {
    if (ref.startsWith('-'))
        throw new ScanInputError(`--since takes a branch, tag or commit, not "${ref}"`);
    const out = (await git(root, ['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true }))
        .toString('utf8')
        .trim();
    if (!out) {
        throw new ScanInputError(`--since: "${ref}" is not a commit in this repository; pass a branch, tag or commit id that exists here (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/git-sources/staged.ts







const EMPTY_OID = /^0+$/;
/**
 * Scans what is staged, exactly as it will be committed: content comes from
 * the index (a partially staged file is scanned as staged, not as edited),
 * and content rules report only the lines the commit adds.
 */
async function scanStaged(options, rules = src_rules/* RULES */.y) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    const repo = await repoInfo(root, '--staged');
    const files = await changedFiles({ cwd: root, against: ['--cached'], relative: repo.prefix !== '', untracked: [] });
    const cat = new CatFile(root);
    const source = {
        async read(file, maxSize) {
            const blob = EMPTY_OID.test(file.oid) ? null : await cat.read(file.oid, maxSize);
            return blob ?? { skipped: 'missing' };
        },
        async readText(p) {
            return (0,engine_text/* textOf */.b6)(await cat.read(`:${repo.prefix}${p}`, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
        },
    };
    try {
        return { ...(await scanChanges(root, files, source, options, rules, started)), changes: 'staged changes' };
    }
    finally {
        await cat.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/git-sources/since.ts








/**
 * Scans the files that differ between REF and the work tree (and untracked
 * files that are not ignored): content rules on the added lines only.
 */
async function scanSince(options, rules = src_rules/* RULES */.y) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    await repoInfo(root, '--since');
    const commit = await resolveRef(root, options.since);
    const untracked = splitZ(await git(root, ['ls-files', '-z', '--others', '--exclude-standard']));
    const files = await changedFiles({ cwd: root, against: [commit], relative: true, untracked: untracked.filter((p) => !p.endsWith('/')) });
    const reader = new engine_read/* SafeReader */.H(root);
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
            const out = reader.readSync(p, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
            return out.kind === 'ok' ? (0,engine_text/* textOf */.b6)(out) : null;
        },
    };
    return { ...(await scanChanges(root, files, source, options, rules, started)), changes: `changes since ${options.since}` };
}

;// CONCATENATED MODULE: ./src/engine/git-sources/history.ts













const ZERO_OID = /^0+$/;
/** Blobs requested ahead: enough to keep cat-file busy, few enough (each at most --max-file-size) to keep memory bounded. */
const PREFETCH_FILES = 64;
const PREFETCH_COMMITS = 32;
function pendingFiles(commits) {
    let n = 0;
    for (const c of commits)
        n += c.files.length;
    return n;
}
/**
 * Scans every commit reachable from HEAD (or in since..HEAD), newest first,
 * from one `git log -p` stream and one `git cat-file --batch` process. Only
 * one commit's file list is held at a time. Content rules see each changed
 * file whole (for context) but report only its added lines. Merge commits are
 * diffed against their first parent, so a secret written while resolving a
 * conflict is found too; what a merge brings in from the other branch is
 * attributed to the older commit that introduced it.
 */
async function scanHistory(options, rules = src_rules/* RULES */.y) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    rules = (0,pipeline/* enabledRules */.nb)(rules, options.rules);
    const ignored = pathMatcher(options.ignore ?? []);
    const repo = await repoInfo(root, '--history');
    const stats = (0,pipeline/* emptyStats */.bD)();
    const shallow = (await git(root, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
    const since = options.since !== undefined ? await resolveRef(root, options.since) : undefined;
    const history = { commits: 0, shallow, ...(options.since !== undefined ? { since: options.since } : {}) };
    if (!repo.hasHead) {
        return { root, mode: 'git', findings: [], stats, errors: [], secretValues: [], history };
    }
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const settings = (0,pipeline/* ruleSettings */.I8)(options);
    const cat = new CatFile(root);
    /** The earliest commit seen so far for each finding (the walk goes newest first). */
    const byFingerprint = new Map();
    const secretValues = new Set();
    const readable = (c) => c.files.filter((f) => !f.isDeleted && f.mode !== '160000' && f.mode !== '120000' && f.oid && !ZERO_OID.test(f.oid));
    /**
     * Asks cat-file for the blobs of several commits at once, so git is never
     * idle waiting for the next request; at most PREFETCH_FILES ahead, the
     * rest is read when its commit comes.
     */
    const scanBatch = async (commits) => {
        let budget = PREFETCH_FILES;
        const reads = commits.map((c) => {
            const files = readable(c);
            if (files.length > budget) {
                budget = 0;
                return undefined;
            }
            budget -= files.length;
            return files.map((f) => cat.read(f.oid, maxFileSize));
        });
        for (let i = 0; i < commits.length; i++)
            await scanCommit(commits[i], reads[i]);
    };
    const scanCommit = async (c, reads) => {
        const collector = new pipeline/* FindingCollector */.xe(rules, settings, stats);
        const entries = [];
        c.files = c.files.filter((f) => !ignored(f.path));
        for (const f of c.files) {
            if (f.isDeleted)
                continue;
            if (f.mode === '160000')
                entries.push({ path: f.path, status: 'tracked', kind: 'gitlink' });
            else if (f.mode === '120000')
                stats.skipped.symlink++;
        }
        const files = readable(c);
        for (let b = 0; b < files.length; b += PREFETCH_FILES) {
            const window = files.slice(b, b + PREFETCH_FILES);
            const blobs = await Promise.all(reads ? reads.slice(b, b + PREFETCH_FILES) : window.map((f) => cat.read(f.oid, maxFileSize)));
            window.forEach((f, i) => {
                const blob = blobs[i];
                if (!blob) {
                    stats.skipped.missing++;
                    return;
                }
                entries.push({ path: f.path, status: 'tracked', kind: 'file' });
                collector.addFile({ path: f.path, status: 'tracked', head: blob.head, body: blob.body, size: blob.size }, f.isNew ? undefined : addedLines(f.added));
            });
        }
        await collector.addTree({
            mode: 'git',
            settings,
            entries,
            readText: async (p) => {
                return (0,engine_text/* textOf */.b6)(await cat.read(`${c.sha}:${repo.prefix}${p}`, maxFileSize));
            },
        });
        const done = collector.finish();
        for (const v of done.secretValues)
            secretValues.add(v);
        for (const f of done.findings)
            byFingerprint.set(f.fingerprint, { ...f, commit: { sha: c.sha, date: c.date, deleted: false } });
    };
    const maxCount = options.maxCommits !== undefined ? [`--max-count=${options.maxCommits}`] : [];
    const args = [
        'log',
        '--no-renames',
        '--diff-merges=first-parent',
        NOT_DELETED,
        ...PATCH_FLAGS,
        '--no-show-signature',
        '--relative',
        '--format=%x00%H %aI',
        ...maxCount,
        '--end-of-options',
        since ? `${since}..HEAD` : 'HEAD',
        '--',
    ];
    const range = since ? `${since}..HEAD` : 'HEAD';
    // The filter that keeps deletions out of the stream also hides commits that only delete: count them apart.
    const total = git(root, ['rev-list', '--count', ...maxCount, '--end-of-options', range, '--']);
    total.catch(() => undefined);
    const child = spawnGit(root, args);
    const exit = exited(child, 'log');
    let current = null;
    let pending = [];
    const reader = new PatchReader({
        onCommit(header) {
            const sp = header.indexOf(' ');
            current = { sha: header.slice(0, sp), date: header.slice(sp + 1), files: [] };
            pending.push(current);
        },
        onFile(f) {
            current?.files.push(f);
        },
    });
    let scanned = 0;
    try {
        for await (const line of lines(child.stdout)) {
            reader.line(line);
            // A commit is complete once the next one starts; complete commits are scanned in small batches.
            const ready = pending.length - 1;
            if (ready > 0 && (ready >= PREFETCH_COMMITS || pendingFiles(pending) >= PREFETCH_FILES)) {
                const batch = pending.slice(0, ready);
                pending = pending.slice(ready);
                await scanBatch(batch);
                scanned += batch.length;
                options.onCommit?.(scanned);
            }
        }
        reader.end();
        await scanBatch(pending);
        await exit;
        history.commits = Number((await total).toString('utf8').trim()) || 0;
        const seen = [...byFingerprint.values()];
        await markDeleted(root, repo.prefix, seen, cat, rules, settings, maxFileSize);
        // History has no inline comments to honour; levels, `allow` and the baseline apply as for a folder scan.
        const { findings, baseline } = settle(seen, [], options);
        if (baseline)
            stats.baseline = baseline;
        findings.sort(pipeline/* compareFindings */.Eg);
        stats.durationMs = Math.round(performance.now() - started);
        return { root, mode: 'git', findings, stats, errors: [], secretValues: [...secretValues].sort(), history };
    }
    finally {
        if (child.exitCode === null)
            child.kill();
        await cat.close();
    }
}
/**
 * A finding is `deleted` when its path is gone from HEAD, or when scanning
 * HEAD's version of the file no longer yields the same fingerprint.
 */
async function markDeleted(root, prefix, findings, cat, rules, settings, maxFileSize) {
    if (findings.length === 0)
        return;
    const headPaths = new Set(splitZ(await git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])));
    const paths = [...new Set(findings.filter((f) => headPaths.has(f.path) && f.line !== undefined).map((f) => f.path))];
    const present = new Set();
    for (const p of paths) {
        const blob = await cat.read(`HEAD:${prefix}${p}`, maxFileSize);
        if (!blob)
            continue;
        const collector = new pipeline/* FindingCollector */.xe(rules, settings, (0,pipeline/* emptyStats */.bD)());
        collector.addFile({ path: p, status: 'tracked', head: blob.head, body: blob.body, size: blob.size });
        for (const f of collector.finish().findings)
            present.add(f.fingerprint);
    }
    for (const f of findings) {
        const gone = !headPaths.has(f.path) || (f.line !== undefined && !present.has(f.fingerprint));
        f.commit.deleted = gone;
    }
}

;// CONCATENATED MODULE: ./src/cli/hook.ts




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
    const st = await external_node_fs_.promises.stat(dir).catch(() => null);
    if (!st?.isDirectory())
        throw new ScanInputError(`${external_node_path_.resolve(dir)} is not a folder: pass the repository folder, e.g. \`leakproof install-hook .\``);
    const inside = (await git(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).toString('utf8').trim();
    if (inside !== 'true')
        throw new ScanInputError(`${external_node_path_.resolve(dir)} is not in a git work tree: run install-hook inside the repository`);
    const hooksDir = await hooksDirectory(dir);
    if (/(^|[\\/])\.husky([\\/]|$)/.test(hooksDir)) {
        throw new ScanInputError(`hooks are managed by husky (core.hooksPath=${hooksDir}): add \`leakproof --staged\` to .husky/pre-commit instead`);
    }
    const file = external_node_path_.join(hooksDir, 'pre-commit');
    let existing = null;
    try {
        const st = await external_node_fs_.promises.lstat(file);
        if (!st.isFile())
            throw new ScanInputError(`${file} is not a regular file (a symlink?): add \`leakproof --staged\` to the hook it points to by hand`);
        existing = await external_node_fs_.promises.readFile(file, 'utf8');
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
            throw new ScanInputError(`${file} is not a shell script (${firstLine}): add a call to \`leakproof --staged\` to it by hand`);
        }
        text = firstLine.startsWith('#!')
            ? `${firstLine}\n${HOOK_BLOCK}\n${nl < 0 ? '' : existing.slice(nl + 1)}`
            : `${HOOK_BLOCK}\n${existing}`;
    }
    await external_node_fs_.promises.mkdir(hooksDir, { recursive: true });
    // Write next to the hook and rename, so a crash never leaves half a hook.
    const tmp = `${file}.leakproof-${process.pid}`;
    await external_node_fs_.promises.writeFile(tmp, text, { mode: 0o755, flag: 'wx' });
    await external_node_fs_.promises.rename(tmp, file);
    await ensureExecutable(file);
    return { file, action: existing === null ? 'created' : 'added' };
}
async function hooksDirectory(dir) {
    const configured = (await git(dir, ['config', '--get', 'core.hooksPath'], { allowFailure: true })).toString('utf8').trim();
    if (configured) {
        // A relative core.hooksPath is relative to the top of the work tree, where hooks run.
        const top = (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
        return external_node_path_.resolve(top, configured.replace(/^~(?=\/|$)/, process.env.HOME ?? '~'));
    }
    const p = (await git(dir, ['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim();
    return external_node_path_.resolve(dir, p);
}
async function ensureExecutable(file) {
    const st = await external_node_fs_.promises.stat(file);
    if ((st.mode & 0o111) !== 0o111)
        await external_node_fs_.promises.chmod(file, st.mode | 0o111);
}

;// CONCATENATED MODULE: ./src/cli/run.ts






















const run_EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const run_EXIT_USAGE = 2;
const run_RANK = { error: 3, warning: 2, notice: 1 };
/** True when an active finding is at least as severe as `failOn`. */
function reachesFailOn(result, failOn) {
    if (failOn === 'never')
        return false;
    return result.findings.some((f) => !f.suppressed && run_RANK[f.severity] >= run_RANK[failOn]);
}
/** Runs the CLI and returns its exit code; never throws. */
async function run(argv, io) {
    // Subcommands have their own options; a folder named `report` or `org` is still scannable.
    if (argv[0] === 'report' && argv[1] === 'merge')
        return runReportMerge(argv.slice(2), io);
    if (argv[0] === 'org' && argv[1] === 'list')
        return runOrgList(argv.slice(2), io);
    try {
        const cmd = parseArgs(argv);
        switch (cmd.kind) {
            case 'help':
                io.stdout.write(HELP);
                return run_EXIT_OK;
            case 'version':
                io.stdout.write(`${VERSION}\n`);
                return run_EXIT_OK;
            case 'list-rules':
                io.stdout.write(listRules(cmd.format));
                return run_EXIT_OK;
            case 'explain': {
                const rule = (0,src_rules/* findRule */.I)(cmd.rule);
                if (!rule)
                    throw unknownRule(cmd.rule);
                io.stdout.write(ruleText(rule));
                return run_EXIT_OK;
            }
            case 'init': {
                const written = await writeStarterConfig(cmd.path);
                io.stdout.write(`Wrote ${written}: every key is commented out; uncomment what you need.\n`);
                return run_EXIT_OK;
            }
            case 'scan':
                return await runScan(cmd, io);
            case 'install-hook': {
                const out = await installHook(cmd.path);
                const what = { created: 'created', added: 'added leakproof to', unchanged: 'leakproof is already in' }[out.action];
                io.stdout.write(`${what} ${out.file}: commits now run \`leakproof --staged\`\n`);
                return run_EXIT_OK;
            }
        }
    }
    catch (e) {
        if (e instanceof ConfigError || e instanceof BaselineError) {
            io.stderr.write(`leakproof: ${e.message}\n`);
            return run_EXIT_USAGE;
        }
        if (e instanceof UsageError || e instanceof ScanInputError) {
            io.stderr.write(`leakproof: ${e.message}\n`);
            return run_EXIT_USAGE;
        }
        const msg = e instanceof Error ? e.message : String(e);
        io.stderr.write(`leakproof: ${msg}${io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)'}\n`);
        if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack)
            io.stderr.write(`${e.stack}\n`);
        return run_EXIT_USAGE;
    }
}
async function runScan(cmd, io) {
    const showProgress = cmd.format === 'text' && !!io.stderr.isTTY && !io.env.CI;
    const progress = showProgress ? new Progress(io.stderr) : null;
    const config = await loadConfig(cmd.path, cmd.config);
    const baseline = cmd.baseline !== undefined ? await readBaseline(cmd.baseline) : undefined;
    let result;
    try {
        result = await scanFor(cmd, progress, {
            ...scanOptionsFromConfig(config),
            includeIgnored: cmd.includeIgnored || config.includeIgnored === true,
            maxFileSize: cmd.maxFileSize ?? config.maxFileSize,
            baseline,
        });
    }
    finally {
        progress?.clear();
    }
    if (result.history?.shallow) {
        io.stderr.write('leakproof: warning: this is a shallow clone, so older commits were not scanned; fetch the whole history first (actions/checkout: `fetch-depth: 0`, or `git fetch --unshallow`)\n');
    }
    for (const err of result.errors) {
        // An error about the folder itself ('.') is not about one skipped file.
        io.stderr.write(`leakproof: warning: ${printable(err.path)}: ${err.message}${err.path === '.' ? '' : '; skipped'}\n`);
    }
    if (cmd.pruneBaseline && baseline) {
        const kept = pruneBaseline(baseline, result.findings);
        await writeOut(cmd.baseline, formatBaseline(kept), '--baseline');
        const removed = baseline.entries.length - kept.entries.length;
        io.stderr.write(`leakproof: pruned ${cmd.baseline}: removed ${removed} stale ${removed === 1 ? 'entry' : 'entries'}, kept ${kept.entries.length}\n`);
        result.stats.baseline = { entries: kept.entries.length, matched: kept.entries.length, stale: 0 };
    }
    const toFile = cmd.output !== undefined;
    const report = cmd.format === 'json'
        ? formatJson(result, cmd.path, resolveRepository(cmd, io.env))
        : cmd.format === 'sarif'
            ? formatSarif(result)
            : formatText(result, { colors: palette(!toFile && colorEnabled(io.stdout, io.env)), showSuppressed: cmd.showSuppressed });
    if (toFile) {
        try {
            await (0,promises_namespaceObject.writeFile)(cmd.output, report);
        }
        catch (e) {
            throw new UsageError(`cannot write ${cmd.output}: ${e.code ?? String(e)}; pick a writable path for --output`);
        }
        io.stderr.write(`leakproof: ${summary(result)}; report written to ${cmd.output}\n`);
    }
    else
        io.stdout.write(report);
    if (cmd.writeBaseline !== undefined) {
        const written = baselineFrom(result.findings);
        await writeOut(cmd.writeBaseline, formatBaseline(written), '--write-baseline');
        const n = written.entries.length;
        io.stderr.write(`leakproof: wrote ${n} ${n === 1 ? 'finding' : 'findings'} to ${cmd.writeBaseline}; scan with --baseline ${cmd.writeBaseline} to fail only on new ones\n`);
        // Recording today's findings is the point of the command, so they do not fail it.
        return run_EXIT_OK;
    }
    return reachesFailOn(result, cmd.failOn ?? config.failOn ?? 'error') ? EXIT_FINDINGS : run_EXIT_OK;
}
async function readBaseline(file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new BaselineError(code === 'ENOENT'
            ? `${file}: baseline not found; create it with \`leakproof --write-baseline ${file}\``
            : `${file}: cannot read the baseline (${code ?? 'error'}); check the path and its permissions`);
    }
    return parseBaseline(text, file);
}
async function writeOut(file, text, option) {
    try {
        await (0,promises_namespaceObject.writeFile)(file, text);
    }
    catch (e) {
        throw new UsageError(`cannot write ${file}: ${e.code ?? String(e)}; pick a writable path for ${option}`);
    }
}
function summary(result) {
    const c = countBySeverity(result.findings);
    return `${plural(c.error + c.warning + c.notice, 'finding')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')})`;
}
function unknownRule(id) {
    const ids = src_rules/* RULES */.y.map((r) => r.meta.id);
    const hint = closest(id, ids);
    return new UsageError(`unknown rule "${id}"${hint ? ` (did you mean ${hint}?)` : ''}; the rules are ${ids.join(', ')} (see \`leakproof --list-rules\`)`);
}
/** The working-tree scan, or the git-aware scope the command asks for. */
function scanFor(cmd, progress, settings) {
    const common = { ...settings, root: cmd.path };
    if (cmd.history) {
        return scanHistory({
            ...common,
            since: cmd.since,
            maxCommits: cmd.maxCommits,
            onCommit: progress ? (done) => progress.commits(done) : undefined,
        });
    }
    if (cmd.staged)
        return scanStaged(common);
    if (cmd.since !== undefined)
        return scanSince({ ...common, since: cmd.since });
    return scan({
        ...common,
        noGit: cmd.noGit,
        onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
    });
}
function listRules(format) {
    if (format === 'json') {
        return JSON.stringify(src_rules/* RULES */.y.map((r) => ({ id: r.meta.id, severity: r.meta.severity, title: r.meta.title })), null, 2) + '\n';
    }
    const width = Math.max(...src_rules/* RULES */.y.map((r) => r.meta.id.length));
    return src_rules/* RULES */.y.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.title}`).join('\n') + '\n';
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ fingerprint),
  D: () => (/* binding */ hashSecret)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/engine/fingerprint.ts

/**
 * A stable id for a finding: the same rule, path and matched context give the
 * same fingerprint wherever the line moves. The secret only enters hashed.
 */
function fingerprint(ruleId, path, context, occurrence) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    h.update(`leakproof:v1\0${ruleId}\0${path}\0${context}\0${occurrence}`);
    return h.digest('hex').slice(0, 32);
}
function hashSecret(value) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`leakproof-secret\0${value}`).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ LiteralGroup),
  g: () => (/* binding */ LiteralSet)
});

;// CONCATENATED MODULE: ./src/engine/simd-scan.ts
/**
 * A vectorised candidate search for `LiteralSet`, in WebAssembly SIMD: 16
 * input positions a step, after the "Teddy" multi-literal method.
 *
 * Each literal is reduced to a fingerprint of four bytes (its least common
 * window, ASCII case folded by setting bit 0x20), and each literal is put in
 * one of sixteen buckets, in two groups of eight. For each group and each
 * fingerprint byte k there are two 16-entry tables, indexed by the low and
 * the high nibble of an input byte, whose entries hold the bits of the
 * buckets that allow that nibble there. For every position p, ANDing the
 * looked-up entries for bytes p to p+3 leaves the bits of the buckets whose
 * fingerprint may start at p. The lookups are `i8x16.swizzle`, so a step
 * costs a fixed, small number of instructions. A candidate is only a maybe:
 * the caller confirms it byte by byte.
 *
 * The module is assembled here, byte by byte, rather than shipped as a
 * binary: it is one short function and needs no toolchain to rebuild.
 */
/** Bytes in a fingerprint. */
const FINGERPRINT = 4;
/** Groups of eight buckets. */
const GROUPS = 2;
/**
 * Memory layout: the per-step result (16 lanes for each group), then the
 * masks (for each group and fingerprint byte, 16 low-nibble entries and 16
 * high-nibble entries), then the input.
 */
const RESULT = 0;
/** After the lanes: a 32-bit mask of the lanes that hold a candidate. */
const LANES = 16 * GROUPS;
const MASKS = LANES + 16;
const INPUT = MASKS + 32 * FINGERPRINT * GROUPS;
/** Bytes past the input that a step may read (16 lanes and the rest of a fingerprint), zeroed. */
const PADDING = 32;
const PAGE = 65536;
// Instruction bytes.
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, I32_CONST = 0x41, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_OR = 0x72, I32_SHL = 0x74, I32_STORE = 0x36;
const I32 = 0x7f, V128 = 0x7b;
const simd = (op) => [0xfd, op];
const V128_LOAD = 0x00, V128_STORE = 0x0b, SWIZZLE = 0x0e, SPLAT8 = 0x0f, NE8 = 0x24, AND = 0x4e, OR = 0x50, ANY_TRUE = 0x53, BITMASK8 = 0x64, SHR_U8 = 0x6d;
/** memarg: alignment 1 (unaligned loads are the point), then the offset. */
const mem = (offset) => [0, ...uleb(offset)];
function section(id, body) {
    return [id, ...uleb(body.length), ...body];
}
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
const simd_scan_name = (s) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
/**
 * `next(p, end)`: locals 0 = p, 1 = end; then the masks in memory order; then
 * 0x0f in each lane, 0x20 in each lane, the low and high nibbles of the
 * folded input bytes, and for each group the AND of its lookups.
 */
function body() {
    const masks = 2;
    const nibble = masks + 2 * FINGERPRINT * GROUPS;
    const fold = nibble + 1;
    const low = fold + 1;
    const high = low + 1;
    const hits = high + 1;
    const code = [];
    for (let i = 0; i < 2 * FINGERPRINT * GROUPS; i++)
        code.push(I32_CONST, 0, ...simd(V128_LOAD), ...mem(MASKS + 16 * i), LOCAL_SET, masks + i);
    code.push(I32_CONST, 0x0f, ...simd(SPLAT8), LOCAL_SET, nibble);
    code.push(I32_CONST, 0x20, ...simd(SPLAT8), LOCAL_SET, fold);
    code.push(BLOCK, VOID, LOOP, VOID);
    code.push(LOCAL_GET, 0, LOCAL_GET, 1, I32_GE_U, BR_IF, 1);
    for (let k = 0; k < FINGERPRINT; k++) {
        // v = load(p + k) | 0x20; low = v & 15; high = v >> 4
        code.push(LOCAL_GET, 0, ...simd(V128_LOAD), ...mem(k), LOCAL_GET, fold, ...simd(OR), LOCAL_SET, high);
        code.push(LOCAL_GET, high, LOCAL_GET, nibble, ...simd(AND), LOCAL_SET, low);
        code.push(LOCAL_GET, high, I32_CONST, 4, ...simd(SHR_U8), LOCAL_SET, high);
        for (let g = 0; g < GROUPS; g++) {
            // hits[g] &= lo[g][k][low] & hi[g][k][high]
            const lo = masks + 2 * (g * FINGERPRINT + k);
            code.push(LOCAL_GET, lo, LOCAL_GET, low, ...simd(SWIZZLE), LOCAL_GET, lo + 1, LOCAL_GET, high, ...simd(SWIZZLE), ...simd(AND));
            if (k > 0)
                code.push(LOCAL_GET, hits + g, ...simd(AND));
            code.push(LOCAL_SET, hits + g);
        }
    }
    // A candidate: store the lanes for the caller and return the step.
    code.push(LOCAL_GET, hits);
    for (let g = 1; g < GROUPS; g++)
        code.push(LOCAL_GET, hits + g, ...simd(OR));
    code.push(...simd(ANY_TRUE), IF, VOID);
    for (let g = 0; g < GROUPS; g++)
        code.push(I32_CONST, 0, LOCAL_GET, hits + g, ...simd(V128_STORE), ...mem(RESULT + 16 * g));
    // lanes = bitmask(hits[0] != 0) | bitmask(hits[1] != 0) << 16
    code.push(I32_CONST, 0);
    for (let g = 0; g < GROUPS; g++) {
        code.push(LOCAL_GET, hits + g, I32_CONST, 0, ...simd(SPLAT8), ...simd(NE8), ...simd(BITMASK8));
        if (g > 0)
            code.push(I32_CONST, 16 * g, I32_SHL, I32_OR);
    }
    code.push(I32_STORE, 2, ...uleb(LANES));
    code.push(LOCAL_GET, 0, RETURN, END);
    code.push(LOCAL_GET, 0, I32_CONST, 16, I32_ADD, LOCAL_SET, 0, BR, 0);
    code.push(END, END);
    code.push(I32_CONST, 0x7f /* -1 */, END);
    const locals = [1, hits + GROUPS - 2, V128];
    return [...uleb(locals.length + code.length), ...locals, ...code];
}
function moduleBytes() {
    const bytes = [
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
        ...section(1, [1, 0x60, 2, I32, I32, 1, I32]),
        ...section(3, [1, 0]),
        ...section(5, [1, 0, 1]),
        ...section(7, [2, ...simd_scan_name('next'), 0x00, 0, ...simd_scan_name('memory'), 0x02, 0]),
        ...section(10, [1, ...body()]),
    ];
    return Uint8Array.from(bytes);
}
let shared;
/**
 * The scanner of this thread, or null where WebAssembly SIMD is missing (or
 * `LEAKPROOF_SIMD=0`): `LiteralSet` then searches in plain JavaScript.
 */
function simdScanner() {
    if (shared !== undefined)
        return shared;
    shared = null;
    const api = globalThis.WebAssembly;
    if (process.env.LEAKPROOF_SIMD === '0' || api === undefined)
        return shared;
    try {
        const wasm = moduleBytes();
        if (!api.validate(wasm))
            return shared;
        const { memory, next } = new api.Instance(new api.Module(wasm)).exports;
        let view = new Uint8Array(memory.buffer);
        shared = {
            bytes: () => view,
            reserve(n) {
                const need = INPUT + n + PADDING;
                if (need > view.length) {
                    memory.grow(Math.ceil((need - view.length) / PAGE));
                    view = new Uint8Array(memory.buffer);
                }
            },
            next,
        };
    }
    catch {
        shared = null;
    }
    return shared;
}

;// CONCATENATED MODULE: ./src/engine/ngram-ranks.ts
// Generated by scripts/ngram-ranks.mjs from 4564 source, documentation and configuration files.
// Byte pairs and triples (ASCII letters lower-cased), most common first, separated by spaces.
const COMMON_PAIRS = "re on er de in co en st te th or at ti es od le an nt se io it et ar me pa ri he as no is pe ng tr ss la ns al </ ed li to ro ur ra ct om ec ta nd sp ge cl ne ll pr ea ty ce si ex am =\" nc >< ve po na ul ef el il fi ma ac tt ca un ch rt ** js op if ts fo yp em di lo ht tu \"> rs s. pt ad hi s: rn id us mp tp va ); ic ke gi /n s/ so be ol ha ue oc ou mo mi s= // e> ep ut .c e_ ag ps cr \", sc rr */ /* == ap of do ub ot os e. im /c :/ ab pl hu fa ck rg ie da lt nu bl pu n> um /s ls fu ev e( ia t_ ig ni s_ xt mm \"h (h s- lu bo <s ry ru ]( su () b. rm /a wi bu ip e) /g fe ', ho m/ (p xp e, mb ej e\" e/ ow ee ai qu /d hr pi s\" rc \": r. hl /p ir e: oo ){ n_ t. sh ob lj dd iv au _t du ly i> ba <c t: [\" <a \"] _i )) up je ey a> t( ?: tc _a sa t/ sy _c rl ,\" vi eq eb oi ), we d_ ok _s gn td rd (n r_ tl ld f= f( pp r( nf p. cs fr n( ff wo ui cu iz av gs .p tm .s ci g; ay ew ml n. ib wa t\" nn -- sl s) p> wh bj 00 e- lf n\" (r br r) s( t) l/ (s nl .m /l s, -t .o }; /t bi n) eg l_ _p ds t- _m gr _u => (t ): _e e= _o ov [` .e \"t `] ua eo vo && t, <t \"s fl ze )} \") ki ga ]; gu rk \"\" )] *: r, d> .< r\" p) cc ei \\[ [# n, _f (c 0, [[ s[ d\" yn \"a -s .t _n .g r> 20 d. og <l gl .l uc uf rf gt ms ym _d nk nv";
const COMMON_TRIPLES = "ion ode tio ent ing the nod ons con com str ass cla spa ate typ pan cod las ype ter for tri ame ati res /no tur rin ith nst rea ret cti pro htt ttp s=\" ss= ect de> etu men urn nam per :// sta par tps ess ps: s:/ ></ ref /co est thi git get .co ort his pti ers unc an> ile all nte tor ope thu hub int ara por fun nct </s =\"h ext (ht ](h pre /sp <sp ub. om/ ull b.c ted exp /** fil omm and ejs rat def err ble /gi dej //g val eve dat sio js/ m/n mod de/ use s/n ont ren ead ist ver ind js- nts ert end ssi mit ljs orm hlj \"hl abl ite ser che met mat age ere <co nde scr </c ram opt fer rep ine </a li> tat nce /a> cri tes hre ten rip mpo ipt enc tru omp key rro doc not jec set des pat era ror ete === ces num one pos equ eme ule are tex lin ef= ult f=\" rma ber cat tem ase imp ele mbe rop ack is. org odu rom cal cre if( dul alu ace mpl dec les ner url der lse ali ng; eat len lue wit esc wor epo tin req sel ins er. mmi our pul \",\" efi add ath ven act ifi cha ata var obj nti rec pon rce lar lis ste ord sit ill arg tar lat nal que bje tra umb fin lea sin a>< api sou fie mes als /li urc ign let ang fro den elf ues ire esp /pu ecl tch han ica iti ory pac e/p sol ll/ ple on_ ran ure ><a \">< can nta **: cto lic app din ost her tre ide web it/ rue tim onl e/c oke `]( </t tic xpr rit efa ken \\[[ [[` ore loc rty pec uri lem out htm ini tml pen ain arr tok nul ive ime ole efe art <li nly oid pla sig new </l ize red fac on( ool eso voi tha aul fau nge ed_ tho ><c sed osi td> nse ffe und ria anc ena sse i>< lla ari has tit sti xpo cas ned eam ens ocs ume dep ean ene rra dir /do ars vel elo at: ngt eta atc ema dev eng map @de ray s\"] low buf erf _in ise hen pri spe sec ove ses att ies ern .or rts (p) on\" ach ier inf </p --- lit hat e>< rse n>< eri eco syn tte //d rsi tle fal ndi gth /de iss uff dia (no but xsl els ock =\"# eth gin er_ rg/ .mo slt rac s[\" _ur kin _re ail sym lf. emp mar nin man boo itl spo cop oin ito mme dex \"][ ato _co cur acc rge cce col nen bol ded ori son ywo put nit de. whe eyw xte led own fla cke =\"t dde ][\" edi tab ild _ty pli er( mbo *** llo ymb nfo ;if sto non rti dis ity ors mis onf \"]; lib e</ .</ eck ts[ ann /p> inc uct hec isi ler <p> tai (p, rre pe\" min e\"> bac lop ade sag /we ust emo d>< tan cs/ run moz nne r.m ;co \"re gra qui har er\" .re _st rte ng\" atu wri oca cte ese ava ruc don ona ssa sch s/w uti ntr ll_ or( a.o epr nat {re mer eci gen nfi zil ges ><t ozi ial eof la. on. sco lag rem ani pes fix eb/ log oun hem aut .ht /re t</ _\"> ede \"ht esu -ti roc es. rna ork ags .ge epa tif emi .le iag ric tro erv le_ gno ook hea tiv olv gna oce oll odi rig lve ets {co ett rel ina e); ync ng_ s-t .pa chi sen bas ts. uir nco poi div tr> any sul ed. uil ute nt. del bui nsi ><s rfa s_u hod sub ado clu ear le. ans lid wil fig cts asc lab upd iza pda (se whi ark d=\" amp lob id= cif unt ron (); zat sup !== tag <td /td -st s\"> ice ast sho lle ams ich ant l?: ose eas igh ker n>( rot tal liz sty bod ){r ody t\"> tea \"ty try ary ved loa clo s</ _pr mem cor or_ thr vis unk bin iab ual ral -co mma de) ada d\"> ctu sca dif es_ \">c eca tto g\"> hil \"co ncl (co cka lan ave mov lud nt( erm er; ili is_ niz kag tia ot_ omi ttr .ex rl? ngs on: nor rve (th lba jso _0_ er) gan ppl s/{ </d ude '</ nds -ke glo llb ){c ush ght on, rns ger vas see uth row agn _na _de siz _me .\", )); usi rga roj rd\" /ap pe_ riv r>< ndl hoo nos es\" 000 .st _ex =\"l rou you rgu rl: peo med rie gum de( \"\"\" on) oje cac ict {if pus vat <br )</ nch _to sts oad reg e() exa er, dle >co pil bra n\"> jav een til ecu rev s-s eli nme rib pi_ s-k '), nt\" asy hos uni nt: \"pa ul> n_\" -us .js ash e(p exe los ppe pe: ndp eac nno ero ns. et_ ond );c top ton upp mai .<s blo enu .in -re &#x dpo _th nt) war to_ ote rgs tac rs\" ryp hro iva r\"> ink _pa (p. ell onn es: epl re_ ept st_ 3c; x3c #x3 olo win _id exi .de emb its }); _ca mas me) oth ied dit \"ap oba bal e\": g/d ce( \":\" igi ts_ exc rde xam er: hou hin _mo >&# sor olu de_ pi/ le( imi mpi nex ssu \">& lex rai ega p){ tco hes _is ree cep ege chu env eak hav ll; mus soc etc ){i hun inv det es( epe urr [\"p abo e_a yle /en _no ora de, s.p te_ me, lec tty e]( eti tli rke s.h qua ped sfo dow pto ale ein **d tyl mor ngu lti ket nt_ cs. arc fic ics an_ rov cou s/d r</ opy cry isa et( _fi lts ypt (<s e_i de: nso )=> ml\" cen [\"s nec pe( );i in_ ce] eno an; sh( (ty ilt p,n ibu e?: etr {0} sso e', >(< gua nsf erg \"#a mdn .pr ubl .se =\"a bre \"de nes c** [md ake .na eed e\", tec ;re utp le\" bli ify ndo ong leg }fu =\"c tpu rmi s.s bil )){ oul ss_ -te _a_ en- s.g dre uld me( _an dic er- .pu rst n=\" #al \\u0 al_ ome xpe nab ppo .cr iel p>< nto \"ma sue on- ed\" \">' /tr hel vid e(n ana b/a .gi ed, uag .ty tie es, sha ocu st- **t /ja n-u [\"r onc me: flo itt /di utt pas bor ien s.c g/e gle pt/ es/ s._ cef efo cli _be nap >.< ety wne us/ aus rch le, now ebu ntl lac se_ n(p s?: b/j s\", bel tde ng. ows oot she ogr pin tti }el (re lli tom >re t() bug isc isp ngl */) e)) inp it_ cum cap deb e_c <tr n_t nva pub lon max ils n>) gro _cl eex nt, rap roo lie oto eto */: wat te( lly ida oks ced owe 0</ e_t ... was st. iv> eld {st on< tad \"sc _di lef l/3 onm mpa byt yte s() hic abe acy erp ela tst he_ ns) zer =p. ml# lte s-p nee ddi ls. npu se, </h t_i ovi s\": .en erc on/ _se ita irs gac (r' [#3 sdo (pa =\"n sum t/d _of idd es) ct. hed ta_ sys l/1 ns_ alt rog sid \"st nd_ f._ t\", ts\" <di tua ### yst n</ tel tus off ue\" (is jsd rt_ s-c ge_ th) t(p ng( t', sem nd( ng- evi of_ -pr gme _li me. s.l ynt \"le lia rs. \"na mpt ece ubs ng, =\"m as\" lor \"); .op ns\" [#1 oup abi ri- i-t uto ,r) _fo cus tno y</ }if fol e_s vie sim _ha ima as_ nvi edt e.e t** ue; ibl ==\" ris ~~~ \"no `** ``` >th ia- **` rs_ too ns/ tot iew ila or) ery ct\" hor ecr le- *do ard nav (st er} rol -in )}} -\\u arn =>{ .is sib []; ()` pe) \"pr rpr f(p le) f(! \"tr ue) ait mal rim );r eva .ma esi ked ><p \"), e.p ;th s); pag lik pea er< dab ias t_t net ss. ng} .ki teg /{o cle n() lut s_c cks en( uat ng> swi \"ge oc* iat rco ()) ols \"in wai rs: t_a ota ike =ge ful mak or- _ma t_c l/4 ct_ inu te. -pa in: (n) n); iro fir mon ,n) ce_ -bu 'no may s** ed( n\": ed: lev se\" (ge be_ css th> tpa xce h4> 0.0 hid .lo t); ts/ _us l/2 r_t .fi gge unn pe. _va th: *te rul rab e){ st( }re yna d_a nni or, spl st* s.r ue, nsp a_s sli [#4 ici vir sex nel jsx le: old ous ed) spr te\" s_a e_o e\"] /pr st< fai ian s(p s.e cy\" igu lt- adi lig ry. eft src et. me_ rag onv dty ts: ge. loo rt( bst e.c nda [#2 nar r() te- _or ,n, toc e.s lt_ nt- .va /ul _al </u <ul aft br> r); iso _si rk\" en= e.j awa nve eer r_i id: e_m .0< ve_ ;va e.t fra cer /da nci st/ os/ _op re> \":{ t_s ng) ape or. dom r\", es# upl xis mpr th( (0x mul ce. ns: etp th_ ly_ er' ech lls \"># gis itc ()< eda gur -hi mic e_n s.o :</ _as .ch ibx tup ts) n(n gel rfo on> _ar _wi e(s erl dar ap( (in .0. sea wer )re >#< n,r le< =\"s ag( _on @en tly _bu rr_ a-h p); ta\" l\"> #</ on' _1_ \">/ sam ss- 0}' fse fte :{\" egi xer '{0 tpr ()= het ick s-f pe, _er kno se: p>t pts lug {th nd. se( zed t_b cel @ex ura gex xml sar se. 201 nty ce\" >// lf, nth oma om_ nks ty_ xtr t(n (r) rso bef 202 tna se; meo gnm _ch .fl tep ge- m/r ><b },\" e=\" ts, s.a */, ski e.l n_a plu [0] how av- eds ish >xs nsu bxs cem \">x raw tax ch( ns, ono re( tp2 esy ed- n\", sab r', tas lim t_f en) nic sst ,r, \"li cei e_p uer did n_i n){ p,r ott gre m', orr lay @pa sic som ico mmo ula r(p eys .ad >); ems ffs _ob ngi -fo e>. oct uns _im rni s', nca owi .er orc tos lde ves -li e:\" cau pep pty oni _at -ap et- en_ ts( pun \"ex id; cia dli _en rar js\" fec p.e oty s.i \"}, me\" tet oes xec eou r){ g</ 001 .ca or\" xt, xt. 200 elp bee /{r std \"la et\" r}/ tls s_t ayb sre d?: n>, =th (fi `re .as e(t tmo tfo tsi -se ged h(p (pr e_e bou id_ rs, eal ugi ssl t.p d</ se{ ths mac eid _fr _ge sna aps bot in\" fou wid (va \\ud (na upe .to .te at( #xs ads st\" \"se nis tse ais nre alp (de ld_ e), eba n', s.t .po pee a\"> tfi e_1 .\") ami idt th- al( lt: t/r fre th, asi or: (so ,\"a s_n .so e_0 gat avi }}} t_m tbo cit umm re. adm usa tdi rs) :\"1 s.m lau ll) ddr dea l</ doe e_f \"al /or n>. edp >ad";

;// CONCATENATED MODULE: ./src/engine/literal-set.ts
/**
 * Sets of ASCII literals searched for in raw bytes in one pass: the cheap
 * test that decides whether a file is worth decoding at all.
 *
 * The search runs 16 bytes a step in WebAssembly SIMD (simd-scan.ts), and
 * falls back to plain JavaScript for short inputs or where SIMD is missing:
 * each literal is indexed by one of its byte pairs (lower-cased), the one
 * least common in source code; that search looks up each pair of the input
 * in a 64 Ki table and compares whole literals only where a pair matches.
 * Either way the cost is linear in the input.
 *
 * A `LiteralGroup` searches several sets in that one pass and says which of
 * them occur, so a file is read through once however many rules ask.
 */


/** Buckets of the vector search. */
const BUCKETS = 8 * GROUPS;
/** Below this many bytes the plain search is as quick as setting up the vector one. */
const SIMD_MIN_BYTES = 64;
const LOWER = new Uint8Array(256).map((_, i) => (i >= 65 && i <= 90 ? i + 32 : i));
const PAIR_RANK = new Map(COMMON_PAIRS.split(' ').map((p, i) => [p, i]));
const TRIPLE_RANK = new Map(COMMON_TRIPLES.split(' ').map((t, i) => [t, i]));
function rank(a, b) {
    return PAIR_RANK.get(String.fromCharCode(LOWER[a], LOWER[b])) ?? PAIR_RANK.size;
}
function tripleRank(bytes, o) {
    return TRIPLE_RANK.get(String.fromCharCode(LOWER[bytes[o]], LOWER[bytes[o + 1]], LOWER[bytes[o + 2]])) ?? TRIPLE_RANK.size;
}
/**
 * How uncommon the fingerprint window from `o` is (higher is rarer): by its
 * triples, then by its pairs.
 */
function windowRank(bytes, o) {
    const end = Math.min(bytes.length, o + FINGERPRINT);
    let triples = 0;
    let pairs = 0;
    for (let i = o; i + 2 < end; i++)
        triples += tripleRank(bytes, i);
    for (let i = o; i + 1 < end; i++)
        pairs += rank(bytes[i], bytes[i + 1]);
    return triples * 4096 + pairs;
}
/** A set of literals; `test` says whether any occurs. */
class LiteralSet {
    literals;
    vector;
    matcher;
    /** `vector`: use the WebAssembly search (default: where it is available). */
    constructor(literals, vector) {
        this.literals = literals;
        this.vector = vector;
        for (const lit of literals) {
            if (lit.text.length < 2 || /[^\x20-\x7e]/.test(lit.text))
                throw new Error(`literal ${JSON.stringify(lit.text)}: need two or more printable ASCII characters`);
        }
    }
    /** True when any literal occurs in `buf`. */
    test(buf) {
        // Built on first use: a process that reads no file (`--version`) pays nothing.
        this.matcher ??= new Matcher([this.literals], this.vector);
        return this.matcher.find(buf) !== 0;
    }
}
/** Several sets searched in one pass. */
class LiteralGroup {
    vector;
    matcher;
    bits = new Map();
    constructor(sets, vector) {
        this.vector = vector;
        const unique = [...new Set(sets)];
        if (unique.length > 30)
            throw new Error('a literal group holds at most 30 sets');
        unique.forEach((set, i) => this.bits.set(set, 1 << i));
    }
    /** The bit `find` reports for `set`, or 0 when the group does not hold it. */
    bit(set) {
        return this.bits.get(set) ?? 0;
    }
    /** The bits of the sets a literal of which occurs in `buf`. */
    find(buf) {
        this.matcher ??= new Matcher([...this.bits.keys()].map((set) => set.literals), this.vector);
        return this.matcher.find(buf);
    }
}
class Matcher {
    vector;
    table = new Uint8Array(65536);
    byPair = new Array(65536);
    all;
    fingerprinted = [];
    /** The vector search's tables, built on its first use. */
    tables;
    /** `vector` undefined: decided on the first input long enough for it (compiling the module costs a few ms). */
    constructor(sets, vector) {
        this.vector = vector;
        let all = 0;
        sets.forEach((literals, i) => {
            const tag = 1 << i;
            if (literals.length > 0)
                all |= tag;
            for (const lit of literals) {
                const bytes = Uint8Array.from(lit.caseless ? lit.text.toLowerCase() : lit.text, (c) => c.charCodeAt(0));
                let offset = 0;
                for (let o = 1; o + 1 < bytes.length; o++)
                    if (rank(bytes[o], bytes[o + 1]) > rank(bytes[offset], bytes[offset + 1]))
                        offset = o;
                const key = (LOWER[bytes[offset]] << 8) | LOWER[bytes[offset + 1]];
                this.table[key] = 1;
                (this.byPair[key] ??= []).push({ bytes, offset, caseless: lit.caseless, tag });
                // The fingerprint: the least common window of FINGERPRINT bytes (or the whole of a shorter literal).
                let fp = 0;
                for (let o = 1; o + FINGERPRINT <= bytes.length; o++)
                    if (windowRank(bytes, o) > windowRank(bytes, fp))
                        fp = o;
                this.fingerprinted.push({ bytes, offset: fp, caseless: lit.caseless, tag });
            }
        });
        this.all = all;
    }
    /** The tags of the literals that occur in `buf` (stops once every set has one). */
    find(buf) {
        if (this.all === 0)
            return 0;
        return buf.length >= SIMD_MIN_BYTES && (this.vector ??= simdScanner() !== null) ? this.findVector(buf) : this.findPlain(buf);
    }
    findVector(buf) {
        const { masks, buckets } = (this.tables ??= bucketTables(this.fingerprinted));
        const scanner = simdScanner();
        scanner.reserve(buf.length);
        const mem = scanner.bytes();
        mem.set(masks, MASKS);
        mem.set(buf, INPUT);
        const end = INPUT + buf.length;
        mem.fill(0, end, end + PADDING);
        let found = 0;
        for (let step = scanner.next(INPUT, end); step >= 0; step = scanner.next(step + 16, end)) {
            for (let lanes = mem[LANES] | (mem[LANES + 1] << 8) | (mem[LANES + 2] << 16) | (mem[LANES + 3] << 24); lanes !== 0; lanes &= lanes - 1) {
                const lane = 31 - Math.clz32(lanes & -lanes);
                let bits = mem[RESULT + lane];
                const at = step - INPUT + (lane & 15);
                for (let bucket = 8 * (lane >> 4); bits !== 0; bucket++, bits >>= 1) {
                    if ((bits & 1) === 0)
                        continue;
                    for (const lit of buckets[bucket]) {
                        if ((found & lit.tag) === 0 && matchesAt(buf, at - lit.offset, lit) && (found |= lit.tag) === this.all)
                            return found;
                    }
                }
            }
        }
        return found;
    }
    /** The same search, a byte pair at a time: for short inputs and where WebAssembly SIMD is missing. */
    findPlain(buf) {
        const table = this.table;
        const end = buf.length - 1;
        let found = 0;
        for (let i = 0; i < end; i++) {
            const key = (LOWER[buf[i]] << 8) | LOWER[buf[i + 1]];
            if (table[key] === 0)
                continue;
            for (const lit of this.byPair[key]) {
                if ((found & lit.tag) === 0 && matchesAt(buf, i - lit.offset, lit) && (found |= lit.tag) === this.all)
                    return found;
            }
        }
        return found;
    }
}
/**
 * Each literal joins the bucket where it lets through the fewest common
 * triples of source text (weighted by how common): a bucket's masks admit
 * every combination of its literals' bytes, so literals alike share one.
 */
function bucketTables(fingerprinted) {
    const sorted = [...fingerprinted].sort(compareFingerprints);
    const masks = new Uint8Array(32 * FINGERPRINT * GROUPS);
    const buckets = Array.from({ length: BUCKETS }, () => []);
    // Per bucket and fingerprint position: the low and high nibbles allowed, as 16-bit masks.
    const lo = Array.from({ length: BUCKETS }, () => new Array(FINGERPRINT).fill(0));
    const hi = Array.from({ length: BUCKETS }, () => new Array(FINGERPRINT).fill(0));
    const leaks = new Array(BUCKETS).fill(0);
    for (const lit of sorted) {
        const [litLo, litHi] = nibbleMasks(lit);
        let best = 0;
        let bestGrowth = Infinity;
        for (let b = 0; b < BUCKETS; b++) {
            const growth = leak(lo[b].map((m, k) => m | litLo[k]), hi[b].map((m, k) => m | litHi[k])) - leaks[b];
            if (growth < bestGrowth || (growth === bestGrowth && buckets[b].length < buckets[best].length))
                (best = b), (bestGrowth = growth);
        }
        buckets[best].push(lit);
        for (let k = 0; k < FINGERPRINT; k++)
            (lo[best][k] |= litLo[k]), (hi[best][k] |= litHi[k]);
        leaks[best] = leak(lo[best], hi[best]);
    }
    for (let b = 0; b < BUCKETS; b++) {
        const group = 32 * FINGERPRINT * (b >> 3);
        for (let k = 0; k < FINGERPRINT; k++) {
            for (let n = 0; n < 16; n++) {
                if ((lo[b][k] >> n) & 1)
                    masks[group + 32 * k + n] |= 1 << (b & 7);
                if ((hi[b][k] >> n) & 1)
                    masks[group + 32 * k + 16 + n] |= 1 << (b & 7);
            }
        }
    }
    return { masks, buckets };
}
/** A literal's fingerprint as nibble masks per position; past a short literal's end, any byte. */
function nibbleMasks(lit) {
    const lo = [];
    const hi = [];
    for (let k = 0; k < FINGERPRINT; k++) {
        if (k >= lit.bytes.length - lit.offset) {
            lo.push(0xffff);
            hi.push(0xffff);
        }
        else {
            const byte = lit.bytes[lit.offset + k] | 0x20;
            lo.push(1 << (byte & 15));
            hi.push(1 << (byte >> 4));
        }
    }
    return [lo, hi];
}
/** The most common triples, folded as the vector search folds its input, with weights. */
const LEAK_TRIPLES = COMMON_TRIPLES.split(' ')
    .slice(0, 600)
    .map((t, rank) => ({ bytes: Array.from(t, (c) => c.charCodeAt(0) | 0x20), weight: 1 / (1 + rank / 50) }));
/** How much common text a bucket with these masks lets through, at each window of three. */
function leak(lo, hi) {
    let total = 0;
    for (let w = 0; w + 3 <= FINGERPRINT; w++) {
        for (const t of LEAK_TRIPLES) {
            let i = 0;
            for (; i < 3; i++) {
                const byte = t.bytes[i];
                if (((lo[w + i] >> (byte & 15)) & (hi[w + i] >> (byte >> 4)) & 1) === 0)
                    break;
            }
            if (i === 3)
                total += t.weight;
        }
    }
    return total;
}
function compareFingerprints(a, b) {
    const fa = String.fromCharCode(...a.bytes.subarray(a.offset, a.offset + FINGERPRINT));
    const fb = String.fromCharCode(...b.bytes.subarray(b.offset, b.offset + FINGERPRINT));
    return fa.length - fb.length || (fa.toLowerCase() < fb.toLowerCase() ? -1 : fa.toLowerCase() > fb.toLowerCase() ? 1 : 0);
}
function matchesAt(buf, start, lit) {
    const bytes = lit.bytes;
    if (start < 0 || start + bytes.length > buf.length)
        return false;
    for (let j = 0; j < bytes.length; j++) {
        const c = lit.caseless ? LOWER[buf[start + j]] : buf[start + j];
        if (c !== bytes[j])
            return false;
    }
    return true;
}


/***/ }),

/***/ 6:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ isScanWorker),
  w8: () => (/* binding */ readFilesInWorkers),
  sc: () => (/* binding */ serveWorker),
  Cc: () => (/* binding */ threadCount)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/engine/pipeline.ts + 1 modules
var pipeline = __nccwpck_require__(9598);
// EXTERNAL MODULE: ./src/engine/read-files.ts
var read_files = __nccwpck_require__(4014);
// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var rules = __nccwpck_require__(3779);
;// CONCATENATED MODULE: ./src/engine/parallel.ts






/**
 * Below this many files one thread is faster: starting a worker (loading the
 * bundle) costs tens of milliseconds.
 */
const MIN_FILES_PER_WORKER = 3000;
/**
 * A worker's heap is kept small, so V8 collects garbage often instead of
 * letting the heap grow with the tree: a base for the bundle, room for the
 * largest file it may decode (its text and lines take a few times its
 * bytes), and room for its share of the file list and what it finds.
 * A share that outgrows it is checked again on this thread.
 * `LEAKPROOF_WORKER_HEAP_MB` sets the limit.
 */
const HEAP_BASE_MB = 16;
const HEAP_PER_FILE_BYTE = 4;
const HEAP_BYTES_PER_FILE = 256;
function workerLimits(files, maxFileSize, env = process.env) {
    const wanted = Number(env.LEAKPROOF_WORKER_HEAP_MB);
    const heap = Number.isFinite(wanted) && wanted > 0
        ? wanted
        : HEAP_BASE_MB + Math.ceil((maxFileSize * HEAP_PER_FILE_BYTE + files * HEAP_BYTES_PER_FILE) / 2 ** 20);
    return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 8 };
}
/**
 * The file this code was bundled into, when it runs from a bundle: a worker
 * runs that same file. From sources (tests), there is none and the scan stays
 * on one thread.
 */
function bundleFile() {
    const self = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
    return self.endsWith('.js') && !self.includes('/src/') ? self : null;
}
/** How many threads to read and check files on; 1 means this thread alone. */
function threadCount(files, env = process.env) {
    if (bundleFile() === null)
        return 1;
    const wanted = env.LEAKPROOF_THREADS ? Number(env.LEAKPROOF_THREADS) : (0,external_node_os_namespaceObject.availableParallelism)();
    if (!Number.isInteger(wanted) || wanted < 2)
        return 1;
    return Math.max(1, Math.min(wanted, 8, Math.floor(files / MIN_FILES_PER_WORKER)));
}
/** True in a worker started by `readFilesInWorkers`: the bundle's entry hands over to `serveWorker`. */
function isScanWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.kind === 'leakproof-scan';
}
/** The worker side: read and check one share of the files, send back plain data. */
function serveWorker() {
    const job = external_node_worker_threads_namespaceObject.workerData;
    const stats = (0,pipeline/* emptyStats */.bD)();
    const collector = new pipeline/* FindingCollector */.xe((0,pipeline/* enabledRules */.nb)(rules/* RULES */.y, job.options.rules), (0,pipeline/* ruleSettings */.I8)(job.options), stats);
    const read = (0,read_files/* readFiles */.U)(job.root, job.files, job.maxFileSize, collector, stats, (done) => {
        if (done % 256 === 0)
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ progress: 256 });
    });
    external_node_worker_threads_namespaceObject.parentPort.postMessage({ result: { ...collector.exportFiles(), ...read, stats } });
}
/**
 * Reads and checks files on `threads` worker threads (files dealt round-robin
 * so large and small ones spread evenly) and merges what they found into
 * `collector` and `stats`.
 */
async function readFilesInWorkers(threads, job, collector, stats, onProgress) {
    const script = bundleFile();
    const shares = Array.from({ length: threads }, () => []);
    job.files.forEach((f, i) => shares[i % threads].push(f));
    let done = 0;
    const results = await Promise.all(shares.map((files) => new Promise((resolve, reject) => {
        const data = { kind: 'leakproof-scan', root: job.root, files, maxFileSize: job.maxFileSize, options: job.options };
        const worker = new external_node_worker_threads_namespaceObject.Worker(script, { workerData: data, resourceLimits: workerLimits(files.length, job.maxFileSize) });
        let answered = false;
        worker.on('message', (m) => {
            if ('progress' in m)
                onProgress?.((done += m.progress));
            else {
                answered = true;
                resolve(m.result);
            }
        });
        worker.on('error', (e) => {
            answered = true;
            if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
                resolve('out of memory');
            else
                reject(e);
        });
        // A worker that ends without its result (whatever its exit code) must not leave the scan waiting.
        worker.on('exit', (code) => {
            if (!answered)
                reject(new Error(`a scan worker stopped (code ${code}) before reporting; rerun with LEAKPROOF_THREADS=1`));
        });
    })));
    const merged = { errors: [], symlinks: [] };
    results.forEach((r, i) => {
        if (r === 'out of memory') {
            const again = (0,read_files/* readFiles */.U)(job.root, shares[i], job.maxFileSize, collector, stats);
            merged.errors.push(...again.errors);
            merged.symlinks.push(...again.symlinks);
            return;
        }
        collector.absorb(r);
        addStats(stats, r.stats);
        merged.errors.push(...r.errors);
        merged.symlinks.push(...r.symlinks);
    });
    return merged;
}
function addStats(into, from) {
    into.files += from.files;
    into.bytes += from.bytes;
    into.longLines += from.longLines;
    for (const k of Object.keys(into.skipped))
        into.skipped[k] += from.skipped[k];
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ FindingCollector),
  Eg: () => (/* binding */ compareFindings),
  Kt: () => (/* binding */ compareStrings),
  bD: () => (/* binding */ emptyStats),
  nb: () => (/* binding */ enabledRules),
  I8: () => (/* binding */ ruleSettings)
});

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __nccwpck_require__(1655);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __nccwpck_require__(2393);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts + 1 modules
var fingerprint = __nccwpck_require__(7394);
// EXTERNAL MODULE: ./src/rules/lib/secret-names.ts
var secret_names = __nccwpck_require__(4730);
// EXTERNAL MODULE: ./src/rules/lib/env-keys.ts
var env_keys = __nccwpck_require__(8697);
// EXTERNAL MODULE: ./src/engine/suppress-comments.ts
var suppress_comments = __nccwpck_require__(410);
// EXTERNAL MODULE: ./src/engine/literal-set.ts + 2 modules
var literal_set = __nccwpck_require__(3147);
// EXTERNAL MODULE: ./src/rules/lib/secret-value.ts
var secret_value = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./src/rules/lib/token-formats.ts
var token_formats = __nccwpck_require__(5751);
;// CONCATENATED MODULE: ./src/engine/context.ts


const TEST_DIRS = new Set(['test', 'tests', 'spec', 'specs', '__tests__', '__fixtures__', '__mocks__', 'fixtures', 'testdata', 'test-data']);
const DOC_DIRS = new Set(['docs', 'doc', 'documentation']);
const DOC_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'rst', 'adoc', 'asciidoc']);
/**
 * `.txt` counts as documentation only under these names: a `keys.txt` or
 * `credentials.txt` is exactly where real secrets end up.
 */
const TEXT_DOC_NAMES = /^(?:readme|changelog|changes|history|news|contributing|install|installation|usage|notes|authors|todo|faq)(?:[._-].*)?\.txt$/;
/** Test files by name: `*_test.go`, `*.test.ts`, `*.spec.js`, `test_*.py`, `*_spec.rb`, `conftest.py`. */
function isTestFileName(name) {
    if (/^test_[^/]*\.py$/.test(name) || name === 'conftest.py')
        return true;
    return /[._]test\.[a-z0-9]+$/.test(name) || /\.spec\.[a-z0-9]+$/.test(name) || /_spec\.rb$/.test(name);
}
function kinds(path) {
    const segments = path.toLowerCase().split('/');
    const name = segments.pop() ?? '';
    return { test: segments.some((s) => TEST_DIRS.has(s)) || isTestFileName(name), docs: isDocumentation(segments, name) };
}
function pathContext(path) {
    const k = kinds(path);
    return k.test ? 'test fixture path' : k.docs ? 'documentation' : null;
}
function isDocumentation(dirs, name) {
    if (dirs.some((s) => DOC_DIRS.has(s)))
        return true;
    const dot = name.lastIndexOf('.');
    if (dot > 0 && DOC_EXTENSIONS.has(name.slice(dot + 1)))
        return true;
    return TEXT_DOC_NAMES.test(name);
}
/**
 * Adjusts one finding for where it was found: placeholders in documentation
 * are dropped (null), findings in tests, fixtures and documentation are
 * lowered to notice with the reason appended to the message.
 */
function applyPathContext(f, ruleSeverity) {
    const k = kinds(f.path);
    if (!k.test && !k.docs)
        return f;
    if (k.docs && f.secret !== undefined && isDocPlaceholder(f.secret))
        return null;
    const context = k.test ? 'test fixture path' : 'documentation';
    if ((f.severity ?? ruleSeverity) === 'notice')
        return f;
    return { ...f, severity: 'notice', message: `${f.message} (lowered to notice: ${context})` };
}
function isDocPlaceholder(value) {
    return (0,secret_value/* isPlaceholder */.wK)(value) || (0,token_formats/* isExampleToken */.W7)(value.replace(/^(?:AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abpr]-|[sr]k_live_|AIza|npm_)/, ''));
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts








function ruleSettings(opts) {
    return {
        secretNames: new secret_names/* SecretNames */.Np(opts.secretNames ?? []),
        publicEnvPrefixes: [...env_keys/* PUBLIC_ENV_PREFIXES */.tW, ...(opts.publicEnvPrefixes ?? [])],
    };
}
/** The rules a scan runs: all but those the configuration turns `off`. */
function enabledRules(rules, levels) {
    return rules.filter((r) => levels?.[r.meta.id] !== 'off');
}
function emptyStats() {
    return {
        files: 0,
        bytes: 0,
        skipped: { binary: 0, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, missing: 0 },
        longLines: 0,
        durationMs: 0,
    };
}
/**
 * Collects raw findings from file and tree rules, then turns them into
 * reportable findings. Used by the working-tree scan and by any other source
 * of files (the index, a commit) alike.
 */
class FindingCollector {
    rules;
    settings;
    stats;
    raw = [];
    ruleOf = new Map();
    fileRules;
    comments = [];
    /** The literals the rules (and suppression comments) look for, searched in one pass per file. */
    literals;
    constructor(rules, settings, stats) {
        this.rules = rules;
        this.settings = settings;
        this.stats = stats;
        this.fileRules = rules.filter((r) => r.checkFile);
        this.literals = new literal_set/* LiteralGroup */.r([SUPPRESSION_MARK, ...this.fileRules.flatMap((r) => r.literals?.(settings) ?? [])]);
    }
    /**
     * Runs the file rules over one file. `keepLine`, when given, limits
     * line findings to the lines it accepts (e.g. the added lines of a diff).
     */
    addFile(input, keepLine) {
        const readable = input.body !== null && !(0,engine_text/* isBinary */.Go)(input.head);
        if (input.body === null)
            this.stats.skipped.tooLarge++;
        else if (!readable)
            this.stats.skipped.binary++;
        else {
            this.stats.files++;
            this.stats.bytes += input.size;
        }
        const stats = this.stats;
        const group = this.literals;
        // Decoding and splitting are paid only by files a rule actually reads.
        let text;
        let lines;
        let searchable;
        let found;
        let memo;
        const ctx = {
            path: input.path,
            name: input.path.slice(input.path.lastIndexOf('/') + 1),
            status: input.status,
            head: input.head,
            body: readable ? input.body : null,
            get text() {
                if (text === undefined)
                    text = readable ? (0,engine_text/* decode */.D4)(input.body) : null;
                return text;
            },
            get lines() {
                if (lines === undefined) {
                    const t = this.text;
                    const split = t === null ? { lines: [], longLines: 0 } : (0,engine_text/* splitLines */.uz)(t);
                    stats.longLines += split.longLines;
                    lines = split.lines;
                }
                return lines;
            },
            contains(set) {
                if (!readable)
                    return false;
                // Every literal is ASCII: a latin1 view of a UTF-16 file's decoded text keeps them intact.
                searchable ??= (0,engine_text/* hasUtf16Bom */.Vt)(input.body) ? Buffer.from(this.text, 'latin1') : input.body;
                const bit = group.bit(set);
                if (bit === 0)
                    return set.test(searchable);
                found ??= group.find(searchable);
                return (found & bit) !== 0;
            },
            get memo() {
                return (memo ??= new Map());
            },
            settings: this.settings,
        };
        if (ctx.contains(SUPPRESSION_MARK)) {
            const comments = (0,suppress_comments/* findSuppressionComments */.Du)(input.path, ctx.lines, keepLine);
            if (comments.length > 0)
                this.comments.push({ path: input.path, status: input.status, comments });
        }
        for (const rule of this.fileRules) {
            for (const f of rule.checkFile(ctx)) {
                if (keepLine && f.line !== undefined && !keepLine(f.line))
                    continue;
                this.push(rule.meta.id, { ...f, path: input.path, status: input.status });
            }
        }
    }
    async addTree(tree) {
        for (const rule of this.rules) {
            if (!rule.checkTree)
                continue;
            for (const pf of await rule.checkTree(tree))
                this.push(rule.meta.id, pf);
        }
    }
    /**
     * What this collector gathered from files, as plain data another thread
     * can send (see `parallel.ts`); `absorb` takes it in on the other side.
     */
    exportFiles() {
        return { found: this.raw.map((pf) => ({ ruleId: this.ruleOf.get(pf), finding: pf })), comments: this.comments };
    }
    absorb(part) {
        for (const { ruleId, finding } of part.found) {
            this.ruleOf.set(finding, ruleId);
            this.raw.push(finding);
        }
        this.comments.push(...part.comments);
    }
    push(ruleId, found) {
        // Tests, fixtures and docs lower a finding to notice; placeholders in docs are dropped.
        const pf = applyPathContext(found, this.rules.find((r) => r.meta.id === ruleId)?.meta.severity ?? 'error');
        if (pf === null)
            return;
        this.ruleOf.set(pf, ruleId);
        this.raw.push(pf);
    }
    /**
     * Redacted, fingerprinted findings in report order, the raw values behind
     * them, and the suppression comments seen (for `settle` in suppress.ts).
     */
    finish() {
        const secretValues = new Set();
        const findings = finalize(this.raw, this.ruleOf, this.rules, secretValues);
        return { findings, secretValues: [...secretValues].sort(), comments: this.comments };
    }
}
const SUPPRESSION_MARK = new literal_set/* LiteralSet */.g([{ text: suppress_comments/* DIRECTIVE */.Eq, caseless: false }]);
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Orders findings by path, then position, then rule: the order every report uses. */
function compareFindings(a, b) {
    return (compareStrings(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareStrings(a.ruleId, b.ruleId) ||
        compareStrings(a.message, b.message));
}
function finalize(raw, ruleOf, rules, secretValues) {
    const severityOf = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
    const out = [];
    const dirs = raw.filter((f) => f.directory).map((f) => `${ruleOf.get(f)}\0${f.path}/`);
    const insideReportedDir = (ruleId, p) => dirs.some((d) => `${ruleId}\0${p}`.startsWith(d));
    // A match in the overlap of two windows of a long line is found twice, and the
    // first window may see only the start of a value cut at its edge: keep the longest.
    const unique = new Map();
    for (const f of raw) {
        const ruleId = ruleOf.get(f);
        if (dirs.length > 0 && insideReportedDir(ruleId, f.path))
            continue;
        const key = `${ruleId}\0${f.path}\0${f.line ?? 0}\0${f.column ?? 0}\0${f.message}`;
        const kept = unique.get(key);
        if (!kept || (f.endColumn ?? 0) > (kept.endColumn ?? 0))
            unique.set(key, f);
    }
    for (const f of unique.values()) {
        const ruleId = ruleOf.get(f);
        if (f.secret !== undefined)
            secretValues.add(f.secret);
        const finding = {
            ruleId,
            severity: f.severity ?? severityOf.get(ruleId) ?? 'error',
            path: f.path,
            ...position(f),
            message: f.message,
            ...(f.secret !== undefined ? { secret: (0,redact/* redact */.E)(f.secret) } : {}),
            fingerprint: '',
            status: f.status,
        };
        const context = `${f.key ?? ''}\0${f.secret !== undefined ? (0,fingerprint/* hashSecret */.D)(f.secret) : ''}`;
        out.push({ finding, context });
    }
    const kept = oneFindingPerSpan(out, rules);
    kept.sort((a, b) => compareFindings(a.finding, b.finding));
    const occurrences = new Map();
    for (const { finding, context } of kept) {
        const k = `${finding.ruleId}\0${finding.path}\0${context}`;
        const n = occurrences.get(k) ?? 0;
        occurrences.set(k, n + 1);
        finding.fingerprint = (0,fingerprint/* fingerprint */.R)(finding.ruleId, finding.path, context, n);
    }
    return kept.map((o) => o.finding);
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/**
 * One finding per secret: when rules report overlapping spans of the same
 * line (a token that is also a hardcoded SECRET_KEY, a URL credential that is
 * also a GitHub token), the most severe finding stays, then the one from the
 * rule listed first, the one with the most context.
 */
function oneFindingPerSpan(items, rules) {
    const order = new Map(rules.map((r, i) => [r.meta.id, i]));
    const byLine = new Map();
    for (const it of items) {
        const f = it.finding;
        if (f.line === undefined || f.column === undefined || f.endColumn === undefined)
            continue;
        const k = `${f.path}\0${f.line}`;
        const group = byLine.get(k);
        if (group)
            group.push(it);
        else
            byLine.set(k, [it]);
    }
    const dropped = new Set();
    const better = (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (order.get(b.ruleId) ?? 0) - (order.get(a.ruleId) ?? 0);
    for (const group of byLine.values()) {
        if (group.length < 2)
            continue;
        for (let i = 0; i < group.length; i++) {
            for (let j = i + 1; j < group.length; j++) {
                const a = group[i].finding;
                const b = group[j].finding;
                if (a.ruleId === b.ruleId || a.column >= b.endColumn || b.column >= a.endColumn)
                    continue;
                dropped.add(better(a, b) >= 0 ? group[j] : group[i]);
            }
        }
    }
    return dropped.size === 0 ? items : items.filter((it) => !dropped.has(it));
}
function position(f) {
    const p = {};
    if (f.line !== undefined)
        p.line = f.line;
    if (f.column !== undefined)
        p.column = f.column;
    if (f.endLine !== undefined)
        p.endLine = f.endLine;
    else if (f.line !== undefined)
        p.endLine = f.line;
    if (f.endColumn !== undefined)
        p.endColumn = f.endColumn;
    return p;
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readFiles)
/* harmony export */ });
/* harmony import */ var _read__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5404);

/**
 * Reads each file once, whole, and hands it to the collector; the next file
 * is read into the same buffer, so memory stays flat however large the tree.
 */
function readFiles(root, files, maxFileSize, collector, stats, onEach) {
    // Each file is checked before the next is read, so one buffer serves them all.
    const reader = new _read__WEBPACK_IMPORTED_MODULE_0__/* .SafeReader */ .H(root, true);
    const errors = [];
    const symlinks = [];
    let done = 0;
    for (const file of files) {
        const outcome = reader.readSync(file.path, maxFileSize);
        switch (outcome.kind) {
            case 'symlink':
                symlinks.push(file.path);
                stats.skipped.symlink++;
                break;
            case 'special':
                stats.skipped.special++;
                break;
            case 'missing':
                stats.skipped.missing++;
                break;
            case 'unreadable':
                stats.skipped.unreadable++;
                errors.push({ path: file.path, message: outcome.message });
                break;
            case 'ok':
                collector.addFile({ path: file.path, status: file.status, head: outcome.head, body: outcome.body, size: outcome.size });
        }
        onEach?.(++done);
    }
    return { errors, symlinks };
}


/***/ }),

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SafeReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1655);



const OPEN_FLAGS = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW ?? 0) | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0);
/**
 * Reads files below one root without ever leaving it: the final component is
 * opened with O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot block us) and every
 * parent directory is checked once to be a real directory, not a symlink.
 *
 * The calls are synchronous: a scan reads thousands of small files that are
 * nearly always in the page cache, where one promise round trip per system
 * call costs more than the call itself.
 */
class SafeReader {
    root;
    reuse;
    dirState = new Map([['', 'ok']]);
    scratch = null;
    /**
     * With `reuse`, every read goes into one buffer that the next read
     * overwrites: for a caller that is done with a file before it reads the
     * next, it spares allocating (and collecting) a buffer per file.
     */
    constructor(root, reuse = false) {
        this.root = root;
        this.reuse = reuse;
    }
    /** Whether every directory between the root and `relDir` is a real directory. */
    dir(relDir) {
        let state = this.dirState.get(relDir);
        if (state === undefined) {
            const parent = relDir.includes('/') ? relDir.slice(0, relDir.lastIndexOf('/')) : '';
            state = this.dir(parent);
            if (state === 'ok') {
                try {
                    const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, relDir));
                    state = st.isDirectory() ? 'ok' : st.isSymbolicLink() ? 'symlink' : 'missing';
                }
                catch {
                    state = 'missing';
                }
            }
            this.dirState.set(relDir, state);
        }
        return state;
    }
    /**
     * Reads `rel` (POSIX, relative to the root). The body is read only when the
     * file is at most `maxSize` bytes; the head (first 8 KiB) always.
     */
    readSync(rel, maxSize) {
        const slash = rel.lastIndexOf('/');
        if (rel.includes('..') && rel.split('/').includes('..'))
            return { kind: 'missing' };
        if (slash >= 0) {
            const state = this.dir(rel.slice(0, slash));
            if (state === 'symlink')
                return { kind: 'symlink' };
            if (state === 'missing')
                return { kind: 'missing' };
        }
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel), OPEN_FLAGS);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                return { kind: 'symlink' };
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { kind: 'missing' };
            if (code === 'ENXIO' || code === 'EISDIR')
                return { kind: 'special' };
            return { kind: 'unreadable', message: describe(code) };
        }
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
            if (!st.isFile())
                return { kind: 'special' };
            const size = st.size;
            if (size > maxSize) {
                const head = readUpTo(fd, this.buffer(Math.min(size, _text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD)));
                return { kind: 'ok', size, head, body: null };
            }
            const body = readUpTo(fd, this.buffer(size));
            return { kind: 'ok', size: body.length, head: body.subarray(0, _text__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD), body };
        }
        catch (e) {
            return { kind: 'unreadable', message: describe(e.code) };
        }
        finally {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
            }
            catch {
                // nothing to do: the descriptor is gone either way
            }
        }
    }
    buffer(n) {
        if (!this.reuse)
            return Buffer.allocUnsafe(n);
        if (this.scratch === null || this.scratch.length < n)
            this.scratch = Buffer.allocUnsafe(Math.max(n, 64 * 1024));
        return this.scratch.subarray(0, n);
    }
    async read(rel, maxSize) {
        return this.readSync(rel, maxSize);
    }
}
/** Fills `buf` from the start of the file; returns less if the file shrank meanwhile. */
function readUpTo(fd, buf) {
    const n = buf.length;
    let got = 0;
    while (got < n) {
        const r = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, got, n - got, got);
        if (r === 0)
            break;
        got += r;
    }
    return got === n ? buf : buf.subarray(0, got);
}
function describe(code) {
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied (check the file mode or run as a user who can read it)';
        case 'EIO':
            return 'I/O error while reading';
        default:
            return `cannot be read (${code ?? 'unknown error'})`;
    }
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * The printable form of a secret: a short prefix (none for short values, so a
 * weak secret like "dev" is never spelled out), an ellipsis and the length.
 */
function redact(value) {
    const chars = Array.from(value);
    const n = chars.length;
    const shown = n >= 16 ? 4 : n >= 8 ? 2 : 0;
    return `${chars.slice(0, shown).join('')}…(${n} chars)`;
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ findSuppressionComments),
/* harmony export */   Eq: () => (/* binding */ DIRECTIVE),
/* harmony export */   zc: () => (/* binding */ NEXT_LINE)
/* harmony export */ });
/* unused harmony export scrubReason */
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2393);
/* harmony import */ var _rules_lib_secret_value__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4847);


const DIRECTIVE = 'leakproof-ignore';
const NEXT_LINE = '-next-line';
/** Comment openers, longest first so `<!--` wins over `--`. */
const MARKERS = ['<!--', '//', '/*', '--', '#', ';'];
const MAX_REASON = 200;
/** Prose files only document these comments; only an HTML comment there is a real one. */
const PROSE = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;
/**
 * Finds the suppression comments of one file: a comment opener, then
 * `leakproof-ignore` or `leakproof-ignore-next-line`, then optional rule ids,
 * then an optional `-- reason`. One comment per line; linear in the text.
 */
function findSuppressionComments(path, lines, keepLine) {
    const prose = PROSE.test(path);
    const byLine = new Map();
    for (const l of lines) {
        if (byLine.has(l.number) || !l.text.includes(DIRECTIVE))
            continue;
        const c = parseLine(l.text, prose);
        if (!c)
            continue;
        const target = c.nextLine ? l.number + 1 : l.number;
        byLine.set(l.number, {
            ...c,
            line: l.number,
            column: l.offset + c.column,
            reportable: !keepLine || (keepLine(l.number) && keepLine(target)),
        });
    }
    return [...byLine.values()];
}
function parseLine(text, prose) {
    for (let i = text.indexOf(DIRECTIVE); i >= 0; i = text.indexOf(DIRECTIVE, i + 1)) {
        const marker = markerBefore(text, i);
        if (!marker || (prose && marker.opener !== '<!--'))
            continue;
        let rest = text.slice(i + DIRECTIVE.length);
        const nextLine = rest.startsWith(NEXT_LINE);
        if (nextLine)
            rest = rest.slice(NEXT_LINE.length);
        if (!(rest === '' || /^\s/.test(rest) || rest.startsWith('*/') || rest.startsWith('-->')))
            continue;
        const close = marker.opener === '/*' ? rest.indexOf('*/') : marker.opener === '<!--' ? rest.indexOf('-->') : -1;
        if (close >= 0)
            rest = rest.slice(0, close);
        const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
        const idsText = sep ? rest.slice(0, sep.index) : rest;
        const reason = sep ? scrubReason(rest.slice(sep.index + sep[0].length).trim().slice(0, MAX_REASON)) : '';
        const parsed = {
            column: marker.start + 1,
            nextLine,
            rules: idsText.split(/[\s,]+/).filter((s) => s.length > 0),
        };
        if (reason)
            parsed.reason = reason;
        return parsed;
    }
    return null;
}
/**
 * A reason is free text from a scanned file and goes into every report:
 * anything in it that looks like a secret is shown redacted, like a finding.
 */
function scrubReason(reason) {
    return reason.replace(/[^\s'"`,;()]+/g, (word) => ((0,_rules_lib_secret_value__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeSecret */ .WW)(word) ? (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(word) : word));
}
/**
 * The comment opener right before the directive (spaces allowed between).
 * The opener must start the line or follow a character that cannot precede a
 * comment inside a string or word, so `"# leakproof-ignore"` in code is text.
 */
function markerBefore(text, at) {
    let end = at;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t'))
        end--;
    let opener;
    let start = -1;
    // `/** … */` opens a block comment too.
    let stars = end;
    while (stars > 0 && text[stars - 1] === '*')
        stars--;
    if (stars < end && stars > 0 && text[stars - 1] === '/') {
        opener = '/*';
        start = stars - 1;
    }
    else {
        for (const m of MARKERS) {
            if (end >= m.length && text.startsWith(m, end - m.length)) {
                opener = m;
                start = end - m.length;
                break;
            }
        }
    }
    if (!opener)
        return null;
    if (start > 0 && !/[\s;,(){}[\]*/<>!=+|&-]/.test(text[start - 1]))
        return null;
    return { opener, start };
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Vt: () => (/* binding */ hasUtf16Bom),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports LINE_CAP, WINDOW_OVERLAP */
/** Bytes looked at to decide whether a file is binary, as git does. */
const SNIFF_BYTES = 8192;
/** Lines longer than this are scanned in overlapping windows of this size. */
const LINE_CAP = 4096;
/** Overlap between windows, longer than any name + value a rule matches. */
const WINDOW_OVERLAP = 512;
function hasUtf16Bom(buf) {
    if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
        return 'le';
    if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
        return 'be';
    return null;
}
/** A NUL byte in the first 8 KiB marks a file as binary, unless it is UTF-16 with a BOM. */
function isBinary(head) {
    if (hasUtf16Bom(head))
        return false;
    // Buffer#indexOf is memchr; a plain typed-array search is many times slower.
    const sniff = Buffer.isBuffer(head) && head.length <= SNIFF_BYTES ? head : Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES));
    return sniff.indexOf(0) >= 0;
}
/** The text of a file a tree rule asks for: null when it is missing, too large or binary. */
function textOf(blob) {
    return blob?.body && !isBinary(blob.head) ? decode(blob.body) : null;
}
/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. */
function decode(buf) {
    const bom = hasUtf16Bom(buf);
    if (bom === 'le')
        return buf.subarray(2).toString('utf16le');
    if (bom === 'be') {
        const swapped = Buffer.from(buf.subarray(2));
        swapBytes(swapped);
        return swapped.toString('utf16le');
    }
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        return buf.subarray(3).toString('utf8');
    }
    return buf.toString('utf8');
}
function swapBytes(b) {
    for (let i = 0; i + 1 < b.length; i += 2) {
        const t = b[i];
        b[i] = b[i + 1];
        b[i + 1] = t;
    }
}
/** Splits text into lines (LF, CRLF or CR), cutting long lines into overlapping windows. */
function splitLines(text) {
    const lines = [];
    let longLines = 0;
    let number = 0;
    let start = 0;
    const len = text.length;
    while (start <= len) {
        let end = start;
        while (end < len) {
            const c = text.charCodeAt(end);
            if (c === 10 || c === 13)
                break;
            end++;
        }
        number++;
        const lineLen = end - start;
        if (lineLen <= LINE_CAP) {
            lines.push({ number, text: text.slice(start, end), offset: 0 });
        }
        else {
            longLines++;
            const step = LINE_CAP - WINDOW_OVERLAP;
            for (let w = 0; w < lineLen; w += step) {
                lines.push({ number, text: text.slice(start + w, Math.min(end, start + w + LINE_CAP)), offset: w });
                if (w + LINE_CAP >= lineLen)
                    break;
            }
        }
        if (end >= len)
            break;
        start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
        if (start === len)
            break;
    }
    return { lines, longLines };
}


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ findRule)
});

;// CONCATENATED MODULE: ./src/rules/lib/dotenv-names.ts
/** Suffixes that make a dotenv file a template meant to be committed. */
const TEMPLATE_SUFFIXES = new Set(['example', 'sample', 'template', 'dist', 'defaults', 'schema', 'tpl', 'tmpl']);
/**
 * What a file name says about dotenv: `file` for `.env`, `.env.production`,
 * `prod.env`, `.envrc`; `template` for `.env.example` and its kin; null for
 * everything else. `.env.vault` is encrypted by design and meant to be
 * committed, so it is neither.
 */
function dotenvKind(name) {
    const lower = name.toLowerCase();
    if (lower === '.env' || lower === '.envrc')
        return 'file';
    // `.env-example`, `.env_sample`: a common spelling of the template names.
    if ((lower.startsWith('.env-') || lower.startsWith('.env_')) && TEMPLATE_SUFFIXES.has(lower.slice(5)))
        return 'template';
    let rest;
    if (lower.startsWith('.env.'))
        rest = lower.slice(5);
    else {
        const at = lower.indexOf('.env');
        // `<name>.env` or `<name>.env.<suffix>`, with a real name before it.
        if (at <= 0)
            return null;
        const after = lower.slice(at + 4);
        if (after !== '' && !after.startsWith('.'))
            return null;
        rest = after.slice(1);
        const base = lower.slice(0, at);
        if (base.includes('.env'))
            return null;
        // `example.env`, `sample.env`: the template named the other way round.
        if (TEMPLATE_SUFFIXES.has(base))
            return 'template';
    }
    if (rest === '')
        return 'file';
    const parts = rest.split('.');
    if (parts.some((p) => TEMPLATE_SUFFIXES.has(p)))
        return 'template';
    if (parts.includes('vault'))
        return null;
    // `.env.d.ts`-style source files and other code are not dotenv files.
    const last = parts[parts.length - 1];
    if (CODE_EXTENSIONS.has(last))
        return null;
    return 'file';
}
const CODE_EXTENSIONS = new Set([
    'js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx', 'py', 'rb', 'php', 'go', 'java', 'kt', 'rs', 'cs',
    'json', 'yml', 'yaml', 'toml', 'md', 'txt', 'sh', 'ps1', 'bat', 'lock', 'map',
]);
function isDotenvName(name) {
    return dotenvKind(name) !== null;
}
/** Parses `KEY=value`, `export KEY=value` and `KEY: value` lines; quotes are removed. */
function parseDotenv(text) {
    const out = [];
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (raw.length > 8192)
            continue;
        const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.\-]*)(\s*[=:]\s*)(.*)$/.exec(raw);
        if (!m)
            continue;
        let value = m[4];
        let column = m[1].length + m[2].length + m[3].length + 1;
        const q = value[0];
        if (q === '"' || q === "'" || q === '`') {
            const close = value.indexOf(q, 1);
            value = close > 0 ? value.slice(1, close) : value.slice(1);
            column += 1;
        }
        else {
            const hash = value.search(/\s#/);
            if (hash >= 0)
                value = value.slice(0, hash);
            value = value.trimEnd();
        }
        out.push({ key: m[2], value, line: i + 1, column });
    }
    return out;
}

// EXTERNAL MODULE: ./src/rules/lib/env-keys.ts
var env_keys = __nccwpck_require__(8697);
// EXTERNAL MODULE: ./src/rules/lib/secret-value.ts
var secret_value = __nccwpck_require__(4847);
;// CONCATENATED MODULE: ./src/rules/dotenv-file.ts



const WHERE = {
    tracked: 'is tracked by git',
    untracked: 'is not ignored by git, so the next `git add .` commits it',
    plain: 'is in the folder and ships with it',
};
/** What to do next, which depends on where the file is. */
function advice(status, path) {
    switch (status) {
        case 'tracked':
            return `Run \`git rm --cached ${path}\`, add it to .gitignore, rotate its secrets and commit a \`.env.example\` instead.`;
        case 'untracked':
            return 'Add it to .gitignore (and commit a `.env.example` with placeholder values instead).';
        case 'plain':
            return 'Leave it out of what you ship (e.g. list it in .dockerignore) and pass the values as environment variables.';
    }
}
const MAX_KEYS_NAMED = 10;
/** Keys worth naming: a secret by name (unless public by convention), or a value that looks like one. */
function secretLookingKeys(entries, publicPrefixes) {
    const keys = entries
        .filter((e) => e.value !== '')
        .filter((e) => (0,secret_value/* looksLikeSecret */.WW)(e.value) || ((0,env_keys/* isSecretKeyName */.NN)(e.key) && !(0,env_keys/* isPublicKey */.NP)(e.key, publicPrefixes)))
        .map((e) => e.key);
    return [...new Set(keys)];
}
function namedKeys(keys) {
    const shown = keys.slice(0, MAX_KEYS_NAMED).join(', ');
    return keys.length > MAX_KEYS_NAMED ? `${shown}, and ${keys.length - MAX_KEYS_NAMED} more` : shown;
}
const dotenvFile = {
    meta: {
        id: 'dotenv-file',
        title: 'Dotenv file committed or shipped',
        severity: 'error',
        why: 'Dotenv files (`.env`, `.env.production`, `prod.env`, `.envrc`) hold the real configuration of one machine: ' +
            'database passwords, API tokens, signing keys. Once committed they are in every clone and in history; in a ' +
            'deployment folder or Docker build context they ship with the image.',
        fix: 'Remove it from git (`git rm --cached .env`), add it to `.gitignore`, rotate every secret it held, and commit a ' +
            '`.env.example` with the same keys and placeholder values instead. In a deployment folder, leave it out of what ' +
            'you ship and pass the values as environment variables.',
        examples: [
            { file: '.env', flagged: 'DATABASE_URL=postgres://app:hunter2@db/app', clean: '(listed in .gitignore)' },
            { file: '.env.example', flagged: '(templates are covered by dotenv-template-secret)', clean: 'DATABASE_URL=postgres://user:password@localhost/app' },
        ],
    },
    checkFile(file) {
        if (file.status === 'ignored' || dotenvKind(file.name) !== 'file')
            return [];
        const status = file.status;
        const subject = `\`${file.name}\` ${WHERE[status]}`;
        if (file.text === null) {
            return [{ message: `${subject}. ${advice(status, file.path)}`, key: 'file' }];
        }
        const entries = parseDotenv(file.text);
        const prefixes = file.settings.publicEnvPrefixes;
        const secretKeys = secretLookingKeys(entries, prefixes);
        const allPublic = entries.every((e) => (0,env_keys/* isPublicKey */.NP)(e.key, prefixes)) && !entries.some((e) => (0,secret_value/* looksLikeSecret */.WW)(e.value));
        const holds = secretKeys.length > 0 ? `; it holds secret-looking keys: ${namedKeys(secretKeys)}` : '';
        const finding = {
            message: allPublic
                ? `${subject}. Every key is public by framework convention, so this is a notice; still, keep real dotenv files out of git and out of what you ship.`
                : `${subject}${holds}. ${advice(status, file.path)}`,
            key: 'file',
        };
        if (allPublic)
            finding.severity = 'notice';
        return [finding];
    },
};

;// CONCATENATED MODULE: ./src/rules/lib/literal.ts
const QUOTES = new Set(['"', "'", '`']);
function skipSpaces(s, i) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
        i++;
    return i;
}
function isIdentChar(c) {
    return c !== undefined && /[A-Za-z0-9_$]/.test(c);
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
/** Syntaxes whose single-quoted strings are taken as written: no `$VAR`, no `${…}`. */
function singleQuotesAreRaw(lang) {
    return lang === 'php' || lang === 'shell' || lang === 'dockerfile' || lang === 'make';
}
/**
 * Lookups that configuration loaders resolve when they read the value:
 * dynaconf `@format {env[SECRET_KEY]}` / `@jinja …` / `@get …`, Azure App
 * Service `@Microsoft.KeyVault(SecretUri=…)`, release-pipeline tokens
 * `__JWT_SECRET__`.
 */
const LOADER_LOOKUP = /^(?:@(?:format|jinja|get)\s|@Microsoft\.KeyVault\(|__[A-Za-z][A-Za-z0-9_]*__$)/;
/**
 * True when a value is built at run time rather than written out. `quote`
 * is the quote around the value, if any: single-quoted PHP and shell
 * strings do not interpolate, so a WordPress salt may hold `$X` as written.
 */
function isInterpolated(value, lang, quote) {
    if (quote === "'" && singleQuotesAreRaw(lang))
        return false;
    if (LOADER_LOOKUP.test(value))
        return true;
    if (value.includes('${') ||
        value.includes('{{') ||
        value.includes('#{') ||
        value.includes('<%') ||
        value.includes('%(') ||
        value.includes('$(') ||
        value.includes('%{')) {
        return true;
    }
    // Symfony container parameters: `%env(APP_SECRET)%`, `%kernel.secret%`.
    if (/^%[A-Za-z_][\w.:()]*%$/.test(value))
        return true;
    // `$NAME` is a variable in shells, compose files, PHP, Kotlin and Groovy strings.
    if (lang !== 'js' && lang !== 'python' && lang !== 'ruby' && lang !== 'go' && lang !== 'rust' && lang !== 'csharp') {
        if (/\$[A-Za-z_{(]/.test(value))
            return true;
    }
    return false;
}
const MASK = /^[*xX.•…\-_ ]+$/;
/**
 * Values that are plainly not a secret anyone could use: empty, a mask such
 * as `***`, `xxxx` or `…`, or an angle-bracket template marker like `<your-key>`.
 */
function isBlankOrMarker(value) {
    const v = value.trim();
    if (v.length === 0)
        return true;
    if (MASK.test(v))
        return true;
    if (v.startsWith('<') && v.endsWith('>') && !v.slice(1, -1).includes('<'))
        return true;
    return false;
}
const BARE_SCALARS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', '~', 'undefined']);
/** Bare values that are not strings: numbers, booleans, null. */
function isBareScalar(value) {
    const v = value.trim().toLowerCase();
    return BARE_SCALARS.has(v) || /^[-+]?\d+(\.\d+)?$/.test(v);
}
/**
 * Reads an unquoted value in a config syntax (YAML, INI, shell…), up to the
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
                // A comment starts at ` #`; flow collections end at `,` `}` `]`.
                while (j < end && !(s[j] === '#' && (s[j - 1] === ' ' || s[j - 1] === '\t')))
                    j++;
                break;
            }
            case 'shell':
            case 'dockerfile':
            case 'systemd': {
                while (j < end && s[j] !== ' ' && s[j] !== '\t' && s[j] !== ';' && s[j] !== '"' && s[j] !== "'")
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

;// CONCATENATED MODULE: ./src/rules/lib/git-files.ts


/** `ref: refs/heads/main` or a bare object id: what a real git HEAD holds. */
function isGitHead(text) {
    const t = text.trim();
    return /^ref: refs\/\S+$/.test(t) || /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(t);
}
const SECTION = /^\[(?:core|remote[ \t]+"[^"]*"|branch[ \t]+"[^"]*"|submodule[ \t]+"[^"]*")\]/;
/** The section headers of a config file, one line at a time (each test is anchored: linear in the text). */
function sections(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const t = line.trimStart();
        if (t.startsWith('['))
            out.push(t);
    }
    return out;
}
/** A git config file: has a `[core]` or `[remote "…"]` section. */
function isGitConfig(text) {
    return sections(text).some((s) => SECTION.test(s));
}
/** A git config file with a `[core]` section: what a git directory's own `config` holds. */
function hasCoreSection(text) {
    return sections(text).some((s) => s.startsWith('[core]'));
}
/**
 * Credentials embedded in URLs on one line: `https://user:token@host/…`, or a
 * token alone as the user part (`https://ghp_…@github.com`). Parsed by hand
 * from each `://`, so the cost stays linear in the line length.
 */
function urlCredentials(line) {
    const out = [];
    let from = 0;
    for (;;) {
        const sep = line.indexOf('://', from);
        if (sep < 0)
            break;
        from = sep + 3;
        let k = sep;
        while (k > 0 && /[A-Za-z0-9+.\-]/.test(line[k - 1]))
            k--;
        if (k === sep)
            continue;
        // userinfo runs to the last `@` before the host part ends.
        let i = sep + 3;
        let at = -1;
        while (i < line.length) {
            const c = line[i];
            if (c === '/' || c === ' ' || c === '\t' || c === '"' || c === "'" || c === '?' || c === '#' || c === '<' || c === '>')
                break;
            if (c === '@')
                at = i;
            i++;
        }
        if (at < 0)
            continue;
        const userinfo = line.slice(sep + 3, at);
        const host = line.slice(at + 1, i);
        if (!host)
            continue;
        const colon = userinfo.indexOf(':');
        let start;
        let value;
        if (colon >= 0) {
            start = sep + 3 + colon + 1;
            value = userinfo.slice(colon + 1);
        }
        else {
            // A bare user is a credential only when it is a token, not a name like `git`.
            if (!/^(?:gh[pousr]_|github_pat_|glpat-)|^[A-Za-z0-9_\-]{30,}$/.test(userinfo))
                continue;
            start = sep + 3;
            value = userinfo;
        }
        if (isBlankOrMarker(value) || isInterpolated(value, null) || value.startsWith('$'))
            continue;
        out.push({ start, end: start + value.length, value, host });
        from = i;
    }
    return out;
}
/** `extraheader = AUTHORIZATION: basic …` as written by actions/checkout into .git/config. */
function authHeader(line) {
    const m = /^\s*extraheader\s*=\s*/i.exec(line);
    if (!m)
        return null;
    const rest = line.slice(m[0].length);
    const auth = /^authorization:\s*(?:basic|bearer|token)\s+/i.exec(rest);
    if (!auth)
        return null;
    const start = skipSpaces(line, m[0].length + auth[0].length);
    const value = line.slice(start).trim();
    if (!value || isInterpolated(value, null) || value.startsWith('$') || isBlankOrMarker(value))
        return null;
    return { start, end: start + value.length, value, host: '' };
}
/** Paths listed in a `.gitmodules` file. */
function gitmodulePaths(text) {
    const out = new Set();
    for (const line of text.split(/\r?\n/)) {
        const m = /^[ \t]*path[ \t]*=/.exec(line);
        if (!m)
            continue;
        const value = line.slice(m[0].length).trim();
        if (value)
            out.add(value.replace(/^"|"$/g, '').replace(/\/+$/, ''));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/dotenv-template-secret.ts



const dotenvTemplateSecret = {
    meta: {
        id: 'dotenv-template-secret',
        title: 'Real-looking secret in a dotenv template',
        severity: 'warning',
        why: 'Templates such as `.env.example` are meant to be committed, so they must hold placeholders. A value that looks ' +
            'like a real key (long and random, or a known token format) was most likely copied from a real `.env`.',
        fix: 'Replace the value with a placeholder (`SECRET_KEY=change-me`) or leave it empty, and rotate the real key if it was one.',
        examples: [
            { file: '.env.example', flagged: 'STRIPE_SECRET_KEY=' + 'sk' + '_live_51H8xQeLkdIwHu7ixAbCdEf12', clean: 'STRIPE_SECRET_KEY=sk_live_xxx' },
        ],
    },
    checkFile(file) {
        if (file.status === 'ignored' || dotenvKind(file.name) !== 'template' || file.text === null)
            return [];
        const found = [];
        for (const e of parseDotenv(file.text)) {
            // In a URL only the password is judged: `postgres://user:password@localhost` is a placeholder.
            const cred = urlCredentials(e.value)[0];
            const value = cred ? cred.value : e.value;
            const column = e.column + (cred ? cred.start : 0);
            if (!(0,secret_value/* looksLikeSecret */.WW)(value))
                continue;
            found.push({
                line: e.line,
                column,
                endColumn: column + value.length,
                message: `\`${e.key}\` in the template \`${file.name}\` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key.`,
                secret: value,
                key: e.key,
            });
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./src/rules/lib/example.ts
/**
 * Quotes a value for a rule's documented example. The example is joined at
 * run time so the rule's own source holds no assignment or token that a scan
 * of this repository would report; `--explain` shows it whole.
 */
function quoted(value, quote = "'") {
    return quote + value + quote;
}

;// CONCATENATED MODULE: ./src/rules/lib/filetype.ts
const BY_EXT = {
    py: 'python', pyw: 'python', pyi: 'python',
    js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js',
    rb: 'ruby', rake: 'ruby', gemspec: 'ruby', ru: 'ruby',
    php: 'php',
    java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm', gradle: 'jvm',
    go: 'go',
    cs: 'csharp',
    ex: 'elixir', exs: 'elixir',
    rs: 'rust',
    properties: 'properties',
    yml: 'yaml', yaml: 'yaml',
    json: 'json', json5: 'json', jsonc: 'json',
    toml: 'toml',
    ini: 'ini', cfg: 'ini', conf: 'ini', cnf: 'ini',
    service: 'systemd', socket: 'systemd', timer: 'systemd', container: 'systemd',
    sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', fish: 'shell',
    mk: 'make',
    tf: 'hcl', tfvars: 'hcl', hcl: 'hcl',
    xml: 'xml', config: 'xml',
};
const BY_NAME = {
    dockerfile: 'dockerfile',
    containerfile: 'dockerfile',
    makefile: 'make',
    gnumakefile: 'make',
    gemfile: 'ruby',
    rakefile: 'ruby',
    procfile: 'shell',
    '.bashrc': 'shell',
    '.zshrc': 'shell',
    '.profile': 'shell',
    '.bash_profile': 'shell',
};
const filetype_TEMPLATE_SUFFIXES = ['.j2', '.jinja', '.jinja2', '.tpl', '.tmpl', '.gotmpl'];
/** The syntax of a file from its name, or null when the secret-key rules do not read it. */
function langOf(name) {
    let lower = name.toLowerCase();
    // Templates rendered into config (`settings.py.j2`, `app.ini.tpl`) keep the syntax of what they render.
    for (const suffix of filetype_TEMPLATE_SUFFIXES) {
        if (lower.endsWith(suffix) && lower.length > suffix.length) {
            lower = lower.slice(0, -suffix.length);
            break;
        }
    }
    const byName = BY_NAME[lower];
    if (byName)
        return byName;
    if (lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile'))
        return 'dockerfile';
    const dot = lower.lastIndexOf('.');
    if (dot < 0)
        return null;
    return BY_EXT[lower.slice(dot + 1)] ?? null;
}
/** Syntaxes where only a quoted value is a literal (a bare word is a variable, a call, a number or a boolean). */
function needsQuotes(lang) {
    switch (lang) {
        case 'python':
        case 'js':
        case 'ruby':
        case 'php':
        case 'jvm':
        case 'go':
        case 'csharp':
        case 'elixir':
        case 'rust':
        case 'json':
        case 'toml':
        case 'hcl':
            return true;
        default:
            return false;
    }
}

// EXTERNAL MODULE: ./src/rules/lib/secret-names.ts
var secret_names = __nccwpck_require__(4730);
;// CONCATENATED MODULE: ./src/rules/lib/comments.ts
/**
 * Where a comment starts on one line of a configuration syntax, or the
 * line's length when there is none. Text in a comment is prose or a
 * disabled example (`# --set app.secretKey=...`), never an assignment the
 * program reads. Code syntaxes (Python, JavaScript…) are left alone: a
 * commented-out key there is one edit away from being live, and their
 * comment rules need a real tokenizer.
 */
function commentStart(s, lang) {
    const first = firstNonSpace(s);
    switch (lang) {
        case 'dockerfile':
        case 'systemd':
            return s[first] === '#' || (lang === 'systemd' && s[first] === ';') ? first : s.length;
        case 'properties':
            // `#` and `!` start a comment only at the line's start; later they are part of the value.
            return s[first] === '#' || s[first] === '!' ? first : s.length;
        case 'make':
            for (let i = 0; i < s.length; i++)
                if (s[i] === '#' && s[i - 1] !== '\\')
                    return i;
            return s.length;
        case 'yaml':
        case 'toml':
        case 'shell':
        case 'ini':
        case 'hcl':
            return scan(s, lang, first);
        default:
            return s.length;
    }
}
function firstNonSpace(s) {
    let i = 0;
    while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
        i++;
    return i;
}
/** One pass, aware of quotes, for the syntaxes where a comment may follow a value. */
function scan(s, lang, first) {
    if (lang === 'ini' && (s[first] === ';' || s[first] === '#'))
        return first;
    let quote = null;
    for (let i = first; i < s.length; i++) {
        const c = s[i];
        if (quote !== null) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = null;
            continue;
        }
        const afterSpace = i === first || s[i - 1] === ' ' || s[i - 1] === '\t';
        if (c === '"' || c === "'") {
            if (opensQuote(s, i, lang, first))
                quote = c;
            continue;
        }
        if (c === '#') {
            // TOML and HCL have no bare words for `#` to sit in; elsewhere a comment needs a space before it.
            if (lang === 'toml' || lang === 'hcl' || afterSpace)
                return i;
            continue;
        }
        if (lang === 'hcl' && c === '/' && (s[i + 1] === '/' || s[i + 1] === '*'))
            return i;
        if (lang === 'ini' && c === ';' && afterSpace)
            return i;
    }
    return s.length;
}
/** In YAML and INI a quote opens a string only at the start of a value (`it's` is a plain word). */
function opensQuote(s, i, lang, first) {
    if (lang !== 'yaml' && lang !== 'ini')
        return true;
    let k = i - 1;
    while (k >= first && (s[k] === ' ' || s[k] === '\t'))
        k--;
    if (k < first)
        return true;
    return ':-[{,='.includes(s[k]);
}

;// CONCATENATED MODULE: ./src/rules/lib/manifests.ts
/**
 * Kubernetes resources whose fields name a secret held elsewhere: an
 * ExternalSecret's `secretKey: SECRET_KEY` is the key to create from
 * `remoteRef`, a SecretProviderClass lists object names. Nothing in them
 * is a value.
 */
const REFERENCE_KINDS = new Set([
    'ExternalSecret',
    'ClusterExternalSecret',
    'PushSecret',
    'SecretProviderClass',
    'VaultStaticSecret',
    'VaultDynamicSecret',
    'OnePasswordItem',
]);
/** A SealedSecret's `encryptedData` is ciphertext for the cluster's key, made to be committed. */
const SEALED_KIND = 'SealedSecret';
const QUICK = /ExternalSecret|PushSecret|SecretProviderClass|VaultStaticSecret|VaultDynamicSecret|OnePasswordItem|SealedSecret/;
/**
 * For a YAML file, the lines (by index) that hold no values of their own
 * because of the resource they belong to; null when there are none.
 * One pass over the lines per document.
 */
function referenceOnlyLines(lines, text) {
    if (!QUICK.test(text))
        return null;
    let skip = null;
    let docStart = 0;
    for (let idx = 0; idx <= lines.length; idx++) {
        const end = idx === lines.length || (lines[idx].offset === 0 && lines[idx].text.startsWith('---'));
        if (!end)
            continue;
        const kind = documentKind(lines, docStart, idx);
        if (kind !== null && REFERENCE_KINDS.has(kind)) {
            skip ??= new Uint8Array(lines.length);
            skip.fill(1, docStart, idx);
        }
        else if (kind === SEALED_KIND) {
            skip ??= new Uint8Array(lines.length);
            markEncryptedData(lines, docStart, idx, skip);
        }
        docStart = idx + 1;
    }
    return skip;
}
function documentKind(lines, from, to) {
    for (let k = from; k < to; k++) {
        const m = /^kind:\s*["']?([A-Za-z]+)/.exec(lines[k].text);
        if (m && lines[k].offset === 0)
            return m[1];
    }
    return null;
}
/** Marks the lines nested under each `encryptedData:` key. */
function markEncryptedData(lines, from, to, skip) {
    let under = -1;
    for (let k = from; k < to; k++) {
        // The later windows of a long line belong with its first.
        if (lines[k].offset > 0) {
            skip[k] = k > 0 ? skip[k - 1] : 0;
            continue;
        }
        const t = lines[k].text;
        const trimmed = t.trimStart();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const indent = t.length - trimmed.length;
        if (under >= 0 && indent > under) {
            skip[k] = 1;
            continue;
        }
        under = /^encryptedData:\s*$/.test(trimmed) ? indent : -1;
    }
}

;// CONCATENATED MODULE: ./src/rules/lib/signing-calls.ts

const JWT_METHODS = new Set(['sign', 'verify', 'encode', 'decode']);
/**
 * `callee` is the dotted chain before `(` (PHP `::`/`->` already turned into
 * dots), as written. Returns which argument holds the secret, or null.
 */
function signingCall(callee, lang) {
    const segs = callee.split('.').filter((s) => s.length > 0);
    const method = (0,secret_names/* normalizeName */.Pc)(segs[segs.length - 1] ?? '');
    const receiver = (0,secret_names/* normalizeName */.Pc)(segs[segs.length - 2] ?? '');
    if (JWT_METHODS.has(method) && (receiver === 'jwt' || receiver === 'jsonwebtoken' || receiver === 'pyjwt')) {
        return { subject: `\`${segs.slice(-2).join('.')}()\` key`, arg: 1 };
    }
    if (method === 'cookieparser' && segs.length === 1 && lang === 'js')
        return { subject: '`cookieParser()` secret', arg: 0 };
    if (method === 'signedstring' && lang === 'go')
        return { subject: '`SignedString()` key', arg: 0 };
    if (method === 'signwith' && lang === 'jvm')
        return { subject: '`signWith()` key', arg: 1 };
    if (lang === 'go') {
        // gorilla/sessions, gin-contrib/sessions and gorilla/securecookie take the authentication key first.
        if (method === 'newcookiestore')
            return { subject: '`NewCookieStore()` key', arg: 0 };
        if (method === 'newfilesystemstore')
            return { subject: '`NewFilesystemStore()` key', arg: 1 };
        if (method === 'newstore' && (receiver === 'cookie' || receiver === 'memstore'))
            return { subject: `\`${segs.slice(-2).join('.')}()\` key`, arg: 0 };
        if (method === 'new' && receiver === 'securecookie')
            return { subject: '`securecookie.New()` hash key', arg: 0 };
    }
    return null;
}
/** Cheap line filter: could this line hold a signing call or a session/JWT options object? */
function mayHoldSigningContext(lower) {
    return (lower.includes('jwt') ||
        lower.includes('session') ||
        lower.includes('cookie') ||
        lower.includes('store(') ||
        lower.includes('signedstring') ||
        lower.includes('signwith'));
}
/** Keys that hold the secret inside a session or JWT options object. */
function isContextKey(name) {
    const n = (0,secret_names/* normalizeName */.Pc)(name);
    return n === 'secret' || n === 'secretorprivatekey';
}
/** A label says the object it opens configures sessions, cookies or JWTs. */
function isSigningLabel(label) {
    return /jwt|session|cookie/i.test(label);
}
/** Most characters looked at when walking back to the object's opener. */
const WALK_LIMIT = 1500;
/**
 * The label of the `{ … }` object that encloses `pos` on line `idx`: the
 * callee and arguments of the call it is passed to (`session({`,
 * `JwtModule.register({`, `fastify.register(jwtPlugin, {`), or the name it
 * is assigned to (`jwtConstants = {`). Null when there is none in reach.
 */
function enclosingObjectLabel(lines, idx, pos, shared) {
    const limit = Math.max(0, Math.min(WALK_LIMIT, shared.left));
    const walk = { left: limit };
    const label = walkToLabel(lines, idx, pos, walk);
    shared.left -= limit - walk.left;
    return label;
}
function walkToLabel(lines, idx, pos, walk) {
    let depth = 0;
    let object = false;
    const number = lines[idx].number;
    for (let k = idx; k >= 0 && walk.left > 0; k--) {
        const line = lines[k];
        // Windows of one long line overlap; walking into the previous one would count brackets twice.
        if (k !== idx && line.number === number)
            break;
        const t = line.text;
        for (let i = k === idx ? pos - 1 : t.length - 1; i >= 0 && walk.left > 0; i--, walk.left--) {
            const c = t[i];
            if (c === ')' || c === '}' || c === ']') {
                depth++;
                continue;
            }
            if (c !== '(' && c !== '{' && c !== '[')
                continue;
            if (depth > 0) {
                depth--;
                continue;
            }
            if (c === '[')
                return null;
            if (c === '(')
                return object ? calleeBefore(t, i) + t.slice(i, i + 100) : null;
            if (object)
                return null; // an object inside an object: not the options themselves
            object = true;
            const before = prevSignificant(lines, k, i);
            if (before === null)
                return null;
            if (before.c === '(' || before.c === ',')
                continue; // an argument: the call decides
            if (before.c === '=' || before.c === ':')
                return identifierBefore(lines[before.k].text, before.i);
            return null;
        }
    }
    return null;
}
function prevSignificant(lines, k, i) {
    for (let n = 0; k >= 0 && n < 3; k--, n++) {
        const t = lines[k].text;
        for (let j = n === 0 ? i - 1 : t.length - 1; j >= 0; j--) {
            const c = t[j];
            if (c !== ' ' && c !== '\t')
                return { c, k, i: j };
        }
    }
    return null;
}
/** The identifier (or type) right before `i`, skipping spaces: `jwtConstants` in `const jwtConstants = {`. */
function identifierBefore(t, i) {
    let j = i - 1;
    while (j >= 0 && (t[j] === ' ' || t[j] === '\t'))
        j--;
    const end = j + 1;
    while (j >= 0 && end - j < 80 && /[A-Za-z0-9_$.]/.test(t[j]))
        j--;
    return t.slice(j + 1, end);
}
/** The dotted identifier that ends right before index `b` (a `(` or `[`). */
function calleeBefore(s, b) {
    let k = b;
    let n = 0;
    while (k > 0 && n < 80) {
        const c = s[k - 1];
        if (/[A-Za-z0-9_$.]/.test(c)) {
            k--;
            n++;
            continue;
        }
        // `System.getenv().getOrDefault(`: keep an empty call in the receiver chain.
        if (c === ')' && s[k - 2] === '(') {
            k -= 2;
            n += 2;
            continue;
        }
        // TypeScript type arguments: `configService.get<string>(`, looked for within a few characters.
        if (c === '>' && s[k - 2] !== '-') {
            let lt = k - 2;
            while (lt >= 0 && k - lt < 40 && s[lt] !== '<' && /[\w.,| \[\]]/.test(s[lt]))
                lt--;
            if (lt > 0 && s[lt] === '<') {
                n += k - lt;
                k = lt;
                continue;
            }
        }
        // PHP and Ruby scope operators.
        if ((c === '>' && s[k - 2] === '-') || (c === ':' && s[k - 2] === ':')) {
            k -= 2;
            n += 2;
            continue;
        }
        break;
    }
    return s.slice(k, b).replace(/->|::/g, '.').replace(/<[^<>]*>/g, '');
}

;// CONCATENATED MODULE: ./src/rules/lib/secret-assignments.ts







const MEMO_KEY = 'secret-assignments';
/** All secret occurrences in a file, computed once and shared by both rules. */
function secretOccurrences(file) {
    const cached = file.memo.get(MEMO_KEY);
    if (cached)
        return cached;
    // `body` is null exactly when `text` is, and testing it does not decode the file.
    const found = file.body === null ? [] : analyzeFile(file);
    file.memo.set(MEMO_KEY, found);
    return found;
}
/**
 * node-config's `custom-environment-variables.*` maps each setting to the
 * name of the variable that supplies it: every value is a name by design.
 */
const ENV_NAME_MAPS = /^custom-environment-variables\.[a-z0-9]+$/;
function analyzeFile(file) {
    const names = file.settings.secretNames;
    // The word test first: it is answered for all rules in one pass, and most files fail it.
    const mayAppear = names.mayAppearIn(file);
    if (!mayAppear && !file.path.endsWith('.php'))
        return [];
    if (isDotenvName(file.name) || file.name === '.git-credentials' || ENV_NAME_MAPS.test(file.name))
        return [];
    const lang = langOf(file.name);
    if (lang === null)
        return [];
    const keys = fileKeys(file.path, lang);
    if (keys.size === 0 && !mayAppear)
        return [];
    const mayMatter = (lower) => names.mayContain(lower) || mayHoldSigningContext(lower);
    const out = [];
    const lines = file.lines;
    const budget = { left: WALK_PER_CHAR * file.text.length + WALK_FLOOR };
    const skip = lang === 'yaml' ? referenceOnlyLines(lines, file.text) : null;
    for (let idx = 0; idx < lines.length; idx++) {
        const line = lines[idx];
        if (skip?.[idx])
            continue;
        if (!mayMatter(line.text.toLowerCase()))
            continue;
        // A window inside a long line does not start where the line does, so its comment cannot be told.
        const codeEnd = line.offset === 0 ? commentStart(line.text, lang) : line.text.length;
        if (codeEnd === 0 || line.text.slice(0, codeEnd).trim() === '')
            continue;
        new LineAnalyzer(lines, idx, lang, names, keys, budget, out, codeEnd).run();
    }
    return out;
}
/**
 * Keys that hold a signing secret because of the file they are in: Laravel's
 * `config/app.php` `'key'` (APP_KEY) and tymon/jwt-auth's `config/jwt.php` `'secret'`.
 */
function fileKeys(path, lang) {
    if (lang !== 'php')
        return NO_KEYS;
    if (/(?:^|\/)config\/app\.php$/.test(path))
        return new Set(['key']);
    if (/(?:^|\/)config\/jwt\.php$/.test(path))
        return new Set(['secret']);
    return NO_KEYS;
}
const NO_KEYS = new Set();
/** Lookups of an enclosing object per line: bounds the work on lines full of `secret:` keys. */
const MAX_CONTEXT_LOOKUPS = 8;
/**
 * Names looked at per line (or 4 KiB window). Each can read forward to the
 * line's end, so without a cap a line of `SECRET_KEY=SECRET_KEY=…` would cost
 * the square of its length. Real lines hold a handful.
 */
const MAX_NAMES_PER_LINE = 16;
/**
 * Characters the look-arounds that cross lines (YAML parents, enclosing
 * objects, multi-line lists and blocks) may visit in one file, in all:
 * keeps the whole analysis linear in the file's size.
 */
const WALK_PER_CHAR = 4;
const WALK_FLOOR = 1 << 16;
/** Lines below a call's opening line that its arguments may run on to. */
const MAX_CALL_LINES = 4;
// One character class, one quantifier: linear on any input.
const TOKEN = /[A-Za-z0-9_$@.\-]+/g;
const ENV_RECEIVERS = [
    'environ',
    'env',
    'process.env',
    'import.meta.env',
    '$_env',
    '$_server',
    'getenv()',
    'system.getenv()',
    'configservice', // NestJS `configService.get('JWT_SECRET', '…')`
    'viper', // Go `viper.SetDefault("jwt.secret", "…")`
];
const ENV_CALLS = new Set([
    'getenv',
    'env',
    'getenvordefault',
    'getenvdefault',
    'envordefault',
    'getenvor',
    'envor',
    'getenvwithdefault',
    'get_env', // Elixir System.get_env
]);
/** Methods that read a name from an env-like receiver: `os.environ.get`, `env.str`, `ENV.fetch`… */
const ENV_METHODS = new Set(['get', 'str', 'fetch', 'setdefault', 'getordefault', 'getenv', 'lookup']);
class LineAnalyzer {
    lines;
    idx;
    lang;
    names;
    keys;
    budget;
    out;
    codeEnd;
    s;
    line;
    contextLookups = 0;
    /** End of the last value reported on this line: names inside it are part of the value. */
    consumed = 0;
    constructor(lines, idx, lang, names, keys, budget, out, 
    /** Where the line's comment starts: names after it are prose. */
    codeEnd) {
        this.lines = lines;
        this.idx = idx;
        this.lang = lang;
        this.names = names;
        this.keys = keys;
        this.budget = budget;
        this.out = out;
        this.codeEnd = codeEnd;
        this.line = lines[idx];
        this.s = this.line.text;
    }
    run() {
        const s = this.s;
        TOKEN.lastIndex = 0;
        let m;
        let handled = 0;
        while (handled < MAX_NAMES_PER_LINE && (m = TOKEN.exec(s)) !== null) {
            if (m.index >= this.codeEnd)
                break;
            if (m.index < this.consumed) {
                TOKEN.lastIndex = this.consumed;
                continue;
            }
            let start = m.index;
            let end = start + m[0].length;
            while (start < end && '$@.-'.includes(s[start]))
                start++;
            // `'PORT=1\nJWT_SECRET=…'`: an escape is not part of the name after it.
            if (s[start - 1] === '\\' && 'ntr'.includes(s[start]))
                start++;
            while (end > start && '.-'.includes(s[end - 1]))
                end--;
            if (end <= start)
                continue;
            // `${JWT_SECRET-…}`: the token runs on into the default.
            if (s[start - 1] === '{' && s[start - 2] === '$') {
                let dash = start;
                while (dash < end && s[dash] !== '-')
                    dash++;
                end = dash;
            }
            const name = s.slice(start, end);
            if (this.onSigningCall(end)) {
                handled++;
                continue;
            }
            const lower = name.toLowerCase();
            if (this.keys.has(lower) && this.isQuotedArrowKey(start, end)) {
                handled++;
                this.onName(name, start, end);
                continue;
            }
            if (isContextKey(name) && this.onContextKey(name, start, end)) {
                handled++;
                continue;
            }
            if (!this.names.mayBe(lower))
                continue;
            if (this.names.matches(name)) {
                handled++;
                this.onName(name, start, end);
            }
            else if (this.lang === 'yaml' || this.lang === 'json') {
                if (this.onNestedYamlKey(name, start, end))
                    handled++;
            }
        }
    }
    /** Takes `n` characters from the file's walk budget; false once it is spent. */
    spend(n) {
        this.budget.left -= n;
        return this.budget.left >= 0;
    }
    emit(kind, name, lit, via, lineIdx = this.idx, subject) {
        const line = this.lines[lineIdx];
        if (lineIdx === this.idx)
            this.consumed = Math.max(this.consumed, lit.end);
        this.out.push({
            kind,
            name,
            value: lit.value,
            line: line.number,
            column: line.offset + lit.start + 1,
            endColumn: line.offset + lit.end + 1,
            via,
            ...(subject ? { subject } : {}),
        });
    }
    /** `jwt.sign(payload, 'x')`, `cookieParser('x')`, `SignedString([]byte("x"))`: the argument is the secret. */
    onSigningCall(end) {
        const s = this.s;
        const paren = skipSpaces(s, end);
        if (s[paren] !== '(')
            return false;
        const callee = calleeBefore(s, paren);
        const call = signingCall(callee, this.lang);
        if (!call)
            return false;
        let i = skipSpaces(s, paren + 1);
        for (let arg = 0; arg < call.arg; arg++) {
            i = skipArgument(s, i);
            if (s[i] !== ',')
                return true;
            i = skipSpaces(s, i + 1);
        }
        const lit = readQuoted(s, i);
        if (!lit || lit.fString || lit.template && lit.value.includes('${'))
            return true;
        let k = skipSpaces(s, lit.end + 1);
        if (s[k] === ')' && s.startsWith('[]byte(', i))
            k = skipSpaces(s, k + 1); // Go's `[]byte("…")` wrapper
        if (s.startsWith('.getBytes(', k) || s.startsWith('.encode(', k))
            k = s.indexOf(')', k) + 1;
        if (s[k] !== ',' && s[k] !== ')')
            return true;
        if (this.acceptable(lit))
            this.emit('hardcoded', callee, lit, 'string literal', this.idx, call.subject);
        return true;
    }
    /** PHP `'key' => …` where the file makes the key a secret (Laravel `config/app.php`). */
    isQuotedArrowKey(start, end) {
        const s = this.s;
        const q = s[start - 1];
        return (q === "'" || q === '"') && s[end] === q && s.startsWith('=>', skipSpaces(s, end + 1));
    }
    /**
     * `secret:` inside the options of a session or JWT library:
     * `session({ secret: 'x' })`, `JwtModule.register({ secret: 'x' })`,
     * `jwtConstants = { secret: 'x' }`, Ruby `use Rack::Session::Cookie, secret: 'x'`.
     */
    onContextKey(name, start, end) {
        if (this.lang !== 'js' && this.lang !== 'ruby')
            return false;
        const s = this.s;
        let k = end;
        if ((s[start - 1] === '"' || s[start - 1] === "'") && s[k] === s[start - 1])
            k++;
        k = skipSpaces(s, k);
        if (s[k] !== ':' || s[k + 1] === ':')
            return false;
        if (this.contextLookups++ >= MAX_CONTEXT_LOOKUPS)
            return false;
        const label = this.lang === 'ruby' ? s.slice(0, start) : enclosingObjectLabel(this.lines, this.idx, start, this.budget);
        if (label === null || !isSigningLabel(label))
            return false;
        const lit = this.readValue(skipSpaces(s, k + 1), null, false);
        if (lit && this.acceptable(lit)) {
            const owner = (label.match(/[\w$.:]+/g) ?? []).find(isSigningLabel) ?? 'options';
            this.emit('hardcoded', name, lit, 'string literal', this.idx, `\`${name}\` option of \`${owner}\``);
        }
        return true;
    }
    /** `jwt:` on one line and `secret: …` below it (Spring, Helm values). */
    onNestedYamlKey(name, start, end) {
        const head = lineHead(this.s, start);
        if (this.lang === 'json') {
            // Pretty-printed JSON nests by indentation too: `"Jwt": {` then `"Key": "…"` (.NET appsettings).
            if (head !== '"' || this.s[end] !== '"' || this.s[skipSpaces(this.s, end + 1)] !== ':')
                return false;
        }
        else {
            if (head !== '' && head !== '-')
                return false;
            if (this.s[end] !== ':')
                return false;
        }
        // A JSON key's indentation is where its opening quote stands.
        const parent = this.yamlParent(this.lang === 'json' ? start - 1 : start);
        if (parent && this.names.matchesNested(parent, name))
            this.onName(`${parent}.${name}`, start, end);
        return true;
    }
    yamlParent(indent) {
        for (let k = this.idx - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
            const t = this.lines[k].text;
            if (!this.spend(Math.min(t.length, indent) + 1))
                return null;
            const trimmed = t.trimStart();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const ind = t.length - trimmed.length;
            if (ind < indent) {
                const colon = trimmed.indexOf(':');
                if (colon <= 0)
                    return null;
                const key = trimmed.slice(0, colon).replace(/^- /, '').replace(/^["']|["']$/g, '');
                return /^[A-Za-z0-9_.\-]+$/.test(key) ? key : null;
            }
        }
        return null;
    }
    onName(name, start, end) {
        const s = this.s;
        const before = s[start - 1];
        const quoted = before !== undefined && (before === '"' || before === "'" || before === '`') && s[end] === before;
        // `${SECRET_KEY:-…}` (shell, compose) and `${jwt.secret:…}` (Spring).
        if (s.slice(Math.max(0, start - 2), start) === '${') {
            this.paramDefault(name, end);
            return;
        }
        if (quoted) {
            if (this.envCall(name, start - 1, end + 1))
                return;
            if (this.defineCall(name, start - 1, end + 1))
                return;
            if (this.namedPair(name, start - 1, end + 1))
                return;
        }
        else {
            // `process.env.JWT_SECRET || '…'`, `import.meta.env.VITE_JWT_SECRET ?? '…'`
            const segs = name.toLowerCase().split('.');
            if (this.templateDefault(name, end) || this.hclDefault(name, start, end))
                return;
            // GitHub Actions `${{ secrets.JWT_SECRET || '…' }}` reads a store the same way.
            const reader = segs[segs.length - 2];
            if (segs.length >= 2 && (reader === 'env' || reader === 'environ' || reader === 'secrets' || reader === 'vars')) {
                const lit = this.orDefault(end);
                if (lit) {
                    this.emit('fallback', lastSegment(name), lit, `\`${name}\` with a literal default`);
                    return;
                }
            }
            if (this.namedPair(name, start, end))
                return;
            if (this.lang === 'xml' && before === '<' && s[end] === '>') {
                const close = s.indexOf('</', end + 1);
                if (close > end + 1)
                    this.hardcoded(name, { value: s.slice(end + 1, close), start: end + 1, end: close, quoted: true });
                return;
            }
        }
        this.assignment(name, start, quoted ? end + 1 : end, quoted ? null : openQuote(s, start));
    }
    /** `NAME = value`, `NAME: value`, `'NAME' => value`, `ENV NAME value` and their kin. */
    assignment(name, nameStart, after, closer) {
        const s = this.s;
        let i = after;
        if (s[i] === ']')
            i++; // app.config['SECRET_KEY'] = …
        i = skipSpaces(s, i);
        if (this.isParameter(nameStart))
            return;
        // A `$NAME` outside PHP is a variable being read (`[ $SECRET_KEY = x ]`), not assigned.
        if (s[nameStart - 1] === '$' && this.lang !== 'php')
            return;
        i = this.skipTypeAnnotation(i);
        if (i < 0)
            return;
        let op = null;
        for (const candidate of ['||=', '?=', '::=', ':=', '=>', '=', ':']) {
            if (s.startsWith(candidate, i)) {
                op = candidate;
                break;
            }
        }
        // Sinatra, Padrino, Capistrano: `set :session_secret, 'x'`.
        if (op === null && this.lang === 'ruby' && s[i] === ',' && /(?:^|\s)set\s+:$/.test(s.slice(Math.max(0, nameStart - 40), nameStart)))
            op = ',';
        if (op === null && this.lang === 'hcl' && this.terraformVariable(name, nameStart))
            return;
        if (op === null) {
            // Space-separated forms: Dockerfile `ENV NAME value`, `.properties` `name value`.
            const spaced = (this.lang === 'dockerfile' && /^\s*ENV\s/i.test(s)) || this.lang === 'properties';
            if (!spaced || i === after)
                return;
            op = '';
        }
        if (op === '=' && s[i + 1] === '=')
            return; // a comparison
        if (op === ':' && (s[i + 1] === ':' || s[i + 1] === '='))
            return;
        const j = skipSpaces(s, i + op.length);
        if (op === '=' && this.lang === 'python' && s[j] === '(' && this.environScheme(name, j))
            return;
        if ((0,secret_names/* isFallbackList */.N7)(name) && (s[j] === '[' || s[j] === '(')) {
            this.fallbackList(name, j);
            return;
        }
        if (closer !== null && s[j] === closer)
            return; // `"SECRET_KEY="`: set to nothing
        const lit = this.readValue(j, closer, op === '');
        if (!lit)
            return;
        // `const { JWT_SECRET = '…' } = process.env`: a destructuring default.
        if (op === '=' && this.lang === 'js' && /}\s*=\s*(?:process\.env|import\.meta\.env)\b/.test(s.slice(lit.end))) {
            if (this.acceptable(lit))
                this.emit('fallback', name, lit, 'destructuring default from the environment');
            return;
        }
        this.hardcoded(name, lit);
    }
    /** django-environ `environ.Env(SECRET_KEY=(str, 'dev'))`: a cast and a default for when the variable is unset. */
    environScheme(name, j) {
        const m = /\(\s*[A-Za-z_][\w.]*\s*,\s*/y;
        m.lastIndex = j;
        if (!m.exec(this.s))
            return false;
        const lit = readQuoted(this.s, m.lastIndex);
        if (lit && !lit.fString && this.s[skipSpaces(this.s, lit.end + 1)] === ')' && this.acceptable(lit)) {
            this.emit('fallback', name, lit, '`environ.Env()` default');
        }
        return true;
    }
    /** Helm and Jinja: `{{ .Values.secretKey | default "…" }}`, `{{ vault_secret_key | default('…') }}`. */
    templateDefault(name, end) {
        const s = this.s;
        const m = /\s*\|\s*(?:default|d)\b\s*\(?\s*/y;
        m.lastIndex = end;
        if (!m.exec(s) || !s.slice(0, end).includes('{{'))
            return false;
        const lit = readQuoted(s, m.lastIndex);
        if (lit && this.acceptable(lit))
            this.emit('fallback', name, lit, 'template `default`');
        return true;
    }
    /** Terraform `coalesce(var.secret_key, "dev")` and `try(var.secret_key, "dev")`. */
    hclDefault(name, start, end) {
        const s = this.s;
        if (this.lang !== 'hcl' || !name.startsWith('var.'))
            return false;
        const comma = skipSpaces(s, end);
        if (s[comma] !== ',' || !/\b(?:coalesce|try)\s*\(\s*$/.test(s.slice(Math.max(0, start - 40), start)))
            return false;
        const lit = readQuoted(s, skipSpaces(s, comma + 1));
        if (lit && this.acceptable(lit))
            this.emit('fallback', lastSegment(name), lit, '`coalesce()` default');
        return true;
    }
    /** Terraform `lookup(var.env, "SECRET_KEY", "dev")`: the third argument is the default. */
    hclLookup(name, open, close) {
        if (!/\blookup\s*\(\s*[\w.\[\]"]{1,80}\s*,\s*$/.test(this.s.slice(Math.max(0, open - 100), open)))
            return false;
        const args = this.defaultArgument(close);
        if (args.lit)
            this.emit('fallback', name, args.lit, '`lookup()` default', args.lineIdx);
        return true;
    }
    /** Terraform `variable "secret_key" { default = "x" }`: the default is the value in every plan that does not set it. */
    terraformVariable(name, nameStart) {
        if (!/^\s*variable\s+"$/.test(this.s.slice(0, nameStart)))
            return false;
        let depth = 0;
        for (let k = this.idx, n = 0; k < this.lines.length && n < 20; k++, n++) {
            const t = this.lines[k].text;
            if (!this.spend(t.length + 1))
                return true;
            const m = /^\s*default\s*=\s*/.exec(t);
            if (m && depth === 1) {
                const lit = readQuoted(t, m[0].length);
                if (lit && !lit.fString && this.acceptable(lit))
                    this.emit('hardcoded', name, lit, 'variable default', k);
                return true;
            }
            for (const c of t) {
                if (c === '{')
                    depth++;
                else if (c === '}' && --depth <= 0)
                    return true;
            }
        }
        return true;
    }
    hardcoded(name, lit) {
        if (this.acceptable(lit))
            this.emit('hardcoded', name, lit, 'string literal');
    }
    /** Reads the value at `j`: a quoted literal, or in config syntaxes a bare word. */
    readValue(j, closer, restOfLine) {
        const s = this.s;
        const q = readQuoted(s, j);
        if (q) {
            if (q.fString && q.value.includes('{'))
                return null;
            // `'prefix' + name`, `'%s' % x`, `'{}'.format(x)`: built at run time.
            const k = skipSpaces(s, q.end + 1);
            if (s[k] === '+' || (s[k] === '%' && this.lang === 'python') || s.startsWith('.format(', q.end + 1))
                return null;
            return q;
        }
        if (needsQuotes(this.lang))
            return null;
        const c = s[j];
        if (c === undefined || '[{(|>!*&'.includes(c))
            return null; // collections, block scalars, tags, aliases
        const bare = readBare(s, j, this.lang, closer, restOfLine);
        if (!bare || isBareScalar(bare.value))
            return null;
        return bare;
    }
    /**
     * Skips a type between a name and its `=`: `SECRET_KEY: str = …`,
     * `val jwtSecret: String = …`, `const SECRET_KEY: &str = …`, Go's
     * `var jwtKey string = …`. Returns -1 for an annotation with no value.
     */
    skipTypeAnnotation(i) {
        const s = this.s;
        const typed = this.lang === 'python' || this.lang === 'js' || this.lang === 'jvm' || this.lang === 'rust' || this.lang === 'go';
        if (!typed)
            return i;
        if (this.lang === 'go') {
            const goType = /[A-Za-z_\[\]*][\w.\[\]*]{0,40}\s*=(?!=)/y;
            goType.lastIndex = i;
            return /[A-Za-z_\[]/.test(s[i] ?? '') && goType.exec(s) ? goType.lastIndex - 1 : i;
        }
        if (s[i] !== ':')
            return i;
        const ann = /:\s*[A-Za-z_&][\w.\[\]<>|,&'?* ]{0,60}?\s*=(?![=>])/y;
        ann.lastIndex = i;
        if (ann.exec(s))
            return ann.lastIndex - 1;
        // `secret_key: str` with no value; a dict or object key (`'SECRET_KEY': 'x'`) goes on.
        const next = s[skipSpaces(s, i + 1)];
        if (this.lang === 'python' && next !== undefined && /[A-Za-z_]/.test(next))
            return -1;
        return i;
    }
    acceptable(lit) {
        return !isBlankOrMarker(lit.value) && !isInterpolated(lit.value, this.lang, lit.quote);
    }
    /** `def f(secret_key='x')`, `function f(jwtSecret = 'x')`: a parameter's default, not a setting. */
    isParameter(nameStart) {
        const head = this.s.slice(Math.max(0, nameStart - 300), nameStart);
        // The last function keyword before the name decides: its parameter list must still be open.
        const kw = /\b(def|lambda|function|func|fn)\b/g;
        let last = null;
        for (let m = kw.exec(head); m !== null; m = kw.exec(head))
            last = m;
        if (last === null)
            return false;
        const after = head.slice(last.index + last[0].length);
        if (last[1] === 'lambda')
            return !after.includes(':');
        let depth = 0;
        for (const c of after) {
            if (c === '(')
                depth++;
            else if (c === ')')
                depth--;
        }
        return depth > 0;
    }
    /** `SECRET_KEY_FALLBACKS = ['…', env('OLD')]`, possibly over several lines. */
    fallbackList(name, j) {
        const closing = this.s[j] === '[' ? ']' : ')';
        let depth = 0;
        for (let k = this.idx, n = 0; k < this.lines.length && n < 50; k++, n++) {
            const t = this.lines[k].text;
            if (!this.spend(t.length + 1))
                return;
            let i = k === this.idx ? j + 1 : 0;
            while (i < t.length) {
                const c = t[i];
                if (c === closing && depth === 0)
                    return;
                if (c === '(' || c === '[' || c === '{')
                    depth++;
                else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                    depth--;
                if (c === '#' && this.lang !== 'js')
                    break;
                const q = readQuoted(t, i);
                if (q) {
                    // Only the list's own items: `env('OLD_SECRET_KEY')` names a variable.
                    if (depth === 0 && !q.fString && this.acceptable(q))
                        this.emit('hardcoded', name, q, 'string literal', k);
                    i = q.end + 1;
                    continue;
                }
                i++;
            }
        }
    }
    /**
     * A name passed as a quoted argument to an env read: `os.getenv('X', 'dev')`,
     * `env('APP_KEY', 'x')`, `ENV.fetch('X') { 'dev' }`, `os.environ.get('X') or 'dev'`,
     * `ENV['X'] || 'dev'`. `open`/`close` are the quote positions.
     */
    envCall(name, open, close) {
        const s = this.s;
        let head = s;
        let b = skipBack(s, open);
        if (b < 0) {
            // The name opens a line: the call may have opened at the end of the line above.
            const above = this.previousCodeLine();
            if (above === null)
                return false;
            head = above;
            b = skipBack(above, above.length);
            if (above[b] !== '(')
                return false;
        }
        const bracket = head[b];
        if (bracket === ',' && this.lang === 'hcl' && head === s)
            return this.hclLookup(name, open, close);
        if (bracket !== '(' && bracket !== '[')
            return false;
        if (bracket === '[' && head !== s)
            return false;
        const callee = calleeBefore(head, b).toLowerCase();
        if (!callee)
            return false;
        if (bracket === '[') {
            if (!ENV_RECEIVERS.some((r) => callee === r || callee.endsWith(`.${r}`)))
                return false;
            if (s[close] !== ']')
                return false;
            const lit = this.orDefault(close + 1);
            if (!lit)
                return false; // `os.environ['X'] = 'literal'` is still an assignment
            this.emit('fallback', name, lit, `\`${callee}[…]\` with a literal default`);
            return true;
        }
        const dot = callee.lastIndexOf('.');
        const method = callee.slice(dot + 1);
        const receiver = dot >= 0 ? callee.slice(0, dot) : '';
        const m = (0,secret_names/* normalizeName */.Pc)(method);
        const isEnvRead = (m.includes('env') && ENV_CALLS.has(m)) ||
            (m === 'config' && (receiver === '' || receiver === 'decouple')) ||
            (m === 'getproperty' && receiver === 'system') ||
            (ENV_METHODS.has(m) && ENV_RECEIVERS.some((r) => receiver === r || receiver.endsWith(`.${r}`) || receiver.endsWith(r))) ||
            // NestJS injects ConfigService under any name (`config.get('JWT_SECRET', 'x')`); node-config's and
            // convict's `get` take no default, so a second argument there is never a value.
            (this.lang === 'js' && m === 'get' && receiver.endsWith('config'));
        if (!isEnvRead)
            return false;
        const args = this.defaultArgument(close);
        if (args.lit) {
            this.emit('fallback', name, args.lit, `\`${callee}()\` default`, args.lineIdx);
            return true;
        }
        if (args.closeParen >= 0) {
            const lit = this.orDefault(args.closeParen + 1) ?? this.rubyBlockDefault(args.closeParen + 1);
            if (lit)
                this.emit('fallback', name, lit, `\`${callee}()\` with a literal default`);
        }
        return true;
    }
    /** The nearest line above that holds something other than spaces, within two lines. */
    previousCodeLine() {
        for (let k = this.idx - 1; k >= 0 && this.idx - k <= 2; k--) {
            const line = this.lines[k];
            if (line.number === this.line.number)
                return null; // a window of the same long line
            if (!this.spend(line.text.length + 1))
                return null;
            if (line.text.trim() !== '')
                return line.text;
        }
        return null;
    }
    /** PHP `define('SECRET_KEY', '…')`. */
    defineCall(name, open, close) {
        const s = this.s;
        const b = skipBack(s, open);
        if (s[b] !== '(' || calleeBefore(s, b).toLowerCase() !== 'define')
            return false;
        let i = skipSpaces(s, close);
        if (s[i] !== ',')
            return true;
        i = skipSpaces(s, i + 1);
        const lit = readQuoted(s, i);
        if (lit)
            this.hardcoded(name, lit);
        return true;
    }
    /**
     * A name given as the value of `name`/`key` with its value beside it or
     * on the next lines: Kubernetes `- name: SECRET_KEY` / `value: …`, ECS
     * `{"name": "JWT_SECRET", "value": "…"}`, .NET `<add key="SecretKey" value="…"/>`.
     * The `value` must be a sibling of the `name` key: in the same flow
     * object or element on this line, or at the same column below it in the
     * same block mapping, so `secretKeyRef: { name: app, key: secret-key }`
     * never pairs with a `value:` further down.
     */
    namedPair(name, nameStart, nameEnd) {
        const s = this.s;
        const from = Math.max(0, nameStart - 12);
        const hm = /\b(?:name|key)["']?\s*[:=]\s*$/i.exec(s.slice(from, nameStart));
        if (!hm)
            return false;
        const keyCol = from + hm.index;
        const here = siblingValueOnLine(s, nameEnd, this.lang === 'xml');
        if (here !== null) {
            if (here >= 0)
                this.pairValue(name, s, here, this.idx);
            return true;
        }
        for (let k = this.idx + 1, n = 0; k < this.lines.length && n < 6; k++, n++) {
            const line = this.lines[k];
            if (line.number === this.line.number)
                return true; // a window of the same long line
            const t = line.text;
            if (!this.spend(t.length + 1))
                return true;
            if (this.lang === 'xml') {
                // The element's attributes may run on over the next lines, up to its `>`.
                const j = siblingValueOnLine(t, 0, true);
                if (j !== null && j >= 0)
                    this.pairValue(name, t, j, k);
                if (j !== null)
                    return true;
                continue;
            }
            let f = skipSpaces(t, 0);
            if (f >= t.length || t[f] === '#')
                continue;
            if (t[f] === '-' && t[f + 1] === ' ')
                return true; // the next item of the list
            if (t[f] === '"' || t[f] === "'")
                f++;
            if (f < keyCol)
                return true; // the mapping ended
            if (f > keyCol)
                continue; // nested under a sibling
            const vm = /value["']?\s*[:=]\s*/y;
            vm.lastIndex = f;
            if (vm.exec(t)) {
                this.pairValue(name, t, vm.lastIndex, k);
                return true;
            }
            if (/name["']?\s*[:=]/y.test(t.slice(f, f + 8)))
                return true;
        }
        return true;
    }
    /** Reports the value that starts at `j` on line `k` of a name/value pair. */
    pairValue(name, t, j, k) {
        const q = readQuoted(t, j);
        let lit = q && !(q.fString && q.value.includes('{')) ? q : null;
        if (!lit && !needsQuotes(this.lang) && this.lang !== 'xml') {
            const c = t[j];
            if (c !== undefined && !'[{(|>!*&'.includes(c)) {
                const bare = readBare(t, j, this.lang, null, false);
                if (bare && !isBareScalar(bare.value))
                    lit = bare;
            }
        }
        if (lit && this.acceptable(lit))
            this.emit('hardcoded', name, lit, 'string literal', k);
    }
    /** `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}` and Spring's `${name:default}`. */
    paramDefault(name, end) {
        const s = this.s;
        let i = end;
        if (s[i + 1] === '?' || s[i] === '?')
            return; // `${X:?error}` fails instead of defaulting
        if (s[i] === '+' || (s[i] === ':' && s[i + 1] === '+'))
            return; // `${X:+alt}` is used only when X is set
        // `${X:0:8}` and `${X: -4}` are substrings; `${X:3cfa…}` (Spring) is a default that starts with a digit.
        const substring = /:\s*-?\d{1,6}\s*(?::\s*-?\d{1,6}\s*)?\}/y;
        substring.lastIndex = i;
        if (substring.test(s))
            return;
        if (s.startsWith(':-', i) || s.startsWith(':=', i))
            i += 2;
        else if (s[i] === '-' || s[i] === '=' || s[i] === ':')
            i += 1;
        else
            return;
        const close = s.indexOf('}', i);
        if (close < 0)
            return;
        let lit = { value: s.slice(i, close), start: i, end: close, quoted: false };
        const inner = readQuoted(s, i);
        if (inner && inner.end + 1 === close)
            lit = inner;
        if (this.acceptable(lit))
            this.emit('fallback', name, lit, 'default in `${…}`');
    }
    /**
     * After the name's closing quote inside a call: the default argument,
     * positional (`getenv('X', 'dev')`) or keyword (`env('X', default='dev')`),
     * on this line or the next few (cookiecutter-django writes
     * `env(\n    "DJANGO_SECRET_KEY",\n    default="…",\n)`).
     * `closeParen` is set when the call closes on this line with no default.
     */
    defaultArgument(close) {
        const none = { lit: null, lineIdx: this.idx, closeParen: -1 };
        const lineComment = this.lang === 'python' || this.lang === 'ruby' || this.lang === 'elixir' ? '#' : '//';
        let k = this.idx;
        let t = this.s;
        let i = close;
        // Moves past spaces, a trailing comment and line ends, to at most MAX_CALL_LINES lines below.
        const advance = () => {
            for (;;) {
                i = skipSpaces(t, i);
                if (i < t.length && !t.startsWith(lineComment, i))
                    return true;
                if (k - this.idx >= MAX_CALL_LINES || k + 1 >= this.lines.length)
                    return false;
                k++;
                t = this.lines[k].text;
                i = 0;
                if (!this.spend(t.length + 1))
                    return false;
            }
        };
        const found = (lit) => ({
            lit: lit && this.acceptable(lit) && !lit.fString ? lit : null,
            lineIdx: k,
            closeParen: -1,
        });
        for (let arg = 0; arg < 6; arg++) {
            if (!advance())
                return none;
            if (t[i] === ')')
                return { lit: null, lineIdx: k, closeParen: k === this.idx ? i : -1 };
            if (t[i] !== ',')
                return none;
            i++;
            if (!advance())
                return none;
            if (t[i] === ')')
                return { lit: null, lineIdx: k, closeParen: k === this.idx ? i : -1 };
            const kw = /([A-Za-z_]\w*)\s*[=:](?![=:])\s*/y;
            kw.lastIndex = i;
            const km = kw.exec(t);
            if (km) {
                if (km[1] === 'default')
                    return found(readQuoted(t, kw.lastIndex));
                i = skipArgument(t, kw.lastIndex);
                continue;
            }
            if (arg === 0) {
                const lit = readQuoted(t, i);
                if (lit)
                    return found(lit);
            }
            i = skipArgument(t, i);
        }
        return none;
    }
    /** `|| 'dev'`, `?? 'dev'`, `?: 'dev'`, ` or 'dev'`, `.orElse("dev")`, `.unwrap_or("dev")` at `i`. */
    orDefault(i) {
        const s = this.s;
        i = skipSpaces(s, i);
        // `Optional.ofNullable(System.getenv("X")).orElse("dev")`, `str(os.getenv('X')) or 'dev'`
        for (let n = 0; n < 3 && s[i] === ')'; n++)
            i = skipSpaces(s, i + 1);
        let j = -1;
        // `ENV['X'] ||= 'dev'`, `process.env.X ??= 'dev'`: assigned only when unset, so a fallback too.
        for (const op of ['||=', '??=', '||', '??', '?:']) {
            if (s.startsWith(op, i)) {
                j = i + op.length;
                break;
            }
        }
        if (j < 0 && /^or\s/.test(s.slice(i, i + 3)))
            j = i + 2;
        if (j < 0) {
            const m = /\.(?:orElse|unwrap_or|or_else|getOrElse)\(/y;
            m.lastIndex = i;
            if (m.exec(s))
                j = m.lastIndex;
        }
        if (j < 0)
            return null;
        const lit = readQuoted(s, skipSpaces(s, j));
        return lit && !lit.fString && this.acceptable(lit) ? lit : null;
    }
    /** Ruby `ENV.fetch('X') { 'dev' }` and `{ |_| 'dev' }`. */
    rubyBlockDefault(i) {
        const s = this.s;
        i = skipSpaces(s, i);
        if (s[i] !== '{')
            return null;
        i = skipSpaces(s, i + 1);
        if (s[i] === '|') {
            const bar = s.indexOf('|', i + 1);
            if (bar < 0)
                return null;
            i = skipSpaces(s, bar + 1);
        }
        const lit = readQuoted(s, i);
        return lit && this.acceptable(lit) ? lit : null;
    }
}
/** What stands before `start` when it is only spaces and one mark (`-`, `"`); `?` otherwise. */
function lineHead(s, start) {
    let k = start - 1;
    let mark = '';
    while (k >= 0) {
        const c = s[k];
        if (c === ' ' || c === '\t')
            k--;
        else if (mark === '' && (c === '-' || c === '"')) {
            mark = c;
            k--;
        }
        else
            return '?';
    }
    return mark;
}
/**
 * Looks along one line from `i` for a `value` key in the same object as
 * what precedes `i`: the start of its value, -1 when the object (or XML
 * element) closes first, null when the line ends with the object still open.
 */
function siblingValueOnLine(s, i, xml) {
    const valueKey = /["']?value["']?\s*[:=]\s*/y;
    let depth = 0;
    while (i < s.length) {
        const c = s[i];
        if (depth === 0 && (c === 'v' || c === '"' || c === "'") && !/[\w$]/.test(s[i - 1] ?? '')) {
            valueKey.lastIndex = i;
            if (valueKey.exec(s))
                return valueKey.lastIndex;
        }
        if (c === '"' || c === "'") {
            const q = readQuoted(s, i);
            i = q ? q.end + 1 : i + 1;
            continue;
        }
        if (c === '{' || c === '[' || c === '(')
            depth++;
        else if (c === '}' || c === ']' || c === ')' || (xml && c === '>')) {
            if (depth === 0)
                return -1;
            depth--;
        }
        i++;
    }
    return null;
}
/** Index of the last non-space character before `i`. */
function skipBack(s, i) {
    let k = i - 1;
    while (k >= 0 && (s[k] === ' ' || s[k] === '\t'))
        k--;
    return k;
}
/** Skips one call argument (balanced brackets, quoted strings) and stops at `,` or `)`. */
function skipArgument(s, i) {
    let depth = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === '"' || c === "'" || c === '`') {
            const q = readQuoted(s, i);
            i = q ? q.end + 1 : i + 1;
            continue;
        }
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
        else if (c === ',' && depth === 0)
            return i;
        i++;
    }
    return i;
}
/** The quote that opens a `"NAME=value"` pair around `start`, if any. */
function openQuote(s, start) {
    const c = s[start - 1];
    return c === '"' || c === "'" ? c : null;
}
function lastSegment(name) {
    return name.slice(name.lastIndexOf('.') + 1);
}

;// CONCATENATED MODULE: ./src/rules/hardcoded-secret-key.ts



const hardcodedSecretKey = {
    meta: {
        id: 'hardcoded-secret-key',
        title: 'Hardcoded signing secret',
        severity: 'error',
        why: 'A signing secret (Django/Flask SECRET_KEY, JWT secret, Rails secret_key_base, Laravel APP_KEY, session or cookie secret) ' +
            'written into code or config is readable by everyone who can read the repository, its forks and its build artifacts. ' +
            'With it they can forge sessions, password-reset links and tokens for any user.',
        fix: 'Read the secret from the environment or a secret store (`os.environ["SECRET_KEY"]`, `process.env.JWT_SECRET`, ' +
            '`ENV.fetch("SECRET_KEY_BASE")`, `${{ secrets.SECRET_KEY }}`) and fail at start-up when it is missing. ' +
            'Then rotate the key: the committed value stays in git history.',
        examples: [
            { file: 'settings.py', flagged: `SECRET_KEY = ${quoted('django-insecure-9f#x!2k')}`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
            { file: 'app.js', flagged: `const JWT_SECRET = ${quoted('supersecret')}`, clean: 'const JWT_SECRET = process.env.JWT_SECRET' },
            { file: 'config/secrets.yml', flagged: `secret_key_base: ${'3b7cd727ee24e8444053437c36cc66c3'}`, clean: 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
        ],
    },
    literals: (settings) => [settings.secretNames.fileWords],
    checkFile(file) {
        return secretOccurrences(file)
            .filter((o) => o.kind === 'hardcoded')
            .map((o) => {
            const weak = (0,secret_value/* weakness */.g_)(o.value);
            return {
                line: o.line,
                column: o.column,
                endColumn: o.endColumn,
                message: (o.subject ? `The ${o.subject} is a hardcoded ${o.via}` : `\`${o.name}\` is set to a hardcoded ${o.via}`) +
                    (weak ? `, and the value is weak (${weak})` : '') +
                    '. Read it from the environment or a secret store, then rotate it.',
                secret: o.value,
                key: o.name,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/secret-key-fallback.ts



const secretKeyFallback = {
    meta: {
        id: 'secret-key-fallback',
        title: 'Insecure fallback for a signing secret',
        severity: 'error',
        why: `A default such as \`os.getenv("SECRET_KEY", ${quoted('dev', '"')})\` or \`process.env.JWT_SECRET || ${quoted('secret', '"')}\` means a deployment that ` +
            'forgets to set the variable starts anyway, silently signing with a value that is public in the repository.',
        fix: 'Drop the default and fail fast when the variable is missing (`os.environ["SECRET_KEY"]`, `ENV.fetch("SECRET_KEY_BASE")`, ' +
            '`${SECRET_KEY:?set SECRET_KEY}`). For local development, put the value in an ignored `.env` file instead.',
        examples: [
            { file: 'settings.py', flagged: `SECRET_KEY = os.getenv('SECRET_KEY', ${quoted('dev')})`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
            { file: 'auth.ts', flagged: `const secret = process.env.JWT_SECRET || ${quoted('secret')}`, clean: "const secret = process.env.JWT_SECRET ?? fail('JWT_SECRET')" },
            { file: 'docker-compose.yml', flagged: `- SECRET_KEY=\${SECRET_KEY:-${'changeme'}}`, clean: '- SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}' },
        ],
    },
    literals: (settings) => [settings.secretNames.fileWords],
    checkFile(file) {
        return secretOccurrences(file)
            .filter((o) => o.kind === 'fallback')
            .map((o) => {
            const weak = (0,secret_value/* weakness */.g_)(o.value);
            return {
                line: o.line,
                column: o.column,
                endColumn: o.endColumn,
                message: `\`${o.name}\` falls back to a hardcoded value (${o.via})` +
                    (weak ? `, and the value is weak (${weak})` : '') +
                    ' when the environment does not set it. Remove the default and fail when it is missing.',
                secret: o.value,
                key: o.name,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/git-embedded-repo.ts

const gitEmbeddedRepo = {
    meta: {
        id: 'git-embedded-repo',
        title: 'Embedded git repository',
        severity: 'error',
        why: 'Running `git add` on a folder that is itself a git repository records only a pointer (a gitlink) with no ' +
            '`.gitmodules` entry: clones get an empty folder, CI builds break, and the inner repository (often with its own ' +
            '`.env` and history) was usually never meant to be there.',
        fix: 'If it should be a submodule: `git rm --cached <path>` then `git submodule add <url> <path>`. If not: ' +
            '`git rm --cached <path>` and add the folder to `.gitignore`.',
        examples: [{ file: 'vendor/lib', flagged: 'gitlink (mode 160000) without a .gitmodules entry', clean: 'a submodule listed in .gitmodules' }],
    },
    async checkTree(tree) {
        const links = tree.entries.filter((e) => e.kind === 'gitlink' || (e.kind === 'nested-repo' && e.status === 'untracked'));
        if (links.length === 0)
            return [];
        let declared = tree.submodulePaths;
        if (!declared) {
            const modulesText = await tree.readText('.gitmodules');
            declared = modulesText === null ? new Set() : gitmodulePaths(modulesText);
        }
        const found = [];
        for (const e of links) {
            if (e.kind === 'gitlink') {
                if (declared.has(e.path))
                    continue;
                found.push({
                    path: e.path,
                    status: e.status,
                    message: `\`${e.path}\` is committed as a gitlink (an embedded repository) with no entry in \`.gitmodules\`. Make it a real submodule or remove it with \`git rm --cached ${e.path}\`.`,
                    key: 'gitlink',
                });
            }
            else {
                found.push({
                    path: e.path,
                    status: e.status,
                    severity: 'warning',
                    message: `\`${e.path}\` is a git repository inside this one and is not ignored: \`git add .\` would commit it as an embedded repository. Ignore it or add it as a submodule.`,
                    key: 'nested-repo',
                });
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./src/rules/git-internals.ts

function bundleOrPack(head) {
    const start = head.subarray(0, 16).toString('latin1');
    if (start.startsWith('# v2 git bundle\n') || start.startsWith('# v3 git bundle\n'))
        return 'a git bundle';
    if (start.startsWith('PACK') && head.length >= 8 && head[4] === 0 && head[5] === 0 && head[6] === 0 && (head[7] === 2 || head[7] === 3)) {
        return 'a git pack file';
    }
    return null;
}
function parentOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
/** Folders holding a copy of a git directory under another name: `HEAD` plus `config` with `[core]`, or `objects/` / `refs/`. */
async function copiedGitDirs(tree) {
    const heads = tree.entries.filter((e) => e.kind === 'file' && (e.path === 'HEAD' || e.path.endsWith('/HEAD')));
    if (heads.length === 0)
        return [];
    const byPath = new Map(tree.entries.map((e) => [e.path, e]));
    const dirsWithGitChildren = new Set();
    for (const e of tree.entries) {
        for (const marker of ['/objects/', '/refs/']) {
            const at = e.path.indexOf(marker);
            if (at > 0)
                dirsWithGitChildren.add(e.path.slice(0, at));
            if (e.path.startsWith(marker.slice(1)))
                dirsWithGitChildren.add('');
        }
    }
    const found = [];
    for (const head of heads) {
        const dir = parentOf(head.path);
        if (dir === '')
            continue; // the scanned folder itself
        const headText = await tree.readText(head.path);
        if (headText === null || !isGitHead(headText))
            continue;
        const config = byPath.get(`${dir}/config`);
        const configText = config ? await tree.readText(config.path) : null;
        const hasCore = configText !== null && hasCoreSection(configText);
        if (!hasCore && !dirsWithGitChildren.has(dir))
            continue;
        found.push({
            path: dir,
            status: head.status,
            directory: true,
            message: `\`${dir}/\` is a copy of a git directory (HEAD, ${hasCore ? 'config' : 'objects/refs'}). It carries the full ` +
                'history of another repository, with every secret ever committed to it. Delete it from the tree.',
            key: 'copied-git-dir',
        });
    }
    return found;
}
const gitInternals = {
    meta: {
        id: 'git-internals',
        title: 'Git metadata in the tree',
        severity: 'error',
        why: 'A `.git` directory, a copied git directory, a bundle or a pack file holds a whole repository: every file and every ' +
            'secret ever committed, including ones deleted long ago. Shipped in a deployment folder or image, or committed ' +
            'into another repository, it publishes all of that.',
        fix: 'Delete it from the tree or the build context; for Docker add `.git` to `.dockerignore`, for deployments copy only ' +
            'the build output. If it was committed, remove it with `git rm -r --cached <path>` and rotate any secret in its history.',
        examples: [
            { file: 'dist/.git/', flagged: 'a .git directory inside a deployment folder', clean: '.dockerignore listing .git' },
            { file: 'backup/repo.bundle', flagged: '# v2 git bundle', clean: 'notes about git bundles in README.md' },
        ],
    },
    checkFile(file) {
        const what = bundleOrPack(file.head);
        if (!what)
            return [];
        return [
            {
                message: `\`${file.name}\` is ${what}: it holds a whole repository's objects and history. Delete it from the tree.`,
                key: what,
            },
        ];
    },
    async checkTree(tree) {
        const found = [];
        for (const e of tree.entries) {
            if (e.kind !== 'gitdir')
                continue;
            found.push({
                path: e.path,
                status: e.status,
                directory: true,
                message: e.path === '.git'
                    ? 'The folder contains its own `.git` directory: shipped as it is (a deployment folder, a Docker build context), it publishes the full history. Exclude `.git` from what you ship.'
                    : `\`${e.path}\` is git metadata inside the folder: it ships a repository's full history. Exclude it from what you ship.`,
                key: 'git-dir',
            });
        }
        found.push(...(await copiedGitDirs(tree)));
        return found;
    },
};

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __nccwpck_require__(1655);
;// CONCATENATED MODULE: ./src/rules/git-credentials.ts


function credentialFindings(lines, where) {
    const out = [];
    for (const line of lines) {
        const creds = urlCredentials(line.text);
        const header = authHeader(line.text);
        if (header)
            creds.push(header);
        for (const c of creds) {
            out.push({
                line: line.number,
                column: line.offset + c.start + 1,
                endColumn: line.offset + c.end + 1,
                message: c.host
                    ? `A credential for ${c.host} is embedded in a URL in ${where}. Remove it, use a credential helper or SSH, and revoke the token.`
                    : `An authorization header with a token is stored in ${where}. Remove it and revoke the token.`,
                secret: c.value,
                key: c.host || 'extraheader',
            });
        }
    }
    return out;
}
const gitCredentials = {
    meta: {
        id: 'git-credentials',
        title: 'Git credentials in the tree',
        severity: 'error',
        why: '`.git-credentials` stores passwords and tokens in clear text, and a URL such as `https://user:token@host/repo.git` ' +
            'in `.gitmodules`, `.gitconfig` or a git `config` file hands that token to anyone who reads the file.',
        fix: 'Delete the file or the credential, use a credential helper, SSH keys or `${{ secrets.* }}` instead, and revoke the ' +
            'token at the provider: it is in the history now.',
        examples: [
            { file: '.gitmodules', flagged: 'url = https://ci:' + 'gh' + 'p_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/lib.git', clean: 'url = https://github.com/org/lib.git' },
        ],
    },
    checkFile(file) {
        if (file.status === 'ignored')
            return [];
        const name = file.name;
        if (name === '.git-credentials') {
            const found = file.text === null ? [] : credentialFindings(file.lines, '`.git-credentials`');
            if (found.length > 0)
                return found;
            return [{ message: '`.git-credentials` stores git passwords and tokens in clear text. Delete it from the tree and revoke what it held.', key: 'file' }];
        }
        if (name !== '.gitmodules' && name !== '.gitconfig' && name !== 'config')
            return [];
        if (file.text === null)
            return [];
        if (name !== 'config' || isGitConfig(file.text)) {
            return credentialFindings(file.lines, `\`${name}\``);
        }
        return [];
    },
    async checkTree(tree) {
        // `.git` directories are not walked file by file; their config is read here.
        const found = [];
        for (const e of tree.entries) {
            if (e.kind !== 'gitdir')
                continue;
            const path = `${e.path}/config`;
            const text = await tree.readText(path);
            if (text === null)
                continue;
            for (const f of credentialFindings((0,engine_text/* splitLines */.uz)(text).lines, `\`${path}\``))
                found.push({ ...f, path, status: e.status });
        }
        return found;
    },
};

// EXTERNAL MODULE: ./src/rules/unused-suppression.ts
var unused_suppression = __nccwpck_require__(7991);
// EXTERNAL MODULE: ./src/rules/lib/token-formats.ts
var token_formats = __nccwpck_require__(5751);
;// CONCATENATED MODULE: ./src/rules/known-token.ts

const knownToken = {
    meta: {
        id: 'known-token',
        title: 'Provider token or private key',
        severity: 'error',
        why: 'Provider tokens have a fixed prefix and a documented shape (AWS access key ids, GitHub, GitLab, Slack, Stripe live, ' +
            'Google API and npm tokens) and a PEM private key block is a key by definition: wherever one is written, in code, ' +
            'config, a dotenv file or a document, whoever reads the file can use it.',
        fix: 'Revoke or rotate the token at the provider first (it is in git history now), then remove it and read it from the ' +
            'environment or a secret store (`${{ secrets.* }}` in workflows).',
        examples: [
            { file: 'deploy.sh', flagged: 'export AWS_ACCESS_KEY_ID=AKIA… (AKIA + 16 upper-case letters and digits)', clean: 'export AWS_ACCESS_KEY_ID="$AWS_ACCESS_KEY_ID"' },
            { file: '.npmrc', flagged: '//registry.npmjs.org/:_authToken=npm_… (npm_ + 36 letters and digits)', clean: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' },
            { file: 'README.md', flagged: '(a real key pasted into the docs)', clean: 'AKIA' + 'IOSFODNN7EXAMPLE (the AWS documentation placeholder)' },
        ],
    },
    literals: () => [token_formats/* PREFIX_SET */.cw],
    checkFile(file) {
        if (!file.contains(token_formats/* PREFIX_SET */.cw))
            return [];
        const out = [];
        const lines = file.lines;
        for (let idx = 0; idx < lines.length; idx++) {
            const line = lines[idx];
            for (const m of (0,token_formats/* findTokens */.GY)(line.text)) {
                let value = m.value;
                let prefixLength = m.prefix.length;
                if (m.format === token_formats/* PEM_PRIVATE_KEY */.Z) {
                    const next = lines.slice(idx + 1, idx + 8).filter((l) => l.offset === 0).map((l) => l.text);
                    const body = (0,token_formats/* pemBody */.zR)(line.text.slice(m.end), next);
                    if (body === null)
                        continue;
                    value = body;
                    prefixLength = 0;
                }
                const example = (0,token_formats/* isExampleToken */.W7)(value, prefixLength);
                const finding = {
                    line: line.number,
                    column: line.offset + m.start + 1,
                    endColumn: line.offset + m.end + 1,
                    message: example
                        ? `This looks like ${m.format.label}, but a documentation placeholder rather than a live one. Use an obvious placeholder such as \`<token>\` instead.`
                        : `${capitalize(m.format.label)} is written here. Revoke it at the provider, remove it and read it from a secret store.`,
                    secret: value,
                    key: m.format.id,
                };
                if (example)
                    finding.severity = 'notice';
                out.push(finding);
            }
        }
        return out;
    },
};
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/rules/index.ts









/** Every rule, in the order `--list-rules` shows them. */
const RULES = [
    dotenvFile,
    dotenvTemplateSecret,
    hardcodedSecretKey,
    secretKeyFallback,
    gitEmbeddedRepo,
    gitInternals,
    gitCredentials,
    // After the rules that know the context of a value, so theirs is the finding kept for a shared span.
    knownToken,
    unused_suppression/* unusedSuppression */.s,
];
function findRule(id) {
    return RULES.find((r) => r.meta.id === id);
}


/***/ }),

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isSecretKeyName),
/* harmony export */   NP: () => (/* binding */ isPublicKey),
/* harmony export */   tW: () => (/* binding */ PUBLIC_ENV_PREFIXES)
/* harmony export */ });
/** Prefixes that frameworks expose to the browser on purpose: such keys are public by design. */
const PUBLIC_ENV_PREFIXES = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'PUBLIC_', 'GATSBY_'];
const SECRET_WORDS = /(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PWD|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|AUTH|SALT|DSN|SIGNING|_KEY$|^KEY$|APP_KEY)/i;
/** A key whose name says it holds a secret (`DATABASE_PASSWORD`, `STRIPE_API_KEY`, `APP_KEY`). */
function isSecretKeyName(key) {
    if (/PUBLISHABLE|PUBLIC_KEY$/i.test(key))
        return false;
    return SECRET_WORDS.test(key);
}
function isPublicKey(key, prefixes) {
    const upper = key.toUpperCase();
    return prefixes.some((p) => upper.startsWith(p.toUpperCase()));
}


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N7: () => (/* binding */ isFallbackList),
/* harmony export */   Np: () => (/* binding */ SecretNames),
/* harmony export */   Pc: () => (/* binding */ normalizeName)
/* harmony export */ });
/* harmony import */ var _engine_literal_set__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3147);

/**
 * The SECRET_KEY family: names that hold a signing secret in the frameworks
 * we know. Names are compared after normalising case and separators, so
 * `SECRET_KEY`, `secretKey`, `secret-key` and `app.secret_key` all match.
 */
/** Exact normalised names. */
const EXACT = new Set([
    'secretkeybase',
    'secretkeyfallbacks',
    'secrettoken', // Rails 3 `config.secret_token`
    'appkey', // Laravel APP_KEY; `PUSHER_APP_KEY` and friends are public ids, so exact only
    'secretorkey', // passport-jwt
    'frameworksecret', // Symfony `framework.secret`
    'parameterssecret', // Symfony 2/3 `parameters.yml` `parameters: secret:`
    // WordPress salts and keys (wp-config.php `define('AUTH_KEY', '…')`)
    'authkey',
    'secureauthkey',
    'loggedinkey',
    'noncekey',
    'authsalt',
    'secureauthsalt',
    'loggedinsalt',
    'noncesalt',
]);
/**
 * leakproof's own rule ids end like family names; in its configuration
 * (`rules: { hardcoded-secret-key: warning }`) they name a rule, not a secret.
 */
const RULE_IDS = new Set(['hardcodedsecretkey']);
/** Normalised suffixes: `AWS_SECRET_KEY`, `AUTH_JWT_SECRET`, `EXPRESS_SESSION_SECRET`… */
const SUFFIXES = [
    'secretkey',
    'jwtsecret',
    'jwtkey',
    'jwtsigningkey',
    'sessionsecret',
    'cookiesecret',
    'appsecret',
    'signingkey',
    'signingsecret',
    'hmacsecret',
];
/**
 * Words one of which every family name and signing call contains, as written
 * (`SECRET_KEY`, `jwtKey`, `APP_KEY`, `AUTH_SALT`, `cookieParser(`, `SignedString(`).
 */
const FILE_WORDS = [
    'secret',
    'salt',
    'signing',
    'jwt',
    'app_key',
    'appkey',
    'app-key',
    'auth_key',
    'authkey',
    'nonce_key',
    'noncekey',
    'logged_in_key',
    'loggedinkey',
    'hmac',
    'cookieparser',
    'cookiestore',
    'securecookie',
    'cookie.newstore',
    'memstore',
    'filesystemstore',
    'signedstring',
    'signwith',
];
function normalizeName(name) {
    let out = '';
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c >= 65 && c <= 90)
            out += String.fromCharCode(c + 32);
        else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))
            out += name[i];
    }
    return out;
}
class SecretNames {
    extra;
    extraWords;
    extraUnindexable;
    constructor(extraNames = []) {
        this.extra = new Set(extraNames.map(normalizeName).filter(Boolean));
        // One lower-case word of each extra name, for the cheap line filter.
        this.extraWords = extraNames
            .map((n) => n.toLowerCase().split(/[^a-z0-9]+/).find((w) => w.length > 1) ?? '')
            .filter(Boolean);
        // A name with no word of two letters cannot be looked for cheaply: such a configuration reads every file.
        this.extraUnindexable = extraNames.some((n) => !/[a-z0-9]{2}/i.test(n));
        this.fileWords = new _engine_literal_set__WEBPACK_IMPORTED_MODULE_0__/* .LiteralSet */ .g([...FILE_WORDS, ...this.extraWords].map((text) => ({ text, caseless: true })));
    }
    matchesNormalized(n) {
        if (EXACT.has(n) || this.extra.has(n))
            return true;
        for (const s of SUFFIXES)
            if (n.endsWith(s))
                return true;
        return false;
    }
    /**
     * True when a (possibly dotted) identifier names a signing secret: its last
     * segment does (`settings.SECRET_KEY`), or its last two do (`jwt.secret`).
     */
    matches(identifier) {
        const segs = identifier.split('.').filter((s) => s.length > 0);
        if (segs.length === 0)
            return false;
        const last = normalizeName(segs[segs.length - 1]);
        if (RULE_IDS.has(last))
            return false;
        if (last && this.matchesNormalized(last))
            return true;
        if (segs.length >= 2) {
            const two = normalizeName(segs[segs.length - 2]) + last;
            if (two !== last && this.matchesNormalized(two))
                return true;
        }
        return false;
    }
    /** For a YAML key under a parent mapping (`jwt:` → `secret:`). */
    matchesNested(parent, key) {
        return this.matches(`${parent}.${key}`);
    }
    /**
     * The first, cheapest test, on a file's raw bytes: could the file hold a
     * family name or a signing call at all? Every family name and every call
     * `signing-calls.ts` knows contains one of these words; most files contain
     * none, and are never decoded or split into lines.
     */
    mayAppearIn(file) {
        return this.extraUnindexable || file.contains(this.fileWords);
    }
    /** The words `mayAppearIn` looks for. */
    fileWords;
    /** Cheap test before any parsing: could this lower-cased text hold a family name at all? */
    mayContain(lower) {
        if (lower.includes('secret') || lower.includes('key') || lower.includes('token') || lower.includes('salt'))
            return true;
        for (const w of this.extraWords)
            if (lower.includes(w))
                return true;
        return false;
    }
    /** Same test for one identifier. */
    mayBe(lowerIdentifier) {
        return this.mayContain(lowerIdentifier);
    }
}
function isFallbackList(identifier) {
    return normalizeName(identifier).endsWith('fallbacks');
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ looksLikeSecret),
/* harmony export */   g_: () => (/* binding */ weakness),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony exports normalizeValue, entropy */
/** Placeholders people put where a secret should go (normalised: lower case, letters and digits only). */
const PLACEHOLDERS = new Set([
    'changeme', 'changethis', 'changeit', 'replaceme', 'secret', 'secretkey', 'mysecret', 'mysecretkey', 'yoursecret',
    'yoursecretkey', 'yoursecrethere', 'yoursecretkeyhere', 'supersecret', 'supersecretkey', 'topsecret', 'secret123',
    's3cr3t', 'password', 'passw0rd', 'dev', 'development', 'devsecret', 'devkey', 'test', 'testing', 'testsecret',
    'default', 'defaultsecret', 'keyboardcat', 'notsecret', 'notasecret', 'insecure', 'unsafe', 'todo', 'fixme',
    'xxx', 'abc', 'abc123', '123456', 'key', 'jwtsecret', 'sessionsecret', 'putyouruniquephrasehere', 'example',
    'examplekey', 'sample', 'placeholder', 'dummy', 'foo', 'bar', 'foobar', 'local', 'localsecret', 'qwerty',
]);
function normalizeValue(value) {
    return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** A well-known placeholder (`changeme`, `your-secret-here`, `keyboard cat`…). */
function isPlaceholder(value) {
    const n = normalizeValue(value);
    if (n === '')
        return false;
    if (PLACEHOLDERS.has(n))
        return true;
    return /^(?:your|my|change|replace|enter|insert|put|set)[a-z0-9]*(?:secret|key|token|here|value|me)$/.test(n);
}
/**
 * Why a signing secret is weak, by Django's own deploy check (W009) and the
 * placeholder list; null when it passes.
 */
function weakness(value) {
    if (isPlaceholder(value))
        return 'a well-known placeholder value';
    if (value.startsWith('django-insecure-'))
        return "Django's `django-insecure-` development key";
    const distinct = new Set(value).size;
    if (distinct < 5)
        return `only ${distinct} distinct characters`;
    if (value.length < 50)
        return `shorter than 50 characters`;
    return null;
}
/** Shannon entropy in bits per character. */
function entropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const c of value)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Known provider token shapes: anchored at the start, bounded lengths. */
const TOKEN_FORMATS = [
    /^(?:AKIA|ASIA)[A-Z0-9]{16}$/,
    /^gh[pousr]_[A-Za-z0-9]{36,255}$/,
    /^github_pat_[A-Za-z0-9_]{22,255}$/,
    /^glpat-[A-Za-z0-9_\-]{20,64}$/,
    /^xox[abpr]-[A-Za-z0-9\-]{10,255}$/,
    /^(?:sk|rk)_live_[A-Za-z0-9]{16,255}$/,
    /^AIza[A-Za-z0-9_\-]{35}$/,
    /^npm_[A-Za-z0-9]{36}$/,
    /^-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/,
    /^base64:[A-Za-z0-9+/]{40,}={0,2}$/, // Laravel APP_KEY
];
/**
 * Does a value look like a real secret rather than a placeholder: a known
 * token format, or long, varied and high in entropy?
 */
function looksLikeSecret(value) {
    const v = value.trim();
    if (v.length === 0 || isPlaceholder(v))
        return false;
    // Documentation keys (AWS documents a key id and a secret key that both end in `EXAMPLE`) are what templates should hold.
    if (/example/i.test(v))
        return false;
    if (TOKEN_FORMATS.some((re) => re.test(v)))
        return true;
    if (v.length < 16 || /\s/.test(v))
        return false;
    // A URL without credentials (`redis://localhost:6379/0`); callers judge a URL's password on its own.
    if (/^[a-z][a-z0-9+.\-]{0,20}:\/\//i.test(v) && !/:[^/@]+@/.test(v))
        return false;
    if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(v))
        return false; // words: `my-secret-key-here`
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
    return classes >= 2 && entropy(v) >= 3.5;
}


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ findTokens),
/* harmony export */   W7: () => (/* binding */ isExampleToken),
/* harmony export */   Z: () => (/* binding */ PEM_PRIVATE_KEY),
/* harmony export */   cw: () => (/* binding */ PREFIX_SET),
/* harmony export */   zR: () => (/* binding */ pemBody)
/* harmony export */ });
/* unused harmony exports TOKEN_FORMATS, ANY_PREFIX */
/* harmony import */ var _engine_literal_set__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3147);

const isUpper = (c) => c >= 65 && c <= 90;
const isLower = (c) => c >= 97 && c <= 122;
const isDigit = (c) => c >= 48 && c <= 57;
const isUpperAlnum = (c) => isUpper(c) || isDigit(c);
const isBase62 = (c) => isUpper(c) || isLower(c) || isDigit(c);
const isUrlSafe = (c) => isBase62(c) || c === 95 /* _ */ || c === 45; /* - */
const isLowerAlnum = (c) => isLower(c) || isDigit(c);
const isSlackChar = (c) => isBase62(c) || c === 45;
const isWordChar = (c) => isBase62(c) || c === 95;
const isBase64 = (c) => isBase62(c) || c === 43 /* + */ || c === 47 /* / */ || c === 61; /* = */
/** Length of the run of `test` characters at `i`, counting at most `max + 1` so an overlong run shows. */
function run(s, i, test, max) {
    let n = 0;
    while (n <= max && i + n < s.length && test(s.charCodeAt(i + n)))
        n++;
    return n;
}
/** True when `i` is past the end or holds a character that cannot continue a word. */
function endsWord(s, i, test = isWordChar) {
    return i >= s.length || !test(s.charCodeAt(i));
}
/** Exactly `n` characters of `test`, then a word boundary. */
function exact(n, test, boundary = isWordChar) {
    return (s, i) => {
        const len = run(s, i, test, n);
        return len === n && endsWord(s, i + n, boundary) ? i + n : -1;
    };
}
/** Between `min` and `max` characters of `test`, then a word boundary. */
function between(min, max, test) {
    return (s, i) => {
        const len = run(s, i, test, max);
        return len >= min && len <= max && endsWord(s, i + len) ? i + len : -1;
    };
}
function withDigit(rest) {
    return (s, i) => {
        const end = rest(s, i);
        return end >= 0 && /[0-9]/.test(s.slice(i, end)) ? end : -1;
    };
}
/** `github_pat_` + 22 base62 + `_` + 59 base62. */
function fineGrainedPat(s, i) {
    if (run(s, i, isBase62, 22) !== 22 || s[i + 22] !== '_')
        return -1;
    const j = i + 23;
    return run(s, j, isBase62, 59) === 59 && endsWord(s, j + 59) ? j + 59 : -1;
}
/**
 * `glpat-` + 20 url-safe characters; newer routable tokens carry a longer
 * payload and two dot-separated parts (`glpat-<payload>.01.<id>`).
 */
function gitlabPat(s, i) {
    const len = run(s, i, isUrlSafe, 64);
    if (len < 20 || len > 64)
        return -1;
    let j = i + len;
    if (s[j] === '.' && run(s, j + 1, isLowerAlnum, 2) === 2 && s[j + 3] === '.') {
        const tail = run(s, j + 4, isLowerAlnum, 12);
        if (tail >= 5 && tail <= 12 && endsWord(s, j + 4 + tail))
            return j + 4 + tail;
    }
    return len === 20 && endsWord(s, j, isUrlSafe) ? j : -1;
}
/** Slack: `xoxb-` then dash-separated parts starting with the workspace number. */
function slackToken(s, i) {
    if (!isDigit(s.charCodeAt(i)))
        return -1;
    const len = run(s, i, isSlackChar, 250);
    if (len < 20 || len > 250 || !endsWord(s, i + len))
        return -1;
    return s.slice(i, i + len).includes('-') ? i + len : -1;
}
const PEM_BEGIN = '-----BEGIN ';
/** `RSA PRIVATE KEY-----`, `OPENSSH PRIVATE KEY-----`, `PGP PRIVATE KEY BLOCK-----`; never public keys or certificates. */
function pemHeader(s, i) {
    const close = s.indexOf('-----', i);
    if (close < 0 || close - i > 60)
        return -1;
    const label = s.slice(i, close);
    return /^[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?$/.test(label) ? close + 5 : -1;
}
const PEM_PRIVATE_KEY = {
    id: 'pem-private-key',
    label: 'a PEM private key block',
    prefixes: [PEM_BEGIN],
    rest: pemHeader,
};
const TOKEN_FORMATS = [
    { id: 'aws-access-key-id', label: 'an AWS access key id', prefixes: ['AKIA'], rest: exact(16, isUpperAlnum) },
    // `ASIA` starts ordinary upper-case words (`ASIAPACIFICSOUTHEAST`); temporary key ids carry digits.
    { id: 'aws-access-key-id', label: 'an AWS temporary access key id', prefixes: ['ASIA'], rest: withDigit(exact(16, isUpperAlnum)) },
    {
        id: 'github-token',
        label: 'a GitHub token',
        prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        rest: exact(36, isBase62),
    },
    { id: 'github-fine-grained-pat', label: 'a GitHub fine-grained personal access token', prefixes: ['github_pat_'], rest: fineGrainedPat },
    { id: 'gitlab-pat', label: 'a GitLab personal access token', prefixes: ['glpat-'], rest: gitlabPat },
    { id: 'slack-token', label: 'a Slack token', prefixes: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxr-'], rest: slackToken },
    { id: 'stripe-live-key', label: 'a Stripe live secret or restricted key', prefixes: ['sk_live_', 'rk_live_'], rest: between(24, 247, isBase62) },
    { id: 'google-api-key', label: 'a Google API key', prefixes: ['AIza'], rest: exact(35, isUrlSafe, isUrlSafe) },
    { id: 'npm-token', label: 'an npm access token', prefixes: ['npm_'], rest: exact(36, isBase62) },
    PEM_PRIVATE_KEY,
];
/** One pass over a line before any per-token work: does any prefix occur at all? */
const ANY_PREFIX = /AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abpr]-|[sr]k_live_|AIza|npm_|-----BEGIN /;
/** The same prefixes for the byte-level test over a whole file. */
const PREFIX_SET = new _engine_literal_set__WEBPACK_IMPORTED_MODULE_0__/* .LiteralSet */ .g(['AKIA', 'ASIA', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'sk_live_', 'rk_live_', 'AIza', 'npm_', '-----BEGIN '].map((text) => ({ text, caseless: false })));
/** Tokens on one line (or window), left to right, each starting on a word boundary. */
function findTokens(s) {
    const out = [];
    if (!ANY_PREFIX.test(s))
        return out;
    for (const format of TOKEN_FORMATS) {
        for (const prefix of format.prefixes) {
            let from = 0;
            for (;;) {
                const at = s.indexOf(prefix, from);
                if (at < 0)
                    break;
                from = at + prefix.length;
                const before = at > 0 ? s.charCodeAt(at - 1) : -1;
                // A prefix inside a longer word (or a longer run of dashes) is not a token.
                if (before >= 0 && (isWordChar(before) || (format === PEM_PRIVATE_KEY && before === 45)))
                    continue;
                const end = format.rest(s, at + prefix.length);
                if (end < 0)
                    continue;
                out.push({ format, start: at, end, prefix, value: s.slice(at, end) });
                from = end;
            }
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
/**
 * Key material that follows a PEM BEGIN line: on the same line after an
 * escaped newline (a JSON service-account key), or on the next lines after
 * optional `Proc-Type:`-style headers. Null when there is none, so a header
 * mentioned in code or prose (`startsWith('-----BEGIN RSA PRIVATE KEY-----')`)
 * is not a key.
 */
function pemBody(sameLineRest, nextLines) {
    const escaped = /^(?:\\\\n|\\n)+/.exec(sameLineRest);
    const inline = escaped ? base64Start(sameLineRest.slice(escaped[0].length)) : null;
    if (inline)
        return inline;
    for (const raw of nextLines.slice(0, 6)) {
        const t = raw.trim();
        if (t === '' || /^[A-Za-z-]{2,30}: /.test(t))
            continue; // blank line or a PEM/PGP header
        return base64Start(t);
    }
    return null;
}
/** The run of base64 at the start of a line, after quotes or a `+` joining strings; null when too short for key material. */
function base64Start(t) {
    let i = 0;
    while (i < t.length && i < 8 && ' \t"\'`+'.includes(t[i]))
        i++;
    const len = run(t, i, isBase64, 4096);
    return len >= 40 ? t.slice(i, i + len) : null;
}
/**
 * Documentation placeholders in a token's shape: AWS's `AKIA…EXAMPLE`,
 * runs of `x` or `0`, counting sequences, or too few distinct characters
 * to be random.
 */
function isExampleToken(value, prefixLength = 0) {
    const body = value.slice(prefixLength);
    const lower = body.toLowerCase();
    if (lower.includes('example') || lower.includes('xxxx') || body.includes('0000000000'))
        return true;
    if (lower.includes('1234567890') || lower.includes('abcdefghij'))
        return true;
    return new Set(body).size < 6;
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ unusedSuppression)
/* harmony export */ });
/**
 * Reported by the suppression stage (src/engine/suppress.ts), which sees every
 * comment and every finding; the rule exists for its documentation and so the
 * configuration can re-grade or disable it.
 */
const unusedSuppression = {
    meta: {
        id: 'unused-suppression',
        title: 'Suppression comment that suppresses nothing',
        severity: 'notice',
        why: 'A `leakproof-ignore` comment that no longer matches a finding is a stale exception: the code it excused moved or ' +
            'changed, and the comment now hides nothing but may hide the next real finding on that line. Exceptions must stay ' +
            'visible and current to be trusted.',
        fix: 'Remove the comment, or move it to the flagged line (`leakproof-ignore`) or the line before it ' +
            '(`leakproof-ignore-next-line`), and check the rule ids it names against `leakproof --list-rules`.',
        examples: [
            {
                file: 'settings.py',
                flagged: '# leakproof-ignore-next-line -- test fixture   (above a line with no finding)',
                clean: '# leakproof-ignore-next-line -- test fixture   (above the line it excuses)',
            },
        ],
    },
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
