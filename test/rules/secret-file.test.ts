import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ruleTester, scanFiles } from '../helpers/rule-tester';
import { fakeToken, pemMarker, rng } from '../helpers/fake-tokens';
import { Fixture } from '../helpers/fixture';
import { runCli } from '../helpers/cli';
import { fileFixOf, secretFile } from '../../src/rules/secret-file';
import { knownToken } from '../../src/rules/known-token';
import { secretFileKindByName } from '../../src/rules/lib/secret-file-names';
import { isSensitiveTable } from '../../src/rules/lib/data-tables';
import { readSqliteSchema } from '../../src/rules/lib/sqlite';
import { certificateNames } from '../../src/rules/lib/keystores';
import { credentialsContent } from '../../src/rules/lib/rails-credentials';
import { emptyStats, FindingCollector, ruleSettings } from '../../src/engine/pipeline';
import { scan } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import type { FileStatus } from '../../src/core/types';
import type { TreeContext } from '../../src/rules/types';

/** A master key as ASP.NET Core writes one (64 bytes, base64), built at run time so no source line holds one. */
const DP_MASTER = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)).toString('base64');
/** A key of a Data Protection key ring, as XmlKeyManager writes it, around the given master key element. */
function dataProtectionKey(masterKey: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<key id="768c1632-cf7b-41a9-bb7a-bff228ae8fba" version="1">\n  <creationDate>2021-12-01T14:37:52.0438755Z</creationDate>\n  <activationDate>2021-12-01T14:37:52.0246578Z</activationDate>\n  <expirationDate>2022-03-01T14:37:52.0246578Z</expirationDate>\n  <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection">\n    <descriptor>\n      <encryption algorithm="AES_256_CBC" />\n      <validation algorithm="HMACSHA256" />\n      ${masterKey}\n    </descriptor>\n  </descriptor>\n</key>\n`;
}

/** Random-looking values built at run time, so no source line holds a credential-shaped literal. */
function chars(seed: string, n: number, alphabet: string): string {
  const next = rng(seed);
  let out = '';
  while (out.length < n) out += alphabet[Math.floor(next() * alphabet.length)]!;
  return out;
}
const hex = (seed: string, n: number) => chars(seed, n, '0123456789abcdef');
const b64 = (seed: string, n: number) => chars(seed, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

const MASTER_KEY = hex('rails-master', 32);
const PYPI_TOKEN = 'pypi-' + b64('pypi', 120).replace(/[+/]/g, 'A');
const DOCKER_AUTH = Buffer.from(`deploy:${chars('docker', 20, 'abcdefghjkmnpqrstuvwxyz23456789')}`).toString('base64');
const KUBE_TOKEN = chars('kube', 40, 'abcdefghijklmnopqrstuvwxyz0123456789');
const AWS_SECRET = b64('aws-secret', 40);
const PEM_BODY = b64('pem', 64);

function tfstate(resources: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: 4, terraform_version: '1.7.5', serial: 3, lineage: 'b2f1c2a4-1111-4a4a-9c9c-0123456789ab', outputs: {}, resources, ...extra }, null, 2);
}
const DB_RESOURCE = {
  mode: 'managed',
  type: 'aws_db_instance',
  name: 'main',
  provider: 'provider["registry.terraform.io/hashicorp/aws"]',
  instances: [{ schema_version: 2, attributes: { identifier: 'orders', username: 'orders', password: 'Tr0ub4dor&3x-orders', port: 5432 }, sensitive_attributes: [] }],
};

ruleTester(secretFile, {
  flagged: [
    // Rails signing keys.
    { file: 'config/master.key', text: `${MASTER_KEY}\n`, secret: MASTER_KEY },
    { file: 'config/master.key', text: MASTER_KEY, secret: MASTER_KEY, status: 'untracked' },
    { file: 'config/credentials/production.key', text: `${hex('rails-prod', 32)}\n`, secret: hex('rails-prod', 32) },
    { file: 'backend/config/master.key', text: `${hex('rails-mono', 32)}\n`, secret: hex('rails-mono', 32) },
    // Credential stores.
    { file: '.netrc', text: 'machine api.heroku.com\n  login me@example.com\n  password Tr0ub4dor&3x-heroku\n', secret: 'Tr0ub4dor&3x-heroku', line: 3 },
    { file: '_netrc', text: 'machine ftp.example.org login ftpuser password "n0t so simple"\n', secret: 'n0t so simple' },
    { file: 'home/.netrc', text: 'default login anonymous password guest-Zx8kQ2mN\n', secret: 'guest-Zx8kQ2mN' },
    { file: '.netrc', text: 'Machine github.com\nLogin octocat\nPassword Zx8kQ2mN7pL4-Case\n', secret: 'Zx8kQ2mN7pL4-Case', line: 3 },
    {
      file: '.pypirc',
      text: `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n`,
      secret: PYPI_TOKEN,
      line: 7,
    },
    { file: '.pypirc', text: '[internal]\nrepository = https://pypi.corp.example/\nusername = ci\npassword: Wq8!zL2#pV9\n', secret: 'Wq8!zL2#pV9', line: 4 },
    { file: '.npmrc', text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fakeToken('npm', 'npmrc')}\n`, secret: fakeToken('npm', 'npmrc'), line: 2 },
    { file: 'packages/web/.npmrc', text: `//npm.pkg.github.com/:_authToken=${fakeToken('ghp', 'npmrc')}\n`, secret: fakeToken('ghp', 'npmrc') },
    { file: '.npmrc', text: `_auth=${Buffer.from('ci:Zx8kQ2mN7pL4').toString('base64')}\nalways-auth=true\n`, secret: Buffer.from('ci:Zx8kQ2mN7pL4').toString('base64') },
    { file: '.npmrc', text: `//nexus.corp.example/repository/npm/:_password=${Buffer.from('Zx8kQ2mN7pL4').toString('base64')}\n`, secret: Buffer.from('Zx8kQ2mN7pL4').toString('base64') },
    { file: '.htpasswd', text: 'admin:$apr1$Qw3rT9xZ$Kp2Vn8Lm4Jq7Rs1Tu5Wx9/\n', secret: '$apr1$Qw3rT9xZ$Kp2Vn8Lm4Jq7Rs1Tu5Wx9/' },
    { file: 'docker/nginx/.htpasswd', text: '# staging\nqa:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n', secret: '{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', line: 2 },
    { file: 'htpasswd.users', text: 'nagiosadmin:$2y$05$Zx8kQ2mN7pL4vR9tW3yB6O1aaQQbbCCddEEffGGhhIIjjKKllMMnn\n' },
    { file: '.htdigest', text: `admin:Restricted:${hex('htdigest', 32)}\n`, secret: hex('htdigest', 32) },
    { file: '.pgpass', text: '# prod\ndb.internal:5432:orders:orders:Xk9#mQ2vL8pZ\n', secret: 'Xk9#mQ2vL8pZ', line: 2 },
    { file: '.pgpass', text: 'localhost:5432:*:app:p\\:ss\\\\w0rd-Zx8\n', secret: 'p:ss\\w0rd-Zx8' },
    // Android signing passwords: Flutter's key.properties, Android's keystore.properties, React Native's gradle.properties.
    { file: 'android/key.properties', text: 'storePassword=Qm7vR2kLp9xW\nkeyPassword=Qm7vR2kLp9xW\nkeyAlias=upload\nstoreFile=/Users/dev/upload-keystore.jks\n', secret: 'Qm7vR2kLp9xW', line: 1 },
    { file: 'app/keystore.properties', text: '# release signing\nkeyAlias=release\nkeyPassword: Wd4!pZ8qLm2v\nstoreFile=../release.jks\n', secret: 'Wd4!pZ8qLm2v', line: 3 },
    { file: 'android/gradle.properties', text: 'org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nMYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore\nMYAPP_UPLOAD_KEY_ALIAS=my-key-alias\nMYAPP_UPLOAD_STORE_PASSWORD=Tk3vQ9mZp7Lx\nMYAPP_UPLOAD_KEY_PASSWORD=Tk3vQ9mZp7Lx\n', secret: 'Tk3vQ9mZp7Lx', line: 5 },
    { file: 'signing.properties', text: 'RELEASE_STORE_FILE=keys/app.jks\nRELEASE_STORE_PASSWORD=android\nRELEASE_KEY_ALIAS=app\nRELEASE_KEY_PASSWORD=android\n', secret: 'android', line: 2 },
    // Several signing configs in one file: the debug keystore's is passed over, the others' are not.
    { file: 'android/keystore.properties', text: 'debugStoreFile=../debug.keystore\ndebugStorePassword=android\ndebugKeyAlias=androiddebugkey\ndebugKeyPassword=android\nreleaseStoreFile=../release.jks\nreleaseStorePassword=Rv8pLm2QxT7k\nreleaseKeyAlias=release\nreleaseKeyPassword=Rv8pLm2QxT7k\n', secret: 'Rv8pLm2QxT7k', line: 6 },
    { file: 'android/gradle.properties', text: 'MYAPP_DEBUG_STORE_FILE=debug.keystore\nMYAPP_DEBUG_KEY_ALIAS=androiddebugkey\nMYAPP_DEBUG_STORE_PASSWORD=android\nMYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=Tk3vQ9mZp7Lx\nMYAPP_UPLOAD_KEY_PASSWORD=Tk3vQ9mZp7Lx\n', secret: 'Tk3vQ9mZp7Lx', line: 5 },
    { file: '.aws/credentials', text: `[default]\naws_access_key_id = ${fakeToken('aws', 'creds')}\naws_secret_access_key = ${AWS_SECRET}\n`, secret: AWS_SECRET, line: 3 },
    { file: 'deploy/credentials', text: `[prod]\naws_access_key_id=${fakeToken('aws', 'creds2')}\naws_secret_access_key=${AWS_SECRET}\n`, secret: AWS_SECRET, line: 3 },
    { file: '.aws/config', text: `[profile ci]\nregion = eu-west-1\naws_secret_access_key = ${AWS_SECRET}\n`, secret: AWS_SECRET, line: 3 },
    { file: '.docker/config.json', text: `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${DOCKER_AUTH}"\n    }\n  }\n}\n`, secret: DOCKER_AUTH, line: 4 },
    { file: 'k8s/.dockerconfigjson', text: `{"auths":{"ghcr.io":{"auth":"${DOCKER_AUTH}"}}}`, secret: DOCKER_AUTH },
    { file: '.dockercfg', text: `{"registry.example.com": {"auth": "${DOCKER_AUTH}", "email": "ci@example.com"}}`, secret: DOCKER_AUTH },
    // Composer's auth.json, and a copy CI hands to Composer as COMPOSER_AUTH.
    { file: 'auth.json', text: `{\n    "github-oauth": {\n        "github.com": "${hex('composer', 40)}"\n    }\n}\n`, secret: hex('composer', 40), line: 3 },
    { file: 'auth.json', text: '{"http-basic": {"192.168.1.20:8080": {"username": "deploy", "password": "Xk9mP2vL8qR4wT6z"}}}', secret: 'Xk9mP2vL8qR4wT6z' },
    { file: '.composer-auth.json', text: `{\n  "http-basic": {\n    "repo.packagist.com": {\n      "username": "token",\n      "password": "Wq8zL2pV9xKm4Tr7"\n    }\n  }\n}\n`, secret: 'Wq8zL2pV9xKm4Tr7', line: 5 },
    { file: 'app/auth.json', text: `{"bearer": {"satis.corp.example": "${hex('bearer', 48)}"}, "gitlab-token": {"gitlab.com": {"username": "ci", "token": "${fakeToken('glpat', 'composer')}"}}}`, secret: fakeToken('glpat', 'composer') },
    {
      file: 'kubeconfig',
      text: [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- name: prod',
        '  cluster:',
        '    server: https://10.0.0.1:6443',
        '    certificate-authority-data: ' + b64('ca', 80),
        'users:',
        '- name: admin',
        '  user:',
        '    client-certificate-data: ' + b64('cert', 80),
        '    client-key-data: ' + b64('client-key', 80),
      ].join('\n'),
      secret: b64('client-key', 80),
      line: 12,
    },
    { file: 'deploy/prod.kubeconfig', text: `apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n`, secret: KUBE_TOKEN, line: 6 },
    { file: '.kube/config', text: `apiVersion: v1\nkind: Config\nusers:\n- name: basic\n  user:\n    username: admin\n    password: Zx8kQ2mN7pL4\n`, secret: 'Zx8kQ2mN7pL4', line: 7 },
    {
      file: 'jenkins/credentials.xml',
      text: [
        "<?xml version='1.1' encoding='UTF-8'?>",
        '<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319">',
        '  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">',
        '    <entry>',
        '      <java.util.concurrent.CopyOnWriteArrayList>',
        '        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
        '          <scope>GLOBAL</scope>',
        '          <id>deploy</id>',
        '          <username>deploy</username>',
        `          <password>{${b64('jenkins', 60)}}</password>`,
        '        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
      ].join('\n'),
      secret: `{${b64('jenkins', 60)}}`,
      line: 10,
    },
    { file: 'jenkins_home/secrets/master.key', text: hex('jenkins-master', 256) },
    // Key stores (text ones; binary ones are below).
    { file: 'vpn/client.ovpn', text: `client\ndev tun\nremote vpn.example.com 1194\n<ca>\n${PEM_BODY}\n</ca>\n<key>\n${pemMarker('BEGIN', 'PRIVATE KEY')}\n${PEM_BODY}\n</key>\n`, line: 7 },
    { file: 'office.ovpn', text: `client\n<auth-user-pass>\nalice\nZx8kQ2mN7pL4\n</auth-user-pass>\n`, line: 2 },
    // ASP.NET Core's Data Protection key ring, its master key in the clear.
    { file: 'src/Web/key-768c1632-cf7b-41a9-bb7a-bff228ae8fba.xml', text: dataProtectionKey(`<masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">\n        <!-- Warning: the key below is in an unencrypted form. -->\n        <value>${DP_MASTER}</value>\n      </masterKey>`), line: 12, secret: DP_MASTER },
    { file: 'deploy/id_rsa', text: `${pemMarker('BEGIN', 'OPENSSH PRIVATE KEY')}\n${PEM_BODY}\n${pemMarker('END', 'OPENSSH PRIVATE KEY')}\n` },
    { file: '.ssh/id_ed25519_github', text: `${PEM_BODY}\n${PEM_BODY}\n` },
    { file: 'keys/id_ecdsa', text: `Proc-Type: 4,ENCRYPTED\n${PEM_BODY}\n` },
    { file: 'docker/ssh_host_ed25519_key', text: `${pemMarker('BEGIN', 'OPENSSH PRIVATE KEY')}\n${PEM_BODY}\n` },
    { file: 'server.ppk', text: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n${PEM_BODY}\n` },
    // Infrastructure state.
    { file: 'terraform.tfstate', text: tfstate([DB_RESOURCE]) },
    { file: 'envs/prod/terraform.tfstate.backup', text: tfstate([DB_RESOURCE]) },
    { file: 'errored.tfstate', text: tfstate([DB_RESOURCE]) },
    // Data.
    {
      file: 'backup/prod.sql',
      text: '--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n\nCOPY public.users (id, email, encrypted_password) FROM stdin;\n1\tann@example.com\t$2a$12$abc\n\\.\n',
      line: 7,
    },
    // A prefix does not hide an application's own rows.
    {
      file: 'backup/forum.dump',
      text: "--\n-- PostgreSQL database dump\n--\n\nINSERT INTO public.db_prefix_migrations VALUES (1,'x',NULL);\nINSERT INTO public.db_prefix_users VALUES (1,'ann@example.com','$2y$10$abc');\n",
      line: 6,
    },
    {
      file: 'dump.sql',
      text: "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: shop\n\nLOCK TABLES `customers` WRITE;\nINSERT INTO `customers` VALUES (1,'Ann','ann@example.com');\nUNLOCK TABLES;\n",
      line: 6,
    },
    { file: 'data.sql', text: "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE auth_user (id integer, username text);\nINSERT INTO auth_user VALUES(1,'admin');\nCOMMIT;\n", line: 4 },
    { file: 'roles.sql', text: "--\n-- PostgreSQL database cluster dump\n--\n\nCREATE ROLE app;\nALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$abc:def';\n", line: 6 },
  ],
  clean: [
    // Another tool's auth.json (a translation's, Firebase's), and Composer's with nothing in it or a variable.
    { file: 'locales/en/auth.json', text: '{"login": "Log in", "password": "Password", "token": "Your token"}\n' },
    { file: 'locales/de/auth.json', text: '{"github-oauth": {"button": "Mit GitHub anmelden", "error": "Anmeldung_fehlgeschlagen_bitte"}, "http-basic": {"username": "Benutzername", "password": "Passwort"}}\n' },
    { file: 'auth.json', text: '{"github-oauth": {}, "http-basic": {"repo.example.org": {"username": "me", "password": "${COMPOSER_PASSWORD}"}}}\n' },
    { file: 'auth.json', text: '{"bearer": {"repo.example.org": "<your-token>"}}\n' },
    // The same files, ignored by git: an ignored local master.key is where it belongs.
    { file: 'config/master.key', text: MASTER_KEY, status: 'ignored' },
    { file: '.netrc', text: 'machine github.com login me password Tr0ub4dor&3x\n', status: 'ignored' },
    // Encrypted in the repository on purpose: git-crypt, Ansible Vault, SOPS values.
    { file: '.netrc', text: '\0GITCRYPT\0' + 'x'.repeat(40) },
    { file: 'deploy/id_rsa', text: `$ANSIBLE_VAULT;1.1;AES256\n${hex('vault', 80)}\n${hex('vault2', 80)}\n` },
    { file: 'kubeconfig', text: 'apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ENC[AES256_GCM,data:Zx8kQ2mN7pL4vR9t,iv:abc,tag:def,type:str]\n' },
    // Rails near-misses.
    { file: 'config/master.key', text: 'put the key from the password manager here\n' },
    { file: 'config/master.key', text: `${hex('short', 31)}\n` },
    { file: 'config/master.key', text: '0123456789abcdef0123456789abcdef\n' },
    { file: 'lib/master.key', text: `${MASTER_KEY}\n` },
    { file: 'config/credentials.yml.enc', text: `${b64('enc', 60)}--${b64('iv', 16)}--${b64('tag', 24)}==\n` },
    // Credential-store near-misses.
    { file: '.netrc', text: 'machine github.com\n  login octocat\n' },
    { file: '.netrc', text: 'machine api.example.com login ci password $API_TOKEN\n' },
    { file: '.netrc', text: 'machine example.com login me password <your-password>\n' },
    { file: '.netrc', text: 'machine example.com login me\nmacdef init\npassword inside-a-macro-Zx8k\n\n' },
    { file: '.pypirc', text: '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n' },
    { file: '.pypirc', text: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' },
    { file: '.pypirc', text: '[pypi]\nusername = __token__\npassword = <your PyPI token>\n' },
    { file: '.npmrc', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
    { file: '.npmrc', text: '//npm.pkg.github.com/:_authToken="${GITHUB_TOKEN}"\n@acme:registry=https://npm.pkg.github.com\n' },
    { file: '.npmrc', text: 'registry=https://registry.npmjs.org/\nsave-exact=true\nengine-strict=true\n' },
    { file: '.npmrc', text: '//registry.npmjs.org/:_authToken=\n' },
    { file: '.htpasswd', text: '# created at deploy time by the entrypoint\n' },
    { file: '.htpasswd', text: '' },
    { file: '.pgpass', text: 'localhost:5432:app:app:\n' },
    { file: '.pgpass', text: '# hostname:port:database:username:password\n' },
    // A deploy key masked in an example: one character over and over between the armour lines.
    { file: 'examples/deploy/id_rsa', text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${'X'.repeat(70)}\n${'X'.repeat(70)}\n-----END OPENSSH PRIVATE KEY-----\n` },
    // The templates of Flutter's and Android's guides, React Native's masked sample, the debug keystore, references.
    { file: 'android/key.properties', text: 'storePassword=<password from previous step>\nkeyPassword=<password from previous step>\nkeyAlias=upload\nstoreFile=<keystore-file-location>\n' },
    { file: 'keystore.properties', text: 'storePassword=myStorePassword\nkeyPassword=mykeyPassword\nkeyAlias=myKeyAlias\nstoreFile=myStoreFileLocation\n' },
    { file: 'android/gradle.properties', text: 'MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore\nMYAPP_UPLOAD_KEY_ALIAS=my-key-alias\nMYAPP_UPLOAD_STORE_PASSWORD=*****\nMYAPP_UPLOAD_KEY_PASSWORD=*****\n' },
    { file: 'android/key.properties', text: 'storePassword=android\nkeyPassword=android\nkeyAlias=androiddebugkey\nstoreFile=debug.keystore\n' },
    { file: 'android/key.properties', text: 'storeFile=../app/debug.keystore\nstorePassword=android\nkeyAlias=dev\nkeyPassword=android\n' },
    { file: 'android/key.properties', text: 'storePassword=${KEYSTORE_PASSWORD}\nkeyPassword=\n' },
    { file: 'android/gradle.properties', text: 'org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nandroid.enableJetifier=true\n' },
    { file: 'gradle.properties', text: 'signing.keyId=24875D73\nsigning.secretKeyRingFile=/home/me/.gnupg/secring.gpg\nVERSION_NAME=1.2.0\n' },
    { file: 'src/main/resources/key.properties', text: 'greeting.key=Hello\nfarewell.key=Bye\n' },
    // A truststore's password (certificates only) and an in-memory GPG key's for publishing open no signing keystore.
    { file: 'android/gradle.properties', text: 'systemProp.javax.net.ssl.trustStore=/etc/ssl/corp.jks\nsystemProp.javax.net.ssl.trustStorePassword=Qm7vR2kLp9xW\n' },
    { file: 'gradle.properties', text: 'signingInMemoryKeyId=24875D73\nsigningInMemoryKeyPassword=Qm7vR2kLp9xW\n' },
    { file: 'gradle.properties', text: 'GPG_KEY_PASSWORD=Qm7vR2kLp9xW\nsystemProp.javax.net.ssl.keyStorePassword=Qm7vR2kLp9xW\n' },
    { file: 'android/gradle.properties', text: 'TRUST_STORE_PASSWORD=Qm7vR2kLp9xW\nSIGNING_IN_MEMORY_KEY_PASSWORD=Qm7vR2kLp9xW\nsslKeyStorePassword=Qm7vR2kLp9xW\n' },
    // A debug config written with `_KEYSTORE_` beside `_KEY_ALIAS`, and a password commented out with `!`.
    { file: 'android/gradle.properties', text: 'DEBUG_STORE_FILE=debug.keystore\nDEBUG_KEYSTORE_PASSWORD=android\nDEBUG_KEY_ALIAS=androiddebugkey\nDEBUG_KEY_PASSWORD=android\n' },
    { file: 'android/key.properties', text: '! storePassword=Qm7vR2kLp9xW\nkeyAlias=upload\n' },
    { file: '.aws/credentials', text: '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
    { file: '.aws/credentials', text: '[default]\ncredential_process = /usr/local/bin/aws-vault exec prod --json\n' },
    { file: '.aws/config', text: '[default]\nregion = eu-west-1\noutput = json\n' },
    { file: 'app/credentials', text: 'see the wiki for how to get credentials\n' },
    { file: '.docker/config.json', text: '{\n  "credsStore": "desktop",\n  "auths": {\n    "https://index.docker.io/v1/": {}\n  }\n}\n' },
    { file: '.docker/config.json', text: '{"credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}' },
    { file: '.docker/config.json', text: `{"auths": {"ghcr.io": {"auth": "${Buffer.from('user:${CR_PAT}').toString('base64')}"}}}` },
    { file: 'config.json', text: `{"auths": {"ghcr.io": {"auth": "${DOCKER_AUTH}"}}}` },
    { file: 'kubeconfig', text: 'apiVersion: v1\nkind: Config\nusers:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]\n' },
    { file: 'kubeconfig.yaml', text: 'apiVersion: v1\nkind: Config\nusers:\n- name: me\n  user:\n    client-certificate: /etc/k8s/me.crt\n    client-key: /etc/k8s/me.key\n' },
    { file: 'kubeconfig.yaml', text: 'apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n' },
    { file: 'admin.conf', text: '# nginx admin site\nserver { listen 8080; }\n' },
    { file: 'k8s/deployment.yaml', text: `apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n` },
    { file: 'src/main/resources/credentials.xml', text: '<credentials><user>app</user><password>secret</password></credentials>\n' },
    { file: 'jenkins/credentials.xml', text: '<com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash"/>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n' },
    { file: 'app/secrets/master.key', text: 'placeholder\n' },
    // Keys and profiles.
    { file: '.ssh/id_rsa.pub', text: `ssh-rsa ${b64('pub', 200)} me@laptop\n` },
    { file: 'keys/id_ed25519.pub', text: `ssh-ed25519 ${b64('pub2', 68)} me@laptop\n` },
    { file: 'deploy/id_rsa', text: `ssh-rsa ${b64('pub3', 200)} ci@build\n` },
    { file: 'deploy/id_rsa', text: '' },
    { file: 'deploy/id_rsa', text: 'Put the deploy key here (see docs/deploy.md).\n' },
    { file: 'src/id_rsa.go', text: 'package keys\n' },
    { file: 'client.ovpn', text: 'client\ndev tun\nremote vpn.example.com 1194\nca ca.crt\ncert client.crt\nkey client.key\n' },
    { file: 'client.ovpn', text: `client\n<ca>\n${PEM_BODY}\n</ca>\n<cert>\n${PEM_BODY}\n</cert>\n` },
    { file: 'client.ovpn', text: 'client\n<key>\n# paste your key here\n</key>\n' },
    // A key ring protected with a certificate; another XML file under such a name; an empty value.
    { file: 'keys/key-768c1632-cf7b-41a9-bb7a-bff228ae8fba.xml', text: dataProtectionKey(`<encryptedSecret decryptorType="Microsoft.AspNetCore.DataProtection.XmlEncryption.EncryptedXmlDecryptor" xmlns="http://schemas.asp.net/2015/03/dataProtection">\n        <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element">${DP_MASTER}</EncryptedData>\n      </encryptedSecret>`) },
    { file: 'i18n/key-768c1632-cf7b-41a9-bb7a-bff228ae8fba.xml', text: '<?xml version="1.0"?>\n<strings>\n  <value>Hello</value>\n</strings>\n' },
    { file: 'keys/key-768c1632-cf7b-41a9-bb7a-bff228ae8fba.xml', text: dataProtectionKey('<masterKey>\n        <value></value>\n      </masterKey>') },
    { file: 'putty.ppk', text: 'not a key\n' },
    // Terraform near-misses.
    { file: 'terraform.tfstate', text: '{"encrypted_data":"' + b64('tofu', 80) + '","encryption_version":"v0","meta":{}}' },
    { file: '.terraform/terraform.tfstate', text: JSON.stringify({ version: 3, backend: { type: 's3', config: { bucket: 'tf-state', key: 'prod.tfstate', region: 'eu-west-1' } } }) },
    { file: 'main.tfstate', text: 'version https://git-lfs.github.com/spec/v1\noid sha256:' + hex('lfs', 64) + '\nsize 1234\n' },
    { file: 'main.tf', text: 'terraform {\n  backend "s3" {}\n}\n' },
    // SQL near-misses: schema-only dumps and hand-written SQL.
    {
      file: 'db/structure.sql',
      text: 'SET statement_timeout = 0;\n\nCREATE TABLE public.users (\n    id bigint NOT NULL,\n    email character varying\n);\n\nINSERT INTO "schema_migrations" (version) VALUES\n(\'20240101000000\');\n',
    },
    { file: 'schema.sql', text: '--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE public.users (id bigint NOT NULL);\n\nCOPY public.schema_migrations (version) FROM stdin;\n20240101000000\n\\.\n' },
    // A schema dump of an application whose tables carry a prefix: its migration tool's rows are bookkeeping too.
    { file: 'migrations/pgsql-install.dump', text: "--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE public.db_prefix_users (id bigint NOT NULL);\n\nINSERT INTO public.db_prefix_migrations VALUES (1,'2015_02_24_000000_create_users_table',NULL);\n" },
    { file: 'db/schema.sql', text: "-- MySQL dump 10.13\n\nCREATE TABLE `app_phinxlog` (`version` bigint);\nINSERT INTO `app_phinxlog` VALUES (20200101000000,'Init','2020-01-01','2020-01-01',0);\n" },
    { file: 'empty.sql', text: '--\n-- PostgreSQL database dump\n--\n\nCOPY public.users (id, email) FROM stdin;\n\\.\n' },
    { file: 'src/main/resources/data.sql', text: "INSERT INTO users (id, username, password) VALUES (1, 'admin', '$2a$10$abc');\n" },
    { file: 'db/seeds.sql', text: "INSERT INTO roles (name) VALUES ('admin'), ('member');\n" },
    { file: 'migrations/001_users.sql', text: 'CREATE TABLE users (id serial primary key, email text not null);\n' },
    { file: 'report.dump', text: 'heap dump of worker 3\n' },
  ],
});

/** Runs the rule through the engine's collector, so findings are placed and redacted as in a scan. */
function collect(files: { path: string; content: string | Buffer; status?: FileStatus; size?: number }[]): Finding[] {
  const c = new FindingCollector([secretFile], ruleSettings({}), emptyStats());
  for (const f of files) {
    const body = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
    const size = f.size ?? body.length;
    c.addFile({ path: f.path, status: f.status ?? 'tracked', head: body.subarray(0, 8192), body: size > body.length ? null : body, size });
  }
  return c.finish().findings;
}
const one = (path: string, content: string | Buffer, status?: FileStatus) => {
  const found = collect([{ path, content, ...(status ? { status } : {}) }]);
  expect(found, `one finding for ${path}`).toHaveLength(1);
  return found[0]!;
};

describe('secret-file: a Rails master key beside its credentials, outside config/', () => {
  const tree = (files: Record<string, string>, status: FileStatus = 'tracked'): TreeContext => ({
    mode: 'git',
    settings: ruleSettings({}),
    entries: Object.keys(files).map((p) => ({ path: p, status, kind: 'file' as const })),
    readText: async (p) => files[p] ?? null,
  });
  const encrypted = `${b64('enc', 60)}--${b64('iv', 16)}--${b64('tag', 24)}==\n`;

  it('reports a CI job\'s master.key kept with the credentials it opens', async () => {
    const found = await secretFile.checkTree!(tree({ '.github/workflows/check/master.key': `${MASTER_KEY}\n`, '.github/workflows/check/credentials.yml.enc': encrypted }));
    expect(found.map((f) => [f.path, f.line, f.secret])).toEqual([['.github/workflows/check/master.key', 1, MASTER_KEY]]);
    expect(found[0]!.message).toContain('it decrypts `.github/workflows/check/credentials.yml.enc`');
    expect(found[0]!.message).not.toContain(MASTER_KEY);
    expect(found[0]!.policy).toBe('login-key');
  });

  it('finds the credentials beside it in a scan of changes, which lists only the changed files', async () => {
    const files: Record<string, string> = { 'ci/master.key': `${MASTER_KEY}\n`, 'ci/credentials.yml.enc': encrypted };
    const t: TreeContext = { ...tree(files), entries: [{ path: 'ci/master.key', status: 'tracked', kind: 'file' }], changedOnly: true };
    expect((await secretFile.checkTree!(t)).map((f) => f.path)).toEqual(['ci/master.key']);
  });

  it.each([
    // No credentials beside it, another name, not a key, ignored; `config/master.key` is the file check's.
    [{ 'lib/master.key': `${MASTER_KEY}\n`, 'config/credentials.yml.enc': encrypted }, 'tracked'],
    [{ 'ci/master.key': `${MASTER_KEY}\n`, 'ci/other/credentials.yml.enc': encrypted }, 'tracked'],
    [{ 'ci/master.key': 'put the key from the password manager here\n', 'ci/credentials.yml.enc': encrypted }, 'tracked'],
    [{ 'ci/master.key': `${MASTER_KEY}\n`, 'ci/credentials.yml.enc': encrypted }, 'ignored'],
    [{ 'config/master.key': `${MASTER_KEY}\n`, 'config/credentials.yml.enc': encrypted }, 'tracked'],
  ] as const)('%j (%s): nothing', async (files, status) => {
    expect(await secretFile.checkTree!(tree(files, status))).toEqual([]);
  });
});

/** Credentials as `bin/rails credentials:edit` writes them: the YAML marshalled as a Ruby string, AES-128-GCM under the key. */
function railsEncrypt(keyHex: string, yaml: string): string {
  const body = Buffer.from(yaml, 'utf8');
  // Marshal: `\x04\x08`, `I` (a string with its encoding), `"`, the length, the bytes, then `:E` true.
  const len = body.length < 123 ? Buffer.from([body.length + 5]) : Buffer.from([2, body.length & 0xff, body.length >> 8]);
  const plain = Buffer.concat([Buffer.from([4, 8, 0x49, 0x22]), len, body, Buffer.from([6, 0x3a, 6, 0x45, 0x54])]);
  const iv = createHash('sha256').update(`iv:${keyHex}`).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-128-gcm', Buffer.from(keyHex, 'hex'), iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${data.toString('base64')}--${iv.toString('base64')}--${cipher.getAuthTag().toString('base64')}`;
}

describe('secret-file: a Rails key is judged by the credentials beside it, which it opens', () => {
  const ONLY_SIGNING = [
    '# A sample file for the build (.github/workflows/check.yml)',
    `secret_key_base: ${hex('ci-base', 128)}`,
    '',
    'github:',
    '  client_id: null',
    '  client_secret: null',
    'mastodon:',
    '  instance_name: "botsin.space"',
    '  bot_name: "lobsters"',
    '  token: ~',
    'pushover:',
    "  api_token: ''",
    '',
  ].join('\n');
  const WITH_AWS = [`secret_key_base: ${hex('prod-base', 128)}`, 'aws:', '  access_key_id: AKIA' + chars('akia', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), `  secret_access_key: ${AWS_SECRET}`, 'stripe:', '  secret_key: "sk_test_placeholder"', ''].join('\n');

  const scanWith = (files: Record<string, string>) => scanFiles(files, [secretFile]);

  it("lowers a CI job's key that opens a secret_key_base alone to a notice, and names what it opens", async () => {
    const [f, ...rest] = await scanWith({ '.github/workflows/check/master.key': `${MASTER_KEY}\n`, '.github/workflows/check/credentials.yml.enc': railsEncrypt(MASTER_KEY, ONLY_SIGNING) });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: '.github/workflows/check/master.key', severity: 'notice', context: 'ci' });
    expect(f!.message).toContain('which anyone with the repository can read: `secret_key_base` (a signing secret only)');
    expect(f!.message).toContain('If they are made up for this use, the key can stay');
    expect(f!.message).not.toContain(MASTER_KEY);
  });

  it('keeps a key that opens credentials for other services an error wherever it is, naming them', async () => {
    const [ci] = await scanWith({ 'ci/master.key': `${MASTER_KEY}\n`, 'ci/credentials.yml.enc': railsEncrypt(MASTER_KEY, WITH_AWS) });
    expect(ci).toMatchObject({ severity: 'error', context: 'ci' });
    // The names, never the values; a placeholder (`sk_test_placeholder`) is no credential, an AWS access key id is.
    expect(ci!.message).toContain('which anyone with the repository can read: `aws.access_key_id` and `aws.secret_access_key`.');
    expect(ci!.message).not.toContain(AWS_SECRET);
    const [prod] = await scanWith({ 'config/master.key': `${MASTER_KEY}\n`, 'config/credentials.yml.enc': railsEncrypt(MASTER_KEY, WITH_AWS) });
    expect(prod).toMatchObject({ severity: 'error', context: 'production' });
    expect(prod!.message).toContain('it decrypts `config/credentials.yml.enc`, which anyone with the repository can read: `aws.access_key_id` and `aws.secret_access_key`');
  });

  it("gives a key opening signing secrets alone their severity where it sits: production's an error, an example's a notice", async () => {
    const [prod] = await scanWith({ 'config/master.key': `${MASTER_KEY}\n`, 'config/credentials.yml.enc': railsEncrypt(MASTER_KEY, ONLY_SIGNING) });
    expect(prod).toMatchObject({ severity: 'error', context: 'production' });
    expect(prod!.message).toContain('`secret_key_base` (a signing secret only)');
    const [example] = await scanWith({ 'examples/shop/config/master.key': `${MASTER_KEY}\n`, 'examples/shop/config/credentials.yml.enc': railsEncrypt(MASTER_KEY, ONLY_SIGNING) });
    expect(example).toMatchObject({ severity: 'notice', context: 'example' });
    const [dev] = await scanWith({ 'config/credentials/development.key': `${MASTER_KEY}\n`, 'config/credentials/development.yml.enc': railsEncrypt(MASTER_KEY, WITH_AWS) });
    expect(dev).toMatchObject({ severity: 'error', context: 'development' });
  });

  it("opens Rails 5.1's encrypted secrets with `config/secrets.yml.key`", async () => {
    const [f] = await scanWith({ 'config/secrets.yml.key': `${MASTER_KEY}\n`, 'config/secrets.yml.enc': railsEncrypt(MASTER_KEY, WITH_AWS) });
    expect(f!.message).toContain('it decrypts `config/secrets.yml.enc`, which anyone with the repository can read: `aws.access_key_id` and `aws.secret_access_key`');
  });

  it('says when the credentials set nothing, and leaves a key that does not open them as it was', async () => {
    const [empty] = await scanWith({ 'ci/master.key': `${MASTER_KEY}\n`, 'ci/credentials.yml.enc': railsEncrypt(MASTER_KEY, 'secret_key_base:\naws:\n  secret_access_key: null\n') });
    expect(empty).toMatchObject({ severity: 'notice' });
    expect(empty!.message).toContain('which sets no secret');
    const other = hex('another-key', 32);
    const [unopened] = await scanWith({ 'ci/master.key': `${MASTER_KEY}\n`, 'ci/credentials.yml.enc': railsEncrypt(other, ONLY_SIGNING) });
    expect(unopened).toMatchObject({ severity: 'error' });
    expect(unopened!.message).toContain('it decrypts `ci/credentials.yml.enc` and every secret in it');
  });
});

describe('credentialsContent: what opened Rails credentials set, by name', () => {
  it.each([
    ['secret_key_base: abc123def456ghi789\n', [['secret_key_base'], []]],
    ['devise:\n  secret_key: k9x2mQ7pL4vR9tW3\nsmtp:\n  password: "Zx8kQ2mN7pL4" # the relay\n  user_name: app\n', [['devise.secret_key'], ['smtp.password']]],
    // Block scalars count, and their lines are no keys of their own.
    ['google:\n  private_key: |\n    -----BEGIN PRIVATE KEY-----\n    Authorization: MIIE\n  client_email: app@example.iam\n', [[], ['google.private_key']]],
    ['aws:\n  secret_access_key: null\n  session_token: ~\n  api_key: "changeme"\n# secret_key_base: 00aa\n', [[], []]],
    ['"quoted key":\n  token: q8Zr2mN7pL4vR9tW\nsentry:\n  dsn: https://k@o1.ingest.sentry.io/1\n', [[], ['quoted key.token', 'sentry.dsn']]],
    // A provider's secret key and app secret log in to it; a URL's password does too, under any name.
    ['secret_key_base: 9f2c7e1b4a8d\nstripe:\n  secret_key: sk_live_q8Zr2mN7pL4vR9tW3yB6cD1a\nfacebook:\n  app_secret: q8Zr2mN7pL4vR9tW\ndatabase_url: postgres://app:Zx8kQ2mN7pL4@db.prod/app\n', [['secret_key_base'], ['stripe.secret_key', 'facebook.app_secret', 'database_url']]],
    // A flow map's entries are settings; a list item's keys are siblings.
    ['aws: { access_key_id: AKIAQ8ZR2MN7PL4VR9TW, secret_access_key: "q8Zr2mN7pL4vR9tW3yB6" }\nsmtp_servers:\n  - host: mail.example.org\n    password: Zx8kQ2mN7pL4\n', [[], ['aws.access_key_id', 'aws.secret_access_key', 'smtp_servers.password']]],
    // Under an environment's section (5.1's secrets.yml.enc), and a JWT's secret by any prefix, a signing secret still.
    ['production:\n  secret_key_base: 9f2c7e1b4a8d\ndevise_jwt_secret_key: 4b8e1c9d2f7a\n', [['production.secret_key_base', 'devise_jwt_secret_key'], []]],
    // Too short for any service's credential: a stand-in; the signing secrets beside it are what it opens.
    ['short_io_api_key: "1337"\nactive_record_encryption:\n  primary_key: q8Zr2mN7pL4vR9tW3yB6cD1a\n', [['active_record_encryption.primary_key'], []]],
    // Stand-ins open nothing; a key that is itself a token is never shown.
    ['stripe:\n  private_key: sk_test_FAKE_STRIPE_KEY_FOR_TESTS\nios:\n  apns_token_cert: fake-apns-cert\nwebhook_secrets:\n  ghp_R8x2mQ7pL4vR9tW3kZ8nB5cD1eF6gH0jK2lM: github\n', [[], ['webhook_secrets.…']]],
  ] as const)('%j', (yaml, [signing, credentials]) => {
    expect(credentialsContent(yaml)).toEqual({ signing, credentials });
  });

  it('reads a long line in linear time', () => {
    const started = performance.now();
    credentialsContent(`secret_key_base: ab\na${' '.repeat(200_000)}b\n`);
    // Generous: a quadratic reading takes minutes here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('secret-file: messages name the kind, never the value', () => {
  it('names a Rails master key and says how to untrack and rotate it', () => {
    const f = one('config/master.key', `${MASTER_KEY}\n`);
    expect(f).toMatchObject({ severity: 'error', line: 1, context: 'production' });
    expect(f.message).toMatch(/^Rails master key: `master\.key` is tracked by git; it decrypts `config\/credentials\.yml\.enc`/);
    expect(f.message).toContain('git rm --cached config/master.key');
    expect(f.message).not.toContain(MASTER_KEY);
    expect(f.secret).not.toContain(MASTER_KEY);
  });

  it('says what an untracked or plain file needs instead', () => {
    expect(one('.netrc', 'machine h login u password Zx8kQ2mN7pL4\n', 'untracked').message).toContain('Add it to .gitignore before it is committed');
    expect(one('.netrc', 'machine h login u password Zx8kQ2mN7pL4\n', 'plain').message).toContain('Leave it out of what you ship');
  });

  it('names the hosts, profiles and registries a credential store is for', () => {
    expect(one('.netrc', 'machine api.heroku.com login a password Zx8kQ2mN7pL4\nmachine git.heroku.com login a password Zx8kQ2mN7pL4\n').message).toContain(
      'netrc credentials: `.netrc` is tracked by git; it gives curl, git and ftp the passwords for api.heroku.com, git.heroku.com',
    );
    expect(one('.aws/credentials', `[prod]\naws_secret_access_key=${AWS_SECRET}\n`).message).toContain('profiles prod');
    expect(one('.npmrc', `//registry.npmjs.org/:_authToken=${fakeToken('npm', 'msg')}\n`).message).toContain('auth token for registry.npmjs.org');
  });

  it('advises `${NPM_TOKEN}` for a project .npmrc, not untracking it', () => {
    const f = one('.npmrc', `//registry.npmjs.org/:_authToken=${fakeToken('npm', 'advice')}\n`);
    expect(f.message).toContain('Replace the value with `${NPM_TOKEN}`');
    expect(f.message).not.toContain('git rm --cached');
  });

  it("moves a project gradle.properties' signing passwords out, and untracks a key.properties", () => {
    const gradle = one('android/gradle.properties', 'android.useAndroidX=true\nMYAPP_UPLOAD_STORE_FILE=upload.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=Tk3vQ9mZp7Lx\n');
    expect(gradle.message).toMatch(/^Gradle properties with signing passwords: `gradle\.properties` is tracked by git; it holds the passwords that open `upload\.keystore`/);
    expect(gradle.message).toContain('Move the signing passwords to `~/.gradle/gradle.properties`');
    expect(gradle.message).not.toContain('git rm --cached');
    expect(gradle.message).not.toContain('Tk3vQ9mZp7Lx');
    const flutter = one('android/key.properties', 'storePassword=Qm7vR2kLp9xW\nkeyPassword=Qm7vR2kLp9xW\nkeyAlias=upload\nstoreFile=C:\\Users\\dev\\upload-keystore.jks\n');
    expect(flutter).toMatchObject({ severity: 'error', context: 'production' });
    expect(flutter.message).toMatch(/^Android signing properties: `key\.properties` is tracked by git; it holds the passwords that open `upload-keystore\.jks`/);
    expect(flutter.message).toContain("git rm --cached android/key.properties`, add it to .gitignore and change the keystore's password");
    // Gradle's own file, committed with someone's dotfiles, is the store itself: it leaves the repository.
    expect(one('.gradle/gradle.properties', 'RELEASE_STORE_PASSWORD=Tk3vQ9mZp7Lx\n').message).toContain('git rm --cached .gradle/gradle.properties');
    expect(one('dot_gradle/gradle.properties', 'RELEASE_STORE_PASSWORD=Tk3vQ9mZp7Lx\n').message).toContain('git rm --cached dot_gradle/gradle.properties');
    expect(one('private_dot_gradle/gradle.properties', 'RELEASE_STORE_PASSWORD=Tk3vQ9mZp7Lx\n').message).toContain('git rm --cached private_dot_gradle/gradle.properties');
    // Each config's password opens its own keystore.
    const two = one('android/gradle.properties', 'MYAPP_STAGING_STORE_FILE=staging.keystore\nMYAPP_STAGING_STORE_PASSWORD=Tk3vQ9mZp7Lx\nMYAPP_UPLOAD_STORE_FILE=upload.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=Wd4pZ8qLm2vR\n');
    expect(two.message).toContain('open `staging.keystore`, `upload.keystore`');
  });

  it("makes a keystore password of `android` for a release keystore a warning, and keeps an example's a warning", () => {
    expect(one('android/key.properties', 'storePassword=android\nkeyPassword=android\nkeyAlias=release\nstoreFile=release.jks\n')).toMatchObject({ severity: 'warning' });
    expect(one('examples/flutter_app/android/key.properties', 'storePassword=Qm7vR2kLp9xW\nkeyAlias=upload\n')).toMatchObject({ severity: 'warning', context: 'example' });
    expect(one('test/fixtures/android/key.properties', 'storePassword=Qm7vR2kLp9xW\nkeyAlias=upload\n')).toMatchObject({ severity: 'notice', context: 'test' });
  });

  it('is a warning when every credential is a default or stand-in', () => {
    const f = one('.pgpass', 'localhost:5432:app:postgres:postgres\n');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('only default or stand-in values');
  });

  it('names the resources and secret attributes of Terraform state', () => {
    const f = one('terraform.tfstate', tfstate([DB_RESOURCE, { mode: 'managed', type: 'random_password', name: 'db', instances: [{ attributes: { result: 'x', length: 32 } }] }]));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Terraform state with 2 resources \(aws_db_instance, random_password\): .* here password\./);
    expect(f.line).toBeUndefined();
  });

  it('names no attribute for settings about secrets', () => {
    const instance = { mode: 'managed', type: 'aws_instance', name: 'web', instances: [{ attributes: { metadata_options: [{ http_tokens: 'required' }], password_length: '32', kms_key_id: 'arn:aws:kms:x' } }] };
    const f = one('terraform.tfstate', tfstate([instance]));
    expect(f.message).toContain('state keeps every attribute of its resources in plain text.');
  });

  it('reads format-3 state and backend caches with credentials', () => {
    const v3 = { version: 3, terraform_version: '0.11.14', modules: [{ path: ['root'], resources: { 'aws_iam_access_key.ci': { type: 'aws_iam_access_key', primary: { attributes: { secret: 'x' } } } } }] };
    expect(one('terraform.tfstate', JSON.stringify(v3)).message).toContain('Terraform state with 1 resource (aws_iam_access_key)');
    const backend = { version: 3, backend: { type: 's3', config: { bucket: 'b', access_key: 'AKIA', secret_key: 'k' } } };
    expect(one('.terraform/terraform.tfstate', JSON.stringify(backend)).message).toContain('Terraform backend settings with credentials');
  });

  it('makes empty state a notice, and state over the size limit an error', () => {
    const empty = one('terraform.tfstate', tfstate([]));
    expect(empty.severity).toBe('notice');
    expect(empty.message).toContain('Terraform state with no resources');
    const big = collect([{ path: 'terraform.tfstate', content: tfstate([DB_RESOURCE]).slice(0, 100), size: 5_000_000 }]);
    expect(big.map((f) => [f.severity, f.message.slice(0, 16)])).toEqual([['error', 'Terraform state:']]);
  });

  it('names the sensitive tables of a dump, and makes other data a notice', () => {
    const dump = '--\n-- PostgreSQL database dump\n--\n\nCOPY public.products (id, name) FROM stdin;\n1\tlamp\n\\.\n\nCOPY public.users (id, email, encrypted_password) FROM stdin;\n1\ta@example.com\t$2a$10$abc\n\\.\n';
    const f = one('db/prod.sql', dump);
    expect(f).toMatchObject({ severity: 'error', line: 9 });
    expect(f.message).toMatch(/^SQL dump \(pg_dump\) with rows of the table `users`:/);
    const catalog = one('db/catalog.sql', dump.replace(/COPY public\.users[^]*$/, ''));
    expect(catalog).toMatchObject({ severity: 'notice', line: 5 });
    expect(catalog.message).toContain('SQL dump (pg_dump) with rows of the table `products`');
  });

  it("reads no rows after the dump tool's closing line: what follows it was appended (an install schema's default admin)", () => {
    const head = '--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE public.users (id integer, username text, password text);\n\nCOPY public.settings (option, value) FROM stdin;\napplication_language\ten_US\n\\.\n\n--\n-- PostgreSQL database dump complete\n--\n\n';
    const seeded = one('app/Schema/Sql/postgres.sql', `${head}INSERT INTO public.users (username, password, role) VALUES ('admin', '$2y$10$abc', 'app-admin');\n`);
    expect(seeded).toMatchObject({ severity: 'notice', line: 7 });
    expect(seeded.message).toMatch(/^SQL dump \(pg_dump\) with rows of the table `settings`:/);
    const mysql = collect([{ path: 'db/shop.sql', content: "-- MySQL dump 10.13  Distrib 8.0.36\n\nCREATE TABLE `users` (id int);\n-- Dump completed on 2024-03-01 10:00:00\nINSERT INTO `users` VALUES (1,'admin','$2y$10$abc');\n" }]);
    expect(mysql).toEqual([]);
    // pg_dumpall writes one dump per database, each closed; two dumps may be joined: the next one's rows count.
    const cluster = one('backup/all.sql', '--\n-- PostgreSQL database cluster dump\n--\n\n--\n-- PostgreSQL database dump\n--\n\n--\n-- PostgreSQL database dump complete\n--\n\n--\n-- PostgreSQL database dump\n--\n\nCOPY public.users (id, password) FROM stdin;\n1\t$2y$10$abc\n\\.\n\n--\n-- PostgreSQL database dump complete\n--\n');
    expect(cluster).toMatchObject({ severity: 'error', line: 17 });
    const joined = one('db/both.sql', "-- MySQL dump 10.13  Distrib 8.0.36\nCREATE TABLE `t` (id int);\n-- Dump completed on 2024-03-01 10:00:00\n-- MySQL dump 10.13  Distrib 8.0.36\nINSERT INTO `users` VALUES (1,'admin','$2y$10$abc');\n-- Dump completed on 2024-03-01 10:00:01\n");
    expect(joined).toMatchObject({ severity: 'error', line: 5 });
    // Rows before it are the dump's.
    const dumped = one('db/prod.sql', `--\n-- PostgreSQL database dump\n--\n\nCOPY public.users (id, email, password) FROM stdin;\n1\ta@example.com\tx\n\\.\n\n--\n-- PostgreSQL database dump complete\n--\n`);
    expect(dumped).toMatchObject({ severity: 'error', line: 5 });
  });

  it('points at the table whose name says it holds credentials or people most plainly', () => {
    const rows = (t: string) => `INSERT INTO \`${t}\` VALUES (1, 'x');\n`;
    const dump = `-- MySQL dump 10.13  Distrib 5.7.22\n${rows('pms_member_price')}${rows('sms_flash_promotion_session')}${rows('ums_admin')}${rows('ums_member')}`;
    const f = one('db/mall.sql', dump);
    expect(f).toMatchObject({ severity: 'error', line: 4 });
    expect(f.message).toMatch(/^SQL dump \(mysqldump\) with rows of the tables `pms_member_price`, `ums_admin`, `ums_member`:/);
  });

  it('makes a table of people a warning when the dump names its columns and none holds a credential', () => {
    const navicat = "/*\n Navicat Premium Data Transfer\n*/\n\nCREATE TABLE `ins_customer`  (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `customer_no` varchar(32) NULL,\n  `name` varchar(64) NULL,\n  `age` int NULL,\n  PRIMARY KEY (`id`) USING BTREE\n) ENGINE = InnoDB;\n\nINSERT INTO `ins_customer` VALUES (100001, 'IC100001', 'Li', 33);\n";
    const people = one('db/V3.9.2_2__add_chatbi.sql', navicat);
    expect(people).toMatchObject({ severity: 'warning', line: 13 });
    expect(people.message).toContain('tables named for people hold rows, though no column is named for a password, a token, a session or a key: personal data');
    // A credential among the columns, by the table's definition or by the rows' own column list, keeps it an error.
    expect(one('db/shop.sql', navicat.replace('`age` int NULL,', '`age` int NULL,\n  `password_hash` varchar(255) NULL,'))).toMatchObject({ severity: 'error' });
    expect(one('db/shop.sql', "-- MySQL dump 10.13\nINSERT INTO `customers` (`id`, `email`, `api_token`) VALUES (1,'a@example.com','x');\n")).toMatchObject({ severity: 'error' });
    expect(one('db/shop.sql', "-- MySQL dump 10.13\nINSERT INTO `customers` (`id`, `email`) VALUES (1,'a@example.com');\n")).toMatchObject({ severity: 'warning' });
    // A body closed after its last column (the sqlite3 shell keeps a table's own layout), a quoted name with a space or
    // a dash, an `enum(` over several lines, a table of the same name in another schema: a credential column is seen.
    expect(one('db/app.sql', "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT,\n  password TEXT);\nINSERT INTO users VALUES(1,'a@example.com','x');\nCOMMIT;\n")).toMatchObject({ severity: 'error', line: 7 });
    expect(one('db/app.sql', "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT);\nINSERT INTO users VALUES(1,'a@example.com');\nCOMMIT;\n")).toMatchObject({ severity: 'warning', line: 6 });
    expect(one('db/pg.sql', '-- PostgreSQL database dump\nCREATE TABLE public.users (\n    id integer,\n    "user password" text\n);\nCOPY public.users (id, "user password") FROM stdin;\n1\tx\n\\.\n')).toMatchObject({ severity: 'error' });
    expect(one('db/my.sql', "-- MySQL dump 10.13\nCREATE TABLE `users` (\n  `id` int,\n  `pass-hash` varchar(255)\n);\nINSERT INTO `users` VALUES (1,'x');\n")).toMatchObject({ severity: 'error' });
    expect(one('db/my.sql', "-- MySQL dump 10.13\nCREATE TABLE `users` (\n  `id` int,\n  `role` enum(\n    'admin',\n    'user'\n  ) NOT NULL,\n  `password` varchar(255)\n);\nINSERT INTO `users` VALUES (1,'admin','x');\n")).toMatchObject({ severity: 'error' });
    expect(one('db/pg.sql', '-- PostgreSQL database dump\nCOPY public.users (id, name, email) FROM stdin;\n1\tAnn\ta@example.com\n\\.\nCOPY auth.users (id, email, encrypted_password) FROM stdin;\n1\ta@example.com\tx\n\\.\n')).toMatchObject({ severity: 'error' });
    // Columns unknown: the table's name decides.
    expect(one('db/shop.sql', "-- MySQL dump 10.13\nINSERT INTO `customers` VALUES (1,'a@example.com');\n")).toMatchObject({ severity: 'error' });
    // A store of credentials by its name stays an error whatever its columns.
    expect(one('db/shop.sql', "-- MySQL dump 10.13\nINSERT INTO `user_sessions` (`id`, `data`) VALUES (1,'x');\n")).toMatchObject({ severity: 'error' });
  });

  it("takes a table named for people whose columns name no person nor credential for a database's other data", () => {
    // Sylius's `sylius_zone_member`: the members of a zone are countries.
    const zones = one('test/var/db.sql', "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE sylius_zone_member (\n  id INTEGER PRIMARY KEY,\n  belongs_to INTEGER,\n  code TEXT);\nINSERT INTO sylius_zone_member VALUES(1,1,'NL');\nCOMMIT;\n");
    expect(zones).toMatchObject({ severity: 'notice' });
    expect(zones.message).toContain("no table is named for users, sessions or credentials, but it is a copy of a database's data");
    // A link to a person's row, a name or an address keeps it a table of people.
    for (const column of ['user_id', 'first_name', 'email_address', 'display_name', 'cellphone', 'openid', 'iban', 'uid', 'email_id']) {
      expect(one('db/app.sql', `PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE group_member (\n  id INTEGER PRIMARY KEY,\n  ${column} TEXT);\nINSERT INTO group_member VALUES(1,'x');\nCOMMIT;\n`)).toMatchObject({ severity: 'warning' });
    }
  });

  it("names Navicat's dumps, whose header sits in a comment block, indented or not", () => {
    const premium = one('sql/shop.sql', "/*\n Navicat Premium Data Transfer\n\n Source Server         : local\n Source Server Type    : MySQL\n*/\n\nSET FOREIGN_KEY_CHECKS = 0;\n\nINSERT INTO `sys_user` VALUES (1, 'admin', '$2a$10$abc');\n");
    expect(premium).toMatchObject({ severity: 'error', line: 10 });
    expect(premium.message).toMatch(/^SQL dump \(Navicat\) with rows of the table `sys_user`:/);
    const docs = one('docs/sql/blog.sql', "/*\nNavicat MySQL Data Transfer\n\nSource Database       : blog\n*/\n\nINSERT INTO `blog_user` VALUES ('1', 'test', 'test123456');\n");
    expect(docs).toMatchObject({ severity: 'notice', line: 7 });
    expect(docs.message).toMatch(/^SQL dump \(Navicat\) with rows of the table `blog_user`:/);
  });

  it("takes a dump whose only accounts are a project's defaults for an install script, to keep with new passwords", () => {
    const head = '/*\n Navicat Premium Dump SQL\n Source Host : localhost:3306\n*/\n\nSET NAMES utf8mb4;\n\n';
    const row = (id: number, user: string) => `INSERT INTO \`sys_user\` (\`user_id\`, \`username\`, \`nick_name\`, \`password\`) VALUES (${id}, '${user}', 'O''Brien', '$2a$10$abc');\n`;
    const seed = one('sql/app.sql', `${head}${row(1, 'admin')}${row(2, 'test')}`);
    expect(seed).toMatchObject({ severity: 'warning', line: 8 });
    expect(seed.message).toContain("its only accounts are ones a project ships to every installation (`admin`, `test`)");
    expect(seed.message).toContain('make each installation change these passwords');
    expect(seed.message).not.toContain('git rm');
    // Columns from the table's definition; emails of default accounts; several rows in one statement.
    const created = "CREATE TABLE `users` (\n  `id` int NOT NULL,\n  `email` varchar(64) NULL,\n  `password_hash` varchar(64) NULL\n);\n";
    expect(one('sql/app.sql', `${head}${created}INSERT INTO \`users\` VALUES (1, 'admin@example.com', 'x'), (2, 'demo@example.com', 'y');\n`)).toMatchObject({ severity: 'warning' });
    // Another account, too many rows, a statement cut short, or rows in COPY blocks: a copy of a database's users.
    expect(one('sql/app.sql', `${head}${row(1, 'admin')}${row(2, 'zhangwei')}`)).toMatchObject({ severity: 'error' });
    expect(one('sql/app.sql', `${head}${[1, 2, 3, 4, 5].map((k) => row(k, 'test')).join('')}`)).toMatchObject({ severity: 'error' });
    expect(one('sql/app.sql', `${head}INSERT INTO \`sys_user\` (\`user_id\`, \`username\`, \`password\`) VALUES (1, 'admin', 'x'),\n(2, 'test', 'y');\n`)).toMatchObject({ severity: 'error' });
    expect(one('db/pg.sql', '-- PostgreSQL database dump\nCOPY public.users (id, username, password) FROM stdin;\n1\tadmin\tx\n\\.\n')).toMatchObject({ severity: 'error' });
    // Calls and bits in a row are read past; a later row's account counts.
    const calls = (user: string) => `INSERT INTO \`sys_user\` (\`id\`, \`enabled\`, \`created\`, \`username\`, \`password\`) VALUES (1, b'1', NOW(), 'admin', MD5('x')), (2, b'1', NOW(), '${user}', MD5('y'));\n`;
    expect(one('sql/app.sql', `${head}${calls('test')}`)).toMatchObject({ severity: 'warning' });
    expect(one('sql/app.sql', `${head}${calls('zhangwei')}`)).toMatchObject({ severity: 'error' });
    // A second statement on the line, a table that is no one's accounts, an account at a real domain.
    expect(one('sql/app.sql', `${head}${row(1, 'admin').trimEnd()} ${row(2, 'zhangwei')}`)).toMatchObject({ severity: 'error' });
    expect(one('sql/app.sql', `${head}INSERT INTO \`api_keys\` (\`id\`, \`name\`, \`token\`) VALUES (1, 'default', 'x'), (2, 'test', 'y');\n`)).toMatchObject({ severity: 'error' });
    expect(one('sql/app.sql', `${head}${created}INSERT INTO \`users\` VALUES (1, 'admin@acme-corp.com', 'x');\n`)).toMatchObject({ severity: 'error' });
  });

  it("takes an account named for the product a dump's name says it installs for that product's default", () => {
    const head = '/*\n Navicat Premium Dump SQL\n Source Host : localhost:3306\n*/\n\nSET NAMES utf8mb4;\n\n';
    const users = "CREATE TABLE `users`  (\n  `username` varchar(50) NOT NULL,\n  `password` varchar(500) NOT NULL,\n  `enabled` tinyint(1) NOT NULL\n);\nINSERT INTO `users` VALUES ('nacos', '$2a$10$abc', 1);\n";
    expect(one('db/tables_nacos.sql', `${head}${users}`)).toMatchObject({ severity: 'warning' });
    expect(one('db/tables_nacos.sql', `${head}${users}`).message).toContain('(`nacos`)');
    // Another dump's name, or a word of the name that names no product, leaves it a copy of a database's users.
    expect(one('db/tables_app.sql', `${head}${users}`)).toMatchObject({ severity: 'error' });
    expect(one('db/users.sql', `${head}${users.replace("('nacos'", "('users'")}`)).toMatchObject({ severity: 'error' });
    // A backup named for a person or a customer holds their accounts: only an install script's name names a product.
    expect(one('backups/jsmith.sql', `${head}${users.replace("('nacos'", "('jsmith'")}`)).toMatchObject({ severity: 'error' });
    expect(one('db/acmecorp-prod.sql', `${head}${users.replace("('nacos'", "('acmecorp'")}`)).toMatchObject({ severity: 'error' });
    expect(one('db/nacos-schema.sql', `${head}${users}`)).toMatchObject({ severity: 'warning' });
  });

  it("names SQLyog's exports, whose rows say `insert  into` with two spaces", () => {
    const head = '/*\nSQLyog Ultimate v12.5.1 (64 bit)\nMySQL - 5.7.23 : Database - shop\n*********************************************************************\n*/\n\n/*!40101 SET NAMES utf8 */;\n\n';
    const dump = one('db/shop.sql', `${head}insert  into \`tz_sys_user\`(\`user_id\`,\`username\`,\`password\`) values \n(1,'admin','$2a$10$abc');\n`);
    expect(dump).toMatchObject({ severity: 'error', line: 9 });
    expect(dump.message).toMatch(/^SQL dump \(SQLyog\) with rows of the table `tz_sys_user`:/);
    // A file that only mentions SQLyog is no dump.
    expect(collect([{ path: 'docs/tools.sql', content: '-- made with SQLyog, see the wiki\nCREATE TABLE t (id int);\n' }])).toEqual([]);
  });

  it('recognises pg_dump data without its header, and warns about a dump too large to read', () => {
    expect(one('seed.sql', 'COPY accounts (id, name) FROM stdin;\n1\tacme\n\\.\n').message).toMatch(/^SQL dump \(pg_dump\) with rows of the table `accounts`/);
    const big = collect([{ path: 'prod.sql', content: '-- MySQL dump 10.13  Distrib 8.0.36\n\nCREATE TABLE `orders` (id int);\n', size: 50_000_000 }]);
    expect(big.map((f) => f.severity)).toEqual(['warning']);
    const headOnly = collect([{ path: 'prod.sql', content: "-- MySQL dump 10.13  Distrib 8.0.36\n\nINSERT INTO `wp_users` VALUES (1,'admin');\n", size: 50_000_000 }]);
    expect(headOnly.map((f) => [f.severity, f.line])).toEqual([['error', 3]]);
  });

  it('keeps a dump in a test, an example or the docs to a notice, unless it stores credentials to use', () => {
    const dump = "-- MySQL dump 10.13  Distrib 8.0.36\n\nINSERT INTO `wp_users` VALUES (1,'admin','$P$Bx');\n";
    const tokens = "-- MySQL dump 10.13  Distrib 8.0.36\n\nINSERT INTO `personal_access_tokens` VALUES (1,'ci','9f8e7d');\n";
    const roles = "--\n-- PostgreSQL database cluster dump\n--\n\nCREATE ROLE app;\nALTER ROLE app WITH LOGIN PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';\n";
    const cases: [string, string, string, string][] = [
      ['docs/tutorial/blog.sql', dump, 'notice', 'docs'],
      ['examples/blog/seed.sql', dump, 'notice', 'example'],
      ['backup/blog.sql', dump, 'error', 'production'],
      ['.ci/seed.sql', dump, 'error', 'ci'],
      ['examples/api/dump.sql', tokens, 'error', 'example'],
      ['docs/cluster.sql', roles, 'error', 'docs'],
      ['test/fixtures/cluster.sql', roles, 'notice', 'test'],
    ];
    for (const [path, content, severity, context] of cases) expect(one(path, content), path).toMatchObject({ severity, context });
  });

  it('keeps an SSH key at its severity in an example or a CI folder, and a notice in a test fixture', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBq8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6\n-----END OPENSSH PRIVATE KEY-----\n';
    expect(one('.ci/id_ed25519', key)).toMatchObject({ severity: 'error', context: 'ci' });
    expect(one('examples/deploy/id_rsa', key)).toMatchObject({ severity: 'error', context: 'example' });
    expect(one('test/fixtures/id_rsa', key)).toMatchObject({ severity: 'notice', context: 'test' });
  });

  it('keeps what logs in or opens other secrets at its severity outside tests, and a key store a warning in an example', () => {
    expect(one('envs/dev/terraform.tfstate', tfstate([DB_RESOURCE]))).toMatchObject({ severity: 'error', context: 'development' });
    expect(one('.ci/.pgpass', 'db.internal:5432:app:app:Zx8kQ2mN7pL4\n')).toMatchObject({ severity: 'error', context: 'ci' });
    expect(one('docs/setup/.netrc', 'machine h login u password Zx8kQ2mN7pL4\n')).toMatchObject({ severity: 'error', context: 'docs' });
  });

  it('keeps a test fixture to a notice, and a .netrc or a master key in CI or an example an error', () => {
    expect(one('spec/fixtures/config/master.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'notice', context: 'test' });
    expect(one('test/fixtures/terraform.tfstate', tfstate([DB_RESOURCE]))).toMatchObject({ severity: 'notice', context: 'test' });
    // A `.netrc` logs in wherever it is (see `login-key`): a CI folder's is live.
    expect(one('.ci/.netrc', 'machine h login u password Zx8kQ2mN7pL4\n')).toMatchObject({ severity: 'error', context: 'ci' });
    // A Rails master key opens the credentials beside it wherever it is (see `login-key`).
    expect(one('examples/shop/config/master.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'error', context: 'example' });
  });

  it("gives a key of one environment's Rails credentials that environment's severity; the master key stays an error in production", () => {
    expect(one('config/credentials/development.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'warning', context: 'development' });
    expect(one('config/credentials/test.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'notice', context: 'test' });
    expect(one('config/credentials/production.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'error', context: 'production' });
    expect(one('config/credentials/staging.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'error' });
    expect(one('config/master.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'error', context: 'production' });
    expect(one('dev/config/master.key', `${MASTER_KEY}\n`)).toMatchObject({ severity: 'error', context: 'development' });
  });

  it('drops a documentation placeholder and keeps a real value in docs', () => {
    expect(collect([{ path: 'docs/setup/.netrc', content: 'machine h login u password changeme\n' }])).toEqual([]);
    expect(one('docs/setup/.netrc', 'machine h login u password Zx8kQ2mN7pL4\n').severity).toBe('error');
  });
});

// ---------------------------------------------------------------------------
// Binary formats, built byte by byte.

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}
function utf(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b]);
}
/**
 * A JKS (or JCEKS) keystore with the given entries, as `keytool` lays them out (version 2), ending in the SHA-1
 * digest that `password` gives (Java's: the password's UTF-16BE bytes, `Mighty Aphrodite`, then the rest).
 */
function javaKeystore(entries: ('key' | 'cert' | 'secret')[], magic = 0xfeedfeed, { aliases = [] as string[], password = 'changeit' } = {}): Buffer {
  const parts = [u32(magic), u32(2), u32(entries.length)];
  const cert = () => Buffer.concat([utf('X.509'), u32(40), Buffer.alloc(40, 0x30)]);
  entries.forEach((e, i) => {
    parts.push(u32(e === 'key' ? 1 : e === 'cert' ? 2 : 3), utf(aliases[i] ?? `alias${i}`), Buffer.alloc(8, 1));
    if (e === 'key') parts.push(u32(64), Buffer.alloc(64, 0xab), u32(1), cert());
    else if (e === 'cert') parts.push(cert());
    else parts.push(Buffer.from([0xac, 0xed, 0x00, 0x05]), Buffer.alloc(30, 0x11));
  });
  const body = Buffer.concat(parts);
  const digest = createHash('sha1').update(Buffer.from(password, 'utf16le').swap16()).update('Mighty Aphrodite').update(body).digest();
  return Buffer.concat([body, digest]);
}

/** Key stores made by keytool (a JDK is on every machine the tests run on), and by OpenSSL where it is installed. */
const storeDir = mkdtempSync(join(tmpdir(), 'leakproof-keystores-'));
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));
function keytoolStore(name: string, type: 'PKCS12' | 'JKS' | 'JCEKS', password: string, aliases: string[], secretKeys: string[] = []): Buffer {
  const file = join(storeDir, name);
  for (const alias of aliases) {
    execFileSync('keytool', ['-genkeypair', '-alias', alias, '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '30', '-dname', 'CN=test', '-keystore', file, '-storetype', type, '-storepass', password, '-keypass', password], { stdio: 'ignore' });
  }
  for (const alias of secretKeys) {
    execFileSync('keytool', ['-genseckey', '-alias', alias, '-keyalg', 'AES', '-keysize', '128', '-keystore', file, '-storetype', type, '-storepass', password, '-keypass', password], { stdio: 'ignore' });
  }
  return readFileSync(file);
}
/** The made-up names Play's and ssl-config's generators give their self-signed certificates for localhost. */
const PLAY_DN = 'CN=localhost, OU=Unit Testing, O=Mavericks, L=Moon Base 1, ST=Cyberspace, C=CY';
const SSL_CONFIG_DN = 'CN=localhost, OU=Unit Testing (self-signed), O=Mavericks, L=SSL Config Base 1, ST=Cyberspace, C=CY';
/**
 * A store as Play generates one (a key under `alias` with a self-signed RSA certificate for `dname`), its integrity
 * digest made again for `password` (keytool refuses an empty password; Play writes one).
 */
function playStore(
  name: string,
  alias: string,
  dname: string,
  { password = '', signedByCa = false, another = '', type = 'JKS' as 'JKS' | 'JCEKS', ext = [] as string[] } = {},
): Buffer {
  const file = join(storeDir, name);
  const tool = (...args: string[]) => execFileSync('keytool', [...args, '-keystore', file, '-storetype', type, '-storepass', 'changeit', '-keypass', 'changeit'], { stdio: 'pipe' });
  tool('-genkeypair', '-alias', alias, '-keyalg', 'RSA', '-keysize', '2048', '-validity', '30', '-dname', dname, ...ext.flatMap((e) => ['-ext', e]));
  if (another) tool('-genkeypair', '-alias', another, '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '30', '-dname', 'CN=release');
  if (signedByCa) {
    tool('-genkeypair', '-alias', 'ca', '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '30', '-dname', 'CN=Acme Internal CA', '-ext', 'bc:c');
    const request = execFileSync('keytool', ['-certreq', '-alias', alias, '-keystore', file, '-storetype', type, '-storepass', 'changeit', '-keypass', 'changeit']);
    const signed = execFileSync('keytool', ['-gencert', '-alias', 'ca', '-keystore', file, '-storetype', type, '-storepass', 'changeit', '-keypass', 'changeit', '-rfc'], { input: request });
    const caCert = execFileSync('keytool', ['-exportcert', '-alias', 'ca', '-keystore', file, '-storetype', type, '-storepass', 'changeit', '-rfc']);
    execFileSync('keytool', ['-importcert', '-alias', alias, '-keystore', file, '-storetype', type, '-storepass', 'changeit', '-keypass', 'changeit', '-noprompt'], { input: Buffer.concat([signed, caCert]) });
    tool('-delete', '-alias', 'ca');
  }
  const b = readFileSync(file);
  const body = b.subarray(0, b.length - 20);
  const digest = createHash('sha1').update(Buffer.from(password, 'utf16le').swap16()).update('Mighty Aphrodite').update(body).digest();
  return Buffer.concat([body, digest]);
}
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
/** The start of a DER PKCS#12 `PFX`: SEQUENCE, INTEGER 3, then the authSafe ContentInfo. */
function pkcs12(): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0x00, 0x02, 0x01, 0x03, 0x30, 0x82, 0x03, 0xc0, 0x06, 0x09]), Buffer.alloc(200, 0x2a)]);
}
function kdbx(second = 0x67): Buffer {
  return Buffer.concat([Buffer.from([0x03, 0xd9, 0xa2, 0x9a, second, 0xfb, 0x4b, 0xb5, 0x01, 0x00, 0x04, 0x00]), Buffer.alloc(120, 0x07)]);
}
/** A pg_dump custom-format archive: `PGDMP`, version and sizes, then a TOC whose data entries keep their COPY statement. */
function pgArchive(tables: string[]): Buffer {
  const toc = tables.map((t) => Buffer.concat([Buffer.from([0, 10, 0, 0, 0]), Buffer.from('TABLE DATA'), Buffer.from([0, 40, 0, 0, 0]), Buffer.from(`COPY public.${t} (id, name) FROM stdin;\n`)]));
  return Buffer.concat([Buffer.from('PGDMP'), Buffer.from([1, 15, 0, 4, 8, 1]), Buffer.alloc(40, 0), ...toc, Buffer.alloc(64, 0x78)]);
}

describe('secret-file: key stores by magic number', () => {
  it('reports a JKS keystore with a private key, and counts its keys', () => {
    const f = one('android/app/release.jks', javaKeystore(['key', 'cert']));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Java keystore \(JKS\) with 1 private key: `release\.jks`/);
    expect(one('keys/app.keystore', javaKeystore(['key', 'key'])).message).toMatch(/with 2 private keys/);
    expect(one('keys/app.jceks', javaKeystore(['secret'], 0xcececece)).message).toMatch(/^Java keystore \(JCEKS\) with 1 or more private keys/);
  });

  it('leaves truststores, Git LFS pointers and misnamed files alone', () => {
    expect(collect([{ path: 'src/main/resources/truststore.jks', content: javaKeystore(['cert', 'cert']) }])).toEqual([]);
    expect(collect([{ path: 'keys/app.jks', content: 'version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 2048\n' }])).toEqual([]);
    expect(collect([{ path: 'certs/truststore.p12', content: pkcs12() }])).toEqual([]);
    expect(collect([{ path: 'certs/cert.p12', content: Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x01, 0x30]) }])).toEqual([]);
  });

  it('reports PKCS#12 files, also under a .keystore name', () => {
    expect(one('certs/client.p12', pkcs12()).message).toMatch(/^PKCS#12 key store: `client\.p12`/);
    // The key is replaced: a self-signed certificate has no authority to revoke it.
    expect(one('certs/client.p12', pkcs12()).message).toContain('make a new key pair (and have a certificate an authority signed for the old one revoked and reissued)');
    expect(one('iis/site.pfx', pkcs12()).severity).toBe('error');
    // A key store holds a certificate's key, which only what trusts that certificate takes: an example's is a warning.
    expect(one('apps/remix/example/cert.p12', pkcs12())).toMatchObject({ severity: 'warning', context: 'example' });
    expect(one('app/upload.keystore', pkcs12()).message).toMatch(/^PKCS#12 key store/);
  });

  it('makes the Android debug keystore a notice', () => {
    const f = one('app/debug.keystore', javaKeystore(['key']));
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('Android debug keystore');
  });

  it("knows a debug keystore of a project's own by its key and its password, `android`, whatever its name", () => {
    const debugJks = javaKeystore(['key'], 0xfeedfeed, { aliases: ['androiddebugkey'], password: 'android' });
    for (const [p, content] of [
      ['keystores/debug-bwa.keystore', debugJks],
      ['app/dev.jks', debugJks],
      ['app/debug.jks', javaKeystore(['key', 'cert'], 0xfeedfeed, { aliases: ['androiddebugkey', 'ca'], password: 'android' })],
    ] as const) {
      expect(one(p, content)).toMatchObject({ severity: 'notice', message: expect.stringContaining('Android debug keystore') });
    }
    // The alias alone, or the password alone, is no debug keystore; nor is a file only partly read.
    expect(one('app/dev.jks', javaKeystore(['key'], 0xfeedfeed, { aliases: ['androiddebugkey'], password: 'Xk9fh2Lq' })).severity).toBe('error');
    expect(one('app/upload.jks', javaKeystore(['key'], 0xfeedfeed, { aliases: ['upload'], password: 'android' })).severity).toBe('error');
    expect(one('app/keys.jks', javaKeystore(['key', 'key'], 0xfeedfeed, { aliases: ['androiddebugkey', 'release'], password: 'android' })).severity).toBe('error');
    const [cut] = collect([{ path: 'app/dev.jks', content: debugJks, size: debugJks.length + 5_000_000 }]);
    expect(cut!.severity).toBe('error');
  });

  it("knows the keystore Play Framework generates for HTTPS on localhost by its key, its certificate and its empty password", () => {
    // Play writes `conf/generated.keystore` (`playgenerated`), ssl-config its self-signed store (`sslconfig-selfsigned`),
    // each with a self-signed certificate for localhost under a made-up name, in a JKS store with an empty password.
    const play = playStore('play.jks', 'playgenerated', PLAY_DN);
    const sslConfig = playStore('sslconfig.jks', 'sslconfig-selfsigned', SSL_CONFIG_DN);
    // Newer generators also name this machine as alternative names.
    const loopback = playStore('loopback.jks', 'playgenerated', PLAY_DN, { ext: ['san=dns:localhost,ip:127.0.0.1,ip:::1'] });
    for (const [p, content] of [
      ['conf/generated.keystore', play],
      ['play-java-grpc-example/conf/selfsigned.keystore', sslConfig],
      ['conf/generated.keystore', loopback],
    ] as const) {
      expect(one(p, content)).toMatchObject({ severity: 'notice', message: expect.stringContaining("Play Framework's generated keystore") });
    }
    // A key of one's own put under the alias, with a certificate for a real host or a chain from a CA; the other
    // generator's name; a store password; another key beside it; a JCEKS store; a file only partly read.
    expect(one('conf/generated.keystore', playStore('own.jks', 'playgenerated', 'CN=shop.example.com, O=Acme, C=DE')).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('chained.jks', 'playgenerated', PLAY_DN, { signedByCa: true })).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('crossed.jks', 'sslconfig-selfsigned', PLAY_DN)).severity).toBe('error');
    // The generator's name with another host in it, as an alternative name, a second CN or an attribute more.
    expect(one('conf/generated.keystore', playStore('san.jks', 'playgenerated', PLAY_DN, { ext: ['san=dns:shop.example.com'] })).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('two-cn.jks', 'playgenerated', `CN=shop.example.com, ${PLAY_DN}`)).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('mail.jks', 'playgenerated', `EMAILADDRESS=ops@acme.example, ${PLAY_DN}`)).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('protected.jks', 'playgenerated', PLAY_DN, { password: 'Xk9fh2Lq' })).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('two.jks', 'playgenerated', PLAY_DN, { another: 'release' })).severity).toBe('error');
    expect(one('conf/generated.keystore', playStore('play.jceks', 'playgenerated', PLAY_DN, { type: 'JCEKS' })).severity).toBe('error');
    const [cut] = collect([{ path: 'conf/generated.keystore', content: play, size: play.length + 5_000_000 }]);
    expect(cut!.severity).toBe('error');
    // Thirteen stores, each a JVM start of keytool's: about 14 s alone, and more beside other test files.
  }, 120_000);

  it('says a release key in a `debug.keystore` is open to anyone, its password being `android`', () => {
    const f = one('app/debug.keystore', javaKeystore(['key'], 0xfeedfeed, { aliases: ['volumepanel'], password: 'android' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain("its password is `android`, the published password of Android's debug keystores");
    // A password of its own, which cannot be checked: still known by its name, as before.
    expect(one('app/debug.keystore', javaKeystore(['key'], 0xfeedfeed, { aliases: ['volumepanel'], password: 'Xk9fh2Lq' })).severity).toBe('notice');
  });

  it('reads the alias and the MAC of PKCS#12 key stores that keytool makes', () => {
    const debug = keytoolStore('debug.p12', 'PKCS12', 'android', ['androiddebugkey']);
    expect(one('keystores/debug-bwa.keystore', debug)).toMatchObject({ severity: 'notice', message: expect.stringContaining('Android debug keystore') });
    expect(one('app/debug-other.p12', keytoolStore('other.p12', 'PKCS12', 'Xk9fh2Lq', ['androiddebugkey'])).severity).toBe('error');
    expect(one('app/both.p12', keytoolStore('both.p12', 'PKCS12', 'android', ['androiddebugkey', 'release'])).severity).toBe('error');
    // A secret key beside the debug key is a key too, and one named as the debug key is not it.
    expect(one('app/with-secret.p12', keytoolStore('with-secret.p12', 'PKCS12', 'android', ['androiddebugkey'], ['release'])).severity).toBe('error');
    expect(one('app/only-secret.p12', keytoolStore('only-secret.p12', 'PKCS12', 'android', [], ['androiddebugkey'])).severity).toBe('error');
    const jceks = one('app/debug.keystore', keytoolStore('with-secret.jceks', 'JCEKS', 'android', ['androiddebugkey'], ['release']));
    expect(jceks.severity).toBe('error');
    expect(jceks.message).toContain('one of them is not the debug key');
    const named = one('app/debug.keystore', keytoolStore('release.p12', 'PKCS12', 'android', ['release']));
    expect(named.severity).toBe('error');
    expect(named.message).toContain('one of them is not the debug key');
    expect(one('app/old-debug.jks', keytoolStore('old.jks', 'JKS', 'android', ['androiddebugkey'])).severity).toBe('notice');
    const [cut] = collect([{ path: 'app/dev.p12', content: debug, size: debug.length + 5_000_000 }]);
    expect(cut!.severity).toBe('error');
  });

  it.skipIf(!hasOpenssl)("reads OpenSSL's PKCS#12 MACs, and counts only the aliases of keys", () => {
    const made = (name: string, args: string[]) => {
      const file = join(storeDir, name);
      const key = join(storeDir, `${name}.key`);
      const cert = join(storeDir, `${name}.crt`);
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=test'], { stdio: 'ignore' });
      execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', file, ...args], { stdio: 'ignore' });
      return readFileSync(file);
    };
    expect(one('a/debug.p12', made('sha256.p12', ['-name', 'androiddebugkey', '-passout', 'pass:android'])).severity).toBe('notice');
    expect(one('a/debug.p12', made('sha1.p12', ['-name', 'androiddebugkey', '-macalg', 'sha1', '-passout', 'pass:android'])).severity).toBe('notice');
    // A certificate's alias is not the key's: the key has none here.
    expect(one('a/ca.p12', made('ca.p12', ['-caname', 'androiddebugkey', '-certfile', join(storeDir, 'sha1.p12.crt'), '-passout', 'pass:android'])).severity).toBe('error');
    expect(one('a/debug.p12', made('sha512.p12', ['-name', 'androiddebugkey', '-macalg', 'sha512', '-passout', 'pass:android'])).severity).toBe('notice');
    // Encrypted with what this reader does not decrypt (RC2, 3DES): judged by name, as before.
    const legacy = made('legacy.p12', ['-name', 'androiddebugkey', '-legacy', '-passout', 'pass:android']);
    expect(one('a/dev.p12', legacy).severity).toBe('error');
    expect(one('a/debug.keystore', legacy).severity).toBe('notice');
  });

  it('says when a Java keystore opens with no password or a common default, and never names a password of its own', () => {
    // A PKCS#12 file is tried with no password, `changeit` and `password`, within a budget of its MAC's rounds.
    const changeit = one('certs/server.p12', keytoolStore('changeit.p12', 'PKCS12', 'changeit', ['server']));
    expect(changeit.severity).toBe('error');
    expect(changeit.message).toContain('its password is `changeit`, a common default, so anyone with the file holds the key');
    const own = one('certs/server.p12', keytoolStore('own.p12', 'PKCS12', 'Xk9fh2Lq', ['server']));
    expect(own.message).toContain('protected only by its password');
    expect(own.message).not.toContain('Xk9fh2Lq');
    expect(one('app/release.jks', javaKeystore(['key'], 0xfeedfeed, { password: '' })).message).toContain('its password is empty, so anyone with the file holds its keys');
    expect(one('app/release.jks', javaKeystore(['key'], 0xfeedfeed, { password: 'password' })).message).toContain('its password is `password`, a common default');
    expect(one('app/release.jks', javaKeystore(['key'], 0xfeedfeed, { password: 'Xk9fh2Lq' })).message).toContain('protected only by the keystore password');
  });

  it.skipIf(!hasOpenssl)("knows a PKCS#12 file OpenSSL exported with an empty password, whatever its parts' encryption", () => {
    const key = join(storeDir, 'empty.key');
    const cert = join(storeDir, 'empty.crt');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=Documents'], { stdio: 'ignore' });
    for (const extra of [[], ['-legacy']]) {
      const file = join(storeDir, `empty${extra.length}.p12`);
      execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', file, '-passout', 'pass:', ...extra], { stdio: 'ignore' });
      const f = one('apps/web/example/cert.p12', readFileSync(file));
      expect(f).toMatchObject({ severity: 'warning', context: 'example' });
      expect(f.message).toContain('its password is empty, so anyone with the file holds the key');
    }
  });

  it('reports KeePass databases as a warning, by signature', () => {
    expect(one('ops/team.kdbx', kdbx())).toMatchObject({ severity: 'warning' });
    expect(one('ops/old.kdb', kdbx(0x65)).message).toMatch(/^KeePass database \(KeePass 1\)/);
    expect(collect([{ path: 'ops/team.kdbx', content: 'not a database' }])).toEqual([]);
  });

  it('reports a binary SSH key by name', () => {
    expect(one('.ssh/id_rsa', Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00]), Buffer.alloc(300, 3)])).message).toMatch(/^SSH private key/);
  });

  it('reports pg_dump archives by magic number with the tables they hold data of', () => {
    const f = one('backups/latest', pgArchive(['products', 'auth_user']));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^PostgreSQL dump \(pg_dump custom format\) with rows of the table `auth_user`:/);
    expect(one('prod.dump', pgArchive(['products'])).severity).toBe('notice');
    expect(collect([{ path: 'schema.dump', content: pgArchive([]) }])).toEqual([]);
  });

  it('warns about compressed dumps by name and magic', () => {
    expect(one('backups/prod.sql.gz', gzipSync('INSERT INTO users VALUES (1);\n'))).toMatchObject({ severity: 'warning' });
    expect(collect([{ path: 'backups/prod.sql.gz', content: 'version https://git-lfs.github.com/spec/v1\n' }])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// SQLite databases, made by Python's sqlite3 module.

const HAS_PYTHON = spawnSync('python3', ['-c', 'import sqlite3'], { stdio: 'ignore' }).status === 0;
const dbs = new Fixture('leakproof-sqlite-');
afterAll(() => dbs.cleanup());

/** Runs Python statements against a new database file and returns its bytes. */
function sqliteDb(name: string, statements: string): Buffer {
  const file = dbs.abs(name);
  const script = `import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n${statements}\nc.commit()\nc.close()\n`;
  execFileSync('python3', ['-c', script, file]);
  return readFileSync(file);
}

const DJANGO = [
  'c.execute("create table django_migrations (id integer primary key, app text, name text)")',
  'c.execute("insert into django_migrations (app, name) values (\'auth\', \'0001_initial\')")',
  'c.execute("create table auth_user (id integer primary key, password text, username text unique, email text)")',
  'c.execute("create table django_session (session_key text primary key, session_data text, expire_date text)")',
  'c.execute("create table polls_question (id integer primary key, text text)")',
].join('\n');

describe.skipIf(!HAS_PYTHON)('secret-file: SQLite databases by their header', () => {
  it('names the tables named for users and sessions that hold rows', () => {
    const db = sqliteDb('django.sqlite3', `${DJANGO}\nc.execute("insert into auth_user (password, username) values ('pbkdf2_sha256$x', 'admin')")\nc.execute("insert into django_session values ('k', 'd', 'e')")`);
    const f = one('db.sqlite3', db);
    expect(f).toMatchObject({ severity: 'error', ruleId: 'secret-file' });
    expect(f.message).toMatch(/^SQLite database with tables `auth_user`, `django_session`: `db\.sqlite3` is tracked by git/);
    expect(f.line).toBeUndefined();
  });

  it('makes tables of people with no credential column a warning that claims no password, and reads each column', () => {
    // Keystone's example databases: a `User` table of names, with quoted column names.
    const people = sqliteDb('people.db', 'c.execute(\'create table "User" ("id" text not null primary key, "name" text not null default \\\'\\\', "admin" boolean not null default false)\')\nc.execute(\'insert into "User" values (\\\'1\\\', \\\'Ada\\\', 1)\')');
    const f = one('data/keystone.db', people);
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/^SQLite database with table `User`: .*no column is named for a password/);
    expect(f.message).not.toContain('reset the passwords');
    // A column for a credential, under any spelling, keeps the error: so does a table named for credentials.
    for (const [name, table] of [
      ['digest.db', 'create table users (id integer primary key, email text, password_digest text)'],
      ['camel.db', 'create table "Member" ("id" integer primary key, "name" text, "apiKey" text)'],
      ['enc.db', 'create table accounts (id integer primary key, [encrypted_password] text, CONSTRAINT u UNIQUE (id))'],
      ['sessions.db', 'create table sessions (id integer primary key, data text)'],
      // Comments are kept with the statement: a quote in one opens nothing, and a column after one still counts.
      ['commented.db', "create table users (\n  id integer primary key, -- the user's id\n  email text, /* hashed */ password_hash text)"],
      ['pin.db', 'create table members (id integer primary key, name text, pw text)'],
    ] as const) {
      const db = sqliteDb(name, `c.execute("""${table}""")\nc.execute('insert into ${table.split(' ')[2]} (id) values (1)')`);
      expect(one(`data/${name}`, db).severity, name).toBe('error');
    }
  });

  it("leaves the documents of applications whose file format SQLite is, whatever their tables", () => {
    // Visual Paradigm's project: a `USER_ID_FORMAT` table of diagram ids.
    const project = sqliteDb('model.vpp', 'c.execute("create table USER_ID_FORMAT (ID integer primary key, FORMAT text)")\nc.execute("insert into USER_ID_FORMAT (FORMAT) values (\'UC-{0}\')")');
    expect(collect([{ path: 'docs/Project/MyMeetings.vpp', content: project }])).toEqual([]);
    expect(one('docs/Project/MyMeetings.db', project).ruleId).toBe('secret-file');
  });

  it('keeps a database copy in a test, an example or the docs to a notice, and elsewhere at its severity', () => {
    // Keystone's examples each ship the database of their demo (`examples/custom-session/keystone-example.db`).
    const people = sqliteDb('demo.db', 'c.execute(\'create table "User" ("id" text primary key, "name" text)\')\nc.execute(\'insert into "User" values (\\\'1\\\', \\\'Alice\\\')\')');
    const users = sqliteDb('users.db', `${DJANGO}\nc.execute("insert into auth_user (password, username) values ('pbkdf2_sha256$x', 'alice')")`);
    // A tool's store of credentials to use (gcloud's `credentials.db`) keeps its severity in an example too.
    const store = sqliteDb('store.db', 'c.execute("create table credentials (account_id text primary key, value blob)")\nc.execute("insert into credentials values (\'me@example.org\', \'{}\')")');
    const cases: [string, Buffer, string, string][] = [
      ['examples/custom-session/keystone-example.db', people, 'notice', 'example'],
      // The sample databases of SQL tutorials and text-to-SQL demos are made up and published for everyone.
      ['Chinook.db', people, 'notice', 'example'],
      ['data/northwind.sqlite', users, 'notice', 'example'],
      ['data/northwind-backup.sqlite', users, 'notice', 'example'],
      ['data/chinooks_customers.db', users, 'error', 'production'],
      // A copy named as sample or demo data holds rows made up to show the application.
      ['data/dispatch-sample-data.dump', users, 'notice', 'example'],
      ['db/demo.sqlite3', users, 'notice', 'example'],
      ['data/example_db.sqlite', users, 'notice', 'example'],
      ['data/samplestore.db', users, 'error', 'production'],
      ['data/demonstration.db', users, 'error', 'production'],
      ['examples/blog/db.sqlite3', users, 'notice', 'example'],
      ['tests/data/data.db', users, 'notice', 'test'],
      ['keystone.db', people, 'warning', 'production'],
      ['db.sqlite3', users, 'error', 'production'],
      ['config/dev.db', users, 'error', 'development'],
      ['examples/gcloud/credentials.db', store, 'error', 'example'],
      ['docs/cfg/credentials.db', store, 'error', 'docs'],
      ['tests/data/credentials.db', store, 'notice', 'test'],
    ];
    for (const [path, content, severity, context] of cases) expect(one(path, content), path).toMatchObject({ severity, context });
    // The note on the lowered severity names the place.
    expect(one('examples/blog/db.sqlite3', users).message).toMatch(/\(notice: [^)]+\)$/);
  });

  it('leaves a database that is full-text indexes alone, and judges one of people or beside other tables', () => {
    // healthchecks's `search.db`: an FTS5 index of its documentation (`docs_data`, `docs_idx`, `docs_content`…).
    const docs = sqliteDb('search.db', 'c.execute("create virtual table docs using fts5(title, body)")\nc.execute("insert into docs values (\'Cron\', \'syntax\')")');
    expect(collect([{ path: 'search.db', content: docs }])).toEqual([]);
    // FTS4 keeps `x_segments` and `x_segdir`.
    const pages = sqliteDb('pages.db', 'c.execute("create virtual table pages using fts4(body)")\nc.execute("insert into pages values (\'hello\')")');
    expect(collect([{ path: 'pages.db', content: pages }])).toEqual([]);
    // An index over people's messages, or one beside the application's tables, is data.
    const users = sqliteDb('users-fts.db', 'c.execute("create virtual table users using fts5(name, email)")\nc.execute("insert into users values (\'Ada\', \'ada@example.org\')")');
    expect(one('users-fts.db', users).message).toMatch(/^SQLite database with tables `users_/);
    const mixed = sqliteDb('mixed.db', 'c.execute("create virtual table docs using fts5(body)")\nc.execute("create table products (id integer primary key, name text)")\nc.execute("insert into products (name) values (\'lamp\')")');
    expect(one('mixed.db', mixed).message).toContain('products');
    // Names alone are not an index: ordinary tables named so, and tables beside an index that only start with its name.
    const named = sqliteDb('named.db', 'c.execute("create table auth_data (username text, password_hash text)")\nc.execute("create table auth_idx (k text)")\nc.execute("insert into auth_data values (\'ada\', \'x\')")');
    expect(one('named.db', named).message).toContain('auth_data');
    const beside = sqliteDb('beside.db', 'c.execute("create virtual table docs using fts4(body)")\nc.execute("create table docs_user_data (email text, password text)")\nc.execute("insert into docs_user_data values (\'a@example.org\', \'x\')")');
    expect(one('beside.db', beside)).toMatchObject({ severity: 'error', message: expect.stringContaining('docs_user_data') });
  });

  it('recognises the header whatever the name', () => {
    const db = sqliteDb('weird', `${DJANGO}\nc.execute("insert into auth_user (password, username) values ('x', 'admin')")`);
    for (const name of ['data/app.db', 'store.sqlite', 'var/cache.bin', 'prod', 'var/db.sql', 'backup/app.dump']) expect(one(name, db).message).toMatch(/^SQLite database with table `auth_user`:/);
  });

  it('makes other data and empty tables notices, and a file with no tables clean', () => {
    const catalog = sqliteDb('catalog.db', 'c.execute("create table products (id integer primary key, name text)")\nc.execute("insert into products (name) values (\'lamp\')")');
    expect(one('assets/catalog.db', catalog)).toMatchObject({ severity: 'notice' });
    expect(one('assets/catalog.db', catalog).message).toContain('SQLite database with table `products`');
    const fresh = sqliteDb('fresh.sqlite3', DJANGO);
    const f = one('db.sqlite3', fresh);
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('empty tables `auth_user`, `django_session`, `polls_question`');
    const empty = sqliteDb('empty.db', 'c.execute("pragma user_version = 1")');
    expect(empty.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(collect([{ path: 'test.db', content: empty }])).toEqual([]);
  });

  it('reads a schema that spans several pages, and WITHOUT ROWID tables', () => {
    const many = Array.from({ length: 150 }, (_, i) => `c.execute("create table t${i} (id integer primary key, a text, b text, c text, d text, e text)")`).join('\n');
    const db = sqliteDb('many.db', `${many}\nc.execute("create table api_keys (key text primary key, owner text) without rowid")\nc.execute("insert into api_keys values ('k', 'o')")`);
    const schema = readSqliteSchema(db)!;
    expect(schema.complete).toBe(true);
    expect(schema.tables).toHaveLength(151);
    expect(one('many.db', db).message).toMatch(/^SQLite database with table `api_keys`:/);
  });

  it('says when the schema reaches beyond the bytes it was given', () => {
    const many = Array.from({ length: 150 }, (_, i) => `c.execute("create table t${i} (id integer primary key, a text, b text, c text, d text, e text)")`).join('\n');
    const db = sqliteDb('cut.db', many);
    expect(readSqliteSchema(db.subarray(0, 4096))).toMatchObject({ complete: false });
    const f = collect([{ path: 'cut.db', content: db.subarray(0, 4096), size: db.length }]);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  it('reads the schema of a database over the size limit from the longer head the reader takes', async () => {
    const fx = new Fixture();
    try {
      // Tables first, then 2 MiB of rows: the schema sits in the first pages.
      const db = sqliteDb('big.sqlite3', `${DJANGO}\nc.execute("insert into auth_user (password, username) values ('x', 'admin')")\nfor i in range(4000): c.execute("insert into polls_question (text) values (?)", ("q" * 500,))`);
      expect(db.length).toBeGreaterThan(1024 * 1024);
      fx.write('db.sqlite3', db);
      const found = (await scan({ root: fx.root, noGit: true }, [secretFile])).findings;
      expect(found.map((x) => [x.path, x.severity, x.message.split(':')[0]])).toEqual([['db.sqlite3', 'error', 'SQLite database with table `auth_user`']]);
    } finally {
      fx.cleanup();
    }
  });
});

/** DER: a tag and its content, with the length in the short or long form. */
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const derOid = (...bytes: number[]) => der(0x06, Buffer.from(bytes));
/** A certificate's DER as far as `certificateNames` reads it: Play's name as subject and issuer, and `extensions`. */
function certificate(extensions: Buffer[]): Buffer {
  const attribute = (last: number, value: string) => der(0x31, der(0x30, derOid(0x55, 0x04, last), der(0x0c, Buffer.from(value))));
  const name = der(0x30, attribute(6, 'CY'), attribute(8, 'Cyberspace'), attribute(7, 'Moon Base 1'), attribute(10, 'Mavericks'), attribute(11, 'Unit Testing'), attribute(3, 'localhost'));
  const algorithm = der(0x30, derOid(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b), der(0x05));
  const validity = der(0x30, der(0x17, Buffer.from('250101000000Z')), der(0x17, Buffer.from('350101000000Z')));
  const key = der(0x30, algorithm, der(0x03, Buffer.from([0, 1, 2, 3])));
  const tbs = der(0x30, der(0xa0, der(0x02, Buffer.from([2]))), der(0x02, Buffer.from([1])), algorithm, name, validity, name, key, ...extensions);
  return der(0x30, tbs, algorithm, der(0x03, Buffer.from([0, 9])));
}
const san = (...names: Buffer[]) => der(0x30, derOid(0x55, 0x1d, 0x11), der(0x04, der(0x30, ...names)));
const dnsName = (host: string) => der(0x82, Buffer.from(host));

describe('secret-file: the names a certificate is issued to', () => {
  it('reads the subject and the alternative names, and nothing it cannot account for', () => {
    const plain = certificateNames(certificate([der(0xa3, der(0x30, san(dnsName('localhost'), der(0x87, Buffer.from([127, 0, 0, 1])))))]));
    expect(plain).toMatchObject({ selfIssued: true, altNames: [{ type: 'dns', value: 'localhost' }, { type: 'ip', value: '7f000001' }] });
    expect(plain!.subject.map((rdn) => rdn.map((a) => `${a.type}=${a.value}`).join('+'))).toEqual(['C=CY', 'ST=Cyberspace', 'L=Moon Base 1', 'O=Mavericks', 'OU=Unit Testing', 'CN=localhost']);
    expect(certificateNames(certificate([]))).toMatchObject({ selfIssued: true, altNames: null });
    // Another host's name behind the first, in a second list, in a second block of extensions, after the value, or
    // in a field more: a certificate that may name another host is not read.
    const unreadable = [
      der(0xa3, der(0x30, san(dnsName('localhost')), san(dnsName('shop.example.com')))),
      [der(0xa3, der(0x30, san(dnsName('localhost')))), der(0xa3, der(0x30, san(dnsName('shop.example.com'))))],
      der(0xa3, der(0x30, der(0x30, derOid(0x55, 0x1d, 0x11), der(0x04, Buffer.concat([der(0x30, dnsName('localhost')), dnsName('shop.example.com')]))))),
      der(0xa3, der(0x30, der(0x30, derOid(0x55, 0x1d, 0x11), der(0x04, der(0x30, dnsName('shop.example.com'))), der(0x04, der(0x30, dnsName('localhost')))))),
      der(0xa3, der(0x31, san(dnsName('shop.example.com')))),
      der(0xa3, Buffer.concat([der(0x30, san(dnsName('localhost'))), Buffer.from([0x05, 0x7f])])),
    ];
    for (const extensions of unreadable) expect(certificateNames(certificate([extensions].flat()))).toBeNull();
  });
});

describe('secret-file: which names are looked at', () => {
  const kinds: [string, string][] = [
    ['config/master.key', 'rails-master-key'],
    ['config/credentials/staging.key', 'rails-master-key'],
    ['config/secrets.yml.key', 'rails-master-key'],
    ['.netrc', 'netrc'],
    ['_netrc', 'netrc'],
    ['.pypirc', 'pypirc'],
    ['.npmrc', 'npmrc'],
    ['.htpasswd', 'htpasswd'],
    ['.htpasswd-staging', 'htpasswd'],
    ['conf/site.htpasswd', 'htpasswd'],
    ['.pgpass', 'pgpass'],
    ['android/key.properties', 'android-signing'],
    ['keystore.properties', 'android-signing'],
    ['android/gradle.properties', 'android-signing'],
    ['.aws/credentials', 'aws-credentials'],
    ['.aws/config', 'aws-credentials'],
    ['.docker/config.json', 'docker-config'],
    ['.kube/config', 'kubeconfig'],
    ['kubeconfig-prod.yaml', 'kubeconfig'],
    ['kube_config_cluster.yml', 'kubeconfig'],
    ['credentials.xml', 'jenkins-credentials'],
    ['secrets/hudson.util.Secret', 'jenkins-secret'],
    ['terraform.tfstate', 'terraform-state'],
    ['prod.tfstate.backup', 'terraform-state'],
    ['release.jks', 'java-keystore'],
    ['cert.PFX', 'pkcs12'],
    ['vault.kdbx', 'keepass'],
    ['vpn.ovpn', 'openvpn'],
    ['id_rsa', 'ssh-private-key'],
    ['id_ed25519_sk', 'ssh-private-key'],
    ['id_rsa.bak', 'ssh-private-key'],
    ['.ssh/identity', 'ssh-private-key'],
    ['backup.sql', 'sql-dump'],
    ['backup.sql.gz', 'compressed-dump'],
  ];
  const none = [
    'id_rsa.pub', 'id_ed25519.pub', 'id_rsa.pub.bak', 'master.key', 'config/app.key', 'config.json', 'config', 'credentials.json',
    'credentials.yml.enc', 'netrc.go', 'npmrc.js', 'terraform.tfvars', 'main.tf', 'keystore.ts', 'db.sqlite3', 'ovpn.md', 'id_rsa_test.go',
    'identity', '.env', 'htpasswd.go', 'sql.go', 'kube.yaml',
  ];
  it.each(kinds)('%s is a %s', (p, kind) => expect(secretFileKindByName(p)).toBe(kind));
  it.each(none)('%s is not looked into by name', (p) => expect(secretFileKindByName(p)).toBeNull());
});

describe('secret-file: table names', () => {
  const sensitive = ['users', 'auth_user', 'django_session', 'wp_users', 'wp_usermeta', 'accounts', 'customers', 'api_keys', 'oauth_access_tokens', 'authtoken_token', 'UserProfiles', 'public.users', '"members"', 'refresh_tokens', 'people', 'identities', 'ums_admin', 'sys_admins', 'admins', 'administrators', 'user_sessions', 'spring_session', 'training_user'];
  const other = ['products', 'django_admin_log', 'auth_group', 'auth_permission', 'accounting_entries', 'orders', 'polls_question', 'schema_migrations', 'categories', 'usage', 'keys', 'sms_flash_promotion_session', 'training_sessions', 'admin_menu', 'ums_admin_role_relation'];
  it.each(sensitive)('%s is named for users or credentials', (t) => expect(isSensitiveTable(t)).toBe(true));
  it.each(other)('%s is not', (t) => expect(isSensitiveTable(t)).toBe(false));
});

describe('secret-file: the fix a finding takes', () => {
  it('untracks and ignores every kind but a project .npmrc, like a dotenv file', () => {
    expect(fileFixOf({ ruleId: 'secret-file', path: 'config/master.key' })).toBe('untrack-and-ignore');
    expect(fileFixOf({ ruleId: 'secret-file', path: 'db.sqlite3' })).toBe('untrack-and-ignore');
    expect(fileFixOf({ ruleId: 'secret-file', path: 'web/.npmrc' })).toBe('edit');
    expect(fileFixOf({ ruleId: 'dotenv-file', path: '.env' })).toBe('untrack-and-ignore');
    expect(fileFixOf({ ruleId: 'known-token', path: 'app.py' })).toBeNull();
  });
});

describe('secret-file: .env.keys and .git-credentials are left to their own rules', () => {
  it('reports neither', () => {
    expect(collect([{ path: '.env.keys', content: `DOTENV_PRIVATE_KEY=${hex('dotenvx', 64)}\n` }])).toEqual([]);
    expect(collect([{ path: '.git-credentials', content: 'https://me:Zx8kQ2mN7pL4@github.com\n' }])).toEqual([]);
  });
});

describe('secret-file: a key file is one finding', () => {
  it("stands for the token rule's finding of the PEM block inside an SSH key or an OpenVPN profile, not beside it", async () => {
    const fx = new Fixture();
    try {
      const pem = `${pemMarker('BEGIN', 'OPENSSH PRIVATE KEY')}\n${PEM_BODY}\n${pemMarker('END', 'OPENSSH PRIVATE KEY')}\n`;
      fx.write('deploy/id_ed25519', pem);
      fx.write('tests/keys/id_rsa', pem);
      fx.write('vpn/client.ovpn', `client\ndev tun\n<key>\n${pemMarker('BEGIN', 'PRIVATE KEY')}\n${PEM_BODY}\n${pemMarker('END', 'PRIVATE KEY')}\n</key>\n`);
      // A key under a name that says nothing is the token rule's alone.
      fx.write('deploy/server.key', pem);
      const found = (await scan({ root: fx.root, noGit: true }, [secretFile, knownToken])).findings;
      expect(found.map((f) => [f.path, f.ruleId, f.severity])).toEqual([
        ['deploy/id_ed25519', 'secret-file', 'error'],
        ['deploy/server.key', 'known-token', 'error'],
        ['tests/keys/id_rsa', 'secret-file', 'notice'],
        ['vpn/client.ovpn', 'secret-file', 'error'],
      ]);
    } finally {
      fx.cleanup();
    }
  });

  it('keeps any other secret in the file: a token beside the key in an OpenVPN profile', async () => {
    const fx = new Fixture();
    try {
      const token = fakeToken('ghp', 'ovpn');
      fx.write('vpn/client.ovpn', `client\nsetenv GITHUB_TOKEN ${token}\n<key>\n${pemMarker('BEGIN', 'PRIVATE KEY')}\n${PEM_BODY}\n${pemMarker('END', 'PRIVATE KEY')}\n</key>\n`);
      const found = (await scan({ root: fx.root, noGit: true }, [secretFile, knownToken])).findings;
      expect(found.map((f) => [f.ruleId, f.line ?? null])).toEqual([
        ['known-token', 2],
        ['secret-file', 3],
      ]);
    } finally {
      fx.cleanup();
    }
  });

  it('still hands on the key the dropped finding found, for masking and redaction', async () => {
    const fx = new Fixture();
    try {
      fx.write('keys/id_rsa', `${pemMarker('BEGIN', 'RSA PRIVATE KEY')}\n${PEM_BODY}\n${pemMarker('END', 'RSA PRIVATE KEY')}\n`);
      const result = await scan({ root: fx.root, noGit: true }, [secretFile, knownToken]);
      expect(result.findings.map((f) => f.ruleId)).toEqual(['secret-file']);
      expect(result.secretValues.some((v) => v.includes(PEM_BODY.slice(0, 32)))).toBe(true);
    } finally {
      fx.cleanup();
    }
  });
});

// ---------------------------------------------------------------------------
// Acceptance: a repository holding one of each, scanned by the CLI.

describe.skipIf(!HAS_PYTHON)('secret-file: a repository with secret files, through the CLI', () => {
  it('reports every one of them in the JSON output, and none of the values', async () => {
    const repo = Fixture.repo();
    try {
      repo.write('Gemfile', "source 'https://rubygems.org'\ngem 'rails'\n");
      repo.write('config/master.key', `${MASTER_KEY}\n`);
      repo.write('infra/terraform.tfstate', tfstate([DB_RESOURCE]));
      repo.write('.netrc', 'machine api.heroku.com\n  login ops@example.com\n  password Tr0ub4dor&3x-heroku\n');
      repo.write('.pypirc', `[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n`);
      repo.write('deploy/.htpasswd', 'admin:$apr1$Qw3rT9xZ$Kp2Vn8Lm4Jq7Rs1Tu5Wx9/\n');
      repo.write('db.sqlite3', sqliteDb('accept.sqlite3', `${DJANGO}\nc.execute("insert into auth_user (password, username) values ('pbkdf2_sha256$1$x$y', 'admin')")`));
      repo.write(
        'backups/users.sql',
        '--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n\nCOPY public.users (id, email, password_digest) FROM stdin;\n1\tann@example.com\t$2a$12$abcdefghijklmnopqrstuv\n2\tbob@example.com\t$2a$12$bcdefghijklmnopqrstuvw\n\\.\n',
      );
      // Near-misses that must stay quiet.
      repo.write('.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
      repo.write('.ssh/id_rsa.pub', `ssh-rsa ${b64('pub', 200)} me@laptop\n`);
      repo.write('db/structure.sql', 'CREATE TABLE public.users (id bigint NOT NULL);\n');
      repo.git('add', '-A');
      repo.git('commit', '-qm', 'app');
      const r = await runCli([repo.root, '--format', 'json']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: Finding[] };
      const ours = report.findings.filter((f) => f.ruleId === 'secret-file');
      expect(ours.map((f) => [f.path, f.severity, f.message.slice(0, f.message.indexOf(':'))])).toEqual([
        ['.netrc', 'error', 'netrc credentials'],
        ['.pypirc', 'error', 'PyPI credentials'],
        ['backups/users.sql', 'error', 'SQL dump (pg_dump) with rows of the table `users`'],
        ['config/master.key', 'error', 'Rails master key'],
        ['db.sqlite3', 'error', 'SQLite database with table `auth_user`'],
        ['deploy/.htpasswd', 'error', 'htpasswd file'],
        ['infra/terraform.tfstate', 'error', 'Terraform state with 1 resource (aws_db_instance)'],
      ]);
      for (const value of [MASTER_KEY, PYPI_TOKEN, 'Tr0ub4dor&3x-heroku', 'Kp2Vn8Lm4Jq7Rs1Tu5Wx9']) expect(r.stdout).not.toContain(value);
      // Ignored, the local key is where it belongs.
      repo.write('.gitignore', '/config/master.key\n');
      repo.git('rm', '-q', '--cached', 'config/master.key');
      for (const args of [[repo.root, '--format', 'json'], [repo.root, '--format', 'json', '--include-ignored']]) {
        const again = JSON.parse((await runCli(args)).stdout) as { findings: Finding[] };
        expect(again.findings.filter((f) => f.path === 'config/master.key')).toEqual([]);
      }
    } finally {
      repo.cleanup();
    }
  });
});
