import * as path from 'node:path';
import { lstat, writeFile } from 'node:fs/promises';
import { CONFIG_NAMES } from './load';
import { ConfigError } from './schema';

/** The file `leakproof init` writes: every key, commented out, with what it does. */
export const STARTER_CONFIG = `# leakproof configuration. Every key is optional; unknown keys and bad values are
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
# secretNames: [MAC_KEY, LICENSE_SIGNER]

# More dotenv key prefixes that are public by convention (like VITE_).
# publicEnvPrefixes: [MYAPP_PUBLIC_]

# Where paths live, when the built-in classification gets it wrong. Findings in
# development settings are at most warnings; in test, ci, build, example and docs
# contexts they are notices (live provider tokens stay errors everywhere).
# The seven contexts are production, development, test, ci, build, example and docs.
# contexts:
#   production: [".github/workflows/deploy.yml"]
#   test: ["qa/**"]

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
export async function writeStarterConfig(folder: string): Promise<string> {
  for (const name of CONFIG_NAMES) {
    const p = path.join(folder, name);
    const exists = await lstat(p).then(
      () => true,
      () => false,
    );
    if (exists) throw new ConfigError(`${p} already exists; edit it, or remove it first to start over`);
  }
  const target = path.join(folder, CONFIG_NAMES[0]);
  try {
    await writeFile(target, STARTER_CONFIG, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConfigError(`${target} already exists; edit it, or remove it first to start over`);
    throw new ConfigError(`cannot write ${target} (${code ?? 'error'}); run \`leakproof init\` in a folder you can write to`);
  }
  return target;
}
