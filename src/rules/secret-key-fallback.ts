import type { PathFinding, Rule } from './types';
import { looksReal } from './dotenv-template-secret';
import { isEnvReference, parseDotenv } from './lib/dotenv-names';
import { loadedTemplates } from './lib/loaded-templates';
import { reviseLaravelRefused, reviseRefused } from './lib/refused-defaults';
import { reviseUnreadRailsSecrets } from './lib/rails-version';
import { reviseOverridden } from './lib/settings-overrides';
import { quoted, SIGNING_SECRET_LIMITS } from './lib/example';
import { occurrenceContext, readsWithoutWords, secretOccurrences } from './lib/secret-assignments';
import { isStandInValue, weakness, weaknessOfNamed } from './lib/secret-value';
import { ENCRYPTS_DATA } from './lib/secret-names';

export const secretKeyFallback: Rule = {
  meta: {
    id: 'secret-key-fallback',
    title: 'Insecure fallback for a signing secret',
    severity: 'error',
    policy: 'secret',
    why:
      `A default such as \`os.getenv("SECRET_KEY", ${quoted('dev', '"')})\` or \`process.env.JWT_SECRET || ${quoted('secret', '"')}\` means a deployment that ` +
      'forgets to set the variable starts anyway, silently signing with a value that is public in the repository.',
    fix:
      'Drop the default and fail fast when the variable is missing (`os.environ["SECRET_KEY"]`, `ENV.fetch("SECRET_KEY_BASE")`, ' +
      '`${SECRET_KEY:?set SECRET_KEY}`). For local development, put the value in an ignored `.env` file instead.',
    examples: [
      { file: 'settings.py', flagged: `SECRET_KEY = os.getenv('SECRET_KEY', ${quoted('dev')})`, clean: "SECRET_KEY = os.environ['SECRET_KEY']" },
      { file: 'auth.ts', flagged: `const secret = process.env.JWT_SECRET || ${quoted('secret')}`, clean: "const secret = process.env.JWT_SECRET ?? fail('JWT_SECRET')" },
      { file: 'docker-compose.yml', flagged: `- SECRET_KEY=\${SECRET_KEY:-${'changeme'}}`, clean: '- SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}' },
    ],
    details: [
      'A signing secret read from the environment with a literal default, so a deployment that forgets the variable ' +
        'starts anyway with a key that is public in the repository. Call arguments may run over several lines ' +
        '(`env(\\n    "DJANGO_SECRET_KEY",\\n    default="…",\\n)`). The message says how the default is given, as ' +
        "written: `` (`os.getenv()` default) ``, `` (`or` fallback after `os.environ.get('SECRET_KEY')`) ``, `` (`||=` " +
        'assignment to `ENV["SECRET_KEY_BASE"]`) ``, `` (block default of `ENV.fetch(\'SECRET_KEY_BASE\')`) ``. A bare ' +
        "`SECRET` read from the environment is the application's own (`process.env.SECRET ?? '…'`, `os.getenv('SECRET', " +
        "'…')`); elsewhere the word alone names anything.",
      '',
      "A fallback of Stripe's, Clerk's or Flutterwave's secret key given to the provider's client where it is made " +
        "(`new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing')`), or, in JavaScript and TypeScript, of another " +
        "service's API secret given as the `apiKey` of a client its SDK names as one (on its line, or on the lines below " +
        'the `new …(` that opens the call) ' +
        "(`new NeynarAPIClient({ apiKey: process.env.NEYNAR_SECRET_KEY || '…' })`; not the application's own secrets, " +
        "nor a self-hosted store's, nor a product's published default), " +
        'to a value that does not look random, is a ' +
        '`notice`: the provider refuses it, and nothing signs with it. See ' +
        "[`hardcoded-secret-key`](hardcoded-secret-key.md) for the clients read and what keeps such a value an error.",
      '',
      "A default that asks to be filled in (`os.getenv('SECRET_KEY', '<your-secret-key>')`, `${JWT_SECRET:-<generate " +
        "one>}`, a pydantic-settings field's `\"<change me>\"`) is what a deployment that forgets the variable signs with, " +
        'as written: a weak fallback like any other. Set as the value itself, the same marker asks whoever copies the ' +
        'file to put a key there, and is left alone; so is one that says the value is absent (`<unset>`, `<not set>`), ' +
        'which code prints.',
      '',
      'A dotenv file loaded for defaults is a fallback too: a weak value (a placeholder, a short or patterned one) under ' +
        'a signing secret\'s name in a file of defaults (`.env.defaults`, which dotenv-flow and dotenv-defaults load ' +
        'under the environment) or in a template the application loads when it starts (see ' +
        "[`dotenv-template-secret`](dotenv-template-secret.md)): `SESSION_SECRET=Your Session Secret goes here` there " +
        'signs the sessions of every deployment that does not set it. Empty values and `${VAR}` are clean. Judged in ' +
        'scans of the working tree.',
      '',
      '| Form | Flagged | Clean |',
      '|---|---|---|',
      "| `os.getenv` / `os.environ.get` / `setdefault` | `os.getenv('SECRET_KEY', 'dev')` | `os.getenv('SECRET_KEY', '')` |",
      "| `or` default | `os.environ.get('SECRET_KEY') or 'dev'` | `os.environ.get('SECRET_KEY') or get_random_secret_key()` |",
      "| django-environ (one or several lines) | `env('SECRET_KEY', default='x')` | `env('SECRET_KEY')` |",
      "| django-environ scheme | `environ.Env(SECRET_KEY=(str, 'x'))` | `environ.Env(SECRET_KEY=(str, ''))` |",
      "| python-decouple | `config('SECRET_KEY', default='x')` | `config('SECRET_KEY', cast=str)` |",
      "| `process.env` with `\\|\\|` / `??` / `\\|\\|=` / `??=` | `process.env.JWT_SECRET \\|\\| 'secret'` | `process.env.JWT_SECRET ?? fail('JWT_SECRET')` |",
      "| A method or function named for the family whose whole body returns an environment read with a default, whatever the variable is called (a variable of the family's name is reported as itself) | `def self.secret_key` / `ENV.fetch(\"CAMO_KEY\", \"secret\")` / `end`, `def secret_key(): return os.getenv(\"X\", \"dev\")` (on one line or two), `get jwtSecret() { return process.env.X || 'dev' }` and `function jwtSecret()` (the `return` on the next line too) | `def self.secret_key` / `ENV.fetch(\"CAMO_KEY\")` / `end` |",
      "| A ternary whose other branch reads the variable, on one line or broken over lines as Prettier does (a warning when the condition puts the literal behind a development check: `NODE_ENV === 'production' ? process.env.X : 'dev'`); Python's `if … else` | `process.env.JWT_SECRET ? process.env.JWT_SECRET : 'secret'`, `os.environ['SECRET_KEY'] if not DEBUG else 'dev'` | `isProd ? process.env.JWT_SECRET : undefined` |",
      "| Destructuring default | `const { JWT_SECRET = 'dev' } = process.env` | `const { JWT_SECRET } = process.env` |",
      "| NestJS `ConfigService.get` (any variable name, one or several lines) | `config.get<string>('JWT_SECRET', 'x')` | `config.getOrThrow<string>('JWT_SECRET')` |",
      "| Ruby `ENV.fetch` | `ENV.fetch('SECRET_KEY_BASE', 'x')`, `ENV.fetch('X') { 'x' }` | `ENV.fetch('SECRET_KEY_BASE')` |",
      "| Ruby `ENV[...] \\|\\|` and `\\|\\|=` | `ENV['SECRET_KEY_BASE'] \\|\\|= 'x'` | `ENV['SECRET_KEY_BASE']` |",
      "| Laravel `env()` | `'key' => env('APP_KEY', 'x')` | `'key' => env('APP_KEY')` |",
      "| Strapi `env()` and `env.array()`, a list of keys as the default (the first key stands for them) | `keys: env.array('APP_KEYS', ['a', 'b'])`, `env.array('APP_KEYS') \\|\\| ['a', 'b']`, `env.array('APP_KEYS', 'a,b')` | `keys: env.array('APP_KEYS')`, `\\|\\| []` |",
      "| PHP `getenv() ?:` / `$_ENV ??` | `getenv('JWT_SECRET') ?: 'dev'` | `getenv('JWT_SECRET') ?: throw new RuntimeException()` |",
      '| Spring placeholders | `@Value("${jwt.secret:mySecret}")` | `@Value("${jwt.secret}")` |',
      '| Java `getOrDefault` / `orElse`, Kotlin `?:` | `System.getenv("JWT_SECRET") ?: "dev"` | `System.getenv("JWT_SECRET") ?: error("unset")` |',
      '| Go helpers, viper | `getEnv("JWT_SECRET", "dev")`, `viper.SetDefault("jwt.secret", "x")` | `os.Getenv("JWT_SECRET")` |',
      "| A settings reader of the project's own, the key first (JavaScript, Python) | `getConfig('system.session.cookieSecret', 'keyboard cat')`, `get_setting('JWT_SECRET', 'dev')` | `getConfig('system.session.cookieSecret')`, `get_config('django', 'secret_key')` (a section first) |",
      "| CapRover one-click apps (a variable's `defaultValue`, which the installer keeps unless they type another) | `APP_KEY: $$cap_app_key` … `- id: $$cap_app_key` / `defaultValue: base64:…` | `defaultValue: $$cap_gen_random_hex(32)` |",
      "| Environment schemas: zod, t3-env, envalid | `JWT_SECRET: z.string().default('dev')`, `SESSION_SECRET: str({ default: 'dev' })` (`devDefault`: a warning, used only when NODE_ENV is set to something other than `production`) | `JWT_SECRET: z.string().min(32)` |",
      "| pydantic-settings (a field of a `BaseSettings` class, or of a class of the file derived from one; any field named `SECRET` or `…_SECRET` whose default is a placeholder, asks to be replaced or calls itself a secret in a sentence; not a provider's or an OAuth client's secret, a value that names a secret kept elsewhere, or a line inside a docstring) | `SECRET_KEY: str = 'changethis'`, `S3_FILES_DOWNLOAD_SECRET: str = 'supersecret'` | `SECRET_KEY: str`, `SECRET_KEY: SecretStr`, `KUBERNETES_SECRET: str = 'app-secrets'` |",
      "| iron-session `password` | `password: process.env.SECRET_COOKIE_PASSWORD \\|\\| 'dev'` | `password: process.env.SECRET_COOKIE_PASSWORD as string` |",
      "| Ansible's `lookup('env', …)` with Jinja's `default` filter | `{{ lookup('env', 'SECRET_KEY') \\| default('dev') }}` | `{{ lookup('env', 'SECRET_KEY') }}`, `default(vault_secret_key)` |",
      '| .NET `??` after a configuration or environment read, and `GetValue<string>`\'s default | `builder.Configuration["Jwt:Key"] ?? "dev"`, `Environment.GetEnvironmentVariable("JWT_SECRET") ?? "dev"`, `GetValue<string>("Jwt:Secret") ?? "dev"`, `Configuration.GetValue<string>("Jwt:Key", "dev")` | `builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not set")` |',
      '| Go `cmp.Or`, a value set when the read is empty | `cmp.Or(os.Getenv("JWT_SECRET"), "dev")`, `if len(secret) == 0 { secret = "dev" }` | `os.Getenv("JWT_SECRET")`, and refuse to start when it is empty |',
      '| Go struct tags (envconfig, caarlos0/env, cleanenv) | `` `envconfig:"JWT_SECRET" default:"dev"` ``, `` `env:"JWT_SECRET" envDefault:"dev"` `` | `` `envconfig:"JWT_SECRET" required:"true"` `` |',
      '| A literal set when the read is empty, within three lines (Go, JavaScript, Python) | `secret := os.Getenv("JWT_SECRET")` / `if secret == "" {` / `secret = "dev"` | `if secret == "" { log.Fatal("JWT_SECRET is not set") }` |',
      "| A family name read from the environment or a configuration, then given a literal inside a test that it is empty, or after it on the test's line (Go, JavaScript, Python) | `if (!http.jwtSecret) { warn(…); http.jwtSecret = 'dev' }`, `if not SECRET_KEY:` / `SECRET_KEY = 'dev'` | `if (!http.jwtSecret) throw new Error('JWT_SECRET is not set')` |",
      "| A constant of the same file, set once to a literal (the finding is on the fallback) | `const DEFAULT_SECRET = 'x'` … `process.env.JWT_SECRET \\|\\| DEFAULT_SECRET` | a constant imported from another file, or set twice |",
      '| Shell / compose parameter defaults | `${SECRET_KEY:-changeme}`, `${SECRET_KEY:=x}`, `${SECRET_KEY-x}` | `${SECRET_KEY:?error}`, `${SECRET_KEY:-}`, `${SECRET_KEY:+set}`, `${SECRET_KEY:0:4}`, in a shell script, an operand of a test that checks for the default (`[[ "${SECRET_KEY:-changeme}" == "changeme" ]]`, `case "${SECRET_KEY:-x}" in`; not `${SECRET_KEY:=x}`, which assigns it) |',
      "| Serverless Framework variables (`serverless.yml`) | `${env:JWT_SECRET, 'x'}`, `${env:JWT_SECRET, x}` | `${env:JWT_SECRET}`, `${env:JWT_SECRET, ${ssm:/app/jwt}}` |",
      "| Koa's `app.keys`, Remix's cookie `secrets` and iron-session's, h3's or hapi's `password` read from the environment | `app.keys = [process.env.KOA_KEY \\|\\| 'x']` | `app.keys = [process.env.KOA_KEY]` |",
      "| GitHub Actions expressions | `${{ secrets.JWT_SECRET \\|\\| 'x' }}` | `${{ secrets.JWT_SECRET }}` |",
      '| Rust reads with a default, on one line or as rustfmt breaks the chain | `env::var("JWT_SECRET").unwrap_or("dev".to_string())`, `.unwrap_or_else(\\|_\\| "dev".into())` | `env::var("JWT_SECRET").expect("JWT_SECRET must be set")` |',
      '| Go flag defaults (`flag`, pflag, cobra) | `flag.String("jwt-secret", "dev", "…")`, `cmd.Flags().StringP("jwt-secret", "j", "dev", "…")` | `flag.String("jwt-secret", "", "…")`, and refuse to start when it is empty |',
      '| urfave/cli flags, and its forks\' (micro/cli, minio/cli); named for their first variable of the family, else the flag | `&cli.StringFlag{Name: "jwt-secret", Value: "dev", EnvVars: []string{"JWT_SECRET"}}` | the same without `Value`, and `Required: true` |',
      '| clap and structopt options (named for `env`\'s variable of the family, else the field) | `#[arg(long, env = "JWT_SECRET", default_value = "dev")] jwt_secret: String`, `default_value_t = String::from("dev")` | `#[arg(long, env = "JWT_SECRET")] jwt_secret: String` (clap then requires it) |',
      '| HOCON (Play, Ktor, Akka `application.conf`) | `play.http.secret.key = "changeme"` then `play.http.secret.key = ${?APPLICATION_SECRET}` | `play.http.secret.key = ${APPLICATION_SECRET}` (no `?`: the config fails to load when it is unset); Play\'s own `changeme`, which Play refuses to start with in production, is a notice |',
      '| Elixir and Ruby `if` / `case` expressions, a branch that is only a literal beside one that reads the environment | `secret_key_base =` / `if System.get_env("SECRET_KEY_BASE") do … else "dev" end`, `case System.get_env("SECRET_KEY_BASE") do nil -> "dev"`, `config.secret_key_base = if ENV["SECRET_KEY_BASE"] … else "dev" end` (behind `config_env() == :dev` or in the `else` of `Rails.env.production?`: a warning) | `System.fetch_env!("SECRET_KEY_BASE")`, a branch that raises |',
      '| A chain broken over lines (JavaScript, PHP, Ruby, Python inside brackets) | `process.env.SESSION_SECRET ??` / `\'dev\'`, `process.env.JWT_SECRET` / `\\|\\| \'dev\'` | a chain that ends in a read or a call |',
      '| Helm / Jinja `default` | `{{ .Values.secretKey \\| default "x" }}` | `{{ .Values.secretKey \\| required "…" }}` |',
      '| Terraform `lookup` / `coalesce` / `try` | `lookup(var.env, "SECRET_KEY", "x")` | `lookup(var.env, "SECRET_KEY")` |',
      '',
      'A default in a **Compose file that a production file replaces** is a development value (a `warning` at most), and ' +
        'the message names that file: `compose.yaml` or `docker-compose.yml`, when `compose.prod.yaml`, ' +
        '`compose.production.yaml` or `docker-compose.prod.yml` beside it gives the same service the same variable in ' +
        'its `environment` from the environment with no default (`${APP_SECRET}`, `${APP_SECRET:?…}`, or passed on ' +
        "from the shell): Compose merges `environment` by name, so the base file's default is what development runs with.",
    ],
    neverFlags: [
      "An empty default (`os.getenv('SECRET_KEY', '')`, `environ.Env(SECRET_KEY=(str, ''))`, `${SECRET_KEY:-}`).",
      "A fallback that is not a literal (`os.environ.get('SECRET_KEY') or get_random_secret_key()`), or a read that " +
        "fails when the variable is missing (`getenv('JWT_SECRET') ?: throw new RuntimeException()`, " +
        '`${SECRET_KEY:?error}`).',
      'Parameter expansions that give no default: `${SECRET_KEY:+set}`, `${SECRET_KEY:0:4}`.',
      "A fallback hashed into text, in JavaScript: `` `${hashString(env.STRIPE_SECRET_KEY ?? 'unset')}-${VERSION}` `` " +
        'names a cache entry, and nothing signs with it.',
      'A Helm template default that names an entry of a Kubernetes Secret: the `key:` of a `secretKeyRef:` or of an ' +
        'operator\'s `secret: { name, key }`, the default of a chart\'s `existingSecretKey` wherever it is read, or a ' +
        'template written as a mapping\'s key (`{{ .Values.secret.key | default "tls.key" }}: …` in a Secret\'s `data:`).',
      'A stand-in default (`dummy`, `changeme`) of another service\'s OAuth 1.0a access token secret, in a file that also ' +
        'names the other three credentials of OAuth 1.0a under the same prefix (`TWITTER_ACCESS_TOKEN_SECRET` beside ' +
        '`TWITTER_API_KEY`, `TWITTER_API_SECRET` and `TWITTER_ACCESS_TOKEN`, or `…_CONSUMER_KEY` and `…_CONSUMER_SECRET`): ' +
        'it signs requests that service checks, and a stand-in only makes them fail. A real-looking default is still reported.',
    ],
    limits: SIGNING_SECRET_LIMITS,
    sample:
      'config/settings/local.py:6:14  error    secret-key-fallback  `DJANGO_SECRET_KEY` falls back to a hardcoded ' +
        'value (`env()` default) when the environment does not set it, and the value is weak (a well-known placeholder ' +
        'value). Remove the default and fail when it is missing. [!!!S…(27 chars)]',
  },
  literals: (settings) => [settings.secretNames.fileWords],
  readsAnyway: (path, name, settings) => readsWithoutWords(path, name, settings.secretNames),
  checkFile(file) {
    return secretOccurrences(file)
      .filter((o) => o.kind === 'fallback' && !(isStandInValue(o.value) && isOAuth1TokenSecret(o.name, file.text ?? '')))
      .map((o) => {
        const weak = weaknessOfNamed(o.value, o.name)?.why ?? null;
        return {
          line: o.line,
          column: o.column,
          endColumn: o.endColumn,
          message:
            // A `via` that says when already (`set when … is empty`) needs no second condition.
            `\`${o.name}\` falls back to a hardcoded value (${o.via})${o.when !== undefined ? ` ${o.when}` : / when /.test(o.via) ? '' : ' when the environment does not set it'}` +
            (weak ? `, and the value is weak (${weak})` : '') +
            `. ${o.remedy ?? 'Remove the default and fail when it is missing.'}` +
            (o.commentedOut ? ' (notice: commented out)' : ''),
          secret: o.value,
          key: o.name,
          ...occurrenceContext(o),
        };
      });
  },
  /**
   * A weak value under a signing secret's name in a dotenv file the application loads for defaults: a template its
   * code loads when it starts (`process.loadEnvFile('.env.example')`), or a file of defaults (`.env.defaults`), which
   * dotenv-flow and dotenv-defaults load. A real-looking one is `dotenv-template-secret`'s.
   */
  async checkTree(tree) {
    const loaded = await loadedTemplates(tree);
    const found: PathFinding[] = [];
    for (const [path, { how }] of loaded) {
      const status = tree.entries.find((e) => e.path === path)?.status;
      const text = status === undefined || status === 'ignored' ? null : await tree.readText(path);
      if (text === null) continue;
      const name = path.slice(path.lastIndexOf('/') + 1);
      for (const e of parseDotenv(text)) {
        if (e.value === '' || isEnvReference(e.value) || !tree.settings.secretNames.matches(e.key) || looksReal(e.key, e.value, false)) continue;
        const weak = weakness(e.value);
        if (weak === null) continue;
        found.push({
          path,
          status: status!,
          line: e.line,
          column: e.column,
          endColumn: e.column + e.value.length,
          message: `\`${e.key}\` in \`${name}\` is weak (${weak}), and the file is loaded for defaults: ${how}, so every deployment that does not set ${e.key} ${ENCRYPTS_DATA.test(e.key) ? 'encrypts' : 'signs'} with this public value. Leave it empty here and set it in the environment.`,
          secret: e.value,
          key: e.key,
          remedy: 'empty-value',
        });
      }
    }
    return found;
  },
  async reviseWithTree(found, tree) {
    await reviseOverridden(found, tree);
    await reviseRefused(found, tree);
    await reviseLaravelRefused(found, tree);
    await reviseUnreadRailsSecrets(found, tree);
  },
};

/**
 * `TWITTER_ACCESS_TOKEN_SECRET`, `twitter.accessTokenSecret`: an access token's secret, and what names its service
 * (letters and digits, at most 40: the prefix goes into the searches below).
 */
const ACCESS_TOKEN_SECRET = /^([A-Za-z][A-Za-z0-9]{0,39}?)[_.-]?access[_.-]?token[_.-]?secret$/i;
/** Prefixes of a JWT's access token secret, which signs the application's own tokens. */
const OWN_TOKENS = /^(?:jwt|auth|app|api|user|session|token|my)$/i;

/**
 * An OAuth 1.0a access token secret of another service's API: `TWITTER_ACCESS_TOKEN_SECRET` in a file that also
 * names the other three credentials of OAuth 1.0a under the same prefix, each as a name of its own: the consumer
 * key and secret (Twitter calls them the API key and secret) and the access token. That secret signs the
 * application's requests to the service, which checks them: a stand-in default (ghostfolio's envalid
 * `default: 'dummyAccessTokenSecret'`) only makes those requests fail, and signs nothing anyone could forge. A JWT's
 * `ACCESS_TOKEN_SECRET` has no such prefix or no such siblings, and a real-looking default stays a finding either way.
 */
function isOAuth1TokenSecret(name: string, text: string): boolean {
  const m = ACCESS_TOKEN_SECRET.exec(name);
  if (!m || OWN_TOKENS.test(m[1]!)) return false;
  // Each name starts a word, so the search tries the prefix only where a word starts (linear in the text).
  const names = (rest: string) => new RegExp(`(?<![A-Za-z0-9])${m[1]!}[_.-]?${rest}`, 'i').test(text);
  return names('(?:consumer|api)[_.-]?key(?![A-Za-z0-9])') && names('(?:consumer|api)[_.-]?secret(?![A-Za-z0-9])') && names('access[_.-]?token(?![A-Za-z0-9]|[_.-]?secret)');
}
