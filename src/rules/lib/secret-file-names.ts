/**
 * Which files are secrets by what they are, decided from the path alone, so
 * that no other file is ever looked into: the rule reads the content only of
 * the files named here (and the header bytes of the rest, for SQLite and
 * pg_dump archives, which carry no telling name).
 */

export type SecretFileKind =
  | 'rails-master-key'
  | 'netrc'
  | 'pypirc'
  | 'npmrc'
  | 'htpasswd'
  | 'pgpass'
  | 'aws-credentials'
  | 'docker-config'
  | 'composer-auth'
  | 'kubeconfig'
  | 'android-signing'
  | 'jenkins-credentials'
  | 'jenkins-secret'
  | 'terraform-state'
  | 'java-keystore'
  | 'pkcs12'
  | 'keepass'
  | 'openvpn'
  | 'ssh-private-key'
  | 'sql-dump'
  | 'compressed-dump'
  | 'sqlite'
  | 'pg-archive'
  | 'data-protection-key';

/** Names that say the kind on their own, lower case. */
const EXACT: ReadonlyMap<string, SecretFileKind> = new Map([
  ['.netrc', 'netrc'],
  ['_netrc', 'netrc'],
  ['.pypirc', 'pypirc'],
  ['.npmrc', 'npmrc'],
  ['.htpasswd', 'htpasswd'],
  ['htpasswd', 'htpasswd'],
  ['.htdigest', 'htpasswd'],
  ['htdigest', 'htpasswd'],
  ['.pgpass', 'pgpass'],
  ['pgpass.conf', 'pgpass'],
  ['.dockercfg', 'docker-config'],
  ['.dockerconfigjson', 'docker-config'],
  ['credentials.xml', 'jenkins-credentials'],
  ['hudson.util.secret', 'jenkins-secret'],
  ['admin.conf', 'kubeconfig'],
  ['super-admin.conf', 'kubeconfig'],
  ['kubelet.conf', 'kubeconfig'],
  ['k3s.yaml', 'kubeconfig'],
  ['k3s.yml', 'kubeconfig'],
  // Flutter's `android/key.properties`, Android's `keystore.properties`; a project's `gradle.properties` when it holds
  // signing passwords (React Native's `MYAPP_UPLOAD_STORE_PASSWORD`).
  ['key.properties', 'android-signing'],
  ['keystore.properties', 'android-signing'],
  ['signing.properties', 'android-signing'],
  ['gradle.properties', 'android-signing'],
] as [string, SecretFileKind][]);

/** Extensions that say the kind (confirmed by the content or the magic number). */
const EXTENSIONS: ReadonlyMap<string, SecretFileKind> = new Map([
  ['tfstate', 'terraform-state'],
  ['jks', 'java-keystore'],
  ['keystore', 'java-keystore'],
  ['jceks', 'java-keystore'],
  ['p12', 'pkcs12'],
  ['pfx', 'pkcs12'],
  ['kdbx', 'keepass'],
  ['kdb', 'keepass'],
  ['ovpn', 'openvpn'],
  ['ppk', 'ssh-private-key'],
  ['sql', 'sql-dump'],
  ['psql', 'sql-dump'],
  ['pgsql', 'sql-dump'],
  ['mysql', 'sql-dump'],
  ['dump', 'sql-dump'],
  ['kubeconfig', 'kubeconfig'],
  ['htpasswd', 'htpasswd'],
] as [string, SecretFileKind][]);

/** A key of ASP.NET Core's Data Protection key ring, by the name its XML repository gives it: `key-<guid>.xml`. */
const DATA_PROTECTION_KEY = /^key-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.xml$/;

const COMPRESSED_DUMP = /\.(?:sql|psql|pgsql|mysql|dump)\.(?:gz|bz2|xz|zst)$/;
/** OpenSSH's default key names (`ssh-keygen -t …`), with a suffix people add (`id_rsa_deploy`, `id_ed25519.old`). */
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-][a-z0-9._-]{0,60})?$/;
const SSH_HOST_KEY = /^ssh_host_(?:rsa|dsa|ecdsa|ed25519)_key$/;
/**
 * What people name a deploy key (`deploy_key`, `deploy-key.pem`, `github_deploy_key`) or another SSH key (`ssh.key`,
 * and after OpenSSH's own names, `deploy_rsa`, `travis_ed25519`).
 */
const SSH_KEY_WORDS = /(?:^|[._-])(?:deploy[._-]?key|ssh)(?:[._-]|$)|[_-](?:rsa|dsa|ecdsa|ed25519)$/;

/**
 * Whether a file named `name` holds an SSH login key by its name: OpenSSH's default names (`id_ed25519`), a host
 * key, a deploy key (`.github/deploy_key`, `travis_deploy_key.pem`). Not a public half (`*.pub`).
 */
export function isSshKeyFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (/\.pub(?:$|\.)/.test(lower)) return false;
  // Code about SSH (`ssh-server.js`, `deploy_key.py`) is no key file, whatever it embeds.
  const dot = lower.lastIndexOf('.');
  if (dot > 0 && SOURCE_EXTENSIONS.has(lower.slice(dot + 1))) return false;
  return SSH_KEY.test(lower) || SSH_HOST_KEY.test(lower) || SSH_KEY_WORDS.test(lower);
}

/** Extensions of source and documents: `id_rsa_test.go`, `htpasswd.py` are code about the file, not the file. */
const SOURCE_EXTENSIONS = new Set([
  'go', 'py', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'rb', 'java', 'kt', 'rs', 'c', 'h', 'cc', 'cpp', 'cs', 'php', 'sh',
  'bash', 'ps1', 'md', 'rst', 'txt', 'json', 'yaml', 'yml', 'toml', 'xml', 'html', 'css', 'swift', 'scala', 'lua', 'pl',
  'ex', 'exs', 'erb', 'j2', 'tmpl', 'tpl', 'example', 'sample', 'template',
]);

function parentDir(path: string): string {
  const end = path.lastIndexOf('/');
  if (end < 0) return '';
  const start = path.lastIndexOf('/', end - 1);
  return path.slice(start + 1, end).toLowerCase();
}

/** What the path says the file is, or null for a file the rule leaves alone (most of them). */
export function secretFileKindByName(path: string): SecretFileKind | null {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const exact = EXACT.get(name);
  if (exact) return exact;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  const byExt = EXTENSIONS.get(ext);
  if (byExt) return byExt;
  switch (name) {
    case 'master.key': {
      const parent = parentDir(path);
      return parent === 'config' ? 'rails-master-key' : parent === 'secrets' ? 'jenkins-secret' : null;
    }
    case 'secrets.yml.key':
      return parentDir(path) === 'config' ? 'rails-master-key' : null;
    case 'credentials':
      return 'aws-credentials';
    case 'config':
      return parentDir(path) === '.aws' ? 'aws-credentials' : parentDir(path) === '.kube' ? 'kubeconfig' : null;
    case 'config.json':
      return parentDir(path) === '.docker' ? 'docker-config' : null;
    // Composer's `auth.json` (beside `composer.json`, or in its home), and copies named for it (`.composer-auth.json`,
    // which CI hands to Composer as `COMPOSER_AUTH`): the content must be Composer's.
    case 'auth.json':
    case '.composer-auth.json':
    case 'composer-auth.json':
    case 'composer.auth.json':
      return 'composer-auth';
    case 'identity':
      return parentDir(path) === '.ssh' ? 'ssh-private-key' : null;
  }
  // ASP.NET Core's Data Protection key ring writes each key to `key-<id>.xml` in its keys folder.
  if (DATA_PROTECTION_KEY.test(name)) return 'data-protection-key';
  // Rails per-environment keys: `config/credentials/production.key`.
  if (ext === 'key' && parentDir(path) === 'credentials' && /(?:^|\/)config\/credentials\/[^/]+$/i.test(path)) return 'rails-master-key';
  if (ext === 'backup' && name.endsWith('.tfstate.backup')) return 'terraform-state';
  // `kubeconfig-prod.yaml`, RKE's `kube_config_cluster.yml` (the content must say `kind: Config`).
  const source = SOURCE_EXTENSIONS.has(ext);
  if (name.startsWith('kubeconfig') || name.startsWith('kube_config') || name.startsWith('kube-config')) {
    return source && ext !== 'yaml' && ext !== 'yml' && ext !== 'json' ? null : 'kubeconfig';
  }
  if (source) return null;
  if (name.startsWith('id_') && SSH_KEY.test(name) && !/\.pub(?:$|\.)/.test(name)) return 'ssh-private-key';
  if (name.startsWith('ssh_host_') && SSH_HOST_KEY.test(name)) return 'ssh-private-key';
  if (name.startsWith('.htpasswd') || name.startsWith('htpasswd.') || name.startsWith('htpasswd-') || name.startsWith('htpasswd_')) return 'htpasswd';
  if ((ext === 'gz' || ext === 'bz2' || ext === 'xz' || ext === 'zst') && COMPRESSED_DUMP.test(name)) return 'compressed-dump';
  return null;
}
