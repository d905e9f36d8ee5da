import type { Io } from './run';
import { UsageError } from './options';
import { ConfigError } from '../config/schema';
import { BaselineError } from '../engine/baseline';
import { ScanInputError } from '../engine/scan';

export const EXIT_OK = 0;
/** A finding reached --fail-on (fix: some findings need a person). */
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** `report merge`: a report could not be read and was skipped; the merge went on without it. */
export const EXIT_SKIPPED = 3;

/** Errors of the scan whose message already says what to do: no hint about LEAKPROOF_DEBUG. */
export function isScanInputError(e: unknown): boolean {
  return e instanceof ConfigError || e instanceof BaselineError || e instanceof ScanInputError;
}

/**
 * Runs a command with the CLI's error conventions: one line on stderr, exit 2,
 * no stack trace unless LEAKPROOF_DEBUG is set. A usage error's message is the
 * line; so is any error `explained` accepts; any other error's message gets a
 * pointer to LEAKPROOF_DEBUG.
 */
export async function guarded(io: Io, body: () => Promise<number>, explained: (e: unknown) => boolean): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const hint = e instanceof UsageError || explained(e) || io.env.LEAKPROOF_DEBUG ? '' : ' (set LEAKPROOF_DEBUG=1 for details)';
    io.stderr.write(`leakproof: ${msg}${hint}\n`);
    if (io.env.LEAKPROOF_DEBUG && !(e instanceof UsageError) && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}
