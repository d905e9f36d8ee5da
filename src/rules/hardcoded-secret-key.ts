import { isSelfHostedPrefix, issuingService } from './lib/service-credentials';
import { reviseOverridden } from './lib/settings-overrides';
import { reviseLaravelRefused, reviseRefused } from './lib/refused-defaults';
import { reviseUnreadRailsSecrets } from './lib/rails-version';
import type { FileContext, PathFinding, Rule, TreeContext } from './types';
import type { Line } from '../core/text';
import { quoted, SIGNING_SECRET_LIMITS } from './lib/example';
import { COOKIE_SESSION, H3_SESSION, HAPI, IRON_SESSION, KOA, MACHINE_KEY, NO_SECRET_BY_COMMENT_WHY, OIDC_PROVIDER, occurrenceContext, readsWithoutWords, secretOccurrences } from './lib/secret-assignments';
import { weaknessOfNamed } from './lib/secret-value';
import { ENCRYPTS_DATA } from './lib/secret-names';
import { langOf } from './lib/filetype';

/** Heroku's `app.json`: an `env` object, beside a key only its manifest has. */
const HEROKU_ENV = /"env"\s*:\s*\{/;
const HEROKU_KEY = /"(?:buildpacks|formation|addons|scripts|stack|environments|success_url|repository|logo)"\s*:/;

/** A script the shell runs (not a startup file such as `.zshrc`, whose job is to set the environment, nor a Procfile). */
const SHELL_SCRIPT = /\.(?:sh|bash|zsh|ksh)$/;
/**
 * Keys of a fixed format, which a random string is not: Laravel's `APP_KEY`, Fernet keys, JupyterHub's crypt key, the
 * 16 characters of an `_ENC_KEY` (Supabase Realtime's), Rails' master key (32 hex digits, the one that decrypts the
 * committed credentials).
 */
const FIXED_FORMAT_KEY = /^APP_KEY$|FERNET|CRYPT_KEY|ENC_KEY|RAILS_MASTER_KEY/i;

/** Whether line `number` of a shell script assigns `name` as a command (`export NAME=…`, `NAME=… cmd`), not in a heredoc or a string. */
function shellAssignment(file: FileContext, number: number, name: string): boolean {
  // The lines come in order, a long one as several windows: the line's first window is found by halving.
  const lines = file.lines;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]!.number < number) lo = mid + 1;
    else hi = mid;
  }
  const line = lines[lo];
  if (line === undefined || line.number !== number || line.offset !== 0) return false;
  const m = SHELL_ASSIGNMENT.exec(line.text);
  return m !== null && m[1] === name;
}
const SHELL_ASSIGNMENT = /^[ \t]*(?:(?:export|readonly|local|declare(?:[ \t]+-[a-zA-Z]+)?)[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/;

/** `weaknessOf`'s reason for a value too short for a signing key, which says nothing of a service's secret. */
const SHORT_WEAKNESS = 'shorter than 50 characters';

/** A shell variable's name, which `${NAME:?…}` can test. */
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A storage or cloud client's secret key by its own name, in code's lower case or camel case (not Django's `SECRET_KEY`). */
const CLIENT_SECRET_KEY = /^(?:secret_key|secretKey|secret-key|secret_access_key|secretAccessKey|secret-access-key)$/;
/** A secret key named with a prefix of capitals (`MWDB_S3_STORAGE_SECRET_KEY`, `S3_SECRET_ACCESS_KEY`): group 1 is the prefix. */
const PREFIXED_SECRET_KEY = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){0,5})_SECRET(?:_ACCESS)?_KEY$/;
/**
 * The access key set beside it, in the same mapping (`"access_key": …`, `accessKeyId: …`, `access_key =`): quoted,
 * a key id's capitals, or the whole of a YAML or properties value (`accessKey: myappaccess`, `access-key: ${S3_KEY}`).
 */
const ACCESS_KEY_BESIDE =
  /(?:^|[\s{,("'.])["']?(?:access[_-]key(?:[_-]id)?|accessKey(?:Id)?)["']?\s*(?:[:=]|=>)\s*(?:["'][A-Za-z0-9]|[A-Z0-9]{16}|[A-Za-z0-9][\w.-]{0,127}\s*(?:#.*)?$|\$\{[\w.:-]{1,80}\}\s*$)/;

/**
 * Whether the secret key at `line` (1-based) is a pair's, with an access key set within three lines of it: a key
 * that an object store or a cloud provider issues (an S3 client's `{"access_key": …, "secret_key": …}`), not one an
 * application makes for itself.
 */
function issuedWithAccessKey(file: FileContext, name: string, line: number): boolean {
  const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf(':')) + 1);
  // `MWDB_S3_STORAGE_SECRET_KEY` beside `MWDB_S3_STORAGE_ACCESS_KEY`: a pair by their shared prefix.
  // A self-hosted store's own pair (the `minio/minio` server's `MINIO_ACCESS_KEY`) is whoever runs it's to choose.
  const prefixed = CLIENT_SECRET_KEY.test(last) ? null : PREFIXED_SECRET_KEY.exec(last);
  if (!CLIENT_SECRET_KEY.test(last) && (prefixed === null || isSelfHostedPrefix(prefixed[1]!))) return false;
  // Set with `=` or `:`, or named in a Kubernetes container's `env:` list (`- name: S3_ACCESS_KEY`).
  const beside =
    prefixed === null
      ? ACCESS_KEY_BESIDE
      : new RegExp(`(?:^|[\\s{,("'.-])["']?${prefixed[1]!}_ACCESS_KEY(?:_ID)?["']?\\s*(?:[:=]|=>)|^\\s*-\\s+name:\\s*["']?${prefixed[1]!}_ACCESS_KEY(?:_ID)?["']?\\s*$`, 'i');
  const lines = file.lines;
  // The first line within reach, found by halving: lines come in order of their numbers.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.number < line - 3) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < lines.length && lines[k]!.number <= line + 3; k++) {
    const l = lines[k]!;
    if (l.offset === 0 && l.text.length <= 1000 && beside.test(l.text)) return true;
  }
  return false;
}

/** A Helm chart's values file, by its name (`values.yaml`, `values-prod.yaml`); `reviseHelmAdvice` checks its `Chart.yaml`. */
const HELM_VALUES = /^values(?:[.-][\w.-]+)?\.ya?ml$/;
const DEFAULT_READ = 'Read it from the environment or a secret store';
const HELM_READ =
  "A chart's values cannot read the environment: leave it empty and have the templates require it (`required`), or take it from an existing Secret (`existingSecret`)";

const K8S_SECRET_READ =
  "A Secret's manifest in git publishes what it holds: create the Secret where it is deployed instead (`kubectl create secret generic`, a kustomize `secretGenerator` reading a file git ignores; Sealed Secrets or SOPS keep only its encrypted form in git)";

/**
 * Which lines (by number, 1-based) of a YAML file are in a document of it that is a Kubernetes Secret (`kind: Secret`
 * at its top level, between the `---` lines around it); null when none is. One pass over the file.
 */
function kubernetesSecretLines(file: FileContext): Uint8Array | null {
  const text = file.text ?? '';
  if (!K8S_SECRET_KIND.test(text)) return null;
  const lines = text.split('\n');
  const marks = new Uint8Array(lines.length + 1);
  for (let from = 0; from < lines.length; ) {
    let to = from + 1;
    while (to < lines.length && !lines[to]!.startsWith('---')) to++;
    let secret = false;
    for (let k = from; k < to && !secret; k++) secret = K8S_SECRET_KIND_LINE.test(lines[k]!);
    if (secret) marks.fill(1, from + 1, to + 1);
    from = to;
  }
  return marks;
}
const K8S_SECRET_KIND = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#[^\n]*)?\r?$/m;
const K8S_SECRET_KIND_LINE = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?\r?$/;

/** The usual advice again for a values file that no `Chart.yaml` sits beside: an Ansible role's, envsubst's input. */
async function reviseHelmAdvice(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  const charts = new Map<string, Promise<boolean>>();
  for (const f of found) {
    if (!f.message.includes(HELM_READ)) continue;
    const dir = f.path.slice(0, f.path.lastIndexOf('/') + 1);
    let chart = charts.get(dir);
    if (chart === undefined) charts.set(dir, (chart = tree.readText(`${dir}Chart.yaml`).then((t) => t !== null)));
    if (!(await chart)) f.message = f.message.replace(HELM_READ, DEFAULT_READ);
  }
}

export const hardcodedSecretKey: Rule = {
  meta: {
    id: 'hardcoded-secret-key',
    title: 'Hardcoded signing secret',
    severity: 'error',
    policy: 'secret',
    why:
      'A signing secret (Django/Flask SECRET_KEY, JWT secret, Rails secret_key_base, Laravel APP_KEY, session or cookie secret) ' +
      'written into code or config is readable by everyone who can read the repository, its forks and its build artifacts. ' +
      'With it they can forge sessions, password-reset links and tokens for any user.',
    fix:
      'Read the secret from the environment or a secret store (`os.environ["SECRET_KEY"]`, `process.env.JWT_SECRET`, ' +
      '`ENV.fetch("SECRET_KEY_BASE")`, `${{ secrets.SECRET_KEY }}`) and fail at start-up when it is missing. ' +
      'Then rotate the key: the committed value stays in git history. A Kubernetes Secret\'s manifest is told to make ' +
      'the Secret where it is deployed instead (`kubectl create secret generic`, a kustomize `secretGenerator` reading ' +
      'a file git ignores; Sealed Secrets or SOPS keep only its encrypted form in git); a Helm chart\'s values, to require the key ' +
      'or take it from an existing Secret.',
    examples: [
      { file: 'settings.py', flagged: `SECRET_KEY = ${quoted('django-insecure-9f#x!2k')}`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
      { file: 'app.js', flagged: `const JWT_SECRET = ${quoted('supersecret')}`, clean: 'const JWT_SECRET = process.env.JWT_SECRET' },
      { file: 'config/secrets.yml', flagged: `secret_key_base: ${'3b7cd727ee24e8444053437c36cc66c3'}`, clean: 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
    ],
    details: [
      "A string literal assigned to a signing-secret name, or passed where a call's signature says the argument is " +
        'the signing key. Names are matched case- and separator-insensitively (`SECRET_KEY`, `secretKey`, ' +
        '`secret-key`): `SECRET_KEY` and any `*_SECRET_KEY`, `SECRET_KEY_BASE`, `SECRET_KEY_FALLBACKS` entries, ' +
        '`JWT_SECRET`/`JWT_SECRET_KEY`/`JWT_KEY`, `*_TOKEN_SECRET` (RuoYi\'s `token.secret`), JHipster\'s ' +
        '`jwt.base64-secret`, `SESSION_SECRET`, `COOKIE_SECRET`, `APP_SECRET`, `APP_KEY` (exactly, and with its ' +
        'separator: `PUSHER_APP_KEY` and an SDK\'s `appKey` are public ids; in Python, JavaScript, Ruby, Java, C# and Go code, ' +
        'in capitals only: an `app_key` there is the program\'s own), `SIGNING_KEY` (not a `WrappedSigningKey`, `EncryptedSecretKey` or `publicSigningKey`: a key encrypted under another, or a pair\'s public half; nor a `displaySecretKey` or `hashedSecretKey`, what is shown or stored of one; nor a one-time password\'s seed in lower or camel case, `otp_secret_key`, `mfa_app_secret`, a user\'s second factor; in capitals, `TOTP_SECRET_KEY`, it is a setting of the whole application, and `TOTP_ENCRYPTION_KEY` and `MFA_JWT_SECRET` are its keys), `HMAC_SECRET` and `HMAC_KEY` (not `HMAC_KEY_ID`), a signature\'s secret (`WEBHOOK_SIGNATURE_SECRET`, Micronaut\'s `JWT_GENERATOR_SIGNATURE_SECRET`), a webhook\'s (`GITHUB_WEBHOOK_SECRET`, `webhookSecret`, Stripe\'s `endpoint_secret`), a refresh token\'s JWT key (`JWT_REFRESH_SECRET`), Rails\' `RAILS_MASTER_KEY`, `secret_token`, `secretOrKey`, `jwt.secret`, ' +
        "`framework.secret`, Symfony's `parameters.secret`, WordPress keys and salts (in PHP and configuration, as " +
        "WordPress writes them, with `define()` or Bedrock's `Config::define()`: not a `$nonceKey`, a Python `AUTH_KEY`, an `auth_key` or `AuthKey` in PHP or JSON (a Yii user's column, another product's API key), nor a Web Push subscription's `auth_key` " +
        "beside its `p256dh_key`; `put your unique phrase here`, which WordPress replaces with a random salt of its " +
        "own, is a notice), Drupal's `$settings['hash_salt']` and Drupal 7's `$drupal_hash_salt`, Pusher's secret " +
        "(`PUSHER_SECRET`, `Pusher.secret`, `new Pusher({ secret })`, the `'secret'` of `config/broadcasting.php`; its " +
        "`key` and `app_id` are public ids), Auth.js's `NEXTAUTH_SECRET` and `AUTH_SECRET`, `BETTER_AUTH_SECRET`, " +
        "Payload CMS's `PAYLOAD_SECRET`, Strapi's `APP_KEYS`, `API_TOKEN_SALT` and `TRANSFER_TOKEN_SALT`, Yii 2's `cookieValidationKey`, CodeIgniter 4's encryption key (`public string $key` of `app/Config/Encryption.php`), Magento's `crypt` `key` in `app/etc/env.php`, phpMyAdmin's `$cfg['blowfish_secret']`, Flask-Security's `SECURITY_PASSWORD_SALT` (its token salts, `SECURITY_RESET_SALT` and the like, name a purpose and are no secret), YOURLS's `YOURLS_COOKIEKEY`, Active Record encryption's `deterministic_key` and `key_derivation_salt` (and its `primary_key`, set under `active_record.encryption`, in a hash assigned to it, or as `ActiveRecord::Encryption.configure`'s arguments), Plug.Crypto's key base (`key_base:` in Elixir, `TOKENS_KEY_BASE`), Roundcube's `des_key` (its shipped default is a weak key), Semaphore's `SEMAPHORE_ACCESS_KEY_ENCRYPTION`, an application's own data key (`ENCRYPTION_KEY`, n8n's `N8N_ENCRYPTION_KEY`, Authelia's `encryption_key`, Supabase's `VAULT_ENC_KEY`, `ENCRYPTION_PASSPHRASE`, ABP's `StringEncryption:DefaultPassPhrase`, a key-encryption key (`SECRET_VAULT_KEK`); not its id, its path, or a key encrypted under another), the seed a server derives its private key from (lldap's `key_seed`), Outline's `UTILS_SECRET`, Directus's bare `SECRET` in a compose file that runs its image (its documented example secret is weak by name), an image's own `<IMAGE>_SECRET` there (Fathom's `FATHOM_SECRET` for `usefathom/fathom`, its session key), CakePHP's salt (`Security.salt`, `SECURITY_SALT`, the `'salt'` of the `'Security'` array of `config/app.php`; its 2.x skeleton's salt is a weak key, and so is its installer's mark `__SALT__` left in place: a placeholder in the `app.default.php` copy), Play's `play.http.secret.key` and `play.crypto.secret` (2.4–2.6), Micronaut's JWT signature secret, Fernet keys (Airflow's `AIRFLOW__CORE__FERNET_KEY`, its chart's " +
        "`fernetKey`, django-fernet-fields' `FERNET_KEYS` list, JupyterHub's `CryptKeeper.keys` and `JUPYTERHUB_CRYPT_KEY`, and Python's `Fernet(b'…')`), and whatever `secretNames` adds in the " +
        '[configuration](../configuration.md). Code is read by a small lexer per language family (Python, ' +
        'JavaScript/TypeScript, Ruby, PHP, Go, Java/Kotlin, C#).',
      '',
      "A **commented-out assignment** in code (`# SECRET_KEY = '…'`, `// const JWT_SECRET = '…';`, a `#`/`//` " +
        'comment that is one assignment and nothing else) is a `notice`: one edit from live, but not live.',
      '',
      'A value that **a comment says is no secret** (on its line, or on the comment lines right above it: "not ' +
        "actually a secret\", \"isn't a secret\", \"not sensitive\") is an example, a `notice`: the project says it " +
        'signs nothing (dub XORs link keys with such a constant). Check that it does not.',
      '',
      'A literal in **base settings that the production settings set again** is a development value (a `warning` at ' +
        "most), and the message names the file: Django's split settings (`settings/base.py`, `common.py`, " +
        '`defaults.py`…, when `settings/production.py` or `prod.py`, or another module beside it that turns `DEBUG` off at ' +
        "its top level (pythondotorg's `cabotage.py`; not one named for tests or development), imports it and sets " +
        '`SECRET_KEY` on every path, at the ' +
        'top level or in both branches of an `if`/`else`, from anything but a literal or the base value itself) and ' +
        "Phoenix's `config/config.exs` (when `config/runtime.exs` or `config/prod.exs`, or the `prod.secret.exs` it " +
        'imports, configures the same module with the same keyword given no string, an endpoint\'s `secret_key_base:` ' +
        "or a billing module's `webhook_signing_secret:`, in the same keyword list (`stripe: [secret_key: …]` is not " +
        '`paypal: [secret_key: …]`), in a `config` call every production boot makes: at the top level, under `if ' +
        'config_env() == :prod` or in the `else` of a development check, not under a condition of its own; not ' +
        '`System.get_env("X")` with no default in a list a filter drops nil entries from (`filter_nil_kv_pairs.(…)`, ' +
        '`Keyword.reject(…)`), which leaves the base value when the variable is unset; comments ' +
        "do not count; where `runtime.exs` does so outside every branch, it does at every boot, development's and tests' " +
        'too, and the base value, never used, is a notice). A ' +
        'scan of the working tree reads the ' +
        'production file; a scan of staged changes or history judges the base file alone.',
      '',
      'A literal in **a branch behind a development check** is a development value (a `warning` at most), as ' +
        "development settings are: JavaScript's `if (process.env.NODE_ENV !== 'production')`, `if (app.get('env') === " +
        "'development')`, `if (isDev)`, `if (isDevelopment())`, the `else` of `if (isProduction)`, and what follows `if (isProduction) " +
        "throw …` (or `process.exit(…)`) in the same block, in a block laid out " +
        "as formatters write it (closed by a `}` at the `if`'s indentation) or on the `if`'s own line; Python's `if " +
        'DEBUG:`, `if ENVIRONMENT == "development":`, their `elif`, one-line `if DEBUG: X = …`, and the `else:` of `if ' +
        "not DEBUG:`; Ruby's `if Rails.env.development?`, `unless Rails.env.production?`, an `elsif`, the `else` of `if " +
        "Rails.env.production?` (not after an `elsif`), a statement with `if Rails.env.development?` after it, `when " +
        "\"development\"` of a `case Rails.env`, `%w[development test].include?(Rails.env)`, Sinatra's `configure " +
        ":development do` and `if development?`, Hanami's `Hanami.env?(:development)`; " +
        "Elixir's `if config_env() == :dev do` (or `, do:`), the `else` of `if config_env() == :prod do`, `:dev ->` of a " +
        "`case config_env() do`, and `Mix.env() in [:dev, :test]`. A branch for the test environment alone " +
        "(`if Rails.env.test?`, `ENV[\"RACK_ENV\"] == \"test\"`, `if config_env() == :test do`, `when \"test\"`, `:test ->`) is a test's (a `notice`). The `else` of a test of a variable for production " +
        '(`ENV["RACK_ENV"] == "production"`) is not development\'s: a deployment that sets only `RAILS_ENV` leaves it ' +
        'unset. A file whose opening comment says it is for development only (JHipster\'s compose files: "This ' +
        'configuration is intended for development purpose"; a comment that starts "For local development only.", "Do ' +
        'not use this file in production" or "Not for production"; not in a file whose path says production or staging) ' +
        "is development's throughout, a configuration file (YAML, JSON, TOML, INI…) whose opening comment says the file " +
        'is for documentation or reference only (Ory\'s reference configurations: "This configuration file is for ' +
        'documentation purposes only") is documentation\'s, and a shell script (`*.sh`) one of whose commands runs a development ' +
        'server or watcher (`npm run dev`, `pnpm dev`, `runserver`, `nodemon`, `flask run`, `cargo watch`; a command, ' +
        "not a comment or what `echo` prints; not in a file whose path says production) is development's too. So are Django's own keys (`SECRET_KEY` and its fallbacks, set at the module's top; " +
        "not a provider's secret beside them) in a `settings.py` that serves only this machine as `startproject` " +
        'writes it: `DEBUG = True` and `ALLOWED_HOSTS = []` (Django 1.10.3, 1.9.11, 1.8.16 and later answer any host but ' +
        '`localhost`, `127.0.0.1` and `[::1]` with a 400; a file that sets `TEMPLATE_DEBUG`, as Django 1.7 and before wrote them, is left alone), each set once, with no ' +
        'star import, `exec`, `include()` or `locals()` (`django_heroku.settings(locals())`) that may set them ' +
        'otherwise, and no module beside it, but one for tests or development, that builds on it (`from .settings import *` in `settings_production.py`). ' +
        "A shell script named for generating code or a specification (`generate-openapi.sh`, `gen-types.sh`, `codegen.sh`) " +
        "holds a build's stand-ins (a `notice`), a real-looking key aside. " +
        'A condition that also ' +
        'lets production through (`!secret || isDev`, `config_env() in [:dev, :prod]`) guards nothing, and a line that ' +
        'also holds code outside the branch (`} else { … }`) keeps the file\'s context. An application started without ' +
        '`NODE_ENV` still takes a `NODE_ENV !== \'production\'` branch: set it in every deployment.',
      '',
      "A literal in **a Python branch behind a check that tests are running** is a test's value (a `notice`): `if " +
        'TESTING:` (oncall\'s `TESTING = "pytest" in sys.modules`), `if settings.TESTING:`, Flask\'s `if app.testing:` and ' +
        '`app.config["TESTING"]`, `if "test" in sys.argv:`, `if "pytest" in sys.modules:`, with other tests by `and` too; ' +
        'not its `else:`, nor a condition that lets anything else through by an `or`.',
      '',
      'A Ruby **script that installs its own gems and runs a test** (`require "bundler/inline"`, a `gemfile do` block ' +
        'and `require "minitest/autorun"`, a `Minitest::Test` or RSpec: Rails\'s and its gems\' bug report templates, ' +
        "which boot an application in one file) runs on its own and is never deployed: its values are a test's. One " +
        'that runs no test (an operations script) keeps its place.',
      '',
      "**`config/secrets.yml` in an application on Rails 7.2 or later** (as the `Gemfile.lock` beside its `config/` " +
        'locks it) is read by nothing: 7.2 removed `Rails.application.secrets`, and development and test take their ' +
        '`secret_key_base` from `tmp/local_secret.txt` since 7.1. Its `secret_key_base` is then a `notice` that asks for ' +
        "the file to be deleted, unless the application's `config/` code loads the file itself (`config_for(:secrets)`); " +
        "another service's key there keeps its finding (judged in scans of the working tree; " +
        '[`secret-key-fallback`](secret-key-fallback.md) too).',
      '',
      'A **placeholder the application refuses to run with** is an example (a `notice`), and the message names the ' +
        "guard: a value that does not look random, which the project's own code (not its tests) compares the setting " +
        'with and refuses a few lines below (an exception, an error returned, a panic, an exit): gogs will not start ' +
        'while `SECRET_KEY` is `CHANGE-ME-OR-FAIL-TO-START`, searxng exits while `secret_key` is `ultrasecretkey`, and ' +
        "a Helm chart's template that compares a value with it (`eq .Values.secretRefs.env.N8N_ENCRYPTION_KEY \"change-me…\"`) " +
        'and then calls `fail` will not render with it. A ' +
        'comparison that only warns (a banner) keeps the finding. This, too, is judged in scans of the working tree. ' +
        '[`secret-key-fallback`](secret-key-fallback.md) judges its defaults so as well. Two frameworks refuse such ' +
        "values themselves: WordPress replaces a key or salt set to its placeholder `put your unique phrase here` with " +
        "a random one, and Laravel (5.1 on) will not start with an `APP_KEY` whose length does not fit the cipher " +
        "`config/app.php` names (5.1–5.3's fallback `'SomeRandomString'`, 16 characters, beside `AES-256-CBC`).",
      '',
      "A **project template's placeholder** (a file under a folder a generator renders, `{{cookiecutter.project_slug}}/` " +
        "or Copier's `{{ project_name }}/`) is an example: the generator puts a key where it is " +
        "(cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`). A real-looking value there ships in every project made.",
      '',
      "A **provider's secret key given to its client, set to no key,** is a `notice`, and so is such a fallback: " +
        "Stripe's, Clerk's or Flutterwave's secret key, by its name (`STRIPE_SECRET_KEY`, `CLERK_SECRET_KEY`, " +
        "`FLW_SECRET_KEY`), set where the client is made (`new Stripe(…)`, `StripeClient(…)`, `Stripe::setApiKey(…)`, " +
        "`stripe.api_key = …`, `createClerkClient({ … })`, `new Flutterwave(…)`) to a value that does not look random " +
        "(`new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing')`). The provider refuses it, and nothing signs " +
        'with it. A random value there is a real credential and stays an error, and so does the same placeholder ' +
        'anywhere else: in a variable or a configuration read later, or given to a call that signs.',
      '',
      'When the value is also weak (fewer than 50 characters, unless it reads as 16 or more random bytes in hex or ' +
        'base64, as `openssl rand` prints them, or is a random (version 4) UUID; fewer than 5 distinct characters; a counting run or a short unit ' +
        'repeated (`0123456789abcdef…`, `abcdefghijklmnopqrstuvwxyz`) or two counts taking turns (`a1b2c3d4…`), typed as a stand-in; ' +
        'a marker that says the key was not given (`secret-key-missing`, `SESSION_SECRET_NOT_SET`); the ' +
        "`django-insecure-` prefix of Django's own deploy check; words rather than random characters, at any length " +
        "(`JustAKeyForMyInstallation`); or a known placeholder such as `changeme`; and a short base64 value that decodes to " +
        "such text, as Nacos's default token key does) the " +
        'message says so; for a published one (a placeholder, a pattern, a marker, a product\'s documented default) it asks for a random key ' +
        'for every deployment (`leakproof keygen`) rather than a rotation. ' +
        "A value whose name says it is base64 (JHipster's `jwt.base64-secret`) is judged as the text it decodes to, " +
        'when that is printable: JHipster\'s placeholder is a sentence asking to be changed. Messages never contain the value.',
      '',
      "The advice fits where the value is set: a shell script's variable (`export NAME=…` or `NAME=… command` in a " +
        '`.sh`, `.bash`, `.zsh` or `.ksh` script) is left to the environment that runs the script (`: "${JWT_SECRET:?set ' +
        'JWT_SECRET}"` stops it when it is unset), and a value in Heroku\'s app manifest (`app.json` with `env` and ' +
        '`addons`, `scripts`, `buildpacks`…) is made for every app the manifest creates (`"SECRET_KEY_BASE": { ' +
        '"generator": "secret" }`), unless its format is fixed (Laravel\'s `APP_KEY`, a Fernet key).',
      '',
      '| Form | Flagged | Clean |',
      '|---|---|---|',
      "| Django `settings.py` | `SECRET_KEY = 'django-insecure-…'` | `SECRET_KEY = os.environ['SECRET_KEY']` |",
      "| Django `SECRET_KEY_FALLBACKS` (one or several lines) | `SECRET_KEY_FALLBACKS = ['old-key']` | `SECRET_KEY_FALLBACKS = [env('OLD_SECRET_KEY')]` |",
      "| Python type-annotated setting (a field of a pydantic-settings class is a default: [`secret-key-fallback`](secret-key-fallback.md)) | `SECRET_KEY: str = 'x'`, `secret_key: SecretStr = SecretStr('x')` in a plain class | `secret_key: str`, `secret_key: SecretStr` |",
      "| Flask `app.secret_key` | `app.secret_key = b'_5#y2L…'` | `app.secret_key = os.urandom(24)` |",
      "| Flask `app.config[...]` | `app.config['SECRET_KEY'] = 'x'` | `app.config['SECRET_KEY'] = os.environ['SECRET_KEY']` |",
      "| Flask `from_mapping` / `update` | `app.config.from_mapping(SECRET_KEY='dev')` | `app.config.from_mapping(SECRET_KEY=os.environ['SECRET_KEY'])` |",
      "| Class-based config | `class Config:` / `    SECRET_KEY = 'my_precious'` | `    SECRET_KEY = os.environ.get('SECRET_KEY')` |",
      '| FastAPI / Starlette `SessionMiddleware` | `app.add_middleware(SessionMiddleware, secret_key="x")` | `app.add_middleware(SessionMiddleware, secret_key=settings.secret_key)` |',
      '| PyJWT `jwt.encode` / `jwt.decode` | `jwt.encode(payload, "x", algorithm="HS256")` | `jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")` |',
      "| Express `session({ secret })` (one or several lines, or options in a variable the file passes to it), `cookie-session` | `app.use(session({ secret: 'keyboard cat' }))`, `var sess = { secret: 'keyboard cat' }` … `app.use(session(sess))` | `app.use(session({ secret: process.env.SESSION_SECRET }))` |",
      "| iron-session `password` (`SessionOptions`, `getIronSession`, `sealData`) | `export const sessionOptions: SessionOptions = { password: 'x', cookieName: 'app' }` | `{ password: process.env.SECRET_COOKIE_PASSWORD, cookieName: 'app' }` |",
      "| hapi's cookie `password` (`server.state(name, { password })`, `@hapi/cookie`'s `cookie`, `@hapi/yar`'s `cookieOptions`, hapi-auth-cookie's `server.auth.strategy(…, { password })`) | `cookie: { name: 'sid', password: 'x' }` | `cookie: { name: 'sid', password: process.env.COOKIE_PASSWORD }`, a user's `password` |",
      "| h3's session `password` (Nuxt, Nitro, SolidStart's `vinxi/http`, TanStack Start: `useSession`, `getSession`, `updateSession`, `sealSession`) and nuxt-auth-utils' `runtimeConfig.session.password` | `useSession(event, { password: 'x' })` | `useSession(event, { password: useRuntimeConfig().session.password })` |",
      "| Remix's and React Router's cookie `secrets`, in a file that imports either (`createCookie(name, { secrets })`, a session storage's `cookie: { secrets }`) | `createCookieSessionStorage({ cookie: { secrets: ['x'] } })` | `cookie: { secrets: [process.env.SESSION_SECRET] }`, a cookie named for a display preference (`name: '__remix-themes'`, `color-scheme`, a locale) |",
      "| Express `cookieParser` | `app.use(cookieParser('x'))` | `app.use(cookieParser(process.env.COOKIE_SECRET))` |",
      "| `jsonwebtoken` `jwt.sign` / `jwt.verify`, and `sign` / `verify` imported by name (`import { sign } from 'jsonwebtoken'`) | `jwt.sign(payload, 'shhhhh')`, `sign(payload, 'shhhhh')` | `jwt.sign(payload, process.env.JWT_SECRET)` |",
      "| Koa's cookie keys, in a file that loads Koa | `app.keys = ['im a newer secret']`, `app.keys = new KeyGrip(['im a newer secret'], 'sha256')`, `new Koa({ keys: ['im a newer secret'] })` (the options on one line or several) | `app.keys = [process.env.COOKIE_KEY]` |",
      "| cookie-session's `keys`, in a file that loads it (under any name) | `app.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }))`, options in a variable the file passes to it | `keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2]` |",
      "| node-oidc-provider's `cookies.keys` (keygrip keys of its interaction and session cookies), in a file that loads it | `new Provider(issuer, { cookies: { keys: ['…'] } })` | `cookies: { keys: [process.env.OIDC_COOKIE_KEY] }`; `jwks: { keys: [...] }` |",
      "| NestJS `JwtModule.register` | `JwtModule.register({ secret: 'x' })` | `JwtModule.register({ secret: jwtConstants.secret })` |",
      "| NestJS `jwtConstants` object | `export const jwtConstants = { secret: 'x' }` | `export const jwtConstants = { secret: process.env.JWT_SECRET }` |",
      "| JS/TS constants, config objects, `next.config.js` `env` | `const JWT_SECRET = 'x'` | `const JWT_SECRET = process.env.JWT_SECRET` |",
      "| passport-jwt | `opts.secretOrKey = 'x'` | `opts.secretOrKey = process.env.JWT_SECRET` |",
      "| Rails initializer | `config.secret_key_base = '3b7c…'` | `config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')` |",
      '| Rails `config/secrets.yml` | `secret_key_base: 3b7c…` | `secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>` |',
      "| Devise | `config.secret_key = 'e6d1…'` | `config.secret_key = Rails.application.credentials.secret_key_base` |",
      "| Rodauth configuration methods | `hmac_secret 'x'`, `jwt_secret 'x'` | `hmac_secret ENV.fetch('RODAUTH_HMAC_SECRET')` |",
      "| Sinatra `set`, Rack session | `set :session_secret, 'x'` | `set :session_secret, ENV.fetch('SESSION_SECRET')` |",
      "| ruby-jwt / php-jwt `JWT.encode` | `JWT::encode($payload, 'x', 'HS256')` | `JWT::encode($payload, $key, 'HS256')` |",
      "| Laravel `config/app.php`, jwt-auth `config/jwt.php` | `'key' => 'SomeRandomString',` | `'key' => env('APP_KEY'),` |",
      "| Laravel config setters (tests) | `#[WithConfig('app.key', 'x')]`, `config(['app.key' => 'x'])`, `Config::set('jwt.secret', 'x')` | `Config::set('app.key', env('APP_KEY'))` |",
      '| Environment and settings setters | `os.Setenv("JWT_SECRET", "x")`, `t.Setenv`, `monkeypatch.setenv`, `env::set_var`, `System.setProperty("jwt.secret", "x")`, `ENV.store`, `viper.Set`, `putenv("APP_KEY=x")` | `os.Setenv("JWT_SECRET", os.Getenv("APP_JWT_SECRET"))` |',
      "| WordPress `define` (single quotes keep `$` as written) | `define('AUTH_KEY', 'q@R7$x…');` | `define('AUTH_KEY', getenv('WP_AUTH_KEY'));` |",
      "| Symfony `framework.secret`, `parameters.yml` | `framework:` / `    secret: 'x'` | `    secret: '%env(APP_SECRET)%'` |",
      '| Spring `.properties`; Quarkus profiles (`%dev.`, `%test.`: development and tests only) | `jwt.secret=mySecretKey123`, `%prod.quarkus.http.auth.session.encryption-key=…` | `jwt.secret=${JWT_SECRET}` |',
      '| Spring `application.yml` (nested keys, profiles) | `jwt:` / `  secret: mySecretKey123` | `  secret: ${JWT_SECRET}` |',
      '| HOCON `application.conf` (Ktor, Play; nested blocks) | `jwt {` / `  secret = "mySecretKey123"` | `  secret = ${JWT_SECRET}` |',
      '| Java / Kotlin fields | `private String jwtSecret = "x";` | `String secretKey = System.getenv("SECRET_KEY");` |',
      '| JJWT `signWith` | `.signWith(SignatureAlgorithm.HS512, "x")` | `.signWith(key)` |',
      '| Micronaut JWT (`micronaut.security.token.jwt.signatures.secret.<name>.secret`, nested or dotted) | `signatures:` / `  secret:` / `    generator:` / `      secret: "x"` | `      secret: ${JWT_GENERATOR_SIGNATURE_SECRET}` |',
      "| Pyramid's signers (`SignedCookieSessionFactory`, `AuthTktCookieHelper`, `AuthTktAuthenticationPolicy`, `SignedSerializer`: their first argument or `secret=`), Tornado's `create_signed_value`; PasteDeploy's `auth.secret` and `redis.sessions.secret` | `SignedCookieSessionFactory('itsaseekreet')`, `auth.secret = seekrit` in `production.ini` | `SignedCookieSessionFactory(settings['session.secret'])` |",
      "| fastapi-users' `JWTStrategy(secret=…)` | `JWTStrategy(secret=\"q8Zr…\")`, `SECRET = \"q8Zr…\"` passed as `secret=SECRET` | `JWTStrategy(secret=settings.JWT_SECRET)` |",
      '| Ktor sessions (`SessionTransportTransformerMessageAuthentication(key)`, the sign key of `SessionTransportTransformerEncrypt(encryptKey, signKey)`) | `hex("6819b5…")`, `val key = "6819b5…".hexToByteArray()` passed to it | `hex(environment.config.property("session.signKey").getString())` |',
      '| auth0 java-jwt `Algorithm.HMAC256/384/512` | `Algorithm.HMAC256("x")`, or a `static final String SECRET = "x"` passed to it (by its name, or its type\'s: `JwtConfig.SECRET`, in the same file) | `Algorithm.HMAC256(System.getenv("JWT_SECRET"))` |',
      '| Java / Kotlin / C# constants named `SECRET` of a type named for JWTs or authentication (`SecurityConstants.java`, `JwtParams.kt`, `AuthOptions.cs`) | `public static final String SECRET = "x";`, `const val SECRET = "x"` | `SECRET = System.getenv("JWT_SECRET")`, `SECRET = "client_secret"` (a name), `SECRET` in `Constants.java` |',
      '| Go `[]byte` keys | `var jwtKey = []byte("x")` | `jwtKey := []byte(os.Getenv("JWT_SECRET"))` |',
      '| Go `SignedString` | `token.SignedString([]byte("x"))` | `token.SignedString(jwtKey)` |',
      "| A signing call given a variable set to a literal above it (in its function, or once at the top of the file) | `const secret = 'x'` / `return jwt.sign(payload, secret)`, `key := []byte(\"x\")` / `token.SignedString(key)`, `key = \"x\"` / `jwt.encode(payload, key, algorithm=\"HS256\")` | `const secret = process.env.JWT_SECRET` |",
      "| The same, whatever the literal's shape would say elsewhere: a value given to a signing call is its key | `Algorithm.HMAC256(\"X-Litemall-Token\")`, `jwt.sign(p, 'process.env.JWT_SECRET')`, `static final String SECRET = \"X-Litemall-Token\"` / `Algorithm.HMAC256(SECRET)` or `HMAC512(SECRET.getBytes())` (a header's name, passed over where it is only set) | |",
      '| go-chi `jwtauth.New` | `jwtauth.New("HS256", []byte("x"), nil)` | `jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)` |',
      "| jose keys (Next.js middleware) | `const key = new TextEncoder().encode('x')` / `jwtVerify(token, key)` | `new TextEncoder().encode(process.env.JWT_SECRET)` |",
      "| NextAuth, Better Auth `secret` | `NextAuth({ secret: 'x' })`, `betterAuth({ secret: 'x' })` | `secret: process.env.AUTH_SECRET` |",
      '| Go session stores (gorilla, gin-contrib, securecookie) | `sessions.NewCookieStore([]byte("x"))` | `sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))` |',
      '| gofiber contrib/jwt | `SigningKey: jwtware.SigningKey{Key: []byte("x")}` | `SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("JWT_SECRET"))}` |',
      '| Rust jsonwebtoken `from_secret` | `EncodingKey::from_secret(b"x")`, `DecodingKey::from_secret("x".as_ref())` | `EncodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes())` |',
      "| ASP.NET's `<machineKey>` (`Web.config`): the keys that sign and encrypt view state and forms authentication tickets | `<machineKey validationKey=\"C50B…\" decryptionKey=\"8A9B…\" />` | `<machineKey validationKey=\"AutoGenerate,IsolateApps\" />` (one in an XML comment is a notice) |",
      '| .NET `SymmetricSecurityKey` | `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("x"))`, `new SymmetricSecurityKey("x"u8.ToArray())` | `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!))` |',
      "| An HMAC's key: Node `crypto.createHmac`, Python `hmac.new`/`hmac.digest`, PHP `hash_hmac`, Ruby `OpenSSL::HMAC`, Go `hmac.New`, .NET `new HMACSHA256` | `crypto.createHmac('sha256', 'x')`, `hash_hmac('sha256', $body, 'x')`, `hmac.New(sha256.New, []byte(\"x\"))` | `crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)`; a key that does not look random, a protocol's label or a test vector (Telegram's `createHmac('sha256', 'WebAppData')`, BIP32's `'Bitcoin seed'`) |",
      '| JJWT `Keys.hmacShaKeyFor`, the JCA\'s `new SecretKeySpec(…, "HmacSHA256")` (Java, Kotlin) | `Keys.hmacShaKeyFor("x".getBytes(UTF_8))`, `Keys.hmacShaKeyFor(Decoders.BASE64.decode("…"))`, `new SecretKeySpec("x".getBytes(), "HmacSHA256")` | `Keys.hmacShaKeyFor(Decoders.BASE64.decode(jwtSecret))` with `@Value("${jwt.secret}")`; a `SecretKeySpec` for a cipher (`"AES"`); a protocol\'s label (`"WebAppData"`) |',
      '| Go struct fields | `SigningKey: []byte("x"),` | `SigningKey: []byte(os.Getenv("JWT_SECRET")),` |',
      '| Phoenix `config/*.exs` | `secret_key_base: "qY1p…"` | `secret_key_base: secret_key_base` (read in `runtime.exs`) |',
      "| Ory's configurations (Kratos, Hydra: a top-level `secrets:` beside `dsn:`, `serve:`, `selfservice:`…): each key of its `default`, `cookie`, `cipher`, `system` and `pagination` lists | `secrets:` / `  cookie:` / `    - q8Zr…` | `    - ${SECRETS_COOKIE}`, set by the environment |",
      '| .NET `appsettings.json` (nested, or a section on one line; a section named `JwtSettings`, `JwtOptions`, `JwtConfig`, `JwtConfigOptions` or `JwtBearer` is read as `Jwt`), `Web.config` | `"Jwt": {` / `  "Key": "ThisIsMySecretKey"`, `"JwtSettings": { "Secret": "…" }`, `"TokenOptions": {` / `  "SecurityKey": "…"`, ASP.NET Boilerplate\'s `"JwtBearer": {` / `  "SecurityKey": "Acme_C421AAEE0D114E9C"`, `"TokenKey": "…"` and `"AppSettings": {` / `  "Token": "…"` (in `appsettings*.json` only) | `"Key": "@Microsoft.KeyVault(SecretUri=…)"`, `"EmailSettings": {` / `  "Secret": "…"`, `"tokenKey": "accessToken"` in any other JSON |',
      '| docker-compose map | `SECRET_KEY: dev-secret-key` | `SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}` |',
      '| docker-compose list | `- SECRET_KEY=dev-secret-key` | `- SECRET_KEY=${SECRET_KEY}` |',
      '| Kubernetes `Secret` / `ConfigMap` | `stringData:` / `  SECRET_KEY: s3cr3t` | `  SECRET_KEY: ""` |',
      '| Kubernetes `env` name/value (siblings only) | `- name: SECRET_KEY` / `  value: "x"` | `- name: SECRET_KEY` / `  valueFrom: secretKeyRef: { name: app, key: secret-key }` |',
      '| Kubernetes `ExternalSecret`, `SealedSecret` | | `- secretKey: SECRET_KEY` / `  remoteRef: …`; `encryptedData:` / `  SECRET_KEY: AgBy…` |',
      '| Helm `values.yaml` | `app:` / `  secretKey: "changeme"` | `  # --set app.secretKey=...` / `  secretKey: ""` |',
      '| GitHub Actions `env:` | `JWT_SECRET: test-secret` | `JWT_SECRET: ${{ secrets.JWT_SECRET }}` |',
      '| Ansible vars, Serverless `environment` | `web_secret_key: "x"` | `django_secret_key: "{{ vault_django_secret_key }}"` |',
      '| ECS task definitions (JSON or Terraform `jsonencode`) | `{ "name": "JWT_SECRET", "value": "x" }` | `{ "name": "JWT_SECRET", "valueFrom": "arn:…" }` |',
      '| JSON | `{"SECRET_KEY": "abc123xyz"}` | `{"SECRET_KEY": "${SECRET_KEY}"}` |',
      "| A package manifest's scripts (`package.json`, `composer.json`: `scripts`; `deno.json`: `tasks`), read as the command lines they are: a script named for the tests holds test values, one named `dev`, `watch`, `serve` or `…:dev` development ones, one named `build` a build's; a script's name is never a setting | `\"start\": \"JWT_SECRET=q8Zr… node server.js\"` | `\"start\": \"node server.js\"`, `\"migrate-encryption-key\": \"pnpm migrate\"` |",
      '| node-config | `config/default.json`: `"jwtSecret": "x"` | `config/custom-environment-variables.json`: `"jwtSecret": "JWT_SECRET"` |',
      '| Feathers (node-config JSON) | `config/default.json`: `"authentication": { "secret": "x" }` | `config/custom-environment-variables.json`: `"authentication": { "secret": "FEATHERS_SECRET" }` |',
      '| TOML, dynaconf | `secret_key = "x"` | `secret_key = "@format {env[SECRET_KEY]}"` |',
      '| INI, PasteDeploy, uWSGI | `session.secret = itsaseekreet` | `; env = SECRET_KEY=old-value` (a comment) |',
      '| systemd `Environment=` | `Environment=SECRET_KEY=abc123def` | `Environment=SECRET_KEY_FILE=/etc/app/secret_key` |',
      '| Dockerfile `ENV` (both syntaxes) / `ARG` | `ENV SECRET_KEY abc123`, `ARG JWT_SECRET=devsecret` | `ENV SECRET_KEY=$SECRET_KEY`, `ARG SECRET_KEY` |',
      '| Shell `export` / assignment | `export SECRET_KEY=abc123` | `export SECRET_KEY="$(openssl rand -hex 32)"` |',
      '| Terraform `variable` default | `variable "secret_key" {` / `  default = "x"` | `variable "secret_key" {` / `  sensitive = true` |',
      '| Terraform arguments, `.tfvars` | `secret_key = "wJalr…"` | `secret_key = var.secret_key` |',
      '| Templates (`*.j2`, `*.tpl`, `*.gotmpl`) | read with the syntax they render | |',
    ],
    neverFlags: [
      'Reads from the environment or a secret store.',
      'Interpolations and loader lookups: `${VAR}`, `${{ secrets.X }}`, `{{ var }}`, `%(x)s`, `<%= ENV[...] %>`, ' +
        '`%env(X)%`, dynaconf `@format {env[X]}` / `@jinja` / `@get`, Azure `@Microsoft.KeyVault(…)`, release-pipeline ' +
        'tokens `__X__`. In a string literal of a programming language only a named format (`%(x)s`) or a ' +
        'command (`$(openssl rand -hex 32)`) reads as one: `$(` and `%(` are text there, and Django keys hold them.',
      'Empty strings and masks (`***`, `xxxx`, `…`, `??`, a value ending in eight `x`, a token prefix and a mask: `sk_xxx`), angle-bracket marks ' +
        "(`<your-key>`, unless given to a call that signs: `jwt.sign(payload, '<YOUR_SECRET>')` signs with it as written), " +
        'and values a tool printed partly masked (`lr***********...`).',
      'Values whose shape says they name or describe something: a provider token\'s prefix alone or with a few digits ' +
        '(`whsec` among an app\'s id prefixes, a mock\'s `whsec_123`), an HTTP header\'s name (`X-API-Key`, ' +
        '`Espo-Authorization-Create-Token-Secret`), a quoted boolean (`\'true\'`), a Laravel validation rule ' +
        "(`'max:50'`, `'required|string|min:32'`; a lone rule word such as `'string'` in a `$rules` array or beside such rules), an Eloquent model's cast type (`'mfa_app_secret' => 'encrypted'` in its `casts()` or `$casts`), a setting's name written as a sentence among other settings' descriptions (`\"INBOUND_EMAIL_WEBHOOK_SECRET\": \"Inbound email webhook secret\"`), a CSS selector (`'[data-test-secret-key]'`), a store's key prefix " +
        "(`'oauth_jwt:'`), a key file's path (`%kernel.project_dir%/config/jwt/private.pem`) or a path of lower-case words " +
        "(`--authrpc.jwtsecret=/secrets/jwtsecret`), in configuration a file's name in lower case with a configuration, text, certificate or key store's " +
        "extension (`key: 'configuration.acl.yaml'`; not `.key` or `.secret`, which weak keys end in), a GPG key's id " +
        'or fingerprint under a name that says GPG (and not secret), or given on another line to a command that picks ' +
        "a GPG key (`SIGNING_KEY=53E6…` and `gpg --default-key ${SIGNING_KEY}`), a type in a form schema " +
        "(`appSecret: String`), a TypeScript enum member set to its own name or some of its words (`SecretKey = 'secretKey'`, `ACCESS_KEY_AND_SECRET_KEY = 'AccessKeySecretKey'`), Go's enum idiom (`AuthTypeSecretKey AuthType = \"SecretKey\"`), a " +
        "SCREAMING_SNAKE constant set to its own name in camel case (`APP_KEY = \"appKey\"`; not a name that says " +
        "secret, signing, JWT, token or salt: `JWT_SECRET_KEY = 'jwtSecretKey'` is a weak key), a constant of a file or a " +
        "type set to its own name (in any spelling, or exactly; a C# `static string Name => \"Name\";` is such a constant) beside another such constant or in a file that declares five or more, whose names " +
        "hold no secret word (a Java interface of names: its fields are constants without `static final`; not a " +
        "function's local), or set to its last two words or more beside one so set and used as a key of an array in " +
        "its file (`YUBIKEY_SECRET_KEY = 'secretKey'`, `self::YUBIKEY_SECRET_KEY => …`; not given to a signing call), a " +
        "JavaScript object's SCREAMING_SNAKE key set to its own name in camel case among two or more so set whose keys hold no " +
        "secret word (`PUSH_SIGNING_KEY: 'pushSigningKey'` beside `DEVICE_TOKEN: 'deviceToken'`: the keys an app stores " +
        "things under), a message " +
        "map's entry (`$errors['app_key'] = 'Invalid App Key'`), and a constant named for a cookie, header or field " +
        "set to the rest of its own words (`COOKIE_AUTH_TOKEN_SECRET = 'auth-token-secret'`).",
      'Function calls (in configuration syntaxes too: `secret = get_secret_value("…")` in a ConfigMap\'s YAML), values ' +
        'encrypted where the configuration is loaded (jasypt\'s `ENC(…)`, hiera-eyaml\'s `ENC[PKCS7,…]`, SOPS\'s ' +
        '`ENC[AES256_GCM,…]`), numbers, booleans, `null`; parameters, type annotations, comparisons.',
      'A path to a file named as the setting (`SECRET_KEY: /etc/tower/SECRET_KEY`, a compose volume mounting it).',
      '`*_FILE`/`*_PATH` names.',
      "A provider's app secret left to fill in (`\"Authentication\": { \"Facebook\": { \"AppSecret\": \"SetYourAppSecret\" } }`, " +
        '`TWITTER_APP_SECRET = "changeme"`, `settings.FACEBOOK.APP_SECRET`): the secret of an OAuth client the provider issues, ' +
        'which refuses a placeholder, as an OAuth client secret is. A real-looking one is reported. Not Pusher\'s, whose protocol servers people run themselves (soketi, Reverb) with the secret they pick.',
      'A made-up `secret_key` in Terraform\'s `provider "aws"` or an S3 `backend` (LocalStack\'s and moto\'s ' +
        '`mock_secret_key`, `test`): `known-token` reads a real one of AWS\'s shape as an AWS secret access key.',
      "An object store's secret key set to the same word as its access key beside it (sentry's `s3cmd " +
        '--access_key=sentry --secret_key=sentry`, compose\'s `AWS_ACCESS_KEY: "sentry"` over `AWS_SECRET_KEY: ' +
        '"sentry"`, a Kubernetes container\'s `env:` entries), or to words that mirror its own (Garage\'s `rallly-access-key` ' +
        'over `rallly-secret-key`, `minio_user` over `minio_password`): the login ' +
        "a self-hosted store was given, not a key anything signs with. A random value there, or another word, stays a " +
        "finding, and so does a product's published default (MinIO's `minioadmin` twice: a login anyone can try); so does " +
        "Django's `SECRET_KEY` beside another store's access key.",
      'Comments in configuration syntaxes (YAML, TOML, INI, `.properties`, shell, Dockerfile, systemd, Makefile, HCL) and in Rust.',
      'Helm values that point at an entry of a Kubernetes Secret: `tokenSecretKey: "token"` beside `tokenSecretName:`, ' +
        '`apiKeySecretKey: TAXONOMY_LLM_API_KEY` beside `existingSecret:`, ' +
        '`secret: { name: …, key: apiToken }` (the key the value is stored under, in the Secret named beside it), ' +
        "`keyPasswordSecretKey: key-password` (Bitnami's Kafka chart: the entry named as the value's own first words), " +
        '`secretKey: thanos.yaml` beside `secretName:` or `secret_path:`, `clientSecretKey: clientSecret` beside ' +
        "`clientSecretValue:` (Drone's chart: an entry's name beside what it holds); in code, a field's name beside " +
        "the stored secret's, given by reference or as `secretName:` (`{ name: SecretNames.Twilio, secretKey: " +
        "\"authToken\" }`; not a placeholder, nor beside a literal `name: 'acme'`).",
      'Resources that only name a secret held elsewhere (`ExternalSecret`, `ClusterExternalSecret`, `PushSecret`, ' +
        "`SecretProviderClass`, Vault and 1Password operator resources), a `SealedSecret`'s `encryptedData` " +
        "(ciphertext made to be committed), and node-config's `custom-environment-variables.*` (it maps settings to " +
        "variable names); a Kubernetes Secret's `data` value whose base64 decodes to nothing, a mark (`<your key>`) or " +
        "a variable (`${JWT_SECRET}`): each is judged decoded, and a finding there says the value is base64.",
      "A value that names a setting rather than holding it: Rails' " +
        '`SECRET_KEY_BASE = "action_dispatch.secret_key_base"`, a dotted key path; `JWT_SECRET = \'JWT_SECRET\'`, a ' +
        "variable's name; `key: '_app_session'`, a cookie's name; `const JWT_KEY = 'jwt'` and `_totp_secret_key = " +
        "'_totp_secret'`, the key something is stored under (a constant `<x>_KEY` set to `<x>` with `=`, or to its own " +
        "name in another spelling; `SECRET_KEY = 'secret'`, and `signingKey: 'signing_key'` under a configuration key, are " +
        'still reported as weak).',
      'Shell expansion and command output (`echo "APP_SECRET=\'$SECRET_KEY\'"`, `$(openssl rand -hex 32)`, `` ' +
        '`pwgen -s 64 1` ``) in shell, Dockerfile, Makefile, compose and CI files.',
      'Prose in code: docstrings, block and JSDoc/Javadoc comments, Ruby `=begin` blocks and heredocs, literals ' +
        'inside a message (`throw new Error(\'cookieParser("secret") required\')`), and a message held under a name ' +
        'that says so by its first word (`errFmtJWTSecret = "option \'jwt_secret\' is required …"`, `ERR_…`, `msg…`, ' +
        '`help_…`, `label…`).',
      'Labels in translation catalogues (files under `locales/`, `i18n/`, `lang/`, `translations/`, `messages/`; ' +
        "`.po`, `.xlf`, `.resx`, `.arb` files; `strings.en.yaml`, Java's `messages_de.properties`): " +
        "`'secret-key' => 'Secret Key'`. A random value there is still reported.",
    ],
    limits: SIGNING_SECRET_LIMITS,
    sample:
      'mysite/settings.py:3:15  error    hardcoded-secret-key  `SECRET_KEY` is set to a hardcoded string literal, ' +
        "and the value is weak (Django's `django-insecure-` development key). Read it from the environment or a secret " +
        'store, and give every deployment a random key of its own (`leakproof keygen` makes one). [djan…(58 chars)]',
  },
  literals: (settings) => [settings.secretNames.fileWords, IRON_SESSION, KOA, COOKIE_SESSION, OIDC_PROVIDER, HAPI, H3_SESSION, MACHINE_KEY],
  readsAnyway: (path, name, settings) => readsWithoutWords(path, name, settings.secretNames),
  checkFile(file) {
    const shell = langOf(file.name) === 'shell' && SHELL_SCRIPT.test(file.name);
    const dockerfile = langOf(file.name) === 'dockerfile';
    // A Helm chart's values (`values.yaml`, `values-prod.yaml`): the templates read them, nothing reads the environment.
    const helmValues = HELM_VALUES.test(file.name);
    const yaml = langOf(file.name) === 'yaml';
    // The lines in a Kubernetes Secret's document, worked out for the first finding that asks.
    let secretLines: Uint8Array | undefined;
    // Heroku's app manifest: its `env` sets each app made from it (a Deploy button's, a review app, a CI run).
    const heroku = file.name === 'app.json' && HEROKU_ENV.test(file.text ?? '') && HEROKU_KEY.test(file.text ?? '');
    return secretOccurrences(file)
      .filter((o) => o.kind === 'hardcoded')
      .map((o) => {
        const weakOf = weaknessOfNamed(o.decoded ?? o.value, o.name);
        const weak = weakOf?.why ?? null;
        const where = o.inTemplate ? ' in a configuration template, which deployments copy as it is' : '';
        // A key pair's secret beside its access key (`secret_key` by `access_key`, `S3_SECRET_KEY` by `S3_ACCESS_KEY`):
        // issued with it (a random one) or a store's login someone chose (a weak one), and in either case its length
        // says nothing of it (AWS's are 40 characters).
        const pair = o.subject === undefined && issuedWithAccessKey(file, o.name, o.line);
        const shownWeak = pair && weak === SHORT_WEAKNESS ? null : weak;
        const found = (o.subject ? `The ${o.subject} is a hardcoded ${o.via}` : `\`${o.name}\` is set to a hardcoded ${o.via}`) + where + (shownWeak ? `, and the value is weak (${shownWeak})` : '');
        const commented = o.commentedOut ? ' (notice: commented out)' : '';
        // A shell script's variable is the environment it hands on: the script takes it from its caller instead.
        const read =
          shell && o.subject === undefined && SHELL_NAME.test(o.name) && shellAssignment(file, o.line, o.name)
            ? `Leave it to the environment that runs the script (\`: "\${${o.name}:?set ${o.name}}"\` stops it when it is unset)`
            : dockerfile && o.subject === undefined && dockerInstruction(file, o.line) === 'ENV'
              ? // `ENV` is how the value reaches the environment: the image itself must not carry it.
                `Keep it out of the image: remove it from the Dockerfile and give it to the container when it runs (\`docker run -e ${o.name}\`, compose's \`environment:\`, an orchestrator's secret)`
              : helmValues && o.subject === undefined
                ? // A values file reads no environment: the chart takes the key from a Secret, or refuses to install without one.
                  HELM_READ
                : yaml && o.subject === undefined && (secretLines ??= kubernetesSecretLines(file) ?? new Uint8Array(0))[o.line] === 1
                  ? // A Secret is the store already: its manifest in git is what publishes the value.
                    K8S_SECRET_READ
                : file.name === '.yo-rc.json'
                  ? // JHipster's `jwtSecretKey`: the generator writes it into the files it makes, each time it runs again.
                    "It is an answer a Yeoman generator (JHipster's) reads when it writes the project again, which no deployment reads: delete it there so that the generator makes a new one, and read each deployment's key from its environment"
                  : DEFAULT_READ;
        // Heroku's generator makes a random string: not a key of a fixed format (Laravel's `APP_KEY`, a Fernet key).
        const herokuKey = heroku && o.subject === undefined && SHELL_NAME.test(o.name) && !FIXED_FORMAT_KEY.test(o.name);
        // A store's or a cloud's credentials: issued by the service, so the fix makes no key for them.
        const storeDefault = !herokuKey && weakOf?.published === true && weak!.endsWith(' credentials');
        // Beside its access key, a secret key is the pair's, whatever its value: the service that issued the access key
        // issues the secret with it.
        const issued = storeDefault || (!herokuKey && pair);
        // A service's secret by its name (`STRIPE_SECRET_KEY`): a key made up here is none the service accepts.
        const service = o.subject === undefined ? issuingService(o.name) : null;
        return {
          ...(issued || service !== null ? { remedy: 'provider-issued' as const } : {}),
          line: o.line,
          column: o.column,
          endColumn: o.endColumn,
          // A published value (a placeholder, a product's default) was never a secret: nothing to rotate, a key to give.
          message: herokuKey
            ? `${found}. Let Heroku make one for every app the manifest creates (\`"${o.name}": { "generator": "secret" }\`)${weakOf?.published ? '' : ', and rotate this one where it was kept'}.${commented}`
            : weakOf?.published && weak!.endsWith(' credentials')
            ? `${found}. The store issues this key with its access key: give the store credentials of its own (a new root password, or an access key made for this application), and read both from the environment or a secret store.${commented}`
            : weakOf?.published && service !== null
            ? `${found}. ${read}, and give each deployment a key of its own from the service that issues it (\`${service}\`): one made up here is none the service accepts.${commented}`
            : weakOf?.published
            ? `${found}. ${read}, and give every deployment a random key of its own (\`leakproof keygen\` makes one).${commented}`
            : o.inTemplate
              ? `${found}. Put a placeholder or a reference to a secret store there, give every deployment a random key of its own (\`leakproof keygen\` makes one), and rotate it where one kept this value.${commented}`
              : pair && weak === null
                ? // An object store's or a cloud's key pair (an S3 client's settings): issued there, revoked there.
                  `${found}. The service that issued it issued it with the access key beside it: revoke that pair where it was issued, make a new one there, and read both from the environment or a secret store.${commented}`
              : ENCRYPTS_DATA.test(o.name)
                ? // navidrome's `DefaultEncryptionKey` encrypts stored passwords: a new key must re-encrypt them.
                  `${found}. ${read}, then rotate it, re-encrypting what it encrypted (data written under the old key cannot be read with the new one).${commented}`
                : `${found}. ${read}, then rotate it.${commented}`,
          madeUpMessage:
            o.contextWhy === NO_SECRET_BY_COMMENT_WHY
              ? // dub's `XOR_SECRET_KEY` scrambles stored link keys: changing it would break them.
                `${found}. A comment says it is no secret: if the value only encodes or scrambles data, leave it as it is (data written with it depends on it); if it signs or encrypts anything, read it from the environment or a secret store and rotate it.${commented}`
              : `${found}. If the value is made up for this use, it can stay; if it is a real key, read it from the environment or a secret store and rotate it.${commented}`,
          secret: o.value,
          key: o.name,
          ...occurrenceContext(o),
        };
      });
  },
  async reviseWithTree(found, tree) {
    await reviseOverridden(found, tree);
    await reviseLaravelRefused(found, tree);
    await reviseHelmAdvice(found, tree);
    await reviseRefused(found, tree);
    await reviseUnreadRailsSecrets(found, tree);
  },
};


/** The instruction a Dockerfile's line `line` (1-based) belongs to, in capitals (`ENV`), through `\` continuations. */
function dockerInstruction(file: FileContext, line: number): string {
  const lines = file.lines;
  let byLine = INSTRUCTIONS.get(lines);
  if (byLine === undefined) {
    // One pass over the file, for all its findings.
    byLine = new Map();
    let current = '';
    let continued = false;
    for (const l of lines) {
      if (l.offset === 0) {
        if (!continued) current = /^[ \t]*([A-Za-z]+)/.exec(l.text)?.[1]?.toUpperCase() ?? '';
        byLine.set(l.number, current);
      }
      // A long line's last window says whether the next line continues it.
      continued = /\\[ \t]*$/.test(l.text);
    }
    INSTRUCTIONS.set(lines, byLine);
  }
  return byLine.get(line) ?? '';
}
const INSTRUCTIONS = new WeakMap<readonly Line[], Map<number, string>>();
