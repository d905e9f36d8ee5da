"use strict";
exports.id = 483;
exports.ids = [483];
exports.modules = {

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashSecret),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var _core_sha256__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7424);

/**
 * A stable id for a finding: the same rule, path and matched context give the
 * same fingerprint wherever the line moves. The secret only enters hashed.
 */
function fingerprint(ruleId, path, context, occurrence) {
    return (0,_core_sha256__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(`leakproof:v1\0${ruleId}\0${path}\0${context}\0${occurrence}`).slice(0, 32);
}
function hashSecret(value) {
    return (0,_core_sha256__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(`leakproof-secret\0${value}`).slice(0, 16);
}


/***/ }),

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ LineRanges)
/* harmony export */ });
/**
 * A set of line numbers kept as sorted, disjoint [start, end) pairs: the
 * lines a diff adds. A scan of a diff keeps only the findings on them, and
 * a rule may confine its work to the lines whose findings could land there
 * (see `FileContext.focus`).
 */
class LineRanges {
    pairs;
    /** `pairs`: [start, end) pairs in order, not overlapping. */
    constructor(pairs) {
        this.pairs = pairs;
    }
    has(line) {
        const i = this.firstEndingAfter(line);
        return i < this.pairs.length && this.pairs[i] <= line;
    }
    /** Whether any line from `from` to `to` (both included) is in the set. */
    touches(from, to) {
        const i = this.firstEndingAfter(from);
        return i < this.pairs.length && this.pairs[i] <= to;
    }
    /** The set with these lines added. */
    with(lines) {
        const extra = [...lines].filter((l) => !this.has(l)).sort((a, b) => a - b);
        if (extra.length === 0)
            return this;
        const all = [];
        for (let i = 0; i < this.pairs.length; i += 2)
            all.push([this.pairs[i], this.pairs[i + 1]]);
        for (const l of extra)
            all.push([l, l + 1]);
        all.sort((a, b) => a[0] - b[0]);
        const out = [];
        for (const [s, e] of all) {
            if (out.length > 0 && out[out.length - 1] >= s)
                out[out.length - 1] = Math.max(out[out.length - 1], e);
            else
                out.push(s, e);
        }
        return new LineRanges(out);
    }
    /** The same set always gives the same key. */
    get key() {
        return this.pairs.join(',');
    }
    /** Index (even) of the first pair whose end is past `line`, or `pairs.length`. */
    firstEndingAfter(line) {
        let lo = 0;
        let hi = this.pairs.length / 2;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.pairs[2 * mid + 1] <= line)
                lo = mid + 1;
            else
                hi = mid;
        }
        return 2 * lo;
    }
}


/***/ }),

/***/ 5483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ FindingCollector),
  Eg: () => (/* binding */ compareFindings),
  bD: () => (/* reexport */ results/* emptyStats */.b),
  nb: () => (/* binding */ enabledRules),
  I8: () => (/* binding */ ruleSettings)
});

// UNUSED EXPORTS: compareStrings, defaultLiteralSets, placeFinding

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(178);
// EXTERNAL MODULE: ./src/engine/line-ranges.ts
var line_ranges = __webpack_require__(6729);
// EXTERNAL MODULE: ./src/rules/lib/secret-names.ts
var secret_names = __webpack_require__(4730);
// EXTERNAL MODULE: ./src/rules/lib/env-keys.ts
var env_keys = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/engine/suppress-comments.ts
var suppress_comments = __webpack_require__(410);
// EXTERNAL MODULE: ./src/core/literal-set.ts + 3 modules
var literal_set = __webpack_require__(651);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/rules/lib/secret-value.ts
var secret_value = __webpack_require__(4847);
// EXTERNAL MODULE: ./src/rules/lib/token-formats.ts + 1 modules
var token_formats = __webpack_require__(5884);
// EXTERNAL MODULE: ./src/engine/results.ts
var results = __webpack_require__(4812);
;// CONCATENATED MODULE: ./src/core/examples-repository.ts
/**
 * Whether a whole repository is a collection of examples, by what it says of itself at its root: the README's title
 * ("Koa Examples", "Gin Examples"), its first sentence when it has no title ("Samples for
 * https://github.com/spring-projects/spring-security"; "A repository containing small examples to illustrate \u2026"),
 * or the root package's name (`koa-examples`). Each folder there is a small program that shows one thing, run on a
 * reader's machine; a key written in one is the example's, as it would be under an `examples/` folder.
 *
 * A single application that calls itself an example (`RealWorld Example App`, `Spring PetClinic Sample
 * Application`, `Wagtail demo project`) is not a collection: people clone such an application to start their own and
 * deploy it, keys included.
 */
/** The names a README at the root goes by, most common first. */
const README_NAMES = ['README.md', 'Readme.md', 'readme.md', 'README.adoc', 'README.rst', 'README.markdown', 'README.txt', 'README'];
/** Why the repository is a collection of examples (for a finding's message), or null when it says nothing of the kind. */
function examplesRepository(readme, manifest, readmeName = 'README.md') {
    const name = manifest === null ? null : packageName(manifest);
    if (name !== null && COLLECTION_NAME.test(name))
        return `the repository is a collection of examples: its package is named \`${name}\``;
    if (readme === null)
        return null;
    const opening = readmeOpening(readme, /\.rst$/i.test(readmeName));
    if (opening === null)
        return null;
    // Inline HTML in the title is markup, not words (`# <span>Keycloak</span> Quickstarts`).
    const title = opening.title ? opening.text.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim() : '';
    if (opening.title && COLLECTION_TITLE.test(title))
        return `the repository is a collection of examples: its README is titled "${title}"`;
    // With no title, a first sentence that says so ("Samples for https://github.com/spring-projects/spring-security");
    // after a title, only one whose subject is the repository ("A repository containing small examples \u2026").
    if (!opening.title && (EXAMPLES_FOR.test(opening.text) || REPOSITORY_OF_EXAMPLES.test(opening.text)))
        return 'the repository is a collection of examples, as its README opens by saying';
    if (opening.title && opening.next !== null && REPOSITORY_OF_EXAMPLES.test(opening.next))
        return 'the repository is a collection of examples, as its README opens by saying';
    return null;
}
/** An inline HTML tag: `<span>`, `</span>`, `<img src="\u2026">`. */
const INLINE_TAG = /<\/?[A-Za-z][^<>]{0,200}>/g;
/** A package named as a collection: `koa-examples`, `@acme/examples`, `examples` (not `drum-samples`: sounds). */
const COLLECTION_NAME = /^(?:@[\w.-]+\/)?(?:[\w.-]+[-_.])?(?:examples|quickstarts)$/i;
/**
 * A title whose last word is `Examples`, `Samples` or `Quickstarts`, in a few words: "Koa Examples", "Spring Security
 * Samples", "Keycloak Quickstarts".
 */
const COLLECTION_TITLE = /^(?:[\w.@+#-]+ ){0,4}(?:examples|samples|quickstarts)$/i;
/** A first sentence, with no title before it, that says what follows is examples: "Samples for \u2026". */
const EXAMPLES_FOR = /^(?:examples|samples) (?:for|of|using|showing)\b/i;
/** A sentence whose subject is the repository and says it holds examples: "A repository containing small examples \u2026". */
const REPOSITORY_OF_EXAMPLES = /^(?:a |this )?(?:repository|repo|collection|set) (?:containing|of|with|that (?:contains|holds)) (?:a few |some |many |small |simple |various |runnable |minimal )*(?:examples|samples)\b/i;
function packageName(manifest) {
    try {
        const parsed = JSON.parse(manifest);
        if (parsed !== null && typeof parsed === 'object' && typeof parsed.name === 'string')
            return parsed.name;
    }
    catch {
        // Not JSON: no name.
    }
    return null;
}
/** How many lines of a README are read for its title and first sentence (badges and images come first). */
const OPENING_LINES = 40;
/** Longer lines are read no further than whether they are decoration (a row of badges): no title or sentence is so long. */
const MAX_LINE = 300;
/**
 * The README's title (its first heading: a Markdown `#` one, a line underlined with `=`, an AsciiDoc `=` one) or,
 * before any, its first line of prose; badges, images, HTML and attributes skipped. Null when the first heading is
 * another kind (`##`, HTML's `<h1>`: what the README is titled is not known) or nothing is found.
 */
function readmeOpening(readme, rst) {
    let title = null;
    let from = 0;
    let next = readme.indexOf('\n');
    const lineAt = (start, end) => readme.slice(start, end < 0 ? readme.length : end).replace(/\r$/, '').trim();
    for (let n = 0; n < OPENING_LINES && from <= readme.length; n++) {
        const line = lineAt(from, next);
        const after = next < 0 ? readme.length + 1 : next + 1;
        const following = after > readme.length ? '' : lineAt(after, readme.indexOf('\n', after));
        from = after;
        next = from > readme.length ? -1 : readme.indexOf('\n', from);
        if (line === '')
            continue;
        if (line.startsWith('<')) {
            if (/^<h[1-6]\b/i.test(line) || line.toLowerCase().includes('<h1'))
                return title === null ? null : { text: title, title: true, next: null };
            continue;
        }
        if (DECORATION.test(line.slice(0, 16)))
            continue;
        // A long line is read by its first characters: a sentence's subject and verb come first.
        if (line.length > MAX_LINE) {
            if (headingLevel(line) > 0)
                return title === null ? null : { text: title, title: true, next: null };
            const start = plain(line.slice(0, MAX_LINE));
            return title === null ? { text: start, title: false, next: null } : { text: title, title: true, next: start };
        }
        let text = null;
        let isTitle = false;
        const level = headingLevel(line);
        if (level > 0) {
            // The first heading is the title only when it is a first-level one.
            if (title === null && level > 1)
                return null;
            text = plain(line.slice(level).replace(TRAILING_MARKS, ''));
            isTitle = level === 1;
        }
        else if (/^={3,}$/.test(following) && following.length >= line.length) {
            text = plain(line);
            isTitle = true;
            from = after + following.length + 1;
            next = from > readme.length ? -1 : readme.indexOf('\n', from);
            n++;
        }
        else if (/^-{3,}$/.test(following) && following.length >= line.length) {
            // Underlined with `-`: reStructuredText's first level when it is its first underline; Markdown's second.
            if (title === null && !rst)
                return null;
            text = plain(line);
            isTitle = title === null;
            from = after + following.length + 1;
            next = from > readme.length ? -1 : readme.indexOf('\n', from);
            n++;
        }
        else if (!UNDERLINE.test(line)) {
            text = plain(line);
        }
        if (text === null || text === '')
            continue;
        if (title !== null)
            return { text: title, title: true, next: isTitle || level > 0 ? null : text };
        if (!isTitle)
            return { text, title: false, next: null };
        title = text;
    }
    return title === null ? null : { text: title, title: true, next: null };
}
/** How deep a Markdown (`#`) or AsciiDoc (`=`) heading is, or 0 for a line that is none. */
function headingLevel(line) {
    const mark = line[0];
    if (mark !== '#' && mark !== '=')
        return 0;
    let i = 0;
    while (i < line.length && line[i] === mark)
        i++;
    return i <= 6 && (line[i] === ' ' || line[i] === '\t') ? i : 0;
}
/** A heading's closing marks (`# Title #`) and the spaces around them. */
const TRAILING_MARKS = /[ \t]+[#=]*[ \t]*$|[ \t]*$/;
/** Lines that are no prose, by how they start: badges, images, AsciiDoc attributes and blocks, comments, rules, tables. */
const DECORATION = /^(?:\[!\[|!\[|image::?|:[\w-]+:|\/\/|\.\.|\[[\w#.-]*\]$|-{3,}$|\*{3,}$|_{3,}$|\|)/;
const UNDERLINE = /^(?:={3,}|-{3,}|~{3,}|\*{3,}|#{3,})$/;
/** A line's words as read: links and emphasis unwrapped, images and badges dropped, spaces collapsed. */
function plain(text) {
    return text
        .replace(/!\[[^\]]{0,300}\]\([^)]{0,300}\)/g, '')
        .replace(/\[([^\]]{0,300})\]\([^)]{0,300}\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.:!]$/, '');
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts














/**
 * What the rules are told. `overrides` are the configuration's compiled
 * `contexts:` globs; worker threads go without them, since findings are
 * placed on the main thread (`FindingCollector.finish`).
 */
function ruleSettings(opts, overrides = []) {
    return {
        secretNames: new secret_names/* SecretNames */.Np(opts.secretNames ?? []),
        publicEnvPrefixes: [...env_keys/* PUBLIC_ENV_PREFIXES */.tW, ...(opts.publicEnvPrefixes ?? [])],
        contexts: new core_context/* ContextClassifier */.NU(overrides),
    };
}
/** The rules a scan runs: all but those the configuration turns `off`. */
function enabledRules(rules, levels) {
    return rules.filter((r) => levels?.[r.meta.id] !== 'off');
}
/** One file as the rules see it: decoding, splitting and the word search are paid only by files a rule asks. */
class FileView {
    settings;
    group;
    counts;
    path;
    name;
    status;
    head;
    body;
    bytes;
    size;
    decoded;
    split;
    searchable;
    found;
    memoMap;
    /** Where findings are wanted, when only some lines' are (see `FileContext.focus`). */
    focus;
    constructor(input, readable, settings, group, counts) {
        this.settings = settings;
        this.group = group;
        this.counts = counts;
        this.path = input.path;
        this.name = input.path.slice(input.path.lastIndexOf('/') + 1);
        this.status = input.status;
        this.head = input.head;
        this.body = readable ? input.body : null;
        this.bytes = input.body ?? input.head;
        this.size = input.size;
    }
    get context() {
        return this.settings.contexts.of(this.path).context;
    }
    get text() {
        if (this.decoded === undefined)
            this.decoded = this.body === null ? null : (0,core_text/* decode */.D4)(this.body);
        return this.decoded;
    }
    get lines() {
        if (this.split === undefined) {
            const t = this.text;
            const split = t === null ? { lines: [], longLines: 0 } : (0,core_text/* splitLines */.uz)(t);
            this.counts.longLines += split.longLines;
            this.split = split.lines;
        }
        return this.split;
    }
    contains(set) {
        if (this.body === null)
            return false;
        // Every literal is ASCII: a latin1 view of a UTF-16 file's decoded text keeps them intact.
        this.searchable ??= (0,core_text/* hasUtf16Bom */.Vt)(this.body) ? Buffer.from(this.text, 'latin1') : this.body;
        const bit = this.group.bit(set);
        if (bit === 0)
            return set.test(this.searchable);
        this.found ??= this.group.find(this.searchable);
        return (this.found & bit) !== 0;
    }
    get memo() {
        return (this.memoMap ??= new Map());
    }
    /** See `FileOutcome.quiet`. */
    get quiet() {
        const body = this.body;
        if (body === null || (0,core_text/* hasUtf16Bom */.Vt)(body))
            return false;
        // A file is read only when its head holds no NUL (`isBinary`): only the bytes after the head are looked at.
        const sniffed = Math.min(this.head.length, core_text/* SNIFF_BYTES */.dD);
        if (body.length > sniffed && body.indexOf(0, sniffed) >= 0)
            return false;
        this.searchable ??= body;
        this.found ??= this.group.find(body);
        return this.found === 0;
    }
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
    /** Some file rule reads every file (it has no `literals`); else `readersByPath` say which (`readsAnyway`). */
    readsEvery;
    readersByPath;
    constructor(rules, settings, stats) {
        this.rules = rules;
        this.settings = settings;
        this.stats = stats;
        this.fileRules = rules.filter((r) => r.checkFile);
        this.literals = literalGroup(this.fileRules, rules, settings);
        this.readsEvery = this.fileRules.some((r) => !r.literals);
        this.readersByPath = this.fileRules.filter((r) => r.readsAnyway);
    }
    /**
     * Runs the file rules over one file. `keepLine`, when given, limits
     * line findings to the lines it accepts (e.g. the added lines of a diff);
     * given as `LineRanges`, the rules are also told (`FileContext.focus`),
     * so they may skip the work whose findings could only land elsewhere.
     */
    addFile(input, keepLine) {
        this.addOutcome(this.checkFile(input, keepLine));
    }
    /**
     * What `addFile` adds for one file, without adding it. `quiet` is worked
     * out only when asked (`FileOutcome.quiet`); it costs a pass over the bytes.
     */
    checkFile(input, keepLine, askQuiet = false) {
        const counts = { files: 0, bytes: 0, tooLarge: 0, binary: 0, longLines: 0 };
        const readable = input.body !== null && !(0,core_text/* isBinary */.Go)(input.head);
        if (input.body === null)
            counts.tooLarge++;
        else if (!readable)
            counts.binary++;
        else {
            counts.files++;
            counts.bytes += input.size;
        }
        const ranges = keepLine instanceof line_ranges/* LineRanges */.R ? keepLine : undefined;
        const kept = ranges ? (line) => ranges.has(line) : keepLine;
        let keep = kept;
        let focus = ranges;
        let fileComments = null;
        const view = new FileView(input, readable, this.settings, this.literals, counts);
        // Most files hold none of the rules' literals: no rule reports on them (`Rule.literals`), unless it
        // reads their path anyway. One search of their bytes answers for every rule.
        if (readable && view.quiet && !this.readsAnyway(input.path))
            return { found: [], comments: null, counts, quiet: askQuiet };
        if (view.contains(SUPPRESSION_MARK)) {
            const comments = (0,suppress_comments/* findSuppressionComments */.Du)(input.path, view.lines, kept);
            if (comments.length > 0)
                fileComments = { path: input.path, status: input.status, comments };
            // A `-next-line` comment the change adds above an old line hides what that line holds: look at it too.
            // Only what the comment hides is kept from that line: the rest of it was there before.
            if (kept) {
                const guarded = new Map();
                for (const c of comments) {
                    if (!c.nextLine || !kept(c.line))
                        continue;
                    guarded.set(c.line + 1, c.rules);
                    c.reportable = true;
                }
                if (guarded.size > 0) {
                    keep = (line, ruleId) => {
                        if (kept(line))
                            return true;
                        const rules = guarded.get(line);
                        return rules !== undefined && (rules.length === 0 || rules.includes(ruleId));
                    };
                    focus = focus?.with(guarded.keys());
                }
            }
        }
        view.focus = focus;
        const found = [];
        for (const rule of this.fileRules) {
            for (const f of rule.checkFile(view)) {
                if (keep && f.line !== undefined && !keep(f.line, rule.meta.id))
                    continue;
                found.push({ ruleId: rule.meta.id, finding: { ...f, path: input.path, status: input.status } });
            }
        }
        return { found, comments: fileComments, counts, quiet: askQuiet && view.quiet };
    }
    /** Adds what `checkFile` gave (again, for a file of the same path and content). */
    addOutcome(outcome) {
        const { counts } = outcome;
        this.stats.files += counts.files;
        this.stats.bytes += counts.bytes;
        this.stats.skipped.tooLarge += counts.tooLarge;
        this.stats.skipped.binary += counts.binary;
        this.stats.longLines += counts.longLines;
        if (outcome.comments)
            this.comments.push({ ...outcome.comments, comments: outcome.comments.comments.map((c) => ({ ...c })) });
        for (const { ruleId, finding } of outcome.found)
            this.push(ruleId, { ...finding });
    }
    /**
     * Whether a file rule may report anything on a file at `path` whose bytes
     * hold no literal of any rule and no NUL byte (see `Rule.literals`): when
     * not, a scan that knows a file's bytes are such need not read it.
     */
    readsAnyway(path) {
        if (this.readsEvery)
            return true;
        const name = path.slice(path.lastIndexOf('/') + 1);
        for (let i = 0; i < this.readersByPath.length; i++)
            if (this.readersByPath[i].readsAnyway(path, name, this.settings))
                return true;
        return false;
    }
    /** Whether bytes hold a literal of any rule (or of a suppression comment) or a NUL byte. */
    holdsLiterals(bytes) {
        return bytes.indexOf(0) >= 0 || this.literals.find(bytes) !== 0;
    }
    async addTree(tree) {
        for (const rule of this.rules) {
            if (!rule.checkTree)
                continue;
            for (const pf of await rule.checkTree(tree))
                this.push(rule.meta.id, pf);
        }
        for (const rule of this.rules) {
            if (!rule.reviseWithTree)
                continue;
            const own = this.raw.filter((f) => this.ruleOf.get(f) === rule.meta.id);
            if (own.length > 0)
                await rule.reviseWithTree(own, tree);
        }
        // A repository that is a collection of examples places what its paths leave in production: its README and
        // package are read only when a finding sits there.
        // `finish` clears the placement: the settings outlive one tree, and a history scan checks every commit's with them.
        const contexts = this.settings.contexts;
        if (this.raw.some((f) => contexts.of(f.path).context === 'production')) {
            let readme = null;
            let readmeName = '';
            for (const name of README_NAMES) {
                readme = await tree.readText(name);
                readmeName = name;
                if (readme !== null)
                    break;
            }
            const why = examplesRepository(readme, await tree.readText('package.json'), readmeName);
            if (why !== null)
                contexts.placeRepository({ context: 'example', why });
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
        this.ruleOf.set(found, ruleId);
        this.raw.push(found);
    }
    /** Every finding with its context and the severity the policy gives it there; doc placeholders dropped. */
    placed() {
        const byId = new Map(this.rules.map((r) => [r.meta.id, r]));
        const raw = [];
        const ruleOf = new Map();
        // A key also written where it keeps its severity (production code, a build, the docs) is trusted there:
        // its copies in tests, CI jobs and examples are told how to replace it too.
        const keysInUse = new Set();
        for (const f of this.raw) {
            if ((f.policy === 'private-key' || f.policy === 'login-key') && f.secret !== undefined && !keyMadeFor(f.policy, f.context ?? this.settings.contexts.of(f.path).context))
                keysInUse.add(f.secret);
        }
        for (const r of this.raw) {
            const f = r.madeUpMessage !== undefined && (r.policy === 'private-key' || r.policy === 'login-key') && keysInUse.has(r.secret ?? '') ? { ...r, madeUpMessage: undefined } : r;
            const ruleId = this.ruleOf.get(r);
            const rule = byId.get(ruleId);
            const pf = placeFinding(f, rule?.meta.severity ?? 'error', rule?.meta.policy ?? 'secret', this.settings.contexts);
            if (pf === null)
                continue;
            ruleOf.set(pf, ruleId);
            raw.push(pf);
        }
        return { raw, ruleOf };
    }
    /**
     * Redacted, fingerprinted findings in report order, the raw values behind
     * them, and the suppression comments seen (for `settle` in suppress.ts).
     */
    finish() {
        const secretValues = new Set();
        const { raw, ruleOf } = this.placed();
        // The repository's placement was this tree's: the next tree a history scan checks with these settings starts
        // without it, from its files on.
        this.settings.contexts.placeRepository(null);
        const findings = finalize(raw, ruleOf, this.rules, secretValues);
        return { findings, secretValues: [...secretValues].sort(), comments: this.comments };
    }
}
/**
 * Gives a finding its context (the configuration's, else the section's the
 * rule named, else the file's) and caps its severity by the policy for that
 * context, saying why in the message when it was lowered. Placeholders in
 * documentation are the advice itself: they are dropped (null).
 */
function placeFinding(f, ruleSeverity, policy, contexts) {
    const file = contexts.of(f.path);
    // A section refines production or development code; a section of a test or an example stays there,
    // and a path the configuration placed stays where it put it.
    const refines = f.context !== undefined && !file.configured && (file.context === 'production' || file.context === 'development');
    const placed = refines ? { context: f.context, why: f.contextWhy ?? f.context } : file;
    if (placed.context === 'docs' && f.secret !== undefined && (f.policy === 'private-key' || (f.policy === 'login-key' && KEY_MATERIAL_KEYS.has(f.key ?? '')) ? (0,token_formats/* isExamplePemBody */.bP)(f.secret) || (0,secret_value/* isPlaceholder */.wK)(f.secret) : (0,secret_value/* isDocPlaceholder */.KN)(f.secret)))
        return null;
    const own = f.severity ?? ruleSeverity;
    const policyClass = f.policy ?? policy;
    // A provider's token in the shape of its documentation's placeholder (AWS's `AKIAIOSFODNN7EXAMPLE`) is what a test,
    // a CI job or an example needs where a token goes: nothing to change there.
    if (policyClass === 'token' && core_context/* MADE_UP */.UZ.has(placed.context) && f.secret !== undefined && (0,secret_value/* isDocPlaceholder */.KN)(f.secret))
        return null;
    const severity = (0,core_context/* cappedSeverity */.HI)(own, policyClass, placed.context);
    const { policy: _policy, madeUpMessage, ...rest } = f;
    // The message for a value made for the occasion: a secret's in any made-up context, a key's where the policy lowers
    // a key's severity (elsewhere a key is told how to replace it, as it may be trusted).
    const madeUp = madeUpMessage !== undefined && (policyClass === 'secret' ? core_context/* MADE_UP */.UZ.has(placed.context) : keyMadeFor(policyClass, placed.context));
    const message = madeUp ? madeUpMessage : f.message;
    if (severity === own)
        return { ...rest, context: placed.context, contextWhy: placed.why, message };
    return { ...rest, severity, context: placed.context, contextWhy: placed.why, message: `${message} (${severity}: ${placed.why})` };
}
/**
 * Whether a key in `context` is most likely made for its use there, so told it may stay: where the policy lowers its
 * severity (for a private key: tests, CI jobs, examples, development setups, vendored code; for a key that logs in,
 * tests and vendored code), not where it keeps it (production code, builds, documentation a key is published in).
 */
function keyMadeFor(policy, context) {
    return (policy === 'private-key' || policy === 'login-key') && core_context/* SEVERITY_CAPS */["in"][policy][context] !== null;
}
const SUPPRESSION_MARK = new literal_set/* LiteralSet */.gv([{ text: suppress_comments/* DIRECTIVE */.Eq, caseless: false }]);
/**
 * The literal group of a rule list under some settings, built once: its
 * search tables take milliseconds to build, and a history scan makes a
 * collector for every commit.
 */
const GROUPS = new WeakMap();
function literalGroup(fileRules, rules, settings) {
    let bySettings = GROUPS.get(settings);
    if (!bySettings)
        GROUPS.set(settings, (bySettings = new WeakMap()));
    let group = bySettings.get(rules);
    if (!group)
        bySettings.set(rules, (group = new literal_set/* LiteralGroup */.ro(literalSets(fileRules, settings))));
    return group;
}
function literalSets(fileRules, settings) {
    return [SUPPRESSION_MARK, ...fileRules.flatMap((r) => r.literals?.(settings) ?? [])];
}
/** The literal sets a scan with these rules and the default settings searches for (see literal-placements.ts). */
function defaultLiteralSets(rules) {
    return literalSets(rules.filter((r) => r.checkFile), ruleSettings({}));
}
/** Orders findings by path, then position, then rule: the order every report uses. */
function compareFindings(a, b) {
    return ((0,results/* compareStrings */.K)(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        (0,results/* compareStrings */.K)(a.ruleId, b.ruleId) ||
        (0,results/* compareStrings */.K)(a.message, b.message));
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
    // The most severe finding that a file is itself the secret, by path; the findings of the key material inside.
    const wholeFiles = new Map();
    const keyMaterial = new Set();
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
            context: f.context ?? 'production',
            ...(f.contextWhy !== undefined ? { contextWhy: f.contextWhy } : {}),
            ...(f.remedy !== undefined ? { remedy: f.remedy } : {}),
        };
        const context = `${f.key ?? ''}\0${f.secret !== undefined ? (0,fingerprint/* hashSecret */.D)(f.secret) : ''}`;
        out.push({ finding, context });
        if (f.key !== undefined && KEY_MATERIAL_KEYS.has(f.key))
            keyMaterial.add(finding);
        const whole = wholeFiles.get(f.path);
        if (f.wholeFile && (!whole || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[whole.severity]))
            wholeFiles.set(f.path, finding);
    }
    const kept = oncePerLine(oneFindingPerSpan(withinWholeFiles(out, wholeFiles, keyMaterial), rules));
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
 * One finding for a value that a rule reports twice on one line in the same words (a token stored as both the
 * `username` and the `token` of one record): one secret to deal with, and one annotation on the line. The most
 * severe is kept, then the first on the line. Findings that name what holds the value (`SECRET_KEY = JWT_SECRET =
 * '\u2026'`) read differently and are each kept, since each holder is fixed on its own.
 */
function oncePerLine(found) {
    const first = new Map();
    const drop = new Set();
    found.forEach(({ finding: f, context }, i) => {
        if (f.secret === undefined || f.line === undefined)
            return;
        const at = `${f.ruleId}\0${f.path}\0${f.line}\0${context}\0${f.message}`;
        const j = first.get(at);
        if (j === undefined) {
            first.set(at, i);
            return;
        }
        const other = found[j].finding;
        const rank = SEVERITY_RANK[f.severity] - SEVERITY_RANK[other.severity];
        const better = rank > 0 || (rank === 0 && (f.column ?? 0) < (other.column ?? 0));
        drop.add(better ? j : i);
        if (better)
            first.set(at, i);
    });
    return drop.size === 0 ? found : found.filter((_, i) => !drop.has(i));
}
/** The keys (fingerprint contexts) of findings of private key material: PEM blocks, bare DER keys, private JWKs. */
const KEY_MATERIAL_KEYS = new Set(['pem-private-key', 'der-private-key', 'base64-pem-private-key', 'jwk-private-key', 'jwk-symmetric-key', 'gcp-service-account-key']);
/**
 * One finding per key file: in a file that a finding says is itself the
 * secret (`wholeFile`), another rule's finding of the key material inside
 * that is no more severe (the PEM block of an `id_rsa`) says the same thing
 * again and is dropped. Any other secret in the file (a token beside the key
 * in an OpenVPN profile) is a finding of its own.
 */
function withinWholeFiles(items, wholeFiles, keyMaterial) {
    if (wholeFiles.size === 0)
        return items;
    return items.filter(({ finding: f }) => {
        const whole = wholeFiles.get(f.path);
        return whole === undefined || whole.ruleId === f.ruleId || !keyMaterial.has(f) || SEVERITY_RANK[f.severity] > SEVERITY_RANK[whole.severity];
    });
}
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


/***/ }),

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ findSuppressionComments),
/* harmony export */   Eq: () => (/* binding */ DIRECTIVE),
/* harmony export */   zc: () => (/* binding */ NEXT_LINE)
/* harmony export */ });
/* unused harmony export scrubReason */
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2393);
/* harmony import */ var _rules_lib_secret_value__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4847);


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
        // Scrubbed whole before it is cut, so a secret at the cut is never left half shown.
        const reason = sep ? scrubReason(rest.slice(sep.index + sep[0].length).trim()).slice(0, MAX_REASON).trimEnd() : '';
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
    // `/** \u2026 */` opens a block comment too.
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


/***/ })

};
;