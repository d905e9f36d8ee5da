import { lowerSnake } from './phrase';

/**
 * Whether an environment variable holds a credential a service issues (`STRIPE_SECRET_KEY`, `S3_SECRET_KEY`,
 * `MINIO_SECRET_KEY` beside `MINIO_ACCESS_KEY`), not a key the application makes for itself (`SECRET_KEY`,
 * `APP_SECRET`, `JWT_SECRET`): a fresh random value is no credential the service accepts. Told by a service's name
 * before it, or by the id the service issues with it among `siblings` (the other names of its file).
 */
export function isServiceCredential(name: string, siblings: readonly string[]): boolean {
  const m = SERVICE_SECRET.exec(name);
  if (!m) return false;
  const prefix = m[1]!;
  if (OWN_KEY_PREFIX.test(prefix)) return false;
  if (SERVICES.test(prefix)) return true;
  const ids = new Set(ISSUED_IDS.map((id) => `${prefix}_${id}`));
  return siblings.some((s) => ids.has(s));
}

/**
 * The service a setting's name says issued the secret it holds (`STRIPE` for `STRIPE_SECRET_KEY`, `stripe.secretKey`
 * or `stripe_secret_key`), by the service's name alone; null for an application's own key.
 */
export function issuingService(name: string): string | null {
  // The setting's own name, with the object it is set on when that is all the name says (`config.stripe.secret_key`),
  // not the objects before it (`settings.STRIPE_SECRET_KEY`).
  const parts = name.split(/[.:]+/).filter((p) => p !== '');
  for (const n of [1, 2]) {
    if (parts.length < n) break;
    const env = lowerSnake(parts.slice(-n).join('_')).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    const m = SERVICE_SECRET.exec(env);
    // `APP_SECRET` alone is the application's; under `settings.FACEBOOK` it is Facebook's app's.
    if (!m || OWN_KEY_PREFIX.test(m[1]!)) continue;
    // A self-hosted store's own credentials (`MINIO_SECRET_KEY` of the `minio/minio` server) are whoever runs it's to set.
    if (!SERVICES.test(m[1]!) || SELF_HOSTED.test(m[1]!)) return null;
    return m[1]!;
  }
  return null;
}

/**
 * Whether a label (an object's key: `Facebook`, `twitter`, `google_oauth`) names a service that issues its app's
 * secret (not one run by whoever deploys it, such as MinIO).
 */
export function namesIssuingService(label: string): boolean {
  const env = lowerSnake(label).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return SERVICES.test(env) && !SELF_HOSTED.test(env);
}

/**
 * Services one runs oneself, whose server takes whatever credentials it is given: MinIO, Keycloak, and Pusher's
 * protocol, which soketi, laravel-websockets and Reverb serve with the app secret their deployer picks.
 */
const SELF_HOSTED = /(?:^|_)(?:MINIO|KEYCLOAK|PUSHER)$/;

/**
 * A name of a service's secret after a prefix, the shortest: `STRIPE_SECRET_KEY`, `AWS_SECRET_ACCESS_KEY`,
 * `GITHUB_CLIENT_SECRET` (prefix `GITHUB`, not `GITHUB_CLIENT`).
 */
const SERVICE_SECRET = /^([A-Z0-9]+(?:_[A-Z0-9]+){0,3}?)_(?:SECRET_ACCESS_KEY|ACCESS_KEY_SECRET|CLIENT_SECRET|API_SECRET|APP_SECRET|SECRET_KEY|SECRET)$/;
/** Prefixes of an application's own keys. */
const OWN_KEY_PREFIX = /^(?:APP|DJANGO|FLASK|RAILS|LARAVEL|SYMFONY|NEXTAUTH|AUTH|JWT|SESSION|COOKIE|SERVER|SIGNING|ENCRYPTION|[A-Z0-9_]*_(?:JWT|SESSION|COOKIE))$/;
/** Services whose name before a secret says it is theirs. */
const SERVICES = /^(?:[A-Z0-9]+_)?(?:STRIPE|AWS|S3|MINIO|R2|GCS|AZURE|TWILIO|SENDGRID|MAILGUN|POSTMARK|RECAPTCHA|HCAPTCHA|TURNSTILE|PAYPAL|BRAINTREE|GITHUB|GITLAB|GOOGLE|FACEBOOK|TWITTER|LINKEDIN|SLACK|DISCORD|OPENAI|ALGOLIA|PUSHER|CLOUDINARY|OKTA|KEYCLOAK|COGNITO|SPACES|WASABI|B2|BACKBLAZE|OSS|COS|QINIU|TENCENT|ALIYUN|WX|WECHAT)$/;
/** What a service issues beside a secret, by the suffix of its variable. */
const ISSUED_IDS = ['ACCESS_KEY', 'ACCESS_KEY_ID', 'KEY_ID', 'CLIENT_ID', 'APP_ID', 'PUBLISHABLE_KEY', 'PUBLIC_KEY', 'SITE_KEY', 'API_KEY'];

/**
 * The prefix of a name of a secret that is not one of the application's own keys (`NEYNAR` for `NEYNAR_SECRET_KEY`,
 * not `APP` for `APP_SECRET_KEY` nor `JWT` for `JWT_SECRET`), whatever the service; null for any other name.
 */
export function foreignSecretPrefix(name: string): string | null {
  const m = SERVICE_SECRET.exec(name);
  return m === null || OWN_KEY_PREFIX.test(m[1]!) || SELF_HOSTED.test(m[1]!) ? null : m[1]!;
}

/** Whether a prefix names a store one runs oneself (`MINIO`, `APP_MINIO`), whose server takes the credentials it is given. */
export function isSelfHostedPrefix(prefix: string): boolean {
  return SELF_HOSTED.test(prefix);
}
