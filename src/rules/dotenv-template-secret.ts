import type { RawFinding, Rule } from './types';
import { dotenvKind, isEnvReference, parseDotenv } from './lib/dotenv-names';
import { isIdentifierName, isKeyShapedName, isPublicIdName, isPublicKey, isSecretKeyName } from './lib/env-keys';
import { urlCredentials } from './lib/git-files';
import { loadedTemplates } from './lib/loaded-templates';
import { isLoopbackHost } from './lib/url-passwords';
import {
  isDescribedWithNumber,
  isDottedName,
  isEmailAddress,
  isKnownTokenValue,
  isPatternedValue,
  isPublishedDevelopmentKey,
  isRandomHex,
  isStandInValue,
  looksLikeSecret,
  namesSomething,
} from './lib/secret-value';

/** Twilio account SIDs (`AC` + 32 hex) identify an account; they are not credentials. */
const TWILIO_ACCOUNT_SID = /^AC[0-9a-f]{32}$/;

/**
 * Whether a template value looks like a real secret: a known token format
 * anywhere; otherwise not an interpolation (`${X}`, `%env(X)%`), a
 * pattern (`0123456789abcdef…`) or a dotted name
 * (`django.db.backends.postgresql`), and not under an identifier or public-id name
 * (`TWILIO_ACCOUNT_SID`, `STRIPE_PUBLISHABLE_KEY`); otherwise long and
 * random, or 32 or 40 random hex digits under a `*_SECRET`, `*_TOKEN` or
 * `*_KEY` name (OAuth client secrets, Symfony's `APP_SECRET`). Outside a
 * URL, randomness counts only under a name that says secret: a template
 * shows model names (`openai/gpt-oss-120b`), addresses and hosts as they are.
 */
/** Names that say the value must stay private even under a public prefix. */
const PRIVATE_WORDS = /SECRET|PASSWORD|PASSWD|PASSPHRASE|PRIVATE/i;

export function looksReal(key: string, value: string, inUrl: boolean): boolean {
  if (isPublishedDevelopmentKey(value)) return false;
  if (isKnownTokenValue(value)) return true;
  if (isEnvReference(value) || isPatternedValue(value) || isDottedName(value) || isEmailAddress(value)) return false;
  // Where a key is kept (`DEVICE_KEY=/path/to/sdk/device.pem`), a header's name, a type: not a key.
  if (!inUrl && namesSomething(value, false)) return false;
  // `test_Password123`, `dev-secret-change-me`: a value that says it stands in for one.
  if (isStandInValue(value) || isDescribedWithNumber(value)) return false;
  if (!inUrl && (isIdentifierName(key) || isPublicIdName(key) || TWILIO_ACCOUNT_SID.test(value))) return false;
  if (!inUrl && !isSecretKeyName(key) && !isKeyShapedName(key)) return false;
  if (looksLikeSecret(value)) return true;
  return !inUrl && isKeyShapedName(key) && isRandomHex(value, [32, 40]);
}

export const dotenvTemplateSecret: Rule = {
  meta: {
    id: 'dotenv-template-secret',
    title: 'Real-looking secret in a dotenv template',
    severity: 'warning',
    policy: 'secret',
    why:
      'Templates such as `.env.example` are meant to be committed, so they must hold placeholders. A value that looks ' +
      'like a real key (long and random, 32 or 40 random hex digits under a `*_SECRET`, `*_TOKEN` or `*_KEY` name, or a ' +
      'known token format) was most likely copied from a real `.env`. Account and public identifiers ' +
      '(`TWILIO_ACCOUNT_SID`, `STRIPE_PUBLISHABLE_KEY`, `RECAPTCHA_SITE_KEY`) are not secrets, nor is a value a ' +
      'framework publishes to the browser by its prefix (`NEXT_PUBLIC_`, `VITE_`) unless its name calls it private ' +
      '(`SECRET`, `PASSWORD`) or it is a known token.',
    fix: 'Replace the value with a placeholder (`SECRET_KEY=change-me`) or leave it empty, and rotate the real key if it was one.',
    examples: [
      { file: '.env.example', flagged: 'STRIPE_SECRET_KEY=sk_live_… (a live key: sk_live_ + 24 or more letters and digits)', clean: 'STRIPE_SECRET_KEY=sk_live_xxx' },
    ],
    details: [
      'A value in a template (`.env.example` and its kin, see [`dotenv-file`](dotenv-file.md)) that looks like a ' +
        "real secret: a known token format (`sk_live_…`, `ghp_…`, `AKIA…`, `xoxb-…`, Laravel's `base64:…`) under any " +
        'name, or, under a name that says secret (`*_SECRET`, `*_TOKEN`, `*_KEY`, `*_PASSWORD`…), a value long, varied ' +
        'and high in entropy or 32 or 40 random hex digits (OAuth app secrets look like this). In a URL only the ' +
        'password counts, and a password for this machine (`localhost`, `127.0.0.1`, `host.docker.internal`) is a ' +
        '`notice`: it reaches nothing else, as `known-token` says of the same URL in code (not in a template for ' +
        'production or staging, whose server may keep its database on the same machine).',
      '',
      'Files of defaults (`.env.defaults`, `.env.default`) are committed like templates, but dotenv-flow, ' +
        "dotenv-defaults and apps that call `Dotenv.load('.env.default')` load them under whatever the environment " +
        'sets: a real-looking value there is every deployment\'s fallback, and an `error`. So is a template the ' +
        "application loads itself when it starts: a file that starts it or reads its settings (`app.js`, `server.ts`, " +
        "`main.py`, `config.py`, `settings.py`, `bootstrap.php`, `main.go`, `package.json`'s scripts, beside the template or in " +
        "its `src/`, `config/`, `app/`, `server/`, `lib/` or `bin/`) gives its path, from the loader's folder, the template's or the root, to a loader: Node's " +
        "`process.loadEnvFile('.env.example')` and `--env-file=`, dotenv's `config({ path })`, `load_dotenv()`, " +
        "`dotenv_values()`, django-environ's `read_env()`, pydantic-settings' `env_file=`, `Dotenv.load`, phpdotenv's " +
        "`createImmutable()`, godotenv's `Load()`, `dotenv -e` and `dotenvx run -f` (hackathon-starter's `app.js`); and " +
        "one a Dockerfile below the template's folder copies to a dotenv file in the image (`COPY .env.example .env`, " +
        "`RUN cp .env.example .env`), or an image's entrypoint script (`docker-entrypoint.sh`, `entrypoint.d/*.sh`, s6's " +
        "`cont-init.d/`) copies there as each container starts: the image starts with its values. " +
        "dotenv-safe's and envalid's `example:` option reads only the template's names. Judged in scans of the working tree.",
      '',
      '| Flagged | Clean |',
      '|---|---|',
      '| `JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa` | `JWT_SECRET=change-me` |',
      '| `DATABASE_URL=postgres://app:N7pL4vR9…@db.internal/app` (a real password) | `DATABASE_URL=postgres://user:password@localhost:5432/app` |',
      '| `APP_KEY=base64:` + 44 base64 characters (Laravel) | `APP_KEY=` |',
    ],
    neverFlags: [
      "Identifiers (`*_ID`, `*_SID`, Twilio's `AC…`), public keys (`*_PUBLISHABLE_KEY`, `*_SITE_KEY`), addresses, " +
        'paths of key files (`/path/to/sdk/device.pem`), ' +
        'model names, the local keys the Supabase CLI prints, the Azure storage emulator\'s key and reCAPTCHA\'s ' +
        'published test secret key: they are not secrets.',
      "Placeholders (`change-me`, `your-secret-here`, `sk_live_xxx`, phrases such as `PLEASE_REPLACE_WITH_32_CHAR_CODE`), " +
        "documentation keys (AWS's keys ending in " +
        '`EXAMPLE`), empty values (also a comment where the value would start: `SECRET_KEY= # generate one`), `${VAR}` and `<…>`.',
      'A placeholder password in a URL (`postgres://user:password@localhost/app`), and a URL without credentials ' +
        '(`redis://localhost:6379/0`, `amqp://rabbitmq:5672`).',
    ],
    sample:
      '.env.example:1:12  warning  dotenv-template-secret  `JWT_SECRET` in the template `.env.example` looks like a ' +
        'real secret, not a placeholder. Replace it with a placeholder and rotate the key. [Zx8k…(28 chars)]',
  },
  literals: () => [],
  readsAnyway: (_path, name) => dotenvKind(name) === 'template',
  checkFile(file) {
    if (file.status === 'ignored' || dotenvKind(file.name) !== 'template' || file.text === null) return [];
    const found: RawFinding[] = [];
    // `.env.defaults` (dotenv-flow, dotenv-defaults) and errbit's `.env.default` are loaded, under whatever the
    // environment sets: their values are the app's fallbacks, not examples to copy.
    const loadedDefaults = /^\.env\.defaults?$/i.test(file.name);
    // `.env.production.example`: a production server's database may well be on `localhost`.
    const forProduction = /(?:^|[._-])(?:prod|production|staging|live)(?:[._-]|$)/i.test(file.name);
    for (const e of parseDotenv(file.text)) {
      // In a URL only the password is judged: `postgres://user:password@localhost` is a placeholder.
      const cred = urlCredentials(e.value)[0];
      const value = cred ? cred.value : e.value;
      const column = e.column + (cred ? cred.start : 0);
      if (!looksReal(e.key, value, cred !== undefined)) continue;
      // A value the framework publishes to the browser by its prefix (`NEXT_PUBLIC_HYPERTUNE_TOKEN`, a client token)
      // is public by design, unless the name calls it private; a known token is a token wherever it is.
      if (!cred && isPublicKey(e.key, file.settings.publicEnvPrefixes) && !PRIVATE_WORDS.test(e.key) && !isKnownTokenValue(value)) continue;
      // `PG_URL=postgres://user:myAwEsOm3pa55@localhost:5432/db`: a password for this machine reaches nothing else; a
      // notice, as the same URL is in code. A one-word host may be a cluster's service (`@postgres-primary`), and a
      // template is where a real `.env` gets pasted: it keeps the warning. A token is still one.
      const host = cred && !loadedDefaults && !forProduction && !isKnownTokenValue(value) ? cred.host.replace(/:\d{1,5}$/, '') : undefined;
      const local = host !== undefined && isLoopbackHost(host);
      const finding: RawFinding = {
        line: e.line,
        column,
        endColumn: column + value.length,
        message: local
          ? `\`${e.key}\` in the template \`${file.name}\` holds a real-looking password for ${host}, which reaches this machine only. Make sure it is a development default, not a password copied from a real \`.env\`.`
          : loadedDefaults
            ? `\`${e.key}\` in \`${file.name}\` looks like a real secret. Files of defaults are loaded at run time (dotenv-flow, dotenv-defaults, \`Dotenv.load('${file.name}')\`): every deployment that does not set ${e.key} runs on this public value. Leave it empty here, set it in the environment, and rotate the key.`
            : `\`${e.key}\` in the template \`${file.name}\` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key.`,
        ...(local || loadedDefaults
          ? {}
          : { madeUpMessage: `\`${e.key}\` in the template \`${file.name}\` looks like a real secret, not a placeholder. If it is made up for this use, it can stay; if it is a real key, replace it with a placeholder and rotate it.` }),
        secret: value,
        key: e.key,
      };
      if (local) finding.severity = 'notice';
      else if (loadedDefaults) {
        finding.severity = 'error';
        finding.remedy = 'empty-value';
      }
      found.push(finding);
    }
    return found;
  },
  /** A template the application loads when it starts (`process.loadEnvFile('.env.example')`) is a file of defaults. */
  async reviseWithTree(found, tree) {
    const loaded = await loadedTemplates(tree);
    if (loaded.size === 0) return;
    for (const f of found) {
      const how = loaded.get(f.path);
      if (how === undefined || how.byName || f.severity === 'notice' || f.key === undefined) continue;
      const name = f.path.slice(f.path.lastIndexOf('/') + 1);
      f.severity = 'error';
      f.remedy = 'empty-value';
      f.message = `\`${f.key}\` in \`${name}\` looks like a real secret, and the file is no mere template: ${how.how}, so every deployment that does not set ${f.key} runs on this public value. Leave it empty here, set it in the environment, and rotate the key.`;
      delete f.madeUpMessage;
    }
  },
};
