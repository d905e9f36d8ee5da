import type { Line } from '../../core/text';
import { isEnvReference } from './dotenv-names';
import { isBlankOrMarker } from './literal';
import { isPlaceholder, looksLikeSecret } from './secret-value';
import { findTokens, isExampleToken, tokenPrefixLength } from './token-formats';
import { judgeUrlPassword } from './url-passwords';

/**
 * Credentials that tools write into their own configuration in a shape of
 * their own, whatever the token's format: npm's `_authToken` in `.npmrc`
 * (a legacy npm token is a UUID; other registries issue anything), Yarn's
 * `npmAuthToken`, and the base64 `user:password` in the `auths` of a
 * Docker `config.json` (also inside a Kubernetes `.dockerconfigjson`).
 */

export interface ConfigCredential {
  line: Line;
  /** 0-based start and exclusive end of the value in the line's text. */
  start: number;
  end: number;
  value: string;
  id: string;
  label: string;
  example: boolean;
}

/** npm's and Yarn's configuration files, by name. */
export function isNpmConfig(name: string): boolean {
  return name === '.npmrc' || name === 'npmrc' || name === '.yarnrc' || name === '.yarnrc.yml';
}

/**
 * Files that may hold Docker registry credentials, by name and a byte
 * search: a JSON file with `"auths"` (Docker's `config.json`, whatever it
 * is called), `.dockercfg`, or a YAML manifest with a `.dockerconfigjson`.
 */
export function mayHoldDockerAuth(name: string, body: Buffer): boolean {
  if (name === '.dockercfg') return true;
  if (name.endsWith('.json')) return body.includes('"auths"');
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return body.includes('.docker');
  return false;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `//registry/:_authToken=…`, `_auth = …`, `npmAuthToken: "…"`: the key, where its value starts, and the value. */
const NPM_KEY = /(?:^|[\s:])(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)[ \t]*[=:][ \t]*/;

function unquote(s: string, start: number): { value: string; start: number } {
  const t = s.trimEnd();
  const q = t[0];
  if ((q === '"' || q === "'") && t.length >= 2 && t.endsWith(q)) return { value: t.slice(1, -1), start: start + 1 };
  return { value: t, start };
}

function decodeBase64(v: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || v.length % 4 !== 0) return null;
  const text = Buffer.from(v, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}

/** A value that is a reference, a placeholder or empty: nothing to report. */
function isStandIn(v: string): boolean {
  return v === '' || isBlankOrMarker(v) || isEnvReference(v) || isPlaceholder(v);
}

/** `user:password` (the decoded `_auth` or Docker `auth`) with a password someone chose. */
function realUserPassword(decoded: string | null): boolean {
  if (decoded === null) return false;
  const colon = decoded.indexOf(':');
  return colon > 0 && judgeUrlPassword(decoded.slice(0, colon), decoded.slice(colon + 1)) === 'real';
}

/** npm and Yarn registry credentials, one per line at most. */
export function npmCredentials(lines: readonly Line[]): ConfigCredential[] {
  const out: ConfigCredential[] = [];
  for (const line of lines) {
    const m = NPM_KEY.exec(line.text);
    if (!m || /^\s*[#;]/.test(line.text)) continue;
    const key = m[1]!;
    const { value, start } = unquote(line.text.slice(m.index + m[0].length), m.index + m[0].length);
    if (isStandIn(value) || /\s/.test(value)) continue;
    // A token in a known format (or with its prefix but a failed checksum) is judged as that format.
    if (findTokens(value).length > 0 || tokenPrefixLength(value) > 0) continue;
    const example = isExampleToken(value);
    let real: boolean;
    if (key === '_auth') real = realUserPassword(decodeBase64(value));
    else if (key === 'npmAuthIdent') real = realUserPassword(value) || realUserPassword(decodeBase64(value));
    else if (key === '_password') real = judgeUrlPassword('', decodeBase64(value) ?? value) === 'real';
    else real = UUID.test(value) || (value.length >= 20 && looksLikeSecret(value));
    if (!real && !example) continue;
    out.push({
      line,
      start,
      end: start + value.length,
      value,
      id: 'npm-registry-credential',
      label: key === '_authToken' || key === 'npmAuthToken' ? 'an npm registry token' : 'npm registry credentials',
      example,
    });
  }
  return out;
}

const DOCKER_AUTH = /"(auth|identitytoken)"[ \t]*:[ \t]*"([^"\\]{4,4096})"/g;

/** The `auth` (base64 `user:password`) and `identitytoken` entries of a Docker config. */
function dockerAuthsIn(json: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  DOCKER_AUTH.lastIndex = 0;
  for (let m = DOCKER_AUTH.exec(json); m !== null; m = DOCKER_AUTH.exec(json)) {
    const value = m[2]!;
    const real = m[1] === 'auth' ? realUserPassword(decodeBase64(value)) : value.length >= 20 && looksLikeSecret(value);
    if (real || isExampleToken(value)) out.push({ value, index: m.index + m[0].length - 1 - value.length });
  }
  return out;
}

/**
 * Docker registry credentials: in a Docker config (`"auths"` in the file),
 * each `auth`/`identitytoken` line; in a manifest, each base64
 * `.dockerconfigjson`/`.dockercfg` value that decodes to one.
 */
export function dockerCredentials(lines: readonly Line[], text: string): ConfigCredential[] {
  const out: ConfigCredential[] = [];
  const isConfig = text.includes('"auths"') || text.trimStart().startsWith('{');
  for (const line of lines) {
    if (isConfig) {
      for (const a of dockerAuthsIn(line.text)) {
        out.push({ line, start: a.index, end: a.index + a.value.length, value: a.value, id: 'docker-registry-auth', label: 'Docker registry credentials', example: isExampleToken(a.value) });
      }
    }
    const m = /\.docker(?:configjson|cfg)["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{20,}={0,2})/.exec(line.text);
    if (!m) continue;
    const decoded = decodeBase64(m[1]!);
    if (decoded === null || dockerAuthsIn(decoded).length === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ line, start, end: start + m[1]!.length, value: m[1]!, id: 'docker-registry-auth', label: 'Docker registry credentials', example: false });
  }
  return out;
}
