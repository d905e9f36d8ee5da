/** Prefixes that frameworks expose to the browser on purpose: such keys are public by design. */
export const PUBLIC_ENV_PREFIXES = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'PUBLIC_', 'GATSBY_'];

const SECRET_WORDS = /(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PWD|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|AUTH|SALT|DSN|SIGNING|_KEY$|^KEY$|APP_KEY)/i;

/** A key whose name says it holds a secret (`DATABASE_PASSWORD`, `STRIPE_API_KEY`, `APP_KEY`). */
export function isSecretKeyName(key: string): boolean {
  if (/PUBLISHABLE|PUBLIC_KEY$/i.test(key)) return false;
  return SECRET_WORDS.test(key);
}

export function isPublicKey(key: string, prefixes: readonly string[]): boolean {
  const upper = key.toUpperCase();
  return prefixes.some((p) => upper.startsWith(p.toUpperCase()));
}
