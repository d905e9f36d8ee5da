import type { FileContext, PathFinding, RawFinding, Rule } from './types';
import type { Severity } from '../core/types';
import { decode, splitLines } from '../core/text';
import { secretFileKindByName, type SecretFileKind } from './lib/secret-file-names';
import {
  awsCredentials,
  androidSigningCredentials,
  composerCredentials,
  dockerCredentials,
  htpasswdCredentials,
  isJenkinsCredentials,
  isKubeconfig,
  jenkinsCredentials,
  kubeconfigCredentials,
  netrcCredentials,
  npmrcCredentials,
  pgpassCredentials,
  pypircCredentials,
  type StoredCredential,
} from './lib/credential-files';
import { readTfState } from './lib/tfstate';
import { certificateNames, isPkcs12, javaKeystorePasswordIs, keepassVersion, readJavaKeystore, readPkcs12, type JavaKeystore } from './lib/keystores';
import { compression, dumpData, dumpTool, isPgCustomDump, pgCustomDumpTables } from './lib/sql-dump';
import { isSqlite, readSqliteSchema, type SqliteTable } from './lib/sqlite';
import { holdsNoCredentials, holdsNothingPersonal, isBookkeepingTable, isCredentialStoreTable, isSensitiveTable, namedTables, sensitivityRank, tablesNamed } from './lib/data-tables';
import { isPatternedValue } from './lib/secret-value';
import { credentialsContent, openRailsCredentials, type CredentialsContent } from './lib/rails-credentials';
import { WHERE, type Reported } from './lib/file-status';
import { LiteralSet } from '../core/literal-set';

/** Headers of the databases recognised whatever their name (SQLite, pg_dump custom archives). */
const DATABASE_HEADERS = new LiteralSet(['SQLite format 3', 'PGDMP'].map((text) => ({ text, caseless: false })));

import { fileFixOf } from './lib/file-fix';
export { fileFixOf, type FileFix } from './lib/file-fix';


/** What to do once the file is out of the repository, per kind: follows "…, add it to .gitignore and". */
const ROTATE: Record<SecretFileKind, string> = {
  'rails-master-key': 'make a new key: re-encrypt the credentials with it (`bin/rails credentials:edit`) and rotate the secrets they hold',
  netrc: 'change those passwords or revoke the tokens',
  pypirc: 'revoke the token on the index (twine reads `TWINE_PASSWORD` or the keyring instead)',
  npmrc: 'revoke the token',
  htpasswd: 'change those passwords; create the file at deploy time instead',
  pgpass: 'change those passwords',
  'aws-credentials': 'deactivate and replace those access keys in IAM',
  'docker-config': 'change the passwords or revoke the tokens (a credential helper keeps them out of the file)',
  'composer-auth':
    "revoke the tokens and change the passwords; Composer reads them from the `COMPOSER_AUTH` variable or the user's own `auth.json` (`composer config --global`)",
  kubeconfig: 'revoke the token or client certificate on the cluster',
  'android-signing':
    "change the keystore's passwords (`keytool -storepasswd`, and `-keypasswd` for a JKS keystore, whose key has its own); if the keystore itself was ever committed, make a new upload key (Google Play resets it for an app in Play App Signing)",
  'jenkins-credentials': 'rotate every credential it holds',
  'jenkins-secret': 'rotate every credential the Jenkins instance stores',
  'terraform-state': 'rotate the secrets it held; keep state in a remote backend (S3, GCS, azurerm, Terraform Cloud) instead',
  // A self-signed certificate has no authority to revoke it: the key itself is replaced.
  'java-keystore': 'make new key pairs (and have any certificate an authority signed for the old ones revoked and reissued), and keep the new keystore in a secret store',
  pkcs12: 'make a new key pair (and have a certificate an authority signed for the old one revoked and reissued), and keep the new file in a secret store',
  keepass: 'change its master password and the passwords it holds if the old one could be guessed',
  openvpn: 'revoke the client certificate and issue a new profile',
  'ssh-private-key': 'remove its public key from every `authorized_keys` and deploy-key list, and make a new key',
  'sql-dump': 'treat the rows as disclosed: reset the passwords and sessions they hold',
  'compressed-dump': 'treat its rows as disclosed',
  sqlite: 'treat the rows as disclosed: reset the passwords and sessions they hold',
  'pg-archive': 'treat the rows as disclosed: reset the passwords and sessions they hold',
  'data-protection-key':
    'revoke the key (`IKeyManager.RevokeKey`, or a `<revocation>` entry in the key ring); the ring belongs outside the repository, encrypted at rest (`PersistKeysToFileSystem` on a folder of its own with `ProtectKeysWithCertificate`, or Azure Blob Storage with `ProtectKeysWithAzureKeyVault`)',
};

/** One file's verdict: what it is (the message starts with it), what it gives away, how bad, and where. */
interface Verdict {
  kind: SecretFileKind;
  what: string;
  holds: string;
  severity: Severity;
  line?: number;
  secret?: string;
  /** What to do once it is untracked, when not its kind's `ROTATE` step. */
  rotate?: string;
  /** What to do instead of untracking it, where the file is meant to be committed (an install script's default accounts). */
  keep?: string;
  /**
   * The severity policy of what the file holds, when not its kind's: the rule's (`private-key`), or `data` for
   * copies of a database (`DATA_KINDS`). A database that stores credentials to be used keeps the rule's.
   */
  policy?: 'secret' | 'private-key' | 'login-key';
}

/**
 * Copies of a database: what they hold follows the severity policy's `data` row (the users and sessions of a demo's
 * database in an example are the demo's), unless they store credentials to use (`credentialStore`).
 */
const DATA_KINDS: ReadonlySet<SecretFileKind> = new Set(['sql-dump', 'compressed-dump', 'sqlite', 'pg-archive']);

/**
 * The sample databases of SQL tutorials and text-to-SQL demos, by name: Chinook (a music store), Northwind, MySQL's
 * Sakila and its PostgreSQL port Pagila (a DVD rental), PostgreSQL Tutorial's `dvdrental`, MySQL Tutorial's
 * `classicmodels`, Microsoft's AdventureWorks. Their rows are made up and published for everyone.
 */
const SAMPLE_DATABASE = /^(?:(?:chinook|northwind|sakila|pagila|dvdrental|classicmodels)(?![a-z])|adventureworks)/i;

/**
 * A copy of a database named as sample or demo data (dispatch's `dispatch-sample-data.dump`, `demo.sqlite`,
 * `example-db.sql`): rows made up to show the application, loaded into an evaluation instance.
 */
const SAMPLE_DATA_NAME = /(?:^|[-_.])(?:sample|samples|example|examples|demo|demos|dummy|fake)(?=[-_.])/i;

/**
 * Files that are no key to be trusted but what opens other things wherever they are, as a token does (see `login-key`
 * in core/context.ts): credentials of hosts, registries and clouds, an SSH key, a store of passwords or the key that
 * decrypts one (a Rails master key, Jenkins's `master.key`), Terraform state with its resources' secrets. They keep
 * their severity outside tests. A key store (PKCS#12, Java) holds a certificate's key, which only what trusts that
 * certificate takes: the `private-key` row.
 */
const LOGIN_KINDS: ReadonlySet<SecretFileKind> = new Set([
  'rails-master-key', 'netrc', 'pypirc', 'npmrc', 'htpasswd', 'pgpass', 'aws-credentials', 'docker-config', 'composer-auth', 'kubeconfig',
  'jenkins-credentials', 'jenkins-secret', 'terraform-state', 'keepass', 'openvpn', 'ssh-private-key',
]);

/** A verdict on a database whose tables store credentials to use (`isCredentialStoreTable`) keeps the rule's policy. */
function credentialStore(v: Verdict, tables: readonly { name: string }[]): Verdict {
  if (tables.some((t) => isCredentialStoreTable(t.name))) v.policy = 'login-key';
  return v;
}

function advice(v: Verdict, path: string, status: Reported): string {
  if (v.kind === 'npmrc') {
    const edit = 'Replace the value with `${NPM_TOKEN}` (npm reads it from the environment)';
    return status === 'tracked' ? `${edit} and revoke the token: it is in the history.` : `${edit}.`;
  }
  if (v.kind === 'android-signing' && fileFixOf({ ruleId: 'secret-file', path }) === 'edit') {
    const edit = "Move the signing passwords to `~/.gradle/gradle.properties`, or to the CI's secrets as `ORG_GRADLE_PROJECT_<name>` variables, which Gradle reads as the same properties (the project's file keeps its build settings)";
    return status === 'tracked' ? `${edit} and change them: they are in the history.` : `${edit}.`;
  }
  if (v.keep !== undefined && status !== 'plain') return v.keep;
  if (v.severity === 'notice') {
    switch (status) {
      case 'tracked':
        return `If it is not meant to be committed, run \`git rm --cached ${path}\` and add it to .gitignore.`;
      case 'untracked':
        return 'Add it to .gitignore unless it is meant to be committed.';
      case 'plain':
        return 'Leave it out of what you ship unless it is meant to be there.';
    }
  }
  switch (status) {
    case 'tracked':
      return `Run \`git rm --cached ${path}\`, add it to .gitignore and ${v.rotate ?? ROTATE[v.kind]}.`;
    case 'untracked':
      return 'Add it to .gitignore before it is committed.';
    case 'plain':
      return 'Leave it out of what you ship (a `.dockerignore` entry, the deployment\'s exclude list).';
  }
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/**
 * A credential store's verdict: an error for a real-looking credential, a
 * warning when every one is a default or stand-in (`postgres`, `changeme`).
 */
function storeVerdict(kind: SecretFileKind, what: string, creds: StoredCredential[], holds: (targets: string) => string): Verdict | null {
  if (creds.length === 0) return null;
  const real = creds.filter((c) => !c.weak);
  const shown = real.length > 0 ? real : creds;
  const targets = namedTables(unique(shown.map((c) => c.target)));
  return {
    kind,
    what,
    holds: real.length > 0 ? holds(targets) : `it holds only default or stand-in values (for ${targets}), but it is where real ones go`,
    severity: real.length > 0 ? 'error' : 'warning',
    line: shown[0]!.line,
    secret: shown[0]!.value,
  };
}

function railsKey(file: Pick<FileContext, 'name' | 'text'>, beside?: string, opened?: CredentialsContent): Verdict | null {
  const v = file.text?.trim() ?? '';
  if (!/^[0-9a-f]{32}$/i.test(v) || isPatternedValue(v)) return null;
  const credentials =
    beside !== undefined
      ? beside
      : file.name === 'secrets.yml.key'
        ? 'config/secrets.yml.enc'
        : file.name === 'master.key'
          ? 'config/credentials.yml.enc'
          : `config/credentials/${file.name.replace(/\.key$/i, '')}.yml.enc`;
  const verdict: Verdict = { kind: 'rails-master-key', what: 'Rails master key', holds: `it decrypts \`${credentials}\` and every secret in it`, severity: 'error', line: 1, secret: v };
  // A key of one environment's credentials (`config/credentials/development.key`) opens that environment's
  // alone, which Rails reads only when it runs in it: it is as secret as that environment's settings.
  if (file.name !== 'master.key' && file.name !== 'secrets.yml.key') verdict.policy = 'secret';
  if (opened !== undefined) {
    const set = [...opened.credentials, ...opened.signing];
    verdict.holds =
      set.length === 0
        ? `it decrypts \`${credentials}\`, which sets no secret (every one is empty, null or a placeholder)`
        : `it decrypts \`${credentials}\`, which anyone with the repository can read: ${namesList(opened.credentials.length > 0 ? opened.credentials : opened.signing)}${opened.credentials.length > 0 ? '' : ` (${opened.signing.length === 1 ? 'a signing secret' : 'signing secrets'} only)`}`;
    // What it opens decides what it is worth: signing secrets alone (a CI job's `secret_key_base`) are as secret as
    // where they sit, as the same key written in a file would be; credentials for other services log in anywhere.
    if (opened.credentials.length === 0) verdict.policy = 'secret';
    else delete verdict.policy;
  }
  return verdict;
}

/** `a`, `a` and `b`, `a`, `b`, `c` and 4 more: the names of what credentials hold, never their values. */
function namesList(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `\`${n}\``);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The credentials a Rails key beside them opens: `master.key` opens `credentials.yml.enc`, `production.key` `production.yml.enc`. */
function credentialsBeside(keyPath: string): string {
  const slash = keyPath.lastIndexOf('/');
  const dir = keyPath.slice(0, slash + 1);
  const name = keyPath.slice(slash + 1);
  // 5.1's encrypted secrets: `config/secrets.yml.key` opens `config/secrets.yml.enc`.
  return `${dir}${name === 'master.key' ? 'credentials.yml.enc' : name === 'secrets.yml.key' ? 'secrets.yml.enc' : name.replace(/\.key$/i, '.yml.enc')}`;
}

function terraformState(file: FileContext): Verdict | null {
  if (file.body === null) {
    if (file.bytes.length === file.size) return null; // binary, not JSON state
    return {
      kind: 'terraform-state',
      what: 'Terraform state',
      holds: 'it is over the size limit and was not read, but state keeps every value of the resources it manages, secrets included, in plain text',
      severity: 'error',
    };
  }
  const state = readTfState(file.text!);
  if (state === null || state.kind === 'encrypted') return null;
  if (state.kind === 'backend') {
    if (state.credentialKeys.length === 0) return null;
    return {
      kind: 'terraform-state',
      what: 'Terraform backend settings with credentials',
      holds: `the cached backend configuration holds ${namedTables(state.credentialKeys)}`,
      severity: 'error',
    };
  }
  if (state.resources === 0) {
    if (state.sensitiveOutputs > 0) {
      return { kind: 'terraform-state', what: 'Terraform state with sensitive outputs', holds: 'outputs marked sensitive are kept in plain text in state', severity: 'error' };
    }
    return {
      kind: 'terraform-state',
      what: 'Terraform state with no resources',
      holds: 'it is empty now, but the next `terraform apply` writes every value of the resources it creates into it, secrets included',
      severity: 'notice',
    };
  }
  const types = state.types.length > 0 ? ` (${namedTables(state.types)})` : '';
  const attrs = state.secretAttributes.length > 0 ? `, here ${namedTables(state.secretAttributes)}` : '';
  return {
    kind: 'terraform-state',
    what: `Terraform state with ${state.resources} resource${state.resources === 1 ? '' : 's'}${types}`,
    holds: `state keeps every attribute of its resources in plain text${attrs}`,
    severity: 'error',
  };
}

/** Android's SDK makes `debug.keystore` for debug builds, with the published password `android`. */
function isAndroidDebugKeystore(name: string): boolean {
  return name.toLowerCase() === 'debug.keystore';
}

/** The password of Android's debug keystores, and the alias of their one key. */
const DEBUG_PASSWORD = 'android';
const DEBUG_ALIAS = 'androiddebugkey';

/**
 * What a key store's password and keys, where they can be checked, say of it: `debug` for a debug keystore made as
 * Android's SDK makes one (password `android`, one key, `androiddebugkey`), whatever its name (Bitwarden's
 * `keystores/debug-bwa.keystore`); `published` for one whose password is `android` but that holds other keys (a
 * release key in a `debug.keystore`); null when they cannot be checked (a file over the size limit, a format, MAC
 * or encryption this reader does not know) or the password is another. `keysWith` gives every key's alias when the
 * password is the store's. It is worked out (a PKCS#12 MAC takes thousands of digests) only where the answer changes
 * the verdict: the keys seen without it (`visible`) are the debug key alone, or the name is `debug.keystore`.
 */
function debugKeystoreState(name: string, visible: readonly string[], keysWith: (password: string) => string[] | null): 'debug' | 'published' | null {
  if (!(visible.length > 0 && visible.every((a) => a === DEBUG_ALIAS)) && !isAndroidDebugKeystore(name)) return null;
  const keys = keysWith(DEBUG_PASSWORD);
  if (keys === null || keys.length === 0) return null;
  return keys.length === 1 && keys[0] === DEBUG_ALIAS ? 'debug' : 'published';
}

function javaKeystore(file: FileContext): Verdict | null {
  const ks = readJavaKeystore(file.bytes);
  if (ks === null) return isPkcs12(file.bytes) ? pkcs12(file) : null;
  if (ks.keys === 0 && ks.complete) return null; // a truststore: certificates only
  // A walk that stopped at a JCEKS secret key has seen a key that is not the debug key: enough to say `published`.
  const seen = ks.complete || ks.keyAliases.length > 1 || ks.keyAliases.some((a) => a !== DEBUG_ALIAS);
  const keysWith = (password: string) => (seen && javaKeystorePasswordIs(file.bytes, password) ? ks.keyAliases : null);
  const state = file.bytes.length === file.size ? debugKeystoreState(file.name, ks.keyAliases, keysWith) : null;
  if (state === 'debug' || (state === null && isAndroidDebugKeystore(file.name))) return androidDebug();
  if (state === null && isPlayGeneratedKeystore(file, ks)) return playGenerated();
  const known = state === null && seen && file.bytes.length === file.size ? COMMON_PASSWORDS.find((p) => javaKeystorePasswordIs(file.bytes, p)) : undefined;
  const keys = ks.keys > 0 ? ` with ${ks.keys}${ks.complete ? '' : ' or more'} private key${ks.keys === 1 && ks.complete ? '' : 's'}` : '';
  return {
    kind: 'java-keystore',
    what: `Java keystore (${ks.format})${keys}`,
    holds:
      state === 'published'
        ? PUBLISHED_PASSWORD
        : known !== undefined
          ? `${commonPassword(known)}, so anyone with the file holds its keys`
          : 'its keys are protected only by the keystore password, often in the build files beside it',
    severity: 'error',
  };
}

/**
 * The keystores Play Framework generates for HTTPS when none is configured (`conf/generated.keystore`), and its
 * ssl-config library's self-signed one: one key under the generator's alias, with a self-signed certificate for
 * `localhost` under the generator's made-up name, in a JKS store with an empty password. By alias, the subject's
 * attributes that tell the two apart (both also say `CN=localhost, O=Mavericks, ST=Cyberspace, C=CY`).
 */
const PLAY_GENERATED: Record<string, { OU: string; L: string }> = {
  playgenerated: { OU: 'Unit Testing', L: 'Moon Base 1' },
  'sslconfig-selfsigned': { OU: 'Unit Testing (self-signed)', L: 'SSL Config Base 1' },
};

/** The alternative names a certificate for this machine alone may carry: `localhost`, 127.0.0.1 and ::1. */
const LOOPBACK_NAMES = new Set(['dns:localhost', 'ip:7f000001', 'ip:00000000000000000000000000000001']);

/**
 * A keystore Play or ssl-config generated: see `PLAY_GENERATED`. Its certificate's subject is the generator's name,
 * six attributes each once, and any alternative name is this machine's: a key of anyone's own put in its place
 * (another host's certificate, a chain from a CA) is not one.
 */
function isPlayGeneratedKeystore(file: FileContext, ks: JavaKeystore): boolean {
  if (ks.format !== 'JKS' || !ks.complete || ks.keys !== 1 || ks.keyChains.length !== 1) return false;
  const generator = Object.hasOwn(PLAY_GENERATED, ks.keyAliases[0]!) ? PLAY_GENERATED[ks.keyAliases[0]!]! : null;
  const chain = ks.keyChains[0]!;
  if (generator === null || chain.length !== 1 || chain.first === null) return false;
  const names = certificateNames(chain.first);
  if (names === null || !names.selfIssued || names.subject.length !== 6 || names.subject.some((rdn) => rdn.length !== 1)) return false;
  const wanted: Record<string, string> = { CN: 'localhost', O: 'Mavericks', ST: 'Cyberspace', C: 'CY', OU: generator.OU, L: generator.L };
  const seen = new Set<string>();
  for (const [{ type, value }] of names.subject as [{ type: string; value: string }][]) {
    if (wanted[type] !== value || seen.has(type)) return false;
    seen.add(type);
  }
  if (names.altNames !== null && !names.altNames.every((n) => LOOPBACK_NAMES.has(`${n.type}:${n.value}`))) return false;
  return file.bytes.length === file.size && javaKeystorePasswordIs(file.bytes, '');
}

function playGenerated(): Verdict {
  return {
    kind: 'java-keystore',
    what: "Play Framework's generated keystore",
    holds:
      'Play, or the ssl-config library under it, generates it for HTTPS when no keystore is configured: an empty store ' +
      'password and a self-signed certificate for `localhost`, which vouches for no other host. Serve production with a keystore of your own',
    severity: 'notice',
  };
}

const PUBLISHED_PASSWORD =
  "its password is `android`, the published password of Android's debug keystores, so anyone with the file holds " +
  `its keys, and one of them is not the debug key (\`${DEBUG_ALIAS}\`)`;

function androidDebug(): Verdict {
  return {
    kind: 'java-keystore',
    what: 'Android debug keystore',
    holds: 'it signs debug builds only, with the published password `android`; never use it for a release',
    severity: 'notice',
  };
}

function pkcs12(file: FileContext): Verdict | null {
  if (!isPkcs12(file.bytes)) return null;
  // A truststore by name holds certificates; the format cannot tell without the password.
  if (/trust|cacert/i.test(file.name)) return null;
  const contents = file.bytes.length === file.size ? readPkcs12(file.bytes) : null;
  const state = contents === null ? null : debugKeystoreState(file.name, contents.visibleKeyAliases, contents.keyAliasesWith);
  if (state === 'debug' || (state === null && isAndroidDebugKeystore(file.name))) return androidDebug();
  // Each try derives the MAC's key anew (4 ms at OpenSSL's 2,048 rounds, 20 at keytool's 10,000): the empty password
  // OpenSSL's `-passout pass:` writes, then keytool's `changeit` and `password`, within 20,000 rounds a file.
  let known: string | undefined;
  if (state === null && contents !== null) {
    let spent = 0;
    for (const p of PKCS12_PASSWORDS) {
      spent += contents.macRounds;
      if (spent > PKCS12_ROUNDS) break;
      if (contents.macPasswordIs(p)) {
        known = p;
        break;
      }
    }
  }
  return {
    kind: 'pkcs12',
    what: 'PKCS#12 key store',
    holds:
      state === 'published'
        ? PUBLISHED_PASSWORD
        : known !== undefined
          ? `it bundles a private key with its certificate, and ${commonPassword(known)}, so anyone with the file holds the key`
          : 'it bundles a private key with its certificate, protected only by its password',
    severity: 'error',
  };
}

/** Passwords tried on a PKCS#12 file, in order, while the rounds of its MAC they cost stay within `PKCS12_ROUNDS`. */
const PKCS12_PASSWORDS = ['', 'changeit', 'password'];
const PKCS12_ROUNDS = 20_000;

/**
 * Passwords tried on a Java keystore, each one SHA-1 of the file: none, Java's `cacerts` default, and the commonest
 * stand-ins.
 */
const COMMON_PASSWORDS = ['', 'changeit', 'password', 'changeme', 'secret', '123456'];

function commonPassword(password: string): string {
  return password === '' ? 'its password is empty' : `its password is \`${password}\`, a common default`;
}

function keepass(file: FileContext): Verdict | null {
  const version = keepassVersion(file.bytes);
  if (version === null) return null;
  return {
    kind: 'keepass',
    what: `KeePass database (${version === 'kdb' ? 'KeePass 1' : 'KDBX'})`,
    holds: 'it is encrypted, but anyone with the repository can try master passwords offline, for ever',
    severity: 'warning',
  };
}

/** Inline blocks of an OpenVPN profile that hold secrets, by how bad they are. */
const OVPN_BLOCKS: Record<string, { what: string; severity: Severity }> = {
  key: { what: 'an inline private key', severity: 'error' },
  pkcs12: { what: 'an inline PKCS#12 bundle', severity: 'error' },
  secret: { what: 'an inline static key', severity: 'error' },
  'tls-crypt-v2': { what: 'an inline client tls-crypt-v2 key', severity: 'error' },
  'auth-user-pass': { what: 'an inline password', severity: 'error' },
  'tls-auth': { what: 'an inline tls-auth key', severity: 'warning' },
  'tls-crypt': { what: 'an inline tls-crypt key', severity: 'warning' },
};

function openvpn(file: FileContext): Verdict | null {
  let open: { tag: string; line: number; content: boolean } | null = null;
  let best: { tag: string; line: number } | null = null;
  for (const { number, text, offset } of file.lines) {
    if (offset > 0) continue;
    const t = text.trim();
    if (open) {
      if (t === `</${open.tag}>`) {
        // The first block with content, unless a worse one comes later.
        const take = best === null || (OVPN_BLOCKS[best.tag]!.severity !== 'error' && OVPN_BLOCKS[open.tag]!.severity === 'error');
        if (open.content && take) best = { tag: open.tag, line: open.line };
        open = null;
      } else if (t !== '' && !t.startsWith('#')) open.content = true;
      continue;
    }
    const m = /^<([a-z0-9-]+)>$/.exec(t);
    if (m && OVPN_BLOCKS[m[1]!]) open = { tag: m[1]!, line: number, content: false };
  }
  if (!best) return null;
  const block = OVPN_BLOCKS[best.tag]!;
  return {
    kind: 'openvpn',
    what: `OpenVPN profile with ${block.what}`,
    holds: `anyone with the file can connect as this client${block.severity === 'error' ? '' : ' once they also hold a client certificate'}`,
    severity: block.severity,
    line: best.line,
  };
}

/**
 * Kinds whose file is one key and nothing else: the token rule's finding of
 * the PEM block inside says the same, with a vaguer remedy, so this one stands
 * for both. Other kinds hold several credentials, each worth its own line.
 */
const WHOLE_FILE_KINDS: ReadonlySet<SecretFileKind> = new Set(['ssh-private-key', 'openvpn', 'data-protection-key']);

/**
 * A key of ASP.NET Core's Data Protection key ring (`key-<guid>.xml`, as `XmlKeyManager` writes it): the master key
 * from which the keys that protect its authentication cookies, antiforgery tokens and whatever an `IDataProtector`
 * protects are derived. Written in the clear unless the ring is protected (`ProtectKeysWithCertificate`, DPAPI), which
 * puts an `<encryptedSecret>` where `<value>` was. An expired key still unprotects what it protected.
 */
function dataProtectionKey(file: FileContext): Verdict | null {
  const text = file.text!;
  if (!/<key\s[^>]*\bid="/.test(text) || !text.includes('<masterKey')) return null;
  const idx = file.lines.findIndex((l) => l.offset === 0 && DP_VALUE.test(l.text));
  if (idx < 0) return null;
  const value = DP_VALUE.exec(file.lines[idx]!.text)![1]!;
  const expires = /<expirationDate>(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  return {
    kind: 'data-protection-key',
    what: 'ASP.NET Core Data Protection key with its master key unencrypted',
    holds: `whoever holds it can forge and read the authentication cookies, antiforgery tokens and other payloads the app protects with it${expires ? ` (it expires on ${expires}, but an expired key still unprotects what it protected)` : ''}`,
    severity: 'error',
    line: file.lines[idx]!.number,
    secret: value,
  };
}
/** The master key's `<value>`: base64 of 64 bytes as XmlKeyManager writes it (shorter runs are no key). */
const DP_VALUE = /^\s*<value>([A-Za-z0-9+/]{40,}={0,2})<\/value>\s*$/;

/** A base64 run long enough to be key material. */
const KEY_MATERIAL = /[A-Za-z0-9+/=]{64}/;

function sshKey(file: FileContext): Verdict | null {
  const putty = file.name.toLowerCase().endsWith('.ppk');
  const verdict: Verdict = {
    kind: 'ssh-private-key',
    what: putty ? 'PuTTY private key' : 'SSH private key',
    holds: 'it logs in wherever its public key is authorised',
    severity: 'error',
  };
  if (file.text === null) return file.size > 0 && !putty ? verdict : null;
  const t = file.text.trim();
  if (putty) return t.startsWith('PuTTY-User-Key-File-') ? verdict : null;
  if (t === '' || /^(?:ssh-|ecdsa-sha2-|sk-)/.test(t)) return null; // empty, or a public key under the private name
  // A mask: one character over and over between the armour lines (`XXXX…`).
  if (/^([A-Za-z0-9*.])\1{15,}$/.test(t.replace(/^-----[A-Z0-9 ]+-----$|[\s=]/gm, ''))) return null;
  if (t.includes('PRIVATE KEY-----') || t.startsWith('PuTTY-User-Key-File-') || KEY_MATERIAL.test(t)) return verdict;
  return null;
}

function jenkinsSecret(file: FileContext): Verdict | null {
  const isMasterKey = file.name === 'master.key';
  if (isMasterKey ? !/^[0-9a-f]{64,}$/i.test(file.text?.trim() ?? '') : file.size === 0) return null;
  return {
    kind: 'jenkins-secret',
    what: 'Jenkins secret key',
    holds: `it decrypts every credential Jenkins stores (\`credentials.xml\`, job configurations)`,
    severity: 'error',
  };
}

function sqlDump(file: FileContext): Verdict | null {
  if (isPgCustomDump(file.bytes)) return pgArchive(file);
  // Over the size limit: judge the head, which holds the dump's header and often its first tables.
  const truncated = file.body === null;
  if (truncated && file.bytes.length === file.size) return null; // binary
  const text = truncated ? decode(file.bytes) : file.text!;
  const tool = dumpTool(text);
  const data = dumpData(truncated ? splitLines(text).lines : file.lines);
  if (tool === null && !data.copyBlocks) return null; // hand-written SQL: migrations, seeds, queries
  const by = tool ?? 'pg_dump';
  if (data.rolePasswords !== null) {
    return {
      kind: 'sql-dump',
      what: `SQL dump (${by}) with role passwords`,
      holds: 'it sets database roles\' passwords (or their hashes, open to offline cracking)',
      severity: 'error',
      line: data.rolePasswords,
      policy: 'login-key',
    };
  }
  const verdict = tableVerdict('sql-dump', `SQL dump (${by})`, data.tables, productNames(file.path));
  if (verdict) return verdict;
  if (truncated) {
    return {
      kind: 'sql-dump',
      what: `SQL dump (${by})`,
      holds: 'it is over the size limit, so only its start was read; a dump this size usually holds table rows',
      severity: 'warning',
    };
  }
  return null; // schema only
}

/** The verdict on a dump or database by the tables it holds rows of; null when it holds none. */
function tableVerdict(
  kind: SecretFileKind,
  what: string,
  tables: { name: string; line?: number; columns?: readonly string[]; accounts?: readonly string[] }[],
  products: ReadonlySet<string> = new Set(),
): Verdict | null {
  if (tables.length === 0) return null;
  const sensitive = tables.filter((t) => isSensitiveTable(t.name) && !holdsNothingPersonal(t.name, t.columns));
  // Tables of people whose columns (where the dump says them) hold no password, hash, token, session or key: personal
  // data, no credential (JeecgBoot's `ins_customer` of names, ages and cities), as in a SQLite database.
  const credentials = sensitive.filter((t) => !holdsNoCredentials(t.name, t.columns));
  // Only a project's default accounts (eladmin's `sys_user` rows `admin` and `test`, whose password its README gives):
  // an install script, which every installation starts from. Their passwords are published with the project.
  if (credentials.length > 0 && credentials.every((t) => ACCOUNT_TABLE.test(t.name) && t.accounts !== undefined && t.accounts.every((a) => isDefaultAccount(a) || products.has(a.toLowerCase())))) {
    const names = unique(credentials.flatMap((t) => t.accounts!)).map((a) => `\`${a}\``);
    return {
      kind,
      what: `${what} with rows of the ${tablesNamed(sensitive.map((t) => t.name))}`,
      holds: `its only accounts are ones a project ships to every installation (${names.join(', ')}), as an install script's are: each installation starts with their passwords`,
      severity: 'warning',
      keep: 'Keep real accounts out of it, and make each installation change these passwords (at install or at the first login).',
      ...(credentials[0]!.line !== undefined ? { line: credentials[0]!.line } : {}),
    };
  }
  if (sensitive.length > 0 && credentials.length === 0) {
    return {
      kind,
      what: `${what} with rows of the ${tablesNamed(sensitive.map((t) => t.name))}`,
      holds: 'tables named for people hold rows, though no column is named for a password, a token, a session or a key: personal data',
      severity: 'warning',
      rotate: "treat the rows as disclosed: if they are real people's, tell them",
      ...(sensitive[0]!.line !== undefined ? { line: sensitive[0]!.line } : {}),
    };
  }
  if (sensitive.length > 0) {
    // The line of the table whose name says it most plainly (a store of credentials, then one named for people).
    let shown = sensitive[0]!;
    for (const t of sensitive) if (sensitivityRank(t.name) < sensitivityRank(shown.name)) shown = t;
    const verdict: Verdict = {
      kind,
      what: `${what} with rows of the ${tablesNamed(sensitive.map((t) => t.name))}`,
      holds: 'tables named for users, sessions or credentials hold rows: password hashes, session keys, personal data',
      severity: 'error',
      ...(shown.line !== undefined ? { line: shown.line } : {}),
    };
    return credentialStore(verdict, sensitive);
  }
  return {
    kind,
    what: `${what} with rows of the ${tablesNamed(tables.map((t) => t.name))}`,
    holds: 'no table is named for users, sessions or credentials, but it is a copy of a database\'s data',
    severity: 'notice',
    ...(tables[0]!.line !== undefined ? { line: tables[0]!.line } : {}),
  };
}

/** A table of accounts people log in with: `sys_user`, `users`, `admin_accounts`, `members`. */
const ACCOUNT_TABLE = /user|account|admin|member|login|staff|employee|operator/i;

/**
 * Accounts projects ship for every installation: `admin`, `root`, `test1`, `demo`, and the same at a documentation
 * domain (`admin@example.com`, `test@localhost`); not at a real domain (`admin@acme-corp.com`).
 */
function isDefaultAccount(account: string): boolean {
  if (account.length > 64) return false;
  const a = account.toLowerCase();
  const at = a.indexOf('@');
  if (at >= 0 && !DOC_DOMAIN.test(a.slice(at + 1))) return false;
  let local = at >= 0 ? a.slice(0, at) : a;
  let end = local.length;
  while (end > 0 && '0123456789_.-'.includes(local[end - 1]!)) end--;
  local = local.slice(0, end);
  return DEFAULT_ACCOUNTS.has(local);
}
/**
 * The product an install script's name says it sets up (`tables_nacos.sql`, `nacos-schema.sql`, `init_xxl_job.sql`):
 * an account of that name is the one the product ships (Nacos's `nacos`, whose password its documentation gives). Only
 * those shapes, with no digit in the product's name: a backup named for a person or a customer is their data.
 */
function productNames(path: string): ReadonlySet<string> {
  if (/(?:^|\/)backups?\//i.test(path)) return new Set();
  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.sql$/i, '').toLowerCase();
  const m = INSTALL_SCRIPT_NAME.exec(stem);
  const product = m?.[1] ?? m?.[2];
  return product === undefined || /\d/.test(product) ? new Set() : new Set([product, product.replace(/[-_]/g, '')]);
}
/** `tables_X`, `schema-X`, `init_X`, `X_tables`, `X-schema`, `X_init`. */
const INSTALL_SCRIPT_NAME = /^(?:tables?|schema|init|install)[-_]([a-z][a-z0-9_-]{2,30})$|^([a-z][a-z0-9_-]{2,30}?)[-_](?:tables?|schema|init|install)$/;

/** Domains for documentation and this machine (RFC 2606, RFC 6761). */
const DOC_DOMAIN = /^(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$/;
const DEFAULT_ACCOUNTS = new Set(['admin', 'administrator', 'root', 'superadmin', 'super_admin', 'sysadmin', 'system', 'test', 'tester', 'testuser', 'test_user', 'demo', 'guest', 'user', 'manager', 'operator', 'editor', 'author', 'staff', 'dev', 'developer', 'anonymous', 'default']);

function pgArchive(file: FileContext): Verdict | null {
  const tables = pgCustomDumpTables(file.bytes);
  const verdict = tableVerdict('pg-archive', 'PostgreSQL dump (pg_dump custom format)', tables.map((name) => ({ name })));
  if (verdict) return verdict;
  if (file.bytes.length < file.size) {
    return {
      kind: 'pg-archive',
      what: 'PostgreSQL dump (pg_dump custom format)',
      holds: 'only its start was read (it is over the size limit); an archive this size usually holds table data',
      severity: 'warning',
    };
  }
  return null; // schema only
}

function compressedDump(file: FileContext): Verdict | null {
  const how = compression(file.bytes);
  if (how === null) return null;
  return {
    kind: 'compressed-dump',
    what: `Compressed SQL dump (${how})`,
    holds: 'its content was not read, but a dump is a copy of a database\'s rows',
    severity: 'warning',
  };
}

function sqlite(file: FileContext): Verdict | null {
  const schema = readSqliteSchema(file.bytes);
  if (schema === null) {
    return { kind: 'sqlite', what: 'SQLite database', holds: 'its schema could not be read, so what it holds is unknown', severity: 'warning' };
  }
  const tables = schema.tables.filter((t) => !isBookkeepingTable(t.name));
  // A full-text index alone (healthchecks's `search.db`, built from its documentation) is a search over documents, not
  // an application's data; one named for people or credentials (`users_fts`) is judged as such tables are.
  if (schema.complete && tables.length > 0 && isFullTextOnly(tables)) return null;
  const withRows = tables.filter((t) => t.rows !== 'none');
  const sensitive = withRows.filter((t) => isSensitiveTable(t.name) && !holdsNothingPersonal(t.name, t.columns));
  const about = (list: readonly SqliteTable[], holds: string, severity: Severity, rotate?: string, empty = ''): Verdict => ({
    kind: 'sqlite',
    what: `SQLite database with ${empty}${tablesNamed(list.map((t) => t.name))}`,
    holds,
    severity,
    ...(rotate ? { rotate } : {}),
  });
  // Tables of people whose columns hold no password, hash, token, session or key: personal data, no credential.
  const credentials = sensitive.filter((t) => !holdsNoCredentials(t.name, t.columns));
  if (credentials.length > 0) {
    return credentialStore(about(credentials, 'tables named for users, sessions or credentials hold rows: password hashes, session keys, personal data', 'error'), credentials);
  }
  if (sensitive.length > 0) {
    const holds = 'tables named for people hold rows, though no column is named for a password, a token, a session or a key: personal data';
    return about(sensitive, holds, 'warning', "treat the rows as disclosed: if they are real people's, tell them");
  }
  if (!schema.complete) {
    return {
      kind: 'sqlite',
      what: 'SQLite database',
      holds: `its schema goes on beyond the ${Math.round(file.bytes.length / 1024)} KiB read, so not all its tables are known`,
      severity: 'warning',
    };
  }
  if (withRows.length > 0) return about(withRows, "none is named for users, sessions or credentials, but it is a copy of a database's data", 'notice');
  if (tables.length > 0) return about(tables, 'no rows yet, but it fills up as the app runs', 'notice', undefined, 'empty ');
  return null; // no tables: a file a test created
}

function textOnly(file: FileContext, read: (file: FileContext) => Verdict | null): Verdict | null {
  return file.text === null ? null : read(file);
}

/** Each kind's reader: it confirms the kind from the content and says what the file holds, or null. */
const READERS: Record<SecretFileKind, (file: FileContext) => Verdict | null> = {
  'rails-master-key': railsKey,
  netrc: (f) => textOnly(f, () => storeVerdict('netrc', 'netrc credentials', netrcCredentials(f.lines), (t) => `it gives curl, git and ftp the passwords for ${t}`)),
  pypirc: (f) => textOnly(f, () => storeVerdict('pypirc', 'PyPI credentials', pypircCredentials(f.lines), (t) => `it holds the upload password or token for ${t}`)),
  npmrc: (f) => textOnly(f, () => storeVerdict('npmrc', 'npm registry token', npmrcCredentials(f.lines), (t) => `it holds the auth token for ${t}`)),
  htpasswd: (f) => textOnly(f, () => storeVerdict('htpasswd', 'htpasswd file', htpasswdCredentials(f.lines), (t) => `it holds the password hashes of ${t}, open to offline cracking`)),
  pgpass: (f) => textOnly(f, () => storeVerdict('pgpass', 'PostgreSQL password file', pgpassCredentials(f.lines), (t) => `it holds the passwords of ${t}`)),
  'aws-credentials': (f) =>
    textOnly(f, () => storeVerdict('aws-credentials', 'AWS credentials file', awsCredentials(f.lines), (t) => `it holds the secret access keys of the profiles ${t}`)),
  'android-signing': (f) =>
    textOnly(f, () =>
      storeVerdict(
        'android-signing',
        f.name.toLowerCase() === 'gradle.properties' ? 'Gradle properties with signing passwords' : 'Android signing properties',
        androidSigningCredentials(f.lines),
        (t) => `it holds the passwords that open ${t}, and with it sign the app's releases`,
      ),
    ),
  'docker-config': (f) => textOnly(f, () => storeVerdict('docker-config', 'Docker registry credentials', dockerCredentials(f.text!), (t) => `it holds the logins for ${t}`)),
  'composer-auth': (f) =>
    textOnly(f, () => storeVerdict('composer-auth', 'Composer credentials', composerCredentials(f.text!), (t) => `it holds the package hosts' tokens or passwords for ${t}`)),
  kubeconfig: (f) =>
    textOnly(f, () =>
      isKubeconfig(f.lines) ? storeVerdict('kubeconfig', 'kubeconfig with credentials', kubeconfigCredentials(f.lines), (t) => `it holds the cluster credentials of ${t}`) : null,
    ),
  'jenkins-credentials': (f) =>
    textOnly(f, () =>
      isJenkinsCredentials(f.text!)
        ? storeVerdict('jenkins-credentials', 'Jenkins credentials store', jenkinsCredentials(f.lines), (t) => `it holds the secrets of ${t}, encrypted only with the key in the Jenkins home's \`secrets/\``)
        : null,
    ),
  'jenkins-secret': jenkinsSecret,
  'terraform-state': terraformState,
  'java-keystore': javaKeystore,
  pkcs12,
  keepass,
  openvpn: (f) => textOnly(f, openvpn),
  'ssh-private-key': sshKey,
  'sql-dump': sqlDump,
  'compressed-dump': compressedDump,
  sqlite,
  'pg-archive': pgArchive,
  'data-protection-key': (f) => textOnly(f, dataProtectionKey),
};

const GIT_CRYPT = Buffer.from('\0GITCRYPT\0', 'latin1');
const ANSIBLE_VAULT = Buffer.from('$ANSIBLE_VAULT;', 'latin1');

/** Files encrypted in the repository on purpose: git-crypt's header, an Ansible Vault file. */
function isEncryptedInPlace(head: Buffer): boolean {
  return head.subarray(0, GIT_CRYPT.length).equals(GIT_CRYPT) || head.subarray(0, ANSIBLE_VAULT.length).equals(ANSIBLE_VAULT);
}

/** The tables SQLite's full-text search keeps for an index `x`: FTS5's `x_data`…, FTS3 and FTS4's `x_segments`…. */
const FTS_SHADOW = new Set(['data', 'idx', 'content', 'docsize', 'config', 'segments', 'segdir', 'stat']);

/**
 * Whether a database's tables are full-text indexes and nothing else: virtual tables made `USING fts3`, `fts4` or
 * `fts5`, and the shadow tables each keeps (`x_data`, `x_idx`…, exactly so named), none named for people or
 * credentials.
 */
function isFullTextOnly(tables: readonly SqliteTable[]): boolean {
  const indexes = new Set(tables.filter((t) => t.module !== undefined && /^fts[345]$/.test(t.module)).map((t) => t.name));
  if (indexes.size === 0) return false;
  return tables.every((t) => {
    if (isSensitiveTable(t.name)) return false;
    if (indexes.has(t.name)) return true;
    const cut = t.name.lastIndexOf('_');
    return cut > 0 && indexes.has(t.name.slice(0, cut)) && FTS_SHADOW.has(t.name.slice(cut + 1).toLowerCase());
  });
}

/**
 * Documents stored as SQLite files: Visual Paradigm projects (`.vpp`), GeoPackage (`.gpkg`) and MBTiles maps, Anki
 * decks (`.apkg`, `.anki2`), Audacity projects (`.aup3`). Their tables hold the document (a diagram's id formats, map
 * tiles), not an application's users.
 */
const SQLITE_DOCUMENT = /\.(?:vpp|gpkg|mbtiles|apkg|anki2|aup3)$/i;

/** A SQLite database by its header; else the kind by name, else by the header of a file whose name says nothing (pg_dump archives). */
function kindOf(file: FileContext): SecretFileKind | null {
  const b = file.head;
  // A SQLite database is one whatever its name says, `.sql` included (Sylius's test `var/db.sql`), but for the
  // documents of applications whose file format SQLite is.
  if (b.length > 0 && b[0] === 0x53 && isSqlite(b)) return SQLITE_DOCUMENT.test(file.name) ? null : 'sqlite';
  const byName = secretFileKindByName(file.path);
  if (byName) return byName;
  if (b.length > 0 && b[0] === 0x50 && isPgCustomDump(b)) return 'pg-archive';
  return null;
}

export const secretFile: Rule = {
  meta: {
    id: 'secret-file',
    title: 'File that is a secret by what it is',
    severity: 'error',
    policy: 'private-key',
    why:
      'Some files are secrets by what they are: a key that decrypts the rest, a tool\'s credential store, ' +
      'infrastructure state, a key store, a copy of a database. Committed, they are in every clone and in history; ' +
      'shipped in an image, they go with it. Recognised by name, then confirmed by content where the format allows: ' +
      'signing keys (Rails `config/master.key`, `config/credentials/*.key`, 32 hex digits); credential stores ' +
      '(`.netrc`/`_netrc` with a password, `.pypirc` with a password, `.npmrc` with `_authToken`/`_auth`/`_password`, ' +
      '`.htpasswd`/`.htdigest`, `.pgpass`, `.aws/credentials` with `aws_secret_access_key`, `.docker/config.json` or ' +
      '`.dockerconfigjson` with an `auth`, a kubeconfig with `client-key-data` or a token, Jenkins `credentials.xml`, ' +
      '`secrets/hudson.util.Secret` and `secrets/master.key`); Android signing passwords (Flutter\'s `key.properties`, ' +
      '`keystore.properties`, `…STORE_PASSWORD` in a project\'s `gradle.properties`); Terraform state (`*.tfstate`, `*.tfstate.backup`), which ' +
      'keeps every value of the resources it manages in plain text; key stores (Java keystores `.jks`/`.keystore`/`.jceks` ' +
      'by their magic number, with private keys; PKCS#12 `.p12`/`.pfx`; KeePass `.kdbx`/`.kdb` by signature; OpenVPN ' +
      '`.ovpn` profiles with an inline `<key>`; SSH private keys by name, `id_rsa`, `id_ed25519`… and `ssh_host_*_key`, ' +
      'and PuTTY `.ppk`); an ASP.NET Core Data Protection key (`key-<guid>.xml` with its master key in the clear, ' +
      'which protects the app\'s authentication cookies and antiforgery tokens); and data: SQLite databases by their header whatever their name, SQL dumps by the header of the ' +
      'tool that wrote them (pg_dump, pg_dumpall, mysqldump, MariaDB, phpMyAdmin, Adminer, the sqlite3 shell) or by ' +
      '`COPY … FROM stdin;` blocks, pg_dump custom-format archives (`PGDMP`), and compressed dumps (`*.sql.gz`…). A ' +
      'database or dump is an error when tables named for users, sessions or credentials hold rows (`auth_user`, ' +
      '`django_session`, `users`, `wp_users`), a notice when only other tables do; a schema without rows is not ' +
      'flagged, nor an empty SQLite file. The sample databases of SQL tutorials, by name (Chinook, Northwind, Sakila, ' +
      'Pagila, `dvdrental`, `classicmodels`, AdventureWorks), are examples: their rows are made up and published; so is a ' +
      'copy named as sample or demo data (`dispatch-sample-data.dump`, `demo.sqlite3`, `example_db.sql`). ' +
      'Placeholder values, `${VAR}` references, public keys (`id_rsa.pub`), ' +
      'truststores and empty state are not secrets. Files git ignores are not reported: an ignored local ' +
      '`master.key` is where it belongs. `.env.keys` is covered by dotenv-file and `.git-credentials` by git-credentials.',
    fix:
      'Remove it from git (`git rm --cached <path>`), add it to `.gitignore`, and rotate what it held: it stays in the ' +
      'history. Make a new Rails master key and re-encrypt the credentials; revoke registry and cloud tokens; keep ' +
      'Terraform state in a remote backend; reissue certificates of committed keystores; remove committed SSH keys ' +
      'from every `authorized_keys`; treat rows of a committed database as disclosed. For a project `.npmrc`, keep the ' +
      'file and write the token as `${NPM_TOKEN}`; for a project `gradle.properties`, move the signing passwords to ' +
      '`~/.gradle/gradle.properties`, or to the CI\'s secrets as `ORG_GRADLE_PROJECT_<name>`. In a deployment folder or build context, leave the file out of what ' +
      'you ship.',
    examples: [
      { file: 'config/master.key', flagged: '(32 random hex digits, tracked)', clean: '(listed in .gitignore, as `rails new` does)' },
      { file: '.npmrc', flagged: '//registry.npmjs.org/:_authToken=npm_…', clean: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' },
      { file: '.pypirc', flagged: 'password = pypi-AgEIcHlwaS5vcmc…', clean: 'username = __token__ (password from the keyring)' },
      { file: 'terraform.tfstate', flagged: '"resources": [{ "type": "aws_db_instance", … "password": … }]', clean: '(state in an S3 backend)' },
      { file: 'db.sqlite3', flagged: 'a SQLite database whose auth_user table has rows', clean: 'a SQLite file with no tables' },
      { file: 'db/dump.sql', flagged: 'COPY public.users (id, email, password) FROM stdin; + rows', clean: 'a schema-only dump (pg_dump -s)' },
    ],
    details: [
      'A file that is a secret by what it is, recognised by its name (no other file is looked into) and confirmed by ' +
        'its content where the format allows. One finding per file, on the line of the credential where there is one; ' +
        'the message names the kind and what it holds, never the value.',
      '',
      '| Kind | Files | Flagged when | Not flagged |',
      '| --- | --- | --- | --- |',
      '| Rails keys | `config/master.key`, `config/credentials/*.key`, `config/secrets.yml.key`; a `master.key` elsewhere with `credentials.yml.enc` beside it (a CI job\'s copy) | 32 random hex digits | any other content; `master.key` outside `config/` with no credentials beside it |',
      '| netrc | `.netrc`, `_netrc` | a `password` (or `account`) value | only `machine`/`login`; `$TOKEN`, `<your-password>` |',
      '| PyPI | `.pypirc` | a `password` in an index section | `username = __token__` with the password from the keyring or `TWINE_PASSWORD` |',
      '| npm | `.npmrc` | `_authToken`, `_auth` or `_password` with a value | `${NPM_TOKEN}` (npm expands it); registry settings |',
      '| htpasswd | `.htpasswd`, `htpasswd*`, `*.htpasswd`, `.htdigest` | a `user:hash` line | comments only |',
      '| PostgreSQL | `.pgpass`, `pgpass.conf` | a password field | an empty password |',
      "| AWS | `.aws/credentials`, `.aws/config`, any `credentials` file | `aws_secret_access_key` / `aws_session_token` | AWS's documented `…EXAMPLEKEY`; `credential_process` |",
      '| Docker | `.docker/config.json`, `.dockerconfigjson`, `.dockercfg` | an `auth` (`user:password`), `identitytoken` | `credsStore`, `credHelpers`, empty `auths` |',
      "| Composer | `auth.json`, `.composer-auth.json` with Composer's sections | a token (`github-oauth`, `gitlab-oauth`, `gitlab-token`, `bearer`, `forgejo-token`), an `http-basic` password, a `bitbucket-oauth` consumer secret | `{}`, `${TOKEN}`, another tool's `auth.json` |",
      '| Kubernetes | `.kube/config`, `kubeconfig*`, `*.kubeconfig`, `admin.conf`, `kubelet.conf`, `k3s.yaml` with `kind: Config` | `client-key-data`, `token`, `password`, cached auth-provider tokens | `exec` plugins, `client-key:` paths |',
      '| Jenkins | `credentials.xml` (cloudbees credentials), `secrets/hudson.util.Secret`, `secrets/master.key` | a `<password>`, `<secret>`, `<privateKey>`… with content | an empty credentials map |',
      "| Android signing | `key.properties` (Flutter), `keystore.properties`, `signing.properties`; `gradle.properties` | a `storePassword` or `keyPassword` (a key ending so: `MYAPP_UPLOAD_STORE_PASSWORD`), each signing config by its prefix (`MYAPP_UPLOAD_…`, `release…`); `android` alone is a warning | `<password from previous step>`, `*****`; the debug keystore's config (`storeFile` `debug.keystore`, alias `androiddebugkey`); a truststore's password (`javax.net.ssl.trustStorePassword`) and a GPG key's (`signingInMemoryKeyPassword`) |",
      '| Terraform state | `*.tfstate`, `*.tfstate.backup` | resources (named with their types and secret attributes), sensitive outputs, backend settings with credentials; over the size limit | OpenTofu encrypted state; empty state is a notice |',
      '| Java keystores | `.jks`, `.keystore`, `.jceks` (magic `FEEDFEED` / `CECECECE`) | private or secret key entries | truststores (certificates only); a keystore Play Framework or its ssl-config generated for HTTPS on `localhost` (JKS with an empty password, one key named `playgenerated` or `sslconfig-selfsigned` whose one certificate is the generator\'s self-signed one for `localhost`) is a notice; an Android debug keystore (`debug.keystore`, or any name when its password is `android` and its one key is a private key `androiddebugkey`) is a notice, and a `debug.keystore` with other keys under that password an error that says so |',
      '| PKCS#12 | `.p12`, `.pfx` (DER `PFX`, version 3) | always | names with `trust` or `cacert`; Git LFS pointers; an Android debug keystore (`debug.keystore`, or any name when its MAC is made with `android` and its one key is a private key `androiddebugkey` in clear, no other key being in a part that `android` decrypts with PBES2 and AES) is a notice, and a `debug.keystore` with other keys under that password an error |',
      '| KeePass | `.kdbx`, `.kdb` (signature `9AA2D903`) | a **warning**: encrypted, but open to offline guessing | other content |',
      '| OpenVPN | `.ovpn` | inline `<key>`, `<pkcs12>`, `<secret>`, `<tls-crypt-v2>`, `<auth-user-pass>`; `<tls-auth>`/`<tls-crypt>` alone is a warning | `key client.key` references; empty blocks |',
      '| SSH keys | `id_rsa`, `id_dsa`, `id_ecdsa`, `id_ed25519` (and `_sk`, with a suffix), `.ssh/identity`, `ssh_host_*_key`, PuTTY `.ppk` | key material, PEM or not, or a binary file | `*.pub`, a public key under a private name, an empty file, a note |',
      '| ASP.NET Core Data Protection | `key-<guid>.xml` | a `<key id=…>` whose `<masterKey>` holds a `<value>` in the clear | a key ring protected with a certificate or DPAPI (`<encryptedSecret>`); other XML |',
      '| SQLite | any file starting `SQLite format 3\\0`, whatever its name | tables named for users, sessions or credentials hold rows (`auth_user`, `django_session`, `users`, `api_keys`…); a table of people none of whose columns is named for a password, a hash, a token, a session or a key is a warning; one whose every column is an id, a code, a link to something else, an order, a state or a time (the countries of `sylius_zone_member`) is other data | no tables; only empty tables or other data are notices; documents whose format SQLite is (`.vpp`, `.gpkg`, `.mbtiles`, `.apkg`, `.anki2`, `.aup3`); full-text indexes alone (FTS3, FTS4, FTS5 tables and theirs: a search over documents), unless named for people or credentials |',
      '| SQL dumps | `*.sql`, `*.psql`, `*.pgsql`, `*.mysql`, `*.dump` written by pg_dump, pg_dumpall, mysqldump, MariaDB, phpMyAdmin, Adminer, Sequel Pro, HeidiSQL, Navicat, SQLyog, the sqlite3 shell, or with `COPY … FROM stdin;` rows | rows of such tables (`COPY` with rows, `INSERT INTO`), role passwords; a table of people none of whose columns (by its `CREATE TABLE`, or the column list of its `COPY` or `INSERT`) is named for a password, a hash, a token, a session or a key is a warning, and so are rows whose only accounts are a project\'s defaults (at most four, each `admin`, `root`, `test`, `demo` or the like, read from a `username`, `login` or `email` column of `INSERT` rows: an install script, which is kept with new passwords for each installation) | schema-only dumps, Rails `structure.sql`, hand-written seeds (`data.sql`); other data is a notice |',
      '| pg_dump archives | any file starting `PGDMP` | data entries of such tables | schema-only archives |',
      '| compressed dumps | `*.sql.gz`, `.bz2`, `.xz`, `.zst` (by magic) | a **warning**: not read | other content |',
      '',
      'Weak or default credentials (`postgres`, `changeme`) are warnings. The advice is to untrack, ignore and ' +
        'rotate, except for a project `.npmrc`, which keeps its settings and reads the token from `${NPM_TOKEN}`, and a ' +
        'project `gradle.properties`, whose signing passwords move to `~/.gradle/gradle.properties`. A ' +
        'SQLite database over the size limit has its first 256 KiB read, where its schema is.',
      '',
      'A **Rails key beside the credentials it opens** (`config/master.key` and `config/credentials.yml.enc`, ' +
        '`production.key` and `production.yml.enc`, a CI job\'s `master.key` and `credentials.yml.enc`) is judged by what ' +
        'they hold, as anyone with the repository can read them: the key decrypts them (AES-128-GCM, as ' +
        '`bin/rails credentials:edit` writes them), and the message names the settings with a value, never the values. ' +
        "A key that opens the application's own signing secrets alone (`secret_key_base`, `devise.secret_key`, Active " +
        'Record encryption\'s keys; the rest `null`, empty, placeholders or stand-ins such as `sk_test_FAKE…`) is as ' +
        'secret as they are where it sits: a `notice` in a CI job, a test or an example, as the same `secret_key_base` ' +
        'written in a file there would be. One that opens credentials for other services (`aws.secret_access_key`, ' +
        "`stripe.secret_key`, `smtp.password`, a URL's password, a provider's token, in blocks or flow maps) logs in " +
        'anywhere, and stays an `error`. A key that is itself secret-looking (`ghp_…: github`) is shown as `…`. ' +
        "Rails 5.1's `config/secrets.yml.key` opens `config/secrets.yml.enc`.",
      '',
      "A key store's password is tried: a Java keystore's integrity digest against none, Java's default `changeit` and " +
        "the commonest stand-ins (`password`, `changeme`, `secret`, `123456`), a PKCS#12 file's MAC against the empty " +
        "password OpenSSL's `-passout pass:` writes, then `changeit` and `password`, as many as 20,000 of its rounds allow " +
        "(all three at OpenSSL's 2,048, two at keytool's 10,000). When one opens " +
        'it, the message says so: anyone with the file holds its keys. A password of its own is never named.',
    ],
    neverFlags: [
      'Files encrypted in place (git-crypt, Ansible Vault, SOPS `ENC[…]` values).',
      'Files git ignores, as for [`dotenv-file`](dotenv-file.md): an ignored local `master.key` is where it belongs.',
      '`.env.keys`, left to [`dotenv-file`](dotenv-file.md), and `.git-credentials`, left to ' +
        '[`git-credentials`](git-credentials.md).',
      'Placeholder values, `${VAR}` references, public keys (`id_rsa.pub`), truststores and empty state; what else ' +
        'each kind leaves alone is in the table above.',
    ],
    otherPolicies: [
      { findings: 'What logs in or opens other secrets: SSH keys (`id_rsa`, `ssh_host_*_key`, PuTTY `.ppk`), `.netrc`, `.pypirc`, `.npmrc`, `.pgpass`, `.htpasswd`, AWS credentials files, Docker and kube configs, Jenkins credentials and secrets, OpenVPN profiles, KeePass databases, Rails master keys, Terraform state, databases that store credentials to use', policy: 'login-key' },
      { findings: 'A key of one environment\'s Rails credentials (`config/credentials/development.key`)', policy: 'secret' },
      { findings: 'A copy of a database (SQLite files, SQL dumps, pg_dump archives) that stores no credentials to use', policy: 'data' },
    ],
    sample:
      'db.sqlite3  error    secret-file  SQLite database with tables auth_user, django_session: `db.sqlite3` is ' +
        'tracked by git; tables named for users, sessions or credentials hold rows: password hashes, session keys, ' +
        'personal data. Run `git rm --cached db.sqlite3`, add it to .gitignore and treat the rows as disclosed: reset ' +
        'the passwords and sessions they hold.',
  },
  literals: () => [DATABASE_HEADERS],
  readsAnyway: (path) => secretFileKindByName(path) !== null,
  checkFile(file) {
    if (file.status === 'ignored') return [];
    const kind = kindOf(file);
    if (kind === null || isEncryptedInPlace(file.head)) return [];
    const v = READERS[kind](file);
    if (v === null) return [];
    return [findingOf(v, file.name, file.path, file.status)];
  },
  /**
   * A Rails master key kept outside `config/` beside the credentials it opens (a CI job's `master.key` and
   * `credentials.yml.enc`, copied into `config/` before the tests): its name alone says too little elsewhere, the
   * file beside it says what it is.
   */
  async checkTree(tree) {
    const found: PathFinding[] = [];
    const paths = new Set<string>();
    for (const e of tree.entries) if (e.kind === 'file') paths.add(e.path);
    for (const e of tree.entries) {
      if (e.kind !== 'file' || e.status === 'ignored' || !e.path.endsWith('master.key')) continue;
      const slash = e.path.lastIndexOf('/');
      const name = e.path.slice(slash + 1);
      const dir = slash < 0 ? '' : e.path.slice(0, slash + 1);
      if (name !== 'master.key' || secretFileKindByName(e.path) !== null) continue;
      // A scan of changes lists only the changed files: the credentials beside the key may be in the tree all the same.
      const beside = `${dir}credentials.yml.enc`;
      if (!paths.has(beside) && !(tree.changedOnly && (await tree.readText(beside)) !== null)) continue;
      const text = await tree.readText(e.path);
      const v = text === null ? null : railsKey({ name, text }, `${dir}credentials.yml.enc`);
      if (v !== null) found.push({ ...findingOf(v, name, e.path, e.status), path: e.path, status: e.status });
    }
    return found;
  },
  /**
   * A Rails key beside the credentials it opens is judged by what they hold: the committed key lets anyone read
   * them, so the message names what is disclosed, and a key that opens signing secrets alone (a CI job's
   * `secret_key_base`) is as secret as they are where it sits.
   */
  async reviseWithTree(found, tree) {
    for (const f of found) {
      if (f.key !== 'rails-master-key' || f.status === 'ignored') continue;
      const credentials = credentialsBeside(f.path);
      const [keyText, encrypted] = await Promise.all([tree.readText(f.path), tree.readText(credentials)]);
      if (keyText === null || encrypted === null) continue;
      const yaml = openRailsCredentials(keyText.trim(), encrypted);
      if (yaml === null) continue;
      const name = f.path.slice(f.path.lastIndexOf('/') + 1);
      const v = railsKey({ name, text: keyText }, credentials, credentialsContent(yaml));
      if (v === null) continue;
      const revised = findingOf(v, name, f.path, f.status);
      f.message = revised.message;
      if (revised.policy === undefined) delete f.policy;
      else f.policy = revised.policy;
      if (v.policy === 'secret') {
        f.madeUpMessage = `${v.what}: \`${name}\` ${WHERE[f.status]}; ${v.holds}. If they are made up for this use, the key can stay; if they are a real deployment's, ${advice(v, f.path, f.status).replace(/^./, (c) => c.toLowerCase())}`;
      }
    }
  },
};

/** The finding for a file of a secret kind, from its reader's verdict. */
function findingOf(v: Verdict, name: string, path: string, status: Reported): RawFinding {
  const finding: RawFinding = {
    message: `${v.what}: \`${name}\` ${WHERE[status]}; ${v.holds}. ${advice(v, path, status)}`,
    key: v.kind,
  };
  if (v.line !== undefined) finding.line = v.line;
  if (v.secret !== undefined) finding.secret = v.secret;
  if (v.severity !== 'error') finding.severity = v.severity;
  // An install script every installation starts from: it stays, its accounts change (see `keep`).
  if (v.keep !== undefined && status !== 'plain') finding.remedy = 'keep-file';
  if (v.policy === 'secret' || v.policy === 'login-key') finding.policy = v.policy;
  else if (LOGIN_KINDS.has(v.kind)) finding.policy = 'login-key';
  else if (v.policy === undefined && DATA_KINDS.has(v.kind)) {
    finding.policy = 'data';
    if (SAMPLE_DATABASE.test(name)) {
      finding.context = 'example';
      finding.contextWhy = 'a public sample database, made-up rows that tutorials share';
    } else if (SAMPLE_DATA_NAME.test(name)) {
      finding.context = 'example';
      finding.contextWhy = 'sample data, by its name';
    }
  }
  if (WHOLE_FILE_KINDS.has(v.kind)) finding.wholeFile = true;
  return finding;
}
