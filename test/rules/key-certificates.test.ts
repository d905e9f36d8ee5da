import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knownToken } from '../../src/rules/known-token';
import { scanFiles } from '../helpers/rule-tester';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'leakproof-certs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A key and its self-signed certificate, made by keytool (valid from `start` for `days`) and written out as PEM by OpenSSL. */
function pair(name: string, start: string, days: number, dname = 'CN=app.local', ext: string[] = []): { key: string; cert: string } {
  const store = join(work, `${name}.p12`);
  execFileSync('keytool', ['-genkeypair', '-alias', 'site', '-keyalg', 'EC', '-groupname', 'secp256r1', '-startdate', start, '-validity', String(days), '-dname', dname, ...ext.flatMap((e) => ['-ext', e]), '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-keypass', 'changeit'], { stdio: 'ignore' });
  const pem = execFileSync('openssl', ['pkcs12', '-in', store, '-nodes', '-passin', 'pass:changeit'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const block = (label: string) => new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----\\n`).exec(pem)![0];
  return { key: block('PRIVATE KEY'), cert: block('CERTIFICATE') };
}

/**
 * A key whose first certificate is self-signed and expired, then renewed: a CA made here signs a new one for the same
 * key (as certbot's `--reuse-key` or a CSR from the old key does). Both certificates, and the key, as PEM.
 */
function renewed(): { key: string; old: string; current: string } {
  const store = join(work, 'renewed.p12');
  const tool = (...args: string[]) => execFileSync('keytool', [...args, '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-keypass', 'changeit'], { stdio: 'pipe' });
  tool('-genkeypair', '-alias', 'site', '-keyalg', 'EC', '-groupname', 'secp256r1', '-startdate', '2020/01/01 00:00:00', '-validity', '30', '-dname', 'CN=app.example.org');
  const first = execFileSync('openssl', ['pkcs12', '-in', store, '-nodes', '-passin', 'pass:changeit'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  tool('-genkeypair', '-alias', 'ca', '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '3650', '-dname', 'CN=Acme CA', '-ext', 'bc:c');
  const request = tool('-certreq', '-alias', 'site');
  const signed = execFileSync('keytool', ['-gencert', '-alias', 'ca', '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-rfc', '-validity', '365'], { input: request });
  const block = (pem: string, label: string) => new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----\\n?`).exec(pem)![0];
  return { key: block(first, 'PRIVATE KEY'), old: block(first, 'CERTIFICATE'), current: block(signed.toString(), 'CERTIFICATE') };
}

/** When a certificate is valid from (keytool's `-startdate`; now when left out) and for how many days, and its name. */
interface Validity {
  dname: string;
  start?: string;
  days: number;
}

/** A key whose certificate an authority made here signed, with the extensions `ext` (`SAN=dns:localhost`). PEM. */
function signedBy(name: string, ca: Validity, leaf: Validity, ext: string[] = []): { key: string; cert: string; ca: string } {
  const store = join(work, `${name}.p12`);
  const tool = (...args: string[]) => execFileSync('keytool', [...args, '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-keypass', 'changeit'], { stdio: 'pipe' });
  const valid = (v: Validity) => [...(v.start === undefined ? [] : ['-startdate', v.start]), '-validity', String(v.days)];
  tool('-genkeypair', '-alias', 'ca', '-keyalg', 'EC', '-groupname', 'secp256r1', ...valid(ca), '-dname', ca.dname, '-ext', 'bc:c');
  tool('-genkeypair', '-alias', 'leaf', '-keyalg', 'EC', '-groupname', 'secp256r1', ...valid(leaf), '-dname', leaf.dname);
  const request = tool('-certreq', '-alias', 'leaf');
  const signed = execFileSync('keytool', ['-gencert', '-alias', 'ca', '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-rfc', ...valid(leaf), ...ext.flatMap((e) => ['-ext', e])], { input: request }).toString();
  const caCert = tool('-exportcert', '-alias', 'ca', '-rfc').toString();
  const pem = execFileSync('openssl', ['pkcs12', '-in', store, '-nodes', '-passin', 'pass:changeit'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const keys = [...pem.matchAll(/(friendlyName: (\w+)[\s\S]*?)?-----BEGIN PRIVATE KEY-----[\s\S]*?-----END PRIVATE KEY-----\n/g)];
  const leafKey = keys.find((m) => m[2] === 'leaf')![0];
  const block = (text: string, label: string) => new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----\\n?`).exec(text)![0];
  return { key: block(leafKey, 'PRIVATE KEY'), cert: block(signed, 'CERTIFICATE'), ca: block(caCert, 'CERTIFICATE') };
}

/**
 * A key whose certificate an authority made here signed (pomerium's `examples/mutual-tls`, made by certstrap): the
 * authority's validity from `caStart` for `caDays`, the key's certificate from 2020-01-02 for 30 days. PEM.
 */
function chained(name: string, caStart: string, caDays: number): { key: string; cert: string; ca: string } {
  return signedBy(name, { dname: 'CN=good-ca', start: caStart, days: caDays }, { dname: 'CN=pomerium', start: '2020/01/02 00:00:00', days: 30 });
}

/** A key whose certificate, valid now, an authority made here signed: the authority named `caName`, the key's `leafName`. */
function issuedNow(name: string, caName: string, leafName: string, ext: string[] = []): { key: string; cert: string; ca: string } {
  return signedBy(name, { dname: caName, days: 3650 }, { dname: leafName, days: 3650 }, ext);
}

const scanWith = (files: Record<string, string>) => scanFiles(files, [knownToken]);

describe.skipIf(!hasOpenssl)("a private key judged by its own certificate beside it", () => {
  it('reads a file of many unclosed certificate blocks in linear time', async () => {
    const started = performance.now();
    const [f] = await scanWith({ 'certs/server.key': pair('lone', '-1d', 30).key, 'certs/zz-bundle.pem': `${'-----BEGIN CERTIFICATE-----\nMIIB\n'.repeat(30_000)}-----END CERTIFICATE-----\n` });
    expect(f).toMatchObject({ severity: 'error' });
    // Generous: a quadratic reading takes more than a minute here.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  const expired = hasOpenssl ? pair('expired', '2020/01/01 00:00:00', 30) : { key: '', cert: '' };
  const current = hasOpenssl ? pair('current', '-1d', 3650) : { key: '', cert: '' };

  it("makes a key whose self-signed certificate names localhost only, and no authority, a development server's notice", async () => {
    const dev = pair('dev', '-1d', 3650, 'CN=localhost', ['SAN=dns:localhost,ip:127.0.0.1']);
    const [f, ...rest] = await scanWith({ 'certs/server.key': dev.key, 'certs/server.crt': dev.cert });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'certs/server.key', severity: 'notice', context: 'production' });
    expect(f!.message).toContain("its certificate (`server.crt`) is self-signed, no authority, and names loopback hosts only (`localhost`, `127.0.0.1`): a development server's");
    // Another host among its names, or an authority that could vouch for any host, keeps it an error.
    const wider = pair('wider', '-1d', 3650, 'CN=localhost', ['SAN=dns:localhost,dns:app.example.org']);
    expect((await scanWith({ 'certs/server.key': wider.key, 'certs/server.crt': wider.cert }))[0]).toMatchObject({ severity: 'error' });
    const authority = pair('authority', '-1d', 3650, 'CN=localhost', ['SAN=dns:localhost', 'bc:c']);
    expect((await scanWith({ 'certs/server.key': authority.key, 'certs/server.crt': authority.cert }))[0]).toMatchObject({ severity: 'error' });
  });

  it('makes a key a notice whose certificate a test authority beside it issued for local hosts only', async () => {
    // logflare's `priv/telegraf/`: a server's certificate for `localhost` and the compose service `telegraf`, a client's.
    const server = issuedNow('tserver', 'CN=Test CA', 'CN=localhost', ['SAN=dns:localhost,ip:127.0.0.1,dns:telegraf']);
    const [f, ...rest] = await scanWith({ 'priv/telegraf/server.key': server.key, 'priv/telegraf/server.crt': server.cert, 'priv/telegraf/ca.crt': server.ca });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'priv/telegraf/server.key', severity: 'notice' });
    expect(f!.message).toContain('was issued by the authority beside it (`ca.crt`), which is self-signed and calls itself a test\'s (`Test CA`), for local hosts only');
    const client = issuedNow('tclient', 'CN=Test CA', 'CN=client');
    expect((await scanWith({ 'priv/telegraf/client.key': client.key, 'priv/telegraf/client.crt': client.cert, 'priv/telegraf/ca.crt': client.ca }))[0]).toMatchObject({ severity: 'notice' });
    // An authority that does not call itself a test's, a certificate for a host with a domain, or no authority beside
    // it: an error still.
    const internal = issuedNow('tinternal', 'CN=Acme Internal CA', 'CN=localhost', ['SAN=dns:localhost,dns:telegraf']);
    expect((await scanWith({ 'certs/server.key': internal.key, 'certs/server.crt': internal.cert, 'certs/ca.crt': internal.ca }))[0]).toMatchObject({ severity: 'error' });
    const wide = issuedNow('twide', 'CN=Test CA', 'CN=api.example.org', ['SAN=dns:localhost,dns:api.example.org']);
    expect((await scanWith({ 'certs/server.key': wide.key, 'certs/server.crt': wide.cert, 'certs/ca.crt': wide.ca }))[0]).toMatchObject({ severity: 'error' });
    expect((await scanWith({ 'certs/server.key': server.key, 'certs/server.crt': server.cert }))[0]).toMatchObject({ severity: 'error' });
  });

  it('makes a key whose self-signed certificate has expired a notice, naming the certificate and the day', async () => {
    const [f, ...rest] = await scanWith({ 'https-tls/certs/ssl.key': expired.key, 'https-tls/certs/ssl.cert': expired.cert });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'https-tls/certs/ssl.key', severity: 'notice', context: 'production' });
    expect(f!.message).toMatch(/^A PEM private key block is written here, and its certificate \(`ssl\.cert`\) is self-signed and expired on 2020-01-3[01]: no client takes it any more\./);
    // The key and its certificate in one file.
    const [both] = await scanWith({ 'server.pem': expired.key + expired.cert });
    expect(both).toMatchObject({ severity: 'notice', message: expect.stringContaining('its certificate (in this file) is self-signed and expired') });
  });

  it('keeps a key whose certificate is still valid, or whose certificate beside it is another key\'s, at its severity', async () => {
    const [valid] = await scanWith({ 'certs/ssl.key': current.key, 'certs/ssl.cert': current.cert });
    expect(valid).toMatchObject({ severity: 'error' });
    expect(valid!.message).not.toContain('expired');
    const [other] = await scanWith({ 'certs/ssl.key': current.key, 'certs/old.crt': expired.cert });
    expect(other).toMatchObject({ severity: 'error' });
    // A key renewed with an authority's certificate is live, though its first, self-signed one has expired beside it.
    const r = renewed();
    const [live] = await scanWith({ 'renew/certs/server.key': r.key, 'renew/certs/a-2020-selfsigned.crt': r.old, 'renew/certs/server.crt': r.current });
    expect(live).toMatchObject({ severity: 'error' });
    const [bundle] = await scanWith({ 'bundle/server.pem': r.key + r.old, 'bundle/server.crt': r.current });
    expect(bundle).toMatchObject({ severity: 'error' });
    // Certificates beside it not all read (more files than are read): a renewal may be among them, so no lowering.
    const crowded: Record<string, string> = { 'crowd/certs/a-server.key': r.key, 'crowd/certs/a-2020-selfsigned.crt': r.old, 'crowd/certs/z-renewed.crt': r.current };
    for (let i = 1; i <= 8; i++) crowded[`crowd/certs/m${i}-chain.pem`] = current.cert;
    expect((await scanWith(crowded)).find((f) => f.path.endsWith('.key'))).toMatchObject({ severity: 'error' });
    // A certificate in another folder is not this key's, whatever it says.
    const [away] = await scanWith({ 'certs/ssl.key': expired.key, 'other/ssl.cert': expired.cert });
    expect(away).toMatchObject({ severity: 'error' });
  });

  it('makes a key a notice whose certificate expired and whose self-signed issuer beside it expired too', async () => {
    const dead = chained('dead-chain', '2020/01/01 00:00:00', 60);
    const [f, ...rest] = await scanWith({ 'examples/mutual-tls/out/pomerium.key': dead.key, 'examples/mutual-tls/out/pomerium.crt': dead.cert, 'examples/mutual-tls/out/good-ca.crt': dead.ca });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'notice' });
    expect(f!.message).toMatch(/its certificate \(`pomerium\.crt`\) expired on 2020-02-0[01], and so has the self-signed authority beside it that issued it \(`good-ca\.crt`\): no client takes it any more\./);
    // An authority still valid may sign the key again; without its authority beside it, nothing is known of the chain.
    const live = chained('live-ca', '2020/01/01 00:00:00', 36500);
    const [renewable] = await scanWith({ 'out/pomerium.key': live.key, 'out/pomerium.crt': live.cert, 'out/good-ca.crt': live.ca });
    expect(renewable).toMatchObject({ severity: 'error' });
    const [alone] = await scanWith({ 'out/pomerium.key': dead.key, 'out/pomerium.crt': dead.cert });
    expect(alone).toMatchObject({ severity: 'error' });
  });
});
