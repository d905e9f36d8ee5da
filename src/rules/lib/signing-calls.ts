import type { Line } from '../../core/text';
import type { Lang } from './filetype';
import { isIdentifierCode } from './literal';
import { normalizeName, normalizesTo } from './secret-names';

/**
 * Calls whose signature says an argument is a signing secret, whatever the
 * variable around it is called: `jwt.sign(payload, key)`, PyJWT
 * `jwt.encode(payload, key)`, ruby-jwt and php-jwt `JWT.encode`,
 * `cookieParser(secret)`, jwt-go `SignedString(key)`, JJWT `signWith(alg, key)`,
 * gorilla `sessions.NewCookieStore([]byte(key))`, auth0 java-jwt
 * `Algorithm.HMAC256(key)`, .NET `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))`, fastapi-users'
 * `JWTStrategy(secret=key)`, Rust's
 * `EncodingKey::from_secret(key)`, and the key of an HMAC
 * (`crypto.createHmac('sha256', key)`, `hmac.new(key, …)`, `hash_hmac('sha256', data, key)`).
 */
export interface SigningCall {
  /** How the finding names the argument, e.g. `jwt.sign()` key. */
  subject: string;
  /** 0-based index of the secret argument. */
  arg: number;
  /** An HMAC's key rather than a token's or a cookie's. */
  hmac?: true;
  /** The secret argument's keyword, where the language passes arguments by name too (Python's `Fernet(key=…)`). */
  keyword?: string;
  /**
   * The key is a signing key only when the arguments after it name an HMAC (`"HmacSHA256"`, `HS256`): the JCA's
   * `new SecretKeySpec(bytes, algorithm)` makes keys of every kind.
   */
  macOnly?: true;
}

const JWT_METHODS = new Set(['sign', 'verify', 'encode', 'decode']);
/** .NET's keyed hash classes (`new HMACSHA256(key)`), as `normalizeName` writes them. */
const DOTNET_HMACS = ['hmacsha1', 'hmacsha256', 'hmacsha384', 'hmacsha512', 'hmacmd5'];
/** Every method name `signingCall` accepts, as `normalizeName` writes it. */
const SIGNING_METHODS = new Set([
  ...JWT_METHODS, 'cookieparser', 'signedstring', 'signwith', 'newcookiestore', 'newfilesystemstore', 'newstore', 'new', 'hmac256', 'hmac384',
  'hmac512', 'jwtstrategy', 'signedcookiesessionfactory', 'authtktcookiehelper', 'authtktauthenticationpolicy', 'signedserializer', 'createsignedvalue', 'decodesignedvalue', 'fromsecret', 'frombase64secret', 'fernet', 'sessiontransporttransformermessageauthentication', 'sessiontransporttransformerencrypt', 'symmetricsecuritykey', 'jwtverify', 'hmacshakeyfor', 'secretkeyspec', 'createhmac', 'hashhmac', 'digest', 'hexdigest', 'base64digest', ...DOTNET_HMACS,
]);
/** Pyramid's and Tornado's signers whose first argument (`secret=`) is the key, as `normalizeName` writes them. */
const PYRAMID_SIGNERS = new Set(['signedcookiesessionfactory', 'authtktcookiehelper', 'authtktauthenticationpolicy', 'signedserializer', 'createsignedvalue', 'decodesignedvalue']);
/** Tornado's module functions, whose request handlers' methods of the same name take no secret. */
const TORNADO_SIGNERS = new Set(['createsignedvalue', 'decodesignedvalue']);
/** How far back `calleeBefore` looks. */
const MAX_CALLEE = 80;

/**
 * The cheap test before `calleeBefore` and `signingCall`, for a call whose
 * `(` is at `paren`: false when the name right before it is no method
 * `signingCall` accepts (most calls on a line are not signing calls).
 */
export function maySignAt(s: string, paren: number): boolean {
  let k = paren;
  while (k > 0 && paren - k < MAX_CALLEE && isIdentifierCode(s.charCodeAt(k - 1))) k--;
  // No plain name right before the `(`, or one `calleeBefore` joins to what precedes it
  // (`get<T>`, `a()b`, as `normalizeName` drops the brackets): the full test decides.
  if (k === paren || (k > 0 && paren - k < MAX_CALLEE && (s[k - 1] === '>' || s[k - 1] === ')'))) return true;
  return SIGNING_METHODS.has(normalizeName(s.slice(k, paren)));
}

/**
 * `callee` is the dotted chain before `(` (PHP `::`/`->` already turned into
 * dots), as written. Returns which argument holds the secret, or null.
 */
export function signingCall(callee: string, lang: Lang): SigningCall | null {
  const segs = callee.split('.').filter((s) => s.length > 0);
  const method = normalizeName(segs[segs.length - 1] ?? '');
  const receiver = normalizeName(segs[segs.length - 2] ?? '');
  if (JWT_METHODS.has(method) && (receiver === 'jwt' || receiver === 'jsonwebtoken' || receiver === 'pyjwt')) {
    return { subject: `\`${segs.slice(-2).join('.')}()\` key`, arg: 1, ...(lang === 'python' ? { keyword: 'key' } : {}) };
  }
  if (method === 'cookieparser' && segs.length === 1 && lang === 'js') return { subject: '`cookieParser()` secret', arg: 0 };
  // jose: `jwtVerify(token, key)` checks an HS256 token with the key's bytes (`new TextEncoder().encode(…)`).
  if (method === 'jwtverify' && lang === 'js') return { subject: '`jwtVerify()` key', arg: 1 };
  if (method === 'signedstring' && lang === 'go') return { subject: '`SignedString()` key', arg: 0 };
  if (method === 'signwith' && lang === 'jvm') return { subject: '`signWith()` key', arg: 1 };
  // JJWT's `Keys.hmacShaKeyFor(bytes)` is the HMAC key it signs and checks tokens with (`signWith(key)`, `verifyWith(key)`).
  if (method === 'hmacshakeyfor' && (segs.length === 1 || receiver === 'keys') && lang === 'jvm') return { subject: '`Keys.hmacShaKeyFor()` key', arg: 0 };
  // The JCA's `new SecretKeySpec(bytes, "HmacSHA256")`: the key a `Mac` signs with, or a JWT library's HMAC key.
  if (method === 'secretkeyspec' && (segs.length === 1 || receiver === 'spec') && lang === 'jvm') return { subject: '`SecretKeySpec` HMAC key', arg: 0, hmac: true, macOnly: true };
  // auth0 java-jwt: `Algorithm.HMAC256(secret)` makes the HMAC signer from its one argument.
  if ((method === 'hmac256' || method === 'hmac384' || method === 'hmac512') && receiver === 'algorithm' && lang === 'jvm') {
    return { subject: `\`Algorithm.${segs[segs.length - 1]}()\` key`, arg: 0 };
  }
  // Rust's jsonwebtoken: `EncodingKey::from_secret(b"…")` and `DecodingKey::from_secret(…)` are the HS256 key's bytes
  // (`from_base64_secret("…")`: in base64).
  if ((method === 'fromsecret' || method === 'frombase64secret') && (receiver === 'encodingkey' || receiver === 'decodingkey') && lang === 'rust') {
    return { subject: `\`${segs.slice(-2).join('::')}()\` key`, arg: 0 };
  }
  // Python's `cryptography`: `Fernet(key)` encrypts and signs with it (`fernet.Fernet(key)` from the module).
  if (method === 'fernet' && (segs.length === 1 || receiver === 'fernet') && lang === 'python') return { subject: '`Fernet()` key', arg: 0, keyword: 'key' };
  // Pyramid signs its session cookie, its auth ticket and its serialized values with the secret it is given first:
  // `SignedCookieSessionFactory('itsaseekreet')`, `AuthTktCookieHelper(secret)`, `AuthTktAuthenticationPolicy(secret)`,
  // `SignedSerializer(secret, salt)`. Tornado's `create_signed_value(secret, name, value)` and its decoding twin sign
  // a cookie's value as `cookie_secret` does.
  // (A request handler's own `self.create_signed_value(name, value)` takes the cookie's name first: only the module's.)
  if (lang === 'python' && PYRAMID_SIGNERS.has(method) && (!TORNADO_SIGNERS.has(method) || segs.length === 1 || receiver === 'web')) {
    return { subject: `\`${segs[segs.length - 1]}()\` secret`, arg: 0, keyword: 'secret' };
  }
  // fastapi-users: `JWTStrategy(secret=SECRET, lifetime_seconds=3600)` signs and checks its access tokens with `secret`.
  if (method === 'jwtstrategy' && lang === 'python') return { subject: '`JWTStrategy()` secret', arg: 0, keyword: 'secret' };
  // Ktor's sessions: `SessionTransportTransformerMessageAuthentication(signKey)` signs the session cookie with its key,
  // `SessionTransportTransformerEncrypt(encryptionKey, signKey)` encrypts it and signs with its second.
  if (method === 'sessiontransporttransformermessageauthentication' && lang === 'jvm') return { subject: '`SessionTransportTransformerMessageAuthentication()` key', arg: 0 };
  if (method === 'sessiontransporttransformerencrypt' && lang === 'jvm') return { subject: '`SessionTransportTransformerEncrypt()` sign key', arg: 1 };
  // .NET: `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))` is the HMAC key ASP.NET Core signs and checks JWTs with.
  if (method === 'symmetricsecuritykey' && lang === 'csharp') return { subject: '`SymmetricSecurityKey` key', arg: 0 };
  // An HMAC's key, which whoever holds it signs any message with: Node's `crypto.createHmac(algorithm, key)`, Python's
  // `hmac.new(key, …)`, PHP's `hash_hmac(algo, data, key)`, Ruby's `OpenSSL::HMAC.hexdigest(digest, key, data)`,
  // Go's `hmac.New(hash, key)`, .NET's `new HMACSHA256(key)`.
  const hmac = hmacKeyArgument(segs, method, receiver, lang);
  if (hmac >= 0) return { subject: `\`${segs.slice(-2).join('.')}()\` key`, arg: hmac, hmac: true, ...(lang === 'python' ? { keyword: 'key' } : {}) };
  if (lang === 'go') {
    // gorilla/sessions, gin-contrib/sessions and gorilla/securecookie take the authentication key first.
    if (method === 'newcookiestore') return { subject: '`NewCookieStore()` key', arg: 0 };
    if (method === 'newfilesystemstore') return { subject: '`NewFilesystemStore()` key', arg: 1 };
    if (method === 'newstore' && (receiver === 'cookie' || receiver === 'memstore')) return { subject: `\`${segs.slice(-2).join('.')}()\` key`, arg: 0 };
    if (method === 'new' && receiver === 'securecookie') return { subject: '`securecookie.New()` hash key', arg: 0 };
    // go-chi/jwtauth: `jwtauth.New("HS256", []byte("…"), nil)` signs and verifies with its second argument.
    if (method === 'new' && receiver === 'jwtauth') return { subject: '`jwtauth.New()` key', arg: 1 };
  }
  return null;
}

/** Which argument of an HMAC's constructor or function is its key (see `signingCall`), or -1. */
function hmacKeyArgument(segs: readonly string[], method: string, receiver: string, lang: Lang): number {
  switch (lang) {
    case 'js':
      // Node's spelling: better-auth's `createHMAC("SHA-256", "base64urlnopad")` takes an encoding there.
      return segs[segs.length - 1] === 'createHmac' && (segs.length === 1 || receiver === 'crypto') ? 1 : -1;
    case 'python':
      return (method === 'new' || method === 'digest') && receiver === 'hmac' && segs.length === 2 ? 0 : -1;
    case 'php':
      return method === 'hashhmac' && segs.length === 1 ? 2 : -1;
    case 'ruby':
      return (method === 'hexdigest' || method === 'digest' || method === 'base64digest') && receiver === 'hmac' ? 1 : -1;
    case 'go':
      return method === 'new' && receiver === 'hmac' && segs.length === 2 ? 1 : -1;
    case 'csharp':
      return DOTNET_HMACS.includes(method) && segs.length === 1 ? 0 : -1;
    default:
      return -1;
  }
}

/** Words one of which every line with a signing call or a session/JWT options object holds (lower-case): the cheap line filter. */
export const SIGNING_CONTEXT_WORDS = ['jwt', 'session', 'cookie', 'store(', 'signedstring', 'signwith', 'hmac', 'fernet', 'authtkt', 'signedserializer', 'signed_value'] as const;

/** Keys that hold the secret inside a session or JWT options object. */
export function isContextKey(name: string): boolean {
  return isContextKeyAt(name, 0, name.length);
}

/** `isContextKey` for `s[start, end)`, without making a string of it. */
export function isContextKeyAt(s: string, start: number, end: number): boolean {
  return normalizesTo(s, start, end, 'secret') || normalizesTo(s, start, end, 'secretorprivatekey');
}

/**
 * A label says the object it opens configures sessions, cookies or JWTs, or
 * a Pusher client (`new Pusher({ appId, key, secret })`: the `key` is a
 * public id, the `secret` signs).
 */
export function isSigningLabel(label: string): boolean {
  // NextAuth (`NextAuth({`, `authOptions: NextAuthOptions = {`) and Better Auth (`betterAuth({`) sign and encrypt
  // their session tokens with `secret`.
  return /jwt|session|cookie|pusher|nextauth|authoptions|betterauth/i.test(label);
}

/** Most characters looked at when walking back to the object's opener. */
const WALK_LIMIT = 1500;

/** Characters that multi-line look-arounds may still visit in the current file. */
export interface WalkBudget {
  left: number;
}

/**
 * The label of the `{ … }` object that encloses `pos` on line `idx`: the
 * callee and arguments of the call it is passed to (`session({`,
 * `JwtModule.register({`, `fastify.register(jwtPlugin, {`), or the name it
 * is assigned to (`jwtConstants = {`); with `quotedKeys`, the quoted key it is
 * the value of too (`"googleMaps": {`); with `keywords`, the call whose
 * keyword arguments `pos` is among, with no braces (Ruby's
 * `ActiveRecord::Encryption.configure(primary_key: …`). Null when there is
 * none in reach.
 */
export function enclosingObjectLabel(lines: readonly Line[], idx: number, pos: number, shared: WalkBudget, quotedKeys = false, keywords = false): string | null {
  const limit = Math.max(0, Math.min(WALK_LIMIT, shared.left));
  const walk = { left: limit };
  const label = walkToLabel(lines, idx, pos, walk, quotedKeys, keywords);
  shared.left -= limit - walk.left;
  return label;
}

function walkToLabel(lines: readonly Line[], idx: number, pos: number, walk: WalkBudget, quotedKeys: boolean, keywords: boolean): string | null {
  let depth = 0;
  let object = false;
  const number = lines[idx]!.number;
  for (let k = idx; k >= 0 && walk.left > 0; k--) {
    const line = lines[k]!;
    // Windows of one long line overlap; walking into the previous one would count brackets twice.
    if (k !== idx && line.number === number) break;
    const t = line.text;
    for (let i = k === idx ? pos - 1 : t.length - 1; i >= 0 && walk.left > 0; i--, walk.left--) {
      const c = t[i]!;
      if (c === ')' || c === '}' || c === ']') {
        depth++;
        continue;
      }
      if (c !== '(' && c !== '{' && c !== '[') continue;
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c === '[') return null;
      if (c === '(') return object || keywords ? calleeBefore(t, i) + t.slice(i, i + 100) : null;
      if (object) return null; // an object inside an object: not the options themselves
      object = true;
      const before = prevSignificant(lines, k, i);
      if (before === null) return null;
      if (before.c === '(' || before.c === ',') continue; // an argument: the call decides
      if (before.c === '=' || before.c === ':') {
        const id = identifierBefore(lines[before.k]!.text, before.i);
        // `quotedKeys`: a JSON object's key names it too (`"googleMaps": {`).
        return id === '' && quotedKeys ? keyBefore(lines[before.k]!.text, before.i + 1) : id;
      }
      return null;
    }
  }
  return null;
}

function prevSignificant(lines: readonly Line[], k: number, i: number): { c: string; k: number; i: number } | null {
  for (let n = 0; k >= 0 && n < 3; k--, n++) {
    const t = lines[k]!.text;
    for (let j = n === 0 ? i - 1 : t.length - 1; j >= 0; j--) {
      const c = t[j]!;
      if (c !== ' ' && c !== '\t') return { c, k, i: j };
    }
  }
  return null;
}

/** Keys whose value shows readers an example (normalised): OpenAPI's `example`, pydantic's `{"example": {…}}`. */
const EXAMPLE_KEYS = new Set(['example', 'examples', 'xexample', 'xexamples']);
/** How many objects up `inExampleObject` looks for the `example` key. */
const EXAMPLE_LEVELS = 4;

/**
 * Whether `pos` of line `idx` sits in an object (a map, dict or hash) given as the value of an `example` or
 * `examples` key, at most four objects up: an API schema's example (OpenApiSpex's `example: %{tenant: %{…}}`,
 * pydantic's `json_schema_extra={"example": {…}}`, an OpenAPI document in code), which documentation shows.
 */
export function inExampleObject(lines: readonly Line[], idx: number, pos: number, shared: WalkBudget): boolean {
  const limit = Math.max(0, Math.min(WALK_LIMIT, shared.left));
  let left = limit;
  let depth = 0;
  let levels = 0;
  let found = false;
  const number = lines[idx]!.number;
  outer: for (let k = idx; k >= 0 && left > 0; k--) {
    const line = lines[k]!;
    if (k !== idx && line.number === number) break;
    const t = line.text;
    for (let i = k === idx ? pos - 1 : t.length - 1; i >= 0 && left > 0; i--, left--) {
      const c = t[i]!;
      if (c === ')' || c === '}' || c === ']') depth++;
      else if (c === '(' || c === '{' || c === '[') {
        if (depth > 0) {
          depth--;
          continue;
        }
        if ((c === '{' || c === '[') && EXAMPLE_KEYS.has(normalizeName(keyBefore(t, i)))) {
          found = true;
          break outer;
        }
        if (++levels >= EXAMPLE_LEVELS) break outer;
      }
    }
  }
  shared.left -= limit - left;
  return found;
}

/** The key an object opened at `i` is the value of, on the same line: `example` in `example: {`, `"example" => [`, `example: %{`. */
function keyBefore(t: string, i: number): string {
  let j = i - 1;
  if (t[j] === '%') j--; // an Elixir map
  while (j >= 0 && (t[j] === ' ' || t[j] === '\t')) j--;
  if (t[j] === '>' && t[j - 1] === '=') j -= 2;
  else if (t[j] === ':' || t[j] === '=') j--;
  else return '';
  while (j >= 0 && (t[j] === ' ' || t[j] === '\t')) j--;
  const q = t[j];
  if (q === '"' || q === "'") {
    const open = t.lastIndexOf(q, j - 1);
    return open >= 0 && j - open <= 40 ? t.slice(open + 1, j) : '';
  }
  const end = j + 1;
  while (j >= 0 && end - j <= 40 && /[A-Za-z0-9_-]/.test(t[j]!)) j--;
  return t.slice(j + 1, end);
}

/** The identifier (or type) right before `i`, skipping spaces: `jwtConstants` in `const jwtConstants = {`. */
function identifierBefore(t: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && (t[j] === ' ' || t[j] === '\t')) j--;
  const end = j + 1;
  while (j >= 0 && end - j < 80 && /[A-Za-z0-9_$.]/.test(t[j]!)) j--;
  return t.slice(j + 1, end);
}

/** The dotted identifier that ends right before index `b` (a `(` or `[`). */
export function calleeBefore(s: string, b: number): string {
  let k = b;
  let n = 0;
  while (k > 0 && n < MAX_CALLEE) {
    const c = s[k - 1]!;
    if (isCalleeCode(s.charCodeAt(k - 1))) {
      k--;
      n++;
      continue;
    }
    // `System.getenv().getOrDefault(`: keep an empty call in the receiver chain.
    if (c === ')' && s[k - 2] === '(') {
      k -= 2;
      n += 2;
      continue;
    }
    // TypeScript type arguments: `configService.get<string>(`, looked for within a few characters.
    if (c === '>' && s[k - 2] !== '-') {
      let lt = k - 2;
      while (lt >= 0 && k - lt < 40 && s[lt] !== '<' && /[\w.,| \[\]]/.test(s[lt]!)) lt--;
      if (lt > 0 && s[lt] === '<') {
        n += k - lt;
        k = lt;
        continue;
      }
    }
    // PHP and Ruby scope operators.
    if ((c === '>' && s[k - 2] === '-') || (c === ':' && s[k - 2] === ':')) {
      k -= 2;
      n += 2;
      continue;
    }
    break;
  }
  const callee = s.slice(k, b);
  // Most callees are plain dotted names: nothing to rewrite.
  if (!callee.includes('>') && !callee.includes(':')) return callee;
  return callee.replace(/->|::/g, '.').replace(/<[^<>]*>/g, '');
}

/** `[A-Za-z0-9_$.]`: a character of a dotted callee. */
function isCalleeCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
}
