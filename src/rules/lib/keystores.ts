/**
 * Key stores recognised by their magic numbers, reading only the bytes that
 * say what they hold:
 *
 * - Java KeyStore (JKS): `FE ED FE ED`, a version and an entry count, then
 *   entries tagged 1 (private key) or 2 (trusted certificate), all in clear
 *   but the key material; JCEKS (`CE CE CE CE`) adds tag 3 (secret key).
 * - PKCS#12 (`.p12`, `.pfx`, and Java's default keystore type since 9): a DER
 *   `PFX` SEQUENCE whose first field is INTEGER 3. Its bags are encrypted,
 *   so what it holds cannot be told without the password.
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
  const ks: JavaKeystore = { format, keys: 0, certificates: 0, complete: true };
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
    if (!skipUtf() || !need(8)) return { ...ks, complete: false };
    at += 8;
    if (tag === 1) {
      ks.keys++;
      if (!skipBlock() || !need(4)) return { ...ks, complete: false };
      const chain = u32(b, at);
      at += 4;
      if (chain > MAX_ENTRIES) return { ...ks, complete: false };
      for (let c = 0; c < chain; c++) if (!skipCertificate()) return { ...ks, complete: false };
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

/** `kdbx` for KeePass 2 databases, `kdb` for KeePass 1; null otherwise. */
export function keepassVersion(b: Uint8Array): 'kdbx' | 'kdb' | null {
  if (b.length < 8 || b[0] !== 0x03 || b[1] !== 0xd9 || b[2] !== 0xa2 || b[3] !== 0x9a) return null;
  if (b[5] !== 0xfb || b[6] !== 0x4b || b[7] !== 0xb5) return null;
  if (b[4] === 0x67 || b[4] === 0x66) return 'kdbx';
  return b[4] === 0x65 ? 'kdb' : null;
}
