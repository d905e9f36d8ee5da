import { nodeCrypto } from '../../core/builtin';

/**
 * Key stores recognised by their magic numbers, reading only the bytes that
 * say what they hold:
 *
 * - Java KeyStore (JKS): `FE ED FE ED`, a version and an entry count, then
 *   entries tagged 1 (private key) or 2 (trusted certificate), all in clear
 *   but the key material; JCEKS (`CE CE CE CE`) adds tag 3 (secret key).
 * - PKCS#12 (`.p12`, `.pfx`, and Java's default keystore type since 9): a DER
 *   `PFX` SEQUENCE whose first field is INTEGER 3. Its keys are encrypted,
 *   and its certificates mostly too; keytool and OpenSSL leave a key's bag,
 *   with its alias, in clear, and a MAC over the whole that a guessed
 *   password can be checked against (`readPkcs12`).
 * - KeePass: `03 D9 A2 9A` then `67 FB 4B B5` (KDBX), `66 FB 4B B5` (KDBX
 *   pre-release) or `65 FB 4B B5` (KeePass 1 `.kdb`).
 */

export type JavaKeystore = {
  format: 'JKS' | 'JCEKS';
  /** Private and secret key entries, counted while the entries could be read. */
  keys: number;
  certificates: number;
  /** False when the entries could not all be walked (cut short, or a JCEKS secret key ended the walk). */
  complete: boolean;
  /** The aliases of the private key entries walked (keytool writes them in lower case), and `''` for each secret key. */
  keyAliases: string[];
  /** Each private key entry's certificate chain, in the order walked: its length, and its first certificate (DER). */
  keyChains: { length: number; first: Uint8Array | null }[];
};

/** Entries walked at most: a keystore holds a handful; a bigger count is not a keystore. */
const MAX_ENTRIES = 4096;

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

/** Reads a JKS or JCEKS keystore's entry list; null when the bytes are not one. */
export function readJavaKeystore(b: Uint8Array): JavaKeystore | null {
  if (b.length < 12) return null;
  const magic = u32(b, 0);
  const format = magic === 0xfeedfeed ? 'JKS' : magic === 0xcececece ? 'JCEKS' : null;
  if (format === null) return null;
  const version = u32(b, 4);
  if (version !== 1 && version !== 2) return null;
  const count = u32(b, 8);
  if (count > MAX_ENTRIES) return null;
  const ks: JavaKeystore = { format, keys: 0, certificates: 0, complete: true, keyAliases: [], keyChains: [] };
  let at = 12;
  const need = (n: number) => at + n <= b.length;
  const skipUtf = () => {
    if (!need(2)) return false;
    at += 2 + ((b[at]! << 8) | b[at + 1]!);
    return at <= b.length;
  };
  const skipBlock = () => {
    if (!need(4)) return false;
    at += 4 + u32(b, at);
    return at <= b.length;
  };
  const skipCertificate = () => (version === 2 ? skipUtf() : true) && skipBlock();
  for (let i = 0; i < count; i++) {
    if (!need(4)) return { ...ks, complete: false };
    const tag = u32(b, at);
    at += 4;
    // Alias and creation date.
    const alias = at + 2;
    if (!skipUtf() || !need(8)) return { ...ks, complete: false };
    // A secret key's alias is kept as '': whatever its name, it is not a debug keystore's private key.
    if (tag === 1 || tag === 3) ks.keyAliases.push(tag === 1 ? latin1Of(b, alias, Math.min(at, alias + 256)) : '');
    at += 8;
    if (tag === 1) {
      ks.keys++;
      if (!skipBlock() || !need(4)) return { ...ks, complete: false };
      const chain = u32(b, at);
      at += 4;
      if (chain > MAX_ENTRIES) return { ...ks, complete: false };
      const entry: JavaKeystore['keyChains'][number] = { length: chain, first: null };
      ks.keyChains.push(entry);
      for (let c = 0; c < chain; c++) {
        // The certificate's type (version 2), then its encoding as a block.
        if ((version === 2 && !skipUtf()) || !need(4)) return { ...ks, complete: false };
        const start = at + 4;
        if (!skipBlock()) return { ...ks, complete: false };
        if (c === 0) entry.first = b.subarray(start, at);
      }
    } else if (tag === 2) {
      ks.certificates++;
      if (!skipCertificate()) return { ...ks, complete: false };
    } else if (tag === 3 && format === 'JCEKS') {
      // A serialised Java object with no length before it: the walk ends here.
      ks.keys++;
      return { ...ks, complete: false };
    } else {
      return null;
    }
  }
  return ks;
}

/** The attributes of an X.509 name that `certificateNames` names, by their object identifiers (2.5.4.x). */
const NAME_ATTRIBUTES: Record<number, string> = { 3: 'CN', 6: 'C', 7: 'L', 8: 'ST', 10: 'O', 11: 'OU' };

/** What an X.509 certificate is issued to, as `certificateNames` reads it. */
export interface CertificateNames {
  /** Its issuer's bytes are its subject's. */
  selfIssued: boolean;
  /**
   * The subject's relative names in order, each as its attributes: `CN`, `O`, `OU`, `L`, `ST`, `C`, or the dotted
   * object identifier of any other, with the value's bytes read as UTF-8.
   */
  subject: { type: string; value: string }[][];
  /** The subject alternative names (`dns`, `ip` as bytes in hex, `other`); null when it has none. */
  altNames: { type: 'dns' | 'ip' | 'other'; value: string }[] | null;
}

/** A DER object identifier's dotted form (its first two arcs as encoded, as this reader needs no more). */
function oidText(b: Uint8Array, e: Element): string {
  const arcs: number[] = [];
  let n = 0;
  for (let i = e.start; i < e.end; i++) {
    n = n * 128 + (b[i]! & 0x7f);
    if ((b[i]! & 0x80) === 0) {
      arcs.push(n);
      n = 0;
    }
  }
  return arcs.join('.');
}

/**
 * What an X.509 certificate (DER) is issued to: its subject's names, its subject alternative names, and whether it
 * issued itself; null when the DER cannot be read so far.
 */
export function certificateNames(b: Uint8Array): CertificateNames | null {
  const cert = element(b, 0, b.length);
  const tbs = cert && cert.tag === 0x30 ? element(b, cert.start, cert.end) : null;
  const parts = tbs && tbs.tag === 0x30 ? children(b, tbs) : null;
  if (parts === null) return null;
  // [0] version, when present; then serial number, signature algorithm, issuer, validity, subject, key, and after
  // it the optional unique ids ([1], [2]) and extensions ([3]).
  const first = parts[0]?.tag === 0xa0 ? 1 : 0;
  const issuer = parts[first + 2];
  const subject = parts[first + 4];
  if (issuer?.tag !== 0x30 || subject?.tag !== 0x30) return null;
  const sets = children(b, subject);
  if (sets === null) return null;
  const names: { type: string; value: string }[][] = [];
  for (const set of sets) {
    const pairs = set.tag === 0x31 ? children(b, set) : null;
    if (pairs === null) return null;
    const rdn: { type: string; value: string }[] = [];
    for (const pair of pairs) {
      const [oid, value] = pair.tag === 0x30 ? (children(b, pair) ?? []) : [];
      if (oid === undefined || value === undefined || oid.tag !== 0x06) return null;
      const known = oid.end - oid.start === 3 && b[oid.start] === 0x55 && b[oid.start + 1] === 0x04 ? NAME_ATTRIBUTES[b[oid.start + 2]!] : undefined;
      rdn.push({ type: known ?? oidText(b, oid), value: Buffer.from(b.subarray(value.start, value.end)).toString('utf8') });
    }
    names.push(rdn);
  }
  // Extensions are read strictly: anything this reader cannot account for (a second block, a field too many,
  // bytes after a value) makes the whole certificate unreadable rather than skipped.
  let altNames: CertificateNames['altNames'] = null;
  const blocks = parts.filter((p, i) => i > first + 5 && p.tag === 0xa3);
  if (blocks.length > 1) return null;
  if (blocks.length === 1) {
    const list = element(b, blocks[0]!.start, blocks[0]!.end);
    const extensions = list && list.tag === 0x30 && list.end === blocks[0]!.end ? children(b, list) : null;
    if (extensions === null) return null;
    for (const ext of extensions) {
      const fields = ext.tag === 0x30 ? children(b, ext) : null;
      if (fields === null || fields.length < 2 || fields.length > 3 || fields[0]!.tag !== 0x06) return null;
      if (fields.length === 3 && fields[1]!.tag !== 0x01) return null;
      const octets = fields[fields.length - 1]!;
      if (octets.tag !== 0x04) return null;
      if (!oidIs(b, fields[0], OID_SUBJECT_ALT_NAME)) continue;
      const general = element(b, octets.start, octets.end);
      const entries: Element[] | null = altNames === null && general && general.tag === 0x30 && general.end === octets.end ? children(b, general) : null;
      // One list of names, of the few a certificate for a machine carries.
      if (entries === null || entries.length > MAX_ALT_NAMES) return null;
      altNames = entries.map((e) => {
        const value = Buffer.from(b.subarray(e.start, e.end));
        return e.tag === 0x82 ? { type: 'dns', value: value.toString('latin1') } : e.tag === 0x87 ? { type: 'ip', value: value.toString('hex') } : { type: 'other', value: '' };
      });
    }
  }
  const selfIssued = Buffer.from(b.subarray(issuer.start, issuer.end)).equals(b.subarray(subject.start, subject.end));
  return { selfIssued, subject: names, altNames };
}

/** A DER (or BER, indefinite length) SEQUENCE whose first element is INTEGER 3: a PKCS#12 `PFX`. */
export function isPkcs12(b: Uint8Array): boolean {
  if (b.length < 8 || b[0] !== 0x30) return false;
  let at = 1;
  const len = b[at]!;
  if (len === 0x80) at += 1;
  else if (len > 0x80 && len <= 0x84) at += 1 + (len - 0x80);
  else if (len < 0x80) at += 1;
  else return false;
  return b[at] === 0x02 && b[at + 1] === 0x01 && b[at + 2] === 0x03 && b[at + 3] === 0x30;
}

function latin1Of(b: Uint8Array, from: number, to: number): string {
  return Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('latin1');
}

/**
 * Whether a whole JKS or JCEKS keystore's integrity digest is the one `password` gives: SHA-1 of the password
 * (each character as two bytes, big-endian), the words `Mighty Aphrodite` and every byte before the digest.
 */
export function javaKeystorePasswordIs(b: Uint8Array, password: string): boolean {
  if (b.length < 32) return false;
  const digest = nodeCrypto()
    .createHash('sha1')
    .update(Buffer.from(password, 'utf16le').swap16())
    .update('Mighty Aphrodite', 'utf8')
    .update(b.subarray(0, b.length - 20))
    .digest();
  return digest.equals(b.subarray(b.length - 20));
}

/** A DER element: its tag, and where its content starts and ends. */
interface Element {
  tag: number;
  start: number;
  end: number;
}

/** The DER element at `at`, within `end`; null for an indefinite or impossible length. */
function element(b: Uint8Array, at: number, end: number): Element | null {
  if (at + 2 > end) return null;
  const tag = b[at]!;
  let len = b[at + 1]!;
  let start = at + 2;
  if (len >= 0x80) {
    const n = len - 0x80;
    if (n === 0 || n > 4 || start + n > end) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i]!;
    start += n;
  }
  return start + len <= end ? { tag, start, end: start + len } : null;
}

/** The elements of a constructed DER element, in order; null when one cannot be read. */
function children(b: Uint8Array, parent: Element): Element[] | null {
  const out: Element[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const e = element(b, at, parent.end);
    if (e === null) return null;
    out.push(e);
    at = e.end;
  }
  return out;
}

function oidIs(b: Uint8Array, e: Element | undefined, oid: readonly number[]): boolean {
  if (e === undefined || e.tag !== 0x06 || e.end - e.start !== oid.length) return false;
  for (let i = 0; i < oid.length; i++) if (b[e.start + i] !== oid[i]) return false;
  return true;
}

// Object identifiers, DER-encoded without their tag and length.
const OID_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const OID_SUBJECT_ALT_NAME = [0x55, 0x1d, 0x11];
/** Subject alternative names read at most: a certificate with more is not read at all. */
const MAX_ALT_NAMES = 64;
const OID_FRIENDLY_NAME = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x14];
/** The MAC's digests, with each one's name for Node and its block size in bytes (RFC 7292, appendix B). */
const MAC_DIGESTS: { oid: number[]; name: string; block: number }[] = [
  { oid: [0x2b, 0x0e, 0x03, 0x02, 0x1a], name: 'sha1', block: 64 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x04], name: 'sha224', block: 64 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01], name: 'sha256', block: 64 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02], name: 'sha384', block: 128 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03], name: 'sha512', block: 128 },
];

export interface Pkcs12Contents {
  /** The aliases (`friendlyName`) of the keys whose bags are in clear, `''` for one without. */
  visibleKeyAliases: string[];
  /**
   * When `password` is the one the file's MAC was made with: the aliases of all its keys (private and secret), those
   * in the parts it encrypts too, decrypted with it. Null when the password is another, or a part cannot be read
   * (an encryption this reader does not know, such as RC2, or a bag that nests others).
   */
  keyAliasesWith: (password: string) => string[] | null;
  /**
   * Whether the file's MAC is the one `password` gives: `''` as an empty BMPString (its terminating zero alone, as
   * OpenSSL's `-passout pass:` writes it), null as no password bytes at all.
   */
  macPasswordIs: (password: string | null) => boolean;
  /** The MAC's iteration count: each password tried costs that many digests. */
  macRounds: number;
}

/**
 * Reads a whole DER PKCS#12 file's structure: the aliases of its keys in clear, and, for a password, whether the
 * MAC is the one it gives and what the encrypted parts hold. Null for anything else (BER with indefinite lengths,
 * no MAC, a PBMAC1 or unknown MAC, more iterations than `MAX_ITERATIONS`, a part that cannot be read).
 */
export function readPkcs12(b: Uint8Array): Pkcs12Contents | null {
  const pfx = element(b, 0, b.length);
  if (pfx === null || pfx.tag !== 0x30) return null;
  const [version, authSafe, macData] = children(b, pfx) ?? [];
  if (version?.tag !== 0x02 || authSafe?.tag !== 0x30 || macData?.tag !== 0x30) return null;
  // authSafe: ContentInfo { data, [0] { OCTET STRING } }: the MAC covers that string's content.
  const [type, wrapped] = children(b, authSafe) ?? [];
  if (!oidIs(b, type, OID_DATA) || wrapped?.tag !== 0xa0) return null;
  const octets = children(b, wrapped)?.[0];
  if (octets?.tag !== 0x04) return null;
  // MacData { DigestInfo { AlgorithmIdentifier { oid, … }, digest }, salt, iterations }
  const [digestInfo, salt, iterations] = children(b, macData) ?? [];
  if (digestInfo?.tag !== 0x30 || salt?.tag !== 0x04) return null;
  const [algorithm, mac] = children(b, digestInfo) ?? [];
  const digestOid = algorithm?.tag === 0x30 ? children(b, algorithm)?.[0] : undefined;
  const digest = MAC_DIGESTS.find((d) => oidIs(b, digestOid, d.oid));
  if (digest === undefined || mac?.tag !== 0x04) return null;
  const rounds = iterations === undefined ? 1 : count(b, iterations);
  if (rounds === null) return null;
  // AuthenticatedSafe: SEQUENCE OF ContentInfo, each `data` (bags in clear) or `encryptedData`.
  const safe = element(b, octets.start, octets.end);
  const parts = safe !== null && safe.tag === 0x30 ? children(b, safe) : null;
  if (parts === null) return null;
  const visible: string[] = [];
  const encrypted: Element[] = [];
  for (const info of parts) {
    // keytool and OpenSSL write one encrypted part (the certificates): a few at most are decrypted.
    if (encrypted.length > MAX_ENCRYPTED_PARTS) return null;
    const [partType, content] = children(b, info) ?? [];
    const inner = content?.tag === 0xa0 ? children(b, content)?.[0] : undefined;
    if (inner === undefined) return null;
    if (oidIs(b, partType, OID_ENCRYPTED_DATA)) encrypted.push(inner);
    else if (!oidIs(b, partType, OID_DATA) || inner.tag !== 0x04 || !bagAliases(b, element(b, inner.start, inner.end), visible)) return null;
  }
  const expected = Buffer.from(b.subarray(mac.start, mac.end));
  const data = b.subarray(octets.start, octets.end);
  const saltBytes = b.subarray(salt.start, salt.end);
  const macPasswordIs = (password: string | null) =>
    nodeCrypto().createHmac(digest.name, pkcs12MacKey(digest.name, digest.block, password, saltBytes, rounds, expected.length)).update(data).digest().equals(expected);
  return {
    visibleKeyAliases: visible,
    macPasswordIs,
    macRounds: rounds,
    keyAliasesWith: (password) => {
      if (!macPasswordIs(password)) return null;
      const all = [...visible];
      for (const part of encrypted) {
        const plain = decryptPart(b, part, password);
        if (plain === null || !bagAliases(plain, element(plain, 0, plain.length), all)) return null;
      }
      return all;
    },
  };
}

/** More iterations than this are not worked out (keytool uses 10,000, OpenSSL 2,048; 10,000 take about 16 ms). */
const MAX_ITERATIONS = 10_000;
/** More encrypted parts than this are not decrypted, each costing up to `MAX_ITERATIONS` rounds of PBKDF2. */
const MAX_ENCRYPTED_PARTS = 4;

/** A positive INTEGER no larger than `MAX_ITERATIONS`, or null. */
function count(b: Uint8Array, e: Element): number | null {
  if (e.tag !== 0x02 || e.end - e.start > 4) return null;
  let n = 0;
  for (let i = e.start; i < e.end; i++) n = n * 256 + b[i]!;
  return n >= 1 && n <= MAX_ITERATIONS ? n : null;
}

/**
 * The MAC key of RFC 7292, appendix B.2 (ID 3), for a key no longer than one digest: the digest, `rounds` times
 * over, of a block of 3s, the salt and the password (a BMPString with its terminating zero; nothing for none) each
 * repeated to whole blocks.
 */
function pkcs12MacKey(hash: string, block: number, password: string | null, salt: Uint8Array, rounds: number, length: number): Buffer {
  const fill = (bytes: Uint8Array) => {
    if (bytes.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(block * Math.ceil(bytes.length / block));
    for (let i = 0; i < out.length; i++) out[i] = bytes[i % bytes.length]!;
    return out;
  };
  const pw = password === null ? Buffer.alloc(0) : Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
  const crypto = nodeCrypto();
  let a: Buffer = crypto.createHash(hash).update(Buffer.alloc(block, 3)).update(fill(salt)).update(fill(pw)).digest();
  // `crypto.hash` (Node 20.12 and later) digests without making an object each round: a quarter of the time.
  const once = crypto.hash as ((algorithm: string, data: Buffer, encoding: 'buffer') => Buffer) | undefined;
  for (let r = 1; r < rounds; r++) a = once ? once(hash, a, 'buffer') : crypto.createHash(hash).update(a).digest();
  return a.subarray(0, length);
}

/**
 * Adds to `out` the aliases of the keys in a SafeContents (`''` for a key without one, and for every secret key):
 * key bags, shrouded key bags and secret bags. Certificates and CRLs are passed over. False when it cannot be read, or holds a bag of bags or
 * one of a type this reader does not know.
 */
function bagAliases(b: Uint8Array, bags: Element | null, out: string[]): boolean {
  if (bags === null || bags.tag !== 0x30) return false;
  for (const bag of children(b, bags) ?? [null]) {
    if (bag === null) return false;
    const [id, , attributes] = children(b, bag) ?? [];
    const kind = BAG_KINDS.find((k) => oidIs(b, id, k.oid));
    if (kind === undefined) return false;
    if (!kind.key) continue;
    if (kind.secret) {
      out.push('');
      continue;
    }
    let alias: string | undefined;
    for (const attribute of (attributes?.tag === 0x31 ? children(b, attributes) : null) ?? []) {
      const [attrType, values] = children(b, attribute) ?? [];
      if (!oidIs(b, attrType, OID_FRIENDLY_NAME)) continue;
      const value = values?.tag === 0x31 ? children(b, values)?.[0] : undefined;
      if (value?.tag !== 0x1e || (value.end - value.start) % 2 !== 0) return false;
      // The first, as OpenSSL reads it.
      alias ??= Buffer.from(b.subarray(value.start, value.end)).swap16().toString('utf16le');
    }
    out.push(alias ?? '');
  }
  return true;
}

/**
 * An `encryptedData` part decrypted with `password`: PBES2 with PBKDF2 and AES-CBC, as keytool (Java 12 and later)
 * and OpenSSL 3 encrypt certificates; null for any other scheme (RC2 and 3DES of older tools), or a password that
 * does not decrypt it.
 */
function decryptPart(b: Uint8Array, part: Element, password: string): Buffer | null {
  const [, info] = part.tag === 0x30 ? (children(b, part) ?? []) : [];
  const [, algorithm, content] = info?.tag === 0x30 ? (children(b, info) ?? []) : [];
  const [scheme, params] = algorithm?.tag === 0x30 ? (children(b, algorithm) ?? []) : [];
  if (!oidIs(b, scheme, OID_PBES2) || params?.tag !== 0x30 || content?.tag !== 0x80) return null;
  const [kdf, cipher] = children(b, params) ?? [];
  const [kdfOid, kdfParams] = kdf?.tag === 0x30 ? (children(b, kdf) ?? []) : [];
  if (!oidIs(b, kdfOid, OID_PBKDF2) || kdfParams?.tag !== 0x30) return null;
  const [salt, iterations, ...rest] = children(b, kdfParams) ?? [];
  const rounds = iterations === undefined ? null : count(b, iterations);
  if (salt?.tag !== 0x04 || rounds === null) return null;
  const prfSeq = rest.find((e) => e.tag === 0x30);
  const prfOid = prfSeq === undefined ? undefined : children(b, prfSeq)?.[0];
  const prf = prfSeq === undefined ? 'sha1' : PRFS.find((p) => oidIs(b, prfOid, p.oid))?.name;
  const [cipherOid, iv] = cipher?.tag === 0x30 ? (children(b, cipher) ?? []) : [];
  const aes = AES_CBC.find((a) => oidIs(b, cipherOid, a.oid));
  if (prf === undefined || aes === undefined || iv?.tag !== 0x04 || iv.end - iv.start !== 16) return null;
  try {
    const crypto = nodeCrypto();
    const key = crypto.pbkdf2Sync(Buffer.from(password, 'utf8'), b.subarray(salt.start, salt.end), rounds, aes.bytes, prf);
    const decipher = crypto.createDecipheriv(aes.name, key, b.subarray(iv.start, iv.end));
    return Buffer.concat([decipher.update(b.subarray(content.start, content.end)), decipher.final()]);
  } catch {
    return null;
  }
}

const OID_ENCRYPTED_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x06];
const OID_PBES2 = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
const OID_PBKDF2 = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c];
const bagOid = (n: number) => [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x0a, 0x01, n];
/** SafeBag types: key, shrouded key, certificate, CRL and secret bags (a bag of bags is not read). */
const BAG_KINDS = [
  { oid: bagOid(1), key: true, secret: false },
  { oid: bagOid(2), key: true, secret: false },
  { oid: bagOid(3), key: false, secret: false },
  { oid: bagOid(4), key: false, secret: false },
  { oid: bagOid(5), key: true, secret: true },
];
const PRFS = [
  { oid: [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x07], name: 'sha1' },
  { oid: [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x08], name: 'sha224' },
  { oid: [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09], name: 'sha256' },
  { oid: [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x0a], name: 'sha384' },
  { oid: [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x0b], name: 'sha512' },
];
const AES_CBC = [
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x02], name: 'aes-128-cbc', bytes: 16 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x16], name: 'aes-192-cbc', bytes: 24 },
  { oid: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a], name: 'aes-256-cbc', bytes: 32 },
];

/** `kdbx` for KeePass 2 databases, `kdb` for KeePass 1; null otherwise. */
export function keepassVersion(b: Uint8Array): 'kdbx' | 'kdb' | null {
  if (b.length < 8 || b[0] !== 0x03 || b[1] !== 0xd9 || b[2] !== 0xa2 || b[3] !== 0x9a) return null;
  if (b[5] !== 0xfb || b[6] !== 0x4b || b[7] !== 0xb5) return null;
  if (b[4] === 0x67 || b[4] === 0x66) return 'kdbx';
  return b[4] === 0x65 ? 'kdb' : null;
}
