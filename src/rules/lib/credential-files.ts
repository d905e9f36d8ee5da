/**
 * Readers for the files tools keep credentials in, each after the tool's own
 * documentation of the format. They return the credentials found, with the
 * line each sits on; what to say about them is the rule's business.
 *
 * Every reader goes through the text once, line by line.
 */
import type { Line } from '../../core/text';
import { isEnvReference } from './dotenv-names';
import { isBlankOrMarker } from './literal';
import { isPlaceholder, isStandInValue } from './secret-value';
import { findTokens, tokenPrefixLength } from './token-formats';

export interface StoredCredential {
  /** 1-based line of the value. */
  line: number;
  value: string;
  /** What it is for: a host, a profile, a registry, a user. */
  target: string;
  /** A default or stand-in value (`postgres`, `changeme`): a weak credential, not a leaked one. */
  weak: boolean;
}

/** Quotes around a whole value, as INI and YAML readers strip them. */
function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/**
 * Whether a value stands for no credential at all: empty, a mask, a
 * `<marker>`, a placeholder (`your-password`), a documentation key (AWS's
 * `…EXAMPLEKEY`), or a reference the tool or a template fills in
 * (`${NPM_TOKEN}`, `$PASSWORD`, `%(password)s`, `{{ vault_password }}`).
 */
export function isNoCredential(value: string): boolean {
  const v = value.trim();
  if (isBlankOrMarker(v) || isEnvReference(v) || isPlaceholder(v)) return true;
  if (/example/i.test(v) || v.includes('%(') || /^%[A-Za-z_]\w*%$/.test(v)) return true;
  // Encrypted in place: SOPS (`ENC[AES256_GCM,…]`), Spring Cloud Config (`{cipher}…`).
  if (v.startsWith('ENC[') || v.startsWith('{cipher}')) return true;
  return false;
}

/** A credential for `value`, or null when the value is no credential. */
function credential(line: number, value: string, target: string): StoredCredential | null {
  if (isNoCredential(value)) return null;
  return { line, value, target, weak: isStandInValue(value) };
}

/**
 * `.netrc` / `_netrc`: whitespace-separated tokens `machine <host>`,
 * `default`, `login <name>`, `password <secret>`, `account <secret>`, and
 * `macdef <name>` whose macro body runs to the next empty line. Values may be
 * double-quoted (curl, inetutils).
 */
export function netrcCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  let host = 'default';
  let pending: string | null = null;
  let inMacro = false;
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    if (inMacro) {
      if (text.trim() === '') inMacro = false;
      continue;
    }
    const tokens = netrcTokens(text);
    for (const raw of tokens) {
      // curl reads the keywords in any case (`Login`, `Password`); values keep theirs.
      const tok: string = pending === null ? raw.toLowerCase() : raw;
      if (pending !== null) {
        const key = pending;
        pending = null;
        if (key === 'machine') host = tok;
        else if (key === 'password' || key === 'account') {
          const c = credential(number, tok, host);
          if (c) out.push(c);
        } else if (key === 'macdef') {
          inMacro = true;
          break;
        }
        continue;
      }
      if (tok === 'default') host = 'default';
      else if (tok === 'machine' || tok === 'login' || tok === 'password' || tok === 'account' || tok === 'macdef') pending = tok;
      else if (tok.startsWith('#')) break;
    }
  }
  return out;
}

function netrcTokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    if (i >= text.length) break;
    if (text[i] === '"') {
      let j = i + 1;
      let tok = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        tok += text[j];
        j++;
      }
      out.push(tok);
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\r') j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

interface IniEntry {
  section: string;
  key: string;
  value: string;
  line: number;
}

/** INI as Python's configparser and the AWS CLI read it: `[section]`, `key = value` or `key: value`, `#`/`;` comments. */
function iniEntries(lines: readonly Line[]): IniEntry[] {
  const out: IniEntry[] = [];
  let section = '';
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    const t = text.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    if (t.startsWith('[')) {
      const close = t.indexOf(']');
      if (close > 0) section = t.slice(1, close).trim();
      continue;
    }
    const eq = t.indexOf('=');
    const colon = t.indexOf(':');
    const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (at <= 0) continue;
    out.push({ section, key: t.slice(0, at).trim().toLowerCase(), value: unquote(t.slice(at + 1)), line: number });
  }
  return out;
}

/**
 * `.pypirc`: a `password` in an index section (`[pypi]`, `[testpypi]`, a
 * private index). `username = __token__` with no password (twine then asks
 * the keyring or `TWINE_PASSWORD`) holds nothing.
 */
export function pypircCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  for (const e of iniEntries(lines)) {
    if (e.key !== 'password' || e.section === 'distutils') continue;
    const c = credential(e.line, e.value, e.section || 'pypi');
    if (c) out.push(c);
  }
  return out;
}

/**
 * AWS shared credentials (`~/.aws/credentials`, or keys in `~/.aws/config`):
 * `aws_secret_access_key` and `aws_session_token` per profile.
 */
export function awsCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  for (const e of iniEntries(lines)) {
    if (e.key !== 'aws_secret_access_key' && e.key !== 'aws_session_token') continue;
    const c = credential(e.line, e.value, (e.section || 'default').replace(/^profile\s+/, ''));
    if (c) out.push(c);
  }
  return out;
}

/**
 * `.npmrc`: `_authToken`, `_auth` (base64 of `user:password`) and
 * `_password` (base64), global or scoped to a registry
 * (`//registry.npmjs.org/:_authToken=…`). npm expands `${NPM_TOKEN}` from the
 * environment, which is how a committed `.npmrc` should hold one.
 */
export function npmrcCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    const t = text.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const eq = t.indexOf('=');
    if (eq <= 0) continue;
    const key = t.slice(0, eq).trim();
    const m = /(?:^|:)(_authToken|_auth|_password)$/.exec(key);
    if (!m) continue;
    const scope = key.slice(0, key.length - m[1]!.length).replace(/:$/, '');
    const registry = scope.startsWith('//') ? scope.slice(2).replace(/\/+$/, '') : 'the default registry';
    const value = unquote(t.slice(eq + 1));
    // A value in a provider's token format that fails that format's checks (an npm_ checksum) is no token.
    if (tokenPrefixLength(value) > 0 && findTokens(value).length === 0) continue;
    const c = credential(number, value, registry);
    if (c) out.push(c);
  }
  return out;
}

const CRYPT_HASH = /^\$(?:apr1|2[abxy]?|1|5|6|7|y|gy|sha1|md5)\$/;

/**
 * `.htpasswd` (`user:hash`, as `htpasswd` writes: `$apr1$`, `$2y$`, `{SHA}`,
 * crypt, or plain text) and `.htdigest` (`user:realm:hash`). Hashes are
 * never weak: they are what offline cracking starts from.
 */
export function htpasswdCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    const t = text.trim();
    if (t === '' || t.startsWith('#')) continue;
    const colon = t.indexOf(':');
    if (colon <= 0) continue;
    const user = t.slice(0, colon);
    const rest = t.slice(colon + 1);
    // htdigest: `user:realm:md5hex`.
    const lastColon = rest.lastIndexOf(':');
    const hash = lastColon >= 0 && /^[0-9a-f]{32}$/i.test(rest.slice(lastColon + 1)) ? rest.slice(lastColon + 1) : rest;
    if (/\s/.test(user) || hash === '') continue;
    // `$apr1$…`, `$2y$…`, `$6$…` are crypt hashes, not `$VARIABLE` references.
    if (!CRYPT_HASH.test(hash) && isNoCredential(hash)) continue;
    out.push({ line: number, value: hash, target: user, weak: false });
  }
  return out;
}

/**
 * `.pgpass`: `hostname:port:database:username:password`, `\:` and `\\`
 * escaped, `*` a wildcard; `#` comments.
 */
export function pgpassCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  for (const { number, text, offset } of lines) {
    if (offset > 0 || text.trimStart().startsWith('#')) continue;
    const fields: string[] = [];
    let cur = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\' && i + 1 < text.length) {
        cur += text[++i];
      } else if (c === ':' && fields.length < 4) {
        fields.push(cur);
        cur = '';
      } else cur += c;
    }
    if (fields.length < 4) continue;
    const password = cur.replace(/\r$/, '');
    const c = credential(number, password, `${fields[3]}@${fields[0]}`);
    if (c) out.push(c);
  }
  return out;
}

/** The 1-based line of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line of the first `"key": "value"` in JSON text. */
function jsonValueLine(text: string, key: string, value: string): number {
  const quoted = JSON.stringify(value);
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
    if (text.lastIndexOf(`"${key}"`, at) >= 0) return lineAt(text, at);
  }
  return 1;
}

/** The object a JSON text holds; null when it is no JSON or not an object. */
function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const doc: unknown = JSON.parse(text);
    return isObject(doc) ? doc : null;
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Docker's `config.json` (`~/.docker/config.json`, a Kubernetes
 * `.dockerconfigjson`): `auths` maps each registry to `auth` (base64 of
 * `user:password`), an `identitytoken` or a `registrytoken`. The legacy
 * `.dockercfg` is the same map at the top level. `credsStore` and
 * `credHelpers` keep the credentials elsewhere and hold none.
 */
export function dockerCredentials(text: string): StoredCredential[] {
  const doc = jsonObject(text);
  if (doc === null) return [];
  const auths = isObject(doc.auths) ? doc.auths : doc;
  const out: StoredCredential[] = [];
  for (const [registry, entry] of Object.entries(auths)) {
    if (!isObject(entry)) continue;
    for (const key of ['auth', 'identitytoken', 'registrytoken', 'password']) {
      const value = entry[key];
      if (typeof value !== 'string' || isNoCredential(value)) continue;
      if (key === 'auth') {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0 || isNoCredential(decoded.slice(colon + 1))) continue;
        out.push({ line: jsonValueLine(text, key, value), value, target: registry, weak: isStandInValue(decoded.slice(colon + 1)) });
      } else {
        out.push({ line: jsonValueLine(text, key, value), value, target: registry, weak: isStandInValue(value) });
      }
    }
  }
  return out;
}

/**
 * Composer's `auth.json` (getcomposer.org, "Authentication for privately hosted packages"): each section maps a host
 * to its credential. `github-oauth`, `gitlab-oauth` and `bearer` give a token; `gitlab-token` a token, or a
 * `username` with a `token`; `http-basic` a `username` with a `password`; `bitbucket-oauth` a `consumer-key` with a
 * `consumer-secret`; `forgejo-token` a `username` with a `token`. A file with none of these sections is no
 * Composer file (another tool's `auth.json`).
 */
export function composerCredentials(text: string): StoredCredential[] {
  const doc = jsonObject(text);
  if (doc === null) return [];
  // A `composer.json`-style `config` holds the same sections.
  const root = isObject(doc.config) && !COMPOSER_SECTIONS.some((k) => k in doc) ? doc.config : doc;
  const out: StoredCredential[] = [];
  for (const section of COMPOSER_SECTIONS) {
    const hosts = root[section];
    if (!isObject(hosts)) continue;
    for (const [host, entry] of Object.entries(hosts)) {
      // Composer's sections map hosts (`github.com`, `repo.example.org:8443`): a translation's `auth.json` maps words.
      if (!COMPOSER_HOST.test(host)) continue;
      const add = (key: string, value: unknown) => {
        if (typeof value !== 'string' || !/^\S+$/.test(value) || isNoCredential(value)) return;
        out.push({ line: jsonValueLine(text, key, value), value, target: `${host} (\`${section}\`)`, weak: isStandInValue(value) });
      };
      if (typeof entry === 'string') add(host, entry);
      else if (isObject(entry)) for (const key of ['password', 'token', 'consumer-secret']) add(key, entry[key]);
    }
  }
  return out;
}

const COMPOSER_HOST = /^(?:(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}|localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:]{2,39}\])(?::\d{1,5})?$/;
const COMPOSER_SECTIONS = ['github-oauth', 'gitlab-oauth', 'gitlab-token', 'bearer', 'http-basic', 'bitbucket-oauth', 'forgejo-token'];

/** Keys of a kubeconfig `user` entry that hold a credential (not a path to one). */
const KUBE_SECRET_KEYS = new Set(['client-key-data', 'token', 'password', 'id-token', 'refresh-token', 'access-token']);

/** Whether the text is a kubeconfig: a top-level `kind: Config`. */
export function isKubeconfig(lines: readonly Line[]): boolean {
  return lines.some((l) => l.offset === 0 && /^kind:\s*["']?Config["']?\s*$/.test(l.text));
}

/**
 * A kubeconfig's user credentials: `client-key-data` (the client
 * certificate's private key), a bearer `token`, a basic-auth `password`,
 * and the tokens an `auth-provider` caches. `exec` plugins and
 * `client-key` / `tokenFile` paths keep them elsewhere.
 */
export function kubeconfigCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  let user = 'user';
  let inUsers = false;
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    // A top-level key starts a section (list items of `users:` sit at its indent, `- name: …`).
    if (/^[A-Za-z]/.test(text)) inUsers = /^users:/.test(text);
    if (!inUsers) continue;
    const m = /^\s*(?:-\s+)?([a-z-]+):\s*(.*)$/.exec(text);
    if (!m) continue;
    const key = m[1]!;
    const value = unquote(m[2]!.replace(/\s+#.*$/, ''));
    if (key === 'name' && /^\s*-\s/.test(text)) user = value;
    if (!KUBE_SECRET_KEYS.has(key)) continue;
    const c = credential(number, value, user);
    if (c) out.push(key === 'client-key-data' ? { ...c, weak: false } : c);
  }
  return out;
}

/** Elements of Jenkins' `credentials.xml` that hold a secret (encrypted with the instance's key, `{AQAAAB…}`, or in clear). */
const JENKINS_SECRET_TAGS = ['password', 'secret', 'privateKey', 'passphrase', 'secretBytes', 'apiToken', 'token'];

export function isJenkinsCredentials(text: string): boolean {
  return text.includes('com.cloudbees.plugins.credentials');
}

/** Secrets in Jenkins' `credentials.xml`: `<password>`, `<secret>`, `<privateKey>`… with content. */
export function jenkinsCredentials(lines: readonly Line[]): StoredCredential[] {
  const out: StoredCredential[] = [];
  let id = 'credentials';
  for (const { number, text, offset } of lines) {
    if (offset > 0) continue;
    const idm = /<id>([^<]{1,200})<\/id>/.exec(text);
    if (idm) id = idm[1]!;
    const m = /<([A-Za-z]+)>([^<]{1,4096})/.exec(text);
    if (!m || !JENKINS_SECRET_TAGS.includes(m[1]!)) continue;
    const c = credential(number, m[2]!.trim(), id);
    if (c) out.push(c);
  }
  return out;
}

/** Android's debug keystore: its password and alias are published, and what it signs is never released. */
const DEBUG_KEYSTORE = /(?:^|[\\/])debug\.keystore$/i;
/** What a signing config's keys end with, normalised; what comes before is the config's prefix (`MYAPP_UPLOAD_`, `release`). */
const SIGNING_FIELD = /(storefile|storepassword|keypassword|keyalias)$/;
/**
 * Passwords that end so but open no signing key: a truststore's (`javax.net.ssl.trustStorePassword`, certificates
 * only), an in-memory GPG key's for publishing (`signingInMemoryKeyPassword`).
 */
const NOT_SIGNING = /truststore|inmemory|gpg|pgp/;
/** Java's TLS settings (`javax.net.ssl.keyStorePassword`, `server.ssl.key-store-password`): a server's, not a signing key's. */
const SSL_SETTING = /(?:^|[._-])ssl(?:[._-]|keystore)/i;

/**
 * Android signing properties, which a module's `build.gradle` reads into its `signingConfigs`: Flutter's
 * `android/key.properties` and Android's `keystore.properties` (`storePassword`, `keyPassword`, `keyAlias`,
 * `storeFile`), and the `…_STORE_PASSWORD` / `…_KEY_PASSWORD` entries of a project's `gradle.properties`
 * (React Native's `MYAPP_UPLOAD_STORE_PASSWORD`). A file may set up several configs, each under its own prefix
 * (`MYAPP_DEBUG_…` beside `MYAPP_UPLOAD_…`, `debugStorePassword` beside `releaseStorePassword`): the target of each
 * password is its config's keystore, and the debug keystore's config (`debug.keystore`, alias `androiddebugkey`,
 * password `android`, all published) signs nothing released.
 */
export function androidSigningCredentials(lines: readonly Line[]): StoredCredential[] {
  // `!` starts a comment in a `.properties` file too.
  const entries = iniEntries(lines).filter((e) => !e.key.startsWith('!'));
  const stores = new Map<string, string>();
  const debug = new Set<string>();
  const fields: { e: IniEntry; prefix: string; field: string }[] = [];
  for (const e of entries) {
    const k = e.key.replace(/[^a-z0-9]/g, '');
    const m = SIGNING_FIELD.exec(k);
    if (m === null || NOT_SIGNING.test(k) || SSL_SETTING.test(e.key)) continue;
    // `X_KEYSTORE_PASSWORD` and `X_KEY_ALIAS` are one config's: the prefix is `x` for both.
    const prefix = k.slice(0, m.index).replace(/key$/, '');
    const field = m[1]!;
    fields.push({ e, prefix, field });
    if (field === 'storefile' && !isNoCredential(e.value)) {
      stores.set(prefix, e.value);
      if (DEBUG_KEYSTORE.test(e.value)) debug.add(prefix);
    }
    if (field === 'keyalias' && e.value.toLowerCase() === 'androiddebugkey') debug.add(prefix);
  }
  const out: StoredCredential[] = [];
  for (const { e, prefix, field } of fields) {
    if ((field !== 'storepassword' && field !== 'keypassword') || debug.has(prefix)) continue;
    const store = stores.get(prefix);
    const target = store === undefined ? 'the signing keystore' : `\`${store.slice(Math.max(store.lastIndexOf('/'), store.lastIndexOf('\\')) + 1)}\``;
    const c = credential(e.line, e.value, target);
    if (c) out.push(e.value === 'android' ? { ...c, weak: true } : c);
  }
  return out;
}
