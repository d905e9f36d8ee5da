"use strict";
exports.id = 950;
exports.ids = [950];
exports.modules = {

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ORG_LIST_SPEC: () => (/* binding */ ORG_LIST_SPEC),
  ORG_LIST_USAGE: () => (/* binding */ ORG_LIST_USAGE),
  parseOrgListArgs: () => (/* binding */ parseOrgListArgs),
  runOrgList: () => (/* binding */ runOrgList)
});

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
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
        'user-agent': `leakproof/${version/* VERSION */.xv}`,
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

// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/cli/subcommands/org-list.ts




const ORG_LIST_USAGE = `Usage: leakproof org list --org NAME [--topic T] [--include-archived] [--include-forks] [--chunk N]
                         [--token TOKEN]
Prints a JSON array of chunks of "owner/name" strings, each at most ${MAX_MATRIX_JOBS} long (one matrix each).
The token comes from --token or GITHUB_TOKEN; GITHUB_API_URL selects GitHub Enterprise Server.
`;
/** `ORG_LIST_USAGE` describes these. */
const ORG_LIST_SPEC = {
    command: 'org list',
    options: [
        { name: '--org', value: 'NAME' },
        { name: '--topic', value: 'TOPIC' },
        { name: '--chunk', value: 'N' },
        { name: '--token', value: 'TOKEN' },
        { name: '--include-archived' },
        { name: '--include-forks' },
        options/* HELP_OPTION */.E4,
    ],
};
function parseOrgListArgs(argv, env) {
    const p = (0,options/* parseOptions */.Ac)(ORG_LIST_SPEC, argv);
    if (p.has('--help'))
        return 'help';
    if (p.positionals.length > 0)
        throw new options/* UsageError */.eb(`org list takes no positional arguments (got ${p.positionals.join(' ')})`);
    const org = p.value('--org');
    if (!org)
        throw new options/* UsageError */.eb('org list needs --org NAME');
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})$/.test(org))
        throw new options/* UsageError */.eb(`--org takes an organisation login such as my-org (got "${org}")`);
    const size = p.value('--chunk') ?? String(MAX_MATRIX_JOBS);
    if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_MATRIX_JOBS) {
        throw new options/* UsageError */.eb(`--chunk takes a number of repositories per matrix from 1 to ${MAX_MATRIX_JOBS} (got "${size}")`);
    }
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    if (!/^https?:\/\/[^\s]+$/.test(apiUrl))
        throw new options/* UsageError */.eb(`GITHUB_API_URL must be an http(s) URL (got "${apiUrl}")`);
    const cmd = {
        org,
        includeArchived: p.has('--include-archived'),
        includeForks: p.has('--include-forks'),
        chunkSize: Number(size),
        apiUrl,
    };
    const topic = p.value('--topic');
    if (topic !== undefined) {
        if (topic === '')
            throw new options/* UsageError */.eb('--topic needs a topic name');
        cmd.topic = topic;
    }
    const token = p.value('--token') || env.GITHUB_TOKEN;
    if (token)
        cmd.token = token;
    return cmd;
}
/** `leakproof org list`: the organisation's repositories as matrix-sized chunks on stdout, a summary on stderr. */
function runOrgList(argv, io) {
    return (0,exit/* guarded */.Nj)(io, async () => {
        const cmd = parseOrgListArgs(argv, io.env);
        if (cmd === 'help') {
            io.stdout.write(ORG_LIST_USAGE);
            return exit/* EXIT_OK */.Ij;
        }
        const listing = await listOrgRepos(cmd.org, { topic: cmd.topic, includeArchived: cmd.includeArchived, includeForks: cmd.includeForks }, { apiUrl: cmd.apiUrl, token: cmd.token });
        const chunks = chunk(listing.repositories, cmd.chunkSize);
        const ex = listing.excluded;
        const left = [
            ex.archived ? `${ex.archived} archived` : '',
            ex.forks ? (0,stats/* plural */.LS)(ex.forks, 'fork') : '',
            ex.topic ? `${ex.topic} without topic ${cmd.topic}` : '',
            ex.disabled ? `${ex.disabled} disabled` : '',
        ].filter(Boolean);
        io.stderr.write(`leakproof: ${(0,stats/* plural */.LS)(listing.repositories.length, 'repository', 'repositories')} in ${cmd.org}` +
            `${left.length ? ` (left out: ${left.join(', ')})` : ''}, ${(0,stats/* plural */.LS)(chunks.length, 'chunk')} of at most ${cmd.chunkSize}\n`);
        // One line, so it fits a GITHUB_OUTPUT `name=value` entry.
        io.stdout.write(JSON.stringify(chunks) + '\n');
        return exit/* EXIT_OK */.Ij;
    }, () => true);
}


/***/ })

};
;