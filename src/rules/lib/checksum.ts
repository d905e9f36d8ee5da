/**
 * The checksum GitHub put in its 2021 token formats, which npm adopted for
 * its `npm_` tokens: the last six characters are the CRC-32 of the random
 * part before them, written in base 62 (digits, then upper case, then lower
 * case) and padded with zeros. Cloudflare's 2026 tokens end in the CRC-32
 * of their 40 random characters in hex. A string whose checksum does not
 * add up was never issued, so it is not a token.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of the characters of an ASCII string. */
export function crc32(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = CRC_TABLE[(crc ^ s.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `n` in base 62, left-padded with `0` to `width` characters. */
export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62]! + out;
  return out.padStart(width, '0');
}

/** True when the last eight characters of `body` are the CRC-32 of the rest in lower-case hex (Cloudflare's tokens). */
export function hasCrc32HexChecksum(body: string): boolean {
  if (body.length <= 8) return false;
  return crc32(body.slice(0, -8)).toString(16).padStart(8, '0') === body.slice(-8);
}

/** True when the last six characters of `body` are the base-62 CRC-32 of the rest. */
export function hasCrc32Checksum(body: string): boolean {
  if (body.length <= 6) return false;
  return base62(crc32(body.slice(0, -6)), 6) === body.slice(-6);
}
