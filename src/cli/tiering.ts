/**
 * V8's tiering, tuned for a scan: a run of a second or less whose hot code
 * (the rules' line analysis) is a few hundred small functions, each hot for
 * a moment. V8 optimises a function once it has run for an interrupt budget
 * of bytecode; at the default budget a scan of a 5,000-file checkout has
 * TurboFan compile about 220 functions, most of them in the run's first half
 * and on the same two cores as the scan, and they are not used long enough
 * to pay that back. Six times the budget leaves about 70, the ones that run
 * longest, and spends about a quarter less processor time (0.81–0.92 s of
 * user time against 0.51–0.74 s; see docs/performance.md for wall-clock
 * figures).
 *
 * Only on V8 11 (Node 20 and 21), where it was measured: later V8 comes
 * to decide by invocation counts (`--invocation-count-for-turbofan`), Node
 * 22.1 and later keep compiled code themselves (this is then never called),
 * and V8 prints a flag it does not know to stderr. V8's flags are part of the tag
 * that names cached code, so this is set before any cached code is read or
 * written (`code-cache.ts`).
 */
export const INTERRUPT_BUDGET = 400_000;

interface FlagSetter {
  setFlagsFromString(flags: string): void;
}

/** Sets the tuned budget where this V8 has the flag; true when it did. */
export function tuneTiering(v8: FlagSetter, v8Version: string = process.versions.v8): boolean {
  if (Number.parseInt(v8Version, 10) !== 11) return false;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
