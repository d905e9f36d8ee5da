import { nodeCrypto } from '../../core/builtin';
import type { TreeContext } from '../types';

/** What a private key's own certificates, found beside it, say of it. */
export interface KeyCertificate {
  /** The file of the certificate named in messages (the first, in path order, of those that are the key's). */
  path: string;
  /** Every certificate of the key beside it names itself as its issuer and verifies with its own key. */
  selfSigned: boolean;
  /** When the last of them stopped being valid (`YYYY-MM-DD`), when every one has. */
  expired: string | null;
  /**
   * When they are not self-signed: the file of the authority beside them that issued every one of them, when that
   * authority is itself self-signed and expired (a demo's whole chain, made by a script years ago); else null.
   */
  deadIssuer: string | null;
  /**
   * Every certificate of the key beside it is self-signed, no authority (`CA:FALSE` or none), and names loopback hosts
   * only (`localhost`, `*.localhost`, `127.0.0.1`, `::1`): a development server's, which vouches for no other host.
   */
  localhostOnly: boolean;
  /**
   * When they are not self-signed: the authority beside them that issued every one of them, when it is self-signed,
   * an authority, and calls itself a test's (`CN=Test CA`), and every one of them names local hosts only (loopback
   * ones, names of one label as a compose network gives its services, or none: a client's); else null.
   */
  testIssuer: { path: string; name: string } | null;
}

/** One certificate read beside a key: whose public key it holds, and what it says. */
interface Certificate {
  path: string;
  spki: string;
  selfSigned: boolean;
  validTo: number;
  subject: string;
  issuer: string;
  /** Whether the certificate verifies with a public key (the one its issuer's certificate holds). */
  verifiesWith: (key: unknown) => boolean;
  publicKey: unknown;
  /** A certificate authority's (basic constraints `CA:TRUE`). */
  ca: boolean;
  /** It names hosts, and every one is a loopback name or address. */
  loopbackOnly: boolean;
  /** Every host it names is a loopback one or a name of one label (`telegraf`), or it names none but such a common name. */
  localOnly: boolean;
}

/** Files beside a key whose certificates are read: `.crt`, `.cert`, `.cer`, `.pem`, and the key's own file. */
const CERTIFICATE_FILE = /\.(?:crt|cert|cer|pem)$/i;
/** More files than this in a folder, or certificates than this in a file, are not read. */
const MAX_FILES = 8;
const MAX_PER_FILE = 32;
const BEGIN_CERTIFICATE = '-----BEGIN CERTIFICATE-----';
const END_CERTIFICATE = '-----END CERTIFICATE-----';

/** Certificates read from a file or a folder, and whether that was all of them. */
interface Read {
  certs: Certificate[];
  complete: boolean;
}

/** The certificates of each folder, read once per scan. */
const FOLDERS = new WeakMap<TreeContext, Map<string, Promise<Read>>>();

/**
 * The certificates of the private key that starts on line `line` of the file at `keyPath`: those in that file and
 * in the certificate files beside it whose public key is the key's (by the SHA-256 of its SubjectPublicKeyInfo).
 * Null when none is, or the key cannot be read (encrypted, or a format Node does not take).
 */
export async function certificateOfKey(tree: TreeContext, keyPath: string, keyText: string, line: number, now: number): Promise<KeyCertificate | null> {
  const pem = pemAt(keyText, line);
  if (pem === null) return null;
  const crypto = nodeCrypto();
  let spki: string;
  try {
    const der = crypto.createPublicKey(crypto.createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
    spki = crypto.createHash('sha256').update(der).digest('hex');
  } catch {
    return null;
  }
  const dir = keyPath.slice(0, keyPath.lastIndexOf('/') + 1);
  const inFile = fileCertificates(tree, keyPath, keyText);
  const folder = await folderCertificates(tree, dir);
  const own = [...folder.certs.filter((c) => c.path !== keyPath), ...inFile.certs].filter((c) => c.spki === spki);
  if (own.length === 0) return null;
  // Not every certificate beside it was read (too many files, or too many in one): one left unread may be a renewal.
  if (!folder.complete || !inFile.complete) return null;
  own.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const last = Math.max(...own.map((c) => c.validTo));
  const selfSigned = own.every((c) => c.selfSigned);
  // Each certificate's issuer among those beside it (the same subject, and its key verifies the certificate).
  const issuers = selfSigned ? [] : own.map((c) => folder.certs.find((i) => i.subject === c.issuer && i.spki !== c.spki && c.verifiesWith(i.publicKey)) ?? null);
  const deadIssuer =
    issuers.length > 0 && issuers.every((i) => i !== null && i.selfSigned && i.validTo < now) && new Set(issuers.map((i) => i!.spki)).size === 1 ? issuers[0]!.path : null;
  return {
    path: own[0]!.path,
    selfSigned,
    expired: Number.isFinite(last) && last < now ? new Date(last).toISOString().slice(0, 10) : null,
    deadIssuer,
    localhostOnly: selfSigned && own.every((c) => !c.ca && c.loopbackOnly),
    testIssuer:
      issuers.length > 0 &&
      issuers.every((i) => i !== null && i.selfSigned && i.ca && TEST_AUTHORITY.test(i.subject)) &&
      new Set(issuers.map((i) => i!.spki)).size === 1 &&
      own.every((c) => !c.ca && c.localOnly)
        ? { path: issuers[0]!.path, name: /(?:^|\n)CN=([^\n]{1,64})/.exec(issuers[0]!.subject)?.[1] ?? issuers[0]!.subject.split('\n')[0]! }
        : null,
  };
}

/** An authority's subject that calls it a test's, a development's or an example's (`CN=Test CA`, `O=Dev Root`). */
const TEST_AUTHORITY = /(?:^|\n)(?:CN|O|OU)=[^\n]{0,60}\b(?:test|testing|dev|development|example|demo|fake|dummy|mock)\b/i;
/** A host of one label (`telegraf`, `db`), as a compose network names its services. */
const ONE_LABEL = /^DNS:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether every host a certificate names is local (see `Certificate.localOnly`). */
function namesLocalOnly(subjectAltName: string | undefined, subject: string): boolean {
  if (subjectAltName !== undefined && subjectAltName !== '') {
    const names = subjectAltName.split(/,\s*/).slice(0, 64);
    return names.length > 0 && names.every((n) => LOOPBACK_NAME.test(n.trim()) || ONE_LABEL.test(n.trim()));
  }
  const cn = /(?:^|\n)CN=([^\n]{1,255})/.exec(subject)?.[1]?.trim();
  return cn !== undefined && (LOOPBACK_NAME.test(`DNS:${cn}`) || ONE_LABEL.test(`DNS:${cn}`));
}

/** A loopback host as a certificate names it: `localhost`, `*.localhost`, `app.localhost`, `127.0.0.1`, `::1`. */
const LOOPBACK_NAME = /^(?:DNS:(?:\*\.)?(?:[a-z0-9-]{1,63}\.){0,4}localhost|IP Address:(?:127(?:\.\d{1,3}){3}|0:0:0:0:0:0:0:1|::1))$/i;

/** Whether a certificate names hosts (its alternative names, else its common name) and all of them are loopback. */
function namesLoopbackOnly(subjectAltName: string | undefined, subject: string): boolean {
  if (subjectAltName !== undefined && subjectAltName !== '') {
    const names = subjectAltName.split(/,\s*/).slice(0, 64);
    return names.length > 0 && names.every((n) => LOOPBACK_NAME.test(n.trim()));
  }
  const cn = /(?:^|\n)CN=([^\n]{1,255})/.exec(subject)?.[1];
  return cn !== undefined && LOOPBACK_NAME.test(`DNS:${cn.trim()}`);
}

/** The certificates of each key file, read once per scan (a bundle of many keys and their certificates). */
const FILES = new WeakMap<TreeContext, Map<string, Read>>();

function fileCertificates(tree: TreeContext, path: string, text: string): Read {
  let files = FILES.get(tree);
  if (files === undefined) FILES.set(tree, (files = new Map()));
  let found = files.get(path);
  if (found === undefined) files.set(path, (found = readCertificates(path, text)));
  return found;
}

function folderCertificates(tree: TreeContext, dir: string): Promise<Read> {
  let folders = FOLDERS.get(tree);
  if (folders === undefined) FOLDERS.set(tree, (folders = new Map()));
  let found = folders.get(dir);
  if (found === undefined) folders.set(dir, (found = readFolder(tree, dir)));
  return found;
}

async function readFolder(tree: TreeContext, dir: string): Promise<Read> {
  const files = tree.entries
    .filter((e) => e.kind === 'file' && e.status !== 'ignored' && e.path.startsWith(dir) && e.path.indexOf('/', dir.length) < 0 && CERTIFICATE_FILE.test(e.path))
    .map((e) => e.path)
    .sort();
  const out: Read = { certs: [], complete: files.length <= MAX_FILES };
  for (const path of files.slice(0, MAX_FILES)) {
    const text = await tree.readText(path);
    if (text === null) continue;
    const read = readCertificates(path, text);
    out.certs.push(...read.certs);
    if (!read.complete) out.complete = false;
  }
  return out;
}

/** The longest certificate block read (a chain's certificates are a few KiB each). */
const MAX_BLOCK = 16 * 1024;

/** The certificates of a PEM text, each block tried once and at most `MAX_PER_FILE` of them. */
function readCertificates(path: string, text: string): Read {
  const out: Read = { certs: [], complete: true };
  const crypto = nodeCrypto();
  let tried = 0;
  for (let at = text.indexOf(BEGIN_CERTIFICATE); at >= 0; at = text.indexOf(BEGIN_CERTIFICATE, at + 1)) {
    if (tried++ === MAX_PER_FILE) {
      out.complete = false;
      break;
    }
    // A block ends before the next one begins, within `MAX_BLOCK`: each byte is looked at a bounded number of times.
    const next = text.indexOf(BEGIN_CERTIFICATE, at + 1);
    const block = text.slice(at, Math.min(next < 0 ? text.length : next, at + MAX_BLOCK));
    const end = block.indexOf(END_CERTIFICATE);
    if (end < 0) continue;
    try {
      const cert = new crypto.X509Certificate(block.slice(0, end + END_CERTIFICATE.length));
      const der = cert.publicKey.export({ type: 'spki', format: 'der' });
      out.certs.push({
        path,
        spki: crypto.createHash('sha256').update(der).digest('hex'),
        selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
        validTo: Date.parse(cert.validTo),
        subject: cert.subject,
        issuer: cert.issuer,
        verifiesWith: (key) => {
          try {
            return cert.verify(key as typeof cert.publicKey);
          } catch {
            return false;
          }
        },
        publicKey: cert.publicKey,
        ca: cert.ca,
        loopbackOnly: namesLoopbackOnly(cert.subjectAltName, cert.subject),
        localOnly: namesLocalOnly(cert.subjectAltName, cert.subject),
      });
    } catch {
      // Not a certificate Node reads: it says nothing of the key.
    }
  }
  return out;
}

/** The PEM block of a private key that starts on line `line` (1-based) of `text`, as a file holds it (not in a string). */
function pemAt(text: string, line: number): string | null {
  // The key's line, found without splitting the whole text.
  let at = 0;
  for (let k = 1; k < line; k++) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) return null;
  }
  const begin = text.indexOf('-----BEGIN', at);
  const eol = text.indexOf('\n', at);
  if (begin < 0 || (eol >= 0 && begin > eol)) return null;
  const end = text.indexOf('-----END', begin);
  if (end < 0) return null;
  const close = text.indexOf('-----', end + 8);
  return close < 0 ? null : text.slice(begin, close + 5).replace(/\r/g, '');
}
