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
  let docStart = 0;
  for (let idx = 0; idx <= lines.length; idx++) {
    const end = idx === lines.length || (lines[idx]!.offset === 0 && lines[idx]!.text.startsWith('---'));
    if (!end) continue;
    const kind = documentKind(lines, docStart, idx);
    if (kind !== null && REFERENCE_KINDS.has(kind)) {
      skip ??= new Uint8Array(lines.length);
      skip.fill(1, docStart, idx);
    } else if (kind === SEALED_KIND) {
      skip ??= new Uint8Array(lines.length);
      markEncryptedData(lines, docStart, idx, skip);
    }
    docStart = idx + 1;
  }
  return skip;
}

function documentKind(lines: readonly Line[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = /^kind:\s*["']?([A-Za-z]+)/.exec(lines[k]!.text);
    if (m && lines[k]!.offset === 0) return m[1]!;
  }
  return null;
}

/** Marks the lines nested under each `encryptedData:` key. */
function markEncryptedData(lines: readonly Line[], from: number, to: number, skip: Uint8Array): void {
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
    under = /^encryptedData:\s*$/.test(trimmed) ? indent : -1;
  }
}
