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
 * costs a fixed, small number of instructions.
 *
 * A bucket admits every mix of its fingerprints' nibbles, so with many
 * literals most flagged positions hold none of them. The (folded) bytes at
 * each flagged position, three and four of them, are therefore hashed and
 * looked up in a bitmap of the fingerprints' hashes before the step is
 * handed back; the caller confirms what passes byte by byte.
 *
 * The module is assembled here, byte by byte, rather than shipped as a
 * binary: it is one short function and needs no toolchain to rebuild.
 */

/** Bytes in a fingerprint. */
export const FINGERPRINT = 4;
/** Groups of eight buckets. */
export const GROUPS = 2;

/**
 * Memory layout: the mask of the positions of the last step returned that
 * some bucket flagged (a 32-bit word, 16 bits used), then the masks (for
 * each group and fingerprint byte, 16 low-nibble entries and 16 high-nibble
 * entries), then the fingerprint bitmap, then the input.
 */
export const POSITIONS = 0;
export const MASKS = POSITIONS + 16;
/** One bit for each 16-bit hash of a fingerprint's folded bytes (see `fingerprintHash`). */
export const BITMAP = MASKS + 32 * FINGERPRINT * GROUPS;
export const BITMAP_BYTES = 8192;
export const INPUT = BITMAP + BITMAP_BYTES;

/**
 * The hash the bitmap is indexed by: a fingerprint's first four bytes (or
 * three, for a fingerprint of three), each folded by setting bit 0x20, as a
 * little-endian word multiplied (Fibonacci hashing) down to 16 bits.
 */
export function fingerprintHash(bytes: ArrayLike<number>, at: number, length: 3 | 4): number {
  let word = 0;
  for (let k = 0; k < length; k++) word |= (bytes[at + k]! | 0x20) << (8 * k);
  return Math.imul(word, HASH_MULTIPLIER) >>> 16;
}
const HASH_MULTIPLIER = 0x9e3779b1 | 0;
/** Bytes past the input that a step may read (16 lanes and the rest of a fingerprint), zeroed. */
export const PADDING = 32;

const PAGE = 65536;

export interface SimdScanner {
  /** The memory the input is copied into (refreshed after it grows). */
  bytes(): Uint8Array;
  /** Makes room for `n` input bytes plus padding. */
  reserve(n: number): void;
  /** First 16-byte step at or after `from` (absolute offset) and before `end` holding a candidate, or -1. */
  next(from: number, end: number): number;
  /** Whose masks and bitmap are in memory now (set by the caller that puts them there). */
  loaded?: object;
}

// Instruction bytes.
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_OR = 0x72, I32_SHL = 0x74, I32_STORE = 0x36;
const I32_LOAD8_U = 0x2d, I32_EQZ = 0x45, I32_CTZ = 0x68, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_AND = 0x71, I32_SHR_U = 0x76;
const I32 = 0x7f, V128 = 0x7b;
const simd = (op: number): number[] => [0xfd, op];
const V128_LOAD = 0x00, SWIZZLE = 0x0e, SPLAT8 = 0x0f, NE8 = 0x24, AND = 0x4e, OR = 0x50, ANY_TRUE = 0x53, BITMASK8 = 0x64, SHR_U8 = 0x6d;
/** memarg: alignment 1 (unaligned loads are the point), then the offset. */
const mem = (offset: number): number[] => [0, ...uleb(offset)];

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

/** A signed LEB128 integer, as `i32.const` takes. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

const name = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];

/**
 * `next(p, end)`: locals 0 = p, 1 = end; then the masks in memory order; then
 * 0x0f in each lane, 0x20 in each lane, the low and high nibbles of the
 * folded input bytes, and for each group the AND of its lookups.
 */
function body(): number[] {
  const masks = 2;
  const nibble = masks + 2 * FINGERPRINT * GROUPS;
  const fold = nibble + 1;
  const low = fold + 1;
  const high = low + 1;
  const hits = high + 1;
  const code: number[] = [];
  for (let i = 0; i < 2 * FINGERPRINT * GROUPS; i++) code.push(I32_CONST, 0, ...simd(V128_LOAD), ...mem(MASKS + 16 * i), LOCAL_SET, masks + i);
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
      if (k > 0) code.push(LOCAL_GET, hits + g, ...simd(AND));
      code.push(LOCAL_SET, hits + g);
    }
  }
  // A candidate in some lane: confirm the flagged positions against the bitmap.
  const positions = hits + GROUPS;
  const at = positions + 1;
  const word = at + 1;
  const hash = word + 1;
  const flagged = hash + 1;
  code.push(LOCAL_GET, hits);
  for (let g = 1; g < GROUPS; g++) code.push(LOCAL_GET, hits + g, ...simd(OR));
  code.push(...simd(ANY_TRUE), IF, VOID);
  // positions = bitmask(hits[0] != 0) | bitmask(hits[1] != 0) | …
  for (let g = 0; g < GROUPS; g++) {
    code.push(LOCAL_GET, hits + g, I32_CONST, 0, ...simd(SPLAT8), ...simd(NE8), ...simd(BITMASK8));
    if (g > 0) code.push(I32_OR);
  }
  code.push(LOCAL_TEE, positions, LOCAL_SET, flagged);
  code.push(BLOCK, VOID, LOOP, VOID);
  code.push(LOCAL_GET, positions, I32_EQZ, BR_IF, 1);
  // at = p + ctz(positions); word = the folded bytes at..at+2
  code.push(LOCAL_GET, 0, LOCAL_GET, positions, I32_CTZ, I32_ADD, LOCAL_SET, at);
  const folded = (offset: number): number[] => [LOCAL_GET, at, I32_LOAD8_U, ...mem(offset), I32_CONST, 0x20, I32_OR, ...(offset > 0 ? [I32_CONST, 8 * offset, I32_SHL] : [])];
  code.push(...folded(0), ...folded(1), I32_OR, ...folded(2), I32_OR, LOCAL_SET, word);
  // bitmap[h >> 3] >> (h & 7) & 1 for h = fingerprintHash of three bytes, then of four, ORed
  const test = (): number[] => [
    I32_CONST, ...sleb(HASH_MULTIPLIER), I32_MUL, I32_CONST, 16, I32_SHR_U, LOCAL_SET, hash,
    LOCAL_GET, hash, I32_CONST, 3, I32_SHR_U, I32_LOAD8_U, ...mem(BITMAP), LOCAL_GET, hash, I32_CONST, 7, I32_AND, I32_SHR_U, I32_CONST, 1, I32_AND,
  ];
  code.push(LOCAL_GET, word, ...test());
  code.push(LOCAL_GET, word, ...folded(3), I32_OR, ...test(), I32_OR);
  code.push(IF, VOID);
  // Confirmed: store the positions flagged in this step for the caller and return the step.
  code.push(I32_CONST, 0, LOCAL_GET, flagged, I32_STORE, 2, ...uleb(POSITIONS));
  code.push(LOCAL_GET, 0, RETURN, END);
  // positions &= positions - 1
  code.push(LOCAL_GET, positions, LOCAL_GET, positions, I32_CONST, 1, I32_SUB, I32_AND, LOCAL_SET, positions, BR, 0);
  code.push(END, END, END);
  code.push(LOCAL_GET, 0, I32_CONST, 16, I32_ADD, LOCAL_SET, 0, BR, 0);
  code.push(END, END);
  code.push(I32_CONST, 0x7f /* -1 */, END);
  const locals = [2, hits + GROUPS - 2, V128, 5, I32];
  return [...uleb(locals.length + code.length), ...locals, ...code];
}

function moduleBytes(): Uint8Array {
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 2, I32, I32, 1, I32]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...name('next'), 0x00, 0, ...name('memory'), 0x02, 0]),
    ...section(10, [1, ...body()]),
  ];
  return Uint8Array.from(bytes);
}

/** The little of the WebAssembly API used here (the project's type libraries do not declare it). */
interface Wasm {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { next: (from: number, end: number) => number; memory: { buffer: ArrayBuffer; grow(pages: number): number } } };
}

let shared: SimdScanner | null | undefined;

/**
 * The scanner of this thread, or null where WebAssembly SIMD is missing (or
 * `LEAKPROOF_SIMD=0`): `LiteralSet` then searches in plain JavaScript.
 */
export function simdScanner(): SimdScanner | null {
  if (shared !== undefined) return shared;
  shared = null;
  const api = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  if (process.env.LEAKPROOF_SIMD === '0' || api === undefined) return shared;
  try {
    const wasm = moduleBytes();
    if (!api.validate(wasm)) return shared;
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
  } catch {
    shared = null;
  }
  return shared;
}
