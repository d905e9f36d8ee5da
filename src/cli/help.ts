import { VERSION } from '../version';

export const HELP = `leakproof ${VERSION}: finds dotenv files, hardcoded signing secrets and git internals
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
findings show a redacted form such as "djan…(50 chars)".

A comment "leakproof-ignore [rule-id …] [-- reason]" on a flagged line, or
"leakproof-ignore-next-line …" on the line before it, suppresses a finding. Suppressed
findings never fail the run; they are counted, and listed in JSON and with
--show-suppressed. A suppression comment that suppresses nothing is a notice.
`;
