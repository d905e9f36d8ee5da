import type { Line } from '../../core/text';

/**
 * Kubernetes resources whose fields name a secret held elsewhere: an
 * ExternalSecret's `secretKey: SECRET_KEY` is the key to create from
 * `remoteRef`, a SecretProviderClass lists object names. Nothing in them
 * is a value.
 */
const REFERENCE_KINDS = new Set([
  'ExternalSecret',
  'ClusterExternalSecret',
  'PushSecret',
  'SecretProviderClass',
  'VaultStaticSecret',
  'VaultDynamicSecret',
  'OnePasswordItem',
]);

/** A SealedSecret's `encryptedData` is ciphertext for the cluster's key, made to be committed. */
const SEALED_KIND = 'SealedSecret';

const QUICK = /ExternalSecret|PushSecret|SecretProviderClass|VaultStaticSecret|VaultDynamicSecret|OnePasswordItem|SealedSecret/;

/**
 * For a YAML file, the lines (by index) that hold no values of their own
 * because of the resource they belong to; null when there are none.
 * One pass over the lines per document.
 */
export function referenceOnlyLines(lines: readonly Line[], text: string): Uint8Array | null {
  if (!QUICK.test(text)) return null;
  let skip: Uint8Array | null = null;
  forEachDocument(lines, (from, to, kind) => {
    if (kind !== null && REFERENCE_KINDS.has(kind)) {
      skip ??= new Uint8Array(lines.length);
      skip.fill(1, from, to);
    } else if (kind === SEALED_KIND) {
      skip ??= new Uint8Array(lines.length);
      markNested(lines, from, to, skip, /^encryptedData:\s*$/, false);
    }
  });
  return skip;
}

/** Calls `each` with the line range `[from, to)` and the `kind:` of every document of a YAML stream (`---` between). */
function forEachDocument(lines: readonly Line[], each: (from: number, to: number, kind: string | null) => void): void {
  let docStart = 0;
  for (let idx = 0; idx <= lines.length; idx++) {
    const end = idx === lines.length || (lines[idx]!.offset === 0 && lines[idx]!.text.startsWith('---'));
    if (!end) continue;
    each(docStart, idx, documentKind(lines, docStart, idx));
    docStart = idx + 1;
  }
}

function documentKind(lines: readonly Line[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = /^kind:\s*["']?([A-Za-z]+)/.exec(lines[k]!.text);
    if (m && lines[k]!.offset === 0) return m[1]!;
  }
  return null;
}

/** Marks the lines nested under each key `key` matches (`encryptedData:`), at the top level only if `topLevel`. */
function markNested(lines: readonly Line[], from: number, to: number, skip: Uint8Array, key: RegExp, topLevel: boolean): void {
  let under = -1;
  for (let k = from; k < to; k++) {
    // The later windows of a long line belong with its first.
    if (lines[k]!.offset > 0) {
      skip[k] = k > 0 ? skip[k - 1]! : 0;
      continue;
    }
    const t = lines[k]!.text;
    const trimmed = t.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = t.length - trimmed.length;
    if (under >= 0 && indent > under) {
      skip[k] = 1;
      continue;
    }
    under = (!topLevel || indent === 0) && key.test(trimmed) ? indent : -1;
  }
}

const SECRET_KIND = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m;

/**
 * For a YAML file, the lines (by index) nested under the top-level `data:` of a Kubernetes `Secret`, whose values
 * are base64 (`stringData:` holds them as they are); null when there are none.
 */
export function secretDataLines(lines: readonly Line[], text: string): Uint8Array | null {
  if (!SECRET_KIND.test(text)) return null;
  let marked: Uint8Array | null = null;
  forEachDocument(lines, (from, to, kind) => {
    if (kind !== 'Secret') return;
    marked ??= new Uint8Array(lines.length);
    markNested(lines, from, to, marked, /^data:\s*(?:#.*)?$/, true);
  });
  return marked;
}

/**
 * A Kubernetes Secret's `data` value as the text it encodes: base64, the trailing newline of `echo … | base64` cut,
 * decoded again while that gives printable text (up to three times); null when it is no base64 of printable text (a
 * binary key, a template, a value that is not base64 at all).
 */
export function decodedSecretData(value: string): string | null {
  let text = decodedOnce(value);
  // Encoded twice (a generator's template that base64s a value already in base64): the text inside is what was chosen.
  for (let more = 0; text !== null && more < 2; more++) {
    const inner = text.length >= 8 ? decodedOnce(text) : null;
    if (inner === null) break;
    text = inner;
  }
  return text;
}

/** `value` decoded from base64 once, when that gives printable text. */
function decodedOnce(value: string): string | null {
  if (value.length === 0 || value.length % 4 !== 0 || !BASE64.test(value)) return null;
  const text = Buffer.from(value, 'base64').toString('utf8').replace(/\r?\n$/, '');
  return PRINTABLE.test(text) ? text : null;
}
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PRINTABLE = /^[\x20-\x7e]*$/;
