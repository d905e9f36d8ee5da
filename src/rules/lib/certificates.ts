import { nodeCrypto } from '../../core/builtin';
import type { TreeContext } from '../types';

/** What a private key's own certificate, found beside it, says of it. */
export interface KeyCertificate {
  /** The file the certificate is in. */
  path: string;
  /** Its subject and issuer are the same name, and it verifies with its own key: no authority vouched for it. */
  selfSigned: boolean;
  /** When it stopped being valid (`YYYY-MM-DD`), when it has. */
  expired: string | null;
}

/** Files beside a key whose certificates are read: `.crt`, `.cert`, `.cer`, `.pem`, and the key's own file. */
const CERTIFICATE_FILE = /\.(?:crt|cert|cer|pem)$/i;
/** More files than this beside a key are not read for its certificate. */
const MAX_FILES = 8;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]{1,16384}?-----END CERTIFICATE-----/g;

/**
 * The certificate of the private key that starts on line `line` of the file at `keyPath`, from the certificates in
 * that file and in the certificate files beside it: the one whose public key is the key's (`checkPrivateKey`). Null
 * when none is, or the key cannot be read (encrypted, or a format Node does not take).
 */
export async function certificateOfKey(tree: TreeContext, keyPath: string, line: number, now: number): Promise<KeyCertificate | null> {
  const text = await tree.readText(keyPath);
  if (text === null) return null;
  const pem = pemAt(text, line);
  if (pem === null) return null;
  const crypto = nodeCrypto();
  let key: import('node:crypto').KeyObject;
  try {
    key = crypto.createPrivateKey(pem);
  } catch {
    return null;
  }
  const dir = keyPath.slice(0, keyPath.lastIndexOf('/') + 1);
  const beside = tree.entries
    .filter((e) => e.kind === 'file' && e.path !== keyPath && e.path.startsWith(dir) && !e.path.slice(dir.length).includes('/') && CERTIFICATE_FILE.test(e.path))
    .map((e) => e.path)
    .sort()
    .slice(0, MAX_FILES);
  for (const path of [keyPath, ...beside]) {
    const certText = path === keyPath ? text : await tree.readText(path);
    if (certText === null || !certText.includes('-----BEGIN CERTIFICATE-----')) continue;
    PEM_CERTIFICATE.lastIndex = 0;
    for (let m = PEM_CERTIFICATE.exec(certText); m !== null; m = PEM_CERTIFICATE.exec(certText)) {
      let cert: import('node:crypto').X509Certificate;
      try {
        cert = new crypto.X509Certificate(m[0]);
        if (!cert.checkPrivateKey(key)) continue;
      } catch {
        continue;
      }
      const until = Date.parse(cert.validTo);
      return {
        path,
        selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
        expired: Number.isFinite(until) && until < now ? new Date(until).toISOString().slice(0, 10) : null,
      };
    }
  }
  return null;
}

/** The PEM block of a private key that starts on line `line` (1-based) of `text`, as a file holds it (not in a string). */
function pemAt(text: string, line: number): string | null {
  const lines = text.split('\n');
  const first = lines[line - 1];
  const begin = first?.indexOf('-----BEGIN') ?? -1;
  if (begin < 0) return null;
  const out = [first!.slice(begin).trimEnd()];
  for (let k = line; k < lines.length && k < line + 200; k++) {
    const l = lines[k]!.trimEnd();
    const end = l.indexOf('-----END');
    if (end < 0) {
      out.push(l);
      continue;
    }
    const close = l.indexOf('-----', end + 8);
    if (close < 0) return null;
    out.push(l.slice(0, close + 5));
    return out.join('\n');
  }
  return null;
}
