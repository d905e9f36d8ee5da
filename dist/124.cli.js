"use strict";
exports.id = 124;
exports.ids = [124];
exports.modules = {

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   _j: () => (/* binding */ EXIT_SKIPPED),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   ml: () => (/* binding */ isScanInputError)
/* harmony export */ });
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(776);
/* harmony import */ var _config_schema__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(131);
/* harmony import */ var _engine_baseline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6187);
/* harmony import */ var _engine_scan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2414);




const EXIT_OK = 0;
/** A finding reached --fail-on (fix: some findings need a person). */
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** `report merge`: a report could not be read and was skipped; the merge went on without it. */
const EXIT_SKIPPED = 3;
/** Errors of the scan whose message already says what to do: no hint about LEAKPROOF_DEBUG. */
function isScanInputError(e) {
    return e instanceof _config_schema__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL || e instanceof _engine_baseline__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$ || e instanceof _engine_scan__WEBPACK_IMPORTED_MODULE_1__/* .ScanInputError */ .o;
}
/**
 * Runs a command with the CLI's error conventions: one line on stderr, exit 2,
 * no stack trace unless LEAKPROOF_DEBUG is set. A usage error's message is the
 * line; so is any error `explained` accepts; any other error's message gets a
 * pointer to LEAKPROOF_DEBUG.
 */
async function guarded(io, body, explained) {
    try {
        return await body();
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const hint = e instanceof _options__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb || explained(e) || io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)';
        io.stderr.write(`leakproof: ${msg}${hint}\n`);
        if (io.env.LEAKPROOF_DEBUG && !(e instanceof _options__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) && e instanceof Error && e.stack)
            io.stderr.write(`${e.stack}\n`);
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   E4: () => (/* binding */ HELP_OPTION),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export ParsedOptions */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/** Bad input on the command line: one line for the user, exit code 2. */
class UsageError extends Error {
}
/** The `--help` option every command has. */
const HELP_OPTION = { name: '--help', aliases: ['-h'] };
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
/** `leakproof --help`, `leakproof fix --help`: where a command's options are listed. */
function helpCommand(spec) {
    return `leakproof ${spec.command ? `${spec.command} ` : ''}--help`;
}
function unknownOption(spec, name) {
    const hint = closest(name, spec.options.map((o) => o.name));
    return new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}; run \`${helpCommand(spec)}\` for the options`);
}
function missingValue(spec, option) {
    // The scan's wording came first; the subcommands always said it their own way.
    const how = spec.command ? `: ${option.name} ${option.value}` : `, e.g. ${option.name} ${option.value}`;
    return new UsageError(`${option.name} needs a value${how}`);
}
function unexpectedValue(spec, option) {
    return new UsageError(`${option.name} takes no value; write it alone, e.g. leakproof ${spec.command || '.'} ${option.name}`);
}
/** What a command line said, option by option. */
class ParsedOptions {
    spec;
    given;
    positionals;
    constructor(spec, given, 
    /** The arguments that are not options, with everything after `--`. */
    positionals) {
        this.spec = spec;
        this.given = given;
        this.positionals = positionals;
    }
    /** True when the flag was given. */
    has(name) {
        return this.get(name) === true;
    }
    /** The value given for an option: the last one when it was given more than once. */
    value(name) {
        const v = this.get(name);
        return Array.isArray(v) ? v[v.length - 1] : undefined;
    }
    /** Every value given for an option, in order. */
    values(name) {
        const v = this.get(name);
        return Array.isArray(v) ? v : [];
    }
    /** As `value`, checked against the option's `choices`. */
    choice(name) {
        const v = this.value(name);
        const { choices, example } = this.option(name);
        if (v === undefined || !choices || choices.includes(v))
            return v;
        throw new UsageError(`${name} must be one of ${choices.join(', ')} (got "${v}")${example === undefined ? '' : `, e.g. ${name} ${example}`}`);
    }
    get(name) {
        this.option(name);
        return this.given.get(name);
    }
    /** A name the command does not declare is a mistake in the command, not in its input. */
    option(name) {
        const option = this.spec.options.find((o) => o.name === name);
        if (!option)
            throw new Error(`${name} is not an option of \`${helpCommand(this.spec)}\``);
        return option;
    }
}
/** Node's names are the long names without their dashes. */
const bare = (name) => name.replace(/^--/, '');
/**
 * Rewrites argv for node:util's parseArgs: an alias becomes its long name, and
 * `--name value` becomes `--name=value` when the value may be one. A value may
 * start with one dash (`--output -`, `--bytes -5`) but not two: `--format --json`
 * means a value is missing. A missing value stays missing, for parseArgs to refuse
 * in order with the rest. Nothing after `--` is touched.
 */
function normalise(spec, argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.push(...argv.slice(i));
            break;
        }
        const option = spec.options.find((o) => o.name === arg || o.aliases?.includes(arg));
        if (option?.value !== undefined) {
            const next = argv[i + 1];
            if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
                out.push(`${option.name}=${next}`);
                i++;
                continue;
            }
        }
        out.push(option?.name ?? arg);
    }
    return out;
}
/** parseArgs refused the command line: the first argument at fault, in our words. */
function explain(spec, args, config) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, strict: false, tokens: true });
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const option = spec.options.find((o) => bare(o.name) === token.name && token.rawName === o.name);
        if (!option) {
            const arg = args[token.index];
            return unknownOption(spec, arg.startsWith('--') ? arg.split('=')[0] : arg);
        }
        if (option.value !== undefined && !token.inlineValue)
            return missingValue(spec, option);
        if (option.value === undefined && token.value !== undefined)
            return unexpectedValue(spec, option);
    }
    return new UsageError(`cannot read the options; run \`${helpCommand(spec)}\` for the options`);
}
/**
 * Parses a command's argv with node:util's parseArgs in strict mode, so that
 * unknown options, missing values and values given to flags are refused, each
 * with one line that says what to do instead. Option values are checked by the
 * command (`choice` for the listed ones), so `--help` answers whatever else is wrong.
 */
function parseOptions(spec, argv) {
    const args = normalise(spec, argv);
    const options = {};
    // Node keeps every value given; `given` keeps the last one of an option that is not repeatable.
    for (const o of spec.options)
        options[bare(o.name)] = o.value === undefined ? { type: 'boolean' } : { type: 'string', multiple: true };
    const config = { args, options, strict: true, allowPositionals: true };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (e) {
        // ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ...: Node's wording never reaches the user.
        if (String(e.code).startsWith('ERR_PARSE_ARGS_'))
            throw explain(spec, args, config);
        throw e;
    }
    const given = new Map();
    for (const o of spec.options) {
        const v = parsed.values[bare(o.name)];
        if (v === true)
            given.set(o.name, true);
        else if (Array.isArray(v))
            given.set(o.name, o.repeatable ? v : v.slice(-1));
    }
    return new ParsedOptions(spec, given, parsed.positionals);
}


/***/ }),

/***/ 1124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: reachesFailOn

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/args.ts


const FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** The scan's options (and `--list-rules`, `--explain`, `--version`, `--help`); `leakproof --help` describes them. */
const SCAN_SPEC = {
    command: '',
    options: [
        { name: '--format', value: 'FORMAT', choices: FORMATS, example: 'text' },
        { name: '--output', value: 'FILE' },
        { name: '--fail-on', value: 'LEVEL', choices: FAIL_ON, example: 'error' },
        { name: '--max-file-size', value: 'BYTES' },
        { name: '--explain', value: 'RULE' },
        { name: '--config', value: 'FILE' },
        { name: '--baseline', value: 'FILE' },
        { name: '--write-baseline', value: 'FILE' },
        { name: '--since', value: 'REF' },
        { name: '--max-commits', value: 'N' },
        { name: '--repository', value: 'NAME' },
        { name: '--commit', value: 'SHA' },
        { name: '--no-git' },
        { name: '--no-cache' },
        { name: '--include-ignored' },
        { name: '--list-rules' },
        { name: '--version', aliases: ['-v', '-V'] },
        options/* HELP_OPTION */.E4,
        { name: '--prune-baseline' },
        { name: '--show-suppressed' },
        { name: '--staged' },
        { name: '--history' },
    ],
};
/** Parses argv (without node and the script) into one command; throws UsageError on bad input. */
function parseArgs(argv) {
    const p = (0,options/* parseOptions */.Ac)(SCAN_SPEC, argv);
    const positionals = p.positionals;
    if (p.has('--help'))
        return { kind: 'help' };
    if (p.has('--version'))
        return { kind: 'version' };
    const format = p.choice('--format') ?? 'text';
    if (p.has('--list-rules')) {
        if (format === 'sarif')
            throw new options/* UsageError */.eb('--list-rules prints text or json; use --format json');
        return { kind: 'list-rules', format };
    }
    const explain = p.value('--explain');
    if (explain !== undefined)
        return { kind: 'explain', rule: explain };
    if (positionals[0] === 'init') {
        if (positionals.length > 2)
            throw new options/* UsageError */.eb(`init takes at most one folder, got ${positionals.length - 1}`);
        return { kind: 'init', path: positionals[1] ?? '.' };
    }
    if (positionals[0] === 'install-hook') {
        if (positionals.length > 2)
            throw new options/* UsageError */.eb(`install-hook takes at most one folder, got ${positionals.length - 1}`);
        return { kind: 'install-hook', path: positionals[1] ?? '.' };
    }
    const cmd = {
        kind: 'scan',
        path: positionals.length === 1 ? positionals[0] : '.',
        ...(positionals.length > 0 ? { targets: [...positionals] } : {}),
        format,
        noGit: p.has('--no-git'),
        includeIgnored: p.has('--include-ignored'),
        noCache: p.has('--no-cache'),
        staged: false,
        history: false,
    };
    const failOn = p.choice('--fail-on');
    if (failOn !== undefined)
        cmd.failOn = failOn;
    for (const [option, key] of [
        ['--config', 'config'],
        ['--baseline', 'baseline'],
        ['--write-baseline', 'writeBaseline'],
    ]) {
        const v = p.value(option);
        if (v === undefined)
            continue;
        if (v === '')
            throw new options/* UsageError */.eb(`${option} needs a file name`);
        cmd[key] = v;
    }
    if (p.has('--prune-baseline')) {
        if (cmd.baseline === undefined)
            throw new options/* UsageError */.eb('--prune-baseline needs --baseline FILE: the baseline to prune');
        cmd.pruneBaseline = true;
    }
    if (p.has('--show-suppressed'))
        cmd.showSuppressed = true;
    const output = p.value('--output');
    if (output !== undefined) {
        if (output === '')
            throw new options/* UsageError */.eb('--output needs a file name, e.g. --output leakproof.json');
        cmd.output = output;
    }
    const repository = p.value('--repository');
    if (repository !== undefined) {
        if (!/^[^\s/]+(?:\/[^\s/]+)+$/.test(repository))
            throw new options/* UsageError */.eb(`--repository takes a name such as owner/repo (got "${repository}")`);
        cmd.repository = repository;
    }
    const commit = p.value('--commit');
    if (commit !== undefined) {
        if (!/^[0-9a-f]{7,64}$/i.test(commit))
            throw new options/* UsageError */.eb(`--commit takes a hexadecimal commit id (got "${commit}")`);
        cmd.commit = commit.toLowerCase();
    }
    const size = p.value('--max-file-size');
    if (size !== undefined) {
        if (!/^\d+$/.test(size) || Number(size) <= 0 || !Number.isSafeInteger(Number(size))) {
            throw new options/* UsageError */.eb(`--max-file-size takes a positive whole number of bytes (got "${size}"), e.g. --max-file-size 1048576`);
        }
        cmd.maxFileSize = Number(size);
    }
    applyGitScope(cmd, p);
    return cmd;
}
/** `--staged`, `--since REF`, `--history [--since REF] [--max-commits N]`, and the combinations that make no sense. */
function applyGitScope(cmd, p) {
    cmd.staged = p.has('--staged');
    cmd.history = p.has('--history');
    const since = p.value('--since');
    const max = p.value('--max-commits');
    if (cmd.staged && cmd.history)
        throw new options/* UsageError */.eb('--staged and --history cannot be combined: pick one');
    if (cmd.staged && since !== undefined)
        throw new options/* UsageError */.eb('--staged and --since cannot be combined: --staged scans the index, --since REF the changes since REF');
    if (since !== undefined) {
        if (since === '')
            throw new options/* UsageError */.eb('--since needs a branch, tag or commit, e.g. --since origin/main');
        cmd.since = since;
    }
    if (max !== undefined) {
        if (!cmd.history)
            throw new options/* UsageError */.eb('--max-commits only applies to --history');
        if (!/^\d+$/.test(max) || Number(max) <= 0 || !Number.isSafeInteger(Number(max))) {
            throw new options/* UsageError */.eb(`--max-commits takes a positive number (got "${max}")`);
        }
        cmd.maxCommits = Number(max);
    }
    const scoped = cmd.staged || cmd.history || since !== undefined;
    if (scoped && (cmd.targets?.length ?? 0) > 1) {
        throw new options/* UsageError */.eb('--staged, --since and --history take one folder, the repository, not several paths: pass the folder or nothing');
    }
    if (scoped && cmd.noGit)
        throw new options/* UsageError */.eb('--no-git cannot be combined with --staged, --since or --history, which read git');
    if (scoped && cmd.includeIgnored)
        throw new options/* UsageError */.eb('--include-ignored cannot be combined with --staged, --since or --history');
}

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/cli/help.ts

const HELP = `leakproof ${version/* VERSION */.xv}: finds dotenv files, hardcoded signing secrets and git internals
that must never be committed or shipped.

Usage
  leakproof [path] [options]        scan a folder (default: the current one)
  leakproof FILE... [options]       scan only these files and folders, inside the current one
  leakproof --list-rules            list the rules
  leakproof --explain RULE          a rule's reference page (Markdown, as in docs/rules/):
                                    why it matters, how to fix it, examples
  leakproof init [path]             write a commented starter .leakproof.yml
  leakproof install-hook [path]     run \`leakproof --staged\` before every commit (git pre-commit hook)
  leakproof fix [path] [--write [--unsafe]]
                                    show how the findings would be fixed, as a diff with every
                                    secret redacted, and the steps left to a person; --write
                                    applies the safe fixes, --write --unsafe also those that
                                    change behaviour (see \`leakproof fix --help\`)
  leakproof keygen [--for django|flask|rails|laravel|jwt|fernet|hex|base64] [--bytes N]
                                    print one fresh key in that framework's format, nothing else
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
  --no-cache              read every file: by default a local scan remembers the files it
                          found clean (their paths and stamps, in a private temporary
                          folder) and reads only those changed since; never in CI
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
  npx leakproof config/settings.py src   only these (e.g. the files a hook is given)
  npx leakproof --format json --output leakproof.json
  npx leakproof --fail-on warning        also fail on warnings
  npx leakproof --explain secret-key-fallback
  npx leakproof --write-baseline .leakproof-baseline.json    accept today's findings
  npx leakproof --baseline .leakproof-baseline.json          then fail only on new ones
  npx leakproof --staged                 what the next commit would add
  npx leakproof --since origin/main      what this branch changes
  npx leakproof --history                secrets anywhere in history, even if deleted since
  npx leakproof fix                      what the fixes would change (nothing is written)
  npx leakproof fix --write              untrack and ignore dotenv files, placeholders in templates
  npx leakproof fix --write --unsafe     also read keys from the environment (a fresh one goes
                                         into the ignored .env for local runs)
  SECRET_KEY="$(npx leakproof keygen --for django)"    a new Django key

Exit codes
  0  nothing reached --fail-on (fix: every finding has a fix)
  1  at least one finding reached --fail-on (fix: some need a person)
  2  usage, configuration or runtime error
  3  report merge: a report could not be read and was skipped (named on stderr);
     the merge went on without it

In a git work tree, tracked files and untracked files that are not ignored are
scanned; ignored files are not (use --include-ignored). Secrets are never printed:
findings show a redacted form such as "djan\u2026(50 chars)".

A comment "leakproof-ignore [rule-id \u2026] [-- reason]" on a flagged line, or
"leakproof-ignore-next-line \u2026" on the line before it, suppresses a finding. Suppressed
findings never fail the run; they are counted, and listed in JSON and with
--show-suppressed. A suppression comment that suppresses nothing is a notice.
`;

// EXTERNAL MODULE: ./src/engine/scan.ts + 3 modules
var scan = __webpack_require__(2414);
// EXTERNAL MODULE: ./src/engine/baseline.ts
var engine_baseline = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/options.ts
var config_options = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/rules/ids.ts
var rules_ids = __webpack_require__(7585);
// EXTERNAL MODULE: ./src/report/color.ts
var color = __webpack_require__(2105);
// EXTERNAL MODULE: ./src/report/printable.ts
var printable = __webpack_require__(9073);
// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(8621);
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
    const counts = (0,stats/* countBySeverity */.Ot)(result.findings);
    const active = counts.error + counts.warning + counts.notice;
    const suppressed = result.findings.length - active;
    const statsLine = `${(0,stats/* describeStats */.J9)(result.stats)} in ${result.stats.durationMs} ms (${scopeOf(result)})`;
    if (active === 0) {
        lines.push(`${c.green('\u2714')} ${c.bold('No findings.')} ${c.dim(statsLine)}`);
    }
    else {
        lines.push(`${c.red('\u2716')} ${c.bold((0,stats/* plural */.LS)(active, 'finding'))}: ` +
            [
                paint(c, 'error', (0,stats/* plural */.LS)(counts.error, 'error')),
                paint(c, 'warning', (0,stats/* plural */.LS)(counts.warning, 'warning')),
                paint(c, 'notice', (0,stats/* plural */.LS)(counts.notice, 'notice')),
            ].join(', '));
        lines.push(c.dim(`  ${statsLine}`));
    }
    if (suppressed > 0) {
        lines.push(c.dim(`  ${(0,stats/* plural */.LS)(suppressed, 'finding')} suppressed${opts.showSuppressed ? '' : ' (--show-suppressed lists them)'}`));
    }
    const added = result.addedSuppressions ?? [];
    if (added.length > 0) {
        lines.push(c.yellow(`  ${(0,stats/* plural */.LS)(added.length, 'finding')} hidden by \`leakproof-ignore\` comments this change adds:`));
        for (const a of added) {
            const where = lineSafe((0,printable/* printable */.g)(`${a.path}:${a.commentLine}`));
            lines.push(c.yellow(`    ${where}  ${a.ruleId} (${a.severity}): ${a.reason ? (0,printable/* printable */.g)(a.reason) : 'no reason given'}`));
        }
    }
    const stale = result.stats.baseline?.stale ?? 0;
    if (stale > 0) {
        lines.push(c.yellow(`  ${(0,stats/* plural */.LS)(stale, 'baseline entry', 'baseline entries')} no longer ${stale === 1 ? 'matches' : 'match'} a finding (--prune-baseline removes them)`));
    }
    if (result.errors.length > 0)
        lines.push(c.yellow(`  ${(0,stats/* plural */.LS)(result.errors.length, 'file')} could not be read (listed on stderr)`));
    if (result.history?.shallow)
        lines.push(c.yellow('  Shallow clone: older commits were not scanned (fetch the whole history, e.g. `fetch-depth: 0`).'));
    if (active > 0)
        lines.push(c.dim('  Run `leakproof --explain <rule>` for why a rule matters and how to fix it.'));
    return lines.join('\n') + '\n';
}
function findingLine(f, c) {
    // Paths, messages and redacted values come from scanned files: control characters are shown, never obeyed.
    const parts = [c.bold(lineSafe((0,printable/* printable */.g)((0,stats/* locationOf */.hD)(f)))), paint(c, f.severity, f.severity.padEnd(7)), c.dim(f.ruleId), (0,printable/* printable */.g)(f.message)];
    let s = parts.join('  ');
    if (f.secret)
        s += c.dim(` [${(0,printable/* printable */.g)(f.secret)}]`);
    if (f.commit)
        s += commitNote(f.commit, c);
    if (f.suppressed)
        s += c.dim(` (suppressed by ${f.suppressed.by}${f.suppressed.reason ? `: ${(0,printable/* printable */.g)(f.suppressed.reason)}` : ''})`);
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
        return `${(0,stats/* plural */.LS)(h.commits, 'commit')} of history${h.since !== undefined ? ` since ${h.since}` : ''}`;
    }
    if (result.changes)
        return result.changes;
    return result.mode === 'git' ? 'git work tree' : 'plain folder';
}
/** "committed in abc1234 on 2025-03-02, removed later \u2014 rotate the key". */
function commitNote(commit, c) {
    const when = ` committed in ${commit.sha.slice(0, 7)} on ${commit.date.slice(0, 10)}`;
    return commit.deleted ? c.yellow(`${when}, removed later \u2014 rotate the key`) : c.dim(`${when}, still in HEAD`);
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
        this.draw(`scanning ${done}/${total} files\u2026`);
    }
    /** For a history scan, whose length is not known up front. */
    commits(done) {
        this.draw(`scanning history: ${done} commits\u2026`);
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

// EXTERNAL MODULE: ./src/cli/code-cache.ts + 3 modules
var code_cache = __webpack_require__(2033);
// EXTERNAL MODULE: ./src/engine/worker-entry.ts
var worker_entry = __webpack_require__(783);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/cli/private-folder.ts
var private_folder = __webpack_require__(6522);
;// CONCATENATED MODULE: ./src/cli/scan-cache.ts





/**
 * Where a local scan remembers the files it found clean (see
 * engine/known-files.ts), so the next scan of the same folder reads only
 * what changed: one file per scanned folder in `leakproof-scan-cache-<uid>`
 * in the temporary folder, or in `LEAKPROOF_CACHE_DIR`. What it holds is
 * paths, file stamps and counts, never a word of a scanned file; it is read only
 * from a folder of this user's that no one else may write to, and a file
 * written by another build of leakproof is not used.
 *
 * Off in CI (`CI` set: a fresh checkout has nothing to reuse), with
 * `--no-cache` or `LEAKPROOF_NO_CACHE=1`, where file owners cannot be told
 * (Windows), and when the CLI runs from its sources rather than a build.
 */
function openScanCache(root, env, bundleEntry) {
    if (bundleEntry === null || env.CI || env.LEAKPROOF_NO_CACHE || typeof process.getuid !== 'function')
        return undefined;
    const build = buildOf(bundleEntry);
    if (build === null)
        return undefined;
    let real;
    try {
        real = external_node_fs_.realpathSync(root);
    }
    catch {
        return undefined;
    }
    const dir = env.LEAKPROOF_CACHE_DIR || external_node_path_.join(external_node_os_.tmpdir(), `leakproof-scan-cache-${process.getuid()}`);
    return folderCache(dir, real, build);
}
/** A cache of the scans of folder `real`, kept in `dir` (made private when missing). */
function folderCache(dir, real, build) {
    const file = external_node_path_.join(dir, `leakproof-scan-${hash(real)}.json`);
    // The folder's own path heads the file: two folders whose names hash alike never share one.
    const head = `${JSON.stringify(real)}\n`;
    return {
        build,
        load() {
            if (!(0,private_folder/* ownFolder */.v)(dir))
                return null;
            return (0,private_folder/* readPrivateFile */.q)(file, (fd, st) => {
                const text = external_node_fs_.readFileSync(fd, 'utf8');
                if (!text.startsWith(head))
                    return null;
                // A cache that is used but need not change is kept from looking unused (see `forgetOld`).
                if (Date.now() - st.mtimeMs > 86_400_000)
                    external_node_fs_.futimesSync(fd, new Date(), new Date());
                return text.slice(head.length);
            });
        },
        save(text) {
            external_node_fs_.mkdirSync(dir, { recursive: true, mode: 0o700 });
            if (!(0,private_folder/* ownFolder */.v)(dir))
                return;
            const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
            try {
                external_node_fs_.writeFileSync(tmp, head + text, { mode: 0o600, flag: 'wx' });
                external_node_fs_.renameSync(tmp, file);
            }
            catch {
                external_node_fs_.rmSync(tmp, { force: true });
                return;
            }
            forgetOld(dir, Date.now());
        },
    };
}
/** The caches of folders not scanned for this long are removed (the folder may be long gone). */
const UNUSED_DAYS = 30;
/** Leftovers of a write that did not finish are removed after this long. */
const STALE_TMP_MS = 10 * 60 * 1000;
/** The names of cache files (`hash`) and of their writes in progress. */
const CACHE_NAME = /^leakproof-scan-[0-9a-z]+-[0-9a-z]+\.json$/;
const TMP_NAME = /^leakproof-scan-[0-9a-z]+-[0-9a-z]+\.json\.\d+\.[0-9a-z]+\.tmp$/;
/** Removes the caches of folders not scanned for `UNUSED_DAYS` days, and leftovers of writes. */
function forgetOld(dir, now) {
    let names;
    try {
        names = external_node_fs_.readdirSync(dir);
    }
    catch {
        return;
    }
    for (const n of names) {
        // Only names this module gives: the folder may be one of the user's (LEAKPROOF_CACHE_DIR).
        const age = TMP_NAME.test(n) ? STALE_TMP_MS : CACHE_NAME.test(n) ? UNUSED_DAYS * 86_400_000 : null;
        if (age === null)
            continue;
        try {
            const p = external_node_path_.join(dir, n);
            if (now - external_node_fs_.lstatSync(p).mtimeMs > age)
                external_node_fs_.rmSync(p, { force: true });
        }
        catch {
            // gone already
        }
    }
}
/**
 * The build that checks files: this version, Node's, and the bundle's files
 * (name, size, inode, modification and change times), so a rebuilt or
 * reinstalled bundle never uses what another one found. Null when they cannot
 * be read.
 */
function buildOf(bundleEntry) {
    const dir = external_node_path_.dirname(bundleEntry);
    try {
        // Node too: its regular expressions and decoders are part of what checks files.
        const parts = [version/* VERSION */.xv, process.version];
        for (const name of external_node_fs_.readdirSync(dir).sort()) {
            if (!name.endsWith('.js'))
                continue;
            const st = external_node_fs_.statSync(external_node_path_.join(dir, name));
            parts.push(`${name}:${st.size}:${st.ino}:${st.mtimeMs}:${st.ctimeMs}`);
        }
        return parts.join(' ');
    }
    catch {
        return null;
    }
}
/**
 * Names the folder's cache file (its path may be too long for a name): two
 * FNV-1a hashes of the path, with different offsets, in base 36.
 */
function hash(s) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x01000193) >>> 0;
    }
    return `${a.toString(36)}-${b.toString(36)}`;
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// Synchronous file calls: a few small files, and `node:fs/promises` would cost every start-up its loading.





















const RANK = { error: 3, warning: 2, notice: 1 };
/** True when an active finding is at least as severe as `failOn`. */
function reachesFailOn(result, failOn) {
    if (failOn === 'never')
        return false;
    return result.findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}
/** Runs the CLI and returns its exit code; never throws. */
async function run(argv, io) {
    // Subcommands have their own options; a folder named `report` or `org` is still scannable.
    if (argv[0] === 'report' && argv[1] === 'merge')
        return (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 1769))).runReportMerge(argv.slice(2), io);
    if (argv[0] === 'org' && argv[1] === 'list')
        return (await __webpack_require__.e(/* import() */ 950).then(__webpack_require__.bind(__webpack_require__, 1950))).runOrgList(argv.slice(2), io);
    if (argv[0] === 'fix')
        return (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(483), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 3158))).runFix(argv.slice(1), io);
    if (argv[0] === 'keygen')
        return (await __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 5426))).runKeygen(argv.slice(1), io);
    try {
        const cmd = parseArgs(argv);
        switch (cmd.kind) {
            case 'help':
                io.stdout.write(HELP);
                return exit/* EXIT_OK */.Ij;
            case 'version':
                io.stdout.write(`${version/* VERSION */.xv}\n`);
                return exit/* EXIT_OK */.Ij;
            case 'list-rules':
                io.stdout.write(listRules((await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 9552))).RULES, cmd.format));
                return exit/* EXIT_OK */.Ij;
            case 'explain': {
                const rule = (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 9552))).findRule(cmd.rule);
                if (!rule)
                    throw unknownRule(cmd.rule);
                const { rulePage } = await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(212)]).then(__webpack_require__.bind(__webpack_require__, 3212));
                io.stdout.write(rulePage(rule));
                return exit/* EXIT_OK */.Ij;
            }
            case 'init': {
                const { writeStarterConfig } = await __webpack_require__.e(/* import() */ 62).then(__webpack_require__.bind(__webpack_require__, 6062));
                const written = await writeStarterConfig(cmd.path);
                io.stdout.write(`Wrote ${written}: every key is commented out; uncomment what you need.\n`);
                return exit/* EXIT_OK */.Ij;
            }
            case 'scan':
                return await runScan(cmd, io);
            case 'install-hook': {
                const { installHook } = await __webpack_require__.e(/* import() */ 335).then(__webpack_require__.bind(__webpack_require__, 5335));
                const out = await installHook(cmd.path);
                const what = { created: 'created', added: 'added leakproof to', unchanged: 'leakproof is already in' }[out.action];
                io.stdout.write(`${what} ${out.file}: commits now run \`leakproof --staged\`\n`);
                return exit/* EXIT_OK */.Ij;
            }
        }
    }
    catch (e) {
        if (e instanceof schema/* ConfigError */.xL || e instanceof engine_baseline/* BaselineError */.s$) {
            io.stderr.write(`leakproof: ${e.message}\n`);
            return exit/* EXIT_USAGE */.Ri;
        }
        if (e instanceof options/* UsageError */.eb || e instanceof scan/* ScanInputError */.o) {
            io.stderr.write(`leakproof: ${e.message}\n`);
            return exit/* EXIT_USAGE */.Ri;
        }
        const msg = e instanceof Error ? e.message : String(e);
        io.stderr.write(`leakproof: ${msg}${io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)'}\n`);
        if (io.env.LEAKPROOF_DEBUG && e instanceof Error && e.stack)
            io.stderr.write(`${e.stack}\n`);
        return exit/* EXIT_USAGE */.Ri;
    }
}
async function runScan(cmd, io) {
    limitToTargets(cmd);
    const showProgress = cmd.format === 'text' && !!io.stderr.isTTY && !io.env.CI;
    const progress = showProgress ? new Progress(io.stderr) : null;
    const config = await (0,load/* loadConfig */.Z9)(cmd.path, cmd.config);
    const baseline = cmd.baseline !== undefined ? await readBaseline(cmd.baseline) : undefined;
    let result;
    try {
        result = await scanFor(cmd, progress, {
            ...(0,config_options/* scanOptionsFromConfig */.I)(config),
            includeIgnored: cmd.includeIgnored || config.includeIgnored === true,
            maxFileSize: cmd.maxFileSize ?? config.maxFileSize,
            baseline,
        }, io.env);
    }
    finally {
        progress?.clear();
    }
    if (result.stats.files > 0)
        (0,code_cache/* keepCompiledCode */.eB)(result.stats.files);
    if (result.history?.shallow) {
        io.stderr.write('leakproof: warning: this is a shallow clone, so older commits were not scanned; fetch the whole history first (actions/checkout: `fetch-depth: 0`, or `git fetch --unshallow`)\n');
    }
    for (const p of result.unmatched ?? []) {
        io.stderr.write(`leakproof: warning: ${(0,printable/* printable */.g)(p)}: nothing scanned there: git ignores it (pass --include-ignored to scan it anyway), the configuration's \`ignore\` does, or it holds no file\n`);
    }
    for (const err of result.errors) {
        // An error about the folder itself ('.') is not about one skipped file.
        io.stderr.write(`leakproof: warning: ${(0,printable/* printable */.g)(err.path)}: ${err.message}${err.path === '.' ? '' : '; skipped'}\n`);
    }
    if (cmd.pruneBaseline && baseline) {
        const kept = (0,engine_baseline/* pruneBaseline */.Ir)(baseline, result.findings);
        await writeOut(cmd.baseline, (0,engine_baseline/* formatBaseline */.J2)(kept), '--baseline');
        const removed = baseline.entries.length - kept.entries.length;
        io.stderr.write(`leakproof: pruned ${cmd.baseline}: removed ${removed} stale ${removed === 1 ? 'entry' : 'entries'}, kept ${kept.entries.length}\n`);
        result.stats.baseline = { entries: kept.entries.length, matched: kept.entries.length, stale: 0 };
    }
    const toFile = cmd.output !== undefined;
    const report = await formatReport(cmd, result, io, toFile);
    if (toFile) {
        try {
            (0,external_node_fs_.writeFileSync)(cmd.output, report);
        }
        catch (e) {
            throw new options/* UsageError */.eb(`cannot write ${cmd.output}: ${e.code ?? String(e)}; pick a writable path for --output`);
        }
        io.stderr.write(`leakproof: ${summary(result)}; report written to ${cmd.output}\n`);
    }
    else
        io.stdout.write(report);
    if (cmd.writeBaseline !== undefined) {
        const written = (0,engine_baseline/* baselineFrom */.cq)(result.findings);
        await writeOut(cmd.writeBaseline, (0,engine_baseline/* formatBaseline */.J2)(written), '--write-baseline');
        const n = written.entries.length;
        io.stderr.write(`leakproof: wrote ${n} ${n === 1 ? 'finding' : 'findings'} to ${cmd.writeBaseline}; scan with --baseline ${cmd.writeBaseline} to fail only on new ones\n`);
        // Recording today's findings is the point of the command, so they do not fail it.
        return exit/* EXIT_OK */.Ij;
    }
    return reachesFailOn(result, cmd.failOn ?? config.failOn ?? 'error') ? exit/* EXIT_FINDINGS */.cB : exit/* EXIT_OK */.Ij;
}
async function formatReport(cmd, result, io, toFile) {
    if (cmd.format === 'json') {
        const { formatJson, resolveRepository } = await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794));
        return formatJson(result, cmd.path, resolveRepository(cmd, io.env));
    }
    if (cmd.format === 'sarif')
        return (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 5881))).formatSarif(result);
    return formatText(result, { colors: (0,color/* palette */.M)(!toFile && (0,color/* colorEnabled */.X)(io.stdout, io.env)), showSuppressed: cmd.showSuppressed });
}
async function readBaseline(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new engine_baseline/* BaselineError */.s$(code === 'ENOENT'
            ? `${file}: baseline not found; create it with \`leakproof --write-baseline ${file}\``
            : `${file}: cannot read the baseline (${code ?? 'error'}); check the path and its permissions`);
    }
    return (0,engine_baseline/* parseBaseline */.nk)(text, file);
}
async function writeOut(file, text, option) {
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (e) {
        throw new options/* UsageError */.eb(`cannot write ${file}: ${e.code ?? String(e)}; pick a writable path for ${option}`);
    }
}
function summary(result) {
    const c = (0,stats/* countBySeverity */.Ot)(result.findings);
    return `${(0,stats/* plural */.LS)(c.error + c.warning + c.notice, 'finding')} (${(0,stats/* plural */.LS)(c.error, 'error')}, ${(0,stats/* plural */.LS)(c.warning, 'warning')}, ${(0,stats/* plural */.LS)(c.notice, 'notice')})`;
}
function unknownRule(id) {
    const ids = [...rules_ids/* RULE_IDS */.I];
    const hint = (0,options/* closest */.kp)(id, ids);
    return new options/* UsageError */.eb(`unknown rule "${id}"${hint ? ` (did you mean ${hint}?)` : ''}; the rules are ${ids.join(', ')} (see \`leakproof --list-rules\`)`);
}
/**
 * One folder given is the folder scanned. Files given, or several paths,
 * are scanned within the current folder, as git would name them from there:
 * the scan is limited to them (`only`), and every one must be inside it.
 */
function limitToTargets(cmd) {
    const targets = cmd.targets ?? [];
    if (targets.length === 0)
        return;
    if (targets.length === 1 && isFolder(targets[0]))
        return;
    if (cmd.staged || cmd.history || cmd.since !== undefined) {
        throw new options/* UsageError */.eb(`${targets[0]} is not a folder: --staged, --since and --history scan a repository; pass its folder or nothing`);
    }
    const cwd = process.cwd();
    const only = [];
    let whole = false;
    for (const t of targets) {
        if ((0,external_node_fs_.lstatSync)(t, { throwIfNoEntry: false }) === undefined)
            throw new options/* UsageError */.eb(`${t} does not exist: pass files or folders inside the current folder`);
        const rel = external_node_path_.relative(cwd, external_node_path_.resolve(cwd, t));
        if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel)) {
            throw new options/* UsageError */.eb(`${t} is outside the current folder: run leakproof from a folder that holds every path you pass, e.g. the repository's top`);
        }
        // The current folder itself: everything in it.
        if (rel === '')
            whole = true;
        else
            only.push(rel.split(external_node_path_.sep).join('/'));
    }
    cmd.path = '.';
    if (!whole)
        cmd.only = only;
}
function isFolder(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** The working-tree scan, or the git-aware scope the command asks for. */
async function scanFor(cmd, progress, settings, env) {
    const common = { ...settings, root: cmd.path };
    if (cmd.history) {
        const { scanHistory } = await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(483), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 1206));
        return scanHistory({
            ...common,
            since: cmd.since,
            maxCommits: cmd.maxCommits,
            onCommit: progress ? (done) => progress.commits(done) : undefined,
        });
    }
    if (cmd.staged)
        return (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(483), __webpack_require__.e(553), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 1518))).scanStaged(common);
    if (cmd.since !== undefined)
        return (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(483), __webpack_require__.e(553), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 8408))).scanSince({ ...common, since: cmd.since });
    return (0,scan/* scan */.S)({
        ...common,
        noGit: cmd.noGit,
        ...(cmd.only ? { paths: cmd.only } : {}),
        cache: cmd.noCache ? undefined : openScanCache(cmd.path, env, (0,worker_entry/* workerEntry */.xA)()),
        onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
    });
}
function listRules(rules, format) {
    if (format === 'json') {
        return JSON.stringify(rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, title: r.meta.title })), null, 2) + '\n';
    }
    const width = Math.max(...rules.map((r) => r.meta.id.length));
    return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.title}`).join('\n') + '\n';
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ CONFIG_NAMES),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export parseConfig */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_read__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5404);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(131);




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
            const buf = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(explicitPath));
            if (buf.length > MAX_CONFIG_BYTES)
                throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${display}: is ${buf.length} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
            text = buf.toString('utf8');
        }
        catch (e) {
            if (e instanceof _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL)
                throw e;
            const code = e.code;
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${display}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : (code ?? 'error')}); check the path`);
        }
        return await parseConfig(text, display);
    }
    const reader = new _engine_read__WEBPACK_IMPORTED_MODULE_2__/* .SafeReader */ .H(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root));
    const found = [];
    for (const name of CONFIG_NAMES) {
        const out = await reader.read(name, MAX_CONFIG_BYTES);
        const display = displayPath(root, name);
        if (out.kind === 'missing')
            continue;
        if (out.kind === 'symlink')
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${display}: is a symlink; leakproof does not follow symlinks, so make it a regular file or pass --config`);
        if (out.kind !== 'ok')
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${display}: cannot read the configuration file; make it a readable regular file`);
        if (out.body === null)
            throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${display}: is ${out.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
        found.push({ name: display, text: out.body.toString('utf8') });
    }
    if (found.length > 1)
        throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`found ${found.map((f) => f.name).join(' and ')}; keep only one configuration file`);
    if (found.length === 0)
        return (0,_schema__WEBPACK_IMPORTED_MODULE_3__/* .emptyConfig */ .i4)();
    return await parseConfig(found[0].text, found[0].name);
}
/**
 * Parses YAML or JSON (YAML 1.2 reads JSON as is) and validates it. The YAML
 * library is loaded here, only when there is a configuration to read.
 */
async function parseConfig(text, file) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const doc = parseDocument(body, { prettyErrors: true, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const where = pos ? `:${pos.line}:${pos.col}` : '';
        const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${file}${where}: invalid YAML: ${message}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // The yaml library refuses alias bombs (and similar) here, after parsing succeeded.
        throw new _schema__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${file}: invalid YAML: too many aliases or a structure that cannot be read; write the configuration out plainly`);
    }
    return (0,_schema__WEBPACK_IMPORTED_MODULE_3__/* .validateConfig */ .$r)(value, file);
}
function displayPath(root, name) {
    return root === '.' || root === '' ? name : node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, name);
}


/***/ }),

/***/ 6856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ scanOptionsFromConfig)
/* harmony export */ });
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
        contexts: config.contexts,
    };
    if (config.maxFileSize !== undefined)
        opts.maxFileSize = config.maxFileSize;
    if (config.includeIgnored !== undefined)
        opts.includeIgnored = config.includeIgnored;
    return opts;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   i4: () => (/* binding */ emptyConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports CONFIG_KEYS, RULE_LEVELS */
/* harmony import */ var _core_types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/* harmony import */ var _rules_ids__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7585);
/* harmony import */ var _core_globs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8684);



/** Bad configuration: the message names the file, the key path and what is allowed. */
class ConfigError extends Error {
}
const CONFIG_KEYS = [
    'ignore',
    'rules',
    'allow',
    'secretNames',
    'publicEnvPrefixes',
    'contexts',
    'maxFileSize',
    'failOn',
    'includeIgnored',
];
const ALLOW_KEYS = ['rule', 'paths', 'reason'];
const RULE_LEVELS = ['off', 'notice', 'warning', 'error'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function emptyConfig(file = null) {
    return { file, ignore: [], rules: {}, allow: [], secretNames: [], publicEnvPrefixes: [], contexts: {} };
}
function ruleIds() {
    return _rules_ids__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .I;
}
/** A value from the file, quoted and cut, so an error line stays one short line. */
function quoteCut(v) {
    return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v);
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
    const globs = (key, v) => stringList(key, v, 'globs', 'a glob', _core_globs__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI);
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
            case 'contexts': {
                if (!isPlainObject(v))
                    return fail(key, `must be a mapping of context name (${_core_types__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_NAMES */ .p.join(', ')}) to a list of globs, got ${typeName(v)}`);
                for (const [name, list] of Object.entries(v)) {
                    if (!_core_types__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_NAMES */ .p.includes(name)) {
                        return fail(`contexts.${quoteCut(name).slice(1, -1)}`, `unknown context ${quoteCut(name)}; allowed: ${_core_types__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_NAMES */ .p.join(', ')}`);
                    }
                    config.contexts[name] = globs(`contexts.${name}`, list);
                }
                break;
            }
            case 'maxFileSize':
                if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
                    return fail(key, `must be a positive number of bytes, got ${typeName(v)}`);
                config.maxFileSize = v;
                break;
            case 'failOn':
                if (typeof v !== 'string' || !FAIL_ON.includes(v)) {
                    return fail(key, `must be one of ${FAIL_ON.join(', ')}, got ${typeName(v)}`);
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


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   IX: () => (/* binding */ globLists),
/* harmony export */   Tl: () => (/* binding */ contextOverrides),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   wz: () => (/* binding */ loadGlobs)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);

let Minimatch;
/**
 * Loads the glob library if any of these lists holds a glob: a scan whose
 * configuration has none never parses it. Call before `pathMatcher` and
 * `contextOverrides` are given globs.
 */
async function loadGlobs(...lists) {
    if (Minimatch || !lists.some((l) => (l?.length ?? 0) > 0))
        return;
    Minimatch = (await __webpack_require__.e(/* import() */ 581).then(__webpack_require__.bind(__webpack_require__, 3581))).Minimatch;
}
/** Every glob list of a scan's options, for `loadGlobs`. */
function globLists(opts) {
    return [opts.ignore, ...Object.values(opts.contexts ?? {}), ...(opts.allow ?? []).map((a) => a.paths)];
}
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
    if (!balanced(glob, '[', ']'))
        return 'has an unclosed "["';
    if (!balanced(glob, '{', '}'))
        return 'has an unclosed "{"';
    return null;
}
function balanced(glob, open, close) {
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
    if (!Minimatch)
        throw new Error('pathMatcher: the glob library is not loaded (call loadGlobs first)');
    const Glob = Minimatch;
    const matchers = globs.map((g) => new Glob(normalizeGlob(g), { dot: true }));
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
/** The configuration's `contexts:`, compiled in the order contexts are listed, for `ContextClassifier`. */
function contextOverrides(contexts) {
    if (!contexts)
        return [];
    return _types__WEBPACK_IMPORTED_MODULE_0__/* .CONTEXT_NAMES */ .p.filter((c) => (contexts[c]?.length ?? 0) > 0).map((c) => ({ context: c, matches: pathMatcher(contexts[c]) }));
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES),
/* harmony export */   p: () => (/* binding */ CONTEXT_NAMES)
/* harmony export */ });
const SEVERITIES = ['error', 'warning', 'notice'];
const CONTEXT_NAMES = ['production', 'development', 'test', 'ci', 'build', 'example', 'docs', 'vendored'];


/***/ }),

/***/ 6187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ pruneBaseline),
/* harmony export */   J2: () => (/* binding */ formatBaseline),
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   cq: () => (/* binding */ baselineFrom),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* unused harmony export BASELINE_VERSION */
/* harmony import */ var _results__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4812);

/** A baseline file that cannot be used; the message names the file and the fix. */
class BaselineError extends Error {
}
const BASELINE_VERSION = 1;
const FINGERPRINT = /^[0-9a-f]{32}$/;
function keyOf(e) {
    return `${e.ruleId}\0${e.path}\0${e.fingerprint}`;
}
function compareEntries(a, b) {
    return (0,_results__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.path, b.path) || (0,_results__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.ruleId, b.ruleId) || (0,_results__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.fingerprint, b.fingerprint);
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


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ msSince),
/* harmony export */   v: () => (/* binding */ clockStart)
/* harmony export */ });
/**
 * A monotonic clock for the durations a report gives. `performance.now()`
 * would do, but the first use of `performance` loads Node's performance
 * modules, a cost every scan would pay at start-up.
 */
function clockStart() {
    return process.hrtime.bigint();
}
/** Whole milliseconds since `start`. */
function msSince(start) {
    return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ spawnGit),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   kV: () => (/* binding */ exited),
/* harmony export */   vr: () => (/* binding */ MAX_KEPT_LINE)
/* harmony export */ });
/* harmony import */ var _core_builtin__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6951);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2434);


/** Starts a long-running git process whose output is read as a stream. */
function spawnGit(cwd, args) {
    return (0,_core_builtin__WEBPACK_IMPORTED_MODULE_0__/* .childProcess */ .Qk)().spawn('git', [..._git__WEBPACK_IMPORTED_MODULE_1__/* .GIT_HARDENING */ .yz, ...args], {
        cwd,
        env: (0,_git__WEBPACK_IMPORTED_MODULE_1__/* .gitEnv */ .gE)(),
        windowsHide: true,
    });
}
/**
 * Resolves when the process exits; rejects with git's first stderr line on
 * failure. A SIGTERM counts as a normal end (the readers that stop git early
 * send it) unless `stoppedEarly` is false: then its output may be cut short.
 */
function exited(child, what, stoppedEarly = true) {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
        if (stderr.length < 4096)
            stderr += s;
    });
    return new Promise((resolve, reject) => {
        child.on('error', (err) => {
            reject(err.code === 'ENOENT' ? new _git__WEBPACK_IMPORTED_MODULE_1__/* .GitUnavailable */ .BZ('git is not installed or not on PATH') : err);
        });
        child.on('close', (code, signal) => {
            if (code === 0 || (signal === 'SIGTERM' && stoppedEarly))
                resolve();
            else
                reject(new Error(`git ${what} failed: ${stderr.trim().split('\n')[0] || (signal ? `stopped by ${signal}` : `exit code ${code}`)}`));
        });
    });
}
/** Longest header line kept; content lines are only looked at for their first bytes. */
const MAX_KEPT_LINE = 64 * 1024;
/**
 * Splits a byte stream into lines without ever holding a whole long line:
 * each line gives at most MAX_KEPT_LINE bytes (the rest is dropped), so a
 * minified file in a patch costs no more memory than a short one. A line
 * within one chunk is given as its place in the chunk, not a copy: `onLine`
 * must copy what it keeps past the next chunk.
 */
class LineSplitter {
    parts = [];
    kept = 0;
    push(chunk, onLine) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            const end = nl < 0 ? chunk.length : nl;
            if (nl >= 0 && this.parts.length === 0) {
                onLine(chunk, start, Math.min(end, start + MAX_KEPT_LINE));
                start = nl + 1;
                continue;
            }
            if (this.kept < MAX_KEPT_LINE && end > start) {
                // Copied: the rest of the line comes with a later chunk.
                const piece = Buffer.from(chunk.subarray(start, Math.min(end, start + MAX_KEPT_LINE - this.kept)));
                this.parts.push(piece);
                this.kept += piece.length;
            }
            if (nl < 0)
                return;
            const line = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
            onLine(line, 0, line.length);
            this.parts = [];
            this.kept = 0;
            start = nl + 1;
        }
    }
    /** Gives the last line when the stream does not end with a line feed. */
    end(onLine) {
        if (this.kept > 0) {
            const line = Buffer.concat(this.parts);
            onLine(line, 0, line.length);
        }
        this.parts = [];
        this.kept = 0;
    }
}


/***/ }),

/***/ 2434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   BZ: () => (/* binding */ GitUnavailable),
/* harmony export */   fs: () => (/* binding */ splitZ),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   h0: () => (/* binding */ mayBeInWorkTree),
/* harmony export */   x5: () => (/* binding */ refusal),
/* harmony export */   yz: () => (/* binding */ GIT_HARDENING)
/* harmony export */ });
/* unused harmony exports workTreeState, isWorkTree */
/* harmony import */ var _core_builtin__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6951);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
        (0,_core_builtin__WEBPACK_IMPORTED_MODULE_0__/* .childProcess */ .Qk)().execFile('git', [...GIT_HARDENING, ...args], {
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
    if (!mayBeInWorkTree(dir))
        return 'no';
    try {
        const out = await git(dir, ['rev-parse', '--is-inside-work-tree']);
        return out.toString('utf8').trim() === 'true' ? 'yes' : 'no';
    }
    catch (e) {
        return refusal(e);
    }
}
/**
 * What a git command's failure in `dir` says of it: `no` work tree there (not
 * a repository, inside a `.git` or a bare repository, no git installed), or
 * the reason git refused to read one.
 */
function refusal(e) {
    if (e instanceof GitUnavailable)
        return 'no';
    const message = e instanceof Error ? e.message : String(e);
    if (/not a git repository|must be run in a work tree/i.test(message))
        return 'no';
    return { problem: message.replace(/^git [a-z-]+ failed: (?:fatal: )?/, '').replace(/;.*$/, '') };
}
/**
 * Whether git could find a work tree from `dir`: false when neither `dir`
 * nor any folder above it holds a `.git` and no environment variable points
 * git elsewhere, so a plain folder is not worth starting git for; false too
 * when git would first find a git directory itself (`dir` is inside a
 * `.git`, or a bare repository), as git looks for one on its way up.
 */
function mayBeInWorkTree(dir) {
    if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined || process.env.GIT_COMMON_DIR !== undefined)
        return true;
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        if (existsWithoutFollowing(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, '.git')))
            return true;
        if (isGitDirectory(d))
            return false;
        if (node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d) === d)
            return false;
    }
}
/** What git takes for a git directory: a `HEAD` beside `objects` and `refs` folders. */
function isGitDirectory(d) {
    const kind = (name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, name), { throwIfNoEntry: false });
    const head = kind('HEAD');
    return !!head && (head.isFile() || head.isSymbolicLink()) && !!kind('objects')?.isDirectory() && !!kind('refs')?.isDirectory();
}
function existsWithoutFollowing(p) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** True when `dir` is inside a git work tree that git agrees to read. */
async function isWorkTree(dir) {
    return (await workTreeState(dir)) === 'yes';
}


/***/ }),

/***/ 2414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ ScanInputError),
  S: () => (/* binding */ scan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/engine/git.ts
var git = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/engine/git-sources/index-file.ts



/**
 * The tracked files of a work tree read from its index file (`.git/index`),
 * as `git ls-files --stage` would list them, without starting git: a start of
 * git costs a scan 6\u201315 ms of this thread, and the listing comes 10\u201320 ms
 * later still while git shares the cores with the scan's own start.
 *
 * Only an index that git itself would list that way is read here; for
 * anything else the answer is null and git is asked, as before:
 * - `root` is the top of the work tree: `root/.git` is a folder (not a file
 *   pointing elsewhere, as in linked work trees and submodules) holding
 *   `HEAD`, `objects` and `refs`, and both are this user's (git refuses a
 *   repository of another owner unless told it is safe);
 * - no environment variable points git elsewhere or at another index;
 * - the repository's `config` sets no `core.worktree`, no `core.bare`, no
 *   `repositoryformatversion` above 1, no `index.sparse`, no `[extensions]`
 *   (another hash, another refs store: formats this reader does not know)
 *   and includes no other file;
 * - the index is version 2, 3 or 4, every entry reads exactly (its name's
 *   length, its padding), it holds no sparse folder, and no extension that
 *   git requires to be understood (`link`: a split index; `sdir`: a sparse
 *   one), and its entries and extensions end where its checksum starts.
 *
 * A work tree with no index yet (`git init`, nothing added) tracks nothing.
 */
function readIndexEntries(root, env = process.env, uid = process.getuid?.()) {
    for (const v of ELSEWHERE)
        if (env[v] !== undefined)
            return null;
    if (process.platform === 'win32' || uid === undefined)
        return null;
    const gitDir = external_node_path_.join(root, '.git');
    try {
        const st = external_node_fs_.lstatSync(gitDir);
        if (!st.isDirectory() || st.uid !== uid || external_node_fs_.lstatSync(root).uid !== uid)
            return null;
        for (const [name, dir] of [['HEAD', false], ['objects', true], ['refs', true]]) {
            const s = external_node_fs_.lstatSync(external_node_path_.join(gitDir, name));
            if (dir ? !s.isDirectory() : !s.isFile())
                return null;
        }
        const config = readRegular(external_node_path_.join(gitDir, 'config'));
        if (config === null || !plainConfig(config.toString('utf8')))
            return null;
    }
    catch {
        return null;
    }
    let data;
    try {
        data = readRegular(external_node_path_.join(gitDir, 'index'));
    }
    catch (e) {
        return e.code === 'ENOENT' ? [] : null;
    }
    return data === null ? null : parseIndex(data);
}
/** A regular file's bytes, never through a symlink (O_NOFOLLOW); null for anything else. Throws what `open` throws. */
function readRegular(file) {
    let fd;
    try {
        fd = external_node_fs_.openSync(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        if (e.code === 'ELOOP')
            return null;
        throw e;
    }
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            return null;
        const data = Buffer.allocUnsafe(st.size);
        let at = 0;
        while (at < data.length) {
            const got = external_node_fs_.readSync(fd, data, at, data.length - at, at);
            if (got === 0)
                return null;
            at += got;
        }
        return data;
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Variables that point git at another repository, work tree or index. */
const ELSEWHERE = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];
/**
 * Whether a repository's `config` leaves the index as this reader reads it:
 * no `[extensions]` section, no `core.worktree`, not bare, format version
 * 0 or 1, no sparse index, no include.
 * A line that reads as none of git's (a quoted or continued value that
 * might hide one) counts against it.
 */
function plainConfig(text) {
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.endsWith('\\'))
            return false;
        const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
        if (header) {
            section = header[1].toLowerCase();
            if (section === 'extensions' || section === 'include' || section === 'includeif')
                return false;
            continue;
        }
        if (line.startsWith('['))
            return false;
        const m = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
        if (!m)
            return false;
        const key = m[1].toLowerCase();
        if (section === 'core' && key === 'worktree')
            return false;
        if (section === 'core' && key === 'bare' && !/^(?:false|no|off|0)$/i.test((m[2] ?? '').trim()))
            return false;
        if (section === 'core' && key === 'repositoryformatversion' && !/^[01]$/.test((m[2] ?? '').trim()))
            return false;
        if (section === 'index' && key === 'sparse')
            return false;
    }
    return true;
}
const SHA1_BYTES = 20;
/** Bytes of an entry before its name: ctime, mtime, dev, ino, mode, uid, gid, size, object id, flags. */
const ENTRY_FIXED = 40 + SHA1_BYTES + 2;
const NAME_MASK = 0x0fff;
const EXTENDED = 0x4000;
const NON_ASCII = /[\x80-\xff]/;
/** The entries of an index file, as `ls-files --stage` lists them (one per path); null when it does not read exactly. */
function parseIndex(data) {
    if (data.length < 12 + SHA1_BYTES || (0,core_text/* latin1 */.Wy)(data, 0, 4) !== 'DIRC')
        return null;
    const version = data.readUInt32BE(4);
    if (version < 2 || version > 4)
        return null;
    const count = data.readUInt32BE(8);
    const end = data.length - SHA1_BYTES;
    const entries = [];
    let at = 12;
    let previous = '';
    // The previous name's bytes, as latin1 (one character a byte), for version 4's compression.
    let previousBytes = '';
    // The loop runs once per tracked file, before any file is read, mostly before V8 has optimised
    // it: it reads bytes in place and decodes each name with one call (no Buffer views, no
    // `toString` dispatch): 11 ms for 5,000 entries in a fresh process, where views took 28.
    for (let n = 0; n < count; n++) {
        const start = at;
        if (start + ENTRY_FIXED > end)
            return null;
        // The mode's type: its bits 12 and up (the mode is big-endian at 24..27).
        const type = (data[start + 24] << 12) | (data[start + 25] << 4) | (data[start + 26] >>> 4);
        const flags = (data[start + ENTRY_FIXED - 2] << 8) | data[start + ENTRY_FIXED - 1];
        let k = start + ENTRY_FIXED;
        if (flags & EXTENDED) {
            if (version < 3)
                return null;
            k += 2;
        }
        // Version 4: the name as the bytes to drop from the end of the previous one (a varint), then the rest of it.
        let drop = 0;
        if (version === 4) {
            let byte = data[k++];
            drop = byte & 0x7f;
            while (byte & 0x80) {
                if (k >= end || drop > 0xffffff)
                    return null;
                byte = data[k++];
                drop = ((drop + 1) << 7) | (byte & 0x7f);
            }
            if (drop > previousBytes.length)
                return null;
        }
        // The name's own bytes end at a NUL. The flags give the whole name's length (when under 4 KiB), and
        // version 4 stores what the previous name does not give: the NUL is looked for where that says.
        const from = k;
        const length = flags & NAME_MASK;
        const stored = version === 4 ? length - (previousBytes.length - drop) : length;
        const nul = length < NAME_MASK && stored >= 0 ? from + stored : data.indexOf(0, from);
        if (nul < from || nul >= end || data[nul] !== 0)
            return null;
        let bytes = (0,core_text/* latin1 */.Wy)(data, from, nul);
        if (bytes.includes('\0'))
            return null;
        if (version === 4) {
            bytes = previousBytes.slice(0, previousBytes.length - drop) + bytes;
            at = nul + 1;
        }
        else {
            // 1 to 8 NULs, so that the entry's length is a multiple of 8.
            const padded = start + ((nul - start + 8) & ~7);
            if (padded > end)
                return null;
            for (let j = nul; j < padded; j++)
                if (data[j] !== 0)
                    return null;
            at = padded;
        }
        if ((flags & NAME_MASK) !== Math.min(bytes.length, NAME_MASK) || bytes.length === 0)
            return null;
        // 0o10: a file, 0o12: a symlink, 0o16: a gitlink; 0o04 is a sparse index's folder.
        if (type !== 0o10 && type !== 0o12 && type !== 0o16)
            return null;
        previousBytes = bytes;
        // A name with a byte above ASCII is UTF-8.
        const p = NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
        // A conflicted path has an entry per stage, one after the other: listed once.
        if (p === previous)
            continue;
        previous = p;
        entries.push({ path: p, status: 'tracked', kind: type === 0o16 ? 'gitlink' : type === 0o12 ? 'symlink' : 'file' });
    }
    // Extensions: a signature, a size, and that many bytes. One git requires readers to understand starts lower case.
    while (at < end) {
        if (at + 8 > end)
            return null;
        const first = data[at];
        if (first < 0x41 || first > 0x5a)
            return null;
        at += 8 + data.readUInt32BE(at + 4);
    }
    return at === end ? entries : null;
}

// EXTERNAL MODULE: ./src/engine/read.ts
var engine_read = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/engine/git-sources/only-tracked.ts


/**
 * Whether the work tree at `root` holds nothing but what its index tracks:
 * every name below it (but the top `.git` folder) is a tracked path, or a
 * folder on the way to one. Then git's listings of untracked files and of
 * ignored ones are both empty, whatever the ignore rules say, and git need
 * not be started for them: on a fresh clone (a CI checkout), that start and
 * git's walk of every folder cost a scan of 5,000 files about 40 ms of two
 * cores.
 *
 * `tracked`: the index's entries (`readIndexEntries`), so `root` is the top
 * of the work tree. The walk is breadth first and stops at the first name the
 * index does not account for (a `node_modules`, a `.env`, a build folder are
 * nearly always at the top): the caller then asks git, as it would have.
 * Anything the walk cannot tell apart exactly counts against it:
 * - a folder where the index has a file, a gitlink (a submodule's folder,
 *   which git does not enter) or nothing (an empty untracked folder, which
 *   git would not list, still sends the scan to git);
 * - a file, symlink or special file the index does not name, a `.git` below
 *   the top (a nested repository);
 * - a name that does not decode as UTF-8 (its bytes could differ from the
 *   tracked name that reads the same), a folder that cannot be read.
 * Symlinks are never followed: a folder is entered only when its parent's
 * listing says it is one. When the answer is yes, each tracked entry whose
 * folders were all entered is marked `foldersSeen`.
 */
/**
 * The walk runs on this thread before any file is checked, at 15\u201320 \u00b5s a
 * folder here (an open, two reads of its entries, a close), while git's walk
 * runs beside the scan: it is tried only on a checkout small enough to be
 * checked on one thread (parallel.ts), with folders few enough to keep it
 * short.
 */
const MAX_FILES = 6000;
const MAX_FOLDERS = 2048;
function onlyTracked(root, tracked) {
    if (tracked.length >= MAX_FILES)
        return false;
    const files = new Set();
    const folders = new Set();
    for (const e of tracked) {
        const p = e.path;
        // A path no walk can reach (an absolute one, as a crafted index may list): git decides.
        if (p.charCodeAt(0) === 47)
            return false;
        files.add(p);
        // Each folder on the way, deepest first, until one already known (its own are known then).
        for (let slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
            const folder = p.slice(0, slash);
            if (folders.has(folder))
                break;
            folders.add(folder);
        }
    }
    if (folders.size > MAX_FOLDERS)
        return false;
    const prefix = (0,engine_read/* callPrefix */._)(root);
    const pending = [''];
    for (let next = 0; next < pending.length; next++) {
        const rel = pending[next];
        let dirents;
        try {
            dirents = external_node_fs_.readdirSync(rel === '' ? prefix || '.' : prefix + rel, { withFileTypes: true });
        }
        catch {
            return false;
        }
        for (const d of dirents) {
            const name = d.name;
            if (rel === '' && name === '.git') {
                if (d.isDirectory())
                    continue;
                return false;
            }
            if (name.includes('\uFFFD'))
                return false;
            const p = rel === '' ? name : `${rel}/${name}`;
            if (d.isDirectory()) {
                if (!folders.has(p))
                    return false;
                pending.push(p);
            }
            else if (!files.has(p) || folders.has(p)) {
                return false;
            }
        }
    }
    // Every folder on the way to each tracked path was listed as one by its parent: the reader need not check them again.
    const walked = new Set(pending);
    for (const e of tracked) {
        const slash = e.path.lastIndexOf('/');
        if (slash < 0 || walked.has(e.path.slice(0, slash)))
            e.foldersSeen = true;
    }
    return true;
}

// EXTERNAL MODULE: ./src/engine/git-sources/spawn.ts
var spawn = __webpack_require__(6349);
;// CONCATENATED MODULE: ./src/engine/inventory.ts






/**
 * Lists what a scan covers. In a git work tree git itself classifies paths
 * (one `ls-files` call per class, never one process per file); elsewhere, or
 * with `noGit`, the folder is walked and everything counts.
 */
async function inventory(root, opts, onEntries) {
    // git is not asked first whether this is a work tree: its listing says so, and a git start-up
    // fewer before the first file is read is worth it. A listing git refuses says why.
    let state = 'no';
    if (!opts.noGit && (0,git/* mayBeInWorkTree */.h0)(root)) {
        // The index read here when it can be (no git started for it); else git lists it.
        const tracked = readIndexEntries(root);
        // A work tree that holds only what it tracks (a fresh clone) has nothing for git to list.
        const listing = tracked !== null && onlyTracked(root, tracked) ? nothingElse() : startListing(root, !!opts.includeIgnored, tracked === null);
        try {
            const entries = await gitEntries(listing, onEntries, tracked ?? []);
            const inv = { mode: 'git', entries };
            if (entries.some((e) => e.kind === 'gitlink')) {
                const declared = await declaredSubmodules(root);
                if (declared)
                    inv.submodulePaths = declared;
            }
            return inv;
        }
        catch (e) {
            listing.cancel();
            if (!(e instanceof Refused))
                throw e;
            state = (0,git/* refusal */.x5)(e.why);
        }
    }
    const inv = { mode: 'plain', entries: plainEntries(root, onEntries) };
    if (typeof state === 'object')
        inv.gitProblem = state.problem;
    return inv;
}
/** git would not list the folder at all (it listed nothing): `why` says why. */
class Refused extends Error {
    why;
    constructor(why) {
        super('git refused the listing');
        this.why = why;
    }
}
/** Bytes per entry of git's index file, rounded up: a path of about 60 bytes, its stat data and object id. */
const INDEX_BYTES_PER_ENTRY = 128;
/**
 * About how many files git will list for `root` (at least), from the size of
 * its index, when `root` is the top of a work tree; 0 when it cannot tell.
 * Only the index's size is read, never its content.
 */
function expectedEntries(root) {
    try {
        if (!external_node_fs_default().lstatSync(external_node_path_.join(root, '.git')).isDirectory())
            return 0;
        const index = external_node_fs_default().lstatSync(external_node_path_.join(root, '.git', 'index'));
        return index.isFile() ? Math.floor(index.size / INDEX_BYTES_PER_ENTRY) : 0;
    }
    catch {
        return 0;
    }
}
const MAX_QUEUED_CHUNKS = 16;
/** Starts git's listings: tracked files (streamed) when `listTracked`, untracked and, when asked, ignored ones. */
function startListing(root, includeIgnored, listTracked) {
    // Untracked (and ignored) files are listed at the same time; tracked ones are handed on as they come.
    const othersAndIgnored = Promise.all([
        (0,git/* git */.$Y)(root, ['ls-files', '-z', '--others', '--exclude-standard']),
        includeIgnored
            ? (0,git/* git */.$Y)(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])
            : Promise.resolve(Buffer.alloc(0)),
    ]);
    othersAndIgnored.catch(() => undefined);
    if (!listTracked)
        return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored, cancel: () => undefined };
    const child = (0,spawn/* spawnGit */.Iz)(root, ['ls-files', '-z', '--stage']);
    const listed = (0,spawn/* exited */.kV)(child, 'ls-files', false);
    listed.catch(() => undefined);
    const queue = [];
    let ended = false;
    let wake = null;
    const signal = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    child.stdout.on('data', (c) => {
        queue.push(c);
        // A listing read faster than its files are waits in the pipe, not here.
        if (queue.length >= MAX_QUEUED_CHUNKS)
            child.stdout.pause();
        signal();
    });
    child.stdout.on('close', () => {
        ended = true;
        signal();
    });
    const chunks = async function* () {
        for (;;) {
            if (queue.length > 0) {
                yield queue.shift();
                if (queue.length < MAX_QUEUED_CHUNKS / 2 && child.stdout.isPaused())
                    child.stdout.resume();
            }
            else if (ended)
                return;
            else
                await new Promise((resolve) => (wake = resolve));
        }
    };
    return {
        chunks: chunks(),
        listed,
        othersAndIgnored,
        cancel: () => {
            if (child.exitCode === null)
                child.kill();
        },
    };
}
/** The listing of a work tree whose index was read and that holds nothing else: no git is started. */
function nothingElse() {
    const none = Buffer.alloc(0);
    return { chunks: noChunks(), listed: Promise.resolve(), othersAndIgnored: Promise.resolve([none, none]), cancel: () => undefined };
}
/** A tracked listing that has nothing to give: the index was read instead. */
async function* noChunks() { }
/** The work tree's entries: `fromIndex` (the index, read here), or git's listing of them, then the others. */
async function gitEntries(listing, onEntries, fromIndex) {
    const { chunks, listed, othersAndIgnored } = listing;
    const entries = fromIndex;
    let emitted = 0;
    const emit = () => {
        if (onEntries && entries.length > emitted)
            onEntries(entries.slice(emitted));
        emitted = entries.length;
    };
    emit();
    // "<mode> <object> <stage>\t<path>\0", sorted by path: a conflicted path appears once per
    // stage, one after the other. The path is decoded on its own from the bytes (a slice of a
    // decoded chunk would keep the whole chunk alive), as latin1 when it is ASCII (faster).
    let previous = '';
    const addTracked = (buf, from, end) => {
        for (let start = from; start < end;) {
            let tab = start;
            while (tab < end && buf[tab] !== 9 && buf[tab] !== 0)
                tab++;
            let stop = tab;
            let ascii = true;
            while (stop < end && buf[stop] !== 0)
                if (buf[stop++] > 0x7f)
                    ascii = false;
            if (buf[tab] === 9 && tab + 1 < stop) {
                const path = buf.toString(ascii ? 'latin1' : 'utf8', tab + 1, stop);
                if (path !== previous) {
                    previous = path;
                    // "160000" is a gitlink, "120000" a symlink.
                    const special = buf[start] === 49 && buf[start + 2] === 48 && buf[start + 3] === 48 && buf[start + 4] === 48 && buf[start + 5] === 48 && buf[start + 6] === 32;
                    const kind = special && buf[start + 1] === 54 ? 'gitlink' : special && buf[start + 1] === 50 ? 'symlink' : 'file';
                    entries.push({ path, status: 'tracked', kind });
                }
            }
            start = stop + 1;
        }
    };
    // A record cut between two chunks is put together on its own; the rest of a chunk is read in place.
    let carry = null;
    for await (const chunk of chunks) {
        let from = 0;
        if (carry) {
            const nul = chunk.indexOf(0);
            if (nul < 0) {
                carry = Buffer.concat([carry, chunk]);
                continue;
            }
            const record = Buffer.concat([carry, chunk.subarray(0, nul + 1)]);
            addTracked(record, 0, record.length);
            carry = null;
            from = nul + 1;
        }
        const last = chunk.lastIndexOf(0);
        if (last >= from)
            addTracked(chunk, from, last + 1);
        // Copied: the stream may reuse its chunk.
        const rest = Math.max(from, last + 1);
        if (rest < chunk.length)
            carry = Buffer.from(chunk.subarray(rest));
        emit();
    }
    try {
        await listed;
    }
    catch (e) {
        // Refused before listing anything: the folder is then walked as a plain one.
        if (emitted === 0 && entries.length === 0)
            throw new Refused(e);
        throw e instanceof git/* GitUnavailable */.BZ ? e : new Error(`${e.message}; to scan without git, rerun with --no-git`);
    }
    if (carry)
        addTracked(carry, 0, carry.length);
    const [others, ignored] = await othersAndIgnored;
    // git lists no tracked path among the others; the set keeps the two listings of others apart,
    // and a nested repository where a tracked path is (rare) is looked up among the tracked ones.
    const seen = new Set();
    let tracked = null;
    const addOthers = (buf, status) => {
        for (const path of (0,git/* splitZ */.fs)(buf)) {
            if (path.endsWith('/')) {
                // git lists a nested repository as one directory entry and does not descend.
                const dir = path.slice(0, -1);
                tracked ??= new Set(entries.filter((e) => e.status === 'tracked').map((e) => e.path));
                if (!tracked.has(dir))
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
    emit();
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
function plainEntries(root, onEntries) {
    const entries = [];
    let emitted = 0;
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
        if (onEntries && entries.length - emitted >= 256) {
            onEntries(entries.slice(emitted));
            emitted = entries.length;
        }
    }
    if (onEntries && entries.length > emitted)
        onEntries(entries.slice(emitted));
    return entries;
}
/**
 * Submodule paths that `.gitmodules` declares, relative to the scanned root.
 * It sits at the top of the work tree even when a subfolder is scanned, so
 * git reads it from the index (as it reads the index for the classification):
 * no file outside the root is opened, and a symlinked `.gitmodules` is not followed.
 */
async function declaredSubmodules(root) {
    const prefix = (await (0,git/* git */.$Y)(root, ['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
    let out;
    try {
        out = await (0,git/* git */.$Y)(root, ['config', '-z', '--blob', ':.gitmodules', '--get-regexp', '^submodule\\..*\\.path$']);
    }
    catch {
        // Not in the index (or declares nothing): the rule reads a `.gitmodules` inside the root, if any.
        return undefined;
    }
    const paths = new Set();
    for (const rec of (0,git/* splitZ */.fs)(out)) {
        // "-z" records are "<key>\n<value>".
        const value = rec.slice(rec.indexOf('\n') + 1).replace(/\/+$/, '');
        if (value.startsWith(prefix))
            paths.add(value.slice(prefix.length));
    }
    return paths;
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/rules/ids.ts
var ids = __webpack_require__(7585);
// EXTERNAL MODULE: ./src/engine/results.ts
var results = __webpack_require__(4812);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/engine/known-files.ts
var known_files = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/engine/scan.ts












class ScanInputError extends Error {
}
/**
 * Scans one folder: inventory \u2192 read each file once \u2192 content rules \u2192 tree
 * rules \u2192 redacted, fingerprinted findings sorted by path and position.
 * `rules`: all of them (`RULES`) when not given.
 */
async function scan(options, rules) {
    const started = (0,clock/* clockStart */.v)();
    const root = external_node_path_.resolve(options.root);
    await assertFolder(root);
    await (0,globs/* loadGlobs */.wz)(...(0,globs/* globLists */.IX)(options));
    const maxFileSize = options.maxFileSize ?? types/* DEFAULT_MAX_FILE_SIZE */.S;
    const ignored = (0,globs/* pathMatcher */.kZ)(options.ignore ?? []);
    const wanted = options.paths ? within(options.paths) : null;
    // The paths asked for that hold something scanned: the others are named in the result.
    const matched = new Set();
    const keep = (e) => {
        if (ignored(e.path))
            return false;
        if (wanted === null)
            return true;
        const m = wanted(e.path);
        if (m !== null)
            matched.add(m);
        return m !== null;
    };
    const stats = (0,results/* emptyStats */.b)();
    const errors = [];
    const reader = new engine_read/* SafeReader */.H(root);
    const ruleIds = (rules?.map((r) => r.meta.id) ?? ids/* RULE_IDS */.I).filter((id) => options.rules?.[id] !== 'off');
    // Files an earlier scan found clean and that have not changed since are counted, not read.
    const known = options.cache ? new known_files/* KnownFiles */.t1(options.cache, { ...options, maxFileSize }, ruleIds, !options.paths) : null;
    const onChecked = known ? (f, stamp, outcome) => known.record(f.path, f.status, stamp, outcome) : undefined;
    const check = new LazyCheck((m) => new m.FolderCheck({ root, maxFileSize, options }, stats, rules, onChecked));
    let inv;
    let read = { errors: [], symlinks: [] };
    let settled = { findings: [], secretValues: [] };
    let checking = null;
    const entries = [];
    try {
        const indexed = options.noGit ? 0 : expectedEntries(root);
        // Files are read and checked while git is still listing them.
        const listing = inventory(root, { noGit: options.noGit, includeIgnored: options.includeIgnored }, (listed) => {
            const files = [];
            for (const e of listed) {
                if (!keep(e))
                    continue;
                entries.push(e);
                if (e.kind !== 'file')
                    continue;
                if (known?.has(e.path, e.status)) {
                    const stamp = reader.stampSync(e.path);
                    const clean = stamp && known.outcome(e.path, e.status, stamp);
                    if (clean) {
                        check.use((c) => c.addClean(clean.counts));
                        continue;
                    }
                }
                files.push(e);
            }
            // Anything listed is for the tree rules to see, even with no file to read.
            if (entries.length > 0)
                check.use((c) => c.add(files));
        });
        // In a repository git is listing by now (`inventory` starts it before it first waits), and
        // nearly always lists something: the rules are compiled meanwhile. A plain folder's first
        // entry loads them, and so does a work tree's top whose index holds nothing (a new
        // repository), so a scan with nothing to check never does.
        if (indexed > 0 && !options.paths)
            check.use((c) => c.expect(indexed));
        else if (indexed > 0 || (!options.noGit && !hasOwnGitDir(root) && (0,git/* mayBeInWorkTree */.h0)(root)))
            check.use(() => undefined);
        inv = await listing;
        // A baseline's entries are matched against the findings, even when there are none.
        if (options.baseline)
            check.use(() => undefined);
        checking = await check.loaded();
        if (checking)
            read = await checking.finish();
        known?.save();
    }
    catch (e) {
        await (await check.loaded().catch(() => null))?.abort();
        throw e;
    }
    // git already knows a tracked symlink for what it is; it is never opened.
    for (const e of entries)
        if (e.kind === 'symlink')
            stats.skipped.symlink++;
    errors.push(...read.errors);
    if (inv.gitProblem) {
        errors.push({
            path: '.',
            message: `git would not read this work tree (${inv.gitProblem}), so it was scanned as a plain folder, ignored files included; fix that (e.g. \`git config --global --add safe.directory <path>\`) or pass --no-git to scan it as a folder on purpose`,
        });
    }
    if (read.symlinks.length > 0) {
        const links = new Set(read.symlinks);
        for (const e of entries)
            if (e.kind === 'file' && links.has(e.path))
                e.kind = 'symlink';
    }
    if (checking) {
        settled = await checking.conclude({
            mode: inv.mode,
            entries,
            ...(inv.submodulePaths ? { submodulePaths: inv.submodulePaths } : {}),
            readText: async (rel) => {
                const out = reader.readSync(rel, maxFileSize);
                return out.kind === 'ok' ? (0,core_text/* textOf */.b6)(out) : null;
            },
        }, options);
    }
    const { findings, baseline, secretValues } = settled;
    if (baseline)
        stats.baseline = baseline;
    errors.sort((a, b) => (0,results/* compareStrings */.K)(a.path, b.path));
    stats.durationMs = (0,clock/* msSince */.X)(started);
    const result = { root, mode: inv.mode, findings, stats, errors, secretValues };
    if (options.paths) {
        const unmatched = [...new Set(options.paths.map(clean))].filter((p) => !matched.has(p)).sort(results/* compareStrings */.K);
        if (unmatched.length > 0)
            result.unmatched = unmatched;
    }
    return result;
}
const clean = (p) => p.replace(/\/+$/, '');
/** Which of the given paths `p` is, or is inside (given folders); null when none. */
function within(paths) {
    const wanted = new Set(paths.map(clean));
    return (p) => {
        if (wanted.has(p))
            return p;
        for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
            const dir = p.slice(0, i);
            if (wanted.has(dir))
                return dir;
        }
        return null;
    };
}
/** Whether `root` is the top of a work tree, with its own `.git` directory (not a file, as a linked work tree's is). */
function hasOwnGitDir(root) {
    try {
        return (0,external_node_fs_.lstatSync)(external_node_path_.join(root, '.git')).isDirectory();
    }
    catch {
        return false;
    }
}
async function assertFolder(root) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(root);
    }
    catch {
        throw new ScanInputError(`${root} does not exist: pass the folder to scan, e.g. \`leakproof .\``);
    }
    if (!st.isDirectory())
        throw new ScanInputError(`${root} is not a folder: pass the folder that contains it instead`);
}
/**
 * The checking half of the scan (check.ts), loaded the first time it is
 * asked for; what is asked of it before it is there waits, in order.
 */
class LazyCheck {
    make;
    ready = null;
    loading = null;
    waiting = [];
    constructor(make) {
        this.make = make;
    }
    /** Does `f` with the check, now or once it is loaded (and starts loading it). */
    use(f) {
        if (this.ready)
            return f(this.ready);
        this.waiting.push(f);
        if (this.loading)
            return;
        this.loading = Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(552), __webpack_require__.e(483), __webpack_require__.e(326)]).then(__webpack_require__.bind(__webpack_require__, 3326)).then((m) => {
            const c = this.make(m);
            for (const w of this.waiting)
                w(c);
            this.waiting = [];
            this.ready = c;
            return c;
        });
        // Seen where the scan waits for it (`loaded`).
        this.loading.catch(() => undefined);
    }
    /** The check, once everything asked of it is done; null when nothing ever asked. */
    loaded() {
        return this.loading ?? Promise.resolve(null);
    }
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;


/***/ }),

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ palette),
/* harmony export */   X: () => (/* binding */ colorEnabled)
/* harmony export */ });
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


/***/ }),

/***/ 9073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Control characters shown as visible escapes, so a scanned name or a message
 * quoting one cannot start a new line in a terminal or a CI log (where a line
 * starting with `::` is a workflow command). `keepTabs`: a tab stays one (a
 * diff's lines of Go, Java or PHP code are indented with them; a tab starts
 * no line).
 */
function printable(s, keepTabs = false) {
    return s.replace(keepTabs ? /[\u0000-\u0008\u000a-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 8621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ describeStats),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   hD: () => (/* binding */ locationOf)
/* harmony export */ });
/* unused harmony export formatBytes */
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


/***/ }),

/***/ 7585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RULE_IDS)
/* harmony export */ });
/**
 * Every rule's id, in the order of `RULES` (index.ts; a test holds the two
 * together). For what needs only the ids, without loading the rules: the
 * configuration's checks, the scan cache's key, a scan with nothing to check.
 */
const RULE_IDS = [
    'dotenv-file',
    'dotenv-template-secret',
    'hardcoded-secret-key',
    'secret-key-fallback',
    'git-embedded-repo',
    'git-internals',
    'git-credentials',
    'secret-file',
    'known-token',
    'unused-suppression',
];


/***/ })

};
;