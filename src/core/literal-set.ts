/**
 * Sets of ASCII literals searched for in raw bytes in one pass: the cheap
 * test that decides whether a file is worth decoding at all.
 *
 * The search runs 16 bytes a step in WebAssembly SIMD (simd-scan.ts), and
 * falls back to plain JavaScript for short inputs or where SIMD is missing:
 * each literal is indexed by one of its byte pairs (lower-cased), the one
 * least common in source code; that search looks up each pair of the input
 * in a 64 Ki table and compares whole literals only where a pair matches.
 * Either way the cost is linear in the input.
 *
 * A `LiteralGroup` searches several sets in that one pass and says which of
 * them occur, so a file is read through once however many rules ask.
 */
import { BITMAP, BITMAP_BYTES, FINGERPRINT, fingerprintHash, GROUPS, INPUT, MASKS, PADDING, POSITIONS, simdScanner } from './simd-scan';
import { COMMON_PAIRS, COMMON_TRIPLES } from './ngram-ranks';
import { KNOWN_PLACEMENTS } from './literal-placements';

export interface Literal {
  text: string;
  /** Match ASCII letters in any case. */
  caseless: boolean;
}

interface Indexed {
  bytes: Uint8Array;
  /** Offset of the indexed pair (or, for the vector search, the fingerprint) within the literal. */
  offset: number;
  caseless: boolean;
  /** The bit of the set the literal belongs to. */
  tag: number;
}

/** Buckets of the vector search. */
const BUCKETS = 8 * GROUPS;

/** Below this many bytes the plain search is as quick as setting up the vector one. */
const SIMD_MIN_BYTES = 64;

const LOWER = new Uint8Array(256).map((_, i) => (i >= 65 && i <= 90 ? i + 32 : i));

/**
 * How common each pair and triple of bytes is (lower is more common), keyed
 * by the bytes as numbers: built when the first search is set up, not at
 * start-up. A pair or triple not listed ranks after every listed one.
 */
let ranks: { pairs: Uint16Array; triples: Map<number, number>; rare: number } | undefined;
function ngramRanks(): NonNullable<typeof ranks> {
  if (ranks) return ranks;
  const listedPairs = COMMON_PAIRS.split(' ');
  const pairs = new Uint16Array(65536).fill(listedPairs.length);
  // A pair listed twice ranks where it is listed last, as a map built from the list would have it.
  listedPairs.forEach((p, i) => (pairs[(p.charCodeAt(0) << 8) | p.charCodeAt(1)] = i));
  const listedTriples = COMMON_TRIPLES.split(' ');
  const triples = new Map<number, number>();
  listedTriples.forEach((t, i) => triples.set(t.charCodeAt(0) * 65536 + t.charCodeAt(1) * 256 + t.charCodeAt(2), i));
  return (ranks = { pairs, triples, rare: listedTriples.length });
}

function rank(a: number, b: number): number {
  return ngramRanks().pairs[(LOWER[a]! << 8) | LOWER[b]!]!;
}

function tripleRank(bytes: Uint8Array, o: number): number {
  const r = ngramRanks();
  return r.triples.get(LOWER[bytes[o]!]! * 65536 + LOWER[bytes[o + 1]!]! * 256 + LOWER[bytes[o + 2]!]!) ?? r.rare;
}

/**
 * How uncommon the fingerprint window from `o` is (higher is rarer): by its
 * triples, then by its pairs. The lists count no space, the most common byte
 * of all: a window that holds one (`e fo` of `SQLite format 3`, English's
 * "the format for") ranks as the most common of any.
 */
function windowRank(bytes: Uint8Array, o: number): number {
  const end = Math.min(bytes.length, o + FINGERPRINT);
  for (let i = o; i < end; i++) if (bytes[i] === 0x20) return -1;
  let triples = 0;
  let pairs = 0;
  for (let i = o; i + 2 < end; i++) triples += tripleRank(bytes, i);
  for (let i = o; i + 1 < end; i++) pairs += rank(bytes[i]!, bytes[i + 1]!);
  return triples * 4096 + pairs;
}

/** Where the vector search's fingerprint of a literal (its bytes, lower-cased if caseless) starts: the first of its rarest windows. */
export function fingerprintOffset(bytes: Uint8Array): number {
  let fp = 0;
  for (let o = 1, best = windowRank(bytes, 0); o + FINGERPRINT <= bytes.length; o++) {
    const r = windowRank(bytes, o);
    if (r > best) (fp = o), (best = r);
  }
  return fp;
}

/** A set of literals; `test` says whether any occurs. */
export class LiteralSet {
  private matcher: Matcher | undefined;

  /** `vector`: use the WebAssembly search (default: where it is available). */
  constructor(
    readonly literals: readonly Literal[],
    private readonly vector?: boolean,
  ) {
    for (const lit of literals) {
      if (lit.text.length < 2 || /[^\x20-\x7e]/.test(lit.text)) throw new Error(`literal ${JSON.stringify(lit.text)}: need two or more printable ASCII characters`);
    }
  }

  /** True when any literal occurs in `buf`. */
  test(buf: Uint8Array): boolean {
    // Built on first use: a process that reads no file (`--version`) pays nothing.
    this.matcher ??= new Matcher([this.literals], this.vector);
    return this.matcher.find(buf) !== 0;
  }
}

/** Several sets searched in one pass. */
export class LiteralGroup {
  private matcher: Matcher | undefined;
  private readonly bits = new Map<LiteralSet, number>();

  constructor(
    sets: readonly LiteralSet[],
    private readonly vector?: boolean,
  ) {
    const unique = [...new Set(sets)];
    if (unique.length > 30) throw new Error('a literal group holds at most 30 sets');
    unique.forEach((set, i) => this.bits.set(set, 1 << i));
  }

  /** The bit `find` reports for `set`, or 0 when the group does not hold it. */
  bit(set: LiteralSet): number {
    return this.bits.get(set) ?? 0;
  }

  /** The bits of the sets a literal of which occurs in `buf`. */
  find(buf: Uint8Array): number {
    this.matcher ??= new Matcher(
      [...this.bits.keys()].map((set) => set.literals),
      this.vector,
    );
    return this.matcher.find(buf);
  }
}

class Matcher {
  private readonly table = new Uint8Array(65536);
  private readonly byPair = new Map<number, Indexed[]>();
  private readonly all: number;
  private readonly fingerprinted: Indexed[] = [];

  /** The literals as the vector search fingerprints them. */
  get fingerprints(): readonly Indexed[] {
    return this.fingerprinted;
  }
  /** The vector search's tables, built on its first use. */
  private tables: BucketTables | undefined;

  /** `vector` undefined: decided on the first input long enough for it (compiling the module costs a few ms). */
  constructor(
    sets: readonly (readonly Literal[])[],
    private vector?: boolean,
  ) {
    let all = 0;
    sets.forEach((literals, i) => {
      const tag = 1 << i;
      if (literals.length > 0) all |= tag;
      for (const lit of literals) {
        const bytes = Uint8Array.from(lit.caseless ? lit.text.toLowerCase() : lit.text, (c) => c.charCodeAt(0));
        // The least common pair, and the least common window of FINGERPRINT bytes (or the whole of a
        // shorter literal): the first of the rarest, either way.
        let offset = 0;
        for (let o = 1, best = rank(bytes[0]!, bytes[1]!); o + 1 < bytes.length; o++) {
          const r = rank(bytes[o]!, bytes[o + 1]!);
          if (r > best) (offset = o), (best = r);
        }
        const key = (LOWER[bytes[offset]!]! << 8) | LOWER[bytes[offset + 1]!]!;
        this.table[key] = 1;
        const same = this.byPair.get(key);
        const indexed = { bytes, offset, caseless: lit.caseless, tag };
        if (same) same.push(indexed);
        else this.byPair.set(key, [indexed]);
        this.fingerprinted.push({ bytes, offset: fingerprintOffset(bytes), caseless: lit.caseless, tag });
      }
    });
    this.all = all;
  }

  /** The tags of the literals that occur in `buf` (stops once every set has one). */
  find(buf: Uint8Array): number {
    if (this.all === 0) return 0;
    return buf.length >= SIMD_MIN_BYTES && (this.vector ??= simdScanner() !== null) ? this.findVector(buf) : this.findPlain(buf);
  }

  private findVector(buf: Uint8Array): number {
    const tables = (this.tables ??= bucketTables(this.fingerprinted));
    const { windows } = tables;
    const scanner = simdScanner()!;
    scanner.reserve(buf.length);
    const mem = scanner.bytes();
    // The tables stay in memory until another matcher of this thread needs it.
    if (scanner.loaded !== tables) {
      mem.set(tables.masks, MASKS);
      mem.set(tables.bitmap, BITMAP);
      scanner.loaded = tables;
    }
    mem.set(buf, INPUT);
    const end = INPUT + buf.length;
    mem.fill(0, end, end + PADDING);
    let found = 0;
    // Indexed loops, not `for…of`: this runs a few times per kilobyte from the first file on, mostly before
    // V8 has optimised it, where each iterator is an object made and collected.
    for (let step = scanner.next(INPUT, end); step >= 0; step = scanner.next(step + 16, end)) {
      // Each flagged position is looked up by the window that starts there.
      for (let positions = mem[POSITIONS]! | (mem[POSITIONS + 1]! << 8); positions !== 0; positions &= positions - 1) {
        const at = step - INPUT + 31 - Math.clz32(positions & -positions);
        for (let k = 0; k < windows.length; k++) {
          const w = windows[k]!;
          if (at + w.length > buf.length) continue;
          const candidates = w.literals.get(windowKey(buf, at, w.length));
          if (candidates === undefined) continue;
          for (let c = 0; c < candidates.length; c++) {
            const lit = candidates[c]!;
            if ((found & lit.tag) === 0 && matchesAt(buf, at - lit.offset, lit) && (found |= lit.tag) === this.all) return found;
          }
        }
      }
    }
    return found;
  }

  /** The same search, a byte pair at a time: for short inputs and where WebAssembly SIMD is missing. */
  private findPlain(buf: Uint8Array): number {
    const table = this.table;
    const end = buf.length - 1;
    let found = 0;
    for (let i = 0; i < end; i++) {
      const key = (LOWER[buf[i]!]! << 8) | LOWER[buf[i + 1]!]!;
      if (table[key] === 0) continue;
      for (const lit of this.byPair.get(key)!) {
        if ((found & lit.tag) === 0 && matchesAt(buf, i - lit.offset, lit) && (found |= lit.tag) === this.all) return found;
      }
    }
    return found;
  }
}

/** For the vector search: two nibble masks per group and fingerprint byte, the fingerprint bitmap, and the literals by their fingerprint. */
interface BucketTables {
  masks: Uint8Array;
  /** A bit for the hash of each fingerprint (its three or four bytes; all bits when one is shorter). */
  bitmap: Uint8Array;
  /**
   * The literals by their fingerprint's folded bytes, one table per
   * fingerprint length (a literal shorter than a fingerprint has a shorter
   * one): a candidate position is confirmed against the few literals whose
   * fingerprint it holds, however many share its bucket.
   */
  windows: { length: number; literals: Map<number, Indexed[]> }[];
}

/** The folded bytes of `buf[at, at + length)` as a key (a hash: equal windows, equal keys). */
function windowKey(buf: Uint8Array, at: number, length: number): number {
  let key = 0;
  for (let k = 0; k < length; k++) key = (key << 7) ^ (buf[at + k]! | 0x20);
  return key;
}

/**
 * The vector search's tables for these literals: each literal's bucket (see
 * `placeLiterals`) as placed before when the same literals were laid out
 * (`KNOWN_PLACEMENTS`, the default rules' words), else worked out now.
 */
function bucketTables(fingerprinted: readonly Indexed[]): BucketTables {
  const known = [...(KNOWN_PLACEMENTS.get(placementKey(fingerprinted)) ?? '')].map((c) => c.charCodeAt(0) - 97);
  const bucketOf = known.length === fingerprinted.length && known.every((b) => b >= 0 && b < BUCKETS) ? known : placeLiterals(fingerprinted);
  const masks = new Uint8Array(32 * FINGERPRINT * GROUPS);
  const lo = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  const hi = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  fingerprinted.forEach((lit, i) => {
    const [litLo, litHi] = nibbleMasks(lit);
    const b = bucketOf[i]!;
    for (let k = 0; k < FINGERPRINT; k++) (lo[b]![k]! |= litLo[k]!), (hi[b]![k]! |= litHi[k]!);
  });
  for (let b = 0; b < BUCKETS; b++) {
    const group = 32 * FINGERPRINT * (b >> 3);
    for (let k = 0; k < FINGERPRINT; k++) {
      for (let n = 0; n < 16; n++) {
        if ((lo[b]![k]! >> n) & 1) masks[group + 32 * k + n]! |= 1 << (b & 7);
        if ((hi[b]![k]! >> n) & 1) masks[group + 32 * k + 16 + n]! |= 1 << (b & 7);
      }
    }
  }
  const windows: BucketTables['windows'] = [];
  const bitmap = new Uint8Array(BITMAP_BYTES);
  for (const lit of fingerprinted) {
    const length = Math.min(FINGERPRINT, lit.bytes.length - lit.offset);
    if (length < 3) bitmap.fill(0xff);
    else {
      const h = fingerprintHash(lit.bytes, lit.offset, length >= 4 ? 4 : 3);
      bitmap[h >> 3]! |= 1 << (h & 7);
    }
    let w = windows.find((x) => x.length === length);
    if (!w) windows.push((w = { length, literals: new Map() }));
    const key = windowKey(lit.bytes, lit.offset, length);
    const list = w.literals.get(key);
    if (list) list.push(lit);
    else w.literals.set(key, [lit]);
  }
  return { masks, bitmap, windows };
}

/**
 * Each literal joins the bucket where it lets through the fewest common
 * triples of source text (weighted by how common): a bucket's masks admit
 * every combination of its literals' bytes, so literals alike share one.
 * Returns each literal's bucket, in the order given. This costs a few tens of
 * milliseconds for the hundred-odd default words, in every thread: the
 * default placement is therefore kept in `literal-placements.ts`.
 */
function placeLiterals(fingerprinted: readonly Indexed[]): number[] {
  // The literals that let through the most on their own are placed first, while every bucket is still open to them.
  const alone = new Map(fingerprinted.map((lit) => [lit, leak(...nibbleMasks(lit))]));
  const sorted = [...fingerprinted].sort((a, b) => alone.get(b)! - alone.get(a)! || compareFingerprints(a, b));
  const sizes = new Array<number>(BUCKETS).fill(0);
  const bucketOf = new Map<Indexed, number>();
  // Per bucket and fingerprint position: the low and high nibbles allowed, as 16-bit masks.
  const lo = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  const hi = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  const leaks = new Array<number>(BUCKETS).fill(0);
  const withLo = new Array<number>(FINGERPRINT);
  const withHi = new Array<number>(FINGERPRINT);
  for (const lit of sorted) {
    const [litLo, litHi] = nibbleMasks(lit);
    let best = 0;
    let bestGrowth = Infinity;
    // Every empty bucket would grow alike: scored once.
    let intoEmpty: number | undefined;
    for (let b = 0; b < BUCKETS; b++) {
      let changed = false;
      for (let k = 0; k < FINGERPRINT; k++) {
        (withLo[k] = lo[b]![k]! | litLo[k]!), (withHi[k] = hi[b]![k]! | litHi[k]!);
        if (withLo[k] !== lo[b]![k] || withHi[k] !== hi[b]![k]) changed = true;
      }
      // A bucket whose masks already admit the literal does not grow.
      const growth = !changed ? 0 : sizes[b] === 0 ? (intoEmpty ??= leak(withLo, withHi)) : leak(withLo, withHi) - leaks[b]!;
      if (growth < bestGrowth || (growth === bestGrowth && sizes[b]! < sizes[best]!)) (best = b), (bestGrowth = growth);
    }
    sizes[best]!++;
    bucketOf.set(lit, best);
    for (let k = 0; k < FINGERPRINT; k++) (lo[best]![k]! |= litLo[k]!), (hi[best]![k]! |= litHi[k]!);
    leaks[best] = leak(lo[best]!, hi[best]!);
  }
  return fingerprinted.map((lit) => bucketOf.get(lit)!);
}

/** What identifies a list of literals for `KNOWN_PLACEMENTS`: each one's bytes, fingerprint offset and case rule, in order. */
function placementKey(fingerprinted: readonly Indexed[]): string {
  // FNV-1a over the lot, with the count: a short key for a long list.
  let h = 0x811c9dc5;
  const mix = (byte: number) => (h = Math.imul(h ^ byte, 0x01000193));
  for (const lit of fingerprinted) {
    for (const byte of lit.bytes) mix(byte);
    mix(0x100 | lit.offset);
    mix(lit.caseless ? 1 : 2);
  }
  return `${fingerprinted.length}:${(h >>> 0).toString(16)}`;
}

/**
 * The placement key and the freshly worked-out placement (one letter per
 * literal, `a` for bucket 0) of the literals of `sets`, as a `LiteralGroup`
 * of them lays them out: what `literal-placements.ts` keeps.
 */
export function placementOf(sets: readonly LiteralSet[]): { key: string; placement: string } {
  const matcher = new Matcher(
    [...new Set(sets)].map((set) => set.literals),
    false,
  );
  const fingerprinted = matcher.fingerprints;
  return { key: placementKey(fingerprinted), placement: placeLiterals(fingerprinted).map((b) => String.fromCharCode(97 + b)).join('') };
}

/** A literal's fingerprint as nibble masks per position; past a short literal's end, any byte. */
function nibbleMasks(lit: Indexed): [number[], number[]] {
  const lo: number[] = [];
  const hi: number[] = [];
  for (let k = 0; k < FINGERPRINT; k++) {
    if (k >= lit.bytes.length - lit.offset) {
      lo.push(0xffff);
      hi.push(0xffff);
    } else {
      const byte = lit.bytes[lit.offset + k]! | 0x20;
      lo.push(1 << (byte & 15));
      hi.push(1 << (byte >> 4));
    }
  }
  return [lo, hi];
}

/**
 * The most common triples of source text, folded as the vector search folds
 * its input, weighted by how common, as bit sets: for each position in a
 * triple and each low (or high) nibble, the set of triples whose byte there
 * has that nibble. A bucket's masks then admit the intersection, over the
 * positions, of the unions of the sets for the nibbles they allow. Built on
 * first use (only bucket layout needs them), not at start-up.
 */
const LEAK_TRIPLE_COUNT = 1000;
const LEAK_WORDS = Math.ceil(LEAK_TRIPLE_COUNT / 32);
const nibbleSet = (j: number, high: number, n: number) => ((j * 2 + high) * 16 + n) * LEAK_WORDS;
interface LeakTables {
  weight: Float64Array;
  /** [position][0 low, 1 high][nibble] → a bit set of LEAK_WORDS words. */
  nibbleSets: Uint32Array;
  admitted: Uint32Array;
  /** The union of the nibble sets a mask allows, by position, half and mask: the same masks come back often. */
  unions: Map<number, Uint32Array>;
}
let leakTables: LeakTables | undefined;
function leakTriples(): LeakTables {
  if (leakTables) return leakTables;
  const triples = COMMON_TRIPLES.split(' ').slice(0, LEAK_TRIPLE_COUNT);
  const weight = new Float64Array(LEAK_WORDS * 32);
  const nibbleSets = new Uint32Array(3 * 2 * 16 * LEAK_WORDS);
  triples.forEach((t, rank) => {
    for (let j = 0; j < 3; j++) {
      const byte = t.charCodeAt(j) | 0x20;
      nibbleSets[nibbleSet(j, 0, byte & 15) + (rank >> 5)]! |= 1 << (rank & 31);
      nibbleSets[nibbleSet(j, 1, byte >> 4) + (rank >> 5)]! |= 1 << (rank & 31);
    }
    weight[rank] = 1 / (1 + rank / 50);
  });
  return (leakTables = { weight, nibbleSets, admitted: new Uint32Array(LEAK_WORDS), unions: new Map() });
}

function unionOf(tables: LeakTables, j: number, high: number, mask: number): Uint32Array {
  const key = (j * 2 + high) * 65536 + mask;
  let union = tables.unions.get(key);
  if (union === undefined) {
    union = new Uint32Array(LEAK_WORDS);
    for (let m = mask; m !== 0; m &= m - 1) {
      const at = nibbleSet(j, high, 31 - Math.clz32(m & -m));
      for (let i = 0; i < LEAK_WORDS; i++) union[i]! |= tables.nibbleSets[at + i]!;
    }
    tables.unions.set(key, union);
  }
  return union;
}

/** How much common text a bucket with these masks lets through, at each window of three. */
function leak(lo: ArrayLike<number>, hi: ArrayLike<number>): number {
  const tables = leakTriples();
  const { admitted, weight } = tables;
  let total = 0;
  for (let w = 0; w + 3 <= FINGERPRINT; w++) {
    admitted.fill(0xffffffff);
    for (let j = 0; j < 3; j++) {
      for (let high = 0; high < 2; high++) {
        const mask = high ? hi[w + j]! : lo[w + j]!;
        if (mask === 0xffff) continue;
        const union = unionOf(tables, j, high, mask);
        for (let i = 0; i < LEAK_WORDS; i++) admitted[i]! &= union[i]!;
      }
    }
    for (let i = 0; i < LEAK_WORDS; i++) {
      for (let bits = admitted[i]!; bits !== 0; bits &= bits - 1) total += weight[32 * i + 31 - Math.clz32(bits & -bits)]!;
    }
  }
  return total;
}

function compareFingerprints(a: Indexed, b: Indexed): number {
  const fa = String.fromCharCode(...a.bytes.subarray(a.offset, a.offset + FINGERPRINT));
  const fb = String.fromCharCode(...b.bytes.subarray(b.offset, b.offset + FINGERPRINT));
  return fa.length - fb.length || (fa.toLowerCase() < fb.toLowerCase() ? -1 : fa.toLowerCase() > fb.toLowerCase() ? 1 : 0);
}

function matchesAt(buf: Uint8Array, start: number, lit: Indexed): boolean {
  const bytes = lit.bytes;
  if (start < 0 || start + bytes.length > buf.length) return false;
  for (let j = 0; j < bytes.length; j++) {
    const c = lit.caseless ? LOWER[buf[start + j]!]! : buf[start + j]!;
    if (c !== bytes[j]) return false;
  }
  return true;
}
