import { isEnvReference } from './dotenv-names';
import { urlCredentials } from './git-files';
import { isBlankOrMarker } from './literal';
import { decodeSafe, isPatternedValue, isStandInValue, looksLikePassword, looksLikeSecret } from './secret-value';

/**
 * Passwords in `scheme://user:password@host` URLs, wherever they are
 * written. The dotenv rules judge a URL's password with the same function,
 * so a password is real or a stand-in the same way in `.env` and in code.
 */

/**
 * What a URL's password is: `real` (someone chose or generated it),
 * `default` (a database image's or a tutorial's: `postgres`, `guest`,
 * `changeme`), `stand-in` (a pattern or a placeholder that is none of
 * those) or null (no password: empty, a reference such as `${DB_PASSWORD}`,
 * a mask, or the user name repeated).
 */
export function judgeUrlPassword(user: string, password: string): 'real' | 'default' | 'stand-in' | null {
  const pw = decodeSafe(password);
  // `postgres://saleor:saleor@db/saleor`: a password that repeats the user name is a local default.
  if (pw === decodeSafe(user)) return null;
  // Both written as names in capitals say what goes there: Symfony's `mailgun+api://API_KEY:DOMAIN@default`,
  // `smtp://USER:PASSWORD@host`. A password in capitals beside a real user name (`scott:TIGER`) is a password.
  if (CAPITALS_NAME.test(user) && CAPITALS_NAME.test(pw) && pw.split('_').every(readsAsCapitalWord)) return 'stand-in';
  // A password in capitals that names the kind of credential to put there, whatever the user: wekan's docs'
  // `https://Bearer:APIKEY@…`, `oauth2:ACCESS_TOKEN@`.
  if (CAPITALS_NAME.test(pw) && (pw.includes('_') || CREDENTIAL_WORD.test(pw)) && CREDENTIAL_KIND.test(pw.replace(/_/g, '').toLowerCase())) return 'stand-in';
  // Field names in Pascal or camel case, as a form's help or a format's documentation writes them: Apprise's
  // `twilio://AccountSid:AuthToken@FromPhoneNo`, `ApiKey` beside `UserName`.
  if (FIELD_NAME.test(user) && FIELD_NAME.test(pw) && /[A-Z]/.test(user) && /[A-Z]/.test(pw) && CREDENTIAL_KIND.test(pw.toLowerCase())) return 'stand-in';
  // The same in snake case, a format's documentation naming its fields: `cloudinary://api_key:api_secret@cloud_name`.
  if (SNAKE_FIELD_NAME.test(user) && SNAKE_FIELD_NAME.test(pw) && pw.includes('_') && CREDENTIAL_KIND.test(pw.replace(/_/g, ''))) return 'stand-in';
  return judgePassword(pw);
}

/** The same for a password already taken out of its URL or connection string (and decoded). */
export function judgePassword(pw: string): 'real' | 'default' | 'stand-in' | null {
  if (pw === '' || isEnvReference(pw) || isBlankOrMarker(pw) || REDACTION_MARKED.test(pw) || REDACTION_WORD.test(pw)) return null;
  if (looksLikeSecret(pw) || looksLikePassword(pw)) return 'real';
  return isStandInValue(pw) ? 'default' : 'stand-in';
}

/**
 * What a tool writes where it took a password out (`---REDACTED---`, `[FILTERED]`, `<masked>`, `REDACTED`): a report's or
 * a log's URL, with no password left in it.
 */
const REDACTION_MARKED = /^[-_*=#.\[(<{]{1,8}(?:redacted|filtered|masked|hidden|removed|scrubbed|sanitized|censored|obfuscated)[-_*=#.\])>}]{0,8}$/i;
/** The same word alone only in capitals, as tools write it: a password may be the word `hidden`. */
const REDACTION_WORD = /^(?:REDACTED|FILTERED|MASKED|HIDDEN|REMOVED|SCRUBBED|SANITIZED|CENSORED|OBFUSCATED)[-_*=#.\])>}]{0,8}$/;

/** Words, not random capitals (`HXQZJWRKTVBN`): an acronym (`SMTP`), or a fifth of it vowels at least and no six consonants in a row. */
function readsAsCapitalWord(w: string): boolean {
  if (w.length <= 4) return true;
  const vowels = w.replace(/[^AEIOUY]/g, '').length;
  return vowels * 5 >= w.length && !/[^AEIOUY]{6}/.test(w);
}

/**
 * A credential's kind as one word in capitals, which a password chosen in capitals (`MYPASS`, `DEPLOYKEY`) is not:
 * `APIKEY`, `TOKEN`. Words joined by `_` (`API_KEY`, `YOUR_PAT`) are read by `CREDENTIAL_KIND` alone.
 */
const CREDENTIAL_WORD = /^(?:API|ACCESS|AUTH)?(?:KEY|TOKEN)$|^(?:PAT|SECRET|PASSWORD|PASSWD|PWD)$/;
/** The kind of a credential, as a placeholder names it (`APIKEY`, `API_TOKEN`, `YOUR_PAT`), lower-case without `_`. */
const CREDENTIAL_KIND = /^(?:your|my)?(?:api|app|auth|access|personal|private|secret|bearer|oauth|client|deploy|github|gitlab)?(?:key|token|secret|pass|password|passwd|pwd|pat)$/;

/** A field's name in Pascal or camel case, words of letters: `AccountSid`, `AuthToken`, `userName`. */
const FIELD_NAME = /^[A-Za-z][a-z]{1,15}(?:[A-Z][a-z]{1,15}){0,4}$/;

/** A field's name in snake case, words of lower-case letters: `api_key`, `api_secret`, `user`. */
const SNAKE_FIELD_NAME = /^[a-z]{2,15}(?:_[a-z]{2,15}){0,4}$/;

/** Words in capitals, maybe joined by `_`: `DOMAIN`, `SECRET_KEY`, `YOUR_PASSWORD`. */
const CAPITALS_NAME = /^[A-Z]{2,12}(?:_[A-Z]{1,12}){0,4}$/;

/** What RFC 3986 allows in userinfo: unreserved, percent-escapes, sub-delimiters. */
const USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9\-_]{0,62})(?:\.[A-Za-z0-9\-_]{1,63}){0,20}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * Hosts that exist only in documentation: the reserved `example.*` names
 * and `.test`/`.invalid`/`.example` domains (RFC 2606), and names that say
 * they stand for a host (`host`, `your-server`, `db.example`).
 */
function isDocumentationHost(host: string): boolean {
  const h = host.toLowerCase();
  if (/(?:^|\.)example\.(?:com|org|net|edu)$/.test(h) || /\.(?:example|test|invalid)$/.test(h) || /(?:^|\.)example$/.test(h)) return true;
  return /^(?:host|hostname|server|domain|your[-_.a-z0-9]*|my-?host|my-?server|some-?host)$/.test(h);
}

/**
 * Hosts on the developer's own machine, or on a private network of
 * containers: a single-label name such as a compose service (`db`,
 * `redis`) resolves only inside that network.
 */
function isLocalHost(host: string): boolean {
  return isLoopbackHost(host) || /^[a-z][a-z0-9_-]*$/.test(host.toLowerCase());
}

/**
 * Whether a URL's authority names an account at a provider, not a host of the network its service runs on, though
 * it is one label: Cloudinary's `cloudinary://<api key>:<api secret>@<cloud name>` (the key and secret go to
 * api.cloudinary.com), and Symfony's mailer and notifier DSNs for a provider, whose host `default` stands for the
 * provider's own servers (`twilio://SID:TOKEN@default`, `ses+smtp://USER:PASS@default`). Its password goes to the
 * provider, wherever the application runs. Not `redis://default:…@default`, a service's.
 */
function namesAnAccount(scheme: string, host: string): boolean {
  const s = scheme.toLowerCase();
  if (s === 'cloudinary') return true;
  return host.toLowerCase() === 'default' && !LOCAL_SERVICE_SCHEME.test(s);
}
/**
 * Schemes of services a project runs itself, whose host `default` is one of its own (a compose service so named), and
 * Symfony's transports that need no provider: any other scheme with the host `default` is a provider's DSN
 * (`twilio://SID:TOKEN@default`, `ses+smtp://…@default`).
 */
const LOCAL_SERVICE_SCHEME = /^(?:smtps?|sendmail|native|null|https?|redis|rediss|valkey|postgres|postgresql|mysql|mariadb|mongodb|amqps?|memcached|ldaps?|s?ftp|imaps?|pop3s?|nats|mqtt|kafka)(?:\+[a-z0-9]+)?$/;

/**
 * Where a URL's password slot holds no password: Mailgun's API transports in Symfony (`mailgun://KEY:DOMAIN@default`,
 * `mailgun+api://…`, `mailgun+https://…`), whose key is the user and whose domain takes the password's place.
 */
function holdsNoPassword(scheme: string): boolean {
  return /^mailgun(?:\+(?:api|https?))?$/i.test(scheme);
}

/** This machine: `localhost`, `*.localhost`, `127.0.0.1`, `[::1]`, `0.0.0.0`, Docker's `host.docker.internal`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0' || h === '[::1]' || h === 'host.docker.internal') return true;
  return /^127\.\d+\.\d+\.\d+$/.test(h);
}

export interface UrlPassword {
  /** 0-based start and exclusive end of the password in the line. */
  start: number;
  end: number;
  value: string;
  host: string;
  /** On the developer's own machine or a private network of containers: a notice, not a leak. */
  local: boolean;
}

/**
 * Real-looking passwords in the URLs of one line. Not reported: a user
 * without a password (`git@`, a Sentry DSN's public key), placeholders and
 * defaults (`user:password`, `postgres:postgres`, `<password>`, `***`),
 * references (`${DB_PASSWORD}`, `%s`, `{password}`), documentation hosts
 * (`example.com`), and anything that is not a URL (a regex, a format string).
 */
export function urlPasswords(line: string): UrlPassword[] {
  const out: UrlPassword[] = [];
  for (const c of urlCredentials(line)) {
    const colon = c.start - 1;
    if (line[colon] !== ':') continue; // a token as the user: the token formats judge it
    const userStart = line.lastIndexOf('//', colon) + 2;
    const user = line.slice(userStart, colon);
    const host = c.host.replace(/:\d{1,5}$/, '');
    // An `@` left unescaped in a password is a mistake, but the password is still the part before the host's `@`.
    // A host of digits only is none: `zeppelin@https://acme.io:8080@root@123456` is an id made of a URL and more.
    if (!USERINFO.test(user) || !USERINFO.test(c.value.replace(/@/g, '%40')) || !HOST.test(c.host) || /^\d+$/.test(host)) continue;
    if (isDocumentationHost(host) || isPatternedValue(c.value)) continue;
    // Mailgun's key is the user there: judged as the password would be.
    if (holdsNoPassword(c.scheme ?? '')) {
      if (judgePassword(decodeSafe(user)) === 'real') out.push({ start: userStart, end: colon, value: user, host, local: false });
      continue;
    }
    if (judgeUrlPassword(user, c.value) !== 'real') continue;
    out.push({ start: c.start, end: c.end, value: c.value, host, local: isLocalHost(host) && !namesAnAccount(c.scheme ?? '', host) });
  }
  if (line.includes('@tcp(') || line.includes('@unix(')) dsnPasswords(line, out);
  return out;
}

/**
 * Go's MySQL driver writes its data source names without a scheme: `user:password@tcp(host:3306)/db`,
 * `user:password@unix(/run/mysqld/mysqld.sock)/db`. An empty address (`@tcp()`) is the local server.
 */
function dsnPasswords(line: string, out: UrlPassword[]): void {
  for (const m of line.matchAll(DSN)) {
    const [, user, password, protocol, address] = m;
    const start = m.index + user!.length + 1;
    const host = protocol === 'unix' || address === '' ? 'localhost' : address!.replace(/:\d{1,5}$/, '');
    if (!USERINFO.test(user!) || (protocol === 'tcp' && address !== '' && !HOST.test(address!))) continue;
    if (isDocumentationHost(host) || isPatternedValue(password!)) continue;
    if (judgeUrlPassword(user!, password!) !== 'real') continue;
    out.push({ start, end: start + password!.length, value: password!, host, local: isLocalHost(host) });
  }
}
/**
 * `user:password@tcp(address)` after a quote, a space, `=`, the line's start, or a scheme (`mysql://`), whose `:` is
 * then not the user's (user and password: no quote, space or `@`).
 */
const DSN = /(?<=^|["'`\s=]|:\/\/)([^"'`\s=:@/]{1,64}):(?!\/\/)([^"'`\s@]{1,128})@(tcp|unix)\(([^)"'`\s]{0,255})\)/g;

/**
 * Whether `buf` holds `://` followed, before the host part ends, by a `:`
 * and then an `@`: the only files worth decoding for this check. A byte
 * search, so files full of plain URLs cost almost nothing.
 */
export function mayHoldUrlPassword(buf: Buffer): boolean {
  // Most files hold no `@` at all, and a byte is found faster than a string.
  if (buf.indexOf(64) < 0) return false;
  if (buf.indexOf('@tcp(') >= 0 || buf.indexOf('@unix(') >= 0) return true;
  for (let at = buf.indexOf('://'); at >= 0; at = buf.indexOf('://', at + 3)) {
    let colon = false;
    for (let i = at + 3; i < buf.length && i < at + 3 + 512; i++) {
      const b = buf[i]!;
      if (b === 64 /* @ */) {
        if (colon) return true;
        break;
      }
      if (b === 58 /* : */) colon = true;
      else if (b === 47 || b <= 32 || b === 34 || b === 39 || b === 60 || b === 62 || b === 63 || b === 35) break;
    }
  }
  return false;
}
