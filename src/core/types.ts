/** Severity of a finding, from most to least severe. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * Where a line lives, which decides how urgent a finding there is: a
 * made-up key in a CI job is not a production leak. `production` is the
 * default; see `context.ts` for the classification and the severity policy.
 */
export type ContextName = 'production' | 'development' | 'test' | 'ci' | 'build' | 'example' | 'docs' | 'vendored';

/**
 * How a finding's fix differs from its rule's usual one: `empty-value`, a value in a dotenv file the application loads
 * at run time for its defaults, where a placeholder would become the value every deployment runs on; `keep-file`, a
 * tracked dotenv file that something in the repository needs (a compose file's `env_file:`, a script that ships it),
 * whose real values move out while the file stays; `provider-issued`, a credential a service issued (an object
 * store's secret key beside its access key), which no key made up locally can replace.
 */
export type Remedy = 'empty-value' | 'keep-file' | 'provider-issued';

export const CONTEXT_NAMES: readonly ContextName[] = ['production', 'development', 'test', 'ci', 'build', 'example', 'docs', 'vendored'];

/** How git sees a path: the three classes a user already knows, plus `plain` outside git. */
export type FileStatus = 'tracked' | 'untracked' | 'ignored' | 'plain';
