import { describe, expect, it } from 'vitest';
import { check, ruleTester, scanFiles, type Case } from '../helpers/rule-tester';
import { secretKeyFallback } from '../../src/rules/secret-key-fallback';
import { hardcodedSecretKey } from '../../src/rules/hardcoded-secret-key';

/** An envalid schema with Twitter's four OAuth 1.0a credentials, as ghostfolio's configuration service has it. */
const twitterSchema = (tokenSecret: string, apiSecret = "TWITTER_API_SECRET: str({ default: 'dummyApiSecret' })") =>
  `const env = cleanEnv(process.env, {\n  TWITTER_ACCESS_TOKEN: str({ default: 'dummyAccessToken' }),\n  TWITTER_ACCESS_TOKEN_SECRET: str({ default: '${tokenSecret}' }),\n  TWITTER_API_KEY: str({ default: 'dummyApiKey' }),\n  ${apiSecret}\n});`;

const flagged: Case[] = [
  // A mask is what the program runs with when the variable is unset, in a shell default and a django-environ scheme too.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    image: acme/app\n    environment:\n      DD_SECRET_KEY: "${DD_SECRET_KEY:-.}"\n', secret: '.', line: 5 },
  { file: 'dojo/settings/settings.dist.py', text: 'import environ\nenv = environ.Env(\n    DD_SECRET_KEY=(str, "."),\n)\n', secret: '.', line: 3 },
  // A bare SECRET read from the environment, with a default (Huly's services sign their tokens with it).
  { file: 'services/process/src/config.ts', text: "const config = {\n  secret: process.env.SECRET ?? 'secret',\n}", secret: 'secret', line: 2 },
  { file: 'app/settings.py', text: "import os\nSECRET = os.getenv('SECRET', 'dev-secret')", secret: 'dev-secret', line: 2 },
  // A server's own secret, which signs its tokens (Huly's communication server).
  { file: 'packages/server/src/metadata.ts', text: "export const metadata = {\n  secret: process.env.SERVER_SECRET ?? 'secret',\n}", secret: 'secret', line: 2 },
  // A CapRover one-click app: a family name given a template variable falls back to the variable's `defaultValue`.
  { file: 'public/v4/apps/mixpost.yml', text: "captainVersion: 4\nservices:\n  $$cap_appname:\n    environment:\n      APP_KEY: $$cap_MIXPOST_APP_KEY\n      DB_HOST: srv-captain--$$cap_appname-db\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_MIXPOST_APP_KEY\n      label: App key\n      defaultValue: base64:q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=\n", secret: 'base64:q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=', line: 11 },
  { file: 'public/v4/apps/order.yml', text: "services:\n  $$cap_appname:\n    environment:\n      SECRET_KEY: $$cap_secret\ncaproverOneClickApp:\n  variables:\n    - label: Secret key\n      defaultValue: q8Zr4nM2xV7bL1cK9pT3wY6h  # keep it secret\n      id: $$cap_secret\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 8 },
  { file: 'public/v4/apps/calcom.yml', text: "services:\n  $$cap_appname:\n    environment:\n      - NEXTAUTH_SECRET=$$cap_secret_key_base\ncaproverOneClickApp:\n  variables:\n    - id: '$$cap_secret_key_base'\n      label: Secret\n      defaultValue: 'secret'\n", secret: 'secret', line: 9 },
  // Hashed into a key that signs (not into text): the fallback is the key's source.
  { file: 'lib/auth.ts', text: 'const key = sha256(process.env.JWT_SECRET || "dev-secret");', secret: 'dev-secret' },
  // Elixir's and Ruby's `if` and `case` are expressions: a branch that is a literal, beside one that reads the
  // environment (pinchflat's self-hosted default), or a `case` clause for an unset variable.
  { file: 'config/runtime.exs', text: 'import Config\n\nif config_env() == :prod do\n  secret_key_base =\n    if System.get_env("SECRET_KEY_BASE") do\n      System.get_env("SECRET_KEY_BASE")\n    else\n      if System.get_env("RUN_CONTEXT") == "selfhosted" do\n        # dangerous in a conventional production environment\n        "ZkuQ8vX2mL4pN7rT1wY5zB9cF3hJ6dSaE0uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12"\n      else\n        raise \"\"\"\n        environment variable SECRET_KEY_BASE is missing.\n        \"\"\"\n      end\n    end\nend', secret: 'ZkuQ8vX2mL4pN7rT1wY5zB9cF3hJ6dSaE0uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12', line: 10, context: 'production', severity: 'error' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  case System.get_env("SECRET_KEY_BASE") do\n    nil -> "Qz8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\n    value -> value\n  end', secret: 'Qz8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 3 },
  { file: 'config/application.rb', text: 'config.secret_key_base = if ENV["SECRET_KEY_BASE"]\n  ENV["SECRET_KEY_BASE"]\nelse\n  "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\nend', secret: 'Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 4, context: 'production', severity: 'error' },
  // Guards read as Ruby and Elixir write them: negated, compound (which say nothing), `elsif`, `cond` clauses.
  { file: 'config/application.rb', text: 'config.secret_key_base = if Rails.env.production? && ENV["SECRET_KEY_BASE"].present?\n  ENV["SECRET_KEY_BASE"]\nelse\n  "9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1a3f9c1e7a5b2d8f4a6c0e"\nend', secret: '9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1a3f9c1e7a5b2d8f4a6c0e', line: 4, context: 'production', severity: 'error' },
  { file: 'config/initializers/secret_key_base.rb', text: 'Rails.application.config.secret_key_base =\n  if ENV["SECRET_KEY_BASE"].present?\n    ENV["SECRET_KEY_BASE"]\n  elsif Rails.env.production?\n    raise "SECRET_KEY_BASE must be set in production"\n  else\n    "development-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e"\n  end', secret: 'development-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e', line: 7, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  cond do\n    System.get_env("SECRET_KEY_BASE") -> System.get_env("SECRET_KEY_BASE")\n    config_env() in [:dev, :test] -> "dev-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e0a1b2c"\n    true -> raise "environment variable SECRET_KEY_BASE is missing"\n  end', secret: 'dev-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e0a1b2c', line: 4, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  case config_env() do\n    :prod -> System.fetch_env!("SECRET_KEY_BASE")\n    :dev -> "dev-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e0a1b2c"\n  end', secret: 'dev-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e0a1b2c', line: 4, context: 'development', severity: 'warning' },
  // A comment after the opener, checks joined by `||` (each development's) or `&&` (one development's), a `case`'s
  // `else` (every other environment), an `if` that binds the value it reads.
  { file: 'config/initializers/secret_key_base.rb', text: 'Rails.application.config.secret_key_base =\n  if Rails.env.production? # staging or production: set by the deploy\n    ENV.fetch("SECRET_KEY_BASE")\n  else\n    "dev-only-a3f9c1e7a5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1"\n  end', secret: 'dev-only-a3f9c1e7a5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1', line: 5, context: 'development', severity: 'warning' },
  { file: 'config/initializers/secret_key_base.rb', text: 'Rails.application.config.secret_key_base =\n  if Rails.env.development? || Rails.env.test?\n    "dev-only-a3f9c1e7a5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1"\n  else\n    ENV.fetch("SECRET_KEY_BASE")\n  end', secret: 'dev-only-a3f9c1e7a5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a9c7e1b3d5f8a2c4e6b0d9f1', line: 3, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if config_env() == :prod do # set by fly secrets\n    System.fetch_env!("SECRET_KEY_BASE")\n  else\n    "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\n  end', secret: 'Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 5, context: 'development', severity: 'warning' },
  { file: 'config/initializers/secret_token.rb', text: 'Shop::Application.config.secret_key_base =\n  case ENV["RAILS_ENV"]\n  when "test"\n    ENV.fetch("TEST_SECRET", "x")\n  else\n    "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\n  end', secret: 'Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 6, context: 'production', severity: 'error' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if key = System.get_env("SECRET_KEY_BASE") do\n    key\n  else\n    "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\n  end', secret: 'Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 5, context: 'production', severity: 'error' },
  // Behind a check that production takes the other branch: a development value.
  { file: 'config/application.rb', text: 'config.secret_token = if Rails.env.production?\n  ENV.fetch("SECRET_TOKEN")\nelse\n  "dev-token-Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8"\nend', secret: 'dev-token-Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8', line: 4, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if config_env() == :dev do\n    "dev-key-Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7"\n  else\n    System.fetch_env!("SECRET_KEY_BASE")\n  end', secret: 'dev-key-Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7', line: 3, context: 'development', severity: 'warning' },
  // A chain broken over lines (as Prettier breaks long ones): the default alone on the line below, or the operator
  // starting it.
  { file: 'apps/backend/src/configs/auth.config.ts', text: "export default {\n  session: {\n    secret:\n      process.env.BACKEND_SESSION_SECRET ??\n      process.env.SECRET_KEY ??\n      'dafe8c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d',\n    expiresIn: process.env.EXPIRES_IN ?? '7d',\n  },\n};", secret: 'dafe8c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d', line: 6, context: 'production', severity: 'error' },
  { file: 'src/auth.js', text: "const jwtSecret = process.env.JWT_SECRET ||\n  'weak-fallback';", secret: 'weak-fallback', line: 2 },
  { file: 'src/auth.ts', text: "const cookieSecret = process.env.COOKIE_SECRET\n  ?? 'another-weak-fallback';", secret: 'another-weak-fallback', line: 2 },
  { file: 'src/auth.ts', text: "const s = {\n  secret: process.env.SESSION_SECRET ?? // the dev default\n\n    'weak-fallback-two', // change me\n};", secret: 'weak-fallback-two', line: 4 },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'key' => $_ENV['APP_KEY']\n        ?? 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA=',\n];", secret: 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA=', line: 4 },
  { file: 'config/initializers/session.rb', text: "secret = ENV['SESSION_SECRET'] ||\n  'ruby-weak-fallback'", secret: 'ruby-weak-fallback', line: 2 },
  { file: 'app/settings.py', text: "SECRET_KEY = (\n    os.environ.get('SECRET_KEY')\n    or 'python-weak-fallback'\n)", secret: 'python-weak-fallback', line: 3 },
  // Strapi's list of cookie-signing keys, with a list or a comma-separated string as its default.
  { file: 'config/server.ts', text: "export default ({ env }) => ({\n  app: {\n    keys: env.array('APP_KEYS') || ['tobemodified1', 'tobemodified2'],\n  },\n});", secret: 'tobemodified1', line: 3 },
  { file: 'config/server.js', text: "module.exports = ({ env }) => ({\n  app: {\n    keys: env.array('APP_KEYS', ['q8Zr2LmVx0TbWn4KpYs7HdJ3', 'Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5W']),\n  },\n});", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3 },
  { file: 'config/server.js', text: "module.exports = ({ env }) => ({ app: { keys: env.array('APP_KEYS', 'testKey1,testKey2') } });", secret: 'testKey1,testKey2' },
  // The key that looks real stands for the list; django-environ's `env.list` with a keyword default.
  { file: 'config/server.js', text: "module.exports = ({ env }) => ({ app: { keys: env.array('APP_KEYS', ['tobemodified1', 'q8Zr2LmVx0TbWn4KpYs7HdJ3']) } });", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'settings.py', text: "SECRET_KEY_FALLBACKS = env.list('SECRET_KEY_FALLBACKS', default=['q8Zr2LmVx0TbWn4KpYs7HdJ3'])", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'src/app.js', text: "app.use(session({\n  secret: process.env.SESSION_SECRET?.split(',') || ['q8Zr2LmVx0TbWn4KpYs7HdJ3', 'Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5W'],\n}));", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2 },
  // An access token secret with no other service's credentials beside it is a JWT's, whatever its default.
  { file: 'src/config.ts', text: "export const env = cleanEnv(process.env, { ACCESS_TOKEN_SECRET: str({ default: 'dummyAccessTokenSecret' }) });", secret: 'dummyAccessTokenSecret' },
  { file: 'src/config.ts', text: twitterSchema('dummyAccessTokenSecret', "STRIPE_API_KEY: str({ default: '' })"), secret: 'dummyAccessTokenSecret', line: 3 },
  { file: 'src/config.ts', text: "const env = cleanEnv(process.env, {\n  JWT_ACCESS_TOKEN_SECRET: str({ default: 'dummy' }),\n  JWT_API_SECRET: str(),\n});", secret: 'dummy', line: 2 },
  // A real-looking default of another service's token secret is that secret, written in the repository.
  { file: 'src/config.ts', text: twitterSchema('q8Zr2LmVx0TbWn4KpYs7HdJ3'), secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3 },
  // An application's own names under its prefix, with an API secret of its own: a JWT's access token secret still.
  { file: 'src/config.js', text: "module.exports = {\n  apiSecret: process.env.ADMIN_API_SECRET,\n  accessTokenSecret: process.env.ADMIN_ACCESS_TOKEN_SECRET || 'changeme',\n};", secret: 'changeme', line: 3 },
  { file: 'src/config.ts', text: "const env = cleanEnv(process.env, {\n  STRAPI_API_KEY: str(),\n  STRAPI_API_SECRET: str(),\n  STRAPI_ACCESS_TOKEN_SECRET: str({ default: 'changeme' }),\n});", secret: 'changeme', line: 4 },
  // The siblings must be names of their own under the same prefix, not parts of longer names or other prefixes.
  { file: 'src/auth.js', text: "// SUPERADMIN_API_KEY, SUPERADMIN_API_SECRET, SUPERADMIN_ACCESS_TOKEN\nconst secret = process.env.ADMIN_ACCESS_TOKEN_SECRET || 'supersecret';", secret: 'supersecret', line: 2 },
  // A default that is a value, on a `value:` line, or a name-shaped default outside a Secret reference.
  { file: 'charts/app/templates/deploy.yaml', text: 'env:\n  - name: JWT_SECRET\n    value: {{ .Values.auth.secretKey | default "q8Zr4nM2xV7bL1cK9pT3" | quote }}', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 3 },
  { file: 'charts/app/templates/cm.yaml', text: 'data:\n  JWT_SECRET: {{ .Values.auth.secretKey | default "DEV_ONLY_SECRET" | quote }}', secret: 'DEV_ONLY_SECRET', line: 2 },
  // A provider's secret key given to its client where it is made, with a fallback that is no key (postiz's
  // `new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing')`): the provider refuses it, and nothing signs with it.
  // The same fallback read into a variable or a configuration, given to a signing call, or random, is an error.
  { file: 'libraries/services/stripe.service.ts', text: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', context: 'example', severity: 'notice' },
  { file: 'app/Services/Billing.php', text: "\\Stripe\\Stripe::setApiKey(getenv('STRIPE_SECRET_KEY') ?: 'sk_test_placeholder');", secret: 'sk_test_placeholder', context: 'example', severity: 'notice' },
  { file: 'app/billing.py', text: "stripe.api_key = os.getenv('STRIPE_SECRET_KEY', 'your-stripe-secret-key')", secret: 'your-stripe-secret-key', context: 'example', severity: 'notice' },
  { file: 'src/clerk.ts', text: "const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY ?? 'sk_nothing' });", secret: 'sk_nothing', context: 'example', severity: 'notice' },
  { file: 'config/initializers/stripe.rb', text: "Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY', 'sk_test_placeholder')", secret: 'sk_test_placeholder', context: 'example', severity: 'notice' },
  // A string with an escaped quote before the value is skipped whole.
  { file: 'src/billing.js', text: "const stripe = new Stripe(label('it\\'s'), process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', context: 'example', severity: 'notice' },
  { file: 'src/billing.ts', text: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  // Another service's secret given to a client its SDK names as one (postiz's Neynar client); not the application's own key.
  { file: 'src/farcaster.ts', text: "const client = new NeynarAPIClient({ apiKey: process.env.NEYNAR_SECRET_KEY || '00000000-000-0000-000-000000000000' });", secret: '00000000-000-0000-000-000000000000', context: 'example', severity: 'notice' },
  { file: 'src/farcaster.ts', text: "const client = new NeynarAPIClient({ apiKey: process.env.NEYNAR_SECRET_KEY || 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'src/session.ts', text: "const sessions = new SessionClient({ secret: process.env.APP_SECRET_KEY || 'changeme' });", secret: 'changeme', context: 'production', severity: 'error' },
  // The client made on a line above, its options one a line; not a client whose call closed above.
  { file: 'apps/backend/src/farcaster.provider.ts', text: "const client = new NeynarAPIClient({\n  apiKey: process.env.NEYNAR_SECRET_KEY || '00000000-000-0000-000-000000000000',\n});", secret: '00000000-000-0000-000-000000000000', line: 2, context: 'example', severity: 'notice' },
  { file: 'src/billing.ts', text: "const stripe = new Stripe(\n  process.env.STRIPE_SECRET_KEY || 'sk_nothing',\n);", secret: 'sk_nothing', line: 2, context: 'example', severity: 'notice' },
  { file: 'src/farcaster.ts', text: "const x = new NeynarAPIClient({ region: 'eu' });\nreturn sign({ apiKey: process.env.NEYNAR_SECRET_KEY || 'changeme' });", secret: 'changeme', line: 2, context: 'production', severity: 'error' },
  // Not an API key's option, the application's own secrets, a self-hosted store's published default.
  { file: 'src/clients.ts', text: "const t = new TokenClient({ secret: process.env.TOKEN_SECRET || 'changeme' });", secret: 'changeme', context: 'production', severity: 'error' },
  { file: 'src/clients.ts', text: "const w = new WebhookClient({ apiKey: process.env.WEBHOOK_SECRET || 'dev-webhook-secret' });", secret: 'dev-webhook-secret', context: 'production', severity: 'error' },
  { file: 'src/s3.ts', text: "export const s3 = new S3Client({ credentials: { accessKeyId: 'a', secretAccessKey: process.env.MINIO_SECRET_KEY || 'minioadmin' } });", secret: 'minioadmin', context: 'production', severity: 'error' },
  { file: 'src/s3.ts', text: "export const s3 = new StorageClient({ apiKey: process.env.MINIO_SECRET_KEY || 'changeme' });", secret: 'changeme', context: 'production', severity: 'error' },
  // A triple quote in a comment or inside another string opens no docstring: the fields after it are read.
  { file: 'app/config.py', text: '# Docstrings use \"\"\" quotes\nfrom pydantic_settings import BaseSettings\nFENCE = \'\"\"\"\'\n\nclass Settings(BaseSettings):\n    \"\"\"Settings.\"\"\"\n    API: str = "/api"  # not \"\"\" a docstring\n    SECRET: str = "super secret jwt secret"', secret: 'super secret jwt secret', line: 8 },
  { file: 'src/billing.ts', text: "const key = process.env.STRIPE_SECRET_KEY || 'sk_nothing';\nconst stripe = new Stripe(key);", secret: 'sk_nothing', context: 'production', severity: 'error' },
  { file: 'src/auth.ts', text: "const token = jwt.sign(payload, process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', context: 'production', severity: 'error' },
  { file: 'src/webhooks.ts', text: "stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_SECRET_KEY || 'whsec_nothing');", secret: 'whsec_nothing', context: 'production', severity: 'error' },
  { file: 'src/billing.ts', text: "const stripe = new Stripe(process.env.JWT_SECRET || 'sk_nothing');", secret: 'sk_nothing', context: 'production', severity: 'error' },
  { file: 'config/dev.exs', text: 'config :portal, Portal.Billing,\n  secret_key: System.get_env("STRIPE_SECRET_KEY", "sk_dev_1111")', secret: 'sk_dev_1111', line: 2, severity: 'warning' },
  // Only while the value is still the client's argument: not after the statement, the item or the call ends, not
  // assigned to a variable on the way, not inside a signing call, not a piece of a longer key, not after a client
  // that is text.
  { file: 'app/auth.py', text: "stripe.api_key = os.getenv('A'); token = jwt.encode(payload, os.getenv('STRIPE_SECRET_KEY', 'sk_nothing'), algorithm='HS256')", secret: 'sk_nothing', severity: 'error' },
  { file: 'src/auth.js', text: "stripe.apiKey = k, token = jwt.sign(p, process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', severity: 'error' },
  { file: 'src/auth.js', text: "const stripe = new Stripe(secret = process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', severity: 'error' },
  { file: 'src/auth.js', text: "const stripe = new Stripe(k, { hook: () => jwt.sign(p, process.env.STRIPE_SECRET_KEY || 'sk_nothing') });", secret: 'sk_nothing', severity: 'error' },
  { file: 'src/billing.js', text: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_live_' + suffix);", secret: 'sk_live_', severity: 'error' },
  { file: 'src/auth.js', text: "new Stripe(a || '('); const t = jwt.sign(p, process.env.STRIPE_SECRET_KEY || 'sk_nothing');", secret: 'sk_nothing', severity: 'error' },
  { file: 'src/auth.js', text: "/* new Stripe( */ const key = process.env.STRIPE_SECRET_KEY || 'sk_nothing';", secret: 'sk_nothing', severity: 'error' },
  // A default names a Secret's entry only as a `secretKeyRef`'s `key:` (a ConfigMap's entry is no Secret's).
  { file: 'charts/app/templates/deployment.yaml', text: '        - name: STORE_KEY\n          value: {{ .Values.store.secretKey | default "changeme" }}', secret: 'changeme', line: 2 },
  { file: 'charts/app/templates/deployment.yaml', text: '          configMapKeyRef:\n            key: {{ .Values.store.secretKey | default "changeme" }}', secret: 'changeme', line: 2 },
  { file: 'charts/app/templates/deployment.yaml', text: '          secretKeyRef:\n            name: {{ .Values.store.secretKey | default "changeme" }}', secret: 'changeme', line: 2 },
  // Under a `secret:` mapping, only its `key:` names an entry; a chart's `existingSecretKey` must be read to name one.
  { file: 'charts/app/templates/cm.yaml', text: 'data:\n  config.yaml: |\n    session:\n      secret:\n        key: {{ .Values.session.secretKey | default "Zq8sT2vBJw5yKp0cN7pL4vR9" }}', secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9', line: 5 },
  { file: 'charts/app/templates/cm.yaml', text: 'data:\n  config.yaml: |\n    session:\n      secret:\n        key: {{ .Values.session.secretKey | default "changeme-session-key" }}', secret: 'changeme-session-key', line: 5 },
  { file: 'charts/app/templates/cluster.yaml', text: '      secret:\n        name: {{ .Values.auth.existingSecret | quote }}\n        key: {{ .Values.auth.secretKey | default "Zq8sT2vBJw5yKp0cN7pL4vR9" | quote }}', secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9', line: 3 },
  { file: 'charts/app/templates/deploy.yaml', text: '        - name: JWT_SECRET\n          value: {{ .Values.auth.existingSecretKey | default "Zq8sT2vBJw5yKp0cN7pL4vR9" }}', secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9', line: 2 },
  // Micronaut's generated configuration: the generator's secret read from the environment, with a default.
  { file: 'src/main/resources/application.yml', text: "micronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: '\"${JWT_GENERATOR_SIGNATURE_SECRET:pleaseChangeThisSecretForANewOne}\"'", secret: 'pleaseChangeThisSecretForANewOne', line: 8 },
  { file: 'charts/app/templates/cluster.yaml', text: '      secret:\n        password: {{ .Values.auth.secretKey | default "changeme" }}', secret: 'changeme', line: 2 },
  { file: 'charts/app/templates/deploy.yaml', text: '        value: {{ .Values.auth.jwtSecretKey | default "Zq8sT2vBJw5yKp0cN7pL" }}', secret: 'Zq8sT2vBJw5yKp0cN7pL' },
  // A template that is a value, or that only starts a mapping's key: not an entry's name.
  { file: 'charts/app/templates/cm.yaml', text: 'data:\n  config.yaml: |\n    {{ .Values.auth.jwtSecret | default "q8Zr4nM2xV7bL1cK9pT3" }}: token', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 3 },
  { file: 'charts/app/templates/secret.yaml', text: 'stringData:\n  {{ .Values.auth.secretKey | default "q8Zr4nM2xV7bL1cK9pT3" }}', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 2 },
  { file: 'charts/app/templates/cm.yaml', text: 'data:\n  {{ .Values.auth.secretKey | default "q8Zr4nM2xV7bL1cK9pT3" }}:{{ .Values.port }}', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 2 },
  { file: 'charts/app/templates/deployment.yaml', text: '          secretKeyRef:\n            key: {{ .Values.secretKey | default "api-key" }}{{ .Values.jwtSecret | default "Zq8sT2vBJw5yKp0cN7pL" }}', secret: 'Zq8sT2vBJw5yKp0cN7pL', line: 2 },
  // A method named for the family whose body returns an environment read with a default, whatever the variable.
  { file: 'app/models/remote_file.rb', text: 'class RemoteFile\n  def self.secret_key\n    ENV.fetch("CAMO_KEY", "secret")\n  end\nend', secret: 'secret', line: 3 },
  { file: 'app/models/signer.rb', text: 'class Signer\n  def secret_key_base\n    ENV["SKB"] || "dev-key-base-q8Zr4nM2xV7bL1cK9"\n  end\nend', secret: 'dev-key-base-q8Zr4nM2xV7bL1cK9', line: 3 },
  { file: 'app/tokens.py', text: 'class Tokens:\n    def secret_key(self):\n        return os.getenv("SIGNER_KEY", "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa")\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3 },
  { file: 'src/config.ts', text: 'export class Config {\n  get jwtSecret(): string { return process.env.TOKEN_KEY || "dev-secret"; }\n}', secret: 'dev-secret', line: 2 },
  // Python: os, Django, django-environ, python-decouple, Flask
  // Django's settings as `startproject` writes them serve only this machine (`DEBUG = True`, `ALLOWED_HOSTS = []`).
  { file: 'mysite/settings.py', text: "SECRET_KEY = os.environ.get(\n    'DJANGO_SECRET_KEY',\n    'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa',\n)\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'development', severity: 'warning' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa')\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'development', severity: 'warning' },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', 'dev')", secret: 'dev' },
  // A default that reads another variable with a default of its own.
  { file: 'backend/src/auth.py', text: 'JWT_SECRET: str = os.getenv("JWT_SECRET", os.getenv("SSE_SECRET", "dev-stream-secret"))', secret: 'dev-stream-secret' },
  { file: 'settings.py', text: 'SECRET_KEY = os.environ.get("SECRET_KEY", os.environ.get("LEGACY_KEY", "abc123dev"))', secret: 'abc123dev' },
  // A mapping of settings read with a default (freqtrade's API server, Flask's config), and Django's `getattr(settings, …)`.
  { file: 'freqtrade/rpc/api_server/api_auth.py', text: 'secret_jwt_key = api_config.get("jwt_secret_key", "super-secret")', secret: 'super-secret' },
  { file: 'app/__init__.py', text: "app.secret_key = app.config.get('SECRET_KEY', 'dev')", secret: 'dev' },
  { file: 'app/auth.py', text: "key = current_app.config.get('JWT_SECRET_KEY') or 'jwt-dev-secret'", secret: 'jwt-dev-secret' },
  { file: 'jwt_auth/settings.py', text: "JWT_SECRET_KEY = getattr(settings, 'JWT_SECRET_KEY', 'secret')", secret: 'secret' },
  { file: 'settings.py', text: 'SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-abc")', secret: 'django-insecure-abc' },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY') or 'unsafe-default'", secret: 'unsafe-default' },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.setdefault('SECRET_KEY', 'dev-key')", secret: 'dev-key' },
  { file: 'config/settings/base.py', text: "SECRET_KEY = env('DJANGO_SECRET_KEY', default='unsafe-secret-key')", secret: 'unsafe-secret-key' },
  { file: 'config/settings/base.py', text: 'SECRET_KEY = env.str("SECRET_KEY", default="x-dev-key")', secret: 'x-dev-key' },
  { file: 'config/settings/base.py', text: "env = environ.Env(\n    DEBUG=(bool, False),\n    SECRET_KEY=(str, 'environ-scheme-default'),\n)", secret: 'environ-scheme-default', line: 3 },
  { file: 'settings.py', text: "SECRET_KEY = config('SECRET_KEY', default='dev-key')", secret: 'dev-key' },
  { file: 'settings.py', text: 'SECRET_KEY = config("SECRET_KEY", default="dev-key", cast=str)', secret: 'dev-key' },
  { file: 'settings.py', text: "SECRET_KEY = decouple.config('SECRET_KEY', 'positional-default')", secret: 'positional-default' },
  { file: 'app.py', text: "app.config['SECRET_KEY'] = os.environ.get('SECRET_KEY', 'dev')", secret: 'dev' },
  { file: 'app.py', text: 'app.secret_key = os.getenv("FLASK_SECRET_KEY", "dev")', secret: 'dev' },
  { file: 'config.py', text: "class Config:\n    SECRET_KEY = os.environ.get('SECRET_KEY') or 'you-will-never-guess'", secret: 'you-will-never-guess', line: 2 },
  { file: 'main.py', text: "app.add_middleware(SessionMiddleware, secret_key=os.getenv('SESSION_SECRET', 'dev-session'))", secret: 'dev-session' },
  // Auth.js, Payload CMS: their signing secrets by their own names.
  { file: 'src/auth.ts', text: "export const authOptions = { secret: process.env.NEXTAUTH_SECRET || 'dev-nextauth' };", secret: 'dev-nextauth' },
  { file: 'src/payload.config.ts', text: "export default buildConfig({ secret: process.env.PAYLOAD_SECRET || 'dev-secret_val' });", secret: 'dev-secret_val' },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', 'dev-xxx')", secret: 'dev-xxx' },
  // A project's own wrapper, named for the environment (healthchecks' `envsecret`), and a mask the program runs with.
  { file: 'hc/settings.py', text: 'SECRET_KEY = envsecret("SECRET_KEY", "---")', secret: '---' },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', '***')", secret: '***' },
  { file: 'app/config.py', text: "JWT_SECRET = env_str('JWT_SECRET', 'dev-jwt')", secret: 'dev-jwt' },
  { file: 'src/config.ts', text: "export const sessionSecret = getEnvVar('SESSION_SECRET', 'local-session');", secret: 'local-session' },
  // JavaScript / TypeScript
  { file: 'auth.js', text: "const secret = process.env.JWT_SECRET || 'secret'", secret: 'secret' },
  { file: 'app.js', text: "app.use(session({ secret: process.env.SESSION_SECRET || 'keyboard cat' }))", secret: 'keyboard cat' },
  { file: 'config.ts', text: "export const JWT_SECRET = process.env.JWT_SECRET ?? 'dev-secret';", secret: 'dev-secret' },
  { file: 'auth.js', text: "const token = jwt.sign(payload, process.env.JWT_SECRET || 'shhh')", secret: 'shhh' },
  // A literal given to the variable a read went into when the read is empty.
  { file: 'internal/config/config.go', text: 'package config\n\nfunc Secret() string {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif secret == "" {\n\t\tsecret = "go-empty-default"\n\t}\n\treturn secret\n}', secret: 'go-empty-default', line: 6 },
  { file: 'internal/config/config.go', text: 'func Secret() string {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif len(secret) == 0 {\n\t\tsecret = "go-len-default"\n\t}\n\treturn secret\n}', secret: 'go-len-default', line: 4 },
  { file: 'config/initializers/secret.rb', text: 'Rails.application.config.secret_key_base = ENV["SECRET_KEY_BASE"].presence || "rails-presence-fallback"', secret: 'rails-presence-fallback' },
  // The name itself given a literal under a test that it is empty: a default (medusa's config loader), with a call
  // between the test and the assignment, on the test's line, in Python and Go.
  { file: 'src/config/config.ts', text: 'normalizeHttp(http) {\n  http.jwtSecret = http?.jwtSecret ?? process.env.JWT_SECRET\n\n  if (!http.jwtSecret) {\n    this.rejectErrors(\n      `http.jwtSecret not found.${\n        this.isProduction ? "" : " Using a default."\n      }`\n    )\n\n    http.jwtSecret = "js-block-default"\n  }\n  return http\n}', secret: 'js-block-default', line: 11 },
  { file: 'src/auth.js', text: "let jwtSecret = process.env.JWT_SECRET;\nif (jwtSecret === undefined) jwtSecret = 'js-same-line-default';", secret: 'js-same-line-default', line: 2 },
  // Reads of other spellings, a few settings above the test.
  { file: 'app/settings.py', text: 'from os import environ\nSECRET_KEY = environ.get("SECRET_KEY")\nDEBUG = False\nALLOWED_HOSTS = ["acme.io"]\nTIME_ZONE = "UTC"\nif not SECRET_KEY:\n    SECRET_KEY = "py-environ-default"', secret: 'py-environ-default', line: 7 },
  { file: 'src/auth.ts', text: 'let jwtSecret = Deno.env.get("JWT_SECRET");\nif (!jwtSecret) jwtSecret = "deno-env-default";', secret: 'deno-env-default', line: 2 },
  { file: 'internal/auth/auth.go', text: 'func load() {\n\tjwtSecret := viper.GetString("jwt_secret")\n\tif jwtSecret == "" {\n\t\tjwtSecret = "viper-default"\n\t}\n}', secret: 'viper-default', line: 4 },
  // The environment's own entry, tested and set (kutt's knexfile): the test reads the environment.
  { file: 'knexfile.js', text: '// used by migrations only\nif (!process.env.JWT_SECRET) {\n  process.env.JWT_SECRET = "knex-env-default";\n}', secret: 'knex-env-default', line: 3 },
  // After an exit in production, the rest of the block runs only outside production.
  { file: 'packages/core/src/config.js', text: "config.jwtSecret = process.env.JWT_SECRET\nif (!config.jwtSecret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required')\n  config.jwtSecret = 'dev-only-secret'\n}\nmodule.exports = config", secret: 'dev-only-secret', line: 4, context: 'development', severity: 'warning' },
  { file: 'app/settings.py', text: 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY")\nif not SECRET_KEY:\n    print("SECRET_KEY is not set")\n    SECRET_KEY = "py-block-default"', secret: 'py-block-default', line: 5 },
  { file: 'internal/config/config.go', text: 'func load() {\n\tjwtSecret = os.Getenv("JWT_SECRET")\n\tif jwtSecret == "" {\n\t\tjwtSecret = "go-own-name-default"\n\t}\n}', secret: 'go-own-name-default', line: 4 },
  // Environment schemas: zod's `.default()`, envalid's `default` (and `devDefault`, outside production only).
  { file: 'src/env.ts', text: "export const env = z.object({ JWT_SECRET: z.string().default('dev-jwt-secret') }).parse(process.env)", secret: 'dev-jwt-secret' },
  { file: 'src/env.mjs', text: "export const env = createEnv({\n  server: {\n    AUTH_SECRET: z.string().min(32).default('t3-dev-auth-secret-value-0123456789'),\n  },\n})", secret: 't3-dev-auth-secret-value-0123456789', line: 3 },
  { file: 'src/config.ts', text: "const env = cleanEnv(process.env, {\n  SESSION_SECRET: str({ default: 'dev-session-secret' }),\n})", secret: 'dev-session-secret', line: 2 },
  { file: 'src/config.ts', text: "const env = cleanEnv(process.env, {\n  SESSION_SECRET: str({ devDefault: 'dev-session-secret', desc: 'cookie key' }),\n})", secret: 'dev-session-secret', line: 2, context: 'development', severity: 'warning' },
  // A settings reader of the project's own with a default (evershop's `getConfig` over node-config), in JS and Python.
  { file: 'src/modules/auth/getCookieSecret.ts', text: "export const getCookieSecret = (): string =>\n  getConfig('system.session.cookieSecret', 'keyboard cat');", secret: 'keyboard cat', line: 2 },
  { file: 'app/auth.py', text: "SECRET_KEY = get_setting('SECRET_KEY', 'reader-default-key')", secret: 'reader-default-key' },
  // iron-session seals its cookie with `password`; a fallback to a literal when the variable is unset.
  { file: 'lib/session.ts', text: "import { SessionOptions } from 'iron-session'\nexport const sessionOptions: SessionOptions = {\n  password: process.env.SECRET_COOKIE_PASSWORD || 'complex_password_at_least_32_characters_long',\n  cookieName: 'app_session',\n}", secret: 'complex_password_at_least_32_characters_long', line: 3 },
  // .NET: a configuration or environment read with a literal after `??`.
  { file: 'src/Api/Program.cs', text: 'var jwtKey = builder.Configuration["Jwt:Key"] ?? "dotnet-fallback-signing-key";', secret: 'dotnet-fallback-signing-key' },
  { file: 'src/Api/Program.cs', text: 'var secret = Environment.GetEnvironmentVariable("JWT_SECRET") ?? "dotnet-env-fallback";', secret: 'dotnet-env-fallback' },
  { file: 'src/Api/Program.cs', text: '    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Secret"] ?? "inline fallback key"))', secret: 'inline fallback key' },
  { file: 'src/Api/Startup.cs', text: 'var key = _configuration.GetValue<string>("Authentication:JwtSecret") ?? "dotnet-getvalue-fallback";', secret: 'dotnet-getvalue-fallback' },
  // Ansible's environment lookup in a Jinja expression, with the `default` filter after it.
  { file: 'roles/app/defaults/main.yml', text: `app_session_secret: "{{ lookup('env', 'SESSION_SECRET') | default('dev-session-secret', true) }}"`, secret: 'dev-session-secret' },
  { file: 'group_vars/all.yml', text: `django_secret_key: "{{ lookup('ansible.builtin.env', 'DJANGO_SECRET_KEY') | d('insecure-dev-key') }}"`, secret: 'insecure-dev-key' },
  // `GetValue<string>(key, default)`: the default when the key is unset, as `??` gives it.
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration.GetValue<string>("Jwt:Key", "dotnet-getvalue-default");', secret: 'dotnet-getvalue-default' },
  { file: 'src/Api/Startup.cs', text: 'var key = Configuration.GetValue<string?>( "Authentication:JwtSecret" , "dotnet-getvalue-default" )', secret: 'dotnet-getvalue-default' },
  // Go 1.22's `cmp.Or`: the first argument that is not empty.
  { file: 'main.go', text: 'var jwtSecret = []byte(cmp.Or(os.Getenv("JWT_SECRET"), "dev-secret-change-me"))', secret: 'dev-secret-change-me' },
  // Struct tags of envconfig, caarlos0/env and cleanenv fill the field with the default when the variable is unset.
  { file: 'internal/config/config.go', text: 'type Config struct {\n\tPort      int    `envconfig:"PORT" default:"8080"`\n\tJWTSecret string `envconfig:"JWT_SECRET" default:"dev-jwt-secret"`\n}', secret: 'dev-jwt-secret', line: 3 },
  { file: 'config.go', text: 'type Config struct {\n\tSessionSecret string `env:"SESSION_SECRET" envDefault:"dev-session-secret"`\n}', secret: 'dev-session-secret', line: 2 },
  { file: 'config.go', text: 'type Config struct {\n\tCookie string `yaml:"cookie" env:"COOKIE_SECRET" env-default:"dev-cookie-secret"`\n}', secret: 'dev-cookie-secret', line: 2 },
  { file: 'config.go', text: 'type Config struct {\n\tJWTSecret string `default:"dev-jwt-secret"`\n}', secret: 'dev-jwt-secret', line: 2 },
  { file: 'internal/config/config.go', text: 'package config\n\nfunc Secret() string {\n\tkey := os.Getenv("SESSION_SECRET")\n\tif key == "" { key = "go-inline-default" }\n\treturn key\n}', secret: 'go-inline-default', line: 5 },
  { file: 'src/config.js', text: "let secret = process.env.JWT_SECRET;\nif (!secret) secret = 'js-empty-default';", secret: 'js-empty-default', line: 2 },
  { file: 'src/config.ts', text: "let s: string | undefined = process.env.SESSION_SECRET\n\nif (s === undefined) {\n  s = 'ts-block-default';\n}", secret: 'ts-block-default', line: 4 },
  { file: 'app/settings.py', text: 'key = os.environ.get("SECRET_KEY")\nif not key:\n    key = "py-empty-default"\nSECRET_KEY = key', secret: 'py-empty-default', line: 3 },
  // A ternary whose one branch reads the variable and the other is a literal: the literal is a fallback, development
  // when the condition says its branch runs outside production only.
  { file: 'auth.js', text: "const secret = process.env.JWT_SECRET ? process.env.JWT_SECRET : 'plain-ternary'", secret: 'plain-ternary', context: 'production', severity: 'error' },
  { file: 'auth.js', text: "const secret = useEnv ? process.env.JWT_SECRET : 'flag-ternary'", secret: 'flag-ternary', context: 'production' },
  { file: 'auth.js', text: "const secret = process.env.NODE_ENV === 'production' ? process.env.SESSION_SECRET : 'dev-ternary'", secret: 'dev-ternary', context: 'development', severity: 'warning' },
  { file: 'auth.ts', text: "export const JWT_SECRET = process.env.NODE_ENV !== 'production' ? 'dev-then-ternary' : process.env.JWT_SECRET!;", secret: 'dev-then-ternary', context: 'development' },
  { file: 'auth.ts', text: "const secret = isProduction ? 'prod-then-ternary' : process.env.JWT_SECRET;", secret: 'prod-then-ternary', context: 'production' },
  { file: 'auth.ts', text: "app.use(session({ secret: app.get('env') === 'development' ? 'dev-in-call' : process.env.SESSION_SECRET }))", secret: 'dev-in-call', context: 'development' },
  // Over lines, as Prettier breaks a long ternary; TypeScript's `!` and `as` after the read.
  { file: 'auth.ts', text: "export const jwtSecret = process.env.NODE_ENV === 'production'\n  ? process.env.JWT_SECRET : 'dev-two-lines';", secret: 'dev-two-lines', line: 2, context: 'development' },
  { file: 'auth.ts', text: "export const jwtSecret =\n  process.env.NODE_ENV === 'production'\n    ? process.env.JWT_SECRET\n    : 'dev-prettier';", secret: 'dev-prettier', line: 4, context: 'development' },
  { file: 'auth.ts', text: "export const jwtSecret =\n  process.env.NODE_ENV !== 'production'\n    ? 'dev-prettier-then'\n    : process.env.JWT_SECRET;", secret: 'dev-prettier-then', line: 3, context: 'development' },
  { file: 'auth.ts', text: "const s = isProduction ? process.env.JWT_SECRET! : 'dev-bang';", secret: 'dev-bang', context: 'development' },
  { file: 'auth.js', text: "const s = useEnv ? process.env.JWT_SECRET : 'no-semicolon-prod'\nexport default s", secret: 'no-semicolon-prod', context: 'production' },
  { file: 'auth.ts', text: "const s = useEnv ? process.env.JWT_SECRET as string : 'as-string-prod';", secret: 'as-string-prod', context: 'production' },
  // Python's conditional expression.
  { file: 'app/settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY'] if not DEBUG else 'py-dev-ternary'", secret: 'py-dev-ternary', context: 'development' },
  { file: 'app/settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY') if use_env else 'py-prod-ternary'", secret: 'py-prod-ternary', context: 'production' },
  { file: 'config.js', text: "const { JWT_SECRET = 'dev' } = process.env;", secret: 'dev' },
  { file: 'vite.config.ts', text: "const secret = import.meta.env.VITE_SESSION_SECRET || 'dev'", secret: 'dev' },
  { file: 'server.js', text: "const secret = process.env['SESSION_SECRET'] || 'fallback-secret'", secret: 'fallback-secret' },
  { file: 'app.js', text: "app.use(cookieParser(process.env.COOKIE_SECRET || 'cookie-secret'))", secret: 'cookie-secret' },
  { file: 'src/auth/auth.module.ts', text: "secret: configService.get<string>('JWT_SECRET', 'default-secret'),", secret: 'default-secret' },
  // Ruby
  { file: 'config/environments/production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', 'dev-base')", secret: 'dev-base' },
  { file: 'config/environments/production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { 'dev-secret' }", secret: 'dev-secret' },
  { file: 'config/initializers/secret.rb', text: "Rails.application.config.secret_key_base = ENV['SECRET_KEY_BASE'] || 'abc'", secret: 'abc' },
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "devkey") %>', secret: 'devkey', line: 2 },
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev" %>', secret: 'dev', line: 2 },
  // PHP
  { file: 'config/app.php', text: "    'key' => env('APP_KEY', 'SomeRandomString'),", secret: 'SomeRandomString', context: 'production', severity: 'error' },
  // SOGo's URL encryption key, defaulted in mailcow's compose file.
  { file: 'docker-compose.yml', text: 'services:\n  sogo:\n    environment:\n      - SOGO_URL_ENCRYPTION_KEY=${SOGO_URL_ENCRYPTION_KEY:-SOGoSuperSecret0}', secret: 'SOGoSuperSecret0', line: 4 },
  // Koa's signing keys, a list whose key falls back to a literal when the variable is unset.
  { file: 'src/app.js', text: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [process.env.KOA_KEY || 'im a newer secret'];", secret: 'im a newer secret', line: 3 },
  // Strapi's token salts, HMAC keys of its API and transfer tokens.
  { file: 'config/admin.js', text: "module.exports = ({ env }) => ({\n  apiToken: { salt: env('API_TOKEN_SALT', 'Vq3mZ8kR2xL7pN4wT9bC6hF1') },\n  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'q8Zr4nM2xV7bL1cK9pT3wY6h') } },\n});", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1', line: 2 },
  // CakePHP's installer replaces `__SALT__` in the copy it makes; left in place, every installation shares it. In the
  // copy it makes it from, it is what belongs there: an example's placeholder.
  { file: 'config/app_local.php', text: "    'Security' => [\n        'salt' => env('SECURITY_SALT', '__SALT__'),\n    ],", secret: '__SALT__', line: 2 },
  { file: 'config/app.default.php', text: "    'Security' => [\n        'salt' => env('SECURITY_SALT', '__SALT__'),\n    ],", secret: '__SALT__', line: 2, context: 'example', severity: 'notice' },
  // CakePHP 3 and later: its installer writes the salt into `config/app.php` as the default of `SECURITY_SALT`.
  { file: 'config/app.php', text: "    'Security' => [\n        'salt' => env('SECURITY_SALT', '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b'),\n    ],", secret: '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b', line: 2 },
  { file: 'web/sites/default/settings.php', text: "<?php\n$settings['hash_salt'] = getenv('HASH_SALT') ?: 'drupal-hash-salt-9Qz2';", secret: 'drupal-hash-salt-9Qz2', line: 2 },
  // pydantic-settings reads each field from the environment: a field's value is its default (also through
  // `SecretStr`, which only keeps it out of logs, and in a class derived from a settings class of the file).
  { file: 'app/config.py', text: "from pydantic import BaseSettings\n\nclass DevOpsSettings(BaseSettings):\n    SECRET_KEY = 'devops-9e1c0f2d'", secret: 'devops-9e1c0f2d', line: 4, context: 'production' },
  { file: 'app/core/config.py', text: 'from pydantic import SecretStr\nfrom pydantic_settings import (\n    BaseSettings,\n)\n\nclass Settings(BaseSettings):\n    secret_key: SecretStr = SecretStr("a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2")', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 7 },
  { file: 'app/core/config.py', text: "import pydantic_settings\n\nclass Settings(pydantic_settings.BaseSettings):\n    JWT_SECRET: SecretBytes = SecretBytes(b'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8')", secret: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', line: 4 },
  { file: 'settings.py', text: "from pydantic_settings import BaseSettings\nclass CISettings(BaseSettings):\n    secret_key: str = 'ci-9e1c0f2d'", secret: 'ci-9e1c0f2d', line: 3, context: 'ci', severity: 'notice' },
  { file: 'app/core/config.py', text: "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    API_PREFIX: str = '/api'\n\nclass ProdSettings(Settings):\n    JWT_SECRET: str = 'prod-9e1c0f2d'", secret: 'prod-9e1c0f2d', line: 7, context: 'production', severity: 'error' },
  { file: 'app/core/config.py', text: "import pydantic\n\nclass Settings(pydantic.BaseSettings):\n    SECRET_KEY: str = 'changethis'", secret: 'changethis', line: 4 },
  // A settings field named as a secret, outside the family, whose default says it stands in for one: it signs whenever
  // the environment leaves it unset.
  { file: 'server/polar/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    SECRET: str = "super secret jwt secret"\n    S3_FILES_DOWNLOAD_SECRET: str = "supersecret"  # itsdangerous', secret: 'super secret jwt secret', line: 4, context: 'production', severity: 'error' },
  { file: 'server/polar/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    S3_FILES_DOWNLOAD_SECRET: str = "supersecret"  # itsdangerous', secret: 'supersecret', line: 4 },
  { file: 'app/settings.py', text: "from pydantic import BaseSettings\nclass AppSettings(BaseSettings):\n    cron_secret: str = 'changeme'", secret: 'changeme', line: 3 },
  // Laravel (5.1 on) refuses a key whose length does not fit its cipher: 5.1–5.3's stock fallback never ran.
  { file: 'config/app.php', text: "<?php\nreturn [\n    'key' => env('APP_KEY', 'SomeRandomString'),\n\n    'cipher' => 'AES-256-CBC',\n];", secret: 'SomeRandomString', line: 3, context: 'example', severity: 'notice' },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'cipher' => \"AES-128-CBC\",\n    'key' => env('APP_KEY', 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA='),\n];", secret: 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA=', line: 4, context: 'example', severity: 'notice' },
  // A key of the cipher's length works: BookStack's 32-character fallback, a 32-byte `base64:` key.
  { file: 'config/app.php', text: "<?php\nreturn [\n    'key' => env('APP_KEY', 'AbAZchsay4uBTU33RubBzLKw203yqSqr'),\n    'cipher' => 'AES-256-CBC',\n];", secret: 'AbAZchsay4uBTU33RubBzLKw203yqSqr', line: 3, context: 'production', severity: 'error' },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'key' => env('APP_KEY', 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA='),\n    'cipher' => 'AES-256-CBC',\n];", secret: 'base64:c3RhZ2luZy1hcHAta2V5LXZhbHVlLTEyMzQ1Njc4OTA=', line: 3, context: 'production', severity: 'error' },
  { file: 'config/jwt.php', text: "    'secret' => env('JWT_SECRET', 'changeme'),", secret: 'changeme' },
  { file: 'src/Auth.php', text: "$secret = getenv('JWT_SECRET') ?: 'dev';", secret: 'dev' },
  { file: 'src/Kernel.php', text: "$secret = $_ENV['APP_SECRET'] ?? 'dev';", secret: 'dev' },
  // Java / Kotlin / Spring
  { file: 'JwtUtil.java', text: '    @Value("${jwt.secret:mySecret}")', secret: 'mySecret' },
  { file: 'application.properties', text: 'jwt.secret=${JWT_SECRET:defaultsecret}', secret: 'defaultsecret' },
  { file: 'application.yml', text: 'jwt:\n  secret: ${JWT_SECRET:changeme}', secret: 'changeme', line: 2 },
  { file: 'Config.java', text: 'String secret = System.getenv().getOrDefault("JWT_SECRET", "dev");', secret: 'dev' },
  { file: 'Config.kt', text: 'val secret = System.getenv("JWT_SECRET") ?: "dev"', secret: 'dev' },
  { file: 'Config.java', text: 'String secret = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("dev");', secret: 'dev' },
  // Go
  { file: 'config.go', text: 'secret := getEnv("JWT_SECRET", "dev-secret")', secret: 'dev-secret' },
  { file: 'config.go', text: '\tviper.SetDefault("jwt.secret", "viper-default")', secret: 'viper-default' },
  // YAML: compose, GitHub Actions, Helm, Ansible
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY:-changeme}', secret: 'changeme', line: 2 },
  { file: 'docker-compose.yml', text: '    environment:\n      SECRET_KEY: ${SECRET_KEY:-dev}', secret: 'dev', line: 2 },
  { file: 'compose.yaml', text: '      JWT_SECRET: "${JWT_SECRET-dev}"', secret: 'dev' },
  { file: '.github/workflows/ci.yml', text: "    env:\n      JWT_SECRET: ${{ secrets.JWT_SECRET || 'ci-only-secret' }}", secret: 'ci-only-secret', line: 2 },
  { file: 'charts/app/templates/secret.yaml', text: 'stringData:\n  SECRET_KEY: {{ .Values.secretKey | default "changeme" | quote }}', secret: 'changeme', line: 2 },
  { file: 'roles/app/templates/settings.py.j2', text: "SECRET_KEY = '{{ app_secret_key | default(\"dev\") }}'", secret: 'dev' },
  { file: 'roles/app/defaults/main.yml', text: "app_env:\n  SECRET_KEY: \"{{ vault_secret_key | default('dev-key') }}\"", secret: 'dev-key', line: 2 },
  // JSON, TOML, INI (envsubst-style templates)
  { file: 'config.json', text: '{ "SECRET_KEY": "${SECRET_KEY:-json-default}" }', secret: 'json-default' },
  { file: 'config.toml', text: 'secret_key = "${SECRET_KEY:-toml-default}"', secret: 'toml-default' },
  { file: 'alembic.ini', text: 'secret_key = ${SECRET_KEY:-ini-default}', secret: 'ini-default' },
  // Dockerfile, shell
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=${SECRET_KEY:-dev}', secret: 'dev' },
  { file: 'Dockerfile', text: 'ARG JWT_SECRET\nENV JWT_SECRET=${JWT_SECRET:-build-default}', secret: 'build-default', line: 2 },
  // The Serverless Framework's variables: the value after the comma, quoted or bare.
  { file: 'serverless.yml', text: "provider:\n  environment:\n    JWT_SECRET: ${env:JWT_SECRET, 'dev-jwt-secret-123'}", secret: 'dev-jwt-secret-123', line: 3 },
  { file: 'serverless.yml', text: 'provider:\n  environment:\n    COOKIE_SECRET: ${env:COOKIE_SECRET, Zq8wX2vB7nM4kL9pR3tY6uI1}', secret: 'Zq8wX2vB7nM4kL9pR3tY6uI1', line: 3 },
  { file: 'entrypoint.sh', text: 'export SECRET_KEY=${SECRET_KEY:-dev}', secret: 'dev' },
  { file: 'entrypoint.sh', text: ': "${SECRET_KEY:=insecure-default}"', secret: 'insecure-default' },
  { file: 'run.sh', text: 'gunicorn app:app -e SECRET_KEY="${SECRET_KEY:-local}"', secret: 'local' },
  // `:=` assigns as it tests; outside a shell script, a comment's word is no test.
  { file: 'docker/entrypoint.sh', text: 'if [ "${SECRET_KEY:=changeme}" = "changeme" ]; then echo warn; fi\nexport SECRET_KEY', secret: 'changeme' },
  { file: 'config/app.toml', text: 'jwt_secret = "${JWT_SECRET:-changeme}"  # the same default is used in test and dev', secret: 'changeme' },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    command: [ "${JWT_SECRET:-changeme}" ]', secret: 'changeme', line: 3 },
  { file: 'run.sh', text: 'SECRET_KEY="${SECRET_KEY:-changeme}" # test it with: make test', secret: 'changeme' },
  // A test on the same line says nothing of an expansion that is no operand of it.
  { file: 'entrypoint.sh', text: '[ -n "$APP_HOME" ] && export SECRET_KEY=${SECRET_KEY:-dev}', secret: 'dev' },
  { file: 'entrypoint.sh', text: 'if [ -z "$DEBUG" ]; then export JWT_SECRET="${JWT_SECRET:-dev}"; fi', secret: 'dev' },
  // HCL: Terraform
  { file: 'main.tf', text: '  secret_key = lookup(var.env, "SECRET_KEY", "tf-lookup-default")', secret: 'tf-lookup-default' },
  { file: 'main.tf', text: '  SECRET_KEY = coalesce(var.secret_key, "tf-coalesce-default")', secret: 'tf-coalesce-default' },
  // Calls written over several lines
  { file: 'config/settings/local.py', text: 'SECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="!!!SET DJANGO_SECRET_KEY!!!",\n)', secret: '!!!SET DJANGO_SECRET_KEY!!!', line: 3 },
  { file: 'config/settings/test.py', text: 'SECRET_KEY = env("DJANGO_SECRET_KEY",\n                 default="test-only-key")', secret: 'test-only-key', line: 2 },
  { file: 'src/auth/auth.module.ts', text: "secret: this.configService.get<string>(\n  'JWT_SECRET',\n  'multi-line-default',\n),", secret: 'multi-line-default', line: 3 },
  { file: 'src/auth/auth.module.ts', text: "const secret = configService.get<string>('JWT_SECRET', 'fallback-secret');", secret: 'fallback-secret' },
  { file: 'jwt.strategy.ts', text: "secretOrKey: config.get<string>('JWT_SECRET', 'strategy-default')", secret: 'strategy-default' },
  { file: 'application.properties', text: 'security.jwt.secret-key=${JWT_SECRET_KEY:3cfa76ef14937c1c0ea519f8}', secret: '3cfa76ef14937c1c0ea519f8' },
  // Assigned only when unset
  { file: 'spec/rails_helper.rb', text: 'ENV["SECRET_KEY_BASE"] ||= "test-secret-key-base"', secret: 'test-secret-key-base' },
  { file: 'setup.js', text: "process.env.JWT_SECRET ??= 'setup-secret'", secret: 'setup-secret' },
  // Sections a path cannot see
  { file: 'config/secrets.yml', text: 'development:\n  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "dev-base") %>', secret: 'dev-base', line: 2, context: 'development', severity: 'warning' },
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "prod-base") %>', secret: 'prod-base', line: 2, context: 'production', severity: 'error' },
  { file: 'src/main/resources/application.yml', text: 'spring:\n  config:\n    activate:\n      on-profile: test\njwt:\n  secret: ${JWT_SECRET:test-profile-default}', secret: 'test-profile-default', line: 6, context: 'test' },
  // A vitest setup file (it imports vitest) outside a test folder: test code.
  { file: 'apps/web/integration/setup.ts', text: "import { vi } from 'vitest';\n\nprocess.env.BETTER_AUTH_SECRET ??= 'integration-setup-auth-secret';", secret: 'integration-setup-auth-secret', line: 3, context: 'test' },
  { file: 'Dockerfile', text: 'RUN SECRET_KEY=${SECRET_KEY:-dummy} python manage.py collectstatic', secret: 'dummy', context: 'build' },
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=${SECRET_KEY:-dummy}', secret: 'dummy', context: 'production' },
  // A second default after the call's own, for a variable set but empty: both are defaults.
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', 'inner-default') or 'outer-fallback'", secret: 'outer-fallback' },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', 'inner-default') or 'outer-fallback'", secret: 'inner-default' },
  // A secret set from a variable whose own name says nothing, with a default (flask-realworld's CONDUIT_SECRET).
  { file: 'conduit/settings.py', text: "class Config(object):\n    SECRET_KEY = os.environ.get('CONDUIT_SECRET', 'secret-key')  # TODO: Change me", secret: 'secret-key', line: 2 },
  { file: 'config/initializers/secret.rb', text: "Rails.application.config.secret_key_base = ENV.fetch('APP_TOKEN', 'dev-base')", secret: 'dev-base' },
  { file: 'src/config.js', text: "module.exports = {\n  jwtSecret: process.env.TOKEN_KEY || 'dev-token-key',\n};", secret: 'dev-token-key', line: 2 },
  { file: 'config/jwt.php', text: "<?php\nreturn [\n    'secret' => env('JWT_SIGNING', 'changeme-signing'),\n];", secret: 'changeme-signing', line: 3 },
  // A fallback to a constant of the file set to a literal: reported where the fallback is (medusa's defineConfig).
  { file: 'packages/core/utils/src/common/define-config.ts', text: 'const DEFAULT_SECRET = "supersecret"\n\nexport function defineConfig() {\n  return {\n    jwtSecret: process.env.JWT_SECRET || DEFAULT_SECRET,\n  }\n}', secret: 'supersecret', line: 5 },
  { file: 'src/config.ts', text: "export const FALLBACK_KEY: string = 'dev-fallback-key';\nexport const secret = process.env.SESSION_SECRET ?? FALLBACK_KEY;", secret: 'dev-fallback-key', line: 2 },
  { file: 'settings.py', text: "DEV_KEY = 'insecure-dev-key'\nSECRET_KEY = os.environ.get('SECRET_KEY') or DEV_KEY", secret: 'insecure-dev-key', line: 2 },
  { file: 'src/main/java/app/JwtConfig.java', text: 'class JwtConfig {\n    private static final String DEFAULT_KEY = "dev-signing-key";\n    String key = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse(DEFAULT_KEY);\n}', secret: 'dev-signing-key', line: 3 },
  // Pusher's secret signs; its key is public
  { file: 'lib/pusher.js', text: "  secret: process.env.PUSHER_SECRET || '989b8e9c20c3b20b6ec7',", secret: '989b8e9c20c3b20b6ec7' },
  { file: 'config/broadcasting.php', text: "            'secret' => env('REVERB_APP_SECRET', 'reverb-secret-default'),", secret: 'reverb-secret-default' },
  // Rust: `env::var` with `unwrap_or`, `unwrap_or_else` and a closure, `.ok()` first, `String::from`.
  { file: 'src/config.rs', text: 'pub fn jwt_secret() -> String {\n    env::var("JWT_SECRET").unwrap_or("dev-jwt-secret".to_string())\n}', secret: 'dev-jwt-secret', line: 2 },
  { file: 'src/config.rs', text: '    let secret = std::env::var("SESSION_SECRET").unwrap_or_else(|_| "dev-session-secret".into());', secret: 'dev-session-secret' },
  { file: 'src/main.rs', text: '    let key = env::var("SECRET_KEY").unwrap_or_else(|_| String::from("dev-secret-key"));', secret: 'dev-secret-key' },
  { file: 'src/main.rs', text: '    let key = dotenvy::var("JWT_SECRET").ok().unwrap_or_else(|| { "dev-jwt-key".to_owned() });', secret: 'dev-jwt-key' },
  // rustfmt's layout: each call of the chain on its own line.
  { file: 'src/config.rs', text: 'pub fn jwt_secret() -> String {\n    std::env::var("JWT_SECRET")\n        .unwrap_or_else(|_| "dev-secret-change-me-in-production".to_string())\n}', secret: 'dev-secret-change-me-in-production', line: 3 },
  { file: 'src/config.rs', text: '    let key = env::var("SESSION_SECRET")\n        .ok()\n        .unwrap_or(String::from("dev-session-key"));', secret: 'dev-session-key', line: 3 },
  // Go's flag packages: the default runs when the command line does not give the flag.
  { file: 'cmd/server/main.go', text: '\tjwtSecret := flag.String("jwt-secret", "change-me-secret", "Secret key used to sign JWT tokens")', secret: 'change-me-secret' },
  { file: 'cmd/server/main.go', text: '\tflag.StringVar(&sessionSecret, "session-secret", "dev-session-secret", "cookie signing secret")', secret: 'dev-session-secret' },
  { file: 'cmd/root.go', text: '\trootCmd.PersistentFlags().StringP("jwt-secret", "j", "dev-cobra-secret", "JWT signing key")', secret: 'dev-cobra-secret' },
  // clap (and structopt) options: `default_value` runs when neither the command line nor `env` gives the option.
  { file: 'src/config.rs', text: '#[derive(Parser)]\npub struct Args {\n    #[arg(long, env = "JWT_SECRET", default_value = "dev-insecure-change-me")]\n    pub jwt_secret: String,\n}', secret: 'dev-insecure-change-me', line: 3 },
  { file: 'src/main.rs', text: 'struct Opts {\n    #[clap(long, env = "SESSION_SECRET", default_value_t = String::from("dev-session-secret"))]\n    session_secret: String,\n}', secret: 'dev-session-secret', line: 2 },
  { file: 'src/main.rs', text: 'struct Args {\n    /// JWT secret\n    #[clap(short, long, default_value = "secret")]\n    jwt_secret: String,\n}', secret: 'secret', line: 3 },
  { file: 'src/cli.rs', text: 'pub struct Cli {\n    #[arg(\n        long,\n        env,\n        default_value = "multi-line-attribute-key"\n    )]\n    pub secret_key: String,\n}', secret: 'multi-line-attribute-key', line: 5 },
  // The variable names the secret when the field does not (`secret` alone is no family name).
  { file: 'src/config.rs', text: 'pub struct Config {\n    #[arg(long, env = "JWT_SECRET", default_value = "field-named-plainly")]\n    pub secret: String,\n}', secret: 'field-named-plainly', line: 2 },
  // urfave/cli: `Value` is used when neither the command line nor `EnvVars` gives the flag.
  { file: 'cmd/server/main.go', text: 'import "github.com/urfave/cli/v2"\n\nvar flags = []cli.Flag{\n\t&cli.StringFlag{\n\t\tName:    "jwt-secret",\n\t\tValue:   "insecure-default-jwt-secret",\n\t\tEnvVars: []string{"JWT_SECRET"},\n\t},\n}', secret: 'insecure-default-jwt-secret', line: 6 },
  { file: 'main.go', text: 'import "github.com/urfave/cli/v2"\n\t\t\t&cli.StringFlag{Name: "jwt_secret", Usage: "Shared secret", EnvVars: []string{"JWT_SECRET"}, Value: "CHANGEME"},', secret: 'CHANGEME', line: 2 },
  { file: 'cmd/flags.go', text: 'import "github.com/urfave/cli/v2"\n\t&cli.StringFlag{\n\t\tName:    jwtSecret,\n\t\tValue:   "qi87x8Sd9KpQUuiOMP7gFMid3gRTQFjr",\n\t\tUsage:   "JWT secret used for signing authentication tokens",\n\t\tEnvVars: []string{"JWT_SECRET"},\n\t},', secret: 'qi87x8Sd9KpQUuiOMP7gFMid3gRTQFjr', line: 4 },
  { file: 'cmd/main.go', text: 'import "github.com/urfave/cli/v3"\n\t&cli.StringFlag{Name: "session-secret", Value: "dev-session-secret", Sources: cli.EnvVars("SESSION_SECRET")},', secret: 'dev-session-secret', line: 2 },
  // urfave/cli's forks (micro/cli, minio/cli) share its flags; v1's `EnvVar` lists variables separated by commas.
  { file: 'pkg/flagset/secret.go', text: 'import "github.com/micro/cli/v2"\n\n\t\t&cli.StringFlag{\n\t\t\tName:        "jwt-secret",\n\t\t\tValue:       "Pive-Fumkiu4",\n\t\t\tUsage:       "Used to create JWT to talk to reva",\n\t\t\tEnvVars:     []string{"REVA_JWT_SECRET"},\n\t\t\tDestination: &cfg.Reva.JWTSecret,\n\t\t},', secret: 'Pive-Fumkiu4', line: 5 },
  { file: 'runner/main.go', text: 'import "github.com/urfave/cli"\n\tcli.StringFlag{\n\t\tName:   "jwt-secret",\n\t\tEnvVar: "APP_JWT_SECRET,JWT_SECRET",\n\t\tValue:  "some-secret",\n\t},', secret: 'some-secret', line: 5 },
  // HOCON: a later `${?VARIABLE}` for the same key replaces the literal only when the variable is set (Play, Ktor).
  { file: 'conf/application.conf', text: 'play.http.secret.key = "changeme"\nplay.http.secret.key = ${?APPLICATION_SECRET}', secret: 'changeme' },
  { file: 'src/main/resources/application.conf', text: 'ktor {\n    deployment {\n        port = 8080\n    }\n}\njwt {\n    secret = "d41f9a0c8e7b4c21a5f0e3b2c1d9e8f7"\n    # from the environment in production\n    secret = ${?JWT_SECRET}\n    realm = "app"\n}', secret: 'd41f9a0c8e7b4c21a5f0e3b2c1d9e8f7', line: 7 },
  { file: 'conf/application.conf', text: 'play.http {\n  secret.key: "dev-only-play-secret"\n  secret.key: ${?PLAY_SECRET}\n}', secret: 'dev-only-play-secret', line: 2 },
  // A marker that says the value is absent, as the default the application runs with (not printed).
  { file: 'app/settings.py', text: 'SECRET_KEY = os.environ.get("SECRET_KEY", "<unset>")', secret: '<unset>' },
  { file: 'src/auth.js', text: "const token = jwt.sign({ id: 1 }, process.env.JWT_SECRET || '<unset>');", secret: '<unset>' },
  // An angle-bracket marker as the default is what a deployment that forgets the variable signs with, as written.
  { file: 'config/env.go', text: 'var JWTKey = getEnv("JWT_SECRET", "<token-key>")', secret: '<token-key>' },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', '<your-secret-key>')", secret: '<your-secret-key>' },
  { file: 'src/auth.js', text: "const secret = process.env.JWT_SECRET || '<jwt secret>';", secret: '<jwt secret>' },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      - SECRET_KEY=${SECRET_KEY:-<generate one>}', secret: '<generate one>', line: 4 },
  { file: 'app/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str = "<change me>"', secret: '<change me>', line: 4 },
];

const clean: Case[] = [
  // An operand of a shell test checks for the default; nothing runs with it.
  { file: 'scripts/validate-env.sh', text: 'if [[ "${POSTGRES_PASSWORD:-changeme123}" == "changeme123" ]] || [[ "${SECRET_KEY:-changeme123}" == "changeme123" ]]; then\n\twarn "Default SECRET_KEY detected"\nfi' },
  { file: 'docker/entrypoint.sh', text: 'if [ "${JWT_SECRET:-dev}" = "dev" ]; then echo "set JWT_SECRET" >&2; exit 1; fi' },
  { file: 'docker/entrypoint.sh', text: 'if [ "dev" != "${SESSION_SECRET:-dev}" ]; then echo ok; fi' },
  { file: 'docker/entrypoint.sh', text: 'if test ! "${SECRET_KEY:-unset}" = unset; then start; fi' },
  { file: 'docker/entrypoint.sh', text: 'case "${SECRET_KEY:-changeme}" in\n  changeme) echo "refusing the default" >&2; exit 1 ;;\nesac' },
  // Such a field outside the family with a default that names something (a Kubernetes Secret, a vault path), a random
  // one, an empty one; or the same stand-in outside a settings class.
  { file: 'app/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    KUBERNETES_SECRET: str = "app-secrets"\n    VAULT_SECRET: str = "secret/data/app"\n    CLIENT_SECRET: str = ""\n    OTHER_SECRET: str = "q8Zr4nM2xV7bL1cK9pT3wY6h"\n    def secret(self) -> str:\n        return "supersecret"' },
  { file: 'app/config.py', text: 'class Settings:\n    S3_FILES_DOWNLOAD_SECRET: str = "supersecret"' },
  // Words that name a secret kept elsewhere, a provider's secret to issue, a field's line inside a docstring.
  { file: 'app/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    OIDC_CLIENT_SECRET: str = "changeme"' },
  { file: 'app/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    KUBERNETES_SECRET: str = "database-password-secret"\n    VAULT_SECRET: str = "payments-service-token"\n    GOOGLE_CLIENT_SECRET: str = "your-google-client-secret"\n    GITHUB_CLIENT_SECRET: str = "changeme"\n    AWS_SECRET: str = "your-aws-secret"' },
  { file: 'app/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    \"\"\"\n    Example:\n    S3_FILES_DOWNLOAD_SECRET: str = "supersecret"\n    \"\"\"\n    API_PREFIX: str = "/api"' },
  // A settings mapping's read with no literal default, an empty one, another setting's value, or a mapping of no settings.
  { file: 'app/__init__.py', text: "app.secret_key = app.config.get('SECRET_KEY')" },
  { file: 'djstripe/settings.py', text: 'return getattr(settings, "STRIPE_TEST_SECRET_KEY", "")' },
  { file: 'jwt_auth/settings.py', text: "JWT_SIGNING_KEY = getattr(settings, 'JWT_SIGNING_KEY', settings.SECRET_KEY)" },
  { file: 'app/views.py', text: "token_secret = request.args.get('token_secret', 'abc123xyz')" },
  // ConfigParser takes a section first, its default as `fallback=`; a lookup by another name; a function's options.
  { file: 'app/webapp.py', text: 'from airflow.configuration import conf\njwt_secret = conf.get("api_auth", "jwt_secret")\nsecret_key = config.get("flask", "secret_key", fallback=None)\nSESSION_SECRET = settings.get("session", "cookie_secret")' },
  { file: 'app/settings.py', text: "SECRET_KEY = SETTINGS.get('key_name', 'fallback-value')" },
  { file: 'app/render.py', text: "signing_key = options.get('signing_key', 'kid')" },
  { file: 'settings.py', text: 'SECRET_KEY = os.environ.get("SECRET_KEY", os.environ.get("LEGACY_KEY"))' },
  // A bare SECRET read with no default, or a default for another object's SECRET.
  { file: 'services/process/src/config.ts', text: "const config = { secret: process.env.SECRET, other: process.env.SECRET ?? '' }" },
  { file: 'src/app.ts', text: "const secret = settings.SECRET ?? 'secret';" },
  { file: 'app/settings.py', text: "import os\nX = os.environ.get('SECRET')\nY = os.environ.get('CLIENT_SECRET', 'x')" },
  // A marker that says the value is absent is what code prints, not a key.
  { file: 'manage.py', text: 'print("SECRET_KEY =", os.getenv("SECRET_KEY", "<unset>"))' },
  { file: 'src/debug.js', text: "console.log('session secret:', process.env.SESSION_SECRET || '<not set>');" },
  // Set as the value, the same marker asks whoever copies the file to put a key there.
  { file: 'settings.py', text: "SECRET_KEY = '<your-secret-key>'" },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      - SECRET_KEY=<generate one>' },
  { file: 'src/auth.js', text: "const JWT_SECRET = '<jwt secret>';" },
  // CapRover makes the default at install time, or the variable is no family name's, or it has no default.
  { file: 'public/v4/apps/app.yml', text: "services:\n  $$cap_appname:\n    environment:\n      APP_KEY: $$cap_app_key\n      DB_PASSWORD: $$cap_db_pass\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_app_key\n      defaultValue: $$cap_gen_random_hex(32)\n    - id: $$cap_db_pass\n      defaultValue: q8Zr4nM2xV7bL1cK9pT3wY6h\n" },
  { file: 'public/v4/apps/app.yml', text: "services:\n  $$cap_appname:\n    environment:\n      JWT_SECRET: $$cap_jwt\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_jwt\n      label: JWT secret\n" },
  // A default that is a mark, a variable, a path or a command; a default given in a description's text; the default
  // of the next entry, whose id comes after it; a variable given two defaults.
  ...['<your-app-key>', '${APP_KEY}', '/run/secrets/jwt.key', '$(openssl rand -hex 32)'].map((d) => ({
    file: 'public/v4/apps/app.yml',
    text: `services:\n  $$cap_appname:\n    environment:\n      APP_KEY: $$cap_app_key\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_app_key\n      defaultValue: '${d}'\n`,
  })),
  { file: 'public/v4/apps/app.yml', text: "services:\n  $$cap_appname:\n    environment:\n      SECRET_KEY: $$cap_secret\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_secret\n      description: |\n        Leave empty; an example would be\n        defaultValue: q8Zr4nM2xV7bL1cK9pT3wY6h\n    - label: Database host\n      defaultValue: jxjDq8Zr4nM2xV7bL1cK9pT3\n      id: $$cap_db\n" },
  { file: 'public/v4/apps/app.yml', text: "services:\n  $$cap_appname:\n    environment:\n      SECRET_KEY: $$cap_secret\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_secret\n      defaultValue: $$cap_gen_random_hex(32)\n    - id: $$cap_secret\n      defaultValue: q8Zr4nM2xV7bL1cK9pT3wY6h\n" },
  // Hashed into text, a value names something (a cache entry): nothing signs with the fallback.
  { file: 'lib/billing/catalog.ts', text: 'const key = createCacheKey.custom("billing", "catalog", `${hashString(env.STRIPE_SECRET_KEY ?? "stripe-unconfigured")}-${VERSION}`);' },
  { file: 'lib/cache.js', text: 'const etag = `${sha256(process.env.JWT_SECRET || "none")}`;' },
  { file: 'src/app.js', text: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [process.env.KOA_KEY, process.env.KOA_OLD_KEY];" },
  // Serverless: no fallback, or another variable as the fallback.
  { file: 'serverless.yml', text: 'provider:\n  environment:\n    JWT_SECRET: ${env:JWT_SECRET}\n    SESSION_SECRET: ${env:SESSION_SECRET, ${ssm:/app/session-secret}}' },
  { file: 'config/admin.js', text: "module.exports = ({ env }) => ({\n  apiToken: { salt: env('API_TOKEN_SALT') },\n});" },
  // A branching expression whose `end` is on a line of code (mix format's `if c,` / `do:` / `else:`, Ruby's one-line
  // `if … then … else … end`): the settings after it are no branch of it.
  { file: 'config/runtime.exs', text: '  secret_key_base =\n    if System.get_env("SECRET_KEY_BASE"),\n      do: System.get_env("SECRET_KEY_BASE"),\n      else: raise("SECRET_KEY_BASE is missing")\n\n  check_origin =\n    if System.get_env("PHX_CHECK_ORIGIN") do\n      "//*.example.com"\n    else\n      "https://app.example.com"\n    end' },
  { file: 'config/initializers/app.rb', text: '  config.secret_key_base = if ENV["SECRET_KEY_BASE"].present? then ENV["SECRET_KEY_BASE"] else Rails.application.credentials.secret_key_base end\n  config.x.stripe_publishable_key =\n    if ENV["STRIPE_PUBLISHABLE_KEY"].present?\n      ENV["STRIPE_PUBLISHABLE_KEY"]\n    else\n      "pk_test_51HxQmT2eZvKYlo2C8pLm4nQ"\n    end' },
  // Below a leading operator too, a literal that is only part of the default.
  { file: 'src/lib/auth.ts', text: "export const jwtSecret =\n  process.env.JWT_SECRET\n  ?? 'jwt-' + randomBytes(32).toString('hex');" },
  { file: 'mysite/settings.py', text: 'SECRET_KEY = (\n    os.environ.get("DJANGO_SECRET_KEY")\n    or "django-insecure-" + get_random_secret_key()\n)' },
  { file: 'mysite/settings.py', text: 'if not (\n    os.environ.get("DJANGO_SECRET_KEY")\n    or "collectstatic" in sys.argv\n):\n    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set")' },
  // Branches that raise (a message in a heredoc or after `raise ArgumentError,`), compute a key, or set another name.
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if System.get_env("SECRET_KEY_BASE") do\n    System.get_env("SECRET_KEY_BASE")\n  else\n    raise \"\"\"\n    "SECRET_KEY_BASE is missing"\n    \"\"\"\n  end' },
  { file: 'config/initializers/jwt.rb', text: 'jwt_secret = if ENV["JWT_SECRET"].present?\n  ENV["JWT_SECRET"]\nelse\n  raise ArgumentError,\n    "JWT_SECRET is missing, set it"\nend' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if System.get_env("SECRET_KEY_BASE") do\n    System.get_env("SECRET_KEY_BASE")\n  else\n    :crypto.strong_rand_bytes(64) |> Base.encode64()\n  end' },
  { file: 'config/runtime.exs', text: 'host =\n  if System.get_env("PHX_HOST") do\n    "example.com"\n  else\n    "localhost"\n  end\nsecret_key_base = System.fetch_env!("SECRET_KEY_BASE")' },
  // A string that is part of a longer expression, not a branch's value.
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if System.get_env("SECRET_KEY_BASE") do\n    System.get_env("SECRET_KEY_BASE")\n  else\n    "prefix-"\n    <> random()\n  end' },
  { file: 'config/runtime.exs', text: 'secret_key_base =\n  if System.get_env("SECRET_KEY_BASE") do\n    System.get_env("SECRET_KEY_BASE")\n  else\n    "#{prefix}-Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3u"\n  end' },
  // Below a chain's operator: another read, a call, an empty string, or a literal that is only part of the default.
  { file: 'src/auth.ts', text: "const secret =\n  process.env.JWT_SECRET ??\n  process.env.AUTH_SECRET;" },
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET ||\n  generateSecret();" },
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET ??\n  '';" },
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET ||\n  'prefix-' + randomBytes(32).toString('hex');" },
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET ||\n  `${prefix}-secret`;" },
  // A statement that ends with the read: the next one is not its default.
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET;\nconst label = 'weak-fallback';" },
  { file: 'src/auth.ts', text: "const secret = process.env.JWT_SECRET\nconst label = 'weak-fallback'" },
  // Ruby ends a statement at the end of its line: a line that starts with `||` does not carry it on.
  { file: 'config/initializers/session.rb', text: "secret = ENV['SESSION_SECRET']\n|| 'ruby-weak-fallback'" },
  // A default of another setting below: `expiresIn` is no secret.
  { file: 'src/config.ts', text: "export default {\n  secret: process.env.JWT_SECRET,\n  expiresIn:\n    process.env.JWT_EXPIRES_IN ??\n    '7d',\n};" },
  // No default, an empty list (Strapi refuses to start without keys), and a list that is no secret's.
  { file: 'config/server.js', text: "module.exports = ({ env }) => ({ app: { keys: env.array('APP_KEYS') } });" },
  { file: 'config/server.js', text: "module.exports = ({ env }) => ({ app: { keys: env.array('APP_KEYS') || [] } });" },
  { file: 'config/middlewares.js', text: "const origins = env.array('CORS_ORIGINS', ['http://localhost:3000']);" },
  // An OAuth 1.0a access token secret of another service's API, beside that service's consumer (API) secret: a
  // stand-in default makes the requests to that service fail, and signs nothing of the application's own.
  { file: 'apps/api/src/services/configuration/configuration.service.ts', text: twitterSchema('dummyAccessTokenSecret') },
  { file: 'bot.py', text: "auth = tweepy.OAuth1UserHandler(\n    os.getenv('TWITTER_CONSUMER_KEY'), os.getenv('TWITTER_CONSUMER_SECRET'),\n    os.getenv('TWITTER_ACCESS_TOKEN'), os.getenv('TWITTER_ACCESS_TOKEN_SECRET', 'changeme'))" },
  { file: 'src/twitter.js', text: "const client = new Twitter({\n  consumer_key: process.env.twitterConsumerKey,\n  consumer_secret: process.env.twitterConsumerSecret,\n  access_token_key: process.env.twitterAccessToken,\n  access_token_secret: process.env.twitterAccessTokenSecret || 'your-access-token-secret',\n});" },
  // Rust reads that fail, or default to nothing; a flag with no default, another kind of flag, a variable not of the family.
  { file: 'src/config.rs', text: '    env::var("JWT_SECRET").expect("JWT_SECRET must be set")' },
  { file: 'src/config.rs', text: '    env::var("JWT_SECRET").unwrap_or_default()' },
  { file: 'src/config.rs', text: '    env::var("JWT_SECRET").unwrap_or_else(|_| panic!("set JWT_SECRET"))' },
  { file: 'src/config.rs', text: '    env::var("PORT").unwrap_or("8080".to_string())' },
  { file: 'src/config.rs', text: '    let key = env::var("JWT_SECRET")\n        .expect("JWT_SECRET must be set");\n    let port = env::var("PORT").unwrap_or("8080".into());' },
  { file: 'cmd/server/main.go', text: '\tjwtSecret := flag.String("jwt-secret", "", "Secret key used to sign JWT tokens (required)")' },
  { file: 'cmd/server/main.go', text: '\trotate := flag.Bool("rotate-jwt-secret", false, "rotate the secret")' },
  { file: 'cmd/server/main.go', text: '\tfmt.Printf("%s: %s", "jwt-secret", "set with -jwt-secret")' },
  // clap attributes in comments: commented out, in a block comment, in a doc comment.
  { file: 'src/args.rs', text: 'pub struct Args {\n    // #[arg(long, env = "JWT_SECRET", default_value = "commented-out-default")]\n    /* #[arg(long, env = "JWT_SECRET", default_value = "block-comment-default")] */\n    /// Example: #[arg(env = "JWT_SECRET", default_value = "doc-comment-default")]\n    pub jwt_secret: String,\n}' },
  { file: 'src/config.rs', text: '// let key = env::var("JWT_SECRET").unwrap_or("commented-out-read".to_string());\nlet key = env::var("JWT_SECRET").expect("set JWT_SECRET"); // or "a-comment-after-code"' },
  // clap options with no default, a default of no secret, an empty default, or one in a doc comment.
  { file: 'src/config.rs', text: 'pub struct Args {\n    #[arg(long, env = "JWT_SECRET")]\n    pub jwt_secret: String,\n    #[arg(long, env = "DATABASE_URL", default_value = "sqlite::memory:")]\n    pub database_url: String,\n}' },
  { file: 'src/config.rs', text: 'pub struct Args {\n    /// secret / token / grant / config\n    #[arg(long, default_value = "secret")]\n    pub kind: String,\n    #[arg(long, default_value = "secret")]\n    mount: String,\n}' },
  { file: 'src/config.rs', text: 'pub struct Args {\n    #[clap(env = "JWT_SECRET", default_value = "")]\n    pub jwt_secret: String,\n}' },
  { file: 'src/config.rs', text: '/// Set it with `#[arg(long, env = "JWT_SECRET", default_value = "doc-example-value")]`.\npub fn jwt_secret() -> String { todo!() }' },
  // urfave/cli flags with no default, a default from the environment, or a `Value` of another struct.
  { file: 'main.go', text: 'import "github.com/urfave/cli/v2"\n\t&cli.StringFlag{Name: "jwt-secret", EnvVars: []string{"JWT_SECRET"}, Required: true, Usage: "JWT signing secret"},' },
  { file: 'main.go', text: 'import "github.com/urfave/cli/v2"\n\t&cli.StringFlag{Name: "jwt-secret", Value: os.Getenv("JWT_SECRET")},' },
  { file: 'main.go', text: 'import "github.com/urfave/cli/v2"\n\tsecret := Setting{Name: "jwt-secret", Value: "shown-in-a-form"}' },
  { file: 'main.go', text: 'import "github.com/urfave/cli/v2"\n\t&cli.StringFlag{Name: "addr", Value: ":8080", EnvVars: []string{"ADDR"}},' },
  // Spring property names are kebab case: `${jwt.secret-key}` has no default (a shell variable holds no dot).
  { file: 'src/main/java/example/SecurityConfig.java', text: '@Value("${spring.security.oauth2.resourceserver.jwt.key-value}") RSAPublicKey key;' },
  { file: 'src/main/java/example/JwtConfig.java', text: '@Value("${jwt.secret-key}") private String secret;' },
  // An empty read that is refused, or a test of another variable, or a default given from the environment again.
  { file: 'internal/config/config.go', text: 'package config\n\nfunc Secret() string {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif secret == "" {\n\t\tlog.Fatal("JWT_SECRET must be set")\n\t}\n\treturn secret\n}' },
  { file: 'internal/config/config.go', text: 'func Secret() string {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif len(secret) == 0 {\n\t\tlog.Fatal("JWT_SECRET must be set")\n\t}\n\treturn secret\n}' },
  { file: 'main.go', text: 'var jwtSecret = []byte(cmp.Or(os.Getenv("JWT_SECRET"), os.Getenv("SECRET")))' },
  { file: 'src/Api/Program.cs', text: 'var issuer = builder.Configuration["Jwt:Issuer"] ?? "https://localhost:5001";' },
  { file: 'src/Api/Program.cs', text: 'var issuer = builder.Configuration.GetValue<string>("Jwt:Issuer", "https://localhost:5001");' },
  { file: 'group_vars/all.yml', text: `app_session_secret: "{{ lookup('env', 'SESSION_SECRET') }}"` },
  { file: 'group_vars/all.yml', text: `app_session_secret: "{{ lookup('env', 'SESSION_SECRET') | default(vault_session_secret) }}"` },
  { file: 'group_vars/all.yml', text: `app_url: "{{ lookup('env', 'APP_URL') | default('http://localhost') }}"` },
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration.GetValue<string>("Jwt:Key", Environment.GetEnvironmentVariable("JWT_KEY"));' },
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration.GetValue<string>("Jwt:Key", "");' },
  { file: 'lib/session.ts', text: "import { SessionOptions } from 'iron-session'\nexport const sessionOptions: SessionOptions = {\n  password: process.env.SECRET_COOKIE_PASSWORD as string,\n  cookieName: 'app_session',\n}" },
  { file: 'src/env.ts', text: "export const env = z.object({ JWT_SECRET: z.string().min(32), PORT: z.coerce.number().default(3000) }).parse(process.env)" },
  { file: 'src/env.ts', text: "export const env = z.object({ JWT_SECRET: z.string().default('') }).parse(process.env)" },
  { file: 'src/config.ts', text: "const env = cleanEnv(process.env, { SESSION_SECRET: str({ desc: 'the cookie secret' }) })" },
  // A `password` of another options object (a database's) with a fallback is no iron-session secret.
  { file: 'lib/db.ts', text: "export const pool = new Pool({\n  password: process.env.DB_PASSWORD || 'postgres',\n  user: 'app',\n})" },
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not set");' },
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration["Jwt:Key"] ?? "";' },
  { file: 'src/Api/Program.cs', text: 'var key = builder.Configuration["Jwt:Key"] ?? Environment.GetEnvironmentVariable("JWT_KEY");' },
  { file: 'config.go', text: 'type Config struct {\n\tJWTSecret string `envconfig:"JWT_SECRET" required:"true"`\n\tPort      int    `env:"PORT" envDefault:"8080"`\n\tLogLevel  string `env:"LOG_LEVEL" envDefault:"info"`\n}' },
  { file: 'config.go', text: 'type Config struct {\n\tJWTSecret string `env:"JWT_SECRET" envDefault:""`\n}' },
  { file: 'config.go', text: '// JWTSecret string `env:"JWT_SECRET" envDefault:"dev-jwt-secret"` was removed.' },
  { file: 'src/config.js', text: "let secret = process.env.JWT_SECRET;\nif (!other) other = 'unrelated-default';" },
  { file: 'src/config.js', text: "let secret = process.env.JWT_SECRET;\nif (!secret) secret = process.env.LEGACY_JWT_SECRET;" },
  { file: 'app/settings.py', text: 'key = os.environ.get("SECRET_KEY")\nif not key:\n    raise ImproperlyConfigured("SECRET_KEY")' },
  // Ternaries whose other branch is no literal, or a nested one the rule does not read.
  { file: 'auth.js', text: "const secret = isProd ? process.env.JWT_SECRET : undefined" },
  { file: 'auth.js', text: "const secret = isProd ? process.env.JWT_SECRET : `${prefix}-dev`" },
  { file: 'auth.js', text: "const secret = a ? b : process.env.JWT_SECRET" },
  { file: 'auth.js', text: "const secret = cond ? 'a' + x : process.env.JWT_SECRET" },
  { file: 'next.config.js', text: "module.exports = {\n  env: {\n    // needed on the client?\n    'jwtSecret': process.env.JWT_SECRET,\n  },\n};" },
  { file: 'auth.js', text: "const secret = cond ? process.env.JWT_SECRET : 'a' + suffix" },
  { file: 'app/settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY'] if not DEBUG else 'dev-' + suffix" },
  { file: 'auth.js', text: "const secret = process.env.JWT_SECRET ? 'configured' .length : 0" },
  // A wrapper's second argument that is no default: a description, a message, an encoding, a separator.
  // A settings reader's second argument that is a description or a type, not a default; a reader on some object of
  // its own (`this.getConfig`), and PHP's, whose default Laravel applies only to a key no file defines.
  { file: 'src/config.ts', text: "const secret = getConfig('jwtSecret', 'signs the session');\nconst key = getSetting('session.secret', 'string');" },
  { file: 'src/plugin.ts', text: "const secret = this.getConfig('jwtSecret', 'plugin-default');" },
  // A reader that takes a section first, then the key; a description that says the key's own words.
  { file: 'app/settings.py', text: "SECRET_KEY = get_config('django', 'secret_key')" },
  { file: 'src/auth.js', text: "const jwtSecret = getConfig('auth', 'jwtSecret');\nconst s = getConfigValue('session.secret', 'session secret');" },
  { file: 'app/Http/auth.php', text: "$secret = getConfig('jwt_secret', 'php-reader-default');" },
  { file: 'src/env.ts', text: "const secret = requireEnv('AUTH_SECRET', 'Auth.js session secret');\nconst jwt = getEnvOrThrow('JWT_SECRET', 'JWT_SECRET must be set');" },
  { file: 'src/keys.ts', text: "const key = readEnv('JWT_SECRET', 'utf8');\nconst k2 = fromEnv('SESSION_SECRET', 'string');" },
  { file: 'settings.py', text: "SECRET_KEY = env_str('SECRET_KEY', 'Django secret key, see README')\nSECRET_KEY_FALLBACKS = env_list('SECRET_KEY_FALLBACKS', ',')" },
  // What sets a variable writes the value; it falls back to nothing.
  { file: 'src/auth.test-helpers.ts', text: 'vi.stubEnv("AUTH_SECRET", "k8Pz-stub-value");' },
  { file: 'cmd/server/main.go', text: 'os.Setenv("JWT_SECRET", "k8Pz-set-value")' },
  { file: 'conftest_helpers.py', text: "monkeypatch.setenv('SECRET_KEY', 'k8Pz-patched')\nos.putenv('SECRET_KEY', 'k8Pz-put')" },
  // Not the environment: an envelope's fields, and an empty default (no value at all).
  { file: 'mail.py', text: 'x = envelope("SECRET_KEY", "sealed-value")' },
  { file: 'settings.py', text: 'SECRET_KEY = envsecret("SECRET_KEY", "")' },
  // Such a method that reads the environment with no default, or does more than return the read.
  { file: 'app/models/remote_file.rb', text: 'class RemoteFile\n  def self.secret_key\n    ENV.fetch("CAMO_KEY")\n  end\nend' },
  { file: 'app/models/remote_file.rb', text: 'class RemoteFile\n  def self.secret_key\n    key = ENV.fetch("CAMO_KEY", "secret")\n    raise "unset" if key == "secret"\n    key\n  end\nend' },
  { file: 'app/tokens.py', text: 'def secret_key():\n    return os.environ["SIGNER_KEY"]\n' },
  { file: 'src/config.ts', text: 'export class Config {\n  get jwtSecret(): string { return process.env.TOKEN_KEY!; }\n}' },
  // Helm: a template default that names a Secret's entry (under `secretKeyRef`, or as a `data:` key) is no value.
  { file: 'charts/app/templates/deploy.yaml', text: 'env:\n  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: app\n        key: {{ .Values.auth.secretKey | default "EMBEDDING_PROVIDER_API_KEY" | quote }}' },
  // An operator's `secret: { name, key }` (the ClickHouse operator's `defaultUserPassword`), and the default of a chart's
  // `existingSecretKey` wherever it is read (langfuse's chart).
  { file: 'charts/langfuse/templates/clickhouse/cluster.yaml', text: '  settings:\n    defaultUserPassword:\n      secret:\n        name: {{ .Values.clickhouse.auth.existingSecret | quote }}\n        key: {{ .Values.clickhouse.auth.existingSecretKey | default "password" | quote }}' },
  { file: 'charts/app/templates/deploy.yaml', text: '        - name: DB_PASSWORD_KEY\n          value: {{ .Values.db.auth.existingSecretKey | default "db-password" }}' },
  // Any entry's name there, in the form a Secret's entries take (Bitnami's Prometheus chart).
  { file: 'bitnami/prometheus/templates/dep-sts.yaml', text: '        - name: OBJSTORE_CONFIG\n          valueFrom:\n            secretKeyRef:\n              name: {{ .Values.thanos.objectStorageConfig.secretName }}\n              key: {{ .Values.thanos.objectStorageConfig.secretKey | default "thanos.yaml" }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'data:\n  {{ .Values.auth.secretKey | default "EMBEDDING_PROVIDER_API_KEY" | quote }}: {{ include "app.apiKey" . | b64enc }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'data:\n  - {{ .Values.auth.secretKey | default "API_KEY" }}: x\n  {{ $p }}{{ .Values.auth.secretKey | default "API_KEY" }}: x' },
  { file: 'charts/app/templates/secret.yaml', text: '{{- if .Values.secret.create }}\ndata:\n{{- if .Values.tls.enabled }}\n  {{ .Values.tls.secret.key | default "tls.key" }}: {{ $k | b64enc }}\n{{- end }}\n{{- end }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'data:\n{{- /* the entries */}}\n{{- $k := .Values.tls.key }}\n  {{ .Values.tls.secret.key | default "tls.key" }}: {{ $k | b64enc }}' },
  // A file's name, as the entry of a Secret mounted as a file (authelia's chart), under `key:` or as a `data:` key.
  { file: 'charts/authelia/templates/secretACL.yaml', text: 'data:\n  {{ .Values.configMap.access_control.secret.key | default "configuration.acl.yaml" }}: {{ $acl | b64enc }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'data:\n  {{ .Values.tls.secret.key | default "tls.key" }}: {{ $key | b64enc }}\n  {{ .Values.db.secret.key | default "my.cnf" }}: {{ $cnf | b64enc }}' },
  { file: 'charts/authelia/templates/deployment.yaml', text: '      - name: config-acl\n        secret:\n          items:\n          - key: {{ .Values.configMap.access_control.secret.key | default "configuration.acl.yaml" }}\n            path: configuration.acl.yaml' },
  // A secret read from a variable of another name, without a default, or with an empty one.
  { file: 'conduit/settings.py', text: "SECRET_KEY = os.environ.get('CONDUIT_SECRET')" },
  { file: 'conduit/settings.py', text: "SECRET_KEY = os.environ.get('CONDUIT_SECRET', '')" },
  { file: 'src/config.js', text: "export const jwtSecret = process.env.TOKEN_KEY || fail('TOKEN_KEY');" },
  // A variable that names where the secret is: its default is a path.
  { file: 'app/settings.py', text: "JWT_SECRET = os.getenv('JWT_SECRET_FILE', '/run/secrets/jwt_secret')" },
  { file: 'app/settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY_PATH', 'keys/secret.key')" },
  { file: 'src/config.js', text: "module.exports = {\n  jwtSecret: process.env.JWT_SECRET_PATH || './keys/jwt.pem',\n  cookieSecret: process.env.cookieKeyFile || './keys/cookie',\n};" },
  // A lookup with a default in a mapping of no settings.
  { file: 'app/settings.py', text: "SECRET_KEY = CACHE.get('key_name', 'fallback-value')" },
  // A fallback to something that is not a constant set once to a literal.
  // (A constant with a secret's name is reported where it is set, by hardcoded-secret-key.)
  { file: 'src/config.ts', text: "const DEFAULT_JWT_SECRET = 'dev-jwt';\nexport const secret = process.env.JWT_SECRET || DEFAULT_JWT_SECRET;" },
  { file: 'src/config.ts', text: "import { DEFAULT_SECRET } from './defaults';\nexport const secret = process.env.JWT_SECRET || DEFAULT_SECRET;" },
  { file: 'src/config.ts', text: "let FALLBACK = 'a';\nFALLBACK = 'b';\nconst FALLBACK = 'c';\nexport const secret = process.env.JWT_SECRET || FALLBACK;" },
  { file: 'src/config.ts', text: "const DEFAULT_SECRET = '';\nexport const secret = process.env.JWT_SECRET || DEFAULT_SECRET;" },
  { file: 'src/config.ts', text: 'const DEFAULT_SECRET = `${prefix}-key`;\nexport const secret = process.env.JWT_SECRET || DEFAULT_SECRET;' },
  { file: 'src/config.ts', text: "const DEFAULTS = { secret: generate() };\nexport const secret = process.env.JWT_SECRET || DEFAULTS.secret;" },
  { file: 'src/config.ts', text: "export const secret = process.env.JWT_SECRET || randomSecret();" },
  // Python
  { file: 'settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY']" },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', '')" },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY')" },
  { file: 'config/settings/production.py', text: 'SECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n)\nDEBUG = env.bool("DEBUG", default=False)' },
  { file: 'config/settings/production.py', text: 'SECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="",\n)' },
  { file: 'config/settings/base.py', text: 'SECRET_KEY = env("DJANGO_SECRET_KEY")\nALLOWED_HOSTS = env.list(\n    "ALLOWED_HOSTS",\n    default=["localhost"],\n)' },
  { file: 'settings.py', text: 'SECRET_KEY = os.environ["SECRET_KEY"]  # no default="…" here' },
  { file: 'entrypoint.sh', text: 'echo "${JWT_SECRET:0:4}…"' },
  { file: 'entrypoint.sh', text: 'tail="${SECRET_KEY: -4}"' },
  { file: 'config.js', text: "const secret = config.get('jwt.secret');" },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', None)" },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY') or get_random_secret_key()" },
  { file: 'settings.py', text: "SECRET_KEY = env('SECRET_KEY')" },
  { file: 'settings.py', text: "SECRET_KEY = env('SECRET_KEY', default=None)" },
  { file: 'settings.py', text: "SECRET_KEY = config('SECRET_KEY')" },
  // Laravel's `config()` reads configuration: its default applies only to a key that no config file defines (coolify).
  { file: 'app/Services/Snapshot.php', text: "<?php\n        $hash = hash_hmac('sha256', $data, (string) config('app.key', 'coolify'));" },
  { file: 'app/Http/Middleware/Sign.php', text: "<?php\n$secret = config('jwt.secret', 'fallback-secret');" },
  { file: 'settings.py', text: "SECRET_KEY = config('SECRET_KEY', cast=str)" },
  { file: 'settings.py', text: "DEBUG = env.bool('DEBUG', default=False)" },
  { file: 'settings.py', text: "ALLOWED_HOSTS = os.getenv('ALLOWED_HOSTS', 'localhost').split(',')" },
  { file: 'settings.py', text: "env = environ.Env(DEBUG=(bool, False), SECRET_KEY=(str, ''))" },
  { file: 'settings.py', text: "SECRET_KEY_FILE = os.getenv('SECRET_KEY_FILE', '/run/secrets/secret_key')" },
  { file: 'app.py', text: "app.secret_key = os.environ.get('SECRET_KEY', os.urandom(24))" },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', f'{BASE}-dev')" },
  { file: 'settings.py', text: "if os.getenv('SECRET_KEY', '') == '':" },
  // JavaScript / TypeScript
  { file: 'config.js', text: 'const JWT_SECRET = process.env.JWT_SECRET;' },
  { file: 'config.js', text: "const JWT_SECRET = process.env.JWT_SECRET || '';" },
  { file: 'config.js', text: "const JWT_SECRET = process.env.JWT_SECRET ?? fail('JWT_SECRET');" },
  { file: 'config.js', text: 'const JWT_SECRET = process.env.JWT_SECRET || crypto.randomBytes(32).toString("hex");' },
  { file: 'config.js', text: 'const { JWT_SECRET } = process.env;' },
  { file: 'config.js', text: "const port = process.env.PORT || '3000';" },
  { file: 'config.ts', text: "const JWT_SECRET = process.env.JWT_SECRET || `${process.env.APP_NAME}-dev`;" },
  { file: 'auth.module.ts', text: "secret: configService.get<string>('JWT_SECRET')," },
  { file: 'auth.module.ts', text: "secret: configService.getOrThrow<string>('JWT_SECRET')," },
  { file: 'check.js', text: "if (process.env.JWT_SECRET === 'changeme') process.exit(1);" },
  // Ruby
  { file: 'production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')" },
  { file: 'production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { raise 'set SECRET_KEY_BASE' }" },
  { file: 'production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { SecureRandom.hex(64) }" },
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
  { file: 'production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', nil)" },
  // PHP
  { file: 'config/app.php', text: "    'key' => env('APP_KEY')," },
  { file: 'config/app.php', text: "    'key' => env('APP_KEY', '')," },
  { file: 'config/app.php', text: "    'cipher' => env('APP_CIPHER', 'AES-256-CBC')," },
  { file: 'config/broadcasting.php', text: "    'key' => env('PUSHER_APP_KEY', 'app-key')," },
  { file: 'src/Auth.php', text: "$secret = getenv('JWT_SECRET') ?: throw new RuntimeException('JWT_SECRET');" },
  // Java / Spring
  { file: 'JwtUtil.java', text: '    @Value("${jwt.secret}")' },
  { file: 'application.properties', text: 'jwt.secret=${JWT_SECRET}' },
  { file: 'application.yml', text: 'jwt:\n  secret: ${JWT_SECRET}\n  expiration: ${JWT_EXPIRATION:3600}' },
  { file: 'Config.java', text: 'String secret = System.getenv("JWT_SECRET");' },
  { file: 'Config.kt', text: 'val secret = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")' },
  // Go
  { file: 'config.go', text: 'secret := os.Getenv("JWT_SECRET")' },
  { file: 'config.go', text: 'secret, ok := os.LookupEnv("JWT_SECRET")' },
  { file: 'config.go', text: 'port := getEnv("PORT", "8080")' },
  // YAML
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}' },
  { file: 'docker-compose.yml', text: '    environment:\n      SECRET_KEY: ${SECRET_KEY:?error}' },
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY}' },
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY:-}' },
  { file: 'docker-compose.yml', text: '    environment:\n      - PORT=${PORT:-8000}' },
  { file: '.github/workflows/ci.yml', text: '    env:\n      JWT_SECRET: ${{ secrets.JWT_SECRET }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'stringData:\n  SECRET_KEY: {{ .Values.secretKey | required "secretKey is required" | quote }}' },
  { file: 'charts/app/templates/secret.yaml', text: 'stringData:\n  SECRET_KEY: {{ .Values.secretKey | default (randAlphaNum 50) | quote }}' },
  { file: 'roles/app/defaults/main.yml', text: 'secret_key: "{{ vault_secret_key }}"' },
  { file: 'k8s/deployment.yaml', text: '          - name: SECRET_KEY\n            valueFrom:\n              secretKeyRef:\n                name: app\n                key: secret-key' },
  // JSON, TOML, INI
  { file: 'config.json', text: '{ "SECRET_KEY": "${SECRET_KEY}" }' },
  { file: 'config.toml', text: 'secret_key = "${SECRET_KEY:?missing}"' },
  { file: 'alembic.ini', text: 'secret_key = ${SECRET_KEY}' },
  // Dockerfile, shell
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=${SECRET_KEY}' },
  { file: 'Dockerfile', text: 'ARG SECRET_KEY' },
  { file: 'entrypoint.sh', text: ': "${SECRET_KEY:?SECRET_KEY must be set}"' },
  { file: 'entrypoint.sh', text: 'export SECRET_KEY="${SECRET_KEY:-$(openssl rand -hex 32)}"' },
  { file: 'entrypoint.sh', text: 'echo "${SECRET_KEY:+set}"' },
  // HCL
  { file: 'main.tf', text: '  secret_key = var.secret_key' },
  { file: 'main.tf', text: '  secret_key = lookup(var.env, "SECRET_KEY")' },
  { file: 'main.tf', text: '  SECRET_KEY = coalesce(var.secret_key, random_password.key.result)' },
  // Code: comments, docstrings and strings of text are prose
  { file: 'mysite/settings.py', text: '"""Settings.\n\nRead the key like this:\n\n    SECRET_KEY = os.getenv(\'SECRET_KEY\', \'dev\')\n"""\nimport os' },
  { file: 'lib/config.js', text: "/**\n * @example\n * const secret = process.env.JWT_SECRET || 'dev'\n */\nexport function config() {}" },
  { file: 'lib/railtie.rb', text: "=begin\nconfig.secret_key_base = ENV.fetch('SECRET_KEY_BASE', 'dev-base')\n=end" },
  { file: 'lib/generator.rb', text: "template = <<~RUBY\n  config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { 'dev-secret' }\nRUBY" },
  { file: 'server.js', text: "throw new Error(\"Set JWT_SECRET: process.env.JWT_SECRET || 'dev' is not allowed in production\");" },
  { file: 'checks.py', text: "raise ImproperlyConfigured(\"Use SECRET_KEY = os.getenv('SECRET_KEY', 'dev') only in tests\")" },
  { file: 'src/Check.php', text: "throw new RuntimeException(\"env('APP_KEY', 'SomeRandomString') is not a key\");" },
  { file: 'auth/doc.go', text: '/*\n\tsecret := getEnv("JWT_SECRET", "dev-secret")\n*/\npackage auth' },
  { file: 'Config.java', text: '/** {@code String secret = System.getenv().getOrDefault("JWT_SECRET", "dev"); } */\nclass Config {}' },
  // Command output and variable names as defaults
  { file: 'entrypoint.sh', text: ': "${SECRET_KEY:=`openssl rand -hex 32`}"' },
  { file: 'entrypoint.sh', text: 'export SECRET_KEY=${SECRET_KEY:-$RANDOM_KEY}' },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', 'DJANGO_SECRET_KEY')" },
  { file: 'config.rb', text: "SECRET_KEY_BASE = ENV.fetch('SECRET_KEY_BASE') { `openssl rand -hex 64` }" },
  // Pusher's public ids
  { file: 'lib/pusher.js', text: "  key: process.env.PUSHER_KEY || '33af4f3507ff062a6dec',\n  appId: process.env.PUSHER_APP_ID || '2045074'," },
  { file: 'config/broadcasting.php', text: "            'key' => env('PUSHER_APP_KEY', 'a1b2c3d4e5f6a7b8c9d0'),\n            'app_id' => env('PUSHER_APP_ID', '12345')," },
];

describe('secret-key-fallback: methods named for the family that return an environment read with a default', () => {
  it('reports a variable of the family read in such a method once, under its own name', () => {
    const rb = check(secretKeyFallback, { file: 'app/models/signer.rb', text: 'class Signer\n  def secret_key_base\n    ENV["SECRET_KEY_BASE"] || "dev-key-base-q8Zr4nM2xV7bL1cK9"\n  end\nend' });
    expect(rb.map((f) => [f.line, f.key])).toEqual([[3, 'SECRET_KEY_BASE']]);
    const ts = check(secretKeyFallback, { file: 'src/config.ts', text: 'class Config {\n  get jwtSecret(): string { return process.env.JWT_SECRET || "dev-secret"; }\n}' });
    expect(ts.map((f) => [f.line, f.key])).toEqual([[2, 'JWT_SECRET']]);
  });

  it("reads Python's one-line form, a getter's `return` on the next line, a plain function, and leaves Ruby's endless method to the assignment", () => {
    const one = (file: string, text: string) => check(secretKeyFallback, { file, text }).map((f) => [f.line, f.secret]);
    expect(one('app/tokens.py', 'def secret_key() -> str: return os.getenv("SIGNER", "dev-secret-q8Zr4nM2")\n')).toEqual([[1, 'dev-secret-q8Zr4nM2']]);
    expect(one('src/config.ts', 'class Config {\n  get jwtSecret(): string {\n    return process.env.TOKEN_KEY ?? "dev-secret";\n  }\n}')).toEqual([[3, 'dev-secret']]);
    expect(one('src/config.js', 'export function jwtSecret() { return process.env.TOKEN_KEY || "dev-secret"; }')).toEqual([[1, 'dev-secret']]);
    expect(one('app/signer.rb', 'class Signer\n  def self.jwt_secret = ENV.fetch("TOKEN_KEY", "dev-secret")\nend')).toEqual([[2, 'dev-secret']]);
  });
});

ruleTester(secretKeyFallback, { flagged, clean });

describe('secret-key-fallback: commented-out fallbacks are notices', () => {
  const notices: [string, string, number, string][] = [
    ['settings.py', "# SECRET_KEY = os.getenv('SECRET_KEY', 'dev-key-7Hq2')\nSECRET_KEY = os.environ['SECRET_KEY']", 1, 'dev-key-7Hq2'],
    ['config.ts', "// export const JWT_SECRET = process.env.JWT_SECRET ?? 'dev-secret';", 1, 'dev-secret'],
    ['config/app.php', "    // 'key' => env('APP_KEY', 'SomeRandomString'),", 1, 'SomeRandomString'],
  ];
  it.each(notices)('%s: %s', (file, text, line, secret) => {
    expect(check(secretKeyFallback, { file, text }).map((f) => [f.line, f.secret, f.severity])).toEqual([[line, secret, 'notice']]);
  });
});

describe('secret-key-fallback: a placeholder the framework refuses', () => {
  it("places Play's `changeme` as an example: Play will not start in production with it", () => {
    const [f] = check(secretKeyFallback, { file: 'conf/application.conf', text: 'play.http.secret.key = "changeme"\nplay.http.secret.key = ${?APPLICATION_SECRET}' });
    expect(f).toMatchObject({ context: 'example', contextWhy: 'a placeholder Play refuses to run with in production' });
    const [g] = check(hardcodedSecretKey, { file: 'conf/application.conf', text: 'play.http.secret.key = "changeme"' });
    expect(g).toMatchObject({ context: 'example', contextWhy: 'a placeholder Play refuses to run with in production' });
    const [h] = check(secretKeyFallback, { file: 'conf/application.conf', text: 'play.http.secret.key = "dev-only-play-secret"\nplay.http.secret.key = ${?APPLICATION_SECRET}' });
    expect(h).toBeDefined();
    expect(h?.context).toBeUndefined();
  });

  it("knows Play's name for the secret in 2.4–2.6 (`play.crypto.secret`), flat and in blocks", () => {
    const key = 'x7Gk2pQ9vL4mN8rT3wY6zB1cF5hJ0dSaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12';
    const [f] = check(secretKeyFallback, { file: 'conf/application.conf', text: `# The secret key\nplay.crypto.secret="${key}"\nplay.crypto.secret=\${?APPLICATION_SECRET}` });
    expect(f).toMatchObject({ line: 2, key: 'APPLICATION_SECRET', secret: key });
    for (const text of [`play {\n  crypto {\n    secret = "${key}"\n  }\n}`, `play.crypto {\n  secret = "${key}"\n}`]) {
      expect(check(hardcodedSecretKey, { file: 'conf/application.conf', text }).map((g) => g.secret), text).toEqual([key]);
    }
    const [g] = check(hardcodedSecretKey, { file: 'conf/application.conf', text: 'play.crypto.secret = "changeme"' });
    expect(g).toMatchObject({ context: 'example', contextWhy: 'a placeholder Play refuses to run with in production' });
    const [h] = check(hardcodedSecretKey, { file: 'conf/application.conf', text: 'play.http {\n  secret.key = "changeme"\n}' });
    expect(h).toMatchObject({ context: 'example', contextWhy: 'a placeholder Play refuses to run with in production' });
    // `crypto.secret` and `application.secret` alone: as often a Kubernetes Secret's name as a key.
    expect(check(hardcodedSecretKey, { file: 'charts/api/values.yaml', text: 'application:\n  secret: api-secrets\ncrypto:\n  secret: api-crypto-keys' })).toEqual([]);
    for (const text of ['play.crypto.secret = ${?APPLICATION_SECRET}', 'play.crypto.secret = ${APPLICATION_SECRET}']) {
      expect([...check(hardcodedSecretKey, { file: 'conf/application.conf', text }), ...check(secretKeyFallback, { file: 'conf/application.conf', text })], text).toEqual([]);
    }
  });
});

describe('secret-key-fallback: a literal under a test that the name is empty', () => {
  it('says so in the message', () => {
    const [f] = check(secretKeyFallback, { file: 'src/auth.js', text: "let jwtSecret = process.env.JWT_SECRET;\nif (!jwtSecret) {\n  jwtSecret = 'dev-default-value';\n}" });
    expect(f?.message).toMatch(/^`jwtSecret` falls back to a hardcoded value \(set when `jwtSecret` is empty\)/);
  });

  it.each([
    // A test of something else, another name's test, an assignment after the block has closed.
    ['src/auth.js', "let jwtSecret = process.env.JWT_SECRET;\nif (ready) {\n  jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';\n}", 3],
    ['src/auth.js', "let jwtSecret = process.env.JWT_SECRET;\nif (!other) {\n  jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';\n}", 3],
    ['src/auth.js', "let jwtSecret = process.env.JWT_SECRET;\nif (!jwtSecret) {\n  log('unset');\n}\njwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';", 5],
    ['src/auth.js', "if (!jwtSecretOld) jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';", 1],
    ['app/settings.py', "if not DEBUG:\n    SECRET_KEY = 'Zq8sT2vBJw5yKp0cXr7LmN3d'", 2],
    // A name set to nothing first and given its key by the test's block: a lazy initialisation, a memo.
    ['src/auth.js', "let jwtSecret = null;\nif (!jwtSecret) {\n  jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';\n}", 3],
    ['src/auth.js', "let jwtSecret = null; // filled in from config on first use\nif (!jwtSecret) {\n  jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';\n}", 3],
    ['src/auth.js', "getSecret() {\n  if (!this.jwtSecret) {\n    this.jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';\n  }\n}", 3],
    ['app/settings.py', "SECRET_KEY = None\nif SECRET_KEY is None:\n    SECRET_KEY = 'Zq8sT2vBJw5yKp0cXr7LmN3d'", 3],
    ['src/config.js', "const config = {};\nif (!config.jwtSecret) config.jwtSecret = 'Zq8sT2vBJw5yKp0cXr7LmN3d';", 2],
  ])('%s: %s stays hardcoded', (file, text, line) => {
    expect(check(secretKeyFallback, { file, text })).toEqual([]);
    expect(check(hardcodedSecretKey, { file, text }).map((f) => f.line)).toEqual([line]);
  });
});

describe('secret-key-fallback: a fallback Laravel refuses to start with', () => {
  it("lowers a compose file's APP_KEY fallback of the wrong length for the application's cipher, and keeps one that fits", async () => {
    const app = "<?php\nreturn [\n    'key' => env('APP_KEY'),\n    'cipher' => 'AES-256-CBC',\n];\n";
    const sentinel = 'services:\n  web:\n    environment:\n      APP_KEY: "${APP_KEY:-unset}"\n';
    const refused = await scanFiles({ 'docker-compose.yml': sentinel, 'config/app.php': app }, [secretKeyFallback]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: 'notice', context: 'example' });
    const fits = `services:\n  web:\n    environment:\n      APP_KEY: "\${APP_KEY:-base64:${Buffer.from('k'.repeat(32)).toString('base64')}}"\n`;
    const kept = await scanFiles({ 'docker-compose.yml': fits, 'config/app.php': app }, [secretKeyFallback]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.severity).toBe('error');
  });
});

describe('secret-key-fallback: messages and the split with hardcoded-secret-key', () => {
  it("tells a CapRover template to have CapRover make the key, or to require one, not to fail in code", () => {
    const [f] = check(secretKeyFallback, { file: 'public/v4/apps/app.yml', text: "services:\n  $$cap_appname:\n    environment:\n      SECRET_KEY: $$cap_secret\ncaproverOneClickApp:\n  variables:\n    - id: $$cap_secret\n      defaultValue: q8Zr4nM2xV7bL1cK9pT3wY6h\n" });
    expect(f?.message).toBe(
      "`SECRET_KEY` falls back to a hardcoded value (the `defaultValue` of CapRover's `$$cap_secret`, which `SECRET_KEY` is given) whenever the installer keeps it. " +
        'Let CapRover make one for every install (`defaultValue: $$cap_gen_random_hex(32)`), or remove the `defaultValue` and add a `validRegex` that requires one.',
    );
  });

  it.each(flagged.map((c) => [c.file, c] as const))('%s: no message contains a value found in the file', (_, c) => {
    const found = check(secretKeyFallback, c);
    const values = found.map((f) => f.secret).filter((v): v is string => v !== undefined && v.length >= 8);
    for (const f of found) for (const v of values) expect(f.message).not.toContain(v);
  });

  it("names a read by its call alone: its arguments may hold a value of their own", () => {
    const [f] = check(secretKeyFallback, { file: 'app/settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', SALT + 'Zk8sPq2LmW9xVb4N') if USE_ENV else 'dev-fallback-1'" });
    expect(f?.message).toContain('os.environ.get(…)');
    expect(f?.message).not.toContain('Zk8sPq2');
  });

  it.each(flagged.map((c) => [c.text, c] as const))('%s: a fallback is not also reported as hardcoded', (_, c) => {
    const fallbacks = check(secretKeyFallback, c).map((f) => `${f.line}:${f.column}`);
    const hardcoded = check(hardcodedSecretKey, c).map((f) => `${f.line}:${f.column}`);
    expect(hardcoded.filter((p) => fallbacks.includes(p))).toEqual([]);
  });

  // What the code does, as written: an operator after the read is not the read's own default.
  const via: [string, string, string][] = [
    ['settings.py', "SECRET_KEY = os.environ.get('SECRET_KEY') or 'dev'", "(`or` fallback after `os.environ.get('SECRET_KEY')`)"],
    ['settings.py', "SECRET_KEY = os.getenv('SECRET_KEY', 'dev')", '(`os.getenv()` default)'],
    ['config/initializers/secret.rb', "config.secret_key_base = ENV['SECRET_KEY_BASE'] || 'abc'", "(`||` fallback after `ENV['SECRET_KEY_BASE']`)"],
    ['config/environments/production.rb', "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { 'dev-secret' }", "(block default of `ENV.fetch('SECRET_KEY_BASE')`)"],
    ['config/environments/production.rb', "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', 'dev-base')", '(`ENV.fetch()` default)'],
    ['auth.js', "const secret = process.env.JWT_SECRET || 'secret'", '(`||` fallback after `process.env.JWT_SECRET`)'],
    ['src/Kernel.php', "$secret = $_ENV['APP_SECRET'] ?? 'dev';", "(`??` fallback after `$_ENV['APP_SECRET']`)"],
    ['spec/rails_helper.rb', 'ENV["SECRET_KEY_BASE"] ||= "test-secret-key-base"', '(`||=` assignment to `ENV["SECRET_KEY_BASE"]`)'],
    ['Config.java', 'String secret = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("dev");', '(`.orElse()` fallback after `System.getenv("JWT_SECRET")`)'],
    ['auth.module.ts', "secret: configService.get<string>('JWT_SECRET') || 'dev',", "(`||` fallback after `configService.get('JWT_SECRET')`)"],
    ['.github/workflows/ci.yml', "    env:\n      JWT_SECRET: ${{ secrets.JWT_SECRET || 'ci-only-secret' }}", '(`||` fallback after `secrets.JWT_SECRET`)'],
    ['src/config.rs', '    env::var("JWT_SECRET").unwrap_or("dev-jwt-secret".to_string())', '(`.unwrap_or()` fallback after `env::var("JWT_SECRET")`)'],
    ['cmd/server/main.go', '\tflag.String("jwt-secret", "change-me-secret", "JWT key")', '(`flag.String()` default) when the command line does not give the flag, and the value is weak (a well-known placeholder value)'],
    ['src/config.rs', '    #[arg(long, env = "JWT_SECRET", default_value = "dev-jwt")]\n    pub jwt_secret: String,', '(`#[arg(default_value = …)]`) when neither the command line nor `JWT_SECRET` gives it, and the value is weak (shorter than 50 characters)'],
    ['runner/main.go', 'import "github.com/urfave/cli"\n\tcli.StringFlag{Name: "jwt-secret", EnvVar: "APP_JWT_SECRET,JWT_SECRET", Value: "some-secret"},', 'when neither the command line nor `APP_JWT_SECRET` or `JWT_SECRET` gives it'],
    ['main.go', 'import "github.com/urfave/cli/v2"\n\t&cli.StringFlag{Name: "jwt-secret", Value: "dev-jwt", EnvVars: []string{"JWT_SECRET", "TOKEN_SECRET"}},', '(`cli.StringFlag` `Value`) when neither the command line nor `JWT_SECRET` or `TOKEN_SECRET` gives it, and the value is weak (shorter than 50 characters)'],
    // envalid takes an unset NODE_ENV for production: `devDefault` applies only when it is set to something else.
    ['src/env.js', 'const env = cleanEnv(process.env, {\n  JWT_SECRET: str({ devDefault: "dev-jwt" }),\n})', "(envalid's `devDefault`) when NODE_ENV is set to anything but `production` (envalid counts an unset NODE_ENV as production)"],
    ['src/cookie.ts', "const secret = getConfig('session.cookieSecret', 'keyboard cat');", "(`getConfig()` default) when the configuration leaves it out"],
    ['src/config.ts', "export const tokenSecret = process.env.OAUTH_TOKEN_SECRET || 'oauth-token-secret';", "and the value is weak (the setting's own name, a stand-in for a key)"],
    ['conf/application.conf', 'play.http.secret.key = "changeme"\nplay.http.secret.key = ${?APPLICATION_SECRET}', '`APPLICATION_SECRET` falls back to a hardcoded value (value kept when `${?APPLICATION_SECRET}` on a later line finds the variable unset)'],
  ];
  it.each(via)('%s: %s says how the default is given', (file, text, says) => {
    const [f] = check(secretKeyFallback, { file, text });
    expect(f?.message).toContain(says);
  });

  it('says why a default is weak', () => {
    const [f] = check(secretKeyFallback, { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', 'changeme')" });
    expect(f?.message).toMatch(/weak \(a well-known placeholder value\)/);
    for (const value of ['change-me-in-production', 'SECRET_KEY_PLEASE_CHANGE_ME', 'omniterm-default-secret-change-me', 'dev.replace.this']) {
      const [p] = check(secretKeyFallback, { file: 'settings.py', text: `SECRET_KEY = os.getenv('SECRET_KEY', '${value}')` });
      expect(p?.message, value).toMatch(/weak \(a well-known placeholder value\)/);
    }
    // Words that only hold the letters: no request to change anything.
    for (const value of ['exchange-metrics-signing-key-0001', 'interchangemeta-q8Zr4nM2xV7bL1cK']) {
      const [p] = check(secretKeyFallback, { file: 'settings.py', text: `SECRET_KEY = os.getenv('SECRET_KEY', '${value}')` });
      expect(p?.message, value).not.toMatch(/placeholder/);
    }
    const [g] = check(secretKeyFallback, { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', 'django-insecure-q8v')" });
    expect(g?.message).toContain('django-insecure-');
  });
});
