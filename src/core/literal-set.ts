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
import { COMMON_PAIRS, COMMON_QUADS, COMMON_TRIPLES } from './ngram-ranks';
import { KNOWN_LAYOUT } from './literal-placements';

export interface Literal {
  text: string;
  /** Match ASCII letters in any case. */
  caseless: boolean;
}

interface Indexed {
  bytes: Uint8Array;
  /** `i:` and the text in lower case when caseless, else `s:` and the text: what `KNOWN_LAYOUT` knows it by. */
  key: string;
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
 * How common each pair of bytes is (lower is more common), keyed by the
 * bytes as numbers: built when the first search is set up, not at start-up.
 * A pair not listed ranks after every listed one.
 */
let pairRanks: Uint16Array | undefined;
function rank(a: number, b: number): number {
  if (pairRanks === undefined) {
    const listed = COMMON_PAIRS.split(' ');
    pairRanks = new Uint16Array(65536).fill(listed.length);
    // A pair listed twice ranks where it is listed last, as a map built from the list would have it.
    listed.forEach((p, i) => (pairRanks![(p.charCodeAt(0) << 8) | p.charCodeAt(1)] = i));
  }
  return pairRanks[(LOWER[a]! << 8) | LOWER[b]!]!;
}

/**
 * The same for triples, built only when a literal's fingerprint is worked out rather than taken from
 * `KNOWN_LAYOUT` (a configuration's own words): 2,000 of them cost about 2 ms to index.
 */
let tripleRanks: { triples: Map<number, number>; rare: number } | undefined;
function tripleRank(bytes: Uint8Array, o: number): number {
  if (tripleRanks === undefined) {
    const listed = COMMON_TRIPLES.split(' ');
    const triples = new Map<number, number>();
    listed.forEach((t, i) => triples.set(t.charCodeAt(0) * 65536 + t.charCodeAt(1) * 256 + t.charCodeAt(2), i));
    tripleRanks = { triples, rare: listed.length };
  }
  return tripleRanks.triples.get(LOWER[bytes[o]!]! * 65536 + LOWER[bytes[o + 1]!]! * 256 + LOWER[bytes[o + 2]!]!) ?? tripleRanks.rare;
}

/** Quadruples listed in `COMMON_QUADS`: four bytes each, a space between. */
const QUADS = Math.ceil(COMMON_QUADS.length / 5);

/**
 * The rank of the quadruple at `bytes[o]` in `COMMON_QUADS`, or `QUADS` when
 * it is not listed. Looked up in the list itself: only a list of literals
 * whose layout is not kept (`KNOWN_LAYOUT`) asks, for a few windows each.
 */
function quadRank(bytes: Uint8Array, o: number): number {
  const quad = String.fromCharCode(LOWER[bytes[o]!]!, LOWER[bytes[o + 1]!]!, LOWER[bytes[o + 2]!]!, LOWER[bytes[o + 3]!]!);
  for (let at = COMMON_QUADS.indexOf(quad); at >= 0; at = COMMON_QUADS.indexOf(quad, at + 1)) if (at % 5 === 0) return at / 5;
  return QUADS;
}

/**
 * How uncommon the fingerprint window from `o` is (higher is rarer): by the
 * window itself (its four bytes, where the literal has them), then by its
 * triples, then by its pairs. Triples alone mislead: `okie` of `cookie` is
 * made of rare ones, and is common in web code. The lists count no
 * space, the most common byte of all: a window that holds one (`e fo` of
 * `SQLite format 3`, English's "the format for") ranks as the most common of
 * any.
 */
function windowRank(bytes: Uint8Array, o: number): number {
  const end = Math.min(bytes.length, o + FINGERPRINT);
  for (let i = o; i < end; i++) if (bytes[i] === 0x20) return -1;
  const quad = end - o === 4 ? quadRank(bytes, o) : QUADS;
  let triples = 0;
  let pairs = 0;
  for (let i = o; i + 2 < end; i++) triples += tripleRank(bytes, i);
  for (let i = o; i + 1 < end; i++) pairs += rank(bytes[i]!, bytes[i + 1]!);
  return (quad * 4096 + triples) * 4096 + pairs;
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

interface Listed {
  bytes: Uint8Array;
  key: string;
  caseless: boolean;
  tag: number;
}

class Matcher {
  private readonly table = new Uint8Array(65536);
  private readonly byPair = new Map<number, Indexed[]>();
  private readonly all: number;
  /** Every literal, lower-cased if caseless, in the order given. */
  private readonly listed: Listed[] = [];
  /** The vector search's fingerprints and tables, made on its first use: a search of short inputs only needs neither. */
  private fingerprinted: Indexed[] | undefined;
  private keptLayouts: (KeptLayout | undefined)[] | undefined;
  private tables: BucketTables | undefined;

  /**
   * `vector` undefined: decided on the first input long enough for it (compiling the module costs a few ms).
   * `fresh`: every fingerprint and bucket worked out, none taken from `KNOWN_LAYOUT` (see `layoutOf`).
   */
  constructor(
    sets: readonly (readonly Literal[])[],
    private vector?: boolean,
    private readonly fresh = false,
  ) {
    let all = 0;
    sets.forEach((literals, i) => {
      const tag = 1 << i;
      if (literals.length > 0) all |= tag;
      for (const lit of literals) {
        const text = lit.caseless ? lit.text.toLowerCase() : lit.text;
        const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
        const key = (lit.caseless ? 'i:' : 's:') + text;
        this.listed.push({ bytes, key, caseless: lit.caseless, tag });
        // The least common pair, for the plain search: the first of the rarest.
        let offset = 0;
        for (let o = 1, best = rank(bytes[0]!, bytes[1]!); o + 1 < bytes.length; o++) {
          const r = rank(bytes[o]!, bytes[o + 1]!);
          if (r > best) (offset = o), (best = r);
        }
        const pair = (LOWER[bytes[offset]!]! << 8) | LOWER[bytes[offset + 1]!]!;
        this.table[pair] = 1;
        const same = this.byPair.get(pair);
        const indexed = { bytes, key, offset, caseless: lit.caseless, tag };
        if (same) same.push(indexed);
        else this.byPair.set(pair, [indexed]);
      }
    });
    this.all = all;
  }

  /**
   * The literals as the vector search fingerprints them: each at its least
   * common window of FINGERPRINT bytes (or whole, when shorter), as kept
   * (`KNOWN_LAYOUT`) or worked out now.
   */
  get fingerprints(): readonly Indexed[] {
    return (this.fingerprinted ??= this.listed.map(({ bytes, key, caseless, tag }, i) => ({ bytes, key, offset: this.kept[i]?.offset ?? fingerprintOffset(bytes), caseless, tag })));
  }

  /** How `KNOWN_LAYOUT` lays out each literal (none when `fresh`). */
  private get kept(): (KeptLayout | undefined)[] {
    return (this.keptLayouts ??= this.listed.map(({ bytes, key }) => (this.fresh ? undefined : keptLayout(key, bytes))));
  }

  /** The vector search's tables: each literal in the bucket kept for it, the others placed around them. */
  private layOut(): BucketTables {
    const fingerprinted = this.fingerprints;
    const kept = this.kept;
    let buckets: number[];
    if (kept.every((k) => k !== undefined)) buckets = kept.map((k) => k!.bucket);
    else {
      const keptOf = new Map(fingerprinted.map((lit, i) => [lit, kept[i]]));
      buckets = placeLiterals(fingerprinted, (lit) => keptOf.get(lit)?.bucket);
    }
    return bucketTables(fingerprinted, buckets);
  }

  /** The tags of the literals that occur in `buf` (stops once every set has one). */
  find(buf: Uint8Array): number {
    if (this.all === 0) return 0;
    return buf.length >= SIMD_MIN_BYTES && (this.vector ??= simdScanner() !== null) ? this.findVector(buf) : this.findPlain(buf);
  }

  private findVector(buf: Uint8Array): number {
    const tables = (this.tables ??= this.layOut());
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

/** The vector search's tables for these literals, each in its bucket (see `placeLiterals`). */
function bucketTables(fingerprinted: readonly Indexed[], bucketOf: readonly number[]): BucketTables {
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
 * Each literal joins the bucket where it lets through the least common text
 * (`leak`): a bucket's masks admit every combination of its literals' bytes,
 * so literals alike share one. A literal that `fixed` gives a bucket stays
 * there, and the others are placed around it: one by one, those that let
 * through the most on their own first, each where its bucket grows least;
 * then each moves (with its copies in other sets) to the bucket where the
 * two buckets together let through least, until none would (the default
 * words settle in three rounds; at most MAX_PASSES are made). Returns each
 * literal's bucket, in the order given. This costs from tens of
 * milliseconds to a second for the hundred-odd default words: their layout
 * is therefore kept in `literal-placements.ts`, and a list of them and a few
 * others (a configured name's word) places only those.
 */
function placeLiterals(fingerprinted: readonly Indexed[], fixed: (lit: Indexed) => number | undefined = () => undefined): number[] {
  const masks = new Map<Indexed, [number[], number[]]>();
  for (const lit of fingerprinted) masks.set(lit, nibbleMasks(lit));
  const members = Array.from({ length: BUCKETS }, () => [] as Indexed[]);
  const bucketOf = new Map<Indexed, number>();
  // Per bucket and fingerprint position: the low and high nibbles allowed, as 16-bit masks.
  const lo = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  const hi = Array.from({ length: BUCKETS }, () => new Array<number>(FINGERPRINT).fill(0));
  const join = (lit: Indexed, b: number) => {
    const [litLo, litHi] = masks.get(lit)!;
    members[b]!.push(lit);
    bucketOf.set(lit, b);
    for (let k = 0; k < FINGERPRINT; k++) (lo[b]![k]! |= litLo[k]!), (hi[b]![k]! |= litHi[k]!);
  };
  // A literal listed again (in another set) goes with its first copy: one group per key.
  const groups = new Map<string, Indexed[]>();
  const free: Indexed[][] = [];
  for (const lit of fingerprinted) {
    const key = lit.key;
    const group = groups.get(key);
    if (group) {
      group.push(lit);
      continue;
    }
    groups.set(key, [lit]);
    const b = fixed(lit);
    if (b === undefined) free.push(groups.get(key)!);
    else bucketOf.set(lit, b);
  }
  for (const group of groups.values()) {
    const b = bucketOf.get(group[0]!);
    if (b !== undefined) for (const lit of group) join(lit, b);
  }
  if (free.length > 0) {
    const leaks = lo.map((l, b) => (members[b]!.length === 0 ? 0 : leak(l, hi[b]!)));
    const alone = new Map(free.map((group) => [group, leak(...masks.get(group[0]!)!)]));
    free.sort((a, b) => alone.get(b)! - alone.get(a)! || compareFingerprints(a[0]!, b[0]!));
    const withLo = new Array<number>(FINGERPRINT);
    const withHi = new Array<number>(FINGERPRINT);
    /** What bucket `b` would let through with `group` in it, less what it lets through now. */
    const growth = (b: number, group: readonly Indexed[]): number => {
      const [litLo, litHi] = masks.get(group[0]!)!;
      let changed = false;
      for (let k = 0; k < FINGERPRINT; k++) {
        (withLo[k] = lo[b]![k]! | litLo[k]!), (withHi[k] = hi[b]![k]! | litHi[k]!);
        if (withLo[k] !== lo[b]![k] || withHi[k] !== hi[b]![k]) changed = true;
      }
      // A bucket whose masks already admit the literal does not grow.
      return changed ? leak(withLo, withHi) - leaks[b]! : 0;
    };
    for (const group of free) {
      let best = 0;
      let bestGrowth = Infinity;
      // Every empty bucket would grow alike: scored once.
      let intoEmpty: number | undefined;
      for (let b = 0; b < BUCKETS; b++) {
        const g = members[b]!.length === 0 ? (intoEmpty ??= growth(b, group)) : growth(b, group);
        if (g < bestGrowth || (g === bestGrowth && members[b]!.length < members[best]!.length)) (best = b), (bestGrowth = g);
      }
      for (const lit of group) join(lit, best);
      leaks[best] = leak(lo[best]!, hi[best]!);
    }
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let moved = false;
      for (const group of free) {
        const from = bucketOf.get(group[0]!)!;
        // The bucket it is in, without it.
        const rest = members[from]!.filter((lit) => !group.includes(lit));
        const restLo = new Array<number>(FINGERPRINT).fill(0);
        const restHi = new Array<number>(FINGERPRINT).fill(0);
        for (const lit of rest) {
          const [litLo, litHi] = masks.get(lit)!;
          for (let k = 0; k < FINGERPRINT; k++) (restLo[k]! |= litLo[k]!), (restHi[k]! |= litHi[k]!);
        }
        const saved = leaks[from]! - (rest.length === 0 ? 0 : leak(restLo, restHi));
        let best = from;
        let bestChange = 0;
        for (let b = 0; b < BUCKETS; b++) {
          if (b === from) continue;
          const change = growth(b, group) - saved;
          // A margin for rounding: the change is a difference of differences of sums, and a move that gains
          // nothing but rounding must not be taken (the moves could then go back and forth).
          if (change < bestChange - 1e-9 * (1 + Math.abs(saved))) (best = b), (bestChange = change);
        }
        if (best === from) continue;
        members[from] = rest;
        lo[from] = restLo;
        hi[from] = restHi;
        leaks[from] = rest.length === 0 ? 0 : leak(restLo, restHi);
        for (const lit of group) join(lit, best);
        leaks[best] = leak(lo[best]!, hi[best]!);
        moved = true;
      }
      if (!moved) break;
    }
  }
  return fingerprinted.map((lit) => bucketOf.get(groups.get(lit.key)![0]!)!);
}

/** At most this many rounds of moves in `placeLiterals`: each round moves every literal that gains by it. */
const MAX_PASSES = 12;

interface KeptLayout {
  offset: number;
  bucket: number;
}

let kept: Map<string, KeptLayout> | undefined;
function keptLayout(key: string, bytes: Uint8Array): KeptLayout | undefined {
  if (!kept) {
    kept = new Map();
    for (const [key, offset, bucket] of KNOWN_LAYOUT) kept.set(key, { offset, bucket });
  }
  const found = kept.get(key);
  // An offset that leaves a whole window (or starts a shorter literal), a bucket that exists.
  return found && found.offset >= 0 && found.offset + Math.min(FINGERPRINT, bytes.length) <= bytes.length && found.bucket >= 0 && found.bucket < BUCKETS ? found : undefined;
}

/**
 * The layout of the literals of `sets` worked out afresh, as a `LiteralGroup`
 * of them lays them out: each literal's key, where its fingerprint starts and
 * its bucket, each literal once. What `literal-placements.ts` keeps.
 */
export function layoutOf(sets: readonly LiteralSet[]): [string, number, number][] {
  const matcher = new Matcher(
    [...new Set(sets)].map((set) => set.literals),
    false,
    true,
  );
  const fingerprinted = matcher.fingerprints;
  const buckets = placeLiterals(fingerprinted);
  const out = new Map<string, [string, number, number]>();
  fingerprinted.forEach((lit, i) => {
    if (!out.has(lit.key)) out.set(lit.key, [lit.key, lit.offset, buckets[i]!]);
  });
  return [...out.values()];
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

/** Words of a bit set of every listed quadruple. */
const LEAK_WORDS = Math.ceil(QUADS / 32);
const nibbleSet = (j: number, high: number, n: number) => ((j * 2 + high) * 16 + n) * LEAK_WORDS;

/**
 * The most common quadruples of source text, folded as the vector search
 * folds its input, weighted by how common, as bit sets: for each position in
 * a quadruple and each low (or high) nibble, the set of quadruples whose byte
 * there has that nibble. A bucket's masks then admit the intersection, over
 * the positions, of the unions of the sets for the nibbles they allow: the
 * common text that would stop the search at a position where no literal is.
 * Built on first use (only bucket layout needs them), not at start-up.
 */
interface LeakTables {
  weight: Float64Array;
  /** [position][0 low, 1 high][nibble] → a bit set of LEAK_WORDS words. */
  nibbleSets: Uint32Array;
  admitted: Uint32Array;
  /** The union of the nibble sets a mask allows, by position, half and mask: the same masks come back often. */
  unions: Map<number, Uint32Array>;
}
let leakTables: LeakTables | undefined;
function leakQuads(): LeakTables {
  if (leakTables) return leakTables;
  const weight = new Float64Array(LEAK_WORDS * 32);
  const nibbleSets = new Uint32Array(FINGERPRINT * 2 * 16 * LEAK_WORDS);
  for (let rank = 0; rank < QUADS; rank++) {
    for (let j = 0; j < FINGERPRINT; j++) {
      const byte = COMMON_QUADS.charCodeAt(5 * rank + j) | 0x20;
      nibbleSets[nibbleSet(j, 0, byte & 15) + (rank >> 5)]! |= 1 << (rank & 31);
      nibbleSets[nibbleSet(j, 1, byte >> 4) + (rank >> 5)]! |= 1 << (rank & 31);
    }
    weight[rank] = 1 / (1 + rank / 50);
  }
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

/** How much common text a bucket with these masks lets through. */
function leak(lo: ArrayLike<number>, hi: ArrayLike<number>): number {
  const tables = leakQuads();
  const { admitted, weight } = tables;
  admitted.fill(0xffffffff);
  for (let j = 0; j < FINGERPRINT; j++) {
    for (let high = 0; high < 2; high++) {
      const mask = high ? hi[j]! : lo[j]!;
      if (mask === 0xffff) continue;
      const union = unionOf(tables, j, high, mask);
      for (let i = 0; i < LEAK_WORDS; i++) admitted[i]! &= union[i]!;
    }
  }
  let total = 0;
  for (let i = 0; i < LEAK_WORDS; i++) {
    for (let bits = admitted[i]!; bits !== 0; bits &= bits - 1) total += weight[32 * i + 31 - Math.clz32(bits & -bits)]!;
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
