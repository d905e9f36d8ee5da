/**
 * A monotonic clock for the durations a report gives. `performance.now()`
 * would do, but the first use of `performance` loads Node's performance
 * modules, a cost every scan would pay at start-up.
 */
export function clockStart(): bigint {
  return process.hrtime.bigint();
}

/** Whole milliseconds since `start`. */
export function msSince(start: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}
