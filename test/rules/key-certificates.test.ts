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
function pair(name: string, start: string, days: number): { key: string; cert: string } {
  const store = join(work, `${name}.p12`);
  execFileSync('keytool', ['-genkeypair', '-alias', 'site', '-keyalg', 'EC', '-groupname', 'secp256r1', '-startdate', start, '-validity', String(days), '-dname', 'CN=app.local', '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-keypass', 'changeit'], { stdio: 'ignore' });
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
});
