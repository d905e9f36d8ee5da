import { LiteralSet } from '../../core/literal-set';
import { alternation } from '../../core/text';
import { hasCrc32Checksum, hasCrc32HexChecksum } from './checksum';
import { isWrittenPhrase } from './phrase';
/**
 * Provider token formats with a fixed prefix and a documented length and
 * alphabet, each as its provider describes it. Matching finds the prefixes
 * with one regular expression of literals and then walks a run of the
 * format's alphabet by hand, never further than its longest length, so the
 * cost stays linear in the line whatever it holds.
 */

export interface TokenMatch {
  format: TokenFormat;
  /** 0-based start of the match in the line and its exclusive end. */
  start: number;
  end: number;
  prefix: string;
  /** The token (for keyed formats, without the key; for PEM blocks, the first line of key material). */
  value: string;
  /** Where the token starts in the line: after the key of a keyed format, else `start`. */
  valueStart: number;
}

export interface TokenFormat {
  /** Stable id, used as the fingerprint key. */
  id: string;
  /** What the token is, for messages: "an AWS access key id". */
  label: string;
  /** Who issues it, for the list of what the rule covers. */
  provider: string;
  prefixes: readonly string[];
  /**
   * Reads the rest of a token whose prefix ends at `i`; returns the end of
   * the token, or -1 when what follows is not this format.
   */
  rest(s: string, i: number): number;
  /** The prefix is the key that names the value (`AccountKey=`), not part of the token. */
  keyed?: true;
  /** The provider's own check on a token of the right shape (a checksum); false: never issued. */
  issued?(value: string): boolean;
  /** Keys that grant nothing live (Stripe test mode): reported, but as notices. */
  notice?: true;
  /**
   * What the byte-level test over a whole file looks for, when not the
   * prefixes themselves: a part every token of the format holds. Short,
   * rare and shared parts (`shpa` for `shpat_`, `xoxe` for both `xoxe-`
   * forms) keep that one pass over every file as fast as it was with a
   * handful of providers.
   */
  literals?: readonly string[];
}

type CharTest = (c: number) => boolean;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter: CharTest = (c) => isUpper(c) || isLower(c);
const isUpperAlnum: CharTest = (c) => isUpper(c) || isDigit(c);
const isBase62: CharTest = (c) => isUpper(c) || isLower(c) || isDigit(c);
const isUrlSafe: CharTest = (c) => isBase62(c) || c === 95 /* _ */ || c === 45; /* - */
const isLowerAlnum: CharTest = (c) => isLower(c) || isDigit(c);
const isHex: CharTest = (c) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isSlackChar: CharTest = (c) => isBase62(c) || c === 45;
const isWordChar: CharTest = (c) => isBase62(c) || c === 95;
const isBase64Char: CharTest = (c) => isBase62(c) || c === 43 /* + */ || c === 47; /* / */
const isBase64: CharTest = (c) => isBase64Char(c) || c === 61; /* = */

type Rest = (s: string, i: number) => number;

/** Length of the run of `test` characters at `i`, counting at most `max + 1` so an overlong run shows. */
function run(s: string, i: number, test: CharTest, max: number): number {
  let n = 0;
  while (n <= max && i + n < s.length && test(s.charCodeAt(i + n))) n++;
  return n;
}

/** True when `i` is past the end or holds a character that cannot continue a word. */
function endsWord(s: string, i: number, test: CharTest = isWordChar): boolean {
  return i >= s.length || !test(s.charCodeAt(i));
}

/** Exactly `n` characters of `test`, then a word boundary. */
function exact(n: number, test: CharTest, boundary: CharTest = isWordChar): Rest {
  return (s, i) => {
    const len = run(s, i, test, n);
    return len === n && endsWord(s, i + n, boundary) ? i + n : -1;
  };
}

/** Between `min` and `max` characters of `test`, then a word boundary. */
function between(min: number, max: number, test: CharTest, boundary: CharTest = isWordChar): Rest {
  return (s, i) => {
    const len = run(s, i, test, max);
    return len >= min && len <= max && endsWord(s, i + len, boundary) ? i + len : -1;
  };
}

/** The same, and the token holds a digit somewhere. */
function withDigit(rest: Rest): Rest {
  return (s, i) => {
    const end = rest(s, i);
    return end >= 0 && /[0-9]/.test(s.slice(i, end)) ? end : -1;
  };
}

/** Whether `v` mixes at least `n` upper-case and `n` lower-case letters, as random text does (identifiers do not). */
function mixedCase(v: string, n: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
  }
  return upper >= n && lower >= n;
}

/** `github_pat_` + 22 base62 + `_` + 59 base62. */
function fineGrainedPat(s: string, i: number): number {
  if (run(s, i, isBase62, 22) !== 22 || s[i + 22] !== '_') return -1;
  const j = i + 23;
  return run(s, j, isBase62, 59) === 59 && endsWord(s, j + 59) ? j + 59 : -1;
}

/** `<app id>_` and a JWT: three base64url parts, the first two starting with `eyJ` (`{"`). */
function statelessInstallationToken(s: string, i: number): number {
  const id = run(s, i, isDigit, 12);
  if (id < 1 || id > 12 || s[i + id] !== '_') return -1;
  let j = i + id + 1;
  for (let part = 0; part < 3; part++) {
    if (part < 2 && !s.startsWith('eyJ', j)) return -1;
    const len = run(s, j, isUrlSafe, 2048);
    if (len < 10 || len > 2048) return -1;
    j += len;
    if (part < 2) {
      if (s[j] !== '.') return -1;
      j++;
    }
  }
  return endsWord(s, j, isUrlSafe) && s[j] !== '.' ? j : -1;
}

/** `-routable` tokens end in `.<2 lower-case letters or digits>.<5 to 12 more>`; -1 when there is no such tail. */
function routableTail(s: string, j: number): number {
  if (s[j] !== '.' || run(s, j + 1, isLowerAlnum, 2) !== 2 || s[j + 3] !== '.') return -1;
  const tail = run(s, j + 4, isLowerAlnum, 12);
  return tail >= 5 && tail <= 12 && endsWord(s, j + 4 + tail) ? j + 4 + tail : -1;
}

/**
 * `glpat-` + 20 url-safe characters; newer routable tokens carry a longer
 * payload and two dot-separated parts (`glpat-<payload>.01.<id>`).
 */
function gitlabPat(s: string, i: number): number {
  const len = run(s, i, isUrlSafe, 64);
  if (len < 20 || len > 64) return -1;
  const routed = routableTail(s, i + len);
  if (routed >= 0) return routed;
  return len === 20 && endsWord(s, i + len, isUrlSafe) ? i + len : -1;
}

/**
 * GitLab's other tokens (`gldt-`, `glrt-`, `glft-`, `gloas-`…): 20 to 64
 * url-safe characters, or the routable form. Words joined by dashes
 * (`glrt-runner-token-name`) are names, not tokens.
 */
function gitlabToken(s: string, i: number): number {
  const len = run(s, i, isUrlSafe, 80);
  if (len < 20 || len > 80) return -1;
  const routed = routableTail(s, i + len);
  const end = routed >= 0 ? routed : endsWord(s, i + len, isUrlSafe) && len <= 64 ? i + len : -1;
  if (end < 0) return -1;
  return /^[a-z-]+$/.test(s.slice(i, i + len)) ? -1 : end;
}

/** Slack: `xoxb-` then dash-separated parts starting with the workspace number. */
function slackToken(s: string, i: number): number {
  if (!isDigit(s.charCodeAt(i))) return -1;
  const len = run(s, i, isSlackChar, 250);
  if (len < 20 || len > 250 || !endsWord(s, i + len)) return -1;
  return s.slice(i, i + len).includes('-') ? i + len : -1;
}

/**
 * An incoming webhook: `hooks.slack.com/services/T…/B…/<24 letters and digits>`,
 * or a workflow trigger: `hooks.slack.com/workflows/T…/A…/<digits>/<secret>`.
 */
function slackWebhook(s: string, i: number): number {
  const kind = /^(?:services|workflows|triggers)\//.exec(s.slice(i, i + 10));
  if (!kind || s[i + kind[0].length] !== 'T') return -1;
  let j = i + kind[0].length;
  const parts: number[] = [];
  for (let k = 0; k < 4; k++) {
    const len = run(s, j, isBase62, 64);
    if (len === 0 || len > 64) break;
    parts.push(len);
    j += len;
    if (s[j] !== '/' || k === 3) break;
    j++;
  }
  if (parts.length < 3 || s[j - 1] === '/' || !endsWord(s, j)) return -1;
  const secret = parts[parts.length - 1]!;
  return secret >= 24 && secret <= 40 ? j : -1;
}

/** Discord: `…/api/webhooks/<id: 17 to 20 digits>/<token>`. */
function discordWebhook(s: string, i: number): number {
  const id = run(s, i, isDigit, 20);
  if (id < 17 || id > 20 || s[i + id] !== '/') return -1;
  const j = i + id + 1;
  const len = run(s, j, isUrlSafe, 80);
  return len >= 60 && len <= 80 && endsWord(s, j + len, isUrlSafe) ? j + len : -1;
}

/** Telegram: `<bot id: 8 to 10 digits>:<35 url-safe characters>`. */
export function telegramToken(s: string, i: number): number {
  const id = run(s, i, isDigit, 10);
  if (id < 8 || id > 10 || s[i + id] !== ':') return -1;
  const j = i + id + 1;
  return run(s, j, isUrlSafe, 35) === 35 && endsWord(s, j + 35, isUrlSafe) ? j + 35 : -1;
}

/**
 * OpenAI: `sk-`, `sk-proj-`, `sk-svcacct-` or `sk-admin-` keys all carry
 * `T3BlbkFJ` (base64 for "OpenAI") inside their random part.
 */
const OPENAI_MARK = 'T3BlbkFJ';
function openaiKey(s: string, i: number): number {
  const len = run(s, i, isUrlSafe, 300);
  if (len < 40 || len > 300 || !endsWord(s, i + len, isUrlSafe)) return -1;
  const body = s.slice(i, i + len);
  const mark = body.indexOf(OPENAI_MARK);
  return mark >= 20 && body.length - mark - OPENAI_MARK.length >= 20 ? i + len : -1;
}

/** Anthropic: `sk-ant-<kind><2 digits>-` + 80 to 120 url-safe characters ending in `AA`. */
function anthropicKey(s: string, i: number): number {
  const kind = /^(?:api|admin|oat|ort|sid)\d\d-/.exec(s.slice(i, i + 10));
  if (!kind) return -1;
  const j = i + kind[0].length;
  const len = run(s, j, isUrlSafe, 120);
  if (len < 80 || len > 120 || !endsWord(s, j + len, isUrlSafe)) return -1;
  return s.startsWith('AA', j + len - 2) ? j + len : -1;
}

/** SendGrid: `SG.` + 22 + `.` + 43 url-safe characters. */
function sendgridKey(s: string, i: number): number {
  if (run(s, i, isUrlSafe, 22) !== 22 || s[i + 22] !== '.') return -1;
  const j = i + 23;
  return run(s, j, isUrlSafe, 43) === 43 && endsWord(s, j + 43, isUrlSafe) ? j + 43 : -1;
}

/** Databricks: `dapi` + 32 hex digits (lower case as issued), with an optional `-<digit>` suffix. */
function databricksToken(s: string, i: number): number {
  if (run(s, i, isHex, 32) !== 32) return -1;
  const j = i + 32;
  if (s[j] === '-' && isDigit(s.charCodeAt(j + 1)) && endsWord(s, j + 2)) return j + 2;
  return endsWord(s, j) ? j : -1;
}

/** Grafana service account token: `glsa_` + 32 base62 + `_` + 8 hex digits. */
function grafanaServiceAccount(s: string, i: number): number {
  if (run(s, i, isBase62, 32) !== 32 || s[i + 32] !== '_') return -1;
  const j = i + 33;
  return run(s, j, isHex, 8) === 8 && endsWord(s, j + 8) ? j + 8 : -1;
}

/** The rest of base64 of a JSON object whose `eyJ` (`{"`) ends the prefix, as Grafana Cloud (`glc_`) and 1Password (`ops_`) tokens carry. */
function base64Json(min: number, max: number): Rest {
  return (s, i) => {
    const len = run(s, i, (c) => isBase64Char(c) || c === 95 || c === 45, max);
    if (len < min || len > max) return -1;
    let j = i + len;
    while (s[j] === '=' && j < i + len + 2) j++;
    return endsWord(s, j, isBase64) ? j : -1;
  };
}

/** Grafana's legacy API keys: base64 of `{"k":"…","n":"…","id":…}`. */
function grafanaLegacyKey(s: string, i: number): number {
  const len = run(s, i, isBase64Char, 200);
  if (len < 40 || len > 200) return -1;
  let j = i + len;
  while (s[j] === '=' && j < i + len + 2) j++;
  if (!endsWord(s, j, isBase64)) return -1;
  const json = Buffer.from('eyJrIjoi' + s.slice(i, j), 'base64').toString('latin1');
  return /^\{"k":"[A-Za-z0-9]{16,64}","n":"/.test(json) ? j : -1;
}

/** Tailscale: `tskey-<type>-<key id>-<secret>`, the key id ending in `CNTRL` in current keys. */
function tailscaleKey(s: string, i: number): number {
  const type = run(s, i, isLower, 12);
  if (type < 3 || s[i + type] !== '-') return -1;
  const j = i + type + 1;
  const id = run(s, j, isBase62, 40);
  if (id < 4 || id > 40 || s[j + id] !== '-') return -1;
  const k = j + id + 1;
  const secret = run(s, k, isBase62, 64);
  return secret >= 16 && secret <= 64 && endsWord(s, k + secret, isUrlSafe) ? k + secret : -1;
}

/** Azure storage account key: 64 bytes in base64 (86 characters and `==`). */
function azureStorageKey(s: string, i: number): number {
  if (run(s, i, isBase64Char, 86) !== 86 || !s.startsWith('==', i + 86)) return -1;
  return endsWord(s, i + 88, isBase64) ? i + 88 : -1;
}

/** Azure Service Bus, Event Hubs and IoT Hub shared access key: 32 bytes in base64 (43 characters and `=`). */
function azureSharedAccessKey(s: string, i: number): number {
  if (run(s, i, isBase64Char, 43) !== 43 || s[i + 43] !== '=') return -1;
  return endsWord(s, i + 44, isBase64) ? i + 44 : -1;
}

const PEM_BEGIN = '-----BEGIN ';

/** `RSA PRIVATE KEY-----`, `OPENSSH PRIVATE KEY-----`, `PGP PRIVATE KEY BLOCK-----`; never public keys or certificates. */
function pemHeader(s: string, i: number): number {
  const close = s.indexOf('-----', i);
  if (close < 0 || close - i > 60) return -1;
  const label = s.slice(i, close);
  return /^[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?$/.test(label) ? close + 5 : -1;
}

export const PEM_PRIVATE_KEY: TokenFormat = {
  id: 'pem-private-key',
  label: 'a PEM private key block',
  provider: 'Private keys',
  prefixes: [PEM_BEGIN],
  rest: pemHeader,
};

/** GitHub's and npm's 2021 formats: 30 random base62 characters and a 6-character CRC-32 checksum. */
const checksummed = (value: string) => hasCrc32Checksum(value.slice(value.length - 36));
/** Cloudflare's: 40 random characters and their CRC-32 in 8 lower-case hex digits. */
const hexChecksummed = (value: string) => hasCrc32HexChecksum(value.slice(value.length - 48));

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { id: 'aws-access-key-id', label: 'an AWS access key id', provider: 'AWS', prefixes: ['AKIA'], rest: exact(16, isUpperAlnum) },
  // `ASIA` starts ordinary upper-case words (`ASIAPACIFICSOUTHEAST`); temporary key ids carry digits.
  { id: 'aws-access-key-id', label: 'an AWS temporary access key id', provider: 'AWS', prefixes: ['ASIA'], rest: withDigit(exact(16, isUpperAlnum)) },
  {
    id: 'github-token',
    label: 'a GitHub token',
    provider: 'GitHub',
    prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    rest: exact(36, isBase62),
    issued: checksummed,
  },
  // Installation tokens since 2026: `ghs_<app id>_<JWT>`, about 520 characters.
  { id: 'github-token', label: 'a GitHub App installation token', provider: 'GitHub', prefixes: ['ghs_'], rest: statelessInstallationToken },
  { id: 'github-fine-grained-pat', label: 'a GitHub fine-grained personal access token', provider: 'GitHub', prefixes: ['github_pat_'], rest: fineGrainedPat },
  { id: 'gitlab-pat', label: 'a GitLab personal access token', provider: 'GitLab', prefixes: ['glpat-'], rest: gitlabPat },
  {
    id: 'gitlab-token',
    label: 'a GitLab token',
    provider: 'GitLab',
    prefixes: ['gloas-', 'gldt-', 'glrt-', 'glrtr-', 'glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
    rest: gitlabToken,
  },
  { id: 'gitlab-runner-registration-token', label: 'a GitLab runner registration token', provider: 'GitLab', prefixes: ['GR1348941'], rest: exact(20, isUrlSafe, isUrlSafe) },
  { id: 'slack-token', label: 'a Slack token', provider: 'Slack', prefixes: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'xoxs-', 'xoxe.xoxp-', 'xoxe-'], rest: slackToken },
  { id: 'slack-app-token', label: 'a Slack app-level token', provider: 'Slack', prefixes: ['xapp-'], rest: slackToken },
  { id: 'slack-webhook', label: 'a Slack webhook URL', provider: 'Slack', prefixes: ['hooks.slack.com/'], rest: slackWebhook },
  { id: 'stripe-live-key', label: 'a Stripe live secret or restricted key', provider: 'Stripe', prefixes: ['sk_live_', 'rk_live_'], rest: between(24, 247, isBase62) },
  { id: 'stripe-test-key', label: 'a Stripe test-mode key', provider: 'Stripe', prefixes: ['sk_test_', 'rk_test_'], rest: between(24, 247, isBase62), notice: true },
  { id: 'anthropic-api-key', label: 'an Anthropic API key', provider: 'Anthropic', prefixes: ['sk-ant-'], rest: anthropicKey },
  { id: 'openai-api-key', label: 'an OpenAI API key', provider: 'OpenAI', prefixes: ['sk-'], literals: ['T3BlbkFJ'], rest: openaiKey },
  { id: 'google-api-key', label: 'a Google API key', provider: 'Google', prefixes: ['AIza'], rest: exact(35, isUrlSafe, isUrlSafe) },
  { id: 'google-oauth-client-secret', label: 'a Google OAuth client secret', provider: 'Google', prefixes: ['GOCSPX-'], rest: exact(28, isUrlSafe, isUrlSafe) },
  { id: 'npm-token', label: 'an npm access token', provider: 'npm', prefixes: ['npm_'], rest: exact(36, isBase62), issued: checksummed },
  {
    id: 'pypi-token',
    label: 'a PyPI API token',
    provider: 'PyPI',
    // The macaroon's first bytes name its location: `pypi.org` or `test.pypi.org`.
    prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    literals: ['pypi-AgE'],
    rest: between(50, 2000, isUrlSafe, isUrlSafe),
  },
  { id: 'sendgrid-api-key', label: 'a SendGrid API key', provider: 'SendGrid', prefixes: ['SG.'], rest: sendgridKey },
  { id: 'shopify-token', label: 'a Shopify access token or shared secret', provider: 'Shopify', prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], rest: exact(32, isHex) },
  { id: 'linear-api-key', label: 'a Linear API key', provider: 'Linear', prefixes: ['lin_api_'], rest: exact(40, isBase62) },
  { id: 'linear-oauth-token', label: 'a Linear OAuth token', provider: 'Linear', prefixes: ['lin_oauth_'], rest: exact(64, isHex) },
  // Random letters mix upper and lower case; an identifier such as `hf_hubDownloadUrl…` does not.
  { id: 'huggingface-token', label: 'a Hugging Face access token', provider: 'Hugging Face', prefixes: ['hf_'], rest: exact(34, isLetter), issued: (v) => mixedCase(v.slice(3), 6) },
  { id: 'groq-api-key', label: 'a Groq API key', provider: 'Groq', prefixes: ['gsk_'], rest: exact(52, isBase62) },
  { id: 'vercel-token', label: 'a Vercel token or API key', provider: 'Vercel', prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], rest: between(40, 80, isUrlSafe, isUrlSafe) },
  { id: 'notion-token', label: 'a Notion integration token', provider: 'Notion', prefixes: ['ntn_'], rest: withDigit(between(40, 50, isBase62)) },
  { id: 'databricks-token', label: 'a Databricks access token', provider: 'Databricks', prefixes: ['dapi'], rest: databricksToken },
  { id: 'grafana-service-account-token', label: 'a Grafana service account token', provider: 'Grafana', prefixes: ['glsa_'], rest: grafanaServiceAccount },
  { id: 'grafana-cloud-token', label: 'a Grafana Cloud access policy token', provider: 'Grafana', prefixes: ['glc_eyJ'], rest: base64Json(29, 1024) },
  { id: 'grafana-api-key', label: 'a Grafana API key', provider: 'Grafana', prefixes: ['eyJrIjoi'], rest: grafanaLegacyKey },
  { id: 'figma-token', label: 'a Figma personal access token', provider: 'Figma', prefixes: ['figd_'], rest: withDigit(between(36, 64, isUrlSafe, isUrlSafe)) },
  // 40 random characters and a checksum: the CRC-32 of the 40 in 8 hex digits.
  { id: 'cloudflare-token', label: 'a Cloudflare API token or key', provider: 'Cloudflare', prefixes: ['cfk_', 'cfut_', 'cfat_'], rest: exact(48, isBase62), issued: hexChecksummed },
  { id: 'docker-token', label: 'a Docker access token', provider: 'Docker', prefixes: ['dckr_pat_', 'dckr_oat_'], literals: ['dckr_'], rest: between(27, 64, isUrlSafe, isUrlSafe) },
  { id: 'tailscale-key', label: 'a Tailscale key', provider: 'Tailscale', prefixes: ['tskey-'], rest: tailscaleKey },
  { id: 'onepassword-service-account-token', label: 'a 1Password service account token', provider: '1Password', prefixes: ['ops_eyJ'], rest: base64Json(97, 4096) },
  { id: 'vault-token', label: 'a HashiCorp Vault token', provider: 'HashiCorp Vault', prefixes: ['hvs.', 'hvb.', 'hvr.'], rest: between(24, 400, isUrlSafe, isUrlSafe) },
  {
    id: 'discord-webhook',
    label: 'a Discord webhook URL',
    provider: 'Discord',
    prefixes: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    rest: discordWebhook,
  },
  { id: 'telegram-bot-token', label: 'a Telegram bot token', provider: 'Telegram', prefixes: ['api.telegram.org/bot'], rest: telegramToken, keyed: true },
  { id: 'azure-storage-key', label: 'an Azure storage account key', provider: 'Azure', prefixes: ['AccountKey='], literals: ['untKey='], rest: azureStorageKey, keyed: true },
  { id: 'azure-shared-access-key', label: 'an Azure shared access key', provider: 'Azure', prefixes: ['SharedAccessKey='], literals: ['edAccessKey='], rest: azureSharedAccessKey, keyed: true },
  PEM_PRIVATE_KEY,
];

/** 1 for the characters that continue a word (`[A-Za-z0-9_]`), by character code. */
const WORD_CHAR = Uint8Array.from({ length: 256 }, (_, c) => (isWordChar(c) ? 1 : 0));

/** The prefixes to try where a prefix starts, longest first, grouped by their first two characters. */
const LEAD_LISTS: { prefix: string; format: TokenFormat }[][] = [];
/** By the first two characters (`c0 << 8 | c1`): 1 + the index of their list in LEAD_LISTS, or 0. */
const LEAD_INDEX = new Uint8Array(65536);
for (const format of TOKEN_FORMATS) {
  for (const prefix of format.prefixes) {
    const lead = (prefix.charCodeAt(0) << 8) | prefix.charCodeAt(1);
    if (LEAD_INDEX[lead] === 0) LEAD_INDEX[lead] = LEAD_LISTS.push([]);
    LEAD_LISTS[LEAD_INDEX[lead]! - 1]!.push({ prefix, format });
  }
}
for (const list of LEAD_LISTS) list.sort((a, b) => b.prefix.length - a.prefix.length);

/** The byte-level test over a whole file: each format's literals (see `TokenFormat.literals`), else its prefixes. */
export const PREFIX_LITERALS: readonly string[] = [...new Set(TOKEN_FORMATS.flatMap((f) => f.literals ?? f.prefixes))];
export const PREFIX_SET = new LiteralSet(PREFIX_LITERALS.map((text) => ({ text, caseless: false })));

/** Every prefix, as one search: where it finds one, the prefixes starting there are tried. */
const PREFIX_SEARCH = new RegExp(alternation(LEAD_LISTS.flat().map((x) => x.prefix)), 'g');

/**
 * Tokens in a line (or window, or a whole text), left to right, each
 * starting on a word boundary: where a prefix starts that does not continue
 * a word, the prefixes starting there are tried, longest first. The
 * positions come from one regular expression of every prefix (the engine
 * skips what cannot start one); after a token the search goes on from its
 * end, and after a position that gave none, from the next character.
 */
export function findTokens(s: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  const search = PREFIX_SEARCH;
  search.lastIndex = 0;
  for (let m = search.exec(s); m !== null; m = search.exec(s)) {
    const at = m.index;
    const before = at > 0 ? s.charCodeAt(at - 1) : 256;
    // Every prefix starts with a word character or `-`: one right after a word character continues that word.
    const inWord = before < 256 && WORD_CHAR[before] === 1;
    const end = inWord && !escapeEndsAt(s, at) ? at : tokenAt(s, at, out);
    search.lastIndex = end > at ? end : at + 1;
  }
  return out;
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Whether an escape ends right before `at`: `\x22`, `\u0022` (a quote or
 * `=` in escaped JSON, a saved page's scripts), `\n` (a line break in a JSON
 * or dotenv string: a certificate and its key in one value): its last
 * characters are letters or digits, but the token after it starts a word all
 * the same.
 */
function escapeEndsAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at - 1);
  if (at >= 2 && (c === 110 || c === 114 || c === 116) && s.charCodeAt(at - 2) === 92) {
    // `\n` is an escaped backslash and the letter `n`.
    let slashes = 0;
    while (at - 2 - slashes >= 0 && s.charCodeAt(at - 2 - slashes) === 92) slashes++;
    if (slashes % 2 === 1) return true;
  }
  if (at >= 4 && s.charCodeAt(at - 4) === 92 && s.charCodeAt(at - 3) === 120 && isHexCode(s.charCodeAt(at - 2)) && isHexCode(s.charCodeAt(at - 1))) return true;
  if (at < 6 || s.charCodeAt(at - 6) !== 92 || s.charCodeAt(at - 5) !== 117) return false;
  for (let k = at - 4; k < at; k++) if (!isHexCode(s.charCodeAt(k))) return false;
  return true;
}

/** The token of a format whose prefix starts at `at`, added to `out`; returns its end, or `at` for none. */
function tokenAt(s: string, at: number, out: TokenMatch[]): number {
  const before = at > 0 ? s.charCodeAt(at - 1) : -1;
  for (const { prefix, format } of LEAD_LISTS[LEAD_INDEX[(s.charCodeAt(at) << 8) | s.charCodeAt(at + 1)]! - 1]!) {
    if (!s.startsWith(prefix, at)) continue;
    // Nor is a PEM header inside a longer run of dashes.
    if (format === PEM_PRIVATE_KEY && before === 45) continue;
    const end = format.rest(s, at + prefix.length);
    if (end < 0) continue;
    const valueStart = format.keyed ? at + prefix.length : at;
    const value = s.slice(valueStart, end);
    // A checksum that does not add up: never issued, unless it is a placeholder (`ghp_xxxx…`), which is reported as one.
    if (format.issued && !format.issued(value) && !isExampleToken(value, prefix.length)) continue;
    out.push({ format, start: at, end, prefix, value, valueStart });
    return end;
  }
  return at;
}

/** The length of the known prefix `value` starts with (0 for none), so placeholders are judged by their random part. */
export function tokenPrefixLength(value: string): number {
  if (value.length < 2) return 0;
  const c = value.charCodeAt(0);
  const c1 = value.charCodeAt(1);
  const lead = (c | c1) > 255 ? 0 : LEAD_INDEX[(c << 8) | c1]!;
  const hit = lead === 0 ? undefined : LEAD_LISTS[lead - 1]!.find((x) => !x.format.keyed && value.startsWith(x.prefix));
  return hit ? hit.prefix.length : 0;
}

/**
 * Key material that follows a PEM BEGIN line: on the same line after an
 * escaped newline (a JSON service-account key), or on the next lines after
 * optional `Proc-Type:`-style headers (`headed` when there were any). Null
 * when there is none, so a header mentioned in code or prose
 * (`startsWith('-----BEGIN RSA PRIVATE KEY-----')`) is not a key.
 */
export function pemBody(sameLineRest: string, nextLines: readonly string[]): { body: string; headed: boolean } | null {
  // `\n`, `\\n` (JSON of JSON), and Windows' `\r\n` (juice-shop's `'-----BEGIN RSA PRIVATE KEY-----\r\nMIIC…'`).
  const escaped = /^(?:\\\\r\\\\n|\\r\\n|\\\\n|\\n)+/.exec(sameLineRest);
  let inline = escaped ? base64Start(sameLineRest.slice(escaped[0].length)) : null;
  let headedInline = false;
  // A legacy encrypted key's headers on the same line (`\nProc-Type: 4,ENCRYPTED\nDEK-Info: …\n\n`), then its body.
  if (escaped && inline === null) {
    const parts = sameLineRest.slice(escaped[0].length, escaped[0].length + 400).split(ESCAPED_NEWLINE);
    let k = 0;
    while (k < parts.length && k < 6 && PEM_HEADER_LINE.test(parts[k]!)) k++;
    while (k > 0 && k < parts.length && parts[k] === '') k++;
    if (k > 0 && k < parts.length) {
      inline = base64Start(parts[k]!);
      headedInline = inline !== null;
    }
  }
  if (inline) {
    // A line of `...` among the escaped ones, before the END line: cut short, as on lines of their own.
    const end = sameLineRest.indexOf('-----END');
    return (end < 0 ? sameLineRest : sameLineRest.slice(0, end)).split(ESCAPED_NEWLINE).some((l) => ELLIPSIS_LINE.test(l)) ? null : { body: inline, headed: headedInline };
  }
  const lines = nextLines.slice(0, 6);
  let headed = false;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (t === '') continue;
    // A PEM or PGP header (`Proc-Type: 4,ENCRYPTED`, `Version: …`): the body after it may be no DER.
    if (/^[A-Za-z-]{2,30}: /.test(t)) {
      headed = true;
      continue;
    }
    const body = base64Start(t);
    // A line of `...` before the END line, standing for the rest: documentation showing a key's shape, cut short.
    const rest = lines.slice(k + 1);
    const end = rest.findIndex((l) => l.includes('-----END'));
    if (body === null || rest.slice(0, end < 0 ? rest.length : end).some((l) => ELLIPSIS_LINE.test(l))) return null;
    return { body, headed };
  }
  return null;
}

/**
 * Whether text that opens with a private key's BEGIN line (a value: `"-----BEGIN RSA PRIVATE KEY-----\nMIIE…"`, its
 * lines joined by escapes, line breaks, spaces or nothing) may hold a key. Only what shows there is none says no: the
 * END line right after the BEGIN line, a body that is not base64 (`<your key>`, `...`) or a documentation one
 * (`xxxx`), a certificate, a body that cannot be DER, or an RSA key cut short within its public modulus (outline's test settings: the BEGIN and END lines around the 16
 * characters every 2048-bit RSA key starts with). A key whose END line is out of reach is a key.
 */
export function pemHoldsKey(text: string): boolean {
  const m = PEM_PRIVATE_HEADER.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length, m[0].length + 64 * 1024);
  const end = rest.indexOf('-----END');
  const inner = end >= 0 ? rest.slice(0, end) : rest;
  // A legacy encrypted key's headers (`Proc-Type: 4,ENCRYPTED`): cipher text follows, whatever its shape, as long as
  // it is base64 (`<paste your private key here>` after `Version: GnuPG v2` says what to put there).
  if (PEM_HEADERS.test(inner)) return headedBodyIsBase64(inner);
  const chunks = pemChunks(inner);
  // Without the END line in reach, the block runs to where base64 stops (a JSON string's closing quote and brace).
  const joined = chunks.join('');
  const material = end >= 0 ? joined : /^[A-Za-z0-9+/=]*/.exec(joined)![0];
  // Key material is base64 alone: `<your key>`, `YOUR_KEY_HERE`, `...` say what to put there.
  if (!/^[A-Za-z0-9+/=]+$/.test(material) || isExamplePemBody(material) || isCertificateDer(material) || isNoDer(m[0], material, false)) return false;
  return !(end >= 0 && isTruncatedDer(m[0], [...chunks, '-----END'], false));
}
/** What joins a key block's lines in a value: line breaks, escaped ones, spaces, quotes and `\` continuations. */

/**
 * The runs of a key block's text between what joins its lines in a value: line breaks, escaped ones (`\n`, `\\n`,
 * `\r\n`), spaces, quotes and `\` continuations. One pass, with no pattern to backtrack over a run of backslashes.
 */
function pemChunks(inner: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    let separator = c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '"' || c === "'" || c === '\\';
    // The letter of an escape: `r` or `n` right after a backslash.
    if (!separator && (c === 'n' || c === 'r') && inner[i - 1] === '\\') separator = true;
    if (separator) {
      if (start >= 0) out.push(inner.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}
/** Whether what follows a block's headers, up to its END line, is base64 and no documentation filler. */
function headedBodyIsBase64(inner: string): boolean {
  const body = inner
    .split(LINE_OR_ESCAPED_BREAK)
    .map((l) => l.trim().replace(/^["']|["',+]+$/g, '').trim())
    .filter((l) => l !== '' && !/^[A-Za-z-]{2,30}:[ \t]/.test(l))
    .join('');
  return body.length >= 16 && /^[A-Za-z0-9+/=]+$/.test(body) && !isExamplePemBody(body);
}
/** A line break, written or escaped (`\n`, `\\n`, `\r\n`). */
const LINE_OR_ESCAPED_BREAK = /\r?\n|(?:\\{1,2}r)?\\{1,2}n/;
/** The headers of a legacy encrypted PEM key and of an OpenPGP block, before their cipher text. */
const PEM_HEADERS = /(?:^|[^\w-]|\\[nr])(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[ \t]/;
const PEM_PRIVATE_HEADER = /^-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

/**
 * Whether a PEM body under a private key's label is the DER of an X.509 certificate: a SEQUENCE whose first element
 * is a SEQUENCE that opens with the explicit `[0]` version (`MIIF…CCA…gAwIBAgI…`). Every private key's DER starts
 * otherwise: PKCS#8 and PKCS#1 with a version INTEGER, an encrypted PKCS#8 key with its algorithm's SEQUENCE and an
 * OID. A placeholder in a form (Dokploy's certificate dialog) can copy a certificate under the key's label.
 */
export function isCertificateDer(body: string): boolean {
  const der = Buffer.from(body.slice(0, 32), 'base64');
  let at = 0;
  for (let level = 0; level < 2; level++) {
    if (der[at] !== 0x30) return false;
    const len = der[at + 1];
    if (len === undefined) return false;
    at += 2 + (len >= 0x81 && len <= 0x84 ? len - 0x80 : len < 0x80 ? 0 : NaN);
    if (!Number.isFinite(at)) return false;
  }
  return der[at] === 0xa0 && der[at + 1] === 0x03 && der[at + 2] === 0x02 && der[at + 3] === 0x01 && (der[at + 4] ?? 0xff) <= 0x02;
}

/**
 * Whether the body of the PEM block `header` opens can be no key: PKCS#1, SEC 1, DSA and PKCS#8 keys, encrypted
 * ones too, are DER, which opens with a SEQUENCE (`M` in base64), unless the block has headers (a legacy encrypted
 * key's `Proc-Type:`, whose body is cipher text). Remix's Firebase example ships
 * `-----BEGIN PRIVATE KEY-----\nLongStringOfAlphanumericCharactersWillBeHere=`.
 */
export function isNoDer(header: string, body: string, headed: boolean): boolean {
  // `//MIIE…`: a key commented out with no space after the slashes, which are base64 too.
  return !headed && DER_PEM.test(header) && !/^\/*M/.test(body);
}
const DER_PEM = /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----$/;

/** How many lines below a PEM header `isTruncatedDer` looks for the END line: a 16,384-bit RSA key has about 200. */
export const MAX_PEM_LINES = 256;
/**
 * What part of an RSA key's DER its lines must hold to be read as a key: the modulus, which is public, runs past the
 * first fifth of PKCS#1's structure (and of PKCS#8's), so a block that stops within its first seventh gives away
 * nothing secret.
 */
const RSA_PUBLIC_SHARE = 1 / 7;
/** rsaEncryption's object identifier, as PKCS#8 names the algorithm of an RSA key. */
const RSA_ENCRYPTION_OID = Buffer.from('06092a864886f70d010101', 'hex');

/**
 * Whether an RSA key block is cut short before anything secret: its DER says how many bytes it holds, and the
 * lines up to the END line hold less than a seventh of them, so no more than part of the public modulus
 * (Trellis's commented-out sample: two lines under a length of 2,344 bytes). Such a block shows a key's shape. False
 * when the END line is not in reach, the key is not RSA (an EC key's secret comes first), the body is no DER
 * (OpenSSH's format, a body encrypted under PEM headers), or the length is none a key has.
 */
export function isTruncatedDer(header: string, lines: readonly string[], headed: boolean): boolean {
  if (headed || !/^-----BEGIN (?:RSA )?PRIVATE KEY-----$/.test(header)) return false;
  let b64 = '';
  let ended = false;
  for (let k = 0; k < lines.length && k < MAX_PEM_LINES; k++) {
    const t = lines[k]!;
    const end = t.indexOf('-----END');
    b64 += base64Runs(end >= 0 ? t.slice(0, end) : t);
    if (end >= 0) {
      ended = true;
      break;
    }
  }
  if (!ended || b64.length < 8) return false;
  const der = Buffer.from(b64.slice(0, 64), 'base64');
  if (der[0] !== 0x30 || der[1] === undefined) return false;
  const first = der[1];
  const width = first < 0x80 ? 0 : first - 0x80;
  if (width > 3) return false;
  let length = width === 0 ? first : 0;
  for (let j = 0; j < width; j++) length = length * 256 + (der[2 + j] ?? 0);
  // PKCS#1 (`RSA PRIVATE KEY`) is RSA's own; a PKCS#8 key names its algorithm in its first bytes.
  if (!header.includes('RSA') && !der.includes(RSA_ENCRYPTION_OID)) return false;
  const claimed = 2 + width + length;
  return Math.floor((b64.replace(/=+$/, '').length * 3) / 4) < claimed * RSA_PUBLIC_SHARE;
}

/** Every run of base64 on a line, joined (a key's line, maybe inside a comment or a string, maybe cut in pieces). */
function base64Runs(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; ) {
    const n = run(t, i, isBase64, t.length);
    if (n > 0) out += t.slice(i, i + n);
    i += Math.max(n, 1);
  }
  return out;
}

/** A line that stands for lines left out: `...`, `…`, `[...]`, possibly quoted. */
const ELLIPSIS_LINE = /^[\s"'`]*\[?(?:\.{3,}|…)\]?[\s"'`,]*$/;
/** A PEM or PGP header on a line of its own: `Proc-Type: 4,ENCRYPTED`, `DEK-Info: AES-128-CBC,8AD6…`. */
const PEM_HEADER_LINE = /^[A-Za-z-]{2,30}: /;
/** A line break written as an escape in a string: `\n`, or `\\n` in a string that is itself escaped. */
const ESCAPED_NEWLINE = /\\\\r\\\\n|\\r\\n|\\\\n|\\n/;

/** A line comment's mark and the space after it: only with the space, since `/` and `+` are base64 too. */
const COMMENT_MARK = /^(?:\/\/+|#+|\*|;+|--|%+)[ \t]+/;

/**
 * The run of base64 at the start of a line, after a line comment's mark, quotes or a `+` joining
 * strings; null when too short for key material, or cut short by an
 * ellipsis (`MIIFDjBABgkqhkiG9w0BBQ0w...` in a help text).
 */
function base64Start(t: string): string | null {
  // A block commented out line by line (`// MIIE…`, `# MIIE…`, ` * MIIE…`, `; MIIE…`, `-- MIIE…`) is still the key.
  const comment = COMMENT_MARK.exec(t);
  let i = comment ? comment[0].length : 0;
  while (i < t.length && i < 8 && ' \t"\'`+'.includes(t[i]!)) i++;
  const len = run(t, i, isBase64, 4096);
  if (len < 40 || t.startsWith('..', i + len) || t[i + len] === '…') return null;
  const body = t.slice(i, i + len);
  // A rule of slashes or pluses drawn in a comment holds no letter or digit.
  return ALNUM.test(body) ? body : null;
}

const ALNUM = /[A-Za-z0-9]/;

const AWS_KEY_ID = /^A[KS]IA[A-Z0-9]{16}$/;

/**
 * A PEM block's body that is a placeholder: `xxxx…`, the word `example`, a
 * long run of one character or a handful of characters in all. Key
 * structures hold short runs of their own (an unencrypted OpenSSH key's empty
 * fields and zero-padded lengths give `AAAAAAAAAA`), so only a run of 24
 * counts, not the 8 of `isExampleToken`.
 */
export function isExamplePemBody(body: string): boolean {
  // `xxxx` where the body stops (`MIIEvQIBADAN…AQCxxxx`): docs cut a key short so.
  return isFiller(body, /(.)\1{23}/, 20, 'xxxxxxxx') || /xxxx=*$/i.test(body);
}

/**
 * Documentation placeholders in a token's shape: AWS's `AKIA…EXAMPLE`,
 * runs of `x` or `0`, counting sequences, words written as a phrase, or too
 * few distinct characters to be random.
 */
export function isExampleToken(value: string, prefixLength = 0): boolean {
  // AWS key ids are base32 after their prefix (A-Z, 2-7): `AKIA1234567891234567` is made up.
  if (AWS_KEY_ID.test(value) && /[0189]/.test(value.slice(4))) return true;
  const body = value.slice(prefixLength);
  return isFiller(body, /(.)\1{7}/, 6) || REPEATED_UNIT.test(body) || KEYBOARD_RUN.test(body);
}

/**
 * Six keys of a keyboard row in order (an AWS key id whose body is `QWERTYUIOPASDFGH`): typed, not random. A random
 * 16-character base32 body holds one about once in five million values.
 */
const KEYBOARD_RUN = /qwerty|wertyu|ertyui|rtyuio|tyuiop|asdfgh|sdfghj|dfghjk|fghjkl|zxcvbn|xcvbnm/i;

/**
 * A unit of two to eight characters, not all one, written four times in a row: ntfy's example Twilio
 * token `affebeef2586258625862586…`. Random hex holds such a run about once in a million values.
 */
const REPEATED_UNIT = /((.)(?!\2).{0,7})\1{3}/;

/** Digits and letters counted together (`1a2b3c4d5e6f`, `a1b2c3d4e5f6`): wrongsecrets' example Slack webhook. */
const INTERLEAVED_COUNT = /1[a-z]2[a-z]3[a-z]4[a-z]5[a-z]6|a1b2c3d4e5f6/;

/**
 * A random part written by a person: `example`, `xxxx`, a counting sequence, words in a token's shape
 * (`sk_live_YourStripeKeyHere`, `PasteTheContentsOfYourPrivateKeyHere`), a `run` of one character, or
 * fewer than `distinct` characters in all. `xs`: the run of x's, in either case, that says a person wrote it: a
 * key's body of 1,600 base64 characters holds `xxxx` in some mix of cases about once in 700 keys, and eight in a row
 * about never.
 */
function isFiller(body: string, run: RegExp, distinct: number, xs = 'xxxx'): boolean {
  const lower = body.toLowerCase();
  if (lower.includes('example') || lower.includes(xs) || body.includes('0000000000')) return true;
  if (isWrittenPhrase(body) || lower.includes('123456789') || lower.includes('abcdefghij') || INTERLEAVED_COUNT.test(lower)) return true;
  return run.test(body) || new Set(body).size < distinct;
}
