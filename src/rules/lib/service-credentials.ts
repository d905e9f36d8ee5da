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
  const env = lowerSnake(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const m = SERVICE_SECRET.exec(env);
  if (!m || OWN_KEY_PREFIX.test(m[1]!) || !SERVICES.test(m[1]!)) return null;
  return m[1]!;
}

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
